//! Snapshots of the `usage` and `sessions` output.

use chrono_tz::Tz;

use super::*;
use crate::domain::usage::report::{self, By, Filter, SortBy};
use crate::domain::usage::store::Store;
use crate::domain::usage::{Line, parse_line};

const LOG: &str = r#"{"timestamp":"2026-02-01T10:00:00Z","ai_log":"{\"session_id\":\"agent:main:1\",\"chat_round\":1,\"model\":\"gpt-4o\",\"consumer\":\"bot\",\"input_token\":1000,\"output_token\":500,\"cached_tokens\":200,\"question\":\"What is 2+2?\",\"answer\":\"4\\nsure.\",\"reasoning\":\"add\",\"tool_calls\":[{\"id\":\"c1\",\"function\":{\"name\":\"calc\"}}]}"}
{"timestamp":"2026-02-02T09:00:00Z","ai_log":"{\"session_id\":\"agent:main:1\",\"chat_round\":2,\"model\":\"Qwen3-rerank\",\"input_token\":40,\"output_token\":60}"}
{"timestamp":"2026-02-02T11:00:00Z","ai_log":"{\"session_id\":\"agent:b,2\",\"chat_round\":1,\"model\":\"deepseek-chat\",\"input_token\":3000,\"output_token\":100}"}
{"method":"GET"}
not json
"#;

fn store() -> Store {
    let mut s = Store::default();
    for l in LOG.lines() {
        let parsed = parse_line(l.as_bytes(), false);
        s.lines.count(&parsed);
        if let Line::Round(r) = parsed {
            s.add(&r, 0);
        }
    }
    s
}

fn report(by: By, breakdown: bool) -> Report {
    let p = Pricing::default();
    report::usage(&store(), &p, by, Tz::UTC, &Filter::default(), breakdown)
}

#[test]
fn usage_table_by_day_with_breakdown() {
    let s = store();
    insta::assert_snapshot!(usage(&report(By::Day, true), &s.lines, "access.log"));
}

#[test]
fn usage_csv_quotes_keys() {
    insta::assert_snapshot!(csv(&report(By::Session, true)));
}

#[test]
fn usage_json_keys() {
    insta::assert_snapshot!(json_text(&report(By::Model, false)));
}

#[test]
fn sessions_table() {
    let p = Pricing::default();
    let f = Filter::default();
    let rows = report::sessions(&store(), &p, Tz::UTC, &f, SortBy::Cost, None);
    insta::assert_snapshot!(sessions(&rows));
}

#[test]
fn session_show_text() {
    let rounds: Vec<Round> = LOG
        .lines()
        .filter_map(|l| match parse_line(l.as_bytes(), true) {
            Line::Round(r) if r.session == "agent:main:1" => Some(*r),
            _ => None,
        })
        .collect();
    let p = Pricing::default();
    let f = Filter::default();
    let total = report::sessions(&store(), &p, Tz::UTC, &f, SortBy::Cost, None)
        .into_iter()
        .find(|s| s.session_id == "agent:main:1")
        .map(|s| s.sum);
    let view = SessionView {
        session_id: "agent:main:1",
        rounds: &rounds,
        total: total.as_ref(),
        pricing: &p,
        tz: "Asia/Shanghai".parse().unwrap(),
    };
    insta::assert_snapshot!(view.text());
}
