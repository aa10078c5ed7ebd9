//! The clap types of gateway as code: `apply`, `diff` and `schema`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The Gateway file (`-`: standard input)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// Remove what the gateway has and the file lacks (built-in providers are reset to
    /// their placeholder key)
    #[arg(long)]
    pub prune: bool,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
    /// Do not ask before applying (asked only on a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Carry out `start:` differences (image, ports, bind, data folder, metrics port) in one
    /// recreate through `upgrade` (checks, backup, recreate, verify, roll back on failure)
    #[arg(long)]
    pub recreate: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The Gateway file (`-`: standard input)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// Exit 1 when there are differences
    #[arg(long)]
    pub exit_code: bool,
    /// With --prune's eyes: list what `apply --prune` would remove
    #[arg(long)]
    pub prune: bool,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}
