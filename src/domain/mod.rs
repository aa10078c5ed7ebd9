//! The gateway's configuration as data: no I/O here.

pub mod backup;
pub mod check;
pub mod compatible;
pub mod console;
pub mod doctor;
pub mod envfile;
pub mod export;
pub mod gjson;
pub mod gwconfig;
pub mod keyauth;
pub mod live;
pub mod paths;
pub mod plan;
pub mod providers;
pub mod re2;
pub mod registry;
pub mod routing;
pub mod secrets;
pub mod settings;
pub mod upgrade;
pub mod usage;
pub mod yaml11;
