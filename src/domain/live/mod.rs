//! [`LiveConfig`]: one typed model of what the gateway runs, loaded from one snapshot of its
//! files (ai-proxy, model-router, McpBridge, the ai-route ConfigMaps and Ingresses, and
//! `default.cfg`). Every operation keeps the YAML and `default.cfg` in step; [`writes`]
//! yields what changed, for the edit engine to commit in one transaction.
//!
//! [`writes`]: LiveConfig::writes

mod chains;
pub mod console;
pub mod gwconfig;
pub mod keyauth;
pub mod keyrate;
pub mod keyscope;
pub mod mcp;
pub mod paths;
pub mod probe;
pub mod quota;
pub mod redis;
pub mod tokenlimit;
pub mod tracing;
pub mod yaml11;

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

pub use chains::{Chain, ResilienceChange};

use crate::domain::live::paths::{
    AI_PROXY, GLOBAL_CUSTOM_RESPONSE, MCP_BRIDGE, MODEL_MAPPER, MODEL_ROUTER, SETTINGS,
    configmap_path, envoyfilter_path, fallback_ingress_path, ingress_path,
};
use crate::domain::providers::compatible;
use crate::domain::providers::settings::{
    DEFAULT_AUTO_ROUTING_MODEL, ProviderInput, ProviderState, Settings,
};
use crate::domain::providers::{self, ExtraKind, PROVIDERS, Provider};
use crate::error::{fail, fail_hint};
use gwconfig::{AutoRouting, Rule};

/// One change to one file of the gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Put { path: String, text: String },
    Delete { path: String },
}

impl Write {
    pub fn path(&self) -> &str {
        match self {
            Write::Put { path, .. } | Write::Delete { path } => path,
        }
    }
}

/// Which files a change needs: fewer files, a shorter transaction.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// The model-router and `default.cfg` (and ai-proxy, to tell whether a model is served).
    Routing,
    /// One provider: ai-proxy, the McpBridge, its route files and `default.cfg`.
    Provider(&'static Provider),
    /// Every file of the table's providers.
    All,
    /// Every file of the table's providers and of the OpenAI-compatible servers that these
    /// settings hold (for `start`, which makes the live config follow `default.cfg`).
    Settings(&'a Settings),
    /// The files of these providers' routes and their fallbacks (`config set`, `config
    /// fallback`, `config remove`: a chain may name any provider).
    Routes(&'a [&'static Provider]),
}

impl Scope<'_> {
    /// The files of this scope, as paths inside the container.
    pub fn paths(self) -> Vec<String> {
        let mut paths: Vec<String> = match self {
            Scope::Routing => vec![MODEL_ROUTER, SETTINGS, AI_PROXY],
            Scope::Provider(_) | Scope::Routes(_) => vec![AI_PROXY, SETTINGS, MCP_BRIDGE],
            Scope::All | Scope::Settings(_) => vec![AI_PROXY, MODEL_ROUTER, MCP_BRIDGE, SETTINGS],
        }
        .into_iter()
        .map(str::to_string)
        .collect();
        if !matches!(self, Scope::Routing) {
            // A provider's route gets its key-auth rule (and a fallback its copy of it) in
            // the same transaction.
            paths.extend([
                MODEL_MAPPER.to_string(),
                GLOBAL_CUSTOM_RESPONSE.to_string(),
                keyauth::path(),
            ]);
        }
        let providers: Vec<&'static Provider> = match self {
            Scope::Routing => Vec::new(),
            Scope::Provider(p) => vec![p],
            Scope::All => PROVIDERS.iter().collect(),
            Scope::Settings(s) => PROVIDERS.iter().chain(compatible::saved(s)).collect(),
            Scope::Routes(list) => list.to_vec(),
        };
        for p in providers {
            paths.push(configmap_path(p.id));
            paths.push(ingress_path(p.id));
            paths.push(fallback_ingress_path(p.id));
            paths.push(envoyfilter_path(p.id));
        }
        paths
    }
}

/// Every file the model reads, as paths inside the container.
pub fn paths() -> Vec<String> {
    Scope::All.paths()
}

/// A YAML file: absent, parsed, or not parseable (with the parser's message).
#[derive(Debug, Clone)]
struct Doc {
    value: Option<Result<Value, String>>,
    /// The value as read, to tell a real change from a touch.
    original: Option<Value>,
    changed: bool,
}

/// A configured provider as `config list` and `status` report it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Listed {
    pub provider: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    /// Masked keys the running gateway uses.
    pub keys: Vec<String>,
    pub models: String,
    /// default.cfg holds the same keys as the running gateway.
    pub in_sync: bool,
}

