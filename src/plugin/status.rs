//! `plugin status`: what is installed, enabled and configured for each runtime.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::runtime::{Runtime, extension_dir};
use super::{PLUGIN_ID, PROVIDER_ID, files};

/// `--json` prints `{"runtimes": [..]}`.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    pub runtimes: Vec<PluginStatus>,
}

/// One runtime. The fields are in the order of the JSON keys (alphabetical).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PluginStatus {
    /// `models.providers.higress.baseUrl` as found in the config, whatever its type.
    pub base_url: Value,
    pub configured: bool,
    /// The installed files are the ones this binary writes.
    pub current: bool,
    /// `agents.defaults.model.primary` as found in the config.
    pub default_model: Value,
    pub enabled: bool,
    pub home: String,
    pub installed: bool,
    pub models: Vec<String>,
    pub path: String,
    pub runtime: &'static str,
    pub runtime_on_path: Option<String>,
    pub version: Option<String>,
}

fn read_json(path: &Path) -> Option<Value> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
}

impl PluginStatus {
    /// Read the runtime's plugin folder and config under `home`.
    pub fn read(rt: Runtime, home: &Path, on_path: Option<PathBuf>) -> PluginStatus {
        let dir = extension_dir(home);
        let installed = dir.is_dir();
        let version = read_json(&dir.join("package.json"))
            .and_then(|v| v["version"].as_str().map(str::to_string));
        let config = read_json(&home.join(rt.config_name())).unwrap_or(Value::Null);
        let provider = &config["models"]["providers"][PROVIDER_ID];
        let enabled = config["plugins"]["entries"][PLUGIN_ID]["enabled"].as_bool() != Some(false);
        let models = provider["models"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|m| m["id"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        PluginStatus {
            base_url: provider["baseUrl"].clone(),
            configured: provider.is_object(),
            current: files::is_current(rt, &dir),
            default_model: config["agents"]["defaults"]["model"]["primary"].clone(),
            enabled: installed && enabled,
            home: home.display().to_string(),
            installed,
            models,
            path: dir.display().to_string(),
            runtime: rt.bin(),
            runtime_on_path: on_path.map(|p| p.display().to_string()),
            version,
        }
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The human output for one runtime, one line each, ending in a newline.
pub fn render(s: &PluginStatus) -> String {
    let mut out = String::new();
    let version = s
        .version
        .as_deref()
        .map(|v| format!(", version {v}"))
        .unwrap_or_default();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}:", s.runtime);
    let _ = writeln!(
        out,
        "  on PATH:    {}",
        s.runtime_on_path.as_deref().unwrap_or("no")
    );
    let _ = writeln!(
        out,
        "  installed:  {} ({}{version})",
        yes(s.installed),
        s.path
    );
    if s.installed && !s.current {
        let _ = writeln!(
            out,
            "              differs from this get-ai-gateway's plugin; run `get-ai-gateway plugin install`"
        );
    }
    let _ = writeln!(out, "  enabled:    {}", yes(s.enabled));
    match s.base_url.as_str() {
        Some(url) => {
            let _ = writeln!(
                out,
                "  configured: yes ({url}; models {})",
                s.models.join(", ")
            );
        }
        None => out.push_str("  configured: no\n"),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::setup::Setup;
    use super::super::{config_file, files};
    use super::*;

    fn not_installed() -> PluginStatus {
        PluginStatus {
            base_url: Value::Null,
            configured: false,
            current: false,
            default_model: Value::Null,
            enabled: false,
            home: "/home/u/.clawdbot".into(),
            installed: false,
            models: vec![],
            path: "/home/u/.clawdbot/extensions/higress-ai-gateway".into(),
            runtime: "clawdbot",
            runtime_on_path: None,
            version: None,
        }
    }

    fn installed() -> PluginStatus {
        PluginStatus {
            base_url: "http://127.0.0.1:8080/v1".into(),
            configured: true,
            current: true,
            default_model: "higress/auto".into(),
            enabled: true,
            home: "/home/u/.openclaw".into(),
            installed: true,
            models: vec!["higress/auto".into(), "qwen-turbo".into()],
            path: "/home/u/.openclaw/extensions/higress-ai-gateway".into(),
            runtime: "openclaw",
            runtime_on_path: Some("/usr/local/bin/openclaw".into()),
            version: Some("0.1.0".into()),
        }
    }

    #[test]
    fn render_installed() {
        insta::assert_snapshot!(render(&installed()));
    }

    #[test]
    fn render_not_installed() {
        insta::assert_snapshot!(render(&not_installed()));
    }

    #[test]
    fn render_says_when_the_installed_copy_differs() {
        let old = PluginStatus {
            current: false,
            ..installed()
        };
        let text = render(&old);
        assert!(text.contains("\n              differs from this get-ai-gateway's plugin; run `get-ai-gateway plugin install`\n"));
        // A base URL that is not a string counts as not configured, as before.
        let odd = PluginStatus {
            base_url: 5.into(),
            ..installed()
        };
        assert!(render(&odd).ends_with("  configured: no\n"));
    }

    #[test]
    fn json_keys_are_alphabetical_as_they_were_from_a_btreemap() {
        let report = StatusReport {
            runtimes: vec![installed(), not_installed()],
        };
        let text = serde_json::to_string(&report).unwrap();
        let one = r#"{"base_url":"http://127.0.0.1:8080/v1","configured":true,"current":true,"default_model":"higress/auto","enabled":true,"home":"/home/u/.openclaw","installed":true,"models":["higress/auto","qwen-turbo"],"path":"/home/u/.openclaw/extensions/higress-ai-gateway","runtime":"openclaw","runtime_on_path":"/usr/local/bin/openclaw","version":"0.1.0"}"#;
        let two = r#"{"base_url":null,"configured":false,"current":false,"default_model":null,"enabled":false,"home":"/home/u/.clawdbot","installed":false,"models":[],"path":"/home/u/.clawdbot/extensions/higress-ai-gateway","runtime":"clawdbot","runtime_on_path":null,"version":null}"#;
        assert_eq!(text, format!(r#"{{"runtimes":[{one},{two}]}}"#));
    }

    #[test]
    fn read_an_empty_home() {
        let home = tempfile::tempdir().unwrap();
        let s = PluginStatus::read(Runtime::Clawdbot, home.path(), None);
        let dir = home.path().join("extensions/higress-ai-gateway");
        let expected = PluginStatus {
            home: home.path().display().to_string(),
            path: dir.display().to_string(),
            ..not_installed()
        };
        assert_eq!(s, expected);
    }

    #[test]
    fn read_an_installed_and_configured_home() {
        let home = tempfile::tempdir().unwrap();
        let rt = Runtime::OpenClaw;
        files::install(rt, &extension_dir(home.path()), false).unwrap();
        let setup = Setup::example(&["higress/auto", "qwen-turbo"]);
        config_file::configure(rt, home.path(), &setup).unwrap();
        let s = PluginStatus::read(rt, home.path(), Some("/bin/openclaw".into()));
        assert!(s.installed && s.current && s.enabled && s.configured);
        assert_eq!(s.version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
        assert_eq!(s.base_url, "http://127.0.0.1:9000/v1");
        assert_eq!(s.models, ["higress/auto", "qwen-turbo"]);
        assert_eq!(s.default_model, "higress/auto");
        assert_eq!(s.runtime_on_path.as_deref(), Some("/bin/openclaw"));
        // Disabled in the config: installed but not enabled.
        let path = home.path().join("openclaw.json");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("\"enabled\": true", "\"enabled\": false"),
        )
        .unwrap();
        assert!(!PluginStatus::read(rt, home.path(), None).enabled);
    }
}
