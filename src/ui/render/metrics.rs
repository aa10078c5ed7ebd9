//! `metrics`: the table (`--watch` on a terminal redraws it) and the one line per interval.

use crate::domain::ops::metrics::{By, Report, Row, short_cluster};

fn num(v: Option<f64>, unit: &str) -> String {
    match v {
        Some(v) if v >= 100.0 => format!("{v:.0}{unit}"),
        Some(v) => format!("{v:.1}{unit}"),
        None => "-".into(),
    }
}

fn pct(v: Option<f64>) -> String {
    v.map(|v| format!("{:.1}%", v * 100.0))
        .unwrap_or_else(|| "-".into())
}

fn name(by: By, row: &Row) -> &str {
    match by {
        By::Provider => short_cluster(&row.name),
        _ => row.name.as_str(),
    }
}

fn cells(by: By, row: &Row) -> Vec<String> {
    let mut c = vec![name(by, row).to_string(), num(row.requests_per_second, "")];
    if by == By::Provider {
        c.extend([
            pct(row.error_share_4xx),
            pct(row.error_share_5xx),
            num(row.p50_ms, "ms"),
            num(row.p95_ms, "ms"),
            num(row.p99_ms, "ms"),
        ]);
    }
    c.extend([
        num(row.mean_latency_ms, "ms"),
        num(row.mean_first_token_ms, "ms"),
        num(row.input_tokens_per_second, ""),
        num(row.output_tokens_per_second, ""),
    ]);
    c
}

fn header(by: By) -> Vec<String> {
    let mut h = vec![by.name().to_uppercase(), "REQ/S".into()];
    if by == By::Provider {
        h.extend(["4XX", "5XX", "P50", "P95", "P99"].map(String::from));
    }
    h.extend(["MEAN", "TTFT", "IN TOK/S", "OUT TOK/S"].map(String::from));
    h
}

/// The table, its source and the note on what the columns can hold.
pub fn metrics_table(report: &Report, source: &str) -> String {
    let mut grid = vec![header(report.by)];
    grid.extend(report.groups.iter().map(|r| cells(report.by, r)));
    let cols = grid[0].len();
    let widths: Vec<usize> = (0..cols)
        .map(|i| grid.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = vec![format!(
        "Over the last {}s, from {source}",
        trim(report.interval_seconds)
    )];
    out.push(String::new());
    for r in &grid {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, c)| match i {
                0 => format!("{c:<w$}", w = widths[i]),
                _ => format!("{c:>w$}", w = widths[i]),
            })
            .collect();
        out.push(line.join("  ").trim_end().to_string());
    }
    if report.groups.is_empty() {
        out.push("(no traffic counted yet)".into());
    }
    out.push(String::new());
    out.push(format!(
        "MEAN and TTFT (time to first token) are means; {}.",
        report.note
    ));
    super::lines(&out)
}

fn trim(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// One line per interval (`--watch` without a terminal): every group, `|` between them.
pub fn metrics_line(report: &Report, clock: &str) -> String {
    let groups: Vec<String> = report
        .groups
        .iter()
        .map(|r| {
            let mut s = format!(
                "{} {} req/s",
                name(report.by, r),
                num(r.requests_per_second, "")
            );
            if report.by == By::Provider {
                s += &format!(
                    " 4xx {} 5xx {} p50 {} p95 {} p99 {}",
                    pct(r.error_share_4xx),
                    pct(r.error_share_5xx),
                    num(r.p50_ms, "ms"),
                    num(r.p95_ms, "ms"),
                    num(r.p99_ms, "ms")
                );
            }
            s + &format!(
                " mean {} ttft {} in {} tok/s out {} tok/s",
                num(r.mean_latency_ms, "ms"),
                num(r.mean_first_token_ms, "ms"),
                num(r.input_tokens_per_second, ""),
                num(r.output_tokens_per_second, "")
            )
        })
        .collect();
    if groups.is_empty() {
        return format!("{clock} no traffic counted yet");
    }
    format!("{clock} {}", groups.join(" | "))
}
