//! `apply --recreate` with `start:` differences in ports, bind and data folder (#24): one
//! recreate through `upgrade`'s machinery, the data copied into the new folder, the old
//! one left as it was, and the old container, ports and folder back when the new one fails.

use std::collections::BTreeSet;
use std::io::{Read as _, Write as _};
use std::path::Path;

use crate::backup::{Cleanup, Pushed, Variant, configure, image_of, json, served, spec, tree};
use crate::harness::{Test, block_on, docker, free_ports, standin_image, wait_for};
use crate::redis::{Beside, redis_image, seed_higress_config};
use crate::redis_ops::{get, id_of, password, running, set};

/// A Gateway file with only `start:` (and `extra` after it).
fn write_file(t: &Test, image: (&str, &str), start: &str, extra: &str) -> String {
    let (repo, tag) = image;
    let text = format!(
        "apiVersion: get-ai-gateway/v1\nkind: Gateway\nstart:\n  image: {{repo: \"{repo}\", \
         tag: \"{tag}\"}}\n{start}{extra}"
    );
    let path = t.home.path().join("gateway.yaml");
    std::fs::write(&path, text).expect("write the file");
    path.to_str().expect("path").to_string()
}

fn ports_line(http: u16, https: u16, console: u16) -> String {
    format!("  ports: {{http: {http}, https: {https}, console: {console}}}\n")
}

fn container_id(t: &Test) -> String {
    t.inspect().and_then(|c| c.id).expect("the container")
}

/// The host side of every port the container publishes, from inspect.
fn bindings(t: &Test) -> Vec<bollard::models::PortBinding> {
    let host = t
        .inspect()
        .and_then(|c| c.host_config)
        .expect("host config");
    host.port_bindings
        .unwrap_or_default()
        .into_values()
        .flatten()
        .flatten()
        .collect()
}

/// The host ports the container publishes.
fn host_ports(t: &Test) -> BTreeSet<u16> {
    bindings(t)
        .into_iter()
        .filter_map(|b| b.host_port?.parse().ok())
        .collect()
}

/// The host addresses the container publishes on.
fn host_ips(t: &Test) -> BTreeSet<String> {
    bindings(t).into_iter().filter_map(|b| b.host_ip).collect()
}

/// The host folder mounted at /data.
fn data_mount(t: &Test) -> String {
    let mounts = t.inspect().and_then(|c| c.mounts).unwrap_or_default();
    mounts
        .into_iter()
        .find(|m| m.destination.as_deref() == Some("/data"))
        .and_then(|m| m.source)
        .expect("a /data mount")
}

