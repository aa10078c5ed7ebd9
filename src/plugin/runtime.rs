//! The agent runtimes the plugin is for, and every fact that differs between them.

use std::path::{Path, PathBuf};

use super::{PLUGIN_ID, PROVIDER_ID};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runtime {
    OpenClaw,
    Clawdbot,
}

impl Runtime {
    pub const ALL: [Runtime; 2] = [Runtime::OpenClaw, Runtime::Clawdbot];

    /// The runtime's command, also its `--runtime` value and its folder name.
    pub fn bin(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "openclaw",
            Runtime::Clawdbot => "clawdbot",
        }
    }

    pub fn display(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "OpenClaw",
            Runtime::Clawdbot => "Clawdbot",
        }
    }

    /// Where the runtime's plugin SDK types live (the root export fails on OpenClaw 2026.9).
    pub fn sdk_import(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "openclaw/plugin-sdk/core",
            Runtime::Clawdbot => "clawdbot/plugin-sdk",
        }
    }

    pub fn manifest_name(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "openclaw.plugin.json",
            Runtime::Clawdbot => "clawdbot.plugin.json",
        }
    }

    pub fn config_name(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "openclaw.json",
            Runtime::Clawdbot => "clawdbot.json",
        }
    }

    /// Whether the runtime's config has a place for MCP servers: OpenClaw 2026.9 has
    /// `mcp.servers.<name> = {url, transport, headers}`; Clawdbot 2026.1.24 has none.
    pub fn has_mcp_servers(self) -> bool {
        matches!(self, Runtime::OpenClaw)
    }

    /// The variable that moves the runtime's home folder.
    pub fn state_env(self) -> &'static str {
        match self {
            Runtime::OpenClaw => "OPENCLAW_STATE_DIR",
            Runtime::Clawdbot => "CLAWDBOT_STATE_DIR",
        }
    }

    /// The runtime's reference to one of our models (see `modelRef` in index.ts).
    pub fn model_ref(self, id: &str) -> String {
        if self == Runtime::OpenClaw && id.starts_with("higress/") {
            id.to_string()
        } else {
            format!("{PROVIDER_ID}/{id}")
        }
    }
}

/// The folder the runtime loads the plugin from.
pub fn extension_dir(home: &Path) -> PathBuf {
    home.join("extensions").join(PLUGIN_ID)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_runtime_has_its_own_names() {
        let facts = |rt: Runtime| {
            let names = [rt.bin(), rt.display(), rt.sdk_import(), rt.manifest_name()];
            (names, rt.config_name(), rt.state_env())
        };
        assert_eq!(
            facts(Runtime::OpenClaw),
            (
                [
                    "openclaw",
                    "OpenClaw",
                    "openclaw/plugin-sdk/core",
                    "openclaw.plugin.json"
                ],
                "openclaw.json",
                "OPENCLAW_STATE_DIR"
            )
        );
        assert_eq!(
            facts(Runtime::Clawdbot),
            (
                [
                    "clawdbot",
                    "Clawdbot",
                    "clawdbot/plugin-sdk",
                    "clawdbot.plugin.json"
                ],
                "clawdbot.json",
                "CLAWDBOT_STATE_DIR"
            )
        );
    }

    #[test]
    fn model_references_are_never_double_prefixed_in_openclaw() {
        assert_eq!(Runtime::OpenClaw.model_ref("higress/auto"), "higress/auto");
        assert_eq!(
            Runtime::OpenClaw.model_ref("qwen-turbo"),
            "higress/qwen-turbo"
        );
        // Clawdbot puts the provider in front of every id: its reference to the model the
        // gateway receives as "higress/auto" is higress/higress/auto.
        assert_eq!(
            Runtime::Clawdbot.model_ref("higress/auto"),
            "higress/higress/auto"
        );
        assert_eq!(
            Runtime::Clawdbot.model_ref("qwen-turbo"),
            "higress/qwen-turbo"
        );
    }
}
