use super::*;

fn healthy() -> Facts {
    Facts {
        engine: Some(Ok(EngineFacts {
            endpoint: "unix:///var/run/docker.sock".into(),
            why: "the default socket".into(),
            name: "Docker Engine".into(),
            version: "26.1.5".into(),
            api_version: "1.45".into(),
            arch: "amd64".into(),
            local: true,
        })),
        host_arch: "amd64".into(),
        container_name: "higress-ai-gateway".into(),
        container: Some(ContainerFacts {
            status: "running".into(),
            running: true,
            restart_policy: Some("always".into()),
            image: "x/higress/all-in-one:latest".into(),
            image_arch: Some("amd64".into()),
        }),
        ports: vec![
            PortFact {
                port: 8080,
                flag: "--http-port",
                holder: Holder::Ours,
            },
            PortFact {
                port: 8443,
                flag: "--https-port",
                holder: Holder::Ours,
            },
        ],
        data: Some(DataFacts {
            path: "/d".into(),
            exists: true,
            writable: true,
            settings: Some((0o100600, 1000)),
            my_uid: 1000,
        }),
        missing_files: Some(vec![]),
        gateway_answers: Some(true),
        inotify: Some((128, 65_536)),
        disk_free: Some(20 * GIB),
        registry: Some(("r.example".into(), "timezone UTC (TZ)".into())),
        plugins: vec![PluginFact {
            runtime: "openclaw",
            installed: false,
            enabled: false,
            configured: false,
            current: false,
        }],
        findings: Some(vec![]),
        security: Some(SecurityFacts {
            console: Some(crate::domain::live::console::Claim::Ours),
            keys: Some((false, 0)),
            bind: "127.0.0.1".into(),
            open: Some(vec![]),
        }),
        redis: None,
        o11y: Some(O11yFacts::Plain),
    }
}

fn row<'a>(rows: &'a [Row], check: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.check == check)
        .unwrap_or_else(|| panic!("no {check} row"))
}

#[test]
fn a_healthy_gateway_passes_every_check() {
    let rows = evaluate(&healthy());
    assert!(rows.iter().all(|r| r.level == Level::Ok), "{rows:#?}");
    assert!(!failed(&rows));
    assert_eq!(
        row(&rows, "engine").detail,
        "Docker Engine 26.1.5 (API 1.45) at unix:///var/run/docker.sock (the default socket)"
    );
    assert!(rows.iter().all(|r| r.fix.is_none()));
}

#[test]
fn every_failure_has_a_fix() {
    let mut f = healthy();
    f.engine = Some(Err(("cannot reach".into(), None)));
    f.container = Some(ContainerFacts {
        status: "exited".into(),
        running: false,
        ..ContainerFacts::default()
    });
    f.ports[0].holder = Holder::Other;
    f.data = Some(DataFacts {
        path: "/d".into(),
        exists: true,
        writable: false,
        settings: Some((0o644, 0)),
        my_uid: 1000,
    });
    f.missing_files = Some(vec!["/data/wasmplugins/ai-proxy.internal.yaml".into()]);
    f.gateway_answers = Some(false);
    f.inotify = Some((8, 100));
    f.disk_free = Some(GIB / 2);
    f.findings = Some(vec![Finding {
        file: "/data/x.yaml".into(),
        problem: "bad".into(),
        fix: "fix".into(),
    }]);
    let rows = evaluate(&f);
    assert!(failed(&rows));
    for r in rows.iter().filter(|r| r.level != Level::Ok) {
        assert!(r.fix.as_deref().is_some_and(|x| !x.is_empty()), "{r:?}");
    }
    let fails: Vec<&str> = rows
        .iter()
        .filter(|r| r.level == Level::Fail)
        .map(|r| r.check)
        .collect();
    assert_eq!(
        fails,
        [
            "engine",
            "port",
            "data folder",
            "default.cfg",
            "template files",
            "gateway",
            "inotify",
            "disk",
            "check"
        ]
    );
    assert_eq!(
        row(&rows, "port").fix.as_deref(),
        Some("stop that program, or start the gateway with --http-port PORT")
    );
    assert!(row(&rows, "default.cfg").detail.starts_with("mode 0644"));
    // Without an engine the container is not looked at; with one, a stopped one fails.
    assert_eq!(
        row(&rows, "container").detail,
        "not checked (engine not reached)"
    );
    f.engine = healthy().engine;
    let rows = evaluate(&f);
    assert_eq!(row(&rows, "container").level, Level::Fail);
    assert_eq!(
        row(&rows, "container").fix.as_deref(),
        Some("start it with `get-ai-gateway start`")
    );
}

#[test]
fn thresholds_separate_ok_warn_and_fail() {
    let level = |l: Option<(u64, u64)>| inotify(l).level;
    assert_eq!(level(Some((128, 65_536))), Level::Ok);
    assert_eq!(level(Some((127, 65_536))), Level::Warn);
    assert_eq!(level(Some((128, 8192))), Level::Warn);
    assert_eq!(level(Some((63, 1_000_000))), Level::Fail);
    assert_eq!(level(Some((512, 8191))), Level::Fail);
    assert_eq!(level(None), Level::Ok);
    assert_eq!(disk(Some(GIB - 1)).level, Level::Fail);
    assert_eq!(disk(Some(2 * GIB)).level, Level::Warn);
    assert_eq!(disk(Some(5 * GIB)).level, Level::Ok);
}

