//! Redis beside the gateway, as the gateway's files name it. No I/O.
//!
//! Two consumers read it in two forms (see `REDIS-HOW.md`):
//! - wasm plugins (`ai-token-ratelimit`, `ai-quota`) take a Higress service name with its
//!   type, so Redis is registered in the McpBridge as the registry [`REGISTRY`]
//!   (`redis.dns`, or `redis.static` for an IP address);
//! - the MCP session filter dials `higress-config`'s `mcpServer.redis.address` as it is.
//!
//! The password is kept in `higress-config` (which then joins the files written 0600),
//! in each plugin that uses Redis, and, for the Redis this tool runs, in [`CONF`], which
//! is mounted into the Redis container as its configuration file: never in an
//! environment or on a command line, which `docker inspect` shows.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use super::gwconfig::{key, mapping_at, seq_in};
use super::paths::DATA;
use crate::error::{fail, fail_hint};

/// The McpBridge registry this tool writes for Redis.
pub const REGISTRY: &str = "redis";
/// The placeholder address of the image's default `higress-config`.
pub const PLACEHOLDER: &str = "redis-address:6379";
/// The port Redis listens on in its container.
pub const PORT: u16 = 6379;
/// Where the Redis container keeps its data, under the data folder.
pub const DATA_DIR: &str = "redis";
/// The tag of the image the upstream documentation runs.
pub const IMAGE_PATH: &str = "higress/redis-stack-server:7.4.0-v3";
/// Where the image's entrypoint looks for a configuration file.
pub const CONF_IN_CONTAINER: &str = "/redis-stack.conf";

/// The Redis configuration file (the password) in the gateway's data folder.
pub fn conf_path() -> String {
    format!("{DATA}/secrets/redis.conf")
}

pub fn higress_config_path() -> String {
    format!("{DATA}/configmaps/higress-config.yaml")
}

/// The Redis container of a gateway.
pub fn container_name(gateway: &str) -> String {
    format!("{gateway}-redis")
}

/// The network the gateway and its Redis share.
pub fn network_name(gateway: &str) -> String {
    format!("{gateway}-net")
}

/// The default image, from the gateway's registry.
pub fn default_image(registry: &str) -> String {
    format!("{registry}/{IMAGE_PATH}")
}

/// A Redis the gateway uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redis {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<String>,
    pub database: u32,
}

impl Redis {
    /// The Redis this tool runs beside the gateway `gateway`.
    pub fn beside(gateway: &str, password: &str) -> Redis {
        Redis {
            host: container_name(gateway),
            port: PORT,
            username: None,
            password: Some(password.to_string()),
            database: 0,
        }
    }

    /// `host:port`, as the MCP session filter dials it.
    pub fn address(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    fn is_ip(&self) -> bool {
        self.host.parse::<std::net::IpAddr>().is_ok()
    }

    /// The service name wasm plugins use: `redis.dns`, or `redis.static` for an address.
    pub fn service_name(&self) -> String {
        let kind = if self.is_ip() { "static" } else { "dns" };
        format!("{REGISTRY}.{kind}")
    }

    /// The service port: a static service is reached on 80 (its registry holds `ip:port`).
    pub fn service_port(&self) -> u16 {
        if self.is_ip() { 80 } else { self.port }
    }

    /// The `redis` block of a plugin's config (ai-token-ratelimit, ai-quota).
    pub fn plugin_block(&self) -> Value {
        let mut m = Mapping::new();
        m.insert(key("service_name"), Value::String(self.service_name()));
        m.insert(
            key("service_port"),
            Value::Number(self.service_port().into()),
        );
        if let Some(user) = &self.username {
            m.insert(key("username"), Value::String(user.clone()));
        }
        if let Some(password) = &self.password {
            m.insert(key("password"), Value::String(password.clone()));
        }
        if self.database != 0 {
            m.insert(key("database"), Value::Number(self.database.into()));
        }
        Value::Mapping(m)
    }
}

/// `redis://[user[:password]@]host[:port][/db]`; user and password may be %-encoded.
pub fn parse_url(url: &str) -> Result<Redis> {
    let bad = |why: &str| {
        fail_hint(
            format!("--redis-url: {why}"),
            "write it as redis://[user:password@]host[:port][/db], e.g. redis://:secret@10.0.0.5:6379/0",
        )
    };
    let rest = url
        .strip_prefix("redis://")
        .ok_or_else(|| bad("only redis:// URLs are supported"))?;
    let (auth, rest) = match rest.rsplit_once('@') {
        Some((a, r)) => (Some(a), r),
        None => (None, rest),
    };
    let (hostport, db) = match rest.split_once('/') {
        Some((h, d)) => (h, d),
        None => (rest, ""),
    };
    let database = match db {
        "" => 0,
        d => d.parse().map_err(|_| bad("the database is not a number"))?,
    };
    let (host, port) = split_host_port(hostport).ok_or_else(|| bad("no valid host:port"))?;
    let (username, password) = match auth {
        None => (None, None),
        Some(a) => {
            let (u, p) = a.split_once(':').unwrap_or((a, ""));
            let u = percent_decode(u).ok_or_else(|| bad("bad %-escape in the user"))?;
            let p = percent_decode(p).ok_or_else(|| bad("bad %-escape in the password"))?;
            ((!u.is_empty()).then_some(u), (!p.is_empty()).then_some(p))
        }
    };
    Ok(Redis {
        host,
        port,
        username,
        password,
        database,
    })
}

fn split_host_port(s: &str) -> Option<(String, u16)> {
    let (host, port) = if let Some(v6) = s.strip_prefix('[') {
        let (h, rest) = v6.split_once(']')?;
        (h, rest.strip_prefix(':'))
    } else {
        match s.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (s, None),
        }
    };
    let port = match port {
        Some(p) => p.parse().ok().filter(|p| *p > 0)?,
        None => PORT,
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
    host_ok.then(|| (host.to_string(), port))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A new password: 48 hex digits of `random` (24 bytes or more).
pub fn new_password(random: &[u8]) -> String {
    random.iter().take(24).map(|b| format!("{b:02x}")).collect()
}

/// The Redis configuration file this tool mounts: only the password. The password is
/// refused unless it is one this tool made (hex), so nothing else can enter the file.
pub fn conf_text(password: &str) -> Result<String> {
    if password.len() < 16 || !password.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(fail(
            "a Redis password of this tool is 16 or more hex digits",
        ));
    }
    Ok(format!(
        "# Written by get-ai-gateway: the password of the Redis beside the gateway.\n\
         requirepass {password}\n"
    ))
}

/// The password in a configuration file this tool wrote.
pub fn password_in_conf(text: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("requirepass "))
        .map(|p| p.trim().to_string())
        .find(|p| !p.is_empty())
}

