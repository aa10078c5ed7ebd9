//! `keys quota enable|disable` and `keys quota NAME --set N|--add N|--show`: token quotas per
//! key, the `ai-quota` plugin of `domain::live::quota`, kept in Redis. Enabling is one
//! transaction on key-auth (the tool's admin consumer, keys required) and ai-quota; it is
//! refused, and nothing is written, when the gateway has no Redis. A quota is set, changed
//! and read through ai-quota's admin path on the gateway's HTTP port; `keys list` reads every
//! key's at once ([`balances`]).

use anyhow::Result;
use serde_yaml::Value;

use super::files::change_with;
use crate::args::{KeyQuotaArgs, QuotaCommand};
use crate::domain::live::quota::balance::Balance;
use crate::domain::live::quota::{self, ADMIN_CONSUMER, Op};
use crate::domain::live::{Write, keyauth, yaml11};
use crate::error::{fail, fail_hint};
use crate::gateway::{AI_PROXY, Gateway, host};
use crate::ui;

pub async fn run(gw: &Gateway, args: KeyQuotaArgs) -> Result<()> {
    match (args.command, args.name) {
        (Some(QuotaCommand::Enable), _) => enable(gw).await,
        (Some(QuotaCommand::Disable), _) => disable(gw).await,
        (None, Some(name)) => {
            let op = match (args.set, args.add, args.show) {
                (Some(n), _, _) => Op::Set(n),
                (_, Some(n), _) => Op::Add(n),
                (_, _, true) => Op::Show,
                _ => {
                    return Err(fail_hint(
                        format!("what about the quota of {name}?"),
                        "give --set N, --add N or --show",
                    ));
                }
            };
            manage(gw, &name, op).await
        }
        (None, None) => Err(fail_hint(
            "keys quota needs enable, disable or a key's name",
            "e.g. `keys quota enable`, then `keys quota laptop --set 100000`",
        )),
    }
}

fn parse(path: &str, text: Option<String>) -> Result<Option<Value>> {
    text.map(|t| crate::domain::live::gwconfig::parse(path, &t))
        .transpose()
}

async fn enable(gw: &Gateway) -> Result<()> {
    let Some(redis) = crate::commands::redis::live(gw).await? else {
        return Err(fail_hint(
            "quotas are kept in Redis, and this gateway has none",
            "run Redis beside it with `get-ai-gateway start --redis` (or point it at one \
             with `start --redis-url redis://...`), then `keys quota enable` again",
        ));
    };
    let key = keyauth::new_key(&host::random_bytes::<32>()?);
    let path = quota::path();
    let keys = change_with(gw, std::slice::from_ref(&path), |f, snap| {
        if keyauth::key_of(&f.auth, ADMIN_CONSUMER).is_none() {
            f.add(ADMIN_CONSUMER, &key, &Default::default())?;
        }
        f.set_enabled(true)?;
        let proxy = parse(AI_PROXY, snap.text(AI_PROXY))?;
        let doc = quota::instance(&quota::url_next_to(proxy.as_ref()), &redis);
        let text = yaml11::to_string(&doc);
        let names = f.state().consumers.into_iter().map(|c| c.name);
        let keys: Vec<String> = names.filter(|n| n != ADMIN_CONSUMER).collect();
        let path = path.clone();
        Ok((vec![Write::Put { path, text }], keys))
    })
    .await?;
    ui::ok(format!(
        "Quotas are on (ai-quota, kept in Redis under {}NAME). Every request now needs a \
         gateway key.",
        quota::KEY_PREFIX
    ));
    ui::warn("every key needs a quota now: ai-quota answers 403 to a key with none (or none left)");
    let hint = match keys.as_slice() {
        [] => "add a key (`keys add NAME`), then give it a quota".to_string(),
        k => format!("give each one a quota: {}", k.join(", ")),
    };
    ui::info(format!(
        "{hint} (`get-ai-gateway keys quota NAME --set 100000`). Only requests to \
         {} are counted.",
        quota::CHAT_PATH
    ));
    Ok(())
}

async fn disable(gw: &Gateway) -> Result<()> {
    let path = quota::path();
    let (was, off) = change_with(gw, std::slice::from_ref(&path), |f, snap| {
        let off = match keyauth::key_of(&f.auth, ADMIN_CONSUMER) {
            Some(_) => f.remove(ADMIN_CONSUMER)?,
            None => false,
        };
        let was = snap.exists(&path);
        let writes = if was {
            vec![Write::Delete { path: path.clone() }]
        } else {
            Vec::new()
        };
        Ok((writes, (was, off)))
    })
    .await?;
    if !was {
        ui::info("Quotas were off.");
        return Ok(());
    }
    ui::ok(format!(
        "Quotas are off; each key's quota stays in Redis ({}NAME).",
        quota::KEY_PREFIX
    ));
    if off {
        ui::warn("that was the only key: requests no longer need one");
    } else {
        ui::info("Keys are still required (`keys disable` turns that off).");
    }
    Ok(())
}

