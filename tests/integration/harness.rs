//! The `Test` builder: runs the real binary in a fresh HOME against the real Docker engine,
//! with a unique container name and free ports, and cleans up after itself.
//!
//! The stand-in all-in-one image is built once per test run through the Engine API from
//! `tests/fixtures/standin` plus Debian's static busybox and bash.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Write as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use bollard::Docker;
use bollard::query_parameters::{BuildImageOptionsBuilder, RemoveContainerOptionsBuilder};
use futures_util::StreamExt;

pub const BIN: &str = env!("CARGO_BIN_EXE_get-ai-gateway");
pub const STANDIN_REPO: &str = "get-ai-gateway-standin";

static COUNTER: AtomicU32 = AtomicU32::new(0);
static IMAGE: OnceLock<String> = OnceLock::new();

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    runtime().block_on(f)
}

pub fn docker() -> Docker {
    Docker::connect_with_local_defaults().expect("a Docker engine (tests/run.sh starts one)")
}

/// Ports for containers: below the kernel's ephemeral range (32768 and up on Linux), so no
/// `bind(…:0)`, outgoing connection or self-connect of any test can take one between the
/// moment it is chosen and the moment the engine binds it. Each is handed out once per
/// process; the start offset varies with the process id so that two suites on one engine
/// rarely meet, and `Test::start` retries with new ports when the engine still says a port
/// is taken.
pub fn free_ports(n: usize) -> Vec<u16> {
    const LOW: u32 = 20_000;
    const SPAN: u32 = 12_000;
    static NEXT: OnceLock<AtomicU32> = OnceLock::new();
    let next = NEXT.get_or_init(|| AtomicU32::new((std::process::id() * 97) % SPAN));
    let mut ports = Vec::with_capacity(n);
    while ports.len() < n {
        let port = (LOW + next.fetch_add(1, Ordering::SeqCst) % SPAN) as u16;
        // Skip ports something on this machine already holds.
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            ports.push(port);
        }
    }
    ports
}

/// A static file server on 127.0.0.1, in this process: it binds port 0 itself, so the
/// port it reports is its own from the first moment (no probe, no race).
pub struct FileServer {
    port: u16,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl FileServer {
    pub fn serve(dir: &Path) -> FileServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (root, flag) = (dir.to_path_buf(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let root = root.clone();
                    std::thread::spawn(move || serve_one(&root, stream));
                }
            }
        });
        FileServer { port, stop }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for FileServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Answer one HTTP/1.x GET or HEAD with the file under `root`, or 404.
