//! The Redis container beside a gateway (`start --redis`), as backup, restore and upgrade
//! handle it: it is asked to `SAVE` before a backup, stopped while the data folder is
//! swapped and started again on the new one, and waited for until it answers.
//!
//! Redis is spoken to from inside the gateway container, over bash's `/dev/tcp` (any Redis
//! image, no `redis-cli` needed). The password is read there from the mounted
//! `secrets/redis.conf` by shell builtins: it is on no command line, in no environment and
//! in no output.

use std::time::{Duration, Instant};

use anyhow::Result;

use super::Gateway;
use crate::domain::live::redis;
use crate::engine::Engine;
use crate::error::fail_hint;

/// How long Redis has to answer after a start.
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(60);

/// Authenticate with the password of the conf file `$1` (when it has one), send the
/// command `$4` to `$2:$3` and print the first line of the reply. Exit 9: no connection,
/// 8: no reply in `$5` seconds, 7: the authentication was refused.
const ASK: &str = r#"pw=
if [ -r "$1" ]; then
  while read -r k v; do [ "$k" = requirepass ] && pw=$v; done < "$1"
fi
exec 3<>"/dev/tcp/$2/$3" || exit 9
if [ -n "$pw" ]; then
  printf 'AUTH %s\r\n' "$pw" >&3
  read -r -t 5 a <&3 || exit 8
  case $a in +OK*) ;; *) printf '%s\n' "${a%$'\r'}"; exit 7 ;; esac
fi
printf '%s\r\n' "$4" >&3
read -r -t "$5" a <&3 || exit 8
printf '%s\n' "${a%$'\r'}""#;

/// The first line of Redis's reply to `command`, sent from inside the gateway to the Redis
/// beside it; None when it cannot be reached or does not answer in `seconds`.
async fn ask(gw: &Gateway, command: &str, seconds: u64) -> Result<Option<String>> {
    let host = redis::container_name(gw.name());
    let (port, wait) = (redis::PORT.to_string(), seconds.to_string());
    let conf = redis::conf_path();
    let cmd = [
        "bash", "-c", ASK, "gag", &conf, &host, &port, command, &wait,
    ];
    let out = gw.engine().exec(gw.name(), &cmd).await?;
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(match out.code {
        0 | 7 => Some(line),
        _ => None,
    })
}

/// Whether a TCP connection from inside the gateway container to `host:port` succeeds
/// (bash's /dev/tcp; the host and port are arguments, never part of the script).
pub async fn reachable(engine: &Engine, gateway: &str, host: &str, port: u16) -> bool {
    let port = port.to_string();
    let script = "exec 3<>\"/dev/tcp/$1/$2\"";
    let cmd = ["bash", "-c", script, "gag", host, &port];
    engine.exec(gateway, &cmd).await.is_ok_and(|o| o.code == 0)
}

/// Whether the Redis container beside the gateway `gateway` exists and runs.
pub async fn running_beside(engine: &Engine, gateway: &str) -> Result<bool> {
    let name = redis::container_name(gateway);
    Ok(engine.inspect(&name).await?.is_some_and(|i| i.running))
}

/// Stop the Redis beside `gateway` when it runs (Redis writes its dump as it stops);
/// whether it ran.
pub async fn pause(engine: &Engine, gateway: &str) -> Result<bool> {
    if !running_beside(engine, gateway).await? {
        return Ok(false);
    }
    engine.stop(&redis::container_name(gateway), 10).await?;
    Ok(true)
}

/// Start the Redis beside the gateway (when it is not running) and wait until it answers
/// `PING` from inside the gateway, which must run; how long that took.
pub async fn start_and_wait(gw: &Gateway) -> Result<Duration> {
    let begun = Instant::now();
    let name = redis::container_name(gw.name());
    if !running_beside(gw.engine(), gw.name()).await? {
        gw.engine().start(&name).await?;
    }
    let deadline = begun + ANSWER_TIMEOUT;
    let mut last = None;
    while Instant::now() < deadline {
        match ask(gw, "PING", 5).await {
            Ok(Some(a)) if a.starts_with("+PONG") => return Ok(begun.elapsed()),
            Ok(other) => last = other,
            Err(e) => last = Some(format!("{e:#}")),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let said = last.map_or("no answer".to_string(), |a| format!("last: {a}"));
    Err(fail_hint(
        format!(
            "Redis {name}:{} did not answer PING from the gateway within {} s ({said})",
            redis::PORT,
            ANSWER_TIMEOUT.as_secs()
        ),
        format!("see its output with `docker logs {name}`, or `get-ai-gateway redis status`"),
    ))
}

/// What became of Redis's dump when a backup was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dump {
    /// No Redis container beside the gateway (or it is stopped: its dump is as it left it).
    NoRedis,
    /// Redis saved its dump (`SAVE`) just before the copy.
    Saved,
    /// Redis runs but did not save: the copy holds its last dump, if any.
    NotSaved(String),
}

/// Ask the running Redis beside the gateway to write its dump (`SAVE`, which returns
/// once `redis/dump.rdb` is complete), so that a backup holds what Redis holds now.
pub async fn save(gw: &Gateway) -> Result<Dump> {
    if !running_beside(gw.engine(), gw.name()).await? {
        return Ok(Dump::NoRedis);
    }
    Ok(match ask(gw, "SAVE", 60).await? {
        Some(a) if a.starts_with("+OK") => Dump::Saved,
        Some(a) => Dump::NotSaved(format!("it answered {a}")),
        None => Dump::NotSaved("it did not answer from the gateway".to_string()),
    })
}
