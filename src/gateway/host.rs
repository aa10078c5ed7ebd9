//! Facts about this machine that commands need: its timezone.

use crate::domain::registry::{Detected, zone_name};

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
