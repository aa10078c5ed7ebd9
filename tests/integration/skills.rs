//! The agent skills (`skills/*/SKILL.md`) and `skills install/list/uninstall`.
//!
//! **Doc tests.** Every fenced ```` ```bash ```` or ```` ```sh ```` block of a SKILL.md runs, in
//! the order of the file, with `bash -euo pipefail` in one [`Test`] per skill (its own HOME,
//! container name and ports, the stand-in image), and must exit 0. The blocks see only:
//! - `PATH`: the built binary's folder, then `/usr/bin:/bin`;
//! - `HOME` (and `XDG_*`): the Test's home; the current folder is that home too;
//! - `GET_AI_GATEWAY_CONTAINER_NAME`: the Test's container (the product reads it as
//!   `--container-name`, so the skills never name a container);
//! - `IMAGE_REPO`, `IMAGE_TAG`: the stand-in image (read by `start`, like the script);
//! - `HTTP_PORT`, `HTTPS_PORT`, `CONSOLE_PORT`: the Test's ports (the deploy skill writes
//!   them as `"${HTTP_PORT:-8080}"`, documented as optional);
//! - `DASHSCOPE_API_KEY`, `DEEPSEEK_API_KEY`: fake keys (the skills take keys from the
//!   environment or stdin, never from the command line).
//!
//! Expected output: a comment line `# expect: TEXT` in a block means the block's stdout
//! contains TEXT; the expectations of one block are found in the order written.
//!
//! Skills that manage a running gateway (see [`NEEDS_GATEWAY`]) get one started first, with a
//! DashScope key; the deploy skill starts its own.
//!
//! **Drift.** Every `get-ai-gateway …` command line in a SKILL.md (fenced blocks and inline
//! code) names commands and flags that exist in `get_ai_gateway::args::command()`, and writes
//! no key on the command line (`--key`/`--<provider>-key` take `-`, stdin). The seed skills
//! fail that check: they run `./get-ai-gateway.sh` and pass keys as arguments.
//!
//! **Real runtimes.** After `skills install`, OpenClaw's and Clawdbot's own `skills check
//! --json` list each skill as eligible with `get-ai-gateway` on PATH and as missing that
//! binary without it, and `skills info` shows where it was found.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::harness::{BIN, Output, Test, standin_image};
use crate::plugin::{Rt, path_with, run_private};

const SKILLS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/skills");
/// The seed skills the issue started from (written for the shell script).
const SEED_SKILLS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/reference/skills");
/// Skills whose blocks expect a running gateway.
const NEEDS_GATEWAY: &[&str] = &["get-ai-gateway-auto-routing"];
const FAKE_DASHSCOPE: &str = "sk-fake-dashscope-0123456789";
const FAKE_DEEPSEEK: &str = "sk-fake-deepseek-0123456789";

/// (folder name, SKILL.md text) of every skill in the repository.
fn skills() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(SKILLS_DIR)
        .expect("skills/")
        .map(|e| {
            let dir = e.expect("entry").path();
            let name = dir
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(dir.join("SKILL.md")).expect("SKILL.md");
            (name, text)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 2, "skills/ has {} skills", out.len());
    out
}

/// The fenced blocks of `text` whose info string is `lang`-like (`bash`, `sh`).
fn shell_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<(bool, String)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            match current.take() {
                Some((true, block)) => blocks.push(block),
                Some((false, _)) => {}
                None => current = Some((matches!(info.trim(), "bash" | "sh"), String::new())),
            }
        } else if let Some((_, block)) = current.as_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    blocks
}

fn expectations(block: &str) -> Vec<&str> {
    block
        .lines()
        .filter_map(|l| l.trim().strip_prefix("# expect:"))
        .map(str::trim)
        .collect()
}

fn bin_dir() -> PathBuf {
    Path::new(BIN)
        .parent()
        .expect("binary folder")
        .to_path_buf()
}

