//! Human output of the commands, as pure functions of their results: what a person reads is
//! pinned by snapshot tests (`render/tests/`), so a wording change shows in review.

pub mod backup;
pub mod doctor;
pub mod fallback;
pub mod metrics;
pub mod skills;
pub mod status;
pub mod upgrade;
pub mod usage;

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::args::StartArgs;
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::live::{Listed, ProviderChange};
use crate::domain::ops::plan::{Ports, StartPlan};
use crate::domain::providers::Provider;
use crate::domain::providers::settings::{self, Settings};
use crate::domain::routing::{AUTO_MODEL, Decision, NotRouted, RequestOutcome};
use crate::engine::ContainerInfo;
use crate::ui;

pub use status::*;

/// ` --container-name NAME` when the name is not the default one.
pub fn container_flag(name: &str) -> String {
    if name == crate::args::DEFAULT_CONTAINER_NAME {
        String::new()
    } else {
        format!(" --container-name {name}")
    }
}

/// Lines joined for one `println!`.
pub(crate) fn lines(out: &[String]) -> String {
    out.join("\n")
}

// -- start ------------------------------------------------------------------------------

/// What `start --dry-run` says about a container that already exists.
pub fn existing_plan(name: &str, running: bool) -> String {
    if running {
        format!("The gateway container {name} is already running: start would change nothing.")
    } else {
        format!(
            "The gateway container {name} exists: start would start it and wait until it is \
             ready. Provider and port flags do not apply to an existing container."
        )
    }
}

/// Warnings for flags that do not apply to a container that exists.
pub fn ignored_on_existing(
    args: &StartArgs,
    provider_flags: bool,
    info: &ContainerInfo,
) -> Vec<String> {
    let mut out = Vec::new();
    if provider_flags {
        out.push(format!(
            "the container {} already exists, so provider flags were not applied; \
             use `get-ai-gateway config add --provider NAME --key KEY` to change keys",
            info.name
        ));
    }
    let ports = crate::gateway::ports_of(info);
    if let Some(bind) = args.bind.as_deref() {
        let have = crate::gateway::bind_of(info);
        if crate::domain::ops::plan::bind_address(bind).is_ok_and(|b| b != have) {
            out.push(format!(
                "the container {} already exists with its ports on {have}; --bind ignored \
                 (delete it with `get-ai-gateway delete --force` to re-create it)",
                info.name
            ));
        }
    }
    let differs: Vec<&str> = [
        (args.http_port, ports.http, "--http-port"),
        (args.https_port, ports.https, "--https-port"),
        (args.console_port, ports.console, "--console-port"),
    ]
    .into_iter()
    .filter(|(asked, have, _)| asked.is_some_and(|a| a != *have))
    .map(|(_, _, flag)| flag)
    .collect();
    if !differs.is_empty() {
        out.push(format!(
            "the container {} already exists with other ports; {} ignored \
             (delete it with `get-ai-gateway delete --force` to re-create it)",
            info.name,
            differs.join(", ")
        ));
    }
    out
}

/// The warning for ports published beyond loopback, and how to protect them.
pub fn exposed(plan: &StartPlan) -> Option<String> {
    if crate::domain::ops::plan::is_loopback(&plan.bind) {
        return None;
    }
    Some(format!(
        "the ports are published on {}: the gateway and the console become reachable from \
         the network, in plain HTTP. Every request needs a gateway key (unless --no-auth) and \
         the console has an admin password; still, allow only trusted hosts in your firewall, \
         or keep --bind 127.0.0.1 and use an SSH tunnel or a reverse proxy with TLS",
        plan.bind
    ))
}

/// The warning for a metrics port published beyond loopback.
pub fn metrics_exposed(at: Option<&(String, u16)>) -> Option<String> {
    let (addr, port) = at?;
    if crate::domain::ops::plan::is_loopback(addr) {
        return None;
    }
    Some(format!(
        "the metrics port is published on {addr}:{port}: the gateway's metrics (routes, \
         providers, models and consumers by name) become readable from the network, in plain \
         HTTP and without a key; allow only your Prometheus in your firewall, or keep it on \
         127.0.0.1"
    ))
}

