//! The plan: the file (its references resolved) and the live state → the ordered changes,
//! rendered Terraform-style with masked secrets, and their application to the live model
//! and to the key-auth plugin (both in the one transaction the command opens).

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

use super::{Desired, ProviderSpec, RoutingSpec, RuleSpec, StartSpec};
use crate::domain::live::LiveConfig;
use crate::domain::live::gwconfig::{AutoRouting, Rule};
use crate::domain::live::keyauth;
use crate::domain::providers::settings::ProviderInput;
use crate::domain::providers::{self, mask};
use crate::error::{fail, fail_hint};

/// A configured provider as the gateway has it (keys not masked).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CurrentProvider {
    pub keys: Vec<String>,
    pub models: String,
    pub extras: BTreeMap<String, String>,
    /// default.cfg holds the keys the gateway runs with.
    pub in_sync: bool,
}

/// What the gateway has, as the plan compares it.
#[derive(Debug, Clone)]
pub struct Current {
    /// Configured providers (the table's and the compatible servers) by ai-proxy id.
    pub providers: BTreeMap<String, CurrentProvider>,
    pub routing: AutoRouting,
    pub keys_required: bool,
    /// Gateway keys by name (not masked).
    pub keys: BTreeMap<String, String>,
    /// The console password this tool keeps, when it holds one.
    pub console_password: Option<String>,
    /// The container's settings, when it exists.
    pub start: Option<StartSpec>,
}

impl Current {
    /// From the live model and the key-auth plugin (Null when absent).
    pub fn of(live: &LiveConfig, keyauth_doc: &Value) -> Result<Current> {
        let mut providers = BTreeMap::new();
        for l in live.providers()? {
            let Some(p) = providers::by_id(l.id) else {
                continue;
            };
            let saved = live.settings().map(|s| s.provider(p)).unwrap_or_else(|| {
                crate::domain::providers::settings::Settings::parse("").provider(p)
            });
            providers.insert(
                l.id.to_string(),
                CurrentProvider {
                    keys: saved.keys,
                    models: saved.models,
                    extras: saved.extras,
                    in_sync: l.in_sync,
                },
            );
        }
        let st = keyauth::state(keyauth_doc);
        let keys = st
            .consumers
            .iter()
            .filter_map(|c| Some((c.name.clone(), keyauth::key_of(keyauth_doc, &c.name)?)))
            .collect();
        Ok(Current {
            providers,
            routing: live.auto_routing()?,
            keys_required: st.enabled,
            keys,
            console_password: None,
            start: None,
        })
    }
}

/// One change to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    SetProvider {
        id: String,
        input: ProviderInput,
    },
    /// Removed, or reset to its placeholder for a provider the image always has.
    RemoveProvider {
        id: String,
    },
    SetRules {
        rules: Vec<Rule>,
        default_model: Option<String>,
    },
    SetRouting {
        enable: bool,
        default_model: Option<String>,
    },
    RemoveKey {
        name: String,
    },
    SetKey {
        name: String,
        value: String,
    },
    RequireKeys(bool),
    ConsolePassword(String),
}

/// A line of the plan: `+`, `~` or `-`, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Line {
    pub op: char,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub lines: Vec<Line>,
    /// What the gateway has and the file lacks (removed only with --prune).
    pub kept: Vec<String>,
    /// `start:` differences: left as they are, `upgrade` makes them.
    pub upgrade: Vec<String>,
    /// The container to create first (there is none of this name).
    pub create: Option<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.create.is_none()
    }

    fn line(&mut self, op: char, text: impl Into<String>) {
        self.lines.push(Line {
            op,
            text: text.into(),
        });
    }

    /// Terraform-style: one line per change, then what is kept and what needs `upgrade`.
    pub fn render(&self) -> String {
        let mut out: Vec<String> = self
            .create
            .iter()
            .map(|n| format!("+ gateway container {n} (as `start --non-interactive` makes it)"))
            .collect();
        out.extend(self.lines.iter().map(|l| format!("{} {}", l.op, l.text)));
        out.extend(
            self.kept
                .iter()
                .map(|k| format!("  {k} kept (not in the file)")),
        );
        out.extend(
            self.upgrade
                .iter()
                .map(|u| format!("! {u}: needs `upgrade` (left as it is)")),
        );
        out.join("\n")
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "changes": self.lines,
            "kept": self.kept,
            "needsUpgrade": self.upgrade,
            "create": self.create,
        })
    }
}

