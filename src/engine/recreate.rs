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
