//! Installing, listing and removing the skills in a runtime's skills folder. Each skill is
//! written with the plugin wing's atomic install: a temp folder renamed into place, a changed
//! copy moved to the backup folder unless `force`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use super::Target;
use super::bundle::{SKILLS, Skill};
use crate::error::fail_hint;
use crate::plugin::detect::Host;
use crate::plugin::files::{Installed, install_files, io_fail, same_files};

/// What `install` did to one skill.
#[derive(Debug, PartialEq, Eq)]
pub struct SkillInstalled {
    pub name: &'static str,
    pub dir: PathBuf,
    pub result: Installed,
}

/// Write every skill into `skills_dir/<name>`, keeping changed copies in `backups`.
pub fn install(skills_dir: &Path, backups: &Path, force: bool) -> Result<Vec<SkillInstalled>> {
    SKILLS
        .iter()
        .map(|skill| {
            let dir = skills_dir.join(skill.name);
            let result = install_files(skill.files, &dir, force, backups, skill.name)?;
            Ok(SkillInstalled {
                name: skill.name,
                dir,
                result,
            })
        })
        .collect()
}

/// Remove our skills' folders from `skills_dir` (other skills stay); the names removed.
pub fn uninstall(skills_dir: &Path) -> Result<Vec<&'static str>> {
    let mut removed = Vec::new();
    for skill in SKILLS {
        let dir = skills_dir.join(skill.name);
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| io_fail("remove", &dir, e))?;
            removed.push(skill.name);
        }
    }
    if removed.is_empty() {
        return Err(fail_hint(
            format!(
                "the get-ai-gateway skills are not installed in {}",
                skills_dir.display()
            ),
            "see where they are with `get-ai-gateway skills list`",
        ));
    }
    Ok(removed)
}

pub fn any_installed(skills_dir: &Path) -> bool {
    SKILLS.iter().any(|s| skills_dir.join(s.name).exists())
}

/// One skill in one runtime's folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Exactly this binary's copy.
    Current,
    /// A folder of that name with other content (an older version, or edited).
    Changed,
    Absent,
}

pub fn state(skill: &Skill, dir: &Path) -> State {
    if same_files(dir, skill.files) {
        State::Current
    } else if dir.exists() {
        State::Changed
    } else {
        State::Absent
    }
}

/// `skills list --json`.
#[derive(Debug, Serialize)]
pub struct Report {
    pub skills: Vec<SkillInfo>,
    pub runtimes: Vec<RuntimeSkills>,
}

#[derive(Debug, Serialize)]
pub struct SkillInfo {
    pub name: &'static str,
    pub description: String,
}

impl SkillInfo {
    /// Every embedded skill with its description.
    pub fn all() -> Vec<SkillInfo> {
        SKILLS
            .iter()
            .map(|s| SkillInfo {
                name: s.name,
                description: s.description(),
            })
            .collect()
    }
}

#[derive(Debug, Serialize)]
pub struct RuntimeSkills {
    pub runtime: &'static str,
    pub on_path: Option<PathBuf>,
    pub skills_dir: PathBuf,
    /// Each skill's state, by name.
    pub installed: BTreeMap<&'static str, State>,
}

