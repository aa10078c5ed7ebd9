//! `logs`: the container's output, or the gateway's access log.

use std::io::Write;

use anyhow::Result;
use futures_util::StreamExt;

use crate::args::{GlobalArgs, LogsArgs};
use crate::engine::Output;
use crate::gateway::{self, Gateway, Need};

pub async fn run(global: &GlobalArgs, args: &LogsArgs) -> Result<()> {
    let need = if args.access {
        Need::Running
    } else {
        Need::Exists
    };
    let gw = Gateway::connect(&global.container_name, need).await?;
    let (engine, name) = (gw.engine(), gw.name());
    let mut out = std::io::stdout().lock();
    // With the observability suite off the gateway writes no file: the same lines go to
    // the container's output, so show that and say so.
    let access = args.access && engine.path_exists(name, gateway::ACCESS_LOG).await?;
    if args.access && !access {
        eprintln!(
            "note: {} does not exist (the gateway's observability suite is off); showing the \
             container's output, where the access log lines go then",
            gateway::ACCESS_LOG
        );
    }
    if access {
        let tail = args.tail.unwrap_or(100).to_string();
        let mut cmd = vec!["tail", "-n", tail.as_str()];
        if args.follow {
            cmd.push("-F");
        }
        cmd.push(gateway::ACCESS_LOG);
        let mut session = engine.exec_stream(name, &cmd).await?;
        while let Some(chunk) = session.next().await {
            match chunk? {
                Output::Stdout(b) => {
                    if write_or_stop(&mut out, &b) {
                        break;
                    }
                }
                Output::Stderr(b) => eprint!("{}", String::from_utf8_lossy(&b)),
            }
        }
        return Ok(());
    }
    let mut stream = Box::pin(engine.logs(name, args.follow, args.tail));
    while let Some(chunk) = stream.next().await {
        if write_or_stop(&mut out, &chunk?) {
            break;
        }
    }
    Ok(())
}

/// Write a chunk; true when the reader went away (a closed pipe is not an error).
fn write_or_stop(out: &mut impl Write, bytes: &[u8]) -> bool {
    out.write_all(bytes).and_then(|_| out.flush()).is_err()
}
