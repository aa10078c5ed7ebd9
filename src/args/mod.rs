//! Every clap type. The provider flags are generated from the provider table.

pub mod completions;
pub mod console;
pub mod default_command;
pub mod fallback;
pub mod gitops;
pub mod inputs;
pub mod keys;
pub mod mcp;
pub mod redis;
pub mod skills;
pub mod tracing;
pub mod usage;

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches, Parser, Subcommand};

use crate::domain::providers::settings::ProviderInput;
use crate::domain::providers::{ExtraKind, PROVIDERS};
pub use console::{ConsoleCommand, ConsolePasswordArgs};
pub use default_command::with_default_command;
pub use gitops::{ApplyArgs, DiffArgs};
pub use keys::{KeyAddArgs, KeyNameArgs, KeyQuotaArgs, KeysCommand, QuotaCommand};
pub use mcp::{McpAddArgs, McpCommand, McpNameArgs, McpToolsArgs, TransportArg};
pub use redis::{RedisCommand, RedisStartArgs, TokenLimitArgs};
pub use skills::{SkillsCommand, SkillsInstallArgs, SkillsRuntimeArg, SkillsTargetArgs};
pub use tracing::{MetricsArgs, MetricsBy, TracingCommand, TracingEnableArgs};

pub const DEFAULT_CONTAINER_NAME: &str = "higress-ai-gateway";

