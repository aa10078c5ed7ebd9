//! install.sh end to end (served from 127.0.0.1 and file://), packaging, the wget fallback,
//! --from-source, prompts on a terminal, shellcheck, dash and bash.

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use crate::harness::{BIN, FileServer, Output, Test, wait_for};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

static DIST: OnceLock<PathBuf> = OnceLock::new();

fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The target install.sh picks on this machine (its `uname` is not overridden): the static
/// musl build on every Linux.
fn target() -> &'static str {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "x86_64-unknown-linux-musl",
        ("linux", "aarch64") => "aarch64-unknown-linux-musl",
        ("macos", "x86_64") => "x86_64-apple-darwin",
        ("macos", "aarch64") => "aarch64-apple-darwin",
        (os, arch) => panic!("install.sh has no prebuilt target for {os}/{arch}"),
    }
}

fn install_sh() -> PathBuf {
    Path::new(ROOT).join("install.sh")
}

/// The freshly built binary packaged by scripts/package.sh, once per test run (no second,
/// release build: the tarball holds the test build of the binary). It lives in Cargo's
/// temp folder for tests; copies left by earlier runs that have ended are removed.
fn dist() -> &'static Path {
    DIST.get_or_init(|| {
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        for entry in std::fs::read_dir(tmp).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ended = name
                .strip_prefix("install-dist-")
                .is_some_and(|pid| !Path::new("/proc").join(pid).exists());
            if ended {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let out = tmp.join(format!("install-dist-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let status = Command::new("sh")
            .arg(Path::new(ROOT).join("scripts/package.sh"))
            .args(["--bin", BIN, "--target", target(), "--latest", "--out"])
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
    let t = target();
    dir.join(format!("download/v{v}/get-ai-gateway-{v}-{t}.tar.gz"))
}

/// A private copy of the release tree, to corrupt.
fn dist_copy() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    let status = Command::new("cp")
        .arg("-r")
        .arg(format!("{}/.", dist().display()))
        .arg(copy.path())
        .status()
        .unwrap();
    assert!(status.success());
    copy
}

/// A command's full path, found on this process's PATH (a test may give install.sh
/// another PATH).
fn which(name: &str) -> PathBuf {
    if name.contains('/') {
        return PathBuf::from(name);
    }
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("the tests need `{name}` (tests/run.sh installs it)"))
}

/// install.sh run by `shell` with a HOME, no terminal and no inherited installer settings.
fn installer(shell: &str, home: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(which(shell));
    cmd.arg(install_sh())
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("GET_AI_GATEWAY_INSTALL_BASE_URL")
        .env_remove("GET_AI_GATEWAY_INSTALL_UNAME_S")
        .env_remove("GET_AI_GATEWAY_INSTALL_UNAME_M")
        .env_remove("BASH_COMPLETION_USER_DIR")
        .env_remove("ZDOTDIR")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn install(shell: &str, home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Output::from(
        installer(shell, home, args, env)
            .output()
            .expect("run install.sh"),
    )
}

fn version_of(binary: &Path) -> String {
    let out = Command::new(binary).arg("--version").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn files_in(dir: &Path) -> Vec<String> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// A folder holding links to just these commands, to use as the whole PATH.
fn path_with_only(commands: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("gag-path-")
        .tempdir()
        .unwrap();
    for name in commands {
        let found = ["/usr/local/bin", "/usr/bin", "/bin"]
            .iter()
            .map(|d| Path::new(d).join(name))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("the tests need `{name}` (tests/run.sh installs it)"));
        std::os::unix::fs::symlink(found, dir.path().join(name)).unwrap();
    }
    dir
}

/// What install.sh needs besides a downloader.
const BASE_TOOLS: &[&str] = &[
    "sh",
    "uname",
    "mktemp",
    "tar",
    "gzip",
    "awk",
    "id",
    "rm",
    "cp",
    "mv",
    "chmod",
    "mkdir",
    "cmp",
    "tr",
    "sha256sum",
    "cat",
];

/// A fake `cargo` that logs its arguments and "builds" by copying the test binary into
/// `--root`/bin, so --from-source is tested without a second compilation.
fn fake_cargo(dir: &Path, log: &Path) {
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{log}'\nwhile [ $# -gt 0 ]; do\n  \
         case \"$1\" in --root) root=$2; shift ;; esac\n  shift\ndone\n\
         echo '   Compiling get-ai-gateway (fake)' >&2\n\
         mkdir -p \"$root/bin\" && cp '{bin}' \"$root/bin/get-ai-gateway\"\n",
        log = log.display(),
        bin = BIN
    );
    let path = dir.join("cargo");
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn installs_from_a_local_server_and_again_idempotently() {
    let server = FileServer::serve(dist());
    let home = tempfile::tempdir().unwrap();
    let bash_dir = home.path().join(".local/share/bash-completion/completions");
    let fish_dir = home.path().join(".config/fish/completions");
    let zfunc = home.path().join(".zfunc");
    for d in [&bash_dir, &fish_dir, &zfunc] {
        std::fs::create_dir_all(d).unwrap();
    }
    let prefix = home.path().join("bin");
    let p = prefix.to_str().unwrap();
    let out = install(
        "dash",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[("PATH", "/usr/local/bin:/usr/bin:/bin")],
    )
    .ok();
    assert!(out.stderr.contains("checksum verified"), "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("{p} is not on your PATH")),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty(), "stdout: {}", out.stdout);
    let installed = prefix.join("get-ai-gateway");
    assert_eq!(
        version_of(&installed),
        format!("get-ai-gateway {}", version())
    );
    let mode = std::fs::metadata(&installed).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755);
    // Completions go into the user's folders that exist, as the checked-in files.
    for (dir, name, checked_in) in [
        (&bash_dir, "get-ai-gateway", "get-ai-gateway.bash"),
        (&fish_dir, "get-ai-gateway.fish", "get-ai-gateway.fish"),
        (&zfunc, "_get-ai-gateway", "_get-ai-gateway"),
    ] {
        assert_eq!(
            std::fs::read(dir.join(name)).unwrap(),
            std::fs::read(Path::new(ROOT).join("completions").join(checked_in)).unwrap(),
            "{name}"
        );
        assert_eq!(files_in(dir), vec![name.to_string()], "temp files left");
    }

    // Again, under bash and with the prefix on PATH: nothing changes.
    let before = std::fs::metadata(&installed).unwrap().modified().unwrap();
    let again = install(
        "bash",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[("PATH", &format!("{p}:/usr/local/bin:/usr/bin:/bin"))],
    )
    .ok();
    assert!(
        again.stderr.contains("already installed"),
        "{}",
        again.stderr
    );
    assert!(
        !again.stderr.contains("not on your PATH"),
        "{}",
        again.stderr
    );
    assert!(
        again.stderr.contains("next: get-ai-gateway start"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::metadata(&installed).unwrap().modified().unwrap(),
        before
    );
    assert_eq!(files_in(&prefix), vec!["get-ai-gateway".to_string()]);
}

#[test]
fn works_piped_into_sh_and_from_file_urls() {
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    let base = format!("file://{}", dist().display());
    // `curl … | sh -s -- OPTIONS`
    let script = std::fs::read(install_sh()).unwrap();
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
        .env_remove("GET_AI_GATEWAY_INSTALL_BASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&script).unwrap();
    let out = Output::from(child.wait_with_output().unwrap()).ok();
    assert!(
        out.stderr.contains("installed get-ai-gateway"),
        "{}",
        out.stderr
    );
    assert!(prefix.join("get-ai-gateway").is_file());
    // The published copy of install.sh is this one.
    assert_eq!(
        std::fs::read(dist().join("latest/download/install.sh")).unwrap(),
        script
    );

    // --version pins (with or without a v); the environment variable selects the base URL;
    // a ~ the shell left alone is the home folder.
    let home2 = tempfile::tempdir().unwrap();
    let prefix2 = home2.path().join("bin");
    let p2 = prefix2.to_str().unwrap();
    install(
        "sh",
        home2.path(),
        &["--version", &format!("v{}", version()), "--prefix=~/bin"],
        &[("GET_AI_GATEWAY_INSTALL_BASE_URL", &base)],
    )
    .ok();
    assert!(prefix2.join("get-ai-gateway").is_file());
    install(
        "sh",
        home2.path(),
        &["--version=9.9.9", "--base-url", &base, "--prefix", p2],
        &[],
    )
    .fails(1)
    .stderr_has("cannot download")
    .stderr_has("--from-source");
    install(
        "sh",
        home2.path(),
        &[
            "--version",
            "1.0/../../x",
            "--base-url",
            &base,
            "--prefix",
            p2,
        ],
        &[],
    )
    .fails(2)
    .stderr_has("is not a version");
    // Plain http is refused except on the loopback address.
    install(
        "sh",
        home2.path(),
        &["--base-url", "http://example.com/releases", "--prefix", p2],
        &[],
    )
    .fails(1)
    .stderr_has("refusing to download http://example.com/releases");
}

#[test]
fn downloads_with_wget_when_there_is_no_curl() {
    let server = FileServer::serve(dist());
    let mut tools = BASE_TOOLS.to_vec();
    tools.push("wget");
    let path = path_with_only(&tools);
    assert!(!path.path().join("curl").exists());
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    let out = install(
        "/bin/sh",
        home.path(),
        &[
            "--base-url",
            &server.url(),
            "--prefix",
            prefix.to_str().unwrap(),
        ],
        &[("PATH", path.path().to_str().unwrap())],
    )
    .ok();
    assert!(out.stderr.contains("checksum verified"), "{}", out.stderr);
    assert_eq!(
        version_of(&prefix.join("get-ai-gateway")),
        format!("get-ai-gateway {}", version())
    );
    // Neither curl nor wget: says so.
    let bare = path_with_only(BASE_TOOLS);
    install(
        "/bin/sh",
        home.path(),
        &[
            "--base-url",
            &server.url(),
            "--prefix",
            prefix.to_str().unwrap(),
        ],
        &[("PATH", bare.path().to_str().unwrap())],
    )
    .fails(1)
    .stderr_has("needs curl or wget");
}

#[derive(Debug, Clone, Copy)]
enum Damage {
    Tarball,
    Checksum,
    NoChecksum,
    Latest,
}

#[test]
fn corrupted_downloads_install_nothing() {
    for damage in [
        Damage::Tarball,
        Damage::Checksum,
        Damage::NoChecksum,
        Damage::Latest,
    ] {
        let copy = dist_copy();
        let tarball = asset(copy.path());
        let sum = tarball.with_extension("gz.sha256");
        let expect = match damage {
            Damage::Tarball => {
                let mut bytes = std::fs::read(&tarball).unwrap();
                let mid = bytes.len() / 2;
                bytes[mid] ^= 0xff;
                std::fs::write(&tarball, bytes).unwrap();
                "checksum mismatch"
            }
            Damage::Checksum => {
                let text = std::fs::read_to_string(&sum).unwrap();
                std::fs::write(&sum, text.replacen(|c: char| c.is_ascii_hexdigit(), "0", 8))
                    .unwrap();
                "checksum mismatch"
            }
            Damage::NoChecksum => {
                std::fs::remove_file(&sum).unwrap();
                "cannot download the checksum"
            }
            Damage::Latest => {
                std::fs::write(copy.path().join("latest/download/LATEST"), "<html>\n").unwrap();
                "does not hold a version"
            }
        };
        let home = tempfile::tempdir().unwrap();
        let completions = home.path().join(".local/share/bash-completion/completions");
        std::fs::create_dir_all(&completions).unwrap();
        let prefix = home.path().join("bin");
        let base = format!("file://{}", copy.path().display());
        let out = install(
            "dash",
            home.path(),
            &["--base-url", &base, "--prefix", prefix.to_str().unwrap()],
            &[],
        )
        .fails(1)
        .stderr_has(expect);
        if !matches!(damage, Damage::Latest) {
            assert!(
                out.stderr.contains("nothing was installed"),
                "{damage:?}: {}",
                out.stderr
            );
        }
        assert!(files_in(&prefix).is_empty(), "{damage:?}: installed");
        assert!(files_in(&completions).is_empty(), "{damage:?}: completions");
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
        &[
            ("GET_AI_GATEWAY_INSTALL_UNAME_S", "Linux"),
            ("GET_AI_GATEWAY_INSTALL_UNAME_M", "riscv64"),
        ],
    )
    .fails(1)
    .stderr_has("no prebuilt get-ai-gateway for Linux/riscv64")
    .stderr_has("again with --from-source")
    .stderr_has("cargo install --locked --git");
    install(
        "bash",
        home.path(),
        &["--prefix", p],
        &[
            ("GET_AI_GATEWAY_INSTALL_UNAME_S", "MINGW64_NT-10.0"),
            ("GET_AI_GATEWAY_INSTALL_UNAME_M", "x86_64"),
        ],
    )
    .fails(1)
    .stderr_has("MINGW64_NT-10.0/x86_64");
    assert!(files_in(Path::new(p)).is_empty());
    install("sh", home.path(), &["--bogus"], &[])
        .fails(2)
        .stderr_has("unknown option: --bogus");
    install("sh", home.path(), &["--prefix"], &[])
        .fails(2)
        .stderr_has("--prefix needs a value");
    let help = install("sh", home.path(), &["--help"], &[]).ok();
    for option in [
        "--prefix",
        "--version",
        "--base-url",
        "GET_AI_GATEWAY_INSTALL_BASE_URL",
        "--from-source",
        "--source",
        "--yes",
        "--no-completions",
    ] {
        assert!(help.stdout.contains(option), "--help lacks {option}");
    }
}

#[test]
fn from_source_runs_cargo_install_locked() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".config/fish/completions")).unwrap();
    let prefix = home.path().join("bin");
    let p = prefix.to_str().unwrap();

    // Without cargo: says what is missing.
    let no_cargo = path_with_only(BASE_TOOLS);
    install(
        "sh",
        home.path(),
        &["--from-source", "--source", ROOT, "--prefix", p],
        &[("PATH", no_cargo.path().to_str().unwrap())],
    )
    .fails(1)
    .stderr_has("needs 'cargo'");

    // With a fake cargo (it copies the test binary): a local checkout...
    let tools = path_with_only(BASE_TOOLS);
    let log = home.path().join("cargo-args");
    fake_cargo(tools.path(), &log);
    let path = tools.path().to_str().unwrap();
    let out = install(
        "dash",
        home.path(),
        // An unsupported platform builds from source when asked.
        &["--source", ROOT, "--prefix", p],
        &[
            ("PATH", path),
            ("GET_AI_GATEWAY_INSTALL_UNAME_S", "FreeBSD"),
        ],
    )
    .ok();
    assert!(out.stderr.contains("Compiling"), "{}", out.stderr);
    let args = std::fs::read_to_string(&log).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(args[..2], ["install", "--locked"], "{args:?}");
    assert!(args.windows(2).any(|w| w == ["--path", ROOT]), "{args:?}");
    assert_eq!(
        version_of(&prefix.join("get-ai-gateway")),
        format!("get-ai-gateway {}", version())
    );
    // Completions come from the binary just built.
    assert_eq!(
        std::fs::read(
            home.path()
                .join(".config/fish/completions/get-ai-gateway.fish")
        )
        .unwrap(),
        std::fs::read(Path::new(ROOT).join("completions/get-ai-gateway.fish")).unwrap()
    );

    // ... or a git URL, pinned to the tag of --version.
    std::fs::remove_dir_all(&prefix).unwrap();
    install(
        "sh",
        home.path(),
        &[
            "--from-source",
            "--source",
            "https://git.example/get-ai-gateway.git",
            "--version",
            "1.2.3",
            "--prefix",
            p,
        ],
        &[("PATH", path)],
    )
    .ok();
    let args = std::fs::read_to_string(&log).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert!(
        args.windows(2)
            .any(|w| w == ["--git", "https://git.example/get-ai-gateway.git"]),
        "{args:?}"
    );
    assert!(
        args.windows(2).any(|w| w == ["--tag", "v1.2.3"]),
        "{args:?}"
    );
    assert!(args.contains(&"--locked"), "{args:?}");

    install(
        "sh",
        home.path(),
        &["--source", "no-such-folder", "--prefix", p],
        &[("PATH", path)],
    )
    .fails(1)
    .stderr_has("neither a folder nor a git URL");
}

#[test]
fn another_version_is_replaced_only_with_yes() {
    let server = FileServer::serve(dist());
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    std::fs::create_dir_all(&prefix).unwrap();
    let installed = prefix.join("get-ai-gateway");
    let old = "#!/bin/sh\necho 'get-ai-gateway 0.0.1'\n";
    std::fs::write(&installed, old).unwrap();
    std::fs::set_permissions(&installed, std::fs::Permissions::from_mode(0o755)).unwrap();
    let p = prefix.to_str().unwrap();
    // No terminal: never prompts, refuses, keeps the old one, and does not start anything.
    install(
        "sh",
        home.path(),
        &[
            "--base-url",
            &server.url(),
            "--prefix",
            p,
            "--",
            "--non-interactive",
        ],
        &[],
    )
    .fails(1)
    .stderr_has("holds get-ai-gateway 0.0.1")
    .stderr_has("pass -y");
    assert_eq!(std::fs::read_to_string(&installed).unwrap(), old);
    install(
        "sh",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p, "-y"],
        &[],
    )
    .ok();
    assert_eq!(
        version_of(&installed),
        format!("get-ai-gateway {}", version())
    );
    // A file that is not get-ai-gateway is not overwritten without a yes either.
    std::fs::write(&installed, "not a program").unwrap();
    install(
        "sh",
        home.path(),
        &["--base-url", &server.url(), "--prefix", p],
        &[],
    )
    .fails(1)
    .stderr_has("a file that is not get-ai-gateway");
    assert_eq!(
        std::fs::read_to_string(&installed).unwrap(),
        "not a program"
    );
}

/// install.sh in a pseudo-terminal, through `sh -c SCRIPT install.sh ARGS…`.
fn in_terminal(home: &Path, script: &str, args: &[&str]) -> expectrl::session::OsSession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg(install_sh())
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("GET_AI_GATEWAY_INSTALL_BASE_URL");
    let mut session = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session
}

