//! Differential tests against Go itself: `re2` against Go's `regexp` (tests/go/re2oracle) and
//! `yaml11` against sigs.k8s.io/yaml over yaml.v2 (tests/go/yaml11reader), the two readers the
//! gateway uses. The programs are built by tests/setup.d/30-go.sh (sourced by tests/run.sh),
//! which exports their paths; without them these tests fail rather than skip.
//!
//! Patterns and strings come from proptest strategies biased toward the constructs where the
//! dialects differ; the seed is printed (set FIDELITY_SEED=<hex> to replay one run).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::time::Instant;

use get_ai_gateway::domain::live::yaml11;
use get_ai_gateway::domain::routing::re2::{self, GoRegex};
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Value as Json, json};
use serde_yaml::{Mapping, Value};

const PATTERNS_PER_RUN: usize = 6000;
const YAML_STRINGS_PER_RUN: usize = 10_000;
const YAML_BATCH: usize = 2000;

pub(crate) fn tool(var: &str) -> String {
    match std::env::var(var) {
        Ok(p) if std::path::Path::new(&p).is_file() => p,
        _ => panic!(
            "{var} is not set to a built Go reference program: run tests/run.sh, or source \
             tests/setup.d/30-go.sh (it builds tests/go/* and exports {var}) before cargo test"
        ),
    }
}

/// The seed every randomized test uses when `FIDELITY_SEED` is unset: `cargo test` runs the
/// same cases every time. `scripts/fuzz.sh` explores with other seeds; a seed that finds a
/// bug becomes rows of tests/fixtures/re2/regressions.jsonl, since a seed stops naming the
/// same cases once a generator changes.
const DEFAULT_SEED: u64 = 0x6761_675f_7365_6564;

pub(crate) fn seed() -> u64 {
    match std::env::var("FIDELITY_SEED") {
        Ok(s) => match u64::from_str_radix(s.trim().trim_start_matches("0x"), 16) {
            Ok(seed) => seed,
            Err(e) => panic!("FIDELITY_SEED={s:?} is not a hexadecimal u64 ({e})"),
        },
        Err(_) => DEFAULT_SEED,
    }
}

/// How many generated patterns a random test draws: `FIDELITY_CASES`, else `default`.
pub(crate) fn case_count(default: usize) -> usize {
    match std::env::var("FIDELITY_CASES") {
        Ok(s) => match s.trim().parse::<usize>() {
            Ok(n) if n > 0 => n,
            _ => panic!("FIDELITY_CASES={s:?} is not a positive whole number"),
        },
        Err(_) => default,
    }
}

