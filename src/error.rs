//! User-facing failures: what went wrong, and what to do next.
//!
//! Each layer has its own typed error with a hint: `engine::EngineError` (the Docker
//! engine), `edit::EditError` (the edit engine) and [`UserError`] (input, and everything a
//! command decides). This module is the bottom of the house: it imports no other layer.
//! `app::run()` prints the message once and the first hint found along the chain
//! (`ui::hint_of`, which knows every layer's error), and exits with [`ExitStatus::code`].
//!
//! Exit codes: 0 success; 1 a failure (the engine, an edit, the input, the gateway);
//! 2 a usage error (clap's, and a value given without its flag).

use std::fmt;

/// Exit code of a failed command.
pub const FAILURE: i32 = 1;
/// Exit code of a command line that does not parse.
pub const USAGE: i32 = 2;

/// How a command ended. `check` and `doctor` print their findings and return `Failure`
/// when there is one: a finding is not an error of the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    Failure,
}

impl ExitStatus {
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => FAILURE,
        }
    }
}

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

/// The hint of a [`UserError`] along an error's chain (`ui::hint_of` reads every layer's).
pub fn user_hint(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|e| {
        e.downcast_ref::<UserError>()
            .and_then(|u| u.hint.as_deref())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_hints_are_found_along_the_chain() {
        let e = fail_hint("no", "do this");
        assert_eq!(user_hint(&e), Some("do this"));
        assert_eq!(user_hint(&e.context("while doing that")), Some("do this"));
        assert_eq!(user_hint(&fail("no")), None);
        assert_eq!(ExitStatus::Failure.code(), FAILURE);
        assert_eq!(ExitStatus::Success.code(), 0);
    }
}