fn exit_code(session: &expectrl::session::OsSession) -> i32 {
    wait_for("install.sh to exit", 30, || {
        match session.get_process().status() {
            Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => Some(code),
            _ => None,
        }
    })
}

#[test]
fn asks_on_the_terminal_before_replacing_another_version() {
    use expectrl::Expect;
    let server = FileServer::serve(dist());
    let home = tempfile::tempdir().unwrap();
    let prefix = home.path().join("bin");
    std::fs::create_dir_all(&prefix).unwrap();
    let installed = prefix.join("get-ai-gateway");
    let old = "#!/bin/sh\necho 'get-ai-gateway 0.0.1'\n";
    std::fs::write(&installed, old).unwrap();
    std::fs::set_permissions(&installed, std::fs::Permissions::from_mode(0o755)).unwrap();
    let url = server.url();
    let args = [
        "--base-url",
        url.as_str(),
        "--prefix",
        prefix.to_str().unwrap(),
    ];
    // Piped into sh (stdin is the script), the answer comes from the terminal.
    let piped = "cat \"$0\" | sh -s -- \"$@\"";

    let mut p = in_terminal(home.path(), piped, &args);
    p.expect("Replace get-ai-gateway 0.0.1").unwrap();
    p.send("n\r").unwrap();
    p.expect("not replaced").unwrap();
    assert_eq!(exit_code(&p), 1);
    assert_eq!(std::fs::read_to_string(&installed).unwrap(), old);

    let mut p = in_terminal(home.path(), piped, &args);
    p.expect("Replace get-ai-gateway 0.0.1").unwrap();
    p.send("y\r").unwrap();
    p.expect("installed get-ai-gateway").unwrap();
    assert_eq!(exit_code(&p), 0);
    assert_eq!(
        version_of(&installed),
        format!("get-ai-gateway {}", version())
    );
}

