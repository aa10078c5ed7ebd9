//! `start` as a plan: [`StartPlan::resolve`] turns flags, the environment, the saved
//! `default.cfg`, the wizard's answers and the timezone into one value, with no I/O. The
//! same value is printed by `start --dry-run` and consumed by the apply step.
//!
//! Precedence, for every setting: flag, then environment, then the saved `default.cfg`, then
//! the wizard's answer, then the default. (clap merges a flag with its environment variable
//! before this point; the wizard only runs when nothing is saved.)

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use serde_json::{Value, json};

use crate::domain::providers::registry::{self, Detected};
use crate::domain::providers::settings::{
    DEFAULT_AUTO_ROUTING_MODEL, DEFAULT_BIND, DEFAULT_CONSOLE_PORT, DEFAULT_HTTP_PORT,
    DEFAULT_HTTPS_PORT, ProviderInput, Settings,
};
use crate::domain::providers::{self, PROVIDERS};
use crate::error::fail_hint;

/// What the flags (and their environment variables) ask for.
#[derive(Debug, Clone, Default)]
pub struct StartFlags {
    pub name: String,
    pub data_folder: PathBuf,
    pub http_port: Option<u16>,
    pub https_port: Option<u16>,
    pub console_port: Option<u16>,
    /// `--bind`: the address the ports are published on.
    pub bind: Option<String>,
    pub image_repo: Option<String>,
    pub image_tag: Option<String>,
    pub plugin_registry: Option<String>,
    pub auto_routing: bool,
    pub auto_routing_default_model: Option<String>,
    /// Checked provider inputs from flags (and `--keys-from-env`).
    pub providers: BTreeMap<&'static str, ProviderInput>,
    /// `--require-key` or `--no-auth`.
    pub gateway_keys: KeysFlag,
    /// `--o11y`: the image with Prometheus, Grafana and Loki (the tag with `-o11y`).
    pub o11y: bool,
    /// `--metrics-port [ADDR:]P`: publish the gateway's metrics port (15020).
    pub metrics_port: Option<String>,
}

/// Whether gateway API keys were asked for (`--require-key`), refused (`--no-auth`), or left
/// to the default: required when the ports are published beyond loopback.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum KeysFlag {
    #[default]
    Default,
    Require,
    NoAuth,
}

/// The wizard's answers.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub inputs: BTreeMap<&'static str, ProviderInput>,
    pub http_port: u16,
    pub https_port: u16,
    pub console_port: u16,
    /// Some(default model) when auto-routing was chosen.
    pub auto_routing: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Ports {
    pub http: u16,
    pub https: u16,
    pub console: u16,
}

impl Ports {
    pub fn all(&self) -> [u16; 3] {
        [self.http, self.https, self.console]
    }

    /// (port, the flag that sets it).
    pub fn named(&self) -> [(u16, &'static str); 3] {
        [
            (self.http, "--http-port"),
            (self.https, "--https-port"),
            (self.console, "--console-port"),
        ]
    }
}

/// A provider the plan configures, key masked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlannedProvider {
    pub provider: &'static str,
    pub name: &'static str,
    pub keys: Vec<String>,
    pub models: String,
}

/// Everything `start` will do to create a gateway.
#[derive(Debug, Clone)]
pub struct StartPlan {
    pub name: String,
    pub data_folder: PathBuf,
    pub image: String,
    pub registry: String,
    /// Why this registry (flag, saved, or the timezone).
    pub registry_reason: String,
    pub ports: Ports,
    /// The address the ports are published on (`127.0.0.1` by default).
    pub bind: String,
    /// Some(default model) when auto-routing is on.
    pub auto_routing: Option<String>,
    /// A saved `default.cfg` was reused.
    pub reused_settings: bool,
    /// The `default.cfg` to write; its lines, secrets replaced by placeholders
    /// ([`crate::domain::providers::secrets::container_env`]), are the container's environment.
    pub settings: Settings,
    /// Why every request will need a gateway key; None: not required.
    pub gateway_keys: Option<String>,
    /// (host address, host port) the gateway's metrics port 15020 is published on.
    pub metrics_port: Option<(String, u16)>,
}

fn non_empty(v: &Option<String>) -> Option<String> {
    v.clone().filter(|s| !s.trim().is_empty())
}

