//! Clap types of `usage` and `sessions`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::domain::ops::usage::report::{By, SortBy};

/// Where prices and dates come from, and whether to reuse the saved state.
#[derive(Debug, Clone, Args)]
pub struct UsageCommon {
    /// Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the
    /// gateway's; no container needed
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Prices in USD per 1M tokens that override the built-in table (JSON:
    /// {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})
    #[arg(long, value_name = "FILE")]
    pub pricing: Option<PathBuf>,
    /// Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine's]
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// Read the whole log again instead of only what is new since the last run
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Day,
    Month,
    Session,
    Model,
    Consumer,
}

impl From<ByArg> for By {
    fn from(b: ByArg) -> By {
        match b {
            ByArg::Day => By::Day,
            ByArg::Month => By::Month,
            ByArg::Session => By::Session,
            ByArg::Model => By::Model,
            ByArg::Consumer => By::Consumer,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Group by
    #[arg(long, value_enum, default_value_t = ByArg::Day)]
    pub by: ByArg,
    /// From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days
    /// before today for --by day, else the beginning]
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Up to this date (inclusive) or time (exclusive)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Also show each group per model
    #[arg(long)]
    pub breakdown: bool,
    #[command(flatten)]
    pub common: UsageCommon,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct UsageArgs {
    #[command(subcommand)]
    pub command: Option<UsageCommand>,
    #[command(flatten)]
    pub report: ReportArgs,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum UsageCommand {
    /// Write the report to a file as JSON or CSV
    Export(UsageExportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UsageExportFormat {
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct UsageExportArgs {
    /// File format
    #[arg(long, value_enum, default_value_t = UsageExportFormat::Json)]
    pub format: UsageExportFormat,
    /// Output file (`-` for standard output)
    pub file: PathBuf,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Cost,
    Tokens,
    Updated,
}

impl From<SortArg> for SortBy {
    fn from(s: SortArg) -> SortBy {
        match s {
            SortArg::Cost => SortBy::Cost,
            SortArg::Tokens => SortBy::Tokens,
            SortArg::Updated => SortBy::Updated,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// List sessions with their rounds, tokens and cost
    List(SessionsListArgs),
    /// Show every round of a session: time, model, tokens, question, answer, reasoning,
    /// tool calls, cost
    Show(SessionShowArgs),
    /// Print rounds as they happen
    Follow(SessionFollowArgs),
    /// Serve a dashboard (overview, sessions, models, a page per session) and its JSON API
    Serve(SessionServeArgs),
}

#[derive(Debug, Args)]
pub struct SessionsListArgs {
    /// Order (largest or newest first)
    #[arg(long, value_enum, default_value_t = SortArg::Updated)]
    pub sort: SortArg,
    /// At most this many sessions
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Only rounds of this model
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
    /// Only rounds from this date (YYYY-MM-DD) or time (RFC 3339)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub common: UsageCommon,
}

#[derive(Debug, Args)]
pub struct SessionShowArgs {
    /// Session id (see `sessions list`)
    pub id: String,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub common: UsageCommon,
}

#[derive(Debug, Args)]
pub struct SessionFollowArgs {
    /// Only this session
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    #[command(flatten)]
    pub common: UsageCommon,
}

#[derive(Debug, Args)]
pub struct SessionServeArgs {
    /// Address to listen on (a non-local address exposes conversations to the network)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub host: String,
    /// Port to listen on
    #[arg(long, value_name = "PORT", default_value_t = 8888)]
    pub port: u16,
    #[command(flatten)]
    pub common: UsageCommon,
}
