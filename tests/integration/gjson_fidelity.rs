//! Differential test of `domain::routing::gjson` (how `route test --request` reads a body) against
//! the plugin's own reading: tests/go/gjsonreader runs Go's `json.Valid`, gjson's
//! `GetBytes(body, modelKey)`, main.go's `extractLastUserMessage` and its rule matching on
//! the same bodies. The program is built by tests/setup.d/30-go.sh, which exports
//! GET_AI_GATEWAY_TEST_GO_GJSON; without it this test fails rather than skips.
//!
//! Bodies are chat requests generated with a fixed seed (FIDELITY_SEED=<hex> replays another
//! run, FIDELITY_CASES=<n> changes the count), each biased toward one class of body where a
//! plain JSON parser and gjson differ. Every answer must agree.
//!
//! `route_test_request_answers_as_the_plugin_end_to_end` runs the real binary
//! (`route test --request - --json`) on a few hundred of these bodies against one stand-in
//! gateway with rules set by `route add`, then the `--path` and `--content-type` cases and a
//! `modelKey` and `enableOnPathSuffix` set by hand.

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::time::Instant;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use get_ai_gateway::domain::live::gwconfig::{AutoRouting, Rule};
use get_ai_gateway::domain::routing::RequestOutcome;
use get_ai_gateway::domain::routing::gjson;
use proptest::prelude::RngCore;
use proptest::test_runner::TestRng;
use serde_json::{Value as Json, json};

const BODIES_PER_RUN: usize = 6000;

use crate::fidelity::{case_count, seeded_rng as rng, tool};

/// Every request to one gjsonreader process, answers in order.
fn ask_go(requests: &[Json]) -> Vec<Json> {
    let path = tool("GET_AI_GATEWAY_TEST_GO_GJSON");
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
            .expect("write to gjsonreader");
    });
    let out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let answers: Vec<Json> = out
        .lines()
        .map(|l| serde_json::from_str(&l.expect("gjsonreader output")).expect("JSON answer"))
        .collect();
    writer.join().expect("writer thread");
    assert!(child.wait().expect("gjsonreader exit").success());
    assert_eq!(
        answers.len(),
        requests.len(),
        "gjsonreader answered every body"
    );
    answers
}

// ---------------------------------------------------------------------------------------
// Body generator

/// The class a body is biased toward (the generator mixes the others in at low rates).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Table,
    Plain,
    DuplicateKeys,
    EscapedKeys,
    RawContent,
    Surrogates,
    DeepNesting,
    Whitespace,
    Framing,
    NonUtf8,
    StringsOfJson,
    ModelKey,
}

const CLASSES: &[Class] = &[
    Class::Plain,
    Class::DuplicateKeys,
    Class::EscapedKeys,
    Class::RawContent,
    Class::Surrogates,
    Class::DeepNesting,
    Class::Whitespace,
    Class::Framing,
    Class::NonUtf8,
    Class::StringsOfJson,
    Class::ModelKey,
];

struct Gen {
    rng: TestRng,
    class: Class,
}

impl Gen {
    fn below(&mut self, n: usize) -> usize {
        (self.rng.next_u64() % n as u64) as usize
    }
    fn percent(&mut self, p: usize) -> bool {
        self.below(100) < p
    }
    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
    /// Whether this body leans toward `class` (always when it is the body's class,
    /// sometimes otherwise).
    fn bias(&mut self, class: Class, p: usize) -> bool {
        if self.class == class {
            self.percent(p)
        } else {
            self.percent(3)
        }
    }

    fn ws(&mut self, out: &mut Vec<u8>) {
        if self.bias(Class::Whitespace, 70) {
            for _ in 0..self.below(4) {
                let w: &[u8] = self.pick(&[
                    &b" "[..],
                    b"\t",
                    b"\r",
                    b"\n",
                    b"\r\n",
                    b"  \t\n",
                    b"\x0c",
                    b"\x0b",
                    b"\xc2\xa0",
                    b"\x00",
                    b"\xe3\x80\x80",
                ]);
                // The last ones are not JSON whitespace: keep them rare.
                if w.first().is_some_and(|c| !b" \t\r\n".contains(c)) && !self.percent(3) {
                    continue;
                }
                out.extend_from_slice(w);
            }
        } else if self.percent(10) {
            out.push(b' ');
        }
    }

