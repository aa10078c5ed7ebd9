//! Scoped gateway keys: which AI routes each key may use. No I/O.
//!
//! key-auth decides by its `matchRules` (its README, "Global Configuration for Authentication
//! and Granular Route Authorization"): with `global_auth: true`, a route without a rule admits
//! every consumer, and a route with a rule `{ingress: [<route>], config: {allow: [...]}}`
//! admits only the consumers it lists. So:
//!
//! - every key `all` (the default): no rule at all, the file stays as it was before scopes;
//! - some key scoped: one rule per AI route (`ai-route-<id>.internal`, one per ai-proxy
//!   entry), listing the keys that may use it, in the order of the consumers;
//! - a route that no key may use: the plugin refuses an empty `allow` ("allow cannot be
//!   empty"), and no rule would admit every key, so its rule allows [`NOBODY`], a name no key
//!   can have (see `keyauth::check_name`): every key gets 403 there;
//! - a provider with a fallback route (`ai-route-<id>.fallback.internal`, written by
//!   `config fallback`) gets the same rule on it: the redirect also fires on key-auth's own
//!   403, so without it a key refused on the provider would be served by its fallback;
//! - rules follow the switch: `configDisable` is true while keys are off, so no rule enforces
//!   with an empty global part (the controller's rule, issue 27).
//!
//! Which providers a key was given is kept in the plugin's own metadata (annotation
//! [`SCOPES`], JSON `{"<key>": ["<provider id>", ...]}`; a key absent from it is `all`), so a
//! provider configured later gets its rule from the same transaction that makes its route.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::domain::live::gwconfig;
use crate::domain::live::gwconfig::fallback::fallback_route_name;
use crate::domain::live::keyauth::{self, State};
use crate::domain::live::keyrate::{self, Rate};
use crate::domain::providers;

pub use crate::domain::live::keyauth::Providers;
use crate::error::{fail, fail_hint};

/// The annotation of key-auth's WasmPlugin that keeps the scopes.
pub const SCOPES: &str = "get-ai-gateway.higress.io/key-providers";
/// The name in the `allow` list of a route that no key may use (no key can be named so).
pub const NOBODY: &str = "(no key)";
const ROUTE_PREFIX: &str = "ai-route-";
const ROUTE_SUFFIX: &str = ".internal";

impl Providers {
    pub fn allows(&self, id: &str) -> bool {
        match self {
            Providers::All => true,
            Providers::Only(ids) => ids.contains(id),
        }
    }
}

impl std::fmt::Display for Providers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Providers::All => f.write_str("all"),
            Providers::Only(ids) => f.write_str(&ids.iter().cloned().collect::<Vec<_>>().join(",")),
        }
    }
}

/// JSON: `"all"` or a list of provider ids.
impl serde::Serialize for Providers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Providers::All => s.serialize_str("all"),
            Providers::Only(ids) => s.collect_seq(ids),
        }
    }
}

/// The route key-auth's rules name for provider `id`.
pub fn route_name(id: &str) -> String {
    format!("{ROUTE_PREFIX}{id}{ROUTE_SUFFIX}")
}

/// The provider id of a route this module writes rules for.
pub fn route_id(route: &str) -> Option<&str> {
    route
        .strip_prefix(ROUTE_PREFIX)?
        .strip_suffix(ROUTE_SUFFIX)
        .filter(|id| !id.is_empty())
}

/// The providers that have an AI route: every entry of ai-proxy (the image's template and
/// `config add` make a route for each), in its order.
pub fn route_ids(ai_proxy: &Value) -> Vec<String> {
    gwconfig::live_providers(ai_proxy)
        .into_iter()
        .map(|p| p.id)
        .collect()
}

/// The AI routes key-auth's rules are written for: each provider's route (`ids`, in
/// ai-proxy's order) and the fallback route of the providers in `fallbacks`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Routes {
    pub ids: Vec<String>,
    pub fallbacks: BTreeSet<String>,
}

/// Provider routes only, no fallback.
impl From<Vec<String>> for Routes {
    fn from(ids: Vec<String>) -> Routes {
        Routes {
            ids,
            fallbacks: BTreeSet::new(),
        }
    }
}

