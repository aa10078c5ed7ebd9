//! Prices in US dollars per 1M tokens. A model the table does not know has no price: its
//! cost is unknown, never guessed from another model.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Tokens;

/// USD per 1M tokens. `cached` defaults to `input`, `reasoning` to `output`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Price {
    pub input: f64,
    pub output: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<f64>,
}

const fn p(input: f64, output: f64, cached: f64) -> Price {
    Price {
        input,
        output,
        cached: Some(cached),
        reasoning: None,
    }
}

/// Built-in list prices (USD per 1M tokens: input, output, cached input), checked
/// against litellm 1.110.2's `model_prices_and_context_window_backup.json` (PyPI) where it
/// has the model, else the providers' price pages. Keys are lower case; a model
/// matches its exact name or the longest key it extends with `-…` (dated versions).
pub const BUILT_IN: &[(&str, Price)] = &[
    ("gpt-5", p(1.25, 10.0, 0.125)),
    ("gpt-5-mini", p(0.25, 2.0, 0.025)),
    ("gpt-5-nano", p(0.05, 0.4, 0.005)),
    ("gpt-4.1", p(2.0, 8.0, 0.5)),
    ("gpt-4.1-mini", p(0.4, 1.6, 0.1)),
    ("gpt-4.1-nano", p(0.1, 0.4, 0.025)),
    ("gpt-4o", p(2.5, 10.0, 1.25)),
    ("gpt-4o-mini", p(0.15, 0.6, 0.075)),
    ("gpt-4-turbo", p(10.0, 30.0, 10.0)),
    ("gpt-4", p(30.0, 60.0, 30.0)),
    ("gpt-3.5-turbo", p(0.5, 1.5, 0.5)),
    ("o1", p(15.0, 60.0, 7.5)),
    ("o1-mini", p(1.1, 4.4, 0.55)),
    ("o3", p(2.0, 8.0, 0.5)),
    ("o3-mini", p(1.1, 4.4, 0.55)),
    ("o4-mini", p(1.1, 4.4, 0.275)),
    ("claude-opus-4-5", p(5.0, 25.0, 0.5)),
    ("claude-opus-4-1", p(15.0, 75.0, 1.5)),
    ("claude-opus-4", p(15.0, 75.0, 1.5)),
    ("claude-sonnet-4-5", p(3.0, 15.0, 0.3)),
    ("claude-sonnet-4", p(3.0, 15.0, 0.3)),
    ("claude-haiku-4-5", p(1.0, 5.0, 0.1)),
    ("claude-3-7-sonnet", p(3.0, 15.0, 0.3)),
    ("claude-3-5-sonnet", p(3.0, 15.0, 0.3)),
    ("claude-3-5-haiku", p(0.8, 4.0, 0.08)),
    ("claude-3-opus", p(15.0, 75.0, 1.5)),
    ("claude-3-haiku", p(0.25, 1.25, 0.03)),
    ("deepseek-chat", p(0.28, 0.42, 0.028)),
    ("deepseek-reasoner", p(0.28, 0.42, 0.028)),
    ("gemini-2.5-pro", p(1.25, 10.0, 0.125)),
    ("gemini-2.5-flash", p(0.3, 2.5, 0.03)),
    ("gemini-2.0-flash", p(0.1, 0.4, 0.025)),
    ("gemini-1.5-pro", p(1.25, 5.0, 0.3125)),
    ("gemini-1.5-flash", p(0.075, 0.3, 0.01875)),
    ("qwen-turbo", p(0.05, 0.2, 0.05)),
    ("qwen-plus", p(0.4, 1.2, 0.4)),
    ("qwen-max", p(1.6, 6.4, 1.6)),
    ("mistral-large", p(0.5, 1.5, 0.05)),
    ("mistral-small", p(0.15, 0.6, 0.015)),
    ("grok-3", p(3.0, 15.0, 0.75)),
    ("grok-3-mini", p(0.3, 0.5, 0.075)),
];

/// The built-in table plus the entries of a `--pricing` file (which win).
#[derive(Debug, Clone, Default)]
pub struct Pricing {
    overrides: BTreeMap<String, Price>,
}

impl Pricing {
    /// From a `--pricing` file: `{"model": {"input": 2.5, "output": 10, "cached": 1.25,
    /// "reasoning": 10}}`, USD per 1M tokens.
    pub fn with_overrides(json: &str) -> Result<Pricing, String> {
        let map: BTreeMap<String, Price> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if let Some((m, _)) = map
            .iter()
            .find(|(_, p)| !(p.input >= 0.0 && p.output >= 0.0))
        {
            return Err(format!("{m}: prices must be zero or more"));
        }
        let overrides = map
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        Ok(Pricing { overrides })
    }

    /// The price of a model, if known. Provider prefixes (`openai/gpt-4o`) are ignored.
    pub fn price(&self, model: &str) -> Option<Price> {
        let lower = model.to_lowercase();
        let names = [lower.as_str(), lower.rsplit('/').next().unwrap_or("")];
        for name in names {
            if let Some(p) = self.overrides.get(name) {
                return Some(*p);
            }
            if let Some(p) = lookup(self.overrides.iter().map(|(k, v)| (k.as_str(), *v)), name) {
                return Some(p);
            }
            if let Some(p) = lookup(BUILT_IN.iter().copied(), name) {
                return Some(p);
            }
        }
        None
    }

    /// The cost of `tokens` of `model` in USD; None when the model has no price.
    pub fn cost(&self, model: &str, tokens: &Tokens) -> Option<f64> {
        self.price(model).map(|p| cost(&p, tokens))
    }
}

/// Exact key, else the longest key that `name` extends with `-…`.
fn lookup<'a>(table: impl Iterator<Item = (&'a str, Price)>, name: &str) -> Option<Price> {
    let mut best: Option<(usize, Price)> = None;
    for (key, price) in table {
        if key == name {
            return Some(price);
        }
        let extends =
            name.len() > key.len() && name.starts_with(key) && name.as_bytes()[key.len()] == b'-';
        if extends && best.is_none_or(|(len, _)| key.len() > len) {
            best = Some((key.len(), price));
        }
    }
    best.map(|(_, p)| p)
}

/// Cached tokens are part of the input, reasoning tokens part of the output (OpenAI's
/// usage, as the plugin reports it) — unless there are more reasoning tokens than output
/// tokens: then the output cannot include them, and they are billed in addition.
pub fn cost(p: &Price, t: &Tokens) -> f64 {
    let cached = t.cached.min(t.input);
    let plain_output = if t.reasoning > t.output {
        t.output
    } else {
        t.output - t.reasoning
    };
    let usd = (t.input - cached) as f64 * p.input
        + cached as f64 * p.cached.unwrap_or(p.input)
        + plain_output as f64 * p.output
        + t.reasoning as f64 * p.reasoning.unwrap_or(p.output);
    usd / 1_000_000.0
}