/// What `set_provider` did.
#[derive(Debug, Clone)]
pub struct ProviderChange {
    pub state: ProviderState,
    /// The provider entry (and its route and registry) had to be created.
    pub created: bool,
}

/// What `add_rule` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleAdded {
    pub id: usize,
    /// The autoRouting block did not exist and was created, enabled.
    pub created_block: bool,
    /// A configured provider serves the rule's model.
    pub covered: bool,
    /// Auto-routing is switched off, so the rule does not apply yet.
    pub disabled: bool,
}

#[derive(Debug, Clone)]
pub struct LiveConfig {
    docs: BTreeMap<String, Doc>,
    settings: Settings,
    /// `default.cfg` as read.
    settings_text: Option<String>,
    settings_exists: bool,
    settings_changed: bool,
}

fn not_there(path: &str) -> anyhow::Error {
    fail_hint(
        format!("{path} does not exist in the container"),
        "the gateway has not finished its first start; wait and try again",
    )
}

impl LiveConfig {
    /// The model of these files (path inside the container → text, None when absent).
    pub fn from_files(files: impl IntoIterator<Item = (String, Option<String>)>) -> LiveConfig {
        let mut docs = BTreeMap::new();
        let mut settings_text = None;
        for (path, text) in files {
            if path == SETTINGS {
                settings_text = text;
                continue;
            }
            let value = text.map(|t| gwconfig::parse(&path, &t).map_err(|e| format!("{e:#}")));
            let original = value.as_ref().and_then(|v| v.as_ref().ok()).cloned();
            docs.insert(
                path,
                Doc {
                    value,
                    original,
                    changed: false,
                },
            );
        }
        LiveConfig {
            docs,
            settings_exists: settings_text.is_some(),
            settings: Settings::parse(settings_text.as_deref().unwrap_or_default()),
            settings_text,
            settings_changed: false,
        }
    }

    // -- reading -----------------------------------------------------------------------

    pub fn exists(&self, path: &str) -> bool {
        self.docs.get(path).is_some_and(|d| d.value.is_some())
    }

    /// `default.cfg` as the container has it, when it exists.
    pub fn settings(&self) -> Option<&Settings> {
        self.settings_exists.then_some(&self.settings)
    }

    /// The McpBridge document, when the model holds it.
    pub fn bridge(&self) -> Option<&Value> {
        self.doc(MCP_BRIDGE).ok()
    }

    /// The McpBridge document, marked as changed.
    pub fn bridge_mut(&mut self) -> Result<&mut Value> {
        self.doc_mut(MCP_BRIDGE)
    }

