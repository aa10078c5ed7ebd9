//! Two samples of the gateway's Prometheus text, `secs` apart, read into one row per group.
//!
//! - Envoy (per upstream cluster, i.e. per provider): requests per second and the 4xx/5xx
//!   share from `envoy_cluster_upstream_rq_total` and the response-code-class counters, and
//!   p50/p95/p99 from the `envoy_cluster_upstream_rq_time` histogram (milliseconds). Both
//!   namings are read: Istio's stats tags (`envoy_cluster_upstream_rq{response_code_class=
//!   "4xx",cluster_name=...}`, what the all-in-one's pilot-agent bootstrap sets) and Envoy's
//!   default tags (`envoy_cluster_upstream_rq_xx{envoy_response_code_class="4",
//!   envoy_cluster_name=...}`).
//! - ai-statistics (per `ai_route`, `ai_cluster`, `ai_model`, `ai_consumer`): counters only,
//!   so means and rates, never quantiles: requests per second from
//!   `..._llm_duration_count`, mean latency from `..._llm_service_duration`, mean time to
//!   first token from `..._llm_first_token_duration` / `..._llm_stream_duration_count`,
//!   tokens per second from `..._input_token` / `..._output_token`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Sample;
use super::histogram_quantile;

/// How the rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Provider,
    Route,
    Model,
    Consumer,
}

impl By {
    pub fn name(self) -> &'static str {
        match self {
            By::Provider => "provider",
            By::Route => "route",
            By::Model => "model",
            By::Consumer => "consumer",
        }
    }

    fn ai_label(self) -> &'static str {
        match self {
            By::Provider => "ai_cluster",
            By::Route => "ai_route",
            By::Model => "ai_model",
            By::Consumer => "ai_consumer",
        }
    }

    /// What the rows can hold, said in the output.
    pub fn note(self) -> &'static str {
        match self {
            By::Provider => {
                "requests/s, errors and p50/p95/p99 from Envoy's upstream-cluster counters and \
                 histogram; mean latency, first token and tokens/s from ai-statistics"
            }
            _ => {
                "ai-statistics keeps sums and counts per route, model and consumer: means and \
                 rates only (no percentiles, no error share)"
            }
        }
    }
}

pub const AI_PREFIX: &str = "route_upstream_model_consumer_metric_";
const QUANTILES: [f64; 3] = [0.5, 0.95, 0.99];

/// One group's numbers over the interval; `None` where the text has nothing to say.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Row {
    pub name: String,
    pub requests_per_second: Option<f64>,
    pub error_share_4xx: Option<f64>,
    pub error_share_5xx: Option<f64>,
    pub p50_ms: Option<f64>,
    pub p95_ms: Option<f64>,
    pub p99_ms: Option<f64>,
    pub mean_latency_ms: Option<f64>,
    pub mean_first_token_ms: Option<f64>,
    pub input_tokens_per_second: Option<f64>,
    pub output_tokens_per_second: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub by: By,
    pub interval_seconds: f64,
    pub note: &'static str,
    pub groups: Vec<Row>,
}

/// The increase of a counter: after − before, or after when the counter was reset.
fn increase(before: f64, after: f64) -> f64 {
    if after >= before {
        after - before
    } else {
        after
    }
}

/// Sums of a counter by key over both samples, as increases.
#[derive(Default)]
struct Sums(BTreeMap<String, (f64, f64)>);

impl Sums {
    fn add(&mut self, key: String, after: bool, v: f64) {
        if !v.is_finite() {
            return;
        }
        let e = self.0.entry(key).or_default();
        if after { e.1 += v } else { e.0 += v }
    }
    fn increase(&self, key: &str) -> Option<f64> {
        self.0.get(key).map(|(b, a)| increase(*b, *a))
    }
}

fn cluster(s: &Sample) -> Option<&str> {
    s.label("cluster_name")
        .or_else(|| s.label("envoy_cluster_name"))
}

/// The response code class of an Envoy counter, as a digit ('4', '5', …).
fn code_class(s: &Sample) -> Option<char> {
    match s.name.as_str() {
        "envoy_cluster_upstream_rq" => s.label("response_code_class")?.chars().next(),
        "envoy_cluster_upstream_rq_xx" => s.label("envoy_response_code_class")?.chars().next(),
        _ => None,
    }
}

#[derive(Default)]
struct Envoy {
    total: Sums,
    class: Sums,
    /// cluster → le → (before, after)
    buckets: BTreeMap<String, BTreeMap<String, (f64, f64)>>,
}

impl Envoy {
    fn read(&mut self, samples: &[Sample], after: bool) {
        for s in samples {
            let Some(c) = cluster(s) else { continue };
            match s.name.as_str() {
                "envoy_cluster_upstream_rq_total" => self.total.add(c.into(), after, s.value),
                "envoy_cluster_upstream_rq_time_bucket" => {
                    let Some(le) = s.label("le") else { continue };
                    let e = self.buckets.entry(c.into()).or_default();
                    let e = e.entry(le.into()).or_default();
                    if after {
                        e.1 += s.value
                    } else {
                        e.0 += s.value
                    }
                }
                _ => {
                    if let Some(class) = code_class(s) {
                        self.class.add(format!("{c}\u{0}{class}"), after, s.value);
                        self.class.add(format!("{c}\u{0}*"), after, s.value);
                    }
                }
            }
        }
    }

