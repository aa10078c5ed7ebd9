//! `config test`: the smallest chat request (one user message, `max_tokens: 1`), which model
//! it asks for, and how its answer is reported (the provider's error text, secrets masked).

use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::providers::{self, Provider};

/// Where the request went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    /// The gateway's published HTTP port, routed by model as any client's request.
    Gateway,
    /// The provider's own OpenAI-compatible API, from this machine (`--direct`).
    Direct,
}

/// One provider's probe, as `config test` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub provider: String,
    pub via: Via,
    pub model: Option<String>,
    pub url: Option<String>,
    /// The HTTP status; None when nothing answered (or the probe was not made).
    pub status: Option<u16>,
    pub latency_ms: Option<u64>,
    pub ok: bool,
    /// The provider's (or the transport's) error text, secrets masked.
    pub error: Option<String>,
    /// Why the probe was not made (no model, no OpenAI-compatible API, …).
    pub skipped: Option<String>,
}

impl Outcome {
    /// A probe that was not made; it counts as failed unless `ok`.
    pub fn skipped(provider: &str, via: Via, why: impl Into<String>, ok: bool) -> Outcome {
        Outcome {
            provider: provider.to_string(),
            via,
            model: None,
            url: None,
            status: None,
            latency_ms: None,
            ok,
            error: None,
            skipped: Some(why.into()),
        }
    }
}

/// What a probe got back: an HTTP answer, or a transport error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Http { status: u16, body: String },
    Failed(String),
}

/// The request body: one user message, one token, not streamed.
pub fn chat_body(model: &str) -> String {
    json!({
        "model": model,
        "messages": [{"role": "user", "content": "ping"}],
        "max_tokens": 1,
        "stream": false,
    })
    .to_string()
}

/// The model to ask `p` for: `given`, else the table's test model when the provider's
/// model patterns (`models`) cover it, else the first model its patterns name exactly.
pub fn choose_model(given: Option<&str>, p: &Provider, models: &str) -> Result<String, String> {
    if let Some(m) = given.map(str::trim).filter(|m| !m.is_empty()) {
        return Ok(m.to_string());
    }
    let patterns = if models.trim().is_empty() {
        p.models
    } else {
        models
    };
    if !p.test_model.is_empty() && providers::model_match(patterns).covers(p.test_model) {
        return Ok(p.test_model.to_string());
    }
    patterns
        .split(',')
        .map(str::trim)
        .find(|m| !m.is_empty() && !m.contains('*'))
        .map(str::to_string)
        .ok_or_else(|| {
            format!(
                "no test model for {} (its models: {patterns}); pass --model",
                p.id
            )
        })
}

/// Every occurrence of each secret in `text` masked, and whatever looks like a bearer
/// token or an `sk-…` key.
pub fn mask_secrets(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    let mut sorted: Vec<&String> = secrets.iter().filter(|s| s.len() >= 4).collect();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in sorted {
        out = out.replace(s.as_str(), &providers::mask(s));
    }
    let mut words: Vec<String> = Vec::new();
    let mut after_bearer = false;
    for word in out.split(' ') {
        let bare = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_');
        let looks_secret = (after_bearer && bare.len() >= 8 && !bare.contains("***"))
            || (bare.starts_with("sk-") && bare.len() >= 12 && !bare.contains("***"));
        after_bearer = bare.eq_ignore_ascii_case("bearer");
        words.push(match looks_secret {
            true => word.replace(bare, &providers::mask(bare)),
            false => word.to_string(),
        });
    }
    words.join(" ")
}

