//! `dashboard [--open]`: the Grafana of the `-o11y` image, which the console proxies at
//! `/grafana/` behind its login. Opening uses the desktop's opener (xdg-open, open, start),
//! not the docker CLI; with no display the URL is printed.

use anyhow::Result;
use serde_json::json;

use crate::args::{DashboardArgs, GlobalArgs};
use crate::error::fail_hint;
use crate::gateway::metrics::grafana_url;
use crate::gateway::{Gateway, Need};
use crate::ui;

pub async fn run(global: &GlobalArgs, args: &DashboardArgs) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let Some(url) = grafana_url(gw.info()) else {
        return Err(fail_hint(
            format!(
                "{} runs {}, which has no Grafana",
                gw.name(),
                gw.info().image
            ),
            "move to the observability image (the tag with -o11y): `get-ai-gateway upgrade --o11y`",
        ));
    };
    let opened = args.open && has_display() && open(&url);
    if args.json {
        ui::print_json(&json!({"url": url, "opened": opened, "login": "console"}));
        return Ok(());
    }
    println!("{url}");
    if opened {
        ui::info("Opened in the browser; log in to the console if it asks.");
    } else {
        if args.open {
            ui::info("No display to open a browser on; open the URL above.");
        }
        ui::info("Grafana is behind the console login (dashboards main, ai and logs).");
    }
    Ok(())
}

fn has_display() -> bool {
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

fn open(url: &str) -> bool {
    let mut cmd = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    cmd.arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
