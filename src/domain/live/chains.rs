//! When a provider fails: per-provider resilience (ai-proxy's `retryOnFailure` and
//! `failover`, the route's `proxy-next-upstream`) and fallback chains to other providers,
//! on [`LiveConfig`]. The resources are built by `gwconfig::{resilience, fallback}`.

use anyhow::Result;
use serde_yaml::Value;

use super::LiveConfig;
use super::gwconfig::fallback::{self as fb, Fallback};
use super::gwconfig::resilience::{self as rs, Failover, Resilience, Retry, UpstreamRetry};
use super::gwconfig::{self, get};
use super::keyauth;
use super::keyscope;
use super::paths::{
    AI_PROXY, GLOBAL_CUSTOM_RESPONSE, MODEL_MAPPER, configmap_path, envoyfilter_path,
    fallback_ingress_path, ingress_path,
};
use crate::domain::providers::{self, Provider};
use crate::error::{fail, fail_hint};

/// A change of a provider's resilience: None leaves a setting as it is, `Some(None)`
/// removes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResilienceChange {
    pub retry: Option<Option<Retry>>,
    pub failover: Option<Option<Failover>>,
    pub upstream: Option<Option<UpstreamRetry>>,
}

impl ResilienceChange {
    pub fn is_empty(&self) -> bool {
        self == &ResilienceChange::default()
    }
}

/// One provider's fallback, as `config fallback --list`, `config list` and `status` show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Chain {
    pub provider: String,
    #[serde(flatten)]
    pub fallback: Fallback,
}

fn not_configured(id: &str) -> anyhow::Error {
    fail_hint(
        format!("{id} has no API key configured"),
        "see the configured providers with `get-ai-gateway config list`",
    )
}

