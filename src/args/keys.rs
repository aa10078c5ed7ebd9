//! The clap types of `keys add/list/remove/enable/disable` and `console password`
//! (re-exported by `cli`).

use clap::{Args, Subcommand};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a gateway API key for a client (shown once; clients send
    /// `Authorization: Bearer <key>`)
    Add(KeyNameArgs),
    /// List the gateway API keys (names, masked keys) and whether they are required
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

#[derive(Debug, Subcommand)]
pub enum ConsoleCommand {
    /// The console's admin password: masked, in full (--show), or a new one (--reset, also
    /// when the old one is forgotten)
    Password(ConsolePasswordArgs),
}

#[derive(Debug, Args)]
pub struct ConsolePasswordArgs {
    /// Print the password in full (alone on stdout)
    #[arg(long, conflicts_with = "reset")]
    pub show: bool,
    /// Set a new password (generated, or read from stdin with --password -) and show it once;
    /// needs no old password
    #[arg(long)]
    pub reset: bool,
    /// With --reset: `-` reads the new password from stdin (never from the command line,
    /// where every local user could read it)
    #[arg(long, value_name = "-", value_parser = ["-"], requires = "reset")]
    pub password: Option<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}