impl Routes {
    /// The routes of ai-proxy's providers. `fallback(id)` tells whether the fallback Ingress
    /// of `id` exists: `Some(true|false)` when its file was read, `None` when it was not.
    /// Then the fallback route is kept when key-auth has a rule for it already, so a
    /// transaction that did not read a file neither drops nor invents its rule.
    pub fn of(ai_proxy: &Value, auth: &Value, fallback: impl Fn(&str) -> Option<bool>) -> Routes {
        let ids = route_ids(ai_proxy);
        let fallbacks = ids
            .iter()
            .filter(|id| fallback(id).unwrap_or_else(|| has_rule(auth, &fallback_route_name(id))))
            .cloned()
            .collect();
        Routes { ids, fallbacks }
    }

    /// Whether provider `id` has a route.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }
}

/// Whether key-auth has a rule naming `route`.
fn has_rule(auth: &Value, route: &str) -> bool {
    rule_of(auth, route).is_some()
}

/// The first rule of key-auth naming `route`: its `allow` list and whether it is switched
/// off (`configDisable`).
pub fn rule_of(auth: &Value, route: &str) -> Option<(Vec<String>, bool)> {
    let rule = auth["spec"]["matchRules"].as_sequence()?.iter().find(|r| {
        r["ingress"]
            .as_sequence()
            .is_some_and(|l| l.iter().any(|i| i.as_str() == Some(route)))
    })?;
    let allow = rule["config"]["allow"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|a| a.as_str().map(str::to_string))
        .collect();
    Some((allow, rule["configDisable"].as_bool() == Some(true)))
}

