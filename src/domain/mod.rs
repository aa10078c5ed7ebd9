//! The gateway's configuration as data: no I/O here. Four families:
//! - [`providers`]: the provider table, OpenAI-compatible providers, `default.cfg`
//!   (settings, its env-file format, its secrets) and the image registries;
//! - [`live`]: the gateway's own files (the live configuration, their paths, the key-auth
//!   plugin, the console's password, and the YAML 1.1-safe writer);
//! - [`routing`]: the routing rules and their Go regexp dialect ([`routing::re2`]);
//! - [`ops`]: what the commands decide: the start plan, check, doctor, backup, upgrade,
//!   export and usage.

pub mod live;
pub mod ops;
pub mod providers;
pub mod routing;
