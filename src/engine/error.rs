//! Failures of the Docker Engine layer, each with what to do next.

/// Something the Docker engine did not do.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("cannot reach the Docker engine at {endpoint} ({why}): {reason}")]
    Unreachable {
        endpoint: String,
        why: String,
        reason: String,
    },
    #[error("the engine address {host} ({why}) is not supported")]
    UnsupportedHost { host: String, why: String },
    #[error("no Docker context named {name} (from {from})")]
    NoContext { name: String, from: String },
    #[error("the Docker context {name} has no engine address (Endpoints.docker.Host in {file})")]
    BadContext { name: String, file: String },
    /// An API call failed: "cannot <action>: <the engine's message>".
    #[error("cannot {action}: {message}")]
    Api { action: String, message: String },
    #[error("cannot pull image {image}: {reason}")]
    Pull { image: String, reason: String },
    #[error("cannot start container {name}: port {port} is already in use")]
    PortBusy { name: String, port: u16 },
    #[error("container {0} is not running")]
    NotRunning(String),
}

impl EngineError {
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            EngineError::Unreachable { endpoint, .. } if endpoint.starts_with("unix://") => Some(
                "start the Docker engine (`sudo systemctl start docker`, or `sudo dockerd &`), \
                 check you may use its socket (`sudo usermod -aG docker $USER`), \
                 or set DOCKER_HOST to a running engine",
            ),
            EngineError::Unreachable { endpoint, .. } if endpoint.starts_with("npipe://") => Some(
                "start Docker Desktop and wait until it says the engine is running, \
                 or set DOCKER_HOST to a running engine",
            ),
            EngineError::Unreachable { .. } => Some(
                "check that this engine is running and reachable, or choose another with \
                 --context NAME or DOCKER_HOST (unset both to use the local socket)",
            ),
            EngineError::UnsupportedHost { host, .. } if host.starts_with("ssh://") => Some(
                "this build does not reach engines over SSH; forward the remote socket \
                 (`ssh -NL /tmp/remote-docker.sock:/var/run/docker.sock HOST`) and set \
                 DOCKER_HOST=unix:///tmp/remote-docker.sock",
            ),
            EngineError::UnsupportedHost { .. } => Some(
                "use unix:///path/to/docker.sock (Windows: npipe:////./pipe/NAME) or tcp://HOST:PORT",
            ),
            EngineError::NoContext { .. } => Some(
                "list the contexts with `docker context ls`, or pass another with --context NAME \
                 (or DOCKER_CONTEXT); `default` is the local socket",
            ),
            EngineError::BadContext { .. } => Some(
                "re-create it with `docker context create NAME --docker host=...`, or choose \
                 another with --context NAME",
            ),
            EngineError::Api { .. } => None,
            EngineError::Pull { .. } => Some(
                "check the image name and tag (--image-repo, --image-tag) and that its registry \
                 is reachable; PLUGIN_REGISTRY picks another registry",
            ),
            EngineError::PortBusy { .. } => Some(
                "free the port, or choose another with --http-port, --https-port or \
                 --console-port",
            ),
            EngineError::NotRunning(_) => Some("start it with `get-ai-gateway start`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_engine_failure_but_a_plain_api_one_says_what_to_do() {
        let unix = EngineError::Unreachable {
            endpoint: "unix:///var/run/docker.sock".into(),
            why: "the default socket".into(),
            reason: "no such file".into(),
        };
        assert!(unix.hint().is_some_and(|h| h.contains("dockerd")));
        let tcp = EngineError::Unreachable {
            endpoint: "tcp://h:2375".into(),
            why: "DOCKER_HOST".into(),
            reason: "refused".into(),
        };
        assert!(tcp.hint().is_some_and(|h| h.contains("DOCKER_HOST")));
        let busy = EngineError::PortBusy {
            name: "g".into(),
            port: 8080,
        };
        assert_eq!(
            busy.to_string(),
            "cannot start container g: port 8080 is already in use"
        );
        assert!(busy.hint().is_some_and(|h| h.contains("--http-port")));
        let api = EngineError::Api {
            action: "stop container g".into(),
            message: "boom".into(),
        };
        assert_eq!(api.to_string(), "cannot stop container g: boom");
        assert!(api.hint().is_none());
    }
}
