use serde_yaml::Value;

use super::*;

fn endpoint(service: &str, port: &str) -> Option<Endpoint> {
    Some(Endpoint {
        service: service.into(),
        port: port.into(),
        access_token: None,
    })
}

fn otel() -> Tracing {
    Tracing {
        enable: true,
        opentelemetry: endpoint("otel-collector.dns", "4317"),
        ..Tracing::default()
    }
}

#[test]
fn every_rule_of_valid_tracing() {
    assert_eq!(validate(&otel()), Ok(()));
    // timeout > 0 (tracing.go:95-97): 0 and below are refused, 1 is fine.
    for timeout in [0, -1] {
        let t = Tracing { timeout, ..otel() };
        assert_eq!(validate(&t), Err("timeout can not be less than zero"));
    }
    assert_eq!(
        validate(&Tracing {
            timeout: 1,
            ..otel()
        }),
        Ok(())
    );
    // 0 <= sampling <= 100 (:99-101), both ends included.
    for sampling in [-0.1, 100.1, f64::NAN] {
        let t = Tracing { sampling, ..otel() };
        assert_eq!(validate(&t), Err("sampling must be in (0.0 - 100.0)"));
    }
    for sampling in [0.0, 0.5, 100.0] {
        assert_eq!(validate(&Tracing { sampling, ..otel() }), Ok(()));
    }
    // Each tracer set needs a service and a port (:104-124), checked zipkin, skywalking,
    // opentelemetry, whether enabled or not.
    let cases = [
        (Tracer::Zipkin, "zipkin service and port can not be empty"),
        (
            Tracer::Skywalking,
            "skywalking service and port can not be empty",
        ),
        (
            Tracer::OpenTelemetry,
            "opentelemetry service and port can not be empty",
        ),
    ];
    for (tracer, text) in cases {
        for (service, port) in [("", "9411"), ("z.dns", ""), ("", "")] {
            let mut t = Tracing {
                enable: false,
                ..Tracing::default()
            };
            *t.slot(tracer) = endpoint(service, port);
            assert_eq!(validate(&t), Err(text), "{tracer:?} {service:?} {port:?}");
        }
    }
    // The first bad tracer in that order is the one named.
    let t = Tracing {
        zipkin: endpoint("", ""),
        opentelemetry: endpoint("", ""),
        ..otel()
    };
    assert_eq!(
        validate(&t),
        Err("zipkin service and port can not be empty")
    );
    // Exactly one tracer when enabled (:126-128); none or two are fine when disabled.
    let only_one = "only one of skywalking，zipkin and opentelemetry configuration can be set";
    let none = Tracing {
        enable: true,
        ..Tracing::default()
    };
    assert_eq!(validate(&none), Err(only_one));
    let two = Tracing {
        zipkin: endpoint("z.dns", "9411"),
        ..otel()
    };
    assert_eq!(validate(&two), Err(only_one));
    assert_eq!(
        validate(&Tracing {
            enable: false,
            ..two
        }),
        Ok(())
    );
    assert_eq!(validate(&Tracing::default()), Ok(()));
}

fn read_text(text: &str) -> Result<Option<Tracing>, String> {
    read(&serde_yaml::from_str::<Value>(text).unwrap())
}

#[test]
fn reading_keeps_the_controllers_defaults_and_types() {
    assert_eq!(read_text("gzip: {}"), Ok(None));
    assert_eq!(read_text("tracing: null"), Ok(None));
    // Missing fields keep NewDefaultTracing's values (tracing.go:153-160).
    let t = read_text("tracing:\n  enable: true\n  zipkin: {service: z.dns, port: '9411'}")
        .unwrap()
        .unwrap();
    assert_eq!((t.timeout, t.sampling), (500, 100.0));
    assert_eq!(t.zipkin, endpoint("z.dns", "9411"));
    // An empty tracer is a tracer (Go's non-nil pointer); a null one is none.
    let t = read_text("tracing:\n  enable: true\n  zipkin: {}\n")
        .unwrap()
        .unwrap();
    assert_eq!(
        validate(&t),
        Err("zipkin service and port can not be empty")
    );
    let t = read_text("tracing:\n  zipkin: null\n").unwrap().unwrap();
    assert_eq!(t.zipkin, None);
    // YAML 1.1 booleans, as yaml.v2 reads them.
    let t = read_text("tracing:\n  enable: on\n").unwrap().unwrap();
    assert!(t.enable);
    // A number where Go wants a string fails the whole document.
    let err = read_text("tracing:\n  opentelemetry: {service: o.dns, port: 4317}\n").unwrap_err();
    assert!(
        err.contains("tracing.opentelemetry.port: a number"),
        "{err}"
    );
    assert!(err.contains("\"4317\""), "{err}");
    assert!(read_text("tracing:\n  timeout: 1.5\n").is_err());
    assert!(read_text("tracing:\n  timeout: 3000000000\n").is_err());
    assert!(read_text("tracing:\n  sampling: lots\n").is_err());
    assert!(read_text("tracing: [1]\n").is_err());
}

