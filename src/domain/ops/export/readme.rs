//! The README.md of a Helm export: the exact commands, what is in each file, what was left
//! out and why.

use std::fmt::Write as _;

use super::{CHART_KEYS, Export, PluginSource, Secrets};

pub const HELM_REPO: &str = "helm repo add higress.io https://higress.io/helm-charts";

/// The commands that install the export, in order.
pub fn commands(namespace: &str) -> [String; 3] {
    [
        HELM_REPO.to_string(),
        format!(
            "helm install higress higress.io/higress -n {namespace} --create-namespace -f values.yaml"
        ),
        "kubectl apply -f manifests.yaml".to_string(),
    ]
}

pub fn readme(export: &Export) -> String {
    let o = &export.options;
    let mut out = String::from("# Higress AI Gateway, exported for Kubernetes\n\n");
    out.push_str(
        "Made by `get-ai-gateway export` from the all-in-one gateway's files. Install the \
         Higress chart with these values, then apply the manifests:\n\n```sh\n",
    );
    for c in commands(&o.namespace) {
        let _ = writeln!(out, "{c}");
    }
    out.push_str("```\n\n## Files\n\n");
    let _ = writeln!(
        out,
        "- `values.yaml`: Helm values: `global.hub` = `{}` (the images{}), \
         `global.enablePluginServer`, `global.o11y`{}.",
        o.registry,
        match o.plugins {
            PluginSource::Registry(_) => " and the plugins",
            PluginSource::PluginServer => "",
        },
        if export.values.get("higress-core").is_some() {
            ", and the gateway settings of the all-in-one's `higress-config` under `higress-core`"
        } else {
            ""
        }
    );
    let kinds: Vec<String> = export
        .counts()
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    let _ = writeln!(
        out,
        "- `manifests.yaml`: {}, in namespace `{}`.",
        kinds.join(", "),
        o.namespace
    );
    let _ = writeln!(
        out,
        "- Plugins load from {}.",
        match &o.plugins {
            PluginSource::Registry(r) => format!("the registry `oci://{r}/plugins/`"),
            PluginSource::PluginServer =>
                "the chart's plugin server (higress-plugin-server)".into(),
        }
    );
    out.push_str("\n## API keys\n\n");
    out.push_str(match o.secrets {
        Secrets::Inline => {
            "`manifests.yaml` holds the providers' API keys in the ai-proxy WasmPlugin, as the \
             all-in-one does (mode 0600): keep it out of version control. The ai-proxy plugin \
             reads keys from its own configuration only, not from a Kubernetes Secret.\n"
        }
        Secrets::Redact => {
            "The API keys are placeholders (`YOUR_<PREFIX>_API_KEY`, and `YOUR_BEDROCK_SECRET_KEY` and the like for other secrets): put the \
             real keys into the ai-proxy WasmPlugin in `manifests.yaml` before applying it.\n"
        }
    });
    left_out(&mut out, export);
    out
}

/// The "Left out" section: what the chart owns, what is set by hand, what was skipped.
fn left_out(out: &mut String, export: &Export) {
    out.push_str("\n## Left out\n\n");
    out.push_str(
        "- `higress-config`: the chart owns this ConfigMap; its settings that are chart values \
         are in `values.yaml`.\n",
    );
    if !export.unmapped.is_empty() {
        let _ = writeln!(
            out,
            "- `higress-config` keys that are no chart values ({}): set them in the \
             `higress-config` ConfigMap after the install (chart values: {}).",
            export.unmapped.join(", "),
            CHART_KEYS.join(", ")
        );
    }
    out.push_str(
        "- The McpBridge's `higress-console` registry (127.0.0.1): the all-in-one's console.\n",
    );
    if export.objects.iter().any(is_mcp_server) {
        out.push_str(
            "- MCP: the chart has no value for `mcpServer`. After the install, set \
             `mcpServer.enable: true` (and `mcpServer.redis` for SSE) in the `higress-config` \
             ConfigMap's `higress` entry, or the MCP servers in `manifests.yaml` serve nothing.\n",
        );
    }
    for s in &export.skipped {
        let _ = writeln!(out, "- `{}`: {}.", s.file, s.why);
    }
}

/// An MCP server's Ingress (`higress.io/biz-type: mcp-server`).
fn is_mcp_server(o: &serde_yaml::Value) -> bool {
    o["kind"].as_str() == Some("Ingress")
        && o["metadata"]["labels"]["higress.io/biz-type"].as_str() == Some("mcp-server")
}
