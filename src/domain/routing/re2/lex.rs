//! Small parsers for class characters, repeat counts and escapes.

use super::*;

pub(super) fn parse_class_char<'s>(s: &'s str, whole_class: &str) -> PResult<(u32, &'s str)> {
    if s.is_empty() {
        return Err(GoRegexError::new(ERR_MISSING_BRACKET, whole_class));
    }
    if s.starts_with('\\') {
        return parse_escape(s);
    }
    match next_char(s) {
        Some((c, rest)) => Ok((c as u32, rest)),
        None => Err(GoRegexError::new(ERR_MISSING_BRACKET, whole_class)),
    }
}

/// Go's `parseInt`: decimal digits, no leading zero; more than 8 digits → -1.
pub(super) fn parse_int(s: &str) -> Option<(i64, &str)> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    if b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_digit() {
        return None;
    }
    let end = b
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(b.len());
    let mut n: i64 = 0;
    for &d in &b[..end] {
        if n >= 100_000_000 {
            n = -1;
            break;
        }
        n = n * 10 + i64::from(d - b'0');
    }
    Some((n, &s[end..]))
}

/// Go's `parseRepeat`: `{n}`, `{n,}`, `{n,m}`; None when `{` is a literal.
pub(super) fn parse_repeat(s: &str) -> Option<(i64, i64, &str)> {
    let s = s.strip_prefix('{')?;
    let (mut min, s) = parse_int(s)?;
    let (max, s) = if let Some(s) = s.strip_prefix(',') {
        if s.is_empty() {
            return None;
        }
        if s.starts_with('}') {
            (-1, s)
        } else {
            let (max, s) = parse_int(s)?;
            if max < 0 {
                min = -1;
            }
            (max, s)
        }
    } else {
        (min, s)
    };
    let rest = s.strip_prefix('}')?;
    Some((min, max, rest))
}

/// Go's `parseEscape` (after the class and assertion escapes were tried).
pub(super) fn parse_escape(s: &str) -> PResult<(u32, &str)> {
    let t = &s[1..];
    let Some((c, mut t)) = next_char(t) else {
        return Err(GoRegexError::new(ERR_TRAILING_BACKSLASH, ""));
    };
    let invalid = |t: &str| GoRegexError::new(ERR_INVALID_ESCAPE, before(s, t));
    let octal = |t: &str| {
        t.as_bytes()
            .first()
            .is_some_and(|b| (b'0'..=b'7').contains(b))
    };
    match c {
        '1'..='7' | '0' => {
            if c != '0' && !octal(t) {
                return Err(invalid(t));
            }
            let mut r = c as u32 - '0' as u32;
            for _ in 1..3 {
                if !octal(t) {
                    break;
                }
                r = r * 8 + u32::from(t.as_bytes()[0] - b'0');
                t = &t[1..];
            }
            Ok((r, t))
        }
        'x' => {
            let Some((c, rest)) = next_char(t) else {
                return Err(invalid(t));
            };
            t = rest;
            if c == '{' {
                let mut nhex = 0;
                let mut r: u32 = 0;
                loop {
                    let Some((c, rest)) = next_char(t) else {
                        return Err(invalid(t));
                    };
                    t = rest;
                    if c == '}' {
                        break;
                    }
                    let Some(v) = unhex(c) else {
                        return Err(invalid(t));
                    };
                    r = r * 16 + v;
                    if r > MAX_RUNE {
                        return Err(invalid(t));
                    }
                    nhex += 1;
                }
                if nhex == 0 {
                    return Err(invalid(t));
                }
                return Ok((r, t));
            }
            let x = unhex(c);
            let (c2, rest) = match next_char(t) {
                Some((c2, rest)) => (Some(c2), rest),
                None => (None, t),
            };
            t = rest;
            match (x, c2.and_then(unhex)) {
                (Some(x), Some(y)) => Ok((x * 16 + y, t)),
                _ => Err(invalid(t)),
            }
        }
        'a' => Ok((7, t)),
        'f' => Ok((12, t)),
        'n' => Ok((10, t)),
        'r' => Ok((13, t)),
        't' => Ok((9, t)),
        'v' => Ok((11, t)),
        _ if c.is_ascii() && !is_alnum(c) => Ok((c as u32, t)),
        _ => Err(invalid(t)),
    }
}
