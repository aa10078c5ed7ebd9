//! `completions <shell>`, generated from the clap command so it never drifts.

use clap_complete::{Shell, generate};

pub fn render(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::command();
    let mut out = Vec::new();
    generate(shell, &mut cmd, "get-ai-gateway", &mut out);
    out
}

pub fn print(shell: Shell) {
    use std::io::Write;
    let _ = std::io::stdout().write_all(&render(shell));
}
