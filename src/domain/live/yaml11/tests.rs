use super::*;

fn round_trip(s: &str) {
    let mut m = Mapping::new();
    m.insert(Value::String(s.to_string()), Value::String(s.to_string()));
    let doc = Value::Sequence(vec![Value::String(s.to_string()), Value::Mapping(m)]);
    let text = to_string(&doc);
    let back: Value = serde_yaml::from_str(&text).unwrap_or(Value::Null);
    assert_eq!(back, doc, "{s:?} written as {text:?}");
}

const MUST_QUOTE: &[&str] = &[
    "on",
    "off",
    "yes",
    "no",
    "y",
    "n",
    "true",
    "false",
    "~",
    "null",
    "ON",
    "Off",
    "YES",
    "No",
    "Y",
    "N",
    "TRUE",
    "False",
    "NULL",
    "Null",
    "1_000",
    "0b101",
    "0x1F",
    "0o17",
    "017",
    "1e3",
    ".5",
    "+1",
    "-1",
    ".inf",
    ".nan",
    "-.inf",
    ".NaN",
    "1:20",
    "2001-12-14",
    " a",
    "a ",
    "",
    "<<",
    "=",
    "- a",
    "-",
    "?",
    ":",
    ",",
    "[",
    "]",
    "{",
    "}",
    "#",
    "&a",
    "*a",
    "!a",
    "|",
    ">",
    "'",
    "\"",
    "%",
    "@",
    "`",
    "a: b",
    "a #b",
    "a\nb",
    "a\tb",
    "---",
    "...",
    "12",
    "3.14",
    "0",
    "1.",
    "nan",
    "inf",
    "Infinity",
];

#[test]
fn must_quote_examples_are_quoted() {
    for s in MUST_QUOTE {
        assert!(!is_plain_safe(s), "{s:?} must be quoted");
    }
}

#[test]
fn must_quote_examples_round_trip() {
    for s in MUST_QUOTE {
        round_trip(s);
    }
}

#[test]
fn ordinary_words_stay_plain() {
    for s in [
        "gpt-4o",
        "qwen-max",
        "deepseek-chat",
        "https://api.openai.com/v1",
        "hello world",
        "中文",
        "höhe",
        "a_b",
        "higress/auto",
        "model-router",
    ] {
        assert!(is_plain_safe(s), "{s:?} should be plain");
        round_trip(s);
    }
}

#[test]
fn control_characters_are_escaped() {
    let q = double_quoted("a\u{0}b\u{7}\u{1b}\u{7f}\u{85}\u{2028}\u{feff}\r");
    assert_eq!(q, "\"a\\0b\\a\\e\\x7F\\N\\L\\uFEFF\\r\"");
    round_trip("a\u{0}b\u{7}\u{1b}\u{7f}\u{85}\u{2028}\u{feff}\r\u{1}\u{9f}\u{fffe}");
}

