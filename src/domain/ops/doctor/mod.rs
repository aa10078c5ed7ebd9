//! `doctor` as data: the facts the command gathers ([`Facts`]) and their verdicts
//! ([`evaluate`]), one [`Row`] per check, each failure with its fix. No I/O.
//!
//! Thresholds, and why:
//! - inotify: the gateway's file API server watches every folder under `/data`, and Envoy,
//!   Pilot and the console each hold instances of their own — about ten instances and a few
//!   hundred watches. The limits are per user *on the host* (root in a rootful container is
//!   root outside), shared with every other container and desktop tool, and a watcher that
//!   cannot start means edits are never reloaded. Below 64 instances / 8192 watches the
//!   gateway often fails to start watchers (fail); below Linux's usual 128 / 65536, a busy
//!   machine runs out (warn).
//! - disk: the all-in-one image is about 1.5 GB unpacked and logs grow; below 1 GiB free
//!   fails, below 5 GiB warns.

use serde::Serialize;

use crate::domain::ops::check::Finding;

pub const MIN_INOTIFY_INSTANCES: u64 = 64;
pub const GOOD_INOTIFY_INSTANCES: u64 = 128;
pub const MIN_INOTIFY_WATCHES: u64 = 8192;
pub const GOOD_INOTIFY_WATCHES: u64 = 65_536;
const GIB: u64 = 1 << 30;
pub const MIN_FREE_DISK: u64 = GIB;
pub const GOOD_FREE_DISK: u64 = 5 * GIB;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

/// One check's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub check: &'static str,
    pub level: Level,
    pub detail: String,
    pub fix: Option<String>,
}

fn ok(check: &'static str, detail: impl Into<String>) -> Row {
    Row {
        check,
        level: Level::Ok,
        detail: detail.into(),
        fix: None,
    }
}

fn bad(
    check: &'static str,
    level: Level,
    detail: impl Into<String>,
    fix: impl Into<String>,
) -> Row {
    Row {
        check,
        level,
        detail: detail.into(),
        fix: Some(fix.into()),
    }
}

#[derive(Debug, Clone, Default)]
pub struct EngineFacts {
    pub endpoint: String,
    pub why: String,
    pub name: String,
    pub version: String,
    pub api_version: String,
    /// The engine host's architecture (`amd64`, `arm64`).
    pub arch: String,
    pub local: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ContainerFacts {
    pub status: String,
    pub running: bool,
    pub restart_policy: Option<String>,
    pub image: String,
    /// None: the image is not on the engine.
    pub image_arch: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Free,
    /// Published by our running container.
    Ours,
    Other,
    /// Not checked (the engine is remote).
    Unknown,
}

#[derive(Debug, Clone)]
pub struct PortFact {
    pub port: u16,
    pub flag: &'static str,
    pub holder: Holder,
}

#[derive(Debug, Clone, Default)]
pub struct DataFacts {
    pub path: String,
    pub exists: bool,
    pub writable: bool,
    /// `default.cfg`'s (mode, owner uid), when it exists.
    pub settings: Option<(u32, u32)>,
    pub my_uid: u32,
}

#[derive(Debug, Clone)]
pub struct PluginFact {
    pub runtime: &'static str,
    pub installed: bool,
    pub enabled: bool,
    pub configured: bool,
    pub current: bool,
}

/// Everything `doctor` looked at. `None` means "not looked at" (and says why in the row).
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// The engine, or (what failed, its hint).
    pub engine: Option<Result<EngineFacts, (String, Option<String>)>>,
    /// This machine's architecture (`amd64`).
    pub host_arch: String,
    pub container_name: String,
    /// None: no such container.
    pub container: Option<ContainerFacts>,
    pub ports: Vec<PortFact>,
    pub data: Option<DataFacts>,
    /// Files the template writes that are missing (None: not checked).
    pub missing_files: Option<Vec<String>>,
    pub gateway_answers: Option<bool>,
    /// (max_user_instances, max_user_watches).
    pub inotify: Option<(u64, u64)>,
    pub disk_free: Option<u64>,
    /// (registry, why: the flag, the container's setting or the timezone).
    pub registry: Option<(String, String)>,
    pub plugins: Vec<PluginFact>,
    pub findings: Option<Vec<Finding>>,
    /// Who may get in (None: the gateway is not running).
    pub security: Option<SecurityFacts>,
    /// The gateway's Redis (None: it has none, or it is not running).
    pub redis: Option<RedisFacts>,
    /// The `-o11y` image's stack (None: the gateway is not running).
    pub o11y: Option<O11yFacts>,
}

