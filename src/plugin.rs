//! `plugin install/uninstall/status` for the agent runtimes OpenClaw and Clawdbot.
//!
//! The plugin files are `templates/plugin/*`, embedded in the binary and rendered per
//! runtime: the two variants differ only in the manifest file name, the package.json key,
//! the SDK the types come from, and how the runtime writes a model reference.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::cli::ui;
use crate::cli::{GlobalArgs, PluginCommand, PluginInstallArgs, PluginTargetArgs, Runtime};
use crate::domain::gwconfig;
use crate::domain::providers;
use crate::edit;
use crate::engine::Engine;
use crate::error::{fail, fail_hint};
use crate::gateway::{self, MODEL_ROUTER};

pub const PLUGIN_ID: &str = "higress-ai-gateway";
pub const PROVIDER_ID: &str = "higress";
pub const AUTO_MODEL: &str = "higress/auto";
const LOCAL_KEY: &str = "higress-local";

const INDEX_TS: &str = include_str!("../templates/plugin/index.ts");
const MANIFEST: &str = include_str!("../templates/plugin/plugin.json");
const PACKAGE_JSON: &str = include_str!("../templates/plugin/package.json");
const README: &str = include_str!("../templates/plugin/README.md");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    OpenClaw,
    Clawdbot,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::OpenClaw, Kind::Clawdbot];

    pub fn bin(self) -> &'static str {
        match self {
            Kind::OpenClaw => "openclaw",
            Kind::Clawdbot => "clawdbot",
        }
    }

    pub fn display(self) -> &'static str {
        match self {
            Kind::OpenClaw => "OpenClaw",
            Kind::Clawdbot => "Clawdbot",
        }
    }

    /// Where the runtime's plugin SDK types live (the root export fails on OpenClaw 2026.9).
    pub fn sdk_import(self) -> &'static str {
        match self {
            Kind::OpenClaw => "openclaw/plugin-sdk/core",
            Kind::Clawdbot => "clawdbot/plugin-sdk",
        }
    }

    pub fn manifest_name(self) -> &'static str {
        match self {
            Kind::OpenClaw => "openclaw.plugin.json",
            Kind::Clawdbot => "clawdbot.plugin.json",
        }
    }

    fn state_env(self) -> &'static str {
        match self {
            Kind::OpenClaw => "OPENCLAW_STATE_DIR",
            Kind::Clawdbot => "CLAWDBOT_STATE_DIR",
        }
    }

    pub fn config_name(self) -> &'static str {
        match self {
            Kind::OpenClaw => "openclaw.json",
            Kind::Clawdbot => "clawdbot.json",
        }
    }

    /// The runtime's reference to one of our models (see `modelRef` in index.ts).
    pub fn model_ref(self, id: &str) -> String {
        if self == Kind::OpenClaw && id.starts_with("higress/") {
            id.to_string()
        } else {
            format!("{PROVIDER_ID}/{id}")
        }
    }

    /// The home folder: `--home`, else `$<RUNTIME>_STATE_DIR`, else `~/.<runtime>`.
    pub fn home(self, explicit: Option<&Path>) -> PathBuf {
        if let Some(h) = explicit {
            return h.to_path_buf();
        }
        if let Some(dir) = std::env::var_os(self.state_env()).filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        dirs::home_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join(format!(".{}", self.bin()))
    }

    fn on_path(self) -> Option<PathBuf> {
        let paths = std::env::var_os("PATH")?;
        std::env::split_paths(&paths)
            .map(|d| d.join(self.bin()))
            .find(|p| p.is_file())
    }
}

/// The plugin's files for a runtime: (file name, content).
pub fn render(kind: Kind) -> Vec<(&'static str, String)> {
    let fill = |text: &str| {
        text.replace("{{RUNTIME_NAME}}", kind.display())
            .replace("{{RUNTIME}}", kind.bin())
            .replace("{{SDK_IMPORT}}", kind.sdk_import())
            .replace("{{VERSION}}", env!("CARGO_PKG_VERSION"))
    };
    vec![
        ("index.ts", fill(INDEX_TS)),
        (kind.manifest_name(), fill(MANIFEST)),
        ("package.json", fill(PACKAGE_JSON)),
        ("README.md", fill(README)),
    ]
}

