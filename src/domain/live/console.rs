//! The Higress console's admin account, as the all-in-one keeps it. No I/O.
//!
//! The console (higress-console, `SessionServiceImpl`) keeps its one admin in the Secret
//! `higress-console`: `adminUsername`, `adminDisplayName`, `adminPassword`, `key`, `iv`, each
//! base64 as in every Secret. The all-in-one stores that Secret as
//! `/data/secrets/higress-console.yaml`. Until it holds an admin, `POST /system/init` is open
//! to anyone and sets one (`SystemController`). This tool claims it at `start` and keeps the
//! password it set in [`PASSWORD_FILE`] (0600), so that it can show it again.
//!
//! Resetting a forgotten password is what the console's maintainers point to: change
//! `adminPassword` in that Secret (higress-console issue 231; standalone issue 199 also gives
//! "delete the Secret and set `system.initialized` to false, then restart"). The console
//! rereads the Secret, so the new password works without a restart.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_yaml::{Mapping, Value};

use crate::domain::live::paths::DATA;

/// The console's Secret in the data folder.
pub fn secret_path() -> String {
    format!("{DATA}/secrets/higress-console.yaml")
}

/// The console's ConfigMap (`system.initialized`).
pub fn configmap_path() -> String {
    format!("{DATA}/configmaps/higress-console.yaml")
}

/// Where this tool keeps the admin password it set (mode 0600).
pub fn password_file() -> String {
    format!("{DATA}/{PASSWORD_FILE}")
}

/// [`password_file`]'s name in the data folder.
pub const PASSWORD_FILE: &str = "console-admin";

/// The admin user this tool creates.
pub const ADMIN: &str = "admin";

/// Who set the console's admin password, as far as this tool can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Claim {
    /// No admin yet: whoever opens the console first sets one.
    Open,
    /// This tool set it and holds the password.
    Ours,
    /// This tool set it, but the password was changed since (in the console).
    Changed,
    /// Someone else set it (in a browser, or another tool).
    Foreign,
}

/// The console's account as read from the data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub claim: Claim,
    /// The admin's user name, when there is one.
    pub user: Option<String>,
    /// The password this tool holds (from [`PASSWORD_FILE`]).
    pub saved: Option<String>,
}

impl Account {
    /// A console with no admin, as far as this tool knows.
    pub fn open() -> Account {
        Account {
            claim: Claim::Open,
            user: None,
            saved: None,
        }
    }

    pub fn initialized(&self) -> bool {
        self.claim != Claim::Open
    }
}

/// The admin in the Secret's text: user name and password, decoded.
pub fn admin_of(secret: &str) -> Option<(String, String)> {
    let doc: Value = serde_yaml::from_str(secret).ok()?;
    let field = |k: &str| -> Option<String> {
        let raw = doc.get("data")?.get(k)?.as_str()?;
        let bytes = B64.decode(raw.trim()).ok()?;
        String::from_utf8(bytes)
            .ok()
            .filter(|v| !v.trim().is_empty())
    };
    Some((field("adminUsername")?, field("adminPassword")?))
}

/// The account from the Secret, the ConfigMap and this tool's password file (each as read,
/// `None` when absent).
pub fn account(secret: Option<&str>, configmap: Option<&str>, saved: Option<&str>) -> Account {
    let admin = secret.and_then(admin_of);
    let marked = configmap
        .and_then(|t| serde_yaml::from_str::<Value>(t).ok())
        .and_then(|d| {
            let v = d.get("data")?.get("system.initialized")?.clone();
            Some(
                v.as_str()
                    .map_or(v.as_bool() == Some(true), |s| s == "true"),
            )
        })
        .unwrap_or(false);
    let saved = saved.map(|s| s.trim_end_matches('\n').to_string());
    let claim = match (&admin, &saved) {
        (None, _) if !marked => Claim::Open,
        (Some((_, pw)), Some(ours)) if pw == ours => Claim::Ours,
        (_, Some(_)) => Claim::Changed,
        (_, None) => Claim::Foreign,
    };
    Account {
        claim,
        user: admin.map(|(u, _)| u),
        saved,
    }
}

