use chrono_tz::Tz;

use super::pricing::{Price, Pricing, cost};
use super::report::{self, By, Filter, SortBy};
use super::rotation::{Found, Lines, Offsets, rotated_names};
use super::store::Store;
use super::*;

/// An access-log line whose `ai_log` is a JSON string holding `inner`.
fn line(time: &str, inner: serde_json::Value) -> String {
    serde_json::json!({"timestamp": time, "ai_log": inner.to_string(), "response_code": 200})
        .to_string()
}

fn round(l: &str) -> Round {
    match parse_line(l.as_bytes(), true) {
        Line::Round(r) => *r,
        other => panic!("not a round: {other:?}"),
    }
}

#[test]
fn ai_log_is_a_json_string_inside_the_line() {
    let l = line(
        "2026-02-01T10:00:00Z",
        serde_json::json!({"session_id": "s1", "model": "gpt-4o", "consumer": "bot",
            "chat_round": 2, "input_token": 150, "output_token": 100, "cached_tokens": 120,
            "total_token": 250, "question": "hi \"there\"", "answer": "<script>x</script>",
            "tool_calls": [{"id": "c1"}]}),
    );
    let r = round(&l);
    assert_eq!(r.session, "s1");
    assert_eq!(r.time_ms, parse_time("2026-02-01T10:00:00Z"));
    assert_eq!(
        r.tokens,
        Tokens {
            input: 150,
            output: 100,
            cached: 120,
            reasoning: 0,
            total: 250
        }
    );
    let c = r.content.unwrap();
    assert_eq!(c.question, "hi \"there\"");
    assert_eq!(c.answer, "<script>x</script>");
    assert_eq!(c.tool_calls[0]["id"], "c1");
}