/// Run one block as the skill's reader would, in the Test's world.
fn run_block(t: &Test, block: &str) -> Output {
    let (repo, tag) = standin_image().split_once(':').expect("tag");
    let path = format!("{}:/usr/bin:/bin", bin_dir().display());
    let mut cmd = Command::new("bash");
    cmd.args(["-euo", "pipefail", "-c", block])
        .current_dir(t.home.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", t.home.path())
        .env("XDG_DATA_HOME", t.home.path().join(".local/share"))
        .env("XDG_CONFIG_HOME", t.home.path().join(".config"))
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("GET_AI_GATEWAY_CONTAINER_NAME", &t.name)
        .env("IMAGE_REPO", repo)
        .env("IMAGE_TAG", tag)
        .env("HTTP_PORT", t.http().to_string())
        .env("HTTPS_PORT", t.https().to_string())
        .env("CONSOLE_PORT", t.console().to_string())
        .env("DASHSCOPE_API_KEY", FAKE_DASHSCOPE)
        .env("DEEPSEEK_API_KEY", FAKE_DEEPSEEK)
        .stdin(Stdio::null());
    if let Some(host) = std::env::var_os("DOCKER_HOST") {
        cmd.env("DOCKER_HOST", host);
    }
    Output::from(cmd.output().expect("run bash"))
}

fn check_block(t: &Test, skill: &str, n: usize, block: &str) {
    let out = run_block(t, block);
    let context = format!(
        "{skill}, block {n}:\n{block}\nexit {}\nstdout:\n{}\nstderr:\n{}",
        out.code, out.stdout, out.stderr
    );
    assert_eq!(out.code, 0, "{context}");
    let mut rest = out.stdout.as_str();
    for want in expectations(block) {
        let at = rest
            .find(want)
            .unwrap_or_else(|| panic!("expected {want:?} (in order)\n{context}"));
        rest = &rest[at + want.len()..];
    }
    for key in [FAKE_DASHSCOPE, FAKE_DEEPSEEK] {
        assert!(
            !out.stdout.contains(key) && !out.stderr.contains(key),
            "a key was shown\n{context}"
        );
    }
}

#[test]
fn every_shell_block_of_every_skill_runs_against_the_standin() {
    for (skill, text) in skills() {
        let blocks = shell_blocks(&text);
        assert!(blocks.len() >= 3, "{skill}: {} blocks", blocks.len());
        let t = Test::new();
        if NEEDS_GATEWAY.contains(&skill.as_str()) {
            t.start(&["--dashscope-key", FAKE_DASHSCOPE]).ok();
        }
        for (n, block) in blocks.iter().enumerate() {
            check_block(&t, &skill, n, block);
        }
    }
}

#[test]
fn blocks_and_expectations_are_found() {
    let text = "a\n```bash\necho hi\n# expect: hi\n```\n```console\n$ x\n```\n```sh\ntrue\n```\n";
    let blocks = shell_blocks(text);
    assert_eq!(blocks, ["echo hi\n# expect: hi\n", "true\n"]);
    assert_eq!(expectations(&blocks[0]), ["hi"]);
    let deploy = skills()
        .into_iter()
        .find(|(n, _)| n == "get-ai-gateway-deploy");
    let (_, text) = deploy.expect("the deploy skill");
    assert!(
        shell_blocks(&text)
            .iter()
            .any(|b| !expectations(b).is_empty()),
        "the deploy skill states expected output"
    );
}

// -- drift ------------------------------------------------------------------------------------

/// Code in `text`: each line of a fenced block (continuation lines joined) and each inline
/// code span.
fn code_pieces(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut in_fence = false;
    let mut pending = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            match line.strip_suffix('\\') {
                Some(head) => pending.push_str(head),
                None => {
                    pending.push_str(line);
                    pieces.push(std::mem::take(&mut pending));
                }
            }
        } else {
            pieces.extend(line.split('`').skip(1).step_by(2).map(str::to_string));
        }
    }
    pieces
}

/// Shell words of one line, split into commands at unquoted `|`, `;` and `&`; a `#` word
/// ends the line. Quotes are removed.
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

