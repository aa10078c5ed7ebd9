//! The gateway's configuration as data: no I/O here.

pub mod check;
pub mod envfile;
pub mod gwconfig;
pub mod live;
pub mod paths;
pub mod plan;
pub mod providers;
pub mod re2;
pub mod registry;
pub mod routing;
pub mod settings;
pub mod usage;
pub mod yaml11;