/// The consumers' names, in their order.
pub fn names(auth: &Value) -> Vec<String> {
    auth["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect()
}

/// The keys that are scoped, with their providers (keys that are `all` are absent).
pub fn scopes(auth: &Value) -> BTreeMap<String, BTreeSet<String>> {
    auth["metadata"]["annotations"][SCOPES]
        .as_str()
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default()
}

/// The providers of key `name`.
pub fn providers_of(auth: &Value, name: &str) -> Providers {
    scopes(auth)
        .remove(name)
        .map_or(Providers::All, Providers::Only)
}

/// Whether some key is scoped.
pub fn scoped(auth: &Value) -> bool {
    let names = names(auth);
    scopes(auth).keys().any(|k| names.contains(k))
}

fn write_scopes(auth: &mut Value, scopes: &BTreeMap<String, BTreeSet<String>>) {
    let meta = gwconfig::mapping_at(auth, &["metadata"]);
    if scopes.is_empty() {
        if let Some(a) = meta.get_mut("annotations").and_then(Value::as_mapping_mut) {
            a.shift_remove(SCOPES);
        }
        return;
    }
    let text = serde_json::to_string(scopes).unwrap_or_default();
    let annotations = meta
        .entry(gwconfig::key("annotations"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if let Some(a) = annotations.as_mapping_mut() {
        a.insert(gwconfig::key(SCOPES), Value::String(text));
    }
}

/// Refuse a provider that has no route and is not in the table (a typo, or an
/// OpenAI-compatible server not added yet). Table providers may be named before they are
/// configured: their rule comes with their route.
fn check_known(providers: &Providers, routes: &Routes) -> Result<()> {
    if let Providers::Only(ids) = providers {
        let unknown = ids
            .iter()
            .find(|id| !routes.contains(id) && providers::table::listed(id).is_none());
        if let Some(id) = unknown {
            return Err(fail_hint(
                format!("the gateway has no provider {id}"),
                "see them with `get-ai-gateway config list`; an OpenAI-compatible server needs                  `config add --provider openai-compatible --name NAME` first",
            ));
        }
    }
    Ok(())
}

/// Give key `name` these providers, then bring the rules in step with `routes`.
pub fn set_providers(
    auth: &mut Value,
    name: &str,
    providers: Providers,
    routes: &Routes,
) -> Result<()> {
    if !names(auth).iter().any(|n| n == name) {
        return Err(fail_hint(
            format!("no gateway key is named {name}"),
            "see them with `get-ai-gateway keys list`",
        ));
    }
    if providers == Providers::Only(BTreeSet::new()) {
        return Err(fail("--providers needs at least one provider, or `all`"));
    }
    let mut all = scopes(auth);
    match providers {
        Providers::All => all.remove(name),
        Providers::Only(ids) => all.insert(name.to_string(), ids),
    };
    write_scopes(auth, &all);
    sync(auth, routes)
}

/// Forget the scope of a key that is gone, then bring the rules in step with `routes`.
pub fn forget(auth: &mut Value, name: &str, routes: &Routes) -> Result<()> {
    let mut all = scopes(auth);
    all.remove(name);
    write_scopes(auth, &all);
    sync(auth, routes)
}

/// The rules the scopes call for: (route, allowed keys), one per provider route in `routes`'
/// order, each followed by its fallback route's (the same keys) when it has one; none when no
/// key is scoped.
pub fn wanted_rules(auth: &Value, routes: &Routes) -> Vec<(String, Vec<String>)> {
    if !scoped(auth) {
        return Vec::new();
    }
    let names = names(auth);
    let scopes = scopes(auth);
    let mut out = Vec::new();
    for id in &routes.ids {
        let mut allow: Vec<String> = names
            .iter()
            .filter(|n| scopes.get(*n).is_none_or(|ids| ids.contains(id)))
            .cloned()
            .collect();
        if allow.is_empty() {
            allow.push(NOBODY.to_string());
        }
        let fallback = routes
            .fallbacks
            .contains(id)
            .then(|| (fallback_route_name(id), allow.clone()));
        out.push((route_name(id), allow));
        out.extend(fallback);
    }
    out
}

/// Whether a rule is one of ours: it names AI routes (and their fallback routes) only, by
/// ingress.
fn is_ours(rule: &Value) -> bool {
    let Some(list) = rule["ingress"].as_sequence() else {
        return false;
    };
    !list.is_empty()
        && list.iter().all(|r| r.as_str().and_then(route_id).is_some())
        && rule.get("domain").is_none()
        && rule.get("service").is_none()
}

/// Rewrite key-auth's rules for the AI routes and their fallback routes from the consumers
/// and scopes; rules of other routes or domains are kept, first. No rule left: no
/// `matchRules`. A fallback route not in `routes.fallbacks` loses its rule.
pub fn sync(auth: &mut Value, routes: &Routes) -> Result<()> {
    let enabled = keyauth::state(auth).enabled;
    let wanted = wanted_rules(auth, routes);
    let spec = auth
        .get_mut("spec")
        .and_then(Value::as_mapping_mut)
        .ok_or_else(|| fail(format!("{} has no spec", keyauth::path())))?;
    let mut rules: Vec<Value> = match spec.get("matchRules") {
        Some(Value::Sequence(list)) => list.iter().filter(|r| !is_ours(r)).cloned().collect(),
        _ => Vec::new(),
    };
    for (route, allow) in wanted {
        let mut config = Mapping::new();
        config.insert(
            gwconfig::key("allow"),
            Value::Sequence(allow.into_iter().map(Value::String).collect()),
        );
        let mut rule = Mapping::new();
        rule.insert(
            gwconfig::key("ingress"),
            Value::Sequence(vec![Value::String(route)]),
        );
        rule.insert(gwconfig::key("configDisable"), Value::Bool(!enabled));
        rule.insert(gwconfig::key("config"), Value::Mapping(config));
        rules.push(Value::Mapping(rule));
    }
    if rules.is_empty() {
        spec.shift_remove("matchRules");
    } else {
        spec.insert(gwconfig::key("matchRules"), Value::Sequence(rules));
    }
    Ok(())
}

/// What one `keys` change reads and writes: key-auth, key-rate-limit and the AI routes
/// (provider ids, from ai-proxy, and which have a fallback Ingress). Every operation leaves
/// the rules and the rates in step.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFiles {
    pub auth: Value,
    pub rate: Value,
    pub routes: Routes,
}

/// What `keys add` and `keys set` may change besides the key itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyChange {
    /// `None`: keep (on `add`: `all`).
    pub providers: Option<Providers>,
    /// `None`: keep; `Some(None)`: no limit.
    pub rate: Option<Option<Rate>>,
}

impl KeyFiles {
    fn on(&self) -> bool {
        keyauth::state(&self.auth).enabled
    }

    /// A new key `name` whose clients send `Bearer <key>`, with its scope and rate.
    pub fn add(&mut self, name: &str, key: &str, change: &KeyChange) -> Result<()> {
        keyauth::add(&mut self.auth, name, key)?;
        self.set(name, change)
    }

    /// Change the providers and the rate of key `name`.
    pub fn set(&mut self, name: &str, change: &KeyChange) -> Result<()> {
        if let Some(p) = &change.providers {
            check_known(p, &self.routes)?;
        }
        let providers = change
            .providers
            .clone()
            .unwrap_or_else(|| providers_of(&self.auth, name));
        set_providers(&mut self.auth, name, providers, &self.routes)?;
        if let Some(rate) = change.rate {
            let on = self.on();
            keyrate::set(&mut self.rate, name, rate, on)?;
        }
        Ok(())
    }

    /// Remove key `name` from the consumers, every rule and the rates. True when it was the
    /// last and keys were on (then they are off).
    pub fn remove(&mut self, name: &str) -> Result<bool> {
        let off = keyauth::remove(&mut self.auth, name)?;
        forget(&mut self.auth, name, &self.routes)?;
        let on = self.on();
        keyrate::set(&mut self.rate, name, None, on)?;
        Ok(off)
    }

    /// Keys on or off: the default config, every rule and the rates together.
    pub fn set_enabled(&mut self, on: bool) -> Result<()> {
        keyauth::set_enabled(&mut self.auth, on)?;
        sync(&mut self.auth, &self.routes)?;
        keyrate::set_enabled(&mut self.rate, on);
        Ok(())
    }

    /// Bring the rules in step with the routes (after a provider came or went).
    pub fn sync(&mut self) -> Result<()> {
        sync(&mut self.auth, &self.routes)
    }

    /// The keys as `keys list` shows them: masked, with providers and rate.
    pub fn state(&self) -> State {
        describe(&self.auth, &self.rate)
    }
}

/// key-auth's state with each key's providers and rate (`rate`: key-rate-limit's document,
/// `Value::Null` when absent).
pub fn describe(auth: &Value, rate: &Value) -> State {
    let mut st = keyauth::state(auth);
    st.scoped = scoped(auth);
    for c in &mut st.consumers {
        c.providers = providers_of(auth, &c.name);
        c.rate = keyrate::rate_of(rate, &c.name);
    }
    st
}

/// What key-auth does with a request on `route` that carries the key of consumer `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The plugin does not act on the route: no key is needed.
    Open,
    Admitted,
    /// 403 "Unauthorized consumer" (or, with an empty global part, no consumer at all).
    Refused,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Open => "open",
            Verdict::Admitted => "admitted",
            Verdict::Refused => "refused",
        })
    }
}

