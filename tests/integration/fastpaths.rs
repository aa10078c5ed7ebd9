//! Issue #23: one read path and one write path. The host transaction (root, on the engine's
//! kernel) and the in-container script (`GET_AI_GATEWAY_NO_HOST_PATH=1`) share one lock.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Test, block_on, run_all, wait_for};

const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
const NO_HOST: &str = "GET_AI_GATEWAY_NO_HOST_PATH";

fn models(t: &Test) -> Vec<String> {
    let doc = t.yaml(ROUTER);
    doc["spec"]["defaultConfig"]["autoRouting"]["rules"]
        .as_sequence()
        .map(|s| {
            s.iter()
                .filter_map(|r| r["model"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether this test process (root, like the binary it runs) gets the host path.
fn host_path_of(t: &Test) -> Option<bool> {
    block_on(async {
        let gw = get_ai_gateway::gateway::Gateway::connect(
            &t.name,
            get_ai_gateway::gateway::Need::Running,
        )
        .await
        .expect("the gateway");
        gw.host_files().map(|_| true)
    })
}

/// `route add --model m<i> --trigger t<i>`, through the container when `exec`.
fn route_add(t: &Test, i: usize, exec: bool) -> Command {
    let (model, trigger) = (format!("m{i}"), format!("t{i}"));
    let mut cmd = t.command(&[
        "route",
        "add",
        "--model",
        &model,
        "--trigger",
        &trigger,
        "--container-name",
        &t.name,
    ]);
    if exec {
        cmd.env(NO_HOST, "1");
    }
    cmd
}

/// Start `cmd` and kill it 0–90 ms later, the moment drawn from `rng` (a fixed seed: the
/// same moments on every run).
fn kill_at_a_seeded_moment(mut cmd: Command, rng: &mut fastrand::Rng) {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(rng.u64(0..90)));
    let _ = child.kill();
    let _ = child.wait();
}

/// `keys add NAME` (a tree transaction), through the container when `exec`.
fn keys_add(t: &Test, name: &str, exec: bool) -> Command {
    let mut cmd = t.command(&["keys", "add", name, "--container-name", &t.name]);
    if exec {
        cmd.env(NO_HOST, "1");
    }
    cmd
}

fn no_temporaries(t: &Test) {
    let (_, left) = t.exec(&[
        "sh",
        "-c",
        "find /data -name '.*.gag-new-*' -o -name '.gag-probe-*'",
    ]);
    assert_eq!(left.trim(), "", "temporaries left");
}

#[test]
fn thirty_writers_on_both_paths_lose_nothing() {
    let t = Test::new();
    t.start(&[]).ok();
    assert_eq!(
        host_path_of(&t),
        Some(true),
        "root on the engine's kernel must get the host path, or this test mixes nothing"
    );
    run_all((0..30).map(|i| route_add(&t, i, i % 2 == 1)).collect());
    let mut got = models(&t);
    got.sort();
    let mut want: Vec<String> = (0..30).map(|i| format!("m{i}")).collect();
    want.sort();
    assert_eq!(got, want);
    assert!(t.edit_lock_free());
    no_temporaries(&t);
    // Both paths read the same thing.
    let host = t.run(&["route", "list"]).ok().stdout;
    let mut exec = t.command(&["route", "list", "--container-name", &t.name]);
    let exec = exec.env(NO_HOST, "1").output().expect("run");
    assert_eq!(String::from_utf8_lossy(&exec.stdout), host);
}

/// The names of key-auth's consumers.
fn consumers(t: &Test) -> Vec<String> {
    let doc = t.yaml("/data/wasmplugins/key-auth.internal.yaml");
    let mut names: Vec<String> = doc["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .map(|s| {
            s.iter()
                .filter_map(|c| c["name"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// `keys add` holds every file of the tree (found under the lock, in one exec or here), and
/// `route add` two files: 10 of each, half on each path, at once, lose nothing.
#[test]
fn tree_and_file_transactions_on_both_paths_lose_nothing() {
    let t = Test::new();
    t.start(&[]).ok();
    run_all(
        (0..20)
            .map(|i| {
                if i % 2 == 0 {
                    return route_add(&t, i, i % 4 == 0);
                }
                keys_add(&t, &format!("k{i}"), i % 4 == 1)
            })
            .collect(),
    );
    let mut got = models(&t);
    got.sort();
    let mut want: Vec<String> = (0..20).step_by(2).map(|i| format!("m{i}")).collect();
    want.sort();
    assert_eq!(got, want);
    let mut keys: Vec<String> = (1..20).step_by(2).map(|i| format!("k{i}")).collect();
    keys.sort();
    assert_eq!(consumers(&t), keys);
    assert!(t.edit_lock_free());
    no_temporaries(&t);
    t.run(&["check"]).ok();
    // Killed at seeded moments, a tree transaction leaves no lock and no half file either.
    let mut rng = fastrand::Rng::with_seed(24);
    for i in 0..8 {
        kill_at_a_seeded_moment(keys_add(&t, &format!("killed{i}"), i % 2 == 1), &mut rng);
        let _ = consumers(&t);
    }
    wait_for("the lock to be released", 10, || {
        t.edit_lock_free().then_some(())
    });
    let after = keys_add(&t, "after", true).output().expect("run");
    assert!(after.status.success());
    let names = consumers(&t);
    assert!(names.contains(&"after".to_string()), "{names:?}");
    assert!(
        names.iter().all(|n| n.starts_with('k') || n == "after"),
        "{names:?}"
    );
    no_temporaries(&t);
    assert!(t.edit_lock_free());
}

#[test]
fn writers_killed_at_any_moment_leave_no_lock_and_no_half_file() {
    let t = Test::new();
    t.start(&[]).ok();
    // A fixed seed: the same moments on every run.
    let mut rng = fastrand::Rng::with_seed(23);
    for i in 0..16 {
        kill_at_a_seeded_moment(route_add(&t, 100 + i, i % 2 == 1), &mut rng);
        // Whatever landed is a whole file.
        let _ = models(&t);
    }
    wait_for("the lock to be released", 10, || {
        t.edit_lock_free().then_some(())
    });
    let started = Instant::now();
    let mut after = route_add(&t, 999, false);
    assert!(after.output().expect("run").status.success());
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the lock leaked"
    );
    let got = models(&t);
    assert_eq!(got.last().map(String::as_str), Some("m999"));
    assert!(got[..got.len() - 1].iter().all(|m| m.starts_with("m1")));
    // The next transaction (here the exec one) removed what killed host writers left.
    let mut exec = route_add(&t, 998, true);
    assert!(exec.output().expect("run").status.success());
    no_temporaries(&t);
    assert!(t.edit_lock_free());
}

#[test]
fn a_docker_group_user_reads_and_writes_through_the_container() {
    let t = Test::new();
    crate::security::open_home(&t);
    t.start(&[]).ok();
    let user = crate::security::other_user();
    let added = Command::new("usermod")
        .args(["-aG", "docker", user])
        .output()
        .expect("usermod");
    assert!(added.status.success(), "usermod: {added:?}");
    let home = format!("/tmp/{user}-home-{}", std::process::id());
    std::fs::create_dir_all(&home).unwrap();
    let _ = Command::new("chown").args([user, &home]).status();
    // The build folder may be private to root (a 0700 temporary folder, say): the user runs
    // a copy of the binary from a folder it can enter.
    let bin_dir = format!("/tmp/{user}-bin-{}", std::process::id());
    std::fs::create_dir_all(&bin_dir).unwrap();
    let bin = format!("{bin_dir}/get-ai-gateway");
    std::fs::copy(crate::harness::BIN, &bin).expect("copy the binary");
    for path in [bin_dir.as_str(), bin.as_str()] {
        let mode = std::os::unix::fs::PermissionsExt::from_mode(0o755);
        std::fs::set_permissions(path, mode).unwrap();
    }
    let run = |args: &str| {
        crate::security::run_as(
            user,
            &format!(
                "HOME={home} NO_COLOR=1 {bin} {args} --container-name {}",
                t.name
            ),
        )
    };
    let (ok, out) = run("route add --model gm --trigger from-gagtest");
    assert!(ok, "{out}");
    let (ok, out) = run("route list");
    assert!(ok && out.contains("from-gagtest"), "{out}");
    let (ok, out) = run("status");
    assert!(ok, "{out}");
    // Written in the container, as root: not by this user on the host.
    let (code, owner) = t.exec(&["stat", "-c", "%u %a", ROUTER]);
    assert_eq!(code, 0);
    assert_eq!(owner.trim(), "0 600");
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&bin_dir);
}
