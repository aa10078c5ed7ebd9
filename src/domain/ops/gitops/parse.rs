//! The file's text → [`Desired`]. The YAML is read into a value first and checked against
//! [`super::fields`]: an unknown field, a wrong type, a literal secret, a rule Go would not
//! compile and a provider the table does not know each stop the parse with the place (line
//! and column) and what to do.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use super::fields::{self, Field, Shape};
use super::refs::{Val, reference};
use super::{
    API_VERSION, ConsoleSpec, Desired, Failover, Fallback, FallbackUpstream, KIND, KeySpec,
    KeysSpec, McpSpec, McpVia, Per, ProviderSpec, Providers, Rate, ResilienceSpec, Retry,
    RoutingSpec, RuleSpec, StartSpec, UpstreamRetry,
};
use crate::domain::live::gwconfig::fallback::Strategy;
use crate::domain::live::gwconfig::mcp;
use crate::domain::providers::{self, ExtraKind, compatible};
use crate::domain::routing;
use crate::error::fail_hint;

/// One step of the path to a value.
#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

/// The parser's state: the text (to place errors) and the path to the value at hand.
struct Walk<'a> {
    text: &'a str,
    path: Vec<Seg>,
}

/// Parse and check a file.
pub fn parse(text: &str) -> Result<Desired> {
    let value: Value = serde_yaml::from_str(text).map_err(|e| {
        fail_hint(
            format!("the file is not valid YAML: {e}"),
            "check the indentation and quoting at that place",
        )
    })?;
    let mut w = Walk {
        text,
        path: Vec::new(),
    };
    let top = w.object(&value, fields::TOP)?;
    w.header(top)?;
    w.desired(top)
}

