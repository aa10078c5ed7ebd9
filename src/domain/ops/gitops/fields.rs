//! The one description of the file: every section, field, type and help text. The parser
//! checks a file against it ([`super::parse`]) and the JSON Schema is generated from it
//! ([`super::schema`]), so the two cannot drift.

use crate::domain::providers::{Extra, ExtraKind, Provider};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Str,
    /// A secret: `${VAR}` or `${file:PATH}` only.
    Secret,
    Bool,
    Port,
    /// A list of strings.
    Strs,
    /// A list of secrets.
    Secrets,
    Obj(&'static [Field]),
    /// Free keys (names), each an object of these fields.
    Named(&'static [Field]),
    /// A list of objects of these fields.
    List(&'static [Field]),
    /// The table's providers by name; each provider has its own extras.
    Providers,
    /// `all`, or a list of provider names (the table's, or OpenAI-compatible servers').
    Scope,
    /// A count of requests: an integer, at least 1.
    Count,
    /// A number of tokens: an integer from 1 to [`MAX_QUOTA`].
    Quota,
    /// A duration: `500ms`, `30s`, `2m`, or a number of seconds.
    Duration,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// A list of these words.
    Choices(&'static [&'static str]),
    /// Free names, each a string (`FROM: TO`).
    StrMap,
    /// A percentage: a number from 0 to 100.
    Percent,
    /// A port to publish on: `PORT` or `ADDR:PORT`.
    Publish,
    /// The `mcp-server` plugin's config of a server: `server: {name: ...}`, `tools: [...]`.
    Tools,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    pub help: &'static str,
}

const fn f(name: &'static str, shape: Shape, help: &'static str) -> Field {
    Field { name, shape, help }
}

pub const TOP: &[Field] = &[
    f("apiVersion", Shape::Str, "Always get-ai-gateway/v1"),
    f("kind", Shape::Str, "Always Gateway"),
    f(
        "name",
        Shape::Str,
        "The container's name; --container-name overrides it",
    ),
    f(
        "start",
        Shape::Obj(START),
        "What needs the container created or recreated",
    ),
    f(
        "providers",
        Shape::Providers,
        "The table's providers, by the names of `config add --provider`",
    ),
    f(
        "openaiCompatible",
        Shape::Named(COMPATIBLE),
        "OpenAI-compatible servers, by name",
    ),
    f(
        "autoRouting",
        Shape::Obj(ROUTING),
        "Auto-routing (model higress/auto)",
    ),
    f(
        "gatewayKeys",
        Shape::Obj(KEYS),
        "Gateway API keys (key-auth)",
    ),
    f(
        "console",
        Shape::Obj(CONSOLE),
        "The console's admin account",
    ),
    f(
        "observability",
        Shape::Obj(OBSERVABILITY),
        "Tracing to an OpenTelemetry, Zipkin or SkyWalking collector",
    ),
    f(
        "mcpServers",
        Shape::Named(MCP_SERVER),
        "MCP servers through the gateway, by name (as `mcp add` writes them)",
    ),
];

/// How the gateway talks to a proxied MCP server.
pub const TRANSPORTS: &[&str] = &["streamable", "sse"];

/// One MCP server: `proxy` (with `transport`), or `upstream` with `tools`.
pub const MCP_SERVER: &[Field] = &[
    f(
        "proxy",
        Shape::Str,
        "The URL of an MCP server the gateway proxies (mcp add --proxy)",
    ),
    f(
        "transport",
        Shape::Choice(TRANSPORTS),
        "How the gateway talks to the proxied server: streamable or sse (SSE needs Redis) [default: streamable]",
    ),
    f(
        "upstream",
        Shape::Str,
        "The REST API the tools call (mcp add --upstream); with `tools`",
    ),
    f(
        "tools",
        Shape::Tools,
        "The tools, inline: the mcp-server plugin's server: {name: ...} and tools: [...] (the file of mcp add --tools)",
    ),
    f("description", Shape::Str, "What the server is for"),
    f(
        "keys",
        Shape::Strs,
        "Only these gateway keys may call it (mcp add --keys); absent: as every route",
    ),
];

pub const START: &[Field] = &[
    f("image", Shape::Obj(IMAGE), "The all-in-one image"),
    f("dataFolder", Shape::Str, "The data folder on this machine"),
    f(
        "bind",
        Shape::Str,
        "The host address the ports are published on",
    ),
    f("ports", Shape::Obj(PORTS), "The published ports"),
    f(
        "o11y",
        Shape::Bool,
        "The observability image (the tag with -o11y: Prometheus, Grafana, Loki)",
    ),
    f(
        "metricsPort",
        Shape::Publish,
        "Publish the gateway's metrics (container port 15020) on [ADDR:]PORT",
    ),
    f(
        "redis",
        Shape::Bool,
        "Redis beside the gateway (start --redis), which token limits need",
    ),
];

pub const OBSERVABILITY: &[Field] = &[f(
    "tracing",
    Shape::Obj(TRACING),
    "higress-config's tracing, as `tracing enable` writes it; {enabled: false} turns it off",
)];

pub const TRACING: &[Field] = &[
    f(
        "enabled",
        Shape::Bool,
        "false turns tracing off (and takes no other field)",
    ),
    f("otlp", Shape::Str, "An OpenTelemetry collector: HOST:PORT"),
    f("zipkin", Shape::Str, "A Zipkin collector: HOST:PORT"),
    f(
        "skywalking",
        Shape::Str,
        "A SkyWalking collector: HOST:PORT",
    ),
    f(
        "sampling",
        Shape::Percent,
        "The share of requests traced, 0 to 100 (default 100)",
    ),
    f(
        "timeout",
        Shape::Count,
        "The collector's timeout in milliseconds (default 500)",
    ),
];

pub const IMAGE: &[Field] = &[
    f("repo", Shape::Str, "Image repository"),
    f("tag", Shape::Str, "Image tag"),
];

pub const PORTS: &[Field] = &[
    f("http", Shape::Port, "Gateway HTTP port"),
    f("https", Shape::Port, "Gateway HTTPS port"),
    f("console", Shape::Port, "Console port"),
];

/// The fields every provider has, before its extras.
pub const PROVIDER: &[Field] = &[
    f("key", Shape::Secret, "The API key: ${VAR} or ${file:PATH}"),
    f("keys", Shape::Secrets, "Several API keys (as --key a,b)"),
    f(
        "models",
        Shape::Strs,
        "Model patterns: name-* prefixes, exact names, or *",
    ),
    f(
        "retries",
        Shape::Obj(RETRIES),
        "Retry a failed non-streaming request with another key (config set --retries); absent: none",
    ),
    f(
        "failover",
        Shape::Obj(FAILOVER),
        "Take a failing key out of rotation until a health check passes (config set --failover); absent: none",
    ),
    f(
        "upstreamRetries",
        Shape::Obj(UPSTREAM_RETRIES),
        "Envoy's retries of the upstream (config set --upstream-retries); absent: none",
    ),
    f(
        "fallback",
        Shape::Obj(FALLBACK),
        "Send failed requests to other providers (config fallback); absent: none",
    ),
];

pub const COMPATIBLE: &[Field] = &[
    f("baseUrl", Shape::Str, "The server's OpenAI base URL"),
    f("key", Shape::Secret, "The API key: ${VAR} or ${file:PATH}"),
    f("keys", Shape::Secrets, "Several API keys"),
    f("models", Shape::Strs, "Model patterns"),
    f(
        "retries",
        Shape::Obj(RETRIES),
        "Retry a failed non-streaming request with another key (config set --retries); absent: none",
    ),
    f(
        "failover",
        Shape::Obj(FAILOVER),
        "Take a failing key out of rotation until a health check passes (config set --failover); absent: none",
    ),
    f(
        "upstreamRetries",
        Shape::Obj(UPSTREAM_RETRIES),
        "Envoy's retries of the upstream (config set --upstream-retries); absent: none",
    ),
    f(
        "fallback",
        Shape::Obj(FALLBACK),
        "Send failed requests to other providers (config fallback); absent: none",
    ),
];

/// `retries`: ai-proxy's `retryOnFailure`.
pub const RETRIES: &[Field] = &[
    f(
        "maxRetries",
        Shape::Count,
        "Retries, each with another key of the provider (1 to 100)",
    ),
    f(
        "retryTimeout",
        Shape::Duration,
        "Time for the retries (e.g. 30s) [default: ai-proxy's 60s]",
    ),
];

/// `failover`: ai-proxy's `failover`.
pub const FAILOVER: &[Field] = &[
    f(
        "healthModel",
        Shape::Str,
        "The model the health check asks for (required)",
    ),
    f(
        "failureThreshold",
        Shape::Count,
        "Failed requests in a row that take a key out [default: 3]",
    ),
    f(
        "successThreshold",
        Shape::Count,
        "Passed health checks that bring a key back [default: 1]",
    ),
    f(
        "healthInterval",
        Shape::Duration,
        "Time between health checks [default: 5s]",
    ),
    f(
        "healthTimeout",
        Shape::Duration,
        "Time a health check may take [default: 5s]",
    ),
];

/// `upstreamRetries`: the route's `higress.io/proxy-next-upstream*` annotations.
pub const UPSTREAM_RETRIES: &[Field] = &[
    f(
        "tries",
        Shape::Count,
        "Tries of the upstream on connection errors and timeouts (1 to 100)",
    ),
    f(
        "timeout",
        Shape::Duration,
        "Time for all tries, in whole seconds (0: no limit) [default: 0]",
    ),
];

/// The fallback strategies.
pub const STRATEGIES: &[&str] = &["seq", "rand"];
/// The response classes a fallback fires on.
pub const RESPONSE_CLASSES: &[&str] = &["4xx", "5xx"];

/// `fallback`: the console's AI-route `fallbackConfig`.
pub const FALLBACK: &[Field] = &[
    f(
        "to",
        Shape::Strs,
        "The providers failed requests go to (the table's names, OpenAI-compatible servers' names)",
    ),
    f(
        "onStatus",
        Shape::Choices(RESPONSE_CLASSES),
        "The failed responses: 4xx, 5xx [default: both]",
    ),
    f(
        "strategy",
        Shape::Choice(STRATEGIES),
        "seq: the first fallback only; rand: all of them, spread evenly [default: rand]",
    ),
    f(
        "modelMap",
        Shape::StrMap,
        "FROM: TO, the model a fallback gets instead (FROM may end in * or be *; PROVIDER:FROM for one fallback only)",
    ),
];

/// The fields an object of field `name` must have (for the schema; the parser says so too).
pub fn required(name: &str) -> &'static [&'static str] {
    match name {
        "retries" => &["maxRetries"],
        "failover" => &["healthModel"],
        "upstreamRetries" => &["tries"],
        "fallback" => &["to"],
        _ => &[],
    }
}

