//! The documents name only commands and flags that exist.
//!
//! The documents: README.md, CONTRIBUTING.md, every `docs/**/*.md` and every
//! `skills/*/SKILL.md`. A command line is a `get-ai-gateway …` line in a fenced block (a `$ `
//! prompt removed, continuation lines joined, and each inline code span of an output line) or
//! an inline code span (a span may wrap across the lines of a paragraph). As in the skills'
//! drift check (`skills.rs`), `NAME=value` assignments may come first and `|`, `;`, `&` and
//! `#` end a command.
//!
//! Each line is walked through the real binary's help, as clap would walk it: a word is a
//! subcommand while the command reached has subcommands; an option of that level is skipped
//! (with its value when its help shows `--flag <VALUE>`); a root-level flag the root does not
//! know goes to `start`, the default command; a placeholder (`<command>`, `[…]`, `…`) ends the
//! walk. Then:
//! - for each distinct command path, `get-ai-gateway <path…> --help` exits 0;
//! - every `--flag` on the line appears in the help of the command it was written after.
//!
//! Only `--help` runs: no Docker engine is needed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::BIN;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The documents, as (path relative to the repository, text).
fn documents() -> Vec<(String, String)> {
    fn markdown_under(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                markdown_under(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let root = Path::new(ROOT);
    let mut paths = vec![root.join("README.md"), root.join("CONTRIBUTING.md")];
    markdown_under(&root.join("docs"), &mut paths);
    for skill in std::fs::read_dir(root.join("skills"))
        .expect("skills/")
        .flatten()
    {
        paths.push(skill.path().join("SKILL.md"));
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            let name = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            (name, text)
        })
        .collect()
}

/// The inline code spans of `text` (single backticks).
fn spans(text: &str) -> impl Iterator<Item = &str> {
    text.split('`').skip(1).step_by(2)
}

/// Code in a markdown `text`, each with the number of the line it starts on: each line of a
/// fenced block (continuation lines joined, a `$ ` prompt removed) and the inline code spans
/// in it, and the inline code spans of each paragraph outside fences.
fn code_pieces(text: &str) -> Vec<(usize, String)> {
    let mut pieces = Vec::new();
    let mut in_fence = false;
    let mut pending: Option<(usize, String)> = None;
    let mut paragraph: Option<(usize, String)> = None;
    let flush = |paragraph: &mut Option<(usize, String)>, pieces: &mut Vec<(usize, String)>| {
        if let Some((at, text)) = paragraph.take() {
            pieces.extend(spans(&text).map(|s| (at, s.to_string())));
        }
    };
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut pieces);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            let (at, mut joined) = pending.take().unwrap_or((n, String::new()));
            match line.strip_suffix('\\') {
                Some(head) => {
                    joined.push_str(head);
                    pending = Some((at, joined));
                }
                None => {
                    joined.push_str(line);
                    let body = joined.trim_start();
                    let body = body.strip_prefix("$ ").unwrap_or(body);
                    pieces.extend(spans(body).map(|s| (at, s.to_string())));
                    pieces.push((at, body.to_string()));
                }
            }
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut pieces);
        } else {
            let (at, mut joined) = paragraph.take().unwrap_or((n, String::new()));
            joined.push(' ');
            joined.push_str(line);
            paragraph = Some((at, joined));
        }
    }
    flush(&mut paragraph, &mut pieces);
    pieces
}

