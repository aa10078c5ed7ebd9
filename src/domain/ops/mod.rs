//! What the commands decide, as data: the start plan, `check`, `doctor`, backups, upgrades,
//! `export` and the usage reports.

pub mod backup;
pub mod check;
pub mod doctor;
pub mod export;
pub mod gitops;
pub mod metrics;
pub mod plan;
pub mod probe;
pub mod upgrade;
pub mod usage;