/// The runtime to use and why.
fn choose(target: &PluginTargetArgs) -> Result<(Kind, String)> {
    match target.runtime {
        Runtime::Openclaw => Ok((Kind::OpenClaw, "chosen with --runtime".into())),
        Runtime::Clawdbot => Ok((Kind::Clawdbot, "chosen with --runtime".into())),
        Runtime::Auto => {
            let found: Vec<(Kind, PathBuf)> = Kind::ALL
                .iter()
                .filter_map(|k| k.on_path().map(|p| (*k, p)))
                .collect();
            match found.as_slice() {
                [] => Err(fail_hint(
                    "neither openclaw nor clawdbot is on PATH",
                    "install one (`npm install -g openclaw`), or pass --runtime openclaw|clawdbot \
                     to install the plugin files anyway",
                )),
                [(kind, path)] => Ok((*kind, format!("found {}", path.display()))),
                _ => {
                    let with_home: Vec<Kind> = found
                        .iter()
                        .map(|(k, _)| *k)
                        .filter(|k| k.home(target.home.as_deref()).is_dir())
                        .collect();
                    let (kind, why) = match with_home.as_slice() {
                        [only] => (*only, format!("both are on PATH; only {} has a home folder", only.display())),
                        _ => (
                            Kind::OpenClaw,
                            "both are on PATH; OpenClaw is Clawdbot's successor (pass --runtime clawdbot for the other)".to_string(),
                        ),
                    };
                    Ok((kind, why))
                }
            }
        }
    }
}

fn plugin_dir(kind: Kind, target: &PluginTargetArgs, dest: Option<&Path>) -> PathBuf {
    dest.map(Path::to_path_buf).unwrap_or_else(|| {
        kind.home(target.home.as_deref())
            .join("extensions")
            .join(PLUGIN_ID)
    })
}

fn io_fail(what: &str, path: &Path, e: std::io::Error) -> anyhow::Error {
    fail_hint(
        format!("cannot {what} {}: {e}", path.display()),
        "check the folder's permissions, or choose another with --home or --dest",
    )
}

/// Files already in `dir` equal to the rendered ones.
fn same_files(dir: &Path, files: &[(&str, String)]) -> bool {
    files.iter().all(|(name, content)| {
        std::fs::read_to_string(dir.join(name)).ok().as_deref() == Some(content)
    }) && std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0) == files.len()
}

fn timestamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}

enum Installed {
    Unchanged,
    Written { backup: Option<PathBuf> },
}

/// Write the plugin folder atomically (temp folder, rename); back up a different copy.
fn install_files(kind: Kind, dir: &Path, force: bool) -> Result<Installed> {
    let files = render(kind);
    if dir.is_dir() && same_files(dir, &files) {
        return Ok(Installed::Unchanged);
    }
    let parent = dir
        .parent()
        .ok_or_else(|| fail(format!("{} has no parent folder", dir.display())))?;
    std::fs::create_dir_all(parent).map_err(|e| io_fail("create", parent, e))?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{PLUGIN_ID}.tmp-"))
        .tempdir_in(parent)
        .map_err(|e| io_fail("write in", parent, e))?;
    for (name, content) in &files {
        std::fs::write(tmp.path().join(name), content)
            .map_err(|e| io_fail("write", &tmp.path().join(name), e))?;
        set_mode(&tmp.path().join(name), 0o644)?;
    }
    set_mode(tmp.path(), 0o755)?;
    let mut backup = None;
    if dir.exists() {
        if force {
            std::fs::remove_dir_all(dir).map_err(|e| io_fail("remove", dir, e))?;
        } else {
            // Outside the scanned extensions folder, so the runtime never loads the backup.
            let store = parent.parent().unwrap_or(parent).join("plugin-backups");
            std::fs::create_dir_all(&store).map_err(|e| io_fail("create", &store, e))?;
            let target = store.join(format!("{PLUGIN_ID}.{}", timestamp()));
            std::fs::rename(dir, &target).map_err(|e| io_fail("back up", dir, e))?;
            backup = Some(target);
        }
    }
    let tmp_path = tmp.keep();
    if let Err(e) = std::fs::rename(&tmp_path, dir) {
        if let Some(b) = &backup {
            let _ = std::fs::rename(b, dir);
        }
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(io_fail("install into", dir, e));
    }
    Ok(Installed::Written { backup })
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| io_fail("set the mode of", path, e))?;
    }
    let _ = (path, mode);
    Ok(())
}