impl Walk<'_> {
    fn dotted(&self) -> String {
        let mut out = String::new();
        for s in &self.path {
            match s {
                Seg::Key(k) if out.is_empty() => out.push_str(k),
                Seg::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// `line L, column C` of the value at the current path (its key), when it can be found.
    fn place(&self) -> String {
        match locate(self.text, &self.path) {
            Some((l, c)) => format!("line {l}, column {c}: "),
            None => String::new(),
        }
    }

    fn err(&self, message: impl std::fmt::Display, hint: impl Into<String>) -> anyhow::Error {
        let at = self.dotted();
        let at = if at.is_empty() {
            String::new()
        } else {
            format!("{at}: ")
        };
        fail_hint(format!("{}{at}{message}", self.place()), hint)
    }

    fn with<T>(&mut self, seg: Seg, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.path.push(seg);
        let out = f(self);
        self.path.pop();
        out
    }

    /// A mapping whose keys are all among `known`.
    fn object<'v>(&mut self, v: &'v Value, known: &[Field]) -> Result<&'v Mapping> {
        let names: Vec<&str> = known.iter().map(|f| f.name).collect();
        self.object_named(v, &names)
    }

    fn object_named<'v>(&mut self, v: &'v Value, names: &[&str]) -> Result<&'v Mapping> {
        let map = self.mapping(v)?;
        for key in map.keys() {
            let Some(k) = key.as_str() else {
                return Err(self.err(
                    format!("the key {key:?} is not a string"),
                    "name fields with words",
                ));
            };
            if !names.contains(&k) {
                let hint = match fields::nearest(k, names.iter().copied()) {
                    Some(n) => format!("did you mean `{n}`?"),
                    None => format!("the fields here are: {}", names.join(", ")),
                };
                return Err(self.with(Seg::Key(k.to_string()), |w| {
                    Ok(w.err(format!("unknown field `{k}`"), hint))
                })?);
            }
        }
        Ok(map)
    }

    fn mapping<'v>(&self, v: &'v Value) -> Result<&'v Mapping> {
        v.as_mapping().ok_or_else(|| {
            self.err(
                format!("expected a mapping, found {}", kind_of(v)),
                "write `field: value` lines under it",
            )
        })
    }

    fn string(&self, v: &Value) -> Result<String> {
        match v {
            Value::String(s) => Ok(s.clone()),
            other => Err(self.err(
                format!(
                    "expected a string, found {} ({})",
                    kind_of(other),
                    short(other)
                ),
                "quote it, e.g. \"1.10\"",
            )),
        }
    }

    fn boolean(&self, v: &Value) -> Result<bool> {
        v.as_bool().ok_or_else(|| {
            self.err(
                format!("expected true or false, found {}", kind_of(v)),
                "write true or false",
            )
        })
    }

    fn port(&self, v: &Value) -> Result<u16> {
        v.as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                self.err(
                    format!("expected a port (1 to 65535), found {}", short(v)),
                    "write a number, e.g. 8080",
                )
            })
    }

    fn secret(&self, v: &Value) -> Result<Val> {
        let s = self.string(v)?;
        reference(&s).ok_or_else(|| {
            self.err(
                "a secret must be a reference, not a literal value (files like this one get committed)",
                "write ${VAR} to read the environment variable VAR, or ${file:PATH} to read a file",
            )
        })
    }

    fn strings(&self, v: &Value) -> Result<Vec<String>> {
        let seq = v.as_sequence().ok_or_else(|| {
            self.err(
                format!("expected a list, found {}", kind_of(v)),
                "write [a, b]",
            )
        })?;
        let mut out = Vec::new();
        for (i, item) in seq.iter().enumerate() {
            let mut w = Walk {
                text: self.text,
                path: self.path.clone(),
            };
            w.path.push(Seg::Index(i));
            out.push(w.string(item)?);
        }
        Ok(out)
    }

    fn field<T>(
        &mut self,
        map: &Mapping,
        name: &str,
        f: impl FnOnce(&mut Self, &Value) -> Result<T>,
    ) -> Result<Option<T>> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => self.with(Seg::Key(name.to_string()), |w| f(w, v)).map(Some),
        }
    }

    fn header(&mut self, top: &Mapping) -> Result<()> {
        let api = self.field(top, "apiVersion", |w, v| w.string(v))?;
        if api.as_deref() != Some(API_VERSION) {
            return Err(self.with(Seg::Key("apiVersion".into()), |w| {
                Ok(w.err(
                    format!("must be {API_VERSION}"),
                    format!("start the file with `apiVersion: {API_VERSION}`"),
                ))
            })?);
        }
        let kind = self.field(top, "kind", |w, v| w.string(v))?;
        if kind.as_deref() != Some(KIND) {
            return Err(self.with(Seg::Key("kind".into()), |w| {
                Ok(w.err(format!("must be {KIND}"), format!("write `kind: {KIND}`")))
            })?);
        }
        Ok(())
    }

    fn desired(&mut self, top: &Mapping) -> Result<Desired> {
        Ok(Desired {
            name: self.field(top, "name", |w, v| w.string(v))?,
            start: self.field(top, "start", Walk::start)?,
            providers: self.field(top, "providers", Walk::providers)?,
            compatible: self.field(top, "openaiCompatible", Walk::compatible)?,
            auto_routing: self.field(top, "autoRouting", Walk::routing)?,
            gateway_keys: self.field(top, "gatewayKeys", Walk::keys)?,
            console: self.field(top, "console", |w, v| {
                let m = w.object(v, fields::CONSOLE)?;
                Ok(ConsoleSpec {
                    password: w.field(m, "password", |w, v| w.secret(v))?,
                })
            })?,
            observability: self.field(top, "observability", Walk::observability)?,
            mcp_servers: self.field(top, "mcpServers", Walk::mcp_servers)?,
        })
    }

    fn observability(&mut self, v: &Value) -> Result<super::ObservabilitySpec> {
        let m = self.object(v, fields::OBSERVABILITY)?;
        Ok(super::ObservabilitySpec {
            tracing: self.field(m, "tracing", Walk::tracing)?,
        })
    }

    /// `tracing:`, checked as `tracing enable` checks its flags.
    fn tracing(&mut self, v: &Value) -> Result<super::TracingSpec> {
        let m = self.object(v, fields::TRACING)?;
        let mut tracers = Vec::new();
        for (t, name) in super::observability::tracers() {
            if let Some(at) = self.field(m, name, |w, v| w.string(v))? {
                tracers.push((t, at));
            }
        }
        let sampling = self.field(m, "sampling", |w, v| {
            v.as_f64()
                .filter(|n| (0.0..=100.0).contains(n))
                .ok_or_else(|| {
                    w.err(
                        format!("expected a percentage (0 to 100), found {}", short(v)),
                        "write e.g. 10 or 2.5",
                    )
                })
        })?;
        let timeout = self.field(m, "timeout", |w, v| {
            v.as_u64()
                .filter(|n| *n > 0)
                .and_then(|n| i64::try_from(n).ok())
                .ok_or_else(|| {
                    w.err(
                        format!("expected milliseconds (at least 1), found {}", short(v)),
                        "write a whole number, e.g. 500",
                    )
                })
        })?;
        let enabled = self.field(m, "enabled", |w, v| w.boolean(v))?;
        super::observability::tracing_spec(enabled, &tracers, sampling, timeout)
            .map_err(|(message, hint)| self.err(message, hint))
    }

    /// `metricsPort`: a port, or `ADDR:PORT` (as `start --metrics-port`).
    fn publish(&self, v: &Value) -> Result<String> {
        let text = match v {
            Value::Number(_) => self.port(v)?.to_string(),
            _ => self.string(v)?,
        };
        crate::domain::ops::plan::publish_address(&text)
            .map_err(|e| self.err(format!("{e:#}"), "write PORT or ADDR:PORT, e.g. 15020"))?;
        Ok(text)
    }

    fn start(&mut self, v: &Value) -> Result<StartSpec> {
        let m = self.object(v, fields::START)?;
        let image = self.field(m, "image", |w, v| {
            let m = w.object(v, fields::IMAGE)?;
            Ok((
                w.field(m, "repo", |w, v| w.string(v))?,
                w.field(m, "tag", |w, v| w.string(v))?,
            ))
        })?;
        let ports = self.field(m, "ports", |w, v| {
            let m = w.object(v, fields::PORTS)?;
            Ok([
                w.field(m, "http", |w, v| w.port(v))?,
                w.field(m, "https", |w, v| w.port(v))?,
                w.field(m, "console", |w, v| w.port(v))?,
            ])
        })?;
        let (image_repo, image_tag) = image.unwrap_or_default();
        let [http, https, console] = ports.unwrap_or_default();
        Ok(StartSpec {
            image_repo,
            image_tag,
            data_folder: self.field(m, "dataFolder", |w, v| w.string(v))?,
            bind: self.field(m, "bind", |w, v| w.string(v))?,
            http,
            https,
            console,
            o11y: self.field(m, "o11y", |w, v| w.boolean(v))?,
            metrics_port: self.field(m, "metricsPort", |w, v| w.publish(v))?,
            redis: self.field(m, "redis", |w, v| w.boolean(v))?,
        })
    }

    fn providers(&mut self, v: &Value) -> Result<BTreeMap<String, ProviderSpec>> {
        let map = self.mapping(v)?;
        let mut out = BTreeMap::new();
        for (key, value) in map {
            let name = self.string(key)?;
            let spec = self.with(Seg::Key(name.clone()), |w| {
                let p = providers::find(&name)
                    .filter(|p| p.stem != compatible::STEM)
                    .ok_or_else(|| {
                        w.err(
                            format!("unknown provider `{name}`"),
                            format!("known providers: {}", providers::valid_names()),
                        )
                    })?;
                let extras: Vec<(String, &'static providers::Extra)> = fields::extras(p).collect();
                let known: Vec<&str> = fields::PROVIDER
                    .iter()
                    .map(|f| f.name)
                    .chain(extras.iter().map(|(n, _)| n.as_str()))
                    .collect();
                let m = w.object_named(value, &known)?;
                let mut spec = w.credentials(m)?;
                for (n, e) in &extras {
                    if let Some(val) = w.field(m, n, |w, v| w.extra(e, v))? {
                        spec.extras.insert(e.var.to_string(), val);
                    }
                }
                Ok((p.id.to_string(), spec))
            })?;
            if out.insert(spec.0.clone(), spec.1).is_some() {
                return Err(self.err(
                    format!("the provider {name} is named twice"),
                    "keep one entry per provider",
                ));
            }
        }
        Ok(out)
    }

    fn extra(&mut self, e: &providers::Extra, v: &Value) -> Result<Val> {
        match fields::extra_shape(e) {
            Shape::Bool => Ok(Val::Lit(self.boolean(v)?.to_string())),
            Shape::Port => Ok(Val::Lit(self.port(v)?.to_string())),
            Shape::Secret => self.secret(v),
            _ => {
                let s = self.string(v)?;
                let url = matches!(e.kind, ExtraKind::Url | ExtraKind::HttpsUrl);
                if s.is_empty() || s.contains(['\n', '\r', '\0']) || (url && !s.starts_with("http"))
                {
                    return Err(self.err(
                        "the value must be one non-empty line (a URL for a URL)",
                        e.help,
                    ));
                }
                Ok(Val::Lit(s))
            }
        }
    }

    /// `key` or `keys`, and `models`.
    fn credentials(&mut self, m: &Mapping) -> Result<ProviderSpec> {
        let one = self.field(m, "key", |w, v| w.secret(v))?;
        let many = self.field(m, "keys", |w, v| {
            let seq = v
                .as_sequence()
                .ok_or_else(|| w.err("expected a list", "write [\"${A}\", \"${B}\"]"))?;
            seq.iter()
                .enumerate()
                .map(|(i, item)| w.with(Seg::Index(i), |w| w.secret(item)))
                .collect::<Result<Vec<_>>>()
        })?;
        if one.is_some() && many.is_some() {
            return Err(self.err(
                "give `key` or `keys`, not both",
                "use keys: [...] for several",
            ));
        }
        let models = self.field(m, "models", |w, v| {
            let list = w.strings(v)?;
            providers::validate_models(&list.join(","))
                .map_err(|e| w.err(e, "use `name-*` prefixes, exact names, or `*`"))?;
            Ok(list)
        })?;
        Ok(ProviderSpec {
            keys: one.into_iter().chain(many.unwrap_or_default()).collect(),
            models,
            extras: BTreeMap::new(),
            resilience: self.resilience(m)?,
        })
    }

    /// `retries`, `failover`, `upstreamRetries` and `fallback` (each absent: none).
    fn resilience(&mut self, m: &Mapping) -> Result<ResilienceSpec> {
        let retry = self.field(m, "retries", |w, v| {
            let m = w.object(v, fields::RETRIES)?;
            let max_retries = w.field(m, "maxRetries", |w, v| w.whole(v, 100))?;
            Ok(Retry {
                max_retries: max_retries.ok_or_else(|| w.missing("maxRetries", "maxRetries: 2"))?,
                timeout_ms: w.field(m, "retryTimeout", |w, v| w.duration(v))?,
            })
        })?;
        let failover = self.field(m, "failover", |w, v| {
            let m = w.object(v, fields::FAILOVER)?;
            let model = w.field(m, "healthModel", |w, v| {
                let s = w.string(v)?;
                routing::check_model(&s).map_err(|e| w.err(e, "name a model"))?;
                Ok(s)
            })?;
            let model = model.ok_or_else(|| {
                w.missing("healthModel", "healthModel: MODEL (ai-proxy requires it)")
            })?;
            let mut f = Failover::new(&model);
            let n = |w: &mut Walk, name: &str| w.field(m, name, |w, v| w.whole(v, 1000));
            let d = |w: &mut Walk, name: &str| w.field(m, name, |w, v| w.duration(v));
            f.failure_threshold = n(w, "failureThreshold")?.unwrap_or(f.failure_threshold);
            f.success_threshold = n(w, "successThreshold")?.unwrap_or(f.success_threshold);
            f.health_interval_ms = d(w, "healthInterval")?.unwrap_or(f.health_interval_ms);
            f.health_timeout_ms = d(w, "healthTimeout")?.unwrap_or(f.health_timeout_ms);
            Ok(f)
        })?;
        let upstream = self.field(m, "upstreamRetries", |w, v| {
            let m = w.object(v, fields::UPSTREAM_RETRIES)?;
            let tries = w.field(m, "tries", |w, v| w.whole(v, 100))?;
            let timeout = w.field(m, "timeout", |w, v| {
                let ms = w.duration(v)?;
                if ms % 1000 != 0 {
                    return Err(w.err("the gateway takes whole seconds", "e.g. 120s, or 0"));
                }
                Ok(ms / 1000)
            })?;
            Ok(UpstreamRetry {
                tries: tries.ok_or_else(|| w.missing("tries", "tries: 2"))?,
                timeout_s: timeout.unwrap_or(0),
            })
        })?;
        Ok(ResilienceSpec {
            retry,
            failover,
            upstream,
            fallback: self.field(m, "fallback", Walk::fallback)?,
        })
    }

    fn missing(&self, name: &str, example: &str) -> anyhow::Error {
        self.err(format!("`{name}` is missing"), format!("add {example}"))
    }

    /// A whole number from 1 to `max`.
    fn whole(&self, v: &Value, max: u64) -> Result<u64> {
        v.as_u64().filter(|n| (1..=max).contains(n)).ok_or_else(|| {
            self.err(
                format!(
                    "expected a whole number from 1 to {max}, found {}",
                    short(v)
                ),
                "write a number, e.g. 3",
            )
        })
    }

    /// `500ms`, `30s`, `2m`, or a number of seconds → milliseconds.
    fn duration(&self, v: &Value) -> Result<u64> {
        let ms = match v {
            Value::Number(n) => n.as_u64().and_then(|s| s.checked_mul(1000)),
            Value::String(s) => duration_ms(s),
            _ => None,
        };
        ms.ok_or_else(|| {
            self.err(
                format!("expected a duration, found {}", short(v)),
                "write e.g. 500ms, 30s or 2m",
            )
        })
    }

    /// `fallback`: `to`, `onStatus`, `strategy`, `modelMap`.
    fn fallback(&mut self, v: &Value) -> Result<Fallback> {
        let m = self.object(v, fields::FALLBACK)?;
        let to = self.field(m, "to", |w, v| {
            let names = w.strings(v)?;
            let mut ids: Vec<(String, String)> = Vec::new();
            for (i, n) in names.iter().enumerate() {
                let id = w.with(Seg::Index(i), |w| {
                    scope_id(n).map_err(|h| w.err(format!("unknown provider `{n}`"), h))
                })?;
                if !ids.iter().any(|(_, x)| *x == id) {
                    ids.push((n.clone(), id));
                }
            }
            Ok(ids)
        })?;
        let to = to
            .filter(|t| !t.is_empty())
            .ok_or_else(|| self.missing("to", "to: [deepseek]"))?;
        let codes = self.field(m, "onStatus", |w, v| w.choices(v, fields::RESPONSE_CLASSES))?;
        let strategy = self.field(m, "strategy", |w, v| w.choice(v, fields::STRATEGIES))?;
        let maps = self.field(m, "modelMap", |w, v| {
            let map = w.mapping(v)?;
            let mut out = Vec::new();
            for (k, val) in map {
                let from = w.string(k)?;
                let to_model = w.with(Seg::Key(from.clone()), |w| w.string(val))?;
                out.push((from, to_model));
            }
            Ok(out)
        })?;
        let upstreams = to
            .iter()
            .map(|(name, id)| FallbackUpstream {
                provider: id.clone(),
                model_mapping: model_mapping(maps.as_deref().unwrap_or_default(), name, id, &to),
            })
            .collect();
        let mut codes = codes.unwrap_or_else(|| {
            fields::RESPONSE_CLASSES
                .iter()
                .map(|c| c.to_string())
                .collect()
        });
        codes.sort();
        codes.dedup();
        Ok(Fallback {
            upstreams,
            strategy: match strategy.as_deref() {
                Some("seq") => Strategy::Seq,
                _ => Strategy::Rand,
            },
            response_codes: codes,
        })
    }

    fn choice(&self, v: &Value, words: &[&str]) -> Result<String> {
        let s = self.string(v)?;
        if !words.contains(&s.as_str()) {
            return Err(self.err(
                format!("{s:?} is not one of {}", words.join(", ")),
                format!("write one of {}", words.join(", ")),
            ));
        }
        Ok(s)
    }

    fn choices(&mut self, v: &Value, words: &[&str]) -> Result<Vec<String>> {
        let list = self.strings(v)?;
        if list.is_empty() {
            return Err(self.err(
                "the list is empty",
                format!("name some of {}", words.join(", ")),
            ));
        }
        list.iter()
            .enumerate()
            .map(|(i, s)| {
                self.with(Seg::Index(i), |w| {
                    w.choice(&Value::String(s.clone()), words)
                })
            })
            .collect()
    }
}