#[derive(Debug, Parser)]
#[command(
    name = "get-ai-gateway",
    version,
    about = "Deploy and administer the Higress AI Gateway on a machine with Docker",
    long_about = "Deploy and administer the Higress AI Gateway on a machine with Docker.\n\n\
        Without a command, `start` runs. Commands and flags are those of get-ai-gateway.sh.",
    after_help = "Examples:\n  \
        get-ai-gateway start --non-interactive --dashscope-key sk-xxx\n  \
        get-ai-gateway route add --model claude-opus-4.5 --trigger \"deep thinking|深入思考\"\n  \
        get-ai-gateway config add --provider deepseek --key sk-xxx\n  \
        get-ai-gateway status --json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Commands,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Container name
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        env = "GET_AI_GATEWAY_CONTAINER_NAME",
        default_value = DEFAULT_CONTAINER_NAME
    )]
    pub container_name: String,

    /// Never prompt (also --batch); the default when stdin is not a terminal
    #[arg(long, visible_alias = "batch", global = true)]
    pub non_interactive: bool,

    /// Data folder for `start` [default: the per-user data directory]; later commands find
    /// it from the container; `export` reads it directly when no container runs
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        env = "GET_AI_GATEWAY_DATA_FOLDER"
    )]
    pub data_folder: Option<PathBuf>,

    /// Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT,
    /// the docker CLI's current context, then the local sockets]
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    /// Create and start the gateway, start a stopped one, or show the running one (default)
    Start(Box<StartArgs>),
    /// Stop the gateway container
    Stop,
    /// Remove the stopped gateway container (the data folder is kept)
    Delete(DeleteArgs),
    /// Show the gateway's state, ports, providers and auto-routing
    Status(JsonArgs),
    /// Read every file the gateway reads, as the gateway reads it, and list each problem
    /// with its fix (exit 1 when there is one)
    Check(JsonArgs),
    /// Check the engine, ports, data folder, container, gateway and host limits; one line
    /// per check, each failure with its fix (exit 1 when one fails)
    Doctor(DoctorArgs),
    /// Show the gateway's logs
    Logs(LogsArgs),
    /// Manage auto-routing rules (model "higress/auto")
    Route {
        #[command(subcommand)]
        command: RouteCommand,
    },
    /// Manage provider API keys
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs
    Backup(BackupArgs),
    /// Replace the data folder by a backup (checked first) and start the gateway again
    Restore(RestoreArgs),
    /// Move the gateway to another image: pull, back up, recreate, verify, roll back on failure
    Upgrade(UpgradeArgs),
    /// Export the configuration for Kubernetes: Helm values and manifests for the Higress
    /// chart (from the running container, or from --data-folder alone)
    Export(Box<ExportArgs>),
    /// Make the gateway what a Gateway file says, creating it when there is none (gateway as
    /// code; see docs/gateway-as-code.md)
    Apply(ApplyArgs),
    /// Show what `apply` would change, and change nothing
    Diff(DiffArgs),
    /// Print the JSON Schema (draft 2020-12) of the Gateway file
    Schema,
    /// Token usage and cost from the gateway's access log
    Usage(UsageArgs),
    /// Agent sessions in the gateway's access log
    Sessions {
        #[command(subcommand)]
        command: SessionsCommand,
    },
    /// Install the Higress provider plugin for OpenClaw or Clawdbot
    Plugin {
        #[command(subcommand)]
        command: PluginCommand,
    },
    /// Redis beside the gateway (for token limits and quotas)
    Redis {
        #[command(subcommand)]
        command: RedisCommand,
    },
    /// Gateway API keys: who may call the gateway (key-auth)
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// MCP servers through the gateway: proxy existing ones, serve REST APIs as tools,
    /// under the gateway's keys
    Mcp {
        #[command(subcommand)]
        command: McpCommand,
    },
    /// The console's admin account (set by `start`; `console password --reset` when forgotten)
    Console {
        #[command(subcommand)]
        command: ConsoleCommand,
    },
    /// Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code
    Skills {
        #[command(subcommand)]
        command: SkillsCommand,
    },
    /// Live requests/s, errors, latency and tokens per provider, route, model or consumer
    /// (the gateway's Prometheus metrics, two samples apart)
    Metrics(MetricsArgs),
    /// Print, or open in a browser, the Grafana of the -o11y image (through the console)
    Dashboard(DashboardArgs),
    /// Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)
    Tracing {
        #[command(subcommand)]
        command: TracingCommand,
    },
    /// Print a shell completion script
    Completions {
        /// Target shell
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Gateway HTTP port [default: 8080]
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub http_port: Option<u16>,
    /// Gateway HTTPS port [default: 8443]
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub https_port: Option<u16>,
    /// Console port [default: 8001]
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub console_port: Option<u16>,
    /// Publish the ports on this address of the host [default: 127.0.0.1; kept in
    /// default.cfg]. Another address makes the gateway and console reachable from the network
    #[arg(long, value_name = "ADDR", env = "GET_AI_GATEWAY_BIND")]
    pub bind: Option<String>,
    /// Image repository [default: <registry>/higress/all-in-one]
    #[arg(long, value_name = "REPO", env = "IMAGE_REPO")]
    pub image_repo: Option<String>,
    /// Image tag [default: latest]
    #[arg(long, value_name = "TAG", env = "IMAGE_TAG")]
    pub image_tag: Option<String>,
    /// The observability image: the tag with `-o11y` appended (Prometheus, Grafana, Loki;
    /// Grafana at the console's /grafana/)
    #[arg(long)]
    pub o11y: bool,
    /// Publish the gateway's metrics (container port 15020, /stats/prometheus) on this port,
    /// on 127.0.0.1 unless an address is given
    #[arg(long, value_name = "[ADDR:]PORT")]
    pub metrics_port: Option<String>,
    /// Registry for the image and plugins [default: chosen from the timezone]
    #[arg(long, value_name = "HOST", env = "PLUGIN_REGISTRY")]
    pub plugin_registry: Option<String>,
    /// Enable auto-routing (model "higress/auto")
    #[arg(long)]
    pub auto_routing: bool,
    /// Model used when no auto-routing rule matches [default: qwen-turbo]
    #[arg(long, value_name = "MODEL")]
    pub auto_routing_default_model: Option<String>,
    /// Seconds to wait for the gateway to become ready
    #[arg(long, value_name = "SECONDS", default_value_t = 180)]
    pub wait_timeout: u64,
    /// Take <PREFIX>_API_KEY of every provider from the environment (e.g. DEEPSEEK_API_KEY)
    #[arg(long)]
    pub keys_from_env: bool,
    /// Print what start would do (image, registry and why, ports, providers with masked
    /// keys, auto-routing) and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Require a gateway API key on every request (creates one named `default` when there
    /// is none, and shows it once). The default when --bind publishes beyond loopback
    #[arg(long)]
    pub require_key: bool,
    /// With --bind beyond loopback: do not require gateway API keys (anyone who reaches the
    /// port spends your provider keys)
    #[arg(long, conflicts_with = "require_key")]
    pub no_auth: bool,
    /// `-`: read the console's admin password from stdin [default: generated]. Used when
    /// the console has no admin yet; shown once
    #[arg(long, value_name = "-", value_parser = ["-"])]
    pub console_password: Option<String>,
    /// With --dry-run: print the plan as JSON
    #[arg(long, requires = "dry_run")]
    pub json: bool,
    #[command(flatten)]
    pub redis: RedisStartArgs,
    #[command(flatten)]
    pub providers: ProviderFlags,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Archive to write [default: <data folder>/backups/get-ai-gateway-<name>-<time>.tar.gz]
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made by `get-ai-gateway backup` (or by `upgrade`)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Seconds to wait for the gateway to become ready again
    #[arg(long, value_name = "SECONDS", default_value_t = 180)]
    pub wait_timeout: u64,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// Image tag to move to [default: the current one, pulled again]
    #[arg(long, value_name = "TAG", conflicts_with = "rollback")]
    pub image_tag: Option<String>,
    /// Image repository to move to [default: the current one]
    #[arg(long, value_name = "REPO", conflicts_with = "rollback")]
    pub image_repo: Option<String>,
    /// Move to the observability image (the tag with `-o11y` appended)
    #[arg(long, conflicts_with_all = ["rollback", "no_o11y"])]
    pub o11y: bool,
    /// Move from the observability image to the plain one (`-o11y` removed from the tag)
    #[arg(long, conflicts_with = "rollback")]
    pub no_o11y: bool,
    /// Publish the gateway's metrics (container port 15020) on this port as well, on
    /// 127.0.0.1 unless an address is given (ports are fixed when a container is created)
    #[arg(long, value_name = "[ADDR:]PORT", conflicts_with = "rollback")]
    pub metrics_port: Option<String>,
    /// Only say whether the registry has a newer image; change nothing
    #[arg(long, conflicts_with = "rollback")]
    pub check: bool,
    /// Go back to the image and the data of before the last upgrade
    #[arg(long)]
    pub rollback: bool,
    /// Seconds to wait for the new gateway to become ready
    #[arg(long, value_name = "SECONDS", default_value_t = 180)]
    pub wait_timeout: u64,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

impl UpgradeArgs {
    /// `--o11y` (true), `--no-o11y` (false), or neither.
    pub fn o11y_choice(&self) -> Option<bool> {
        match (self.o11y, self.no_o11y) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Stop and remove a running container
    #[arg(long, short)]
    pub force: bool,
    /// Also delete the Redis data (<data folder>/redis); kept by default
    #[arg(long)]
    pub redis_data: bool,
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Open it in the browser (printed when there is no display)
    #[arg(long)]
    pub open: bool,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
    /// Also send each configured provider the smallest request through the gateway
    /// (`config test`)
    #[arg(long)]
    pub providers: bool,
}

#[derive(Debug, Args)]
pub struct JsonArgs {
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Keep printing new lines
    #[arg(long, short)]
    pub follow: bool,
    /// Number of lines from the end
    #[arg(long, short = 'n', value_name = "N")]
    pub tail: Option<u64>,
    /// The gateway's access log (/var/log/proxy/access.log) instead of the container output
    #[arg(long)]
    pub access: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// values.yaml, manifests.yaml and README.md, for `helm install` + `kubectl apply`
    Helm,
    /// manifests.yaml alone, for a cluster that runs the chart already
    K8s,
    /// One Gateway file (gateway.yaml) for `apply`, secrets as ${VAR} references
    Gateway,
}

// `Secret` is parsed only to be refused with the reason: the ai-proxy plugin reads its keys
// from its own configuration, never from a Kubernetes Secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SecretsArg {
    /// Keys in the ai-proxy WasmPlugin, as the all-in-one keeps them (files mode 0600)
    Inline,
    /// Placeholders (YOUR_<PREFIX>_API_KEY) instead of the keys
    Redact,
    #[value(hide = true)]
    Secret,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(long, value_enum, default_value_t = ExportFormat::Helm)]
    pub format: ExportFormat,
    /// Folder to write into (`-` with --format k8s: standard output) [default:
    /// higress-export]; with --format gateway, the file (`-`: standard output) [default:
    /// gateway.yaml]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Namespace of the objects and of the chart
    #[arg(long, value_name = "NS", default_value = "higress-system")]
    pub namespace: String,
    /// Registry of the images and plugins [default: PLUGIN_REGISTRY of default.cfg, else
    /// higress-registry.cn-hangzhou.cr.aliyuncs.com]
    #[arg(long, value_name = "HOST")]
    pub registry: Option<String>,
    /// Load the plugins from the chart's plugin server (global.enablePluginServer) instead
    /// of oci://<registry>/plugins/
    #[arg(long)]
    pub plugin_server: bool,
    /// API keys: inline or redact (the ai-proxy plugin cannot read keys from a Kubernetes
    /// Secret, so there is no `secret`)
    #[arg(long, value_enum, value_name = "MODE", default_value_t = SecretsArg::Inline)]
    pub secrets: SecretsArg,
}
pub use usage::*;

