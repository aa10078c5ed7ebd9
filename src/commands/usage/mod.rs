//! `usage` and `usage export`: token usage and cost from the access log.

pub mod serve;
pub mod sessions;

use std::io::Write;

use anyhow::{Context, Result};
use chrono::Days;
use chrono_tz::Tz;

use crate::args::{
    GlobalArgs, ReportArgs, UsageArgs, UsageCommand, UsageCommon, UsageExportFormat,
};
use crate::domain::ops::usage::pricing::Pricing;
use crate::domain::ops::usage::report::{self, By, Filter, Report, SortBy, Sum};
use crate::domain::ops::usage::store::Store;
use crate::domain::ops::usage::{Line, Round, parse_line};
use crate::error::{fail, fail_hint};
use crate::gateway::accesslog::{self, Source};
use crate::gateway::{Gateway, Need, host};
use crate::ui::render::usage as usage_render;

/// What every usage command needs: the gateway, where its log is, prices, a zone.
pub struct Ctx {
    pub source: Source,
    pub pricing: Pricing,
    pub tz: Tz,
}

pub async fn context(global: &GlobalArgs, common: &UsageCommon) -> Result<Ctx> {
    let pricing = match &common.pricing {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Pricing::with_overrides(&text).map_err(|e| {
                fail_hint(
                    format!("{} is not a price table: {e}", path.display()),
                    "write {\"model\": {\"input\": 2.5, \"output\": 10}} (USD per 1M tokens)",
                )
            })?
        }
        None => Pricing::default(),
    };
    let tz = zone(common.timezone.as_deref())?;
    let source = match &common.log {
        Some(log) if log.is_file() => Source::Host(log.clone()),
        Some(log) => return Err(fail(format!("{} is not a file", log.display()))),
        None => {
            let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
            accesslog::source(gw).await?
        }
    };
    if matches!(source, Source::Stdout(_)) {
        eprintln!(
            "note: no access log file ({}); reading the container's output, where the gateway \
             writes the same lines when its observability suite is off",
            crate::gateway::ACCESS_LOG
        );
    }
    Ok(Ctx {
        source,
        pricing,
        tz,
    })
}

/// The zone named, or this machine's (UTC when unknown).
pub fn zone(name: Option<&str>) -> Result<Tz> {
    let name = match name {
        Some(n) => n.to_string(),
        None => {
            let tz_env = std::env::var("TZ").ok();
            host::detect_timezone(tz_env.as_deref())
                .zone
                .unwrap_or_else(|| "UTC".to_string())
        }
    };
    name.parse::<Tz>().map_err(|_| {
        fail_hint(
            format!("unknown time zone {name:?}"),
            "pass an IANA name such as UTC, Europe/Berlin or Asia/Shanghai",
        )
    })
}

pub async fn store(ctx: &Ctx, common: &UsageCommon) -> Result<Store> {
    accesslog::load(&ctx.source, !common.no_cache).await
}

/// A `--since`/`--until` value.
pub fn bound(text: Option<&str>, tz: Tz, end_of_day: bool) -> Result<Option<i64>> {
    text.map(|t| {
        report::parse_bound(t, tz, end_of_day).ok_or_else(|| {
            fail_hint(
                format!("cannot read the time {t:?}"),
                "write a date (2026-02-01) or an RFC 3339 time (2026-02-01T09:30:00Z)",
            )
        })
    })
    .transpose()
}

fn build(ctx: &Ctx, store: &Store, args: &ReportArgs) -> Result<Report> {
    let by: By = args.by.into();
    let mut since = bound(args.since.as_deref(), ctx.tz, false)?;
    if since.is_none() && by == By::Day {
        let today = chrono::Utc::now().with_timezone(&ctx.tz).date_naive();
        since = today
            .checked_sub_days(Days::new(6))
            .and_then(|d| report::midnight(d, ctx.tz));
    }
    let filter = Filter {
        since,
        until: bound(args.until.as_deref(), ctx.tz, true)?,
        model: None,
    };
    Ok(report::usage(
        store,
        &ctx.pricing,
        by,
        ctx.tz,
        &filter,
        args.breakdown,
    ))
}

pub async fn run(global: &GlobalArgs, args: UsageArgs) -> Result<()> {
    if let Some(UsageCommand::Export(export)) = args.command {
        let ctx = context(global, &export.report.common).await?;
        let store = store(&ctx, &export.report.common).await?;
        let report = build(&ctx, &store, &export.report)?;
        let text = match export.format {
            UsageExportFormat::Json => usage_render::json_text(&report),
            UsageExportFormat::Csv => usage_render::csv(&report),
        };
        if export.file.as_os_str() == "-" {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            return Ok(());
        }
        std::fs::write(&export.file, text)
            .map_err(|e| fail(format!("cannot write {}: {e}", export.file.display())))?;
        eprintln!(
            "wrote {} groups to {}",
            report.rows.len(),
            export.file.display()
        );
        return Ok(());
    }
    let ctx = context(global, &args.report.common).await?;
    let store = store(&ctx, &args.report.common).await?;
    let report = build(&ctx, &store, &args.report)?;
    let text = if args.json {
        usage_render::json_text(&report)
    } else {
        usage_render::usage(&report, &store.lines, &ctx.source.describe())
    };
    // A closed pipe (`| head`) is not an error.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Ok(())
}

/// Every round of session `id`, in time order, with its content.
pub async fn rounds_of(ctx: &Ctx, id: &str) -> Result<Vec<Round>> {
    let finder = memchr::memmem::Finder::new(id.as_bytes());
    // An id with characters JSON escapes cannot be found as raw bytes: parse every line.
    let plain = !id.is_empty() && !id.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20);
    let mut rounds = Vec::new();
    accesslog::read_all(&ctx.source, |line| {
        if plain && finder.find(line).is_none() {
            return;
        }
        if let Line::Round(r) = parse_line(line, true) {
            if r.session == id {
                rounds.push(*r);
            }
        }
    })
    .await?;
    rounds.sort_by_key(|r| r.time_ms.unwrap_or(i64::MAX));
    Ok(rounds)
}

/// Rounds, tokens and cost of a session's rounds.
pub fn session_total(ctx: &Ctx, rounds: &[Round]) -> Option<Sum> {
    let mut one = Store::default();
    rounds.iter().for_each(|r| one.add(r, 0));
    let all = Filter::default();
    let rows = report::sessions(&one, &ctx.pricing, ctx.tz, &all, SortBy::Updated, None);
    rows.into_iter().next().map(|s| s.sum)
}
