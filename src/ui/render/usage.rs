//! Human and machine output of `usage` and `sessions` (pure: text in, text out).

use chrono_tz::Tz;
use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::ops::usage::pricing::Pricing;
use crate::domain::ops::usage::report::{Report, Row, SessionRow, Sum, rfc3339};
use crate::domain::ops::usage::{LineCounts, Round};

/// Pretty JSON and a newline.
pub fn json_text<T: Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v)
        .map_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"), |s| s + "\n")
}

/// `$1.2345`, `unknown`, or `$1.2345 + unknown` when some models have no price.
pub fn cost_text(s: &Sum) -> String {
    match (s.cost_usd, s.priced_cost_usd) {
        (Some(c), _) => format!("${c:.4}"),
        (None, p) if p > 0.0 => format!("${p:.4} + unknown"),
        (None, _) => "unknown".to_string(),
    }
}

fn key_text(k: &str) -> &str {
    if k.is_empty() { "(none)" } else { k }
}

/// Rounds, then tokens: input, output, cached, reasoning, total.
fn counts(s: &Sum) -> [u64; 6] {
    [
        s.rounds,
        s.input_tokens,
        s.output_tokens,
        s.cached_tokens,
        s.reasoning_tokens,
        s.total_tokens,
    ]
}

fn row_line(out: &mut String, label: &str, s: &Sum) {
    let [r, i, o, c, x, t] = counts(s);
    let cost = cost_text(s);
    out.push_str(&format!(
        "{label:<28} {r:>7} {i:>12} {o:>12} {c:>10} {x:>10} {t:>13}  {cost}\n"
    ));
}

fn header(out: &mut String, first: &str) {
    out.push_str(&format!(
        "{:<28} {:>7} {:>12} {:>12} {:>10} {:>10} {:>13}  COST\n",
        first, "ROUNDS", "INPUT", "OUTPUT", "CACHED", "REASONING", "TOTAL"
    ));
}

/// The `usage` table.
pub fn usage(r: &Report, lines: &LineCounts, source: &str) -> String {
    let mut out = String::new();
    let by = serde_json::to_value(r.by).ok();
    let by = by.as_ref().and_then(Value::as_str).unwrap_or("group");
    header(&mut out, &by.to_uppercase());
    for row in &r.rows {
        row_line(&mut out, key_text(&row.key), &row.sum);
        for m in &row.models {
            row_line(&mut out, &format!("  {}", key_text(&m.key)), &m.sum);
        }
    }
    row_line(&mut out, "TOTAL", &r.total);
    if !r.total.unpriced_models.is_empty() {
        out.push_str(&format!(
            "no price for: {} (add them with --pricing FILE)\n",
            r.total.unpriced_models.join(", ")
        ));
    }
    let range = match (&r.since, &r.until) {
        (Some(s), Some(u)) => format!("{s} to {u}"),
        (Some(s), None) => format!("since {s}"),
        (None, Some(u)) => format!("until {u}"),
        (None, None) => "all time".to_string(),
    };
    out.push_str(&format!(
        "{range}, {}; read {source}: {} rounds, {} lines without ai_log, {} broken lines\n",
        r.timezone, lines.rounds, lines.without_ai_log, lines.broken
    ));
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(out: &mut String, key: &str, model: &str, s: &Sum) {
    let cost = s.cost_usd.map(|c| format!("{c}")).unwrap_or_default();
    let counts = counts(s).map(|n| n.to_string()).join(",");
    out.push_str(&format!(
        "{},{},{counts},{cost},{}\n",
        csv_field(key),
        csv_field(model),
        s.priced_cost_usd
    ));
}

/// The report as CSV: one line per group (and per group and model with `--breakdown`).
pub fn csv(r: &Report) -> String {
    let mut out = String::from(
        "key,model,rounds,input_tokens,output_tokens,cached_tokens,reasoning_tokens,total_tokens,cost_usd,priced_cost_usd\n",
    );
    for Row { key, sum, models } in &r.rows {
        csv_row(&mut out, key, "", sum);
        for m in models {
            csv_row(&mut out, key, &m.key, &m.sum);
        }
    }
    out
}

/// The `sessions list` table.
pub fn sessions(rows: &[SessionRow]) -> String {
    let mut out = format!(
        "{:<40} {:<20} {:>7} {:>13}  {:<24} MODELS\n",
        "SESSION", "UPDATED", "ROUNDS", "TOKENS", "COST"
    );
    for s in rows {
        let updated = s.last_seen.as_deref().unwrap_or("-");
        out.push_str(&format!(
            "{:<40} {:<20} {:>7} {:>13}  {:<24} {}\n",
            key_text(&s.session_id),
            updated.get(..19).unwrap_or(updated).replace('T', " "),
            s.sum.rounds,
            s.sum.total_tokens,
            cost_text(&s.sum),
            s.models.join(",")
        ));
    }
    if rows.is_empty() {
        out.push_str("(no sessions)\n");
    }
    out
}

fn time_text(ms: Option<i64>, tz: Tz) -> String {
    ms.and_then(|m| rfc3339(m, tz))
        .unwrap_or_else(|| "-".to_string())
}

fn usd(c: Option<f64>) -> String {
    c.map_or_else(|| "unknown".to_string(), |c| format!("${c:.6}"))
}

/// One line per round for `sessions follow`.
pub fn follow_line(r: &Round, cost: Option<f64>, tz: Tz) -> String {
    let t = &r.tokens;
    format!(
        "{} {} #{} {} in={} out={} cached={} reasoning={} total={} cost={}",
        time_text(r.time_ms, tz),
        key_text(&r.session),
        r.chat_round
            .map_or_else(|| "-".to_string(), |n| n.to_string()),
        key_text(&r.model),
        t.input,
        t.output,
        t.cached,
        t.reasoning,
        t.total,
        usd(cost)
    )
}

/// `sessions show`.
pub struct SessionView<'a> {
    pub session_id: &'a str,
    pub rounds: &'a [Round],
    pub total: Option<&'a Sum>,
    pub pricing: &'a Pricing,
    pub tz: Tz,
}

