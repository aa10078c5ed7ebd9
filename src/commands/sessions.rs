//! `sessions list / show / follow`.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use futures_util::StreamExt;

use super::usage::{Ctx, bound, context, store};
use crate::cli::usage_render;
use crate::cli::{
    GlobalArgs, SessionFollowArgs, SessionShowArgs, SessionsCommand, SessionsListArgs,
};
use crate::domain::usage::report::{self, Filter};
use crate::domain::usage::rotation::{Lines, Offsets};
use crate::domain::usage::store::Store;
use crate::domain::usage::{Line, Round, parse_line};
use crate::error::fail_hint;
use crate::gateway::accesslog::{self, Source};

pub async fn run(global: &GlobalArgs, command: SessionsCommand) -> Result<()> {
    match command {
        SessionsCommand::List(args) => list(global, args).await,
        SessionsCommand::Show(args) => show(global, args).await,
        SessionsCommand::Follow(args) => follow(global, args).await,
    }
}

fn emit(text: &str) {
    // A closed pipe (`| head`) is not an error.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

async fn list(global: &GlobalArgs, args: SessionsListArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let store = store(&ctx, &args.common).await?;
    let filter = Filter {
        since: bound(args.since.as_deref(), ctx.tz, false)?,
        until: None,
        model: args.model.clone(),
    };
    let rows = report::sessions(
        &store,
        &ctx.pricing,
        ctx.tz,
        &filter,
        args.sort.into(),
        Some(args.limit),
    );
    emit(&if args.json {
        usage_render::json_text(&rows)
    } else {
        usage_render::sessions(&rows)
    });
    Ok(())
}

/// Every round of session `id`, in time order, with its content.
pub async fn rounds_of(ctx: &Ctx, id: &str) -> Result<Vec<Round>> {
    let finder = memchr::memmem::Finder::new(id.as_bytes());
    // An id with characters JSON escapes cannot be found as raw bytes: parse every line.
    let plain = !id.is_empty() && !id.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20);
    let mut rounds = Vec::new();
    accesslog::read_all(&ctx.gw, &ctx.source, |line| {
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

async fn show(global: &GlobalArgs, args: SessionShowArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let rounds = rounds_of(&ctx, &args.id).await?;
    if rounds.is_empty() {
        return Err(fail_hint(
            format!("no session {:?} in {}", args.id, ctx.source.describe()),
            "list the sessions with `get-ai-gateway sessions list`",
        ));
    }
    let now = chrono::Utc::now().timestamp_millis();
    let mut one = Store::default();
    rounds.iter().for_each(|r| one.add(r, now));
    let total = report::sessions(
        &one,
        &ctx.pricing,
        ctx.tz,
        &Filter::default(),
        report::SortBy::Updated,
        None,
    );
    let view = usage_render::SessionView {
        session_id: &args.id,
        rounds: &rounds,
        total: total.first().map(|s| &s.sum),
        pricing: &ctx.pricing,
        tz: ctx.tz,
    };
    emit(&if args.json {
        usage_render::json_text(&view.json())
    } else {
        view.text()
    });
    Ok(())
}

/// Print one round; false when the reader went away.
fn print_round(ctx: &Ctx, only: Option<&str>, line: &[u8]) -> bool {
    let Line::Round(r) = parse_line(line, true) else {
        return true;
    };
    if only.is_some_and(|id| id != r.session) {
        return true;
    }
    let cost = ctx.pricing.cost(&r.model, &r.tokens);
    let text = usage_render::follow_line(&r, cost, ctx.tz);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").and_then(|_| out.flush()).is_ok()
}

async fn follow(global: &GlobalArgs, args: SessionFollowArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let only = args.session.as_deref();
    let ready = || eprintln!("following {} (Ctrl-C to stop)", ctx.source.describe());
    let tick = Duration::from_millis(250);
    match &ctx.source {
        Source::Host(dir) => {
            // Start at the end of what is there now.
            let mut offsets = Offsets::default();
            accesslog::ingest_host(dir, &mut offsets, |_| {})?;
            ready();
            let mut open = true;
            while open {
                accesslog::ingest_host(dir, &mut offsets, |l| {
                    open = open && print_round(&ctx, only, l);
                })?;
                tokio::time::sleep(tick).await;
            }
        }
        Source::Container | Source::Stdout => loop {
            ready();
            // Re-attached after each end of the stream (a container restart).
            let mut stream = Box::pin(ctx.gw.engine().logs(ctx.gw.name(), true, Some(0)));
            let mut lines = Lines::default();
            while let Some(chunk) = stream.next().await {
                let mut open = true;
                lines.push(&chunk?, |l| open = open && print_round(&ctx, only, l));
                if !open {
                    return Ok(());
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        },
    }
    Ok(())
}
