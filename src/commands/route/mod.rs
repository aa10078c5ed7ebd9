//! `route add/list/remove/test/enable/disable`: the model-router's autoRouting block.

pub mod test;

use anyhow::Result;

use crate::args::{GlobalArgs, RouteAddArgs, RouteCommand, inputs};
use crate::domain::live::Scope;
use crate::domain::live::gwconfig::Rule;
use crate::domain::routing;
use crate::error::fail;
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render;

pub async fn run(global: &GlobalArgs, command: RouteCommand) -> Result<()> {
    // Check input before touching Docker.
    let pattern = match &command {
        RouteCommand::Add(args) => Some(inputs::route_pattern(args)?),
        _ => None,
    };
    if let RouteCommand::Enable(a) = &command {
        if let Some(m) = &a.default_model {
            routing::check_model(m).map_err(|e| fail(format!("--default-model: {e}")))?;
        }
    }
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    match command {
        RouteCommand::Add(args) => add(&gw, &args, pattern.unwrap_or_default()).await,
        RouteCommand::List(a) => {
            let auto = gw.read().await?.auto_routing()?;
            if a.json {
                ui::print_json(&render::route_list_json(&auto));
            } else {
                println!("{}", render::route_list(&auto));
            }
            Ok(())
        }
        RouteCommand::Remove(a) => {
            let id = a
                .rule_id
                .or(a.id)
                .ok_or_else(|| fail("give the rule id to remove"))?;
            let removed = gw.edit(Scope::Routing, |live| live.remove_rule(id)).await?;
            ui::ok(format!(
                "Rule {id} removed: {} → {} (hot-reloaded)",
                removed.pattern, removed.model
            ));
            Ok(())
        }
        RouteCommand::Test(a) => test::run(&gw, &a).await,
        RouteCommand::Enable(a) => switch(&gw, true, a.default_model.as_deref()).await,
        RouteCommand::Disable => switch(&gw, false, None).await,
    }
}

async fn add(gw: &Gateway, args: &RouteAddArgs, pattern: String) -> Result<()> {
    let rule = Rule {
        pattern: pattern.clone(),
        model: args.model.clone(),
    };
    let added = gw
        .edit(Scope::Routing, |live| {
            let rules = live.auto_routing()?.rules;
            if let Some(id) = rules.iter().position(|r| *r == rule) {
                return Ok(Err(id));
            }
            live.add_rule(rule, args.position, args.default_model.as_deref())
                .map(Ok)
        })
        .await?;
    let added = match added {
        Ok(added) => added,
        Err(id) => {
            ui::ok(format!(
                "already present as rule {id}: {pattern} → {} (nothing changed)",
                args.model
            ));
            return Ok(());
        }
    };
    for lint in crate::domain::routing::re2::lints(&pattern) {
        ui::warn(lint);
    }
    if added.disabled {
        ui::warn(
            "auto-routing is disabled: the rule applies once you run `get-ai-gateway route enable`",
        );
    }
    if !added.covered {
        ui::warn(format!(
            "no configured provider serves model {:?}; add one with \
             `get-ai-gateway config add --provider NAME --key KEY`",
            args.model
        ));
    }
    if added.created_block {
        ui::info("Auto-routing was not set up; it is now enabled.");
    }
    ui::ok(format!(
        "Rule {} added: {pattern} → {} (hot-reloaded, no restart needed)",
        added.id, args.model
    ));
    println!(
        "{}",
        render::rule_usage(args.trigger.as_deref(), &args.model)
    );
    Ok(())
}

async fn switch(gw: &Gateway, enable: bool, default_model: Option<&str>) -> Result<()> {
    let model = gw
        .edit(Scope::Routing, |live| {
            live.set_auto_routing(enable, default_model)
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
