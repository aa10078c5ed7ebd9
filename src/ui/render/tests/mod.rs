use std::collections::BTreeMap;
use std::path::PathBuf;

use super::*;
use crate::domain::live::gwconfig::Rule;
use crate::domain::ops::plan::{Answers, StartFlags};
use crate::domain::providers::find;
use crate::domain::providers::registry::Detected;
use crate::domain::providers::settings::ProviderInput;
use crate::engine::PublishedPort;

const SCRIPT_CFG: &str = include_str!("../../../../tests/fixtures/script-default.cfg");

fn no_color() {
    console::set_colors_enabled(false);
}

fn listed(stem: &str, keys: &[&str], models: &str) -> Listed {
    let p = find(stem).unwrap();
    Listed {
        provider: p.stem,
        id: p.id,
        name: p.name,
        keys: keys.iter().map(|k| k.to_string()).collect(),
        models: models.into(),
        in_sync: true,
    }
}

fn auto(enable: bool, default_model: Option<&str>, rules: &[(&str, &str)]) -> AutoRouting {
    AutoRouting {
        present: true,
        enable,
        default_model: default_model.map(str::to_string),
        rules: rules
            .iter()
            .map(|(pattern, model)| Rule {
                pattern: pattern.to_string(),
                model: model.to_string(),
            })
            .collect(),
    }
}

fn info(name: &str, running: bool) -> ContainerInfo {
    ContainerInfo {
        id: "0123456789abcdef0123456789abcdef".into(),
        name: name.into(),
        image: "higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/all-in-one:latest".into(),
        status: if running { "running" } else { "exited" }.into(),
        running,
        started_at: Some("2025-01-02T03:04:05Z".into()),
        created: Some("2025-01-01T00:00:00Z".into()),
        ports: [18080u16, 8443, 8001]
            .into_iter()
            .map(|p| PublishedPort {
                container_port: p,
                host_ip: "127.0.0.1".into(),
                host_port: p,
            })
            .collect(),
        data_folder: Some("/home/u/.local/share/higress-ai-gateway".into()),
        env: vec![
            "MODE=full".into(),
            "GATEWAY_HTTP_PORT=18080".into(),
            "GATEWAY_HTTPS_PORT=8443".into(),
            "CONSOLE_PORT=8001".into(),
        ],
        restart_policy: Some("unless-stopped".into()),
        managed: true,
        labels: Default::default(),
        restart_count: 0,
        pid: 0,
    }
}

fn view<'a>(info: &'a ContainerInfo) -> StatusView<'a> {
    StatusView {
        info,
        ports: crate::gateway::ports_of(info),
        endpoint: "unix:///var/run/docker.sock".into(),
        engine_why: "the default socket".into(),
        local: true,
        providers: vec![
            listed("dashscope", &["sk-r***6789"], "qwen*"),
            listed("deepseek", &["sk-d***cdef"], "deepseek-*"),
        ],
        auto: Some(auto(
            true,
            Some("qwen-turbo"),
            &[("(?i)^(code)", "qwen-coder")],
        )),
        reachable: true,
        uptime: Some("1d 2h".into()),
    }
}

fn change(stem: &str, input: ProviderInput, created: bool) -> ProviderChange {
    let p = find(stem).unwrap();
    let mut s = Settings::parse("");
    s.apply(p, &input);
    ProviderChange {
        state: s.provider(p),
        created,
    }
}

fn key(k: &str) -> ProviderInput {
    ProviderInput {
        key: Some(k.into()),
        ..Default::default()
    }
}

fn tz() -> Detected {
    Detected {
        zone: Some("Asia/Shanghai".into()),
        source: "TZ",
    }
}

fn flags() -> StartFlags {
    StartFlags {
        name: "higress-ai-gateway".into(),
        data_folder: PathBuf::from("/home/u/.local/share/higress-ai-gateway"),
        ..Default::default()
    }
}

fn decision(rule: Option<usize>, model: Option<&str>) -> Decision {
    Decision {
        rule,
        model: model.map(str::to_string),
        skipped: Vec::new(),
    }
}

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s)
        .unwrap()
        .with_timezone(&chrono::Utc)
}

mod commands;
mod fidelity;
mod status;