pub async fn run(global: &GlobalArgs, command: PluginCommand) -> Result<()> {
    match command {
        PluginCommand::Install(args) => install(global, &args).await,
        PluginCommand::Uninstall(target) => uninstall(&target),
        PluginCommand::Status(args) => status(&args.target, args.json),
    }
}

async fn install(global: &GlobalArgs, args: &PluginInstallArgs) -> Result<()> {
    let (kind, why) = choose(&args.target)?;
    ui::info(format!("Runtime: {} ({why}).", kind.display()));
    if kind.on_path().is_none() {
        ui::warn(format!(
            "{} is not on PATH; the plugin is installed for when it is",
            kind.bin()
        ));
    }
    let dir = plugin_dir(kind, &args.target, args.dest.as_deref());
    // Settle what --configure needs before touching any file.
    let setup = if args.configure {
        Some(provider_setup(global, args).await?)
    } else {
        None
    };
    match install_files(kind, &dir, args.force)? {
        Installed::Unchanged => ui::ok(format!(
            "The {} plugin in {} is up to date",
            kind.display(),
            dir.display()
        )),
        Installed::Written { backup: None } => ui::ok(format!(
            "Installed the {} plugin into {}",
            kind.display(),
            dir.display()
        )),
        Installed::Written { backup: Some(b) } => ui::ok(format!(
            "Installed the {} plugin into {} (the previous copy is in {})",
            kind.display(),
            dir.display(),
            b.display()
        )),
    }
    if let Some(setup) = setup {
        let home = kind.home(args.target.home.as_deref());
        configure(kind, &home, &setup)?;
        return Ok(());
    }
    let bin = kind.bin();
    println!();
    println!("Next, in {}:", kind.display());
    println!("  {bin} plugins list                           # {PLUGIN_ID} is enabled by default");
    println!("  {bin} models auth login --provider {PROVIDER_ID}   # gateway URL, key, models");
    println!("  {bin} gateway restart                        # if its gateway is running");
    println!(
        "Or configure it without questions: get-ai-gateway plugin install --runtime {bin} --configure"
    );
    Ok(())
}

/// What `--configure` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub gateway_url: String,
    pub api_key: String,
    pub models: Vec<String>,
    pub default_model: Option<String>,
}

/// The gateway's origin without `/v1` (as the plugin's gatewayOrigin does).
pub fn gateway_origin(url: &str) -> String {
    let mut u = url.trim().to_string();
    if !u.starts_with("http://") && !u.starts_with("https://") {
        u = format!("http://{u}");
    }
    let mut u = u.trim_end_matches('/').to_string();
    if u.to_ascii_lowercase().ends_with("/v1") {
        u.truncate(u.len() - 3);
    }
    u.trim_end_matches('/').to_string()
}

pub fn api_base_url(url: &str) -> String {
    format!("{}/v1", gateway_origin(url))
}

fn parse_models(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        if !out.iter().any(|o| o == m) {
            out.push(m.to_string());
        }
    }
    out
}