/// `start --dry-run`: the resolved plan.
pub fn plan(plan: &StartPlan) -> String {
    let mut out = vec![
        format!("Plan for {} (nothing was changed):", plan.name),
        String::new(),
        format!("  Image:        {}", plan.image),
        format!(
            "  Registry:     {} ({})",
            plan.registry, plan.registry_reason
        ),
        format!("  Data folder:  {}", plan.data_folder.display()),
        format!(
            "  Settings:     {}",
            if plan.reused_settings {
                "the saved default.cfg, updated by the flags"
            } else {
                "new default.cfg"
            }
        ),
        format!(
            "  Ports:        http {b}:{}  https {b}:{}  console {b}:{}",
            plan.ports.http,
            plan.ports.https,
            plan.ports.console,
            b = plan.bind
        ),
    ];
    let providers = plan.providers();
    if providers.is_empty() {
        out.push("  Providers:    none (add them later with `get-ai-gateway config add`)".into());
    } else {
        out.push("  Providers:".into());
        for p in providers {
            let keys = if p.keys.is_empty() {
                "(no key)".to_string()
            } else {
                p.keys.join(", ")
            };
            out.push(format!(
                "    {:<12} {keys}  models {}",
                p.provider, p.models
            ));
        }
    }
    out.push(match &plan.auto_routing {
        Some(model) => format!("  Auto-routing: on, default model {model}"),
        None => "  Auto-routing: off".into(),
    });
    out.push(match &plan.gateway_keys {
        Some(why) => format!("  Gateway keys: required ({why})"),
        None => "  Gateway keys: not required".into(),
    });
    lines(&out)
}

/// The welcome text after a start.
pub fn welcome(info: &ContainerInfo, cfg: Option<&Settings>) -> String {
    welcome_with(info, cfg, &Access::default())
}

/// What the welcome says about who may use the gateway and the console.
#[derive(Debug, Default)]
pub struct Access {
    /// The `Console: …` line (admin and password, shown once); without it, the console's URL.
    pub console: Option<String>,
    /// Whether every request needs a gateway key.
    pub key_required: bool,
}

/// The welcome after a start, with the console's admin and the key requirement.
pub fn welcome_with(info: &ContainerInfo, cfg: Option<&Settings>, access: &Access) -> String {
    let Ports {
        http,
        https,
        console,
    } = crate::gateway::ports_of(info);
    let data = info.data_folder.clone().unwrap_or_else(|| "?".into());
    let host = crate::gateway::display_host(&crate::gateway::bind_of(info));
    let mut out = vec![
        String::new(),
        ui::bold("Higress AI Gateway is running."),
        String::new(),
        "Gateway endpoints:".into(),
        format!("    HTTP  = http://{host}:{http}"),
        format!("    HTTPS = https://{host}:{https}"),
        String::new(),
        "Chat completions endpoint:".into(),
        format!("    http://{host}:{http}/v1/chat/completions"),
        String::new(),
    ];
    let model = match cfg.filter(|c| c.auto_routing()) {
        Some(c) => {
            out.push(format!(
                "Auto-routing is on: send model \"higress/auto\"; default model: {}.",
                c.auto_routing_default_model()
                    .unwrap_or(settings::DEFAULT_AUTO_ROUTING_MODEL)
            ));
            out.push(String::new());
            "higress/auto"
        }
        None => "qwen-turbo",
    };
    out.extend([
        "Try it:".into(),
        String::new(),
        format!("    curl 'http://localhost:{http}/v1/chat/completions' \\"),
        "      -H 'Content-Type: application/json' \\".into(),
    ]);
    if access.key_required {
        out.push("      -H \"Authorization: Bearer $GATEWAY_KEY\" \\".into());
    }
    out.extend([
        format!(
            "      -d '{{\"model\": \"{model}\", \"messages\": [{{\"role\": \"user\", \"content\": \"Hello!\"}}]}}'"
        ),
        String::new(),
    ]);
    if access.key_required {
        out.extend([
            "Every request needs a gateway key: GATEWAY_KEY is one from".into(),
            "`get-ai-gateway keys add NAME` (shown once when made).".into(),
            String::new(),
        ]);
    }
    match &access.console {
        Some(line) => out.push(line.clone()),
        None => out.extend([
            "Console (open in a browser):".into(),
            format!("    http://localhost:{console}"),
        ]),
    }
    if let Some(url) = crate::gateway::metrics::grafana_url(info) {
        out.extend([
            String::new(),
            "Grafana (dashboards main, ai and logs; after the console login):".into(),
            format!("    {url}"),
        ]);
    }
    out.extend([
        String::new(),
        "Access logs folder:".into(),
        format!("    {data}/logs"),
        String::new(),
        "Stop the gateway with:".into(),
        format!("    get-ai-gateway stop{}", container_flag(&info.name)),
    ]);
    lines(&out)
}

