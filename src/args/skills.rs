//! The clap types of `skills install/list/uninstall` (re-exported by `cli`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::JsonArgs;

// `skills --runtime`: the plugin's runtimes plus Claude Code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SkillsRuntimeArg {
    Auto,
    Openclaw,
    Clawdbot,
    Claude,
}

#[derive(Debug, Subcommand)]
pub enum SkillsCommand {
    /// Install (or update) the skills into the runtime's skills folder
    Install(SkillsInstallArgs),
    /// List the skills and where they are installed
    List(JsonArgs),
    /// Remove the skills (other skills in the folder are kept)
    Uninstall(SkillsTargetArgs),
}

#[derive(Debug, Args)]
pub struct SkillsTargetArgs {
    /// Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]
    #[arg(long, value_enum, default_value_t = SkillsRuntimeArg::Auto)]
    pub runtime: SkillsRuntimeArg,
    /// The runtime's home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]
    #[arg(long, value_name = "DIR")]
    pub home: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SkillsInstallArgs {
    #[command(flatten)]
    pub target: SkillsTargetArgs,
    /// Replace changed copies without keeping a backup
    #[arg(long)]
    pub force: bool,
}

/// `--runtime`: `None` is `auto`.
impl From<SkillsRuntimeArg> for Option<crate::skills::Target> {
    fn from(arg: SkillsRuntimeArg) -> Self {
        use crate::plugin::runtime::Runtime;
        use crate::skills::Target;
        match arg {
            SkillsRuntimeArg::Auto => None,
            SkillsRuntimeArg::Openclaw => Some(Target::Agent(Runtime::OpenClaw)),
            SkillsRuntimeArg::Clawdbot => Some(Target::Agent(Runtime::Clawdbot)),
            SkillsRuntimeArg::Claude => Some(Target::Claude),
        }
    }
}