/// The model mapping of fallback `id` (named `name` in `to`): the entries `FROM: TO` for
/// every fallback, and `P:FROM: TO` where P names this one (as `--model-map P:FROM=TO`).
fn model_mapping(
    maps: &[(String, String)],
    name: &str,
    id: &str,
    to: &[(String, String)],
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (from, model) in maps {
        let scoped = from.split_once(':').and_then(|(p, rest)| {
            let target = to.iter().find(|(n, i)| n == p || i == p)?;
            Some((target, rest))
        });
        match scoped {
            Some(((n, i), rest)) if n == name || i == id => {
                out.insert(rest.to_string(), model.clone());
            }
            Some(_) => {}
            None => {
                out.insert(from.clone(), model.clone());
            }
        }
    }
    out
}

/// `500ms`, `30s`, `2m`, or a number of seconds → milliseconds (as `config set` reads them).
pub fn duration_ms(text: &str) -> Option<u64> {
    let t = text.trim();
    let (number, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 1)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1000)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60_000)
    } else {
        (t, 1000)
    };
    number.trim().parse::<u64>().ok()?.checked_mul(scale)
}

impl Walk<'_> {
    /// `mcpServers:`, each entry checked as `mcp add` checks its flags and its tools file.
    fn mcp_servers(&mut self, v: &Value) -> Result<BTreeMap<String, McpSpec>> {
        let map = self.mapping(v)?;
        let mut out = BTreeMap::new();
        for (key, value) in map {
            let name = self.string(key)?;
            let spec = self.with(Seg::Key(name.clone()), |w| {
                mcp::check_name(&name).map_err(|r| w.err(r.message, r.hint))?;
                w.mcp_server(value)
            })?;
            out.insert(name, spec);
        }
        Ok(out)
    }

    fn mcp_server(&mut self, v: &Value) -> Result<McpSpec> {
        let m = self.object(v, fields::MCP_SERVER)?;
        let url = |w: &mut Walk, field: &str| {
            w.field(m, field, |w, v| {
                let s = w.string(v)?;
                mcp::parse_upstream(field, &s).map_err(|r| w.err(r.message, r.hint))?;
                Ok(s)
            })
        };
        let proxy = url(self, "proxy")?;
        let upstream = url(self, "upstream")?;
        let transport = self.field(m, "transport", |w, v| w.choice(v, fields::TRANSPORTS))?;
        let tools = self.field(m, "tools", |w, v| {
            let text = serde_yaml::to_string(v).unwrap_or_default();
            mcp::check_tools_yaml("`tools`", &text).map_err(|r| {
                w.err(
                    r.message,
                    "fix the tools (the format is in docs/mcp.md); nothing was written",
                )
            })
        })?;
        let via = match (proxy, upstream, tools) {
            (Some(url), None, None) => McpVia::Proxy {
                url,
                transport: match transport.as_deref() {
                    Some("sse") => mcp::Transport::Sse,
                    _ => mcp::Transport::Streamable,
                },
            },
            (None, Some(upstream), Some(tools)) if transport.is_none() => {
                McpVia::Tools { upstream, tools }
            }
            (None, Some(_), Some(_)) => {
                return Err(self.err(
                    "`transport` is for a proxied server (`proxy`)",
                    "drop it: the gateway's plugin serves the tools itself",
                ));
            }
            (Some(_), _, _) => {
                return Err(self.err(
                    "give `proxy`, or `upstream` with `tools`, not both",
                    "proxy: URL proxies an MCP server; upstream: URL with tools: serves a REST API as tools",
                ));
            }
            (None, Some(_), None) => {
                return Err(self.missing("tools", "tools: {server: {name: NAME}, tools: [...]}"));
            }
            (None, None, Some(_)) => {
                return Err(self.missing("upstream", "upstream: URL (the REST API the tools call)"));
            }
            (None, None, None) => {
                return Err(self.err(
                    "say what the server is",
                    "proxy: URL for an MCP server, or upstream: URL with tools: for a REST API",
                ));
            }
        };
        let keys = self.field(m, "keys", |w, v| {
            let list = w.strings(v)?;
            if list.is_empty() {
                return Err(w.err(
                    "the list names no key",
                    "name at least one gateway key, or drop `keys` (then it is as every route)",
                ));
            }
            for (i, k) in list.iter().enumerate() {
                w.with(Seg::Index(i), |w| {
                    crate::domain::live::keyauth::check_name(k)
                        .map_err(|e| w.err(format!("{e:#}"), "name a gateway key"))
                })?;
            }
            Ok(list)
        })?;
        Ok(McpSpec {
            via,
            description: self.field(m, "description", |w, v| w.string(v))?,
            keys,
        })
    }

    fn compatible(&mut self, v: &Value) -> Result<BTreeMap<String, ProviderSpec>> {
        let map = self.mapping(v)?;
        let mut out = BTreeMap::new();
        for (key, value) in map {
            let name = self.string(key)?;
            let (id, spec) = self.with(Seg::Key(name.clone()), |w| {
                compatible::check_name(&name).map_err(|r| w.err(r.message, r.hint))?;
                let p = compatible::provider(&name);
                let m = w.object(value, fields::COMPATIBLE)?;
                let mut spec = w.credentials(m)?;
                let url = w.field(m, "baseUrl", |w, v| {
                    let s = w.string(v)?;
                    compatible::check_base_url(&s).map_err(|r| w.err(r.message, r.hint))
                })?;
                let url = url.ok_or_else(|| {
                    w.err(
                        "`baseUrl` is missing",
                        "give the server's OpenAI base URL, e.g. http://10.0.0.5:8000/v1",
                    )
                })?;
                let var = p.extras.first().map_or("", |e| e.var);
                spec.extras.insert(var.to_string(), Val::Lit(url));
                Ok((p.id.to_string(), spec))
            })?;
            out.insert(id, spec);
        }
        Ok(out)
    }

    fn routing(&mut self, v: &Value) -> Result<RoutingSpec> {
        let m = self.object(v, fields::ROUTING)?;
        let default_model = self.field(m, "defaultModel", |w, v| {
            let s = w.string(v)?;
            routing::check_model(&s).map_err(|e| w.err(e, "name a model"))?;
            Ok(s)
        })?;
        Ok(RoutingSpec {
            enabled: self.field(m, "enabled", |w, v| w.boolean(v))?,
            default_model,
            rules: self.field(m, "rules", |w, v| {
                let seq = v.as_sequence().ok_or_else(|| {
                    w.err(
                        "expected a list of rules",
                        "write `- {pattern: ..., model: ...}` items",
                    )
                })?;
                seq.iter()
                    .enumerate()
                    .map(|(i, r)| w.with(Seg::Index(i), |w| w.rule(r)))
                    .collect()
            })?,
        })
    }

    fn rule(&mut self, v: &Value) -> Result<RuleSpec> {
        let m = self.object(v, fields::RULE)?;
        let trigger = self.field(m, "trigger", |w, v| w.string(v))?;
        let pattern = self.field(m, "pattern", |w, v| w.string(v))?;
        let model = self.field(m, "model", |w, v| {
            let s = w.string(v)?;
            routing::check_model(&s).map_err(|e| w.err(e, "name a model"))?;
            Ok(s)
        })?;
        let model = model.ok_or_else(|| self.err("the rule has no `model`", "add model: NAME"))?;
        let pattern = match (trigger, pattern) {
            (Some(_), Some(_)) => {
                return Err(self.err(
                    "give `trigger` or `pattern`, not both",
                    "a trigger is stored as its pattern",
                ));
            }
            (None, None) => {
                return Err(self.err(
                    "the rule has no `trigger` or `pattern`",
                    "add pattern: REGEX or trigger: \"a|b\"",
                ));
            }
            (Some(t), None) => self.with(Seg::Key("trigger".into()), |w| {
                routing::trigger_to_pattern(&t).map_err(|e| w.err(e, "separate phrases with |"))
            })?,
            (None, Some(p)) => p,
        };
        self.with(Seg::Key("pattern".into()), |w| {
            if pattern.is_empty() {
                return Err(w.err(
                    "the pattern is empty: the gateway skips such a rule",
                    "give a regular expression",
                ));
            }
            routing::check_pattern(&pattern)
                .map_err(|e| w.err(format!("{pattern:?}: {e}"), e.hint()))?;
            Ok(())
        })?;
        Ok(RuleSpec { pattern, model })
    }

    fn keys(&mut self, v: &Value) -> Result<KeysSpec> {
        let m = self.object(v, fields::KEYS)?;
        let keys = self.field(m, "keys", |w, v| {
            let map = w.mapping(v)?;
            let mut out = BTreeMap::new();
            for (key, value) in map {
                let name = w.string(key)?;
                let spec = w.with(Seg::Key(name.clone()), |w| {
                    crate::domain::live::keyauth::check_name(&name)
                        .map_err(|e| w.err(format!("{e:#}"), "rename it"))?;
                    if name == crate::domain::live::quota::ADMIN_CONSUMER {
                        return Err(w.err(
                            "this is the key the tool manages quotas with (gatewayKeys.quotas makes and removes it)",
                            "choose another name for a client",
                        ));
                    }
                    w.key(value)
                })?;
                out.insert(name, spec);
            }
            Ok(out)
        })?;
        Ok(KeysSpec {
            required: self.field(m, "required", |w, v| w.boolean(v))?,
            quotas: self.field(m, "quotas", |w, v| w.boolean(v))?,
            keys,
        })
    }

    /// One gateway key: its value, providers and (at most one) rate.
    fn key(&mut self, v: &Value) -> Result<KeySpec> {
        let m = self.object(v, fields::KEY)?;
        let value = self
            .field(m, "value", |w, v| w.secret(v))?
            .ok_or_else(|| self.err("the key has no `value`", "add value: ${VAR}"))?;
        let providers = self
            .field(m, "providers", Walk::scope)?
            .unwrap_or(Providers::All);
        let mut rate = None;
        for per in Per::ALL {
            let name = fields::rate_field(per);
            let Some(n) = self.field(m, name, |w, v| w.count(v))? else {
                continue;
            };
            if rate.is_some() {
                return Err(self.with(Seg::Key(name.into()), |w| {
                    Ok(w.err(
                        "a key has one rate",
                        "keep one of requestsPerSecond, requestsPerMinute, requestsPerHour, requestsPerDay",
                    ))
                })?);
            }
            rate = Some(Rate { requests: n, per });
        }
        let mut tokens = super::TokenLimits::default();
        for window in crate::domain::live::tokenlimit::WINDOWS {
            let n = self.field(m, fields::tokens_field(window), |w, v| w.count(v))?;
            tokens.put(window, n);
        }
        Ok(KeySpec {
            value,
            providers,
            rate,
            tokens,
            quota: self.field(m, "quota", |w, v| w.quota(v))?,
        })
    }

    /// A key's quota: tokens, from 1 to what Redis holds.
    fn quota(&self, v: &Value) -> Result<u64> {
        let max = fields::MAX_QUOTA;
        v.as_u64().filter(|n| (1..=max).contains(n)).ok_or_else(|| {
            self.err(
                format!(
                    "expected a number of tokens from 1 to {max}, found {}",
                    short(v)
                ),
                "write a whole number, e.g. quota: 100000",
            )
        })
    }

    fn count(&self, v: &Value) -> Result<u64> {
        v.as_u64().filter(|n| *n > 0).ok_or_else(|| {
            self.err(
                format!(
                    "expected a count of requests (at least 1), found {}",
                    short(v)
                ),
                "write a whole number, e.g. 60",
            )
        })
    }

    /// `all`, or a list of provider names: the table's (by any of its names) or an
    /// OpenAI-compatible server's (`vllm`); stored as provider ids.
    fn scope(&mut self, v: &Value) -> Result<Providers> {
        if let Value::String(s) = v {
            if s == "all" {
                return Ok(Providers::All);
            }
            return Err(self.err(
                format!("expected `all` or a list of provider names, found {s:?}"),
                "write providers: all, or providers: [deepseek, vllm]",
            ));
        }
        let names = self.strings(v)?;
        if names.is_empty() {
            return Err(self.err(
                "the list names no provider",
                "name at least one provider, or write providers: all",
            ));
        }
        let mut ids = std::collections::BTreeSet::new();
        for (i, n) in names.iter().enumerate() {
            let id = self.with(Seg::Index(i), |w| {
                scope_id(n).map_err(|h| w.err(format!("unknown provider `{n}`"), h))
            })?;
            ids.insert(id);
        }
        Ok(Providers::Only(ids))
    }
}

