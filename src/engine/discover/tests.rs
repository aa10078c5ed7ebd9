use std::collections::BTreeMap;

use super::*;

/// A file system of a few files; a file with no content is a socket.
#[derive(Default)]
struct Fake(BTreeMap<PathBuf, Option<String>>);

impl Fake {
    fn file(mut self, path: &str, text: &str) -> Fake {
        self.0.insert(PathBuf::from(path), Some(text.to_string()));
        self
    }
    fn socket(mut self, path: &str) -> Fake {
        self.0.insert(PathBuf::from(path), None);
        self
    }
    fn context(self, config: &str, name: &str, host: &str) -> Fake {
        let path = format!("{config}/contexts/meta/{}/meta.json", context_dir(name));
        let text = format!(r#"{{"Name":"{name}","Endpoints":{{"docker":{{"Host":"{host}"}}}}}}"#);
        self.file(&path, &text)
    }
}

impl Files for Fake {
    fn read(&self, path: &Path) -> Option<String> {
        self.0.get(path).cloned().flatten()
    }
    fn exists(&self, path: &Path) -> bool {
        self.0.contains_key(path)
    }
}

fn home() -> Inputs {
    Inputs {
        home: Some(PathBuf::from("/h")),
        xdg_runtime_dir: Some(PathBuf::from("/run/user/1000")),
        ..Inputs::default()
    }
}

fn found(inputs: &Inputs, files: &Fake) -> (String, String) {
    let e = discover(inputs, files).expect("an endpoint");
    (e.host, e.why)
}

#[test]
fn the_context_folder_is_the_sha256_of_the_name() {
    // As the docker CLI names it (`docker context create ctx2` → this folder).
    assert_eq!(
        context_dir("default"),
        "37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f"
    );
}

// Unix socket paths (Windows ends at Docker Desktop's pipe, tested below).
#[cfg(unix)]
#[test]
fn the_order_is_the_docker_clis() {
    let files = Fake::default()
        .context("/h/.docker", "flag", "unix:///flag.sock")
        .context("/h/.docker", "envctx", "tcp://envctx:2375")
        .context("/h/.docker", "cur", "unix:///cur.sock")
        .file("/h/.docker/config.json", r#"{"currentContext": "cur"}"#)
        .socket(DEFAULT_SOCKET);
    let mut i = home();
    assert_eq!(
        found(&i, &files),
        (
            "unix:///cur.sock".into(),
            "context cur (currentContext in /h/.docker/config.json)".into()
        )
    );
    i.docker_context = Some("envctx".into());
    assert_eq!(
        found(&i, &files),
        (
            "tcp://envctx:2375".into(),
            "context envctx (DOCKER_CONTEXT)".into()
        )
    );
    i.docker_host = Some("unix:///host.sock".into());
    assert_eq!(
        found(&i, &files),
        ("unix:///host.sock".into(), "DOCKER_HOST".into())
    );
    i.context_flag = Some("flag".into());
    assert_eq!(
        found(&i, &files),
        (
            "unix:///flag.sock".into(),
            "context flag (--context)".into()
        )
    );
}

#[test]
fn docker_config_moves_the_config_and_contexts() {
    let files = Fake::default()
        .file("/cfg/config.json", r#"{"currentContext":"c"}"#)
        .context("/cfg", "c", "unix:///c.sock");
    let i = Inputs {
        docker_config: Some(PathBuf::from("/cfg")),
        ..home()
    };
    assert_eq!(found(&i, &files).0, "unix:///c.sock");
}

#[test]
fn a_missing_context_is_an_error_not_a_fallback() {
    let files = Fake::default().socket(DEFAULT_SOCKET);
    let i = Inputs {
        docker_context: Some("nope".into()),
        ..home()
    };
    let err = discover(&i, &files).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no Docker context named nope (from DOCKER_CONTEXT)"
    );
    assert!(err.hint().is_some_and(|h| h.contains("docker context ls")));
    let bad = Fake::default().file(
        &format!("/h/.docker/contexts/meta/{}/meta.json", context_dir("b")),
        "{}",
    );
    let i = Inputs {
        context_flag: Some("b".into()),
        ..home()
    };
    assert!(matches!(
        discover(&i, &bad),
        Err(EngineError::BadContext { .. })
    ));
}

#[test]
fn the_default_context_is_the_local_socket() {
    let files = Fake::default()
        .file("/h/.docker/config.json", r#"{"currentContext":"default"}"#)
        .socket(DEFAULT_SOCKET);
    let (host, why) = found(&home(), &files);
    assert_eq!(host, "unix:///var/run/docker.sock");
    assert!(why.starts_with("context default (currentContext"), "{why}");
    // An empty or unreadable config is no context at all.
    let files = Fake::default().file("/h/.docker/config.json", "{");
    assert_eq!(
        found(&home(), &files).1,
        "the default socket (no other socket found)"
    );
}

#[cfg(unix)]
#[test]
fn sockets_are_tried_in_order() {
    let all = [
        ("/run/podman/podman.sock", "Podman"),
        ("/run/user/1000/podman/podman.sock", "Podman (rootless)"),
        ("/h/.orbstack/run/docker.sock", "OrbStack"),
        ("/h/.colima/default/docker.sock", "colima"),
        ("/h/.docker/desktop/docker.sock", "Docker Desktop"),
        ("/h/.docker/run/docker.sock", "Docker Desktop"),
        ("/run/user/1000/docker.sock", "rootless Docker"),
        (DEFAULT_SOCKET, "the default socket"),
    ];
    let mut files = Fake::default();
    for (path, why) in all {
        files = files.socket(path);
        assert_eq!(
            found(&home(), &files),
            (format!("unix://{path}"), why.to_string())
        );
    }
}

#[test]
fn windows_uses_docker_desktops_pipe_unless_docker_host_says_otherwise() {
    let files = Fake::default().socket(DEFAULT_SOCKET);
    let i = Inputs {
        windows: true,
        ..home()
    };
    assert_eq!(found(&i, &files).0, "npipe:////./pipe/docker_engine");
    let i = Inputs {
        windows: true,
        docker_host: Some("npipe:////./pipe/dockerDesktopLinuxEngine".into()),
        ..home()
    };
    assert_eq!(
        found(&i, &files).0,
        "npipe:////./pipe/dockerDesktopLinuxEngine"
    );
}