/// The generators' random source: ChaCha from [`seed`], printed under `name`.
pub(crate) fn seeded_rng(name: &str) -> TestRng {
    let seed = seed();
    eprintln!("{name}: FIDELITY_SEED={seed:x}");
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

fn runner(name: &str) -> TestRunner {
    TestRunner::new_with_rng(Config::default(), seeded_rng(name))
}

fn sample<T: std::fmt::Debug>(runner: &mut TestRunner, s: &impl Strategy<Value = T>) -> T {
    match s.new_tree(runner) {
        Ok(tree) => tree.current(),
        Err(e) => panic!("strategy failed: {e}"),
    }
}

/// Sends every request to one Go oracle process, answers in order.
fn ask_oracle(requests: &[Json]) -> Vec<Json> {
    let path = tool("GET_AI_GATEWAY_TEST_GO_RE2");
    let mut child = Command::new(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {path}: {e}"));
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body: String = requests.iter().map(|r| format!("{r}\n")).collect();
    let writer = std::thread::spawn(move || {
        stdin
            .write_all(body.as_bytes())
            .expect("write to the oracle");
    });
    let out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let answers: Vec<Json> = out
        .lines()
        .map(|l| serde_json::from_str(&l.expect("oracle output")).expect("oracle JSON"))
        .collect();
    writer.join().expect("writer thread");
    assert!(child.wait().expect("oracle exit").success());
    assert_eq!(
        answers.len(),
        requests.len(),
        "the oracle answered every request"
    );
    answers
}

// ---------------------------------------------------------------------------------------
// Pattern generator

const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// Pieces Go accepts (most of the time), and pieces it mostly rejects.
fn atoms() -> (Vec<String>, Vec<String>) {
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut valid = owned(&[
        r"\w",
        r"\d",
        r"\s",
        r"\b",
        r"\B",
        r"\W",
        r"\D",
        r"\S",
        r"\A",
        r"\z",
        r"\Qa.b\E",
        r"\Q*+?\E",
        r"\Qx",
        r"\Q\E",
        ".",
        "^",
        "$",
        r"\<",
        r"\>",
        r"\b{start}",
        r"\b{end}",
        r"\pL",
        r"\PL",
        r"\pN",
        r"\p{Han}",
        r"\p{Greek}",
        r"\p{greek}",
        r"\p{^Greek}",
        r"\P{^L}",
        r"\p{Lu}",
        r"\p{Ll}",
        r"\p{Latin}",
        r"\p{Letter}",
        r"\p{Any}",
        r"\p{Assigned}",
        r"\p{Ascii}",
        r"\p{Lc}",
        r"\p{Cn}",
        r"\p{C}",
        r"\p{Zs}",
        r"\p{Cyrillic}",
        r"\p{Old_Italic}",
        r"\pZ",
        r"\x41",
        r"\x{263a}",
        r"\x{1F600}",
        r"\101",
        r"\12",
        r"\0",
        r"\a",
        r"\f",
        r"\n",
        r"\r",
        r"\t",
        r"\v",
        "[abc]",
        "[^a-z]",
        "[a&&b]",
        "[a-c--]",
        "[a~~b]",
        "[a-z&&[^aeiou]]",
        "[[:alpha:]]",
        "[[:^space:]]",
        "[[:word:]]",
        "[[:upper:]]",
        "[[:punct:]]",
        r"[\w\s]",
        r"[\W]",
        r"[^\W]",
        r"[\pL]",
        r"[\p{Greek}\d]",
        "[a-]",
        "[]a]",
        "[^]]",
        "[k]",
        "[ſ]",
        "[é-ü]",
        "[中-龥]",
        "[Kk]",
        "[^\n]",
        "[[]",
        r"[\x{41}-\x{5A}]",
        "(?i)",
        "(?s)",
        "(?m)",
        "(?U)",
        "(?-i)",
        "(?i-s)",
        "(?)",
        "a",
        "b",
        "k",
        "K",
        "s",
        "S",
        "x",
        "0",
        "1",
        "_",
        "é",
        "É",
        "中",
        "文",
        "😀",
        "\u{3000}",
        "ſ",
        "\u{212A}",
        " ",
        "\n",
        "-",
        "ß",
        "İ",
        "ı",
        "Σ",
        "σ",
        "ς",
        "ǅ",
        "{",
        "}",
        "]",
        "a{,5}",
        "a{01}",
        "hello",
        "中文",
    ]);
    for c in PUNCT.chars() {
        valid.push(format!("\\{c}"));
    }
    let mut risky = owned(&[
        r"\Z",
        r"\C",
        r"\Q",
        r"\E",
        r"\b{word}",
        r"\p{Klingon}",
        r"\p{L&}",
        r"\p{sc=Greek}",
        r"\p{}",
        r"\p",
        r"\p{Han",
        r"\x{110000}",
        r"\x{}",
        r"\x4",
        r"\x",
        r"\1",
        r"\8",
        r"\e",
        r"\h",
        r"\K",
        r"\G",
        r"\X",
        r"\R",
        r"\N",
        r"\u0041",
        r"\U",
        "[a--b]",
        "[[:foo:]]",
        "[z-a]",
        r"[\Q]",
        "[",
        "[^",
        r"[\b]",
        "(?x)",
        "(?R)",
        "(?#c)",
        "(?-)",
        "(?i-)",
        "(?P=n)",
        "(?'n'a)",
        "(?1)",
        ")",
        "(",
        "|",
        "*",
    ]);
    for c in ('a'..='z').chain('A'..='Z').chain('0'..='9') {
        risky.push(format!("\\{c}"));
    }
    (valid, risky)
}

const QUANTIFIERS: &[&str] = &[
    "*", "+", "?", "*?", "+?", "??", "{2}", "{2,}", "{2,5}", "{0}", "{1000}", "{0,1000}", "{,5}",
    "{01}", "{3}?", "{1}", "{0,}", "{500}", "{1000,}", "{2}",
];
const RISKY_QUANTIFIERS: &[&str] = &[
    "*+",
    "++",
    "?+",
    "**",
    "{1001}",
    "{2,1001}",
    "{5,2}",
    "{99999999999}",
    "{3}+",
    "{3}{2}",
];

fn pattern_strategy() -> impl Strategy<Value = String> {
    let (valid, risky) = atoms();
    let atom = prop_oneof![8 => prop::sample::select(valid), 1 => prop::sample::select(risky)];
    let quant = prop_oneof![
        8 => prop::sample::select(QUANTIFIERS.to_vec()),
        1 => prop::sample::select(RISKY_QUANTIFIERS.to_vec()),
    ];
    let piece = prop_oneof![
        6 => atom.clone(),
        2 => (atom, quant.clone()).prop_map(|(a, q)| format!("{a}{q}")),
    ];
    let leaf = prop::collection::vec(piece, 1..4).prop_map(|v| v.concat());
    leaf.prop_recursive(3, 16, 3, move |inner| {
        let group = prop_oneof![
            8 => prop::sample::select(vec![
                "(", "(?:", "(?i:", "(?s:", "(?m:", "(?-i:", "(?P<n>", "(?<n1>", "(?U:",
            ]),
            1 => prop::sample::select(vec!["(?P<>", "(?=", "(?!", "(?<=", "(?>", "(?x:"]),
        ];
        prop_oneof![
            3 => prop::collection::vec(inner.clone(), 1..3).prop_map(|v| v.concat()),
            2 => prop::collection::vec(inner.clone(), 2..4).prop_map(|v| v.join("|")),
            3 => (group, inner.clone(), prop::option::of(quant.clone()))
                .prop_map(|(g, p, q)| format!("{g}{p}){}", q.unwrap_or_default())),
            1 => inner.prop_map(|p| format!("^{p}$")),
        ]
    })
}

const TEXTS: &[&str] = &[
    "",
    "a",
    "abc",
    "hello world",
    "Hello World",
    "KELVIN \u{212A} k K",
    "ſ s S",
    "中文测试",
    "你好，世界",
    "café résumé naïve",
    "Ñandú ÉCOLE",
    "😀 emoji 🎉",
    "\u{3000}全角\u{3000}",
    "line1\nline2",
    "a\nb\n",
    "\n",
    "x{start}",
    "<a>",
    "a&b",
    "a-b~c",
    "123 456",
    "٣",
    "tab\there",
    "\u{b}",
    "_",
    "a.b*c",
    "[x]",
    "AbC",
    "Mix 中文 and English 123!",
    "αβγ ΑΒΓ",
    "Привет",
    "\\",
    "(a)",
    " ",
    "ß SS ẞ",
    "İı iI",
    "Σσς",
    "ǅǄǆ",
    "aéa",
    "éé",
    "a{,5}",
    "a{01}",
    "\u{1}\u{7f}",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(
        "aAbkKsS01_ -.*{}<>&\n\t\u{3000}中文éÉſ\u{212A}😀ßΣσ!?"
            .chars()
            .collect::<Vec<_>>(),
    );
    prop_oneof![
        3 => prop::sample::select(TEXTS.to_vec()).prop_map(str::to_string),
        2 => prop::collection::vec(chars, 0..10).prop_map(|v| v.into_iter().collect()),
    ]
}

struct Tally {
    patterns: usize,
    accepted: usize,
    pairs: usize,
    error_text_same: usize,
    disagreements: Vec<String>,
}

fn compare(cases: &[(String, Vec<String>)], tally: &mut Tally) {
    let requests: Vec<Json> = cases
        .iter()
        .map(|(p, t)| json!({"pattern": p, "texts": t}))
        .collect();
    let answers = ask_oracle(&requests);
    for ((pattern, texts), go) in cases.iter().zip(answers) {
        tally.patterns += 1;
        let go_ok = go["ok"].as_bool().unwrap_or(false);
        let go_err = go["error"].as_str().unwrap_or("");
        match (GoRegex::compile(pattern), go_ok) {
            (Ok(re), true) => {
                tally.accepted += 1;
                let go_matches = go["matches"].as_array().cloned().unwrap_or_default();
                for (text, g) in texts.iter().zip(go_matches) {
                    tally.pairs += 1;
                    let ours = re.is_match(text);
                    if Some(ours) != g.as_bool() {
                        tally.disagreements.push(format!(
                            "pattern {pattern:?} text {text:?}: Go {g}, re2.rs {ours} (translated {:?})",
                            re.translated()
                        ));
                    }
                }
            }
            (Err(e), false) => {
                if e.to_string() == go_err {
                    tally.error_text_same += 1;
                } else {
                    tally.disagreements.push(format!(
                        "pattern {pattern:?}: error texts differ: Go {go_err:?}, re2.rs {:?}",
                        e.to_string()
                    ));
                }
            }
            (Ok(re), false) => tally.disagreements.push(format!(
                "pattern {pattern:?}: Go rejects ({go_err}), re2.rs accepts as {:?}",
                re.translated()
            )),
            (Err(e), true) => tally.disagreements.push(format!(
                "pattern {pattern:?}: Go accepts, re2.rs rejects: {e}"
            )),
        }
    }
}

fn report(name: &str, tally: &Tally, started: Instant) {
    eprintln!(
        "{name}: {} patterns ({} accepted by Go, {} rejected with the same error text), {} \
         pattern×text pairs, {} disagreements, {:.2?}",
        tally.patterns,
        tally.accepted,
        tally.error_text_same,
        tally.pairs,
        tally.disagreements.len(),
        started.elapsed()
    );
    for d in tally.disagreements.iter().take(40) {
        eprintln!("  DISAGREE {d}");
    }
    assert!(
        tally.disagreements.is_empty(),
        "{name}: re2.rs and Go disagree (see above)"
    );
}

fn new_tally() -> Tally {
    Tally {
        patterns: 0,
        accepted: 0,
        pairs: 0,
        error_text_same: 0,
        disagreements: Vec::new(),
    }
}

const MAX_EXPENSIVE: usize = 4;

fn is_expensive(p: &str) -> bool {
    let big_class = p.contains("\\p") || p.contains("\\P") || p.contains("(?i");
    let big_count = ["{500}", "{1000", "{0,1000}"].iter().any(|c| p.contains(c));
    big_class && big_count
}

// 7-19 s (10 s alone on 2 cores): 6,000 generated patterns and about 37,000 matches, each
// compiled by both engines, with Go answering through one oracle process.
#[test]
fn fidelity_re2_random_patterns_agree_with_go() {
    let started = Instant::now();
    let mut runner = runner("re2 random patterns");
    let patterns = pattern_strategy();
    let texts = prop::collection::vec(text_strategy(), 8..14);
    let mut seen = BTreeSet::new();
    let mut cases = Vec::new();
    let mut expensive = 0;
    let wanted = case_count(PATTERNS_PER_RUN);
    while cases.len() < wanted {
        let p = sample(&mut runner, &patterns);
        // A big Unicode class under a count of hundreds costs the regex crate ~1 s to
        // compile in a debug build: keep a few per run, not dozens.
        if is_expensive(&p) {
            if expensive >= MAX_EXPENSIVE {
                continue;
            }
            expensive += 1;
        }
        if seen.insert(p.clone()) {
            cases.push((p, sample(&mut runner, &texts)));
        }
    }
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    eprintln!("re2 random patterns: {expensive} with a big class under a count of hundreds");
    report("re2 random patterns", &tally, started);
    assert!(
        tally.patterns >= wanted.min(5000),
        "at least 5,000 patterns per run"
    );
    assert!(
        tally.accepted >= wanted / 6,
        "enough accepted patterns to compare matches"
    );
}

/// Pieces around Go's ASCII assertions: `\b`, `\B`, anchors, empty alternatives, and
/// characters on both sides of the ASCII/non-ASCII line.
const EDGE_ATOMS: &[&str] = &[
    r"\b",
    r"\B",
    r"\b",
    r"\B",
    "^",
    "$",
    "(?m:^)",
    "(?m:$)",
    r"\A",
    r"\z",
    "",
    "a",
    "_",
    "1",
    " ",
    "é",
    "中",
    "😀",
    "É",
    "\u{212A}",
    ".",
    r"\w",
    r"\W",
    r"\pL",
    r"\p{Ascii}",
    "[é-ü]",
    "[^a]",
    r"\t",
    r"\$",
    "(?i)k",
    "(?i)é",
    r"[\w\x{e9}]",
];

fn edge_pattern_strategy() -> impl Strategy<Value = String> {
    let atom = prop::sample::select(EDGE_ATOMS.to_vec()).prop_map(str::to_string);
    let quant = prop::sample::select(vec!["", "", "", "*", "+", "?", "*?", "{1}", "{0,2}"]);
    let piece = (atom, quant).prop_map(|(a, q)| {
        if a.is_empty() || q.is_empty() {
            a
        } else {
            format!("(?:{a}){q}")
        }
    });
    let leaf = prop::collection::vec(piece, 1..4).prop_map(|v| v.concat());
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            3 => prop::collection::vec(inner.clone(), 1..3).prop_map(|v| v.concat()),
            3 => prop::collection::vec(inner.clone(), 2..4).prop_map(|v| v.join("|")),
            2 => inner.clone().prop_map(|p| format!("(?:|{p})")),
            2 => inner.clone().prop_map(|p| format!("(?:{p}|)")),
            2 => inner.prop_map(|p| format!("(?:{p})")),
        ]
    })
}

