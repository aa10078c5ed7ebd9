//! The plan: the file (its references resolved) and the live state → the ordered changes,
//! rendered Terraform-style with masked secrets, and their application to the live model
//! and to the key-auth plugin (both in the one transaction the command opens).

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

use super::mcp::{self as gmcp, CurrentMcp, McpSpec};
use super::{
    Desired, Fallback, KeySpec, ProviderSpec, ResilienceSpec, RoutingSpec, RuleSpec, StartSpec,
    TokenLimits,
};
use crate::domain::live::gwconfig::resilience::Resilience;
use crate::domain::live::gwconfig::{AutoRouting, Rule};
use crate::domain::live::keyauth;
use crate::domain::live::keyrate::{self, Rate};
use crate::domain::live::keyscope::{self, KeyChange, KeyFiles, Providers};
use crate::domain::live::quota::ADMIN_CONSUMER;
use crate::domain::live::tokenlimit::WINDOWS;
use crate::domain::live::{LiveConfig, ResilienceChange};
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
    /// Retries, failover and upstream retries as the gateway has them.
    pub resilience: Resilience,
    /// The provider's fallback, when it has one.
    pub fallback: Option<Fallback>,
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
    /// The providers of each scoped key (a key absent here may use every provider).
    pub key_providers: BTreeMap<String, Providers>,
    /// The rate of each limited key.
    pub key_rates: BTreeMap<String, Rate>,
    /// The token limits of each limited key (ai-token-ratelimit).
    pub key_tokens: BTreeMap<String, TokenLimits>,
    /// The gateway has a Redis (token limits are counted there).
    pub redis: bool,
    /// That Redis is the container `start --redis` runs beside the gateway (not
    /// `--redis-url`'s).
    pub redis_beside: bool,
    /// What else counts in that Redis (`quotas`, `the SSE MCP server NAME`): read only when
    /// the file says `start.redis: false`.
    pub redis_users: Vec<String>,
    /// Quotas are on (ai-quota's instance is there and enabled).
    pub quotas: bool,
    /// The console password this tool keeps, when it holds one.
    pub console_password: Option<String>,
    /// The container's settings, when it exists.
    pub start: Option<StartSpec>,
    /// higress-config's tracing (read when the file has `observability`, and for export).
    pub tracing: Option<super::observability::CurrentTracing>,
    /// The MCP servers (read when the file has `mcpServers`, and for export).
    pub mcp: Option<CurrentMcp>,
}

impl Current {
    /// From the live model, the key-auth and key-rate-limit plugins (Null when absent).
    pub fn of(live: &LiveConfig, keyauth_doc: &Value, rate_doc: &Value) -> Result<Current> {
        let mut providers = BTreeMap::new();
        let chains = live.chains();
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
                    resilience: live.resilience(l.id),
                    fallback: chains
                        .iter()
                        .find(|c| c.provider == l.id)
                        .map(|c| normal(c.fallback.clone())),
                },
            );
        }
        let mut cur = Current {
            providers,
            routing: live.auto_routing()?,
            keys_required: false,
            keys: BTreeMap::new(),
            key_providers: BTreeMap::new(),
            key_rates: BTreeMap::new(),
            key_tokens: BTreeMap::new(),
            redis: false,
            redis_beside: false,
            redis_users: Vec::new(),
            quotas: false,
            console_password: None,
            start: None,
            tracing: None,
            mcp: None,
        };
        cur.set_keys(keyauth_doc, rate_doc);
        Ok(cur)
    }

    /// The gateway keys, their providers and rates, from key-auth and key-rate-limit. The
    /// tool's quota admin key is not one of them: `gatewayKeys.quotas` makes and removes it.
    pub fn set_keys(&mut self, auth: &Value, rate: &Value) {
        let st = keyauth::state(auth);
        let client = |n: &String| n != ADMIN_CONSUMER;
        self.keys_required = st.enabled;
        self.keys = st
            .consumers
            .iter()
            .filter(|c| client(&c.name))
            .filter_map(|c| Some((c.name.clone(), keyauth::key_of(auth, &c.name)?)))
            .collect();
        self.key_providers = keyscope::scopes(auth)
            .into_iter()
            .filter(|(n, _)| client(n))
            .map(|(n, ids)| (n, Providers::Only(ids)))
            .collect();
        self.key_rates = keyrate::rates(rate)
            .into_iter()
            .filter(|(n, _)| client(n))
            .collect();
    }
}