/// Set the admin's password in the Secret's document, keeping everything else.
pub fn set_password(secret: &mut Value, password: &str) -> Result<(), String> {
    let root = secret
        .as_mapping_mut()
        .ok_or("the console's Secret is not a mapping")?;
    let data = root
        .entry(Value::String("data".into()))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !data.is_mapping() {
        *data = Value::Mapping(Mapping::new());
    }
    let Some(data) = data.as_mapping_mut() else {
        return Err("the console's Secret has no data".into());
    };
    data.insert(
        Value::String("adminPassword".into()),
        Value::String(B64.encode(password.as_bytes())),
    );
    Ok(())
}

/// The body of `POST /system/init` (`SystemInitRequest`: `adminUser` with name, displayName
/// and password, all required).
pub fn init_request(password: &str) -> serde_json::Value {
    serde_json::json!({
        "adminUser": {"name": ADMIN, "displayName": ADMIN, "password": password},
        "configs": {},
    })
}

/// A password given by the user: 8 to 128 characters, no control characters (a newline
/// would end it in the console's form). Anything else is kept as it is.
pub fn check_password(password: &str) -> Result<(), String> {
    let n = password.chars().count();
    if !(8..=128).contains(&n) {
        return Err(format!(
            "the console password has {n} characters; give 8 to 128"
        ));
    }
    if password.chars().any(char::is_control) {
        return Err("the console password has a control character (a newline, a tab…)".into());
    }
    Ok(())
}

/// A new password: 20 characters from letters and digits that cannot be confused (no 0/O,
/// 1/l/I), from `random` (20 bytes or more; about 115 bits).
pub fn generate(random: &[u8]) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    random
        .iter()
        .take(20)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(user: &str, pw: &str) -> String {
        format!(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: higress-console\ndata:\n  \
             adminUsername: {}\n  adminPassword: {}\n  key: a2V5\n",
            B64.encode(user),
            B64.encode(pw)
        )
    }

    const CM_FALSE: &str = "data:\n  system.initialized: \"false\"\n";
    const CM_TRUE: &str = "data:\n  system.initialized: \"true\"\n";

    #[test]
    fn claims_follow_the_secret_and_our_file() {
        let s = secret("admin", "pw-1");
        let a = |sec: Option<&str>, cm, saved| account(sec, cm, saved).claim;
        assert_eq!(a(None, None, None), Claim::Open);
        assert_eq!(a(Some("data: {}\n"), Some(CM_FALSE), None), Claim::Open);
        assert_eq!(a(Some("data: {}\n"), Some(CM_TRUE), None), Claim::Foreign);
        assert_eq!(a(Some(&s), Some(CM_TRUE), Some("pw-1\n")), Claim::Ours);
        assert_eq!(a(Some(&s), Some(CM_TRUE), Some("pw-2")), Claim::Changed);
        assert_eq!(a(Some(&s), None, None), Claim::Foreign);
        let acc = account(Some(&s), None, Some("pw-1"));
        assert_eq!(acc.user.as_deref(), Some("admin"));
        assert!(acc.initialized());
    }

    #[test]
    fn a_new_password_is_stored_verbatim_and_the_rest_is_kept() {
        let hostile = "it's \"$(rm -rf /)\" \\ é 中";
        let mut doc: Value = serde_yaml::from_str(&secret("root", "old")).expect("yaml");
        set_password(&mut doc, hostile).expect("set");
        let text = crate::domain::live::yaml11::to_string(&doc);
        assert_eq!(
            admin_of(&text),
            Some(("root".to_string(), hostile.to_string()))
        );
        assert!(text.contains("key: a2V5"), "{text}");
        let mut empty: Value = serde_yaml::from_str("kind: Secret\ndata: {}\n").expect("yaml");
        set_password(&mut empty, "x").expect("set");
        assert_eq!(empty["data"]["adminPassword"], Value::from("eA=="));
    }

    #[test]
    fn given_passwords_are_checked() {
        assert!(check_password("it's \"$(x)\" \\ é").is_ok());
        assert!(check_password("short").is_err());
        assert!(check_password("has a\nnewline").is_err());
        assert!(check_password(&"x".repeat(129)).is_err());
    }

    #[test]
    fn generated_passwords_are_20_unambiguous_characters() {
        let random: Vec<u8> = (0..=255).collect();
        let pw = generate(&random);
        assert_eq!(pw.len(), 20);
        assert!(
            pw.chars()
                .all(|c| c.is_ascii_alphanumeric() && !"0O1lI".contains(c))
        );
        assert_eq!(
            init_request("p")["adminUser"],
            serde_json::json!({"name": "admin", "displayName": "admin", "password": "p"})
        );
    }
}
