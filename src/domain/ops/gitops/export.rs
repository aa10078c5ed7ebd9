//! The running gateway as a Gateway file: what `export --format gateway` writes. Every
//! secret becomes a `${VAR}` reference named after the conventional variable
//! (`DEEPSEEK_API_KEY`, …); the values go to the caller apart, never into the file.

use std::collections::BTreeMap;

use super::plan::Current;
use super::{
    ConsoleSpec, Desired, KeySpec, KeysSpec, ProviderSpec, ResilienceSpec, RoutingSpec, RuleSpec,
    Val,
};
use crate::domain::providers::{self, compatible};

/// The variable a reference names, and the value to set it to.
pub type Var = (String, String);

fn reference(vars: &mut Vec<Var>, name: String, value: &str) -> Val {
    vars.push((name.clone(), value.to_string()));
    Val::Env(name)
}

/// `GATEWAY_KEY_<NAME>`: the name in upper case, other characters as `_`.
pub fn key_var(name: &str) -> String {
    let upper: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("GATEWAY_KEY_{upper}")
}

/// The variable that holds the console password.
pub const CONSOLE_VAR: &str = "CONSOLE_PASSWORD";

/// The gateway keys, each with its providers and rate.
fn keys_of(cur: &Current, vars: &mut Vec<Var>) -> BTreeMap<String, KeySpec> {
    cur.keys
        .iter()
        .map(|(n, v)| {
            let spec = KeySpec {
                value: reference(vars, key_var(n), v),
                providers: cur.key_providers.get(n).cloned().unwrap_or_default(),
                rate: cur.key_rates.get(n).copied(),
                tokens: cur.key_tokens.get(n).cloned().unwrap_or_default(),
                // A balance is spent over time: it is not the file's (see the guide).
                quota: None,
            };
            (n.clone(), spec)
        })
        .collect()
}

/// One configured provider's entry: its keys as references, extras, resilience, fallback.
fn provider_spec(
    p: &'static providers::Provider,
    have: &super::plan::CurrentProvider,
    vars: &mut Vec<Var>,
) -> ProviderSpec {
    let key_var = p.key_var();
    let keys = match have.keys.as_slice() {
        [one] => vec![reference(vars, key_var, one)],
        many => many
            .iter()
            .enumerate()
            .map(|(i, k)| reference(vars, format!("{key_var}_{}", i + 1), k))
            .collect(),
    };
    let mut extras = BTreeMap::new();
    for e in p
        .extras
        .iter()
        .filter(|e| e.kind != providers::ExtraKind::KeySecret)
    {
        let Some(v) = have.extras.get(e.var) else {
            continue;
        };
        let val = if e.secret {
            reference(vars, e.var.to_string(), v)
        } else {
            Val::Lit(v.clone())
        };
        extras.insert(e.var.to_string(), val);
    }
    ProviderSpec {
        keys,
        models: Some(have.models.split(',').map(str::to_string).collect()),
        extras,
        resilience: ResilienceSpec {
            retry: have.resilience.retry.clone(),
            failover: have.resilience.failover.clone(),
            upstream: have.resilience.upstream.clone(),
            fallback: have.fallback.clone(),
        },
    }
}

/// The file of `current`, and the variables its references name, with their values.
pub fn from_current(cur: &Current, name: &str) -> (Desired, Vec<Var>) {
    let mut vars = Vec::new();
    let mut table = BTreeMap::new();
    let mut compat = BTreeMap::new();
    for (id, have) in &cur.providers {
        let Some(p) = providers::by_id(id) else {
            continue;
        };
        let spec = provider_spec(p, have, &mut vars);
        if id.starts_with(compatible::ID_PREFIX) {
            compat.insert(id.clone(), spec);
        } else {
            table.insert(id.clone(), spec);
        }
    }
    let keys = keys_of(cur, &mut vars);
    let console = cur.console_password.as_ref().map(|p| ConsoleSpec {
        password: Some(reference(&mut vars, CONSOLE_VAR.to_string(), p)),
    });
    let r = &cur.routing;
    let desired = Desired {
        name: Some(name.to_string()),
        start: cur.start.clone(),
        providers: Some(table),
        compatible: Some(compat),
        auto_routing: r.present.then(|| RoutingSpec {
            enabled: Some(r.enable),
            default_model: r.default_model.clone(),
            rules: Some(
                r.rules
                    .iter()
                    .map(|x| RuleSpec {
                        pattern: x.pattern.clone(),
                        model: x.model.clone(),
                    })
                    .collect(),
            ),
        }),
        gateway_keys: Some(KeysSpec {
            required: Some(cur.keys_required),
            quotas: cur.quotas.then_some(true),
            keys: Some(keys),
        }),
        console,
        observability: cur
            .tracing
            .as_ref()
            .and_then(|t| t.spec.clone())
            .map(|t| super::ObservabilitySpec { tracing: Some(t) }),
        mcp_servers: cur.mcp.as_ref().map(|m| {
            m.servers
                .keys()
                .filter_map(|n| Some((n.clone(), m.spec_of(n)?)))
                .collect()
        }),
    };
    (desired, vars)
}