/// A fallback as the file compares it: its response classes sorted, once each.
fn normal(mut f: Fallback) -> Fallback {
    f.response_codes.sort();
    f.response_codes.dedup();
    f
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
    /// A key added, or its value, providers or rate changed: set exactly.
    SetKey {
        name: String,
        value: String,
        providers: Providers,
        rate: Option<Rate>,
    },
    RequireKeys(bool),
    ConsolePassword(String),
    /// Retries, failover or upstream retries of a provider (`config set`).
    SetResilience {
        id: String,
        change: ResilienceChange,
    },
    /// A provider's fallback set exactly (`config fallback P --to …`).
    SetFallback {
        id: String,
        fallback: Fallback,
    },
    /// A provider's fallback removed (`config fallback P --off`).
    RemoveFallback {
        id: String,
    },
    /// higress-config's `tracing:` and the collector's McpBridge registry.
    Tracing(super::TracingSpec),
    /// A key's token limits, as tokenlimit's request: per window a limit, `Some(0)` to
    /// remove one, None to leave it.
    SetTokens {
        name: String,
        request: TokenLimits,
    },
    /// Extra settings of a provider the file's entry no longer has (by `default.cfg`
    /// variable): cleared, or back to their defaults.
    ClearExtras {
        id: String,
        vars: Vec<String>,
    },
    /// An MCP server written as `mcp add` writes it.
    SetMcp {
        name: String,
        spec: McpSpec,
    },
    /// An MCP server removed as `mcp remove` removes it.
    RemoveMcp {
        name: String,
    },
    /// MCP switched on in higress-config.
    McpOn,
    /// Quotas (ai-quota and the tool's admin key) on or off, as `keys quota enable|disable`.
    Quotas(bool),
    /// A key's initial quota, set through ai-quota's admin path once the files are committed
    /// (`keys quota NAME --set N`); no file changes.
    GrantQuota {
        name: String,
        quota: u64,
    },
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
    /// `start:` image differences: left as they are; `upgrade` (or `apply --recreate`,
    /// through it) makes them.
    pub upgrade: Vec<String>,
    /// `start:` differences of the container's spec (data folder, bind, ports, metrics
    /// port): left as they are; `apply --recreate` makes them, with the image's, in one
    /// recreate through `upgrade`'s machinery.
    pub new_container: Vec<String>,
    /// The container to create first (there is none of this name).
    pub create: Option<String>,
    /// `start.redis` false → true: left as it is (`start --redis` adds Redis).
    pub redis: Vec<String>,
    /// `start.redis` true → false: Redis is left as it is; what still counts in it and how
    /// to stop it (see [`redis_kept`]).
    pub redis_kept: Vec<String>,
    /// The `quota:` of keys that exist: not granted again (a quota is spent over time).
    pub quota_kept: Vec<String>,
    /// Keys with quotas on and no quota after this plan (ai-quota answers 403 to them).
    pub quota_missing: Vec<String>,
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
            self.upgrade.iter().map(|u| {
                format!("! {u}: needs `upgrade` (left as it is; apply --recreate does it)")
            }),
        );
        out.extend(
            self.redis
                .iter()
                .map(|r| format!("! {r}: needs `start --redis` (left as it is)")),
        );
        out.extend(self.redis_kept.iter().map(|r| format!("! {r}")));
        out.extend(self.quota_kept.iter().map(|q| format!("  {q}")));
        out.extend(self.quota_missing.iter().map(|q| format!("! {q}")));
        out.extend(self.new_container.iter().map(|u| {
            format!("! {u}: needs a new container (left as it is; apply --recreate does it)")
        }));
        out.join("\n")
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "changes": self.lines,
            "kept": self.kept,
            "needsUpgrade": self.upgrade,
            "needsNewContainer": self.new_container,
            "needsRedis": self.redis,
            "redisKept": self.redis_kept,
            "quotaKept": self.quota_kept,
            "quotaMissing": self.quota_missing,
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
    check_fallbacks(desired, current, prune)?;
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
    if let Some(want) = &desired.mcp_servers {
        mcp_plan(&mut plan, want, desired, current, prune)?;
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
    if let Some(want) = desired
        .observability
        .as_ref()
        .and_then(|o| o.tracing.as_ref())
    {
        if let Some((op, text)) = super::observability::change(want, current.tracing.as_ref()) {
            plan.line(op, text);
            plan.changes.push(Change::Tracing(want.clone()));
        }
    }
    if let (Some(want), Some(have)) = (&desired.start, &current.start) {
        (plan.upgrade, plan.new_container) = start_diff(want, have);
        match want.redis {
            Some(true) if !current.redis => plan.redis.push("start.redis false → true".into()),
            Some(false) if current.redis => {
                let kept = redis_kept(current, &plan.changes);
                plan.redis_kept.push(kept);
            }
            _ => {}
        }
    }
    check_redis(desired, current, &plan)?;
    Ok(plan)
}