impl SessionView<'_> {
    pub fn json(&self) -> Value {
        let rounds: Vec<Value> = self
            .rounds
            .iter()
            .map(|r| {
                let c = r.content.clone().unwrap_or_default();
                let t = &r.tokens;
                json!({
                    "time": r.time_ms.and_then(|m| rfc3339(m, self.tz)),
                    "chat_round": r.chat_round,
                    "model": r.model,
                    "consumer": r.consumer,
                    "api": r.api,
                    "input_tokens": t.input,
                    "output_tokens": t.output,
                    "cached_tokens": t.cached,
                    "reasoning_tokens": t.reasoning,
                    "total_tokens": t.total,
                    "cost_usd": self.pricing.cost(&r.model, t),
                    "response_type": c.response_type,
                    "question": c.question,
                    "answer": c.answer,
                    "reasoning": c.reasoning,
                    "tool_calls": c.tool_calls,
                })
            })
            .collect();
        json!({"session_id": self.session_id, "rounds": rounds, "total": self.total})
    }

    pub fn text(&self) -> String {
        let mut out = format!("session {}\n", self.session_id);
        for r in self.rounds {
            let c = r.content.clone().unwrap_or_default();
            out.push_str(&format!(
                "\n{}\n",
                follow_line(r, self.pricing.cost(&r.model, &r.tokens), self.tz)
            ));
            for (label, text) in [
                ("question", &c.question),
                ("reasoning", &c.reasoning),
                ("answer", &c.answer),
            ] {
                if !text.is_empty() {
                    out.push_str(&format!("  {label}: {}\n", text.replace('\n', "\n    ")));
                }
            }
            if c.tool_calls.as_array().is_some_and(|a| !a.is_empty()) {
                out.push_str(&format!("  tool calls: {}\n", c.tool_calls));
            }
        }
        if let Some(s) = self.total {
            out.push_str(&format!(
                "\ntotal: {} rounds, {} tokens (input {}, output {}, cached {}, reasoning {}), cost {}\n",
                s.rounds, s.total_tokens, s.input_tokens, s.output_tokens, s.cached_tokens, s.reasoning_tokens, cost_text(s)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    //! Snapshots of the `usage` and `sessions` output.

    use chrono_tz::Tz;

    use super::*;
    use crate::domain::ops::usage::report::{self, By, Filter, SortBy};
    use crate::domain::ops::usage::store::Store;
    use crate::domain::ops::usage::{Line, parse_line};

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
}
