//! One module per command, or one folder per family of commands (`start/`, `route/`,
//! `upgrade/`, `usage/`). `app::dispatch` calls them.

pub mod backup;
pub mod check;
pub mod config;
pub mod console;
pub mod dashboard;
pub mod doctor;
pub mod export;
pub mod gitops;
pub mod keys;
pub mod lifecycle;
pub mod logs;
pub mod mcp;
pub mod metrics;
pub mod plugin;
pub mod redis;
pub mod route;
pub mod skills;
pub mod start;
pub mod status;
pub mod tracing;
pub mod upgrade;
pub mod usage;

use anyhow::Result;

use crate::engine::Engine;
use crate::ui;

/// Pull `image` with a bar per layer on a terminal (a line per layer status otherwise).
pub(crate) async fn pull_with_progress(engine: &Engine, image: &str) -> Result<()> {
    ui::info(format!("Pulling {image}..."));
    let mut view = ui::PullView::new();
    let result = engine.pull(image, |e| view.event(e)).await;
    view.finish();
    result
}
