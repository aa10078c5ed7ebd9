//! The providers: the one table that describes every LLM provider ([`table`], re-exported
//! here), the OpenAI-compatible servers the user adds ([`compatible`]), `default.cfg`
//! ([`settings`], in the format of [`envfile`]), which of its values are secrets
//! ([`secrets`]), and which image registry serves this machine ([`registry`]).
//!
//! The members import [`table`] directly, never this file, so no circle runs through it.

pub mod compatible;
pub mod envfile;
pub mod registry;
pub mod secrets;
pub mod settings;
pub mod table;

pub use table::*;

/// Find a provider by its ai-proxy id.
pub fn by_id(id: &str) -> Option<&'static Provider> {
    listed(id).or_else(|| compatible::from_id(id))
}

/// The accepted `--provider` names, for error messages.
pub fn valid_names() -> String {
    PROVIDERS
        .iter()
        .map(|p| {
            let mut names: Vec<&str> = vec![p.stem];
            names.extend(p.aliases.iter().copied());
            names.join("/")
        })
        .chain(std::iter::once(compatible::STEM.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}