pub const ROUTING: &[Field] = &[
    f("enabled", Shape::Bool, "Whether auto-routing is on"),
    f("defaultModel", Shape::Str, "The model when no rule matches"),
    f(
        "rules",
        Shape::List(RULE),
        "The whole ordered list of rules",
    ),
];

pub const RULE: &[Field] = &[
    f(
        "trigger",
        Shape::Str,
        "Phrases separated by | (stored as a pattern)",
    ),
    f(
        "pattern",
        Shape::Str,
        "A regular expression in Go's dialect",
    ),
    f("model", Shape::Str, "The model the rule routes to"),
];

pub const KEYS: &[Field] = &[
    f(
        "required",
        Shape::Bool,
        "Whether every request needs a gateway key",
    ),
    f(
        "quotas",
        Shape::Bool,
        "Token quotas per key (ai-quota, kept in Redis: start.redis), as `keys quota enable|disable`; on means every request needs a key and every key a quota",
    ),
    f("keys", Shape::Named(KEY), "The gateway keys, by name"),
];

pub const KEY: &[Field] = &[
    f("value", Shape::Secret, "The key: ${VAR} or ${file:PATH}"),
    f(
        "providers",
        Shape::Scope,
        "The providers the key may use: `all` (when absent) or a list of names",
    ),
    f(
        "requestsPerSecond",
        Shape::Count,
        "A request limit per second (one rate per key; counted in each gateway process)",
    ),
    f(
        "requestsPerMinute",
        Shape::Count,
        "A request limit per minute (one rate per key)",
    ),
    f(
        "requestsPerHour",
        Shape::Count,
        "A request limit per hour (one rate per key)",
    ),
    f(
        "requestsPerDay",
        Shape::Count,
        "A request limit per day (one rate per key)",
    ),
    f(
        "tokensPerSecond",
        Shape::Count,
        "A token limit per second (counted in Redis: start.redis)",
    ),
    f(
        "tokensPerMinute",
        Shape::Count,
        "A token limit per minute (counted in Redis)",
    ),
    f(
        "tokensPerHour",
        Shape::Count,
        "A token limit per hour (counted in Redis)",
    ),
    f(
        "tokensPerDay",
        Shape::Count,
        "A token limit per day (counted in Redis)",
    ),
    f(
        "quota",
        Shape::Quota,
        "The key's initial quota in tokens (gatewayKeys.quotas): granted when apply creates the key or turns quotas on, never reset by apply (`keys quota NAME --set N` does)",
    ),
];

