//! Images by id and digest, and containers made again from another container's spec (for
//! `upgrade`): the same ports and bind addresses, environment, mounts, labels and restart
//! policy, on another image.

use std::collections::HashMap;

use anyhow::Result;
use bollard::auth::DockerCredentials;
use bollard::models::{ContainerCreateBody, ContainerInspectResponse, HostConfig};
use bollard::query_parameters::{CreateContainerOptionsBuilder, RenameContainerOptionsBuilder};

use super::{Engine, api_error, api_message, status_code};

/// What the engine knows of a local image.
#[derive(Debug, Clone, Default)]
pub struct ImageInfo {
    pub id: String,
    /// `repo@sha256:…` for each registry it was pulled from or pushed to.
    pub repo_digests: Vec<String>,
    env: Vec<String>,
    labels: HashMap<String, String>,
}

/// A container's creation spec without what its image put there.
#[derive(Debug, Clone)]
pub struct CloneSpec {
    body: ContainerCreateBody,
}

impl CloneSpec {
    pub fn labels(&self) -> HashMap<String, String> {
        self.body.labels.clone().unwrap_or_default()
    }

    /// The same spec on another image, with labels removed and added.
    pub fn with(&self, image: &str, remove: &[&str], add: &[(String, String)]) -> CloneSpec {
        let mut body = self.body.clone();
        body.image = Some(image.to_string());
        let mut labels = self.labels();
        labels.retain(|k, _| !remove.contains(&k.as_str()));
        labels.extend(add.iter().cloned());
        body.labels = Some(labels);
        CloneSpec { body }
    }

    /// The same spec with `container` published on (host address, host port) as well.
    pub fn publishing(mut self, container: u16, at: Option<&(String, u16)>) -> CloneSpec {
        let Some((addr, port)) = at else { return self };
        let key = format!("{container}/tcp");
        let mut exposed = self.body.exposed_ports.take().unwrap_or_default();
        if !exposed.contains(&key) {
            exposed.push(key.clone());
        }
        self.body.exposed_ports = Some(exposed);
        let mut host = self.body.host_config.take().unwrap_or_default();
        let mut bindings = host.port_bindings.take().unwrap_or_default();
        bindings.insert(
            key,
            Some(vec![bollard::models::PortBinding {
                host_ip: Some(addr.clone()),
                host_port: Some(port.to_string()),
            }]),
        );
        host.port_bindings = Some(bindings);
        self.body.host_config = Some(host);
        self
    }

    /// The same spec with the host folder `from` mounted from `to` instead: every bind and
    /// mount whose source is `from` or a path under it (the data folder and its `logs/`).
    pub fn moving_folder(mut self, from: &str, to: &str) -> CloneSpec {
        let from = from.trim_end_matches('/');
        let to = to.trim_end_matches('/');
        let moved = |source: &str| -> Option<String> {
            let rest = source.strip_prefix(from)?;
            (rest.is_empty() || rest.starts_with('/')).then(|| format!("{to}{rest}"))
        };
        let mut host = self.body.host_config.take().unwrap_or_default();
        if let Some(mounts) = host.mounts.as_mut() {
            for m in mounts.iter_mut() {
                if let Some(new) = m.source.as_deref().and_then(moved) {
                    m.source = Some(new);
                }
            }
        }
        if let Some(binds) = host.binds.as_mut() {
            for b in binds.iter_mut() {
                let (source, rest) = b.split_once(':').unwrap_or((b.as_str(), ""));
                if let Some(new) = moved(source) {
                    *b = format!("{new}:{rest}");
                }
            }
        }
        self.body.host_config = Some(host);
        self
    }

    /// The host address and port each container port is published on.
    pub fn published(&self) -> Vec<(u16, String, u16)> {
        let bindings = self
            .body
            .host_config
            .as_ref()
            .and_then(|h| h.port_bindings.as_ref());
        let mut out: Vec<(u16, String, u16)> = bindings
            .into_iter()
            .flatten()
            .filter_map(|(key, b)| {
                let container = key.split('/').next()?.parse().ok()?;
                let first = b.as_ref()?.first()?;
                let port = first.host_port.as_deref()?.parse().ok()?;
                Some((container, first.host_ip.clone().unwrap_or_default(), port))
            })
            .collect();
        out.sort();
        out
    }
}

impl Engine {
    /// The local image, or None.
    pub async fn image_info(&self, image: &str) -> Result<Option<ImageInfo>> {
        let resp = match self.api.inspect_image(image).await {
            Ok(r) => r,
            Err(e) if status_code(&e) == Some(404) => return Ok(None),
            Err(e) => return Err(api_error(format!("inspect image {image}"), &e)),
        };
        let config = resp.config.unwrap_or_default();
        Ok(Some(ImageInfo {
            id: resp.id.unwrap_or_default(),
            repo_digests: resp.repo_digests.unwrap_or_default(),
            env: config.env.unwrap_or_default(),
            labels: config.labels.unwrap_or_default(),
        }))
    }

    /// The digest the registry has for `image` now (the engine asks the registry).
    pub async fn registry_digest(&self, image: &str) -> Result<String, String> {
        let resp = self
            .api
            .inspect_registry_image(image, Some(DockerCredentials::default()))
            .await
            .map_err(|e| api_message(&e))?;
        resp.descriptor
            .digest
            .ok_or_else(|| "the registry sent no digest".to_string())
    }

