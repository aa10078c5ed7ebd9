//! User-facing failures: what went wrong, and what to do next.

use std::fmt;

/// An error whose message is written for the user, with an optional next step.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A failure with a message only.
pub fn fail(message: impl Into<String>) -> anyhow::Error {
    UserError {
        message: message.into(),
        hint: None,
    }
    .into()
}

/// A failure with a message and what to do next.
pub fn fail_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    UserError {
        message: message.into(),
        hint: Some(hint.into()),
    }
    .into()
}

/// The first hint found along an error's chain.
pub fn hint_of(err: &anyhow::Error) -> Option<&str> {
    err.chain()
        .find_map(|e| e.downcast_ref::<UserError>())
        .and_then(|u| u.hint.as_deref())
}

/// `bail!`-like shorthand: `return Err(fail_hint(...))`.
#[macro_export]
macro_rules! bail_hint {
    ($hint:expr, $($msg:tt)+) => {
        return Err($crate::error::fail_hint(format!($($msg)+), $hint))
    };
}
