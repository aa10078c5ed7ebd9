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
}
