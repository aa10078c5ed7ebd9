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
