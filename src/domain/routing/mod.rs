//! Auto-routing as the gateway's model-router plugin does it (see
//! `reference/model-router/main.go`): Go's regexp dialect ([`re2`]), the rules it skips, the
//! last user message it extracts from a request, and the choice it makes.

pub mod gjson;
pub mod re2;

use serde_json::Value;

use crate::domain::live::gwconfig::{AutoRouting, Rule};
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

/// gjson's `String()`: a string as it is, null or absent as "", anything else as its JSON.
fn gjson_string(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The last `role: user` message, as the plugin extracts it: for array content, the text of
/// the last `text` part; a user message without one keeps the text found before it.
pub fn last_user_message(request: &Value) -> Option<String> {
    let messages = request.get("messages")?.as_array()?;
    let mut last = None;
    for msg in messages {
        if gjson_string(msg.get("role")) != "user" {
            continue;
        }
        match msg.get("content") {
            Some(Value::Array(parts)) => {
                for part in parts {
                    if gjson_string(part.get("type")) == "text" {
                        last = Some(gjson_string(part.get("text")));
                    }
                }
            }
            content => last = Some(gjson_string(content)),
        }
    }
    last
}

/// Why auto-routing does not apply to a request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum NotRouted {
    /// The request names another model (the gateway passes it through).
    WrongModel {
        #[serde(rename = "request_model")]
        model: String,
    },
    /// Auto-routing is switched off.
    Disabled,
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

pub fn route_request(auto: &AutoRouting, request: &Value) -> RequestOutcome {
    let model = gjson_string(request.get("model"));
    if model != AUTO_MODEL {
        return RequestOutcome::NotRouted(NotRouted::WrongModel { model });
    }
    if !auto.enable {
        return RequestOutcome::NotRouted(NotRouted::Disabled);
    }
    let message = last_user_message(request);
    let decision = decide(auto, message.as_deref().unwrap_or(""));
    RequestOutcome::Routed { message, decision }
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

    #[test]
    fn models_are_checked() {
        assert!(check_model("claude-opus-4.5").is_ok());
        assert!(check_model("").is_err());
        assert!(check_model("a\nb").is_err());
        assert!(check_model(" a").is_err());
    }
}
