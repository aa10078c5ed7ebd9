//! A minimal MCP client over Streamable HTTP, for `mcp tools`: `initialize`, the
//! `notifications/initialized` notification, then `tools/list` (every page). Answers may
//! be JSON or an SSE stream (`data: {...}` lines); the session id travels in
//! `Mcp-Session-Id`.

use std::time::Duration;

use anyhow::Result;
use serde_json::{Value, json};

use crate::domain::live::gwconfig::mcp::Tool;
use crate::error::fail;

const PROTOCOL_VERSION: &str = "2025-03-26";
const SESSION: &str = "mcp-session-id";
/// At most this many pages of `tools/list`.
const MAX_PAGES: usize = 20;

struct Session {
    client: reqwest::Client,
    url: String,
    auth: Option<String>,
    id: Option<String>,
}

/// The JSON-RPC message with `id` in an answer body: plain JSON, or SSE `data:` lines.
pub fn rpc_answer(body: &str, id: u64) -> Option<Value> {
    let matches = |v: &Value| v.get("id").and_then(Value::as_u64) == Some(id);
    if let Ok(v) = serde_json::from_str::<Value>(body.trim()) {
        return match v {
            Value::Array(list) => list.into_iter().find(matches),
            v => matches(&v).then_some(v),
        };
    }
    body.lines()
        .filter_map(|l| l.strip_prefix("data:"))
        .filter_map(|d| serde_json::from_str::<Value>(d.trim()).ok())
        .find(matches)
}

impl Session {
    async fn post(&mut self, body: Value) -> Result<(u16, String)> {
        let mut req = self
            .client
            .post(&self.url)
            .header("Accept", "application/json, text/event-stream")
            .header("Content-Type", "application/json")
            .body(body.to_string());
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        if let Some(id) = &self.id {
            req = req.header(SESSION, id);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| fail(format!("{} did not answer: {e}", self.url)))?;
        if let Some(id) = resp.headers().get(SESSION).and_then(|v| v.to_str().ok()) {
            self.id = Some(id.to_string());
        }
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        Ok((status, text))
    }

    async fn call(&mut self, id: u64, method: &str, params: Value) -> Result<Value> {
        let body = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        let (status, text) = self.post(body).await?;
        let answer = rpc_answer(&text, id).ok_or_else(|| {
            let head: String = text.chars().take(200).collect();
            fail(format!(
                "{} answered {method} with HTTP {status} and no MCP answer: {head}",
                self.url
            ))
        })?;
        if let Some(err) = answer.get("error") {
            return Err(fail(format!("{} refused {method}: {err}", self.url)));
        }
        Ok(answer.get("result").cloned().unwrap_or(Value::Null))
    }
}

/// The tools an MCP server at `url` lists. `auth` is the `Authorization` header value.
pub async fn list_tools(url: &str, auth: Option<&str>, timeout: Duration) -> Result<Vec<Tool>> {
    let client = crate::gateway::probe::http_client(timeout)
        .ok_or_else(|| fail("cannot make an HTTP client"))?;
    let mut s = Session {
        client,
        url: url.to_string(),
        auth: auth.map(str::to_string),
        id: None,
    };
    let init = json!({
        "protocolVersion": PROTOCOL_VERSION,
        "capabilities": {},
        "clientInfo": {"name": "get-ai-gateway", "version": env!("CARGO_PKG_VERSION")},
    });
    s.call(1, "initialize", init).await?;
    let note = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
    s.post(note).await?;
    let mut tools = Vec::new();
    let mut cursor: Option<String> = None;
    for page in 0..MAX_PAGES {
        let params = match &cursor {
            Some(c) => json!({"cursor": c}),
            None => json!({}),
        };
        let result = s.call(2 + page as u64, "tools/list", params).await?;
        for t in result["tools"].as_array().into_iter().flatten() {
            let Some(name) = t["name"].as_str() else {
                continue;
            };
            tools.push(Tool {
                name: name.to_string(),
                description: t["description"].as_str().unwrap_or("").to_string(),
            });
        }
        cursor = result["nextCursor"].as_str().map(str::to_string);
        if cursor.is_none() {
            break;
        }
    }
    Ok(tools)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_from_json_and_from_sse() {
        let plain = r#"{"jsonrpc":"2.0","id":2,"result":{"tools":[]}}"#;
        assert!(rpc_answer(plain, 2).is_some());
        assert!(rpc_answer(plain, 3).is_none());
        let sse = "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"x\"}\n\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n";
        assert!(rpc_answer(sse, 1).is_some());
        let batch =
            r#"[{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"2.0","id":2,"result":{"a":1}}]"#;
        assert_eq!(
            rpc_answer(batch, 2).map(|v| v["result"]["a"].clone()),
            Some(json!(1))
        );
        assert!(rpc_answer("<html>no</html>", 1).is_none());
    }

    /// A tiny MCP server on loopback: initialize, then tools/list (as SSE), any path.
    fn mcp_server() -> u16 {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut r = BufReader::new(stream);
                let (mut len, mut line) = (0usize, String::new());
                while r.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                    line.clear();
                }
                let mut body = vec![0; len];
                let _ = r.read_exact(&mut body);
                let req: Value = serde_json::from_slice(&body).unwrap_or_default();
                let tools = json!({"tools": [{"name": "echo", "description": "Say it back"}]});
                let answer = match req["method"].as_str() {
                    Some("initialize") => {
                        json!({"jsonrpc": "2.0", "id": req["id"], "result": {}}).to_string()
                    }
                    Some("tools/list") => format!(
                        "data: {}\n\n",
                        json!({"jsonrpc": "2.0", "id": req["id"], "result": tools})
                    ),
                    _ => String::new(),
                };
                let mut s = r.into_inner();
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\nMcp-Session-Id: s1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                    answer.len()
                );
            }
        });
        port
    }

    /// A plain TCP forward on loopback to `to` (as a gateway port that forwards).
    fn forward(to: u16) -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = std::net::TcpStream::connect(("127.0.0.1", to)) else {
                    continue;
                };
                let (mut c2, mut s2) = (
                    client.try_clone().expect("c"),
                    server.try_clone().expect("s"),
                );
                let (mut c, mut s) = (client, server);
                std::thread::spawn(move || std::io::copy(&mut c, &mut s2));
                std::thread::spawn(move || std::io::copy(&mut s, &mut c2));
            }
        });
        port
    }

    #[tokio::test]
    async fn tools_are_listed_directly_and_through_a_forwarding_port() {
        let server = mcp_server();
        let t = Duration::from_secs(5);
        let direct = list_tools(&format!("http://127.0.0.1:{server}/mcp"), None, t).await;
        assert_eq!(direct.expect("direct")[0].name, "echo");
        let via = forward(server);
        let url = format!("http://127.0.0.1:{via}/mcp-servers/demo");
        let through = list_tools(&url, Some("Bearer k"), t)
            .await
            .expect("forwarded");
        assert_eq!(through.len(), 1);
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("p")
            .local_addr()
            .expect("a")
            .port();
        assert!(
            list_tools(&format!("http://127.0.0.1:{closed}/"), None, t)
                .await
                .is_err()
        );
    }
}
