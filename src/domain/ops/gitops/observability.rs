//! `observability:` of the Gateway file: tracing to a collector, as `tracing enable` and
//! `tracing disable` write it (higress-config's `tracing:` and the collector's McpBridge
//! registry), checked by the controller's rules with their errors
//! ([`crate::domain::live::tracing`]). The image's o11y stack and the metrics port are the
//! container's: they are `start.o11y` and `start.metricsPort`.

use serde_yaml::Value;

use crate::domain::live::tracing::{self, Collector, TRACERS, Tracer, Tracing};

/// A sampling percentage (0 to 100, checked): compared bit for bit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(pub f64);

impl Eq for Percent {}

/// `observability:` as the file wants it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObservabilitySpec {
    /// None: tracing is left as it is.
    pub tracing: Option<TracingSpec>,
}

/// `tracing:`: `{enabled: false}`, or one collector with its sampling and timeout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TracingSpec {
    Off,
    On {
        tracer: Tracer,
        collector: Collector,
        sampling: Percent,
        timeout: i64,
    },
}

/// The file's name of a tracer (`otlp`, as `tracing enable --otlp`).
pub fn tracer_field(t: Tracer) -> &'static str {
    match t {
        Tracer::Zipkin => "zipkin",
        Tracer::Skywalking => "skywalking",
        Tracer::OpenTelemetry => "otlp",
    }
}

/// The tracing the file asks for, checked as `tracing enable` checks its flags. The error
/// is (message, hint).
pub fn tracing_spec(
    enabled: Option<bool>,
    tracers: &[(Tracer, String)],
    sampling: Option<f64>,
    timeout: Option<i64>,
) -> Result<TracingSpec, (String, String)> {
    if enabled == Some(false) {
        if !tracers.is_empty() || sampling.is_some() || timeout.is_some() {
            return Err((
                "`enabled: false` takes no other field".into(),
                "write tracing: {enabled: false}, or drop `enabled` to trace".into(),
            ));
        }
        return Ok(TracingSpec::Off);
    }
    let [(tracer, at)] = tracers else {
        return Err((
            "give one collector: one of `otlp`, `zipkin`, `skywalking`".into(),
            "e.g. otlp: otel-collector.example.com:4317, or enabled: false".into(),
        ));
    };
    let collector = tracing::parse_collector(at).map_err(|e| (e, "give HOST:PORT".into()))?;
    let spec = TracingSpec::On {
        tracer: *tracer,
        collector,
        sampling: Percent(sampling.unwrap_or(tracing::DEFAULT_SAMPLING)),
        timeout: timeout.unwrap_or(tracing::DEFAULT_TIMEOUT_MS),
    };
    spec.settings()
        .map_err(|e| (e, "sampling is 0 to 100, timeout more than 0 ms".into()))?;
    Ok(spec)
}

impl TracingSpec {
    /// The `tracing:` block to write (None for `Off`: only `enable` is switched).
    pub fn settings(&self) -> Result<Option<Tracing>, String> {
        match self {
            TracingSpec::Off => Ok(None),
            TracingSpec::On {
                tracer,
                collector,
                sampling,
                timeout,
            } => {
                tracing::enabled_settings(*tracer, collector, sampling.0, *timeout, None).map(Some)
            }
        }
    }

    /// As the plan prints it.
    pub fn describe(&self) -> String {
        match self {
            TracingSpec::Off => "tracing off".into(),
            TracingSpec::On {
                tracer,
                collector,
                sampling,
                timeout,
            } => format!(
                "tracing {} {}:{} (sampling {}%, timeout {timeout} ms)",
                tracer_field(*tracer),
                collector.host,
                collector.port,
                sampling.0
            ),
        }
    }
}

/// The gateway's tracing: whether a block is on, and the file's form of it when it is one
/// this tool writes (one tracer, its McpBridge registry, no access token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentTracing {
    pub enabled: bool,
    pub spec: Option<TracingSpec>,
}