async fn provider_setup(global: &GlobalArgs, args: &PluginInstallArgs) -> Result<Setup> {
    let mut models = args.models.as_deref().map(parse_models).unwrap_or_default();
    let mut auto_on = false;
    let gateway_url = match &args.gateway_url {
        Some(url) => gateway_origin(url),
        None => {
            let engine = Engine::connect().await?;
            let info = gateway::running(&engine, &global.container_name).await?;
            let router = edit::read_files(&engine, &info.name, &[MODEL_ROUTER.to_string()]).await?;
            auto_on = router
                .text(MODEL_ROUTER)
                .and_then(|t| gwconfig::parse(MODEL_ROUTER, &t).ok())
                .is_some_and(|doc| gwconfig::auto_routing(&doc).enable);
            format!("http://127.0.0.1:{}", gateway::ports_of(&info).http)
        }
    };
    if reqwest_url_invalid(&gateway_url) {
        return Err(fail_hint(
            format!("--gateway-url {gateway_url:?} is not a URL"),
            "give it like http://127.0.0.1:8080",
        ));
    }
    if models.is_empty() {
        let base = api_base_url(&gateway_url);
        match gateway::listed_models(&base, Duration::from_secs(5)).await {
            Some(listed) if !listed.is_empty() => models = listed,
            Some(_) => {}
            None => ui::warn(format!(
                "{base}/models did not answer; offering {AUTO_MODEL} only (pass --models to choose)"
            )),
        }
    }
    if auto_on && !models.iter().any(|m| m == AUTO_MODEL) {
        models.insert(0, AUTO_MODEL.to_string());
    }
    if models.is_empty() {
        models.push(AUTO_MODEL.to_string());
    }
    if let Some(key) = &args.api_key {
        providers::validate_secret("--api-key", key).map_err(fail)?;
    }
    let default_model = args.default_model.clone().or_else(|| {
        if auto_on || models.iter().any(|m| m == AUTO_MODEL) {
            Some(AUTO_MODEL.to_string())
        } else {
            None
        }
    });
    Ok(Setup {
        gateway_url,
        api_key: args
            .api_key
            .clone()
            .unwrap_or_else(|| LOCAL_KEY.to_string()),
        models,
        default_model,
    })
}

fn reqwest_url_invalid(url: &str) -> bool {
    reqwest::Url::parse(url).is_err()
}

fn model_definition(id: &str) -> Value {
    json!({
        "id": id,
        "name": if id == AUTO_MODEL { "Higress Auto Router" } else { id },
        "api": "openai-completions",
        "reasoning": false,
        "input": ["text"],
        "cost": {"input": 0, "output": 0, "cacheRead": 0, "cacheWrite": 0},
        "contextWindow": 128000,
        "maxTokens": 8192,
    })
}

fn object_at<'a>(root: &'a mut Value, path: &[&str]) -> &'a mut Map<String, Value> {
    let mut node = root;
    for part in path {
        if !node.is_object() {
            *node = Value::Object(Map::new());
        }
        node = node
            .as_object_mut()
            .map(|m| {
                m.entry(part.to_string())
                    .or_insert_with(|| Value::Object(Map::new()))
            })
            .unwrap_or_else(|| unreachable!("just made an object"));
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    node.as_object_mut()
        .unwrap_or_else(|| unreachable!("just made an object"))
}

/// Merge the provider into a runtime config, keeping everything else. Returns a note when the
/// user's own default model was kept.
pub fn merge_config(kind: Kind, config: &mut Value, setup: &Setup) -> Option<String> {
    if !config.is_object() {
        *config = Value::Object(Map::new());
    }
    let models = object_at(config, &["models"]);
    models.entry("mode").or_insert_with(|| json!("merge"));
    let providers = object_at(config, &["models", "providers"]);
    providers.insert(
        PROVIDER_ID.into(),
        json!({
            "baseUrl": api_base_url(&setup.gateway_url),
            "apiKey": setup.api_key,
            "api": "openai-completions",
            "models": setup.models.iter().map(|m| model_definition(m)).collect::<Vec<_>>(),
        }),
    );
    let refs: Vec<String> = setup.models.iter().map(|m| kind.model_ref(m)).collect();
    let allowed = object_at(config, &["agents", "defaults", "models"]);
    allowed.retain(|k, _| !k.starts_with(&format!("{PROVIDER_ID}/")) || refs.contains(k));
    for r in &refs {
        allowed.entry(r.clone()).or_insert_with(|| json!({}));
    }
    let mut kept = None;
    if let Some(default) = &setup.default_model {
        let wanted = if refs.contains(&kind.model_ref(default)) {
            kind.model_ref(default)
        } else {
            default.clone()
        };
        let model = object_at(config, &["agents", "defaults", "model"]);
        match model.get("primary").and_then(Value::as_str) {
            Some(current)
                if !current.starts_with(&format!("{PROVIDER_ID}/")) && current != wanted =>
            {
                kept = Some(format!(
                    "kept your default model {current}; switch with `{} models set {wanted}`",
                    kind.bin()
                ));
            }
            _ => {
                model.insert("primary".into(), json!(wanted));
            }
        }
    }
    let entry = object_at(config, &["plugins", "entries", PLUGIN_ID]);
    entry.insert("enabled".into(), json!(true));
    let plugin_config = entry
        .entry("config")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(c) = plugin_config.as_object_mut() {
        c.insert(
            "gatewayUrl".into(),
            json!(gateway_origin(&setup.gateway_url)),
        );
    }
    kept
}

