//! The clap definition: valid, complete against the provider table and the script.

use super::*;
use std::ffi::OsString;

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    let argv: Vec<OsString> = std::iter::once("get-ai-gateway")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    Cli::try_parse_from(with_default_command(argv))
}

#[test]
fn clap_definition_is_valid() {
    command().debug_assert();
}

#[test]
fn flag_set_equals_the_table() {
    let cmd = command();
    let start = cmd.find_subcommand("start").unwrap();
    let longs: std::collections::BTreeSet<String> = start
        .get_arguments()
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect();
    let mut expected = std::collections::BTreeSet::new();
    for p in PROVIDERS {
        if p.uses_key {
            expected.insert(p.key_flag());
        }
        expected.insert(p.models_flag());
        for e in p.extras {
            expected.insert(e.flag.to_string());
        }
    }
    let provider_flags: std::collections::BTreeSet<String> = longs
        .iter()
        // `--require-key` is a switch of start, not a provider's key.
        .filter(|l| l.as_str() != "require-key")
        .filter(|l| {
            l.ends_with("-key")
                || l.ends_with("-models")
                || PROVIDERS
                    .iter()
                    .any(|p| p.extras.iter().any(|e| e.flag == l.as_str()))
        })
        .cloned()
        .collect();
    assert_eq!(provider_flags, expected);
}

/// Every flag the reference script takes exists, on `start` or globally.
#[test]
fn every_flag_of_the_reference_script_exists() {
    let cmd = command();
    let start = cmd.find_subcommand("start").unwrap();
    let longs: std::collections::BTreeSet<String> = start
        .get_arguments()
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect();
    for flag in [
        "non-interactive",
        "batch",
        "http-port",
        "https-port",
        "console-port",
        "container-name",
        "image-repo",
        "image-tag",
        "data-folder",
        "auto-routing",
        "auto-routing-default-model",
        "dashscope-key",
        "deepseek-key",
        "moonshot-key",
        "zhipuai-key",
        "openai-key",
        "openrouter-key",
        "claude-key",
        "claude-version",
        "claude-code-key",
        "gemini-key",
        "groq-key",
        "doubao-key",
        "baichuan-key",
        "yi-key",
        "stepfun-key",
        "minimax-key",
        "cohere-key",
        "mistral-key",
        "github-key",
        "fireworks-key",
        "togetherai-key",
        "grok-key",
        "zhipuai-domain",
        "zhipuai-code-plan-mode",
        "azure-key",
        "bedrock-key",
        "vertex-key",
    ] {
        let known = longs.contains(flag)
            || start.get_arguments().any(|a| {
                a.get_visible_aliases()
                    .into_iter()
                    .flatten()
                    .any(|x| x == flag)
            })
            || cmd.get_arguments().any(|a| {
                a.get_long() == Some(flag)
                    || a.get_visible_aliases()
                        .into_iter()
                        .flatten()
                        .any(|x| x == flag)
            });
        assert!(known, "--{flag} missing");
    }
}

#[test]
fn default_command_is_start() {
    let cli = parse(&["--non-interactive", "--dashscope-key", "k"]).unwrap();
    let Commands::Start(start) = cli.command else {
        panic!("not start")
    };
    assert_eq!(start.providers.inputs["aliyun"].key.as_deref(), Some("k"));
    assert!(cli.global.non_interactive);
    assert!(matches!(parse(&[]).unwrap().command, Commands::Start(_)));
    // Global options before a command keep the command.
    let cli = parse(&["--context", "ctx2", "--batch", "doctor"]).unwrap();
    assert!(matches!(cli.command, Commands::Doctor(_)));
    assert_eq!(cli.global.context.as_deref(), Some("ctx2"));
    let cli = parse(&["--container-name=x", "status"]).unwrap();
    assert!(matches!(cli.command, Commands::Status(_)));
    assert!(matches!(
        parse(&["--context", "c"]).unwrap().command,
        Commands::Start(_)
    ));
}