    /// The inside of a string (no quotes), with the class's peculiarities.
    fn string_body(&mut self, out: &mut Vec<u8>) {
        let pieces = self.below(5);
        for _ in 0..pieces {
            let r = self.below(100);
            let piece: Vec<u8> = if self.bias(Class::Surrogates, 40) {
                self.pick(&[
                    &br"\ud83d\ude00"[..],
                    br"\ud800",
                    br"\udc00",
                    br"\ud800x",
                    br"\ud800\u0041",
                    br"\ud800\ud800\udc00",
                    br"\udc00\ud800",
                    br"\uDBFF\uDFFF",
                    br"\ud834\udd1e",
                    br"\uD800\\",
                    br"\ud800\n",
                    br"\uFFFD",
                    br"\ufffe",
                ])
                .to_vec()
            } else if self.bias(Class::NonUtf8, 40) {
                self.pick(&[
                    &b"\xff"[..],
                    b"\xfe\xff",
                    b"\xe4\xb8",
                    b"\xe4\xb8\xad",
                    b"\xed\xa0\x80",
                    b"\xc0\xaf",
                    b"\xf0\x9f\x98",
                    b"\xf4\x90\x80\x80",
                    b"\x80",
                    b"\xef\xbf\xbd",
                    b"\x7f",
                ])
                .to_vec()
            } else if self.bias(Class::StringsOfJson, 40) {
                self.pick(&[
                    &br#"{\"role\":\"user\",\"content\":\"inner\"}"#[..],
                    br#"[{\"type\":\"text\",\"text\":\"t\"}]"#,
                    br#"{\"model\":\"higress/auto\"}"#,
                    br"{",
                    br"[",
                    br"}",
                    br"{\\",
                    br#"{\"role\":\"user\"\\"#,
                    br#"{\"a\":[1,2"#,
                    br"(",
                ])
                .to_vec()
            } else if r < 50 {
                self.pick(&[
                    &b"hello"[..],
                    b"deep thinking",
                    b"Deep",
                    b"user",
                    b"text",
                    b"higress/auto",
                    b"x",
                    b"123",
                    b" ",
                    b"\xe4\xbd\xa0\xe5\xa5\xbd",
                    b"caf\xc3\xa9",
                    b"\xf0\x9f\x98\x80",
                    b"{",
                ])
                .to_vec()
            } else if r < 97 {
                self.pick(&[
                    &br"\n"[..],
                    br#"\""#,
                    br"\\",
                    br"\/",
                    br"\t",
                    br"\b\f\r",
                    br"\u00e9",
                    br"\u4e2d",
                    br"\u0000",
                    br"\u0022",
                    br"\u005c",
                ])
                .to_vec()
            } else {
                // Rarely, something that is not JSON inside a string.
                self.pick(&[
                    &b"\t"[..],
                    b"\n",
                    br"\x",
                    br"\u12",
                    br"\u12g4",
                    b"\x01",
                    b"ok",
                    b"fine",
                ])
                .to_vec()
            };
            out.extend_from_slice(&piece);
        }
    }

    fn string(&mut self, out: &mut Vec<u8>, fixed: Option<&[u8]>) {
        out.push(b'"');
        match fixed {
            Some(s) => out.extend_from_slice(s),
            None => self.string_body(out),
        }
        out.push(b'"');
    }

    /// A key: `name`, sometimes written with escapes that decode to it.
    fn key(&mut self, out: &mut Vec<u8>, name: &str) {
        out.push(b'"');
        if self.bias(Class::EscapedKeys, 70) {
            for c in name.bytes() {
                if self.percent(35) {
                    let form = self.below(4);
                    match (form, c) {
                        (0, _) => out.extend_from_slice(format!("\\u{:04x}", c).as_bytes()),
                        (1, _) => out.extend_from_slice(format!("\\u{:04X}", c).as_bytes()),
                        (2, b'/') => out.extend_from_slice(br"\/"),
                        _ => out.extend_from_slice(format!("\\u00{:02x}", c).as_bytes()),
                    }
                } else {
                    out.push(c);
                }
            }
            if self.percent(10) {
                // Decodes to something else: not the key.
                out.extend_from_slice(self.pick(&[&br"\u0000"[..], br"\n", b"\xff", b" "]));
            }
        } else {
            out.extend_from_slice(name.as_bytes());
        }
        out.push(b'"');
    }

