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

/// The checked-in file for each shell, under `completions/`.
pub const FILES: &[(Shell, &str)] = &[
    (Shell::Bash, "get-ai-gateway.bash"),
    (Shell::Zsh, "_get-ai-gateway"),
    (Shell::Fish, "get-ai-gateway.fish"),
    (Shell::PowerShell, "_get-ai-gateway.ps1"),
    (Shell::Elvish, "get-ai-gateway.elv"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_in_completions_match_the_binary() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        for (shell, file) in FILES {
            let on_disk = std::fs::read(dir.join(file)).unwrap_or_default();
            assert!(
                on_disk == render(*shell),
                "completions/{file} differs from `get-ai-gateway completions {shell}`; \
                 regenerate with scripts/completions.sh"
            );
        }
    }
}