fn edge_text_strategy() -> impl Strategy<Value = String> {
    let chars = prop::sample::select("aZ_1 é中😀É\u{212A}\n\t$-".chars().collect::<Vec<_>>());
    prop::collection::vec(chars, 0..7).prop_map(|v| v.into_iter().collect())
}

/// Like the random test, but every pattern is built around `\b`, `\B`, `^`, `$` and empty
/// alternatives, and every text mixes ASCII word characters with non-ASCII ones: the class
/// where seed 18eef23563ed28fe found two disagreements.
#[test]
fn fidelity_re2_word_edges_next_to_non_ascii_agree_with_go() {
    let started = Instant::now();
    let mut runner = runner("re2 word edges");
    let patterns = edge_pattern_strategy();
    let texts = prop::collection::vec(edge_text_strategy(), 8..14);
    let wanted = case_count(3000);
    let mut seen = BTreeSet::new();
    let mut cases = Vec::new();
    let mut draws = 0usize;
    while cases.len() < wanted && draws < wanted * 20 {
        draws += 1;
        let p = sample(&mut runner, &patterns);
        if seen.insert(p.clone()) {
            cases.push((p, sample(&mut runner, &texts)));
        }
    }
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    report("re2 word edges", &tally, started);
    assert!(
        tally.patterns >= wanted.min(2000),
        "at least 2,000 distinct patterns per run"
    );
}

