//! `default.cfg`: the env-file in the data folder that `start` writes and the container reads.
//!
//! The format and variable names are the reference script's, so a data folder made by the
//! script works with this tool and back. Lines the tool does not understand are kept as they
//! are, in place.

use std::collections::BTreeMap;

pub use crate::domain::providers::envfile::EnvFile;
use crate::domain::providers::table::{ExtraKind, PROVIDERS, Provider};

pub const FILE_NAME: &str = "default.cfg";
pub const DEFAULT_HTTP_PORT: u16 = 8080;
pub const DEFAULT_HTTPS_PORT: u16 = 8443;
pub const DEFAULT_CONSOLE_PORT: u16 = 8001;
pub const DEFAULT_AUTO_ROUTING_MODEL: &str = "qwen-turbo";
/// The address the ports are published on unless `start --bind` says otherwise.
pub const DEFAULT_BIND: &str = "127.0.0.1";
/// The `default.cfg` key that keeps `--bind` (the script and the image ignore it).
pub const BIND_KEY: &str = "GET_AI_GATEWAY_BIND";

/// What the user asked for one provider (flags, wizard, `config add`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderInput {
    pub key: Option<String>,
    pub models: Option<String>,
    /// Extra settings by variable name; switches hold "true".
    pub extras: BTreeMap<String, String>,
}

impl ProviderInput {
    pub fn is_empty(&self) -> bool {
        self.key.is_none() && self.models.is_none() && self.extras.is_empty()
    }

    /// A key, a credential that replaces it (Claude Code token), or every credential of a
    /// provider without keys (Ollama host, Hunyuan id and key, Bedrock access keys).
    pub fn has_credentials(&self, p: &Provider) -> bool {
        self.key.is_some()
            || p.extras
                .iter()
                .any(|e| e.kind == ExtraKind::ModeKey && self.extras.contains_key(e.var))
            || (!p.alt_credentials.is_empty()
                && p.alt_credentials
                    .iter()
                    .all(|v| self.extras.contains_key(*v)))
    }
}

/// One provider's saved configuration, as the gateway should use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderState {
    pub provider: &'static Provider,
    /// API keys (`apiTokens`); empty = not configured.
    pub keys: Vec<String>,
    pub models: String,
    /// Extra settings by variable name.
    pub extras: BTreeMap<String, String>,
}

impl ProviderState {
    pub fn extra(&self, var: &str) -> Option<&str> {
        self.extras.get(var).map(String::as_str)
    }

    /// Configured = has a key, or the credentials that replace it.
    pub fn configured(&self) -> bool {
        !self.keys.is_empty()
            || (!self.provider.alt_credentials.is_empty()
                && self
                    .provider
                    .alt_credentials
                    .iter()
                    .all(|v| self.extras.contains_key(*v)))
    }
}

/// Typed view of `default.cfg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub file: EnvFile,
}

impl Settings {
    /// A fresh file with the script's header lines.
    pub fn new(http: u16, https: u16, console: u16, registry: &str) -> Settings {
        let mut file = EnvFile::parse("");
        file.set("MODE", "full");
        file.set("CONFIG_TEMPLATE", "ai-gateway");
        file.set("GATEWAY_HTTP_PORT", &http.to_string());
        file.set("GATEWAY_HTTPS_PORT", &https.to_string());
        file.set("CONSOLE_PORT", &console.to_string());
        file.set("PLUGIN_REGISTRY", registry);
        file.push_blank_line();
        Settings { file }
    }

    pub fn parse(text: &str) -> Settings {
        Settings {
            file: EnvFile::parse(text),
        }
    }

    pub fn render(&self) -> String {
        self.file.render()
    }

    fn port(&self, key: &str, default: u16) -> u16 {
        self.file
            .value(key)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(default)
    }

    pub fn http_port(&self) -> u16 {
        self.port("GATEWAY_HTTP_PORT", DEFAULT_HTTP_PORT)
    }

    pub fn https_port(&self) -> u16 {
        self.port("GATEWAY_HTTPS_PORT", DEFAULT_HTTPS_PORT)
    }

    pub fn console_port(&self) -> u16 {
        self.port("CONSOLE_PORT", DEFAULT_CONSOLE_PORT)
    }

    /// The address the ports are published on.
    pub fn bind(&self) -> &str {
        self.file
            .value(BIND_KEY)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .unwrap_or(DEFAULT_BIND)
    }

