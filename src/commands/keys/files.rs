//! The keys' files, read and changed in one transaction: key-auth, key-rate-limit, ai-proxy
//! (for the routes), the fallback Ingresses and the MCP servers' Ingresses, and whatever a
//! caller adds (token limits, quotas).

use anyhow::Result;
use serde_yaml::Value;

use crate::domain::live::Write;
use crate::domain::live::keyauth::{self, State};
use crate::domain::live::keyrate;
use crate::domain::live::keyscope::{self, KeyFiles, Routes};
use crate::domain::live::mcp;
use crate::domain::live::paths::fallback_ingress_path;
use crate::domain::live::yaml11;
use crate::edit::Snapshot;
use crate::error::fail;
use crate::gateway::{AI_PROXY, Gateway};

/// The keys as the gateway has them, with providers and rates (off with no key when the
/// files are absent).
pub async fn read(gw: &Gateway) -> Result<State> {
    state_of(&gw.read_files(&state_paths()).await?)
}

/// The files [`state_of`] reads.
pub fn state_paths() -> Vec<String> {
    vec![keyauth::path(), keyrate::path()]
}

/// The keys' state from a snapshot holding [`state_paths`].
pub fn state_of(snap: &crate::edit::Snapshot) -> Result<State> {
    let (auth, rate) = (keyauth::path(), keyrate::path());
    Ok(keyscope::describe(
        &parse(&auth, snap.text(&auth))?,
        &parse(&rate, snap.text(&rate))?,
    ))
}

pub fn parse(path: &str, text: Option<String>) -> Result<Value> {
    match text {
        Some(t) => serde_yaml::from_str(&t).map_err(|e| fail(format!("{path}: {e}"))),
        None => Ok(Value::Null),
    }
}

/// One transaction on key-auth and key-rate-limit (each made from its skeleton, next to
/// ai-proxy, when absent; key-rate-limit written only once it holds something), with the
/// routes of ai-proxy and the MCP servers (their Ingresses read in the same transaction).
pub async fn change<T>(gw: &Gateway, f: impl FnOnce(&mut KeyFiles) -> Result<T>) -> Result<T> {
    change_with(gw, &[], |files, _| Ok((Vec::new(), f(files)?))).await
}

/// [`change`], with more files in the same transaction: `f` changes the keys and returns the
/// writes of `extra` (read from the snapshot it is given). Nothing is written when it fails.
pub async fn change_with<T>(
    gw: &Gateway,
    extra: &[String],
    f: impl FnOnce(&mut KeyFiles, &Snapshot) -> Result<(Vec<Write>, T)>,
) -> Result<T> {
    let (auth_path, rate_path) = (keyauth::path(), keyrate::path());
    let mut paths = vec![auth_path.clone(), rate_path.clone(), AI_PROXY.to_string()];
    paths.extend(
        extra
            .iter()
            .filter(|p| !paths.contains(p))
            .cloned()
            .collect::<Vec<_>>(),
    );
    // The MCP servers' and the fallbacks' Ingresses are found under the lock, in the same exec.
    gw.transact_tree(&paths, |snap| {
        let mcp = snap
            .paths()
            .filter(|p| snap.exists(p))
            .filter_map(|p| mcp::name_of_file(p))
            .map(str::to_string)
            .collect();
        let proxy = parse(AI_PROXY, snap.text(AI_PROXY))?;
        let auth = match snap.text(&auth_path) {
            Some(text) => parse(&auth_path, Some(text))?,
            None => keyauth::skeleton(&keyauth::url_next_to(Some(&proxy))),
        };
        let rate_text = snap.text(&rate_path);
        let rate = match &rate_text {
            Some(text) => parse(&rate_path, Some(text.clone()))?,
            None => keyrate::skeleton(&keyrate::url_next_to(
                auth["spec"]["url"].as_str().unwrap_or_default(),
            )),
        };
        // Every file of the tree was read: a fallback Ingress is there or it is not.
        let routes = Routes::of(&proxy, &auth, |id| {
            Some(snap.exists(&fallback_ingress_path(id)))
        });
        let mut files = KeyFiles {
            auth,
            rate,
            routes,
            mcp: Some(mcp),
        };
        let rate_before = files.rate.clone();
        let (more, value) = f(&mut files, snap)?;
        let mut writes = vec![Write::Put {
            path: auth_path,
            text: yaml11::to_string(&files.auth),
        }];
        if files.rate != rate_before {
            writes.push(Write::Put {
                path: rate_path,
                text: yaml11::to_string(&files.rate),
            });
        }
        writes.extend(more);
        Ok((writes, value))
    })
    .await
}