/// `start.redis: false` on a gateway with Redis: no change is made to Redis (the file does
/// not remove it). The line says what still counts in it after this plan (token limits,
/// quotas, SSE MCP servers), and how to stop it once nothing does.
pub fn redis_kept(current: &Current, changes: &[Change]) -> String {
    let mut users = Vec::new();
    let limited = limited_after(current, changes);
    if !limited.is_empty() {
        let noun = if limited.len() == 1 { "key" } else { "keys" };
        users.push(format!("the token limits of {noun} {}", limited.join(", ")));
    }
    // Quotas turned on or off by this plan count, or not, after it.
    let switch = changes.iter().find_map(|c| match c {
        Change::Quotas(on) => Some(*on),
        _ => None,
    });
    let quotas = |u: &&String| !(switch == Some(false) && u.starts_with("quotas"));
    users.extend(current.redis_users.iter().filter(quotas).cloned());
    if switch == Some(true) {
        users.push("quotas (`gatewayKeys.quotas: false`)".to_string());
    }
    let head = "start.redis true → false: left as it is";
    let stop = "`get-ai-gateway redis stop` stops it (its data stays in redis/)";
    let mut text = match (users.as_slice(), current.redis_beside) {
        ([], true) => format!("{head}; {stop}"),
        ([], false) => format!(
            "{head}; the gateway uses a Redis of its own (--redis-url), which this tool \
             neither runs nor stops"
        ),
        (_, beside) => {
            let then = match beside {
                true => ", then `get-ai-gateway redis stop`",
                false => "",
            };
            format!(
                "{head}: {} still count in Redis; remove them first{then}",
                and_list(&users)
            )
        }
    };
    if !current.redis_beside && !users.is_empty() {
        text.push_str(" (the Redis of --redis-url is not this tool's to stop)");
    }
    text
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The keys with a token limit once `changes` are made.
fn limited_after(current: &Current, changes: &[Change]) -> Vec<String> {
    let mut limits = current.key_tokens.clone();
    for change in changes {
        match change {
            Change::SetTokens { name, request } => {
                let have = limits.entry(name.clone()).or_default();
                for w in WINDOWS {
                    match request.get(w) {
                        Some(0) => have.put(w, None),
                        Some(n) => have.put(w, Some(n)),
                        None => {}
                    }
                }
            }
            Change::RemoveKey { name } => {
                limits.remove(name);
            }
            _ => {}
        }
    }
    limits
        .into_iter()
        .filter(|(_, l)| !l.is_empty())
        .map(|(name, _)| name)
        .collect()
}

/// The MCP servers of the file against the gateway's (none read: none there).
fn mcp_plan(
    plan: &mut Plan,
    want: &BTreeMap<String, McpSpec>,
    desired: &Desired,
    current: &Current,
    prune: bool,
) -> Result<()> {
    let empty = CurrentMcp::default();
    let have = current.mcp.as_ref().unwrap_or(&empty);
    let in_file = |k: &str| {
        desired
            .gateway_keys
            .as_ref()
            .and_then(|g| g.keys.as_ref())
            .is_some_and(|keys| keys.contains_key(k))
    };
    let key_known = |k: &str| current.keys.contains_key(k) || in_file(k);
    let cx = gmcp::Context {
        redis_coming: current.start.is_none()
            && desired.start.as_ref().and_then(|s| s.redis) == Some(true),
        key_known: &key_known,
        prune,
    };
    let p = gmcp::plan(want, have, &cx)?;
    for (op, text) in p.lines {
        plan.line(op, text);
    }
    plan.kept.extend(p.kept);
    for (name, spec) in p.set {
        plan.changes.push(Change::SetMcp { name, spec });
    }
    for name in p.remove {
        plan.changes.push(Change::RemoveMcp { name });
    }
    if p.switch_on {
        plan.changes.push(Change::McpOn);
    }
    Ok(())
}

/// The MCP changes of `plan`, made on `files` (`others`: every MCP Ingress file the
/// transaction holds).
pub fn apply_mcp(
    plan: &Plan,
    files: &mut crate::domain::live::mcp::Files,
    others: &[String],
) -> Result<()> {
    let mut p = gmcp::McpPlan::default();
    for c in &plan.changes {
        match c {
            Change::SetMcp { name, spec } => p.set.push((name.clone(), spec.clone())),
            Change::RemoveMcp { name } => p.remove.push(name.clone()),
            Change::McpOn => p.switch_on = true,
            _ => {}
        }
    }
    gmcp::apply(files, &p, others)
}

/// Whether the plan changes MCP servers.
pub fn touches_mcp(plan: &Plan) -> bool {
    plan.changes.iter().any(|c| {
        matches!(
            c,
            Change::SetMcp { .. } | Change::RemoveMcp { .. } | Change::McpOn
        )
    })
}

/// Token limits and quotas are counted in Redis: a plan that sets one on a gateway without
/// Redis (and not about to be created with it) is refused, so nothing is written.
fn check_redis(desired: &Desired, current: &Current, plan: &Plan) -> Result<()> {
    let created_with =
        current.start.is_none() && desired.start.as_ref().and_then(|s| s.redis) == Some(true);
    if quotas_switch(plan) == Some(true) && !current.redis && !created_with {
        return Err(fail_hint(
            "gatewayKeys.quotas: quotas are kept in Redis, and this gateway has none; nothing was changed",
            "run Redis beside it with `get-ai-gateway start --redis` (or point it at one with \
             `start --redis-url redis://...`; or set start.redis: true before the gateway is \
             created), then apply again",
        ));
    }
    let sets = plan.changes.iter().any(|c| match c {
        Change::SetTokens { request, .. } => crate::domain::live::tokenlimit::needs_redis(request),
        _ => false,
    });
    if sets && !current.redis && !created_with {
        return Err(fail_hint(
            "gatewayKeys: token limits are counted in Redis, and this gateway has none; nothing was changed",
            "run Redis beside it with `get-ai-gateway start --redis` (or set start.redis: true \
             before the gateway is created), then apply again",
        ));
    }
    Ok(())
}

/// `1000/minute, 50000/day`, or `none`.
fn tokens_text(l: &TokenLimits) -> String {
    let parts: Vec<String> = WINDOWS
        .iter()
        .filter_map(|w| l.get(*w).map(|n| format!("{n}/{}", w.name())))
        .collect();
    match parts.is_empty() {
        true => "none".to_string(),
        false => parts.join(", "),
    }
}

/// The request that makes `have` into `want`: changed windows set, dropped ones `Some(0)`.
fn tokens_request(want: &TokenLimits, have: &TokenLimits) -> TokenLimits {
    let mut r = TokenLimits::default();
    for w in WINDOWS {
        match (want.get(w), have.get(w)) {
            (Some(n), h) if h != Some(n) => r.put(w, Some(n)),
            (None, Some(_)) => r.put(w, Some(0)),
            _ => {}
        }
    }
    r
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
fn provider_diff(
    p: &'static providers::Provider,
    input: &ProviderInput,
    have: &CurrentProvider,
) -> Vec<String> {
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
            out.push(format!("{} set", extra_field(p, var)));
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
                let mut diff = provider_diff(p, &input, have);
                let (cleared, words) = cleared_extras(p, &input, have)?;
                diff.extend(words);
                if !diff.is_empty() {
                    plan.line('~', format!("{} {}", label(id), diff.join(", ")));
                }
                if diff.is_empty() {
                    resilience_plan(plan, id, &spec.resilience, Some(have), false);
                    continue;
                }
                if !cleared.is_empty() {
                    plan.changes.push(Change::ClearExtras {
                        id: id.clone(),
                        vars: cleared,
                    });
                }
            }
        }
        plan.changes.push(Change::SetProvider {
            id: id.clone(),
            input,
        });
        resilience_plan(plan, id, &spec.resilience, current.providers.get(id), true);
    }
    Ok(())
}

