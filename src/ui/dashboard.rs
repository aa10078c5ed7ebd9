//! The `sessions serve` dashboard: one page, its script and its style, embedded.

pub const INDEX: &str = include_str!("dashboard/index.html");
pub const APP_JS: &str = include_str!("dashboard/app.js");
pub const APP_CSS: &str = include_str!("dashboard/app.css");
