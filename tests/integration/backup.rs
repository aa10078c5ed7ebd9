//! backup / restore / upgrade against the real engine, the stand-in image and a local
//! registry.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use bollard::query_parameters::{PushImageOptionsBuilder, TagImageOptionsBuilder};
use futures_util::StreamExt;
use get_ai_gateway::domain::ops::backup;

use crate::harness::{Test, block_on, build_image, docker, route_add_jobs, standin_image};
use crate::lifecycle::Registry;

/// `config list --json`, `route list --json`, `keys list --json` (scopes and rates) and the
/// fallback chains: what must survive every step.
pub(crate) fn served(t: &Test) -> (String, String, String, String) {
    (
        t.run(&["config", "list", "--json"]).ok().stdout,
        t.run(&["route", "list", "--json"]).ok().stdout,
        t.run(&["keys", "list", "--json"]).ok().stdout,
        t.run(&["config", "fallback", "--list", "--json"])
            .ok()
            .stdout,
    )
}

pub(crate) fn configure(t: &Test) {
    let key = [
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "sk-deep-0123456789",
    ];
    let think = [
        "route",
        "add",
        "--model",
        "deepseek-chat",
        "--trigger",
        "think|plan",
    ];
    let code = [
        "route",
        "add",
        "--model",
        "qwen-max",
        "--pattern",
        "(?i)code",
    ];
    for args in [key, think, code] {
        t.run(&args).ok();
    }
    // A second provider, a fallback to it, and a key scoped to one provider with a rate.
    t.run(&[
        "config",
        "add",
        "--provider",
        "moonshot",
        "--key",
        "sk-moon-0123456789",
    ])
    .ok();
    t.run(&["config", "fallback", "deepseek", "--to", "moonshot"])
        .ok();
    t.run(&[
        "keys",
        "add",
        "ci",
        "--providers",
        "deepseek",
        "--requests-per-minute",
        "60",
    ])
    .ok();
}

/// Every file of a data folder but backups/ and logs/: relative path → content.
pub(crate) fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if rel == "backups" || rel == "logs" {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn siblings(dir: &Path) -> Vec<String> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let mut out: Vec<String> = std::fs::read_dir(dir.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&name))
        .collect();
    out.sort();
    out
}

