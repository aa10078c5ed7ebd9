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
