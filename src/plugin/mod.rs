//! `plugin install/uninstall/status` for the agent runtimes OpenClaw and Clawdbot.
//!
//! The plugin files are `templates/plugin/*`, embedded in the binary and rendered per
//! runtime: the two variants differ only in the manifest file name, the package.json key,
//! the SDK the types come from, and how the runtime writes a model reference.
//!
//! - [`runtime`]: the runtimes' facts;
//! - [`detect`]: which runtime to use, and where its home is;
//! - [`template`]: the plugin's files, rendered per runtime;
//! - [`files`]: installing and removing the plugin folder;
//! - [`setup`]: what `--configure` writes;
//! - [`config`]: merging it into the runtime's config;
//! - [`config_file`]: reading and writing that file;
//! - [`status`]: `plugin status`.
//!
//! The command itself (`plugin install/uninstall/status`, which prints) is
//! `commands::plugin`.

pub mod config;
pub mod config_file;
pub mod detect;
pub mod files;
pub mod runtime;
pub mod setup;
pub mod status;
pub mod template;

pub const PLUGIN_ID: &str = "higress-ai-gateway";
pub const PROVIDER_ID: &str = "higress";
pub const AUTO_MODEL: &str = "higress/auto";
/// The key `--configure` writes when the gateway requires none.
pub const LOCAL_KEY: &str = "higress-local";