#[test]
fn piped_install_then_start_runs_the_wizard_on_the_terminal() {
    use expectrl::Expect;
    let server = FileServer::serve(dist());
    let t = Test::new();
    let prefix = t.home.path().join("bin");
    let url = server.url();
    let mut args = vec![
        "--base-url".to_string(),
        url,
        "--prefix".to_string(),
        prefix.to_str().unwrap().to_string(),
        "--".to_string(),
        "--container-name".to_string(),
        t.name.clone(),
    ];
    args.extend(t.image_flags());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut p = in_terminal(t.home.path(), "cat \"$0\" | sh -s -- \"$@\"", &args);
    p.expect("installed get-ai-gateway").unwrap();
    // `get-ai-gateway start` got the terminal, not the exhausted pipe.
    p.expect("Provider to configure").unwrap();
    p.get_process_mut().exit(true).unwrap();
}

#[test]
fn install_then_start_in_one_line_without_echoing_the_key() {
    let server = FileServer::serve(dist());
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
    // `curl … | sh -s -- OPTIONS -- START-OPTIONS`
    let script = std::fs::read(install_sh()).unwrap();
    let mut child = Command::new("sh")
        .args(["-s", "--"])
        .args(&args)
        .env("HOME", t.home.path())
        .env("XDG_DATA_HOME", t.home.path().join(".local/share"))
        .env("XDG_CONFIG_HOME", t.home.path().join(".config"))
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env_remove("GET_AI_GATEWAY_INSTALL_BASE_URL")
        .env_remove("IMAGE_REPO")
        .env_remove("IMAGE_TAG")
        .env_remove("PLUGIN_REGISTRY")
        .env_remove("GET_AI_GATEWAY_CONTAINER_NAME")
        .env_remove("GET_AI_GATEWAY_DATA_FOLDER")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&script).unwrap();
    let out = Output::from(child.wait_with_output().unwrap()).ok();
    assert!(out.stderr.contains("checksum verified"), "{}", out.stderr);
    assert!(
        out.stdout.contains("Higress AI Gateway is running."),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains(secret) && !out.stderr.contains(secret),
        "the key was echoed:\n{}\n{}",
        out.stdout,
        out.stderr
    );
    assert!(t.inspect().unwrap().state.unwrap().running.unwrap());
    assert!(
        t.file("/data/wasmplugins/ai-proxy.internal.yaml")
            .contains(secret)
    );
    // Installed where asked, and the gateway it started is the one installed.
    assert_eq!(
        version_of(&prefix.join("get-ai-gateway")),
        format!("get-ai-gateway {}", version())
    );
}