/// tests/fixtures/re2/regressions.jsonl against Go: the answers recorded there are Go's
/// answers (the unit test `regressions_found_against_go_stay_fixed` checks ours against
/// the same table without Go).
#[test]
fn fidelity_re2_regressions() {
    let started = Instant::now();
    let table = include_str!("../fixtures/re2/regressions.jsonl");
    let rows: Vec<Json> = table
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let requests: Vec<Json> = rows
        .iter()
        .map(|r| json!({"pattern": r["pattern"], "texts": [r["text"]]}))
        .collect();
    let answers = ask_oracle(&requests);
    for (row, go) in rows.iter().zip(&answers) {
        assert_eq!(
            go["matches"][0], row["go"],
            "Go's answer for {row} is not the one recorded"
        );
    }
    let cases: Vec<(String, Vec<String>)> = rows
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s("pattern"), vec![s("text")])
        })
        .collect();
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    report("re2 regressions", &tally, started);
    assert_eq!(tally.pairs, rows.len(), "every row was matched by both");
}

#[test]
fn fidelity_re2_hand_picked_table() {
    let started = Instant::now();
    let table: &[(&str, &[&str])] = &[
        (r"\w+", &["中文", "abc", "é"]),
        (r"^\w+$", &["naïve", "naive"]),
        (r"\d", &["٣", "3", "３"]),
        (r"\s", &["\u{3000}", "\u{b}", "\u{a0}", " "]),
        (r"\bfoo\b", &["foo", "éfooé", "_foo", "中foo中"]),
        (r"\B", &["aéa", "éé", "", "a"]),
        (r"\<a\>", &["<a>", "a"]),
        (r"\b{start}", &["x{start}", "start"]),
        (r"\Qa+b\E+", &["a+bb", "a+b+", "aab"]),
        ("a{1000}", &["a"]),
        ("a{1001}", &[]),
        ("(a{500}){2}", &["a"]),
        ("(a{500}){3}", &[]),
        ("(?x) a b", &[]),
        ("(?R)", &[]),
        ("a*+", &[]),
        ("a{2}{3}", &[]),
        ("[a&&b]", &["&", "a", "c"]),
        ("[a--]", &[]),
        ("[a~~b]", &["~", "c"]),
        ("(?i)k", &["\u{212A}", "K", "k"]),
        (r"(?i)\w", &["\u{212A}", "\u{17F}"]),
        (r"(?i)[^k]", &["\u{212A}", "x"]),
        (r"(?i)\W", &["\u{212A}", "k", "é"]),
        ("(?i)ß", &["ẞ", "SS", "ss"]),
        ("(?i)σ", &["ς", "Σ"]),
        ("a$", &["a\n", "a"]),
        ("(?m)a$", &["a\nb", "a\r\nb"]),
        ("a.b", &["a\nb", "a\rb"]),
        ("(?s)a.b", &["a\nb"]),
        ("[^a]", &["\n"]),
        (r"\z", &[""]),
        (r"\Z", &[]),
        (r"\p{Han}+", &["中文", "abc"]),
        (r"\p{Greek}", &["α", "a"]),
        (r"\p{Cn}", &["\u{378}", "a"]),
        (r"\pC", &["\u{378}", "\u{1}", "\u{E000}"]),
        (r"\p{Letter}", &["a", "1"]),
        (r"[[:alpha:]]", &["é", "a"]),
        ("(?U)a+", &["aaa"]),
        ("(?P<name>x)(?P<name>y)", &["xy"]),
        ("(?<n>x)", &["x"]),
        (r"\8", &[]),
        (r"\12", &["\n"]),
        ("x{2,}?", &["xx"]),
        ("^*", &["a"]),
        ("(?i)^(hello|hi)", &["HELLO there", "oh hi"]),
        ("a(?i)*", &["", "b"]),
        ("(?i)*", &[]),
        (r"\Q\E*", &[]),
        (r"a\Q\E*", &[""]),
        ("a(?i)b|c", &["C", "aB", "AB"]),
        ("(?i)Straße", &["STRASSE", "strasse", "STRAẞE"]),
        ("(?i)ǆ", &["Ǆ", "ǅ"]),
        (r"[\d-z]", &["-", "5", "y"]),
        (r"[a-\d]", &[]),
        ("(?i)[k-k]", &["\u{212A}"]),
        (r"\pL\p{^L}\PL\P{^L}", &["a1b2", "aa1a"]),
        ("x{2}{3}", &[]),
        ("x{2}*", &[]),
        ("x**?", &[]),
        ("(?P<n>a", &[]),
        ("(?P<n!>a)", &[]),
        ("(?<n", &[]),
        ("(?i)(?-i)A", &["a", "A"]),
        ("(?i-i)a", &[]),
        ("[[:word:][:^digit:]]", &["1", "a"]),
        (r"[^\x00-\x{10FFFF}]", &["a"]),
        (r"\x{10FFFF}", &["\u{10FFFF}"]),
    ];
    let mut cases: Vec<(String, Vec<String>)> = table
        .iter()
        .map(|(p, t)| (p.to_string(), t.iter().map(|s| s.to_string()).collect()))
        .collect();
    // Nesting and size limits: Go's height limit is 1000, its program size limit ~3.3M.
    let nested = |open: &str, n: usize, inner: &str, close: &str| {
        format!("{}{inner}{}", open.repeat(n), close.repeat(n))
    };
    for n in [998, 999, 1000, 1001, 3000] {
        cases.push((nested("(", n, "a", ")"), vec!["a".into(), "b".into()]));
        cases.push((nested("(?:", n, "a", ")"), vec!["a".into()]));
        cases.push((nested("(?:", n, "a", ")*"), vec!["".into()]));
    }
    cases.push(("(?:a{1000}){1000}".into(), vec![]));
    cases.push(("(?:(?:a{10}){10}){10}".into(), vec!["a".repeat(1000)]));
    cases.push(("(?:(?:a{10}){10}){11}".into(), vec![]));
    cases.push((
        format!("(?:{}){{1000}}", "x".repeat(4000)),
        vec!["x".into()],
    ));
    cases.push((
        format!("({}){{1000}}", "[a-z]".repeat(3400)),
        vec!["x".into()],
    ));
    cases.push(("a{1000}".repeat(4000), vec!["a".into()]));
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    for (p, _) in table {
        let ours = match GoRegex::compile(p) {
            Ok(_) if !re2::lints(p).is_empty() => {
                format!("accepted; lint: {}", re2::lints(p).join("; "))
            }
            Ok(_) => "accepted".to_string(),
            Err(e) => format!("{e}  [hint: {}]", e.hint()),
        };
        eprintln!("  {p:<28} {ours}");
    }
    report("re2 hand-picked table", &tally, started);
}