/// The admin consumer's key and path, after checking that quotas are on and `name` is a key.
async fn admin_for(gw: &Gateway, name: &str) -> Result<(String, String)> {
    if name == ADMIN_CONSUMER {
        return Err(fail(format!(
            "{ADMIN_CONSUMER} is the key this tool manages quotas with; it has no quota"
        )));
    }
    let auth_path = keyauth::path();
    let snap = gw.read_files(&[auth_path.clone(), quota::path()]).await?;
    let Some(admin) = admin_in(&snap)? else {
        return Err(fail_hint(
            "quotas are off",
            "turn them on with `get-ai-gateway keys quota enable`",
        ));
    };
    let auth = parse(&auth_path, snap.text(&auth_path))?.unwrap_or(Value::Null);
    if keyauth::key_of(&auth, name).is_none() {
        return Err(fail_hint(
            format!("no gateway key is named {name}"),
            "see them with `get-ai-gateway keys list`",
        ));
    }
    let key = admin.key.ok_or_else(|| {
        fail_hint(
            format!(
                "the quota admin key {} is missing from key-auth",
                admin.consumer
            ),
            "`get-ai-gateway keys quota enable` makes it again",
        )
    })?;
    Ok((key, admin.path))
}

async fn manage(gw: &Gateway, name: &str, op: Op) -> Result<()> {
    let (key, admin_path) = admin_for(gw, name).await?;
    let req = quota::request(&admin_path, name, op)?;
    let (status, body) = crate::gateway::quota::send(gw, &key, &req).await?;
    if status != 200 {
        return Err(quota::refusal(status, &body));
    }
    match op {
        Op::Show => {
            let left = quota::parse_query(&body, name)?;
            println!("{left}");
            if left <= 0 {
                ui::warn(format!(
                    "{name} has no quota left: ai-quota refuses its requests (403)"
                ));
            }
        }
        Op::Set(n) => ui::ok(format!("The quota of {name} is {n} tokens.")),
        Op::Add(n) if n >= 0 => ui::ok(format!("Added {n} tokens to the quota of {name}.")),
        Op::Add(n) => ui::ok(format!(
            "Took {} tokens off the quota of {name}.",
            n.unsigned_abs()
        )),
    }
    Ok(())
}

/// Whether quotas are on, from a snapshot that holds ai-quota's file.
pub fn enabled_in(snap: &crate::edit::Snapshot) -> Result<bool> {
    let path = quota::path();
    Ok(quota::enabled(parse(&path, snap.text(&path))?.as_ref()))
}

/// How the tool asks ai-quota: its admin consumer, that consumer's key (None when key-auth
/// lacks it) and the admin path. Deliberately not `Debug`: it holds a secret.
pub struct AdminAccess {
    pub consumer: String,
    key: Option<String>,
    path: String,
}

impl AdminAccess {
    /// From key-auth's and ai-quota's documents; None when quotas are off.
    pub fn of(auth: &Value, plugin: Option<&Value>) -> Option<AdminAccess> {
        let plugin = plugin.filter(|d| quota::enabled(Some(d)))?;
        let (consumer, path) = quota::admin_of(plugin);
        let key = keyauth::key_of(auth, &consumer);
        Some(AdminAccess {
            consumer,
            key,
            path,
        })
    }

    /// The admin consumer's key, when key-auth has it.
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// ai-quota's admin path.
    pub fn path(&self) -> &str {
        &self.path
    }
}

/// [`AdminAccess`] from a snapshot that holds key-auth and ai-quota; None when quotas are off.
pub fn admin_in(snap: &crate::edit::Snapshot) -> Result<Option<AdminAccess>> {
    let (auth_path, quota_path) = (keyauth::path(), quota::path());
    let plugin = parse(&quota_path, snap.text(&quota_path))?;
    let auth = parse(&auth_path, snap.text(&auth_path))?.unwrap_or(Value::Null);
    Ok(AdminAccess::of(&auth, plugin.as_ref()))
}