    fn clusters(&self) -> Vec<String> {
        let mut names: Vec<String> = self.total.0.keys().cloned().collect();
        for k in self.class.0.keys() {
            if let Some((c, "*")) = k.split_once('\u{0}') {
                names.push(c.to_string());
            }
        }
        names.extend(self.buckets.keys().cloned());
        names.sort();
        names.dedup();
        names
    }

    fn fill(&self, c: &str, secs: f64, row: &mut Row) {
        let total = self
            .total
            .increase(c)
            .or_else(|| self.class.increase(&format!("{c}\u{0}*")));
        row.requests_per_second = total.map(|t| t / secs);
        let share = |class: char| {
            let n = self.class.increase(&format!("{c}\u{0}{class}"))?;
            let t = total?;
            Some(if t > 0.0 { n / t } else { 0.0 })
        };
        if self
            .class
            .0
            .keys()
            .any(|k| k.starts_with(&format!("{c}\u{0}")))
        {
            row.error_share_4xx = Some(share('4').unwrap_or(0.0));
            row.error_share_5xx = Some(share('5').unwrap_or(0.0));
        }
        if let Some(b) = self.buckets.get(c) {
            let deltas: Vec<(f64, f64)> = b
                .iter()
                .filter_map(|(le, (x, y))| Some((super::number(le)?, increase(*x, *y))))
                .collect();
            let q: Vec<Option<f64>> = QUANTILES
                .iter()
                .map(|q| histogram_quantile(*q, &deltas))
                .collect();
            (row.p50_ms, row.p95_ms, row.p99_ms) = (q[0], q[1], q[2]);
        }
    }
}

/// ai-statistics' counters of one grouping label.
#[derive(Default)]
struct Ai(BTreeMap<&'static str, Sums>);

const AI_METRICS: [&str; 6] = [
    "input_token",
    "output_token",
    "llm_service_duration",
    "llm_duration_count",
    "llm_first_token_duration",
    "llm_stream_duration_count",
];

impl Ai {
    fn read(&mut self, samples: &[Sample], after: bool, label: &str) {
        for s in samples {
            let Some(metric) = s.name.strip_prefix(AI_PREFIX) else {
                continue;
            };
            let Some(m) = AI_METRICS.iter().find(|m| **m == metric) else {
                continue;
            };
            let Some(key) = s.label(label) else { continue };
            self.0.entry(m).or_default().add(key.into(), after, s.value);
        }
    }

    fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self.0.values().flat_map(|s| s.0.keys().cloned()).collect();
        k.sort();
        k.dedup();
        k
    }

    fn inc(&self, metric: &str, key: &str) -> Option<f64> {
        self.0.get(metric)?.increase(key)
    }

    fn fill(&self, key: &str, secs: f64, row: &mut Row, with_requests: bool) {
        let ratio = |sum: &str, count: &str| {
            let n = self.inc(count, key)?;
            (n > 0.0).then(|| self.inc(sum, key).unwrap_or(0.0) / n)
        };
        row.mean_latency_ms = ratio("llm_service_duration", "llm_duration_count");
        row.mean_first_token_ms = ratio("llm_first_token_duration", "llm_stream_duration_count");
        row.input_tokens_per_second = self.inc("input_token", key).map(|v| v / secs);
        row.output_tokens_per_second = self.inc("output_token", key).map(|v| v / secs);
        if with_requests {
            row.requests_per_second = self.inc("llm_duration_count", key).map(|v| v / secs);
        }
    }
}

/// The report of two samples taken `secs` apart.
pub fn report(before: &[Sample], after: &[Sample], secs: f64, by: By) -> Report {
    let secs = if secs > 0.0 { secs } else { 1.0 };
    let mut ai = Ai::default();
    ai.read(before, false, by.ai_label());
    ai.read(after, true, by.ai_label());
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    if by == By::Provider {
        let mut envoy = Envoy::default();
        envoy.read(before, false);
        envoy.read(after, true);
        // The providers: upstream clusters of routes (`outbound|...`), not Envoy's own
        // (`xds-grpc`, `agent`, `sds-grpc`, ...).
        for c in envoy
            .clusters()
            .into_iter()
            .filter(|c| c.starts_with("outbound|"))
        {
            let row = rows.entry(c.clone()).or_default();
            envoy.fill(&c, secs, row);
        }
    }
    for key in ai.keys() {
        let row = rows.entry(key.clone()).or_default();
        ai.fill(&key, secs, row, by != By::Provider);
    }
    let groups = rows
        .into_iter()
        .map(|(name, mut row)| {
            row.name = name;
            row
        })
        .collect();
    Report {
        by,
        interval_seconds: secs,
        note: by.note(),
        groups,
    }
}

/// `outbound|443||llm-qwen.internal.dns` → `llm-qwen.internal`: the provider's service.
pub fn short_cluster(name: &str) -> &str {
    let service = name.rsplit("||").next().unwrap_or(name);
    let service = if name.starts_with("outbound|") {
        service
    } else {
        name
    };
    service.strip_suffix(".dns").unwrap_or(service)
}