pub(crate) fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn backup_delete_and_restore_into_a_new_folder() {
    let t = Test::new();
    t.start(&[]).ok();
    configure(&t);
    let before = served(&t);
    let out = t.run(&["backup", "--json"]).ok();
    assert!(out.stderr.contains("Backed up"), "{}", out.stderr);
    let result = json(&out.stdout);
    eprintln!(
        "backup: {} files, {} bytes, {:.2} s",
        result["files"], result["bytes"], result["seconds"]
    );
    assert_eq!(result["contains_api_keys"], true);
    let file = PathBuf::from(result["file"].as_str().unwrap());
    assert!(file.starts_with(t.data().join("backups")), "{file:?}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let archive = backup::unpack(&std::fs::read(&file).unwrap()).unwrap();
    assert!(
        archive
            .entries
            .iter()
            .all(|e| !e.path.starts_with("backups") && !e.path.starts_with("logs"))
    );
    let human = t.run(&["backup"]).ok();
    assert!(human.stderr.contains("API keys"), "{}", human.stderr);

    let kept = t.home.path().join("kept.tar.gz");
    std::fs::copy(&file, &kept).unwrap();
    t.run(&["delete", "--force"]).ok();
    std::fs::remove_dir_all(t.data()).unwrap();

    let new = t.home.path().join("restored");
    let out = t
        .run(&[
            "restore",
            kept.to_str().unwrap(),
            "--data-folder",
            new.to_str().unwrap(),
        ])
        .ok();
    assert!(out.stderr.contains("--data-folder"), "{}", out.stderr);
    assert!(new.join("logs").is_dir());
    // The restored folder is private, like the one start makes (issue #15).
    for dir in [new.clone(), new.join("logs")] {
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{dir:?}");
    }
    t.start(&["--data-folder", new.to_str().unwrap()]).ok();
    assert_eq!(served(&t), before);
}

#[test]
fn a_truncated_archive_is_refused_and_nothing_changes() {
    let t = Test::new();
    t.start(&[]).ok();
    configure(&t);
    let file = t.home.path().join("b.tar.gz");
    t.run(&["backup", file.to_str().unwrap()]).ok();
    let bytes = std::fs::read(&file).unwrap();
    let cut = t.home.path().join("cut.tar.gz");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let id = t.inspect().unwrap().id;
    let (files, around) = (tree(&t.data()), siblings(&t.data()));
    t.run(&["restore", cut.to_str().unwrap()])
        .fails(1)
        .stderr_has("nothing was changed");
    let info = t.inspect().unwrap();
    assert_eq!(info.id, id);
    assert_eq!(info.state.unwrap().running, Some(true));
    assert_eq!(tree(&t.data()), files);
    assert_eq!(siblings(&t.data()), around);

    // The intact one restores in place, keeping the replaced folder next to it.
    t.run(&["route", "add", "--model", "m-late", "--trigger", "late"])
        .ok();
    t.run(&["restore", file.to_str().unwrap()]).ok();
    assert_eq!(tree(&t.data()), files);
    assert_eq!(siblings(&t.data()).len(), 2, "{:?}", siblings(&t.data()));
    assert!(!t.run(&["route", "list"]).ok().stdout.contains("m-late"));
}

#[test]
fn a_backup_taken_during_parallel_changes_is_consistent() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-deep-0123456789"]).ok();
    let file = t.home.path().join("during.tar.gz");
    let mut backup_cmd = t.command(&[
        "backup",
        file.to_str().unwrap(),
        "--container-name",
        &t.name,
    ]);
    let jobs = route_add_jobs(0..10);
    let taker = std::thread::spawn(move || backup_cmd.output().unwrap());
    t.run_parallel(jobs);
    let out = taker.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let archive = backup::unpack(&std::fs::read(&file).unwrap()).unwrap();
    for e in archive.entries.iter().filter(|e| e.path.ends_with(".yaml")) {
        serde_yaml::from_slice::<serde_yaml::Value>(&e.bytes)
            .unwrap_or_else(|err| panic!("{}: {err}", e.path));
    }
    let router: serde_yaml::Value = serde_yaml::from_str(
        &archive
            .text("wasmplugins/model-router.internal.yaml")
            .unwrap(),
    )
    .unwrap();
    let rules = router["spec"]["defaultConfig"]["autoRouting"]["rules"]
        .as_sequence()
        .map_or(0, Vec::len);
    assert!(rules <= 10, "{rules}");
    // One state, never half of a change: the first `route add` creates the autoRouting
    // block and turns it on in default.cfg in the same transaction, so the archive holds
    // both or neither (it may be taken before, during or after the ten adds).
    let cfg = archive.text("default.cfg").unwrap();
    let block = router["spec"]["defaultConfig"]["autoRouting"].is_mapping();
    assert_eq!(
        cfg.contains("ENABLE_AUTO_ROUTING=true"),
        block,
        "default.cfg and the router disagree in the archive ({rules} rules):\n{cfg}"
    );
    assert!(cfg.contains("DEEPSEEK_API_KEY=sk-deep-0123456789"));
    let after = t.home.path().join("after.tar.gz");
    t.run(&["backup", after.to_str().unwrap()]).ok();
    let archive = backup::unpack(&std::fs::read(&after).unwrap()).unwrap();
    let router: serde_yaml::Value = serde_yaml::from_str(
        &archive
            .text("wasmplugins/model-router.internal.yaml")
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        router["spec"]["defaultConfig"]["autoRouting"]["rules"]
            .as_sequence()
            .map(Vec::len),
        Some(10)
    );
}

