//! Gateway as code: `apply`, `diff`, `export --format gateway` and `schema`. The file, the
//! plan and the export are pure ([`crate::domain::ops::gitops`]); this reads the file and
//! the gateway, creates the container through `start` when there is none, and commits every
//! change in one transaction of the edit engine (one reload).

use std::io::Read;
use std::path::Path;

use anyhow::Result;
use serde_yaml::Value;

use crate::args::{
    ApplyArgs, Cli, Commands, DEFAULT_CONTAINER_NAME, DiffArgs, ExportArgs, GlobalArgs, UpgradeArgs,
};
use crate::commands::keys::quota::AdminAccess as QuotaAdmin;
use crate::commands::upgrade::Respec;
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::live::gwconfig::mcp::PLUGIN_FILE;
use crate::domain::live::keyscope::KeyFiles;
use crate::domain::live::mcp as mcp_live;
use crate::domain::live::paths::{
    GLOBAL_CUSTOM_RESPONSE, MCP_BRIDGE, MODEL_MAPPER, MODEL_ROUTER, SETTINGS,
};
use crate::domain::live::paths::{
    configmap_path, envoyfilter_path, fallback_ingress_path, ingress_path,
};
use crate::domain::live::quota as quota_live;
use crate::domain::live::redis::{self as redis_dom, Redis};
use crate::domain::live::tokenlimit::{self, WINDOWS, Window};
use crate::domain::live::tracing::HIGRESS_CONFIG;
use crate::domain::live::{LiveConfig, Write, keyauth, keyrate, yaml11};
use crate::domain::ops::gitops::mcp as gmcp;
use crate::domain::ops::gitops::observability;
use crate::domain::ops::gitops::plan::{self, Current, Plan};
use crate::domain::ops::gitops::refs::{self, Lookup};
use crate::domain::ops::gitops::{
    self, Desired, StartSpec, TokenLimits, emit, export as gexport, schema,
};
use crate::domain::ops::upgrade as upgrade_dom;
use crate::domain::providers::registry::split_image;
use crate::edit::Snapshot;
use crate::engine::Engine;
use crate::error::{ExitStatus, fail, fail_hint};
use crate::gateway::{self, AI_PROXY, Gateway, Need, console as gwconsole};
use crate::ui;

/// The file, parsed and its references resolved.
fn load(path: &Path) -> Result<Desired> {
    let text = if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| fail(format!("cannot read the file from standard input: {e}")))?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            fail_hint(
                format!("cannot read {}: {e}", path.display()),
                "pass the Gateway file with -f FILE",
            )
        })?
    };
    let desired = gitops::parse(&text).map_err(|e| {
        let hint = crate::error::user_hint(&e).map(str::to_string);
        let message = format!("{}: {e:#}", path.display());
        match hint {
            Some(h) => fail_hint(message, h),
            None => fail(message),
        }
    })?;
    let env = |k: &str| std::env::var(k).ok();
    let file = |p: &str| std::fs::read_to_string(p).map_err(|e| e.to_string());
    refs::resolve(&desired, &Lookup { env: &env, file: &file }).map_err(|m| {
        fail_hint(
            format!("{}: {}", m.field, m.message),
            "set the variable (or create the file) before running this; the file holds references, not secrets",
        )
    })
}

/// The container's name: --container-name (or its variable) when given, else the file's.
fn container_name(global: &GlobalArgs, desired: &Desired) -> String {
    match &desired.name {
        Some(n) if global.container_name == DEFAULT_CONTAINER_NAME => n.clone(),
        _ => global.container_name.clone(),
    }
}

/// What the container was created with, as the file's `start:` says it.
fn start_of(gw: &Gateway) -> StartSpec {
    let info = gw.info();
    let (repo, tag) = split_image(&info.image);
    let ports = gw.ports();
    let metrics_port = info
        .ports
        .iter()
        .find(|p| p.container_port == crate::gateway::metrics::METRICS_PORT)
        .map(|p| format!("{}:{}", p.host_ip, p.host_port));
    StartSpec {
        image_repo: Some(repo.to_string()),
        image_tag: Some(upgrade_dom::o11y_tag(tag, false)),
        o11y: Some(upgrade_dom::is_o11y(&info.image)),
        metrics_port,
        data_folder: info.data_folder.clone(),
        bind: Some(gateway::bind_of(info)),
        http: Some(ports.http),
        https: Some(ports.https),
        console: Some(ports.console),
        redis: None,
    }
}

/// The gateway's state as the plan of `desired` compares it (everything, for export), from
/// one read of every file (the tree, the settings and the console's password file): one exec
/// at most.
async fn current(gw: &Gateway, desired: Option<&Desired>) -> Result<Current> {
    let snap = gw.read_tree_files(&held_paths(desired)).await?;
    current_of(gw, start_of(gw), &snap, desired)
}

