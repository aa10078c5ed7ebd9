//! `keys`: gateway API keys (the key-auth plugin's consumers), the providers each may use
//! (key-auth's rules), their request rates (key-rate-limit) and the switch that makes every
//! request need one. Every change is one transaction of the edit engine on
//! `wasmplugins/key-auth.internal.yaml` and `key-rate-limit.internal.yaml` (mode 0600, like
//! every file there), reading ai-proxy for the routes and the providers' fallback Ingresses
//! (a fallback route gets its provider's rule).

mod files;
pub mod limits;
pub mod quota;

use anyhow::Result;

use crate::args::{GlobalArgs, KeysCommand, inputs};
use crate::domain::live::keyauth::{self, State};
use crate::domain::live::quota::{ADMIN_CONSUMER, balance};
use crate::domain::live::tokenlimit;
use crate::gateway::{Gateway, Need, host};
use crate::ui;
use files::change;
pub use files::{change_with, read, state_of, state_paths};

pub async fn run(global: &GlobalArgs, command: KeysCommand) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    match command {
        KeysCommand::Add(args) => add(&gw, args).await?,
        KeysCommand::Set(args) => {
            let scope = inputs::key_change(&args)?;
            let limits = limits::request_of(&args.tokens);
            if scope.providers.is_none() && scope.rate.is_none() && limits.is_empty() {
                return Err(crate::error::fail_hint(
                    format!("nothing to change for the gateway key {}", args.name),
                    "give --providers, a --requests-per-… or --unlimited, or a --tokens-per-…",
                ));
            }
            // Redis first: a limit it cannot count changes nothing.
            let redis = limits::redis_for(&gw, &limits).await?;
            if scope.providers.is_some() || scope.rate.is_some() {
                let st = change_with(&gw, &tokenlimit::paths(), |f, snap| {
                    f.set(&args.name, &scope)?;
                    let writes = limits::plan(snap, &args.name, &limits, redis.as_ref())?;
                    Ok((writes, f.state()))
                })
                .await?;
                if let Some(c) = st.consumers.iter().find(|c| c.name == args.name) {
                    ui::ok(format!("The gateway key {}: {}.", c.name, scope_line(c)));
                }
            } else {
                limits::apply(&gw, &args.name, &limits, redis.as_ref()).await?;
            }
            limits::report(&args.name, &limits);
        }
        KeysCommand::List(args) => list(&gw, args.json).await?,
        KeysCommand::Remove(args) => {
            reserved(&args.name)?;
            let off = change(&gw, |f| f.remove(&args.name)).await?;
            limits::forget(&gw, &args.name).await?;
            ui::ok(format!("Removed the gateway key {}.", args.name));
            if off {
                ui::warn("that was the last key: requests no longer need one");
            }
        }
        KeysCommand::Enable => {
            change(&gw, |f| f.set_enabled(true)).await?;
            ui::ok("Every request now needs a gateway key (Authorization: Bearer <key>).");
        }
        KeysCommand::Quota(args) => quota::run(&gw, args).await?,
        KeysCommand::Disable => {
            change(&gw, |f| f.set_enabled(false)).await?;
            ui::ok("Requests no longer need a gateway key (the keys are kept).");
        }
    }
    Ok(())
}

/// `keys add`: the key, its scope, rate and token limits in one transaction, or nothing.
async fn add(gw: &Gateway, args: crate::args::KeyAddArgs) -> Result<()> {
    reserved(&args.name)?;
    let scope = inputs::key_change(&args)?;
    let limits = limits::request_of(&args.tokens);
    let redis = limits::redis_for(gw, &limits).await?;
    let key = new_key()?;
    // One transaction: the key, its scope, rate and token limits, or nothing.
    let quotas = change_with(gw, &tokenlimit::paths(), |f, snap| {
        f.add(&args.name, &key, &scope)?;
        let writes = limits::plan(snap, &args.name, &limits, redis.as_ref())?;
        // ai-quota's file is in the tree the transaction holds.
        Ok((writes, quota::enabled_in(snap)?))
    })
    .await?;
    show_once(&args.name, &key);
    limits::report(&args.name, &limits);
    if quotas {
        ui::warn(format!(
            "quotas are on: {0} needs one before it can be used \
                 (`get-ai-gateway keys quota {0} --set N`)",
            args.name
        ));
    }
    Ok(())
}