/// After a start: how to add the provider plugin to a runtime found on PATH.
pub fn plugin_hint() {
    let on_path = |bin: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(bin).is_file()))
    };
    if let Some(runtime) = ["openclaw", "clawdbot"].into_iter().find(|r| on_path(r)) {
        println!();
        println!(
            "{runtime} is installed: add the Higress provider with \
             `get-ai-gateway plugin install --runtime {runtime}`."
        );
    }
}

// -- config -----------------------------------------------------------------------------

/// `config add`: the success line, and what was created for a new provider.
pub fn provider_added(p: &Provider, change: &ProviderChange) -> (String, Option<String>) {
    let shown = change
        .state
        .keys
        .iter()
        .map(|k| crate::domain::providers::mask(k))
        .collect::<Vec<_>>()
        .join(", ");
    let what = if shown.is_empty() {
        format!("{} configured", p.name)
    } else {
        format!("{} API key set to {shown}", p.name)
    };
    let created = change.created.then(|| {
        format!(
            "Created its provider entry, route ai-route-{} and registry llm-{}.internal; \
             models {} now go to {}.",
            p.id, p.id, change.state.models, p.name
        )
    });
    (format!("{what} (hot-reloaded, no restart needed)"), created)
}

pub fn provider_removed(p: &Provider) -> String {
    let what = if p.always {
        "its key is back to the placeholder"
    } else {
        "its provider entry, route and registry were removed"
    };
    format!("{} removed: {what} (hot-reloaded)", p.name)
}

pub fn out_of_sync(l: &Listed) -> String {
    format!(
        "default.cfg and the running gateway disagree on the {} key; the gateway's is shown \
         (set it again with `get-ai-gateway config add --provider {}`)",
        l.name, l.provider
    )
}

/// `config list`.
pub fn config_list(listed: &[Listed]) -> String {
    if listed.is_empty() {
        return lines(&[
            "No provider has an API key yet.".into(),
            String::new(),
            "Add one with: get-ai-gateway config add --provider <provider> --key <api-key>".into(),
        ]);
    }
    let rows: Vec<Vec<String>> = listed
        .iter()
        .map(|l| {
            let keys = if l.keys.is_empty() {
                "(no key)".into()
            } else {
                l.keys.join(", ")
            };
            vec![l.provider.into(), l.name.into(), keys, l.models.clone()]
        })
        .collect();
    ui::table(&["PROVIDER", "NAME", "KEY", "MODELS"], &rows)
}

// -- route ------------------------------------------------------------------------------

