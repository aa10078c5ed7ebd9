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
    /// Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or
    /// `quota NAME --set N|--add N|--show`
    Quota(KeyQuotaArgs),
}

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    group(ArgGroup::new("op").multiple(false).requires("name")),
    after_help = "With quotas on, every request needs a key and every key needs a quota: \
                  ai-quota refuses (403) a key with none."
)]
pub struct KeyQuotaArgs {
    #[command(subcommand)]
    pub command: Option<QuotaCommand>,
    /// The key whose quota to set, change or show
    pub name: Option<String>,
    /// Set the key's quota to N tokens (ai-quota's refresh)
    #[arg(long, value_name = "N", group = "op")]
    pub set: Option<u64>,
    /// Add N tokens to the key's quota (negative: take them off; ai-quota's delta)
    #[arg(long, value_name = "N", group = "op", allow_negative_numbers = true)]
    pub add: Option<i64>,
    /// Show the key's quota (the tokens it has left)
    #[arg(long, group = "op")]
    pub show: bool,
}

#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and
    /// makes the key the tool manages quotas with
    Enable,
    /// Turn quotas off (the quotas stay in Redis; the tool's admin key is removed)
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