impl LiveConfig {
    /// The table's providers and the OpenAI-compatible servers ai-proxy has: the providers
    /// whose routes a chain may touch.
    pub fn route_providers(&self) -> Vec<&'static Provider> {
        let live = self
            .doc(AI_PROXY)
            .map(gwconfig::live_providers)
            .unwrap_or_default();
        providers::PROVIDERS
            .iter()
            .chain(
                live.iter()
                    .filter_map(|l| providers::compatible::from_id(&l.id)),
            )
            .collect()
    }

    /// A provider's resilience settings as the gateway has them.
    pub fn resilience(&self, id: &str) -> Resilience {
        let mut r = self
            .doc(AI_PROXY)
            .map(|d| rs::resilience_of(d, id))
            .unwrap_or_default();
        r.upstream = self
            .doc(&ingress_path(id))
            .ok()
            .and_then(rs::upstream_retry_of);
        r
    }

    /// Apply `change` to provider `p`. Returns warnings (one key: nothing to retry with).
    pub fn set_resilience(
        &mut self,
        p: &'static Provider,
        change: &ResilienceChange,
    ) -> Result<Vec<String>> {
        if !self.is_configured(p) {
            return Err(not_configured(p.id));
        }
        let keys = gwconfig::live_providers(self.doc(AI_PROXY)?)
            .into_iter()
            .find(|l| l.id == p.id)
            .map_or(0, |l| l.keys().len());
        let mut warnings = Vec::new();
        let proxy = self.doc_mut(AI_PROXY)?;
        if let Some(retry) = &change.retry {
            rs::set_retry(proxy, p.id, retry.as_ref());
            if retry.is_some() && keys < 2 {
                warnings.push(format!(
                    "{} has one key: --retries retries with another key of the same provider, \
                     so it has nothing to retry with (add keys: --key K1,K2)",
                    p.id
                ));
            }
        }
        if let Some(failover) = &change.failover {
            rs::set_failover(proxy, p.id, failover.as_ref());
            if failover.is_some() && keys < 2 {
                warnings.push(format!(
                    "{} has one key: --failover takes a failing key out of rotation, and with one \
                     key every request fails until its health check passes",
                    p.id
                ));
            }
        }
        if let Some(upstream) = &change.upstream {
            self.set_upstream_retry(p.id, upstream.as_ref())?;
        }
        Ok(warnings)
    }

    /// The `proxy-next-upstream` annotations on the route (and its fallback route, which the
    /// console builds from the same route), and `proxyNextUpstream` in the route's JSON.
    fn set_upstream_retry(&mut self, id: &str, retry: Option<&UpstreamRetry>) -> Result<()> {
        let ing = ingress_path(id);
        if !self.exists(&ing) {
            return Err(fail_hint(
                format!("{id} has no route ({ing} is missing)"),
                format!("re-create it with `get-ai-gateway config add --provider {id}`"),
            ));
        }
        rs::set_upstream_retry(self.doc_mut(&ing)?, retry);
        let fallback = fallback_ingress_path(id);
        if self.exists(&fallback) {
            rs::set_upstream_retry(self.doc_mut(&fallback)?, retry);
        }
        let cm = configmap_path(id);
        if self.exists(&cm) {
            let json = retry.map(rs::upstream_retry_json);
            rs::set_route_field(self.doc_mut(&cm)?, "proxyNextUpstream", json)?;
        }
        Ok(())
    }

    /// Every route's fallback, read from the routes' ConfigMaps.
    pub fn chains(&self) -> Vec<Chain> {
        let mut out: Vec<Chain> = self
            .docs
            .iter()
            .filter_map(|(path, doc)| {
                let id = path
                    .strip_prefix(&format!("{}/ai-route-", super::paths::CONFIGMAPS))?
                    .strip_suffix(".yaml")?;
                let value = doc.value.as_ref()?.as_ref().ok()?;
                let route = rs::route_json(value).ok()?;
                let fallback = Fallback::from_json(route.get("fallbackConfig")?)?;
                Some(Chain {
                    provider: id.to_string(),
                    fallback,
                })
            })
            .collect();
        out.sort_by(|a, b| a.provider.cmp(&b.provider));
        out
    }

    /// The upstream service and port of a configured provider: its route's destination,
    /// else what its settings make.
    fn service_of(&self, id: &str) -> Option<(String, u16)> {
        let from_route = self
            .doc(&ingress_path(id))
            .ok()
            .and_then(|d| get(d, &["metadata", "annotations", "higress.io/destination"]))
            .and_then(Value::as_str)
            .filter(|d| !d.contains('\n') && !d.contains('%'))
            .and_then(|d| d.rsplit_once(':'))
            .and_then(|(svc, port)| Some((svc.to_string(), port.parse().ok()?)));
        from_route.or_else(|| {
            let p = providers::by_id(id)?;
            let (_, svc, port) = gwconfig::service(&self.settings.provider(p));
            Some((svc, port))
        })
    }

    fn check_fallback(&self, p: &'static Provider, f: &Fallback) -> Result<()> {
        if !self.is_configured(p) {
            return Err(not_configured(p.id));
        }
        for u in &f.upstreams {
            if u.provider == p.id {
                return Err(fail(format!("{} cannot fall back to itself", p.id)));
            }
            match providers::by_id(&u.provider) {
                Some(t) if self.is_configured(t) => {}
                _ => return Err(not_configured(&u.provider)),
            }
        }
        for path in [configmap_path(p.id), ingress_path(p.id)] {
            if !self.exists(&path) {
                return Err(fail_hint(
                    format!("{} has no route ({path} is missing)", p.id),
                    format!(
                        "re-create it with `get-ai-gateway config add --provider {}`",
                        p.id
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Send `p`'s failed requests to other providers, as the console writes it. Returns notes
    /// (the global filter had to be written, SEQ uses the first only).
    pub fn set_fallback(&mut self, p: &'static Provider, f: &Fallback) -> Result<Vec<String>> {
        self.check_fallback(p, f)?;
        let mut notes = Vec::new();
        let services: Vec<(String, u16)> = f
            .active()
            .iter()
            .map(|u| {
                self.service_of(&u.provider)
                    .ok_or_else(|| not_configured(&u.provider))
            })
            .collect::<Result<_>>()?;
        let primary = self.doc(&ingress_path(p.id))?.clone();
        let ingress = fb::fallback_ingress(&primary, p.id, &fb::destination(&services));
        self.set_doc(fallback_ingress_path(p.id), Some(ingress));
        self.set_doc(
            envoyfilter_path(p.id),
            Some(fb::envoy_filter(p.id, &f.response_codes)),
        );
        let cm = configmap_path(p.id);
        rs::set_route_field(self.doc_mut(&cm)?, "fallbackConfig", Some(f.to_json()))?;
        self.write_model_mappings(p.id, f, &services)?;
        self.copy_route_auth(p.id)?;
        if !self.exists(GLOBAL_CUSTOM_RESPONSE) {
            self.set_doc(
                GLOBAL_CUSTOM_RESPONSE.to_string(),
                Some(fb::global_custom_response()),
            );
            notes.push(format!(
                "wrote {GLOBAL_CUSTOM_RESPONSE}: the redirect needs the custom_response filter"
            ));
        }
        if f.strategy == fb::Strategy::Seq && f.upstreams.len() > 1 {
            notes.push(format!(
                "--strategy seq sends to the first fallback only ({})",
                f.upstreams[0].provider
            ));
        }
        Ok(notes)
    }

    fn write_model_mappings(
        &mut self,
        id: &str,
        f: &Fallback,
        services: &[(String, u16)],
    ) -> Result<()> {
        let route = fb::fallback_route_name(id);
        let wanted = f.active().iter().any(|u| !u.model_mapping.is_empty());
        if !self.exists(MODEL_MAPPER) {
            if !wanted {
                return Ok(());
            }
            let url = fb::model_mapper_url(self.doc(AI_PROXY).ok());
            self.set_doc(
                MODEL_MAPPER.to_string(),
                Some(fb::model_mapper_skeleton(&url)),
            );
        }
        let doc = self.doc_mut(MODEL_MAPPER)?;
        fb::clear_model_mappings(doc, &route);
        for (u, (svc, _)) in f.active().iter().zip(services) {
            fb::set_model_mapping(doc, &route, svc, &u.model_mapping);
        }
        Ok(())
    }

    /// The primary route's key-auth allow rule, on the fallback route too (or none on either).
    /// With scoped keys the rules are then rewritten from the scopes, as `keys` writes them,
    /// so the next `keys` change finds them in its own order.
    fn copy_route_auth(&mut self, id: &str) -> Result<()> {
        let path = keyauth::path();
        if self.doc(&path).is_ok() {
            let (primary, fallback) = (fb::route_name(id), fb::fallback_route_name(id));
            fb::copy_allow_rule(self.doc_mut(&path)?, &primary, &fallback);
            if keyscope::scoped(self.doc(&path)?) {
                self.sync_key_rules()?;
            }
        }
        Ok(())
    }

    /// Remove `id`'s fallback: its Ingress, EnvoyFilter, model-mapper and key-auth rules, and
    /// `fallbackConfig`. Returns false when it had none.
    pub fn remove_fallback(&mut self, id: &str) -> Result<bool> {
        let route = fb::fallback_route_name(id);
        let had = self.exists(&fallback_ingress_path(id))
            || self.exists(&envoyfilter_path(id))
            || self.chains().iter().any(|c| c.provider == id);
        for path in [fallback_ingress_path(id), envoyfilter_path(id)] {
            if self.exists(&path) {
                self.set_doc(path, None);
            }
        }
        let cm = configmap_path(id);
        if self.doc(&cm).is_ok_and(|d| rs::route_json(d).is_ok()) {
            rs::set_route_field(self.doc_mut(&cm)?, "fallbackConfig", None)?;
        }
        if self.doc(MODEL_MAPPER).is_ok() {
            let doc = self.doc_mut(MODEL_MAPPER)?;
            fb::clear_model_mappings(doc, &route);
            let unused = fb::model_mapper_empty(doc) && doc["spec"]["defaultConfig"].is_null();
            if unused {
                self.set_doc(MODEL_MAPPER.to_string(), None);
            }
        }
        let ka = keyauth::path();
        if self.doc(&ka).is_ok() {
            fb::drop_allow_rule(self.doc_mut(&ka)?, &route);
        }
        Ok(had)
    }

    /// Take `id` out of every other route's fallback (a chain left empty is removed).
    /// Returns the providers whose chain changed.
    pub(super) fn drop_fallbacks_to(&mut self, id: &str) -> Result<Vec<String>> {
        let mut changed = Vec::new();
        for chain in self.chains() {
            if !chain.fallback.upstreams.iter().any(|u| u.provider == id) {
                continue;
            }
            let mut f = chain.fallback.clone();
            f.upstreams.retain(|u| u.provider != id);
            let owner = providers::by_id(&chain.provider);
            match owner.filter(|_| !f.upstreams.is_empty()) {
                Some(p) if self.set_fallback(p, &f).is_ok() => {}
                _ => {
                    self.remove_fallback(&chain.provider)?;
                }
            }
            changed.push(chain.provider);
        }
        Ok(changed)
    }

    /// After the route of `id` was rewritten from `old_ingress`/`old_configmap`: keep its
    /// annotations and `fallbackConfig`, and rebuild the fallback Ingress from the new route.
    pub(super) fn keep_route_extras(
        &mut self,
        id: &str,
        old_ingress: Option<Value>,
        old_configmap: Option<Value>,
    ) -> Result<()> {
        let upstream = old_ingress.as_ref().and_then(rs::upstream_retry_of);
        let ing = ingress_path(id);
        if self.exists(&ing) && upstream.is_some() {
            rs::set_upstream_retry(self.doc_mut(&ing)?, upstream.as_ref());
        }
        let old_route = old_configmap.as_ref().and_then(|c| rs::route_json(c).ok());
        let cm = configmap_path(id);
        for field in ["fallbackConfig", "proxyNextUpstream"] {
            if let Some(v) = old_route.as_ref().and_then(|r| r.get(field)) {
                if self.doc(&cm).is_ok_and(|d| rs::route_json(d).is_ok()) {
                    rs::set_route_field(self.doc_mut(&cm)?, field, Some(v.clone()))?;
                }
            }
        }
        let fallback = fallback_ingress_path(id);
        let destination = self
            .doc(&fallback)
            .ok()
            .and_then(|d| get(d, &["metadata", "annotations", "higress.io/destination"]))
            .and_then(Value::as_str)
            .map(str::to_string);
        if let (Some(dest), Ok(primary)) = (destination, self.doc(&ing)) {
            let rebuilt = fb::fallback_ingress(&primary.clone(), id, &dest);
            self.set_doc(fallback, Some(rebuilt));
        }
        Ok(())
    }
}
