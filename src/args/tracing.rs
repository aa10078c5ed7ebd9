//! The clap types of `tracing enable/disable/status` (re-exported by `args`).

use clap::{ArgGroup, Args, Subcommand};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum TracingCommand {
    /// Send traces to a collector: writes higress-config's `tracing:` and the collector's
    /// McpBridge registry (hot-reloaded)
    Enable(TracingEnableArgs),
    /// Stop sending traces (the collector's settings are kept)
    Disable,
    /// Show the tracing settings and whether the controller accepts them
    Status(JsonArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("tracer").required(true).args(["otlp", "zipkin", "skywalking"])))]
pub struct TracingEnableArgs {
    /// An OpenTelemetry collector (OTLP over gRPC), e.g. otel.example.com:4317
    #[arg(long, value_name = "HOST:PORT")]
    pub otlp: Option<String>,
    /// A Zipkin collector (HTTP JSON, /api/v2/spans), e.g. zipkin.example.com:9411
    #[arg(long, value_name = "HOST:PORT")]
    pub zipkin: Option<String>,
    /// A SkyWalking OAP server (gRPC), e.g. oap.example.com:11800
    #[arg(long, value_name = "HOST:PORT")]
    pub skywalking: Option<String>,
    /// Percentage of requests traced, 0 to 100
    #[arg(long, value_name = "P", default_value_t = 100.0)]
    pub sampling: f64,
    /// Timeout of the gRPC export, in milliseconds (more than 0)
    #[arg(long, value_name = "MS", default_value_t = 500)]
    pub timeout: i64,
    /// SkyWalking's access token (with --skywalking)
    #[arg(long, value_name = "TOKEN", requires = "skywalking")]
    pub access_token: Option<String>,
}

/// What `metrics` groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MetricsBy {
    /// The upstream cluster (Envoy's counters and latency histogram, and ai-statistics)
    Provider,
    /// The route (ai-statistics)
    Route,
    /// The model (ai-statistics)
    Model,
    /// The consumer, i.e. the key's name (ai-statistics)
    Consumer,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// Print JSON (one object; with --watch one line of JSON per interval)
    #[arg(long)]
    pub json: bool,
    /// Keep going: redraw like `top` on a terminal, else print one line per interval
    #[arg(long)]
    pub watch: bool,
    /// Group by provider, route, model or consumer
    #[arg(long, value_enum, default_value = "provider")]
    pub by: MetricsBy,
    /// Seconds between the two samples the rates come from (and between redraws)
    #[arg(long, value_name = "S", default_value_t = 2.0)]
    pub interval: f64,
    /// With --watch, stop after N intervals
    #[arg(long, value_name = "N", requires = "watch", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
}
