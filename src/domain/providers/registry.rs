//! Image and plugin registry choice from the machine's timezone.

use std::str::FromStr;

use chrono::{Offset, TimeZone, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};

pub const HANGZHOU: &str = "higress-registry.cn-hangzhou.cr.aliyuncs.com";
pub const SOUTHEAST_ASIA: &str = "higress-registry.ap-southeast-7.cr.aliyuncs.com";
pub const NORTH_AMERICA: &str = "higress-registry.us-west-1.cr.aliyuncs.com";

const CHINA_ZONES: &[&str] = &[
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Chongqing",
    "Asia/Urumqi",
    "Asia/Harbin",
    "Asia/Macau",
];

const SOUTHEAST_ASIA_ZONES: &[&str] = &[
    "Asia/Singapore",
    "Asia/Jakarta",
    "Asia/Bangkok",
    "Asia/Kuala_Lumpur",
    "Asia/Manila",
    "Asia/Ho_Chi_Minh",
];

const NORTH_AMERICA_PREFIXES: &[&str] = &["America/", "US/", "Canada/"];

/// Where the timezone came from, for the message printed at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub zone: Option<String>,
    pub source: &'static str,
}

/// The registry choice and the reason for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub registry: String,
    pub reason: String,
}

/// Two zone names are the same zone when they give the same offsets at all sample instants
/// from 1800 to 2040. tzdata links (PRC → Asia/Shanghai) are exact copies, so they match;
/// distinct zones differ at least in their local mean time before standard time.
fn same_zone(a: Tz, b: Tz) -> bool {
    if a == b {
        return true;
    }
    const START: i64 = -5_364_662_400; // 1800-01-01
    const END: i64 = 2_208_988_800; // 2040-01-01
    const STEP: i64 = 86_400 * 13;
    let mut t = START;
    while t < END {
        let Some(at) = Utc.timestamp_opt(t, 0).single() else {
            return false;
        };
        let off_a = a.offset_from_utc_datetime(&at.naive_utc()).fix();
        let off_b = b.offset_from_utc_datetime(&at.naive_utc()).fix();
        if off_a != off_b {
            return false;
        }
        t += STEP;
    }
    true
}

fn parse_zone(name: &str) -> Option<Tz> {
    Tz::from_str(name).ok()
}

fn in_list(tz: Tz, list: &[&str]) -> bool {
    list.iter()
        .filter_map(|n| parse_zone(n))
        .any(|z| same_zone(tz, z))
}

fn north_american(name: &str, tz: Option<Tz>) -> bool {
    if NORTH_AMERICA_PREFIXES.iter().any(|p| name.starts_with(p)) {
        return true;
    }
    let Some(tz) = tz else { return false };
    TZ_VARIANTS
        .iter()
        .filter(|z| {
            NORTH_AMERICA_PREFIXES
                .iter()
                .any(|p| z.name().starts_with(p))
        })
        .any(|z| same_zone(tz, *z))
}

/// The registry for an IANA zone name (links and aliases resolved).
pub fn registry_for_zone(name: &str) -> &'static str {
    let name = name.trim();
    let tz = parse_zone(name);
    if let Some(tz) = tz {
        if in_list(tz, CHINA_ZONES) {
            return HANGZHOU;
        }
        if in_list(tz, SOUTHEAST_ASIA_ZONES) {
            return SOUTHEAST_ASIA;
        }
    }
    if north_american(name, tz) {
        return NORTH_AMERICA;
    }
    HANGZHOU
}

/// Turn a `TZ` value or a zoneinfo path into a zone name.
pub fn zone_name(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_start_matches(':');
    if raw.is_empty() {
        return None;
    }
    let name = match raw.find("zoneinfo/") {
        Some(i) => &raw[i + "zoneinfo/".len()..],
        None => raw,
    };
    let name = name
        .strip_prefix("posix/")
        .or_else(|| name.strip_prefix("right/"))
        .unwrap_or(name);
    Some(name.to_string())
}

/// `PLUGIN_REGISTRY` (flag or environment) wins; else the timezone decides.
pub fn choose(explicit: Option<&str>, detected: &Detected) -> Choice {
    if let Some(r) = explicit.map(str::trim).filter(|r| !r.is_empty()) {
        return Choice {
            registry: r.to_string(),
            reason: "set by PLUGIN_REGISTRY".into(),
        };
    }
    match &detected.zone {
        Some(zone) => Choice {
            registry: registry_for_zone(zone).to_string(),
            reason: format!("timezone {zone} (from {})", detected.source),
        },
        None => Choice {
            registry: HANGZHOU.to_string(),
            reason: "timezone unknown".into(),
        },
    }
}

