//! `route test`: which rule and model the gateway would pick, for a message or for a whole
//! chat request (`--request FILE|-`), read the way the model-router plugin reads it.

use std::io::Read as _;
use std::path::Path;

use anyhow::Result;
use serde_json::json;

use crate::args::RouteTestArgs;
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::routing::{self, Decision, RequestOutcome};
use crate::error::{fail, fail_hint};
use crate::gateway::Gateway;
use crate::ui;
use crate::ui::render;

pub async fn run(gw: &Gateway, args: &RouteTestArgs) -> Result<()> {
    // Read the request before touching the gateway's files: a bad file changes nothing.
    let request = args.request.as_deref().map(read_request).transpose()?;
    let auto = gw.read().await?.auto_routing()?;
    match (request, &args.message) {
        (Some(request), _) => {
            let outcome = routing::route_request(&auto, &request);
            ui::report(
                args.json,
                || render::route_request_json(&auto, &outcome),
                || {
                    if let RequestOutcome::Routed { decision, .. } = &outcome {
                        warn_skipped(&auto, decision);
                    }
                    println!("{}", render::route_request(&auto, &outcome));
                },
            );
        }
        (None, message) => {
            let d = routing::decide(&auto, message.as_deref().unwrap_or_default());
            ui::report(
                args.json,
                || {
                    json!({
                        "enabled": auto.enable,
                        "rule": d.rule,
                        "pattern": d.rule.map(|i| auto.rules[i].pattern.clone()),
                        "model": d.model,
                        "skipped": d.skipped,
                    })
                },
                || {
                    warn_skipped(&auto, &d);
                    println!("{}", render::route_test(&auto, &d));
                },
            );
        }
    }
    Ok(())
}

fn warn_skipped(auto: &AutoRouting, d: &Decision) {
    for i in &d.skipped {
        let reason = routing::skip_reason(&auto.rules[*i]).unwrap_or_default();
        ui::warn(format!(
            "rule {i} ({}) is skipped by the gateway: {reason}",
            auto.rules[*i].pattern
        ));
    }
}

/// The request in FILE, or on standard input for `-`, as JSON.
fn read_request(path: &Path) -> Result<serde_json::Value> {
    let mut text = String::new();
    let read = if path == Path::new("-") {
        std::io::stdin().read_to_string(&mut text)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text))
    };
    read.map_err(|e| fail(format!("cannot read the request {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        fail_hint(
            format!("the request {} is not valid JSON: {e}", path.display()),
            "give an OpenAI chat request: {\"model\": \"higress/auto\", \"messages\": [...]} \
             (the gateway passes a body that is not JSON through without routing it)",
        )
    })
}
