use super::*;
use crate::domain::providers::registry::{HANGZHOU, NORTH_AMERICA, SOUTHEAST_ASIA};

const SCRIPT_CFG: &str = include_str!("../../../../../tests/fixtures/script-default.cfg");

fn tz(zone: &str) -> Detected {
    Detected {
        zone: Some(zone.into()),
        source: "TZ",
    }
}

fn shanghai() -> Detected {
    tz("Asia/Shanghai")
}

fn flags() -> StartFlags {
    StartFlags {
        name: "higress-ai-gateway".into(),
        data_folder: PathBuf::from("/home/u/.local/share/higress"),
        ..Default::default()
    }
}

fn key(k: &str) -> ProviderInput {
    ProviderInput {
        key: Some(k.into()),
        ..Default::default()
    }
}

fn answers() -> Answers {
    Answers {
        http_port: 18081,
        https_port: 18444,
        console_port: 18002,
        ..Default::default()
    }
}

fn saved() -> Settings {
    Settings::parse(SCRIPT_CFG)
}

fn resolve(f: &StartFlags, s: Option<&Settings>, a: Option<&Answers>) -> StartPlan {
    StartPlan::resolve(f, s, a, &shanghai()).unwrap()
}

fn ports(p: &StartPlan) -> (u16, u16, u16) {
    (p.ports.http, p.ports.https, p.ports.console)
}

fn var<'a>(p: &'a StartPlan, name: &str) -> Option<&'a str> {
    p.settings.file.get(name)
}

mod inputs;
mod routing;