    /// Keep `--bind`; the default is not written, so a file stays the script's.
    pub fn set_bind(&mut self, addr: &str) {
        if addr == DEFAULT_BIND && self.file.get(BIND_KEY).is_none() {
            return;
        }
        self.file.set(BIND_KEY, addr);
    }

    pub fn plugin_registry(&self) -> Option<&str> {
        self.file.value("PLUGIN_REGISTRY")
    }

    pub fn auto_routing(&self) -> bool {
        self.file.value("ENABLE_AUTO_ROUTING") == Some("true")
    }

    pub fn auto_routing_default_model(&self) -> Option<&str> {
        self.file.value("AUTO_ROUTING_DEFAULT_MODEL")
    }

    pub fn set_auto_routing(&mut self, enabled: bool, default_model: Option<&str>) {
        if enabled {
            self.file.set("ENABLE_AUTO_ROUTING", "true");
            self.file.set(
                "AUTO_ROUTING_DEFAULT_MODEL",
                default_model.unwrap_or(DEFAULT_AUTO_ROUTING_MODEL),
            );
        } else {
            self.file.remove("ENABLE_AUTO_ROUTING");
            self.file.remove("AUTO_ROUTING_DEFAULT_MODEL");
        }
    }

    /// Fields of `<PREFIX>_EXTRA_CONFIGS` (`key="value",key2=value2`), quotes removed.
    fn extra_configs(&self, p: &Provider) -> BTreeMap<String, String> {
        let Some(raw) = self.file.value(&p.extra_configs_var()) else {
            return BTreeMap::new();
        };
        raw.split(',')
            .filter_map(|item| item.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.replace('"', "")))
            .collect()
    }

    pub fn provider(&self, p: &'static Provider) -> ProviderState {
        let packed = self.extra_configs(p);
        let mut extras = BTreeMap::new();
        for e in p.extras {
            let direct = self.file.value(e.var).map(str::to_string);
            let value = match e.kind {
                ExtraKind::ModeKey | ExtraKind::KeySecret => direct,
                _ => direct.or_else(|| packed.get(e.field).cloned()),
            };
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                extras.insert(e.var.to_string(), v);
            }
        }
        let mode_key = p
            .extras
            .iter()
            .find(|e| e.kind == ExtraKind::ModeKey)
            .and_then(|e| extras.get(e.var).cloned());
        let raw_key = mode_key.or_else(|| self.file.value(&p.key_var()).map(str::to_string));
        let keys = raw_key
            .map(|k| {
                k.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        ProviderState {
            provider: p,
            keys,
            models: self
                .file
                .value(&p.models_var())
                .unwrap_or(p.models)
                .to_string(),
            extras,
        }
    }

    pub fn providers(&self) -> impl Iterator<Item = ProviderState> + '_ {
        PROVIDERS.iter().map(|p| self.provider(p))
    }

    /// Apply what the user asked for one provider.
    pub fn apply(&mut self, p: &'static Provider, input: &ProviderInput) {
        let secret_suffix = p
            .extras
            .iter()
            .find(|e| e.kind == ExtraKind::KeySecret)
            .and_then(|e| input.extras.get(e.var));
        if let Some(key) = &input.key {
            let key = match secret_suffix {
                Some(secret) => format!("{key}:{secret}"),
                None => key.clone(),
            };
            self.file.set(&p.key_var(), &key);
        }
        if let Some(models) = &input.models {
            self.file.set(&p.models_var(), models);
        }
        for e in p.extras {
            if e.kind == ExtraKind::KeySecret {
                continue;
            }
            if let Some(v) = input.extras.get(e.var) {
                self.file.set(e.var, v);
            }
        }
        self.pack_extras(p);
    }

    /// Remove extra settings of a provider (by variable); the packed form follows.
    pub fn clear_extras(&mut self, p: &'static Provider, vars: &[String]) {
        for v in vars {
            self.file.remove(v);
        }
        self.pack_extras_without(p, vars);
    }

    /// Remove every variable of a provider except its model patterns.
    pub fn clear(&mut self, p: &'static Provider) -> bool {
        let mut changed = self.file.remove(&p.key_var());
        for e in p.extras {
            changed |= self.file.remove(e.var);
        }
        changed |= self.file.remove(&p.extra_configs_var());
        self.pack_extras(p);
        changed
    }

    /// Rewrite `<PREFIX>_EXTRA_CONFIGS` (the form the image's config template reads).
    fn pack_extras(&mut self, p: &'static Provider) {
        self.pack_extras_without(p, &[]);
    }

    /// [`Self::pack_extras`], the settings `drop` (by variable) left out.
    fn pack_extras_without(&mut self, p: &'static Provider, drop: &[String]) {
        let mut state = self.provider(p);
        state.extras.retain(|var, _| !drop.contains(var));
        let explicit = p.extras.iter().any(|e| state.extras.contains_key(e.var));
        let defaulted = p.always
            && p.extras
                .iter()
                .any(|e| e.kind == ExtraKind::Text && e.default.is_some());
        if !explicit && !defaulted && !state.configured() {
            self.file.remove(&p.extra_configs_var());
            return;
        }
        let mut items = Vec::new();
        for e in p.extras {
            let value = state.extra(e.var).or(e.default);
            let Some(value) = value else { continue };
            // The template cannot read values holding its own separators.
            if value.contains([',', '"']) {
                continue;
            }
            match e.kind {
                ExtraKind::Text | ExtraKind::File => items.push(format!("{}=\"{value}\"", e.field)),
                ExtraKind::Url | ExtraKind::HttpsUrl | ExtraKind::Port => {
                    items.push(format!("{}={value}", e.field))
                }
                ExtraKind::Switch if value == "true" => items.push(format!("{}=true", e.field)),
                ExtraKind::ModeKey => items.push(format!("{}=true", e.field)),
                _ => {}
            }
        }
        if items.is_empty() {
            self.file.remove(&p.extra_configs_var());
        } else {
            self.file.set(&p.extra_configs_var(), &items.join(","));
        }
    }

    /// Write what the script writes for every provider: its model pattern, and the packed
    /// extra settings that have defaults (Claude's API version).
    pub fn fill_defaults(&mut self) {
        for p in PROVIDERS {
            if self.file.get(&p.extra_configs_var()).is_none() {
                self.pack_extras(p);
            }
        }
        for p in PROVIDERS {
            if self.file.get(&p.models_var()).is_none() {
                self.file.set(&p.models_var(), p.models);
            }
        }
    }

    pub fn set_ports(&mut self, http: u16, https: u16, console: u16) {
        self.file.set("GATEWAY_HTTP_PORT", &http.to_string());
        self.file.set("GATEWAY_HTTPS_PORT", &https.to_string());
        self.file.set("CONSOLE_PORT", &console.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::providers::table::find;

    const SCRIPT_FIXTURE: &str = include_str!("../../../tests/fixtures/script-default.cfg");

    #[test]
    fn script_file_round_trips_byte_for_byte() {
        let s = Settings::parse(SCRIPT_FIXTURE);
        assert_eq!(s.render(), SCRIPT_FIXTURE);
        assert_eq!(s.http_port(), 18080);
        assert_eq!(s.https_port(), 8443);
        assert_eq!(s.console_port(), 8001);
        assert!(s.auto_routing());
        assert_eq!(s.auto_routing_default_model(), Some("qwen-turbo"));
        let qwen = s.provider(find("qwen").unwrap());
        assert_eq!(qwen.keys, vec!["sk-ref-0123456789"]);
        assert_eq!(qwen.models, "qwen*");
        let zhipu = s.provider(find("zhipuai").unwrap());
        assert_eq!(zhipu.extra("ZHIPUAI_DOMAIN"), Some("api.z.ai"));
        assert!(!s.provider(find("openai").unwrap()).configured());
        let env = s.file.container_env();
        assert_eq!(env[0], "MODE=full");
        assert!(env.contains(&"DASHSCOPE_API_KEY=sk-ref-0123456789".to_string()));
        assert!(!env.iter().any(|e| e.is_empty()));
    }

    #[test]
    fn generated_file_matches_script_for_the_same_flags() {
        let mut s = Settings::new(
            18080,
            8443,
            8001,
            "higress-registry.cn-hangzhou.cr.aliyuncs.com",
        );
        let key = |k: &str| ProviderInput {
            key: Some(k.into()),
            ..Default::default()
        };
        s.apply(find("dashscope").unwrap(), &key("sk-ref-0123456789"));
        s.apply(find("deepseek").unwrap(), &key("sk-ds-abcdef"));
        let mut zhipu = key("zk-1");
        zhipu
            .extras
            .insert("ZHIPUAI_DOMAIN".into(), "api.z.ai".into());
        s.apply(find("zhipuai").unwrap(), &zhipu);
        s.fill_defaults();
        s.set_auto_routing(true, Some("qwen-turbo"));
        // Same variables and values as the script; the order differs where we keep the
        // individual extra variable beside the packed form.
        let ours: BTreeMap<_, _> = s.file.vars().collect();
        let theirs = Settings::parse(SCRIPT_FIXTURE);
        let theirs: BTreeMap<_, _> = theirs.file.vars().collect();
        let mut ours_without_direct = ours.clone();
        ours_without_direct.remove("ZHIPUAI_DOMAIN");
        assert_eq!(ours_without_direct, theirs);
    }

    #[test]
    fn hostile_values_are_kept_verbatim() {
        let mut s = Settings::new(1, 2, 3, "r");
        let nasty = "sk-'\"$(touch /tmp/pwned)`id`\\n ü 密钥 =x";
        s.apply(
            find("openai").unwrap(),
            &ProviderInput {
                key: Some(nasty.into()),
                ..Default::default()
            },
        );
        let again = Settings::parse(&s.render());
        assert_eq!(again.file.get("OPENAI_API_KEY"), Some(nasty));
        assert_eq!(again.provider(find("openai").unwrap()).keys, vec![nasty]);
    }

    #[test]
    fn comma_separates_several_keys() {
        let s = Settings::parse("DEEPSEEK_API_KEY=k1,k2\n");
        assert_eq!(s.provider(find("deepseek").unwrap()).keys, vec!["k1", "k2"]);
    }

    #[test]
    fn extras_pack_like_the_script() {
        let mut s = Settings::new(1, 2, 3, "r");
        let mut input = ProviderInput {
            key: Some("tok-abc".into()),
            ..Default::default()
        };
        input
            .extras
            .insert("CLAUDE_VERSION".into(), "2024-01-01".into());
        input
            .extras
            .insert("CLAUDE_CODE_API_KEY".into(), "tok-abc".into());
        s.apply(find("claude").unwrap(), &input);
        assert_eq!(
            s.file.get("CLAUDE_EXTRA_CONFIGS"),
            Some("claudeVersion=\"2024-01-01\",claudeCodeMode=true")
        );
        let mut az = ProviderInput {
            key: Some("az".into()),
            ..Default::default()
        };
        az.extras.insert(
            "AZURE_SERVICE_URL".into(),
            "https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01"
                .into(),
        );
        s.apply(find("azure").unwrap(), &az);
        assert!(
            s.file
                .get("AZURE_EXTRA_CONFIGS")
                .unwrap()
                .starts_with("azureServiceUrl=https://r.openai.azure.com/")
        );
        let mut spark = ProviderInput {
            key: Some("k".into()),
            ..Default::default()
        };
        spark.extras.insert("SPARK_API_SECRET".into(), "s".into());
        s.apply(find("spark").unwrap(), &spark);
        assert_eq!(s.file.get("SPARK_API_KEY"), Some("k:s"));
        let mut bedrock = ProviderInput::default();
        for (k, v) in [
            ("BEDROCK_REGION", "eu-west-1"),
            ("BEDROCK_ACCESS_KEY", "AK"),
            ("BEDROCK_SECRET_KEY", "SK"),
        ] {
            bedrock.extras.insert(k.into(), v.into());
        }
        s.apply(find("bedrock").unwrap(), &bedrock);
        let state = s.provider(find("bedrock").unwrap());
        assert!(state.configured());
        assert_eq!(
            s.file.get("BEDROCK_EXTRA_CONFIGS"),
            Some("awsRegion=\"eu-west-1\",awsAccessKey=\"AK\",awsSecretKey=\"SK\"")
        );
        assert!(s.clear(find("bedrock").unwrap()));
        assert_eq!(s.file.get("BEDROCK_EXTRA_CONFIGS"), None);
        assert_eq!(s.file.get("BEDROCK_REGION"), None);
    }

    #[test]
    fn env_file_rules() {
        let f = EnvFile::parse("# comment\n  A=1\nB\n\nC D=2\nE==x\n");
        let vars: Vec<_> = f.vars().collect();
        assert_eq!(vars, vec![("A", "1"), ("E", "=x")]);
        assert_eq!(f.render(), "# comment\n  A=1\nB\n\nC D=2\nE==x\n");
    }
}
