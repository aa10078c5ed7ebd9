//! YAML that reads back the same under YAML 1.1 and YAML 1.2.
//!
//! The gateway's file API server reads `/data` with sigs.k8s.io/yaml over gopkg.in/yaml.v2,
//! a YAML 1.1 reader: there `on`, `off`, `yes`, `no`, `y`, `n` are booleans, `1_000` and
//! `0b101` are numbers, `<<` is a merge key. serde_yaml (YAML 1.2) writes such strings plain,
//! so the gateway would read a different value than the one we wrote. This emitter writes a
//! string plain only when [`is_plain_safe`] says both specs read it back as that very string,
//! and double-quoted (with escapes, on one line) otherwise. Block style, two-space indent,
//! sequences under a mapping key at the key's indent (`key:\n- item`), as serde_yaml does.

use serde_yaml::{Mapping, Value};
use std::fmt::Write as _;

/// `value` as a YAML document (ending with a newline).
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Mapping(m) if !m.is_empty() => write_mapping(&mut out, m, 0),
        Value::Sequence(s) if !s.is_empty() => write_sequence(&mut out, s, 0),
        other => {
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
    out
}

/// Any serializable value, through `serde_yaml::Value`.
pub fn to_string_from<T: serde::Serialize>(v: &T) -> Result<String, serde_yaml::Error> {
    Ok(to_string(&serde_yaml::to_value(v)?))
}

/// Whether `s` written plain (unquoted) in block context reads back as the string `s`
/// under both YAML 1.1 (yaml.v2) and YAML 1.2. Conservative: when in doubt, false.
pub fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let last = s.chars().next_back().unwrap_or(first);
    // Indicators, whitespace, and characters that may start a number or a special value.
    if "-?:,[]{}#&*!|>'\"%@`<=~\\.+0123456789".contains(first) || first == ' ' {
        return false;
    }
    if last == ' ' || last == ':' {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.contains("  ") {
        return false;
    }
    if !s.chars().all(plain_char) {
        return false;
    }
    !is_special_word(s)
}

/// Characters allowed in a plain scalar we write (never in flow context): printable, no
/// line breaks or tabs.
fn plain_char(c: char) -> bool {
    match c {
        '\u{20}'..='\u{7E}' => true,
        '\u{A0}'..='\u{D7FF}' => !matches!(c, '\u{2028}' | '\u{2029}'),
        '\u{E000}'..='\u{FFFD}' => c != '\u{FEFF}',
        '\u{10000}'..='\u{10FFFF}' => true,
        _ => false,
    }
}

/// Words YAML 1.1 or 1.2 resolves to null, booleans or floats, in any letter case.
fn is_special_word(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "null", "y", "n", "yes", "no", "true", "false", "on", "off", "inf", "nan", "infinity",
    ];
    let lower = s.to_ascii_lowercase();
    WORDS.contains(&lower.as_str())
}

/// Printable characters that may appear raw inside a double-quoted scalar.
fn quoted_raw(c: char) -> bool {
    match c {
        '\u{20}'..='\u{7E}' => c != '"' && c != '\\',
        '\u{A0}'..='\u{D7FF}' => !matches!(c, '\u{2028}' | '\u{2029}'),
        '\u{E000}'..='\u{FFFD}' => c != '\u{FEFF}',
        '\u{10000}'..='\u{10FFFF}' => true,
        _ => false,
    }
}

/// `s` as a double-quoted scalar on one line.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if quoted_raw(c) {
            out.push(c);
            continue;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{B}' => out.push_str("\\v"),
            '\u{C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{1B}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if (c as u32) <= 0xFF => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c if (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08X}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

fn scalar_string(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        double_quoted(s)
    }
}

/// A value on one line: scalars, empty collections, and (for the rare collection keys)
/// flow style.
fn inline(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64()) {
                if f.is_nan() {
                    return ".nan".into();
                }
                if f.is_infinite() {
                    return if f > 0.0 {
                        ".inf".into()
                    } else {
                        "-.inf".into()
                    };
                }
            }
            n.to_string()
        }
        Value::String(s) => scalar_string(s),
        Value::Sequence(s) => {
            let items: Vec<String> = s.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Mapping(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", inline_key(k), inline(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Tagged(t) => format!("{} {}", t.tag, inline(&t.value)),
    }
}

/// Inside flow collections every string is quoted (plain ones may hold `,` or `: `).
fn inline_key(v: &Value) -> String {
    match v {
        Value::String(s) => double_quoted(s),
        other => inline(other),
    }
}

