//! get-ai-gateway as a library. The binary (`main.rs`) only calls [`app::run`].
//!
//! Layers, each using only the ones below it (`scripts/check-layers.sh` enforces it):
//! - [`app`]: `run()`: parse, dispatch, print an error once, the exit status.
//! - [`commands`]: one thin module per command, folders for families of commands.
//! - [`ui`]: terminal output (messages, spinners, bars), the renderers and the wizard;
//!   [`args`]: the clap types, the default command, completions, reading typed input.
//! - [`skills`]: the agent skills (`skills/`, embedded), installed for OpenClaw, Clawdbot or
//!   Claude Code with the plugin wing's detection and atomic install.
//! - [`plugin`]: the OpenClaw/Clawdbot plugin wing.
//! - [`gateway`]: the `Gateway` handle (engine + container + facts), readiness waits.
//! - [`edit`]: the transaction engine for the gateway's files.
//! - [`engine`]: the Docker Engine API (bollard is imported here only).
//! - [`domain`]: the provider table, `default.cfg`, the live gateway configuration, the
//!   routing dialect, the start plan. No I/O.
//! - [`error`]: the user-facing error type and exit codes.

pub mod app;
pub mod args;
pub mod commands;
pub mod domain;
pub mod edit;
pub mod engine;
pub mod error;
pub mod gateway;
pub mod plugin;
pub mod skills;
pub mod ui;