    fn number(&mut self) -> &'static [u8] {
        self.pick(&[
            &b"0"[..],
            b"-0",
            b"1",
            b"-12",
            b"1.0",
            b"1.50",
            b"-0.0",
            b"1e3",
            b"1E+2",
            b"2.5e-8",
            b"1e-7",
            b"0.1",
            b"123456789012345678901234567890",
            b"1e400",
            b"-1e400",
            b"5e-324",
            b"1e-400",
            b"9007199254740993",
            b"100000000000000000000000",
            b"1.7976931348623157e308",
            b"3.14159",
            b"01",
            b"1.",
            b"+1",
            b".5",
        ])
    }

    /// Any value, `depth` levels of containers at most.
    fn value(&mut self, out: &mut Vec<u8>, depth: usize) {
        let r = self.below(if depth == 0 { 6 } else { 9 });
        match r {
            0 | 1 => self.string(out, None),
            2 => {
                let n = self.number();
                // The invalid ones rarely.
                if matches!(n, b"01" | b"1." | b"+1" | b".5") && !self.percent(3) {
                    out.push(b'7');
                } else {
                    out.extend_from_slice(n);
                }
            }
            3 => out.extend_from_slice(b"true"),
            4 => out.extend_from_slice(b"false"),
            5 => out.extend_from_slice(b"null"),
            6 | 7 => {
                let names = ["k", "role", "content", "model", "type", "text", "a", ""];
                let n = self.below(4);
                let keys: Vec<&str> = (0..n).map(|_| names[self.below(names.len())]).collect();
                self.object(out, depth, keys);
            }
            _ => {
                out.push(b'[');
                let n = self.below(4);
                for i in 0..n {
                    if i > 0 {
                        out.push(b',');
                    }
                    self.ws(out);
                    self.value(out, depth - 1);
                    self.ws(out);
                }
                out.push(b']');
            }
        }
    }

    fn object(&mut self, out: &mut Vec<u8>, depth: usize, keys: Vec<&str>) {
        out.push(b'{');
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.ws(out);
            self.key(out, k);
            self.ws(out);
            out.push(b':');
            self.ws(out);
            self.value(out, depth.saturating_sub(1));
            self.ws(out);
        }
        out.push(b'}');
    }

    /// Field order with duplicates: each name once, some twice or three times.
    fn fields<'a>(&mut self, names: &[&'a str]) -> Vec<&'a str> {
        let mut v: Vec<&str> = names.to_vec();
        let dup = if self.class == Class::DuplicateKeys {
            60
        } else {
            4
        };
        for n in names {
            if self.percent(dup) {
                v.push(n);
            }
            if self.percent(dup / 3) {
                v.push(n);
            }
        }
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
        v
    }

    /// A value for a field the plugin reads as a string.
    fn stringish(&mut self, out: &mut Vec<u8>, usual: &[&[u8]]) {
        if self.bias(Class::RawContent, 50) {
            self.value(out, 3);
        } else if self.percent(70) {
            let s = self.pick(usual);
            self.string(out, Some(s));
        } else {
            self.string(out, None);
        }
    }

    fn part(&mut self, out: &mut Vec<u8>) {
        if self.percent(8) || self.bias(Class::StringsOfJson, 20) {
            return self.value(out, 2);
        }
        let keys = self.fields(&["type", "text"]);
        out.push(b'{');
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.ws(out);
            self.key(out, k);
            out.push(b':');
            self.ws(out);
            match *k {
                "type" => self.stringish(out, &[b"text", b"text", b"image_url", b"Text"]),
                _ => self.stringish(
                    out,
                    &[b"deep thinking: why", b"hello", b"\xe4\xbd\xa0\xe5\xa5\xbd"],
                ),
            }
            self.ws(out);
        }
        out.push(b'}');
    }

    fn message(&mut self, out: &mut Vec<u8>) {
        if self.percent(5) || self.bias(Class::StringsOfJson, 30) {
            return self.value(out, 2);
        }
        let mut names = vec!["role", "content"];
        if self.percent(20) {
            names.push("name");
        }
        let keys = self.fields(&names);
        out.push(b'{');
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.ws(out);
            self.key(out, k);
            out.push(b':');
            self.ws(out);
            match *k {
                "role" => {
                    self.stringish(out, &[b"user", b"user", b"assistant", b"system", b"User"])
                }
                "content" => {
                    if self.percent(35) {
                        out.push(b'[');
                        let n = self.below(4);
                        for j in 0..n {
                            if j > 0 {
                                out.push(b',');
                            }
                            self.ws(out);
                            self.part(out);
                        }
                        out.push(b']');
                    } else {
                        self.stringish(
                            out,
                            &[b"deep thinking: why", b"hi", b"\xe6\x95\xb0\xe5\xad\xa6"],
                        );
                    }
                }
                _ => self.value(out, 1),
            }
            self.ws(out);
        }
        out.push(b'}');
    }

    /// Nesting for the deep class: sometimes right at Go's 10,000 limit.
    fn deep(&mut self, out: &mut Vec<u8>) {
        let n = match self.below(6) {
            0 => 10_000,
            1 => 10_001,
            2 => 129 + self.below(400),
            _ => 100 + self.below(3000),
        };
        for i in 0..n {
            if i % 3 == 2 {
                out.extend_from_slice(b"{\"k\":");
            } else {
                out.push(b'[');
            }
        }
        self.value(out, 0);
        for i in (0..n).rev() {
            out.push(if i % 3 == 2 { b'}' } else { b']' });
        }
    }

    fn request(&mut self) -> (Vec<u8>, String) {
        let mut names = vec!["model", "messages"];
        if self.percent(40) {
            names.push("stream");
        }
        if self.class == Class::DeepNesting || self.percent(30) {
            names.push("metadata");
        }
        let model_key = if self.class == Class::ModelKey {
            names.extend(["a", "a.b", "list"]);
            self.pick(&[
                "model",
                "",
                "a.b",
                r"a\.b",
                "a.b.c",
                "list.0",
                "list.1.model",
                "list.#",
                "messages.#",
                "messages.0.content",
                "messages.0.role",
                r"mod\el",
                "model.",
                "#",
                "0",
                "a.",
                r"a\",
            ])
            .to_string()
        } else {
            "model".to_string()
        };
        let keys = self.fields(&names);
        let mut out = Vec::new();
        self.ws(&mut out);
        out.push(b'{');
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.ws(&mut out);
            self.key(&mut out, k);
            self.ws(&mut out);
            out.push(b':');
            self.ws(&mut out);
            match *k {
                "model" => self.stringish(
                    &mut out,
                    &[
                        b"higress/auto",
                        b"higress/auto",
                        b"higress/auto",
                        b"gpt-4o",
                        b"",
                        b"higress/auto ",
                    ],
                ),
                "messages" => {
                    if self.percent(5) {
                        self.value(&mut out, 2);
                    } else {
                        out.push(b'[');
                        let n = self.below(5);
                        for j in 0..n {
                            if j > 0 {
                                out.push(b',');
                            }
                            self.ws(&mut out);
                            self.message(&mut out);
                            self.ws(&mut out);
                        }
                        out.push(b']');
                    }
                }
                "metadata" if self.bias(Class::DeepNesting, 90) => self.deep(&mut out),
                "a" => {
                    out.extend_from_slice(b"{");
                    let keys = self.fields(&["b", "c"]);
                    for (j, k) in keys.iter().enumerate() {
                        if j > 0 {
                            out.push(b',');
                        }
                        self.key(&mut out, k);
                        out.push(b':');
                        self.stringish(&mut out, &[b"higress/auto", b"from-a-b"]);
                    }
                    out.extend_from_slice(b"}");
                }
                "list" => {
                    out.push(b'[');
                    for j in 0..self.below(4) {
                        if j > 0 {
                            out.push(b',');
                        }
                        self.value(&mut out, 2);
                    }
                    out.push(b']');
                }
                _ => self.value(&mut out, 3),
            }
            self.ws(&mut out);
        }
        out.push(b'}');
        self.ws(&mut out);
        if self.bias(Class::Framing, 80) {
            match self.below(5) {
                0 => out
                    .splice(0..0, b"\xef\xbb\xbf".iter().copied())
                    .for_each(drop),
                1 => {
                    let g = self.pick(&[
                        &b","[..],
                        b"x",
                        b"}",
                        b" {}",
                        b"\x00",
                        b"\n\n",
                        b"\xff",
                        b"]",
                    ]);
                    out.extend_from_slice(g);
                }
                2 | 3 => {
                    let cut = self.below(out.len() + 1);
                    out.truncate(cut);
                }
                _ => {
                    let at = self.below(out.len() + 1);
                    let g = self.pick(&[&b","[..], b"\"", b"\\", b"{", b"]"]);
                    out.splice(at..at, g.iter().copied()).for_each(drop);
                }
            }
        }
        (out, model_key)
    }
}