/// The largest quota: ai-quota keeps it in Redis as a signed 64-bit number.
pub const MAX_QUOTA: u64 = i64::MAX as u64;

/// The field of a token limit per `window` (`tokensPerMinute`).
pub fn tokens_field(window: crate::domain::live::tokenlimit::Window) -> &'static str {
    use crate::domain::live::tokenlimit::Window;
    match window {
        Window::Second => "tokensPerSecond",
        Window::Minute => "tokensPerMinute",
        Window::Hour => "tokensPerHour",
        Window::Day => "tokensPerDay",
    }
}

/// The field of a rate per `per` (`requestsPerMinute`).
pub fn rate_field(per: crate::domain::live::keyrate::Per) -> &'static str {
    use crate::domain::live::keyrate::Per;
    match per {
        Per::Second => "requestsPerSecond",
        Per::Minute => "requestsPerMinute",
        Per::Hour => "requestsPerHour",
        Per::Day => "requestsPerDay",
    }
}

pub const CONSOLE: &[Field] = &[f(
    "password",
    Shape::Secret,
    "The admin password: ${VAR} or ${file:PATH}",
)];

/// The file's name of an extra setting: its flag without the provider's stem, in camel case
/// (`azure-service-url` → `serviceUrl`).
pub fn extra_name(p: &Provider, e: &Extra) -> String {
    let flag = e
        .flag
        .strip_prefix(p.stem)
        .and_then(|r| r.strip_prefix('-'))
        .unwrap_or(e.flag);
    let mut out = String::new();
    let mut upper = false;
    for c in flag.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The extras a provider's entry may name (a key's second half is part of the key).
pub fn extras(p: &'static Provider) -> impl Iterator<Item = (String, &'static Extra)> {
    p.extras
        .iter()
        .filter(|e| e.kind != ExtraKind::KeySecret)
        .map(move |e| (extra_name(p, e), e))
}

/// The shape of an extra setting.
pub fn extra_shape(e: &Extra) -> Shape {
    match e.kind {
        ExtraKind::Switch => Shape::Bool,
        ExtraKind::Port => Shape::Port,
        _ if e.secret => Shape::Secret,
        _ => Shape::Str,
    }
}

/// Levenshtein distance, for "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The nearest of `names` to `wrong`, when it is near enough to be a misspelling.
pub fn nearest<'a>(wrong: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names
        .into_iter()
        .map(|n| (distance(wrong, n), n))
        .filter(|(d, n)| *d <= (n.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}