/// [`current`] from a snapshot holding the tree and [`held_paths`]. With `desired`, the
/// console's password, tracing and the MCP servers only when the file has those sections,
/// and what else counts in Redis only when it says `start.redis: false`.
fn current_of(
    gw: &Gateway,
    start: StartSpec,
    snap: &Snapshot,
    desired: Option<&Desired>,
) -> Result<Current> {
    let wants = |section: fn(&Desired) -> bool| desired.is_none_or(section);
    let live = live_of(snap, desired);
    let (ka, kr) = (keyauth::path(), keyrate::path());
    let auth = parse_doc(&ka, snap.text(&ka))?;
    let rate = parse_doc(&kr, snap.text(&kr))?;
    let mut cur = Current::of(&live, &auth, &rate)?;
    if wants(|d| d.console.is_some()) {
        cur.console_password = gwconsole::account_of(snap).saved;
    }
    let higress = snap.text(HIGRESS_CONFIG);
    if wants(|d| d.observability.is_some()) {
        cur.tracing = observability::current(higress.as_deref(), live.bridge());
    }
    if wants(|d| d.mcp_servers.is_some()) {
        let wanted = gmcp::files();
        let files = snap
            .paths()
            .filter(|p| wanted.contains(p) || gmcp::is_server_file(p))
            .map(|p| (p.clone(), snap.text(p)));
        cur.mcp = Some(gmcp::CurrentMcp::of(files));
    }
    let qp = quota_live::path();
    let quota_doc = parse_doc(&qp, snap.text(&qp))?;
    cur.quotas = quota_live::enabled(Some(&quota_doc).filter(|d| !d.is_null()));
    let docs = token_docs(snap)?;
    cur.key_tokens =
        tokenlimit::limits_of(docs.iter().filter_map(|(w, d)| Some((*w, d.as_ref()?))));
    let redis = redis_of(higress.as_deref(), &live);
    cur.redis = redis.is_some();
    cur.redis_beside = redis.is_some_and(|r| r.host == redis_dom::container_name(gw.name()));
    let off = desired.and_then(|d| d.start.as_ref()?.redis) == Some(false);
    if off && cur.redis {
        cur.redis_users = redis_users(snap);
    }
    let mut start = start;
    start.redis = Some(cur.redis);
    cur.start = Some(start);
    Ok(cur)
}

/// What counts in the gateway's Redis besides token limits: quotas (ai-quota) and the MCP
/// servers that proxy SSE (their sessions are kept there).
fn redis_users(snap: &Snapshot) -> Vec<String> {
    let tree = snap.present();
    let quota_doc = tree
        .get(&crate::domain::live::quota::path())
        .and_then(|t| serde_yaml::from_str::<Value>(t).ok());
    let mut users = Vec::new();
    if crate::domain::live::quota::enabled(quota_doc.as_ref()) {
        users.push("quotas (`keys quota disable`)".to_string());
    }
    let sse: Vec<String> = crate::domain::live::mcp::list(&tree)
        .into_iter()
        .filter(|s| s.kind == "proxy" && s.transport.as_deref() == Some("sse"))
        .map(|s| s.name)
        .collect();
    if !sse.is_empty() {
        let noun = if sse.len() == 1 { "server" } else { "servers" };
        users.push(format!("the SSE MCP {noun} {}", sse.join(", ")));
    }
    users
}

/// The live model of the providers' files in `snap`: the table's providers and every
/// OpenAI-compatible server ai-proxy has or the file names, with their route files (retries
/// and fallbacks live there). Key-auth, key-rate-limit, higress-config, the token limits and
/// the MCP servers' files are read and written apart from it.
fn live_of(snap: &Snapshot, desired: Option<&Desired>) -> LiveConfig {
    let (ka, kr) = (keyauth::path(), keyrate::path());
    let token_paths = tokenlimit::paths();
    let of = |paths: &[String]| {
        LiveConfig::from_files(
            paths
                .iter()
                .filter(|p| **p != ka && **p != kr && *p != HIGRESS_CONFIG)
                .filter(|p| !token_paths.contains(p))
                .filter(|p| *p != PLUGIN_FILE && !gmcp::is_server_file(p))
                .map(|p| (p.clone(), snap.text(p))),
        )
    };
    let mut paths = crate::domain::live::paths();
    let first = of(&paths);
    let mut ids: Vec<String> = first
        .route_providers()
        .into_iter()
        .map(|p| p.id.to_string())
        .filter(|id| id.starts_with(crate::domain::providers::compatible::ID_PREFIX))
        .collect();
    ids.extend(desired.map(compatible_ids).unwrap_or_default());
    // No OpenAI-compatible server: the table's files are all there is (parsed once).
    if ids.is_empty() {
        return first;
    }
    for id in ids {
        paths.extend(route_paths(&id));
    }
    paths.sort();
    paths.dedup();
    of(&paths)
}

/// A provider's route files: its ConfigMap and Ingress, its fallback Ingress and EnvoyFilter.
fn route_paths(id: &str) -> [String; 4] {
    [
        configmap_path(id),
        ingress_path(id),
        fallback_ingress_path(id),
        envoyfilter_path(id),
    ]
}

