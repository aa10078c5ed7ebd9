//! Token limits of gateway keys (`keys add|set NAME --tokens-per-minute N ...`): the
//! `ai-token-ratelimit` instances of `domain::live::tokenlimit`, counted in Redis. A limit
//! set without Redis fails with the fix, and nothing is written.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

use crate::args::TokenLimitArgs;
use crate::domain::live::redis::Redis;
use crate::domain::live::tokenlimit::{self, Limits, WINDOWS};
use crate::domain::live::{Write, keyauth, yaml11};
use crate::edit::Snapshot;
use crate::error::fail_hint;
use crate::gateway::{AI_PROXY, Gateway};
use crate::ui;

pub fn request_of(args: &TokenLimitArgs) -> Limits {
    Limits {
        tokens_per_second: args.tokens_per_second,
        tokens_per_minute: args.tokens_per_minute,
        tokens_per_hour: args.tokens_per_hour,
        tokens_per_day: args.tokens_per_day,
    }
}

/// The Redis a request needs: an error with the fix when it sets a limit and the gateway
/// has no Redis; None when it needs none.
pub async fn redis_for(gw: &Gateway, request: &Limits) -> Result<Option<Redis>> {
    if !tokenlimit::needs_redis(request) {
        return Ok(None);
    }
    match crate::commands::redis::live(gw).await? {
        Some(r) => Ok(Some(r)),
        None => Err(fail_hint(
            "token limits are counted in Redis, and this gateway has none",
            "run Redis beside it with `get-ai-gateway start --redis` (or point it at one \
             with `start --redis-url redis://...`), then set the limit again",
        )),
    }
}

fn parse(path: &str, text: Option<String>) -> Result<Option<Value>> {
    text.map(|t| crate::domain::live::gwconfig::parse(path, &t))
        .transpose()
}

/// Apply `request` to the key `name` (which must exist) in one transaction.
pub async fn apply(
    gw: &Gateway,
    name: &str,
    request: &Limits,
    redis: Option<&Redis>,
) -> Result<()> {
    if request.is_empty() {
        return Ok(());
    }
    let auth = keyauth::path();
    let mut files = vec![auth.clone(), AI_PROXY.to_string()];
    files.extend(tokenlimit::paths());
    gw.transact(&files, |snap| {
        let known =
            parse(&auth, snap.text(&auth))?.is_some_and(|d| keyauth::key_of(&d, name).is_some());
        if !known {
            return Err(fail_hint(
                format!("no gateway key is named {name}"),
                "see them with `get-ai-gateway keys list`",
            ));
        }
        Ok((plan(snap, name, request, redis)?, ()))
    })
    .await
}

/// The writes that give `name` the limits of `request`, from a snapshot holding ai-proxy and
/// every token-limit instance (the caller's transaction: `keys add` adds the key in it).
pub fn plan(
    snap: &Snapshot,
    name: &str,
    request: &Limits,
    redis: Option<&Redis>,
) -> Result<Vec<Write>> {
    let url = tokenlimit::url_next_to(parse(AI_PROXY, snap.text(AI_PROXY))?.as_ref());
    let mut writes = Vec::new();
    for w in WINDOWS {
        let Some(limit) = request.get(w) else {
            continue;
        };
        let path = w.path();
        let doc = parse(&path, snap.text(&path))?;
        let existing = doc.is_some();
        let target = match (redis, &doc) {
            (Some(r), _) => r.clone(),
            (None, Some(d)) => redis_of(d),
            (None, None) => continue,
        };
        match tokenlimit::set(doc, w, name, limit, &target, &url)? {
            Some(d) => writes.push(Write::Put {
                path,
                text: yaml11::to_string(&d),
            }),
            None if existing => writes.push(Write::Delete { path }),
            None => {}
        }
    }
    Ok(writes)
}

/// The Redis an existing instance points at (kept as it is when only removing a limit).
pub fn redis_of(doc: &Value) -> Redis {
    let block = &doc["spec"]["defaultConfig"]["redis"];
    let name = block["service_name"].as_str().unwrap_or("redis.dns");
    Redis {
        host: name.rsplit_once('.').map_or(name, |(h, _)| h).to_string(),
        port: block["service_port"]
            .as_u64()
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(6379),
        username: block["username"].as_str().map(str::to_string),
        password: block["password"].as_str().map(str::to_string),
        database: block["database"]
            .as_u64()
            .and_then(|d| u32::try_from(d).ok())
            .unwrap_or(0),
    }
}

/// Remove every limit of `name` (after `keys remove`).
pub async fn forget(gw: &Gateway, name: &str) -> Result<()> {
    let files = tokenlimit::paths();
    gw.transact(&files, |snap| {
        let mut writes = Vec::new();
        for w in WINDOWS {
            let path = w.path();
            let Some(doc) = parse(&path, snap.text(&path))? else {
                continue;
            };
            let target = redis_of(&doc);
            match tokenlimit::set(Some(doc), w, name, 0, &target, "")? {
                Some(d) => writes.push(Write::Put {
                    path,
                    text: yaml11::to_string(&d),
                }),
                None => writes.push(Write::Delete { path }),
            }
        }
        Ok((writes, ()))
    })
    .await
}

/// Each key's token limits as the gateway has them.
pub async fn read(gw: &Gateway) -> Result<BTreeMap<String, Limits>> {
    of(&gw.read_files(&tokenlimit::paths()).await?)
}

/// [`read`], from a snapshot that holds the token-limit files.
pub fn of(snap: &crate::edit::Snapshot) -> Result<BTreeMap<String, Limits>> {
    let mut docs = Vec::new();
    for w in WINDOWS {
        if let Some(d) = parse(&w.path(), snap.text(&w.path()))? {
            docs.push((w, d));
        }
    }
    Ok(tokenlimit::limits_of(docs.iter().map(|(w, d)| (*w, d))))
}

/// The lines `keys list` adds: each limited key's limits.
pub fn render(limits: &BTreeMap<String, Limits>) -> String {
    let mut out = String::from("Token limits (counted across the gateway, in Redis):");
    if limits.is_empty() {
        out.push_str("\n  (none; e.g. `keys set NAME --tokens-per-minute 10000`)");
    }
    for (name, l) in limits {
        out.push_str(&format!("\n  {name:<20} {}", l.summary()));
    }
    out
}

/// Say what was set.
pub fn report(name: &str, request: &Limits) {
    if request.is_empty() {
        return;
    }
    ui::ok(format!(
        "Token limits of {name} updated: {}.",
        describe(request)
    ));
}

fn describe(request: &Limits) -> String {
    WINDOWS
        .iter()
        .filter_map(|w| {
            request.get(*w).map(|n| match n {
                0 => format!("no limit per {}", w.name()),
                n => format!("{n} tokens per {}", w.name()),
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}
