//! When the tool may read and write the gateway's files on this machine instead of through an
//! exec: the safety rule, decided once per command from the inspected container.
//!
//! The host copy of `/data` is the same folder only when the engine runs on this very kernel
//! and mounts that folder; "the engine is on a local socket" is not enough (Docker Desktop,
//! colima, OrbStack and Lima run the engine in a VM behind a local socket, and a socket can be
//! forwarded from another machine). The rule proves it from the kernel, at no API cost:
//!
//! 1. the container's main process (`State.Pid`, numbered by the engine's kernel) is a
//!    process here whose `/proc/<pid>/cgroup` names the container's full id: the same kernel
//!    and the same process namespace (in a VM the pid is meaningless here);
//! 2. `/proc/<pid>/root/data` (the container's `/data`, seen through its own mounts) is the
//!    same file (device and inode) as the data folder here: the same folder, not a folder of
//!    the same name. Following `/proc/<pid>/root` needs the right to trace the process: root,
//!    or the container's own user (rootless engines). A user of the `docker` group has neither
//!    right nor access to the root-owned 0600 files, so for them this fails and the tool execs;
//! 3. writes also need this process to act as the container's root (its effective uid owns
//!    `/proc/<pid>`), so that new files get the owner the container would give them, a
//!    writable folder, and `flock` in the container (seen through `/proc/<pid>/root`): the
//!    script and this process then take the same lock. Without it the script falls back to
//!    its old lock, which this process cannot see, so changes go through the container.
//!
//! `GET_AI_GATEWAY_NO_HOST_PATH=1` turns the host path off (the tests use it to drive both
//! paths at once); everything then goes through one exec, as on a remote engine.

use std::path::{Path, PathBuf};

use crate::engine::ContainerInfo;

/// The variable that forces every read and write through the container.
pub const NO_HOST_PATH: &str = "GET_AI_GATEWAY_NO_HOST_PATH";

/// The data folder, when its files may be used on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFolder {
    /// The host side of `/data`.
    pub dir: PathBuf,
    /// Whether changes may be made here too (else they go through the container).
    pub writable: bool,
}

/// What [`decide`] looks at; gathered by [`probe`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// `GET_AI_GATEWAY_NO_HOST_PATH` is set (and not `0`).
    pub disabled: bool,
    pub container_id: String,
    pub pid: i64,
    /// `/proc/<pid>/cgroup`, when it could be read.
    pub cgroup: Option<String>,
    /// Whether `/proc/<pid>/root/data` is the data folder here; None when it cannot be told.
    pub same_folder: Option<bool>,
    /// This process's effective uid, and the owner of `/proc/<pid>`.
    pub my_uid: u32,
    pub process_uid: Option<u32>,
    /// This user may write in the data folder.
    pub folder_writable: bool,
    /// The container has `flock`, so its script takes the lock this process takes.
    pub flock_inside: bool,
}

/// The rule: None (use the container), or the folder and whether writes may go there too.
pub fn decide(dir: &Path, f: &Facts) -> Option<HostFolder> {
    if f.disabled || f.pid <= 0 || f.container_id.len() < 12 {
        return None;
    }
    if !f.cgroup.as_deref()?.contains(&f.container_id) {
        return None;
    }
    if f.same_folder != Some(true) {
        return None;
    }
    Some(HostFolder {
        dir: dir.to_path_buf(),
        writable: f.process_uid == Some(f.my_uid) && f.folder_writable && f.flock_inside,
    })
}

