//! get-ai-gateway as a library: the binary in `main.rs` only calls [`run::run`].

pub mod cli;
pub mod commands;
pub mod completions;
pub mod docker;
pub mod edit;
pub mod error;
pub mod gateway;
pub mod gwconfig;
pub mod inputs;
pub mod plugin;
pub mod providers;
pub mod re2;
pub mod registry;
pub mod routing;
pub mod run;
pub mod settings;
pub mod ui;
pub mod wizard;
pub mod yaml11;
