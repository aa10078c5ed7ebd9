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
