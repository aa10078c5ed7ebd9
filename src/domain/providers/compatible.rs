//! OpenAI-compatible servers (vLLM, LM Studio, llama.cpp, …): providers made at run time,
//! one per `--name`, each an ai-proxy provider of type `openai` with `openaiCustomUrl`, its
//! own id `oc-<name>`, route, ingress and registry. They are described as [`Provider`]s like
//! the table's, so adding, listing and removing them is the same code.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::domain::providers::settings::Settings;
use crate::domain::providers::table::{Extra, ExtraKind, Provider, Upstream};

/// `--provider` value.
pub const STEM: &str = "openai-compatible";
/// ai-proxy id prefix.
pub const ID_PREFIX: &str = "oc-";

/// Why a name or URL is refused, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub hint: String,
}

/// A name becomes part of Kubernetes object names: lowercase letters, digits and dashes.
pub fn check_name(name: &str) -> Result<(), Refusal> {
    let ok = !name.is_empty()
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    if ok {
        return Ok(());
    }
    Err(Refusal {
        message: format!("--name {name:?} cannot name an OpenAI-compatible provider"),
        hint: "use 1 to 40 lowercase letters, digits and dashes, e.g. --name vllm".into(),
    })
}

/// The base URL, checked: http(s), and not this machine's loopback, which inside the
/// container is the container itself.
pub fn check_base_url(url: &str) -> Result<String, Refusal> {
    check_url("--base-url", url, "the server")
}

/// An upstream URL given with `flag`, checked as [`check_base_url`] does (`what` names the
/// server in the hint: "the MCP server").
pub fn check_url(flag: &str, url: &str, what: &str) -> Result<String, Refusal> {
    let url = url.trim().trim_end_matches('/').to_string();
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"));
    let host = rest
        .and_then(|r| r.split(['/', '?', '#']).next())
        .map(|h| h.rsplit('@').next().unwrap_or(h))
        .map(|h| match h.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(v6),
            None => h.split(':').next().unwrap_or(h),
        })
        .filter(|h| !h.is_empty());
    let Some(host) = host else {
        let example = if flag == "--base-url" {
            "give the server's OpenAI base URL, e.g. --base-url http://192.168.1.20:8000/v1"
                .to_string()
        } else {
            format!("give {what}'s URL, e.g. {flag} http://192.168.1.20:3000/mcp")
        };
        return Err(Refusal {
            message: format!("{flag} {url:?} is not an http:// or https:// URL"),
            hint: example,
        });
    };
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified());
    if loopback {
        return Err(Refusal {
            message: format!(
                "{flag} {url}: {host} inside the gateway's container is the container \
                 itself, not this machine"
            ),
            hint: format!(
                "use this machine's address as containers see it, e.g. the docker0 bridge \
                 (`ip -4 addr show docker0`, often 172.17.0.1) or host.docker.internal on \
                 Docker Desktop, and make {what} listen on it (e.g. vLLM --host 0.0.0.0)"
            ),
        });
    }
    Ok(url)
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The provider named `name` (checked with [`check_name`] first). One per name per process.
pub fn provider(name: &str) -> &'static Provider {
    static MADE: Mutex<BTreeMap<String, &'static Provider>> = Mutex::new(BTreeMap::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = made.get(name) {
        return p;
    }
    let prefix = leak(format!(
        "OC_{}",
        name.to_ascii_uppercase().replace('-', "_")
    ));
    let url_var = leak(format!("{prefix}_BASE_URL"));
    let extras: &'static [Extra] = Box::leak(Box::new([Extra {
        flag: "base-url",
        var: url_var,
        field: "openaiCustomUrl",
        kind: ExtraKind::Url,
        secret: false,
        default: None,
        help: "The server's OpenAI base URL",
    }]));
    let p: &'static Provider = Box::leak(Box::new(Provider {
        name: leak(format!("OpenAI-compatible {name}")),
        prefix,
        stem: STEM,
        id: leak(format!("{ID_PREFIX}{name}")),
        kind: "openai",
        upstream: Upstream::Url { var: url_var },
        models: "*",
        aliases: &[],
        always: false,
        uses_key: true,
        extras,
        alt_credentials: Box::leak(Box::new([url_var])),
        test_model: "",
        openai_base: None,
    }));
    made.insert(name.to_string(), p);
    p
}