    /// The parsed document at `path`: an error when it is absent or not valid YAML.
    fn doc(&self, path: &str) -> Result<&Value> {
        match self.docs.get(path).and_then(|d| d.value.as_ref()) {
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) => Err(fail(e.clone())),
            None => Err(not_there(path)),
        }
    }

    /// The document, marked as changed.
    fn doc_mut(&mut self, path: &str) -> Result<&mut Value> {
        let doc = self
            .docs
            .get_mut(path)
            .filter(|d| d.value.is_some())
            .ok_or_else(|| not_there(path))?;
        doc.changed = true;
        match doc.value.as_mut() {
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) => Err(fail(e.clone())),
            None => Err(not_there(path)),
        }
    }

    fn set_doc(&mut self, path: String, value: Option<Value>) {
        let doc = self.docs.entry(path).or_insert(Doc {
            value: None,
            original: None,
            changed: false,
        });
        doc.value = value.map(Ok);
        doc.changed = true;
    }

    /// The autoRouting block of the model-router.
    pub fn auto_routing(&self) -> Result<AutoRouting> {
        Ok(gwconfig::auto_routing(self.doc(MODEL_ROUTER)?))
    }

    /// How the model-router reads a request: its `modelKey` and `enableOnPathSuffix`.
    pub fn request_reading(&self) -> Result<gwconfig::RequestReading> {
        Ok(gwconfig::request_reading(self.doc(MODEL_ROUTER)?))
    }

    /// Whether the provider has a real credential in the running gateway.
    pub fn is_configured(&self, p: &Provider) -> bool {
        let Ok(proxy) = self.doc(AI_PROXY) else {
            return false;
        };
        live_configured(proxy, p)
    }

    /// The providers the running gateway really uses, keys masked.
    pub fn providers(&self) -> Result<Vec<Listed>> {
        let proxy = self.doc(AI_PROXY)?;
        let live = gwconfig::live_providers(proxy);
        let compatible = live
            .iter()
            .filter_map(|l| crate::domain::providers::compatible::from_id(&l.id));
        Ok(PROVIDERS
            .iter()
            .chain(compatible)
            .filter(|p| live_configured(proxy, p))
            .map(|p| {
                let live_keys: Vec<String> = live
                    .iter()
                    .find(|l| l.id == p.id)
                    .map(|l| l.keys().into_iter().map(str::to_string).collect())
                    .unwrap_or_default();
                let saved = self.settings.provider(p);
                Listed {
                    provider: p.stem,
                    id: p.id,
                    name: p.name,
                    keys: live_keys.iter().map(|k| providers::mask(k)).collect(),
                    models: saved.models.clone(),
                    in_sync: saved.keys == live_keys,
                }
            })
            .collect())
    }

    /// Whether a configured provider serves `model` (else a rule for it routes nowhere).
    pub fn covers(&self, model: &str) -> bool {
        let Ok(proxy) = self.doc(AI_PROXY) else {
            return true;
        };
        gwconfig::live_providers(proxy)
            .iter()
            .filter(|lp| !lp.keys().is_empty())
            .filter_map(|lp| providers::by_id(&lp.id))
            .any(|p| providers::model_match(&self.settings.provider(p).models).covers(model))
    }

    fn saved_default_model(&self) -> String {
        self.settings
            .auto_routing_default_model()
            .unwrap_or(DEFAULT_AUTO_ROUTING_MODEL)
            .to_string()
    }

    fn settings_mut(&mut self) -> &mut Settings {
        self.settings_changed = true;
        &mut self.settings
    }

    // -- providers -----------------------------------------------------------------------

    /// Give `p` these credentials and settings: its ai-proxy entry, registry, route and
    /// ingress, and `default.cfg`.
    pub fn set_provider(
        &mut self,
        p: &'static Provider,
        input: &ProviderInput,
    ) -> Result<ProviderChange> {
        if let Some(other) = p.excludes() {
            if self.is_configured(other) {
                return Err(fail_hint(
                    providers::exclusive_conflict(),
                    format!(
                        "remove it first: `get-ai-gateway config remove --provider {}`",
                        other.stem
                    ),
                ));
            }
        }
        self.doc(AI_PROXY)?;
        self.settings_mut().apply(p, input);
        let state = self.settings.provider(p);
        let created = self.apply_state(&state, input.models.is_some())?;
        self.sync_key_rules()?;
        Ok(ProviderChange { state, created })
    }

    /// Make the live config use `state`; true when the provider entry was created.
    fn apply_state(&mut self, state: &ProviderState, models_changed: bool) -> Result<bool> {
        let p = state.provider;
        let created = gwconfig::upsert_provider(self.doc_mut(AI_PROXY)?, state);
        let cm = configmap_path(p.id);
        let (old_ingress, old_configmap) = (
            self.doc(&ingress_path(p.id)).ok().cloned(),
            self.doc(&cm).ok().cloned(),
        );
        if created || models_changed || !self.exists(&cm) {
            self.set_doc(cm, Some(gwconfig::route_configmap(p, &state.models)));
        }
        let ing = ingress_path(p.id);
        let upstream_given = p
            .extras
            .iter()
            .any(|e| e.kind != ExtraKind::KeySecret && state.extra(e.var).is_some());
        if created || models_changed || upstream_given || !self.exists(&ing) {
            self.set_doc(ing, Some(gwconfig::route_ingress(state)));
        }
        self.keep_route_extras(p.id, old_ingress, old_configmap)?;
        if self.doc(MCP_BRIDGE).is_ok() {
            gwconfig::upsert_registry(self.doc_mut(MCP_BRIDGE)?, state);
        }
        Ok(created)
    }

    /// Clear extra settings of `p` (by `default.cfg` variable): gone from default.cfg and
    /// from its ai-proxy entry (one with a default gets it back), and its route, Ingress and
    /// registry made again from what is left.
    pub fn clear_extras(&mut self, p: &'static Provider, vars: &[String]) -> Result<()> {
        self.doc(AI_PROXY)?;
        self.settings_mut().clear_extras(p, vars);
        let state = self.settings.provider(p);
        gwconfig::clear_provider_fields(self.doc_mut(AI_PROXY)?, p, vars);
        self.apply_state(&state, true)?;
        Ok(())
    }

    /// Take `p`'s credentials away: a provider the template always has gets its placeholder
    /// back; one this tool created loses its entry, route, ingress and registry.
    pub fn remove_provider(&mut self, p: &'static Provider) -> Result<()> {
        let in_settings = self.settings.provider(p).configured();
        if !live_configured(self.doc(AI_PROXY)?, p) && !in_settings {
            return Err(fail_hint(
                format!("{} has no API key configured", p.name),
                "see the configured providers with `get-ai-gateway config list`",
            ));
        }
        self.remove_fallback(p.id)?;
        self.drop_fallbacks_to(p.id)?;
        gwconfig::resilience::set_retry(self.doc_mut(AI_PROXY)?, p.id, None);
        gwconfig::resilience::set_failover(self.doc_mut(AI_PROXY)?, p.id, None);
        if p.always {
            gwconfig::reset_provider(self.doc_mut(AI_PROXY)?, p);
        } else {
            gwconfig::remove_provider(self.doc_mut(AI_PROXY)?, p.id);
            self.set_doc(configmap_path(p.id), None);
            self.set_doc(ingress_path(p.id), None);
            if self.doc(MCP_BRIDGE).is_ok() {
                gwconfig::remove_registry(self.doc_mut(MCP_BRIDGE)?, p.id);
            }
        }
        let mut settings = self.settings.clone();
        if settings.clear(p) {
            *self.settings_mut() = settings;
        }
        self.sync_key_rules()
    }

    /// The AI routes key-auth's rules name (see `keyscope`): the providers' routes, and the
    /// fallback routes whose Ingress exists (or, when this model did not read it, that
    /// key-auth has a rule for already).
    pub fn key_routes(&self) -> Result<keyscope::Routes> {
        let auth = match self
            .docs
            .get(&keyauth::path())
            .and_then(|d| d.value.as_ref())
        {
            Some(Ok(v)) => v,
            _ => &Value::Null,
        };
        Ok(keyscope::Routes::of(self.doc(AI_PROXY)?, auth, |id| {
            self.docs
                .get(&fallback_ingress_path(id))
                .map(|d| d.value.is_some())
        }))
    }

    /// key-auth's rules in step with the AI routes, when keys are scoped (see `keyscope`).
    fn sync_key_rules(&mut self) -> Result<()> {
        let path = keyauth::path();
        let Some(Some(Ok(auth))) = self.docs.get(&path).map(|d| d.value.as_ref()) else {
            return Ok(());
        };
        let mut auth = auth.clone();
        keyscope::sync(&mut auth, &self.key_routes()?)?;
        if self.doc(&path)? != &auth {
            *self.doc_mut(&path)? = auth;
        }
        Ok(())
    }

    /// After the first start: make the live config hold exactly what `settings` says for
    /// every configured provider (the image's template cannot carry every value verbatim).
    pub fn reconcile_to(&mut self, settings: &Settings) -> Result<()> {
        let wanted: Vec<ProviderState> = settings
            .providers()
            .chain(compatible::saved(settings).map(|p| settings.provider(p)))
            .filter(ProviderState::configured)
            .collect();
        if wanted.is_empty() {
            return Ok(());
        }
        match self.docs.get(AI_PROXY).and_then(|d| d.value.as_ref()) {
            Some(Ok(_)) => {}
            // The template pasted a value it could not quote: rebuild the file in its known
            // shape, with every provider the template sets up.
            Some(Err(_)) => self.set_doc(AI_PROXY.to_string(), Some(skeleton_for(settings))),
            None => return Err(fail(format!("{AI_PROXY} was not created by the gateway"))),
        }
        for state in &wanted {
            self.apply_state(state, false)?;
        }
        self.sync_key_rules()
    }

    // -- auto-routing --------------------------------------------------------------------

    /// `start`'s auto-routing: `requested` (from --auto-routing, with its default model)
    /// turns it on in `default.cfg`; then the model-router follows `default.cfg`. Returns the
    /// default model when the router had to change.
    pub fn apply_start_routing(
        &mut self,
        requested: Option<Option<&str>>,
    ) -> Result<Option<String>> {
        if !self.settings_exists {
            return Ok(None);
        }
        if let Some(flag_model) = requested {
            let model = flag_model.map_or_else(|| self.saved_default_model(), str::to_string);
            self.settings_mut().set_auto_routing(true, Some(&model));
        }
        if !self.settings.auto_routing() || !self.exists(MODEL_ROUTER) {
            return Ok(None);
        }
        let model = self.saved_default_model();
        let live = self.auto_routing()?;
        if live.enable && live.default_model.as_deref() == Some(model.as_str()) {
            return Ok(None);
        }
        gwconfig::set_auto_routing(self.doc_mut(MODEL_ROUTER)?, true, Some(&model), &model);
        Ok(Some(model))
    }

    /// Switch auto-routing on or off (`default_model` replaces the default when given).
    /// Returns the default model now in force.
    pub fn set_auto_routing(
        &mut self,
        enable: bool,
        default_model: Option<&str>,
    ) -> Result<Option<String>> {
        let fallback = self.saved_default_model();
        gwconfig::set_auto_routing(
            self.doc_mut(MODEL_ROUTER)?,
            enable,
            default_model,
            &fallback,
        );
        let now = self.auto_routing()?;
        if self.settings_exists {
            self.settings_mut()
                .set_auto_routing(enable, now.default_model.as_deref());
        }
        Ok(now.default_model)
    }

    /// Insert a rule at `position` (or append). A missing autoRouting block is created,
    /// enabled, with `default_model` (else the saved one, else the built-in default).
    pub fn add_rule(
        &mut self,
        rule: Rule,
        position: Option<usize>,
        default_model: Option<&str>,
    ) -> Result<RuleAdded> {
        let before = self.auto_routing()?;
        if let Some(pos) = position.filter(|p| *p > before.rules.len()) {
            return Err(fail(format!(
                "--position {pos} is out of range: use 0 to {}",
                before.rules.len()
            )));
        }
        let covered = self.covers(&rule.model);
        let default_model =
            default_model.map_or_else(|| self.saved_default_model(), str::to_string);
        let id = gwconfig::add_rule(self.doc_mut(MODEL_ROUTER)?, rule, position, &default_model);
        if !before.present && self.settings_exists {
            self.settings_mut()
                .set_auto_routing(true, Some(&default_model));
        }
        Ok(RuleAdded {
            id,
            created_block: !before.present,
            covered,
            disabled: before.present && !before.enable,
        })
    }

    /// Remove rule `id`, or say which ids exist.
    pub fn remove_rule(&mut self, id: usize) -> Result<Rule> {
        let count = self.auto_routing()?.rules.len();
        let removed = gwconfig::remove_rule(self.doc_mut(MODEL_ROUTER)?, id);
        removed.ok_or_else(|| {
            let valid = match count {
                0 => "there are no rules".to_string(),
                n => format!("valid ids are 0 to {}", n - 1),
            };
            fail_hint(
                format!("rule id {id} does not exist: {valid}"),
                "list them with `get-ai-gateway route list`",
            )
        })
    }

    // -- writing -------------------------------------------------------------------------

    /// The files that changed, rendered. `default.cfg` is written only where it exists.
    pub fn writes(&self) -> Result<Vec<Write>> {
        let mut out = Vec::new();
        for (path, doc) in self.docs.iter().filter(|(_, d)| d.changed) {
            match &doc.value {
                // Same value as read: not a change (keeps comments, avoids a reload).
                Some(Ok(v)) if doc.original.as_ref() == Some(v) => {}
                Some(Ok(v)) => out.push(Write::Put {
                    path: path.clone(),
                    text: gwconfig::render(v)?,
                }),
                Some(Err(_)) => {}
                None => out.push(Write::Delete { path: path.clone() }),
            }
        }
        let settings_differ = self.settings_text.as_deref() != Some(&self.settings.render());
        if self.settings_changed && self.settings_exists && settings_differ {
            out.push(Write::Put {
                path: SETTINGS.to_string(),
                text: self.settings.render(),
            });
        }
        Ok(out)
    }
}

