//! What a recreate changes besides the image (`apply --recreate`): the host ports the
//! gateway is published on, their address, and the data folder. Everything is checked
//! before anything changes: the new ports must be free, the new folder new, empty or
//! another gateway data folder. The new folder gets the backup's content before the old
//! container stops; the old folder is left as it was.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::domain::live::redis;
use crate::domain::ops::backup::Backup;
use crate::domain::ops::plan::Ports;
use crate::engine::CloneSpec;
use crate::error::fail_hint;
use crate::gateway::backup::{self, Filled};
use crate::gateway::{self, Gateway};

/// The file's `start:` values to carry out; None: as the container has it.
#[derive(Debug, Clone, Default)]
pub struct Respec {
    pub http: Option<u16>,
    pub https: Option<u16>,
    pub console: Option<u16>,
    pub bind: Option<String>,
    pub data_folder: Option<PathBuf>,
}

/// What the recreate changes, checked.
#[derive(Debug, Clone, Default)]
pub struct Moves {
    /// (container port, host address, host port) for each gateway port, when any changes.
    publish: Vec<(u16, String, u16)>,
    /// (from, to): the data folder moves.
    pub folder: Option<(PathBuf, PathBuf)>,
}

impl Moves {
    /// Check `respec` against the running `gw` (data folder `folder`); `metrics` is the
    /// metrics port to publish, if it changes. Refused before anything changes.
    pub async fn of(
        gw: &Gateway,
        folder: &Path,
        respec: &Respec,
        metrics: Option<&(String, u16)>,
    ) -> Result<Moves> {
        let publish = republish(gw, respec)?;
        if gw.engine().local {
            check_free(gw, &publish, metrics)?;
        }
        let to = respec.data_folder.as_deref().filter(|to| *to != folder);
        let folder = match to {
            Some(to) => Some((folder.to_path_buf(), new_folder(gw, folder, to).await?)),
            None => None,
        };
        Ok(Moves { publish, folder })
    }

    pub fn is_empty(&self) -> bool {
        self.publish.is_empty() && self.folder.is_none()
    }

    /// `spec` with the new ports, address and folder.
    pub fn apply(&self, spec: CloneSpec) -> CloneSpec {
        let mut spec = spec;
        for (container, addr, port) in &self.publish {
            spec = spec.publishing(*container, Some(&(addr.clone(), *port)));
        }
        match &self.folder {
            Some((from, to)) => spec.moving_folder(&host_path(from), &host_path(to)),
            None => spec,
        }
    }

    /// Write the backup into the new folder (when the folder moves).
    pub fn fill(&self, content: &Backup) -> Result<Option<Filled>> {
        let Some((_, to)) = &self.folder else {
            return Ok(None);
        };
        backup::fill_new_folder(to, content).map(Some)
    }

    /// Undo [`Moves::fill`].
    pub fn unfill(&self, filled: Option<&Filled>) -> Result<()> {
        match (&self.folder, filled) {
            (Some((_, to)), Some(f)) => backup::undo_new_folder(to, f),
            _ => Ok(()),
        }
    }
}

fn host_path(p: &Path) -> String {
    crate::domain::live::paths::bind_source(&p.display().to_string(), cfg!(windows))
}

/// The gateway's three ports as they will be published: every one again (on the new
/// address) when any port or the address changes; none otherwise.
fn republish(gw: &Gateway, respec: &Respec) -> Result<Vec<(u16, String, u16)>> {
    let info = gw.info();
    let (have, inside) = (gw.ports(), gateway::container_ports(info));
    let have_bind = gateway::bind_of(info);
    let bind = respec.bind.clone().unwrap_or_else(|| have_bind.clone());
    if bind.parse::<IpAddr>().is_err() {
        return Err(fail_hint(
            format!("start.bind {bind:?} is not an IP address"),
            "write an address such as 127.0.0.1 or 0.0.0.0",
        ));
    }
    let want = Ports {
        http: respec.http.unwrap_or(have.http),
        https: respec.https.unwrap_or(have.https),
        console: respec.console.unwrap_or(have.console),
    };
    if want == have && bind == have_bind {
        return Ok(Vec::new());
    }
    let ports = [want.http, want.https, want.console];
    if ports.contains(&0) || (1..3).any(|i| ports[..i].contains(&ports[i])) {
        return Err(fail_hint(
            format!(
                "start.ports {}, {}, {} must be three different ports above 0",
                want.http, want.https, want.console
            ),
            "give http, https and console a port each",
        ));
    }
    Ok([
        (inside.http, want.http),
        (inside.https, want.https),
        (inside.console, want.console),
    ]
    .into_iter()
    .map(|(inside, port)| (inside, bind.clone(), port))
    .collect())
}

/// The new ports must be free, as `start` checks them; a port the container publishes now
/// is freed when it stops. The first taken one is refused, named.
fn check_free(
    gw: &Gateway,
    publish: &[(u16, String, u16)],
    metrics: Option<&(String, u16)>,
) -> Result<()> {
    let held: Vec<u16> = gw.info().ports.iter().map(|p| p.host_port).collect();
    let names = [
        "start.ports.http",
        "start.ports.https",
        "start.ports.console",
    ];
    let mut checks: Vec<(&str, u16, String)> = publish
        .iter()
        .zip(names)
        .map(|((_, addr, port), name)| (addr.as_str(), *port, format!("{name} in the file")))
        .collect();
    if let Some((addr, port)) = metrics {
        checks.push((addr, *port, "start.metricsPort in the file".to_string()));
    }
    for (addr, port, other) in checks {
        if !held.contains(&port) {
            gateway::host::check_ports_free(addr, &[(port, other)])?;
        }
    }
    Ok(())
}

/// The folder to move the data to: absolute, on this machine, not inside the current one
/// (nor around it); a folder with files must be another gateway data folder. A Redis
/// beside the gateway keeps its dump in the data folder: moving it is refused.
async fn new_folder(gw: &Gateway, from: &Path, to: &Path) -> Result<PathBuf> {
    if !to.is_absolute() {
        return Err(fail_hint(
            format!("start.dataFolder {} is not an absolute path", to.display()),
            "write the folder as an absolute path, e.g. /srv/get-ai-gateway",
        ));
    }
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (from_real, to_real) = (real(from), real(to));
    if to_real == from_real {
        return Ok(to.to_path_buf());
    }
    if to_real.starts_with(&from_real) || from_real.starts_with(&to_real) {
        return Err(fail_hint(
            format!(
                "start.dataFolder {} is inside {} or around it; nothing was changed",
                to.display(),
                from.display()
            ),
            "name a folder beside the current one",
        ));
    }
    let filled = to.is_dir() && !gateway::datadir::absent_or_empty(to);
    if (to.exists() && !to.is_dir()) || (filled && !backup::is_data_folder(to)) {
        return Err(fail_hint(
            format!(
                "start.dataFolder {} holds files and is not a gateway data folder; nothing \
                 was changed",
                to.display()
            ),
            "name a new or empty folder",
        ));
    }
    let redis_name = redis::container_name(gw.name());
    if gw.engine().inspect(&redis_name).await?.is_some() {
        return Err(fail_hint(
            format!(
                "{} runs Redis beside it ({redis_name}), whose data is in {}: apply --recreate \
                 does not move it; nothing was changed",
                gw.name(),
                from.display()
            ),
            "keep start.dataFolder as it is, or back up, `delete --force`, `apply` and `restore`",
        ));
    }
    Ok(to.to_path_buf())
}
