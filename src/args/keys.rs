//! The clap types of `keys add/list/remove/enable/disable` (re-exported by `args`).

use clap::{Args, Subcommand};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a gateway API key for a client (shown once; clients send
    /// `Authorization: Bearer <key>`)
    Add(KeyAddArgs),
    /// List the gateway API keys (names, masked keys) and whether they are required
    List(JsonArgs),
    /// Change a key's token limits (counted in Redis: `start --redis`)
    Set(super::redis::KeySetArgs),
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

/// `keys add NAME [--tokens-per-minute N ...]`.
#[derive(Debug, Args)]
pub struct KeyAddArgs {
    /// The client's name, e.g. laptop (letters, digits, '-', '_', '.')
    pub name: String,
    #[command(flatten)]
    pub tokens: super::redis::TokenLimitArgs,
}