#[test]
fn fidelity_re2_classes_over_code_points() {
    let started = Instant::now();
    let classes = [
        r"\w",
        r"\W",
        r"\d",
        r"\s",
        r"\S",
        ".",
        "(?s).",
        r"\pL",
        r"\PL",
        r"\p{Greek}",
        r"(?i)\p{Greek}",
        r"(?i)\p{Lu}",
        r"\p{Lu}",
        r"\p{Han}",
        r"\p{Assigned}",
        r"\pC",
        r"\p{Cn}",
        r"\pN",
        r"\p{Zs}",
        r"(?i)[[:upper:]]",
        r"(?i)[a-z]",
        r"(?i)[^a-z]",
        r"(?i)\w",
        r"(?i)\W",
        r"[[:punct:]]",
        r"\p{Lc}",
        r"(?i)\p{Ascii}",
        r"\p{Latin}",
        r"(?i)\p{Latin}",
        r"(?i)k",
        r"(?i)s",
        r"(?i)ß",
        r"(?i)ǅ",
        r"(?i)[ǅ-ǈ]",
        r"(?i)\x{1E9E}",
    ];
    let mut points: Vec<u32> = (0..0x600).collect();
    points.extend((0x600..0x11_0000).step_by(211));
    points.extend([
        0x212A, 0x17F, 0x1E9E, 0x3A3, 0x3C2, 0x1C4, 0x1C5, 0x1C6, 0x130, 0x131,
    ]);
    let texts: Vec<String> = points
        .iter()
        .filter_map(|&c| char::from_u32(c))
        .map(|c| c.to_string())
        .collect();
    let cases: Vec<(String, Vec<String>)> = classes
        .iter()
        .map(|c| (format!("^{c}$"), texts.clone()))
        .collect();
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    report("re2 classes over code points", &tally, started);
}

