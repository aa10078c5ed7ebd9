//! One module per command, or one folder per family of commands (`start/`, `route/`,
//! `upgrade/`, `usage/`). `app::dispatch` calls them.

pub mod backup;
pub mod check;
pub mod config;
pub mod console;
pub mod doctor;
pub mod export;
pub mod keys;
pub mod lifecycle;
pub mod logs;
pub mod plugin;
pub mod route;
pub mod skills;
pub mod start;
pub mod status;
pub mod upgrade;
pub mod usage;
