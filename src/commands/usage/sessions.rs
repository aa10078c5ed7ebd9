//! `sessions list / show / follow`.

use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;

use super::{Ctx, bound, context, rounds_of, session_total, store};
use crate::args::{
    GlobalArgs, SessionFollowArgs, SessionShowArgs, SessionsCommand, SessionsListArgs,
};
use crate::domain::ops::usage::report::{self, Filter, SortBy};
use crate::domain::ops::usage::rotation::{Lines, Offsets};
use crate::domain::ops::usage::store::Store;
use crate::domain::ops::usage::{Line, parse_line};
use crate::engine::Output;
use crate::error::fail_hint;
use crate::gateway::accesslog::{self, Source};
use crate::ui::render::usage as usage_render;

pub async fn run(global: &GlobalArgs, command: SessionsCommand) -> Result<()> {
    match command {
        SessionsCommand::List(args) => list(global, args).await,
        SessionsCommand::Show(args) => show(global, args).await,
        SessionsCommand::Follow(args) => follow(global, args).await,
        SessionsCommand::Serve(args) => super::serve::run(global, args).await,
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

async fn show(global: &GlobalArgs, args: SessionShowArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let rounds = rounds_of(&ctx, &args.id).await?;
    if rounds.is_empty() {
        return Err(fail_hint(
            format!("no session {:?} in {}", args.id, ctx.source.describe()),
            "list the sessions with `get-ai-gateway sessions list`",
        ));
    }
    let total = session_total(&ctx, &rounds);
    let view = usage_render::SessionView {
        session_id: &args.id,
        rounds: &rounds,
        total: total.as_ref(),
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

/// What `follow` has seen: on a terminal a table redrawn after each batch, else one line
/// per round.
struct Follower<'a> {
    ctx: &'a Ctx,
    only: Option<&'a str>,
    tty: bool,
    live: Store,
    recent: VecDeque<String>,
    open: bool,
}

impl Follower<'_> {
    fn line(&mut self, line: &[u8]) {
        let Line::Round(r) = parse_line(line, false) else {
            return;
        };
        if !self.open || self.only.is_some_and(|id| id != r.session) {
            return;
        }
        let cost = self.ctx.pricing.cost(&r.model, &r.tokens);
        let text = usage_render::follow_line(&r, cost, self.ctx.tz);
        if self.tty {
            self.live.add(&r, chrono::Utc::now().timestamp_millis());
            self.recent.push_back(text);
            if self.recent.len() > 10 {
                self.recent.pop_front();
            }
            return;
        }
        let mut out = std::io::stdout().lock();
        self.open = writeln!(out, "{text}").and_then(|_| out.flush()).is_ok();
    }

    /// After a batch, on a terminal: clear it and draw the sessions and the last rounds.
    fn redraw(&mut self) {
        if !self.tty || self.recent.is_empty() {
            return;
        }
        let c = self.ctx;
        let rows = report::sessions(
            &self.live,
            &c.pricing,
            c.tz,
            &Filter::default(),
            SortBy::Updated,
            Some(15),
        );
        let recent: Vec<&str> = self.recent.iter().map(String::as_str).collect();
        let text = format!(
            "\x1b[H\x1b[2Jfollowing {} (Ctrl-C to stop)\n\n{}\nlast rounds:\n{}\n",
            c.source.describe(),
            usage_render::sessions(&rows),
            recent.join("\n")
        );
        let mut out = std::io::stdout().lock();
        self.open = out
            .write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .is_ok();
    }
}

async fn follow(global: &GlobalArgs, args: SessionFollowArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let mut f = Follower {
        ctx: &ctx,
        only: args.session.as_deref(),
        tty: std::io::stdout().is_terminal(),
        live: Store::default(),
        recent: VecDeque::new(),
        open: true,
    };
    let ready = || eprintln!("following {} (Ctrl-C to stop)", ctx.source.describe());
    match &ctx.source {
        Source::Host(log) => {
            // Start at the end of what is there now.
            let mut offsets = Offsets::default();
            accesslog::ingest_host(log, &mut offsets, |_| {})?;
            ready();
            while f.open {
                accesslog::ingest_host(log, &mut offsets, |l| f.line(l))?;
                f.redraw();
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
        Source::Container(gw) => {
            // A remote engine: the file inside, followed across rotations by `tail -F`.
            let cmd = ["tail", "-n", "0", "-F", crate::gateway::ACCESS_LOG];
            let mut session = gw.engine().exec_stream(gw.name(), &cmd).await?;
            ready();
            let mut lines = Lines::default();
            while let Some(out) = session.next().await {
                if let Output::Stdout(bytes) = out? {
                    lines.push(&bytes, |l| f.line(l));
                    f.redraw();
                }
                if !f.open {
                    break;
                }
            }
        }
        Source::Stdout(gw) => {
            // From now on; after the stream ends (a container restart) again from the
            // last line seen, so nothing is lost or repeated.
            let mut mark = chrono::Utc::now().timestamp_nanos_opt();
            while f.open {
                ready();
                accesslog::read_output(gw, true, &mut mark, |l, _| {
                    f.line(l);
                    f.redraw();
                    f.open
                })
                .await?;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
    Ok(())
}