#[test]
fn package_sh_lays_out_the_release() {
    let dist = dist();
    let v = version();
    let t = target();
    assert_eq!(
        std::fs::read_to_string(dist.join("latest/download/LATEST")).unwrap(),
        format!("{v}\n")
    );
    let tarball = asset(dist);
    let sum = std::fs::read_to_string(tarball.with_extension("gz.sha256")).unwrap();
    let name = format!("get-ai-gateway-{v}-{t}.tar.gz");
    let computed = Command::new("sha256sum").arg(&tarball).output().unwrap();
    let computed = String::from_utf8_lossy(&computed.stdout);
    assert_eq!(
        sum,
        format!("{}  {name}\n", computed.split_whitespace().next().unwrap())
    );
    let listing = Command::new("tar")
        .arg("-tzvf")
        .arg(&tarball)
        .output()
        .unwrap();
    assert!(listing.status.success());
    let listing = String::from_utf8_lossy(&listing.stdout);
    let top = format!("get-ai-gateway-{v}-{t}");
    let mut names: Vec<String> = listing
        .lines()
        .map(|l| l.split_whitespace().last().unwrap().to_string())
        .filter(|n| !n.ends_with('/'))
        .collect();
    names.sort();
    let mut expected: Vec<String> = [
        "LICENSE",
        "README.md",
        "completions/_get-ai-gateway",
        "completions/_get-ai-gateway.ps1",
        "completions/get-ai-gateway.bash",
        "completions/get-ai-gateway.elv",
        "completions/get-ai-gateway.fish",
        "get-ai-gateway",
    ]
    .iter()
    .map(|f| format!("{top}/{f}"))
    .collect();
    expected.sort();
    assert_eq!(names, expected);
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with("-rwxr-xr-x 0/0") && l.ends_with("/get-ai-gateway")),
        "{listing}"
    );
}

