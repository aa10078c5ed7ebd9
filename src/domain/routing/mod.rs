//! Auto-routing as the gateway's model-router plugin does it (see
//! `reference/model-router/main.go`): Go's regexp dialect ([`re2`]), the rules it skips, the
//! last user message it extracts from a request, and the choice it makes.

pub mod gjson;
pub mod re2;

use crate::domain::live::gwconfig::{AutoRouting, RequestReading, Rule};
use re2::{GoRegex, GoRegexError};

/// The model a request must name for the gateway to auto-route it.
pub const AUTO_MODEL: &str = "higress/auto";

/// `"a|b"` → `(?i)^(a|b)`, each phrase trimmed and escaped with Go's `regexp.QuoteMeta`.
pub fn trigger_to_pattern(trigger: &str) -> Result<String, String> {
    let phrases: Vec<String> = trigger
        .split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(re2::quote_meta)
        .collect();
    if phrases.is_empty() {
        return Err("the trigger has no phrases; give one or more phrases separated by |".into());
    }
    Ok(format!("(?i)^({})", phrases.join("|")))
}

/// The gateway (Go's `regexp.Compile`) silently skips a pattern that does not compile:
/// reject it first, with Go's message.
pub fn check_pattern(pattern: &str) -> Result<GoRegex, GoRegexError> {
    GoRegex::compile(pattern)
}

pub fn check_model(model: &str) -> Result<(), String> {
    if model.trim().is_empty() {
        return Err("the model name is empty".into());
    }
    if model.contains(['\n', '\r', '\0']) || model != model.trim() {
        return Err("the model name has line breaks or surrounding spaces".into());
    }
    Ok(())
}

/// Why the gateway skips a rule when it loads it, or None when it uses the rule.
pub fn skip_reason(rule: &Rule) -> Option<String> {
    if rule.pattern.is_empty() || rule.model.is_empty() {
        return Some("its pattern or model is empty".into());
    }
    GoRegex::compile(&rule.pattern).err().map(|e| e.to_string())
}

/// What the gateway does with a request for `higress/auto` and this last user message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    /// Index of the matching rule, None when the default model is used.
    pub rule: Option<usize>,
    pub model: Option<String>,
    /// Rules the gateway skips (empty, or a pattern Go does not compile).
    pub skipped: Vec<usize>,
}

/// The rules in order, the skipped ones left out as the gateway leaves them out; the first
/// whose pattern matches (`MatchString`) wins, else the default model. An empty message
/// matches no rule.
pub fn decide(auto: &AutoRouting, message: &str) -> Decision {
    let mut skipped = Vec::new();
    for (i, rule) in auto.rules.iter().enumerate() {
        if rule.pattern.is_empty() || rule.model.is_empty() {
            skipped.push(i);
            continue;
        }
        match GoRegex::compile(&rule.pattern) {
            Ok(re) if !message.is_empty() && re.is_match(message) => {
                return Decision {
                    rule: Some(i),
                    model: Some(rule.model.clone()),
                    skipped,
                };
            }
            Ok(_) => {}
            Err(_) => skipped.push(i),
        }
    }
    Decision {
        rule: None,
        model: auto.default_model.clone().filter(|m| !m.is_empty()),
        skipped,
    }
}

/// Why auto-routing does not apply to a request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum NotRouted {
    /// The request names another model, or none (the gateway passes it through).
    WrongModel {
        #[serde(rename = "request_model")]
        model: String,
    },
    /// Auto-routing is switched off.
    Disabled,
    /// The body is not valid JSON (Go's `json.Valid`): passed through unread.
    InvalidJson,
    /// The path (without its query string) ends in none of `enableOnPathSuffix`: the plugin
    /// does not read the body.
    PathNotEnabled {
        path: String,
        enable_on_path_suffix: Vec<String>,
    },
    /// The Content-Type holds neither "application/json" nor "multipart/form-data".
    ContentTypeNotRead { content_type: String },
    /// A multipart/form-data body: the plugin reads its model field but never auto-routes.
    Multipart { content_type: String },
}

impl NotRouted {
    /// The `outcome` of `route test --request --json`: `not_routed` for a JSON body the
    /// plugin read, else why it did not read one.
    pub fn outcome(&self) -> &'static str {
        match self {
            NotRouted::WrongModel { .. } | NotRouted::Disabled => "not_routed",
            NotRouted::InvalidJson => "invalid_json",
            NotRouted::PathNotEnabled { .. } => "path_not_enabled",
            NotRouted::ContentTypeNotRead { .. } => "content_type_not_read",
            NotRouted::Multipart { .. } => "multipart_not_routed",
        }
    }
}

