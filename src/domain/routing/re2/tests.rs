use super::*;

fn m(p: &str, t: &str) -> bool {
    match GoRegex::compile(p) {
        Ok(re) => re.is_match(t),
        Err(e) => panic!("{p}: {e}"),
    }
}

fn err(p: &str) -> String {
    match GoRegex::compile(p) {
        Ok(re) => panic!("{p} compiled to {}", re.translated()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn word_class_is_ascii() {
    assert!(m(r"\w", "a"));
    assert!(!m(r"\w", "é"));
    assert!(!m(r"^\w+$", "中文"));
    assert!(m(r"\W", "é"));
}

#[test]
fn digit_and_space_are_ascii() {
    assert!(!m(r"\d", "٣"));
    assert!(!m(r"\s", "\u{3000}"));
    assert!(!m(r"\s", "\u{0b}"));
    assert!(m(r"[[:space:]]", "\u{0b}"));
}

#[test]
fn word_boundary_is_ascii() {
    assert!(!m(r"\bé", "é"));
    assert!(!m(r"\B", "aéa"));
    assert!(m(r"\B", "éé"));
    assert!(m(r"a\b", "aé"));
}

#[test]
fn quote_e_is_literal() {
    assert!(m(r"\Qa.b\E", "a.b"));
    assert!(!m(r"\Qa.b\E", "axb"));
    assert!(m(r"\Q*+", "x*+"));
    assert!(m(r"a\Q\E*", ""));
}

#[test]
fn repeat_limits() {
    assert!(GoRegex::compile("a{1000}").is_ok());
    assert_eq!(
        err("a{1001}"),
        "error parsing regexp: invalid repeat count: `{1001}`"
    );
    assert_eq!(
        err("(a{500}){3}"),
        "error parsing regexp: invalid repeat count: `{3}`"
    );
    assert!(GoRegex::compile("(a{500}){2}").is_ok());
    assert_eq!(
        err("a{2,1}"),
        "error parsing regexp: invalid repeat count: `{2,1}`"
    );
    assert!(m("a{,2}", "a{,2}"));
    assert!(m("a{01}", "a{01}"));
}

#[test]
fn rejected_perl_syntax() {
    assert_eq!(
        err("(?x)a"),
        "error parsing regexp: invalid or unsupported Perl syntax: `(?x`"
    );
    assert!(err("(?R)").contains("invalid or unsupported Perl syntax"));
    assert_eq!(
        err("a*+"),
        "error parsing regexp: invalid nested repetition operator: `*+`"
    );
    assert_eq!(
        err("a**"),
        "error parsing regexp: invalid nested repetition operator: `**`"
    );
    assert_eq!(
        err(r"\Z"),
        "error parsing regexp: invalid escape sequence: `\\Z`"
    );
    assert_eq!(
        err(r"\1"),
        "error parsing regexp: invalid escape sequence: `\\1`"
    );
    assert_eq!(
        err("(?=a)"),
        "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"
    );
}

#[test]
fn punctuation_escapes_are_literal() {
    assert!(m(r"\<a\>", "<a>"));
    assert!(m(r"\b{start}", "x{start}"));
    assert!(!m(r"\b{start}", "x"));
}

#[test]
fn class_set_operators_are_literal() {
    assert!(m("[a&&b]", "&"));
    assert_eq!(
        err("[a--]"),
        "error parsing regexp: invalid character class range: `a--`"
    );
    assert!(m("^[a-c--]$", "-"));
    assert!(m("[a~~b]", "~"));
}

#[test]
fn fold_includes_kelvin() {
    assert!(m("(?i)k", "\u{212A}"));
    assert!(m(r"(?i)\w", "\u{212A}"));
    assert!(!m(r"(?i)\W", "k"));
    assert!(m("(?i)s", "\u{17F}"));
}

#[test]
fn anchors() {
    assert!(!m("a$", "a\n"));
    assert!(m("(?m)a$", "a\nb"));
    assert!(!m("^b", "a\nb"));
    assert!(m("(?m)^b", "a\nb"));
    assert!(m(r"a\z", "a"));
}

#[test]
fn dot_and_newline() {
    assert!(!m("a.b", "a\nb"));
    assert!(m("(?s)a.b", "a\nb"));
    assert!(m("[^x]", "\n"));
}

#[test]
fn unicode_classes() {
    assert!(m(r"\p{Han}", "中"));
    assert!(m(r"\pL", "é"));
    assert!(!m(r"\PL", "é"));
    assert!(m(r"\p{Greek}", "α"));
    assert!(m(r"\p{greek}", "α"));
    assert!(m(r"[[:alpha:]]", "a"));
    assert!(!m(r"[[:alpha:]]", "é"));
    assert!(err(r"\p{Klingon}").contains("invalid character class range"));
}

#[test]
fn surrogates_compile_and_never_match() {
    assert!(m(r"\p{Assigned}", "a"));
    assert!(!m(r"\x{D800}", "\u{FFFD}"));
    assert!(m(r"[\x{D7FF}-\x{E000}]", "\u{E000}"));
    assert!(m(r"[^a]", "\u{10FFFF}"));
}

#[test]
fn deep_nesting_compiles_up_to_gos_limit() {
    let deep = |n: usize| format!("{}a{}", "(".repeat(n), ")".repeat(n));
    assert!(m(&deep(999), "a"));
    assert_eq!(
        GoRegex::compile(&deep(1000)).err().map(|e| e.code),
        Some(ERR_NESTING_DEPTH)
    );
    let stars = format!("{}a{}", "(?:".repeat(998), ")*".repeat(998));
    assert!(m(&stars, ""));
}

#[test]
fn flags_are_scoped_to_their_group() {
    assert!(!m("^(?i:a)b$", "AB"));
    assert!(m("^(?i:a)b$", "Ab"));
    assert!(m("^a(?i)b$", "aB"));
    assert!(!m("^a(?i)b$", "AB"));
    assert!(m("^(?:(?i)a)A$", "aA"));
    assert!(!m("^(?:(?i)a)a$", "aA"));
    assert!(m("(?U)a+?", "a"));
    assert!(m("(?i-s:a.)", "A\u{0}"));
}

#[test]
fn error_fields_and_display() {
    let e = GoRegex::compile(r"a\<\y").err();
    assert_eq!(e.as_ref().map(|e| e.code), Some(ERR_INVALID_ESCAPE));
    assert_eq!(e.as_ref().map(|e| e.expr.as_str()), Some(r"\y"));
    assert_eq!(
        e.map(|e| e.to_string()),
        Some("error parsing regexp: invalid escape sequence: `\\y`".to_string())
    );
}

#[test]
fn posix_negated_and_single_letter_properties() {
    assert!(m("^[[:^alpha:]]$", "1"));
    assert!(!m("^[[:^alpha:]]$", "a"));
    assert!(m(r"^\pN$", "٣"));
    assert!(m(r"^\p{Nd}$", "3"));
    assert!(err(r"\pé").contains("invalid character class range: `\\pé`"));
}

#[test]
fn empty_class_never_matches() {
    assert!(!m(r"[^\x00-\x{10FFFF}]", "a"));
    assert!(m(r"a|[^\x00-\x{10FFFF}]", "a"));
}

#[test]
fn lints_flag_constructs_go_reads_differently() {
    assert_eq!(lints(r"(?i)^(hello|hi)\b").len(), 0);
    assert!(lints(r"\<word\>")[0].contains("\\b"));
    assert!(lints(r"\b{start}x")[0].contains("\\b{"));
    assert!(lints("[a-z&&[^aeiou]]")[0].contains("set operations"));
    assert!(lints("x{,3}")[0].contains("{0,n}"));
    assert!(lints(r"\Q\<&&\E[\<]").is_empty());
    assert!(lints("[[:alpha:]--]").len() == 1);
}

#[test]
fn octal_and_hex() {
    assert!(m(r"\101", "A"));
    assert!(m(r"\x41", "A"));
    assert!(m(r"\x{1F600}", "😀"));
    assert!(err(r"\x{110000}").contains("invalid escape"));
    assert!(err(r"\8").contains("invalid escape"));
}

#[test]
fn parens_and_brackets() {
    assert_eq!(err("(a"), "error parsing regexp: missing closing ): `(a`");
    assert_eq!(err("a)"), "error parsing regexp: unexpected ): `a)`");
    assert_eq!(err("[a"), "error parsing regexp: missing closing ]: `[a`");
    assert_eq!(
        err("*"),
        "error parsing regexp: missing argument to repetition operator: `*`"
    );
    assert_eq!(
        err("\\"),
        "error parsing regexp: trailing backslash at end of expression: ``"
    );
    assert!(m("(?:)*", ""));
    assert!(m("^*a", "a"));
    assert!(m("(?)a", "a"));
}

#[test]
fn named_groups() {
    assert!(m("(?P<x>a)", "a"));
    assert!(m("(?<x>a)", "a"));
    assert!(err("(?P<>a)").contains("invalid named capture"));
    assert!(err("(?P<a-b>a)").contains("invalid named capture"));
}

#[test]
fn quote_meta_like_go() {
    assert_eq!(quote_meta("a.b*c"), r"a\.b\*c");
    assert_eq!(
        quote_meta("[x]{1}(y)|^$+?\\"),
        r"\[x\]\{1\}\(y\)\|\^\$\+\?\\"
    );
    assert_eq!(quote_meta("中文 - #"), "中文 - #");
}

#[test]
fn hints_name_the_alternative() {
    let hint = |p: &str| {
        GoRegex::compile(p)
            .err()
            .map(|e| e.hint())
            .unwrap_or_default()
    };
    assert!(hint("(?x)a").contains("(?x)"));
    assert!(hint("a*+").contains("possessive"));
    assert!(hint("a{1001}").contains("split"));
    assert!(hint(r"\Z").contains("\\z"));
    assert!(hint("[a-z").contains("list the class"));
}

#[test]
fn as_str_keeps_the_pattern() {
    let re = GoRegex::compile(r"(?i)^(hello|hi)").ok();
    assert_eq!(re.as_ref().map(GoRegex::as_str), Some(r"(?i)^(hello|hi)"));
}

#[test]
fn trigger_patterns() {
    let p = format!("(?i)^({}|{})", quote_meta("c++"), quote_meta("why?"));
    assert!(m(&p, "C++ question"));
    assert!(m(&p, "why? because"));
    assert!(!m(&p, "so c++"));
}

/// Every disagreement with Go that a fidelity run or a person ever found, with Go's answer
/// (tests/fixtures/re2/regressions.jsonl). The integration test `fidelity_re2_regressions`
/// checks the same table against Go itself, so the recorded answers stay true.
#[test]
fn regressions_found_against_go_stay_fixed() {
    let table = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/re2/regressions.jsonl"
    ));
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let pattern = row["pattern"].as_str().expect("pattern");
        let text = row["text"].as_str().expect("text");
        let go = row["go"].as_bool().expect("go");
        assert_eq!(
            m(pattern, text),
            go,
            "{pattern:?} on {text:?}: Go says {go}"
        );
        rows += 1;
    }
    assert!(rows >= 2, "the table has its rows");
}
