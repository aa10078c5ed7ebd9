//! The parsed expression and its translation to the Rust `regex` crate's syntax.

use super::*;

// The parser: Go's parse loop, with a stack of parsed pieces, emitting `regex` syntax.

#[derive(Clone, Copy)]
pub(super) struct Flags {
    pub(super) fold: bool,
    pub(super) dot_nl: bool,
    pub(super) one_line: bool,
    pub(super) non_greedy: bool,
}

/// A repetition `{min,max}` (max -1: unbounded) and the repetitions nested in it, for Go's
/// `repeatIsValid`.
#[derive(Clone)]
pub(super) struct Rep {
    pub(super) min: i64,
    pub(super) max: i64,
    pub(super) subs: Vec<Rep>,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Literal,
    Concat,
    Alternate,
    Other,
}

#[derive(Clone)]
pub(super) struct Node {
    pub(super) rx: String,
    pub(super) kind: Kind,
    /// Number of children for concatenations and alternations (Go flattens nested ones).
    pub(super) parts: Vec<Node>,
    pub(super) reps: Vec<Rep>,
    pub(super) size: i64,
    pub(super) height: i64,
}

pub(super) enum Item {
    Node(Node),
    LeftParen { capture: bool, flags: Flags },
    Bar(Vec<Node>),
}

pub(super) const MAX_SIZE: i64 = (128 << 20) / 40;
pub(super) const MAX_HEIGHT: i64 = 1000;

pub(super) fn esc(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() => ch.to_string(),
        _ => format!("\\x{{{c:X}}}"),
    }
}

/// Surrogates (U+D800–U+DFFF) never occur in a `&str`: they are dropped from classes.
pub(super) fn without_surrogates(r: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::with_capacity(r.len() + 1);
    for &(lo, hi) in r {
        if hi < 0xD800 || lo > 0xDFFF {
            out.push((lo, hi));
            continue;
        }
        if lo < 0xD800 {
            out.push((lo, 0xD7FF));
        }
        if hi > 0xDFFF {
            out.push((0xE000, hi));
        }
    }
    out
}

pub(super) fn class_rx(r: &[(u32, u32)]) -> String {
    let r = without_surrogates(r);
    let full = [(0, 0xD7FF), (0xE000, MAX_RUNE)];
    if r == full {
        return "(?s:.)".into();
    }
    let r = r.as_slice();
    if r.is_empty() {
        return "[^\\x{0}-\\x{10FFFF}]".into();
    }
    let mut s = String::from("[");
    for &(lo, hi) in r {
        s.push_str(&esc(lo));
        if hi != lo {
            s.push('-');
            s.push_str(&esc(hi));
        }
    }
    s.push(']');
    s
}

impl Node {
    pub(super) fn leaf(rx: String, kind: Kind, size: i64) -> Node {
        Node {
            rx,
            kind,
            parts: Vec::new(),
            reps: Vec::new(),
            size: size.max(1),
            height: 1,
        }
    }

    pub(super) fn literal(c: u32, fold: bool) -> Node {
        let rx = if (0xD800..=0xDFFF).contains(&c) {
            class_rx(&[])
        } else if fold && simple_fold(c) != c {
            class_rx(&folded(&[(c, c)]))
        } else {
            esc(c)
        };
        Node::leaf(rx, Kind::Literal, 1)
    }

    pub(super) fn class(r: Ranges) -> Node {
        Node::leaf(class_rx(&r), Kind::Other, 1)
    }

    pub(super) fn combine(kind: Kind, subs: Vec<Node>) -> Node {
        let mut parts = Vec::new();
        for s in subs {
            if s.kind == kind {
                parts.extend(s.parts);
            } else {
                parts.push(s);
            }
        }
        let sep = if kind == Kind::Alternate { "|" } else { "" };
        let rx = format!(
            "(?:{})",
            parts
                .iter()
                .map(|p| p.rx.as_str())
                .collect::<Vec<_>>()
                .join(sep)
        );
        let mut size: i64 = parts.iter().map(|p| p.size).sum();
        if kind == Kind::Alternate && parts.len() > 1 {
            size += parts.len() as i64 - 1;
        }
        let height = 1 + parts.iter().map(|p| p.height).max().unwrap_or(0);
        let reps = parts.iter().flat_map(|p| p.reps.iter().cloned()).collect();
        Node {
            rx,
            kind,
            parts,
            reps,
            size: size.clamp(1, i64::MAX / 4),
            height,
        }
    }
}

pub(super) fn rep_valid(r: &Rep, n: i64) -> bool {
    let mut m = r.max;
    if m == 0 {
        return true;
    }
    if m < 0 {
        m = r.min;
    }
    if m > n {
        return false;
    }
    let n = if m > 0 { n / m } else { n };
    r.subs.iter().all(|s| rep_valid(s, n))
}

pub(super) struct Parser<'a> {
    pub(super) whole: &'a str,
    pub(super) flags: Flags,
    pub(super) stack: Vec<Item>,
}

pub(super) type PResult<T> = Result<T, GoRegexError>;

pub(super) fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

pub(super) fn unhex(c: char) -> Option<u32> {
    c.to_digit(16)
}

/// The first character of `s` and the rest (Go's `nextRune` on valid UTF-8).
pub(super) fn next_char(s: &str) -> Option<(char, &str)> {
    let c = s.chars().next()?;
    Some((c, &s[c.len_utf8()..]))
}

/// `s` minus its tail `rest` (Go's `s[:len(s)-len(rest)]`).
pub(super) fn before<'s>(s: &'s str, rest: &str) -> &'s str {
    &s[..s.len() - rest.len()]
}
