//! Auto-routing rules: trigger phrases to patterns, RE2 validation, and the gateway's choice.

use crate::domain::gwconfig::{AutoRouting, Rule};

/// `"a|b"` → `(?i)^(a|b)`, each phrase trimmed and regex-escaped.
pub fn trigger_to_pattern(trigger: &str) -> Result<String, String> {
    let phrases: Vec<String> = trigger
        .split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(regex::escape)
        .collect();
    if phrases.is_empty() {
        return Err("the trigger has no phrases; give one or more phrases separated by |".into());
    }
    Ok(format!("(?i)^({})", phrases.join("|")))
}

/// The gateway (Go, RE2) silently skips a pattern that does not compile; reject it first.
/// The `regex` crate accepts the same syntax as RE2 for everything RE2 supports.
pub fn check_pattern(pattern: &str) -> Result<regex::Regex, String> {
    if pattern.is_empty() {
        return Err("the pattern is empty".into());
    }
    if pattern.contains(['\n', '\r']) {
        return Err("the pattern contains a line break".into());
    }
    regex::Regex::new(pattern).map_err(|e| format!("invalid regular expression: {e}"))
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

/// What the gateway does with a request for `higress/auto` and this last user message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    /// Index of the matching rule, None when the default model is used.
    pub rule: Option<usize>,
    pub model: Option<String>,
    /// Rules skipped because their pattern does not compile.
    pub skipped: Vec<usize>,
}

pub fn decide(auto: &AutoRouting, message: &str) -> Decision {
    let mut skipped = Vec::new();
    for (i, Rule { pattern, model }) in auto.rules.iter().enumerate() {
        match regex::Regex::new(pattern) {
            Ok(re) if re.is_match(message) => {
                return Decision {
                    rule: Some(i),
                    model: Some(model.clone()),
                    skipped,
                };
            }
            Ok(_) => {}
            Err(_) => skipped.push(i),
        }
    }
    Decision {
        rule: None,
        model: auto.default_model.clone(),
        skipped,
    }
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
        assert!(check_pattern("").is_err());
        assert!(check_pattern("a\nb").is_err());
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
