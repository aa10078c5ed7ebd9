//! Fallback chains and per-provider resilience, as text.

use crate::domain::live::Chain;
use crate::domain::live::gwconfig::fallback::Strategy;
use crate::domain::live::gwconfig::resilience::Resilience;
use crate::ui;

/// `openai → deepseek (gpt-4o=deepseek-chat), moonshot  on 4xx,5xx, rand`
pub fn chain_line(c: &Chain) -> String {
    let to: Vec<String> = c
        .fallback
        .upstreams
        .iter()
        .map(|u| {
            if u.model_mapping.is_empty() {
                u.provider.clone()
            } else {
                let maps: Vec<String> = u
                    .model_mapping
                    .iter()
                    .map(|(a, b)| format!("{a}={b}"))
                    .collect();
                format!("{} ({})", u.provider, maps.join(", "))
            }
        })
        .collect();
    let strategy = match c.fallback.strategy {
        Strategy::Seq => "seq",
        Strategy::Rand => "rand",
    };
    format!(
        "{} → {}  on {}, {strategy}",
        c.provider,
        to.join(", "),
        c.fallback.response_codes.join(",")
    )
}

/// The fallback table of `config fallback --list`.
pub fn chains(list: &[Chain]) -> String {
    if list.is_empty() {
        return "No fallback yet. Add one with: get-ai-gateway config fallback PROVIDER --to P2"
            .to_string();
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            let line = chain_line(c);
            let rest = line.split_once(" → ").map_or("", |(_, r)| r).to_string();
            vec![c.provider.clone(), rest]
        })
        .collect();
    ui::table(&["PROVIDER", "FALLS BACK TO"], &rows)
}

/// `retries 2 (30000 ms), failover (health model m), upstream tries 3` or `none`.
pub fn resilience(r: &Resilience) -> String {
    let mut parts = Vec::new();
    if let Some(x) = &r.retry {
        parts.push(match x.timeout_ms {
            Some(t) => format!("key retries {} (within {t} ms)", x.max_retries),
            None => format!("key retries {}", x.max_retries),
        });
    }
    if let Some(f) = &r.failover {
        parts.push(format!(
            "key failover after {} failures (health model {}, every {} ms)",
            f.failure_threshold, f.health_model, f.health_interval_ms
        ));
    }
    if let Some(u) = &r.upstream {
        parts.push(format!(
            "upstream tries {} (timeout {} s)",
            u.tries, u.timeout_s
        ));
    }
    if parts.is_empty() {
        "no retries, no failover".to_string()
    } else {
        parts.join("; ")
    }
}

/// One line of `config test`: `✓ deepseek  deepseek-chat  200  312 ms  via gateway`, and
/// the error text of a failure.
pub fn probe_line(o: &crate::domain::ops::probe::Outcome) -> String {
    use crate::domain::ops::probe::Via;
    let via = match o.via {
        Via::Gateway => "via gateway",
        Via::Direct => "direct",
    };
    let mark = match (o.ok, &o.skipped) {
        (_, Some(_)) if o.ok => "-",
        (true, _) => "✓",
        (false, _) => "✗",
    };
    if let Some(why) = &o.skipped {
        return format!("{mark} {:<14} {via}: {why}", o.provider);
    }
    let status = o
        .status
        .map_or_else(|| "---".to_string(), |s| s.to_string());
    let ms = o.latency_ms.map_or_else(String::new, |m| format!("{m} ms"));
    let mut line = format!(
        "{mark} {:<14} {:<24} {status}  {ms:>8}  {via}",
        o.provider,
        o.model.as_deref().unwrap_or("")
    );
    if let Some(e) = &o.error {
        line.push_str(&format!("\n    {e}"));
    }
    line
}
