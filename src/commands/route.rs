//! `route add/list/remove/test/enable/disable`: the model-router's autoRouting block.

use anyhow::Result;
use serde_json::json;

use crate::cli::{GlobalArgs, RouteAddArgs, RouteCommand};
use crate::engine::Engine;
use crate::edit::{self, Snapshot, Write};
use crate::error::{fail, fail_hint};
use crate::gateway::{self, MODEL_ROUTER, SETTINGS};
use crate::domain::gwconfig::{self, Rule};
use crate::domain::providers;
use crate::domain::routing;
use crate::domain::settings::{DEFAULT_AUTO_ROUTING_MODEL, Settings};
use crate::cli::ui;

pub async fn run(global: &GlobalArgs, command: RouteCommand) -> Result<()> {
    let name = global.container_name.as_str();
    // Check input before touching Docker.
    if let RouteCommand::Add(args) = &command {
        pattern_of(args)?;
        routing::check_model(&args.model).map_err(|m| fail(format!("--model: {m}")))?;
    }
    let engine = Engine::connect().await?;
    gateway::running(&engine, name).await?;
    match command {
        RouteCommand::Add(args) => add(&engine, name, &args).await,
        RouteCommand::List(a) => list(&engine, name, a.json).await,
        RouteCommand::Remove(a) => {
            let id = a
                .rule_id
                .or(a.id)
                .ok_or_else(|| fail("give the rule id to remove"))?;
            remove(&engine, name, id).await
        }
        RouteCommand::Test(a) => test(&engine, name, &a.message, a.json).await,
        RouteCommand::Enable(a) => switch(&engine, name, true, a.default_model.as_deref()).await,
        RouteCommand::Disable => switch(&engine, name, false, None).await,
    }
}

fn pattern_of(args: &RouteAddArgs) -> Result<String> {
    let pattern = match (&args.pattern, &args.trigger) {
        (Some(p), _) => p.clone(),
        (None, Some(t)) => {
            routing::trigger_to_pattern(t).map_err(|m| fail(format!("--trigger: {m}")))?
        }
        (None, None) => return Err(fail("give --trigger or --pattern")),
    };
    routing::check_pattern(&pattern).map_err(|m| {
        fail_hint(
            format!("--pattern {pattern:?}: {m}"),
            "the gateway uses RE2 syntax (no look-around, no back-references); \
             or use --trigger \"phrase|phrase\"",
        )
    })?;
    Ok(pattern)
}

fn router_doc(snap: &Snapshot) -> Result<serde_yaml::Value> {
    let text = snap.text(MODEL_ROUTER).ok_or_else(|| {
        fail_hint(
            format!("{MODEL_ROUTER} does not exist in the container"),
            "the gateway has not finished its first start; wait and try again",
        )
    })?;
    gwconfig::parse(MODEL_ROUTER, &text)
}

fn put(path: &str, value: &serde_yaml::Value) -> Result<Write> {
    Ok(Write::Put {
        path: path.to_string(),
        text: gwconfig::render(value)?,
    })
}

