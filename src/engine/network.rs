//! User-defined networks, containers beside the gateway (a sidecar: no published port, on
//! a network shared with the gateway), and a container's memory from the engine's stats.

use std::collections::HashMap;

use anyhow::Result;
use bollard::models::{
    ContainerCreateBody, EndpointSettings, HostConfig, Mount, MountType, NetworkConnectRequest,
    NetworkCreateRequest, NetworkingConfig, RestartPolicy, RestartPolicyNameEnum,
};
use bollard::query_parameters::{CreateContainerOptionsBuilder, StatsOptionsBuilder};
use futures_util::StreamExt;

use super::{Engine, MANAGED_LABEL, api_error, status_code};

/// A container beside the gateway: no port is published, no environment and no command
/// are set (the image's own entrypoint runs), it restarts `always`, and it is on `network`
/// under its own name.
#[derive(Debug, Clone)]
pub struct SidecarSpec {
    pub name: String,
    pub image: String,
    pub network: String,
    /// (host path, container path, read-only) bind mounts.
    pub binds: Vec<(String, String, bool)>,
    /// Labels besides the managed label.
    pub labels: Vec<(String, String)>,
}

impl Engine {
    /// Create the bridge network `name` unless it exists; returns whether it was made.
    pub async fn ensure_network(&self, name: &str) -> Result<bool> {
        match self.api.inspect_network(name, None).await {
            Ok(_) => return Ok(false),
            Err(e) if status_code(&e) == Some(404) => {}
            Err(e) => return Err(api_error(format!("inspect network {name}"), &e)),
        }
        let request = NetworkCreateRequest {
            name: name.to_string(),
            driver: Some("bridge".into()),
            labels: Some(HashMap::from([(MANAGED_LABEL.into(), "true".into())])),
            ..Default::default()
        };
        match self.api.create_network(request).await {
            Ok(_) => Ok(true),
            // Made by a concurrent call between the two requests.
            Err(e) if status_code(&e) == Some(409) => Ok(false),
            Err(e) => Err(api_error(format!("create network {name}"), &e)),
        }
    }

    /// Remove a network; an absent one is no error.
    pub async fn remove_network(&self, name: &str) -> Result<()> {
        match self.api.remove_network(name).await {
            Ok(()) => Ok(()),
            Err(e) if status_code(&e) == Some(404) => Ok(()),
            Err(e) => Err(api_error(format!("remove network {name}"), &e)),
        }
    }

    /// The networks a container is on (empty when it is absent).
    pub async fn networks_of(&self, container: &str) -> Result<Vec<String>> {
        let resp = match self.api.inspect_container(container, None).await {
            Ok(r) => r,
            Err(e) if status_code(&e) == Some(404) => return Ok(Vec::new()),
            Err(e) => return Err(api_error(format!("inspect container {container}"), &e)),
        };
        let mut names: Vec<String> = resp
            .network_settings
            .and_then(|n| n.networks)
            .map(|n| n.into_keys().collect())
            .unwrap_or_default();
        names.sort();
        Ok(names)
    }

    /// Put a container on a network (nothing when it is on it already).
    pub async fn connect_network(&self, network: &str, container: &str) -> Result<()> {
        if self
            .networks_of(container)
            .await?
            .iter()
            .any(|n| n == network)
        {
            return Ok(());
        }
        let request = NetworkConnectRequest {
            container: container.to_string(),
            endpoint_config: Some(EndpointSettings::default()),
        };
        self.api
            .connect_network(network, request)
            .await
            .map_err(|e| api_error(format!("connect {container} to network {network}"), &e))
    }

    /// Create a sidecar container (see [`SidecarSpec`]); not started.
    pub async fn create_sidecar(&self, spec: &SidecarSpec) -> Result<String> {
        let mounts = spec
            .binds
            .iter()
            .map(|(src, dst, read_only)| Mount {
                source: Some(src.clone()),
                target: Some(dst.clone()),
                typ: Some(MountType::BIND),
                read_only: Some(*read_only),
                ..Default::default()
            })
            .collect();
        let mut labels = HashMap::from([(MANAGED_LABEL.to_string(), "true".to_string())]);
        labels.extend(spec.labels.iter().cloned());
        let body = ContainerCreateBody {
            image: Some(spec.image.clone()),
            labels: Some(labels),
            host_config: Some(HostConfig {
                restart_policy: Some(RestartPolicy {
                    name: Some(RestartPolicyNameEnum::ALWAYS),
                    maximum_retry_count: None,
                }),
                mounts: Some(mounts),
                network_mode: Some(spec.network.clone()),
                ..Default::default()
            }),
            networking_config: Some(NetworkingConfig {
                endpoints_config: Some(HashMap::from([(
                    spec.network.clone(),
                    EndpointSettings::default(),
                )])),
            }),
            ..Default::default()
        };
        let options = CreateContainerOptionsBuilder::default()
            .name(&spec.name)
            .build();
        let resp = self
            .api
            .create_container(Some(options), body)
            .await
            .map_err(|e| api_error(format!("create container {}", spec.name), &e))?;
        Ok(resp.id)
    }

    /// The memory a running container uses, in bytes, from one sample of the engine's
    /// stats (None when the engine reports none, e.g. a stopped container).
    pub async fn memory_usage(&self, name: &str) -> Result<Option<u64>> {
        let options = StatsOptionsBuilder::default()
            .stream(false)
            .one_shot(true)
            .build();
        let mut stream = self.api.stats(name, Some(options));
        match stream.next().await {
            Some(Ok(stats)) => Ok(stats.memory_stats.and_then(|m| m.usage)),
            Some(Err(e)) if status_code(&e) == Some(404) => Ok(None),
            Some(Err(e)) => Err(api_error(format!("read the stats of {name}"), &e)),
            None => Ok(None),
        }
    }
}
