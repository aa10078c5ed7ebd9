//! `completions <shell>`, generated from the clap command so it never drifts.

use clap_complete::{Shell, generate};

pub fn render(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::args::command();
    let mut out = Vec::new();
    generate(shell, &mut cmd, "get-ai-gateway", &mut out);
    out
}

pub fn print(shell: Shell) {
    use std::io::Write;
    let _ = std::io::stdout().write_all(&render(shell));
}

/// The checked-in file for each shell, under `completions/`.
#[cfg(test)]
const FILES: &[(Shell, &str)] = &[
    (Shell::Bash, "get-ai-gateway.bash"),
    (Shell::Zsh, "_get-ai-gateway"),
    (Shell::Fish, "get-ai-gateway.fish"),
    (Shell::PowerShell, "_get-ai-gateway.ps1"),
    (Shell::Elvish, "get-ai-gateway.elv"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The first line where two texts differ, for the failure message.
    fn first_difference(on_disk: &str, generated: &str) -> String {
        let mut old = on_disk.lines();
        let mut new = generated.lines();
        for n in 1.. {
            match (old.next(), new.next()) {
                (None, None) => break,
                (a, b) if a == b => {}
                (a, b) => {
                    return format!(
                        "line {n}:\n  checked in: {}\n  generated:  {}",
                        a.unwrap_or("<end of file>"),
                        b.unwrap_or("<end of file>")
                    );
                }
            }
        }
        "only in line endings".to_string()
    }

    /// Fails when a file under completions/ differs from what the binary prints.
    /// `GET_AI_GATEWAY_UPDATE_COMPLETIONS=1 cargo test completions` rewrites them instead.
    #[test]
    fn checked_in_completions_match_the_binary() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        let update =
            std::env::var_os("GET_AI_GATEWAY_UPDATE_COMPLETIONS").is_some_and(|v| v == "1");
        let mut stale = Vec::new();
        for (shell, file) in FILES {
            let path = dir.join(file);
            let generated = render(*shell);
            let on_disk = std::fs::read(&path).ok();
            if on_disk.as_deref() == Some(generated.as_slice()) {
                continue;
            }
            if update {
                std::fs::write(&path, &generated)
                    .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
                continue;
            }
            let why = match on_disk {
                None => "is missing".to_string(),
                Some(old) => format!(
                    "differs at {}",
                    first_difference(
                        &String::from_utf8_lossy(&old),
                        &String::from_utf8_lossy(&generated)
                    )
                ),
            };
            stale.push(format!(
                "completions/{file} {why}\n  (`get-ai-gateway completions {shell}` prints the current one)"
            ));
        }
        assert!(
            stale.is_empty(),
            "{}\n\nThe checked-in completions are stale; regenerate them with\n  \
             scripts/completions.sh\nor\n  GET_AI_GATEWAY_UPDATE_COMPLETIONS=1 cargo test completions",
            stale.join("\n")
        );
    }

    #[test]
    fn every_shell_has_a_checked_in_file() {
        use clap::ValueEnum;
        for shell in Shell::value_variants() {
            assert!(
                FILES.iter().any(|(s, _)| s == shell),
                "no completions/ file for {shell}"
            );
        }
    }
}