/// The file's name of a provider's extra setting (`serviceUrl`; a compatible server's
/// `baseUrl`).
fn extra_field(p: &'static providers::Provider, var: &str) -> String {
    if p.stem == crate::domain::providers::compatible::STEM {
        return "baseUrl".to_string();
    }
    super::fields::extras(p)
        .find(|(_, e)| e.var == var)
        .map_or_else(|| var.to_ascii_lowercase(), |(name, _)| name)
}

/// The extra settings the gateway has for a provider and its entry in the file lacks (a
/// present entry is the desired state): their variables and the plan's words. One at its
/// default is no difference; one the provider needs is refused, naming the field.
fn cleared_extras(
    p: &'static providers::Provider,
    input: &ProviderInput,
    have: &CurrentProvider,
) -> Result<(Vec<String>, Vec<String>)> {
    let (mut vars, mut words) = (Vec::new(), Vec::new());
    if p.stem == crate::domain::providers::compatible::STEM {
        return Ok((vars, words));
    }
    for (name, e) in super::fields::extras(p) {
        // A mode key (Claude Code's token) is the key the gateway uses: only a key in the
        // file replaces it.
        let has_key = input.key.is_some()
            || (e.kind != providers::ExtraKind::ModeKey && !have.keys.is_empty());
        let Some(v) = have.extras.get(e.var) else {
            continue;
        };
        if input.extras.contains_key(e.var) || e.default == Some(v.as_str()) {
            continue;
        }
        if p.needs_extra(e, has_key) {
            return Err(fail_hint(
                format!(
                    "providers.{}.{name}: {} needs it, and the gateway has it; an entry without                      it would clear it, so nothing was changed",
                    p.stem, p.name
                ),
                format!(
                    "keep `{name}` in the entry (or drop the whole entry and apply with --prune                      to remove the provider)"
                ),
            ));
        }
        vars.push(e.var.to_string());
        words.push(match e.default {
            Some(d) => format!("{name} removed (back to its default {d})"),
            None => format!("{name} removed"),
        });
    }
    Ok((vars, words))
}

