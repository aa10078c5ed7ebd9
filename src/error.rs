//! User-facing failures: what went wrong, and what to do next.
//!
//! Each layer has its own typed error with a hint: [`EngineError`] (the Docker engine),
//! [`EditError`] (the edit engine) and [`UserError`] (input, and everything a command
//! decides). `run()` prints the message once and the first hint found along the chain, and
//! exits with [`exit_code`].
//!
//! Exit codes: 0 success; 1 a failure (the engine, an edit, the input, the gateway);
//! 2 a usage error (clap's, and a value given without its flag).

use std::fmt;

pub use crate::edit::EditError;
pub use crate::engine::EngineError;

/// Exit code of a failed command.
pub const FAILURE: i32 = 1;
/// Exit code of a command line that does not parse.
pub const USAGE: i32 = 2;

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

/// The first hint found along an error's chain, whichever layer it comes from.
pub fn hint_of(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|e| {
        if let Some(u) = e.downcast_ref::<UserError>() {
            u.hint.as_deref()
        } else if let Some(e) = e.downcast_ref::<EngineError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<EditError>() {
            e.hint()
        } else {
            None
        }
    })
}

/// The exit code for a failed command (usage errors are clap's, before this).
pub fn exit_code(_err: &anyhow::Error) -> i32 {
    FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_found_in_every_layer() {
        let e = fail_hint("no", "do this");
        assert_eq!(hint_of(&e), Some("do this"));
        assert_eq!(hint_of(&fail("no")), None);
        let e: anyhow::Error = EngineError::NotRunning("g".into()).into();
        assert_eq!(hint_of(&e), Some("start it with `get-ai-gateway start`"));
        let e: anyhow::Error = EditError::Locked("busy".into()).into();
        assert!(hint_of(&e).is_some_and(|h| h.contains("try again")));
        let e = anyhow::Error::from(EditError::NotWritable("ro".into())).context("config add");
        assert!(hint_of(&e).is_some_and(|h| h.contains("writable")));
        assert_eq!(exit_code(&e), FAILURE);
    }
}
