//! `keys`: gateway API keys (the key-auth plugin's consumers) and the switch that makes every
//! request need one. Every change is one transaction of the edit engine on
//! `wasmplugins/key-auth.internal.yaml` (mode 0600, like every file there).

use anyhow::Result;
use serde_yaml::Value;

use crate::args::{GlobalArgs, KeysCommand};
use crate::commands::keylimits;
use crate::domain::live::Write;
use crate::domain::live::keyauth::{self, State};
use crate::domain::live::yaml11;
use crate::edit;
use crate::error::fail;
use crate::gateway::{AI_PROXY, Gateway, Need, host};
use crate::ui;

pub async fn run(global: &GlobalArgs, command: KeysCommand) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    match command {
        KeysCommand::Add(args) => {
            let limits = keylimits::request_of(&args.tokens);
            let redis = keylimits::redis_for(&gw, &limits).await?;
            let key = new_key()?;
            change(&gw, |d| keyauth::add(d, &args.name, &key)).await?;
            show_once(&args.name, &key);
            keylimits::apply(&gw, &args.name, &limits, redis.as_ref()).await?;
            keylimits::report(&args.name, &limits);
        }
        KeysCommand::Set(args) => {
            let limits = keylimits::request_of(&args.tokens);
            let redis = keylimits::redis_for(&gw, &limits).await?;
            keylimits::apply(&gw, &args.name, &limits, redis.as_ref()).await?;
            keylimits::report(&args.name, &limits);
        }
        KeysCommand::List(args) => {
            let st = read(&gw).await?;
            let limits = keylimits::read(&gw).await?;
            let mut doc = serde_json::to_value(&st)?;
            doc["limits"] = serde_json::to_value(&limits)?;
            ui::report(
                args.json,
                || doc,
                || {
                    println!("{}\n{}", render(&st), keylimits::render(&limits));
                },
            );
        }
        KeysCommand::Remove(args) => {
            let off = change(&gw, |d| keyauth::remove(d, &args.name)).await?;
            keylimits::forget(&gw, &args.name).await?;
            ui::ok(format!("Removed the gateway key {}.", args.name));
            if off {
                ui::warn("that was the last key: requests no longer need one");
            }
        }
        KeysCommand::Enable => {
            change(&gw, |d| keyauth::set_enabled(d, true)).await?;
            ui::ok("Every request now needs a gateway key (Authorization: Bearer <key>).");
        }
        KeysCommand::Disable => {
            change(&gw, |d| keyauth::set_enabled(d, false)).await?;
            ui::ok("Requests no longer need a gateway key (the keys are kept).");
        }
    }
    Ok(())
}

/// `start --require-key`: turn key-auth on, with a new key named `default` when there is
/// none (shown once).
pub async fn require(gw: &Gateway) -> Result<()> {
    let key = new_key()?;
    let made = change(gw, |d| {
        let made = keyauth::state(d).consumers.is_empty();
        if made {
            keyauth::add(d, "default", &key)?;
        }
        keyauth::set_enabled(d, true)?;
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
    change(gw, |d| match keyauth::key_of(d, name) {
        Some(existing) => Ok((existing, false)),
        None => {
            keyauth::add(d, name, &key)?;
            Ok((key, true))
        }
    })
    .await
}

/// key-auth's state as the gateway has it (off with no key when the file is absent).
pub async fn read(gw: &Gateway) -> Result<State> {
    let path = keyauth::path();
    let snap = edit::read_files(gw.engine(), gw.name(), std::slice::from_ref(&path)).await?;
    Ok(keyauth::state(&parse(&path, snap.text(&path))?))
}

fn parse(path: &str, text: Option<String>) -> Result<Value> {
    match text {
        Some(t) => serde_yaml::from_str(&t).map_err(|e| fail(format!("{path}: {e}"))),
        None => Ok(Value::Null),
    }
}

/// One transaction on the plugin, made from its skeleton (next to ai-proxy) when absent.
async fn change<T>(gw: &Gateway, f: impl FnOnce(&mut Value) -> Result<T>) -> Result<T> {
    let path = keyauth::path();
    let paths = vec![path.clone(), AI_PROXY.to_string()];
    edit::transact(gw.engine(), gw.name(), &paths, |snap| {
        let mut doc = match snap.text(&path) {
            Some(text) => parse(&path, Some(text))?,
            None => {
                let proxy = parse(AI_PROXY, snap.text(AI_PROXY)).ok();
                keyauth::skeleton(&keyauth::url_next_to(proxy.as_ref()))
            }
        };
        let value = f(&mut doc)?;
        let text = yaml11::to_string(&doc);
        Ok((vec![Write::Put { path, text }], value))
    })
    .await
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
        "Gateway keys: {}",
        if st.enabled {
            "required on every request"
        } else {
            "not required"
        }
    );
    if st.consumers.is_empty() {
        out.push_str("\n  (none; add one with `get-ai-gateway keys add NAME`)");
    }
    for c in &st.consumers {
        out.push_str(&format!("\n  {:<20} {}", c.name, c.key));
    }
    out
}
