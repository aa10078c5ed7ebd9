//! `export`: the gateway's configuration for Kubernetes, from the running container or from
//! a data folder alone. The transformation is [`crate::domain::ops::export`]; this reads the
//! files, checks the flags and writes the result.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};

use crate::args::{ExportArgs, ExportFormat, GlobalArgs, SecretsArg};
use crate::domain::ops::export::{self, Export, Options, PluginSource, Secrets};
use crate::engine::Engine;
use crate::error::{fail, fail_hint};
use crate::gateway::{self, Gateway, Need, datadir};
use crate::ui::render;

pub async fn run(global: &GlobalArgs, args: &ExportArgs) -> Result<()> {
    if args.format == ExportFormat::Gateway {
        return crate::commands::gitops::export(global, args).await;
    }
    let out = args.out.clone().unwrap_or_else(|| "higress-export".into());
    let options = options_of(args)?;
    let files = read_files(global).await?;
    let registry = match &args.registry {
        Some(r) => r.clone(),
        None => export::saved_registry(&files),
    };
    let options = Options {
        plugins: if args.plugin_server {
            PluginSource::PluginServer
        } else {
            PluginSource::Registry(registry.clone())
        },
        registry,
        ..options
    };
    let result = export::export(&files, &options).map_err(|e| {
        fail_hint(
            e,
            "export reads the files of a gateway started by get-ai-gateway (or the script)",
        )
    })?;
    if out == Path::new("-") {
        if args.format != ExportFormat::K8s {
            return Err(fail_hint(
                "--out - (standard output) is for one file",
                "use --format k8s with --out -, or name a folder",
            ));
        }
        print!("{}", result.manifests());
        return Ok(());
    }
    let written = write(&out, args.format, &result)?;
    println!("{}", render::exported(&result, &out, &written));
    Ok(())
}

/// The options the flags give, before the registry is known.
fn options_of(args: &ExportArgs) -> Result<Options> {
    let secrets = match args.secrets {
        SecretsArg::Inline => Secrets::Inline,
        SecretsArg::Redact => Secrets::Redact,
        SecretsArg::Secret => {
            return Err(fail_hint(
                "--secrets secret is not offered: the ai-proxy plugin reads API keys from its \
                 own configuration (apiTokens in the WasmPlugin) only, never from a Kubernetes \
                 Secret",
                "use --secrets inline (keys in the WasmPlugin, files mode 0600) or --secrets \
                 redact (placeholders to fill in)",
            ));
        }
    };
    if !is_dns_label(&args.namespace) {
        return Err(fail_hint(
            format!("{:?} is not a Kubernetes namespace name", args.namespace),
            "use lower-case letters, digits and '-' (at most 63), e.g. --namespace higress-system",
        ));
    }
    if let Some(r) = &args.registry {
        if r.is_empty() || r.contains("://") || r.contains(char::is_whitespace) {
            return Err(fail_hint(
                format!("{r:?} is not a registry host"),
                "give the host alone, e.g. --registry higress-registry.us-west-1.cr.aliyuncs.com",
            ));
        }
    }
    Ok(Options {
        namespace: args.namespace.clone(),
        registry: String::new(),
        plugins: PluginSource::PluginServer,
        secrets,
    })
}

fn is_dns_label(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// The running container's files; with `--data-folder` and no running container, the
/// folder's own (no engine needed).
async fn read_files(global: &GlobalArgs) -> Result<BTreeMap<String, String>> {
    let Some(dir) = &global.data_folder else {
        let gw = Gateway::connect(&global.container_name, Need::Running).await?;
        return gw.read_tree().await;
    };
    if let Ok(engine) = Engine::connect().await {
        if let Ok(gw) = Gateway::find(engine, &global.container_name, Need::Running).await {
            return gw.read_tree().await;
        }
    }
    gateway::read_folder_tree(dir)
}

/// Write the files of `format` into `dir`; their names.
fn write(dir: &Path, format: ExportFormat, result: &Export) -> Result<Vec<&'static str>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    if !dir.is_dir() {
        return Err(fail(format!("{} is not a folder", dir.display())));
    }
    let manifests_mode = if result.holds_keys() { 0o600 } else { 0o644 };
    datadir::write_file(dir, "manifests.yaml", &result.manifests(), manifests_mode)?;
    if format == ExportFormat::K8s {
        return Ok(vec!["manifests.yaml"]);
    }
    datadir::write_file(dir, "values.yaml", &result.values_yaml(), 0o644)?;
    datadir::write_file(dir, "README.md", &export::readme(result), 0o644)?;
    Ok(vec!["values.yaml", "manifests.yaml", "README.md"])
}
