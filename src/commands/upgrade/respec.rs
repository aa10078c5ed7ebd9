//! What a recreate changes besides the image (`apply --recreate`): the host ports the
//! gateway is published on, their address, and the data folder. Everything is checked
//! before anything changes: the new ports must be free, the new folder new, empty or
//! another gateway data folder. The new folder gets the backup's content before the old
//! container stops; the old folder is left as it was. A Redis beside the gateway moves
//! with the folder: stopped before the backup (its dump complete), parked, made again on
//! the new folder and started once the gateway is ready.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::domain::live::redis;
use crate::domain::ops::backup::Backup;
use crate::domain::ops::plan::Ports;
use crate::domain::ops::upgrade::parked_name;
use crate::engine::{CloneSpec, Engine};
use crate::error::fail_hint;
use crate::gateway::backup::{self, Filled};
use crate::gateway::redis as gwredis;
use crate::gateway::upgrade::{drop_parked, park, unpark};
use crate::gateway::{self, Gateway};

/// The file's `start:` values to carry out; None: as the container has it.
#[derive(Debug, Clone, Default)]
pub struct Respec {
    pub http: Option<u16>,
    pub https: Option<u16>,
    pub console: Option<u16>,
    pub bind: Option<String>,
    pub data_folder: Option<PathBuf>,
    /// Say the outcome on stderr (`apply --json` keeps stdout for its plan).
    pub on_stderr: bool,
}

/// What the recreate changes, checked.
#[derive(Debug, Clone, Default)]
pub struct Moves {
    /// (container port, host address, host port) for each gateway port, when any changes.
    publish: Vec<(u16, String, u16)>,
    /// (from, to): the data folder moves.
    pub folder: Option<(PathBuf, PathBuf)>,
    /// The image of the Redis beside the gateway, when it moves with the data folder.
    redis_image: Option<String>,
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
        let to = match to {
            Some(to) => new_folder(folder, to)?,
            None => None,
        };
        let (folder, redis_image) = match to {
            Some(to) => {
                let redis = gw
                    .engine()
                    .inspect(&redis::container_name(gw.name()))
                    .await?;
                (Some((folder.to_path_buf(), to)), redis.map(|r| r.image))
            }
            None => (None, None),
        };
        Ok(Moves {
            publish,
            folder,
            redis_image,
        })
    }

    /// Stop the Redis beside the gateway before the backup when it moves with the data
    /// folder (it writes its dump as it stops: the backup holds all it has); whether it ran.
    pub async fn pause_redis(&self, engine: &Engine, gateway: &str) -> Result<bool> {
        match self.redis_image {
            Some(_) => gwredis::pause(engine, gateway).await,
            None => Ok(false),
        }
    }

    /// Park the (stopped) Redis beside the gateway and make a new one on the new folder, on
    /// the same network; it is started once the gateway is ready ([`Moves::answer_redis`]).
    pub async fn move_redis(&self, engine: &Engine, gateway: &str) -> Result<()> {
        let (Some(image), Some((_, to))) = (&self.redis_image, &self.folder) else {
            return Ok(());
        };
        park(engine, &redis::container_name(gateway)).await?;
        let spec = crate::commands::redis::sidecar_spec(gateway, &host_path(to), image);
        engine.ensure_network(&spec.network).await?;
        engine.create_sidecar(&spec).await.map(|_| ())
    }

    /// Start the moved Redis and wait until it answers from the gateway.
    pub async fn answer_redis(&self, gw: &Gateway) -> Result<()> {
        match (&self.redis_image, &self.folder) {
            (Some(_), Some(_)) => gwredis::start_and_wait(gw).await.map(|_| ()),
            _ => Ok(()),
        }
    }

    /// Undo [`Moves::move_redis`]: the new Redis goes, the parked one comes back, started.
    pub async fn unmove_redis(&self, engine: &Engine, gateway: &str) -> Result<()> {
        let name = redis::container_name(gateway);
        if self.redis_image.is_none() || engine.inspect(&parked_name(&name)).await?.is_none() {
            return Ok(());
        }
        unpark(engine, &name).await
    }

    /// The move worked: the parked Redis goes.
    pub async fn drop_parked_redis(&self, engine: &Engine, gateway: &str) -> Result<()> {
        let name = redis::container_name(gateway);
        if self.redis_image.is_none() || engine.inspect(&parked_name(&name)).await?.is_none() {
            return Ok(());
        }
        drop_parked(engine, &name).await
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

/// The folder to move the data to: absolute, not inside the current one (nor around it);
/// a folder with files must be another gateway data folder. None: it is the current one
/// (by another name, e.g. through a symbolic link).
fn new_folder(from: &Path, to: &Path) -> Result<Option<PathBuf>> {
    if !to.is_absolute() {
        return Err(fail_hint(
            format!("start.dataFolder {} is not an absolute path", to.display()),
            "write the folder as an absolute path, e.g. /srv/get-ai-gateway",
        ));
    }
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (from_real, to_real) = (real(from), real(to));
    if to_real == from_real {
        return Ok(None);
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
    Ok(Some(to.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_new_folder_is_checked_before_anything_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let from = dir.path().join("gw");
        std::fs::create_dir_all(from.join("wasmplugins")).expect("mkdir");
        let said = |to: &Path| match new_folder(&from, to) {
            Ok(found) => format!("{found:?}"),
            Err(e) => format!("{e:#}"),
        };
        assert!(said(Path::new("relative/gw")).contains("not an absolute path"));
        assert!(said(&from.join("inner")).contains("inside"));
        assert!(said(dir.path()).contains("inside"), "around it");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&from, &link).expect("symlink");
        assert_eq!(said(&link), "None", "the same folder by another name");
        let photos = dir.path().join("photos");
        std::fs::create_dir(&photos).expect("mkdir");
        std::fs::write(photos.join("cat.jpg"), "meow").expect("write");
        assert!(said(&photos).contains("not a gateway data folder"));
        let file = dir.path().join("file");
        std::fs::write(&file, "x").expect("write");
        assert!(said(&file).contains("not a gateway data folder"));
        let new = dir.path().join("new");
        assert_eq!(said(&new), format!("{:?}", Some(new.clone())));
        std::fs::create_dir(&new).expect("mkdir");
        assert_eq!(said(&new), format!("{:?}", Some(new.clone())), "empty");
    }
}