fn serve_one(root: &Path, mut stream: std::net::TcpStream) {
    use std::io::{BufRead as _, BufReader};
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // Drain the headers.
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target
        .split('?')
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let file = (!path.split('/').any(|c| c == "..")).then(|| root.join(path));
    let body = file
        .filter(|f| f.is_file())
        .and_then(|f| std::fs::read(f).ok());
    let (status, body) = match body {
        Some(b) => ("200 OK", b),
        None => ("404 Not Found", b"not found\n".to_vec()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
}

/// Poll until `check` returns Some, or panic after `secs` seconds.
#[track_caller]
pub fn wait_for<T>(what: &str, secs: u64, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {secs} s waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn tar_context() -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standin");
    let mut builder = tar::Builder::new(Vec::new());
    builder.mode(tar::HeaderMode::Deterministic);
    builder
        .append_dir_all(".", &root)
        .expect("stand-in context");
    for (host, name) in [("/bin/busybox", "busybox"), ("/bin/bash-static", "bash")] {
        let mut f = std::fs::File::open(host).unwrap_or_else(|e| {
            panic!("{host}: {e} (install busybox-static and bash-static; tests/run.sh does)")
        });
        builder.append_file(name, &mut f).expect("append binary");
    }
    // util-linux flock, as the real (Ubuntu-based) image has it, with the libraries it
    // needs, under `flock/` at their own paths: the edit lock is a flock (busybox has none).
    builder
        .append_dir("flock", &root)
        .expect("stand-in flock folder");
    for path in flock_files() {
        builder
            .append_path_with_name(&path, format!("flock{path}"))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    builder.into_inner().expect("tar")
}

/// `/usr/bin/flock` and the shared libraries `ldd` names for it (none when it is absent).
pub fn flock_files() -> Vec<String> {
    let flock = "/usr/bin/flock";
    if !Path::new(flock).exists() {
        return Vec::new();
    }
    let out = Command::new("ldd").arg(flock).output().expect("ldd");
    let mut files = vec![flock.to_string()];
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some(path) = line
            .split_whitespace()
            .find(|w| w.starts_with('/'))
            .filter(|p| Path::new(p).exists())
        {
            files.push(path.to_string());
        }
    }
    files
}

/// Build `image` from a tar build context through the Engine API (a failed step panics).
pub fn build_image(image: &str, context: Vec<u8>) {
    let options = BuildImageOptionsBuilder::default()
        .t(image)
        .rm(true)
        .forcerm(true)
        .build();
    block_on(async {
        let docker = docker();
        let mut stream =
            docker.build_image(options, None, Some(bollard::body_full(context.into())));
        while let Some(item) = stream.next().await {
            let info = item.unwrap_or_else(|e| panic!("building {image}: {e}"));
            assert!(info.error_detail.is_none(), "building {image}: {info:?}");
        }
    });
}

/// Build the stand-in image once; its tag is the hash of its build context.
pub fn standin_image() -> &'static str {
    IMAGE.get_or_init(|| {
        let context = tar_context();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in &context {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
        let tag = format!("{hash:016x}");
        let image = format!("{STANDIN_REPO}:{tag}");
        let docker = docker();
        block_on(async {
            if docker.inspect_image(&image).await.is_ok() {
                return;
            }
            let options = BuildImageOptionsBuilder::default()
                .t(&image)
                .rm(true)
                .forcerm(true)
                .build();
            let mut stream =
                docker.build_image(options, None, Some(bollard::body_full(context.into())));
            while let Some(item) = stream.next().await {
                let info = item.unwrap_or_else(|e| panic!("building the stand-in image: {e}"));
                if let Some(err) = info.error_detail {
                    panic!("building the stand-in image: {err:?}");
                }
            }
        });
        image
    })
}

#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Output {
    fn from(out: std::process::Output) -> Output {
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Output {
    #[track_caller]
    pub fn ok(self) -> Output {
        assert_eq!(
            self.code, 0,
            "command failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn fails(self, code: i32) -> Output {
        assert_eq!(
            self.code, code,
            "wrong exit code:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn stderr_has(self, text: &str) -> Output {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    pub fn stdout_has(self, text: &str) -> Output {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }
}

/// `route add --model m<i> --trigger t<i>` for each i, for [`Test::run_parallel`].
/// Run `commands` at once; all must succeed.
pub fn run_all(commands: Vec<Command>) {
    let handles: Vec<_> = commands
        .into_iter()
        .map(|mut cmd| std::thread::spawn(move || cmd.output().expect("run")))
        .collect();
    for h in handles {
        let out = h.join().expect("thread");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

pub fn route_add_jobs(ids: std::ops::Range<usize>) -> Vec<Vec<String>> {
    ids.map(|i| {
        let (model, trigger) = (format!("m{i}"), format!("t{i}"));
        ["route", "add", "--model", &model, "--trigger", &trigger]
            .iter()
            .map(|s| s.to_string())
            .collect()
    })
    .collect()
}

/// One test's world: a HOME, a container name, three ports.
pub struct Test {
    pub home: tempfile::TempDir,
    pub name: String,
    ports: std::cell::Cell<[u16; 3]>,
    env: BTreeMap<String, String>,
}

impl Test {
    pub fn new() -> Test {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let ports = free_ports(3);
        let home = tempfile::Builder::new()
            .prefix("gag-it-")
            .tempdir()
            .expect("temp home");
        Test {
            home,
            name: format!("gag-it-{}-{n}", std::process::id()),
            ports: std::cell::Cell::new([ports[0], ports[1], ports[2]]),
            env: BTreeMap::new(),
        }
    }

    pub fn http(&self) -> u16 {
        self.ports.get()[0]
    }

    pub fn https(&self) -> u16 {
        self.ports.get()[1]
    }

    pub fn console(&self) -> u16 {
        self.ports.get()[2]
    }

    pub fn env(&mut self, key: &str, value: &str) -> &mut Test {
        self.env.insert(key.into(), value.into());
        self
    }

    /// The default data folder under this test's HOME.
    pub fn data(&self) -> PathBuf {
        self.home.path().join(".local/share/get-ai-gateway")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join(".local/share"))
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .env_remove("IMAGE_REPO")
            .env_remove("IMAGE_TAG")
            .env_remove("PLUGIN_REGISTRY")
            .env_remove("GET_AI_GATEWAY_CONTAINER_NAME")
            .env_remove("GET_AI_GATEWAY_DATA_FOLDER")
            // The product must ignore the generic name this variable has elsewhere.
            .env("CONTAINER_NAME", "not-the-gateway");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Run with `--container-name` appended; stdin is empty.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, b"")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--container-name", self.name.as_str()]);
        let mut child = self
            .command(&all)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn the binary");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin)
            .expect("write stdin");
        Output::from(child.wait_with_output().expect("wait"))
    }

    /// `--image-repo/--image-tag` of the stand-in and this test's three ports.
    pub fn image_flags(&self) -> Vec<String> {
        let (repo, tag) = standin_image().split_once(':').expect("tag");
        [
            "--image-repo",
            repo,
            "--image-tag",
            tag,
            "--http-port",
            &self.http().to_string(),
            "--https-port",
            &self.https().to_string(),
            "--console-port",
            &self.console().to_string(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    /// `start --non-interactive` on the stand-in image with this test's ports. When the
    /// engine says a port is taken (another process on the machine got it between the
    /// choice and the bind), the test moves to new ports and tries again: the product's
    /// failed start leaves nothing behind, so the retry starts from the same state.
    pub fn start(&self, extra: &[&str]) -> Output {
        let mut attempt = 1;
        loop {
            let out = self.start_once(extra);
            let taken = out.code == 1 && out.stderr.contains("is already in use");
            if !taken || attempt == 5 {
                return out;
            }
            eprintln!(
                "a port was taken ({}); retrying with new ports",
                out.stderr.trim()
            );
            let p = free_ports(3);
            self.ports.set([p[0], p[1], p[2]]);
            attempt += 1;
        }
    }

    /// `start` once, with no retry (for tests that hold a port on purpose).
    pub fn start_once(&self, extra: &[&str]) -> Output {
        let args = self.start_args(extra);
        self.run(&args.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// `start` once with `stdin` (for `--console-password -`).
    pub fn start_with_stdin(&self, extra: &[&str], stdin: &[u8]) -> Output {
        let args = self.start_args(extra);
        self.run_with_stdin(&args.iter().map(String::as_str).collect::<Vec<_>>(), stdin)
    }

    fn start_args(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["start".to_string(), "--non-interactive".to_string()];
        args.extend(self.image_flags());
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    }

    /// Run several commands at once (each with `--container-name`); all must succeed.
    pub fn run_parallel(&self, jobs: Vec<Vec<String>>) {
        run_all(
            jobs.into_iter()
                .map(|mut args| {
                    args.extend(["--container-name".to_string(), self.name.clone()]);
                    self.command(&args.iter().map(String::as_str).collect::<Vec<_>>())
                })
                .collect(),
        );
    }

    pub fn inspect(&self) -> Option<bollard::models::ContainerInspectResponse> {
        block_on(docker().inspect_container(&self.name, None)).ok()
    }

    /// Run a command in the container through the product's own engine layer;
    /// (exit code, stdout followed by stderr).
    pub fn exec(&self, cmd: &[&str]) -> (i64, String) {
        block_on(async {
            let engine = get_ai_gateway::engine::Engine::connect()
                .await
                .expect("a Docker engine (tests/run.sh starts one)");
            let out = engine.exec(&self.name, cmd).await.expect("exec");
            let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
            text.push_str(&out.stderr);
            (out.code, text)
        })
    }

    /// A file's content as the container sees it.
    pub fn file(&self, path: &str) -> String {
        let (code, out) = self.exec(&["cat", path]);
        assert_eq!(code, 0, "cat {path}: {out}");
        out
    }

    /// Whether no one holds the edit lock (`flock` on /data/.get-ai-gateway.lock, taken by
    /// the in-container script and by the host transaction alike).
    pub fn edit_lock_free(&self) -> bool {
        let (code, _) = self.exec(&[
            "sh",
            "-c",
            "[ ! -e /data/.get-ai-gateway.lock ] || /usr/bin/flock -n /data/.get-ai-gateway.lock true",
        ]);
        code == 0
    }

    pub fn file_exists(&self, path: &str) -> bool {
        self.exec(&["test", "-e", path]).0 == 0
    }

    pub fn yaml(&self, path: &str) -> serde_yaml::Value {
        serde_yaml::from_str(&self.file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Files the stand-in saw change, in order.
    pub fn reloads(&self) -> Vec<String> {
        let (_, out) = self.exec(&["cat", "/var/log/standin/reloads.log"]);
        out.lines().map(str::to_string).collect()
    }

    /// Wait until the stand-in has logged `n` more reloads of `path` than `before`.
    pub fn wait_reload(&self, path: &str, before: usize) {
        wait_for(&format!("a reload of {path}"), 30, || {
            let count = self.reloads().iter().filter(|l| l.as_str() == path).count();
            (count > before).then_some(())
        });
    }

    pub fn reload_count(&self, path: &str) -> usize {
        self.reloads().iter().filter(|l| l.as_str() == path).count()
    }
}

impl Drop for Test {
    fn drop(&mut self) {
        let docker = docker();
        let options = RemoveContainerOptionsBuilder::default().force(true).build();
        let _ = block_on(docker.remove_container(&self.name, Some(options)));
        // Files the container created as root in the data folder go with the temp dir.
    }
}