/// From higress-config's text and the McpBridge; None when there is no `tracing:` block.
pub fn current(higress_config: Option<&str>, bridge: Option<&Value>) -> Option<CurrentTracing> {
    let t = tracing::higress_doc(higress_config?)
        .and_then(|h| tracing::read(&h))
        .ok()??;
    if !t.enable {
        return Some(CurrentTracing {
            enabled: false,
            spec: Some(TracingSpec::Off),
        });
    }
    let spec = match t.tracers().as_slice() {
        [(tracer, _)] => collector_of(bridge, *tracer).and_then(|collector| {
            let spec = TracingSpec::On {
                tracer: *tracer,
                collector,
                sampling: Percent(t.sampling),
                timeout: t.timeout,
            };
            (spec.settings().ok().flatten().as_ref() == Some(&t)).then_some(spec)
        }),
        _ => None,
    };
    Some(CurrentTracing {
        enabled: true,
        spec,
    })
}

/// The collector of this tool's registry for `tracer` (`dns`: domain and port; `static`:
/// the domain is `HOST:PORT`).
fn collector_of(bridge: Option<&Value>, tracer: Tracer) -> Option<Collector> {
    let list = bridge?.get("spec")?.get("registries")?.as_sequence()?;
    let r = list
        .iter()
        .find(|r| r.get("name").and_then(Value::as_str) == Some(tracer.registry_name()))?;
    let domain = r.get("domain")?.as_str()?;
    match r.get("type")?.as_str()? {
        "dns" => {
            let port = r.get("port")?.as_u64()?;
            tracing::parse_collector(&format!("{domain}:{port}")).ok()
        }
        "static" => tracing::parse_collector(domain).ok(),
        _ => None,
    }
}

/// The plan's line when `want` differs from the gateway: `~ tracing otlp host:4317 (...)`.
pub fn change(want: &TracingSpec, have: Option<&CurrentTracing>) -> Option<(char, String)> {
    match (want, have) {
        (TracingSpec::Off, None) => None,
        (TracingSpec::Off, Some(h)) if !h.enabled => None,
        (TracingSpec::Off, Some(_)) => Some(('-', "tracing (turned off)".into())),
        (on, Some(h)) if h.spec.as_ref() == Some(on) => None,
        (on, None) => Some(('+', on.describe())),
        (on, Some(_)) => Some(('~', on.describe())),
    }
}

/// Apply `spec` to higress-config's text (a new ConfigMap when there is none) and the
/// McpBridge document: higress-config's new text, or None when nothing changes there.
pub fn write(
    spec: &TracingSpec,
    higress_config: Option<&str>,
    bridge: &mut Value,
) -> Result<Option<String>, String> {
    match (spec, spec.settings()?) {
        (
            TracingSpec::On {
                tracer, collector, ..
            },
            Some(settings),
        ) => {
            let (text, ()) = tracing::edit_configmap(higress_config, |h| {
                tracing::set_block(h, &settings);
                Ok(())
            })?;
            tracing::set_collector(bridge, *tracer, collector);
            Ok(Some(text))
        }
        _ => {
            let Some(text) = higress_config else {
                return Ok(None);
            };
            let (text, switched) =
                tracing::edit_configmap(Some(text), |h| Ok(tracing::set_enable(h, false)))?;
            Ok(switched.then_some(text))
        }
    }
}