async fn add(engine: &Engine, name: &str, args: &RouteAddArgs) -> Result<()> {
    let pattern = pattern_of(args)?;
    let paths = vec![
        MODEL_ROUTER.to_string(),
        SETTINGS.to_string(),
        gateway::AI_PROXY.to_string(),
    ];
    let (id, created, covered, disabled) = edit::transact(engine, name, &paths, |snap| {
        let mut doc = router_doc(snap)?;
        let before = gwconfig::auto_routing(&doc);
        if let Some(pos) = args.position {
            if pos > before.rules.len() {
                return Err(fail(format!(
                    "--position {pos} is out of range: use 0 to {}",
                    before.rules.len()
                )));
            }
        }
        let settings = snap.text(SETTINGS).map(|t| Settings::parse(&t));
        let covered = covered(snap, settings.as_ref(), &args.model);
        let default_model = args
            .default_model
            .clone()
            .or_else(|| {
                settings
                    .as_ref()
                    .and_then(|s| s.auto_routing_default_model().map(str::to_string))
            })
            .unwrap_or_else(|| DEFAULT_AUTO_ROUTING_MODEL.to_string());
        let rule = Rule {
            pattern: pattern.clone(),
            model: args.model.clone(),
        };
        let id = gwconfig::add_rule(&mut doc, rule, args.position, &default_model);
        let mut writes = vec![put(MODEL_ROUTER, &doc)?];
        if !before.present {
            if let Some(mut s) = settings {
                s.set_auto_routing(true, Some(&default_model));
                writes.push(Write::Put {
                    path: SETTINGS.into(),
                    text: s.render(),
                });
            }
        }
        let disabled = before.present && !before.enable;
        Ok((writes, (id, !before.present, covered, disabled)))
    })
    .await?;
    if disabled {
        ui::warn(
            "auto-routing is disabled: the rule applies once you run `get-ai-gateway route enable`",
        );
    }
    if !covered {
        ui::warn(format!(
            "no configured provider serves model {:?}; add one with \
             `get-ai-gateway config add --provider NAME --key KEY`",
            args.model
        ));
    }
    if created {
        ui::info("Auto-routing was not set up; it is now enabled.");
    }
    ui::ok(format!(
        "Rule {id} added: {pattern} → {} (hot-reloaded, no restart needed)",
        args.model
    ));
    if let Some(t) = &args.trigger {
        let first = t
            .split('|')
            .map(str::trim)
            .find(|p| !p.is_empty())
            .unwrap_or(t);
        println!("Start a message with \"{first}\" and send model \"higress/auto\" to use it.");
    } else {
        println!(
            "Send model \"higress/auto\"; messages matching the pattern go to {}.",
            args.model
        );
    }
    Ok(())
}

/// Whether a configured provider serves the model (else the rule would route nowhere).
fn covered(snap: &Snapshot, settings: Option<&Settings>, model: &str) -> bool {
    let Some(proxy) = snap
        .text(gateway::AI_PROXY)
        .and_then(|t| gwconfig::parse(gateway::AI_PROXY, &t).ok())
    else {
        return true;
    };
    let empty = Settings::parse("");
    let settings = settings.unwrap_or(&empty);
    gwconfig::live_providers(&proxy)
        .iter()
        .filter(|lp| !lp.keys().is_empty())
        .filter_map(|lp| providers::by_id(&lp.id))
        .any(|p| providers::model_match(&settings.provider(p).models).covers(model))
}

async fn read_router(engine: &Engine, name: &str) -> Result<gwconfig::AutoRouting> {
    let snap = edit::read_files(engine, name, &[MODEL_ROUTER.to_string()]).await?;
    Ok(gwconfig::auto_routing(&router_doc(&snap)?))
}

async fn list(engine: &Engine, name: &str, as_json: bool) -> Result<()> {
    let auto = read_router(engine, name).await?;
    if as_json {
        let rules: Vec<_> = auto
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| json!({"id": i, "pattern": r.pattern, "model": r.model}))
            .collect();
        ui::print_json(&json!({
            "enabled": auto.enable,
            "default_model": auto.default_model,
            "rules": rules,
        }));
        return Ok(());
    }
    if !auto.enable {
        println!("Auto-routing is disabled.");
        println!();
        println!("Turn it on with: get-ai-gateway route enable --default-model <model>");
        if auto.rules.is_empty() {
            return Ok(());
        }
        println!();
    } else {
        println!(
            "Default model: {}",
            auto.default_model.as_deref().unwrap_or("(not set)")
        );
        println!();
    }
    if auto.rules.is_empty() {
        println!("No routing rules configured.");
        println!();
        println!("Add one with: get-ai-gateway route add --model <model> --trigger '<phrase>'");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = auto
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| vec![i.to_string(), r.pattern.clone(), r.model.clone()])
        .collect();
    println!("{}", ui::table(&["ID", "PATTERN", "MODEL"], &rows));
    Ok(())
}

