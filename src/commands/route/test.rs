//! `route test`: which rule and model the gateway would pick, for a message or for a whole
//! chat request (`--request FILE|-`), read the way the model-router plugin reads it.

use std::io::Read as _;
use std::path::Path;

use anyhow::Result;
use serde_json::json;

use crate::args::RouteTestArgs;
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::routing::{self, Decision, HttpRequest, RequestOutcome};
use crate::error::{fail, fail_hint};
use crate::gateway::Gateway;
use crate::ui;
use crate::ui::render;

/// `--path` and `--content-type` when not given: an OpenAI chat completion.
const DEFAULT_PATH: &str = "/v1/chat/completions";
const DEFAULT_CONTENT_TYPE: &str = "application/json";

pub async fn run(gw: &Gateway, args: &RouteTestArgs) -> Result<()> {
    // Read the request before touching the gateway's files: a bad file changes nothing.
    let body = args.request.as_deref().map(read_body).transpose()?;
    let live = gw.read().await?;
    let auto = live.auto_routing()?;
    match (body, &args.message) {
        (Some(body), _) => {
            let reading = live.request_reading()?;
            let request = HttpRequest {
                path: args.path.as_deref().unwrap_or(DEFAULT_PATH),
                content_type: args.content_type.as_deref().unwrap_or(DEFAULT_CONTENT_TYPE),
                body: &body,
            };
            let outcome = routing::route_http(&auto, &reading, &request).map_err(|e| {
                fail_hint(
                    e.to_string(),
                    "the modelKey of the model-router uses a gjson path route test cannot \
                     follow; test with a message instead: `get-ai-gateway route test TEXT`",
                )
            })?;
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

/// The request body in FILE, or on standard input for `-`, as bytes: the gateway reads
/// bodies that are not UTF-8, and decides itself whether they are JSON.
fn read_body(path: &Path) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut body)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut body))
    };
    read.map_err(|e| fail(format!("cannot read the request {}: {e}", path.display())))?;
    Ok(body)
}