/// Problems of one command line that runs the gateway CLI; `None` when it does not.
fn drift(root: &clap::Command, words: &[String]) -> Option<Vec<String>> {
    // The command word: the first after any `NAME=value` assignments.
    let at = words.iter().position(|w| {
        !w.split_once('=').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    })?;
    let prog = &words[at];
    if !(prog == "get-ai-gateway"
        || prog == "get-ai-gateway.sh"
        || prog.ends_with("/get-ai-gateway.sh"))
    {
        return None;
    }
    let args = &words[at + 1..];
    let line = words.join(" ");
    let mut problems = Vec::new();
    if prog != "get-ai-gateway" {
        problems.push(format!(
            "`{line}` runs {prog}, not the get-ai-gateway binary"
        ));
    }
    let mut cmd = root;
    let mut i = 0;
    while let Some(word) = args.get(i).filter(|w| !w.starts_with('-')) {
        if !cmd.has_subcommands() {
            break;
        }
        match cmd.find_subcommand(word) {
            Some(sub) => cmd = sub,
            None => {
                problems.push(format!("`{line}`: no command {word:?}"));
                return Some(problems);
            }
        }
        i += 1;
    }
    if std::ptr::eq(cmd, root) && i < args.len() {
        cmd = root.find_subcommand("start").expect("start");
    }
    let known = |c: &clap::Command, flag: &str| {
        c.get_arguments().any(|a| {
            a.get_long() == Some(flag)
                || a.get_all_aliases().into_iter().flatten().any(|x| x == flag)
        })
    };
    for (n, word) in args.iter().enumerate().skip(i) {
        let Some(flag) = word.strip_prefix("--").filter(|f| !f.is_empty()) else {
            continue;
        };
        let flag = flag.split('=').next().unwrap_or(flag);
        // A key is read from stdin (`-`) or the environment, never written on the line.
        if (flag == "key" || flag.ends_with("-key")) && args.get(n + 1).is_some_and(|v| v != "-") {
            problems.push(format!("`{line}`: a key on the command line (--{flag})"));
        }
        let global = root
            .get_arguments()
            .any(|a| a.is_global_set() && a.get_long() == Some(flag));
        if !(known(cmd, flag) || global || matches!(flag, "help" | "version")) {
            problems.push(format!("`{line}`: {} has no --{flag}", cmd.get_name()));
        }
    }
    Some(problems)
}

/// (command lines that run the CLI, their problems) in one SKILL.md.
fn drift_report(text: &str) -> (usize, Vec<String>) {
    let root = get_ai_gateway::args::command();
    let (mut lines, mut problems) = (0, Vec::new());
    for piece in code_pieces(text) {
        for words in commands(&piece) {
            if let Some(p) = drift(&root, &words) {
                lines += 1;
                problems.extend(p);
            }
        }
    }
    (lines, problems)
}

