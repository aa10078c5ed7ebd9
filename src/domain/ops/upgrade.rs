//! `upgrade` as data: the target image, the labels that remember the previous image and
//! the backup, and what `--check` concludes from the digests. No I/O.

use std::collections::HashMap;

use crate::domain::providers::registry::split_image;

/// The image the container ran before the last upgrade (its reference).
pub const PREVIOUS_IMAGE: &str = "io.higress.get-ai-gateway.previous-image";
/// … and its id, which stays right when the reference has moved since.
pub const PREVIOUS_IMAGE_ID: &str = "io.higress.get-ai-gateway.previous-image-id";
/// The backup the last upgrade made, for `upgrade --rollback`.
pub const PREVIOUS_BACKUP: &str = "io.higress.get-ai-gateway.previous-backup";

/// The tag suffix of the observability image (`all-in-one:latest-o11y`: Prometheus, Grafana,
/// Loki and Promtail, `O11Y=on`; standalone `Makefile:9`).
pub const O11Y_SUFFIX: &str = "-o11y";

/// Whether an image reference is the observability image (its tag ends with `-o11y`).
pub fn is_o11y(image: &str) -> bool {
    split_image(image).1.ends_with(O11Y_SUFFIX)
}

/// `tag` with `-o11y` appended (`on`) or removed; unchanged when it already is so.
pub fn o11y_tag(tag: &str, on: bool) -> String {
    let base = tag.strip_suffix(O11Y_SUFFIX).unwrap_or(tag);
    if on {
        format!("{base}{O11Y_SUFFIX}")
    } else {
        base.to_string()
    }
}

/// The image to upgrade to: the current reference with the repository and/or tag replaced,
/// then switched to or from the `-o11y` image when asked (`--o11y`, `--no-o11y`).
pub fn target_image(
    current: &str,
    repo: Option<&str>,
    tag: Option<&str>,
    o11y: Option<bool>,
) -> String {
    let (cur_repo, cur_tag) = split_image(current);
    let repo = repo
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .unwrap_or(cur_repo);
    let tag = tag
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or(cur_tag);
    match o11y {
        Some(on) => format!("{repo}:{}", o11y_tag(tag, on)),
        None => format!("{repo}:{tag}"),
    }
}

/// What the last upgrade left in the container's labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    pub image: String,
    pub image_id: String,
    pub backup: String,
}

impl Previous {
    pub fn from_labels(labels: &HashMap<String, String>) -> Option<Previous> {
        let get = |k: &str| labels.get(k).filter(|v| !v.is_empty()).cloned();
        Some(Previous {
            image: get(PREVIOUS_IMAGE)?,
            image_id: get(PREVIOUS_IMAGE_ID)?,
            backup: get(PREVIOUS_BACKUP)?,
        })
    }

    pub fn labels(&self) -> Vec<(String, String)> {
        vec![
            (PREVIOUS_IMAGE.into(), self.image.clone()),
            (PREVIOUS_IMAGE_ID.into(), self.image_id.clone()),
            (PREVIOUS_BACKUP.into(), self.backup.clone()),
        ]
    }

    /// The reference to create from: the recorded one while it still names the same image
    /// (`status` then shows a name), else the id.
    pub fn image_to_run(&self, id_of_reference: Option<&str>) -> String {
        if id_of_reference == Some(self.image_id.as_str()) {
            self.image.clone()
        } else {
            self.image_id.clone()
        }
    }
}

/// The labels every upgrade step removes from the copied spec (set again when they apply).
pub fn upgrade_labels() -> [&'static str; 3] {
    [PREVIOUS_IMAGE, PREVIOUS_IMAGE_ID, PREVIOUS_BACKUP]
}

/// The name the old container has while its successor is tried.
pub fn parked_name(name: &str) -> String {
    format!("{name}-pre-upgrade")
}

/// `upgrade --check`'s verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    UpToDate,
    Newer,
    /// Not present here at all: an upgrade would pull it.
    NotPulled,
    Unknown(String),
}

impl Freshness {
    pub fn word(&self) -> &'static str {
        match self {
            Freshness::UpToDate => "up-to-date",
            Freshness::Newer => "newer",
            Freshness::NotPulled => "not-pulled",
            Freshness::Unknown(_) => "unknown",
        }
    }
}

