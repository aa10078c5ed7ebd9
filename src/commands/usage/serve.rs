//! `sessions serve`: the dashboard and its JSON API (`/api/overview`,
//! `/api/sessions/<id>`), on 127.0.0.1 by default. The page builds everything with DOM
//! text calls, and a Content-Security-Policy forbids any script but its own file.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{Ctx, context, rounds_of, session_total, store};
use crate::args::{GlobalArgs, SessionServeArgs, UsageCommon};
use crate::domain::ops::usage::report::{self, By, Filter, SortBy};
use crate::domain::ops::usage::store::Store;
use crate::ui::dashboard::{APP_CSS, APP_JS, INDEX};
use crate::ui::render::usage::SessionView;

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
    img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub async fn run(global: &GlobalArgs, args: SessionServeArgs) -> Result<()> {
    let ctx = context(global, &args.common).await?;
    let listener = TcpListener::bind((args.host.as_str(), args.port))
        .await
        .with_context(|| format!("cannot listen on {}:{}", args.host, args.port))?;
    let addr = listener.local_addr()?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {addr}: anyone who can reach it can read every conversation"
        );
    }
    eprintln!("dashboard on http://{addr}/ (Ctrl-C to stop)");
    loop {
        let (stream, _) = listener.accept().await?;
        // One request at a time: a dashboard for one person, reading one log.
        let _ = serve_one(&ctx, &args.common, stream).await;
    }
}

struct Reply {
    status: &'static str,
    kind: &'static str,
    body: String,
}

fn reply(status: &'static str, kind: &'static str, body: String) -> Reply {
    Reply { status, kind, body }
}

fn json_reply(status: &'static str, v: &Value) -> Reply {
    reply(status, "application/json", v.to_string())
}

async fn serve_one(ctx: &Ctx, common: &UsageCommon, mut stream: TcpStream) -> Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let read = async {
        while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        Ok::<_, std::io::Error>(())
    };
    tokio::time::timeout(std::time::Duration::from_secs(5), read).await??;
    let head = String::from_utf8_lossy(&buf);
    let mut parts = head.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split('?').next().unwrap_or("/");
    let r = if method != "GET" && method != "HEAD" {
        reply("405 Method Not Allowed", "text/plain", "GET only\n".into())
    } else {
        route(ctx, common, path).await
    };
    let body = if method == "HEAD" {
        ""
    } else {
        r.body.as_str()
    };
    let head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}; charset=utf-8\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        r.status,
        r.kind,
        r.body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await?;
    Ok(())
}

async fn route(ctx: &Ctx, common: &UsageCommon, path: &str) -> Reply {
    match path {
        "/" => reply("200 OK", "text/html", INDEX.into()),
        "/app.js" => reply("200 OK", "text/javascript", APP_JS.into()),
        "/app.css" => reply("200 OK", "text/css", APP_CSS.into()),
        "/api/overview" => match store(ctx, common).await {
            Ok(s) => json_reply("200 OK", &overview(ctx, &s)),
            Err(e) => json_reply(
                "500 Internal Server Error",
                &json!({"error": format!("{e:#}")}),
            ),
        },
        p if p.starts_with("/session/") => reply("200 OK", "text/html", INDEX.into()),
        p if p.starts_with("/api/sessions/") => {
            let id = percent_decode(&p["/api/sessions/".len()..]);
            session(ctx, &id).await
        }
        _ => json_reply("404 Not Found", &json!({"error": "not found"})),
    }
}

/// Totals, the last 30 days with rounds, models and sessions.
fn overview(ctx: &Ctx, s: &Store) -> Value {
    let (p, tz) = (&ctx.pricing, ctx.tz);
    let all = Filter::default();
    let models = report::usage(s, p, By::Model, tz, &all, false);
    // The last 30 days that have rounds.
    let days = report::usage(s, p, By::Day, tz, &all, false).rows;
    json!({
        "source": ctx.source.describe(),
        "timezone": tz.name(),
        "total": models.total,
        "days": days.get(days.len().saturating_sub(30)..).unwrap_or(&[]),
        "models": models.rows,
        "sessions": report::sessions(s, p, tz, &all, SortBy::Updated, Some(500)),
        "lines": s.lines,
    })
}

async fn session(ctx: &Ctx, id: &str) -> Reply {
    let rounds = match rounds_of(ctx, id).await {
        Ok(r) => r,
        Err(e) => {
            return json_reply(
                "500 Internal Server Error",
                &json!({"error": format!("{e:#}")}),
            );
        }
    };
    if rounds.is_empty() {
        return json_reply(
            "404 Not Found",
            &json!({"error": format!("no session {id:?}")}),
        );
    }
    let total = session_total(ctx, &rounds);
    let view = SessionView {
        session_id: id,
        rounds: &rounds,
        total: total.as_ref(),
        pricing: &ctx.pricing,
        tz: ctx.tz,
    };
    json_reply("200 OK", &view.json())
}

/// `%XX` escapes of a URL path segment.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (b[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