pub fn route_list_json(auto: &AutoRouting) -> Value {
    let rules: Vec<_> = auto
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({
                "id": i,
                "pattern": r.pattern,
                "model": r.model,
                "skipped": crate::domain::routing::skip_reason(r),
            })
        })
        .collect();
    json!({
        "enabled": auto.enable,
        "default_model": auto.default_model,
        "rules": rules,
    })
}

/// `route list`.
pub fn route_list(auto: &AutoRouting) -> String {
    let mut out = Vec::new();
    if !auto.enable {
        out.push("Auto-routing is disabled.".to_string());
        out.push(String::new());
        out.push("Turn it on with: get-ai-gateway route enable --default-model <model>".into());
        if auto.rules.is_empty() {
            return lines(&out);
        }
        out.push(String::new());
    } else {
        out.push(format!(
            "Default model: {}",
            auto.default_model.as_deref().unwrap_or("(not set)")
        ));
        out.push(String::new());
    }
    if auto.rules.is_empty() {
        out.push("No routing rules configured.".into());
        out.push(String::new());
        out.push(
            "Add one with: get-ai-gateway route add --model <model> --trigger '<phrase>'".into(),
        );
        return lines(&out);
    }
    let rows: Vec<Vec<String>> = auto
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| vec![i.to_string(), r.pattern.clone(), r.model.clone()])
        .collect();
    out.push(ui::table(&["ID", "PATTERN", "MODEL"], &rows));
    let skipped: Vec<String> = auto
        .rules
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let why = crate::domain::routing::skip_reason(r)?;
            Some(format!("Rule {i} is skipped by the gateway: {why}"))
        })
        .collect();
    if !skipped.is_empty() {
        out.push(String::new());
        out.extend(skipped);
    }
    lines(&out)
}

/// After `route add`: how to use the rule.
pub fn rule_usage(trigger: Option<&str>, model: &str) -> String {
    match trigger {
        Some(t) => {
            let first = t
                .split('|')
                .map(str::trim)
                .find(|p| !p.is_empty())
                .unwrap_or(t);
            format!("Start a message with \"{first}\" and send model \"higress/auto\" to use it.")
        }
        None => {
            format!("Send model \"higress/auto\"; messages matching the pattern go to {model}.")
        }
    }
}

/// `route test`: the gateway's choice.
pub fn route_test(auto: &AutoRouting, d: &Decision) -> String {
    let mut out = String::new();
    if !auto.enable {
        out.push_str(
            "Auto-routing is disabled: the gateway does not route \"higress/auto\" requests.\n",
        );
        out.push_str("If it were on:\n");
    }
    let _ = match (d.rule, &d.model) {
        (Some(i), Some(model)) => write!(out, "rule {i} ({}) → {model}", auto.rules[i].pattern),
        (None, Some(model)) => write!(out, "no rule matches → default model {model}"),
        (_, None) => write!(out, "no rule matches and no default model is set"),
    };
    out
}

