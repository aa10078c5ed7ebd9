//! `config set` (per-provider resilience, also on `config add`) and `config fallback`.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::Args;

use crate::domain::live::ResilienceChange;
use crate::domain::live::gwconfig::fallback::{
    Fallback, FallbackUpstream, RESPONSE_CODES, Strategy,
};
use crate::domain::live::gwconfig::resilience::{Failover, Retry, UpstreamRetry};
use crate::domain::providers::{self, Provider, compatible};
use crate::error::{fail, fail_hint};

/// What to do when a provider fails: retries and failover between its keys, and Envoy's
/// retries of the upstream.
#[derive(Debug, Default, Args)]
pub struct ResilienceFlags {
    /// Retry a failed non-streaming request up to N times with another key of the provider
    /// (ai-proxy retryOnFailure)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100), conflicts_with = "no_retries")]
    pub retries: Option<u64>,
    /// Time for the retries (e.g. 30s, 500ms) [default: ai-proxy's 60s]
    #[arg(long, value_name = "DUR", requires = "retries", value_parser = millis)]
    pub retry_timeout: Option<u64>,
    /// Turn --retries off
    #[arg(long)]
    pub no_retries: bool,
    /// Take a failing key out of rotation until a health check passes (ai-proxy failover)
    #[arg(long, requires = "health_model", conflicts_with = "no_failover")]
    pub failover: bool,
    /// With --failover: the model the health check asks for
    #[arg(long, value_name = "MODEL", requires = "failover")]
    pub health_model: Option<String>,
    /// With --failover: failed requests in a row that take a key out [default: 3]
    #[arg(long, value_name = "N", requires = "failover", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub failure_threshold: Option<u64>,
    /// With --failover: time between health checks (e.g. 5s) [default: 5s]
    #[arg(long, value_name = "DUR", requires = "failover", value_parser = millis)]
    pub health_interval: Option<u64>,
    /// Turn --failover off
    #[arg(long)]
    pub no_failover: bool,
    /// Let the gateway try the upstream N times on connection errors and timeouts
    /// (higress.io/proxy-next-upstream: error,timeout,non_idempotent)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100), conflicts_with = "no_upstream_retries")]
    pub upstream_retries: Option<u64>,
    /// With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]
    #[arg(long, value_name = "DUR", requires = "upstream_retries", value_parser = seconds)]
    pub upstream_timeout: Option<u64>,
    /// Turn --upstream-retries off
    #[arg(long)]
    pub no_upstream_retries: bool,
}

/// `500ms`, `30s`, `2m`, or a number of seconds.
pub fn parse_duration_ms(text: &str) -> Option<u64> {
    let t = text.trim();
    let (number, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 1)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1000)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60_000)
    } else {
        (t, 1000)
    };
    number.trim().parse::<u64>().ok()?.checked_mul(scale)
}

fn millis(text: &str) -> Result<u64, String> {
    parse_duration_ms(text)
        .ok_or_else(|| format!("{text:?} is not a duration (e.g. 500ms, 30s, 2m)"))
}

fn seconds(text: &str) -> Result<u64, String> {
    let ms = millis(text)?;
    if ms % 1000 != 0 {
        return Err(format!("{text:?}: the gateway takes whole seconds"));
    }
    Ok(ms / 1000)
}

impl ResilienceFlags {
    /// The change these flags ask for (empty when none was given).
    pub fn change(&self) -> ResilienceChange {
        let retry = match (self.retries, self.no_retries) {
            (Some(n), _) => Some(Some(Retry {
                max_retries: n,
                timeout_ms: self.retry_timeout,
            })),
            (None, true) => Some(None),
            _ => None,
        };
        let failover = match (&self.health_model, self.failover, self.no_failover) {
            (Some(model), true, _) => {
                let mut f = Failover::new(model);
                if let Some(n) = self.failure_threshold {
                    f.failure_threshold = n;
                }
                if let Some(ms) = self.health_interval {
                    f.health_interval_ms = ms;
                }
                Some(Some(f))
            }
            (_, _, true) => Some(None),
            _ => None,
        };
        let upstream = match (self.upstream_retries, self.no_upstream_retries) {
            (Some(n), _) => Some(Some(UpstreamRetry {
                tries: n,
                timeout_s: self.upstream_timeout.unwrap_or(0),
            })),
            (None, true) => Some(None),
            _ => None,
        };
        ResilienceChange {
            retry,
            failover,
            upstream,
        }
    }
}

