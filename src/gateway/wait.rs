//! Readiness as data: what to wait for, in order, polled until a deadline.

use std::time::{Duration, Instant};

use anyhow::Result;

use super::{Gateway, existing};
use crate::error::fail_hint;

/// One condition of readiness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitFor {
    /// These files exist in the container (the config template has run).
    Files(Vec<&'static str>),
    /// Something answers HTTP on the gateway's published port (skipped for remote engines).
    HttpPort,
}

impl WaitFor {
    fn describe(&self) -> &'static str {
        match self {
            WaitFor::Files(_) => "Waiting for the gateway's configuration",
            WaitFor::HttpPort => "Configuration written; waiting for the gateway port",
        }
    }

    async fn reached(&self, gateway: &Gateway) -> Result<bool> {
        match self {
            WaitFor::Files(paths) => {
                for path in paths {
                    if !gateway.engine().path_exists(gateway.name(), path).await? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            WaitFor::HttpPort => {
                Ok(!gateway.engine().local || gateway.answers(Duration::from_millis(800)).await)
            }
        }
    }
}

/// What [`until_ready`] reports as it goes; `ui::waiting()` shows it as a spinner.
#[derive(Debug, Clone, PartialEq)]
pub enum WaitEvent {
    /// The wait begins.
    Begin(&'static str),
    /// One condition holds; the next one is described.
    Step(&'static str),
    /// All conditions hold, after this many seconds.
    Ready(f64),
    /// The wait gives up (an error follows).
    GaveUp,
}

/// The gateway's readiness: the template's files, then the HTTP port.
fn gateway_ready() -> Vec<WaitFor> {
    vec![
        WaitFor::Files(vec![super::AI_PROXY, super::MODEL_ROUTER]),
        WaitFor::HttpPort,
    ]
}

/// Wait until the gateway is ready ([`gateway_ready`]): poll each condition in turn until
/// all hold, the container stops, or `timeout_secs` pass.
pub async fn until_ready(
    gateway: &mut Gateway,
    timeout_secs: u64,
    progress: &mut dyn FnMut(WaitEvent),
) -> Result<()> {
    let steps = gateway_ready();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(timeout_secs);
    progress(WaitEvent::Begin("Waiting for the gateway to become ready"));
    let mut step = 0;
    let restarts = gateway.info.restart_count;
    loop {
        gateway.info = existing(&gateway.engine, gateway.name()).await?;
        let info = gateway.info();
        let crashed = info.restart_count > restarts;
        if crashed || (!info.running && info.status != "restarting" && info.status != "created") {
            progress(WaitEvent::GaveUp);
            let logs = gateway.last_log_lines(20).await;
            return Err(fail_hint(
                format!(
                    "the gateway container {} {} while starting ({}).\nLast log lines:\n{}",
                    info.name,
                    if crashed {
                        "exited and was restarted"
                    } else {
                        "stopped"
                    },
                    info.status,
                    logs.trim_end()
                ),
                "fix the cause shown in the logs, then run `get-ai-gateway start` again",
            ));
        }
        while info.running && step < steps.len() && steps[step].reached(gateway).await? {
            step += 1;
            if let Some(next) = steps.get(step) {
                progress(WaitEvent::Step(next.describe()));
            }
        }
        if step == steps.len() {
            progress(WaitEvent::Ready(started.elapsed().as_secs_f64()));
            return Ok(());
        }
        if Instant::now() >= deadline {
            progress(WaitEvent::GaveUp);
            let logs = gateway.last_log_lines(20).await;
            let name = gateway.name();
            return Err(fail_hint(
                format!(
                    "the gateway was not ready after {timeout_secs} s (the container is left \
                     running for inspection).\nLast log lines:\n{}",
                    logs.trim_end()
                ),
                format!(
                    "look at `get-ai-gateway logs`, wait longer with --wait-timeout, or remove it \
                     with `get-ai-gateway delete --force --container-name {name}`"
                ),
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
