//! The console's admin account: read from the data folder, claimed through the console's own
//! API (`POST /system/init`), and reset by the edit engine (see [`crate::domain::live::console`]).

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_yaml::Value;

use super::Gateway;
use super::probe::{http_client, reach_host};
use crate::domain::live::Write;
use crate::domain::live::console::{self, Account, Claim};
use crate::domain::live::yaml11;
use crate::error::{fail, fail_hint};

/// The account as the data folder has it.
pub async fn read(gw: &Gateway) -> Result<Account> {
    Ok(account_of(&gw.read_files(&paths()).await?))
}

/// The account from a snapshot holding [`paths`].
pub fn account_of(snap: &crate::edit::Snapshot) -> Account {
    let paths = paths();
    console::account(
        snap.text(&paths[0]).as_deref(),
        snap.text(&paths[1]).as_deref(),
        snap.text(&paths[2]).as_deref(),
    )
}

/// The files the account is read from.
pub fn paths() -> Vec<String> {
    vec![
        console::secret_path(),
        console::configmap_path(),
        console::password_file(),
    ]
}

/// The console's base URL as this machine reaches it.
pub fn base_url(gw: &Gateway) -> String {
    format!(
        "http://{}:{}",
        reach_host(&super::bind_of(gw.info())),
        gw.ports().console
    )
}

/// What [`claim`] did.
#[derive(Debug)]
pub enum Claimed {
    /// This tool set the admin password (shown once).
    New(String),
    /// The console had an admin already; nothing was changed.
    Already(Account),
    /// The console did not answer in time; nothing was changed.
    NoAnswer(String),
}

/// Set the console's admin password on a console that has none: `password`, or a generated
/// one. The password is saved first and removed again when the console refuses it.
pub async fn claim(gw: &Gateway, password: Option<String>, wait: Duration) -> Result<Claimed> {
    let account = read(gw).await?;
    if account.initialized() {
        return Ok(Claimed::Already(account));
    }
    let base = base_url(gw);
    if !answers(&base, wait).await {
        return Ok(Claimed::NoAnswer(base));
    }
    let password = given_or_new(password)?;
    save(gw, &password, None).await?;
    match init(&base, &password).await {
        Ok(()) => Ok(Claimed::New(password)),
        Err(e) => {
            forget(gw).await?;
            let now = read(gw).await?;
            if now.initialized() {
                return Ok(Claimed::Already(now));
            }
            Err(e)
        }
    }
}

/// A new admin password (`password`, or a generated one): set in the console's Secret when it
/// has an admin, else through `/system/init`. Returns it.
pub async fn reset(gw: &Gateway, password: Option<String>) -> Result<String> {
    let password = given_or_new(password)?;
    let account = read(gw).await?;
    if account.user.is_none() {
        return match claim(gw, Some(password), Duration::from_secs(30)).await? {
            Claimed::New(p) => Ok(p),
            Claimed::Already(_) => Err(fail_hint(
                "the console is marked initialized, but its Secret holds no admin",
                "restart it (`get-ai-gateway stop`, then `get-ai-gateway start`); the console \
                 then asks for a new admin, and `console password --reset` sets one",
            )),
            Claimed::NoAnswer(base) => Err(fail_hint(
                format!("the console has no admin yet and did not answer at {base}"),
                "check it with `get-ai-gateway status`, then run this again",
            )),
        };
    }
    save(gw, &password, Some(&password)).await?;
    Ok(password)
}

/// The password given, or a new generated one.
fn given_or_new(password: Option<String>) -> Result<String> {
    match password {
        Some(p) => Ok(p),
        None => Ok(console::generate(&super::host::random_bytes::<20>()?)),
    }
}

/// Write the password file and, with `secret`, the Secret's `adminPassword`, in one
/// transaction (both 0600).
async fn save(gw: &Gateway, password: &str, secret: Option<&str>) -> Result<()> {
    let paths = paths();
    gw.transact(&paths, |snap| {
        let mut writes = vec![Write::Put {
            path: paths[2].clone(),
            text: format!("{password}\n"),
        }];
        if let Some(new) = secret {
            let text = snap
                .text(&paths[0])
                .ok_or_else(|| fail(format!("{} is missing", paths[0])))?;
            let mut doc: Value =
                serde_yaml::from_str(&text).map_err(|e| fail(format!("{}: {e}", paths[0])))?;
            console::set_password(&mut doc, new).map_err(fail)?;
            writes.push(Write::Put {
                path: paths[0].clone(),
                text: yaml11::to_string(&doc),
            });
        }
        Ok((writes, ()))
    })
    .await
}

async fn forget(gw: &Gateway) -> Result<()> {
    let path = console::password_file();
    gw.transact(std::slice::from_ref(&path), |_| {
        Ok((vec![Write::Delete { path: path.clone() }], ()))
    })
    .await
}

/// Whether the console answers `GET /system/info` within `wait` (polled).
async fn answers(base: &str, wait: Duration) -> bool {
    let Some(client) = http_client(Duration::from_secs(3)) else {
        return false;
    };
    let deadline = Instant::now() + wait;
    loop {
        let ok = client
            .get(format!("{base}/system/info"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ok {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn init(base: &str, password: &str) -> Result<()> {
    let client =
        http_client(Duration::from_secs(30)).ok_or_else(|| fail("cannot make an HTTP client"))?;
    let resp = client
        .post(format!("{base}/system/init"))
        .json(&console::init_request(password))
        .send()
        .await
        .map_err(|e| fail(format!("cannot reach the console at {base}: {e}")))?;
    let status = resp.status();
    let body: serde_json::Value = resp.json().await.unwrap_or_default();
    if status.is_success() && body["success"].as_bool() != Some(false) {
        return Ok(());
    }
    Err(fail(format!(
        "the console refused its initialization ({status}): {}",
        body["message"].as_str().unwrap_or("no message")
    )))
}

/// `Console: http://localhost:8001 (admin / …)`: the password in full only when just set.
pub fn line(url: &str, account: &Account, new_password: Option<&str>) -> String {
    let user = account.user.as_deref().unwrap_or(console::ADMIN);
    match (new_password, account.claim) {
        (Some(p), _) => format!("Console: {url} ({user} / {p})"),
        (None, Claim::Ours) => format!(
            "Console: {url} ({user} / {}; `get-ai-gateway console password --show`)",
            crate::domain::providers::mask(account.saved.as_deref().unwrap_or(""))
        ),
        (None, Claim::Changed) => {
            format!("Console: {url} ({user}; its password was changed in the console)")
        }
        (None, Claim::Foreign) => format!(
            "Console: {url} ({user}; set up by someone else: `get-ai-gateway console password \
             --reset` takes it over)"
        ),
        (None, Claim::Open) => format!(
            "Console: {url} (no admin yet: whoever opens it first sets the password; \
             `get-ai-gateway console password --reset` claims it)"
        ),
    }
}