/// Every tracer in the controller's order, with its file name (for the parser).
pub fn tracers() -> impl Iterator<Item = (Tracer, &'static str)> {
    TRACERS.iter().map(|t| (*t, tracer_field(*t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ops::gitops::{emit, parse};

    const HEAD: &str = "apiVersion: get-ai-gateway/v1\nkind: Gateway\n";

    fn file(body: &str) -> anyhow::Result<crate::domain::ops::gitops::Desired> {
        parse(&format!("{HEAD}{body}"))
    }

    #[test]
    fn tracing_and_start_parse_and_survive_a_round_trip() {
        let d = file(
            "start: {o11y: true, metricsPort: 15020}\nobservability:\n  tracing: \
             {otlp: \"otel.example.com:4317\", sampling: 2.5, timeout: 800}\n",
        )
        .expect("parses");
        let t = d.observability.as_ref().and_then(|o| o.tracing.clone());
        assert_eq!(
            t.as_ref().map(TracingSpec::describe).as_deref(),
            Some("tracing otlp otel.example.com:4317 (sampling 2.5%, timeout 800 ms)")
        );
        let st = d.start.clone().unwrap_or_default();
        assert_eq!(
            (st.o11y, st.metrics_port.as_deref()),
            (Some(true), Some("15020"))
        );
        assert_eq!(parse(&emit::to_text(&d)).expect("round trip"), d);
        let off = file("observability: {tracing: {enabled: false}}\n").expect("parses");
        assert_eq!(parse(&emit::to_text(&off)).expect("round trip"), off);
    }

    #[test]
    fn tracing_is_refused_as_tracing_enable_refuses_it() {
        for (body, says) in [
            ("{otlp: \"a:1\", zipkin: \"b:2\"}", "give one collector"),
            ("{}", "give one collector"),
            ("{enabled: false, otlp: \"a:1\"}", "takes no other field"),
            ("{otlp: \"http://a:1\"}", "without a scheme"),
            ("{otlp: \"a:1\", sampling: 150}", "0 to 100"),
            ("{otlp: \"a:1\", timeout: 0}", "at least 1"),
            ("{otpl: \"a:1\"}", "did you mean"),
        ] {
            let err = file(&format!("observability: {{tracing: {body}}}\n")).expect_err(body);
            let text = format!("{err:#} {}", crate::error::user_hint(&err).unwrap_or(""));
            assert!(text.contains(says), "{body}: {text}");
        }
        let err = file("start: {metricsPort: \"x:y\"}\n").expect_err("bad port");
        assert!(format!("{err:#}").contains("metricsPort"), "{err:#}");
    }

    fn on(host: &str) -> TracingSpec {
        TracingSpec::On {
            tracer: Tracer::OpenTelemetry,
            collector: Collector {
                host: host.into(),
                port: 4317,
            },
            sampling: Percent(100.0),
            timeout: 500,
        }
    }

    #[test]
    fn the_plan_line_follows_what_the_gateway_has() {
        let have = |spec: Option<TracingSpec>, enabled| CurrentTracing { enabled, spec };
        assert_eq!(change(&TracingSpec::Off, None), None);
        assert_eq!(
            change(
                &TracingSpec::Off,
                Some(&have(Some(TracingSpec::Off), false))
            ),
            None
        );
        assert_eq!(
            change(&TracingSpec::Off, Some(&have(None, true))).map(|c| c.0),
            Some('-')
        );
        assert_eq!(change(&on("a"), None).map(|c| c.0), Some('+'));
        assert_eq!(change(&on("a"), Some(&have(Some(on("a")), true))), None);
        assert_eq!(
            change(&on("b"), Some(&have(Some(on("a")), true))).map(|c| c.0),
            Some('~')
        );
    }

    #[test]
    fn what_is_written_reads_back_as_the_same_spec() {
        let mut bridge: Value = serde_yaml::from_str("spec:\n  registries: []\n").expect("yaml");
        let spec = on("otel.example.com");
        let text = write(&spec, None, &mut bridge)
            .expect("writes")
            .expect("a text");
        let cur = current(Some(&text), Some(&bridge)).expect("a block");
        assert_eq!(cur.spec, Some(spec));
        let off = write(&TracingSpec::Off, Some(&text), &mut bridge)
            .expect("writes")
            .expect("switched");
        let cur = current(Some(&off), Some(&bridge)).expect("a block");
        assert_eq!((cur.enabled, cur.spec), (false, Some(TracingSpec::Off)));
    }
}