/// A provider's retries, failover, upstream retries and fallback against the gateway's
/// (`have`: None for a provider the plan adds). A provider the plan (re)sets gets the
/// settings the file wants written again, so rewriting its ai-proxy entry cannot lose one.
fn resilience_plan(
    plan: &mut Plan,
    id: &str,
    want: &ResilienceSpec,
    have: Option<&CurrentProvider>,
    rewrite: bool,
) {
    let none = CurrentProvider::default();
    let have = have.unwrap_or(&none);
    let r = &have.resilience;
    let mut change = ResilienceChange::default();
    let mut diff = Vec::new();
    let text = |t: Option<String>| t.unwrap_or_else(|| "none".to_string());
    if want.retry != r.retry {
        let show = |x: &Option<super::Retry>| {
            text(x.as_ref().map(|x| match x.timeout_ms {
                Some(t) => format!("{} (timeout {})", x.max_retries, duration_text(t)),
                None => x.max_retries.to_string(),
            }))
        };
        diff.push(format!(
            "retries {} → {}",
            show(&r.retry),
            show(&want.retry)
        ));
        change.retry = Some(want.retry.clone());
    }
    if want.failover != r.failover {
        let show = |x: &Option<super::Failover>| text(x.as_ref().map(failover_text));
        diff.push(format!(
            "failover {} → {}",
            show(&r.failover),
            show(&want.failover)
        ));
        change.failover = Some(want.failover.clone());
    }
    if want.upstream != r.upstream {
        let show = |x: &Option<super::UpstreamRetry>| {
            text(
                x.as_ref()
                    .map(|u| format!("{} (timeout {}s)", u.tries, u.timeout_s)),
            )
        };
        diff.push(format!(
            "upstream retries {} → {}",
            show(&r.upstream),
            show(&want.upstream)
        ));
        change.upstream = Some(want.upstream.clone());
    }
    if !diff.is_empty() {
        plan.line('~', format!("{} {}", label(id), diff.join(", ")));
    }
    if rewrite {
        // What the file wants is written again; what it does not want is removed above.
        if want.retry.is_some() {
            change.retry = Some(want.retry.clone());
        }
        if want.failover.is_some() {
            change.failover = Some(want.failover.clone());
        }
        if want.upstream.is_some() {
            change.upstream = Some(want.upstream.clone());
        }
    }
    if !change.is_empty() {
        plan.changes.push(Change::SetResilience {
            id: id.to_string(),
            change,
        });
    }
    fallback_plan(plan, id, want.fallback.as_ref(), have.fallback.as_ref());
}

/// A provider's fallback against the gateway's: set exactly, removed when the file has none.
fn fallback_plan(plan: &mut Plan, id: &str, want: Option<&Fallback>, have: Option<&Fallback>) {
    let name = scope_name(id);
    match (have, want) {
        (None, None) => {}
        (Some(_), None) => {
            plan.line('-', format!("fallback {name}"));
            plan.changes
                .push(Change::RemoveFallback { id: id.to_string() });
        }
        (old, Some(new)) if old != Some(new) => {
            let (op, was) = match old {
                None => ('+', String::new()),
                Some(o) => ('~', format!(" (was → {})", fallback_text(o))),
            };
            plan.line(op, format!("fallback {name} → {}{was}", fallback_text(new)));
            plan.changes.push(Change::SetFallback {
                id: id.to_string(),
                fallback: new.clone(),
            });
        }
        _ => {}
    }
}

/// `500ms`, `5s` or `2m`, as the file writes a duration in milliseconds.
pub fn duration_text(ms: u64) -> String {
    match ms {
        0 => "0s".to_string(),
        _ if ms % 60_000 == 0 => format!("{}m", ms / 60_000),
        _ if ms % 1000 == 0 => format!("{}s", ms / 1000),
        _ => format!("{ms}ms"),
    }
}

fn failover_text(f: &super::Failover) -> String {
    format!(
        "health model {} (failures {}, successes {}, every {}, timeout {})",
        f.health_model,
        f.failure_threshold,
        f.success_threshold,
        duration_text(f.health_interval_ms),
        duration_text(f.health_timeout_ms)
    )
}

/// `deepseek,moonshot` and, when not the defaults, the strategy, classes and mappings.
fn fallback_text(f: &Fallback) -> String {
    let to: Vec<String> = f
        .upstreams
        .iter()
        .map(|u| scope_name(&u.provider))
        .collect();
    let mut extra = Vec::new();
    if f.strategy == crate::domain::live::gwconfig::fallback::Strategy::Seq {
        extra.push("seq".to_string());
    }
    if f.response_codes.len() != 2 {
        extra.push(format!("on {}", f.response_codes.join(",")));
    }
    for u in &f.upstreams {
        for (from, to) in &u.model_mapping {
            extra.push(format!("{}: {from}={to}", scope_name(&u.provider)));
        }
    }
    match extra.is_empty() {
        true => to.join(","),
        false => format!("{} ({})", to.join(","), extra.join("; ")),
    }
}