#[test]
fn every_command_line_in_the_skills_exists_in_the_cli() {
    for (skill, text) in skills() {
        let (lines, problems) = drift_report(&text);
        assert!(lines >= 5, "{skill}: only {lines} command lines found");
        assert!(problems.is_empty(), "{skill}:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_drift_check_catches_what_does_not_exist() {
    let cases = [
        ("`get-ai-gateway frobnicate`", "no command \"frobnicate\""),
        (
            "```bash\nget-ai-gateway route add \\\n  --model m --bogus x\n```",
            "add has no --bogus",
        ),
        (
            "`get-ai-gateway --dashscopekey k`",
            "start has no --dashscopekey",
        ),
        (
            "```sh\nprintf x | ./get-ai-gateway.sh config add --provider p --key-stdin\n```",
            "not the get-ai-gateway binary",
        ),
        (
            "`get-ai-gateway config add --provider deepseek --key sk-1`",
            "a key on the command line (--key)",
        ),
    ];
    for (text, want) in cases {
        let (lines, problems) = drift_report(text);
        assert_eq!(lines, 1, "{text}");
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "{text}: {problems:?}"
        );
    }
    let fine = "`get-ai-gateway status --json --container-name x` and `get-ai-gateway start -h`\n\
                ```bash\nprintf '%s' \"$K\" | get-ai-gateway start --dashscope-key - # --nope\n```";
    assert_eq!(drift_report(fine), (3, vec![]));
    // Assignments before the command word; a download of the script is not a run of it.
    assert_eq!(
        drift_report("`IMAGE_REPO=r get-ai-gateway start --image-tag t`"),
        (1, vec![])
    );
    let curl = "```bash\ncurl -fsSL https://x/get-ai-gateway.sh -o get-ai-gateway.sh\n```";
    assert_eq!(drift_report(curl).0, 0);
    // The skills' own names and prose are not command lines.
    assert_eq!(
        drift_report("the get-ai-gateway-deploy skill, `get-ai-gateway-deploy`").0,
        0
    );
}

/// The seed skills the issue started from fail the check: they run the shell script. When the
/// seed folder is absent, a few of their lines, quoted, stand for them.
#[test]
fn the_seed_skills_fail_the_drift_check() {
    let seeds: Vec<String> = match std::fs::read_dir(SEED_SKILLS) {
        Ok(dirs) => dirs
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path().join("SKILL.md")).ok())
            .filter(|text| text.contains("get-ai-gateway.sh"))
            .collect(),
        Err(_) => vec![
            "```bash\n./get-ai-gateway.sh route add \\\n  --model qwen-coder \\\n  --trigger \"写代码|code:\"\n```".into(),
            "- **Container not running:** Start with `./get-ai-gateway.sh start`".into(),
        ],
    };
    assert!(!seeds.is_empty());
    for text in seeds {
        let (lines, problems) = drift_report(&text);
        assert!(lines > 0 && !problems.is_empty(), "{problems:?}");
        eprintln!(
            "seed skill: {lines} command lines, {} problems, e.g. {}",
            problems.len(),
            problems[0]
        );
    }
}

// -- install, list, uninstall ---------------------------------------------------------------------

/// get-ai-gateway with a private HOME and only the system folders on PATH.
fn gag(home: &Path, args: &[&str]) -> Output {
    run_private(Path::new(BIN), home, "/usr/bin:/bin", args)
}

#[test]
fn install_list_uninstall_for_claude_code() {
    let home = tempfile::tempdir().expect("home");
    let h = home.path();
    gag(h, &["skills", "install"])
        .fails(1)
        .stderr_has("none of openclaw, clawdbot or claude is on PATH")
        .stderr_has("--runtime openclaw|clawdbot|claude");
    let dir = h.join(".claude/skills");
    gag(h, &["skills", "install", "--runtime", "claude"])
        .ok()
        .stderr_has("Runtime: Claude Code (chosen with --runtime).")
        .stdout_has(&format!(
            "✓ Installed get-ai-gateway-deploy into {}",
            dir.join("get-ai-gateway-deploy").display()
        ));
    for (name, text) in skills() {
        let copy = std::fs::read_to_string(dir.join(&name).join("SKILL.md")).expect("installed");
        assert_eq!(copy, text, "{name}: the embedded copy is the repository's");
    }
    gag(h, &["skills", "install", "--runtime", "claude"])
        .ok()
        .stdout_has("is up to date");
    std::fs::write(dir.join("get-ai-gateway-deploy/SKILL.md"), "edited\n").expect("edit");
    let list: serde_json::Value =
        serde_json::from_str(&gag(h, &["skills", "list", "--json"]).ok().stdout).expect("json");
    assert_eq!(list["runtimes"][2]["runtime"], "claude");
    assert_eq!(
        list["runtimes"][2]["installed"]["get-ai-gateway-deploy"],
        "changed"
    );
    assert_eq!(
        list["runtimes"][2]["installed"]["get-ai-gateway-auto-routing"],
        "current"
    );
    assert_eq!(
        list["runtimes"][0]["installed"]["get-ai-gateway-deploy"],
        "absent"
    );
    gag(h, &["skills", "list"])
        .ok()
        .stdout_has("changed: differs");
    gag(h, &["skills", "install", "--runtime", "claude"])
        .ok()
        .stdout_has(&format!(
            "(the previous copy is in {}",
            h.join(".claude/skill-backups/get-ai-gateway-deploy.")
                .display()
        ));
    // auto: where the skills are.
    gag(h, &["skills", "uninstall"]).ok().stdout_has(&format!(
        "Removed get-ai-gateway-deploy, get-ai-gateway-auto-routing from {}",
        dir.display()
    ));
    assert_eq!(std::fs::read_dir(&dir).expect("skills dir").count(), 0);
    gag(h, &["skills", "uninstall", "--runtime", "claude"])
        .fails(1)
        .stderr_has("the get-ai-gateway skills are not installed in")
        .stderr_has("get-ai-gateway skills list");
}