#[test]
fn collectors_are_host_and_port_or_refused() {
    let c = parse_collector("otel.example.com:4317").unwrap();
    assert_eq!(
        c.service(Tracer::OpenTelemetry),
        ("otel-collector.dns".into(), "4317".into())
    );
    let ip = parse_collector("10.0.0.5:9411").unwrap();
    assert_eq!(
        ip.service(Tracer::Zipkin),
        ("zipkin-collector.static".into(), "80".into())
    );
    assert_eq!(
        serde_yaml::to_string(&ip.registry(Tracer::Zipkin)).unwrap(),
        "name: zipkin-collector\ntype: static\ndomain: 10.0.0.5:9411\nport: 80\n"
    );
    for bad in [
        "http://otel:4317",
        "otel",
        "otel:0",
        "otel:65536",
        ":4317",
        "[::1]:4317",
        "a b:1",
        "x\ny:1",
        "-a:1",
        "a..b:1",
        "otel:43x",
    ] {
        assert!(parse_collector(bad).is_err(), "{bad:?}");
    }
}

const CONFIG: &str = "apiVersion: v1
kind: ConfigMap
metadata:
  name: higress-config
  namespace: higress-system
data:
  higress: |-
    downstream:
      idleTimeout: 180
    gzip:
      enable: on
  mesh: |-
    accessLogFile: /dev/stdout
";

#[test]
fn enable_writes_a_block_the_controller_reads_back_the_same() {
    let c = parse_collector("otel.example.com:4317").unwrap();
    let t = enabled_settings(Tracer::OpenTelemetry, &c, 12.5, 800, Some("x".into())).unwrap();
    assert_eq!(t.opentelemetry.as_ref().unwrap().access_token, None);
    let (text, ()) = edit_configmap(Some(CONFIG), |h| {
        set_block(h, &t);
        Ok(())
    })
    .unwrap();
    let higress = higress_doc(&text).unwrap();
    assert_eq!(read(&higress), Ok(Some(t.clone())));
    // The port is quoted (YAML 1.1 and 1.2 read a string), other keys are kept.
    assert!(text.contains("port: \\\"4317\\\""), "{text}");
    assert_eq!(higress["downstream"]["idleTimeout"], Value::from(180));
    let outer: Value = serde_yaml::from_str(&text).unwrap();
    assert_eq!(
        outer["data"]["mesh"],
        Value::from("accessLogFile: /dev/stdout")
    );
    // Disable keeps the collector.
    let (text, switched) = edit_configmap(Some(&text), |h| Ok(set_enable(h, false))).unwrap();
    assert!(switched);
    let back = read(&higress_doc(&text).unwrap()).unwrap().unwrap();
    assert!(!back.enable && back.opentelemetry == t.opentelemetry);
    // No ConfigMap yet: one is made.
    let (text, ()) = edit_configmap(None, |h| {
        set_block(h, &t);
        Ok(())
    })
    .unwrap();
    assert_eq!(read(&higress_doc(&text).unwrap()), Ok(Some(t)));
    // Out-of-range settings are refused with the controller's words.
    let err = enabled_settings(Tracer::Zipkin, &c, 101.0, 500, None).unwrap_err();
    assert!(err.ends_with("sampling must be in (0.0 - 100.0)"), "{err}");
    let err = enabled_settings(Tracer::Zipkin, &c, 10.0, 0, None).unwrap_err();
    assert!(err.ends_with("timeout can not be less than zero"), "{err}");
}

#[test]
fn the_collector_is_one_registry_beside_the_others() {
    let mut bridge: Value = serde_yaml::from_str(
        "spec:\n  registries:\n  - {name: higress-console, type: static, domain: '127.0.0.1:8001', port: 80}\n",
    )
    .unwrap();
    let c = parse_collector("zipkin.internal:9411").unwrap();
    set_collector(&mut bridge, Tracer::Zipkin, &c);
    let o = parse_collector("otel.example.com:4317").unwrap();
    set_collector(&mut bridge, Tracer::OpenTelemetry, &o);
    let names: Vec<&str> = bridge["spec"]["registries"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["higress-console", "otel-collector"]);
    assert_eq!(registered(&bridge, "otel-collector.dns"), Some(true));
    assert_eq!(registered(&bridge, "zipkin-collector.dns"), Some(false));
    assert_eq!(
        registered(&bridge, "otel.observability.svc.cluster.local"),
        None
    );
}