/// Every fallback of the file names providers the gateway has after the plan, not itself.
fn check_fallbacks(desired: &Desired, current: &Current, prune: bool) -> Result<()> {
    let sections = [&desired.providers, &desired.compatible];
    let in_file = |id: &str| {
        sections
            .iter()
            .any(|s| s.as_ref().is_some_and(|m| m.contains_key(id)))
    };
    let kept = |id: &str| {
        current.providers.contains_key(id) && {
            let compat = id.starts_with(crate::domain::providers::compatible::ID_PREFIX);
            let section = if compat {
                &desired.compatible
            } else {
                &desired.providers
            };
            !(prune && section.is_some())
        }
    };
    for (id, spec) in sections.iter().filter_map(|s| s.as_ref()).flatten() {
        let Some(f) = &spec.resilience.fallback else {
            continue;
        };
        for u in &f.upstreams {
            if u.provider == *id {
                return Err(fail(format!("{}: cannot fall back to itself", label(id))));
            }
            if !in_file(&u.provider) && !kept(&u.provider) {
                return Err(fail_hint(
                    format!(
                        "{}: fallback to {}, which the gateway does not have",
                        label(id),
                        scope_name(&u.provider)
                    ),
                    "add that provider to the file (with its key), or remove it from `to`",
                ));
            }
        }
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
                if let Some(have) = current.key_tokens.get(name) {
                    let request = tokens_request(&TokenLimits::default(), have);
                    plan.changes.push(Change::SetTokens {
                        name: name.clone(),
                        request,
                    });
                }
            } else {
                plan.kept.push(format!("key {name}"));
            }
        }
        for (name, k) in keys {
            key_plan(plan, name, k, current)?;
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
    quota_plan(plan, want, current, prune)
}

/// `gatewayKeys.quotas` and each key's `quota:`. A quota is spent over time, so a key's
/// `quota:` is its initial grant: given to a key this plan creates, and to every key of the
/// file when this plan turns quotas on; an existing key's is never reset (a line says so).
/// With quotas on after the plan, a key due a grant without `quota:` is refused (ai-quota
/// would answer 403 to it), and so is `required: false` (401 to every request); with quotas
/// off, a `quota:` is refused (nothing would count it).
fn quota_plan(
    plan: &mut Plan,
    want: &super::KeysSpec,
    current: &Current,
    prune: bool,
) -> Result<()> {
    let on = want.quotas.unwrap_or(current.quotas);
    let switch = want.quotas.filter(|q| *q != current.quotas);
    let keys = want.keys.clone().unwrap_or_default();
    if !on {
        if let Some((name, _)) = keys.iter().find(|(_, k)| k.quota.is_some()) {
            return Err(fail_hint(
                format!(
                    "gatewayKeys.keys.{name}.quota: quotas are off, so nothing would count it; nothing was changed"
                ),
                "turn them on with gatewayKeys.quotas: true (they are kept in Redis), or drop `quota:`",
            ));
        }
    }
    match switch {
        Some(true) => {
            plan.line(
                '~',
                "quotas off → on (ai-quota, kept in Redis; every request needs a gateway key)",
            );
            plan.changes.push(Change::Quotas(true));
            let asked = plan
                .changes
                .iter()
                .any(|c| matches!(c, Change::RequireKeys(_)));
            if !current.keys_required && !asked {
                plan.line('~', "gateway keys required false → true (quotas need keys)");
                plan.changes.push(Change::RequireKeys(true));
            }
        }
        Some(false) => {
            plan.line('~', "quotas on → off (each key's quota stays in Redis)");
            plan.changes.push(Change::Quotas(false));
        }
        None => {}
    }
    if !on {
        return Ok(());
    }
    if want.required == Some(false) {
        return Err(fail_hint(
            "gatewayKeys.required: false with quotas on: ai-quota answers 401 to a request without a key; nothing was changed",
            "drop `required: false`, or turn quotas off with gatewayKeys.quotas: false",
        ));
    }
    for (name, k) in &keys {
        let due = switch == Some(true) || !current.keys.contains_key(name);
        match (due, k.quota) {
            (true, Some(quota)) => {
                plan.line('+', format!("quota of {name}: {quota} tokens (initial grant)"));
                plan.changes.push(Change::GrantQuota { name: name.clone(), quota });
            }
            (true, None) => {
                return Err(fail_hint(
                    format!("gatewayKeys.keys.{name}: quotas are on and the key has no `quota:`, so ai-quota would answer 403 to it; nothing was changed"),
                    format!("give it an initial grant, e.g. quota: 100000 under gatewayKeys.keys.{name}"),
                ));
            }
            (false, Some(quota)) => plan.quota_kept.push(format!(
                "quota of {name}: not reset (spent over time); `keys quota {name} --set {quota}` resets it"
            )),
            (false, None) => {}
        }
    }
    if switch == Some(true) {
        let listed = want.keys.is_some();
        let kept = current.keys.keys().filter(|n| !keys.contains_key(*n));
        for name in kept.filter(|_| !(prune && listed)) {
            plan.quota_missing.push(format!(
                "key {name} has no quota: ai-quota answers 403 to it until `keys quota {name} --set N`"
            ));
        }
    }
    Ok(())
}

/// The quota switch of the plan, when it has one.
pub fn quotas_switch(plan: &Plan) -> Option<bool> {
    plan.changes.iter().find_map(|c| match c {
        Change::Quotas(on) => Some(*on),
        _ => None,
    })
}