/// Shell words of one line, split into commands at unquoted `|`, `;` and `&`; a `#` word
/// ends the line. Quotes are removed. (The lexer of the skills' drift check.)
fn commands(line: &str) -> Vec<Vec<String>> {
    let (mut out, mut words, mut word) = (Vec::new(), Vec::new(), String::new());
    let (mut quote, mut in_word) = (None, false);
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => (quote, in_word) = (Some(c), true),
            (None, '#') if !in_word => break,
            (None, c) if c.is_whitespace() || matches!(c, '|' | ';' | '&') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
                if !c.is_whitespace() && !words.is_empty() {
                    out.push(std::mem::take(&mut words));
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    if !words.is_empty() {
        out.push(words);
    }
    out
}

/// The arguments after `get-ai-gateway` when `words` run it (after any `NAME=value`
/// assignments); `None` otherwise.
fn gateway_args(words: &[String]) -> Option<&[String]> {
    let at = words.iter().position(|w| {
        !w.split_once('=').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    })?;
    let prog = &words[at];
    let runs =
        prog == "get-ai-gateway" || (prog.ends_with("/get-ai-gateway") && !prog.contains("://"));
    runs.then(|| &words[at + 1..])
}

/// A word that stands for something: `<provider>`, `[--host H]`, `…`.
fn placeholder(word: &str) -> bool {
    word.starts_with(['<', '[', '{']) || word.contains('…') || word.contains("...")
}

/// A `--flag` written as a word (also inside `[--flag …]`), without `=value`; `None` for other
/// words and for placeholders such as `--<name>-key`.
fn flag_of(word: &str) -> Option<&str> {
    let word = word.trim_start_matches('[').trim_end_matches(']');
    let flag = word.strip_prefix("--")?.split('=').next()?;
    let plain = !flag.is_empty() && flag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    plain.then_some(flag)
}

/// The real binary's help, one run per command path.
#[derive(Default)]
struct Cli {
    helps: BTreeMap<Vec<String>, Result<String, String>>,
}

impl Cli {
    /// The `--help` output of `path`, or why it failed.
    fn help(&mut self, path: &[String]) -> Result<&str, &str> {
        let out = self.helps.entry(path.to_vec()).or_insert_with(|| {
            let out = Command::new(BIN)
                .args(path)
                .arg("--help")
                .env("NO_COLOR", "1")
                .output()
                .expect("run the binary");
            let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
            if out.status.success() {
                Ok(stdout)
            } else {
                let stderr = String::from_utf8_lossy(&out.stderr);
                Err(format!("exit {:?}: {}", out.status.code(), stderr.trim()))
            }
        });
        out.as_ref().map(String::as_str).map_err(String::as_str)
    }
}

/// The subcommands listed under `Commands:` in a help text.
fn subcommands(help: &str) -> Vec<&str> {
    help.lines()
        .skip_while(|l| l.trim_end() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l[2..].starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
}

/// Whether a help text lists `--flag` (as an option or an alias), and whether it takes a value.
fn option_in(help: &str, flag: &str) -> Option<bool> {
    let needle = format!("--{flag}");
    help.match_indices(&needle).find_map(|(i, _)| {
        let rest = &help[i + needle.len()..];
        let ends = rest
            .chars()
            .next()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '-'));
        ends.then(|| rest.starts_with(" <") || rest.starts_with("=<"))
    })
}

/// The command path `args` name, and the problems of the line.
fn walk(cli: &mut Cli, args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut path: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(word) = args.get(i) {
        let help = match cli.help(&path) {
            Ok(help) => help.to_string(),
            Err(_) => break,
        };
        let subs = subcommands(&help);
        if subs.is_empty() {
            break;
        }
        if let Some(flag) = flag_of(word) {
            match option_in(&help, flag) {
                Some(takes_value) => i += if takes_value { 2 } else { 1 },
                None if path.is_empty() => {
                    // Not a root option: the flags of `start`, the default command.
                    path.push("start".into());
                    break;
                }
                None => break,
            }
            continue;
        }
        if word.starts_with('-') || placeholder(word) {
            break;
        }
        if !subs.contains(&word.as_str()) && takes_a_value(&help) {
            // A command with subcommands and its own argument (`keys quota NAME --set N`).
            break;
        }
        if !subs.contains(&word.as_str()) {
            let at = if path.is_empty() {
                String::new()
            } else {
                format!(" under `{}`", path.join(" "))
            };
            return (path, vec![format!("no command {word:?}{at}")]);
        }
        path.push(word.clone());
        i += 1;
    }
    let name = |path: &[String]| {
        if path.is_empty() {
            "get-ai-gateway".to_string()
        } else {
            path.join(" ")
        }
    };
    let help = match cli.help(&path) {
        Ok(help) => help.to_string(),
        Err(why) => {
            return (
                path.clone(),
                vec![format!("`{} --help`: {why}", name(&path))],
            );
        }
    };
    let problems = args
        .iter()
        .filter_map(|w| flag_of(w))
        .filter(|flag| option_in(&help, flag).is_none())
        .map(|flag| format!("{} has no --{flag}", name(&path)))
        .collect();
    (path, problems)
}

