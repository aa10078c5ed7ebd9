//! The plugin's files: `templates/plugin/*`, embedded in the binary and rendered per runtime.

use super::runtime::Runtime;

const INDEX_TS: &str = include_str!("../../templates/plugin/index.ts");
const MANIFEST: &str = include_str!("../../templates/plugin/plugin.json");
const PACKAGE_JSON: &str = include_str!("../../templates/plugin/package.json");
const README: &str = include_str!("../../templates/plugin/README.md");

/// The plugin's files for a runtime: (file name, content).
pub fn render(rt: Runtime) -> Vec<(&'static str, String)> {
    let fill = |text: &str| {
        text.replace("{{RUNTIME_NAME}}", rt.display())
            .replace("{{RUNTIME}}", rt.bin())
            .replace("{{SDK_IMPORT}}", rt.sdk_import())
            .replace("{{VERSION}}", env!("CARGO_PKG_VERSION"))
    };
    vec![
        ("index.ts", fill(INDEX_TS)),
        (rt.manifest_name(), fill(MANIFEST)),
        ("package.json", fill(PACKAGE_JSON)),
        ("README.md", fill(README)),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::{PLUGIN_ID, PROVIDER_ID};
    use super::*;
    use serde_json::Value;

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn variants_differ_only_where_the_runtimes_do() {
        let (oc, cb) = (render(Runtime::OpenClaw), render(Runtime::Clawdbot));
        let names = |v: &[(&'static str, String)]| v.iter().map(|(n, _)| *n).collect::<Vec<_>>();
        let [i, p, r] = ["index.ts", "package.json", "README.md"];
        assert_eq!(names(&oc), [i, "openclaw.plugin.json", p, r]);
        assert_eq!(names(&cb), [i, "clawdbot.plugin.json", p, r]);
        for (_, text) in oc.iter().chain(cb.iter()) {
            assert!(!text.contains("{{"), "unfilled placeholder");
        }
        // Same manifest, different file name.
        assert_eq!(oc[1].1, cb[1].1);
        let manifest = json(&oc[1].1);
        assert_eq!(manifest["id"], PLUGIN_ID);
        assert_eq!(manifest["providers"][0], PROVIDER_ID);
        assert!(manifest["configSchema"].is_object());
        // package.json: the runtime's own extensions key.
        let (p_oc, p_cb) = (json(&oc[2].1), json(&cb[2].1));
        assert_eq!(p_oc["openclaw"]["extensions"][0], "./index.ts");
        assert!(p_oc.get("clawdbot").is_none());
        assert_eq!(p_cb["clawdbot"]["extensions"][0], "./index.ts");
        assert_eq!(p_oc["version"], env!("CARGO_PKG_VERSION"));
        // index.ts: the SDK types and the reference rule differ, nothing else.
        let (ts_oc, ts_cb) = (&oc[0].1, &cb[0].1);
        assert!(ts_oc.contains("from \"openclaw/plugin-sdk/core\""));
        assert!(ts_cb.contains("from \"clawdbot/plugin-sdk\""));
        assert!(ts_oc.contains("export const RUNTIME = \"openclaw\";"));
        let differing: Vec<_> = ts_oc
            .lines()
            .zip(ts_cb.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(differing.len(), 3, "{differing:?}");
        // Only a type import: nothing from the SDK is loaded at run time.
        let imports: Vec<_> = ts_oc.lines().filter(|l| l.starts_with("import ")).collect();
        assert_eq!(
            imports,
            ["import type * as Sdk from \"openclaw/plugin-sdk/core\";"]
        );
    }
}