fn configure(kind: Kind, home: &Path, setup: &Setup) -> Result<()> {
    let path = home.join(kind.config_name());
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_fail("read", &path, e)),
    };
    let mut config: Value = match &existing {
        Some(text) if !text.trim().is_empty() => serde_json::from_str(text).map_err(|e| {
            fail_hint(
                format!("cannot read {} as JSON: {e}", path.display()),
                format!(
                    "fix the file (`{} config validate`), then run this again",
                    kind.bin()
                ),
            )
        })?,
        _ => Value::Object(Map::new()),
    };
    let before = config.clone();
    let note = merge_config(kind, &mut config, setup);
    let shown = setup
        .models
        .iter()
        .map(|m| kind.model_ref(m))
        .collect::<Vec<_>>()
        .join(", ");
    if config == before {
        ui::ok(format!(
            "{} already uses the gateway at {} ({shown}); nothing changed",
            path.display(),
            api_base_url(&setup.gateway_url)
        ));
    } else {
        let mut text = serde_json::to_string_pretty(&config)
            .map_err(|e| fail(format!("cannot write JSON: {e}")))?;
        text.push('\n');
        if let Some(old) = &existing {
            let backup = path.with_file_name(format!("{}.get-ai-gateway.bak", kind.config_name()));
            std::fs::write(&backup, old).map_err(|e| io_fail("back up", &path, e))?;
            set_mode(&backup, 0o600)?;
        }
        std::fs::create_dir_all(home).map_err(|e| io_fail("create", home, e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{}.", kind.config_name()))
            .tempfile_in(home)
            .map_err(|e| io_fail("write in", home, e))?;
        tmp.write_all(text.as_bytes())
            .map_err(|e| io_fail("write", &path, e))?;
        set_mode(tmp.path(), 0o600)?;
        tmp.persist(&path)
            .map_err(|e| io_fail("write", &path, e.error))?;
        ui::ok(format!(
            "Configured provider {PROVIDER_ID} in {}: {} with {shown}",
            path.display(),
            api_base_url(&setup.gateway_url)
        ));
    }
    if let Some(note) = note {
        ui::info(note);
    }
    if setup.api_key != LOCAL_KEY {
        ui::info(format!("API key: {}", providers::mask(&setup.api_key)));
    }
    println!("Check it with: {} models list", kind.bin());
    Ok(())
}

fn uninstall(target: &PluginTargetArgs) -> Result<()> {
    let (kind, _) = choose_existing(target)?;
    let dir = plugin_dir(kind, target, None);
    if !dir.exists() {
        return Err(fail_hint(
            format!("the plugin is not installed in {}", dir.display()),
            "see where it is with `get-ai-gateway plugin status`",
        ));
    }
    std::fs::remove_dir_all(&dir).map_err(|e| io_fail("remove", &dir, e))?;
    ui::ok(format!("Removed {}", dir.display()));
    ui::info(format!(
        "The provider settings in {} were kept; remove models.providers.{PROVIDER_ID} there if you no longer use the gateway.",
        kind.home(target.home.as_deref())
            .join(kind.config_name())
            .display()
    ));
    Ok(())
}

/// For uninstall/status with `auto`: the runtime whose plugin folder exists, else `choose`.
fn choose_existing(target: &PluginTargetArgs) -> Result<(Kind, String)> {
    if target.runtime == Runtime::Auto {
        let installed: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| plugin_dir(*k, target, None).exists())
            .collect();
        if let [only] = installed.as_slice() {
            return Ok((*only, "the plugin is installed there".into()));
        }
    }
    choose(target)
}

