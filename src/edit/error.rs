//! Failures of the edit engine, each with what to do next.

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("the gateway's files are locked: {0}")]
    Locked(String),
    #[error("cannot change the gateway's files: {0}; nothing was changed")]
    NotWritable(String),
    /// The commit failed and the previous files were put back.
    #[error("{0}")]
    CommitFailed(String),
    #[error("changing the gateway's files failed (exit {code}): {message}")]
    Failed { code: i64, message: String },
    #[error("cannot read the gateway's files (exit {code}): {message}")]
    Read { code: i64, message: String },
    /// The in-container script answered something this version does not understand.
    #[error("unexpected output from the edit script: {0}")]
    Protocol(String),
    #[error("{0} is outside /data")]
    OutsideData(String),
    #[error("internal error: {0} was written without being read")]
    NotRead(String),
}

impl EditError {
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            EditError::Locked(_) => {
                Some("another get-ai-gateway command is changing them; try again in a moment")
            }
            EditError::NotWritable(_) => {
                Some("make the data folder writable inside the container, then try again")
            }
            EditError::Protocol(_) => Some(
                "the container's shell tools answered unexpectedly; check that the image \
                 provides sh, stat, cat, tar and mv",
            ),
            _ => None,
        }
    }
}
