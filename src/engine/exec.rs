//! Commands inside the container: attached execs with their streams and exit codes, and
//! single-file reads through the archive API.

use anyhow::{Context, Result};
use bollard::errors::Error as BollardError;
use bollard::exec::{CreateExecOptions, StartExecResults};
use bollard::query_parameters::{
    ContainerArchiveInfoOptionsBuilder, DownloadFromContainerOptionsBuilder,
};
use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt};

use super::archive::first_file_of;
use super::{Engine, EngineError, ExecOutput, FileData, api_error, exec_error, status_code};

impl Engine {
    /// Start a command with stdout and stderr (and stdin, when asked) attached.
    async fn attach(&self, name: &str, cmd: &[&str], stdin: bool) -> Result<ExecSession> {
        let created = self
            .api
            .create_exec(
                name,
                CreateExecOptions::<String> {
                    cmd: Some(cmd.iter().map(|s| s.to_string()).collect()),
                    attach_stdin: Some(stdin),
                    attach_stdout: Some(true),
                    attach_stderr: Some(true),
                    ..Default::default()
                },
            )
            .await
            .map_err(|e| exec_error(name, &e))?;
        match self
            .api
            .start_exec(&created.id, None)
            .await
            .map_err(|e| exec_error(name, &e))?
        {
            StartExecResults::Attached { output, input } => Ok(ExecSession {
                id: created.id,
                container: name.to_string(),
                output,
                input,
            }),
            StartExecResults::Detached => Err(EngineError::Api {
                action: format!("attach to a command in container {name}"),
                message: "the engine started it detached".into(),
            }
            .into()),
        }
    }

    /// Run a command in a running container and collect its output.
    pub async fn exec(&self, name: &str, cmd: &[&str]) -> Result<ExecOutput> {
        let mut session = self.attach(name, cmd, false).await?;
        let mut stdout = Vec::new();
        let mut stderr = Vec::new();
        while let Some(chunk) = session.next().await {
            match chunk? {
                Output::Stdout(b) => stdout.extend_from_slice(&b),
                Output::Stderr(b) => stderr.extend_from_slice(&b),
            }
        }
        Ok(ExecOutput {
            code: self.exec_code(&session).await?,
            stdout,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        })
    }

    /// Start a command with its standard streams attached, for a conversation or a stream.
    pub async fn exec_session(&self, name: &str, cmd: &[&str]) -> Result<ExecSession> {
        self.attach(name, cmd, true).await
    }

    /// Start a command whose output is read as it comes (`logs --access -f`).
    pub async fn exec_stream(&self, name: &str, cmd: &[&str]) -> Result<ExecSession> {
        self.attach(name, cmd, false).await
    }

    /// The exit code of a finished exec.
    pub async fn exec_code(&self, session: &ExecSession) -> Result<i64> {
        let inspected = self
            .api
            .inspect_exec(&session.id)
            .await
            .map_err(|e| exec_error(&session.container, &e))?;
        Ok(inspected.exit_code.unwrap_or(-1))
    }

    /// Whether a path exists in the container (no exec needed).
    pub async fn path_exists(&self, name: &str, path: &str) -> Result<bool> {
        let options = ContainerArchiveInfoOptionsBuilder::default()
            .path(path)
            .build();
        match self
            .api
            .get_container_archive_info(name, Some(options))
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if status_code(&e) == Some(404) => Ok(false),
            Err(e) => Err(api_error(format!("look at {path} in container {name}"), &e)),
        }
    }

    /// Read one regular file from the container; None when it does not exist.
    pub async fn read_file(&self, name: &str, path: &str) -> Result<Option<FileData>> {
        let options = DownloadFromContainerOptionsBuilder::default()
            .path(path)
            .build();
        let chunks: Vec<Bytes> = match self
            .api
            .download_from_container(name, Some(options))
            .try_collect()
            .await
        {
            Ok(c) => c,
            Err(e) if status_code(&e) == Some(404) => return Ok(None),
            Err(e) => {
                return Err(api_error(format!("read {path} from container {name}"), &e));
            }
        };
        let archive: Vec<u8> = chunks.concat();
        first_file_of(&archive).with_context(|| format!("cannot read {path} from container {name}"))
    }
}

/// Output of an attached command.
pub enum Output {
    Stdout(Bytes),
    Stderr(Bytes),
}

type LogStream = std::pin::Pin<
    Box<dyn Stream<Item = Result<bollard::container::LogOutput, BollardError>> + Send>,
>;

/// A running command with its standard streams.
pub struct ExecSession {
    id: String,
    container: String,
    output: LogStream,
    input: std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>,
}

impl ExecSession {
    /// The next piece of output; None when the command closed its output.
    pub async fn next(&mut self) -> Option<Result<Output>> {
        use bollard::container::LogOutput;
        let item = self.output.next().await?;
        Some(match item {
            Ok(LogOutput::StdErr { message }) => Ok(Output::Stderr(message)),
            Ok(LogOutput::StdOut { message } | LogOutput::Console { message }) => {
                Ok(Output::Stdout(message))
            }
            Ok(LogOutput::StdIn { .. }) => Ok(Output::Stdout(Bytes::new())),
            Err(e) => Err(exec_error(&self.container, &e)),
        })
    }

    pub async fn send(&mut self, bytes: &[u8]) -> Result<()> {
        use tokio::io::AsyncWriteExt;
        let failed = |e: std::io::Error| -> anyhow::Error {
            EngineError::Api {
                action: format!("send data to a command in container {}", self.container),
                message: e.to_string(),
            }
            .into()
        };
        self.input.write_all(bytes).await.map_err(failed)?;
        self.input.flush().await.map_err(failed)
    }

    /// Close the command's standard input.
    pub async fn close_input(&mut self) {
        use tokio::io::AsyncWriteExt;
        let _ = self.input.shutdown().await;
    }
}
