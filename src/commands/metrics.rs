//! `metrics`: requests/s, error share, latency and tokens per group, from two reads of the
//! gateway's Prometheus text `--interval` apart; `--watch` keeps reading.

use std::io::{IsTerminal, Write as _};
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::args::{GlobalArgs, MetricsArgs, MetricsBy};
use crate::domain::ops::metrics::{self, By, Report, Sample};
use crate::error::fail;
use crate::gateway::metrics::{Source, scrape, source};
use crate::gateway::{Gateway, Need};
use crate::ui::render::metrics::{metrics_line, metrics_table};

fn by(arg: MetricsBy) -> By {
    match arg {
        MetricsBy::Provider => By::Provider,
        MetricsBy::Route => By::Route,
        MetricsBy::Model => By::Model,
        MetricsBy::Consumer => By::Consumer,
    }
}

async fn read(gw: &Gateway, from: &Source) -> Result<Vec<Sample>> {
    let text = scrape(gw, from).await?;
    Ok(metrics::parse(&text).0)
}

pub async fn run(global: &GlobalArgs, args: MetricsArgs) -> Result<()> {
    if !(args.interval.is_finite() && (0.1..=3600.0).contains(&args.interval)) {
        return Err(fail("--interval takes seconds from 0.1 to 3600"));
    }
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let from = source(&gw);
    let by = by(args.by);
    let period = Duration::from_secs_f64(args.interval);
    let mut ticks = tokio::time::interval(period);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticks.tick().await;
    let mut before = read(&gw, &from).await?;
    let terminal = std::io::stdout().is_terminal();
    let mut done = 0u64;
    loop {
        ticks.tick().await;
        let after = read(&gw, &from).await?;
        let report = metrics::report(&before, &after, args.interval, by);
        show(&args, &report, &from, terminal);
        done += 1;
        if !args.watch || args.count.is_some_and(|n| done >= n) {
            return Ok(());
        }
        before = after;
    }
}

fn show(args: &MetricsArgs, report: &Report, from: &Source, terminal: bool) {
    let mut out = std::io::stdout().lock();
    let value = || {
        let mut v = json!(report);
        v["source"] = json!(from.describe());
        v
    };
    let text = match (args.json, args.watch) {
        (true, false) => serde_json::to_string_pretty(&value()).unwrap_or_default(),
        (true, true) => value().to_string(),
        (false, true) if !terminal => {
            let clock = chrono::Local::now().format("%H:%M:%S").to_string();
            metrics_line(report, &clock)
        }
        (false, true) => format!(
            "\x1b[2J\x1b[H{}\n\nevery {}s; Ctrl-C to stop",
            metrics_table(report, &from.describe()),
            args.interval
        ),
        (false, false) => metrics_table(report, &from.describe()),
    };
    // A closed pipe (`| head`) ends the output, not the command with a panic.
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}
