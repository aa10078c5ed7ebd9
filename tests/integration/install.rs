//! install.sh end to end (served from 127.0.0.1 and file://), packaging, shellcheck and dash.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::harness::{BIN, Output, Test, free_ports, wait_for};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TARGET: &str = "x86_64-unknown-linux-gnu";

static DIST: OnceLock<PathBuf> = OnceLock::new();

fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The freshly built binary packaged by scripts/package.sh, once per test run.
fn dist() -> &'static Path {
    DIST.get_or_init(|| {
        let out = tempfile::Builder::new()
            .prefix("gag-dist-")
            .tempdir()
            .expect("temp dir")
            .keep();
        let status = Command::new("sh")
            .arg(Path::new(ROOT).join("scripts/package.sh"))
            .args(["--bin", BIN, "--target", TARGET, "--latest", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/package.sh");
        assert!(status.success(), "scripts/package.sh failed");
        out
    })
}

fn asset(dir: &Path) -> PathBuf {
    let v = version();
    dir.join(format!("download/v{v}/get-ai-gateway-{v}-{TARGET}.tar.gz"))
}

/// `python3 -m http.server` on a free loopback port.
struct Server {
    child: std::process::Child,
    port: u16,
}

impl Server {
    fn serve(dir: &Path) -> Server {
        let port = free_ports(1)[0];
        let child = Command::new("python3")
            .args([
                "-m",
                "http.server",
                "--bind",
                "127.0.0.1",
                &port.to_string(),
                "--directory",
            ])
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3");
        wait_for("the download server", 20, || {
            std::net::TcpStream::connect(("127.0.0.1", port)).ok()
        });
        Server { child, port }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Run install.sh with `shell`, a HOME and no inherited installer settings.
fn install(shell: &str, home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(shell);
    cmd.arg(Path::new(ROOT).join("install.sh"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("GET_AI_GATEWAY_INSTALL_BASE_URL")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    to_output(cmd.output().expect("run install.sh"))
}

fn to_output(out: std::process::Output) -> Output {
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn installs_from_a_local_server_and_again_idempotently() {
    let server = Server::serve(dist());
    let home = tempfile::tempdir().unwrap();
    let completions = home.path().join(".local/share/bash-completion/completions");
    std::fs::create_dir_all(&completions).unwrap();
    let prefix = home.path().join("bin");
    let p = prefix.to_str().unwrap();
    let out = install(
        "dash",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[],
    )
    .ok();
    assert!(out.stderr.contains("checksum verified"), "{}", out.stderr);
    assert!(out.stderr.contains("is not on your PATH"), "{}", out.stderr);
    let installed = prefix.join("get-ai-gateway");
    let v = Command::new(&installed).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&v.stdout).trim(),
        format!("get-ai-gateway {}", version())
    );
    let bash = std::fs::read(completions.join("get-ai-gateway")).unwrap();
    assert_eq!(
        bash,
        std::fs::read(Path::new(ROOT).join("completions/get-ai-gateway.bash")).unwrap()
    );

    let before = std::fs::metadata(&installed).unwrap().modified().unwrap();
    let again = install(
        "sh",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[],
    )
    .ok();
    assert!(
        again.stderr.contains("already installed"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::metadata(&installed).unwrap().modified().unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(&prefix)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn works_piped_into_sh_and_from_file_urls() {
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    let base = format!("file://{}", dist().display());
    // `curl … | sh -s -- OPTIONS`
    let script = std::fs::read(Path::new(ROOT).join("install.sh")).unwrap();
    let mut child = Command::new("sh")
        .args([
            "-s",
            "--",
            "--base-url",
            &base,
            "--prefix",
            prefix.to_str().unwrap(),
            "--no-completions",
        ])
        .env("HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&script).unwrap();
    let out = to_output(child.wait_with_output().unwrap()).ok();
    assert!(
        out.stderr.contains("installed get-ai-gateway"),
        "{}",
        out.stderr
    );
    assert!(prefix.join("get-ai-gateway").is_file());
    // --version pins; the same environment variable selects the base URL.
    let home2 = tempfile::tempdir().unwrap();
    let prefix2 = home2.path().join("bin");
    install(
        "sh",
        home2.path(),
        &[
            "--version",
            &format!("v{}", version()),
            "--prefix",
            prefix2.to_str().unwrap(),
        ],
        &[("GET_AI_GATEWAY_INSTALL_BASE_URL", &base)],
    )
    .ok();
    assert!(prefix2.join("get-ai-gateway").is_file());
    install(
        "sh",
        home2.path(),
        &[
            "--version",
            "9.9.9",
            "--base-url",
            &base,
            "--prefix",
            prefix2.to_str().unwrap(),
        ],
        &[],
    )
    .fails(1)
    .stderr_has("cannot download");
}

#[test]
fn corrupted_downloads_install_nothing() {
    for corrupt_tarball in [false, true] {
        let copy = tempfile::tempdir().unwrap();
        let status = Command::new("cp")
            .arg("-r")
            .arg(format!("{}/.", dist().display()))
            .arg(copy.path())
            .status()
            .unwrap();
        assert!(status.success());
        let tarball = asset(copy.path());
        if corrupt_tarball {
            let mut bytes = std::fs::read(&tarball).unwrap();
            let mid = bytes.len() / 2;
            bytes[mid] ^= 0xff;
            std::fs::write(&tarball, bytes).unwrap();
        } else {
            let sum = tarball.with_extension("gz.sha256");
            let text = std::fs::read_to_string(&sum).unwrap();
            std::fs::write(&sum, text.replacen(|c: char| c.is_ascii_hexdigit(), "0", 8)).unwrap();
        }
        let home = tempfile::tempdir().unwrap();
        let prefix = home.path().join("bin");
        let base = format!("file://{}", copy.path().display());
        install(
            "sh",
            home.path(),
            &["--base-url", &base, "--prefix", prefix.to_str().unwrap()],
            &[],
        )
        .fails(1)
        .stderr_has("checksum mismatch")
        .stderr_has("nothing was installed");
        assert!(!prefix.exists() || std::fs::read_dir(&prefix).unwrap().next().is_none());
    }
}

#[test]
fn unsupported_platforms_and_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    let p = home.path().join("bin");
    let p = p.to_str().unwrap();
    install(
        "sh",
        home.path(),
        &["--prefix", p],
        &[("GET_AI_GATEWAY_INSTALL_UNAME_S", "FreeBSD")],
    )
    .fails(1)
    .stderr_has("no prebuilt get-ai-gateway for FreeBSD/")
    .stderr_has("--from-source");
    install(
        "dash",
        home.path(),
        &["--prefix", p],
        &[("GET_AI_GATEWAY_INSTALL_UNAME_M", "riscv64")],
    )
    .fails(1)
    .stderr_has("Linux/riscv64");
    install("sh", home.path(), &["--bogus"], &[])
        .fails(2)
        .stderr_has("unknown option");
    install("sh", home.path(), &["--prefix"], &[])
        .fails(2)
        .stderr_has("needs a value");
    install("sh", home.path(), &["--help"], &[])
        .ok()
        .stdout_has("--from-source");
    // --from-source without cargo on PATH says what is missing.
    install(
        "sh",
        home.path(),
        &["--from-source", "--source", ROOT, "--prefix", p],
        &[("PATH", "/usr/bin:/bin")],
    )
    .fails(1)
    .stderr_has("needs 'cargo'");
}

#[test]
fn another_version_is_replaced_only_with_yes() {
    let server = Server::serve(dist());
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    std::fs::create_dir_all(&prefix).unwrap();
    let installed = prefix.join("get-ai-gateway");
    std::fs::write(&installed, "#!/bin/sh\necho 'get-ai-gateway 0.0.1'\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&installed, std::fs::Permissions::from_mode(0o755)).unwrap();
    let p = prefix.to_str().unwrap();
    // No terminal: never prompts, refuses, keeps the old one.
    install(
        "sh",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[],
    )
    .fails(1)
    .stderr_has("pass -y");
    assert!(
        std::fs::read_to_string(&installed)
            .unwrap()
            .contains("0.0.1")
    );
    install(
        "sh",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p, "-y"],
        &[],
    )
    .ok();
    let v = Command::new(&installed).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&v.stdout).trim(),
        format!("get-ai-gateway {}", version())
    );
}

#[test]
fn install_then_start_in_one_line_without_echoing_the_key() {
    let server = Server::serve(dist());
    let t = Test::new();
    let prefix = t.home.path().join("bin");
    let secret = "sk-install-secret-98765";
    let mut args: Vec<String> = [
        "--base-url",
        &server.url(),
        "--prefix",
        prefix.to_str().unwrap(),
        "--",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(
        ["--non-interactive", "--container-name", &t.name]
            .iter()
            .map(|s| s.to_string()),
    );
    args.extend(t.image_flags());
    args.extend(["--dashscope-key".to_string(), secret.to_string()]);
    let mut cmd = Command::new("sh");
    cmd.arg(Path::new(ROOT).join("install.sh"))
        .args(&args)
        .env("HOME", t.home.path())
        .stdin(Stdio::null());
    let out = to_output(cmd.output().unwrap()).ok();
    assert!(
        out.stdout.contains("Higress AI Gateway is running."),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains(secret) && !out.stderr.contains(secret),
        "the key was echoed"
    );
    assert!(t.inspect().unwrap().state.unwrap().running.unwrap());
    assert!(
        t.file("/data/wasmplugins/ai-proxy.internal.yaml")
            .contains(secret)
    );
}

#[test]
fn shell_scripts_pass_shellcheck() {
    let status = Command::new("shellcheck")
        .current_dir(ROOT)
        .args([
            "install.sh",
            "scripts/package.sh",
            "scripts/completions.sh",
            "scripts/bench.sh",
            "tests/run.sh",
            ".ci/run",
        ])
        .status()
        .expect("shellcheck (tests/run.sh installs it)");
    assert!(status.success(), "shellcheck found problems");
}