#[test]
fn shell_scripts_pass_shellcheck() {
    let out = Command::new("shellcheck")
        .current_dir(ROOT)
        .args([
            "install.sh",
            "scripts/package.sh",
            "scripts/cross-build.sh",
            "scripts/reproduce.sh",
            "scripts/lib/packages.sh",
            "scripts/completions.sh",
            "scripts/bench.sh",
            "scripts/ci-cold.sh",
            "scripts/fuzz.sh",
            "tests/run.sh",
            "tests/setup.d/20-agent-runtimes.sh",
            "tests/setup.d/30-go.sh",
            "tests/setup.d/40-export.sh",
            "tests/setup.d/50-actionlint.sh",
            ".ci/run",
            "src/edit/edit.sh",
            "tests/fixtures/standin/console.sh",
            "tests/fixtures/standin/entrypoint.sh",
            "tests/fixtures/standin/gateway.sh",
            "tests/fixtures/standin/template.sh",
        ])
        .output()
        .expect("shellcheck (tests/run.sh installs it)");
    assert!(
        out.status.success(),
        "shellcheck found problems:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // install.sh is POSIX sh: it parses under dash and bash's POSIX mode.
    for (shell, flags) in [("dash", &["-n"][..]), ("bash", &["--posix", "-n"][..])] {
        let out = Command::new(shell)
            .args(flags)
            .arg(install_sh())
            .output()
            .unwrap_or_else(|e| panic!("{shell}: {e} (tests/run.sh installs it)"));
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
