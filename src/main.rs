//! get-ai-gateway: deploy and administer the Higress AI Gateway on a machine with Docker.

mod cli;
mod commands;
mod completions;
mod docker;
mod edit;
mod error;
mod gateway;
mod gwconfig;
mod inputs;
mod plugin;
mod providers;
mod registry;
mod routing;
mod run;
mod settings;
mod ui;
mod wizard;

fn main() {
    std::process::exit(run::run());
}