fn label(id: &str) -> String {
    match id.strip_prefix(crate::domain::providers::compatible::ID_PREFIX) {
        Some(name) => format!("openai-compatible {name}"),
        None => format!("provider {}", providers::by_id(id).map_or(id, |p| p.stem)),
    }
}

/// The plan that makes `current` what `desired` (references resolved) says.
pub fn plan(desired: &Desired, current: &Current, prune: bool) -> Result<Plan> {
    let mut plan = Plan::default();
    for section in [&desired.providers, &desired.compatible] {
        if let Some(map) = section {
            let compat = std::ptr::eq(section, &desired.compatible);
            providers_plan(&mut plan, map, current, prune, compat)?;
        }
    }
    if let Some(r) = &desired.auto_routing {
        routing_plan(&mut plan, r, &current.routing);
    }
    if let Some(k) = &desired.gateway_keys {
        keys_plan(&mut plan, k, current, prune)?;
    }
    if let Some(pw) = desired.console.as_ref().and_then(|c| c.password.as_ref()) {
        let pw = pw.text();
        crate::domain::live::console::check_password(&pw)
            .map_err(|e| fail_hint(format!("console.password: {e}"), "choose another password"))?;
        if current.console_password.as_deref() != Some(pw.as_str()) {
            plan.line('~', "console password");
            plan.changes.push(Change::ConsolePassword(pw));
        }
    }
    if let (Some(want), Some(have)) = (&desired.start, &current.start) {
        plan.upgrade = start_diff(want, have);
    }
    Ok(plan)
}

fn input_of(id: &str, spec: &ProviderSpec) -> Result<ProviderInput> {
    let field = label(id);
    let mut keys = Vec::new();
    for k in &spec.keys {
        let k = k.text();
        providers::validate_secret(&format!("the key of {field}"), &k).map_err(fail)?;
        if k.contains(',') {
            return Err(fail_hint(
                format!("a key of {field} holds a comma"),
                "several keys are a list: keys: [\"${A}\", \"${B}\"]",
            ));
        }
        keys.push(k);
    }
    Ok(ProviderInput {
        key: (!keys.is_empty()).then(|| keys.join(",")),
        models: spec.models.as_ref().map(|m| m.join(",")),
        extras: spec
            .extras
            .iter()
            .map(|(k, v)| (k.clone(), v.text()))
            .collect(),
    })
}

/// What differs between a configured provider and the file's entry (masked).
fn provider_diff(input: &ProviderInput, have: &CurrentProvider) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(key) = &input.key {
        if *key != have.keys.join(",") {
            let m = |k: &str| k.split(',').map(mask).collect::<Vec<_>>().join(",");
            out.push(format!("key {} → {}", m(&have.keys.join(",")), m(key)));
        }
    }
    if let Some(models) = &input.models {
        if *models != have.models {
            out.push(format!("models {} → {models}", have.models));
        }
    }
    for (var, v) in &input.extras {
        if have.extras.get(var) != Some(v) {
            out.push(format!("{} set", var.to_ascii_lowercase()));
        }
    }
    if out.is_empty() && !have.in_sync && input.key.is_some() {
        out.push("key (default.cfg and the running gateway differ)".into());
    }
    out
}

