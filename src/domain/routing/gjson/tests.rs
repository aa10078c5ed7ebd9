use super::*;

fn read(body: &[u8]) -> RequestRead {
    read_request(body, "model").expect("supported path")
}

fn model(body: &str, key: &str) -> String {
    let r = read_request(body.as_bytes(), key).expect("supported path");
    assert!(r.valid, "{body} is valid");
    String::from_utf8(r.model).expect("utf-8")
}

fn message(body: &[u8]) -> Option<Vec<u8>> {
    let r = read(body);
    assert!(r.valid);
    r.last_user_message
}

#[test]
fn validity_is_go_json_valid() {
    for ok in [
        &b"{}"[..],
        b" [ ] ",
        b"1",
        b"-0.5e+3",
        b"\"x\"",
        b"null",
        b"{\"a\":\"\xff\xfe\"}",
        b"\"\\ud800\"",
        b"{\"a\":[1,{\"b\":null}]}\r\n",
    ] {
        assert!(json_valid(ok), "{}", String::from_utf8_lossy(ok));
    }
    for bad in [
        &b""[..],
        b" ",
        b"\xef\xbb\xbf{}",
        b"{} x",
        b"{\"a\":1",
        b"{\"a\" 1}",
        b"[1,]",
        b"{\"a\":1,}",
        b"01",
        b"1.",
        b".5",
        b"+1",
        b"1e",
        b"tru",
        b"\"\\x\"",
        b"\"\\u12g4\"",
        b"\"a\tb\"",
        b"{a:1}",
        b"[1 2]",
        b"NaN",
        b"\x0c{}",
    ] {
        assert!(!json_valid(bad), "{}", String::from_utf8_lossy(bad));
    }
}

#[test]
fn depth_limit_is_go_s() {
    let nest = |n: usize| {
        let mut s = "[".repeat(n);
        s.push_str(&"]".repeat(n));
        s
    };
    assert!(json_valid(nest(GO_MAX_DEPTH).as_bytes()));
    assert!(!json_valid(nest(GO_MAX_DEPTH + 1).as_bytes()));
    let deep = format!(
        r#"{{"model":"higress/auto","meta":{},"messages":[{{"role":"user","content":"hi"}}]}}"#,
        nest(500)
    );
    let r = read(deep.as_bytes());
    assert!(r.names_auto());
    assert_eq!(r.last_user_message.as_deref(), Some(&b"hi"[..]));
}