#[test]
fn absent_and_foreign_states_warn() {
    let mut f = healthy();
    f.container = None;
    f.missing_files = None;
    f.gateway_answers = None;
    f.findings = None;
    f.data.as_mut().unwrap().exists = false;
    f.data.as_mut().unwrap().settings = None;
    let rows = evaluate(&f);
    assert!(!failed(&rows), "{rows:#?}");
    assert_eq!(row(&rows, "container").level, Level::Warn);

    let mut f = healthy();
    f.container.as_mut().unwrap().restart_policy = Some("no".into());
    f.container.as_mut().unwrap().image_arch = Some("arm64".into());
    f.data.as_mut().unwrap().settings = Some((0o600, 0));
    f.plugins[0].installed = true;
    f.plugins[0].current = true;
    f.plugins[0].enabled = true;
    let rows = evaluate(&f);
    assert!(!failed(&rows), "{rows:#?}");
    for check in ["container", "architecture", "default.cfg", "plugin"] {
        assert_eq!(row(&rows, check).level, Level::Warn, "{check}");
    }
}

#[test]
fn architectures_use_gos_names() {
    assert_eq!(go_arch("x86_64"), "amd64");
    assert_eq!(go_arch("aarch64"), "arm64");
    assert_eq!(go_arch("riscv64"), "riscv64");
}

#[test]
fn security_rows_warn_on_an_open_console_open_port_or_open_folder() {
    use crate::domain::live::console::Claim;
    let mut f = healthy();
    let rows = evaluate(&f);
    assert_eq!(row(&rows, "console").level, Level::Ok);
    assert_eq!(
        row(&rows, "gateway keys").detail,
        "not required (0 keys; the ports are on 127.0.0.1 only)"
    );
    f.security = Some(SecurityFacts {
        console: Some(Claim::Open),
        keys: Some((false, 1)),
        bind: "0.0.0.0".into(),
        open: Some(vec!["/d (0755)".into()]),
    });
    let rows = evaluate(&f);
    for check in ["console", "gateway keys", "folder modes"] {
        let r = row(&rows, check);
        assert_eq!(r.level, Level::Warn, "{r:?}");
        assert!(r.fix.is_some(), "{r:?}");
    }
    assert_eq!(
        row(&rows, "console").fix.as_deref(),
        Some("get-ai-gateway console password --reset")
    );
    f.security = Some(SecurityFacts {
        console: Some(Claim::Foreign),
        keys: Some((true, 2)),
        bind: "0.0.0.0".into(),
        open: None,
    });
    let rows = evaluate(&f);
    assert_eq!(row(&rows, "gateway keys").detail, "required (2 keys)");
    assert!(rows.iter().all(|r| r.level == Level::Ok), "{rows:#?}");
}

#[test]
fn redis_rows_say_whether_the_gateway_counts() {
    let row = |r: RedisFacts| {
        let f = Facts {
            redis: Some(r),
            ..healthy()
        };
        evaluate(&f).into_iter().find(|r| r.check == "redis")
    };
    assert!(evaluate(&healthy()).iter().all(|r| r.check != "redis"));
    let beside = |running: bool, reachable: bool| RedisFacts {
        address: "gw-redis:6379".into(),
        container: Some(("gw-redis".into(), "exited".into(), running)),
        reachable,
    };
    let up = row(beside(true, true)).unwrap();
    assert_eq!(up.level, Level::Ok);
    assert!(up.detail.contains("gw-redis:6379"), "{}", up.detail);
    let down = row(beside(false, false)).unwrap();
    assert_eq!(down.level, Level::Fail);
    assert_eq!(down.fix.as_deref(), Some("get-ai-gateway redis start"));
    let cut = row(beside(true, false)).unwrap();
    assert_eq!(cut.level, Level::Fail);
    assert!(cut.fix.unwrap().contains("docker logs gw-redis"));
    let external = row(RedisFacts {
        address: "10.0.0.5:6379".into(),
        container: None,
        reachable: false,
    })
    .unwrap();
    assert!(external.fix.unwrap().contains("--redis-url"));
}

#[test]
fn o11y_row_names_the_parts_that_are_down_with_a_fix() {
    let row = |o: Option<O11yFacts>| {
        let f = Facts {
            o11y: o,
            ..healthy()
        };
        evaluate(&f).into_iter().find(|r| r.check == "o11y")
    };
    assert!(row(None).is_none(), "not running: no row");
    let plain = row(Some(O11yFacts::Plain)).unwrap();
    assert_eq!(plain.level, Level::Ok);
    assert!(plain.detail.contains("upgrade --o11y"), "{}", plain.detail);
    let all_up = row(Some(o11y_probed("up\nup\nup\n"))).unwrap();
    assert_eq!(all_up.level, Level::Ok);
    assert!(all_up.fix.is_none());
    let some = row(Some(o11y_probed("up\ndown\n"))).unwrap();
    assert_eq!(some.level, Level::Warn, "the gateway serves without them");
    assert_eq!(
        some.detail,
        "Prometheus, Loki not answering inside the container"
    );
    assert!(some.fix.unwrap().contains("wait a minute"));
    let none = row(Some(o11y_probed(""))).unwrap();
    assert!(none.detail.starts_with("Grafana, Prometheus, Loki"));
    let unasked = row(Some(O11yFacts::Unasked("exec refused".into()))).unwrap();
    assert_eq!(unasked.level, Level::Warn);
    assert!(unasked.detail.contains("exec refused"));
}

#[test]
fn the_o11y_probe_is_one_sh_with_every_url_in_order() {
    let cmd = o11y_probe();
    assert_eq!(&cmd[..2], ["sh", "-c"]);
    assert!(cmd[2].contains("wget -q -T 3 -O /dev/null"));
    assert_eq!(
        &cmd[4..],
        [
            "http://localhost:3000/grafana/api/health",
            "http://localhost:9090/prometheus/-/ready",
            "http://localhost:3100/ready",
        ]
    );
}