/// Whether the variable turns the host path off.
pub fn disabled_by(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// The data folder of `info`, when its files may be used here (see the module's rule).
pub fn probe(info: &ContainerInfo) -> Option<HostFolder> {
    let dir = PathBuf::from(info.data_folder.as_deref()?);
    let facts = gather(info, &dir)?;
    decide(&dir, &facts)
}

#[cfg(target_os = "linux")]
fn gather(info: &ContainerInfo, dir: &Path) -> Option<Facts> {
    use std::os::unix::fs::MetadataExt as _;
    let disabled = disabled_by(std::env::var(NO_HOST_PATH).ok().as_deref());
    if disabled || info.pid <= 0 {
        return None;
    }
    let proc_dir = PathBuf::from(format!("/proc/{}", info.pid));
    let cgroup = std::fs::read_to_string(proc_dir.join("cgroup")).ok();
    let same_folder = match (
        std::fs::metadata(proc_dir.join("root/data")),
        std::fs::metadata(dir),
    ) {
        (Ok(inside), Ok(here)) => Some(inside.dev() == here.dev() && inside.ino() == here.ino()),
        _ => None,
    };
    Some(Facts {
        disabled,
        container_id: info.id.clone(),
        pid: info.pid,
        cgroup,
        same_folder,
        my_uid: super::host::my_uid(),
        process_uid: std::fs::metadata(&proc_dir).ok().map(|m| m.uid()),
        folder_writable: super::host::writable(dir),
        flock_inside: ["usr/bin", "bin", "usr/sbin", "sbin", "usr/local/bin"]
            .iter()
            .any(|d| proc_dir.join("root").join(d).join("flock").is_file()),
    })
}

/// Elsewhere the engine always runs in a VM (Docker Desktop and the like): never the host.
#[cfg(not(target_os = "linux"))]
fn gather(_info: &ContainerInfo, _dir: &Path) -> Option<Facts> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "4f1c2a9e8d7b6c5a4f1c2a9e8d7b6c5a4f1c2a9e8d7b6c5a4f1c2a9e8d7b6c5a";

    fn local() -> Facts {
        Facts {
            disabled: false,
            container_id: ID.into(),
            pid: 4242,
            cgroup: Some(format!("0::/system.slice/docker-{ID}.scope\n")),
            same_folder: Some(true),
            my_uid: 0,
            process_uid: Some(0),
            folder_writable: true,
            flock_inside: true,
        }
    }

    fn dir() -> PathBuf {
        PathBuf::from("/home/u/.local/share/get-ai-gateway")
    }

    #[test]
    fn root_on_the_engine_kernel_reads_and_writes_here() {
        assert_eq!(
            decide(&dir(), &local()),
            Some(HostFolder {
                dir: dir(),
                writable: true
            })
        );
        // cgroup v1 names the container as /docker/<id>.
        let v1 = Facts {
            cgroup: Some(format!("12:memory:/docker/{ID}\n")),
            ..local()
        };
        assert!(decide(&dir(), &v1).is_some());
    }

    #[test]
    fn an_engine_in_a_vm_or_elsewhere_is_never_read_here() {
        // Docker Desktop, colima, a remote host: the pid is some other process here, or none.
        let other = Facts {
            cgroup: Some("0::/user.slice/user-1000.slice/session-2.scope\n".into()),
            ..local()
        };
        assert_eq!(decide(&dir(), &other), None);
        let none = Facts {
            cgroup: None,
            ..local()
        };
        assert_eq!(decide(&dir(), &none), None);
        // The same kernel, but another folder under the same name (another mount namespace).
        let elsewhere = Facts {
            same_folder: Some(false),
            ..local()
        };
        assert_eq!(decide(&dir(), &elsewhere), None);
    }

    #[test]
    fn a_docker_group_user_goes_through_the_container() {
        // /proc/<pid>/root of a root process is closed to them: the folder cannot be told.
        let user = Facts {
            same_folder: None,
            my_uid: 1000,
            folder_writable: false,
            ..local()
        };
        assert_eq!(decide(&dir(), &user), None);
    }

    #[test]
    fn writes_need_the_containers_root_and_a_writable_folder() {
        let rootless = Facts {
            my_uid: 1000,
            process_uid: Some(1000),
            ..local()
        };
        assert_eq!(decide(&dir(), &rootless).map(|h| h.writable), Some(true));
        let other_owner = Facts {
            process_uid: Some(1000),
            ..local()
        };
        assert_eq!(
            decide(&dir(), &other_owner).map(|h| h.writable),
            Some(false)
        );
        let read_only = Facts {
            folder_writable: false,
            ..local()
        };
        assert_eq!(decide(&dir(), &read_only).map(|h| h.writable), Some(false));
        // An image without flock: its script cannot take the shared lock.
        let no_flock = Facts {
            flock_inside: false,
            ..local()
        };
        assert_eq!(decide(&dir(), &no_flock).map(|h| h.writable), Some(false));
    }

    #[test]
    fn stopped_disabled_or_unknown_containers_use_the_container() {
        for f in [
            Facts { pid: 0, ..local() },
            Facts {
                disabled: true,
                ..local()
            },
            Facts {
                container_id: String::new(),
                cgroup: Some("0::/\n".into()),
                ..local()
            },
        ] {
            assert_eq!(decide(&dir(), &f), None, "{f:?}");
        }
        assert!(disabled_by(Some("1")));
        assert!(!disabled_by(Some("0")));
        assert!(!disabled_by(Some("")));
        assert!(!disabled_by(None));
    }
}