fn providers_plan(
    plan: &mut Plan,
    map: &BTreeMap<String, ProviderSpec>,
    current: &Current,
    prune: bool,
    compat: bool,
) -> Result<()> {
    let prefix = crate::domain::providers::compatible::ID_PREFIX;
    for id in current.providers.keys() {
        if id.starts_with(prefix) != compat || map.contains_key(id) {
            continue;
        }
        let Some(p) = providers::by_id(id) else {
            continue;
        };
        if !prune {
            plan.kept.push(label(id));
        } else {
            let verb = if p.always {
                "reset to its placeholder key"
            } else {
                ""
            };
            plan.line('-', format!("{} {verb}", label(id)).trim_end().to_string());
            plan.changes.push(Change::RemoveProvider { id: id.clone() });
        }
    }
    for (id, spec) in map {
        let input = input_of(id, spec)?;
        let Some(p) = providers::by_id(id) else {
            continue;
        };
        match current.providers.get(id) {
            None => {
                if !input.has_credentials(p) {
                    return Err(fail_hint(
                        format!("{}: no key given", label(id)),
                        "add key: ${VAR} (or the credentials that replace it)",
                    ));
                }
                let keys = input
                    .key
                    .as_deref()
                    .map(|k| k.split(',').map(mask).collect::<Vec<_>>().join(","));
                let detail = keys.map(|k| format!(" (key {k})")).unwrap_or_default();
                plan.line('+', format!("{}{detail}", label(id)));
            }
            Some(have) => {
                let diff = provider_diff(&input, have);
                if diff.is_empty() {
                    continue;
                }
                plan.line('~', format!("{} {}", label(id), diff.join(", ")));
            }
        }
        plan.changes.push(Change::SetProvider {
            id: id.clone(),
            input,
        });
    }
    Ok(())
}

fn routing_plan(plan: &mut Plan, want: &RoutingSpec, have: &AutoRouting) {
    if let Some(rules) = &want.rules {
        let rules: Vec<Rule> = rules
            .iter()
            .map(|RuleSpec { pattern, model }| Rule {
                pattern: pattern.clone(),
                model: model.clone(),
            })
            .collect();
        if rules != have.rules {
            for i in 0..rules.len().max(have.rules.len()) {
                match (have.rules.get(i), rules.get(i)) {
                    (None, Some(n)) => {
                        plan.line('+', format!("rule {i} {} → {}", n.pattern, n.model))
                    }
                    (Some(o), None) => {
                        plan.line('-', format!("rule {i} {} → {}", o.pattern, o.model))
                    }
                    (Some(o), Some(n)) if o.pattern != n.pattern => {
                        plan.line(
                            '~',
                            format!("rule {i} pattern {} → {}", o.pattern, n.pattern),
                        );
                        if o.model != n.model {
                            plan.line('~', format!("rule {i} model {} → {}", o.model, n.model));
                        }
                    }
                    (Some(o), Some(n)) if o.model != n.model => {
                        plan.line('~', format!("rule {i} model {} → {}", o.model, n.model));
                    }
                    _ => {}
                }
            }
            plan.changes.push(Change::SetRules {
                rules,
                default_model: want.default_model.clone(),
            });
        }
    }
    let enable = want
        .enabled
        .unwrap_or(have.enable || (!have.present && want.rules.is_some()));
    let model_differs = want
        .default_model
        .as_ref()
        .is_some_and(|m| have.default_model.as_ref() != Some(m));
    let enable_differs = want.enabled.is_some_and(|e| e != have.enable);
    if enable_differs {
        plan.line(
            '~',
            format!("auto-routing enabled {} → {enable}", have.enable),
        );
    }
    if model_differs {
        let old = have.default_model.as_deref().unwrap_or("(none)");
        let new = want.default_model.as_deref().unwrap_or_default();
        plan.line('~', format!("auto-routing default model {old} → {new}"));
    }
    if enable_differs || model_differs {
        plan.changes.push(Change::SetRouting {
            enable,
            default_model: want.default_model.clone(),
        });
    }
}

