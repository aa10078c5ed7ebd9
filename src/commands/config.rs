//! `config add/list/remove`: provider keys in the live ai-proxy config and in default.cfg.

use anyhow::Result;
use serde_json::json;

use crate::args::{ConfigCommand, GlobalArgs, inputs};
use crate::domain::live::Scope;
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render;

pub async fn run(global: &GlobalArgs, command: ConfigCommand) -> Result<()> {
    let name = global.container_name.as_str();
    match command {
        ConfigCommand::Add(args) => {
            let (p, input) = inputs::config_add(&args)?;
            let gw = Gateway::connect(name, Need::Running).await?;
            let change = gw
                .edit(Scope::Provider(p), |live| live.set_provider(p, &input))
                .await?;
            let (done, created) = render::provider_added(p, &change);
            ui::ok(done);
            if let Some(line) = created {
                println!("{line}");
            }
            Ok(())
        }
        ConfigCommand::List(a) => {
            let gw = Gateway::connect(name, Need::Running).await?;
            let live = gw.read().await?;
            let listed = live.providers()?;
            if live.settings().is_some() {
                for l in listed.iter().filter(|l| !l.in_sync) {
                    ui::warn(render::out_of_sync(l));
                }
            }
            if a.json {
                ui::print_json(&json!({ "providers": listed }));
            } else {
                println!("{}", render::config_list(&listed));
            }
            Ok(())
        }
        ConfigCommand::Remove(a) => {
            let p = inputs::named_provider(&a.provider, a.name.as_deref())?;
            let gw = Gateway::connect(name, Need::Running).await?;
            gw.edit(Scope::Provider(p), |live| live.remove_provider(p))
                .await?;
            ui::ok(render::provider_removed(p));
            Ok(())
        }
    }
}