/// Whether `p` has a real credential in this ai-proxy document.
fn live_configured(proxy: &Value, p: &Provider) -> bool {
    let live = gwconfig::live_providers(proxy);
    if live.iter().any(|l| l.id == p.id && !l.keys().is_empty()) {
        return true;
    }
    if p.alt_credentials.is_empty() {
        return false;
    }
    // Providers without a key: their credential fields are set and not placeholders.
    let entry = proxy["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .and_then(|list| list.iter().find(|e| e["id"].as_str() == Some(p.id)));
    entry.is_some_and(|e| {
        p.alt_credentials
            .iter()
            .filter_map(|v| p.extra(v))
            .all(|x| {
                e[x.field]
                    .as_str()
                    .is_some_and(|s| !s.is_empty() && !s.starts_with("YOUR_"))
            })
    })
}

/// An ai-proxy document in the template's shape, with every provider the template sets up
/// for these settings.
fn skeleton_for(settings: &Settings) -> Value {
    let mut doc = gwconfig::ai_proxy_skeleton();
    for state in settings.providers() {
        let p = state.provider;
        let template_has = match p.excludes() {
            Some(other) => !settings.provider(other).configured(),
            None => p.always,
        };
        if template_has || state.configured() {
            gwconfig::upsert_provider(&mut doc, &state);
        }
    }
    doc
}

#[cfg(test)]
mod tests;
