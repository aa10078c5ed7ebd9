//! `plugin install/uninstall/status` for OpenClaw and Clawdbot.

use anyhow::Result;

use crate::cli::{GlobalArgs, PluginCommand};
use crate::error::fail;

pub async fn run(_global: &GlobalArgs, _command: PluginCommand) -> Result<()> {
    Err(fail("the plugin commands are not available in this build"))
}
