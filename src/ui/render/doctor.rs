//! `doctor`'s human output: one line per check, `ok` / `warn` / `fail`, and the fix under
//! each one that is not ok.

use crate::domain::ops::doctor::{Level, Row};

/// The report, one line per check.
pub fn doctor(rows: &[Row]) -> String {
    let width = rows.iter().map(|r| r.check.len()).max().unwrap_or(0);
    let mut out = Vec::new();
    for r in rows {
        let tag = match r.level {
            Level::Ok => "ok  ",
            Level::Warn => "warn",
            Level::Fail => "fail",
        };
        out.push(format!("{tag}  {:<width$}  {}", r.check, r.detail));
        if let Some(fix) = &r.fix {
            out.push(format!("      {:<width$}  fix: {fix}", ""));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_check_and_the_fix_under_a_failure() {
        let rows = [
            Row {
                check: "engine",
                level: Level::Ok,
                detail: "Docker Engine 26.1.5 (API 1.45) at unix:///var/run/docker.sock (the default socket)".into(),
                fix: None,
            },
            Row {
                check: "port",
                level: Level::Fail,
                detail: "8080 is used by another program".into(),
                fix: Some("stop that program, or start the gateway with --http-port PORT".into()),
            },
            Row {
                check: "inotify",
                level: Level::Warn,
                detail: "max_user_instances 100, max_user_watches 65536: a busy machine may run out".into(),
                fix: Some("sudo sysctl …".into()),
            },
        ];
        insta::assert_snapshot!(doctor(&rows), @r"
        ok    engine   Docker Engine 26.1.5 (API 1.45) at unix:///var/run/docker.sock (the default socket)
        fail  port     8080 is used by another program
                       fix: stop that program, or start the gateway with --http-port PORT
        warn  inotify  max_user_instances 100, max_user_watches 65536: a busy machine may run out
                       fix: sudo sysctl …
        ");
    }
}