/// Compare the local image's repository digests with the registry's digest for `image`.
pub fn freshness(
    image: &str,
    local_digests: Option<&[String]>,
    registry: Result<&str, &str>,
) -> Freshness {
    let remote = match registry {
        Ok(d) => d,
        Err(why) => return Freshness::Unknown(format!("the registry did not say ({why})")),
    };
    let Some(local) = local_digests else {
        return Freshness::NotPulled;
    };
    let (repo, _) = split_image(image);
    let mine: Vec<&str> = local
        .iter()
        .filter_map(|d| d.split_once('@'))
        .filter(|(r, _)| {
            *r == repo || r.ends_with(&format!("/{repo}")) || repo.ends_with(&format!("/{r}"))
        })
        .map(|(_, d)| d)
        .collect();
    if mine.is_empty() {
        return Freshness::Unknown(
            "the local image has no digest from this registry (it was built or loaded here)".into(),
        );
    }
    if mine.contains(&remote) {
        Freshness::UpToDate
    } else {
        Freshness::Newer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_replace_the_tag_or_the_repository() {
        let cur = "127.0.0.1:5000/higress/all-in-one:2.1";
        assert_eq!(
            target_image(cur, None, Some("2.2"), None),
            "127.0.0.1:5000/higress/all-in-one:2.2"
        );
        assert_eq!(target_image(cur, Some("x/aio"), None, None), "x/aio:2.1");
        assert_eq!(target_image(cur, Some("x/aio"), Some("3"), None), "x/aio:3");
        assert_eq!(target_image("a/b", None, None, None), "a/b:latest");
        assert_eq!(target_image(cur, Some(" "), Some(""), None), cur);
        assert_eq!(
            target_image(cur, None, None, Some(true)),
            format!("{cur}-o11y")
        );
        assert_eq!(
            target_image("a/b:2.1-o11y", None, None, Some(true)),
            "a/b:2.1-o11y"
        );
        assert_eq!(
            target_image("a/b:2.1-o11y", None, None, Some(false)),
            "a/b:2.1"
        );
        assert_eq!(target_image("a/b:2.1-o11y", None, Some("3"), None), "a/b:3");
        assert_eq!(
            target_image("r:5000/a/b", None, None, Some(true)),
            "r:5000/a/b:latest-o11y"
        );
        assert!(is_o11y("r:5000/a/b:latest-o11y") && !is_o11y("r:5000/a-o11y/b:1"));
    }

    #[test]
    fn previous_image_round_trips_through_labels() {
        let prev = Previous {
            image: "a/b:1".into(),
            image_id: "sha256:abc".into(),
            backup: "/d/backups/x.tar.gz".into(),
        };
        let labels: HashMap<String, String> = prev.labels().into_iter().collect();
        assert_eq!(Previous::from_labels(&labels), Some(prev.clone()));
        assert_eq!(Previous::from_labels(&HashMap::new()), None);
        assert_eq!(prev.image_to_run(Some("sha256:abc")), "a/b:1");
        assert_eq!(prev.image_to_run(Some("sha256:other")), "sha256:abc");
        assert_eq!(prev.image_to_run(None), "sha256:abc");
        assert_eq!(parked_name("gw"), "gw-pre-upgrade");
    }

    #[test]
    fn freshness_compares_digests_of_the_same_repository() {
        let img = "127.0.0.1:5000/higress/all-in-one:latest";
        let local = vec!["127.0.0.1:5000/higress/all-in-one@sha256:aa".to_string()];
        assert_eq!(
            freshness(img, Some(&local), Ok("sha256:aa")),
            Freshness::UpToDate
        );
        assert_eq!(
            freshness(img, Some(&local), Ok("sha256:bb")),
            Freshness::Newer
        );
        assert_eq!(freshness(img, None, Ok("sha256:bb")), Freshness::NotPulled);
        assert!(matches!(
            freshness(img, Some(&[]), Ok("sha256:bb")),
            Freshness::Unknown(_)
        ));
        assert!(matches!(
            freshness(img, Some(&local), Err("offline")),
            Freshness::Unknown(_)
        ));
        let hub = vec!["higress/all-in-one@sha256:aa".to_string()];
        assert_eq!(
            freshness(
                "docker.io/higress/all-in-one:1",
                Some(&hub),
                Ok("sha256:aa")
            ),
            Freshness::UpToDate
        );
    }
}