/// `route test --request`: what the gateway does with a whole request.
pub fn route_request(auto: &AutoRouting, outcome: &RequestOutcome) -> String {
    let why = match outcome {
        RequestOutcome::NotRouted(why) => why,
        RequestOutcome::Routed { message, decision } => {
            let tested = match message.as_deref() {
                None => "no user message in the request: no rule can match".to_string(),
                Some("") => "the last user message is empty: no rule can match".to_string(),
                Some(m) => format!("last user message: {m:?}"),
            };
            return format!("{tested}\n{}", route_test(auto, decision));
        }
    };
    let through = "the gateway passes it through unrouted and unchanged";
    match why {
        NotRouted::WrongModel { model } if model.is_empty() => format!(
            "not auto-routed: the request names no model (its model key is absent, null or \
             empty); {through}"
        ),
        NotRouted::WrongModel { model } => format!(
            "not auto-routed: the request asks for model {model:?}, not \"{AUTO_MODEL}\"; \
             the gateway sends it to that model's provider"
        ),
        NotRouted::Disabled => format!(
            "not auto-routed: auto-routing is disabled, so \"{AUTO_MODEL}\" is not rewritten \
             (turn it on with `get-ai-gateway route enable`)"
        ),
        NotRouted::InvalidJson => format!(
            "not auto-routed: the body is not valid JSON (as Go's json.Valid decides); {through}"
        ),
        NotRouted::PathNotEnabled {
            path,
            enable_on_path_suffix,
        } => format!(
            "not auto-routed: the path {:?}{} ends in none of the model router's \
             enableOnPathSuffix ({}), so the body is not read; {through}",
            path.split_once('?').map_or(path.as_str(), |(p, _)| p),
            if path.contains('?') {
                " (without its query string)"
            } else {
                ""
            },
            enable_on_path_suffix.join(", ")
        ),
        NotRouted::ContentTypeNotRead { content_type } => format!(
            "not auto-routed: the Content-Type {content_type:?} contains neither \
             \"application/json\" nor \"multipart/form-data\", so the body is not read; {through}"
        ),
        NotRouted::Multipart { .. } => format!(
            "not auto-routed: a multipart/form-data body is never auto-routed (the router \
             only reads its model field); {through}"
        ),
    }
}

/// `route test --request --json`: `outcome` is `routed`, `not_routed` (`reason`
/// `wrong_model` or `disabled`), `invalid_json`, `path_not_enabled`,
/// `content_type_not_read` or `multipart_not_routed`.
pub fn route_request_json(auto: &AutoRouting, outcome: &RequestOutcome) -> Value {
    match outcome {
        RequestOutcome::NotRouted(why) => {
            let mut v = json!({"routed": false, "enabled": auto.enable, "outcome": why.outcome()});
            if let (Value::Object(map), Ok(Value::Object(reason))) =
                (&mut v, serde_json::to_value(why))
            {
                map.extend(reason);
            }
            v
        }
        RequestOutcome::Routed { message, decision } => json!({
            "routed": true,
            "outcome": "routed",
            "enabled": auto.enable,
            "message": message,
            "rule": decision.rule,
            "pattern": decision.rule.map(|i| auto.rules[i].pattern.clone()),
            "model": decision.model,
            "skipped": decision.skipped,
        }),
    }
}

/// `check`: the findings, or one line when there are none.
pub fn check(findings: &[crate::domain::ops::check::Finding], files: usize) -> String {
    if findings.is_empty() {
        return format!(
            "✓ {files} files checked: the gateway reads every rule, provider and route as written"
        );
    }
    let mut out = Vec::new();
    for f in findings {
        out.push(format!("✗ {}: {}", f.file, f.problem));
        out.push(format!("    fix: {}", f.fix));
    }
    lines(&out)
}

// -- export -----------------------------------------------------------------------------

/// What `export` wrote, and what to run next.
pub fn exported(
    result: &crate::domain::ops::export::Export,
    dir: &std::path::Path,
    files: &[&str],
) -> String {
    let kinds: Vec<String> = result
        .counts()
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    let mut out = vec![format!(
        "✓ exported {} to {}: {}",
        kinds.join(", "),
        dir.display(),
        files.join(", ")
    )];
    if !result.skipped.is_empty() {
        out.push(format!(
            "  left out {} file{} that belong to the all-in-one or the chart{}",
            result.skipped.len(),
            if result.skipped.len() == 1 { "" } else { "s" },
            if files.contains(&"README.md") {
                " (README.md says why)"
            } else {
                ""
            }
        ));
    }
    if result.holds_keys() {
        out.push("  manifests.yaml holds the API keys (mode 0600)".to_string());
    }
    out.push("next:".to_string());
    let commands = crate::domain::ops::export::commands(&result.options.namespace);
    let commands = if files.contains(&"values.yaml") {
        &commands[..]
    } else {
        &commands[2..]
    };
    out.extend(commands.iter().map(|c| format!("  {c}")));
    lines(&out)
}

#[cfg(test)]
mod tests;