fn parse_doc(path: &str, text: Option<String>) -> Result<Value> {
    match text {
        Some(t) => serde_yaml::from_str(&t).map_err(|e| fail(format!("{path}: {e}"))),
        None => Ok(Value::Null),
    }
}

/// `diff`: the plan only.
pub async fn diff(global: &GlobalArgs, args: &DiffArgs) -> Result<ExitStatus> {
    let desired = load(&args.file)?;
    let name = container_name(global, &desired);
    let engine = Engine::connect().await?;
    let plan = match engine.inspect(&name).await? {
        Some(info) => {
            let gw = Gateway::of_running(engine, info)?;
            plan::plan(&desired, &current(&gw, Some(&desired)).await?, args.prune)?
        }
        None => creation_plan(&desired, &name)?,
    };
    show(&plan, args.json, None);
    Ok(if args.exit_code && !plan.is_empty() {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The plan against a gateway that does not exist yet.
fn creation_plan(desired: &Desired, name: &str) -> Result<Plan> {
    let cur = Current {
        providers: Default::default(),
        routing: AutoRouting {
            present: false,
            enable: false,
            default_model: None,
            rules: Vec::new(),
        },
        keys_required: false,
        keys: Default::default(),
        key_providers: Default::default(),
        key_rates: Default::default(),
        key_tokens: Default::default(),
        redis: false,
        redis_beside: false,
        redis_users: Vec::new(),
        quotas: false,
        console_password: None,
        start: None,
        tracing: None,
        mcp: None,
    };
    let mut p = plan::plan(desired, &cur, false)?;
    p.create = Some(name.to_string());
    Ok(p)
}

fn show(plan: &Plan, json: bool, applied: Option<usize>) {
    if json {
        let mut v = plan.to_json();
        v["applied"] = serde_json::json!(applied.unwrap_or(0));
        ui::print_json(&v);
        return;
    }
    let text = plan.render();
    if !text.is_empty() {
        println!("{text}");
    }
    match applied {
        _ if plan.is_empty() => println!("no changes"),
        Some(n) => ui::ok(format!("applied {n} changes (hot-reloaded)")),
        None => {}
    }
}

/// `apply`: create the gateway when there is none, then converge in one transaction. With
/// nothing to ask (`--yes`, `--json`, no terminal), the plan is made and applied in that one
/// transaction; otherwise it is shown and confirmed first, and made again under the lock.
pub async fn apply(global: &GlobalArgs, args: &ApplyArgs) -> Result<()> {
    let desired = load(&args.file)?;
    let name = container_name(global, &desired);
    let engine = Engine::connect().await?;
    let mut gw = match engine.inspect(&name).await? {
        Some(info) => Gateway::of_running(engine, info)?,
        None if args.dry_run => {
            show(&creation_plan(&desired, &name)?, args.json, None);
            return Ok(());
        }
        None => {
            create(global, &desired, &name).await?;
            Gateway::connect(&name, Need::Running).await?
        }
    };
    let asks = !args.yes && !args.json && ui::stdin_is_tty() && !global.non_interactive;
    if args.dry_run || args.recreate || asks {
        let cur = current(&gw, Some(&desired)).await?;
        let mut preview = plan::plan(&desired, &cur, args.prune)?;
        let recreating = args.recreate && !args.dry_run && needs_recreate(&preview);
        if args.recreate {
            open_only_with_keys(&desired, &preview, cur.keys_required)?;
        }
        if asks && recreating {
            // Asked once, before the container is recreated: the whole plan.
            confirm(&preview, &format!("Recreate {name} and apply the changes?"))?;
        }
        if args.recreate && recreate(&gw, &desired, &preview, args).await? {
            gw = Gateway::connect(&name, Need::Running).await?;
            preview = plan::plan(&desired, &current(&gw, Some(&desired)).await?, args.prune)?;
        }
        if args.dry_run || preview.is_empty() {
            show(&preview, args.json, None);
            return Ok(());
        }
        if asks && !recreating {
            let prompt = format!("Apply these {} changes?", preview.lines.len());
            confirm(&preview, &prompt)?;
        }
    }
    let (done, admin) = converge(&gw, &desired, args.prune).await?;
    if let Some(pw) = plan::console_password(&done) {
        gwconsole::reset(&gw, Some(pw.to_string())).await?;
    }
    // The grants are made after the files: reported apart.
    let files = done.lines.len() - plan::grants(&done).len();
    let applied = (!done.is_empty()).then_some(files);
    show(&done, args.json, applied);
    if let Some(admin) = admin {
        grant(&gw, &done, &admin, args.json).await?;
    }
    Ok(())
}

/// The plan's initial quotas, through ai-quota's admin path once the files are committed.
/// A failure names each key that got none and the command that gives it (exit 1).
async fn grant(gw: &Gateway, done: &Plan, admin: &QuotaAdmin, json: bool) -> Result<()> {
    let grants = plan::grants(done);
    // Just written: the gateway may not have loaded ai-quota and the admin key yet.
    let fresh = plan::quotas_switch(done) == Some(true);
    let failed = crate::commands::keys::quota::grant(
        gw,
        admin.key().unwrap_or_default(),
        admin.path(),
        &grants,
        fresh,
    )
    .await;
    let given: Vec<String> = grants
        .iter()
        .filter(|(n, _)| !failed.iter().any(|(f, _, _)| f == n))
        .map(|(n, q)| format!("{n} {q}"))
        .collect();
    if !given.is_empty() {
        let text = format!("Initial quotas granted (tokens): {}.", given.join(", "));
        // stdout holds the JSON alone.
        match json {
            true => ui::info(text),
            false => ui::ok(text),
        }
    }
    if failed.is_empty() {
        return Ok(());
    }
    let why: Vec<String> = failed.iter().map(|(n, _, e)| format!("{n}: {e}")).collect();
    let fix: Vec<String> = failed
        .iter()
        .map(|(n, q, _)| format!("`get-ai-gateway keys quota {n} --set {q}`"))
        .collect();
    let names: Vec<&str> = failed.iter().map(|(n, _, _)| n.as_str()).collect();
    Err(fail_hint(
        format!(
            "the files are applied, but no quota was granted to {} ({}); another apply does not \
             grant it (the key exists)",
            names.join(", "),
            why.join("; ")
        ),
        format!("grant it: {}", fix.join(", then ")),
    ))
}

/// Whether the plan lists `start:` differences (`apply --recreate` makes them).
fn needs_recreate(preview: &Plan) -> bool {
    !preview.upgrade.is_empty() || !preview.new_container.is_empty()
}

/// Ask `prompt` before applying `preview`; an answer of no changes nothing.
fn confirm(preview: &Plan, prompt: &str) -> Result<()> {
    println!("{}", preview.render());
    let go = dialoguer::Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .interact()
        .map_err(|e| fail(format!("cannot ask: {e}")))?;
    if go {
        return Ok(());
    }
    Err(fail_hint(
        "nothing was changed",
        "run again with --yes to apply without asking",
    ))
}

/// `apply --recreate`: the `start:` differences of the plan (image, o11y, ports, bind, data
/// folder, metrics port) go through `upgrade`'s machinery in one recreate: the checks first
/// (new ports free, new folder new or empty), then a backup, the container parked, the new
/// one launched on the new image, ports and folder, keys and rules verified, and the old
/// container (ports, folder, data) back on any failure. Whether it recreated.
async fn recreate(
    gw: &Gateway,
    desired: &Desired,
    preview: &Plan,
    args: &ApplyArgs,
) -> Result<bool> {
    let (dry_run, json) = (args.dry_run, args.json);
    let name = gw.name().to_string();
    if !needs_recreate(preview) {
        return Ok(false);
    }
    let diffs: Vec<&String> = preview
        .upgrade
        .iter()
        .chain(&preview.new_container)
        .collect();
    let listed = diffs
        .iter()
        .map(|d| d.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if dry_run {
        ui::info(format!(
            "--dry-run: apply --recreate would recreate {name} ({listed}); nothing was changed."
        ));
        return Ok(false);
    }
    let st = desired.start.clone().unwrap_or_default();
    let args = upgrade_args(&name, &st, preview)?;
    let respec = Respec {
        http: st.http,
        https: st.https,
        console: st.console,
        bind: st.bind.clone(),
        data_folder: st.data_folder.as_ref().map(std::path::PathBuf::from),
        on_stderr: json,
    };
    ui::info(format!("{listed}: recreating {name}."));
    let pull = !preview.upgrade.is_empty();
    let gw = Gateway::connect(&name, Need::Running).await?;
    crate::commands::upgrade::recreate(gw, &args, &respec, pull).await?;
    Ok(true)
}

/// A recreate that publishes the gateway beyond loopback needs gateway keys required
/// already (and the file not turning them off), as `start --bind` requires them: the apply
/// converges the file after the recreate, so keys the file requires would come a moment
/// after the port opens. Else it is refused before anything changes.
fn open_only_with_keys(desired: &Desired, preview: &Plan, required_now: bool) -> Result<()> {
    let bind = desired.start.as_ref().and_then(|s| s.bind.as_deref());
    let Some(bind) = bind.filter(|b| !crate::domain::ops::plan::is_loopback(b)) else {
        return Ok(());
    };
    if !preview
        .new_container
        .iter()
        .any(|d| d.starts_with("start.bind "))
    {
        return Ok(());
    }
    let keys = desired.gateway_keys.as_ref().and_then(|k| k.required);
    if required_now && keys != Some(false) {
        return Ok(());
    }
    Err(fail_hint(
        format!(
            "start.bind {bind} publishes the gateway beyond loopback, and it does not require \
             gateway keys (anyone who reaches the port would spend your provider keys); \
             nothing was changed"
        ),
        "require them first (`get-ai-gateway keys enable`, or `gatewayKeys: {required: true}` \
         in the file and `apply` without --recreate), then `apply --recreate`",
    ))
}

/// `upgrade`'s arguments for the file's image and metrics port (the metrics port only when
/// the plan lists it), parsed by its own parser.
fn upgrade_args(name: &str, st: &StartSpec, preview: &Plan) -> Result<UpgradeArgs> {
    let mut argv: Vec<String> = ["get-ai-gateway", "upgrade", "--container-name", name]
        .map(str::to_string)
        .to_vec();
    let metrics = preview
        .new_container
        .iter()
        .any(|d| d.starts_with("start.metricsPort"))
        .then(|| st.metrics_port.clone())
        .flatten();
    for (flag, v) in [
        ("--image-repo", st.image_repo.clone()),
        ("--image-tag", st.image_tag.clone()),
        ("--metrics-port", metrics),
    ] {
        if let Some(v) = v {
            argv.extend([flag.to_string(), v]);
        }
    }
    match st.o11y {
        Some(true) => argv.push("--o11y".into()),
        Some(false) => argv.push("--no-o11y".into()),
        None => {}
    }
    let cli = <Cli as clap::Parser>::try_parse_from(&argv).map_err(|e| {
        fail_hint(
            format!("upgrade: {}", e.kind()),
            "check start.image and start.metricsPort in the file",
        )
    })?;
    match cli.command {
        Commands::Upgrade(args) => Ok(args),
        _ => Err(fail("upgrade: the flags did not parse as `upgrade`")),
    }
}

/// The ids of the OpenAI-compatible servers the file has.
fn compatible_ids(desired: &Desired) -> Vec<String> {
    desired
        .compatible
        .iter()
        .flat_map(|m| m.keys())
        .filter(|id| id.starts_with(crate::domain::providers::compatible::ID_PREFIX))
        .cloned()
        .collect()
}

/// Every provider id the file names: its providers, its OpenAI-compatible servers and their
/// fallbacks' targets.
fn named_ids(desired: &Desired) -> Vec<String> {
    let specs = desired
        .providers
        .iter()
        .chain(desired.compatible.iter())
        .flat_map(|m| m.iter());
    let mut ids = Vec::new();
    for (id, spec) in specs {
        ids.push(id.clone());
        let targets = spec.resilience.fallback.iter().flat_map(|f| &f.upstreams);
        ids.extend(targets.map(|u| u.provider.clone()));
    }
    ids
}

/// The files the plan reads besides the tree (every `*.yaml` file, which the read and the
/// transaction hold anyway: the files of every provider and MCP server the gateway has),
/// and every file the change may create: the routes of the providers the file names (with
/// their fallbacks' Ingress and EnvoyFilter), ai-proxy, model-router, model-mapper and the
/// global custom_response filter, key-auth, key-rate-limit, the token limits, higress-config
/// and the McpBridge (tracing, Redis), the mcp-server plugin and the Ingresses of the MCP
/// servers the file names, the settings and the console's account. A short list: the read
/// costs a little more per name.
fn held_paths(desired: Option<&Desired>) -> Vec<String> {
    let mut paths: Vec<String> = [
        AI_PROXY,
        MODEL_ROUTER,
        MODEL_MAPPER,
        GLOBAL_CUSTOM_RESPONSE,
        MCP_BRIDGE,
        SETTINGS,
        HIGRESS_CONFIG,
        PLUGIN_FILE,
    ]
    .map(str::to_string)
    .to_vec();
    for id in desired.map(named_ids).unwrap_or_default() {
        paths.extend(route_paths(&id));
    }
    let servers = desired.and_then(|d| d.mcp_servers.as_ref());
    paths.extend(
        servers
            .iter()
            .flat_map(|m| m.keys())
            .map(|n| mcp_live::ingress_file(n)),
    );
    paths.push(keyauth::path());
    paths.push(keyrate::path());
    paths.push(quota_live::path());
    paths.extend(tokenlimit::paths());
    paths.extend(gwconsole::paths());
    paths.sort();
    paths.dedup();
    paths
}

/// One transaction on every file: the plan is made from what the lock holds, then applied;
/// an empty plan writes nothing. One exec at most. With the plan, the admin key and path of
/// its quota grants (when it has any).
async fn converge(
    gw: &Gateway,
    desired: &Desired,
    prune: bool,
) -> Result<(Plan, Option<QuotaAdmin>)> {
    let start = start_of(gw);
    // Used only when the plan turns quotas on and key-auth has no admin key.
    let admin_key = keyauth::new_key(&gateway::host::random_bytes::<32>()?);
    gw.transact_tree(&held_paths(Some(desired)), |snap| {
        let cur = current_of(gw, start, snap, Some(desired))?;
        let plan = plan::plan(desired, &cur, prune)?;
        if plan.is_empty() {
            return Ok((Vec::new(), (plan, None)));
        }
        let mut writes = plan_writes(&plan, &cur, snap, desired, &admin_key)?;
        // Removing a file the tree does not hold: it is not there.
        writes.retain(|w| matches!(w, Write::Put { .. }) || snap.paths().any(|p| p == w.path()));
        let admin = quota_admin(&plan, &writes, snap)?;
        Ok((writes, (plan, admin)))
    })
    .await
}

/// The admin key and path the plan's grants go with, from the files as it writes them.
fn quota_admin(plan: &Plan, writes: &[Write], snap: &Snapshot) -> Result<Option<QuotaAdmin>> {
    if plan::grants(plan).is_empty() {
        return Ok(None);
    }
    let text = |path: String| {
        let written = writes.iter().find_map(|w| match w {
            Write::Put { path: p, text } if *p == path => Some(text.clone()),
            _ => None,
        });
        let text = written.or_else(|| snap.text(&path));
        parse_doc(&path, text)
    };
    let plugin = text(quota_live::path())?;
    let admin = QuotaAdmin::of(&text(keyauth::path())?, Some(&plugin));
    match admin {
        Some(a) if a.key().is_some() => Ok(Some(a)),
        _ => Err(fail_hint(
            format!(
                "the quota admin key {} is missing from key-auth; nothing was changed",
                quota_live::admin_of(&plugin).0
            ),
            "`get-ai-gateway keys quota enable` makes it again",
        )),
    }
}

/// What `plan` writes, on the files of `snap` (`admin_key`: the quota admin key, when the
/// plan turns quotas on and key-auth has none).
fn plan_writes(
    plan: &Plan,
    cur: &Current,
    snap: &Snapshot,
    desired: &Desired,
    admin_key: &str,
) -> Result<Vec<Write>> {
    let mut live = live_of(snap, Some(desired));
    let (ka, kr) = (keyauth::path(), keyrate::path());
    let auth = parse_doc(&ka, snap.text(&ka))?;
    let rate = parse_doc(&kr, snap.text(&kr))?;
    let higress = snap.text(HIGRESS_CONFIG);
    let docs = token_docs(snap)?;
    let redis = redis_of(higress.as_deref(), &live);
    plan::apply_live(plan, &mut live)?;
    let tracing_write = tracing_write(plan, higress.as_deref(), &mut live)?;
    let mut writes = live.writes()?;
    writes.extend(tracing_write);
    let proxy = snap.text(AI_PROXY);
    writes.extend(token_writes(plan, docs, redis.as_ref(), proxy.as_deref())?);
    writes.extend(quota_write(plan, redis.as_ref(), proxy.as_deref())?);
    let servers = cur
        .mcp
        .as_ref()
        .map(|m| m.servers.keys().cloned().collect());
    let keys = KeysIn {
        auth,
        rate,
        mcp: servers,
        admin_key,
    };
    writes.extend(key_writes(plan, &live, proxy, keys)?);
    let paths: Vec<String> = snap.paths().cloned().collect();
    mcp_writes(plan, snap, &paths, &mut writes)?;
    Ok(writes)
}

/// The MCP changes of the plan, made by `mcp add`/`mcp remove`'s code on the files as the
/// other changes leave them (key-auth with the file's keys, the McpBridge with its
/// registries); a file they write again replaces the earlier write.
fn mcp_writes(
    plan: &Plan,
    snap: &crate::edit::Snapshot,
    paths: &[String],
    writes: &mut Vec<Write>,
) -> Result<()> {
    if !plan::touches_mcp(plan) {
        return Ok(());
    }
    let mut view: std::collections::BTreeMap<String, Option<String>> =
        paths.iter().map(|p| (p.clone(), snap.text(p))).collect();
    for w in writes.iter() {
        let text = match w {
            Write::Put { text, .. } => Some(text.clone()),
            Write::Delete { .. } => None,
        };
        view.insert(w.path().to_string(), text);
    }
    let others: Vec<String> = paths
        .iter()
        .filter(|p| gmcp::is_server_file(p))
        .cloned()
        .collect();
    let mut files = mcp_live::Files::new(view);
    plan::apply_mcp(plan, &mut files, &others)?;
    for w in files.writes() {
        writes.retain(|x| x.path() != w.path());
        writes.push(w);
    }
    Ok(())
}

/// The token-limit instances, by window (None: absent).
fn token_docs(snap: &crate::edit::Snapshot) -> Result<Vec<(Window, Option<Value>)>> {
    WINDOWS
        .iter()
        .map(|w| {
            let path = w.path();
            let doc = snap
                .text(&path)
                .map(|t| crate::domain::live::gwconfig::parse(&path, &t))
                .transpose()?;
            Ok((*w, doc))
        })
        .collect()
}

/// The Redis higress-config and the McpBridge name, when the gateway has one.
fn redis_of(higress: Option<&str>, live: &LiveConfig) -> Option<Redis> {
    let hc = higress.and_then(|t| crate::domain::live::gwconfig::parse(HIGRESS_CONFIG, t).ok());
    crate::domain::live::redis::from_live(hc.as_ref(), live.bridge())
}

/// The token-limit instances after the plan's `SetTokens` (tokenlimit's pure `set`, each
/// change on the instance the previous one left); only the instances that changed.
fn token_writes(
    plan: &Plan,
    docs: Vec<(Window, Option<Value>)>,
    redis: Option<&Redis>,
    proxy: Option<&str>,
) -> Result<Vec<Write>> {
    let requests: Vec<(&String, &TokenLimits)> = plan
        .changes
        .iter()
        .filter_map(|c| match c {
            plan::Change::SetTokens { name, request } => Some((name, request)),
            _ => None,
        })
        .collect();
    if requests.is_empty() {
        return Ok(Vec::new());
    }
    let proxy = proxy
        .map(|t| crate::domain::live::gwconfig::parse(AI_PROXY, t))
        .transpose()?;
    let url = tokenlimit::url_next_to(proxy.as_ref());
    let mut writes = Vec::new();
    for (w, before) in docs {
        let mut doc = before.clone();
        for (name, request) in &requests {
            let Some(limit) = request.get(w) else {
                continue;
            };
            let target = match (redis, &doc) {
                (Some(r), _) => r.clone(),
                (None, Some(d)) => crate::commands::keys::limits::redis_of(d),
                (None, None) => continue,
            };
            doc = tokenlimit::set(doc, w, name, limit, &target, &url)?;
        }
        match (&doc, &before) {
            (Some(d), _) if doc != before => writes.push(Write::Put {
                path: w.path(),
                text: yaml11::to_string(d),
            }),
            (None, Some(_)) => writes.push(Write::Delete { path: w.path() }),
            _ => {}
        }
    }
    Ok(writes)
}

/// ai-quota's instance after the plan's quota switch: written as `keys quota enable` writes
/// it (counting in the gateway's Redis, next to ai-proxy), or removed.
fn quota_write(plan: &Plan, redis: Option<&Redis>, proxy: Option<&str>) -> Result<Option<Write>> {
    let path = quota_live::path();
    match plan::quotas_switch(plan) {
        Some(true) => {
            let redis = redis.ok_or_else(|| {
                fail_hint(
                    "quotas are kept in Redis, and this gateway has none; nothing was changed",
                    "run Redis beside it with `get-ai-gateway start --redis`, then apply again",
                )
            })?;
            let proxy = proxy
                .map(|t| crate::domain::live::gwconfig::parse(AI_PROXY, t))
                .transpose()?;
            let doc = quota_live::instance(&quota_live::url_next_to(proxy.as_ref()), redis);
            let text = yaml11::to_string(&doc);
            Ok(Some(Write::Put { path, text }))
        }
        Some(false) => Ok(Some(Write::Delete { path })),
        None => Ok(None),
    }
}

/// key-auth and key-rate-limit as they are, the MCP servers there are, and the quota admin
/// key to add when the plan turns quotas on.
struct KeysIn<'a> {
    auth: Value,
    rate: Value,
    mcp: Option<Vec<String>>,
    admin_key: &'a str,
}

/// key-auth and key-rate-limit after the plan (each made from its skeleton when absent and
/// a key change needs it); only the files that changed are written.
fn key_writes(
    plan: &Plan,
    live: &LiveConfig,
    proxy_text: Option<String>,
    keys: KeysIn,
) -> Result<Vec<Write>> {
    let KeysIn {
        auth,
        rate,
        mcp,
        admin_key,
    } = keys;
    if auth.is_null() && !plan.changes.iter().any(touches_keys) {
        return Ok(Vec::new());
    }
    let (auth_before, rate_before) = (auth.clone(), rate.clone());
    let auth = if auth.is_null() {
        let proxy = proxy_text.and_then(|t| serde_yaml::from_str(&t).ok());
        keyauth::skeleton(&keyauth::url_next_to(proxy.as_ref()))
    } else {
        auth
    };
    let rate = if rate.is_null() {
        keyrate::skeleton(&keyrate::url_next_to(
            auth["spec"]["url"].as_str().unwrap_or_default(),
        ))
    } else {
        rate
    };
    let rate_skeleton = rate.clone();
    let mut files = KeyFiles {
        auth,
        rate,
        routes: live.key_routes()?,
        // The MCP servers there are (read when the file has `mcpServers`), else those
        // key-auth knows.
        mcp,
    };
    plan::apply_quotas(plan, &mut files, admin_key)?;
    plan::apply_keys(plan, &mut files)?;
    let mut writes = Vec::new();
    if files.auth != auth_before {
        writes.push(Write::Put {
            path: keyauth::path(),
            text: yaml11::to_string(&files.auth),
        });
    }
    let rate_changed = if rate_before.is_null() {
        files.rate != rate_skeleton
    } else {
        files.rate != rate_before
    };
    if rate_changed {
        writes.push(Write::Put {
            path: keyrate::path(),
            text: yaml11::to_string(&files.rate),
        });
    }
    Ok(writes)
}

/// higress-config after the plan's tracing change (the McpBridge registry goes into the
/// live model, which writes it).
fn tracing_write(
    plan: &Plan,
    higress: Option<&str>,
    live: &mut LiveConfig,
) -> Result<Option<Write>> {
    let Some(spec) = plan.changes.iter().find_map(|c| match c {
        plan::Change::Tracing(t) => Some(t),
        _ => None,
    }) else {
        return Ok(None);
    };
    let bridge = live
        .bridge_mut()
        .map_err(|_| fail(format!("{MCP_BRIDGE} is missing: is this the all-in-one?")))?;
    let text = observability::write(spec, higress, bridge).map_err(fail)?;
    Ok(text.map(|text| Write::Put {
        path: HIGRESS_CONFIG.into(),
        text,
    }))
}

fn touches_keys(c: &plan::Change) -> bool {
    matches!(
        c,
        plan::Change::SetKey { .. }
            | plan::Change::RemoveKey { .. }
            | plan::Change::RequireKeys(_)
            | plan::Change::Quotas(_)
    )
}

/// Create the gateway from `start:` as `start --non-interactive` does: its flags, parsed
/// by its own parser (values are separate arguments, never text pasted into a line).
async fn create(global: &GlobalArgs, desired: &Desired, name: &str) -> Result<()> {
    let st = desired.start.clone().unwrap_or_default();
    let mut argv: Vec<String> = vec![
        "get-ai-gateway".into(),
        "start".into(),
        "--non-interactive".into(),
    ];
    let mut flag = |f: &str, v: Option<String>| {
        if let Some(v) = v {
            argv.push(format!("--{f}"));
            argv.push(v);
        }
    };
    flag("container-name", Some(name.to_string()));
    flag("image-repo", st.image_repo.clone());
    flag("image-tag", st.image_tag.clone());
    flag("bind", st.bind.clone());
    flag("http-port", st.http.map(|p| p.to_string()));
    flag("https-port", st.https.map(|p| p.to_string()));
    flag("console-port", st.console.map(|p| p.to_string()));
    flag("metrics-port", st.metrics_port.clone());
    flag(
        "data-folder",
        st.data_folder
            .clone()
            .or_else(|| global.data_folder.as_ref().map(|d| d.display().to_string())),
    );
    if st.o11y == Some(true) {
        argv.push("--o11y".into());
    }
    if st.redis == Some(true) {
        argv.push("--redis".into());
    }
    let cli = <Cli as clap::Parser>::try_parse_from(&argv).map_err(|e| {
        fail_hint(
            format!("start: {}", e.kind()),
            "check the values under `start:`",
        )
    })?;
    let Commands::Start(args) = cli.command else {
        return Err(fail("start: the flags did not parse as `start`"));
    };
    ui::info(format!("No gateway container named {name}: creating it."));
    crate::commands::start::run(&cli.global, *args).await
}

/// `export --format gateway`: the running gateway as a Gateway file.
pub async fn export(global: &GlobalArgs, args: &ExportArgs) -> Result<()> {
    let helm_only = [
        (args.secrets != crate::args::SecretsArg::Inline, "--secrets"),
        (args.namespace != "higress-system", "--namespace"),
        (args.registry.is_some(), "--registry"),
        (args.plugin_server, "--plugin-server"),
    ];
    if let Some((_, flag)) = helm_only.iter().find(|(given, _)| *given) {
        return Err(fail_hint(
            format!("{flag} is for the Helm and k8s formats, not --format gateway"),
            "drop it: the Gateway file holds references (${VAR}) instead of secrets",
        ));
    }
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let cur = current(&gw, None).await?;
    let (desired, vars) = gexport::from_current(&cur, gw.name());
    let text = emit::to_text(&desired);
    let out = args.out.clone().unwrap_or_else(|| "gateway.yaml".into());
    if out == Path::new("-") {
        print!("{text}");
    } else {
        if out.is_dir() {
            return Err(fail_hint(
                format!("{} is a folder", out.display()),
                "--format gateway writes one file: name it, e.g. --out gateway.yaml",
            ));
        }
        std::fs::write(&out, &text)
            .map_err(|e| fail(format!("cannot write {}: {e}", out.display())))?;
        ui::ok(format!(
            "Wrote {} (secrets as ${{VAR}} references, no values).",
            out.display()
        ));
    }
    if !vars.is_empty() {
        let names: Vec<&str> = vars.iter().map(|(n, _)| n.as_str()).collect();
        ui::info(format!("To apply it, set: {}", names.join(", ")));
    }
    Ok(())
}

/// `schema`: the JSON Schema of the file.
pub fn print_schema() {
    ui::print_json(&schema::schema());
}