#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// The provider (deepseek, openai, …, or oc-<name> for an OpenAI-compatible server)
    #[arg(value_name = "PROVIDER")]
    pub provider: String,
    #[command(flatten)]
    pub resilience: ResilienceFlags,
}

#[derive(Debug, Args)]
pub struct ConfigFallbackArgs {
    /// The provider whose failed requests go elsewhere
    #[arg(value_name = "PROVIDER", required_unless_present = "list")]
    pub provider: Option<String>,
    /// Where they go: one provider, or several separated by commas
    #[arg(long, value_name = "P2[,P3…]", required_unless_present_any = ["off", "list"], conflicts_with_all = ["off", "list"])]
    pub to: Option<String>,
    /// Which failed responses: 5xx, 4xx or 4xx,5xx [default: 4xx,5xx]
    #[arg(long, value_name = "CLASSES", requires = "to")]
    pub on: Option<String>,
    /// seq: the first fallback only; rand: all of them, spread evenly [default: rand]
    #[arg(long, value_enum, requires = "to")]
    pub strategy: Option<StrategyArg>,
    /// The model a fallback gets instead of the one asked for (FROM may end in * or be *);
    /// PROVIDER:FROM=TO for one fallback only. Repeatable
    #[arg(long, value_name = "FROM=TO", requires = "to")]
    pub model_map: Vec<String>,
    /// Remove the provider's fallback
    #[arg(long, conflicts_with = "list")]
    pub off: bool,
    /// List every fallback
    #[arg(long, conflicts_with = "provider")]
    pub list: bool,
    /// With --list: print JSON
    #[arg(long, requires = "list")]
    pub json: bool,
}

/// `config test`: the smallest request through the gateway, or to the provider directly.
#[derive(Debug, Default, Args)]
pub struct ConfigTestArgs {
    /// The providers to test [default: every configured provider]
    #[arg(value_name = "PROVIDER")]
    pub providers: Vec<String>,
    /// The model to ask for [default: the provider's test model]
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
    /// Ask the provider's own API from this machine, not the gateway (OpenAI-compatible
    /// APIs only)
    #[arg(long)]
    pub direct: bool,
    /// The gateway's URL, when it is reached through something else than its published
    /// port (e.g. http://gw.lan:8080) [default: the published HTTP port]
    #[arg(long, value_name = "URL", conflicts_with = "direct")]
    pub gateway_url: Option<String>,
    /// Time each request may take (e.g. 10s)
    #[arg(long, value_name = "DUR", default_value = "30s", value_parser = millis)]
    pub timeout: u64,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StrategyArg {
    Seq,
    Rand,
}

/// A provider by its name (`deepseek`, an alias) or its id (`oc-vllm`).
pub fn provider_by_name(name: &str) -> Result<&'static Provider> {
    providers::find(name)
        .or_else(|| compatible::from_id(name.trim()))
        .ok_or_else(|| {
            fail_hint(
                format!("unknown provider {name:?}"),
                format!(
                    "valid providers: {} (an OpenAI-compatible server: oc-<name>)",
                    providers::valid_names()
                ),
            )
        })
}