/// `repo[:tag]` → (repo, tag), minding registry ports (`127.0.0.1:5000/x`).
pub fn split_image(image: &str) -> (&str, &str) {
    let last_slash = image.rfind('/').map_or(0, |i| i + 1);
    match image[last_slash..].rfind(':') {
        Some(i) => (&image[..last_slash + i], &image[last_slash + i + 1..]),
        None => (image, "latest"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_names_split() {
        assert_eq!(split_image("a/b:1.0"), ("a/b", "1.0"));
        assert_eq!(split_image("a/b"), ("a/b", "latest"));
        assert_eq!(
            split_image("127.0.0.1:5000/higress/all-in-one"),
            ("127.0.0.1:5000/higress/all-in-one", "latest")
        );
        assert_eq!(
            split_image("127.0.0.1:5000/higress/all-in-one:t"),
            ("127.0.0.1:5000/higress/all-in-one", "t")
        );
    }

    #[test]
    fn spec_zones_and_aliases() {
        let table: [(&[&str], &str); 4] = [
            (
                &[
                    "Asia/Shanghai",
                    "Asia/Hong_Kong",
                    "Asia/Taipei",
                    "Asia/Chongqing",
                    "Asia/Chungking",
                    "Asia/Urumqi",
                    "Asia/Harbin",
                    "PRC",
                    "ROC",
                    "Hongkong",
                    "Asia/Macau",
                    "Asia/Macao",
                ],
                HANGZHOU,
            ),
            (
                &[
                    "Asia/Singapore",
                    "Singapore",
                    "Asia/Jakarta",
                    "Asia/Bangkok",
                    "Asia/Kuala_Lumpur",
                    "Asia/Manila",
                    "Asia/Ho_Chi_Minh",
                    "Asia/Saigon",
                ],
                SOUTHEAST_ASIA,
            ),
            (
                &[
                    "America/New_York",
                    "America/Los_Angeles",
                    "US/Pacific",
                    "US/Eastern",
                    "Canada/Eastern",
                    "Navajo",
                    "America/Sao_Paulo",
                ],
                NORTH_AMERICA,
            ),
            (
                &[
                    "Europe/Berlin",
                    "UTC",
                    "Asia/Tokyo",
                    "Africa/Cairo",
                    "Not/AZone",
                    "",
                ],
                HANGZHOU,
            ),
        ];
        for (zones, registry) in table {
            for z in zones {
                assert_eq!(registry_for_zone(z), registry, "{z}");
            }
        }
    }

    #[test]
    fn every_known_zone_maps_to_one_of_three() {
        let all = [HANGZHOU, SOUTHEAST_ASIA, NORTH_AMERICA];
        let mut counts = [0usize; 3];
        for tz in TZ_VARIANTS.iter() {
            let r = registry_for_zone(tz.name());
            let i = all.iter().position(|x| *x == r).expect("known registry");
            counts[i] += 1;
            let name = tz.name();
            if NORTH_AMERICA_PREFIXES.iter().any(|p| name.starts_with(p)) {
                assert_eq!(r, NORTH_AMERICA, "{name}");
            }
            if CHINA_ZONES.contains(&name) {
                assert_eq!(r, HANGZHOU, "{name}");
            }
            if SOUTHEAST_ASIA_ZONES.contains(&name) {
                assert_eq!(r, SOUTHEAST_ASIA, "{name}");
            }
            if name.starts_with("Europe/") || name.starts_with("Africa/") {
                assert_eq!(r, HANGZHOU, "{name}");
            }
        }
        assert!(counts.iter().all(|c| *c > 0), "{counts:?}");
    }

    #[test]
    fn zone_names_from_tz_and_paths() {
        assert_eq!(
            zone_name(":Asia/Shanghai").as_deref(),
            Some("Asia/Shanghai")
        );
        assert_eq!(
            zone_name("/usr/share/zoneinfo/America/Denver").as_deref(),
            Some("America/Denver")
        );
        assert_eq!(
            zone_name("../usr/share/zoneinfo/posix/Asia/Bangkok").as_deref(),
            Some("Asia/Bangkok")
        );
        assert_eq!(zone_name("  \n"), None);
    }

    #[test]
    fn explicit_registry_wins() {
        let d = Detected {
            zone: Some("America/Chicago".into()),
            source: "TZ",
        };
        assert_eq!(
            choose(Some("127.0.0.1:5000"), &d).registry,
            "127.0.0.1:5000"
        );
        assert_eq!(choose(None, &d).registry, NORTH_AMERICA);
        assert_eq!(choose(Some(" "), &d).registry, NORTH_AMERICA);
        let none = Detected {
            zone: None,
            source: "none",
        };
        assert_eq!(choose(None, &none).registry, HANGZHOU);
    }
}
