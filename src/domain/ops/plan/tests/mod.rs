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

#[test]
fn o11y_picks_the_o11y_tag_and_metrics_port_publishes_15020() {
    let mut f = flags();
    f.o11y = true;
    f.image_repo = Some("r/aio".into());
    assert_eq!(resolve(&f, None, None).image, "r/aio:latest-o11y");
    f.image_tag = Some("2.1.9-o11y".into());
    assert_eq!(resolve(&f, None, None).image, "r/aio:2.1.9-o11y");
    f.o11y = false;
    f.image_tag = None;
    assert_eq!(resolve(&f, None, None).image, "r/aio:latest");
    assert_eq!(resolve(&f, None, None).metrics_port, None);
    f.metrics_port = Some("15020".into());
    let p = resolve(&f, None, None).metrics_port;
    assert_eq!(p, Some(("127.0.0.1".to_string(), 15020)));
    assert_eq!(
        publish_address("0.0.0.0:9000").unwrap(),
        ("0.0.0.0".to_string(), 9000)
    );
    assert_eq!(
        publish_address("[::1]:9000").unwrap(),
        ("::1".to_string(), 9000)
    );
    assert!(publish_address("0").is_err());
    assert!(publish_address("host:1").is_err());
    assert!(publish_address("x").is_err());
}
