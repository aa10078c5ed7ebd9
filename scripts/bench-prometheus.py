#!/usr/bin/env python3
"""A large Prometheus text like the gateway's (Envoy's cluster counters and histograms in
Istio's naming, ai-statistics' counters by route, upstream, model and consumer) on stdout:
about 5 MB, tens of thousands of series. Used by scripts/bench.sh for the `metrics` row."""
import sys

target = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
les = ["0.5", "1", "5", "10", "25", "50", "100", "250", "500", "1000", "2500", "5000",
       "10000", "30000", "60000", "300000", "600000", "1800000", "3600000", "+Inf"]
out, size, c = [], 0, 0
while size < target:
    cluster = f"outbound|443||llm-provider-{c}.internal.dns"
    lines = [f'envoy_cluster_upstream_rq{{response_code_class="{k}xx",cluster_name="{cluster}"}} {c * 7 + k}'
             for k in (2, 4, 5)]
    lines.append(f'envoy_cluster_upstream_rq_total{{cluster_name="{cluster}"}} {c * 21}')
    lines += [f'envoy_cluster_upstream_rq_time_bucket{{cluster_name="{cluster}",le="{le}"}} {c + i}'
              for i, le in enumerate(les)]
    for m in range(4):
        for u in range(5):
            labels = (f'ai_route="route-{c}",ai_cluster="{cluster}",ai_model="model-{m}",'
                      f'ai_consumer="consumer-{u}"')
            lines += [f"route_upstream_model_consumer_metric_{n}{{{labels}}} {c + m + u}"
                      for n in ("input_token", "output_token", "llm_service_duration",
                                "llm_duration_count", "llm_first_token_duration",
                                "llm_stream_duration_count")]
    text = "\n".join(lines) + "\n"
    out.append(text)
    size += len(text)
    c += 1
sys.stdout.write("".join(out))
sys.stderr.write(f"{size} bytes, {sum(t.count(chr(10)) for t in out)} series, {c} clusters\n")