/// Build `FROM <stand-in>` plus `extra` as `image`.
pub(crate) fn build_variant(image: &str, extra: &str) {
    let dockerfile = format!("FROM {}\n{extra}\n", standin_image());
    let mut builder = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(dockerfile.len() as u64);
    h.set_mode(0o644);
    builder
        .append_data(&mut h, "Dockerfile", dockerfile.as_bytes())
        .unwrap();
    build_image(image, builder.into_inner().unwrap());
}

/// Tag `source` as `repo:tag` and push it to the local registry.
pub(crate) fn push(source: &str, repo: &str, tag: &str) {
    block_on(async {
        let docker = docker();
        let options = TagImageOptionsBuilder::default()
            .repo(repo)
            .tag(tag)
            .build();
        docker.tag_image(source, Some(options)).await.unwrap();
        let mut push = docker.push_image(
            repo,
            Some(PushImageOptionsBuilder::default().tag(tag).build()),
            Some(bollard::auth::DockerCredentials::default()),
        );
        while let Some(item) = push.next().await {
            let info = item.expect("push");
            assert!(info.error_detail.is_none(), "push: {info:?}");
        }
    });
}

/// The parts of the container's spec an upgrade must keep.
pub(crate) fn spec(t: &Test) -> String {
    let info = t.inspect().unwrap();
    let host = info.host_config.unwrap();
    let mut env = info.config.clone().unwrap().env.unwrap();
    env.sort();
    let mut labels: Vec<_> = info.config.unwrap().labels.unwrap().into_iter().collect();
    labels.retain(|(k, _)| !k.contains("previous") && !k.starts_with("get-ai-gateway-test"));
    labels.sort();
    let mut mounts: Vec<_> = info
        .mounts
        .unwrap()
        .into_iter()
        .map(|m| (m.source, m.destination))
        .collect();
    mounts.sort();
    let ports: BTreeMap<_, _> = host.port_bindings.unwrap().into_iter().collect();
    format!(
        "{ports:?}\n{env:?}\n{labels:?}\n{mounts:?}\n{:?}",
        host.restart_policy
    )
}

pub(crate) fn image_of(t: &Test) -> String {
    t.inspect().unwrap().config.unwrap().image.unwrap()
}

/// What a pushed tag holds: the stand-in, the stand-in with a label (a "newer" image), or
/// one whose container exits at once.
#[derive(Clone, Copy)]
pub(crate) enum Variant {
    Standin,
    V2,
    Broken,
}

/// A local registry holding stand-in variants under tags of one repository. Dropped, it
/// removes the test's containers (a parked one too) and the tags, then stops the registry.
pub(crate) struct Pushed {
    _cleanup: Cleanup,
    _registry: Registry,
    pub repo: String,
}

impl Pushed {
    pub(crate) fn new(t: &Test, tags: &[(&str, Variant)]) -> Pushed {
        let registry = Registry::start();
        let repo = format!("127.0.0.1:{}/higress/all-in-one", registry.port);
        // Variants are named after the stand-in's own tag: the same context builds them again.
        let stamp = standin_image().split_once(':').map_or("x", |(_, tag)| tag);
        for (tag, variant) in tags {
            let image = match variant {
                Variant::Standin => standin_image().to_string(),
                Variant::V2 => format!("get-ai-gateway-standin-v2:{stamp}"),
                Variant::Broken => format!("get-ai-gateway-standin-broken:{stamp}"),
            };
            match variant {
                Variant::Standin => {}
                Variant::V2 => build_variant(&image, "LABEL get-ai-gateway-test=v2"),
                Variant::Broken => build_variant(
                    &image,
                    "ENTRYPOINT [\"/bin/sh\", \"-c\", \"echo broken image; exit 1\"]",
                ),
            }
            push(&image, &repo, tag);
        }
        let cleanup = Cleanup {
            containers: [format!("{}-pre-upgrade", t.name), t.name.clone()],
            tags: tags
                .iter()
                .map(|(tag, _)| format!("{repo}:{tag}"))
                .collect(),
        };
        Pushed {
            _cleanup: cleanup,
            _registry: registry,
            repo,
        }
    }