#[test]
fn first_key_wins() {
    assert_eq!(model(r#"{"model":"a","model":"b"}"#, "model"), "a");
    assert_eq!(model(r#"{"mod\u0065l":"a","model":"b"}"#, "model"), "a");
    let body = br#"{"messages":[{"role":"user","role":"system","content":"x","content":"y"}]}"#;
    assert_eq!(message(body).as_deref(), Some(&b"x"[..]));
    // A multi-part path tries the next duplicate when the first has no match.
    assert_eq!(model(r#"{"a":{"x":1},"a":{"b":"B"}}"#, "a.b"), "B");
    assert_eq!(model(r#"{"a":"s","a":{"b":"B"}}"#, "a.b"), "B");
}

#[test]
fn strings_of_non_strings() {
    let m = |content: &str| {
        let body = format!(r#"{{"messages":[{{"role":"user","content":{content}}}]}}"#);
        message(body.as_bytes()).map(|b| String::from_utf8(b).expect("utf-8"))
    };
    assert_eq!(m(r#"{"k": 1}"#).as_deref(), Some(r#"{"k": 1}"#));
    assert_eq!(m("1e3").as_deref(), Some("1000"));
    assert_eq!(m("1.50").as_deref(), Some("1.5"));
    assert_eq!(m("1.0").as_deref(), Some("1"));
    assert_eq!(m("-0.0").as_deref(), Some("-0"));
    assert_eq!(m("-12").as_deref(), Some("-12"));
    assert_eq!(
        m("123456789012345678901234567890").as_deref(),
        Some("123456789012345678901234567890")
    );
    assert_eq!(m("1e400").as_deref(), Some("+Inf"));
    assert_eq!(m("1e-7").as_deref(), Some("0.0000001"));
    assert_eq!(m("true").as_deref(), Some("true"));
    assert_eq!(m("null").as_deref(), Some(""));
    // Array content: the text of the last text part; other parts are skipped.
    assert_eq!(
        m(r#"[{"type":"text","text":"a"},{"type":"image_url"},{"type":"text","text":2.50}]"#)
            .as_deref(),
        Some("2.5")
    );
    assert_eq!(m("[]"), None);
}

#[test]
fn last_user_message_rules() {
    let body = br#"{"messages":[{"role":"user","content":"one"},{"role":"assistant","content":"x"},{"role":"user","content":[{"type":"image_url"}]}]}"#;
    assert_eq!(message(body).as_deref(), Some(&b"one"[..]));
    assert_eq!(message(br#"{"messages":{"role":"user"}}"#), None);
    assert_eq!(
        message(br#"{"messages":[{"role":"user"}]}"#).as_deref(),
        Some(&b""[..])
    );
}

#[test]
fn escapes_as_gjson_decodes_them() {
    let s = |lit: &str| {
        let body = format!(r#"{{"model":{lit}}}"#);
        read(body.as_bytes()).model
    };
    assert_eq!(s(r#""a\u00e9\n""#), "aé\n".as_bytes());
    assert_eq!(s(r#""\ud83d\ude00""#), "😀".as_bytes());
    assert_eq!(s(r#""\ud800x""#), "\u{fffd}x".as_bytes());
    assert_eq!(s(r#""\udc00""#), "\u{fffd}".as_bytes());
    // A surrogate swallows the escape that follows it, paired or not.
    assert_eq!(s(r#""\ud800\u0041B""#), "\u{fffd}B".as_bytes());
    let raw = read(b"{\"model\":\"\\u00e9\x7f\xff\"}").model;
    assert_eq!(raw, b"\xc3\xa9\x7f\xff");
    let raw = read(b"{\"model\":\"a\xffb\\n\"}").model;
    assert_eq!(raw, b"a\xffb\n");
}

#[test]
fn invalid_utf8_is_kept_and_matched_per_byte() {
    let r = read(b"{\"model\":\"higress/auto\",\"messages\":[{\"role\":\"user\",\"content\":\"\xe4\xb8x\xff\"}]}");
    assert!(r.names_auto());
    assert_eq!(r.last_user_message.as_deref(), Some(&b"\xe4\xb8x\xff"[..]));
    assert_eq!(
        r.message_text().as_deref(),
        Some("\u{fffd}\u{fffd}x\u{fffd}")
    );
    assert_eq!(go_string_lossy(b"\xed\xa0\x80"), "\u{fffd}".repeat(3));
    assert_eq!(go_string_lossy("é😀".as_bytes()), "é😀");
    assert_eq!(go_string_lossy(b"\xf0\x9f\x98"), "\u{fffd}".repeat(3));
}

#[test]
fn paths() {
    let body = r#"{"a.b":"dot","a":{"b":"nested"},"list":[{"m":"zero"},{"m":"one"}],"":"empty"}"#;
    assert_eq!(model(body, "a.b"), "nested");
    assert_eq!(model(body, r"a\.b"), "dot");
    assert_eq!(model(body, "list.1.m"), "one");
    assert_eq!(model(body, "list.#"), "2");
    assert_eq!(model(body, "list.2.m"), "");
    assert_eq!(model(body, "list"), r#"[{"m":"zero"},{"m":"one"}]"#);
    assert_eq!(
        read_request(body.as_bytes(), "").map(|r| r.model),
        Ok(Vec::new())
    );
    for bad in [
        "a|b",
        "a*",
        "@this",
        "a.@reverse",
        "list.#.m",
        "list.#(m==one)",
        "[a,b]",
        "..a",
    ] {
        assert!(read_request(body.as_bytes(), bad).is_err(), "{bad}");
    }
}

#[test]
fn get_reads_inside_strings_as_gjson_does() {
    // gjson's Get on a string result scans its raw text for the first `{`.
    let body = br#"{"messages":["{\"role\":\"user\"}",{"role":"user","content":"real"}]}"#;
    assert_eq!(message(body).as_deref(), Some(&b"real"[..]));
}

#[test]
fn routing_outcomes() {
    use crate::domain::live::gwconfig::Rule;
    let auto = AutoRouting {
        present: true,
        enable: true,
        default_model: Some("fallback".into()),
        rules: vec![Rule {
            pattern: "^.x$".into(),
            model: "bytes".into(),
        }],
    };
    let r = read(
        b"{\"model\":\"higress/auto\",\"messages\":[{\"role\":\"user\",\"content\":\"\xffx\"}]}",
    );
    match route(&auto, &r) {
        Some(RequestOutcome::Routed { decision, .. }) => {
            assert_eq!(decision.model.as_deref(), Some("bytes"))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(route(&auto, &read(b"{\"model\":")), None);
    assert!(matches!(
        route(&auto, &read(br#"{"model":"gpt"}"#)),
        Some(RequestOutcome::NotRouted(NotRouted::WrongModel { .. }))
    ));
}
