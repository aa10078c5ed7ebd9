//! `console password [--show|--reset]`: the console's admin password that `start` set.

use anyhow::Result;
use serde_json::json;

use crate::args::{ConsoleCommand, ConsolePasswordArgs, GlobalArgs, inputs};
use crate::domain::live::console::{self, Account, Claim};
use crate::domain::providers::mask;
use crate::error::fail_hint;
use crate::gateway::{self, Gateway, Need, console as gwconsole};
use crate::ui;

pub async fn run(global: &GlobalArgs, command: ConsoleCommand) -> Result<()> {
    let ConsoleCommand::Password(args) = command;
    let password = match args.password.as_deref() {
        Some(_) => Some(inputs::console_password_from_stdin()?),
        None => None,
    };
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let url = display_url(&gw);
    if args.reset {
        let new = gwconsole::reset(&gw, password).await?;
        if let Err(e) = crate::edit::secure(gw.engine(), gw.name()).await {
            ui::warn(format!("could not make the console's files private: {e:#}"));
        }
        let account = gwconsole::read(&gw).await?;
        ui::report(
            args.json,
            || as_json(&gw, &account, Some(&new)),
            || {
                ui::ok("Set a new console password. It is shown only this once:");
                println!("{}", gwconsole::line(&url, &account, Some(&new)));
            },
        );
        return Ok(());
    }
    let account = gwconsole::read(&gw).await?;
    show(&args, &gw, &account)
}

fn show(args: &ConsolePasswordArgs, gw: &Gateway, account: &Account) -> Result<()> {
    let url = display_url(gw);
    let saved = account.saved.as_deref().filter(|_| args.show);
    if args.show && saved.is_none() {
        return Err(fail_hint(
            match account.claim {
                Claim::Open => "the console has no admin yet".to_string(),
                _ => "get-ai-gateway does not hold this console's password (it was set by \
                      someone else)"
                    .to_string(),
            },
            "set a new one with `get-ai-gateway console password --reset`",
        ));
    }
    ui::report(
        args.json,
        || as_json(gw, account, saved),
        || match saved {
            Some(p) => {
                if account.claim == Claim::Changed {
                    ui::warn(
                        "this is the password get-ai-gateway set; it was changed in the console since",
                    );
                }
                println!("{p}");
            }
            None => println!("{}", gwconsole::line(&url, account, None)),
        },
    );
    Ok(())
}

/// `http://localhost:8001` as a browser on this machine opens it.
pub fn display_url(gw: &Gateway) -> String {
    format!(
        "http://{}:{}",
        gateway::display_host(&gateway::bind_of(gw.info())),
        gw.ports().console
    )
}

fn as_json(gw: &Gateway, account: &Account, password: Option<&str>) -> serde_json::Value {
    let folder = gw
        .info()
        .data_folder
        .as_deref()
        .unwrap_or(crate::gateway::DATA);
    json!({
        "url": display_url(gw),
        "initialized": account.initialized(),
        "claim": account.claim,
        "user": account.user.as_deref().or(Some(console::ADMIN).filter(|_| password.is_some())),
        "password": password.map_or_else(
            || account.saved.as_deref().map(mask),
            |p| Some(p.to_string())
        ),
        "password_file": format!("{folder}/{}", console::PASSWORD_FILE),
    })
}
