//! Which engine to talk to, in the docker CLI's order: `--context` > `DOCKER_HOST` >
//! `DOCKER_CONTEXT` > `currentContext` of the docker CLI's config > the well-known sockets
//! (default, rootless, Docker Desktop, colima, OrbStack, Podman); on Windows, Docker
//! Desktop's named pipe.
//!
//! Pure but for the file reads and existence tests it is handed: [`Inputs`] holds the
//! environment, and [`Files`] the file system, so unit tests give both.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::EngineError;

/// The `--context` flag, set once by the command dispatcher before any connection.
static CONTEXT_FLAG: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Remember `--context NAME` for every later [`super::Engine::connect`].
pub fn select_context(name: Option<String>) {
    let _ = CONTEXT_FLAG.set(name.filter(|n| !n.trim().is_empty()));
}

/// What discovery reads from the environment.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub context_flag: Option<String>,
    pub docker_host: Option<String>,
    pub docker_context: Option<String>,
    /// `DOCKER_CONFIG`, the docker CLI's config folder [default: `~/.docker`].
    pub docker_config: Option<PathBuf>,
    pub home: Option<PathBuf>,
    pub xdg_runtime_dir: Option<PathBuf>,
    /// Windows: the engine is Docker Desktop's named pipe, not a socket.
    pub windows: bool,
}

impl Inputs {
    /// This process's environment and `--context` flag.
    pub fn from_process() -> Inputs {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Inputs {
            context_flag: CONTEXT_FLAG.get().cloned().flatten(),
            docker_host: var("DOCKER_HOST"),
            docker_context: var("DOCKER_CONTEXT"),
            docker_config: var("DOCKER_CONFIG").map(PathBuf::from),
            home: dirs::home_dir(),
            xdg_runtime_dir: var("XDG_RUNTIME_DIR").map(PathBuf::from),
            windows: cfg!(windows),
        }
    }

    fn config_dir(&self) -> Option<PathBuf> {
        self.docker_config
            .clone()
            .or_else(|| Some(self.home.as_ref()?.join(".docker")))
    }
}

/// The file system as discovery sees it.
pub trait Files {
    fn read(&self, path: &Path) -> Option<String>;
    fn exists(&self, path: &Path) -> bool;
}

/// The real file system.
pub struct RealFiles;

impl Files for RealFiles {
    fn read(&self, path: &Path) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }
    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }
}

/// The engine's address and why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `unix:///var/run/docker.sock`, `tcp://host:2375`, …
    pub host: String,
    /// "DOCKER_HOST", "context ctx2 (DOCKER_CONTEXT)", "the default socket", …
    pub why: String,
}

/// The default socket.
pub const DEFAULT_SOCKET: &str = "/var/run/docker.sock";

/// Docker Desktop's named pipe on Windows (what `docker` uses there).
pub const DEFAULT_PIPE: &str = "npipe:////./pipe/docker_engine";

/// Find the engine to use.
pub fn discover(inputs: &Inputs, files: &dyn Files) -> Result<Endpoint, EngineError> {
    if let Some(name) = &inputs.context_flag {
        return context(inputs, files, name, "--context");
    }
    if let Some(host) = &inputs.docker_host {
        return Ok(Endpoint {
            host: host.trim().to_string(),
            why: "DOCKER_HOST".into(),
        });
    }
    if let Some(name) = &inputs.docker_context {
        return context(inputs, files, name, "DOCKER_CONTEXT");
    }
    if let Some(name) = current_context(inputs, files) {
        let file = config_file(inputs).map_or_else(String::new, |p| p.display().to_string());
        return context(inputs, files, &name, &format!("currentContext in {file}"));
    }
    Ok(first_socket(inputs, files))
}