// -- real runtimes ----------------------------------------------------------------------------------

/// The runtime's own CLI with a private HOME; `get-ai-gateway` on its PATH or not.
fn runtime_cli(rt: Rt, home: &Path, args: &[&str], with_gag: bool) -> Output {
    let mut path = path_with(&[rt]);
    if with_gag {
        path = format!("{}:{path}", bin_dir().display());
    }
    run_private(&rt.cli(), home, &path, args)
}

fn check_json(rt: Rt, home: &Path, with_gag: bool) -> serde_json::Value {
    let out = runtime_cli(rt, home, &["skills", "check", "--json"], with_gag).ok();
    let start = out.stdout.find('{').expect("JSON on stdout");
    serde_json::from_str(&out.stdout[start..]).expect("skills check --json")
}

fn skills_seen_by_the_runtime(rt: Rt, skills_dir: &str) {
    let home = tempfile::tempdir().expect("home");
    let h = home.path();
    gag(h, &["skills", "install", "--runtime", rt.name()])
        .ok()
        .stdout_has(&format!("{} skills check", rt.name()));
    let names: Vec<String> = skills().into_iter().map(|(n, _)| n).collect();
    let eligible = check_json(rt, h, true);
    let missing = check_json(rt, h, false);
    for name in &names {
        let listed = |v: &serde_json::Value| {
            v.as_array()
                .is_some_and(|a| a.iter().any(|x| x == name.as_str()))
        };
        assert!(
            listed(&eligible["eligible"]),
            "{name} not eligible in {}: {eligible:#}",
            rt.name()
        );
        let entry = missing["missingRequirements"]
            .as_array()
            .and_then(|a| a.iter().find(|m| m["name"] == name.as_str()))
            .unwrap_or_else(|| panic!("{name} not missing requirements without get-ai-gateway"));
        assert_eq!(
            entry["missing"]["bins"],
            serde_json::json!(["get-ai-gateway"]),
            "{entry:#}"
        );
        eprintln!(
            "{} skills check --json: {name} in \"eligible\" with get-ai-gateway on PATH; without: missing {}",
            rt.name(),
            entry["missing"]
        );
        assert!(
            !listed(&missing["eligible"]),
            "{name} eligible without get-ai-gateway"
        );
        let info = runtime_cli(rt, h, &["skills", "info", name], true).ok();
        let path = format!("Path: ~/{skills_dir}/{name}/SKILL.md");
        for want in [name.as_str(), path.as_str()] {
            assert!(
                info.stdout.contains(want),
                "{} skills info {name} lacks {want:?}:\n{}",
                rt.name(),
                info.stdout
            );
        }
        // The proof, in the test's output.
        let status = info
            .stdout
            .lines()
            .find(|l| l.contains(name.as_str()))
            .unwrap_or_default();
        eprintln!("{} skills info {name}: {status}", rt.name());
    }
}

#[test]
fn openclaw_sees_the_skills_and_their_requirement() {
    skills_seen_by_the_runtime(Rt::OpenClaw, ".openclaw/workspace/skills");
}

#[test]
fn clawdbot_sees_the_skills_and_their_requirement() {
    skills_seen_by_the_runtime(Rt::Clawdbot, ".clawdbot/skills");
}