/// The error text of an answer: `error.message` (OpenAI), `message`, `error` as text, else
/// the start of the body; at most 300 characters, secrets masked.
pub fn error_text(body: &str, secrets: &[String]) -> String {
    let parsed: Option<Value> = serde_json::from_str(body.trim()).ok();
    let field = parsed.as_ref().and_then(|v| {
        let e = &v["error"];
        e["message"]
            .as_str()
            .or_else(|| e.as_str())
            .or_else(|| v["message"].as_str())
            .or_else(|| v["msg"].as_str())
            .map(str::to_string)
    });
    let text = field.unwrap_or_else(|| body.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut short: String = text.chars().take(300).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    mask_secrets(&short, secrets)
}

/// The outcome of a reply: ok on 2xx; else the status and the error text.
pub fn outcome(
    provider: &str,
    via: Via,
    model: &str,
    url: &str,
    reply: &Reply,
    latency_ms: u64,
    secrets: &[String],
) -> Outcome {
    let (status, ok, error) = match reply {
        Reply::Http { status, body } if (200..300).contains(status) => (Some(*status), true, None),
        Reply::Http { status, body } => {
            let text = error_text(body, secrets);
            let text = if text.is_empty() {
                format!("HTTP {status}")
            } else {
                text
            };
            (Some(*status), false, Some(text))
        }
        Reply::Failed(e) => (None, false, Some(mask_secrets(e, secrets))),
    };
    Outcome {
        provider: provider.to_string(),
        via,
        model: Some(model.to_string()),
        url: Some(url.to_string()),
        status,
        latency_ms: Some(latency_ms),
        ok,
        error,
        skipped: None,
    }
}

/// The chat completions URL under an OpenAI base URL (`…/v1`).
pub fn completions_url(base: &str) -> String {
    format!("{}/chat/completions", base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::providers::{compatible, find};

    #[test]
    fn the_body_is_the_smallest_request() {
        let v: Value = serde_json::from_str(&chat_body("m")).unwrap();
        assert_eq!(v["max_tokens"], 1);
        assert_eq!(v["messages"].as_array().map(Vec::len), Some(1));
        assert_eq!(v["model"], "m");
    }

    #[test]
    fn models_are_chosen() {
        let ds = find("deepseek").unwrap();
        assert_eq!(
            choose_model(None, ds, "deepseek-*").unwrap(),
            "deepseek-chat"
        );
        assert_eq!(choose_model(Some("x"), ds, "").unwrap(), "x");
        // A pattern that does not cover the test model: its first exact model.
        assert_eq!(
            choose_model(None, ds, "ds-a*,ds-exact").unwrap(),
            "ds-exact"
        );
        let oc = compatible::provider("probe-a");
        assert_eq!(choose_model(None, oc, "llama3,qwen*").unwrap(), "llama3");
        assert!(choose_model(None, oc, "*").unwrap_err().contains("--model"));
    }

    #[test]
    fn every_table_test_model_is_covered_or_absent() {
        for p in providers::PROVIDERS {
            if p.test_model.is_empty() {
                continue;
            }
            let chosen = choose_model(None, p, p.models);
            // ai360's default pattern names a family its models do not start with.
            if p.id != "ai360" {
                assert_eq!(chosen.as_deref(), Ok(p.test_model), "{}", p.id);
            }
            if let Some(base) = p.openai_base {
                assert!(base.starts_with("https://"), "{}", p.id);
            }
        }
    }

    #[test]
    fn secrets_are_masked_in_errors() {
        let key = "sk-live-1234567890abcdef".to_string();
        let body = r#"{"error":{"message":"Incorrect API key provided: sk-live-1234567890abcdef","type":"invalid_request_error"}}"#;
        let t = error_text(body, std::slice::from_ref(&key));
        assert!(!t.contains(&key), "{t}");
        assert!(t.contains("sk-l***cdef"), "{t}");
        let t = error_text("denied for Bearer abcdefghijklmnop.", &[]);
        assert!(!t.contains("abcdefghijklmnop"), "{t}");
        let t = error_text("key sk-other-aaaaaaaaaaaa is bad", &[]);
        assert!(!t.contains("sk-other-aaaaaaaaaaaa"), "{t}");
        assert_eq!(
            error_text("<html>\n busy \n</html>", &[]),
            "<html> busy </html>"
        );
    }

    #[test]
    fn outcomes() {
        let ok = Reply::Http {
            status: 200,
            body: "{}".into(),
        };
        let o = outcome("deepseek", Via::Gateway, "m", "u", &ok, 12, &[]);
        assert!(o.ok && o.error.is_none());
        let limited = Reply::Http {
            status: 429,
            body: r#"{"error":{"message":"Rate limit reached"}}"#.into(),
        };
        let o = outcome("deepseek", Via::Direct, "m", "u", &limited, 12, &[]);
        assert_eq!(
            (o.ok, o.status, o.error.as_deref()),
            (false, Some(429), Some("Rate limit reached"))
        );
        let empty = Reply::Http {
            status: 502,
            body: String::new(),
        };
        let o = outcome("x", Via::Gateway, "m", "u", &empty, 1, &[]);
        assert_eq!(o.error.as_deref(), Some("HTTP 502"));
        let down = Reply::Failed("timed out".into());
        assert!(!outcome("x", Via::Gateway, "m", "u", &down, 1, &[]).ok);
        assert_eq!(
            completions_url("http://h:1/v1/"),
            "http://h:1/v1/chat/completions"
        );
    }
}