/// The first line of an HTTP answer on 127.0.0.1:port, once it answers.
fn http_status(port: u16) -> String {
    wait_for(&format!("an HTTP answer on port {port}"), 30, || {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        s.write_all(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
            .ok()?;
        let mut text = String::new();
        s.read_to_string(&mut text).ok()?;
        let line = text.lines().next()?.to_string();
        line.starts_with("HTTP/1.").then_some(line)
    })
}

fn standin() -> (&'static str, &'static str) {
    standin_image().split_once(':').expect("tag")
}

#[test]
fn apply_recreate_moves_ports_and_data_folder_and_keeps_keys_and_rules() {
    let mut t = Test::new();
    let _cleanup = Cleanup {
        containers: [format!("{}-pre-upgrade", t.name), t.name.clone()],
        tags: Vec::new(),
    };
    t.start(&[]).ok();
    configure(&t);
    let (old, id) = (t.data(), container_id(&t));
    let new_ports = free_ports(2);
    let (http, console) = (new_ports[0], new_ports[1]);
    let new = t.home.path().join("moved-data");
    let start = format!(
        "  dataFolder: \"{}\"\n  bind: \"0.0.0.0\"\n{}",
        new.display(),
        ports_line(http, t.https(), console)
    );
    // The file's other sections converge after the recreate, in the same run.
    let extra = "providers:\n  groq: {key: \"${GROQ_KEY}\"}\n";
    t.env("GROQ_KEY", "gsk-groq-0123456789");
    let f = write_file(&t, standin(), &start, extra);

    // Beyond loopback, gateway keys must be required first (as `start --bind` requires).
    t.run(&["apply", "-f", &f, "--recreate", "--yes"])
        .fails(1)
        .stderr_has("keys enable");
    assert_eq!(container_id(&t), id);
    t.run(&["keys", "enable"]).ok();
    let (before, old_files) = (served(&t), tree(&old));

    let diff = t.run(&["diff", "-f", &f]).ok();
    let line = format!(
        "! start.ports.http {} → {http}: needs a new container (left as it is; apply --recreate \
         does it)",
        t.http()
    );
    assert!(diff.stdout.contains(&line), "{}", diff.stdout);
    assert!(diff.stdout.contains("start.dataFolder"), "{}", diff.stdout);

    t.run(&["apply", "-f", &f, "--recreate", "--dry-run"])
        .ok()
        .stderr_has("would recreate");
    assert_eq!(container_id(&t), id, "--dry-run recreated");
    assert!(!new.exists(), "--dry-run made the folder");

    let started = std::time::Instant::now();
    let out = t
        .run(&["apply", "-f", &f, "--recreate", "--yes", "--json"])
        .ok();
    eprintln!("the recreate took {:.1} s", started.elapsed().as_secs_f64());
    // stdout is the plan's JSON only; what the recreate did is said on stderr.
    let plan = json(&out.stdout);
    assert_eq!(plan["applied"], 1, "{plan}");
    assert_eq!(
        plan["changes"][0]["text"], "provider groq (key gsk-***6789)",
        "{plan}"
    );
    assert!(out.stderr.contains("Recreated"), "{}", out.stderr);
    assert!(out.stderr.contains("is left as it was"), "{}", out.stderr);
    assert_ne!(container_id(&t), id);
    assert_eq!(host_ports(&t), BTreeSet::from([http, t.https(), console]));
    assert_eq!(host_ips(&t), BTreeSet::from(["0.0.0.0".to_string()]));
    assert_eq!(data_mount(&t), new.display().to_string());
    assert!(http_status(http).starts_with("HTTP/1."));

    // The same providers (and groq), the same rules, keys and fallbacks.
    let (providers, routes, keys, fallbacks) = served(&t);
    assert_eq!(
        (&routes, &keys, &fallbacks),
        (&before.1, &before.2, &before.3)
    );
    let listed = |text: &str| -> Vec<String> {
        let doc = json(text);
        let items = doc["providers"].as_array().cloned().unwrap_or_default();
        items.iter().map(|v| v.to_string()).collect()
    };
    let (was, now) = (listed(&before.0), listed(&providers));
    assert!(
        !was.is_empty() && was.iter().all(|p| now.contains(p)),
        "{was:?}\n{now:?}"
    );
    assert_eq!(json(&providers)["fallbacks"], json(&before.0)["fallbacks"]);
    assert!(providers.contains("groq"), "{providers}");
    // The new folder holds the data; the old one is as it was.
    let moved = tree(&new);
    assert!(
        old_files.keys().all(|k| moved.contains_key(k)),
        "files missing in {new:?}"
    );
    let now = tree(&old);
    let changed: Vec<&String> = old_files
        .keys()
        .chain(now.keys())
        .filter(|k| old_files.get(*k) != now.get(*k))
        .collect();
    assert!(changed.is_empty(), "the old folder changed: {changed:?}");

    t.run(&["apply", "-f", &f, "--recreate", "--yes"])
        .ok()
        .stdout_has("no changes");
}

#[test]
fn a_taken_port_or_a_folder_of_other_files_is_refused_and_nothing_changes() {
    let t = Test::new();
    t.start(&[]).ok();
    configure(&t);
    let (id, ports, files) = (container_id(&t), host_ports(&t), tree(&t.data()));
    let taken = free_ports(1)[0];
    let _holder = std::net::TcpListener::bind(("127.0.0.1", taken)).expect("hold a port");
    let f = write_file(
        &t,
        standin(),
        &ports_line(taken, t.https(), t.console()),
        "",
    );
    let out = t.run(&["apply", "-f", &f, "--recreate", "--yes"]).fails(1);
    assert!(
        out.stderr
            .contains(&format!("port {taken} on 127.0.0.1 is already in use")),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("start.ports.http"), "{}", out.stderr);

    // Beyond loopback without gateway keys required: refused.
    let start = format!(
        "  bind: \"0.0.0.0\"\n{}",
        ports_line(t.http(), t.https(), t.console())
    );
    let f = write_file(&t, standin(), &start, "gatewayKeys: {required: false}\n");
    t.run(&["apply", "-f", &f, "--recreate", "--yes"])
        .fails(1)
        .stderr_has("beyond loopback");

    // On a terminal it asks before the recreate; no changes nothing.
    let moved = ports_line(free_ports(1)[0], t.https(), t.console());
    let f = write_file(&t, standin(), &moved, "");
    asked_and_refused(&t, &f);

    let photos = t.home.path().join("photos");
    std::fs::create_dir(&photos).expect("mkdir");
    std::fs::write(photos.join("cat.jpg"), "meow").expect("write");
    let start = format!(
        "  dataFolder: \"{}\"\n{}",
        photos.display(),
        ports_line(t.http(), t.https(), t.console())
    );
    let f = write_file(&t, standin(), &start, "");
    t.run(&["apply", "-f", &f, "--recreate", "--yes"])
        .fails(1)
        .stderr_has("not a gateway data folder");
    assert_eq!(
        std::fs::read_to_string(photos.join("cat.jpg"))
            .ok()
            .as_deref(),
        Some("meow")
    );
    assert_eq!(container_id(&t), id);
    assert_eq!(host_ports(&t), ports);
    assert_eq!(tree(&t.data()), files);
    assert!(no_backup_in(&t.data()), "a refused recreate made a backup");
}

/// `apply --recreate` on a terminal: the question comes before anything changes; "n".
fn asked_and_refused(t: &Test, file: &str) {
    use expectrl::{Expect, Session};
    let args = [
        "apply",
        "-f",
        file,
        "--recreate",
        "--container-name",
        &t.name,
    ];
    let mut p = Session::spawn(t.command(&args)).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    p.expect("needs a new container").expect("the plan");
    p.expect(format!("Recreate {} and apply the changes?", t.name).as_str())
        .expect("the question");
    p.send("n").expect("answer");
    p.expect("nothing was changed").expect("the refusal");
    let status = wait_for("apply to exit", 30, || match p.get_process().status() {
        Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => Some(code),
        _ => None,
    });
    assert_eq!(status, 1);
}

fn no_backup_in(folder: &Path) -> bool {
    std::fs::read_dir(folder.join("backups")).map_or(true, |mut d| d.next().is_none())
}

#[test]
fn a_recreate_whose_new_container_fails_restores_the_old_ports_and_folder() {
    let t = Test::new();
    let images = Pushed::new(&t, &[("v1", Variant::Standin), ("broken", Variant::Broken)]);
    let repo = images.repo.clone();
    let flags = images.flags(&t, "v1");
    let _guard = Beside(t.name.clone());
    let _parked_redis = Cleanup {
        containers: [format!("{}-redis-pre-upgrade", t.name), String::new()],
        tags: Vec::new(),
    };
    let mut args = vec!["start", "--non-interactive"];
    args.extend(flags.iter().map(String::as_str));
    t.run(&args).ok();
    seed_higress_config(&t);
    args.extend(["--redis", "--redis-image", redis_image()]);
    t.run(&args).ok();
    configure(&t);
    let (redis, pw) = (format!("{}-redis", t.name), password(&t));
    set(&t, &redis, &pw, "gag-recreate", "kept");
    let redis_id = id_of(&redis);
    let (before, shape, id) = (served(&t), spec(&t), container_id(&t));
    let files = tree_but_redis(&t.data());
    let http = free_ports(1)[0];
    let new = t.home.path().join("moved-data");
    let start = format!(
        "  dataFolder: \"{}\"\n{}",
        new.display(),
        ports_line(http, t.https(), t.console())
    );
    let f = write_file(&t, (&repo, "broken"), &start, "");
    let out = t.run(&["apply", "-f", &f, "--recreate", "--yes"]).fails(1);
    assert!(out.stderr.contains("rolled back"), "{}", out.stderr);
    assert!(
        out.stderr.contains("broken image"),
        "the reason: {}",
        out.stderr
    );
    assert_eq!(image_of(&t), format!("{repo}:v1"));
    assert_eq!(container_id(&t), id, "the old container is back");
    assert_eq!(spec(&t), shape, "its ports and folder");
    assert_eq!(t.inspect().and_then(|c| c.state?.running), Some(true));
    assert_eq!(served(&t), before);
    assert_eq!(tree_but_redis(&t.data()), files);
    assert!(!new.exists(), "the new folder was removed");
    assert!(http_status(t.http()).starts_with("HTTP/1."));
    // The Redis beside it: the same container, running, with its data.
    assert_eq!(id_of(&redis), redis_id);
    assert!(running(&redis));
    assert_eq!(get(&t, &redis, &pw, "gag-recreate"), "kept");
    assert!(
        block_on(docker().inspect_container(&format!("{redis}-pre-upgrade"), None)).is_err(),
        "no parked Redis is left"
    );
}

/// [`tree`] without `redis/` (Redis writes its dump there as it stops).
fn tree_but_redis(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = tree(dir);
    files.retain(|k, _| !k.starts_with("redis/"));
    files
}

#[test]
fn a_data_folder_move_takes_the_redis_beside_along_with_its_data() {
    let t = Test::new();
    let _guard = Beside(t.name.clone());
    let _cleanup = Cleanup {
        containers: [
            format!("{}-pre-upgrade", t.name),
            format!("{}-redis-pre-upgrade", t.name),
        ],
        tags: Vec::new(),
    };
    t.start(&[]).ok();
    seed_higress_config(&t);
    t.start(&["--redis", "--redis-image", redis_image()]).ok();
    let (redis, pw) = (format!("{}-redis", t.name), password(&t));
    t.run(&["keys", "add", "alice", "--tokens-per-minute", "100"])
        .ok();
    set(&t, &redis, &pw, "gag-recreate", "kept");
    let (redis_id, limits) = (
        id_of(&redis),
        t.run(&["keys", "list", "--json"]).ok().stdout,
    );
    let http = free_ports(1)[0];
    let new = t.home.path().join("moved-data");
    let start = format!(
        "  dataFolder: \"{}\"\n{}",
        new.display(),
        ports_line(http, t.https(), t.console())
    );
    let f = write_file(&t, standin(), &start, "");
    t.run(&["apply", "-f", &f, "--recreate", "--yes"]).ok();
    assert_eq!(data_mount(&t), new.display().to_string());
    assert_ne!(id_of(&redis), redis_id, "a new Redis container");
    assert!(running(&redis));
    let mounts = block_on(docker().inspect_container(&redis, None))
        .ok()
        .and_then(|c| c.mounts)
        .unwrap_or_default();
    let sources: Vec<String> = mounts.into_iter().filter_map(|m| m.source).collect();
    assert!(
        sources.len() == 2
            && sources
                .iter()
                .all(|s| s.starts_with(&new.display().to_string())),
        "{sources:?}"
    );
    assert_eq!(get(&t, &redis, &pw, "gag-recreate"), "kept");
    let status = t.run(&["redis", "status", "--json"]).ok();
    let doc = json(&status.stdout);
    assert_eq!(doc["reachable_from_gateway"], true, "{doc}");
    assert_eq!(t.run(&["keys", "list", "--json"]).ok().stdout, limits);
    assert!(
        block_on(docker().inspect_container(&format!("{redis}-pre-upgrade"), None)).is_err(),
        "the parked Redis is gone"
    );
    t.run(&["apply", "-f", &f, "--recreate", "--yes"])
        .ok()
        .stdout_has("no changes");
}