#[derive(Debug, Subcommand)]
pub enum RouteCommand {
    /// Add a routing rule
    Add(RouteAddArgs),
    /// List the routing rules
    List(JsonArgs),
    /// Remove a routing rule by id (see `route list`)
    Remove(RouteRemoveArgs),
    /// Show which rule and model the gateway would pick for a message
    Test(RouteTestArgs),
    /// Turn auto-routing on
    Enable(RouteEnableArgs),
    /// Turn auto-routing off (rules are kept)
    Disable,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("match").required(true).args(["trigger", "pattern"])))]
pub struct RouteAddArgs {
    /// Target model
    #[arg(long, value_name = "MODEL")]
    pub model: String,
    /// Trigger phrases separated by | (the message must start with one of them)
    #[arg(long, value_name = "PHRASES")]
    pub trigger: Option<String>,
    /// A regular expression (RE2 syntax) tested against the last user message
    #[arg(long, value_name = "REGEX")]
    pub pattern: Option<String>,
    /// Insert at this rule id instead of appending
    #[arg(long, value_name = "ID")]
    pub position: Option<usize>,
    /// Default model when auto-routing has to be created
    #[arg(long, value_name = "MODEL")]
    pub default_model: Option<String>,
}

#[derive(Debug, Args)]
pub struct RouteRemoveArgs {
    /// Rule id
    #[arg(long = "rule-id", value_name = "ID", required_unless_present = "id")]
    pub rule_id: Option<usize>,
    /// Rule id (same as --rule-id)
    #[arg(value_name = "ID", conflicts_with = "rule_id")]
    pub id: Option<usize>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["message", "request"])))]
