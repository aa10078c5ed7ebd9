//! Parse the command line, run the command, print an error once, return the exit code.

use clap::Parser;

use crate::cli::{Cli, with_default_command};
use crate::error::{USAGE, exit_code, hint_of};

pub fn run() -> i32 {
    let args = with_default_command(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            if stray_value(&e) {
                // clap would quote the value, and a stray value is often a key without its flag.
                eprintln!(
                    "error: unexpected value on the command line (not shown: it may be a key)\n\n\
                     Every value needs its flag, e.g. --dashscope-key KEY.\n\n\
                     For more information, try '--help'."
                );
                return USAGE;
            }
            let _ = e.print();
            return e.exit_code();
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return crate::error::FAILURE;
        }
    };
    match runtime.block_on(crate::commands::dispatch(cli)) {
        Ok(()) => 0,
        Err(err) => {
            let red = console::style("error:").red().bold().for_stderr();
            eprintln!("{red} {err:#}");
            if let Some(hint) = hint_of(&err) {
                let label = console::style("hint:").cyan().bold().for_stderr();
                eprintln!("{label} {hint}");
            }
            exit_code(&err)
        }
    }
}

/// An unknown argument that is not a flag: a value given without its flag.
fn stray_value(e: &clap::Error) -> bool {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    e.kind() == ErrorKind::UnknownArgument
        && matches!(
            e.get(ContextKind::InvalidArg),
            Some(ContextValue::String(arg)) if !arg.starts_with('-')
        )
}