/// key-auth's decision, as its README and the controller state it: the plugin is installed
/// when the default config is on or some rule is; a rule naming the route decides by its
/// `allow`; without one, `global_auth: true` admits every consumer and `false` leaves it open.
pub fn verdict(auth: &Value, route: &str, name: &str) -> Verdict {
    let spec = &auth["spec"];
    let default_on = spec["defaultConfigDisable"].as_bool() == Some(false);
    let rules: Vec<&Value> = spec["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter(|r| r["configDisable"].as_bool() != Some(true))
        .collect();
    if !default_on && rules.is_empty() {
        return Verdict::Open;
    }
    let rule = rules.iter().find(|r| {
        r["ingress"]
            .as_sequence()
            .is_some_and(|l| l.iter().any(|i| i.as_str() == Some(route)))
    });
    let known = default_on && names(auth).iter().any(|n| n == name);
    match rule {
        Some(r) => {
            let allowed = r["config"]["allow"]
                .as_sequence()
                .is_some_and(|l| l.iter().any(|a| a.as_str() == Some(name)));
            if known && allowed {
                Verdict::Admitted
            } else {
                Verdict::Refused
            }
        }
        None if !default_on => Verdict::Open,
        None if spec["defaultConfig"]["global_auth"].as_bool() == Some(true) => {
            if known {
                Verdict::Admitted
            } else {
                Verdict::Refused
            }
        }
        None => Verdict::Open,
    }
}

/// A Markdown table of (route, key) → verdict, rows in `routes`' order (a fallback route
/// after its provider's).
pub fn table(auth: &Value, routes: &Routes) -> String {
    let mut names = names(auth);
    let mut header = names.join(" | ");
    if names.is_empty() {
        header = "a request with no known key".to_string();
        names.push(String::new());
    }
    let mut out = format!("| route | {header} |\n|---|");
    out.push_str(&"---|".repeat(names.len()));
    let fallback = |id: &String| {
        routes
            .fallbacks
            .contains(id)
            .then(|| fallback_route_name(id))
    };
    let rows = routes
        .ids
        .iter()
        .flat_map(|id| std::iter::once(route_name(id)).chain(fallback(id)));
    for route in rows {
        out.push_str(&format!("\n| `{route}` |"));
        for n in &names {
            out.push_str(&format!(" {} |", verdict(auth, &route, n)));
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests;