/// The servers `default.cfg` holds (`OC_<NAME>_BASE_URL=…`), as providers.
pub fn saved(settings: &Settings) -> impl Iterator<Item = &'static Provider> + '_ {
    settings.file.vars().filter_map(|(key, _)| {
        let upper = key.strip_prefix("OC_")?.strip_suffix("_BASE_URL")?;
        let name = upper.to_ascii_lowercase().replace('_', "-");
        check_name(&name).ok()?;
        Some(provider(&name))
    })
}

/// The provider of an ai-proxy id `oc-<name>`.
pub fn from_id(id: &str) -> Option<&'static Provider> {
    let name = id.strip_prefix(ID_PREFIX)?;
    check_name(name).ok()?;
    Some(provider(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_servers_are_found_in_default_cfg() {
        let s = Settings::parse(
            "MODE=full\nOC_VLLM_1_BASE_URL=http://10.0.0.5:8000/v1\nOC_LM_BASE_URL=http://h:1234/v1\nOC__BASE_URL=x\nOPENAI_API_KEY=k\n",
        );
        let ids: Vec<&str> = saved(&s).map(|p| p.id).collect();
        assert_eq!(ids, vec!["oc-vllm-1", "oc-lm"]);
        let st = s.provider(provider("vllm-1"));
        assert_eq!(
            st.extra("OC_VLLM_1_BASE_URL"),
            Some("http://10.0.0.5:8000/v1")
        );
    }

    #[test]
    fn names_and_urls_are_checked() {
        assert!(check_name("vllm").is_ok() && check_name("lm-studio-2").is_ok());
        for bad in ["", "VLLM", "-x", "x-", "a b", "a.b", &"x".repeat(41)] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            check_base_url(" http://10.0.0.5:8000/v1/ ").unwrap(),
            "http://10.0.0.5:8000/v1"
        );
        assert!(check_base_url("https://llm.example.com/v1").is_ok());
        for local in [
            "http://localhost:1234/v1",
            "http://127.0.0.1:8000/v1",
            "http://127.1.2.3/v1",
            "http://[::1]:8080/v1",
            "http://0.0.0.0:8080",
            "http://user@LOCALHOST/v1",
        ] {
            let e = check_base_url(local).unwrap_err();
            assert!(e.message.contains("the container itself"), "{local}");
            assert!(e.hint.contains("172.17.0.1"));
        }
        assert!(check_base_url("ftp://x/v1").is_err());
        assert!(check_base_url("http:///v1").is_err());
    }

    #[test]
    fn each_name_is_its_own_provider() {
        let a = provider("vllm");
        assert_eq!((a.id, a.kind, a.prefix), ("oc-vllm", "openai", "OC_VLLM"));
        assert_eq!(a.extras[0].var, "OC_VLLM_BASE_URL");
        assert!(std::ptr::eq(a, provider("vllm")));
        assert_eq!(provider("lm-studio").prefix, "OC_LM_STUDIO");
        assert!(std::ptr::eq(from_id("oc-vllm").unwrap(), a));
        assert!(from_id("openai").is_none() && from_id("oc-BAD").is_none());
    }
}

#[cfg(test)]
mod upstream_tests {
    use super::*;
    use crate::domain::live::gwconfig::upstream;
    use crate::domain::providers::settings::{ProviderInput, Settings};

    fn at(url: &str) -> (String, String, u16) {
        let p = provider("up");
        let mut s = Settings::parse("");
        let mut input = ProviderInput::default();
        input
            .extras
            .insert("OC_UP_BASE_URL".to_string(), url.to_string());
        s.apply(p, &input);
        upstream(&s.provider(p))
    }

    #[test]
    fn the_upstream_is_the_base_urls_scheme_host_and_port() {
        let t = |a: &str, b: &str, c: u16| (a.to_string(), b.to_string(), c);
        assert_eq!(at("http://10.0.0.5/v1"), t("http", "10.0.0.5", 80));
        assert_eq!(
            at("https://llm.example.com:8443/v1"),
            t("https", "llm.example.com", 8443)
        );
        assert_eq!(at("https://u:p@h.example/v1"), t("https", "h.example", 443));
        assert_eq!(at("http://[fd00::5]:8000/v1"), t("http", "fd00::5", 8000));
    }
}
