//! `skills install/list/uninstall`: the agent skills for OpenClaw, Clawdbot or Claude Code
//! (logic in [`crate::skills`]).

use anyhow::Result;

use crate::args::{SkillsCommand, SkillsInstallArgs, SkillsTargetArgs};
use crate::plugin::detect::Host;
use crate::skills::{self, files};
use crate::ui;
use crate::ui::render::skills as render;

pub fn run(command: SkillsCommand) -> Result<()> {
    let host = Host::from_env();
    match command {
        SkillsCommand::Install(args) => install(&host, &args),
        SkillsCommand::List(args) => list(&host, args.json),
        SkillsCommand::Uninstall(target) => uninstall(&host, &target),
    }
}

fn install(host: &Host, args: &SkillsInstallArgs) -> Result<()> {
    let home_arg = args.target.home.as_deref();
    let (target, why) = skills::choose(host, args.target.runtime.into(), home_arg)?;
    ui::info(format!("Runtime: {} ({why}).", target.display()));
    let home = target.home(host, home_arg);
    let results = files::install(
        &target.skills_dir(&home),
        &target.backup_dir(&home),
        args.force,
    )?;
    for line in render::installed(&results) {
        ui::ok(line);
    }
    println!();
    println!(
        "{}",
        render::next_steps(target, target.on_path(host).is_some())
    );
    Ok(())
}

fn list(host: &Host, as_json: bool) -> Result<()> {
    let report = files::Report::read(host);
    if as_json {
        ui::print_json(&serde_json::to_value(&report)?);
    } else {
        println!("{}", render::list(&report));
    }
    Ok(())
}

fn uninstall(host: &Host, target_args: &SkillsTargetArgs) -> Result<()> {
    let home_arg = target_args.home.as_deref();
    let (target, _) = skills::choose_existing(host, target_args.runtime.into(), home_arg)?;
    let dir = target.skills_dir(&target.home(host, home_arg));
    let removed = files::uninstall(&dir)?;
    ui::ok(render::uninstalled(&removed, &dir));
    Ok(())
}