#[test]
fn script_style_commands_parse() {
    let cli = parse(&["route", "add", "--model", "m", "--trigger", "a|b"]).unwrap();
    assert!(matches!(
        cli.command,
        Commands::Route {
            command: RouteCommand::Add(_)
        }
    ));
    let cli = parse(&["route", "remove", "--rule-id", "0"]).unwrap();
    let Commands::Route {
        command: RouteCommand::Remove(r),
    } = cli.command
    else {
        panic!()
    };
    assert_eq!(r.rule_id, Some(0));
    let cli = parse(&["route", "remove", "3"]).unwrap();
    let Commands::Route {
        command: RouteCommand::Remove(r),
    } = cli.command
    else {
        panic!()
    };
    assert_eq!(r.id, Some(3));
    assert!(parse(&["route", "add", "--model", "m"]).is_err());
    assert!(parse(&["config", "add", "--provider", "deepseek", "--key", "k"]).is_ok());
    assert!(parse(&["start", "--http-port", "0"]).is_err());
    assert!(parse(&["start", "--http-port", "70000"]).is_err());
    let cli = parse(&["stop", "--container-name", "x"]).unwrap();
    assert_eq!(cli.global.container_name, "x");
}

#[test]
fn extras_and_switches_parse() {
    let cli = parse(&[
        "start",
        "--zhipuai-code-plan-mode",
        "--ollama-server-host",
        "10.0.0.2",
        "--ollama-server-port",
        "11500",
        "--azure-service-url",
        "https://x.openai.azure.com/y",
    ])
    .unwrap();
    let Commands::Start(start) = cli.command else {
        panic!()
    };
    let i = &start.providers.inputs;
    assert_eq!(i["zhipuai"].extras["ZHIPUAI_CODE_PLAN_MODE"], "true");
    assert_eq!(i["ollama"].extras["OLLAMA_SERVER_PORT"], "11500");
    assert_eq!(
        i["azure"].extras["AZURE_SERVICE_URL"],
        "https://x.openai.azure.com/y"
    );
    assert!(!i.contains_key("aliyun"));
}

#[test]
fn backup_restore_and_upgrade_parse() {
    let cli = parse(&["backup", "/tmp/x.tar.gz", "--json"]).unwrap();
    assert!(matches!(
        cli.command,
        Commands::Backup(BackupArgs { json: true, .. })
    ));
    assert!(parse(&["restore"]).is_err(), "restore needs a file");
    let cli = parse(&["restore", "b.tar.gz", "--data-folder", "/d"]).unwrap();
    assert_eq!(
        cli.global.data_folder.as_deref(),
        Some(std::path::Path::new("/d"))
    );
    assert!(parse(&["upgrade", "--image-tag", "2.2", "--json"]).is_ok());
    assert!(parse(&["upgrade", "--check"]).is_ok());
    assert!(parse(&["upgrade", "--rollback", "--image-tag", "x"]).is_err());
    assert!(parse(&["upgrade", "--rollback", "--check"]).is_err());
    let args: Vec<OsString> = ["get-ai-gateway", "upgrade"]
        .iter()
        .map(OsString::from)
        .collect();
    assert_eq!(
        with_default_command(args.clone()),
        args,
        "upgrade is a command"
    );
}

#[test]
fn runtime_flag_auto_is_none() {
    use crate::plugin::runtime::Runtime;
    let choice = |arg: RuntimeArg| Option::<Runtime>::from(arg);
    assert_eq!(choice(RuntimeArg::Auto), None);
    assert_eq!(choice(RuntimeArg::Openclaw), Some(Runtime::OpenClaw));
    assert_eq!(choice(RuntimeArg::Clawdbot), Some(Runtime::Clawdbot));
}

#[test]
fn route_test_path_and_content_type_need_a_request() {
    // `requires = "request"` is not enforced when "request" is in the required group
    // "input": they conflict with the message instead.
    assert!(parse(&["route", "test", "hi", "--path", "/x"]).is_err());
    assert!(parse(&["route", "test", "hi", "--content-type", "text/plain"]).is_err());
    assert!(
        parse(&[
            "route",
            "test",
            "--request",
            "-",
            "--path",
            "/x",
            "--content-type",
            "a"
        ])
        .is_ok()
    );
}
