//! Character classes: ranges, negation, case folding, Perl, POSIX and Unicode groups.

use super::*;

// Character classes: sorted, merged, inclusive ranges of code points.

pub(super) const MAX_RUNE: u32 = 0x10FFFF;
pub(super) type Ranges = Vec<(u32, u32)>;

pub(super) fn clean(mut r: Ranges) -> Ranges {
    r.sort_unstable();
    let mut out: Ranges = Vec::with_capacity(r.len());
    for (lo, hi) in r {
        if let Some(last) = out.last_mut() {
            if lo <= last.1.saturating_add(1) {
                last.1 = last.1.max(hi);
                continue;
            }
        }
        out.push((lo, hi));
    }
    out
}

pub(super) fn negate(r: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::with_capacity(r.len() + 1);
    let mut next = 0u32;
    for &(lo, hi) in r {
        if lo > next {
            out.push((next, lo - 1));
        }
        next = hi.saturating_add(1);
    }
    if next <= MAX_RUNE {
        out.push((next, MAX_RUNE));
    }
    out
}

/// Go's `unicode.SimpleFold`.
pub(super) fn simple_fold(c: u32) -> u32 {
    match tables::FOLD.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => tables::FOLD[i].1,
        Err(_) => c,
    }
}

/// Go's `appendFoldedRange`: the range plus every fold-orbit member of its characters.
pub(super) fn add_folded_range(out: &mut Ranges, lo: u32, hi: u32) {
    out.push((lo, hi));
    let start = tables::FOLD.partition_point(|&(k, _)| k < lo);
    for &(c, _) in tables::FOLD[start..].iter().take_while(|&&(k, _)| k <= hi) {
        let mut f = simple_fold(c);
        while f != c {
            out.push((f, f));
            f = simple_fold(f);
        }
    }
}

pub(super) fn folded(r: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::new();
    for &(lo, hi) in r {
        add_folded_range(&mut out, lo, hi);
    }
    clean(out)
}

pub(super) const PERL_D: &[(u32, u32)] = &[(0x30, 0x39)];
pub(super) const PERL_S: &[(u32, u32)] = &[(0x9, 0xa), (0xc, 0xd), (0x20, 0x20)];
pub(super) const PERL_W: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)];

pub(super) fn perl_group(name: &[u8]) -> Option<(bool, &'static [(u32, u32)])> {
    Some(match name {
        b"\\d" => (true, PERL_D),
        b"\\D" => (false, PERL_D),
        b"\\s" => (true, PERL_S),
        b"\\S" => (false, PERL_S),
        b"\\w" => (true, PERL_W),
        b"\\W" => (false, PERL_W),
        _ => return None,
    })
}

pub(super) fn posix_group(name: &str) -> Option<(bool, &'static [(u32, u32)])> {
    let (neg, base) = match name.strip_prefix("[:^") {
        Some(rest) => (true, rest),
        None => (false, name.strip_prefix("[:")?),
    };
    let class: &'static [(u32, u32)] = match base {
        "alnum:]" => &[(0x30, 0x39), (0x41, 0x5a), (0x61, 0x7a)],
        "alpha:]" => &[(0x41, 0x5a), (0x61, 0x7a)],
        "ascii:]" => &[(0x0, 0x7f)],
        "blank:]" => &[(0x9, 0x9), (0x20, 0x20)],
        "cntrl:]" => &[(0x0, 0x1f), (0x7f, 0x7f)],
        "digit:]" => &[(0x30, 0x39)],
        "graph:]" => &[(0x21, 0x7e)],
        "lower:]" => &[(0x61, 0x7a)],
        "print:]" => &[(0x20, 0x7e)],
        "punct:]" => &[(0x21, 0x2f), (0x3a, 0x40), (0x5b, 0x60), (0x7b, 0x7e)],
        "space:]" => &[(0x9, 0xd), (0x20, 0x20)],
        "upper:]" => &[(0x41, 0x5a)],
        "word:]" => PERL_W,
        "xdigit:]" => &[(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
        _ => return None,
    };
    Some((!neg, class))
}

/// Go's `appendGroup`: fold first (under `(?i)`), then negate.
pub(super) fn add_group(out: &mut Ranges, positive: bool, class: &[(u32, u32)], fold: bool) {
    let base = if fold { folded(class) } else { class.to_vec() };
    if positive {
        out.extend(base);
    } else {
        out.extend(negate(&base));
    }
}

/// regexp/syntax's `canonicalName`.
pub(super) fn canonical_name(name: &str) -> String {
    let mut out = Vec::with_capacity(name.len());
    let mut first = true;
    for &b in name.as_bytes() {
        let c = match b {
            b'_' | b'-' | b' ' => continue,
            _ if first => {
                first = false;
                b.to_ascii_uppercase()
            }
            _ => b.to_ascii_lowercase(),
        };
        out.push(c);
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn table(id: i16) -> &'static [(u32, u32)] {
    usize::try_from(id)
        .ok()
        .and_then(|i| tables::TABLES.get(i))
        .copied()
        .unwrap_or(&[])
}