/// What the gateway does with a whole chat request: route it (with the message it tested),
/// or not (and why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestOutcome {
    Routed {
        message: Option<String>,
        decision: Decision,
    },
    NotRouted(NotRouted),
}

/// A request as a client sends it: the `:path` (query string included), the Content-Type
/// header and the body, as bytes.
#[derive(Debug, Clone, Copy)]
pub struct HttpRequest<'a> {
    pub path: &'a str,
    pub content_type: &'a str,
    pub body: &'a [u8],
}

/// `onHttpRequestHeaders`: the plugin reads the body when the path without its query string
/// ends in one of the suffixes, or one of them is `*`.
pub fn path_enabled(suffixes: &[String], path: &str) -> bool {
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    suffixes
        .iter()
        .any(|s| s == "*" || path.ends_with(s.as_str()))
}

/// What the model-router does with the request (`onHttpRequestHeaders`, then
/// `onHttpRequestBody`): the path, then the Content-Type (a case-sensitive substring test,
/// JSON first), then the body as gjson reads it with the config's `modelKey`. Errs only
/// when the `modelKey` uses gjson syntax the reader does not implement.
pub fn route_http(
    auto: &AutoRouting,
    reading: &RequestReading,
    req: &HttpRequest,
) -> Result<RequestOutcome, gjson::UnsupportedPath> {
    let not_routed = |why| Ok(RequestOutcome::NotRouted(why));
    if !path_enabled(&reading.path_suffixes, req.path) {
        return not_routed(NotRouted::PathNotEnabled {
            path: req.path.to_string(),
            enable_on_path_suffix: reading.path_suffixes.clone(),
        });
    }
    let content_type = req.content_type.to_string();
    if !req.content_type.contains("application/json") {
        return not_routed(if req.content_type.contains("multipart/form-data") {
            NotRouted::Multipart { content_type }
        } else {
            NotRouted::ContentTypeNotRead { content_type }
        });
    }
    let read = gjson::read_request(req.body, &reading.model_key)?;
    Ok(gjson::route(auto, &read).unwrap_or(RequestOutcome::NotRouted(NotRouted::InvalidJson)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(rules: &[(&str, &str)]) -> AutoRouting {
        AutoRouting {
            present: true,
            enable: true,
            default_model: Some("qwen-turbo".into()),
            rules: rules
                .iter()
                .map(|(p, m)| Rule {
                    pattern: p.to_string(),
                    model: m.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn triggers_are_trimmed_and_escaped() {
        assert_eq!(
            trigger_to_pattern("深入思考| deep thinking ").unwrap(),
            "(?i)^(深入思考|deep thinking)"
        );
        assert_eq!(
            trigger_to_pattern("code:|c++ (fast)|$(rm)").unwrap(),
            r"(?i)^(code:|c\+\+ \(fast\)|\$\(rm\))"
        );
        assert!(trigger_to_pattern(" | ").is_err());
        let p = trigger_to_pattern("a.b").unwrap();
        let re = check_pattern(&p).unwrap();
        assert_eq!(trigger_to_pattern(r"\Q$x\E").unwrap(), r"(?i)^(\\Q\$x\\E)");
        assert!(re.is_match("A.B please"));
        assert!(!re.is_match("axb"));
    }

    #[test]
    fn re2_validation() {
        assert!(check_pattern("(?i)^(数学题|math:)").is_ok());
        assert!(check_pattern("(unclosed").is_err());
        assert!(check_pattern("a(?=b)").is_err(), "lookahead is not RE2");
        assert!(
            check_pattern(r"(a)\1").is_err(),
            "backreferences are not RE2"
        );
        // Go compiles an empty pattern and one with a line break; the gateway skips the
        // empty one when it loads the rules.
        assert!(check_pattern("").is_ok());
        assert!(check_pattern("a\nb").is_ok());
        assert!(check_pattern(r"\Qa.b\E").is_ok());
        assert!(check_pattern("a{1001}").is_err());
        assert!(check_pattern("(?x)a b").is_err());
        assert!(check_pattern("a*+").is_err());
    }

    #[test]
    fn first_match_wins_in_order() {
        let a = auto(&[
            ("(?i)^(deep)", "claude"),
            ("(?i)^deep thinking", "o1"),
            ("(", "x"),
        ]);
        let d = decide(&a, "Deep thinking: why?");
        assert_eq!((d.rule, d.model.as_deref()), (Some(0), Some("claude")));
        let d = decide(&a, "hello");
        assert_eq!((d.rule, d.model.as_deref()), (None, Some("qwen-turbo")));
        assert_eq!(d.skipped, vec![2]);
    }

    fn reading(key: &str, suffixes: &[&str]) -> RequestReading {
        RequestReading {
            model_key: key.into(),
            path_suffixes: suffixes.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn http(
        auto: &AutoRouting,
        r: &RequestReading,
        path: &str,
        ct: &str,
        body: &[u8],
    ) -> RequestOutcome {
        let req = HttpRequest {
            path,
            content_type: ct,
            body,
        };
        route_http(auto, r, &req).unwrap()
    }

    #[test]
    fn paths_are_matched_by_suffix_without_the_query() {
        let s = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(path_enabled(
            &s(&["/completions"]),
            "/v1/chat/completions?a=b"
        ));
        assert!(!path_enabled(
            &s(&["/completions"]),
            "/v1/models?x=/completions"
        ));
        assert!(path_enabled(&s(&["/x", "*"]), "/anything"));
        assert!(
            path_enabled(&s(&[""]), "/anything"),
            "an empty suffix matches all"
        );
        assert!(!path_enabled(&s(&[]), "/v1/chat/completions"));
    }

    #[test]
    fn requests_are_read_as_the_plugin_reads_them() {
        let a = auto(&[("(?i)^think", "o1")]);
        let r = reading("model", &["/completions"]);
        let path = "/v1/chat/completions";
        let json = "application/json; charset=utf-8";
        // The first duplicate wins; the last user message, its last text part.
        let body = br#"{"model":"higress/auto","model":"x","messages":[
            {"role":"user","content":"hello"},
            {"role":"user","content":[{"type":"text","text":"Think"},{"type":"image"}]}]}"#;
        let RequestOutcome::Routed { message, decision } = http(&a, &r, path, json, body) else {
            panic!("not routed")
        };
        assert_eq!(
            (message.as_deref(), decision.rule),
            (Some("Think"), Some(0))
        );
        // Raw text of non-strings, Go's number formatting.
        let body = br#"{"model":"higress/auto","messages":[{"role":"user","content":1e3}]}"#;
        let RequestOutcome::Routed { message, .. } = http(&a, &r, path, json, body) else {
            panic!("not routed")
        };
        assert_eq!(message.as_deref(), Some("1000"));
        // Bytes that are not UTF-8 are read, as U+FFFD each; a lone surrogate too.
        let body = b"{\"model\":\"higress/auto\",\"messages\":[{\"role\":\"user\",\"content\":\"\xff\xfe\\ud800\"}]}";
        let RequestOutcome::Routed { message, .. } = http(&a, &r, path, json, body) else {
            panic!("not routed")
        };
        assert_eq!(message.as_deref(), Some("\u{FFFD}\u{FFFD}\u{FFFD}"));
        // Another modelKey, another model, invalid JSON, the path, the Content-Type.
        let body = br#"{"body":{"model":"higress/auto"},"model":"gpt-4o"}"#;
        let nested = reading("body.model", &["/completions"]);
        assert!(matches!(
            http(&a, &nested, path, json, body),
            RequestOutcome::Routed { .. }
        ));
        let why = |o| match o {
            RequestOutcome::NotRouted(why) => why.outcome(),
            RequestOutcome::Routed { .. } => "routed",
        };
        assert_eq!(why(http(&a, &r, path, json, body)), "not_routed");
        assert_eq!(
            why(http(&a, &r, path, json, b"{\"model\":1,}")),
            "invalid_json"
        );
        assert_eq!(
            why(http(&a, &r, "/v1/models", json, body)),
            "path_not_enabled"
        );
        assert_eq!(
            why(http(&a, &r, path, "Application/JSON", body)),
            "content_type_not_read"
        );
        assert_eq!(
            why(http(&a, &r, path, "multipart/form-data", body)),
            "multipart_not_routed"
        );
        let bad = reading("model|x", &["*"]);
        let req = HttpRequest {
            path,
            content_type: json,
            body,
        };
        assert!(route_http(&a, &bad, &req).is_err());
    }

    #[test]
    fn models_are_checked() {
        assert!(check_model("claude-opus-4.5").is_ok());
        assert!(check_model("").is_err());
        assert!(check_model("a\nb").is_err());
        assert!(check_model(" a").is_err());
    }
}