pub struct RouteTestArgs {
    /// The last user message of a request
    pub message: Option<String>,
    /// A whole OpenAI chat request (JSON) in FILE, or `-` for standard input: the model,
    /// auto-routing and the last user message are taken from it as the gateway does
    #[arg(long, value_name = "FILE")]
    pub request: Option<std::path::PathBuf>,
    /// The request's path (with --request; default /v1/chat/completions): the gateway
    /// reads bodies only on paths ending in one of the router's enableOnPathSuffix; a query
    /// string is ignored
    #[arg(long, value_name = "PATH", conflicts_with = "message")]
    pub path: Option<String>,
    /// The request's Content-Type (with --request; default application/json): only one
    /// containing `application/json` is auto-routed
    #[arg(long, value_name = "TYPE", conflicts_with = "message")]
    pub content_type: Option<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RouteEnableArgs {
    /// Model used when no rule matches
    #[arg(long, value_name = "MODEL")]
    pub default_model: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Add or update a provider's API key (hot-reloaded)
    Add(Box<ConfigAddArgs>),
    /// List the providers the running gateway uses, keys masked
    List(JsonArgs),
    /// Remove a provider's API key (and the fallbacks to it)
    Remove(ConfigRemoveArgs),
    /// Set what happens when a provider fails: key retries, key failover, upstream retries
    Set(Box<fallback::ConfigSetArgs>),
    /// Send a provider's failed requests to other providers, or list the fallbacks
    Fallback(fallback::ConfigFallbackArgs),
    /// Send each provider the smallest request, through the gateway (or --direct); exit 1
    /// when one fails
    Test(fallback::ConfigTestArgs),
}

#[derive(Debug, Args)]
pub struct ConfigAddArgs {
    /// Provider name (dashscope, deepseek, moonshot, …)
    #[arg(long, value_name = "PROVIDER")]
    pub provider: String,
    /// API key; several keys separated by commas [default: $<PREFIX>_API_KEY]
    #[arg(long, value_name = "KEY", conflicts_with = "key_stdin")]
    pub key: Option<String>,
    /// Read the API key from standard input
    #[arg(long)]
    pub key_stdin: bool,
    /// Model patterns this provider serves
    #[arg(long, value_name = "PATTERN")]
    pub models: Option<String>,
    /// With --provider openai-compatible: this server's name (several can coexist)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// With --provider openai-compatible: the server's OpenAI base URL
    /// (e.g. http://192.168.1.20:8000/v1)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    #[command(flatten)]
    pub providers: ProviderFlags,
    #[command(flatten)]
    pub resilience: fallback::ResilienceFlags,
}

#[derive(Debug, Args)]
pub struct ConfigRemoveArgs {
    /// Provider name
    #[arg(long, value_name = "PROVIDER")]
    pub provider: String,
    /// With --provider openai-compatible: the server's name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

// `--runtime`; `plugin::runtime::Runtime` holds the runtimes' facts, and turns this into
// `Option<Runtime>` (`None` for auto).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RuntimeArg {
    Auto,
    Openclaw,
    Clawdbot,
}

/// `--runtime`: `None` is `auto`.
impl From<RuntimeArg> for Option<crate::plugin::runtime::Runtime> {
    fn from(arg: RuntimeArg) -> Self {
        use crate::plugin::runtime::Runtime;
        match arg {
            RuntimeArg::Auto => None,
            RuntimeArg::Openclaw => Some(Runtime::OpenClaw),
            RuntimeArg::Clawdbot => Some(Runtime::Clawdbot),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Install (or update) the plugin into the runtime's extensions folder
    Install(Box<PluginInstallArgs>),
    /// Remove the plugin
    Uninstall(PluginTargetArgs),
    /// Show whether the plugin is installed, enabled and configured
    Status(PluginStatusArgs),
}

#[derive(Debug, Args)]
pub struct PluginTargetArgs {
    /// Agent runtime
    #[arg(long, value_enum, default_value_t = RuntimeArg::Auto)]
    pub runtime: RuntimeArg,
    /// The runtime's home folder [default: ~/.openclaw or ~/.clawdbot]
    #[arg(long, value_name = "DIR")]
    pub home: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PluginStatusArgs {
    #[command(flatten)]
    pub target: PluginTargetArgs,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PluginInstallArgs {
    #[command(flatten)]
    pub target: PluginTargetArgs,
    /// Install into this folder instead of <home>/extensions/<plugin id>
    #[arg(long, value_name = "DIR")]
    pub dest: Option<PathBuf>,
    /// Replace an existing copy without keeping a backup
    #[arg(long)]
    pub force: bool,
    /// Also configure the provider in the runtime's config file (no interactive login)
    #[arg(long)]
    pub configure: bool,
    /// Gateway URL [default: from the running container's HTTP port]
    #[arg(long, value_name = "URL")]
    pub gateway_url: Option<String>,
    /// API key the runtime sends to the gateway
    #[arg(long, value_name = "KEY")]
    pub api_key: Option<String>,
    /// Models to offer, comma-separated [default: from the gateway]
    #[arg(long, value_name = "MODELS")]
    pub models: Option<String>,
    /// The runtime's default model [default: higress/auto when auto-routing is on]
    #[arg(long, value_name = "MODEL")]
    pub default_model: Option<String>,
}

/// Per-provider flags, generated from the provider table.
#[derive(Debug, Clone, Default)]
pub struct ProviderFlags {
    /// Input per provider id, only for providers with at least one flag given.
    pub inputs: BTreeMap<&'static str, ProviderInput>,
}

fn provider_args() -> Vec<Arg> {
    let mut args = Vec::new();
    for p in PROVIDERS {
        if p.uses_key {
            args.push(
                Arg::new(p.key_flag())
                    .long(p.key_flag())
                    .value_name("KEY")
                    .help(format!("{} API key (\"-\" reads it from stdin)", p.name))
                    .help_heading("Provider keys"),
            );
        }
        args.push(
            Arg::new(p.models_flag())
                .long(p.models_flag())
                .value_name("PATTERN")
                .help(format!(
                    "Models routed to {} [default: {}]",
                    p.name, p.models
                ))
                .help_heading("Provider model patterns"),
        );
        for e in p.extras {
            let arg = Arg::new(e.flag)
                .long(e.flag)
                .help(e.help)
                .help_heading("Provider settings");
            let arg = match e.kind {
                ExtraKind::Switch => arg.action(ArgAction::SetTrue),
                ExtraKind::Port => arg
                    .value_name("PORT")
                    .value_parser(clap::value_parser!(u16).range(1..)),
                ExtraKind::File => arg.value_name("FILE"),
                ExtraKind::Url | ExtraKind::HttpsUrl => arg.value_name("URL"),
                _ => arg.value_name("VALUE"),
            };
            args.push(arg);
        }
    }
    args
}

impl FromArgMatches for ProviderFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut flags = ProviderFlags::default();
        flags.update_from_arg_matches(matches)?;
        Ok(flags)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        for p in PROVIDERS {
            let mut input = ProviderInput::default();
            if p.uses_key {
                input.key = matches.get_one::<String>(&p.key_flag()).cloned();
            }
            input.models = matches.get_one::<String>(&p.models_flag()).cloned();
            for e in p.extras {
                let value = match e.kind {
                    ExtraKind::Switch => matches.get_flag(e.flag).then(|| "true".to_string()),
                    ExtraKind::Port => matches.get_one::<u16>(e.flag).map(u16::to_string),
                    _ => matches.get_one::<String>(e.flag).cloned(),
                };
                if let Some(v) = value {
                    input.extras.insert(e.var.to_string(), v);
                }
            }
            if !input.is_empty() {
                self.inputs.insert(p.id, input);
            }
        }
        Ok(())
    }
}

impl Args for ProviderFlags {
    fn augment_args(cmd: Command) -> Command {
        cmd.args(provider_args())
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        cmd.args(provider_args())
    }
}

pub fn command() -> Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests;