/// The initial quotas the plan grants, by key.
pub fn grants(plan: &Plan) -> Vec<(String, u64)> {
    plan.changes
        .iter()
        .filter_map(|c| match c {
            Change::GrantQuota { name, quota } => Some((name.clone(), *quota)),
            _ => None,
        })
        .collect()
}

/// The quota switch of `plan` on key-auth, as `keys quota enable|disable` makes it: on, the
/// tool's admin key (`admin_key`, when key-auth has none) and keys required; off, that key
/// removed. Made before [`apply_keys`], which keeps keys required while any is left.
pub fn apply_quotas(plan: &Plan, files: &mut KeyFiles, admin_key: &str) -> Result<()> {
    match quotas_switch(plan) {
        Some(true) => {
            if keyauth::key_of(&files.auth, ADMIN_CONSUMER).is_none() {
                files.add(ADMIN_CONSUMER, admin_key, &KeyChange::default())?;
            }
            files.set_enabled(true)
        }
        Some(false) if keyauth::key_of(&files.auth, ADMIN_CONSUMER).is_some() => {
            files.remove(ADMIN_CONSUMER).map(|_| ())
        }
        _ => Ok(()),
    }
}

/// One key of the file against the gateway's.
fn key_plan(plan: &mut Plan, name: &str, want: &KeySpec, current: &Current) -> Result<()> {
    let value = want.value.text();
    providers::validate_secret(&format!("gatewayKeys.keys.{name}"), &value).map_err(fail)?;
    let rate = |r: Option<&Rate>| r.map_or("none".to_string(), Rate::to_string);
    let scope = |p: &Providers| names_of(p).join(",");
    let have_providers = current.key_providers.get(name).cloned().unwrap_or_default();
    let have_rate = current.key_rates.get(name).copied();
    match current.keys.get(name) {
        None => {
            let mut detail = vec![mask(&value)];
            if want.providers != Providers::All {
                detail.push(format!("providers {}", scope(&want.providers)));
            }
            if want.rate.is_some() {
                detail.push(format!("rate {}", rate(want.rate.as_ref())));
            }
            if !want.tokens.is_empty() {
                detail.push(format!("tokens {}", tokens_text(&want.tokens)));
            }
            plan.line('+', format!("key {name} ({})", detail.join("; ")));
            push_tokens(plan, name, &want.tokens, &TokenLimits::default());
        }
        Some(old) => {
            let mut diff = Vec::new();
            if *old != value {
                diff.push(format!("{} → {}", mask(old), mask(&value)));
            }
            if have_providers != want.providers {
                diff.push(format!(
                    "providers {} → {}",
                    scope(&have_providers),
                    scope(&want.providers)
                ));
            }
            if have_rate != want.rate {
                diff.push(format!(
                    "rate {} → {}",
                    rate(have_rate.as_ref()),
                    rate(want.rate.as_ref())
                ));
            }
            let have_tokens = current.key_tokens.get(name).cloned().unwrap_or_default();
            let tokens_differ = have_tokens != want.tokens;
            if tokens_differ {
                diff.push(format!(
                    "tokens {} → {}",
                    tokens_text(&have_tokens),
                    tokens_text(&want.tokens)
                ));
                push_tokens(plan, name, &want.tokens, &have_tokens);
            }
            if diff.is_empty() {
                return Ok(());
            }
            plan.line('~', format!("key {name} {}", diff.join(", ")));
            if diff.len() == usize::from(tokens_differ) {
                return Ok(());
            }
        }
    }
    plan.changes.push(Change::SetKey {
        name: name.to_string(),
        value,
        providers: want.providers.clone(),
        rate: want.rate,
    });
    Ok(())
}

fn push_tokens(plan: &mut Plan, name: &str, want: &TokenLimits, have: &TokenLimits) {
    let request = tokens_request(want, have);
    if !request.is_empty() {
        plan.changes.push(Change::SetTokens {
            name: name.to_string(),
            request,
        });
    }
}

/// A key's providers as the file names them: `all`, or the table's stems and the
/// OpenAI-compatible servers' names.
pub fn names_of(p: &Providers) -> Vec<String> {
    match p {
        Providers::All => vec!["all".to_string()],
        Providers::Only(ids) => ids.iter().map(|id| scope_name(id)).collect(),
    }
}

/// The file's name of provider `id` in a key's `providers`.
pub fn scope_name(id: &str) -> String {
    let compat = crate::domain::providers::compatible::ID_PREFIX;
    match (id.strip_prefix(compat), providers::by_id(id)) {
        (Some(name), _) => name.to_string(),
        (None, Some(p)) => p.stem.to_string(),
        (None, None) => id.to_string(),
    }
}

