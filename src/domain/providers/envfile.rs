//! Env-files (`KEY=VALUE` lines), parsed the way `docker run --env-file` reads them, with
//! every line the tool does not change kept as it was.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Line {
    Var {
        /// Leading whitespace, kept so an untouched line renders as it was read.
        indent: String,
        key: String,
        value: String,
    },
    /// Blank lines, comments and anything else, kept verbatim.
    Other(String),
}

/// An env-file, parsed the way `docker run --env-file` reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvFile {
    lines: Vec<Line>,
    trailing_newline: bool,
}

impl EnvFile {
    pub fn parse(text: &str) -> EnvFile {
        let lines = text
            .lines()
            .map(|raw| {
                let trimmed = raw.trim_start();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    return Line::Other(raw.to_string());
                }
                match trimmed.split_once('=') {
                    Some((key, value)) if !key.is_empty() && !key.contains(char::is_whitespace) => {
                        Line::Var {
                            indent: raw[..raw.len() - trimmed.len()].to_string(),
                            key: key.to_string(),
                            value: value.to_string(),
                        }
                    }
                    _ => Line::Other(raw.to_string()),
                }
            })
            .collect();
        EnvFile {
            lines,
            trailing_newline: text.is_empty() || text.ends_with('\n'),
        }
    }

    /// An empty line at the end, and a final newline.
    pub fn push_blank_line(&mut self) {
        self.lines.push(Line::Other(String::new()));
        self.trailing_newline = true;
    }

    pub fn render(&self) -> String {
        let mut out = self
            .lines
            .iter()
            .map(|l| match l {
                Line::Var { indent, key, value } => format!("{indent}{key}={value}"),
                Line::Other(raw) => raw.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        if self.trailing_newline && !out.is_empty() {
            out.push('\n');
        }
        out
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.lines.iter().rev().find_map(|l| match l {
            Line::Var { key: k, value, .. } if k == key => Some(value.as_str()),
            _ => None,
        })
    }

    /// A variable's value, treating an empty value as unset.
    pub fn value(&self, key: &str) -> Option<&str> {
        self.get(key).filter(|v| !v.is_empty())
    }

    /// Replace a variable in place, or append it.
    pub fn set(&mut self, key: &str, value: &str) {
        let mut found = false;
        self.lines.retain_mut(|l| match l {
            Line::Var {
                key: k, value: v, ..
            } if k == key => {
                if found {
                    return false;
                }
                found = true;
                *v = value.to_string();
                true
            }
            _ => true,
        });
        if !found {
            self.lines.push(Line::Var {
                indent: String::new(),
                key: key.to_string(),
                value: value.to_string(),
            });
        }
    }

    pub fn remove(&mut self, key: &str) -> bool {
        let before = self.lines.len();
        self.lines
            .retain(|l| !matches!(l, Line::Var { key: k, .. } if k == key));
        before != self.lines.len()
    }

    pub fn vars(&self) -> impl Iterator<Item = (&str, &str)> {
        self.lines.iter().filter_map(|l| match l {
            Line::Var { key, value, .. } => Some((key.as_str(), value.as_str())),
            Line::Other(_) => None,
        })
    }

    /// The container environment, `KEY=VALUE` per variable, as Docker builds it from the file.
    pub fn container_env(&self) -> Vec<String> {
        self.vars().map(|(k, v)| format!("{k}={v}")).collect()
    }
}