    /// The id of the image a container runs.
    pub async fn container_image_id(&self, name: &str) -> Result<String> {
        Ok(self.inspect_raw(name).await?.image.unwrap_or_default())
    }

    async fn inspect_raw(&self, name: &str) -> Result<ContainerInspectResponse> {
        self.api
            .inspect_container(name, None)
            .await
            .map_err(|e| api_error(format!("inspect container {name}"), &e))
    }

    /// The spec `name` was created with: environment (secrets replaced by placeholders) and
    /// labels without those its image brings (the new image brings its own), exposed ports, port bindings with their
    /// addresses, binds and mounts, restart policy.
    pub async fn clone_spec(&self, name: &str) -> Result<CloneSpec> {
        let resp = self.inspect_raw(name).await?;
        let config = resp.config.unwrap_or_default();
        let host = resp.host_config.unwrap_or_default();
        let image = match resp.image.as_deref() {
            Some(id) => self.image_info(id).await?.unwrap_or_default(),
            None => ImageInfo::default(),
        };
        let env: Vec<String> = config
            .env
            .unwrap_or_default()
            .into_iter()
            .filter(|e| !image.env.contains(e))
            // A container made by an older version had keys in its environment; the files
            // hold them, so the new one goes without (the config template never runs again).
            .map(|e| crate::domain::providers::secrets::redact_line(&e))
            .collect();
        let mut labels = config.labels.unwrap_or_default();
        labels.retain(|k, v| image.labels.get(k) != Some(v));
        let body = ContainerCreateBody {
            image: config.image,
            env: Some(env),
            exposed_ports: config.exposed_ports,
            labels: Some(labels),
            host_config: Some(HostConfig {
                port_bindings: host.port_bindings,
                binds: host.binds,
                mounts: host.mounts,
                restart_policy: host.restart_policy,
                ..Default::default()
            }),
            ..Default::default()
        };
        Ok(CloneSpec { body })
    }

    pub async fn create_from(&self, name: &str, spec: &CloneSpec) -> Result<()> {
        let options = CreateContainerOptionsBuilder::default().name(name).build();
        self.api
            .create_container(Some(options), spec.body.clone())
            .await
            .map_err(|e| api_error(format!("create container {name}"), &e))?;
        Ok(())
    }

    pub async fn rename(&self, name: &str, to: &str) -> Result<()> {
        let options = RenameContainerOptionsBuilder::default().name(to).build();
        self.api
            .rename_container(name, options)
            .await
            .map_err(|e| api_error(format!("rename container {name} to {to}"), &e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bollard::models::{Mount, MountType, PortBinding};

    fn spec() -> CloneSpec {
        let binding = |ip: &str, port: u16| {
            Some(vec![PortBinding {
                host_ip: Some(ip.into()),
                host_port: Some(port.to_string()),
            }])
        };
        let mount = |source: &str, target: &str| Mount {
            source: Some(source.into()),
            target: Some(target.into()),
            typ: Some(MountType::BIND),
            ..Default::default()
        };
        CloneSpec {
            body: ContainerCreateBody {
                image: Some("higress/all-in-one:v1".into()),
                exposed_ports: Some(vec!["8080/tcp".into(), "15020/tcp".into()]),
                host_config: Some(HostConfig {
                    port_bindings: Some(HashMap::from([
                        ("8080/tcp".to_string(), binding("127.0.0.1", 8080)),
                        ("15020/tcp".to_string(), binding("127.0.0.1", 15020)),
                    ])),
                    mounts: Some(vec![
                        mount("/srv/gw", "/data"),
                        mount("/srv/gw/logs", "/var/log/proxy"),
                        mount("/srv/gw-other", "/other"),
                    ]),
                    binds: Some(vec!["/srv/gw/extra:/extra:ro".into(), "/srv/gwx:/x".into()]),
                    ..Default::default()
                }),
                ..Default::default()
            },
        }
    }

    #[test]
    fn publishing_replaces_a_port_and_its_address_and_keeps_the_others() {
        let moved = spec().publishing(8080, Some(&("0.0.0.0".to_string(), 9090)));
        assert_eq!(
            moved.published(),
            [
                (8080, "0.0.0.0".to_string(), 9090),
                (15020, "127.0.0.1".to_string(), 15020)
            ]
        );
        assert_eq!(
            spec().publishing(8080, None).published(),
            spec().published()
        );
        let exposed = moved.body.exposed_ports.unwrap_or_default();
        assert_eq!(exposed, ["8080/tcp", "15020/tcp"], "no port exposed twice");
    }

    #[test]
    fn moving_the_folder_rewrites_its_mounts_and_binds_only() {
        let moved = spec().moving_folder("/srv/gw/", "/mnt/new");
        let host = moved.body.host_config.clone().unwrap_or_default();
        let sources: Vec<String> = host
            .mounts
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| m.source)
            .collect();
        assert_eq!(sources, ["/mnt/new", "/mnt/new/logs", "/srv/gw-other"]);
        assert_eq!(
            host.binds.unwrap_or_default(),
            ["/mnt/new/extra:/extra:ro", "/srv/gwx:/x"]
        );
        assert_eq!(moved.published(), spec().published(), "ports untouched");
        assert_eq!(moved.body.image, spec().body.image);
    }
}
