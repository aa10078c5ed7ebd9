//! The skills of the repository's `skills/` folder, embedded in the binary so that `skills
//! install` works from an installed binary.

use serde::Deserialize;

/// One skill: its folder name and its files (name, content).
#[derive(Debug)]
pub struct Skill {
    pub name: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

pub const SKILLS: &[Skill] = &[
    Skill {
        name: "get-ai-gateway-deploy",
        files: &[(
            "SKILL.md",
            include_str!("../../skills/get-ai-gateway-deploy/SKILL.md"),
        )],
    },
    Skill {
        name: "get-ai-gateway-auto-routing",
        files: &[(
            "SKILL.md",
            include_str!("../../skills/get-ai-gateway-auto-routing/SKILL.md"),
        )],
    },
];

/// The YAML front matter of a SKILL.md.
#[derive(Debug, Deserialize)]
pub struct FrontMatter {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub metadata: serde_json::Value,
}

impl Skill {
    pub fn skill_md(&self) -> &'static str {
        self.files
            .iter()
            .find(|(n, _)| *n == "SKILL.md")
            .map_or("", |(_, text)| *text)
    }

    /// The front matter; `None` when it is missing or malformed (a test pins that it is not).
    pub fn front_matter(&self) -> Option<FrontMatter> {
        parse_front_matter(self.skill_md())
    }

    pub fn description(&self) -> String {
        self.front_matter()
            .map(|f| f.description)
            .unwrap_or_default()
    }
}

/// The YAML between a leading `---` line and the next `---` line.
pub fn parse_front_matter(text: &str) -> Option<FrontMatter> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    serde_yaml::from_str(&rest[..end]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_skill_folder_is_embedded_with_a_matching_front_matter() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("skills");
        let mut on_disk: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut embedded: Vec<&str> = SKILLS.iter().map(|s| s.name).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
        for skill in SKILLS {
            let files: Vec<String> = std::fs::read_dir(root.join(skill.name))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(files.len(), skill.files.len(), "{}: {files:?}", skill.name);
            let fm = skill.front_matter().expect("front matter");
            assert_eq!(fm.name, skill.name);
            assert!(fm.description.contains("Use when"), "{}", fm.description);
            for runtime in ["openclaw", "clawdbot"] {
                assert_eq!(
                    fm.metadata[runtime]["requires"]["bins"],
                    serde_json::json!(["get-ai-gateway"]),
                    "{}: metadata.{runtime}",
                    skill.name
                );
            }
        }
    }

    #[test]
    fn front_matter_needs_both_fences_and_the_keys() {
        let fm = parse_front_matter("---\nname: a\ndescription: b\n---\n# A\n").unwrap();
        assert_eq!((fm.name.as_str(), fm.description.as_str()), ("a", "b"));
        assert!(fm.metadata.is_null());
        assert!(parse_front_matter("# no front matter\n").is_none());
        assert!(parse_front_matter("---\nname: a\n").is_none());
        assert!(parse_front_matter("---\nname: a\n---\n").is_none());
    }
}