#[test]
fn counts_as_strings_details_and_missing_fields() {
    // The plugin's README shows counts as strings, and the details as JSON strings.
    let l = r#"{"start_time":"2026-02-01T10:00:00.500+08:00","ai_log":"{\"model\":\"o1\",\"input_token\":\"100\",\"output_token\":\"50\",\"input_token_details\":\"{\\\"cached_tokens\\\":80}\",\"output_token_details\":\"{\\\"reasoning_tokens\\\":25}\"}"}"#;
    let r = round(l);
    assert_eq!((r.tokens.cached, r.tokens.reasoning), (80, 25));
    assert_eq!(r.tokens.total, 150);
    assert_eq!(r.time_ms, Some(1_769_911_200_500));
    assert_eq!(r.session, "");
    let bare = round(r#"{"ai_log":"{}"}"#);
    assert_eq!((bare.time_ms, bare.tokens), (None, Tokens::default()));
}

#[test]
fn lines_without_ai_log_or_broken_are_counted_not_fatal() {
    let mut counts = LineCounts::default();
    for l in [
        r#"{"method":"GET","path":"/"}"#,
        "",
        "not json",
        r#"{"ai_log":"{broken"}"#,
        r#"{"ai_log":"{\"model\":\"m\"}""#,
        r#"{"ai_log":"{\"model\":\"m\"}"}"#,
    ] {
        counts.count(&parse_line(l.as_bytes(), false));
    }
    assert_eq!(
        counts,
        LineCounts {
            rounds: 1,
            without_ai_log: 2,
            broken: 3
        }
    );
}

#[test]
fn cost_uses_per_million_prices_and_splits_cached_and_reasoning() {
    let p = Price {
        input: 2.5,
        output: 10.0,
        cached: Some(1.25),
        reasoning: Some(20.0),
    };
    let t = Tokens {
        input: 1_000_000,
        output: 1_000_000,
        cached: 400_000,
        reasoning: 100_000,
        total: 2_000_000,
    };
    // 0.6M × 2.5 + 0.4M × 1.25 + 0.9M × 10 + 0.1M × 20
    assert!((cost(&p, &t) - (1.5 + 0.5 + 9.0 + 2.0)).abs() < 1e-9);
    // More reasoning than output (the reference's o1 example): billed in addition.
    let o1 = Tokens {
        output: 80,
        reasoning: 500,
        ..Tokens::default()
    };
    assert!((cost(&p, &o1) - (80.0 * 10.0 + 500.0 * 20.0) / 1e6).abs() < 1e-12);
    let pricing = Pricing::default();
    // Not 1000× too small: 1M gpt-4o input tokens cost $2.50.
    let one_m = Tokens {
        input: 1_000_000,
        ..Tokens::default()
    };
    assert_eq!(pricing.cost("gpt-4o", &one_m), Some(2.5));
    assert_eq!(pricing.cost("openai/GPT-4o-2024-08-06", &one_m), Some(2.5));
    assert_eq!(pricing.cost("gpt-4o-mini", &one_m), Some(0.15));
    // Unknown: no price, never GPT-4's.
    assert_eq!(pricing.cost("Qwen3-rerank", &one_m), None);
    let custom =
        Pricing::with_overrides(r#"{"Qwen3-rerank": {"input": 0.3, "output": 1.2}}"#).unwrap();
    assert_eq!(custom.cost("qwen3-rerank", &one_m), Some(0.3));
    assert!(Pricing::with_overrides(r#"{"m": {"input": -1, "output": 1}}"#).is_err());
    assert!(Pricing::with_overrides("[]").is_err());
}

fn store_of(lines: &[String]) -> Store {
    let mut s = Store::default();
    for l in lines {
        let parsed = parse_line(l.as_bytes(), false);
        s.lines.count(&parsed);
        if let Line::Round(r) = parsed {
            s.add(&r, 0);
        }
    }
    s
}

fn tokens(session: &str, model: &str, input: u64, output: u64) -> serde_json::Value {
    serde_json::json!({"session_id": session, "model": model, "input_token": input,
        "output_token": output})
}

#[test]
fn days_follow_the_time_zone() {
    let s = store_of(&[
        line("2026-02-01T15:30:00Z", tokens("a", "gpt-4o", 1000, 10)),
        line("2026-02-01T16:30:00Z", tokens("a", "gpt-4o", 2000, 20)),
        line("2026-02-02T01:00:00Z", tokens("b", "mystery", 5, 5)),
    ]);
    let p = Pricing::default();
    let utc = report::usage(&s, &p, By::Day, Tz::UTC, &Filter::default(), false);
    let keys: Vec<_> = utc
        .rows
        .iter()
        .map(|r| (r.key.as_str(), r.sum.rounds))
        .collect();
    assert_eq!(keys, [("2026-02-01", 2), ("2026-02-02", 1)]);
    // Shanghai is UTC+8: 16:30Z is already the 2nd there.
    let sh: Tz = "Asia/Shanghai".parse().unwrap();
    let local = report::usage(&s, &p, By::Day, sh, &Filter::default(), true);
    let keys: Vec<_> = local
        .rows
        .iter()
        .map(|r| (r.key.as_str(), r.sum.rounds))
        .collect();
    assert_eq!(keys, [("2026-02-01", 1), ("2026-02-02", 2)]);
    assert_eq!(local.rows[1].models.len(), 2);
    // Kathmandu (UTC+5:45) works at quarter-hour precision.
    let np: Tz = "Asia/Kathmandu".parse().unwrap();
    let since = report::parse_bound("2026-02-02", np, false);
    let f = Filter {
        since,
        ..Filter::default()
    };
    let r = report::usage(&s, &p, By::Month, np, &f, false);
    assert_eq!(r.total.rounds, 1);
    assert_eq!(r.total.input_tokens, 5);
    // A total with an unknown model has no cost, but its priced part.
    let all = report::usage(&s, &p, By::Model, Tz::UTC, &Filter::default(), false);
    assert_eq!(all.total.cost_usd, None);
    assert_eq!(all.total.unpriced_models, ["mystery"]);
    let gpt = &all.rows[0];
    assert_eq!(gpt.key, "gpt-4o");
    assert_eq!(gpt.sum.cost_usd, Some(0.0078));
    assert_eq!(all.total.priced_cost_usd, 0.0078);
}

#[test]
fn sessions_sort_filter_and_limit() {
    let s = store_of(&[
        line("2026-02-01T10:00:00Z", tokens("big", "gpt-4o", 9000, 900)),
        line("2026-02-01T11:00:00Z", tokens("new", "gpt-4o-mini", 10, 10)),
        line("2026-02-01T09:00:00Z", tokens("big", "o1", 10, 10)),
    ]);
    let p = Pricing::default();
    let f = Filter::default();
    let ids = |sort, model: Option<&str>, limit| {
        let f = Filter {
            model: model.map(str::to_string),
            ..f.clone()
        };
        report::sessions(&s, &p, Tz::UTC, &f, sort, limit)
            .into_iter()
            .map(|r| r.session_id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(SortBy::Updated, None, None), ["new", "big"]);
    assert_eq!(ids(SortBy::Tokens, None, None), ["big", "new"]);
    assert_eq!(ids(SortBy::Cost, None, Some(1)), ["big"]);
    assert_eq!(ids(SortBy::Updated, Some("o1"), None), ["big"]);
    let big = &report::sessions(&s, &p, Tz::UTC, &f, SortBy::Tokens, None)[0];
    assert_eq!(big.sum.rounds, 2);
    assert_eq!(big.models, ["gpt-4o", "o1"]);
    assert_eq!(big.first_seen.as_deref(), Some("2026-02-01T09:00:00Z"));
}

#[test]
fn rotation_reads_each_line_once() {
    let found = |v: &[(&str, u64, u64)]| -> Vec<Found> {
        v.iter()
            .map(|(p, i, s)| Found {
                path: p.to_string(),
                inode: *i,
                size: *s,
            })
            .collect()
    };
    let mut o = Offsets::default();
    let reads = o.plan(&found(&[("access.log", 7, 100)]));
    assert_eq!(reads.len(), 1);
    o.done(7, 100);
    // Renamed to .1 (same inode) with 20 more bytes; a new access.log.
    let reads = o.plan(&found(&[("access.log.1", 7, 120), ("access.log", 8, 30)]));
    let plan: Vec<_> = reads.iter().map(|r| (r.path.as_str(), r.from)).collect();
    assert_eq!(plan, [("access.log.1", 100), ("access.log", 0)]);
    o.done(7, 120);
    o.done(8, 30);
    // Nothing new: nothing to read. .1 deleted: forgotten.
    assert!(o.plan(&found(&[("access.log", 8, 30)])).is_empty());
    assert_eq!(o.by_inode.len(), 1);
    // Truncated in place (copytruncate): from the start again.
    let reads = o.plan(&found(&[("access.log", 8, 10)]));
    assert_eq!(reads[0].from, 0);
    assert_eq!(rotated_names("a").first().map(String::as_str), Some("a.5"));
    assert_eq!(rotated_names("a").last().map(String::as_str), Some("a"));
}

#[test]
fn lines_split_across_chunks_and_count_only_complete_ones() {
    let mut got = Vec::new();
    let mut l = Lines::default();
    let mut push = |l: &mut Lines, c: &[u8]| l.push(c, |x| got.push(x.to_vec()));
    assert_eq!(push(&mut l, b"ab"), 0);
    assert_eq!(push(&mut l, b"c\nde"), 4);
    assert_eq!(push(&mut l, b"f\ng\n"), 6);
    assert_eq!(push(&mut l, b"tail"), 0);
    let mut rest = Vec::new();
    l.finish(|x| rest = x.to_vec());
    assert_eq!(got, [b"abc".to_vec(), b"def".to_vec(), b"g".to_vec()]);
    assert_eq!(rest, b"tail");
}