/// Hand-picked bodies where gjson's scanning is at its oddest (modelKey, body).
const TABLE: &[(&str, &[u8])] = &[
    ("model", br#""{\"model\":\"higress/auto\"}""#),
    ("model", br#"[{"model":"higress/auto"}]"#),
    ("0.model", br#"[{"model":"higress/auto"}]"#),
    ("model", br#"{"model":"higress/auto","messages":["{\"role\":\"user\",\"content\":\"x\"}"]}"#),
    ("model", br#"{"model":"higress/auto","messages":[{"role":"user","content":"[{\"type\":\"text\",\"text\":\"x\"}]"}]}"#),
    ("model", br#"{"model":"higress/auto","messages":[{"role":"user","content":[" {\"type\":\"text\"} ","{",{"type":"text","text":1e400}]}]}"#),
    ("model", br#"{"model":-0}"#),
    ("model", br#"{"model":-0.0}"#),
    ("model", br#"{"model":5e-324}"#),
    ("model", br#"{"model":1.7976931348623157e308}"#),
    ("model", br#"{"model":[1, {"a" : 2}] }"#),
    ("model", br#"{"mo\"del":1,"model":"x"}"#),
    ("model", br#"{"model\\":1,"model":"y"}"#),
    ("", br#"{"":"empty","model":""}"#),
    ("a.b", br#"{"a":{"b":1},"a":{"b":2}}"#),
    ("a.b", br#"{"a":{"c":1},"a":{"b":2}}"#),
    ("a.b", br#"{"a":[{"b":1}],"a":{"b":3}}"#),
    ("a.0", br#"{"a":"[1]","a":[4]}"#),
    ("a.#", br##"{"a":{"#":5},"a":[4,5]}"##),
    ("model", br#"{"model":"higress/auto","messages":[{"role":"user","content":"\ud800\u0041x"}]}"#),
    ("model", b"{\"model\":\"higress/auto\",\"messages\":[{\"role\":\"user\",\"content\":\"\xff\xfe\"}]}"),
    ("model", b"\xef\xbb\xbf{\"model\":\"higress/auto\"}"),
    ("model", br#"{"model":"higress/auto"} {}"#),
    ("model", br#"{"model":"higress/auto","messages":[{"role":"user","content":"a"},{"role":"user"}]}"#),
    ("model", br#"{"model":"higress/auto","messages":[{"role":"user","content":"a"},{"role":"user","content":[]}]}"#),
];

/// Patterns for the rule check, in order; the first matching one wins. Some are skipped by
/// the plugin (empty, not Go syntax). They see the message as Go's regexp does.
const PATTERNS: &[&str] = &[
    "",
    "(",
    r"^\x{FFFD}",
    "\u{FFFD}\u{FFFD}",
    r"(?i)^(deep thinking|深入思考)",
    r"\p{Han}",
    r"^\d+$",
    r"\{",
    r"^[^a-z]",
    "é",
    r"\n",
    ".",
];

#[test]
fn requests_are_read_as_the_plugin_reads_them() {
    let total = case_count(BODIES_PER_RUN);
    let mut g = Gen {
        rng: rng("requests_are_read_as_the_plugin_reads_them"),
        class: Class::Plain,
    };
    let mut cases: Vec<(Class, Vec<u8>, String)> = TABLE
        .iter()
        .map(|(key, body)| (Class::Table, body.to_vec(), key.to_string()))
        .collect();
    for i in 0..total {
        g.class = CLASSES[i % CLASSES.len()];
        let (body, key) = g.request();
        cases.push((g.class, body, key));
    }
    let requests: Vec<Json> = cases
        .iter()
        .map(|(_, body, key)| json!({"body": B64.encode(body), "modelKey": key, "patterns": PATTERNS}))
        .collect();
    let started = Instant::now();
    let answers = ask_go(&requests);
    let go_time = started.elapsed();

    let auto = AutoRouting {
        present: true,
        enable: true,
        default_model: None,
        rules: PATTERNS
            .iter()
            .enumerate()
            .map(|(i, p)| Rule {
                pattern: p.to_string(),
                model: format!("m{i}"),
            })
            .collect(),
    };
    #[derive(Default)]
    struct Count {
        bodies: usize,
        valid: usize,
        auto: usize,
        messages: usize,
        routed_by_rule: usize,
        disagreements: usize,
    }
    let mut counts: BTreeMap<Class, Count> = BTreeMap::new();
    let mut failures = Vec::new();
    let started = Instant::now();
    for ((class, body, key), go) in cases.iter().zip(&answers) {
        let c = counts.entry(*class).or_default();
        c.bodies += 1;
        let read = match gjson::read_request(body, key) {
            Ok(read) => read,
            Err(e) => panic!("the generator's model key {key:?} is refused: {e}"),
        };
        // What the tool decides: the rule only when the plugin auto-routes the body.
        let rule = match gjson::route(&auto, &read) {
            Some(RequestOutcome::Routed { decision, .. }) => decision.rule,
            _ => None,
        };
        let ours = json!({
            "valid": read.valid,
            "model": B64.encode(&read.model),
            "message": B64.encode(read.last_user_message.as_deref().unwrap_or_default()),
            "found": read.last_user_message.is_some(),
            "auto": read.names_auto(),
            "rule": rule.map_or(-1, |r| r as i64),
        });
        c.valid += usize::from(read.valid);
        c.auto += usize::from(read.names_auto());
        c.messages += usize::from(
            read.last_user_message
                .as_deref()
                .is_some_and(|m| !m.is_empty()),
        );
        c.routed_by_rule += usize::from(rule.is_some());
        if &ours != go {
            c.disagreements += 1;
            if failures.len() < 10 {
                failures.push(format!(
                    "class {class:?}, modelKey {key:?}\n  body: {}\n  body (base64): {}\n  go:   {go}\n  ours: {ours}",
                    String::from_utf8_lossy(&body[..body.len().min(400)]),
                    B64.encode(body),
                ));
            }
        }
    }
    let rust_time = started.elapsed();
    eprintln!(
        "{:<14} {:>6} {:>6} {:>6} {:>8} {:>6} {:>13}",
        "class", "bodies", "valid", "auto", "message", "rule", "disagreements"
    );
    let mut sum = Count::default();
    for (class, c) in &counts {
        eprintln!(
            "{:<14} {:>6} {:>6} {:>6} {:>8} {:>6} {:>13}",
            format!("{class:?}"),
            c.bodies,
            c.valid,
            c.auto,
            c.messages,
            c.routed_by_rule,
            c.disagreements
        );
        sum.bodies += c.bodies;
        sum.valid += c.valid;
        sum.auto += c.auto;
        sum.messages += c.messages;
        sum.routed_by_rule += c.routed_by_rule;
        sum.disagreements += c.disagreements;
    }
    eprintln!(
        "{:<14} {:>6} {:>6} {:>6} {:>8} {:>6} {:>13}   (Go {go_time:.1?}, Rust {rust_time:.1?})",
        "total",
        sum.bodies,
        sum.valid,
        sum.auto,
        sum.messages,
        sum.routed_by_rule,
        sum.disagreements
    );
    assert!(
        failures.is_empty(),
        "{} of {} bodies read differently from gjson:\n{}",
        sum.disagreements,
        sum.bodies,
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// End to end: the real binary, `route test --request - --json`, against one stand-in gateway

const E2E_BODIES: usize = 300;
const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";

/// `route test --request - --json` with extra flags; exit status 0 for every answer.
fn route_test(t: &crate::harness::Test, flags: &[&str], body: &[u8]) -> Json {
    let mut args = vec!["route", "test", "--request", "-", "--json"];
    args.extend(flags);
    let out = t.run_with_stdin(&args, body).ok();
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

/// What the binary's answer must be, given Go's reading (`answer` of gjsonreader) and the
/// gateway's default model.
fn expected(go: &Json, default_model: &Json) -> Json {
    let text = |field: &str| {
        let bytes = B64
            .decode(go[field].as_str().unwrap_or_default())
            .expect("base64");
        gjson::go_string_lossy(&bytes)
    };
    if go["valid"] != true {
        return json!({"outcome": "invalid_json"});
    }
    if go["auto"] != true {
        return json!({"outcome": "not_routed", "reason": "wrong_model", "request_model": text("model")});
    }
    let rule = go["rule"].as_i64().filter(|r| *r >= 0);
    json!({
        "outcome": "routed",
        "message": if go["found"] == true { json!(text("message")) } else { Json::Null },
        "rule": rule,
        "model": if rule.is_some() { Json::Null } else { default_model.clone() },
    })
}

/// The fields of the binary's answer that `expected` speaks of (a rule's model is checked
/// through the rule index).
fn answered(v: &Json) -> Json {
    match v["outcome"].as_str() {
        Some("routed") => json!({
            "outcome": "routed",
            "message": v["message"],
            "rule": v["rule"],
            "model": if v["rule"].is_null() { v["model"].clone() } else { Json::Null },
        }),
        Some("not_routed") => json!({
            "outcome": "not_routed", "reason": v["reason"], "request_model": v["request_model"],
        }),
        _ => json!({"outcome": v["outcome"]}),
    }
}

/// Replace text in the router's file inside the container, as a person editing it would.
fn edit_router(t: &crate::harness::Test, from: &str, to: &str) {
    let router = t.file(ROUTER);
    let edited = router.replacen(from, to, 1);
    assert_ne!(edited, router, "{from:?} is not in the router's file");
    let (code, out) = t.exec(&[
        "sh",
        "-c",
        "printf '%s' \"$1\" > \"$2\"",
        "sh",
        &edited,
        ROUTER,
    ]);
    assert_eq!(code, 0, "{out}");
}

/// Compare the binary with Go on `cases` (body, modelKey Go reads with): the count of
/// answers per outcome (and of those routed by a rule), and the disagreements.
fn compare_with_go(
    t: &crate::harness::Test,
    cases: &[(Vec<u8>, String)],
    patterns: &[String],
    default_model: &Json,
) -> (BTreeMap<String, usize>, Vec<String>) {
    let requests: Vec<Json> = cases
        .iter()
        .map(|(body, key)| json!({"body": B64.encode(body), "modelKey": key, "patterns": patterns}))
        .collect();
    let answers = ask_go(&requests);
    let mut outcomes = BTreeMap::new();
    let mut failures = Vec::new();
    for ((body, key), go) in cases.iter().zip(&answers) {
        let ours = answered(&route_test(t, &[], body));
        *outcomes
            .entry(ours["outcome"].as_str().unwrap_or("?").to_string())
            .or_insert(0) += 1;
        if !ours["rule"].is_null() {
            *outcomes.entry("routed by a rule".to_string()).or_insert(0) += 1;
        }
        let want = expected(go, default_model);
        if ours != want {
            failures.push(format!(
                "modelKey {key:?}, body (base64) {}\n  go:   {want}\n  ours: {ours}",
                B64.encode(body)
            ));
        }
    }
    (outcomes, failures)
}

#[test]
fn route_test_request_answers_as_the_plugin_end_to_end() {
    let t = crate::harness::Test::new();
    t.start(&["--deepseek-key", "sk-gjson-e2e-0001"]).ok();
    for (model, trigger) in [
        ("m-think", "think|deep thinking|深入思考"),
        ("m-fffd", "\u{FFFD}"),
        ("m-raw", "{|[|1|-"),
        ("m-hello", "hello|hi"),
    ] {
        t.run(&["route", "add", "--model", model, "--trigger", trigger])
            .ok();
    }
    let list: Json =
        serde_json::from_str(&t.run(&["route", "list", "--json"]).ok().stdout).expect("JSON");
    let patterns: Vec<String> = list["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| r["pattern"].as_str().expect("pattern").to_string())
        .collect();
    let default_model = list["default_model"].clone();
    assert!(default_model.is_string(), "{list}");

    // Generated bodies, every class but the model key (the live config has one).
    let mut g = Gen {
        rng: rng("route_test_request_answers_as_the_plugin_end_to_end"),
        class: Class::Plain,
    };
    let classes: Vec<Class> = CLASSES
        .iter()
        .copied()
        .filter(|c| *c != Class::ModelKey)
        .collect();
    let mut cases: Vec<(Vec<u8>, String)> = TABLE
        .iter()
        .filter(|(key, _)| *key == "model")
        .map(|(key, body)| (body.to_vec(), key.to_string()))
        .collect();
    for i in 0..case_count(E2E_BODIES).min(E2E_BODIES) {
        g.class = classes[i % classes.len()];
        cases.push((g.request().0, "model".to_string()));
    }
    let started = Instant::now();
    let (outcomes, mut failures) = compare_with_go(&t, &cases, &patterns, &default_model);
    eprintln!(
        "end to end: {} bodies in {:.1?}, outcomes {outcomes:?}, {} disagreements",
        cases.len(),
        started.elapsed(),
        failures.len()
    );

    // The path and the Content-Type, with the default enableOnPathSuffix.
    let body = br#"{"model": "higress/auto", "messages": [{"role": "user", "content": "hello"}]}"#;
    for (flags, outcome) in [
        (
            &["--path", "/v1/chat/completions?stream=true"][..],
            "routed",
        ),
        (&["--path", "/v1/messages"], "routed"),
        (&["--path", "/v1/models"], "path_not_enabled"),
        (
            &["--path", "/v1/models?next=/completions"],
            "path_not_enabled",
        ),
        (
            &["--content-type", "application/json; charset=utf-8"],
            "routed",
        ),
        (
            &["--content-type", "Application/JSON"],
            "content_type_not_read",
        ),
        (&["--content-type", "text/plain"], "content_type_not_read"),
        (&["--content-type", ""], "content_type_not_read"),
        (
            &["--content-type", "multipart/form-data; boundary=x"],
            "multipart_not_routed",
        ),
        (
            &["--content-type", "multipart/form-data, application/json"],
            "routed",
        ),
    ] {
        let v = route_test(&t, flags, body);
        if v["outcome"] != outcome {
            failures.push(format!("{flags:?}: expected {outcome}, got {v}"));
        }
    }

    // A modelKey and an enableOnPathSuffix set by hand: `*` reads every path.
    edit_router(
        &t,
        "    modelToHeader: x-higress-llm-model\n",
        "    modelToHeader: x-higress-llm-model\n    modelKey: a.b\n    enableOnPathSuffix: ['*']\n",
    );
    let v = route_test(
        &t,
        &["--path", "/anything"],
        br#"{"a": {"b": "higress/auto"}, "model": "x"}"#,
    );
    if v["outcome"] != "routed" {
        failures.push(format!("modelKey a.b, path /anything: {v}"));
    }
    g.class = Class::ModelKey;
    let keyed: Vec<(Vec<u8>, String)> = (0..40)
        .map(|_| (g.request().0, "a.b".to_string()))
        .collect();
    let (keyed_outcomes, keyed_failures) = compare_with_go(&t, &keyed, &patterns, &default_model);
    eprintln!(
        "modelKey a.b: {} bodies, outcomes {keyed_outcomes:?}, {} disagreements",
        keyed.len(),
        keyed_failures.len()
    );
    failures.extend(keyed_failures);
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