impl StartPlan {
    pub fn resolve(
        flags: &StartFlags,
        saved: Option<&Settings>,
        answers: Option<&Answers>,
        tz: &Detected,
    ) -> Result<StartPlan> {
        let choice = registry_choice(flags, saved, tz);
        let ports = ports_of(flags, saved, answers);
        let auto_routing = auto_routing_of(flags, saved, answers);
        let mut settings = saved.cloned().unwrap_or_else(|| {
            Settings::new(ports.http, ports.https, ports.console, &choice.registry)
        });
        settings.set_ports(ports.http, ports.https, ports.console);
        let bind = match non_empty(&flags.bind) {
            Some(b) => bind_address(&b)?,
            None => bind_address(saved.map_or(DEFAULT_BIND, Settings::bind))?,
        };
        settings.set_bind(&bind);
        settings.file.set("PLUGIN_REGISTRY", &choice.registry);
        // The wizard's answers first, then the flags over them.
        let answered = answers.map(|a| &a.inputs).into_iter().flatten();
        for (id, input) in answered.chain(&flags.providers) {
            if let Some(p) = providers::by_id(id) {
                settings.apply(p, input);
            }
        }
        settings.fill_defaults();
        if let Some(model) = &auto_routing {
            settings.set_auto_routing(true, Some(model));
        }
        let repo = non_empty(&flags.image_repo)
            .unwrap_or_else(|| format!("{}/higress/all-in-one", choice.registry));
        let tag = non_empty(&flags.image_tag).unwrap_or_else(|| "latest".into());
        let tag = if flags.o11y {
            crate::domain::ops::upgrade::o11y_tag(&tag, true)
        } else {
            tag
        };
        let metrics_port = match non_empty(&flags.metrics_port) {
            Some(p) => Some(publish_address(&p)?),
            None => None,
        };
        let gateway_keys = match flags.gateway_keys {
            KeysFlag::Require => Some("--require-key".to_string()),
            KeysFlag::Default if !is_loopback(&bind) => Some(format!(
                "the ports are published on {bind}, beyond loopback"
            )),
            KeysFlag::Default | KeysFlag::NoAuth => None,
        };
        let plan = StartPlan {
            name: flags.name.clone(),
            data_folder: flags.data_folder.clone(),
            image: format!("{repo}:{tag}"),
            registry: choice.registry,
            registry_reason: choice.reason,
            ports,
            bind,
            auto_routing,
            reused_settings: saved.is_some(),
            settings,
            gateway_keys,
            metrics_port,
        };
        plan.check()?;
        Ok(plan)
    }

    /// Rules a plan must keep: OpenAI and Azure are exclusive, the three ports differ.
    fn check(&self) -> Result<()> {
        let configured = |p: &'static providers::Provider| self.settings.provider(p).configured();
        if PROVIDERS
            .iter()
            .any(|p| configured(p) && p.excludes().is_some_and(&configured))
        {
            return Err(fail_hint(
                providers::exclusive_conflict(),
                "pass only one of --openai-key and --azure-key",
            ));
        }
        let named = self.ports.named();
        for (i, (port, flag)) in named.iter().enumerate() {
            if let Some((_, other)) = named[..i].iter().find(|(p, _)| p == port) {
                return Err(fail_hint(
                    format!("{flag} and {other} are both {port}"),
                    "give each port a different number",
                ));
            }
        }
        Ok(())
    }

    /// The providers this plan configures, keys masked.
    pub fn providers(&self) -> Vec<PlannedProvider> {
        self.settings
            .providers()
            .filter(|s| s.configured())
            .map(|s| PlannedProvider {
                provider: s.provider.stem,
                name: s.provider.name,
                keys: s.keys.iter().map(|k| providers::mask(k)).collect(),
                models: s.models.clone(),
            })
            .collect()
    }

    /// The plan as `start --dry-run --json` prints it.
    pub fn to_json(&self) -> Value {
        json!({
            "action": "create",
            "container": self.name,
            "image": self.image,
            "registry": {"host": self.registry, "reason": self.registry_reason},
            "data_folder": self.data_folder.display().to_string(),
            "settings": if self.reused_settings { "saved" } else { "new" },
            "ports": self.ports,
            "bind": self.bind,
            "providers": self.providers(),
            "auto_routing": {
                "enabled": self.auto_routing.is_some(),
                "default_model": self.auto_routing,
            },
            "gateway_keys": {
                "required": self.gateway_keys.is_some(),
                "reason": self.gateway_keys,
            },
            "metrics_port": self.metrics_port.as_ref().map(|(addr, port)| {
                json!({"address": addr, "port": port})
            }),
        })
    }
}

