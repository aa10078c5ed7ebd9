//! Where the gateway keeps its files, as paths inside the container.

pub const DATA: &str = "/data";
pub const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
pub const MODEL_ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
pub const SETTINGS: &str = "/data/default.cfg";
pub const ACCESS_LOG: &str = "/var/log/proxy/access.log";
pub const CONFIGMAPS: &str = "/data/configmaps";
pub const INGRESSES: &str = "/data/ingresses";
pub const MCP_BRIDGE: &str = "/data/mcpbridges/default.yaml";

/// The `ai-route-<id>` ConfigMap of a provider.
pub fn configmap_path(id: &str) -> String {
    format!("{CONFIGMAPS}/ai-route-{id}.yaml")
}

/// The `ai-route-<id>.internal` Ingress of a provider.
pub fn ingress_path(id: &str) -> String {
    format!("{INGRESSES}/ai-route-{id}.internal.yaml")
}
