//! The human output of `skills install/list/uninstall`, as pure functions.

use std::path::Path;

use crate::plugin::files::Installed;
use crate::skills::Target;
use crate::skills::files::{Report, SkillInstalled, State};
use crate::ui;

/// One line per skill: written, updated (and where the previous copy went), or up to date.
pub fn installed(results: &[SkillInstalled]) -> Vec<String> {
    results
        .iter()
        .map(|s| {
            let (name, dir) = (s.name, s.dir.display());
            match &s.result {
                Installed::Unchanged => format!("{name} in {dir} is up to date"),
                Installed::Written { backup: None } => format!("Installed {name} into {dir}"),
                Installed::Written { backup: Some(b) } => format!(
                    "Installed {name} into {dir} (the previous copy is in {})",
                    b.display()
                ),
            }
        })
        .collect()
}

/// What to do next in the runtime.
pub fn next_steps(target: Target, on_path: bool) -> String {
    let mut out = Vec::new();
    if !on_path {
        out.push(format!(
            "{} is not on PATH; the skills are ready for when it is.",
            target.bin()
        ));
    }
    out.push(match target {
        Target::Agent(rt) => format!(
            "Check them with: {0} skills check   (each needs get-ai-gateway on {0}'s PATH)\n\
             New sessions of {1} see them; ask it to \"deploy the AI gateway\".",
            rt.bin(),
            rt.display()
        ),
        Target::Claude => "New Claude Code sessions see them; ask it to \
                           \"deploy the AI gateway\"."
            .to_string(),
    });
    out.join("\n")
}

pub fn uninstalled(names: &[&str], skills_dir: &Path) -> String {
    format!("Removed {} from {}", names.join(", "), skills_dir.display())
}

fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |i| &text[..=i])
}

/// `skills list`: the skills, then each runtime's folder and what is in it.
pub fn list(report: &Report) -> String {
    let rows: Vec<Vec<String>> = report
        .skills
        .iter()
        .map(|s| {
            vec![
                s.name.to_string(),
                first_sentence(&s.description).to_string(),
            ]
        })
        .collect();
    let mut out = vec![ui::table(&["SKILL", "DOES"], &rows), String::new()];
    let mut headers = vec!["RUNTIME", "ON PATH"];
    headers.extend(report.skills.iter().map(|s| s.name));
    headers.push("FOLDER");
    let rows: Vec<Vec<String>> = report
        .runtimes
        .iter()
        .map(|r| {
            let mut row = vec![
                r.runtime.to_string(),
                if r.on_path.is_some() { "yes" } else { "no" }.to_string(),
            ];
            row.extend(report.skills.iter().map(|s| {
                match r.installed.get(s.name) {
                    Some(State::Current) => "installed",
                    Some(State::Changed) => "changed",
                    Some(State::Absent) | None => "-",
                }
                .to_string()
            }));
            row.push(r.skills_dir.display().to_string());
            row
        })
        .collect();
    out.push(ui::table(&headers, &rows));
    if report
        .runtimes
        .iter()
        .any(|r| r.installed.values().any(|s| *s == State::Changed))
    {
        out.push(String::new());
        out.push(
            "changed: differs from this get-ai-gateway's copy; `get-ai-gateway skills install \
             --runtime RUNTIME` updates it and keeps the old one"
                .to_string(),
        );
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::plugin::runtime::Runtime;
    use crate::skills::bundle::SKILLS;
    use crate::skills::files::{RuntimeSkills, SkillInfo};

    fn result(name: &'static str, result: Installed) -> SkillInstalled {
        SkillInstalled {
            name,
            dir: PathBuf::from("/h/.openclaw/workspace/skills").join(name),
            result,
        }
    }

    #[test]
    fn install_lines_and_next_steps() {
        let lines = installed(&[
            result("get-ai-gateway-deploy", Installed::Written { backup: None }),
            result("get-ai-gateway-auto-routing", Installed::Unchanged),
            result(
                "other",
                Installed::Written {
                    backup: Some("/h/.openclaw/skill-backups/other.20261129-080000".into()),
                },
            ),
        ]);
        let steps: Vec<String> = [
            (Target::Agent(Runtime::OpenClaw), true),
            (Target::Agent(Runtime::Clawdbot), false),
            (Target::Claude, true),
        ]
        .into_iter()
        .map(|(t, on_path)| next_steps(t, on_path))
        .collect();
        insta::assert_snapshot!(format!("{}\n\n{}", lines.join("\n"), steps.join("\n\n")));
        assert_eq!(
            uninstalled(&["a", "b"], Path::new("/h/skills")),
            "Removed a, b from /h/skills"
        );
    }

    #[test]
    fn list_of_installed_changed_and_absent() {
        console::set_colors_enabled(false);
        let states = [
            [State::Current, State::Current],
            [State::Changed, State::Absent],
            [State::Absent, State::Absent],
        ];
        let report = Report {
            skills: SkillInfo::all(),
            runtimes: Target::ALL
                .iter()
                .zip(states)
                .map(|(t, states)| RuntimeSkills {
                    runtime: t.bin(),
                    on_path: (*t != Target::Claude).then(|| PathBuf::from("/usr/bin/x")),
                    skills_dir: t.skills_dir(Path::new("/home/u/.x")),
                    installed: SKILLS.iter().map(|s| s.name).zip(states).collect(),
                })
                .collect(),
        };
        insta::assert_snapshot!(list(&report));
    }
}
