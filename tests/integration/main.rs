//! Integration tests: the real binary against a real Docker engine and the stand-in image.

mod harness;

mod backup;
mod console;
mod docs;
mod editing;
mod engines;
mod export;
mod fallback;
mod fastpaths;
mod fidelity;
mod gateway_reading;
mod gitops;
mod gitops_quota;
mod gjson_fidelity;
mod install;
mod lifecycle;
mod mcp;
mod o11y;
mod plugin;
mod recreate;
mod redis;
mod redis_ops;
mod redis_quota;
mod release;
mod security;
mod skills;
mod usage;
