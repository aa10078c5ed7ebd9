//! `keys`: gateway API keys (the key-auth plugin's consumers), the providers each may use
//! (key-auth's rules), their request rates (key-rate-limit) and the switch that makes every
//! request need one. Every change is one transaction of the edit engine on
//! `wasmplugins/key-auth.internal.yaml` and `key-rate-limit.internal.yaml` (mode 0600, like
//! every file there), reading ai-proxy for the routes and the providers' fallback Ingresses
//! (a fallback route gets its provider's rule).

use anyhow::Result;
use serde_yaml::Value;

use crate::args::{GlobalArgs, KeysCommand, inputs};
use crate::commands::{keylimits, keyquota};
use crate::domain::live::Write;
use crate::domain::live::keyauth::{self, State};
use crate::domain::live::keyrate;
use crate::domain::live::keyscope::{self, KeyFiles, Routes};
use crate::domain::live::paths::fallback_ingress_path;
use crate::domain::live::quota;
use crate::domain::live::tokenlimit;
use crate::domain::live::yaml11;
use crate::edit::Snapshot;
use crate::error::fail;
use crate::gateway::{AI_PROXY, Gateway, Need, host};
use crate::ui;

pub async fn run(global: &GlobalArgs, command: KeysCommand) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    match command {
        KeysCommand::Add(args) => add(&gw, args).await?,
        KeysCommand::Set(args) => {
            let scope = inputs::key_change(&args)?;
            let limits = keylimits::request_of(&args.tokens);
            if scope.providers.is_none() && scope.rate.is_none() && limits.is_empty() {
                return Err(crate::error::fail_hint(
                    format!("nothing to change for the gateway key {}", args.name),
                    "give --providers, a --requests-per-… or --unlimited, or a --tokens-per-…",
                ));
            }
            // Redis first: a limit it cannot count changes nothing.
            let redis = keylimits::redis_for(&gw, &limits).await?;
            if scope.providers.is_some() || scope.rate.is_some() {
                let st = change_with(&gw, &tokenlimit::paths(), |f, snap| {
                    f.set(&args.name, &scope)?;
                    let writes = keylimits::plan(snap, &args.name, &limits, redis.as_ref())?;
                    Ok((writes, f.state()))
                })
                .await?;
                if let Some(c) = st.consumers.iter().find(|c| c.name == args.name) {
                    ui::ok(format!("The gateway key {}: {}.", c.name, scope_line(c)));
                }
            } else {
                keylimits::apply(&gw, &args.name, &limits, redis.as_ref()).await?;
            }
            keylimits::report(&args.name, &limits);
        }
        KeysCommand::List(args) => {
            let st = read(&gw).await?;
            let limits = keylimits::read(&gw).await?;
            let quotas = keyquota::summary(&gw).await?;
            let mut doc = serde_json::to_value(&st)?;
            doc["limits"] = serde_json::to_value(&limits)?;
            doc["quotas"] = serde_json::Value::Bool(quotas.is_some());
            ui::report(
                args.json,
                || doc,
                || {
                    println!("{}\n{}", render(&st), keylimits::render(&limits));
                    if let Some(line) = &quotas {
                        println!("{line}");
                    }
                },
            );
        }
        KeysCommand::Remove(args) => {
            reserved(&args.name)?;
            let off = change(&gw, |f| f.remove(&args.name)).await?;
            keylimits::forget(&gw, &args.name).await?;
            ui::ok(format!("Removed the gateway key {}.", args.name));
            if off {
                ui::warn("that was the last key: requests no longer need one");
            }
        }
        KeysCommand::Enable => {
            change(&gw, |f| f.set_enabled(true)).await?;
            ui::ok("Every request now needs a gateway key (Authorization: Bearer <key>).");
        }
        KeysCommand::Quota(args) => keyquota::run(&gw, args).await?,
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
    let limits = keylimits::request_of(&args.tokens);
    let redis = keylimits::redis_for(gw, &limits).await?;
    let key = new_key()?;
    // One transaction: the key, its scope, rate and token limits, or nothing.
    change_with(gw, &tokenlimit::paths(), |f, snap| {
        f.add(&args.name, &key, &scope)?;
        let writes = keylimits::plan(snap, &args.name, &limits, redis.as_ref())?;
        Ok((writes, ()))
    })
    .await?;
    show_once(&args.name, &key);
    keylimits::report(&args.name, &limits);
    if keyquota::summary(gw).await?.is_some() {
        ui::warn(format!(
            "quotas are on: {0} needs one before it can be used \
                 (`get-ai-gateway keys quota {0} --set N`)",
            args.name
        ));
    }
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

/// The keys as the gateway has them, with providers and rates (off with no key when the
/// files are absent).
pub async fn read(gw: &Gateway) -> Result<State> {
    let (auth, rate) = (keyauth::path(), keyrate::path());
    let paths = [auth.clone(), rate.clone()];
    let snap = gw.read_files(&paths).await?;
    Ok(keyscope::describe(
        &parse(&auth, snap.text(&auth))?,
        &parse(&rate, snap.text(&rate))?,
    ))
}

fn parse(path: &str, text: Option<String>) -> Result<Value> {
    match text {
        Some(t) => serde_yaml::from_str(&t).map_err(|e| fail(format!("{path}: {e}"))),
        None => Ok(Value::Null),
    }
}

/// One transaction on key-auth and key-rate-limit (each made from its skeleton, next to
/// ai-proxy, when absent; key-rate-limit written only once it holds something), with the
/// routes of ai-proxy.
async fn change<T>(gw: &Gateway, f: impl FnOnce(&mut KeyFiles) -> Result<T>) -> Result<T> {
    change_with(gw, &[], |files, _| Ok((Vec::new(), f(files)?))).await
}

/// [`change`], with more files in the same transaction: `f` changes the keys and returns the
/// writes of `extra` (read from the snapshot it is given). Nothing is written when it fails.
pub async fn change_with<T>(
    gw: &Gateway,
    extra: &[String],
    f: impl FnOnce(&mut KeyFiles, &Snapshot) -> Result<(Vec<Write>, T)>,
) -> Result<T> {
    let (auth_path, rate_path) = (keyauth::path(), keyrate::path());
    let mut paths = vec![auth_path.clone(), rate_path.clone(), AI_PROXY.to_string()];
    paths.extend(fallback_paths(gw).await?);
    paths.extend(extra.iter().cloned());
    gw.transact(&paths, |snap| {
        let proxy = parse(AI_PROXY, snap.text(AI_PROXY))?;
        let auth = match snap.text(&auth_path) {
            Some(text) => parse(&auth_path, Some(text))?,
            None => keyauth::skeleton(&keyauth::url_next_to(Some(&proxy))),
        };
        let rate_text = snap.text(&rate_path);
        let rate = match &rate_text {
            Some(text) => parse(&rate_path, Some(text.clone()))?,
            None => keyrate::skeleton(&keyrate::url_next_to(
                auth["spec"]["url"].as_str().unwrap_or_default(),
            )),
        };
        // A provider added since `fallback_paths` read ai-proxy: its fallback file was not
        // read, and `Routes::of` keeps what key-auth has for it.
        let routes = Routes::of(&proxy, &auth, |id| {
            let path = fallback_ingress_path(id);
            paths.contains(&path).then(|| snap.exists(&path))
        });
        let mut files = KeyFiles { auth, rate, routes };
        let rate_before = files.rate.clone();
        let (more, value) = f(&mut files, snap)?;
        let mut writes = vec![Write::Put {
            path: auth_path,
            text: yaml11::to_string(&files.auth),
        }];
        if files.rate != rate_before {
            writes.push(Write::Put {
                path: rate_path,
                text: yaml11::to_string(&files.rate),
            });
        }
        writes.extend(more);
        Ok((writes, value))
    })
    .await
}

/// The fallback Ingress of every provider ai-proxy has (read before the transaction, which
/// must name its files): a key's rule on a provider's route goes on its fallback route too.
async fn fallback_paths(gw: &Gateway) -> Result<Vec<String>> {
    let snap = gw.read_files(&[AI_PROXY.to_string()]).await?;
    let proxy = parse(AI_PROXY, snap.text(AI_PROXY))?;
    Ok(keyscope::route_ids(&proxy)
        .iter()
        .map(|id| fallback_ingress_path(id))
        .collect())
}

/// The tool's quota admin key is made and removed by `keys quota enable|disable` only.
fn reserved(name: &str) -> Result<()> {
    if name == quota::ADMIN_CONSUMER {
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
