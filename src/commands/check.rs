//! `check`: every file the gateway reads, read as the gateway reads it; each problem with
//! its fix. Exit 1 when there is one.

use anyhow::Result;
use serde_json::json;

use crate::args::GlobalArgs;
use crate::domain::ops::check;
use crate::error::ExitStatus;
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render;

pub async fn run(global: &GlobalArgs, as_json: bool) -> Result<ExitStatus> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let files = gw.read_tree().await?;
    let findings = check::check(&files);
    let yaml = files.keys().filter(|p| p.ends_with(".yaml")).count();
    if as_json {
        ui::print_json(&json!({
            "ok": findings.is_empty(),
            "files": yaml,
            "findings": findings,
        }));
    } else {
        println!("{}", render::check(&findings, yaml));
    }
    if findings.is_empty() {
        return Ok(ExitStatus::Success);
    }
    ui::failure(
        format!(
            "check found {} problem{} in the gateway's files",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        ),
        Some("apply the fix under each problem, then run `get-ai-gateway check` again"),
    );
    Ok(ExitStatus::Failure)
}
