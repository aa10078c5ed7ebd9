//! What `--configure` writes: the gateway's URL, the key, and the models it offers
//! (`commands::plugin` finds them from the running container when not given).

#[cfg(test)]
use super::{AUTO_MODEL, LOCAL_KEY};

/// What `--configure` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub gateway_url: String,
    pub api_key: String,
    pub models: Vec<String>,
    pub default_model: Option<String>,
    /// The gateway's MCP servers (empty with --gateway-url: they are not known then).
    pub mcp: Vec<McpEndpoint>,
}

/// One MCP server of the gateway as an agent reaches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct McpEndpoint {
    pub name: String,
    /// `http://<gateway>/mcp-servers/<name>` (`…/sse` for a server proxied over SSE).
    pub url: String,
    /// OpenClaw's `transport`: `streamable-http` or `sse`.
    pub transport: &'static str,
    /// `Bearer <key>` when the gateway requires keys.
    pub authorization: Option<String>,
}

impl McpEndpoint {
    /// The endpoint of server `name` on the gateway at `origin`: over SSE (the path with
    /// the gateway's `sse_path_suffix`) when the server is proxied over SSE, else
    /// Streamable HTTP at its path.
    pub fn new(origin: &str, name: &str, path: &str, sse_suffix: Option<&str>) -> McpEndpoint {
        let base = format!("{}{path}", gateway_origin(origin));
        let (url, transport) = match sse_suffix {
            Some(suffix) => (format!("{base}{suffix}"), "sse"),
            None => (base, "streamable-http"),
        };
        McpEndpoint {
            name: name.to_string(),
            url,
            transport,
            authorization: None,
        }
    }
}

#[cfg(test)]
impl Setup {
    /// The local gateway on port 9000 with `models`, defaulting to higress/auto.
    pub fn example(models: &[&str]) -> Setup {
        Setup {
            gateway_url: "http://127.0.0.1:9000/".into(),
            api_key: LOCAL_KEY.into(),
            models: models.iter().map(|m| m.to_string()).collect(),
            default_model: Some(AUTO_MODEL.into()),
            mcp: Vec::new(),
        }
    }
}

/// The gateway's origin without `/v1` (as the plugin's gatewayOrigin does).
pub fn gateway_origin(url: &str) -> String {
    let mut u = url.trim().to_string();
    if !u.starts_with("http://") && !u.starts_with("https://") {
        u = format!("http://{u}");
    }
    let mut u = u.trim_end_matches('/').to_string();
    if u.to_ascii_lowercase().ends_with("/v1") {
        u.truncate(u.len() - 3);
    }
    u.trim_end_matches('/').to_string()
}

pub fn api_base_url(url: &str) -> String {
    format!("{}/v1", gateway_origin(url))
}

/// `--models`: comma- or line-separated, blanks and repeats dropped.
pub fn parse_models(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        if !out.iter().any(|o| o == m) {
            out.push(m.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_get_v1_once() {
        for (input, origin) in [
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://localhost:8080/", "http://localhost:8080"),
            ("http://localhost:8080/v1", "http://localhost:8080"),
            ("http://localhost:8080/v1/", "http://localhost:8080"),
            (" localhost:8080//", "http://localhost:8080"),
            ("https://gw.example.com/V1", "https://gw.example.com"),
        ] {
            assert_eq!(gateway_origin(input), origin, "{input}");
            assert_eq!(api_base_url(input), format!("{origin}/v1"));
        }
        assert_eq!(api_base_url(&api_base_url("http://h:1")), "http://h:1/v1");
    }

    #[test]
    fn models_are_split_trimmed_and_deduplicated() {
        assert_eq!(
            parse_models(" higress/auto, qwen-turbo\nqwen-turbo,, \n"),
            ["higress/auto", "qwen-turbo"]
        );
        assert!(parse_models(" , \n").is_empty());
    }
}
