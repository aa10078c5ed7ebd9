//! Which `default.cfg` values are secrets, and the container environment without them.
//!
//! The container's environment is visible to anyone who may run `docker inspect`, so it
//! never holds a key: every secret is replaced by its placeholder `YOUR_<VAR>` (the value
//! that already means "no key"). The variable stays set, so the image's config template
//! makes the same decisions as with the key (OpenAI or Azure, Bedrock with access keys,
//! Hunyuan, …); the keys reach the gateway's files through the edit engine right after the
//! first start (`LiveConfig::reconcile_to`). `default.cfg` (0600) keeps the real values.

use crate::domain::providers::compatible;
use crate::domain::providers::settings::Settings;
use crate::domain::providers::table::{ExtraKind, PROVIDERS, Provider};

/// The placeholder that stands for the secret held by `var`.
pub fn placeholder(var: &str) -> String {
    format!("YOUR_{var}")
}

/// Every provider `settings` may hold variables for: the table's and the saved
/// OpenAI-compatible servers.
fn providers_of(settings: &Settings) -> Vec<&'static Provider> {
    PROVIDERS
        .iter()
        .chain(compatible::saved(settings))
        .collect()
}

/// Whether a variable name holds a secret: by the provider table (API keys, secret extras),
/// else by its name (`*_API_KEY`, `*SECRET*`, `*_AUTH_KEY`, `*_ACCESS_KEY`, `*_TOKEN`,
/// `*PASSWORD*`), so a variable the table does not know is never leaked either.
pub fn is_secret_var(var: &str, providers: &[&'static Provider]) -> bool {
    let by_table = providers.iter().any(|p| {
        p.key_var() == var
            || p.extras
                .iter()
                .any(|e| e.var == var && (e.secret || e.kind == ExtraKind::KeySecret))
    });
    let upper = var.to_ascii_uppercase();
    by_table
        || upper.ends_with("_API_KEY")
        || upper.contains("SECRET")
        || upper.ends_with("_AUTH_KEY")
        || upper.ends_with("_ACCESS_KEY")
        || upper.ends_with("_TOKEN")
        || upper.contains("PASSWORD")
}

/// `<PREFIX>_EXTRA_CONFIGS` with the values of secret fields replaced by placeholders.
fn redact_extra_configs(p: &Provider, raw: &str) -> String {
    raw.split(',')
        .map(|item| {
            let Some((field, _)) = item.split_once('=') else {
                return item.to_string();
            };
            let secret = p.extras.iter().find(|e| {
                e.secret && !e.field.is_empty() && e.field == field.trim() && {
                    matches!(e.kind, ExtraKind::Text | ExtraKind::File)
                }
            });
            match secret {
                Some(e) => format!("{field}=\"{}\"", placeholder(e.var)),
                None => item.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// One `KEY=VALUE` environment line with a secret value replaced by its placeholder (an
/// empty value stays empty: it means "not set" to the template). The saved OpenAI-compatible
/// servers' keys are `OC_<NAME>_API_KEY`: secret by their name.
pub fn redact_line(line: &str) -> String {
    let Some((key, value)) = line.split_once('=') else {
        return line.to_string();
    };
    if value.is_empty() {
        return line.to_string();
    }
    if is_secret_var(key, &PROVIDERS.iter().collect::<Vec<_>>()) {
        return format!("{key}={}", placeholder(key));
    }
    match PROVIDERS.iter().find(|p| p.extra_configs_var() == key) {
        Some(p) => format!("{key}={}", redact_extra_configs(p, value)),
        None => line.to_string(),
    }
}

/// The container's environment: the lines of `default.cfg`, every secret replaced by its
/// placeholder.
pub fn container_env(settings: &Settings) -> Vec<String> {
    settings
        .file
        .container_env()
        .iter()
        .map(|l| redact_line(l))
        .collect()
}

/// Every secret value `settings` holds (keys, secret extras), for checks that none leaks.
pub fn values(settings: &Settings) -> Vec<String> {
    let providers = providers_of(settings);
    let mut out: Vec<String> = Vec::new();
    for (key, value) in settings.file.vars() {
        if !value.is_empty() && is_secret_var(key, &providers) {
            out.extend(value.split([',', ':']).map(str::to_string));
        }
    }
    for p in &providers {
        let state = settings.provider(p);
        for e in p.extras.iter().filter(|e| e.secret) {
            out.extend(state.extra(e.var).map(str::to_string));
        }
    }
    out.retain(|v| v.len() >= 4 && v != "true");
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(text: &str) -> Settings {
        Settings::parse(text)
    }

    #[test]
    fn no_secret_reaches_the_container_env() {
        let s = settings(
            "MODE=full\nCONFIG_TEMPLATE=ai-gateway\nGATEWAY_HTTP_PORT=8080\n\
             PLUGIN_REGISTRY=r.example\nOPENAI_API_KEY=sk-openai-1234567\n\
             OPENAI_MODELS=gpt-*\nDASHSCOPE_API_KEY=sk-a,sk-bbbbbbbb\n\
             BEDROCK_ACCESS_KEY=AKIAEXAMPLE1\nBEDROCK_SECRET_KEY=bedrock-secret-99\n\
             BEDROCK_EXTRA_CONFIGS=awsRegion=\"eu-west-1\",awsAccessKey=\"AKIAEXAMPLE1\",awsSecretKey=\"bedrock-secret-99\"\n\
             SPARK_API_KEY=spk:sparksecret\nCLAUDE_CODE_API_KEY=oauth-claude-code-1\n\
             CLAUDE_EXTRA_CONFIGS=claudeVersion=\"2023-06-01\",claudeCodeMode=true\n\
             HUNYUAN_AUTH_ID=hid\nHUNYUAN_AUTH_KEY=hunyuan-key-77\n\
             OC_VLLM_BASE_URL=http://10.0.0.1:8000/v1\nOC_VLLM_API_KEY=vllm-key-5555\n\
             SOME_OTHER_TOKEN=tok-123456\nENABLE_AUTO_ROUTING=true\nAZURE_API_KEY=\n",
        );
        let env = container_env(&s);
        let joined = env.join("\n");
        for secret in values(&s) {
            assert!(!joined.contains(&secret), "{secret} leaked: {joined}");
        }
        for kept in [
            "MODE=full",
            "CONFIG_TEMPLATE=ai-gateway",
            "GATEWAY_HTTP_PORT=8080",
            "PLUGIN_REGISTRY=r.example",
            "OPENAI_MODELS=gpt-*",
            "OPENAI_API_KEY=YOUR_OPENAI_API_KEY",
            "BEDROCK_SECRET_KEY=YOUR_BEDROCK_SECRET_KEY",
            "BEDROCK_EXTRA_CONFIGS=awsRegion=\"eu-west-1\",awsAccessKey=\"YOUR_BEDROCK_ACCESS_KEY\",awsSecretKey=\"YOUR_BEDROCK_SECRET_KEY\"",
            "CLAUDE_EXTRA_CONFIGS=claudeVersion=\"2023-06-01\",claudeCodeMode=true",
            "HUNYUAN_AUTH_ID=hid",
            "OC_VLLM_BASE_URL=http://10.0.0.1:8000/v1",
            "ENABLE_AUTO_ROUTING=true",
            "AZURE_API_KEY=",
        ] {
            assert!(env.iter().any(|l| l == kept), "{kept} missing: {joined}");
        }
        assert_eq!(env.len(), s.file.vars().count());
        // A container made again (upgrade) from an older container's env loses its keys too.
        let old = s.file.container_env();
        let again: Vec<String> = old.iter().map(|l| redact_line(l)).collect();
        assert_eq!(again, env);
        assert_eq!(redact_line("NO_EQUALS_SIGN"), "NO_EQUALS_SIGN");
        for v in [
            "sk-openai-1234567",
            "sk-bbbbbbbb",
            "bedrock-secret-99",
            "AKIAEXAMPLE1",
            "sparksecret",
            "oauth-claude-code-1",
            "hunyuan-key-77",
            "vllm-key-5555",
            "tok-123456",
        ] {
            assert!(values(&s).iter().any(|x| x == v), "{v} not a secret");
        }
    }
}