/// Register Redis in the McpBridge (replacing an earlier registry of that name).
pub fn upsert_registry(bridge: &mut Value, redis: &Redis) {
    let spec = mapping_at(bridge, &["spec"]);
    let list = seq_in(spec, "registries");
    let mut m = Mapping::new();
    m.insert(key("name"), key(REGISTRY));
    if redis.is_ip() {
        m.insert(key("type"), key("static"));
        m.insert(key("domain"), Value::String(redis.address()));
        m.insert(key("port"), Value::Number(80.into()));
    } else {
        m.insert(key("type"), key("dns"));
        m.insert(key("domain"), Value::String(redis.host.clone()));
        m.insert(key("port"), Value::Number(redis.port.into()));
    }
    let named = |r: &Value| r.get("name").and_then(Value::as_str) == Some(REGISTRY);
    match list.iter_mut().find(|r| named(r)) {
        Some(existing) => *existing = Value::Mapping(m),
        None => list.push(Value::Mapping(m)),
    }
}

/// The `higress` document inside the `higress-config` ConfigMap (a YAML string).
fn inner(doc: &Value) -> Result<Value> {
    match doc.get("data").and_then(|d| d.get("higress")) {
        None => Ok(Value::Mapping(Mapping::new())),
        Some(Value::String(text)) => {
            let v: Value = serde_yaml::from_str(text)
                .map_err(|e| fail(format!("{}: data.higress: {e}", higress_config_path())))?;
            Ok(if v.is_mapping() {
                v
            } else {
                Value::Mapping(Mapping::new())
            })
        }
        Some(_) => Err(fail(format!(
            "{}: data.higress is not a string",
            higress_config_path()
        ))),
    }
}

/// The `higress-config` ConfigMap when the gateway has none.
pub fn higress_config_skeleton() -> Value {
    serde_yaml::from_str(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: higress-config\n  \
         namespace: higress-system\ndata:\n  higress: \"\"\n",
    )
    .unwrap_or(Value::Null)
}

/// Point `mcpServer.redis` of `higress-config` at `redis` (the rest of the file is kept).
pub fn set_mcp_redis(doc: &mut Value, redis: &Redis) -> Result<()> {
    let mut higress = inner(doc)?;
    let block = mapping_at(&mut higress, &["mcpServer", "redis"]);
    block.insert(key("address"), Value::String(redis.address()));
    block.insert(
        key("username"),
        Value::String(redis.username.clone().unwrap_or_default()),
    );
    block.insert(
        key("password"),
        Value::String(redis.password.clone().unwrap_or_default()),
    );
    block.insert(key("db"), Value::Number(redis.database.into()));
    let text = super::yaml11::to_string(&higress);
    mapping_at(doc, &["data"]).insert(key("higress"), Value::String(text));
    Ok(())
}

/// The Redis the gateway's files name: the McpBridge registry [`REGISTRY`] (the service the
/// plugins use) and `higress-config`'s `mcpServer.redis` (address, user, password, db).
/// None when either is missing or the address is still the image's placeholder. This is
/// what other features (MCP's SSE sessions) read to find Redis.
pub fn from_live(higress_config: Option<&Value>, bridge: Option<&Value>) -> Option<Redis> {
    let registered = bridge?["spec"]["registries"]
        .as_sequence()?
        .iter()
        .any(|r| r.get("name").and_then(Value::as_str) == Some(REGISTRY));
    if !registered {
        return None;
    }
    let higress = inner(higress_config?).ok()?;
    let block = &higress["mcpServer"]["redis"];
    let address = block["address"].as_str()?;
    if address == PLACEHOLDER || address.is_empty() {
        return None;
    }
    let (host, port) = split_host_port(address)?;
    let text = |f: &str| {
        block[f]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    Some(Redis {
        host,
        port,
        username: text("username"),
        password: text("password"),
        database: block["db"]
            .as_u64()
            .and_then(|d| u32::try_from(d).ok())
            .unwrap_or(0),
    })
}

#[cfg(test)]
mod tests;
