//! ai-quota's admin path on the gateway's HTTP port (see [`crate::domain::live::quota`]):
//! one request, authenticated as the tool's admin consumer.

use std::time::Duration;

use anyhow::Result;

use super::Gateway;
use super::probe::{http_client, reach_host};
use crate::domain::live::quota::Admin;
use crate::error::fail;

/// **For tests only**: the base URL to send admin requests to instead of the gateway's
/// published HTTP port. The stand-in gateway of the integration tests runs no wasm plugin,
/// so they point this at a small HTTP stand-in that answers as ai-quota's README says.
pub const TEST_URL_VAR: &str = "GET_AI_GATEWAY_TEST_QUOTA_URL";

/// The base URL of the gateway's HTTP port as this machine reaches it.
pub fn base_url(gw: &Gateway) -> String {
    if let Some(url) = std::env::var(TEST_URL_VAR).ok().filter(|u| !u.is_empty()) {
        return url.trim_end_matches('/').to_string();
    }
    format!(
        "http://{}:{}",
        reach_host(&super::bind_of(gw.info())),
        gw.ports().http
    )
}

/// Send `req` with `Authorization: Bearer <admin_key>`; the status and body of the answer.
/// The key is never part of an error.
pub async fn send(gw: &Gateway, admin_key: &str, req: &Admin) -> Result<(u16, String)> {
    let base = base_url(gw);
    let client = client(SEND_TIMEOUT)?;
    send_on(&client, &base, admin_key, req, SEND_TIMEOUT).await
}

/// Every one of `reqs` at once, each given `timeout`; the answers in the order of `reqs`.
pub async fn send_each(
    gw: &Gateway,
    admin_key: &str,
    reqs: &[Admin],
    timeout: Duration,
) -> Vec<Result<(u16, String)>> {
    let base = base_url(gw);
    let client = match client(timeout) {
        Ok(c) => c,
        Err(e) => {
            let why = format!("{e:#}");
            return reqs.iter().map(|_| Err(fail(why.clone()))).collect();
        }
    };
    let asks = reqs
        .iter()
        .map(|req| send_on(&client, &base, admin_key, req, timeout));
    futures_util::future::join_all(asks).await
}

const SEND_TIMEOUT: Duration = Duration::from_secs(15);

fn client(timeout: Duration) -> Result<reqwest::Client> {
    http_client(timeout).ok_or_else(|| fail("could not make an HTTP client"))
}

async fn send_on(
    client: &reqwest::Client,
    base: &str,
    admin_key: &str,
    req: &Admin,
    timeout: Duration,
) -> Result<(u16, String)> {
    let url = format!("{base}{}", req.path);
    let builder = match req.method {
        "POST" => client.post(&url),
        _ => client.get(&url),
    };
    let mut builder = builder.header("Authorization", format!("Bearer {admin_key}"));
    if let Some(body) = &req.body {
        builder = builder
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body.clone());
    }
    let resp = builder.send().await.map_err(|e| {
        fail(format!(
            "the gateway did not answer at {base} ({})",
            why(e, timeout)
        ))
    })?;
    let status = resp.status().as_u16();
    let body = resp.text().await.unwrap_or_default();
    Ok((status, body))
}

/// What went wrong with a request, without its URL (the key is in no URL, but the base is
/// said once): the innermost cause (`Connection refused (os error 111)`), or the timeout.
fn why(e: reqwest::Error, timeout: Duration) -> String {
    if e.is_timeout() {
        return format!("no answer within {} s", timeout.as_secs());
    }
    let e = e.without_url();
    let mut inner: &dyn std::error::Error = &e;
    while let Some(next) = std::error::Error::source(inner) {
        inner = next;
    }
    inner.to_string()
}
