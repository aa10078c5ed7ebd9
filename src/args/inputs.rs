//! Turning what the user typed for a provider into checked values: keys from stdin or the
//! environment, files read, URLs and model patterns validated. Nothing here echoes a secret.

use std::io::BufRead;

use anyhow::Result;

use crate::args::{ConfigAddArgs, RouteAddArgs};
use crate::domain::providers::compatible;
use crate::domain::providers::settings::ProviderInput;
use crate::domain::providers::{self, ExtraKind, Provider};
use crate::domain::routing;
use crate::error::{fail, fail_hint};

/// Read one line (the key) from standard input, without its line ending.
pub fn key_from_stdin(what: &str) -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| fail(format!("cannot read {what} from standard input: {e}")))?;
    let key = line.trim_end_matches(['\n', '\r']).to_string();
    if key.is_empty() {
        return Err(fail_hint(
            format!("{what}: standard input was empty"),
            "pipe the key in, e.g. `printf %s \"$KEY\" | get-ai-gateway config add --provider NAME --key-stdin`",
        ));
    }
    Ok(key)
}

/// A console password from standard input (all of it, less one line ending), checked.
pub fn console_password_from_stdin() -> Result<String> {
    use std::io::Read;
    let mut text = String::new();
    std::io::stdin()
        .lock()
        .read_to_string(&mut text)
        .map_err(|e| {
            fail(format!(
                "cannot read the console password from standard input: {e}"
            ))
        })?;
    let password = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    crate::domain::live::console::check_password(password).map_err(|e| {
        fail_hint(
            e,
            "pipe it in, e.g. `printf %s \"$PASSWORD\" | get-ai-gateway start --console-password -`",
        )
    })?;
    Ok(password.to_string())
}

/// Check and complete one provider's input. `-` as a key reads standard input.
pub fn resolve(p: &'static Provider, input: &ProviderInput) -> Result<ProviderInput> {
    let mut out = input.clone();
    if let Some(key) = &input.key {
        let what = format!("the {} API key", p.name);
        let key = if key == "-" {
            key_from_stdin(&what)?
        } else {
            key.clone()
        };
        providers::validate_secret(&what, &key).map_err(|m| {
            fail_hint(
                m,
                format!("pass the key with --{} or --key-stdin", p.key_flag()),
            )
        })?;
        out.key = Some(key);
    }
    if let Some(models) = &input.models {
        providers::validate_models(models).map_err(|m| {
            fail_hint(
                format!("--{}: {m}", p.models_flag()),
                "use `name-*` prefixes, exact names, comma lists of both, or `*`",
            )
        })?;
    }
    for e in p.extras {
        let Some(value) = input.extras.get(e.var) else {
            continue;
        };
        let checked = match e.kind {
            ExtraKind::File => {
                let text = std::fs::read_to_string(value).map_err(|err| {
                    fail_hint(
                        format!("--{}: cannot read {value}: {err}", e.flag),
                        "pass the path of a readable file",
                    )
                })?;
                // One line, as in default.cfg; JSON stays valid without its line breaks.
                let compact: String = text
                    .lines()
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim()
                    .to_string();
                providers::validate_secret(&format!("the file given to --{}", e.flag), &compact)
                    .map_err(fail)?;
                compact
            }
            ExtraKind::Url | ExtraKind::HttpsUrl => {
                let ok = value.starts_with("https://")
                    || (value.starts_with("http://") && e.kind == ExtraKind::Url);
                if !ok || value.contains(char::is_whitespace) {
                    return Err(fail_hint(
                        format!("--{}: {value:?} is not a valid URL", e.flag),
                        "give a full URL starting with https://",
                    ));
                }
                value.clone()
            }
            _ => {
                if e.secret {
                    providers::validate_secret(&format!("--{}", e.flag), value).map_err(fail)?;
                } else if value.is_empty() || value.contains(['\n', '\r', '\0']) {
                    return Err(fail(format!(
                        "--{}: the value must be one non-empty line",
                        e.flag
                    )));
                }
                value.clone()
            }
        };
        out.extras.insert(e.var.to_string(), checked);
    }
    Ok(out)
}

/// The provider's key from `<PREFIX>_API_KEY` in the environment.
pub fn key_from_env(p: &Provider) -> Option<String> {
    std::env::var(p.key_var()).ok().filter(|k| !k.is_empty())
}

