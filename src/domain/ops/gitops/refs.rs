//! Secrets are references, never literals: `${VAR}` reads the environment, `${file:PATH}` a
//! file (its trailing newline stripped). [`resolve`] replaces them by their values through
//! the lookups it is given, so it needs no I/O of its own.

use super::{Desired, ProviderSpec};

/// A value of the file: a literal, or a reference to resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Val {
    Lit(String),
    Env(String),
    File(String),
}

impl Val {
    /// The value (a reference not yet resolved gives its own text).
    pub fn text(&self) -> String {
        match self {
            Val::Lit(s) => s.clone(),
            other => other.written(),
        }
    }

    /// As the file writes it.
    pub fn written(&self) -> String {
        match self {
            Val::Lit(s) => s.clone(),
            Val::Env(v) => format!("${{{v}}}"),
            Val::File(p) => format!("${{file:{p}}}"),
        }
    }
}

/// `${VAR}` or `${file:PATH}`; None for anything else.
pub fn reference(text: &str) -> Option<Val> {
    let inner = text.strip_prefix("${")?.strip_suffix('}')?;
    if let Some(path) = inner.strip_prefix("file:") {
        return (!path.is_empty()).then(|| Val::File(path.to_string()));
    }
    let ok = !inner.is_empty()
        && !inner.starts_with(|c: char| c.is_ascii_digit())
        && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ok.then(|| Val::Env(inner.to_string()))
}

/// Where lookups come from: the environment and files (the command passes the real ones).
pub struct Lookup<'a> {
    pub env: &'a dyn Fn(&str) -> Option<String>,
    pub file: &'a dyn Fn(&str) -> Result<String, String>,
}

/// A reference that could not be resolved: the field and what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub field: String,
    pub message: String,
}

fn one(field: &str, v: &Val, look: &Lookup) -> Result<Val, Missing> {
    let missing = |message: String| Missing {
        field: field.to_string(),
        message,
    };
    match v {
        Val::Lit(_) => Ok(v.clone()),
        Val::Env(var) => match (look.env)(var) {
            Some(value) if !value.is_empty() => Ok(Val::Lit(value)),
            Some(_) => Err(missing(format!("the environment variable {var} is empty"))),
            None => Err(missing(format!(
                "the environment variable {var} is not set"
            ))),
        },
        Val::File(path) => match (look.file)(path) {
            Ok(text) => {
                let value = text
                    .strip_suffix("\r\n")
                    .or_else(|| text.strip_suffix('\n'))
                    .unwrap_or(&text);
                if value.is_empty() {
                    return Err(missing(format!("the file {path} is empty")));
                }
                Ok(Val::Lit(value.to_string()))
            }
            Err(e) => Err(missing(format!("cannot read the file {path}: {e}"))),
        },
    }
}

fn provider(
    section: &str,
    name: &str,
    spec: &mut ProviderSpec,
    look: &Lookup,
) -> Result<(), Missing> {
    for (i, k) in spec.keys.iter_mut().enumerate() {
        *k = one(&format!("{section}.{name}.keys[{i}]"), k, look)?;
    }
    for (var, v) in spec.extras.iter_mut() {
        *v = one(&format!("{section}.{name}.{var}"), v, look)?;
    }
    Ok(())
}

/// The file with every reference replaced by its value.
pub fn resolve(desired: &Desired, look: &Lookup) -> Result<Desired, Missing> {
    let mut out = desired.clone();
    for (section, map) in [
        ("providers", out.providers.as_mut()),
        ("openaiCompatible", out.compatible.as_mut()),
    ] {
        for (id, spec) in map.into_iter().flatten() {
            provider(section, id, spec, look)?;
        }
    }
    if let Some(keys) = out.gateway_keys.as_mut().and_then(|k| k.keys.as_mut()) {
        for (name, k) in keys.iter_mut() {
            k.value = one(&format!("gatewayKeys.keys.{name}.value"), &k.value, look)?;
        }
    }
    if let Some(p) = out.console.as_mut().and_then(|c| c.password.as_mut()) {
        *p = one("console.password", p, look)?;
    }
    Ok(out)
}