/// Grafana, Prometheus and Loki inside a `-o11y` container, as one exec found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum O11yFacts {
    /// The plain image: there is no stack to ask.
    Plain,
    /// Each component of [`O11Y_COMPONENTS`] and whether it answered.
    Probed(Vec<(&'static str, bool)>),
    /// The exec itself failed.
    Unasked(String),
}

/// The stack's components and the health URL each answers inside the container.
pub const O11Y_COMPONENTS: &[(&str, &str)] = &[
    ("Grafana", "http://localhost:3000/grafana/api/health"),
    ("Prometheus", "http://localhost:9090/prometheus/-/ready"),
    ("Loki", "http://localhost:3100/ready"),
];

/// The one command that asks every component (busybox and GNU wget both take these flags);
/// it prints `up` or `down` per line, in [`O11Y_COMPONENTS`]' order.
pub fn o11y_probe() -> Vec<String> {
    let urls: Vec<&str> = O11Y_COMPONENTS.iter().map(|(_, u)| *u).collect();
    let script = "for u in \"$@\"; do \
                  if wget -q -T 3 -O /dev/null \"$u\" 2>/dev/null; then echo up; else echo down; fi; \
                  done";
    let mut cmd = vec!["sh".to_string(), "-c".into(), script.into(), "o11y".into()];
    cmd.extend(urls.iter().map(|u| u.to_string()));
    cmd
}

/// [`o11y_probe`]'s output as facts: a component with no `up` line is down.
pub fn o11y_probed(stdout: &str) -> O11yFacts {
    let mut lines = stdout.lines().map(str::trim);
    O11yFacts::Probed(
        O11Y_COMPONENTS
            .iter()
            .map(|(name, _)| (*name, lines.next() == Some("up")))
            .collect(),
    )
}

/// The Redis the gateway's files name, and whether the gateway reaches it.
#[derive(Debug, Clone, Default)]
pub struct RedisFacts {
    /// `host:port`, as the gateway dials it.
    pub address: String,
    /// The container beside the gateway (name, status, running); None for `--redis-url`.
    pub container: Option<(String, String, bool)>,
    /// A TCP connection from inside the gateway container succeeded.
    pub reachable: bool,
}

/// The console's admin, gateway keys and the data folder's modes.
#[derive(Debug, Clone)]
pub struct SecurityFacts {
    pub console: Option<crate::domain::live::console::Claim>,
    /// (required, number of keys).
    pub keys: Option<(bool, usize)>,
    /// The address the ports are published on.
    pub bind: String,
    /// Paths others may read (None: the folder is not on this machine).
    pub open: Option<Vec<String>>,
}

/// Go's name for a Rust architecture (`x86_64` → `amd64`).
pub fn go_arch(rust: &str) -> &str {
    match rust {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "arm" => "arm",
        other => other,
    }
}

/// Every check's verdict, in the order they are shown.
pub fn evaluate(f: &Facts) -> Vec<Row> {
    let mut rows = vec![engine(f)];
    rows.push(arch(f));
    rows.extend(f.ports.iter().map(port));
    rows.extend(data(f));
    rows.push(container(f));
    rows.push(template(f));
    rows.push(answers(f));
    rows.push(inotify(f.inotify));
    rows.push(disk(f.disk_free));
    if let Some((registry, why)) = &f.registry {
        rows.push(ok("registry", format!("{registry} ({why})")));
    }
    rows.extend(f.plugins.iter().map(plugin));
    rows.push(findings(f));
    if let Some(sec) = &f.security {
        rows.extend(security(sec));
    }
    rows.extend(f.redis.as_ref().map(redis));
    rows.extend(f.o11y.as_ref().map(o11y));
    rows
}

/// The `-o11y` stack: a warning, not a failure, when a part is down, since the gateway
/// serves traffic without it (and Loki and Grafana come up a while after the gateway).
fn o11y(o: &O11yFacts) -> Row {
    let down = match o {
        O11yFacts::Plain => {
            return ok(
                "o11y",
                "not this image (`get-ai-gateway upgrade --o11y` adds Grafana, Prometheus and Loki)",
            );
        }
        O11yFacts::Unasked(why) => {
            return bad(
                "o11y",
                Level::Warn,
                format!("could not ask Grafana, Prometheus and Loki: {why}"),
                "run doctor again; if it persists, see `get-ai-gateway logs`",
            );
        }
        O11yFacts::Probed(parts) => parts
            .iter()
            .filter(|(_, up)| !up)
            .map(|(name, _)| *name)
            .collect::<Vec<_>>(),
    };
    if down.is_empty() {
        return ok(
            "o11y",
            "Grafana, Prometheus and Loki up (Grafana at the console's /grafana/)",
        );
    }
    bad(
        "o11y",
        Level::Warn,
        format!("{} not answering inside the container", down.join(", ")),
        "they start after the gateway: wait a minute and run doctor again; if they stay \
         down, see `get-ai-gateway logs`, or re-create the container with \
         `get-ai-gateway upgrade --o11y`",
    )
}

/// Token limits and quotas count in Redis: it must run and the gateway must reach it.
fn redis(r: &RedisFacts) -> Row {
    if let Some((name, status, false)) = &r.container {
        return bad(
            "redis",
            Level::Fail,
            format!(
                "the Redis container {name} is {status}: token limits and quotas are not counted"
            ),
            "get-ai-gateway redis start",
        );
    }
    if !r.reachable {
        let fix = match &r.container {
            Some((name, ..)) => {
                format!("see `docker logs {name}` and `get-ai-gateway redis status`")
            }
            None => "check that the Redis of --redis-url answers from the gateway's network \
                     (`get-ai-gateway redis status`)"
                .to_string(),
        };
        return bad(
            "redis",
            Level::Fail,
            format!("the gateway cannot reach Redis at {}", r.address),
            fix,
        );
    }
    let what = match &r.container {
        Some((name, ..)) => format!("{name} running beside the gateway"),
        None => "an existing Redis (--redis-url)".to_string(),
    };
    ok(
        "redis",
        format!("{what}; the gateway reaches it at {}", r.address),
    )
}

fn security(s: &SecurityFacts) -> Vec<Row> {
    use crate::domain::live::console::Claim;
    let exposed = !crate::domain::ops::plan::is_loopback(&s.bind);
    let reset = "get-ai-gateway console password --reset";
    let console = match s.console {
        Some(Claim::Ours) => ok("console", "admin password set by get-ai-gateway"),
        Some(Claim::Changed) => ok("console", "admin password set, then changed in the console"),
        Some(Claim::Foreign) => ok("console", "admin password set by someone else"),
        Some(Claim::Open) => bad(
            "console",
            Level::Warn,
            "no admin yet: whoever opens the console first sets the password",
            reset,
        ),
        None => bad(
            "console",
            Level::Warn,
            "could not read the console's account",
            reset,
        ),
    };
    let keys = match s.keys {
        Some((true, n)) => ok("gateway keys", format!("required ({n} keys)")),
        Some((false, _)) if exposed => bad(
            "gateway keys",
            Level::Warn,
            format!(
                "not required, and the ports are published on {}: anyone who reaches them \
                 spends your provider keys",
                s.bind
            ),
            "get-ai-gateway keys add NAME, then get-ai-gateway keys enable",
        ),
        Some((false, n)) => ok(
            "gateway keys",
            format!("not required ({n} keys; the ports are on {} only)", s.bind),
        ),
        None => bad(
            "gateway keys",
            Level::Warn,
            "could not read key-auth",
            "run `get-ai-gateway keys list`",
        ),
    };
    let modes = match &s.open {
        None => ok("folder modes", "not on this machine"),
        Some(open) if open.is_empty() => ok(
            "folder modes",
            "private (folder and logs/ 0700, files with keys 0600)",
        ),
        Some(open) => bad(
            "folder modes",
            Level::Warn,
            format!("readable by others: {}", open.join(", ")),
            "get-ai-gateway start (it makes the folder private)",
        ),
    };
    vec![console, keys, modes]
}

fn engine(f: &Facts) -> Row {
    match &f.engine {
        Some(Ok(e)) => ok(
            "engine",
            format!(
                "{} {} (API {}) at {} ({})",
                e.name, e.version, e.api_version, e.endpoint, e.why
            ),
        ),
        Some(Err((what, hint))) => bad(
            "engine",
            Level::Fail,
            what.clone(),
            hint.clone()
                .unwrap_or_else(|| "start the Docker engine, or choose one with --context".into()),
        ),
        None => bad("engine", Level::Fail, "not checked", "run doctor again"),
    }
}

fn arch(f: &Facts) -> Row {
    let Some(Ok(e)) = &f.engine else {
        return ok(
            "architecture",
            format!("{} (engine not reached)", f.host_arch),
        );
    };
    let image = f.container.as_ref().and_then(|c| c.image_arch.clone());
    match image {
        Some(img) if img != e.arch => bad(
            "architecture",
            Level::Warn,
            format!(
                "the image is {img} but the engine runs on {}: it runs emulated, slowly, \
                 or not at all",
                e.arch
            ),
            "use an image built for this machine (a multi-arch tag, or --image-tag for it)",
        ),
        Some(img) => ok("architecture", format!("engine {} = image {img}", e.arch)),
        None => ok(
            "architecture",
            format!(
                "engine {} (this machine {}; no image yet)",
                e.arch, f.host_arch
            ),
        ),
    }
}

fn port(p: &PortFact) -> Row {
    let (check, port) = ("port", p.port);
    match p.holder {
        Holder::Free => ok(check, format!("{port} free")),
        Holder::Ours => ok(check, format!("{port} published by the gateway")),
        Holder::Unknown => ok(check, format!("{port} not checked (remote engine)")),
        Holder::Other => bad(
            check,
            Level::Fail,
            format!("{port} is used by another program"),
            format!(
                "stop that program, or start the gateway with {} PORT",
                p.flag
            ),
        ),
    }
}

fn data(f: &Facts) -> Vec<Row> {
    let Some(d) = &f.data else {
        return vec![ok("data folder", "not checked (remote engine)")];
    };
    if !d.exists {
        let level = if f.container.is_some() {
            Level::Fail
        } else {
            Level::Ok
        };
        return vec![Row {
            check: "data folder",
            level,
            detail: format!("{} does not exist yet", d.path),
            fix: (level == Level::Fail).then(|| {
                "re-create the gateway: `get-ai-gateway delete --force`, then `start`".into()
            }),
        }];
    }
    let mut rows = vec![if d.writable {
        ok("data folder", format!("{} (writable)", d.path))
    } else {
        bad(
            "data folder",
            Level::Fail,
            format!("{} is not writable by you", d.path),
            format!("sudo chown -R $(id -u):$(id -g) {}", d.path),
        )
    }];
    rows.push(match d.settings {
        None => ok("default.cfg", "not written yet"),
        Some((mode, _)) if mode & 0o077 != 0 => bad(
            "default.cfg",
            Level::Fail,
            format!(
                "mode {:04o}: other users can read the API keys in it",
                mode & 0o7777
            ),
            format!("chmod 600 {}/default.cfg", d.path),
        ),
        Some((_, uid)) if uid != d.my_uid && d.my_uid != 0 => bad(
            "default.cfg",
            Level::Warn,
            format!("mode 0600, owned by uid {uid}, not you (uid {})", d.my_uid),
            format!("sudo chown $(id -u) {}/default.cfg", d.path),
        ),
        Some(_) => ok("default.cfg", "mode 0600, owned by you"),
    });
    rows
}

fn container(f: &Facts) -> Row {
    let name = &f.container_name;
    if !matches!(f.engine, Some(Ok(_))) {
        return ok("container", "not checked (engine not reached)");
    }
    let Some(c) = &f.container else {
        return bad(
            "container",
            Level::Warn,
            format!("no container named {name}"),
            "create it with `get-ai-gateway start`",
        );
    };
    if !c.running {
        return bad(
            "container",
            Level::Fail,
            format!("{name} is {}", c.status),
            "start it with `get-ai-gateway start`",
        );
    }
    match c.restart_policy.as_deref() {
        Some("always" | "unless-stopped") => ok(
            "container",
            format!(
                "{name} running, restart policy {}",
                c.restart_policy.as_deref().unwrap_or("")
            ),
        ),
        other => bad(
            "container",
            Level::Warn,
            format!(
                "{name} running, restart policy {}: it will not come back after a reboot",
                other.unwrap_or("none")
            ),
            "re-create it with `get-ai-gateway delete --force` and `get-ai-gateway start`",
        ),
    }
}

/// A check over a list read from the running gateway: none is ok, any fails.
fn listed(check: &'static str, list: Option<Vec<String>>, clean: &str, fix: &str) -> Row {
    match list {
        None => ok(check, "not checked (gateway not running)"),
        Some(m) if m.is_empty() => ok(check, clean),
        Some(m) => bad(check, Level::Fail, m.join("; "), fix),
    }
}

fn template(f: &Facts) -> Row {
    let missing = f
        .missing_files
        .as_ref()
        .map(|m| m.iter().map(|p| format!("missing {p}")).collect());
    listed(
        "template files",
        missing,
        "present",
        "the template did not run to the end: see `get-ai-gateway logs`, then re-create \
         the gateway (the data folder is kept)",
    )
}

fn answers(f: &Facts) -> Row {
    match f.gateway_answers {
        None => ok("gateway", "not checked (not running, or a remote engine)"),
        Some(true) => ok("gateway", "answers on its HTTP port"),
        Some(false) => bad(
            "gateway",
            Level::Fail,
            "no answer on its HTTP port",
            "it may still be starting; else see `get-ai-gateway logs`",
        ),
    }
}

fn inotify(limits: Option<(u64, u64)>) -> Row {
    let Some((instances, watches)) = limits else {
        return ok("inotify", "not checked (no /proc/sys/fs/inotify)");
    };
    let detail = format!("max_user_instances {instances}, max_user_watches {watches}");
    let fix = "sudo sysctl fs.inotify.max_user_instances=512 fs.inotify.max_user_watches=524288 \
               (and put both in /etc/sysctl.d/99-inotify.conf to keep them)";
    if instances < MIN_INOTIFY_INSTANCES || watches < MIN_INOTIFY_WATCHES {
        bad(
            "inotify",
            Level::Fail,
            format!("{detail}: too low for the gateway's file watchers"),
            fix,
        )
    } else if instances < GOOD_INOTIFY_INSTANCES || watches < GOOD_INOTIFY_WATCHES {
        bad(
            "inotify",
            Level::Warn,
            format!("{detail}: a busy machine may run out"),
            fix,
        )
    } else {
        ok("inotify", detail)
    }
}

fn disk(free: Option<u64>) -> Row {
    let Some(free) = free else {
        return ok("disk", "not checked");
    };
    let detail = format!("{:.1} GiB free", free as f64 / GIB as f64);
    let fix = "free some space (`docker system prune` removes unused images)";
    if free < MIN_FREE_DISK {
        bad("disk", Level::Fail, detail, fix)
    } else if free < GOOD_FREE_DISK {
        bad("disk", Level::Warn, detail, fix)
    } else {
        ok("disk", detail)
    }
}

fn plugin(p: &PluginFact) -> Row {
    let check = "plugin";
    let rt = p.runtime;
    if !p.installed {
        return ok(check, format!("{rt}: not installed"));
    }
    let fix = format!("get-ai-gateway plugin install --runtime {rt} --configure");
    if !p.current {
        bad(
            check,
            Level::Warn,
            format!("{rt}: installed, an older version"),
            fix,
        )
    } else if !p.enabled {
        bad(
            check,
            Level::Warn,
            format!("{rt}: installed but disabled"),
            format!("{rt} plugins enable higress-ai-gateway"),
        )
    } else if !p.configured {
        bad(
            check,
            Level::Warn,
            format!("{rt}: installed, provider not configured"),
            fix,
        )
    } else {
        ok(check, format!("{rt}: installed and configured"))
    }
}

fn findings(f: &Facts) -> Row {
    let problems = f.findings.as_ref().map(|v| {
        v.iter()
            .map(|x| format!("{}: {}", x.file, x.problem))
            .collect()
    });
    listed(
        "check",
        problems,
        "no problem in the gateway's files",
        "run `get-ai-gateway check` for each problem's fix",
    )
}

/// Whether any check failed.
pub fn failed(rows: &[Row]) -> bool {
    rows.iter().any(|r| r.level == Level::Fail)
}

#[cfg(test)]
mod tests;