fn keys_plan(
    plan: &mut Plan,
    want: &super::KeysSpec,
    current: &Current,
    prune: bool,
) -> Result<()> {
    if let Some(keys) = &want.keys {
        for name in current.keys.keys().filter(|n| !keys.contains_key(*n)) {
            if prune {
                plan.line('-', format!("key {name}"));
                plan.changes.push(Change::RemoveKey { name: name.clone() });
            } else {
                plan.kept.push(format!("key {name}"));
            }
        }
        for (name, v) in keys {
            let value = v.text();
            providers::validate_secret(&format!("gatewayKeys.keys.{name}"), &value)
                .map_err(fail)?;
            match current.keys.get(name) {
                None => plan.line('+', format!("key {name} ({})", mask(&value))),
                Some(old) if *old != value => {
                    plan.line('~', format!("key {name} {} → {}", mask(old), mask(&value)))
                }
                Some(_) => continue,
            }
            plan.changes.push(Change::SetKey {
                name: name.clone(),
                value,
            });
        }
    }
    if let Some(r) = want.required {
        if r != current.keys_required {
            plan.line(
                '~',
                format!("gateway keys required {} → {r}", current.keys_required),
            );
            plan.changes.push(Change::RequireKeys(r));
        }
    }
    Ok(())
}

fn start_diff(want: &StartSpec, have: &StartSpec) -> Vec<String> {
    let mut out = Vec::new();
    let mut cmp = |name: &str, w: Option<String>, h: Option<String>| {
        if let Some(w) = w {
            if Some(&w) != h.as_ref() {
                out.push(format!(
                    "start.{name} {} → {w}",
                    h.unwrap_or_else(|| "(unknown)".into())
                ));
            }
        }
    };
    cmp(
        "image.repo",
        want.image_repo.clone(),
        have.image_repo.clone(),
    );
    cmp("image.tag", want.image_tag.clone(), have.image_tag.clone());
    cmp(
        "dataFolder",
        want.data_folder.clone(),
        have.data_folder.clone(),
    );
    cmp("bind", want.bind.clone(), have.bind.clone());
    let s = |p: Option<u16>| p.map(|p| p.to_string());
    cmp("ports.http", s(want.http), s(have.http));
    cmp("ports.https", s(want.https), s(have.https));
    cmp("ports.console", s(want.console), s(have.console));
    out
}

/// Make the changes of `plan` to the live model (providers, then rules, then the switch).
pub fn apply_live(plan: &Plan, live: &mut LiveConfig) -> Result<()> {
    let provider =
        |id: &str| providers::by_id(id).ok_or_else(|| fail(format!("unknown provider {id}")));
    for c in &plan.changes {
        if let Change::RemoveProvider { id } = c {
            live.remove_provider(provider(id)?)?;
        }
    }
    for c in &plan.changes {
        if let Change::SetProvider { id, input } = c {
            live.set_provider(provider(id)?, input)?;
        }
    }
    for c in &plan.changes {
        match c {
            Change::SetRules {
                rules,
                default_model,
            } => {
                while !live.auto_routing()?.rules.is_empty() {
                    live.remove_rule(0)?;
                }
                for r in rules {
                    live.add_rule(r.clone(), None, default_model.as_deref())?;
                }
            }
            Change::SetRouting {
                enable,
                default_model,
            } => {
                live.set_auto_routing(*enable, default_model.as_deref())?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Make the key changes of `plan` to the key-auth plugin; whether there were any.
pub fn apply_keys(plan: &Plan, doc: &mut Value) -> Result<bool> {
    let mut changed = false;
    for c in &plan.changes {
        match c {
            Change::RemoveKey { name } => {
                keyauth::remove(doc, name)?;
            }
            Change::SetKey { name, value } => {
                if keyauth::key_of(doc, name).is_some() {
                    keyauth::remove(doc, name)?;
                }
                keyauth::add(doc, name, value)?;
            }
            _ => continue,
        }
        changed = true;
    }
    for c in &plan.changes {
        if let Change::RequireKeys(on) = c {
            keyauth::set_enabled(doc, *on)?;
            changed = true;
        }
    }
    Ok(changed)
}

/// The console password the plan sets, when it sets one.
pub fn console_password(plan: &Plan) -> Option<&str> {
    plan.changes.iter().find_map(|c| match c {
        Change::ConsolePassword(p) => Some(p.as_str()),
        _ => None,
    })
}