#[test]
fn fidelity_re2_fold_orbits_agree_with_go() {
    // Every character with a case fold, as a (?i) literal, against its neighbours and
    // the characters of its orbit as Go computes them through `re2`'s own translation.
    let started = Instant::now();
    let mut cases = Vec::new();
    let mut c = 0u32;
    while c <= 0x1_FFFF {
        if let Some(ch) = char::from_u32(c) {
            let upper: String = ch.to_uppercase().collect();
            let lower: String = ch.to_lowercase().collect();
            if upper != lower {
                let mut texts = vec![ch.to_string(), upper, lower];
                texts.extend(
                    [c.wrapping_sub(1), c + 1, c + 0x20, c.wrapping_sub(0x20)]
                        .iter()
                        .filter_map(|&d| char::from_u32(d))
                        .map(|d| d.to_string()),
                );
                cases.push((format!("(?i)^\\x{{{c:X}}}$"), texts));
            }
        }
        c += 1;
    }
    let mut tally = new_tally();
    compare(&cases, &mut tally);
    report("re2 (?i) fold orbits", &tally, started);
}

#[test]
fn fidelity_quote_meta_agrees_with_go() {
    let started = Instant::now();
    let mut runner = runner("quote_meta");
    let chars = prop::sample::select(
        format!("{PUNCT}aZ9 中é😀\n\t\u{3000}")
            .chars()
            .collect::<Vec<_>>(),
    );
    let strings =
        prop::collection::vec(chars, 0..16).prop_map(|v| v.into_iter().collect::<String>());
    let inputs: Vec<String> = (0..2000).map(|_| sample(&mut runner, &strings)).collect();
    let requests: Vec<Json> = inputs.iter().map(|s| json!({"quote": s})).collect();
    let answers = ask_oracle(&requests);
    let mut same = 0;
    for (s, go) in inputs.iter().zip(answers) {
        let ours = re2::quote_meta(s);
        assert_eq!(
            Some(ours.as_str()),
            go["quoted"].as_str().or(Some("")),
            "QuoteMeta({s:?})"
        );
        let re = GoRegex::compile(&ours).unwrap_or_else(|e| panic!("{ours:?}: {e}"));
        assert!(re.is_match(s), "quoted {s:?} matches itself");
        same += 1;
    }
    eprintln!(
        "quote_meta: {same} strings equal to Go's QuoteMeta, {:.2?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------
// YAML

const YAML_SPECIAL: &[&str] = &[
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
    "oN",
    "nO",
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
    "+.inf",
    ".Inf",
    ".NAN",
    "1:20",
    "190:20:30",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5",
    " a",
    "a ",
    "",
    "<<",
    "=",
    "- a",
    "-",
    "--",
    "---",
    "...",
    "? a",
    "?",
    ":",
    ": a",
    "a:",
    "a: b",
    "a #b",
    "a#b",
    "#a",
    ",",
    "[a]",
    "]",
    "{a: 1}",
    "}",
    "&a",
    "*a",
    "!a",
    "!!str",
    "|",
    ">",
    "'a'",
    "\"a\"",
    "%YAML",
    "@a",
    "`a",
    "\\",
    "a\\nb",
    "0",
    "00",
    "1.0",
    "1.",
    "-0",
    "0.",
    "1,000",
    "+",
    ".",
    "Infinity",
    "NaN",
    "inf",
    "12e",
    "0x",
    "0b",
    "0o",
    "1__0",
    "_1",
    "a\nb",
    "a\n",
    "\n",
    "\t",
    "a\tb",
    " ",
    "  ",
    "\r\n",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{feff}a",
    "\u{0}",
    "\u{1b}",
    "\u{7f}",
    "\u{9f}",
    "\u{a0}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{3000}",
    "中文",
    "😀",
    "é",
    "https://example.com/a?b=c#d",
    "k: v # c",
    "a'b",
    "a\"b",
    "a%b",
    "x{1}",
    "(?i)^(on|off)",
    r"\bfoo\b",
    "gpt-4o",
    "qwen-max",
];

fn yaml_string_strategy() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        4 => prop::char::range(' ', '~'),
        1 => prop::char::range('\u{0}', '\u{1f}'),
        1 => prop::sample::select(vec!['\u{7f}', '\u{85}', '\u{a0}', '\u{2028}', '\u{2029}',
            '\u{feff}', '\u{fffe}', '\u{3000}', '中', '文', 'é', 'ß', '😀', '\u{10ffff}', '\n', '\t', '\r']),
        1 => any::<char>(),
    ];
    let special = prop::sample::select(YAML_SPECIAL.to_vec()).prop_map(str::to_string);
    prop_oneof![
        2 => special.clone(),
        2 => (special.clone(), special, prop::sample::select(vec!["", " ", ": ", " #", "\n", "-", "."]))
            .prop_map(|(a, b, sep)| format!("{a}{sep}{b}")),
        4 => prop::collection::vec(chars, 0..24).prop_map(|v| v.into_iter().collect()),
    ]
}