/// `keys list`: one read of the keys' files (the keys, their token limits, ai-quota), then,
/// only when quotas are on, each key's quota asked of ai-quota at once. The tool's admin key
/// is no key of the list. A quota that cannot be read is shown with why; the command
/// succeeds.
async fn list(gw: &Gateway, json: bool) -> Result<()> {
    let mut paths = files::state_paths();
    paths.extend(tokenlimit::paths());
    paths.push(crate::domain::live::quota::path());
    let snap = gw.read_files(&paths).await?;
    let mut st = files::state_of(&snap)?;
    let limits = limits::of(&snap)?;
    let admin = quota::admin_in(&snap)?;
    let mut quotas = None;
    if let Some(admin) = &admin {
        st.consumers.retain(|c| c.name != admin.consumer);
        let names: Vec<String> = st.consumers.iter().map(|c| c.name.clone()).collect();
        let balances = quota::balances(gw, admin, &names).await;
        quotas = Some(names.into_iter().zip(balances).collect::<Vec<_>>());
    }
    let mut doc = serde_json::to_value(&st)?;
    if let (Some(rows), Some(list)) = (&quotas, doc["consumers"].as_array_mut()) {
        for ((_, balance), c) in rows.iter().zip(list) {
            if let Some(c) = c.as_object_mut() {
                balance.add_to(c);
            }
        }
    }
    doc["limits"] = serde_json::to_value(&limits)?;
    doc["quotas"] = serde_json::Value::Bool(quotas.is_some());
    ui::report(
        json,
        || doc,
        || {
            println!("{}\n{}", render(&st), limits::render(&limits));
            if let (Some(admin), Some(rows)) = (&admin, &quotas) {
                println!("{}", balance::render(&admin.consumer, rows));
            }
        },
    );
    Ok(())
}

/// `start --require-key`: turn key-auth on, with a new key named `default` when there is
/// none (shown once).
pub async fn require(gw: &Gateway) -> Result<()> {
    let key = new_key()?;
    let made = change(gw, |f| {
        let made = f.state().consumers.is_empty();
        if made {
            f.add("default", &key, &Default::default())?;
        }
        f.set_enabled(true)?;
        Ok(made)
    })
    .await?;
    if made {
        show_once("default", &key);
    }
    ui::info("Every request needs a gateway key (Authorization: Bearer <key>).");
    Ok(())
}

/// The key of the client `name` (a runtime: `openclaw`), made when there is none. Returns
/// the key and whether it was made.
pub async fn for_client(gw: &Gateway, name: &str) -> Result<(String, bool)> {
    let key = new_key()?;
    change(gw, |f| match keyauth::key_of(&f.auth, name) {
        Some(existing) => Ok((existing, false)),
        None => {
            f.add(name, &key, &Default::default())?;
            Ok((key, true))
        }
    })
    .await
}

/// The tool's quota admin key is made and removed by `keys quota enable|disable` only.
fn reserved(name: &str) -> Result<()> {
    if name == ADMIN_CONSUMER {
        return Err(crate::error::fail_hint(
            format!("{name} is the key this tool manages quotas with"),
            "`keys quota disable` removes it; choose another name for a client",
        ));
    }
    Ok(())
}

fn new_key() -> Result<String> {
    Ok(keyauth::new_key(&host::random_bytes::<32>()?))
}

/// The key on stdout (alone, for scripts), the advice on stderr.
fn show_once(name: &str, key: &str) {
    ui::info(format!(
        "Created the gateway key {name}. It is shown only this once: clients send \
         `Authorization: Bearer <key>`."
    ));
    println!("{key}");
}

fn render(st: &State) -> String {
    let mut out = format!(
        "Gateway keys: {}{}",
        if st.enabled {
            "required on every request"
        } else {
            "not required"
        },
        if st.scoped {
            "; some keys may use only some providers"
        } else {
            ""
        }
    );
    if st.consumers.is_empty() {
        out.push_str("\n  (none; add one with `get-ai-gateway keys add NAME`)");
    }
    for c in &st.consumers {
        out.push_str(&format!(
            "\n  {:<20} {:<14} {}",
            c.name,
            c.key,
            scope_line(c)
        ));
    }
    if st.consumers.iter().any(|c| c.rate.is_some()) {
        out.push_str("\n  (rates are counted in each gateway process)");
    }
    out
}

/// `providers: openai,deepseek; 60/minute`.
fn scope_line(c: &keyauth::Consumer) -> String {
    let rate = c
        .rate
        .map_or("no rate limit".to_string(), |r| format!("{r}"));
    format!("providers: {}; {rate}", c.providers)
}