fn status(target: &PluginTargetArgs, as_json: bool) -> Result<()> {
    let mut report = Vec::new();
    let kinds: Vec<Kind> = match target.runtime {
        Runtime::Auto => Kind::ALL.to_vec(),
        Runtime::Openclaw => vec![Kind::OpenClaw],
        Runtime::Clawdbot => vec![Kind::Clawdbot],
    };
    for kind in kinds {
        let home = kind.home(target.home.as_deref());
        let dir = home.join("extensions").join(PLUGIN_ID);
        let version = std::fs::read_to_string(dir.join("package.json"))
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
            .and_then(|v| v["version"].as_str().map(str::to_string));
        let config: Value = std::fs::read_to_string(home.join(kind.config_name()))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        let provider = &config["models"]["providers"][PROVIDER_ID];
        let enabled = config["plugins"]["entries"][PLUGIN_ID]["enabled"].as_bool() != Some(false);
        let models: Vec<String> = provider["models"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|m| m["id"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut entry = BTreeMap::new();
        entry.insert("runtime", json!(kind.bin()));
        entry.insert(
            "runtime_on_path",
            json!(kind.on_path().map(|p| p.display().to_string())),
        );
        entry.insert("home", json!(home.display().to_string()));
        entry.insert("installed", json!(dir.is_dir()));
        entry.insert("path", json!(dir.display().to_string()));
        entry.insert("version", json!(version));
        entry.insert(
            "current",
            json!(dir.is_dir() && same_files(&dir, &render(kind))),
        );
        entry.insert("enabled", json!(dir.is_dir() && enabled));
        entry.insert("configured", json!(provider.is_object()));
        entry.insert("base_url", provider["baseUrl"].clone());
        entry.insert("models", json!(models));
        entry.insert(
            "default_model",
            config["agents"]["defaults"]["model"]["primary"].clone(),
        );
        report.push(entry);
    }
    if as_json {
        ui::print_json(&json!({ "runtimes": report }));
        return Ok(());
    }
    for e in &report {
        let yes = |v: &Value| {
            if v.as_bool() == Some(true) {
                "yes"
            } else {
                "no"
            }
        };
        println!("{}:", e["runtime"].as_str().unwrap_or("?"));
        println!(
            "  on PATH:    {}",
            e["runtime_on_path"].as_str().unwrap_or("no")
        );
        println!(
            "  installed:  {} ({}{})",
            yes(&e["installed"]),
            e["path"].as_str().unwrap_or(""),
            e["version"]
                .as_str()
                .map(|v| format!(", version {v}"))
                .unwrap_or_default()
        );
        if e["installed"].as_bool() == Some(true) && e["current"].as_bool() != Some(true) {
            println!(
                "              differs from this get-ai-gateway's plugin; run `get-ai-gateway plugin install`"
            );
        }
        println!("  enabled:    {}", yes(&e["enabled"]));
        match e["base_url"].as_str() {
            Some(url) => println!(
                "  configured: yes ({url}; models {})",
                e["models"]
                    .as_array()
                    .map(|a| a
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", "))
                    .unwrap_or_default()
            ),
            None => println!("  configured: no"),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_differ_only_where_the_runtimes_do() {
        let oc = render(Kind::OpenClaw);
        let cb = render(Kind::Clawdbot);
        fn names(v: &[(&'static str, String)]) -> Vec<&'static str> {
            v.iter().map(|(n, _)| *n).collect()
        }
        assert_eq!(
            names(&oc),
            [
                "index.ts",
                "openclaw.plugin.json",
                "package.json",
                "README.md"
            ]
        );
        assert_eq!(
            names(&cb),
            [
                "index.ts",
                "clawdbot.plugin.json",
                "package.json",
                "README.md"
            ]
        );
        for (_, text) in oc.iter().chain(cb.iter()) {
            assert!(!text.contains("{{"), "unfilled placeholder");
        }
        // Same manifest, different file name.
        assert_eq!(oc[1].1, cb[1].1);
        let manifest: Value = serde_json::from_str(&oc[1].1).unwrap();
        assert_eq!(manifest["id"], PLUGIN_ID);
        assert_eq!(manifest["providers"][0], PROVIDER_ID);
        assert!(manifest["configSchema"].is_object());
        // package.json: the runtime's own extensions key.
        let p_oc: Value = serde_json::from_str(&oc[2].1).unwrap();
        let p_cb: Value = serde_json::from_str(&cb[2].1).unwrap();
        assert_eq!(p_oc["openclaw"]["extensions"][0], "./index.ts");
        assert!(p_oc.get("clawdbot").is_none());
        assert_eq!(p_cb["clawdbot"]["extensions"][0], "./index.ts");
        assert_eq!(p_oc["version"], env!("CARGO_PKG_VERSION"));
        // index.ts: the SDK types and the reference rule differ, nothing else.
        assert!(oc[0].1.contains("from \"openclaw/plugin-sdk/core\""));
        assert!(cb[0].1.contains("from \"clawdbot/plugin-sdk\""));
        assert!(oc[0].1.contains("export const RUNTIME = \"openclaw\";"));
        let differing: Vec<_> = oc[0]
            .1
            .lines()
            .zip(cb[0].1.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(differing.len(), 3, "{differing:?}");
        // Only a type import: nothing from the SDK is loaded at run time.
        let imports: Vec<_> = oc[0]
            .1
            .lines()
            .filter(|l| l.starts_with("import "))
            .collect();
        assert_eq!(
            imports,
            ["import type * as Sdk from \"openclaw/plugin-sdk/core\";"]
        );
    }

    #[test]
    fn urls_get_v1_once() {
        for (input, origin) in [
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://localhost:8080/", "http://localhost:8080"),
            ("http://localhost:8080/v1", "http://localhost:8080"),
            ("http://localhost:8080/v1/", "http://localhost:8080"),
            (" localhost:8080//", "http://localhost:8080"),
            ("https://gw.example.com/V1", "https://gw.example.com"),
        ] {
            assert_eq!(gateway_origin(input), origin, "{input}");
            assert_eq!(api_base_url(input), format!("{origin}/v1"));
        }
        assert_eq!(api_base_url(&api_base_url("http://h:1")), "http://h:1/v1");
    }

    #[test]
    fn model_references_are_never_double_prefixed_in_openclaw() {
        assert_eq!(Kind::OpenClaw.model_ref("higress/auto"), "higress/auto");
        assert_eq!(Kind::OpenClaw.model_ref("qwen-turbo"), "higress/qwen-turbo");
        // Clawdbot puts the provider in front of every id: its reference to the model the
        // gateway receives as "higress/auto" is higress/higress/auto.
        assert_eq!(
            Kind::Clawdbot.model_ref("higress/auto"),
            "higress/higress/auto"
        );
        assert_eq!(Kind::Clawdbot.model_ref("qwen-turbo"), "higress/qwen-turbo");
    }

    fn setup(models: &[&str]) -> Setup {
        Setup {
            gateway_url: "http://127.0.0.1:9000/".into(),
            api_key: LOCAL_KEY.into(),
            models: models.iter().map(|m| m.to_string()).collect(),
            default_model: Some(AUTO_MODEL.into()),
        }
    }

    #[test]
    fn merge_keeps_foreign_settings_and_is_idempotent() {
        let mut config = json!({
            "meta": {"lastTouchedVersion": "x"},
            "agents": {"defaults": {"models": {"anthropic/claude": {"alias": "c"}, "higress/old": {}}}},
            "channels": {"x": 1}
        });
        merge_config(
            Kind::OpenClaw,
            &mut config,
            &setup(&["higress/auto", "qwen-turbo"]),
        );
        let once = config.clone();
        merge_config(
            Kind::OpenClaw,
            &mut config,
            &setup(&["higress/auto", "qwen-turbo"]),
        );
        assert_eq!(config, once);
        assert_eq!(config["meta"]["lastTouchedVersion"], "x");
        assert_eq!(config["channels"]["x"], 1);
        let allowed = config["agents"]["defaults"]["models"].as_object().unwrap();
        let keys: Vec<_> = allowed.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["anthropic/claude", "higress/auto", "higress/qwen-turbo"]
        );
        assert_eq!(
            config["agents"]["defaults"]["model"]["primary"],
            "higress/auto"
        );
        assert_eq!(
            config["models"]["providers"]["higress"]["baseUrl"],
            "http://127.0.0.1:9000/v1"
        );
        assert!(config["plugins"].get("allow").is_none());
        // The user's own default model is kept.
        let mut mine = json!({"agents": {"defaults": {"model": {"primary": "anthropic/claude"}}}});
        let note = merge_config(Kind::OpenClaw, &mut mine, &setup(&["higress/auto"]));
        assert_eq!(
            mine["agents"]["defaults"]["model"]["primary"],
            "anthropic/claude"
        );
        assert!(note.unwrap().contains("models set higress/auto"));
    }
}