fn response_codes(on: Option<&str>) -> Result<Vec<String>> {
    let Some(on) = on else {
        return Ok(RESPONSE_CODES.iter().map(|c| c.to_string()).collect());
    };
    let mut codes: Vec<String> = Vec::new();
    for c in on.split(',').map(|c| c.trim().to_ascii_lowercase()) {
        if !RESPONSE_CODES.contains(&c.as_str()) {
            return Err(fail_hint(
                format!("--on {on:?}: the gateway redirects on status classes only"),
                "use 5xx, 4xx or 4xx,5xx",
            ));
        }
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    codes.sort();
    Ok(codes)
}

/// `--model-map` entries: (provider id or None for every fallback, FROM, TO).
fn model_maps(
    entries: &[String],
    to: &[&'static Provider],
) -> Result<Vec<(Option<String>, String, String)>> {
    entries
        .iter()
        .map(|e| {
            let (scope, rest) = match e.split_once(':') {
                Some((p, rest))
                    if to
                        .iter()
                        .any(|t| t.id == provider_by_name(p).map_or("", |x| x.id)) =>
                {
                    (provider_by_name(p).ok().map(|x| x.id.to_string()), rest)
                }
                _ => (None, e.as_str()),
            };
            match rest.split_once('=') {
                Some((from, to)) if !from.is_empty() => {
                    Ok((scope, from.to_string(), to.to_string()))
                }
                _ => Err(fail_hint(
                    format!("--model-map {e:?} is not FROM=TO"),
                    "e.g. --model-map gpt-4o=deepseek-chat, --model-map '*=deepseek-chat'",
                )),
            }
        })
        .collect()
}

/// The fallback `config fallback PROVIDER --to …` asks for.
pub fn fallback(args: &ConfigFallbackArgs) -> Result<Fallback> {
    let to = args.to.as_deref().unwrap_or_default();
    let mut targets: Vec<&'static Provider> = Vec::new();
    for name in to.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let p = provider_by_name(name)?;
        if !targets.iter().any(|t| t.id == p.id) {
            targets.push(p);
        }
    }
    if targets.is_empty() {
        return Err(fail("--to names no provider"));
    }
    let maps = model_maps(&args.model_map, &targets)?;
    let upstreams = targets
        .iter()
        .map(|t| FallbackUpstream {
            provider: t.id.to_string(),
            model_mapping: maps
                .iter()
                .filter(|(scope, _, _)| scope.as_deref().is_none_or(|s| s == t.id))
                .map(|(_, from, to)| (from.clone(), to.clone()))
                .collect::<BTreeMap<_, _>>(),
        })
        .collect();
    Ok(Fallback {
        upstreams,
        strategy: match args.strategy {
            Some(StrategyArg::Seq) => Strategy::Seq,
            _ => Strategy::Rand,
        },
        response_codes: response_codes(args.on.as_deref())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct T {
        #[command(flatten)]
        f: ConfigFallbackArgs,
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("500ms"), Some(500));
        assert_eq!(parse_duration_ms("30s"), Some(30_000));
        assert_eq!(parse_duration_ms("2m"), Some(120_000));
        assert_eq!(parse_duration_ms("7"), Some(7000));
        assert_eq!(parse_duration_ms("x"), None);
        assert!(seconds("1500ms").is_err());
    }

    #[test]
    fn fallback_flags() {
        let t = T::try_parse_from([
            "t",
            "openai",
            "--to",
            "deepseek,moonshot",
            "--on",
            "5xx",
            "--strategy",
            "seq",
            "--model-map",
            "gpt-4o=deepseek-chat",
            "--model-map",
            "moonshot:*=moonshot-v1-8k",
        ])
        .unwrap();
        let f = fallback(&t.f).unwrap();
        assert_eq!(f.strategy, Strategy::Seq);
        assert_eq!(f.response_codes, vec!["5xx"]);
        assert_eq!(f.upstreams[0].model_mapping.len(), 1);
        assert_eq!(f.upstreams[1].model_mapping.len(), 2);
        assert_eq!(f.upstreams[1].model_mapping["*"], "moonshot-v1-8k");
        let t = T::try_parse_from(["t", "openai", "--to", "deepseek", "--on", "3xx"]).unwrap();
        assert!(fallback(&t.f).is_err());
        assert!(T::try_parse_from(["t", "openai"]).is_err());
        assert!(T::try_parse_from(["t", "--list", "--json"]).is_ok());
        assert!(T::try_parse_from(["t", "openai", "--off"]).is_ok());
    }
}