/// The endpoint of the context `name`, given by `source`. A name that does not exist is an
/// error, never a fallback to another engine.
fn context(
    inputs: &Inputs,
    files: &dyn Files,
    name: &str,
    source: &str,
) -> Result<Endpoint, EngineError> {
    let name = name.trim();
    if name == "default" {
        let socket = first_socket(inputs, files);
        return Ok(Endpoint {
            host: socket.host,
            why: format!("context default ({source}): {}", socket.why),
        });
    }
    let missing = || EngineError::NoContext {
        name: name.to_string(),
        from: source.to_string(),
    };
    let meta = inputs
        .config_dir()
        .map(|dir| {
            dir.join("contexts/meta")
                .join(context_dir(name))
                .join("meta.json")
        })
        .ok_or_else(missing)?;
    let text = files.read(&meta).ok_or_else(missing)?;
    let host = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| {
            v["Endpoints"]["docker"]["Host"]
                .as_str()
                .map(str::to_string)
        })
        .filter(|h| !h.trim().is_empty())
        .ok_or_else(|| EngineError::BadContext {
            name: name.to_string(),
            file: meta.display().to_string(),
        })?;
    Ok(Endpoint {
        host,
        why: format!("context {name} ({source})"),
    })
}

/// The folder name of a context's metadata: the hex SHA-256 of its name.
pub fn context_dir(name: &str) -> String {
    Sha256::digest(name.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn config_file(inputs: &Inputs) -> Option<PathBuf> {
    Some(inputs.config_dir()?.join("config.json"))
}

/// `currentContext` of the docker CLI's config file, when set (and not empty).
fn current_context(inputs: &Inputs, files: &dyn Files) -> Option<String> {
    let text = files.read(&config_file(inputs)?)?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value["currentContext"]
        .as_str()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

/// The well-known sockets, in order, each with what it is.
pub fn candidates(inputs: &Inputs) -> Vec<(PathBuf, &'static str)> {
    let mut out = vec![(PathBuf::from(DEFAULT_SOCKET), "the default socket")];
    if let Some(run) = &inputs.xdg_runtime_dir {
        out.push((run.join("docker.sock"), "rootless Docker"));
    }
    if let Some(home) = &inputs.home {
        out.push((home.join(".docker/run/docker.sock"), "Docker Desktop"));
        out.push((home.join(".docker/desktop/docker.sock"), "Docker Desktop"));
        out.push((home.join(".colima/default/docker.sock"), "colima"));
        out.push((home.join(".orbstack/run/docker.sock"), "OrbStack"));
    }
    if let Some(run) = &inputs.xdg_runtime_dir {
        out.push((run.join("podman/podman.sock"), "Podman (rootless)"));
    }
    out.push((PathBuf::from("/run/podman/podman.sock"), "Podman"));
    out
}

/// The first socket that exists (colima profiles other than `default` after its default
/// one); the default socket when none does, so the error names it.
fn first_socket(inputs: &Inputs, files: &dyn Files) -> Endpoint {
    if inputs.windows {
        return Endpoint {
            host: DEFAULT_PIPE.into(),
            why: "Docker Desktop's named pipe".into(),
        };
    }
    let mut all = candidates(inputs);
    if let Some(home) = &inputs.home {
        let at = all
            .iter()
            .position(|(_, k)| *k == "colima")
            .map_or(0, |i| i + 1);
        for profile in colima_profiles(home) {
            all.insert(
                at,
                (
                    home.join(".colima").join(profile).join("docker.sock"),
                    "colima",
                ),
            );
        }
    }
    all.into_iter()
        .find(|(path, _)| files.exists(path))
        .map_or_else(
            || Endpoint {
                host: format!("unix://{DEFAULT_SOCKET}"),
                why: "the default socket (no other socket found)".into(),
            },
            |(path, kind)| Endpoint {
                host: format!("unix://{}", path.display()),
                why: kind.to_string(),
            },
        )
}

/// colima's profiles but `default`, by name.
fn colima_profiles(home: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(home.join(".colima"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n != "default" && !n.starts_with('_') && !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.reverse();
    names
}

#[cfg(test)]
mod tests;
