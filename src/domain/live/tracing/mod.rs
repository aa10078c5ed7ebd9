//! `tracing:` in `higress-config` (its `data.higress` document) and the McpBridge registry of
//! the collector. Pure: the caller reads and writes the files.
//!
//! The controller reads that document with sigs.k8s.io/yaml into its `Tracing` struct,
//! starting from `NewDefaultTracing()` (enable false, sampling 100, timeout 500), and checks
//! it with `validTracing`; an invalid block is logged and ignored
//! (higress `pkg/ingress/kube/configmap/tracing.go:84-125,153-160,197-201`). [`validate`]
//! follows that function rule for rule, in its order and with its error texts.
//!
//! In the all-in-one the collector's `service` must be a service the gateway knows: an
//! McpBridge registry `{name, type: dns, domain, port}` is service `<name>.dns`, and the
//! controller names the collector's cluster `outbound|<port>||<service>`
//! (`tracing.go:326-328`).

use serde::Serialize;
use serde_yaml::{Mapping, Value};

use crate::domain::live::yaml11;

/// Where the controller's settings live, inside the container.
pub const HIGRESS_CONFIG: &str = "/data/configmaps/higress-config.yaml";

/// Controller defaults (`tracing.go:34-35`).
pub const DEFAULT_TIMEOUT_MS: i64 = 500;
pub const DEFAULT_SAMPLING: f64 = 100.0;

/// The three tracers, in the order `validTracing` checks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tracer {
    Zipkin,
    Skywalking,
    #[serde(rename = "opentelemetry")]
    OpenTelemetry,
}

pub const TRACERS: [Tracer; 3] = [Tracer::Zipkin, Tracer::Skywalking, Tracer::OpenTelemetry];

impl Tracer {
    /// Its key under `tracing:`.
    pub fn key(self) -> &'static str {
        match self {
            Tracer::Zipkin => "zipkin",
            Tracer::Skywalking => "skywalking",
            Tracer::OpenTelemetry => "opentelemetry",
        }
    }

    /// The McpBridge registry this tool writes for its collector.
    pub fn registry_name(self) -> &'static str {
        match self {
            Tracer::Zipkin => "zipkin-collector",
            Tracer::Skywalking => "skywalking-collector",
            Tracer::OpenTelemetry => "otel-collector",
        }
    }
}

/// One tracer's settings, as the controller's struct has them (`port` is a string).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Endpoint {
    pub service: String,
    pub port: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
}

/// The controller's `Tracing`, after defaults: a tracer is `Some` when its key is present
/// and not null (Go's non-nil pointer).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tracing {
    pub enable: bool,
    pub sampling: f64,
    pub timeout: i64,
    pub zipkin: Option<Endpoint>,
    pub skywalking: Option<Endpoint>,
    pub opentelemetry: Option<Endpoint>,
}

impl Default for Tracing {
    fn default() -> Self {
        Tracing {
            enable: false,
            sampling: DEFAULT_SAMPLING,
            timeout: DEFAULT_TIMEOUT_MS,
            zipkin: None,
            skywalking: None,
            opentelemetry: None,
        }
    }
}

impl Tracing {
    pub fn tracer(&self, t: Tracer) -> Option<&Endpoint> {
        match t {
            Tracer::Zipkin => self.zipkin.as_ref(),
            Tracer::Skywalking => self.skywalking.as_ref(),
            Tracer::OpenTelemetry => self.opentelemetry.as_ref(),
        }
    }

    fn slot(&mut self, t: Tracer) -> &mut Option<Endpoint> {
        match t {
            Tracer::Zipkin => &mut self.zipkin,
            Tracer::Skywalking => &mut self.skywalking,
            Tracer::OpenTelemetry => &mut self.opentelemetry,
        }
    }

    /// The tracers set, in the controller's order.
    pub fn tracers(&self) -> Vec<(Tracer, &Endpoint)> {
        TRACERS
            .iter()
            .filter_map(|t| self.tracer(*t).map(|e| (*t, e)))
            .collect()
    }
}

/// `validTracing` (`tracing.go:91-125`), rule for rule, with its texts.
pub fn validate(t: &Tracing) -> Result<(), &'static str> {
    if t.timeout <= 0 {
        return Err("timeout can not be less than zero");
    }
    if t.sampling < 0.0 || t.sampling > 100.0 || t.sampling.is_nan() {
        return Err("sampling must be in (0.0 - 100.0)");
    }
    let mut count = 0;
    for tracer in TRACERS {
        if let Some(e) = t.tracer(tracer) {
            if e.service.is_empty() || e.port.is_empty() {
                return Err(match tracer {
                    Tracer::Zipkin => "zipkin service and port can not be empty",
                    Tracer::Skywalking => "skywalking service and port can not be empty",
                    Tracer::OpenTelemetry => "opentelemetry service and port can not be empty",
                });
            }
            count += 1;
        }
    }
    if count != 1 && t.enable {
        return Err("only one of skywalking，zipkin and opentelemetry configuration can be set");
    }
    Ok(())
}

mod read;
#[cfg(test)]
mod tests;
mod write;

pub use read::*;
pub use write::*;

fn key(k: &str) -> Value {
    Value::String(k.to_string())
}

fn render(v: &Value) -> String {
    yaml11::to_string(v)
}

fn new_mapping() -> Mapping {
    Mapping::new()
}
