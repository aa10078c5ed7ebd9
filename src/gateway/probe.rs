//! HTTP checks against the gateway's published ports.

use std::time::Duration;

/// A client for plain-HTTP probes of the gateway (and its console). It trusts no certificate
/// and so needs no system certificate store: the static binary probes from an image FROM
/// scratch too.
pub fn http_client(timeout: Duration) -> Option<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .tls_certs_only(Vec::new())
        .build()
        .ok()
}

/// Whether anything answers HTTP on 127.0.0.1:port (any status counts).
pub async fn answers(port: u16, timeout: Duration) -> bool {
    answers_at("127.0.0.1", port, timeout).await
}

/// Whether anything answers HTTP on addr:port (any status counts); an unspecified address
/// (`0.0.0.0`) is asked on loopback.
pub async fn answers_at(addr: &str, port: u16, timeout: Duration) -> bool {
    let Some(client) = http_client(timeout) else {
        return false;
    };
    client
        .get(format!("http://{}:{port}/", reach_host(addr)))
        .send()
        .await
        .is_ok()
}

/// The host to connect to for ports published on `addr`: an unspecified address (`0.0.0.0`)
/// is asked on loopback; an IPv6 address gets brackets.
pub fn reach_host(addr: &str) -> String {
    match addr {
        "" | "0.0.0.0" => "127.0.0.1".to_string(),
        "::" => "[::1]".to_string(),
        a if a.contains(':') && !a.starts_with('[') => format!("[{a}]"),
        a => a.to_string(),
    }
}

/// Model ids the gateway lists at /v1/models, when it answers.
pub async fn listed_models(base_url: &str, timeout: Duration) -> Option<Vec<String>> {
    let client = http_client(timeout)?;
    let url = format!("{}/models", base_url.trim_end_matches('/'));
    let resp = client.get(url).send().await.ok()?;
    if !resp.status().is_success() {
        return None;
    }
    let body: serde_json::Value = resp.json().await.ok()?;
    let ids: Vec<String> = body
        .get("data")?
        .as_array()?
        .iter()
        .filter_map(|m| m.get("id").and_then(|i| i.as_str()).map(str::to_string))
        .collect();
    Some(ids)
}

/// A client for the providers' own APIs (`config test --direct`): the platform's
/// certificates, and the proxy the environment names.
pub fn https_client(timeout: Duration) -> Option<reqwest::Client> {
    reqwest::Client::builder().timeout(timeout).build().ok()
}

/// POST a chat request (JSON `body`) to `url`, with `Authorization: Bearer KEY` when a key
/// is given: the reply and the time it took.
pub async fn chat(
    client: &reqwest::Client,
    url: &str,
    key: Option<&str>,
    body: String,
) -> (crate::domain::ops::probe::Reply, u64) {
    use crate::domain::ops::probe::Reply;
    let started = std::time::Instant::now();
    let mut req = client
        .post(url)
        .header("Content-Type", "application/json")
        .body(body);
    if let Some(k) = key {
        req = req.bearer_auth(k);
    }
    let reply = match req.send().await {
        Ok(resp) => {
            let status = resp.status().as_u16();
            match resp.text().await {
                Ok(body) => Reply::Http { status, body },
                Err(e) => Reply::Failed(format!("HTTP {status}, then: {}", error_chain(&e))),
            }
        }
        Err(e) if e.is_timeout() => Reply::Failed("no answer in time (timed out)".into()),
        Err(e) => Reply::Failed(error_chain(&e)),
    };
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    (reply, ms)
}

/// An error with its causes, on one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
