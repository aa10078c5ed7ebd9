//! Fallback chains: each part of a fallback needs the others (the console's three resources
//! and the image's global `custom_response` filter).

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::Value;

use super::{Finding, finding};
use crate::domain::live::gwconfig::fallback::{self as fb, Fallback};
use crate::domain::live::gwconfig::resilience::route_json;
use crate::domain::live::keyauth;
use crate::domain::live::keyscope;
use crate::domain::live::paths::{
    CONFIGMAPS, ENVOYFILTERS, INGRESSES, configmap_path, envoyfilter_path, fallback_ingress_path,
};

/// The provider id of a route file `<folder>/ai-route-<id><suffix>`.
fn id_of<'a>(path: &'a str, folder: &str, suffix: &str) -> Option<&'a str> {
    path.strip_prefix(folder)?
        .strip_prefix("/ai-route-")?
        .strip_suffix(suffix)
        .filter(|id| !id.is_empty())
}

pub(super) fn chain_findings(
    docs: &BTreeMap<&str, Value>,
    live_ids: &BTreeSet<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut redirects = false;
    for (path, doc) in docs {
        if let Some(id) = id_of(path, CONFIGMAPS, ".yaml") {
            let fallback = route_json(doc)
                .ok()
                .and_then(|r| r.get("fallbackConfig").and_then(Fallback::from_json));
            for u in fallback.iter().flat_map(|f| &f.upstreams) {
                if !live_ids.contains(&u.provider) {
                    out.push(finding(
                        path,
                        format!(
                            "{id} falls back to provider {}, which has no ai-proxy entry",
                            u.provider
                        ),
                        format!("`get-ai-gateway config fallback {id} --to OTHER`, or `--off`"),
                    ));
                }
            }
        }
        let Some(id) = id_of(path, ENVOYFILTERS, ".internal.yaml") else {
            continue;
        };
        redirects = true;
        if !docs.contains_key(fallback_ingress_path(id).as_str()) {
            out.push(finding(
                path,
                format!("{id}'s failed requests are redirected, but its fallback route {} does not exist: they get a 404",
                    fb::fallback_route_name(id)),
                format!("`get-ai-gateway config fallback {id} --to P2` writes it, `--off` removes the redirect"),
            ));
        }
        if !docs.contains_key(configmap_path(id).as_str()) {
            out.push(finding(
                path,
                format!("a redirect for {id}, which has no route"),
                "remove the file",
            ));
        }
    }
    for path in docs.keys() {
        let Some(id) = path
            .rsplit('/')
            .next()
            .and_then(|b| b.strip_suffix(".yaml"))
            .and_then(fb::fallback_of)
        else {
            continue;
        };
        if !docs.contains_key(envoyfilter_path(id).as_str()) {
            out.push(finding(
                path,
                format!(
                    "{id} has a fallback route but no redirect to it ({} is missing)",
                    envoyfilter_path(id)
                ),
                format!("`get-ai-gateway config fallback {id} --to P2` writes it again"),
            ));
        }
    }
    let global = docs
        .iter()
        .any(|(p, d)| p.starts_with(ENVOYFILTERS) && fb::inserts_custom_response(d));
    if redirects && !global {
        out.push(finding(
            ENVOYFILTERS,
            "fallback redirects need the custom_response HTTP filter, and no EnvoyFilter inserts it",
            "run `get-ai-gateway config fallback P --to P2` again: it writes \
             higress-gateway-global-custom-response.yaml",
        ));
    }
    out
}

/// Each fallback route has its provider's key-auth rule: the redirect also fires on
/// key-auth's own 403, so a fallback route without it serves the keys its provider refuses.
pub(super) fn fallback_auth_findings(docs: &BTreeMap<&str, Value>) -> Vec<Finding> {
    let path = keyauth::path();
    let Some(auth) = docs.get(path.as_str()) else {
        return Vec::new();
    };
    let ids = docs.keys().filter_map(|p| {
        p.strip_prefix(INGRESSES)?
            .strip_prefix('/')?
            .strip_suffix(".yaml")
            .and_then(fb::fallback_of)
    });
    let mut out = Vec::new();
    for id in ids {
        let (primary, fallback) = (fb::route_name(id), fb::fallback_route_name(id));
        let wanted = keyscope::rule_of(auth, &primary);
        if wanted.is_some() && keyscope::rule_of(auth, &fallback) != wanted {
            out.push(finding(
                &path,
                format!(
                    "the fallback route {fallback} does not have {primary}'s key rule: \
                     a key refused on {id} is served by its fallback"
                ),
                "`get-ai-gateway keys set NAME --providers ...` rewrites the rules",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::gwconfig::fallback::{FallbackUpstream, Strategy};
    use crate::domain::live::paths::GLOBAL_CUSTOM_RESPONSE;

    fn docs(with: &[&str]) -> BTreeMap<String, Value> {
        let f = Fallback {
            upstreams: vec![FallbackUpstream {
                provider: "deepseek".into(),
                model_mapping: Default::default(),
            }],
            strategy: Strategy::Seq,
            response_codes: vec!["5xx".into()],
        };
        let cm_json = serde_json::json!({"name": "openai", "fallbackConfig": f.to_json()});
        let mut cm = serde_yaml::Mapping::new();
        let mut data = serde_yaml::Mapping::new();
        data.insert("data".into(), Value::String(cm_json.to_string()));
        cm.insert("data".into(), Value::Mapping(data));
        let all = [
            (configmap_path("openai"), Value::Mapping(cm)),
            (envoyfilter_path("openai"), fb::envoy_filter("openai", &[])),
            (fallback_ingress_path("openai"), Value::Null),
            (
                GLOBAL_CUSTOM_RESPONSE.to_string(),
                fb::global_custom_response(),
            ),
        ];
        all.into_iter()
            .filter(|(p, _)| with.iter().any(|w| p.contains(w)))
            .collect()
    }

    fn problems(with: &[&str], live: &[&str]) -> Vec<String> {
        let d = docs(with);
        let d: BTreeMap<&str, Value> = d.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let ids = live.iter().map(|s| s.to_string()).collect();
        chain_findings(&d, &ids)
            .into_iter()
            .map(|f| f.problem)
            .collect()
    }

    #[test]
    fn a_whole_chain_is_clean_and_each_missing_part_is_found() {
        let all = ["configmaps", "envoyfilters", "ingresses"];
        assert_eq!(
            problems(&all, &["openai", "deepseek"]),
            Vec::<String>::new()
        );
        let p = problems(&all, &["openai"]);
        assert!(p[0].contains("falls back to provider deepseek"), "{p:?}");
        let p = problems(&["configmaps", "envoyfilters"], &["openai", "deepseek"]);
        assert!(
            p[0].contains("fallback route ai-route-openai.fallback.internal does not exist"),
            "{p:?}"
        );
        let p = problems(
            &["configmaps", "ingresses", "global"],
            &["openai", "deepseek"],
        );
        assert!(p[0].contains("no redirect"), "{p:?}");
        let p = problems(
            &["configmaps", "ai-route-openai.internal", "ingresses"],
            &["openai", "deepseek"],
        );
        assert!(p.iter().any(|x| x.contains("custom_response")), "{p:?}");
    }
}
