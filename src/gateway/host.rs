//! Facts about this machine that commands need: its timezone, and what `doctor` looks at
//! (inotify limits, free disk, who may write where, which ports are free).

use std::path::Path;

use crate::domain::providers::registry::{Detected, zone_name};

/// Detect the machine's timezone: `TZ`, `/etc/timezone`, the `/etc/localtime` link, the OS.
pub fn detect_timezone(tz_env: Option<&str>) -> Detected {
    if let Some(zone) = tz_env.and_then(zone_name) {
        return Detected {
            zone: Some(zone),
            source: "TZ",
        };
    }
    if let Ok(text) = std::fs::read_to_string("/etc/timezone") {
        if let Some(zone) = zone_name(&text) {
            return Detected {
                zone: Some(zone),
                source: "/etc/timezone",
            };
        }
    }
    if let Ok(target) = std::fs::read_link("/etc/localtime") {
        if let Some(zone) = zone_name(&target.to_string_lossy()) {
            return Detected {
                zone: Some(zone),
                source: "/etc/localtime",
            };
        }
    }
    if let Ok(zone) = iana_time_zone::get_timezone() {
        return Detected {
            zone: Some(zone),
            source: "system",
        };
    }
    Detected {
        zone: None,
        source: "none",
    }
}

/// `fs.inotify.max_user_instances` and `max_user_watches`, when /proc shows them.
pub fn inotify_limits() -> Option<(u64, u64)> {
    let read = |name: &str| {
        std::fs::read_to_string(format!("/proc/sys/fs/inotify/{name}"))
            .ok()?
            .trim()
            .parse::<u64>()
            .ok()
    };
    Some((read("max_user_instances")?, read("max_user_watches")?))
}

/// The nearest folder that exists at or above `path`.
fn existing_ancestor(path: &Path) -> Option<&Path> {
    path.ancestors().find(|p| p.is_dir())
}

/// Bytes free for unprivileged users on the file system holding `path` (or its nearest
/// existing parent); unknown on Windows.
pub fn free_disk(path: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        let stat = rustix::fs::statvfs(existing_ancestor(path)?).ok()?;
        Some(stat.f_bavail.saturating_mul(stat.f_frsize))
    }
    #[cfg(not(unix))]
    {
        let _ = existing_ancestor(path);
        None
    }
}

/// Whether this process may write into the folder (on Windows: whether a file can be made
/// there).
pub fn writable(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_ok()
    }
    #[cfg(not(unix))]
    {
        tempfile::tempfile_in(dir).is_ok()
    }
}

/// This process's effective user id (0 on Windows, which has none).
pub fn my_uid() -> u32 {
    #[cfg(unix)]
    {
        rustix::process::geteuid().as_raw()
    }
    #[cfg(not(unix))]
    {
        0
    }
}

pub use super::fsmode::mode_and_owner;

/// Whether nothing listens on `addr:port` (binding it succeeds).
pub fn port_free(addr: &str, port: u16) -> bool {
    std::net::TcpListener::bind((addr, port)).is_ok()
}

/// Every `(port, how to choose another)` must be free on `addr` (start's check, before
/// anything changes): the first taken one is refused, named with its address.
pub fn check_ports_free(addr: &str, ports: &[(u16, String)]) -> anyhow::Result<()> {
    for (port, other) in ports {
        if !port_free(addr, *port) {
            return Err(crate::error::fail_hint(
                format!("port {port} on {addr} is already in use"),
                format!("stop what uses it, or choose another port with {other}"),
            ));
        }
    }
    Ok(())
}

/// `N` bytes from the operating system's secure random source (for keys and passwords).
pub fn random_bytes<const N: usize>() -> anyhow::Result<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out)
        .map_err(|e| crate::error::fail(format!("cannot read random bytes: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tz_comes_first() {
        let d = detect_timezone(Some("US/Pacific"));
        assert_eq!(d.zone.as_deref(), Some("US/Pacific"));
        assert_eq!(d.source, "TZ");
    }
}