pub fn read_with_go(text: &str) -> Json {
    let path = tool("GET_AI_GATEWAY_TEST_GO_YAML");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("doc.yaml");
    std::fs::write(&file, text).expect("write YAML");
    let out = Command::new(&path)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {path}: {e}"));
    assert!(
        out.status.success(),
        "yaml11reader rejected our YAML: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("yaml11reader JSON")
}

#[test]
fn fidelity_yaml_strings_read_back_identically() {
    let started = Instant::now();
    let mut runner = runner("yaml11");
    let strategy = yaml_string_strategy();
    let mut all: Vec<String> = YAML_SPECIAL.iter().map(|s| s.to_string()).collect();
    // Keys longer than YAML's 1024-character limit for implicit keys.
    all.extend([
        "k".repeat(1500),
        format!("on: {}", "x ".repeat(700)),
        "中".repeat(1100),
    ]);
    while all.len() < YAML_STRINGS_PER_RUN {
        all.push(sample(&mut runner, &strategy));
    }
    let (mut checked, mut plain, mut files) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for batch in all.chunks(YAML_BATCH) {
        let mut values = Mapping::new();
        let mut keys = Mapping::new();
        let mut key_order = Vec::new();
        let mut unique = BTreeMap::new();
        for (i, s) in batch.iter().enumerate() {
            values.insert(Value::from(format!("k{i}")), Value::from(s.as_str()));
            if !unique.contains_key(s) {
                unique.insert(s.clone(), i);
                keys.insert(Value::from(s.as_str()), Value::from(format!("v{i}")));
                key_order.push(s.clone());
            }
            plain += usize::from(yaml11::is_plain_safe(s));
        }
        let items: Vec<Value> = batch.iter().map(|s| Value::from(s.as_str())).collect();
        let mut nested = Mapping::new();
        nested.insert(Value::from("items"), Value::Sequence(items.clone()));
        let mut doc = Mapping::new();
        doc.insert(Value::from("values"), Value::Mapping(values));
        doc.insert(Value::from("keys"), Value::Mapping(keys));
        doc.insert(Value::from("items"), Value::Sequence(items));
        doc.insert(
            Value::from("nested"),
            Value::Sequence(vec![Value::Mapping(nested)]),
        );
        let doc = Value::Mapping(doc);
        let text = yaml11::to_string(&doc);
        files += 1;

        // YAML 1.2: serde_yaml.
        match serde_yaml::from_str::<Value>(&text) {
            Ok(back) if back == doc => {}
            Ok(_) => failures.push("serde_yaml read a different document".to_string()),
            Err(e) => failures.push(format!("serde_yaml cannot read our YAML: {e}")),
        }

        // YAML 1.1: sigs.k8s.io/yaml over yaml.v2, as the gateway reads it.
        let go = read_with_go(&text);
        for (i, s) in batch.iter().enumerate() {
            let checks = [
                ("value", go["values"][format!("k{i}")].clone()),
                ("item", go["items"][i].clone()),
                ("nested item", go["nested"][0]["items"][i].clone()),
            ];
            for (what, got) in checks {
                checked += 1;
                if got.as_str() != Some(s.as_str()) {
                    failures.push(format!(
                        "{what} {s:?} written as {:?} read by Go as {got}",
                        yaml11::to_string(&Value::from(s.as_str())).trim_end()
                    ));
                }
            }
        }
        for (i, s) in key_order.iter().enumerate() {
            checked += 1;
            let want = format!("v{}", unique[s]);
            if go["keys"][s.as_str()].as_str() != Some(want.as_str()) {
                failures.push(format!("key {s:?} (#{i}) not read back by Go as that key"));
            }
        }
        let go_keys = go["keys"].as_object().map(|o| o.len()).unwrap_or(0);
        if go_keys != key_order.len() {
            failures.push(format!(
                "Go read {go_keys} keys, we wrote {}",
                key_order.len()
            ));
        }
    }
    eprintln!(
        "yaml11: {} strings ({plain} plain) in {files} files, {checked} string reads by Go \
         and serde_yaml, {} failures, {:.2?}",
        all.len(),
        failures.len(),
        started.elapsed()
    );
    for f in failures.iter().take(40) {
        eprintln!("  FAIL {f}");
    }
    assert!(failures.is_empty(), "strings did not read back identically");
    assert!(all.len() >= YAML_STRINGS_PER_RUN);
}

/// `yaml11::v2_reads_as_string` (used by `check` to find plain words the gateway reads as
/// booleans, numbers, null or dates) against Go's reader: each word written plain as a
/// value, and read back by sigs.k8s.io/yaml over yaml.v2.
#[test]
fn fidelity_yaml_plain_word_resolution_agrees_with_go() {
    let mut words: Vec<String> = [
        "on",
        "On",
        "ON",
        "oN",
        "off",
        "y",
        "Y",
        "yes",
        "YES",
        "yEs",
        "n",
        "no",
        "NO",
        "true",
        "True",
        "tRue",
        "null",
        "Null",
        "nULL",
        "~",
        "1_000",
        "1__0",
        "_1",
        "0b101",
        "0b2",
        "-0b1",
        "017",
        "018",
        "08",
        "0o17",
        "0O17",
        "0x1F",
        "0X1f",
        "0x",
        "0xg",
        "+1",
        "-1",
        "+-1",
        "1.5",
        "1.",
        ".5",
        ".5e3",
        ".e3",
        "1e3",
        "1E+3",
        "1e",
        "-.5",
        "+.inf",
        "-.Inf",
        ".NaN",
        ".nan",
        ".nAn",
        ".inf",
        "1:20",
        "1:2:3",
        "2001-12-14",
        "2001-1-2",
        "2001-12-14T21:59:43.10-05:00",
        "2001-12-14 21:59:43.10",
        "2001-12-14t21:59:43Z",
        "2001-13-14",
        "2001-12-32",
        "201-12-14",
        "12345678901234567890",
        "1_2.3_4",
        "v1",
        "qwen-turbo",
        "gpt-4o",
        "-",
        "+",
        "1a",
        "9223372036854775808",
        "0.0.1",
        "1e1_0",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut runner = runner("yaml11-words");
    let strategy = prop::collection::vec(
        prop::sample::select(vec![
            '0', '1', '7', '8', '9', '_', '.', 'e', 'x', 'b', 'o', '-', '+', ':', 'T', 'Z', 'n',
            'y',
        ]),
        1..9,
    );
    while words.len() < 600 {
        let w: String = sample(&mut runner, &strategy).into_iter().collect();
        words.push(w);
    }
    // Only words that serde_yaml (YAML 1.2) reads as strings are check's concern.
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| matches!(serde_yaml::from_str::<Value>(w), Ok(Value::String(_))))
        .filter(|w| !w.starts_with(['-', '?', ':']) || w.len() > 1)
        .collect();
    let text: String = words
        .iter()
        .enumerate()
        .map(|(i, w)| format!("k{i}: {w}\n"))
        .collect();
    let go = read_with_go(&text);
    let mut disagree = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let got = &go[format!("k{i}")];
        let go_string = got.as_str() == Some(w.as_str());
        if go_string != yaml11::v2_reads_as_string(w) {
            disagree.push(format!("{w:?}: Go read {got}"));
        }
    }
    eprintln!("yaml11 plain words: {} checked against Go", words.len());
    assert!(disagree.is_empty(), "{disagree:#?}");
}
