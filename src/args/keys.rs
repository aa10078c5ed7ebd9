//! The clap types of `keys add/set/list/remove/enable/disable` (re-exported by `args`).

use clap::{ArgGroup, Args, Subcommand};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a gateway API key for a client (shown once; clients send
    /// `Authorization: Bearer <key>`)
    Add(KeyAddArgs),
    /// Change which providers a gateway key may use, its request rate and its token limits
    Set(KeyAddArgs),
    /// List the gateway API keys (names, masked keys, providers, rates, token limits) and
    /// whether they are required
    List(JsonArgs),
    /// Delete a gateway API key (the last one turns the requirement off)
    Remove(KeyNameArgs),
    /// Require a gateway API key on every request
    Enable,
    /// Stop requiring a gateway API key (the keys are kept)
    Disable,
}

#[derive(Debug, Args)]
pub struct KeyNameArgs {
    /// The client's name, e.g. laptop (letters, digits, '-', '_', '.')
    pub name: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("rate").multiple(false)))]
pub struct KeyAddArgs {
    /// The client's name, e.g. laptop (letters, digits, '-', '_', '.')
    pub name: String,
    /// The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by
    /// its name), or all [add: all; set: unchanged]
    #[arg(long, value_name = "P1,P2|all")]
    pub providers: Option<String>,
    /// At most N requests a second with this key (counted in each gateway process)
    #[arg(long, value_name = "N", group = "rate")]
    pub requests_per_second: Option<u64>,
    /// At most N requests a minute with this key (counted in each gateway process)
    #[arg(long, value_name = "N", group = "rate")]
    pub requests_per_minute: Option<u64>,
    /// At most N requests an hour with this key (counted in each gateway process)
    #[arg(long, value_name = "N", group = "rate")]
    pub requests_per_hour: Option<u64>,
    /// At most N requests a day with this key (counted in each gateway process)
    #[arg(long, value_name = "N", group = "rate")]
    pub requests_per_day: Option<u64>,
    /// No request rate for this key (set)
    #[arg(long, group = "rate")]
    pub unlimited: bool,
    /// Token limits for this key (counted in Redis: `start --redis`)
    #[command(flatten)]
    pub tokens: super::redis::TokenLimitArgs,
}