/// (the command paths named in `text`, with how many lines name them; the problems).
fn report(cli: &mut Cli, name: &str, text: &str) -> (BTreeMap<String, usize>, Vec<String>) {
    let (mut paths, mut problems) = (BTreeMap::new(), Vec::new());
    for (line, piece) in code_pieces(text) {
        for words in commands(&piece) {
            let Some(args) = gateway_args(&words) else {
                continue;
            };
            let (path, found) = walk(cli, args);
            *paths.entry(path.join(" ")).or_insert(0) += 1;
            problems.extend(
                found
                    .into_iter()
                    .map(|p| format!("{name}:{line}: `{}`: {p}", words.join(" "))),
            );
        }
    }
    (paths, problems)
}

#[test]
fn every_command_and_flag_named_in_the_docs_exists() {
    let mut cli = Cli::default();
    let (mut paths, mut problems) = (BTreeMap::<String, usize>::new(), Vec::new());
    let docs = documents();
    for (name, text) in &docs {
        let (found, p) = report(&mut cli, name, text);
        // docs/architecture.md describes the code, not the commands.
        assert!(
            !found.is_empty() || name.ends_with("architecture.md"),
            "{name}: no get-ai-gateway command line found"
        );
        for (path, n) in found {
            *paths.entry(path).or_insert(0) += n;
        }
        problems.extend(p);
    }
    eprintln!(
        "{} documents, {} command lines, {} distinct commands: {}",
        docs.len(),
        paths.values().sum::<usize>(),
        paths.len(),
        paths.keys().cloned().collect::<Vec<_>>().join(", ")
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The scanner finds the docs' commands: every command of the CLI but `help` is named.
    let named: BTreeSet<&str> = paths.keys().filter_map(|p| p.split(' ').next()).collect();
    let help = cli.help(&[]).expect("root help").to_string();
    let missing: Vec<&str> = subcommands(&help)
        .into_iter()
        .filter(|c| *c != "help" && !named.contains(c))
        .collect();
    assert!(missing.is_empty(), "no document names {missing:?}");
}

/// Whether a usage line of `help` takes an argument besides its options and subcommand
/// (`Usage: get-ai-gateway keys quota [OPTIONS] [NAME]`).
fn takes_a_value(help: &str) -> bool {
    let usage = help
        .lines()
        .skip_while(|l| !l.starts_with("Usage:"))
        .take_while(|l| !l.trim().is_empty());
    usage
        .flat_map(str::split_whitespace)
        .filter(|w| w.starts_with('[') || w.starts_with('<'))
        .any(|w| !matches!(w, "[OPTIONS]" | "<COMMAND>" | "[COMMAND]"))
}

#[test]
fn the_docs_check_catches_what_does_not_exist() {
    let mut cli = Cli::default();
    let cases = [
        ("`get-ai-gateway frobnicate`", "no command \"frobnicate\""),
        (
            "```console\n$ get-ai-gateway route frob --model m\n```",
            "no command \"frob\" under `route`",
        ),
        (
            "```sh\nget-ai-gateway route add \\\n  --model m --bogus x\n```",
            "route add has no --bogus",
        ),
        (
            "`get-ai-gateway --dashscopekey k`",
            "start has no --dashscopekey",
        ),
        (
            "Run `get-ai-gateway\nsessions serve --hots 1` to serve.",
            "sessions serve has no --hots",
        ),
        (
            "```console\nhint: run `get-ai-gateway keys lst`\n```",
            "no command \"lst\" under `keys`",
        ),
    ];
    for (text, want) in cases {
        let (paths, problems) = report(&mut cli, "case", text);
        assert_eq!(paths.values().sum::<usize>(), 1, "{text}");
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "{text}: {problems:?}"
        );
    }
    let fine = "`get-ai-gateway <command> --help`, `get-ai-gateway --context c status --json`,\n\
                `get-ai-gateway completions <bash|zsh>`, `get-ai-gateway --<name>-key -`\n\
                ```console\n$ DOCKER_CONTEXT=x get-ai-gateway status | tail -1\n\
                $ get-ai-gateway sessions serve [--host 127.0.0.1] [--port 8888]  # --nope\n\
                $ get-ai-gateway start --non-interactive …\n```\n\
                the get-ai-gateway-deploy skill, `get-ai-gateway-deploy`, \
                `cargo install --git https://github.com/higress-group/get-ai-gateway`";
    let (paths, problems) = report(&mut cli, "fine", fine);
    assert_eq!(problems, Vec::<String>::new());
    let want = ["", "completions", "sessions serve", "start", "status"];
    assert_eq!(paths.keys().map(String::as_str).collect::<Vec<_>>(), want);
}