pub fn provider(name: &str) -> Result<&'static Provider> {
    providers::find(name).ok_or_else(|| {
        fail_hint(
            format!("unknown provider {name:?}"),
            format!("valid providers: {}", providers::valid_names()),
        )
    })
}

/// The checked input for `config add`: key from --key, --key-stdin, --<p>-key or the
/// environment; settings from the provider flags.
/// The provider `--provider` names; `openai-compatible` also needs `--name`.
pub fn named_provider(provider_name: &str, name: Option<&str>) -> Result<&'static Provider> {
    if provider_name.trim() != compatible::STEM {
        return provider(provider_name);
    }
    let name = name.ok_or_else(|| {
        fail_hint(
            "--provider openai-compatible needs --name",
            "name the server, e.g. --name vllm (see them with `get-ai-gateway config list`)",
        )
    })?;
    compatible::check_name(name).map_err(|r| fail_hint(r.message, r.hint))?;
    Ok(compatible::provider(name))
}

pub fn config_add(args: &ConfigAddArgs) -> Result<(&'static Provider, ProviderInput)> {
    let p = named_provider(&args.provider, args.name.as_deref())?;
    if p.stem == compatible::STEM {
        return compatible_input(p, args);
    }
    if args.name.is_some() || args.base_url.is_some() {
        return Err(fail_hint(
            "--name and --base-url are for --provider openai-compatible",
            format!("drop them, or pass --provider {}", compatible::STEM),
        ));
    }
    if let Some((other, _)) = args.providers.inputs.iter().find(|(id, _)| **id != p.id) {
        return Err(fail(format!(
            "flags for {other} were given with --provider {}; configure one provider at a time",
            p.stem
        )));
    }
    let mut input = args.providers.inputs.get(p.id).cloned().unwrap_or_default();
    if let Some(key) = &args.key {
        input.key = Some(key.clone());
    }
    if args.key_stdin {
        input.key = Some(key_from_stdin(&format!("the {} API key", p.name))?);
    }
    if args.models.is_some() {
        input.models = args.models.clone();
    }
    if input.key.is_none() && p.uses_key {
        input.key = key_from_env(p);
    }
    let input = resolve(p, &input)?;
    if !input.has_credentials(p) {
        let mut ways = Vec::new();
        if p.uses_key {
            ways.push(format!("--key KEY, --key-stdin, or set {}", p.key_var()));
        }
        if !p.alt_credentials.is_empty() {
            let flags: Vec<String> = p
                .alt_credentials
                .iter()
                .filter_map(|v| p.extra(v))
                .map(|e| format!("--{}", e.flag))
                .collect();
            ways.push(flags.join(" and "));
        }
        return Err(fail_hint(
            format!("no credentials given for {}", p.name),
            format!("pass {}", ways.join(", or ")),
        ));
    }
    Ok((p, input))
}

/// The pattern of `route add` (from --pattern, or --trigger phrases), and its model, checked
/// before anything touches Docker.
pub fn route_pattern(args: &RouteAddArgs) -> Result<String> {
    routing::check_model(&args.model).map_err(|m| fail(format!("--model: {m}")))?;
    let pattern = match (&args.pattern, &args.trigger) {
        (Some(p), _) => p.clone(),
        (None, Some(t)) => {
            routing::trigger_to_pattern(t).map_err(|m| fail(format!("--trigger: {m}")))?
        }
        (None, None) => return Err(fail("give --trigger or --pattern")),
    };
    if pattern.is_empty() {
        return Err(fail_hint(
            "--pattern is empty: the gateway skips a rule with an empty pattern",
            "give a regular expression, or use --trigger \"phrase|phrase\"",
        ));
    }
    routing::check_pattern(&pattern)
        .map_err(|e| fail_hint(format!("--pattern {pattern:?}: {e}"), e.hint()))?;
    Ok(pattern)
}

/// `config add --provider openai-compatible`: the base URL is required, the key optional.
fn compatible_input(
    p: &'static Provider,
    args: &ConfigAddArgs,
) -> Result<(&'static Provider, ProviderInput)> {
    let url = args.base_url.as_deref().ok_or_else(|| {
        fail_hint(
            "--provider openai-compatible needs --base-url",
            "give the server's OpenAI base URL, e.g. --base-url http://192.168.1.20:8000/v1",
        )
    })?;
    let url = compatible::check_base_url(url).map_err(|r| fail_hint(r.message, r.hint))?;
    let mut input = ProviderInput {
        key: args.key.clone(),
        models: args.models.clone(),
        ..ProviderInput::default()
    };
    if args.key_stdin {
        input.key = Some(key_from_stdin(&format!("the {} API key", p.name))?);
    }
    input.extras.insert(p.extras[0].var.to_string(), url);
    Ok((p, resolve(p, &input)?))
}

