//! With no command, or global options first, the command is `start`, as in the script.

use std::ffi::OsString;

const SUBCOMMANDS: &[&str] = &[
    "check",
    "doctor",
    "start",
    "stop",
    "delete",
    "status",
    "keys",
    "redis",
    "mcp",
    "console",
    "logs",
    "route",
    "config",
    "backup",
    "restore",
    "upgrade",
    "export",
    "apply",
    "diff",
    "schema",
    "plugin",
    "skills",
    "usage",
    "sessions",
    "tracing",
    "metrics",
    "dashboard",
    "completions",
    "help",
];

/// Global options that take a value (`--context NAME`, …).
const GLOBAL_VALUED: &[&str] = &["--container-name", "--data-folder", "--context"];

/// With no command, or options first, the command is `start` (as in the script); global
/// options may come before a command (`--context ctx2 status`).
pub fn with_default_command(args: Vec<OsString>) -> Vec<OsString> {
    let mut args = args;
    let mut i = 1;
    let first = loop {
        let Some(arg) = args.get(i).map(|a| a.to_string_lossy().into_owned()) else {
            break None;
        };
        if GLOBAL_VALUED.contains(&arg.as_str()) {
            i += 2;
        } else if GLOBAL_VALUED
            .iter()
            .any(|g| arg.starts_with(&format!("{g}=")))
            || matches!(arg.as_str(), "--non-interactive" | "--batch")
        {
            i += 1;
        } else {
            break Some(arg);
        }
    };
    let insert = match first.as_deref() {
        None => true,
        Some("-h" | "--help" | "-V" | "--version") => false,
        Some(a) if a.starts_with('-') => true,
        Some(a) => !SUBCOMMANDS.contains(&a),
    };
    if insert {
        args.insert(1.min(args.len()), OsString::from("start"));
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_subcommand_is_taken_as_a_command_not_as_start() {
        for sub in crate::args::Cli::command().get_subcommands() {
            let name = sub.get_name();
            let args = with_default_command(vec!["gag".into(), name.into()]);
            assert_eq!(
                args[1],
                OsString::from(name),
                "{name} became `start {name}`"
            );
        }
    }
}