    /// The test's image flags, pointing at `repo:tag`.
    pub(crate) fn flags(&self, t: &Test, tag: &str) -> Vec<String> {
        let mut flags = t.image_flags();
        flags[1] = self.repo.clone();
        flags[3] = tag.to_string();
        flags
    }
}

/// Removes what an upgrade test leaves: the containers (a parked one when it fails half-way)
/// and then the registry's tags (the port changes every run).
pub(crate) struct Cleanup {
    pub containers: [String; 2],
    pub tags: Vec<String>,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let docker = docker();
        let force = bollard::query_parameters::RemoveContainerOptionsBuilder::default()
            .force(true)
            .build();
        for name in &self.containers {
            let _ = block_on(docker.remove_container(name, Some(force.clone())));
        }
        for tag in &self.tags {
            let _ = block_on(docker.remove_image(
                tag,
                None::<bollard::query_parameters::RemoveImageOptions>,
                None,
            ));
        }
    }
}

#[test]
fn upgrade_check_rollback_and_automatic_rollback() {
    let t = Test::new();
    let images = Pushed::new(
        &t,
        &[
            ("v1", Variant::Standin),
            ("v2", Variant::V2),
            ("broken", Variant::Broken),
        ],
    );
    let repo = images.repo.clone();
    let flags = images.flags(&t, "v1");
    let mut args = vec!["start", "--non-interactive"];
    args.extend(flags.iter().map(String::as_str));
    t.run(&args).ok();
    configure(&t);
    let before = served(&t);
    let shape = spec(&t);
    let check = json(&t.run(&["upgrade", "--check", "--json"]).ok().stdout);
    assert_eq!(check["verdict"], "up-to-date", "{check}");
    let check = json(
        &t.run(&["upgrade", "--check", "--image-tag", "v2", "--json"])
            .ok()
            .stdout,
    );
    assert_eq!(check["newer"], true, "{check}");

    let started = std::time::Instant::now();
    let out = t.run(&["upgrade", "--image-tag", "v2", "--json"]).ok();
    eprintln!(
        "upgrade v1 → v2 took {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        out.stderr.contains(&format!("Pulling {repo}:v2")),
        "{}",
        out.stderr
    );
    let result = json(&out.stdout);
    assert_eq!(result["upgraded"], true);
    assert_eq!(image_of(&t), format!("{repo}:v2"));
    assert_eq!(spec(&t), shape);
    let labels = t.inspect().unwrap().config.unwrap().labels.unwrap();
    assert_eq!(
        labels["io.higress.get-ai-gateway.previous-image"],
        format!("{repo}:v1")
    );
    assert_eq!(served(&t), before);
    let files = tree(&t.data());

    let out = t
        .run(&["upgrade", "--image-tag", "broken", "--wait-timeout", "60"])
        .fails(1);
    assert!(out.stderr.contains("rolled back"), "{}", out.stderr);
    assert!(
        out.stderr.contains("broken image"),
        "the reason: {}",
        out.stderr
    );
    assert_eq!(image_of(&t), format!("{repo}:v2"));
    assert_eq!(t.inspect().unwrap().state.unwrap().running, Some(true));
    assert_eq!(spec(&t), shape);
    assert_eq!(tree(&t.data()), files);
    assert_eq!(served(&t), before);
    assert!(
        block_on(docker().inspect_container(&format!("{}-pre-upgrade", t.name), None)).is_err(),
        "the parked container is gone"
    );

    let out = json(&t.run(&["upgrade", "--rollback", "--json"]).ok().stdout);
    assert_eq!(out["rolled_back"], true);
    assert_eq!(image_of(&t), format!("{repo}:v1"));
    assert_eq!(spec(&t), shape);
    assert_eq!(served(&t), before);
    t.run(&["upgrade", "--rollback"])
        .fails(1)
        .stderr_has("nothing to roll back");
}