#[test]
fn quotes_and_backslashes_are_escaped() {
    assert_eq!(double_quoted(r#"a"b\c"#), r#""a\"b\\c""#);
    round_trip(r#"C:\path "quoted""#);
}

#[test]
fn unicode_stays_utf8() {
    assert_eq!(double_quoted("中文\n😀"), "\"中文\\n😀\"");
    round_trip("\u{3000}全角空格\u{3000}");
    round_trip("emoji 😀 and é");
}

#[test]
fn mapping_keeps_key_order_and_nests() {
    let v: Value = serde_yaml::from_str("b: 1\na:\n  c: [x, y]\n  d: {}\ne: []\nf: ~\n")
        .unwrap_or(Value::Null);
    let text = to_string(&v);
    assert_eq!(
        text,
        "b: 1\na:\n  c:\n  - x\n  - \"y\"\n  d: {}\ne: []\nf: null\n"
    );
    assert_eq!(serde_yaml::from_str::<Value>(&text).ok(), Some(v));
}

#[test]
fn sequences_of_mappings_and_sequences() {
    let v: Value =
        serde_yaml::from_str("- a: 1\n  b:\n  - on\n- - x\n  - - y\n- {}\n").unwrap_or(Value::Null);
    let text = to_string(&v);
    assert_eq!(text, "- a: 1\n  b:\n  - \"on\"\n- - x\n  - - \"y\"\n- {}\n");
    assert_eq!(serde_yaml::from_str::<Value>(&text).ok(), Some(v));
}

#[test]
fn scalars_at_top_level() {
    assert_eq!(to_string(&Value::Null), "null\n");
    assert_eq!(to_string(&Value::String("yes".into())), "\"yes\"\n");
    assert_eq!(to_string(&Value::Bool(false)), "false\n");
    assert_eq!(
        to_string(&serde_yaml::to_value(1.5).unwrap_or(Value::Null)),
        "1.5\n"
    );
}

#[test]
fn special_floats() {
    let v = serde_yaml::to_value(vec![f64::INFINITY, f64::NEG_INFINITY]).unwrap_or(Value::Null);
    assert_eq!(to_string(&v), "- .inf\n- -.inf\n");
}

#[test]
fn non_string_keys() {
    let mut m = Mapping::new();
    m.insert(Value::Bool(true), Value::from(1));
    m.insert(Value::from(2), Value::from("two"));
    let text = to_string(&Value::Mapping(m.clone()));
    assert_eq!(text, "true: 1\n2: two\n");
    assert_eq!(
        serde_yaml::from_str::<Value>(&text).ok(),
        Some(Value::Mapping(m))
    );
}

#[test]
fn long_keys_are_explicit() {
    let long = "k".repeat(1500);
    let mut m = Mapping::new();
    m.insert(Value::String(long.clone()), Value::from("v"));
    let text = to_string(&Value::Mapping(m.clone()));
    assert!(text.starts_with("? "));
    assert_eq!(
        serde_yaml::from_str::<Value>(&text).ok(),
        Some(Value::Mapping(m))
    );
}

#[test]
fn to_string_from_serializes_structs() {
    #[derive(serde::Serialize)]
    struct Rule {
        pattern: String,
        model: String,
    }
    let text = to_string_from(&vec![Rule {
        pattern: "(?i)^(on|off)".into(),
        model: "no".into(),
    }])
    .unwrap_or_default();
    assert_eq!(text, "- pattern: (?i)^(on|off)\n  model: \"no\"\n");
}

#[test]
fn plain_rejects_trailing_colon_and_comments() {
    assert!(!is_plain_safe("a:"));
    assert!(!is_plain_safe("a # b"));
    assert!(is_plain_safe("a:b"));
    assert!(is_plain_safe("a#b"));
    assert!(!is_plain_safe("a  b"));
}

#[test]
fn routing_document_shape() {
    let v: Value = serde_yaml::from_str(
        "spec:\n  defaultConfig:\n    autoRouting:\n      enable: true\n      defaultModel: qwen-max\n      rules:\n      - pattern: (?i)^(code|debug)\n        model: deepseek-coder\n",
    )
    .unwrap_or(Value::Null);
    let text = to_string(&v);
    assert_eq!(serde_yaml::from_str::<Value>(&text).ok(), Some(v));
    assert!(text.contains("      - pattern: (?i)^(code|debug)\n        model: deepseek-coder\n"));
}

#[test]
fn line_separators_and_bom_are_never_plain() {
    for s in [
        "a\u{2028}b",
        "a\u{2029}",
        "\u{feff}a",
        "a\u{85}b",
        "a\tb",
        "a\rb",
    ] {
        assert!(!is_plain_safe(s), "{s:?}");
        round_trip(s);
    }
}

#[test]
fn special_words_as_keys_are_quoted() {
    let mut m = Mapping::new();
    m.insert(Value::from("on"), Value::from("off"));
    m.insert(Value::from("1_000"), Value::from("<<"));
    let text = to_string(&Value::Mapping(m));
    assert_eq!(text, "\"on\": \"off\"\n\"1_000\": \"<<\"\n");
}

#[test]
fn empty_top_level_collections() {
    assert_eq!(to_string(&Value::Mapping(Mapping::new())), "{}\n");
    assert_eq!(to_string(&Value::Sequence(vec![])), "[]\n");
}

#[test]
fn tagged_values_keep_their_tag() {
    let v: Value = serde_yaml::from_str("a: !Thing x\nb: !List\n- 1\n").unwrap_or(Value::Null);
    let text = to_string(&v);
    assert_eq!(serde_yaml::from_str::<Value>(&text).ok(), Some(v));
}

#[test]
fn output_is_stable_when_read_and_written_again() {
    let v: Value = serde_yaml::from_str(
        "a:\n- b: \"yes\"\n  c: [1, 2.5, null, true]\n- \"0x1F\"\nd: \"multi\\nline\"\n",
    )
    .unwrap_or(Value::Null);
    let once = to_string(&v);
    let twice = to_string(&serde_yaml::from_str::<Value>(&once).unwrap_or(Value::Null));
    assert_eq!(once, twice);
}

#[test]
fn numbers_and_signs_are_quoted_as_strings() {
    for s in [
        "1",
        "-5",
        "+3",
        "0.1",
        "1e9",
        "0777",
        "12:30",
        "1_0",
        "2024-01-01",
    ] {
        assert!(!is_plain_safe(s), "{s:?}");
    }
    assert!(is_plain_safe("v1.2"));
}