impl Report {
    pub fn read(host: &Host) -> Report {
        Report {
            skills: SkillInfo::all(),
            runtimes: Target::ALL
                .into_iter()
                .map(|t| {
                    let skills_dir = t.skills_dir(&t.home(host, None));
                    RuntimeSkills {
                        runtime: t.bin(),
                        on_path: t.on_path(host),
                        installed: SKILLS
                            .iter()
                            .map(|s| (s.name, state(s, &skills_dir.join(s.name))))
                            .collect(),
                        skills_dir,
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A temp home's skills and backup folders (not created).
    fn folders() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let (skills, backups) = (
            root.path().join("skills"),
            root.path().join("skill-backups"),
        );
        (root, skills, backups)
    }

    fn results(v: &[SkillInstalled]) -> Vec<&Installed> {
        v.iter().map(|s| &s.result).collect()
    }

    #[test]
    fn install_writes_every_skill_and_then_changes_nothing() {
        let (_root, skills, backups) = folders();
        let first = install(&skills, &backups, false).unwrap();
        assert_eq!(first.len(), SKILLS.len());
        assert!(
            results(&first)
                .iter()
                .all(|r| **r == Installed::Written { backup: None })
        );
        for skill in SKILLS {
            let dir = skills.join(skill.name);
            assert_eq!(
                std::fs::read_to_string(dir.join("SKILL.md")).unwrap(),
                skill.skill_md()
            );
            assert_eq!(state(skill, &dir), State::Current);
        }
        let again = install(&skills, &backups, false).unwrap();
        assert!(results(&again).iter().all(|r| **r == Installed::Unchanged));
        // No temp folder left, nothing backed up.
        assert_eq!(std::fs::read_dir(&skills).unwrap().count(), SKILLS.len());
        assert!(!backups.exists());
    }

    #[test]
    fn a_changed_copy_is_kept_unless_forced_and_other_skills_stay() {
        let (_root, skills, backups) = folders();
        install(&skills, &backups, false).unwrap();
        let name = SKILLS[0].name;
        let md = skills.join(name).join("SKILL.md");
        std::fs::write(&md, "edited\n").unwrap();
        std::fs::create_dir_all(skills.join("someone-elses")).unwrap();
        assert_eq!(state(&SKILLS[0], &skills.join(name)), State::Changed);
        let second = install(&skills, &backups, false).unwrap();
        let Installed::Written { backup: Some(b) } = &second[0].result else {
            panic!("{second:?}")
        };
        assert_eq!(b.parent().unwrap(), backups);
        assert_eq!(
            std::fs::read_to_string(b.join("SKILL.md")).unwrap(),
            "edited\n"
        );
        assert_eq!(second[1].result, Installed::Unchanged);
        std::fs::write(&md, "edited again\n").unwrap();
        let forced = install(&skills, &backups, true).unwrap();
        assert_eq!(forced[0].result, Installed::Written { backup: None });
        assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1);
        assert!(skills.join("someone-elses").is_dir());
    }

    #[test]
    fn uninstall_removes_only_ours_and_fails_when_there_are_none() {
        let (_root, skills, backups) = folders();
        install(&skills, &backups, false).unwrap();
        std::fs::create_dir_all(skills.join("someone-elses")).unwrap();
        assert!(any_installed(&skills));
        let removed = uninstall(&skills).unwrap();
        assert_eq!(removed, SKILLS.iter().map(|s| s.name).collect::<Vec<_>>());
        assert!(!any_installed(&skills));
        assert!(skills.join("someone-elses").is_dir());
        let err = uninstall(&skills).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the get-ai-gateway skills are not installed in ")
        );
        assert_eq!(
            state(&SKILLS[0], &skills.join(SKILLS[0].name)),
            State::Absent
        );
    }

    #[test]
    fn the_report_covers_every_runtime_and_skill() {
        let root = tempfile::tempdir().unwrap();
        let host = Host {
            user_home: Some(root.path().to_path_buf()),
            ..Host::default()
        };
        let oc = Target::ALL[0];
        let dir = oc.skills_dir(&oc.home(&host, None));
        install(&dir, &root.path().join("b"), false).unwrap();
        let report = Report::read(&host);
        assert_eq!(report.skills.len(), SKILLS.len());
        let states: Vec<Vec<State>> = report
            .runtimes
            .iter()
            .map(|r| r.installed.values().copied().collect())
            .collect();
        assert_eq!(
            states,
            [
                vec![State::Current; SKILLS.len()],
                vec![State::Absent; SKILLS.len()],
                vec![State::Absent; SKILLS.len()]
            ]
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["runtimes"][2]["runtime"], "claude");
        assert_eq!(
            json["runtimes"][0]["installed"]["get-ai-gateway-deploy"],
            "current"
        );
    }
}
