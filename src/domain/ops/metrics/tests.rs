use super::*;

#[test]
fn samples_with_labels_escapes_and_special_values() {
    let text = "# HELP x\n# TYPE envoy_cluster_upstream_rq_time histogram\n\
        envoy_cluster_upstream_rq_time_bucket{cluster_name=\"outbound|443||llm-qwen.internal.dns\",le=\"+Inf\"} 12\n\
        route_upstream_model_consumer_metric_input_token{ai_route=\"r\",ai_model=\"a\\\"b\\\\c\\nd\",ai_consumer=\"x\"} 3.5 1700000000000\n\
        bare 1e3\n\
        broken{a=\"x} 1\n\
        nan NaN\n\n";
    let (s, bad) = parse(text);
    assert_eq!(bad, 1);
    assert_eq!(s.len(), 4);
    assert_eq!(s[0].label("le"), Some("+Inf"));
    assert_eq!(
        s[0].label("cluster_name"),
        Some("outbound|443||llm-qwen.internal.dns")
    );
    assert_eq!(s[0].value, 12.0);
    assert_eq!(s[1].label("ai_model"), Some("a\"b\\c\nd"));
    assert_eq!(s[1].value, 3.5);
    assert_eq!(s[2].value, 1000.0);
    assert!(s[3].value.is_nan());
}

#[test]
fn quantiles_interpolate_like_histogram_quantile() {
    // 10 observations <= 100 ms, 30 more <= 500, 10 more <= 1000, none above.
    let b = [
        (100.0, 10.0),
        (500.0, 40.0),
        (1000.0, 50.0),
        (f64::INFINITY, 50.0),
    ];
    // p50: rank 25, in (100, 500]: 100 + 400 * (25 - 10) / 30 = 300.
    assert_eq!(histogram_quantile(0.5, &b), Some(300.0));
    // p95: rank 47.5, in (500, 1000]: 500 + 500 * 7.5 / 10 = 875.
    assert_eq!(histogram_quantile(0.95, &b), Some(875.0));
    // p10: rank 5 in the first bucket, lower bound 0: 50.
    assert_eq!(histogram_quantile(0.1, &b), Some(50.0));
    // Rank in +Inf: the highest finite bound.
    let tail = [(100.0, 1.0), (f64::INFINITY, 10.0)];
    assert_eq!(histogram_quantile(0.99, &tail), Some(100.0));
    assert_eq!(
        histogram_quantile(0.5, &[(100.0, 0.0), (f64::INFINITY, 0.0)]),
        None
    );
    assert_eq!(histogram_quantile(0.5, &[(100.0, 3.0)]), None);
}

const BEFORE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/prometheus/before.prom"
));
const AFTER: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/prometheus/after.prom"
));
const QWEN: &str = "outbound|443||llm-qwen.internal.dns";
const DEEPSEEK: &str = "outbound|443||llm-deepseek.internal.dns";

fn rows(by: By) -> Vec<Row> {
    let (before, bad) = parse(BEFORE);
    assert_eq!(bad, 0);
    let (after, _) = parse(AFTER);
    let r = report(&before, &after, 2.0, by);
    assert_eq!(r.interval_seconds, 2.0);
    r.groups
}

fn close(a: Option<f64>, b: f64) {
    let a = a.expect("a value");
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn providers_from_envoy_counters_histograms_and_ai_statistics() {
    let g = rows(By::Provider);
    let names: Vec<&str> = g.iter().map(|r| r.name.as_str()).collect();
    // xds-grpc is Envoy's own cluster, not a provider.
    assert_eq!(names, [DEEPSEEK, QWEN]);
    let (deepseek, qwen) = (&g[0], &g[1]);
    // Istio naming: total 110 -> 150 in 2 s; 4xx 10 -> 14, 5xx 0 -> 6.
    close(qwen.requests_per_second, 20.0);
    close(qwen.error_share_4xx, 0.1);
    close(qwen.error_share_5xx, 0.15);
    // Bucket increases 0, 4, 24, 36, 40 (le 0.5, 100, 500, 1000, +Inf):
    // p50 rank 20 in (100, 500]: 100 + 400 * 16 / 20 = 420; p95, p99 in +Inf: 1000.
    close(qwen.p50_ms, 420.0);
    close(qwen.p95_ms, 1000.0);
    close(qwen.p99_ms, 1000.0);
    // ai-statistics by ai_cluster: 8000 ms over 12 requests; 400 ms over 4 streams;
    // 800 input and 500 output tokens in 2 s.
    close(qwen.mean_latency_ms, 8000.0 / 12.0);
    close(qwen.mean_first_token_ms, 100.0);
    close(qwen.input_tokens_per_second, 400.0);
    close(qwen.output_tokens_per_second, 250.0);
    // Envoy's default naming, no _total: the classes' sum 50 -> 60.
    close(deepseek.requests_per_second, 5.0);
    close(deepseek.error_share_4xx, 0.0);
    close(deepseek.error_share_5xx, 0.0);
    // Increases 2, 8, 10: p50 rank 5 in (50, 250]: 50 + 200 * 3 / 6 = 150.
    close(deepseek.p50_ms, 150.0);
    close(deepseek.p99_ms, 250.0);
    assert_eq!(deepseek.mean_latency_ms, None);
}

#[test]
fn models_consumers_and_routes_get_means_and_rates_only() {
    let g = rows(By::Model);
    assert_eq!(g.len(), 2);
    let (max, turbo) = (&g[0], &g[1]);
    assert_eq!(max.name, "qwen-max");
    close(max.requests_per_second, 1.0);
    close(max.mean_latency_ms, 1000.0);
    assert_eq!(max.mean_first_token_ms, None);
    close(max.input_tokens_per_second, 100.0);
    close(max.output_tokens_per_second, 50.0);
    close(turbo.requests_per_second, 5.0);
    close(turbo.mean_latency_ms, 600.0);
    close(turbo.mean_first_token_ms, 100.0);
    close(turbo.input_tokens_per_second, 300.0);
    assert_eq!(turbo.p50_ms, None);
    assert_eq!(turbo.error_share_5xx, None);
    let c = rows(By::Consumer);
    assert_eq!(c[0].name, "alice");
    close(c[0].output_tokens_per_second, 200.0);
    let r = rows(By::Route);
    assert_eq!(r.len(), 1);
    close(r[0].requests_per_second, 6.0);
    close(r[0].input_tokens_per_second, 400.0);
}

#[test]
fn counter_resets_count_from_zero_and_short_names() {
    let (b, _) = parse("route_upstream_model_consumer_metric_input_token{ai_model=\"m\"} 500\n");
    let (a, _) = parse("route_upstream_model_consumer_metric_input_token{ai_model=\"m\"} 30\n");
    let r = report(&b, &a, 1.0, By::Model);
    close(r.groups[0].input_tokens_per_second, 30.0);
    assert_eq!(short_cluster(QWEN), "llm-qwen.internal");
    assert_eq!(short_cluster("xds-grpc"), "xds-grpc");
}