fn is_block(v: &Value) -> bool {
    match v {
        Value::Mapping(m) => !m.is_empty(),
        Value::Sequence(s) => !s.is_empty(),
        Value::Tagged(t) => is_block(&t.value),
        _ => false,
    }
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn key_text(k: &Value) -> String {
    match k {
        Value::String(s) => scalar_string(s),
        Value::Sequence(_) | Value::Mapping(_) | Value::Tagged(_) => {
            let mut s = String::from("? ");
            s.push_str(&inline_flow_all_quoted(k));
            s
        }
        other => inline(other),
    }
}

fn inline_flow_all_quoted(v: &Value) -> String {
    match v {
        Value::String(s) => double_quoted(s),
        Value::Sequence(s) => {
            let items: Vec<String> = s.iter().map(inline_flow_all_quoted).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Mapping(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}: {}",
                        inline_flow_all_quoted(k),
                        inline_flow_all_quoted(v)
                    )
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Tagged(t) => format!("{} {}", t.tag, inline_flow_all_quoted(&t.value)),
        other => inline(other),
    }
}

fn write_mapping(out: &mut String, m: &Mapping, indent: usize) {
    for (k, v) in m {
        pad(out, indent);
        let key = key_text(k);
        // Implicit keys are limited to 1024 characters: longer ones (and complex keys) are
        // written as explicit `? key` / `: value` pairs.
        let explicit = key.starts_with("? ") || key.chars().count() > 1000;
        if explicit {
            if !key.starts_with("? ") {
                out.push_str("? ");
            }
            out.push_str(&key);
            out.push('\n');
            pad(out, indent);
            out.push(':');
        } else {
            out.push_str(&key);
            out.push(':');
        }
        write_value_after_key(out, v, indent);
    }
}

fn write_value_after_key(out: &mut String, v: &Value, indent: usize) {
    match v {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            write_mapping(out, m, indent + 2);
        }
        Value::Sequence(s) if !s.is_empty() => {
            out.push('\n');
            write_sequence(out, s, indent);
        }
        Value::Tagged(t) if is_block(&t.value) => {
            out.push(' ');
            out.push_str(&t.tag.to_string());
            write_value_after_key(out, &t.value, indent);
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

fn write_sequence(out: &mut String, s: &[Value], indent: usize) {
    for item in s {
        pad(out, indent);
        out.push('-');
        write_item(out, item, indent);
    }
}

/// After `- ` at `indent`: nested collections start on the dash's line.
fn write_item(out: &mut String, item: &Value, indent: usize) {
    match item {
        Value::Mapping(m) if !m.is_empty() => {
            let mut inner = String::new();
            write_mapping(&mut inner, m, indent + 2);
            out.push(' ');
            out.push_str(&inner[indent + 2..]);
        }
        Value::Sequence(s) if !s.is_empty() => {
            let mut inner = String::new();
            write_sequence(&mut inner, s, indent + 2);
            out.push(' ');
            out.push_str(&inner[indent + 2..]);
        }
        Value::Tagged(t) if is_block(&t.value) => {
            out.push(' ');
            out.push_str(&t.tag.to_string());
            out.push('\n');
            match &t.value {
                Value::Mapping(m) => write_mapping(out, m, indent + 2),
                Value::Sequence(s) => write_sequence(out, s, indent + 2),
                _ => {}
            }
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

/// Whether gopkg.in/yaml.v2 (YAML 1.1, the gateway's reader) reads the plain scalar `s` as
/// the string `s`, following its `resolve()`: the words of its resolve map (`y`, `on`,
/// `~`, `<<` …), then, by the first character, floats (`.5`), integers with Go's base
/// prefixes after removing every `_` (`1_000`, `0b101`, `017`) and decimal floats.
/// Everything else is a string, dates included: the gateway's reader (Debian's yaml.v2 with
/// sigs.k8s.io/yaml) gives `2001-12-14` back as that string, as the differential test in
/// tests/integration/fidelity.rs shows.
pub fn v2_reads_as_string(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N",
        "no", "No", "NO", "off", "Off", "OFF", "true", "True", "TRUE", "false", "False", "FALSE",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF", "<<",
    ];
    if WORDS.contains(&s) {
        return false;
    }
    match s.as_bytes().first() {
        Some(b'.') => !(is_dot_float(s) && finite(s)),
        Some(b'+' | b'-' | b'0'..=b'9') => {
            let plain = s.replace('_', "");
            !(is_go_int(&plain) || (is_decimal_float(&plain) && finite(&plain)))
        }
        _ => true,
    }
}

/// Go's ParseFloat fails (and yaml.v2 keeps the string) when the value overflows to ±Inf.
fn finite(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// `.5`, `.5e3`: what Go's ParseFloat accepts after a leading dot.
fn is_dot_float(s: &str) -> bool {
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[1..i], Some(&s[i + 1..])),
        None => (&s[1..], None),
    };
    !mantissa.is_empty()
        && mantissa.bytes().all(|b| b.is_ascii_digit())
        && exp.is_none_or(is_exponent)
}

fn is_exponent(e: &str) -> bool {
    let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Go's `strconv.ParseInt(s, 0, 64)` syntax (or ParseUint's): sign, then 0x/0o/0b or a
/// leading 0 (octal), or decimal. Out-of-range values fall to the float rule, which a
/// decimal also matches.
fn is_go_int(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let all = |t: &str, ok: fn(u8) -> bool| !t.is_empty() && t.bytes().all(ok);
    if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        return all(hex, |b| b.is_ascii_hexdigit());
    }
    if let Some(oct) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
        return all(oct, |b| (b'0'..=b'7').contains(&b));
    }
    if let Some(bin) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
        return all(bin, |b| b == b'0' || b == b'1');
    }
    if let Some(oct) = body.strip_prefix('0') {
        return oct.bytes().all(|b| (b'0'..=b'7').contains(&b));
    }
    all(body, |b| b.is_ascii_digit())
}

/// yaml.v2's float syntax: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
fn is_decimal_float(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let shape = if mantissa.starts_with('.') {
        !frac.is_empty() && digits(frac)
    } else {
        !int.is_empty() && digits(int) && digits(frac)
    };
    shape && exp.is_none_or(is_exponent)
}

#[cfg(test)]
mod tests;