/// The scope and rate of `keys add/set`: `--providers` names (table providers by flag stem,
/// id or alias; OpenAI-compatible servers by their name) become provider ids.
pub fn key_change(
    args: &crate::args::KeyAddArgs,
) -> Result<crate::domain::live::keyscope::KeyChange> {
    use crate::domain::live::keyrate::{Per, Rate};
    use crate::domain::live::keyscope::{KeyChange, Providers};
    let providers = match args.providers.as_deref().map(str::trim) {
        None => None,
        Some(list) if list.eq_ignore_ascii_case("all") => Some(Providers::All),
        Some(list) => {
            let mut ids = std::collections::BTreeSet::new();
            for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                ids.insert(scope_provider(name)?);
            }
            if ids.is_empty() {
                return Err(fail_hint(
                    "--providers names no provider",
                    "give provider names separated by commas, or `all`",
                ));
            }
            Some(Providers::Only(ids))
        }
    };
    let per = [
        (args.requests_per_second, Per::Second),
        (args.requests_per_minute, Per::Minute),
        (args.requests_per_hour, Per::Hour),
        (args.requests_per_day, Per::Day),
    ];
    let rate = match per.iter().find_map(|(n, p)| n.map(|n| (n, *p))) {
        Some((0, _)) => return Err(fail("a request rate needs at least 1 request")),
        Some((requests, per)) => Some(Some(Rate { requests, per })),
        None if args.unlimited => Some(None),
        None => None,
    };
    Ok(KeyChange { providers, rate })
}

fn scope_provider(name: &str) -> Result<String> {
    if let Some(p) = providers::find(name) {
        return Ok(p.id.to_string());
    }
    let bare = name.strip_prefix(compatible::ID_PREFIX).unwrap_or(name);
    match compatible::check_name(bare) {
        Ok(()) => Ok(format!("{}{bare}", compatible::ID_PREFIX)),
        Err(_) => Err(fail_hint(
            format!("unknown provider {name:?} in --providers"),
            format!(
                "valid providers: {}, an OpenAI-compatible server's name, or `all`",
                providers::valid_names()
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::providers::find;

    #[test]
    fn checks_values() {
        let mut input = ProviderInput {
            key: Some("sk-\"'$(x)".into()),
            models: Some("gpt-4o,gpt-4-*".into()),
            ..Default::default()
        };
        input.extras.insert(
            "AZURE_SERVICE_URL".into(),
            "https://r.openai.azure.com/x?api-version=1".into(),
        );
        let out = resolve(find("azure").unwrap(), &input).unwrap();
        assert_eq!(out.key.as_deref(), Some("sk-\"'$(x)"));

        input
            .extras
            .insert("AZURE_SERVICE_URL".into(), "http://plain".into());
        assert!(resolve(find("azure").unwrap(), &input).is_err());

        let bad_key = ProviderInput {
            key: Some("a\nb".into()),
            ..Default::default()
        };
        let err = resolve(find("openai").unwrap(), &bad_key).unwrap_err();
        assert!(!format!("{err:#}").contains("a\nb"));

        let bad_models = ProviderInput {
            models: Some("gpt-.*|o1".into()),
            ..Default::default()
        };
        assert!(resolve(find("openai").unwrap(), &bad_models).is_err());
    }

    #[test]
    fn service_account_file_is_compacted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sa.json");
        std::fs::write(
            &path,
            "{\n  \"type\": \"service_account\",\n  \"k\": \"v\"\n}\n",
        )
        .unwrap();
        let mut input = ProviderInput::default();
        input
            .extras
            .insert("VERTEX_AUTH_KEY".into(), path.display().to_string());
        let out = resolve(find("vertex").unwrap(), &input).unwrap();
        assert_eq!(
            out.extras["VERTEX_AUTH_KEY"],
            "{ \"type\": \"service_account\", \"k\": \"v\" }"
        );
    }
}