/// The provider id of a name in a key's `providers`.
fn scope_id(name: &str) -> std::result::Result<String, String> {
    if let Some(p) = providers::find(name).filter(|p| p.stem != compatible::STEM) {
        return Ok(p.id.to_string());
    }
    match compatible::check_name(name) {
        Ok(()) => Ok(format!("{}{name}", compatible::ID_PREFIX)),
        Err(_) => Err(format!(
            "known providers: {}, or the name of an OpenAI-compatible server",
            providers::valid_names()
        )),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

fn short(v: &Value) -> String {
    let s = serde_yaml::to_string(v).unwrap_or_default();
    let s = s.trim();
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Line and column (1-based) of the last key of `path` in `text`: each key is looked for
/// after the previous one, as `key:` (or quoted) at the start of a line, after `{`, `,` or
/// `- `. An index skips that many list items.
fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    let mut at = 0usize;
    let mut found = None;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let (pos, len) = find_key(text, at, k)?;
                found = Some(pos);
                at = pos + len;
            }
            Seg::Index(i) => {
                for _ in 0..=*i {
                    let rest = &text[at..];
                    let off = rest.find("- ").or_else(|| rest.find('{'))?;
                    at += off + 1;
                }
            }
        }
    }
    let pos = found?;
    let line = text[..pos].matches('\n').count() + 1;
    let col = text[..pos]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    Some((line, col))
}

fn find_key(text: &str, from: usize, key: &str) -> Option<(usize, usize)> {
    let mut search = from;
    while let Some(off) = text.get(search..)?.find(key) {
        let pos = search + off;
        let before = text[..pos].chars().next_back();
        let quoted = matches!(before, Some('"' | '\''));
        let start = if quoted { pos - 1 } else { pos };
        let prev = text[..start].chars().next_back();
        let after = &text[pos + key.len()..];
        let after = if quoted {
            after.get(1..).unwrap_or("")
        } else {
            after
        };
        let starts_ok = matches!(prev, None | Some(' ' | '\n' | '\t' | '{' | ','));
        if starts_ok && after.trim_start_matches([' ', '\t']).starts_with(':') {
            return Some((start, key.len()));
        }
        search = pos + key.len().max(1);
    }
    None
}
