//! Token usage from the gateway's access log: one line → one [`Round`] (no I/O here).
//!
//! Each access-log line is a JSON object whose `ai_log` field is itself a JSON *string*
//! written by the ai-statistics plugin. Lines without `ai_log`, or with broken JSON, are
//! normal (other traffic, a half-written line): they are counted, never fatal.
//!
//! Token semantics follow the plugin (OpenAI's): `cached_tokens` is part of `input_token`,
//! `reasoning_tokens` is part of `output_token`.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize};

pub mod pricing;
pub mod report;
pub mod rotation;
pub mod store;

#[cfg(test)]
mod tests;

/// Tokens by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub input: u64,
    pub output: u64,
    pub cached: u64,
    pub reasoning: u64,
    pub total: u64,
}

impl Tokens {
    pub fn add(&mut self, o: &Tokens) {
        self.input += o.input;
        self.output += o.output;
        self.cached += o.cached;
        self.reasoning += o.reasoning;
        self.total += o.total;
    }
}

/// One model call, as the plugin logged it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Round {
    /// Milliseconds since the epoch (UTC); None when the line carries no time.
    pub time_ms: Option<i64>,
    pub session: String,
    pub model: String,
    pub consumer: String,
    pub api: String,
    pub chat_round: Option<u64>,
    pub tokens: Tokens,
    pub content: Option<Content>,
}

/// What was said; parsed only when asked for (`sessions show`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Content {
    pub response_type: String,
    pub question: String,
    pub answer: String,
    pub reasoning: String,
    pub tool_calls: serde_json::Value,
}

/// What one line turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Round(Box<Round>),
    /// Valid JSON without `ai_log` (other traffic), or an empty line.
    NoAiLog,
    /// Not JSON, or an `ai_log` that is not a JSON object.
    Broken,
}

#[derive(Deserialize)]
struct Outer<'a> {
    #[serde(borrow, default)]
    ai_log: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    timestamp: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    start_time: Option<Cow<'a, str>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Meta<'a> {
    #[serde(borrow)]
    session_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    model: Option<Cow<'a, str>>,
    #[serde(borrow)]
    api: Option<Cow<'a, str>>,
    #[serde(borrow)]
    consumer: Option<Cow<'a, str>>,
    #[serde(deserialize_with = "lenient")]
    chat_round: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    input_token: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    output_token: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    reasoning_tokens: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    cached_tokens: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    total_token: Option<u64>,
    #[serde(borrow)]
    input_token_details: Option<Cow<'a, str>>,
    #[serde(borrow)]
    output_token_details: Option<Cow<'a, str>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Said {
    response_type: Option<String>,
    question: Option<String>,
    answer: Option<String>,
    reasoning: Option<String>,
    tool_calls: serde_json::Value,
}

/// A count written as a number, a numeric string, or null; anything else reads as absent.
fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => n
            .as_u64()
            .or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A count inside a `*_token_details` JSON string.
fn detail(details: Option<&str>, key: &str) -> Option<u64> {
    let v: serde_json::Value = serde_json::from_str(details?).ok()?;
    let n = v.get(key)?;
    n.as_u64()
        .or_else(|| n.as_str().and_then(|s| s.parse().ok()))
}

/// RFC 3339 (`2026-02-01T09:30:15Z`, envoy's `start_time`) → milliseconds since the epoch.
pub fn parse_time(text: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.timestamp_millis())
}

/// Parse one line. `content`: also keep question, answer, reasoning and tool calls.
pub fn parse_line(line: &[u8], content: bool) -> Line {
    let line = line.trim_ascii();
    if line.is_empty() {
        return Line::NoAiLog;
    }
    let Ok(outer) = serde_json::from_slice::<Outer>(line) else {
        return Line::Broken;
    };
    let Some(ai_log) = outer.ai_log else {
        return Line::NoAiLog;
    };
    let Ok(meta) = serde_json::from_str::<Meta>(&ai_log) else {
        return Line::Broken;
    };
    let time_ms = [outer.timestamp, outer.start_time]
        .into_iter()
        .flatten()
        .find_map(|t| parse_time(&t));
    let input = meta.input_token.unwrap_or(0);
    let output = meta.output_token.unwrap_or(0);
    let cached = meta
        .cached_tokens
        .or_else(|| detail(meta.input_token_details.as_deref(), "cached_tokens"))
        .unwrap_or(0);
    let reasoning = meta
        .reasoning_tokens
        .or_else(|| detail(meta.output_token_details.as_deref(), "reasoning_tokens"))
        .unwrap_or(0);
    let text = |v: Option<Cow<str>>| v.map(Cow::into_owned).unwrap_or_default();
    let content = content.then(|| {
        let said: Said = serde_json::from_str(&ai_log).unwrap_or_default();
        Content {
            response_type: said.response_type.unwrap_or_default(),
            question: said.question.unwrap_or_default(),
            answer: said.answer.unwrap_or_default(),
            reasoning: said.reasoning.unwrap_or_default(),
            tool_calls: said.tool_calls,
        }
    });
    Line::Round(Box::new(Round {
        time_ms,
        session: text(meta.session_id),
        model: text(meta.model),
        consumer: text(meta.consumer),
        api: text(meta.api),
        chat_round: meta.chat_round,
        tokens: Tokens {
            input,
            output,
            cached,
            reasoning,
            total: meta.total_token.unwrap_or(input + output),
        },
        content,
    }))
}

/// Counts of what the lines were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCounts {
    pub rounds: u64,
    pub without_ai_log: u64,
    pub broken: u64,
}

impl LineCounts {
    pub fn count(&mut self, line: &Line) {
        match line {
            Line::Round(_) => self.rounds += 1,
            Line::NoAiLog => self.without_ai_log += 1,
            Line::Broken => self.broken += 1,
        }
    }
}
