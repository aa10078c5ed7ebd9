//! Where the gateway keeps its files, as paths inside the container.

pub const DATA: &str = "/data";
pub const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
pub const MODEL_ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
pub const SETTINGS: &str = "/data/default.cfg";
pub const ACCESS_LOG: &str = "/var/log/proxy/access.log";
pub const CONFIGMAPS: &str = "/data/configmaps";
pub const INGRESSES: &str = "/data/ingresses";
pub const MCP_BRIDGE: &str = "/data/mcpbridges/default.yaml";
pub const ENVOYFILTERS: &str = "/data/envoyfilters";
/// The model-mapper plugin: per route and upstream, a model name for that upstream.
pub const MODEL_MAPPER: &str = "/data/wasmplugins/model-mapper.internal.yaml";
/// The global `custom_response` HTTP filter the all-in-one ships; fallback redirects need it.
pub const GLOBAL_CUSTOM_RESPONSE: &str =
    "/data/envoyfilters/higress-gateway-global-custom-response.yaml";

/// The `ai-route-<id>` ConfigMap of a provider.
pub fn configmap_path(id: &str) -> String {
    format!("{CONFIGMAPS}/ai-route-{id}.yaml")
}

/// The `ai-route-<id>.internal` Ingress of a provider.
pub fn ingress_path(id: &str) -> String {
    format!("{INGRESSES}/ai-route-{id}.internal.yaml")
}

/// The `ai-route-<id>.fallback.internal` Ingress: where `<id>`'s failed requests go.
pub fn fallback_ingress_path(id: &str) -> String {
    format!("{INGRESSES}/ai-route-{id}.fallback.internal.yaml")
}

/// The `ai-route-<id>.internal` EnvoyFilter: the redirect of `<id>`'s failed requests.
pub fn envoyfilter_path(id: &str) -> String {
    format!("{ENVOYFILTERS}/ai-route-{id}.internal.yaml")
}

/// The source of a bind mount as the engine takes it, for a folder on this machine. On
/// Windows (Docker Desktop) that is the plain drive path, `C:\Users\me\…`: without the
/// `\\?\` prefix a canonical path carries, and with backslashes only.
pub fn bind_source(host_path: &str, windows: bool) -> String {
    if !windows {
        return host_path.to_string();
    }
    let plain = host_path.strip_prefix(r"\\?\").unwrap_or(host_path);
    plain.replace('/', "\\")
}

/// The folder on this machine that a bind mount's source (as the engine reports it) names.
/// Docker Desktop on Windows may report `C:\Users\…` as `/run/desktop/mnt/host/c/Users/…`
/// (WSL 2) or `/host_mnt/c/Users/…` (Hyper-V): both become `C:\Users\…` again.
pub fn host_folder(source: &str, windows: bool) -> String {
    if !windows {
        return source.to_string();
    }
    for prefix in ["/run/desktop/mnt/host/", "/host_mnt/"] {
        let Some(rest) = source.strip_prefix(prefix) else {
            continue;
        };
        let (drive, tail) = rest.split_once('/').unwrap_or((rest, ""));
        if drive.len() == 1 && drive.chars().all(|c| c.is_ascii_alphabetic()) {
            return format!(
                "{}:\\{}",
                drive.to_ascii_uppercase(),
                tail.replace('/', "\\")
            );
        }
    }
    bind_source(source, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_bind_sources_are_drive_paths_both_ways() {
        let local = r"C:\Users\me\AppData\Local\get-ai-gateway";
        assert_eq!(bind_source(local, true), local);
        assert_eq!(bind_source(&format!(r"\\?\{local}"), true), local);
        assert_eq!(bind_source("C:/Users/me/data", true), r"C:\Users\me\data");
        assert_eq!(bind_source("/home/me/data", false), "/home/me/data");
        for reported in [
            local,
            "/run/desktop/mnt/host/c/Users/me/AppData/Local/get-ai-gateway",
            "/host_mnt/c/Users/me/AppData/Local/get-ai-gateway",
        ] {
            assert_eq!(host_folder(reported, true), local);
        }
        assert_eq!(
            host_folder("/run/desktop/mnt/host/c", false),
            "/run/desktop/mnt/host/c"
        );
    }
}