/// The image differences (`upgrade` makes them), and the others (a new container does).
fn start_diff(want: &StartSpec, have: &StartSpec) -> (Vec<String>, Vec<String>) {
    let diff = |name: &str, w: Option<String>, h: Option<String>| {
        let w = w?;
        (Some(&w) != h.as_ref()).then(|| {
            format!(
                "start.{name} {} → {w}",
                h.unwrap_or_else(|| "(unknown)".into())
            )
        })
    };
    let image = [
        diff(
            "image.repo",
            want.image_repo.clone(),
            have.image_repo.clone(),
        ),
        diff("image.tag", want.image_tag.clone(), have.image_tag.clone()),
        diff(
            "o11y",
            want.o11y.map(|b| b.to_string()),
            have.o11y.map(|b| b.to_string()),
        )
        .map(|d| {
            format!(
                "{d} (`upgrade --{}o11y`)",
                if want.o11y == Some(false) { "no-" } else { "" }
            )
        }),
    ];
    let s = |p: Option<u16>| p.map(|p| p.to_string());
    let other = [
        diff(
            "dataFolder",
            want.data_folder.as_deref().map(folder_form),
            have.data_folder.as_deref().map(folder_form),
        ),
        diff("bind", want.bind.clone(), have.bind.clone()),
        diff("ports.http", s(want.http), s(have.http)),
        diff("ports.https", s(want.https), s(have.https)),
        diff("ports.console", s(want.console), s(have.console)),
        metrics_diff(want.metrics_port.as_deref(), have.metrics_port.as_deref()),
    ];
    (
        image.into_iter().flatten().collect(),
        other.into_iter().flatten().collect(),
    )
}

/// A folder as compared: without a trailing `/` (`/srv/gw/` is `/srv/gw`).
fn folder_form(path: &str) -> String {
    match path.trim_end_matches('/') {
        "" if path.starts_with('/') => "/".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// `start.metricsPort`: compared as the address and port it publishes on.
fn metrics_diff(want: Option<&str>, have: Option<&str>) -> Option<String> {
    let want = want?;
    let norm = |t: &str| crate::domain::ops::plan::publish_address(t).ok();
    let same = match have {
        Some(h) => norm(want).is_some() && norm(want) == norm(h),
        None => false,
    };
    (!same).then(|| format!("start.metricsPort {} → {want}", have.unwrap_or("(none)")))
}

/// Make the changes of `plan` to the live model (providers, then rules, then the switch).
pub fn apply_live(plan: &Plan, live: &mut LiveConfig) -> Result<()> {
    let provider =
        |id: &str| providers::by_id(id).ok_or_else(|| fail(format!("unknown provider {id}")));
    for c in &plan.changes {
        if let Change::RemoveFallback { id } = c {
            live.remove_fallback(id)?;
        }
    }
    for c in &plan.changes {
        if let Change::RemoveProvider { id } = c {
            live.remove_provider(provider(id)?)?;
        }
    }
    for c in &plan.changes {
        if let Change::ClearExtras { id, vars } = c {
            live.clear_extras(provider(id)?, vars)?;
        }
    }
    for c in &plan.changes {
        if let Change::SetProvider { id, input } = c {
            live.set_provider(provider(id)?, input)?;
        }
    }
    for c in &plan.changes {
        if let Change::SetResilience { id, change } = c {
            live.set_resilience(provider(id)?, change)?;
        }
    }
    for c in &plan.changes {
        if let Change::SetFallback { id, fallback } = c {
            live.set_fallback(provider(id)?, fallback)?;
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

/// Make the key changes of `plan` to key-auth and key-rate-limit (`files.routes`: the AI
/// routes after the plan's provider changes), then bring key-auth's rules in step with them.
pub fn apply_keys(plan: &Plan, files: &mut KeyFiles) -> Result<()> {
    let on_before = keyauth::state(&files.auth).enabled;
    for c in &plan.changes {
        match c {
            Change::RemoveKey { name } => {
                files.remove(name)?;
            }
            Change::SetKey {
                name,
                value,
                providers,
                rate,
            } => {
                let change = KeyChange {
                    providers: Some(providers.clone()),
                    rate: Some(*rate),
                };
                match keyauth::key_of(&files.auth, name) {
                    None => files.add(name, value, &change)?,
                    Some(old) => {
                        if old != *value {
                            keyauth::remove(&mut files.auth, name)?;
                            keyauth::add(&mut files.auth, name, value)?;
                        }
                        files.set(name, &change)?;
                    }
                }
            }
            _ => {}
        }
    }
    let asked = plan.changes.iter().find_map(|c| match c {
        Change::RequireKeys(on) => Some(*on),
        _ => None,
    });
    let on = asked.unwrap_or(on_before && !keyscope::names(&files.auth).is_empty());
    if on != keyauth::state(&files.auth).enabled || asked.is_some() {
        files.set_enabled(on)?;
    }
    files.sync()
}

/// The console password the plan sets, when it sets one.
pub fn console_password(plan: &Plan) -> Option<&str> {
    plan.changes.iter().find_map(|c| match c {
        Change::ConsolePassword(p) => Some(p.as_str()),
        _ => None,
    })
}