/// A `--bind` address: an IP address of this machine, written as the engine expects it.
pub fn bind_address(text: &str) -> Result<String> {
    let trimmed = text.trim().trim_start_matches('[').trim_end_matches(']');
    match trimmed.parse::<std::net::IpAddr>() {
        Ok(ip) => Ok(ip.to_string()),
        Err(_) => Err(fail_hint(
            format!("--bind {text} is not an IP address"),
            "give an address of this machine, e.g. --bind 127.0.0.1 (the default), \
             --bind 192.168.1.10, or --bind 0.0.0.0 for every interface",
        )),
    }
}

/// A `--metrics-port [ADDR:]P`: the host address (loopback unless given) and port.
pub fn publish_address(text: &str) -> Result<(String, u16)> {
    let text = text.trim();
    let (addr, port) = match text.rsplit_once(':') {
        Some((a, p)) if !a.is_empty() => (bind_address(a)?, p),
        _ => (DEFAULT_BIND.to_string(), text),
    };
    match port.parse::<u16>() {
        Ok(p) if p > 0 => Ok((addr, p)),
        _ => Err(fail_hint(
            format!("--metrics-port {text}: {port} is not a port"),
            "give a port, e.g. --metrics-port 15020, or an address and a port, \
             e.g. --metrics-port 0.0.0.0:15020",
        )),
    }
}

/// Whether published ports on `addr` are reachable only from this machine.
pub fn is_loopback(addr: &str) -> bool {
    addr.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests;

/// The plugin registry: the flag, else the one saved in default.cfg, else the timezone's.
fn registry_choice(
    flags: &StartFlags,
    saved: Option<&Settings>,
    tz: &Detected,
) -> registry::Choice {
    let saved_registry = saved
        .and_then(Settings::plugin_registry)
        .filter(|r| !r.trim().is_empty());
    match (non_empty(&flags.plugin_registry), saved_registry) {
        (Some(flag), _) => registry::choose(Some(&flag), tz),
        (None, Some(r)) => registry::Choice {
            registry: r.trim().to_string(),
            reason: "saved in default.cfg".into(),
        },
        (None, None) => registry::choose(None, tz),
    }
}

/// Each port: the flag, else default.cfg, else the wizard's answer, else the default.
fn ports_of(flags: &StartFlags, saved: Option<&Settings>, answers: Option<&Answers>) -> Ports {
    Ports {
        http: flags
            .http_port
            .or(saved.map(Settings::http_port))
            .or(answers.map(|a| a.http_port))
            .unwrap_or(DEFAULT_HTTP_PORT),
        https: flags
            .https_port
            .or(saved.map(Settings::https_port))
            .or(answers.map(|a| a.https_port))
            .unwrap_or(DEFAULT_HTTPS_PORT),
        console: flags
            .console_port
            .or(saved.map(Settings::console_port))
            .or(answers.map(|a| a.console_port))
            .unwrap_or(DEFAULT_CONSOLE_PORT),
    }
}

/// Auto-routing's default model, when auto-routing is on: `--auto-routing` (with its model,
/// else the saved one, else the default), else what default.cfg or the wizard says.
fn auto_routing_of(
    flags: &StartFlags,
    saved: Option<&Settings>,
    answers: Option<&Answers>,
) -> Option<String> {
    let saved_model = saved.filter(|s| s.auto_routing()).map(|s| {
        s.auto_routing_default_model()
            .unwrap_or(DEFAULT_AUTO_ROUTING_MODEL)
    });
    if flags.auto_routing {
        Some(
            flags
                .auto_routing_default_model
                .clone()
                .or(saved_model.map(str::to_string))
                .unwrap_or_else(|| DEFAULT_AUTO_ROUTING_MODEL.to_string()),
        )
    } else {
        saved_model
            .map(str::to_string)
            .or_else(|| answers.and_then(|a| a.auto_routing.clone()))
    }
}