async fn remove(engine: &Engine, name: &str, id: usize) -> Result<()> {
    let paths = vec![MODEL_ROUTER.to_string()];
    let removed = edit::transact(engine, name, &paths, |snap| {
        let mut doc = router_doc(snap)?;
        let count = gwconfig::auto_routing(&doc).rules.len();
        let removed = gwconfig::remove_rule(&mut doc, id).ok_or_else(|| {
            if count == 0 {
                fail_hint(
                    format!("rule id {id} does not exist: there are no rules"),
                    "list them with `get-ai-gateway route list`",
                )
            } else {
                fail_hint(
                    format!(
                        "rule id {id} does not exist: valid ids are 0 to {}",
                        count - 1
                    ),
                    "list them with `get-ai-gateway route list`",
                )
            }
        })?;
        Ok((vec![put(MODEL_ROUTER, &doc)?], removed))
    })
    .await?;
    ui::ok(format!(
        "Rule {id} removed: {} → {} (hot-reloaded)",
        removed.pattern, removed.model
    ));
    Ok(())
}

async fn test(engine: &Engine, name: &str, message: &str, as_json: bool) -> Result<()> {
    let auto = read_router(engine, name).await?;
    let d = routing::decide(&auto, message);
    if as_json {
        ui::print_json(&json!({
            "enabled": auto.enable,
            "rule": d.rule,
            "pattern": d.rule.map(|i| auto.rules[i].pattern.clone()),
            "model": d.model,
            "skipped": d.skipped,
        }));
        return Ok(());
    }
    for i in &d.skipped {
        ui::warn(format!(
            "rule {i} ({}) does not compile; the gateway skips it",
            auto.rules[*i].pattern
        ));
    }
    if !auto.enable {
        println!("Auto-routing is disabled: the gateway does not route \"higress/auto\" requests.");
        println!("If it were on:");
    }
    match (d.rule, &d.model) {
        (Some(i), Some(model)) => println!("rule {i} ({}) → {model}", auto.rules[i].pattern),
        (None, Some(model)) => println!("no rule matches → default model {model}"),
        (_, None) => println!("no rule matches and no default model is set"),
    }
    Ok(())
}

async fn switch(
    engine: &Engine,
    name: &str,
    enable: bool,
    default_model: Option<&str>,
) -> Result<()> {
    if let Some(m) = default_model {
        routing::check_model(m).map_err(|e| fail(format!("--default-model: {e}")))?;
    }
    let paths = vec![MODEL_ROUTER.to_string(), SETTINGS.to_string()];
    let model = edit::transact(engine, name, &paths, |snap| {
        let mut doc = router_doc(snap)?;
        let settings = snap.text(SETTINGS).map(|t| Settings::parse(&t));
        let fallback = settings
            .as_ref()
            .and_then(|s| s.auto_routing_default_model().map(str::to_string))
            .unwrap_or_else(|| DEFAULT_AUTO_ROUTING_MODEL.to_string());
        gwconfig::set_auto_routing(&mut doc, enable, default_model, &fallback);
        let now = gwconfig::auto_routing(&doc);
        let mut writes = vec![put(MODEL_ROUTER, &doc)?];
        if let Some(mut s) = settings {
            s.set_auto_routing(enable, now.default_model.as_deref());
            writes.push(Write::Put {
                path: SETTINGS.into(),
                text: s.render(),
            });
        }
        Ok((writes, now.default_model))
    })
    .await?;
    if enable {
        ui::ok(format!(
            "Auto-routing enabled (default model: {}); send model \"higress/auto\"",
            model.as_deref().unwrap_or("(not set)")
        ));
    } else {
        ui::ok("Auto-routing disabled; the rules are kept");
    }
    Ok(())
}
