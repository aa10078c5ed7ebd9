//! Every step of a key's life, the YAML written (golden, YAML 1.1-safe) and the table of
//! who may use what that docs/security.md reproduces.

use std::collections::BTreeSet;

use serde_yaml::Value;

use super::*;
use crate::domain::live::keyauth;
use crate::domain::live::keyrate::{self, Per, Rate};
use crate::domain::live::yaml11;

const LOCAL: &str = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";

fn files(routes: &[&str]) -> KeyFiles {
    KeyFiles {
        auth: keyauth::skeleton(LOCAL),
        rate: keyrate::skeleton(&keyrate::url_next_to(LOCAL)),
        routes: routes
            .iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .into(),
    }
}

fn only(ids: &[&str]) -> Option<Providers> {
    Some(Providers::Only(ids.iter().map(|i| i.to_string()).collect()))
}

fn scope(ids: &[&str]) -> KeyChange {
    KeyChange {
        providers: only(ids),
        rate: None,
    }
}

/// (route, allow) of the rules in the file, with their configDisable.
fn rules(f: &KeyFiles) -> Vec<(String, Vec<String>, bool)> {
    f.auth["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["ingress"][0].as_str().unwrap_or("").to_string(),
                r["config"]["allow"]
                    .as_sequence()
                    .into_iter()
                    .flatten()
                    .filter_map(|a| a.as_str().map(str::to_string))
                    .collect(),
                r["configDisable"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

fn rule(route: &str, allow: &[&str], disabled: bool) -> (String, Vec<String>, bool) {
    (
        route.to_string(),
        allow.iter().map(|a| a.to_string()).collect(),
        disabled,
    )
}

fn v(f: &KeyFiles, id: &str, name: &str) -> Verdict {
    verdict(&f.auth, &route_name(id), name)
}

#[test]
fn every_key_all_writes_no_rule() {
    let mut f = files(&["openai", "deepseek"]);
    f.add("laptop", "gw-1111111111111111", &KeyChange::default())
        .unwrap();
    f.add("ci", "gw-2222222222222222", &KeyChange::default())
        .unwrap();
    f.set_enabled(true).unwrap();
    assert!(f.auth["spec"].get("matchRules").is_none());
    assert!(!f.state().scoped);
    assert_eq!(v(&f, "openai", "ci"), Verdict::Admitted);
    assert_eq!(f.state().consumers[0].providers, Providers::All);
}

#[test]
fn a_key_through_its_whole_life() {
    let mut f = files(&["openai", "deepseek"]);
    // add all, then add scoped (keys still off: rules are written, switched off)
    f.add("laptop", "gw-1111111111111111", &KeyChange::default())
        .unwrap();
    f.add("ci", "gw-2222222222222222", &scope(&["deepseek"]))
        .unwrap();
    assert_eq!(
        rules(&f),
        vec![
            rule("ai-route-openai.internal", &["laptop"], true),
            rule("ai-route-deepseek.internal", &["laptop", "ci"], true),
        ]
    );
    assert_eq!(v(&f, "openai", "ci"), Verdict::Open, "keys are off");
    // enable: the default config and every rule
    f.set_enabled(true).unwrap();
    assert_eq!(
        rules(&f),
        vec![
            rule("ai-route-openai.internal", &["laptop"], false),
            rule("ai-route-deepseek.internal", &["laptop", "ci"], false),
        ]
    );
    assert_eq!(v(&f, "openai", "ci"), Verdict::Refused);
    assert_eq!(v(&f, "deepseek", "ci"), Verdict::Admitted);
    assert_eq!(v(&f, "openai", "laptop"), Verdict::Admitted);
    // a new provider: an `all` key may use it, the scoped one not
    f.routes.ids.push("oc-vllm".into());
    f.sync().unwrap();
    assert_eq!(
        rules(&f)[2],
        rule("ai-route-oc-vllm.internal", &["laptop"], false)
    );
    // a provider removed: its rule goes
    f.routes.ids.retain(|r| r != "openai");
    f.sync().unwrap();
    assert_eq!(rules(&f).len(), 2);
    assert!(rules(&f).iter().all(|r| r.0 != "ai-route-openai.internal"));
    // disable: the default config and every rule, keys and scopes kept
    f.set_enabled(false).unwrap();
    assert!(rules(&f).iter().all(|r| r.2));
    assert_eq!(f.auth["spec"]["defaultConfigDisable"].as_bool(), Some(true));
    assert_eq!(v(&f, "deepseek", "ci"), Verdict::Open);
    f.set_enabled(true).unwrap();
    assert!(rules(&f).iter().all(|r| !r.2));
    // remove the `all` key: the route only it used allows nobody
    assert!(!f.remove("laptop").unwrap());
    assert_eq!(
        rules(&f),
        vec![
            rule("ai-route-deepseek.internal", &["ci"], false),
            rule("ai-route-oc-vllm.internal", &[NOBODY], false),
        ]
    );
    assert_eq!(v(&f, "oc-vllm", "ci"), Verdict::Refused);
    // remove the last: keys off, no rule, the plugin not installed
    assert!(f.remove("ci").unwrap());
    assert!(f.auth["spec"].get("matchRules").is_none());
    assert!(scopes(&f.auth).is_empty());
    assert_eq!(v(&f, "deepseek", "ci"), Verdict::Open);
}

#[test]
fn set_changes_scope_and_rate_and_back_to_all_drops_the_rules() {
    let mut f = files(&["openai", "deepseek"]);
    f.add("a", "gw-1111111111111111", &KeyChange::default())
        .unwrap();
    f.set_enabled(true).unwrap();
    let per_min = Rate {
        requests: 30,
        per: Per::Minute,
    };
    f.set(
        "a",
        &KeyChange {
            providers: only(&["openai"]),
            rate: Some(Some(per_min)),
        },
    )
    .unwrap();
    let st = f.state();
    assert!(st.scoped);
    assert_eq!(st.consumers[0].rate, Some(per_min));
    assert_eq!(
        st.consumers[0].providers,
        Providers::Only(BTreeSet::from(["openai".to_string()]))
    );
    assert_eq!(
        f.rate["spec"]["defaultConfigDisable"].as_bool(),
        Some(false)
    );
    assert_eq!(
        rules(&f)[1],
        rule("ai-route-deepseek.internal", &[NOBODY], false)
    );
    // a rate change alone keeps the scope
    f.set(
        "a",
        &KeyChange {
            providers: None,
            rate: Some(None),
        },
    )
    .unwrap();
    assert!(f.state().scoped);
    assert_eq!(f.rate["spec"]["defaultConfigDisable"].as_bool(), Some(true));
    f.set(
        "a",
        &KeyChange {
            providers: Some(Providers::All),
            rate: None,
        },
    )
    .unwrap();
    assert!(f.auth["spec"].get("matchRules").is_none());
    assert!(f.auth["metadata"]["annotations"].get(SCOPES).is_none());
    assert!(f.set("nobody", &KeyChange::default()).is_err());
    assert!(f.set("a", &scope(&[])).is_err());
}

#[test]
fn rules_of_other_routes_are_kept() {
    let mut f = files(&["openai"]);
    let other: Value =
        serde_yaml::from_str("ingress: [my-route]\nconfig:\n  allow: [x]\n").unwrap();
    mapping_of(&mut f.auth).insert(
        gwconfig::key("matchRules"),
        Value::Sequence(vec![other.clone()]),
    );
    f.add("x", "gw-1111111111111111", &scope(&["openai"]))
        .unwrap();
    assert_eq!(f.auth["spec"]["matchRules"][0], other);
    f.remove("x").unwrap();
    assert_eq!(f.auth["spec"]["matchRules"], Value::Sequence(vec![other]));
}

fn mapping_of(doc: &mut Value) -> &mut serde_yaml::Mapping {
    gwconfig::mapping_at(doc, &["spec"])
}

/// The YAML as written, against the shapes of key-auth's README (rules: `ingress` list +
/// `config.allow`) and key-rate-limit's (`limit_by_header` + `limit_keys`).
#[test]
fn golden_yaml_follows_the_readmes_and_reads_back_under_yaml_1_1() {
    let mut f = files(&["openai", "oc-on"]);
    f.add("on", "gw-1111111111111111", &scope(&["oc-on"]))
        .unwrap();
    f.add(
        "1_000",
        "gw-2222222222222222",
        &KeyChange {
            providers: None,
            rate: Some(Some(Rate {
                requests: 100,
                per: Per::Minute,
            })),
        },
    )
    .unwrap();
    f.set_enabled(true).unwrap();
    let auth = yaml11::to_string(&f.auth);
    let rules_text = auth
        .split_once("  matchRules:\n")
        .map(|(_, r)| r.split("  phase:").next().unwrap_or(""))
        .unwrap_or("");
    assert_eq!(
        rules_text,
        "  - ingress:\n    - ai-route-openai.internal\n    configDisable: false\n    config:\n      \
         allow:\n      - \"1_000\"\n  - ingress:\n    - ai-route-oc-on.internal\n    \
         configDisable: false\n    config:\n      allow:\n      - \"on\"\n      - \"1_000\"\n",
        "{auth}"
    );
    assert!(
        auth.contains("get-ai-gateway.higress.io/key-providers: '{\"on\":[\"oc-on\"]}'")
            || auth.contains(
                "get-ai-gateway.higress.io/key-providers: \"{\\\"on\\\":[\\\"oc-on\\\"]}\""
            ),
        "{auth}"
    );
    let rate = yaml11::to_string(&f.rate);
    assert!(
        rate.contains(
            "  defaultConfig:\n    limit_by_header: x-mse-consumer\n    limit_keys:\n    - key: \
             \"1_000\"\n      query_per_minute: 100\n  defaultConfigDisable: false\n"
        ),
        "{rate}"
    );
    assert!(rate.contains("url: http://localhost:8002/plugins/key-rate-limit/1.0.0/plugin.wasm"));
    for (text, doc) in [(&auth, &f.auth), (&rate, &f.rate)] {
        let back: Value = serde_yaml::from_str(text).unwrap();
        assert_eq!(&back, doc);
        assert!(yaml11::v2_reads_as_string("ai-route-openai.internal"));
    }
}

/// The scenario of docs/security.md, "Sharing a gateway: who may use what".
pub fn scenario() -> Vec<(&'static str, String)> {
    let mut f = files(&["openai", "deepseek", "oc-vllm"]);
    let mut out = Vec::new();
    let mut step = |label: &'static str, f: &KeyFiles| out.push((label, table(&f.auth, &f.routes)));
    f.add("laptop", "gw-1111111111111111", &KeyChange::default())
        .unwrap();
    f.add("ci", "gw-2222222222222222", &KeyChange::default())
        .unwrap();
    f.set_enabled(true).unwrap();
    step(
        "`keys add laptop`, `keys add ci`, `keys enable` (every key `all`)",
        &f,
    );
    f.set("ci", &scope(&["deepseek"])).unwrap();
    step("`keys set ci --providers deepseek`", &f);
    f.add("intern", "gw-3333333333333333", &scope(&["oc-vllm"]))
        .unwrap();
    step(
        "`keys add intern --providers vllm` (an OpenAI-compatible server)",
        &f,
    );
    f.routes.ids.push("moonshot".into());
    f.sync().unwrap();
    step("`config add --provider moonshot` (a new route)", &f);
    f.routes.ids.retain(|r| r != "deepseek");
    f.sync().unwrap();
    step("`config remove --provider deepseek`", &f);
    f.set_enabled(false).unwrap();
    step("`keys disable`", &f);
    f.set_enabled(true).unwrap();
    step("`keys enable`", &f);
    f.remove("laptop").unwrap();
    step("`keys remove laptop`", &f);
    f.remove("intern").unwrap();
    f.remove("ci").unwrap();
    step("`keys remove intern`, `keys remove ci` (the last)", &f);
    out
}

#[test]
fn the_table_in_docs_security_md_is_the_one_the_rules_give() {
    let mut md = String::new();
    for (label, table) in scenario() {
        md.push_str(&format!("{label}:\n\n{table}\n"));
    }
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/security.md"))
        .unwrap_or_default();
    if std::env::var_os("UPDATE_SECURITY_TABLE").is_some() {
        println!("{md}");
    }
    assert!(
        doc.contains(&md),
        "docs/security.md lacks the table; run with UPDATE_SECURITY_TABLE=1 -- --nocapture \
         and paste it:\n{md}"
    );
}

/// For every provider with a fallback route: the fallback's rule is the provider's, with the
/// same `allow` and the same switch (or neither has one).
fn assert_fallbacks_mirror(f: &KeyFiles) {
    let all = rules(f);
    for id in &f.routes.fallbacks {
        let of = |route: String| {
            all.iter()
                .find(|r| r.0 == route)
                .map(|r| (r.1.clone(), r.2))
        };
        assert_eq!(
            of(route_name(id)),
            of(fallback_route_name(id)),
            "{id}: {all:?}"
        );
    }
    let names = names(&f.auth);
    for id in &f.routes.fallbacks {
        for n in &names {
            assert_eq!(
                verdict(&f.auth, &route_name(id), n),
                verdict(&f.auth, &fallback_route_name(id), n),
                "{id}, {n}"
            );
        }
    }
}

#[test]
fn a_fallback_route_gets_its_providers_rule_at_every_step() {
    let mut f = files(&["openai", "deepseek"]);
    f.routes.fallbacks.insert("openai".into());
    // add all, enable: no rule anywhere
    f.add("laptop", "gw-1111111111111111", &KeyChange::default())
        .unwrap();
    f.set_enabled(true).unwrap();
    assert!(f.auth["spec"].get("matchRules").is_none());
    // add scoped: the fallback route follows its provider's
    f.add("ci", "gw-2222222222222222", &scope(&["deepseek"]))
        .unwrap();
    assert_eq!(
        rules(&f),
        vec![
            rule("ai-route-openai.internal", &["laptop"], false),
            rule("ai-route-openai.fallback.internal", &["laptop"], false),
            rule("ai-route-deepseek.internal", &["laptop", "ci"], false),
        ]
    );
    assert_eq!(
        verdict(&f.auth, &fallback_route_name("openai"), "ci"),
        Verdict::Refused
    );
    assert_fallbacks_mirror(&f);
    // keys set: the fallback route's rule changes with its provider's
    f.set("ci", &scope(&["openai"])).unwrap();
    assert_eq!(
        rules(&f)[1],
        rule(
            "ai-route-openai.fallback.internal",
            &["laptop", "ci"],
            false
        )
    );
    assert_fallbacks_mirror(&f);
    // a fallback made for deepseek (`config fallback deepseek`)
    f.routes.fallbacks.insert("deepseek".into());
    f.sync().unwrap();
    assert_eq!(
        rules(&f)[3],
        rule("ai-route-deepseek.fallback.internal", &["laptop"], false)
    );
    assert_fallbacks_mirror(&f);
    // a new provider, then a fallback removed (`config fallback openai --off`): its rule goes
    f.routes.ids.push("oc-vllm".into());
    f.routes.fallbacks.remove("openai");
    f.sync().unwrap();
    assert!(
        rules(&f)
            .iter()
            .all(|r| r.0 != fallback_route_name("openai"))
    );
    assert_fallbacks_mirror(&f);
    // disable, enable: the fallback rules switch with the others
    f.set_enabled(false).unwrap();
    assert!(rules(&f).iter().all(|r| r.2));
    assert_fallbacks_mirror(&f);
    f.set_enabled(true).unwrap();
    assert!(rules(&f).iter().all(|r| !r.2));
    assert_fallbacks_mirror(&f);
    // remove the `all` key: nobody on the routes ci may not use, fallbacks too
    assert!(!f.remove("laptop").unwrap());
    assert_eq!(
        rules(&f)[2],
        rule("ai-route-deepseek.fallback.internal", &[NOBODY], false)
    );
    assert_fallbacks_mirror(&f);
    // the provider removed (with its fallback): both rules go
    f.routes.ids.retain(|r| r != "deepseek");
    f.sync().unwrap();
    assert!(rules(&f).iter().all(|r| !r.0.contains("deepseek")));
    // remove the last: no rule at all
    assert!(f.remove("ci").unwrap());
    assert!(f.auth["spec"].get("matchRules").is_none());
}

#[test]
fn a_fallback_rule_copied_by_the_console_is_rewritten_to_the_scopes() {
    let mut f = files(&["openai"]);
    f.add("a", "gw-1111111111111111", &scope(&["openai"]))
        .unwrap();
    f.add("b", "gw-2222222222222222", &scope(&["deepseek"]))
        .unwrap();
    f.set_enabled(true).unwrap();
    // the fallback exists, but the keys transaction of old did not know it
    gwconfig::fallback::copy_allow_rule(
        &mut f.auth,
        &route_name("openai"),
        &fallback_route_name("openai"),
    );
    f.routes.fallbacks.insert("openai".into());
    f.set("a", &scope(&["deepseek"])).unwrap();
    assert_eq!(
        rules(&f),
        vec![
            rule("ai-route-openai.internal", &[NOBODY], false),
            rule("ai-route-openai.fallback.internal", &[NOBODY], false),
        ]
    );
    assert_fallbacks_mirror(&f);
}

#[test]
fn routes_know_a_fallback_by_its_file_else_by_its_rule() {
    let proxy: Value = serde_yaml::from_str(
        "spec:\n  defaultConfig:\n    providers:\n    - {id: openai, type: openai}\n    - {id: deepseek, type: deepseek}\n    - {id: groq, type: groq}\n",
    )
    .unwrap();
    let mut f = files(&["openai", "deepseek", "groq"]);
    f.add("a", "gw-1111111111111111", &scope(&["openai"]))
        .unwrap();
    f.routes.fallbacks = ["deepseek", "groq"].map(str::to_string).into();
    f.sync().unwrap();
    // openai: file read, present; deepseek: read, absent; groq: not read, has a rule
    let routes = Routes::of(&proxy, &f.auth, |id| match id {
        "openai" => Some(true),
        "deepseek" => Some(false),
        _ => None,
    });
    assert_eq!(routes.ids, ["openai", "deepseek", "groq"]);
    assert_eq!(
        routes.fallbacks,
        ["openai", "groq"].map(str::to_string).into()
    );
    // not read and no rule: none
    let bare = Routes::of(&proxy, &Value::Null, |_| None);
    assert!(bare.fallbacks.is_empty());
}
