//! The clap types of `console password` (re-exported by `args`).

use clap::{Args, Subcommand};

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