/// How long `keys list` waits for each key's quota (asked all at once).
pub const LIST_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The quota of each of `names` (in order), asked of ai-quota's admin path all at once,
/// each within [`LIST_WAIT`]. A failure is that key's [`Balance::Unknown`], never an error.
pub async fn balances(gw: &Gateway, admin: &AdminAccess, names: &[String]) -> Vec<Balance> {
    let Some(key) = &admin.key else {
        let why = format!(
            "the quota admin key {} is missing from key-auth (`keys quota enable` makes it again)",
            admin.consumer
        );
        return names
            .iter()
            .map(|_| Balance::Unknown(why.clone()))
            .collect();
    };
    let reqs: Vec<Result<quota::Admin>> = names
        .iter()
        .map(|n| quota::request(&admin.path, n, Op::Show))
        .collect();
    let ready: Vec<quota::Admin> = reqs
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .cloned()
        .collect();
    let mut answers = crate::gateway::quota::send_each(gw, key, &ready, LIST_WAIT)
        .await
        .into_iter();
    names
        .iter()
        .zip(reqs)
        .map(|(name, req)| match req {
            Err(e) => Balance::Unknown(format!("{e:#}")),
            Ok(_) => match answers.next() {
                Some(answer) => balance_of(name, answer),
                None => Balance::Unknown("no answer was asked for".to_string()),
            },
        })
        .collect()
}

/// What one answer to "Query Quota" says of `name`'s quota.
fn balance_of(name: &str, answer: Result<(u16, String)>) -> Balance {
    let left = answer.and_then(|(status, body)| match status {
        200 => quota::parse_query(&body, name),
        s => Err(quota::refusal(s, &body)),
    });
    match left {
        Ok(n) => Balance::Left(n),
        Err(e) => Balance::Unknown(format!("{e:#}")),
    }
}

/// `apply`'s initial quotas: each `(key, tokens)` set through the admin path as `keys quota
/// NAME --set N` sets it, after the files are committed. `fresh`: ai-quota and the admin key
/// were written just now, so until the gateway has loaded them an answer that is not 200 is
/// asked again, for up to [`LOAD_WAIT`]. The keys that got no quota, with their tokens and why.
pub async fn grant(
    gw: &Gateway,
    admin_key: &str,
    admin_path: &str,
    grants: &[(String, u64)],
    fresh: bool,
) -> Vec<(String, u64, String)> {
    let deadline = std::time::Instant::now() + if fresh { LOAD_WAIT } else { Default::default() };
    let mut failed = Vec::new();
    for (name, tokens) in grants {
        let req = match quota::request(admin_path, name, Op::Set(*tokens)) {
            Ok(r) => r,
            Err(e) => {
                failed.push((name.clone(), *tokens, format!("{e:#}")));
                continue;
            }
        };
        let answer = loop {
            let answer = crate::gateway::quota::send(gw, admin_key, &req).await;
            let done = matches!(answer, Ok((200, _)));
            if done || std::time::Instant::now() >= deadline {
                break answer;
            }
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        };
        match answer {
            Ok((200, _)) => {}
            Ok((status, body)) => {
                let e = quota::refusal(status, &body);
                failed.push((name.clone(), *tokens, format!("{e:#}")));
            }
            Err(e) => failed.push((name.clone(), *tokens, format!("{e:#}"))),
        }
    }
    failed
}

/// How long `apply` waits for the gateway to load ai-quota and the admin key it just wrote.
pub const LOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_answer_to_a_query_is_a_balance_or_why_not() {
        let ok = |body: &str| Ok((200, body.to_string()));
        assert_eq!(
            balance_of("alice", ok(r#"{"quota": 1234, "consumer": "alice"}"#)),
            Balance::Left(1234)
        );
        assert_eq!(
            balance_of("bob", ok(r#"{"consumer":"bob","quota":0}"#)),
            Balance::Left(0)
        );
        let unknown = |b: Balance| match b {
            Balance::Unknown(why) => why,
            other => panic!("not unknown: {other:?}"),
        };
        let why = unknown(balance_of("alice", ok(r#"{"quota":5,"consumer":"bob"}"#)));
        assert!(why.contains("another consumer"), "{why}");
        let why = unknown(balance_of(
            "alice",
            Ok((
                403,
                "Request denied by ai quota check. Unauthorized admin consumer.".into(),
            )),
        ));
        assert_eq!(
            why,
            "ai-quota refused the request (403): Request denied by ai quota check. \
             Unauthorized admin consumer."
        );
        let why = unknown(balance_of("alice", Ok((503, "redis error:timeout".into()))));
        assert_eq!(
            why,
            "ai-quota could not reach Redis (503): redis error:timeout"
        );
        let why = unknown(balance_of(
            "alice",
            Err(crate::error::fail("the gateway did not answer")),
        ));
        assert_eq!(why, "the gateway did not answer");
    }
}
