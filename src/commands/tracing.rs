//! `tracing enable/disable/status`: higress-config's `tracing:` and the collector's McpBridge
//! registry, changed in one transaction of the edit engine (both files hot-reload).

use anyhow::Result;
use serde_yaml::Value;

use crate::args::{GlobalArgs, TracingCommand, TracingEnableArgs};
use crate::domain::live::Write;
use crate::domain::live::paths::MCP_BRIDGE;
use crate::domain::live::tracing::{self, HIGRESS_CONFIG, Tracer, Tracing};
use crate::domain::live::yaml11;
use crate::error::{fail, fail_hint};
use crate::gateway::{Gateway, Need};
use crate::ui;

pub async fn run(global: &GlobalArgs, command: TracingCommand) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    match command {
        TracingCommand::Enable(args) => enable(&gw, args).await,
        TracingCommand::Disable => disable(&gw).await,
        TracingCommand::Status(args) => status(&gw, args.json).await,
    }
}

fn chosen(args: &TracingEnableArgs) -> Option<(Tracer, &str)> {
    [
        (Tracer::OpenTelemetry, &args.otlp),
        (Tracer::Zipkin, &args.zipkin),
        (Tracer::Skywalking, &args.skywalking),
    ]
    .into_iter()
    .find_map(|(t, v)| v.as_deref().map(|v| (t, v)))
}

async fn enable(gw: &Gateway, args: TracingEnableArgs) -> Result<()> {
    let Some((tracer, at)) = chosen(&args) else {
        return Err(fail("give one of --otlp, --zipkin, --skywalking"));
    };
    let collector = tracing::parse_collector(at).map_err(fail)?;
    let settings = tracing::enabled_settings(
        tracer,
        &collector,
        args.sampling,
        args.timeout,
        args.access_token.clone(),
    )
    .map_err(fail)?;
    let paths = vec![HIGRESS_CONFIG.to_string(), MCP_BRIDGE.to_string()];
    gw.transact(&paths, |snap| {
        let (config, ()) = tracing::edit_configmap(snap.text(HIGRESS_CONFIG).as_deref(), |h| {
            tracing::set_block(h, &settings);
            Ok(())
        })
        .map_err(fail)?;
        let mut bridge = match snap.text(MCP_BRIDGE) {
            Some(t) => crate::domain::live::gwconfig::parse(MCP_BRIDGE, &t)?,
            None => {
                return Err(fail(format!(
                    "{MCP_BRIDGE} is missing: is this the all-in-one?"
                )));
            }
        };
        tracing::set_collector(&mut bridge, tracer, &collector);
        Ok((
            vec![
                Write::Put {
                    path: HIGRESS_CONFIG.into(),
                    text: config,
                },
                Write::Put {
                    path: MCP_BRIDGE.into(),
                    text: yaml11::to_string(&bridge),
                },
            ],
            (),
        ))
    })
    .await?;
    let (service, port) = collector.service(tracer);
    ui::ok(format!(
        "Tracing on: {}% of requests to {} at {}:{} (service {service}, port {port}).",
        args.sampling,
        tracer.key(),
        collector.host,
        collector.port
    ));
    Ok(())
}

async fn disable(gw: &Gateway) -> Result<()> {
    let paths = vec![HIGRESS_CONFIG.to_string()];
    let switched = gw
        .transact(&paths, |snap| {
            let Some(text) = snap.text(HIGRESS_CONFIG) else {
                return Ok((Vec::new(), false));
            };
            let (config, switched) =
                tracing::edit_configmap(Some(&text), |h| Ok(tracing::set_enable(h, false)))
                    .map_err(fail)?;
            let writes = if switched {
                vec![Write::Put {
                    path: HIGRESS_CONFIG.into(),
                    text: config,
                }]
            } else {
                Vec::new()
            };
            Ok((writes, switched))
        })
        .await?;
    if switched {
        ui::ok("Tracing off (the collector's settings are kept for `tracing enable`).");
    } else {
        ui::info("Tracing was not set up: nothing to turn off.");
    }
    Ok(())
}

async fn status(gw: &Gateway, json: bool) -> Result<()> {
    let paths = vec![HIGRESS_CONFIG.to_string(), MCP_BRIDGE.to_string()];
    let snap = gw.read_files(&paths).await?;
    let read = match snap.text(HIGRESS_CONFIG) {
        None => Ok(None),
        Some(text) => tracing::higress_doc(&text).and_then(|h| tracing::read(&h)),
    };
    let bridge: Value = snap
        .text(MCP_BRIDGE)
        .and_then(|t| serde_yaml::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let (settings, problem) = match read {
        Ok(t) => {
            let problem = t
                .as_ref()
                .and_then(|t| tracing::validate(t).err().map(String::from));
            (t, problem)
        }
        Err(e) => (None, Some(e)),
    };
    let unregistered: Vec<String> = settings
        .iter()
        .flat_map(Tracing::tracers)
        .filter(|(_, e)| tracing::registered(&bridge, &e.service) == Some(false))
        .map(|(_, e)| e.service.clone())
        .collect();
    ui::report(
        json,
        || {
            serde_json::json!({
                "configured": settings.is_some(),
                "enabled": settings.as_ref().is_some_and(|t| t.enable),
                "settings": settings,
                "accepted": problem.is_none(),
                "problem": problem,
                "unregistered_services": unregistered,
            })
        },
        || {
            println!(
                "{}",
                render(settings.as_ref(), problem.as_deref(), &unregistered)
            )
        },
    );
    if problem.is_some() {
        return Err(fail_hint(
            "the controller ignores these tracing settings",
            "`get-ai-gateway tracing enable ...` writes valid ones",
        ));
    }
    Ok(())
}

fn render(t: Option<&Tracing>, problem: Option<&str>, unregistered: &[String]) -> String {
    let mut out = match t {
        None => "Tracing: not set up (`tracing enable --otlp HOST:PORT`).".to_string(),
        Some(t) => {
            let mut s = format!(
                "Tracing: {}, sampling {}%, timeout {} ms",
                if t.enable { "on" } else { "off" },
                t.sampling,
                t.timeout
            );
            for (tracer, e) in t.tracers() {
                s.push_str(&format!(
                    "\n  {}: service {} port {}",
                    tracer.key(),
                    e.service,
                    e.port
                ));
            }
            s
        }
    };
    if let Some(p) = problem {
        out.push_str(&format!("\n  the controller ignores this: {p}"));
    }
    for s in unregistered {
        out.push_str(&format!(
            "\n  {s} is not registered in the McpBridge: spans go nowhere"
        ));
    }
    out
}
