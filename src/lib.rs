//! get-ai-gateway as a library. The binary (`main.rs`) only calls [`cli::run::run`].
//!
//! Layers, each using only the ones below it:
//! - [`cli`]: clap types, the wizard, rendering of human output, `run()`.
//! - [`commands`]: one thin module per command.
//! - [`skills`]: the agent skills (`skills/`, embedded), installed for OpenClaw, Clawdbot or
//!   Claude Code with the plugin wing's detection and atomic install.
//! - [`plugin`]: the OpenClaw/Clawdbot plugin wing.
//! - [`gateway`]: the `Gateway` handle (engine + container + facts), readiness waits.
//! - [`edit`]: the transaction engine for the gateway's files.
//! - [`engine`]: the Docker Engine API (bollard is imported here only).
//! - [`domain`]: the provider table, `default.cfg`, the live gateway configuration, the
//!   routing dialect, the start plan. No I/O.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod edit;
pub mod engine;
pub mod error;
pub mod gateway;
pub mod plugin;
pub mod skills;
