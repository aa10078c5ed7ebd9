//! A request body read the way the gateway's model-router plugin reads it
//! (`reference/model-router/main.go`, `handleJsonBody` and `extractLastUserMessage`): Go's
//! `encoding/json.Valid` decides whether the body is read at all, then
//! `github.com/tidwall/gjson` (`GetBytes`, `Get`, `String`, `Array`, `IsArray`, `Exists`)
//! reads the model and the messages. Pure: no I/O.
//!
//! gjson is not a JSON parser with a tree: it scans the bytes for the path it is asked for.
//! So, unlike serde_json:
//! - the first occurrence of a key wins (a later duplicate is never seen), and a multi-part
//!   path (`a.b`) tries the next duplicate `a` when the first one has no `b`;
//! - the `String()` of a non-string is the raw text as written for objects and arrays,
//!   integers as written, other numbers as Go's `strconv.FormatFloat(f, 'f', -1, 64)`;
//! - escapes are decoded as gjson's `unescape` does: a lone or mismatched UTF-16 surrogate
//!   is U+FFFD (and a high surrogate followed by any `\u` escape swallows that escape);
//! - bytes that are not UTF-8 are kept as bytes ([`go_string_lossy`] turns them into what
//!   Go's regexp matches: one U+FFFD per invalid byte);
//! - there is no depth limit but Go's own (`encoding/json` allows 10,000 levels).
//!
//! This is a port of gjson 1.14.4's scanning functions (Debian's
//! `golang-github-tidwall-gjson-dev`; the plugin pins 1.18.0, which reads these paths the
//! same way), checked against gjson itself by `tests/integration/gjson_fidelity.rs`.
//!
//! Paths (`modelKey`): dotted keys (`a.b`), escaped characters in keys (`a\.b` is the key
//! `a.b`), array indexes (`messages.0.content`) and `#` (the length of an array). gjson's
//! other syntax — wildcards `*` `?`, pipes `|`, modifiers `@…`, literals `!…`, queries
//! `#(…)`, `#.` projections, multipaths `[…]` `{…}` and `..` JSON lines — is refused with
//! [`UnsupportedPath`] rather than guessed.

use std::borrow::Cow;

use super as routing;
use super::{AUTO_MODEL, NotRouted, RequestOutcome};
use crate::domain::live::gwconfig::AutoRouting;

/// Go's `encoding/json` nesting limit (`maxNestingDepth`): deeper is not valid JSON.
pub const GO_MAX_DEPTH: usize = 10_000;

/// The plugin's default `modelKey`.
pub const DEFAULT_MODEL_KEY: &str = "model";

/// What the plugin reads from one request body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRead {
    /// Go's `json.Valid(body)`. When false the plugin passes the body through unrouted and
    /// reads nothing else (`model` and `last_user_message` are then empty/None).
    pub valid: bool,
    /// `gjson.GetBytes(body, modelKey).String()`, as bytes (they may not be UTF-8). Empty
    /// when the key is absent or null: the plugin then passes the request through.
    pub model: Vec<u8>,
    /// `extractLastUserMessage(body)`, as bytes; None when no message has `role` "user"
    /// (the plugin's "" then; so is an empty content).
    pub last_user_message: Option<Vec<u8>>,
}

impl RequestRead {
    /// The model as text (invalid bytes as U+FFFD, for display).
    pub fn model_text(&self) -> String {
        go_string_lossy(&self.model)
    }

    /// The last user message as Go's regexp sees it: one U+FFFD per byte that is not UTF-8.
    pub fn message_text(&self) -> Option<String> {
        self.last_user_message.as_deref().map(go_string_lossy)
    }

    /// Whether the plugin auto-routes this body (`modelValue == "higress/auto"`), given
    /// auto-routing is on.
    pub fn names_auto(&self) -> bool {
        self.valid && self.model == AUTO_MODEL.as_bytes()
    }
}

/// A `modelKey` that uses gjson syntax this reader does not implement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedPath {
    pub path: String,
    pub what: &'static str,
}

impl std::fmt::Display for UnsupportedPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the model key {:?} uses gjson {}, which route test does not read",
            self.path, self.what
        )
    }
}

impl std::error::Error for UnsupportedPath {}

/// A gjson path this reader supports (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GjsonPath(String);

impl GjsonPath {
    pub fn parse(path: &str) -> Result<GjsonPath, UnsupportedPath> {
        let b = path.as_bytes();
        let refuse = |what| {
            Err(UnsupportedPath {
                path: path.to_string(),
                what,
            })
        };
        match b.first() {
            Some(b'@') => return refuse("modifiers (@…)"),
            Some(b'!') => return refuse("literals (!…)"),
            Some(b'[' | b'{') => return refuse("multipaths ([…] or {…})"),
            _ => {}
        }
        if b.starts_with(b"..") {
            return refuse("JSON lines (..)");
        }
        for (i, &c) in b.iter().enumerate() {
            let next = b.get(i + 1).copied();
            match c {
                b'|' => return refuse("pipes (|)"),
                b'*' | b'?' => return refuse("wildcards (* or ?)"),
                b'.' if matches!(next, Some(b'@' | b'[' | b'{')) => {
                    return refuse("modifiers or multipaths after a dot");
                }
                b'#' if matches!(next, Some(b'.' | b'(' | b'[')) => {
                    return refuse("queries or projections (#( #[ #.)");
                }
                _ => {}
            }
        }
        Ok(GjsonPath(path.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Reads `body` as the plugin does, with the config's `modelKey` (`""` means `"model"`, as
/// the plugin's `parseConfig` has it).
pub fn read_request(body: &[u8], model_key: &str) -> Result<RequestRead, UnsupportedPath> {
    let key = if model_key.is_empty() {
        DEFAULT_MODEL_KEY
    } else {
        model_key
    };
    let path = GjsonPath::parse(key)?;
    Ok(read_request_path(body, &path))
}

pub fn read_request_path(body: &[u8], model_key: &GjsonPath) -> RequestRead {
    if !json_valid(body) {
        return RequestRead {
            valid: false,
            model: Vec::new(),
            last_user_message: None,
        };
    }
    RequestRead {
        valid: true,
        model: get(body, model_key).string(),
        last_user_message: last_user_message(body),
    }
}

/// What the gateway does with a JSON body (`handleJsonBody`): None when it is not valid
/// JSON (the plugin passes it through unrouted and untouched); a model other than
/// `higress/auto` (or none) is passed through; else the rules decide.
pub fn route(auto: &AutoRouting, read: &RequestRead) -> Option<RequestOutcome> {
    if !read.valid {
        return None;
    }
    if !read.names_auto() {
        return Some(RequestOutcome::NotRouted(NotRouted::WrongModel {
            model: read.model_text(),
        }));
    }
    if !auto.enable {
        return Some(RequestOutcome::NotRouted(NotRouted::Disabled));
    }
    let message = read.message_text();
    let decision = routing::decide(auto, message.as_deref().unwrap_or(""));
    Some(RequestOutcome::Routed { message, decision })
}

/// `extractLastUserMessage`: for each element of `messages` whose `role` is "user", its
/// `content` — or, when `content` is an array, the `text` of each part whose `type` is
/// "text"; the last one found wins.
pub fn last_user_message(body: &[u8]) -> Option<Vec<u8>> {
    let messages = get_str(body, b"messages");
    if !messages.exists() || !messages.is_array() {
        return None;
    }
    let mut last = None;
    for msg in messages.array() {
        if msg.get_str(b"role").string() != b"user" {
            continue;
        }
        let content = msg.get_str(b"content");
        if content.is_array() {
            for item in content.array() {
                if item.get_str(b"type").string() == b"text" {
                    last = Some(item.get_str(b"text").string());
                }
            }
        } else {
            last = Some(content.string());
        }
    }
    last
}

/// Text as Go's regexp reads a string that may not be UTF-8: each byte that does not start
/// a valid UTF-8 sequence is one U+FFFD (`utf8.DecodeRuneInString` gives width 1), unlike
/// `String::from_utf8_lossy`, which gives one U+FFFD per maximal invalid sequence.
pub fn go_string_lossy(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                // `good` is valid UTF-8 by construction.
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push(char::REPLACEMENT_CHARACTER);
                rest = bad.get(1..).unwrap_or_default();
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// encoding/json.Valid

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// Go's `encoding/json.Valid`: RFC 8259 JSON with no UTF-8 check and at most
/// [`GO_MAX_DEPTH`] nested arrays and objects. Iterative: any depth is safe.
pub fn json_valid(data: &[u8]) -> bool {
    let mut stack: Vec<u8> = Vec::new();
    let mut i = 0;
    let n = data.len();
    let skip_ws = |mut i: usize| {
        while i < n && is_ws(data[i]) {
            i += 1;
        }
        i
    };
    'value: loop {
        // A value starts at i (after whitespace).
        i = skip_ws(i);
        let Some(&c) = data.get(i) else {
            return false;
        };
        match c {
            b'{' | b'[' => {
                stack.push(c);
                if stack.len() > GO_MAX_DEPTH {
                    return false;
                }
                i = skip_ws(i + 1);
                let close = if c == b'{' { b'}' } else { b']' };
                if data.get(i) == Some(&close) {
                    stack.pop();
                    i += 1;
                } else if c == b'{' {
                    match object_key(data, i) {
                        Some(next) => {
                            i = next;
                            continue 'value;
                        }
                        None => return false,
                    }
                } else {
                    continue 'value;
                }
            }
            b'"' => match valid_string(data, i) {
                Some(next) => i = next,
                None => return false,
            },
            b'-' | b'0'..=b'9' => match valid_number(data, i) {
                Some(next) => i = next,
                None => return false,
            },
            b't' | b'f' | b'n' => {
                let lit: &[u8] = match c {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                if !data[i..].starts_with(lit) {
                    return false;
                }
                i += lit.len();
            }
            _ => return false,
        }
        // After a value: close containers, or a comma and the next value.
        loop {
            i = skip_ws(i);
            let Some(&top) = stack.last() else {
                return i == n;
            };
            match (top, data.get(i)) {
                (b'{', Some(b'}')) | (b'[', Some(b']')) => {
                    stack.pop();
                    i += 1;
                }
                (b'[', Some(b',')) => {
                    i += 1;
                    continue 'value;
                }
                (b'{', Some(b',')) => match object_key(data, skip_ws(i + 1)) {
                    Some(next) => {
                        i = next;
                        continue 'value;
                    }
                    None => return false,
                },
                _ => return false,
            }
        }
    }
}

/// `"key"` and `:` at i; the index after the colon.
fn object_key(data: &[u8], i: usize) -> Option<usize> {
    if data.get(i) != Some(&b'"') {
        return None;
    }
    let mut i = valid_string(data, i)?;
    while i < data.len() && is_ws(data[i]) {
        i += 1;
    }
    (data.get(i) == Some(&b':')).then_some(i + 1)
}

/// A string starting at the quote at i; the index after its closing quote.
fn valid_string(data: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        let c = *data.get(i)?;
        match c {
            b'"' => return Some(i + 1),
            b'\\' => {
                let e = *data.get(i + 1)?;
                match e {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                    b'u' => {
                        let hex = data.get(i + 2..i + 6)?;
                        if !hex.iter().all(u8::is_ascii_hexdigit) {
                            return None;
                        }
                        i += 6;
                    }
                    _ => return None,
                }
            }
            0..=0x1f => return None,
            _ => i += 1,
        }
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` at i; the index after it.
fn valid_number(data: &[u8], mut i: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        let s = i;
        while data.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i > s).then_some(i)
    };
    if data.get(i) == Some(&b'-') {
        i += 1;
    }
    match data.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => i = digits(i)?,
        _ => return None,
    }
    if data.get(i) == Some(&b'.') {
        i = digits(i + 1)?;
    }
    if matches!(data.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(data.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(i)?;
    }
    Some(i)
}

// ---------------------------------------------------------------------------------------
// gjson 1.14.4, ported function by function (names in comments are gjson's).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Type {
    #[default]
    Null,
    False,
    Number,
    String,
    True,
    Json,
}

/// gjson's `Result`: the type, the raw text, the decoded string and the number.
#[derive(Debug, Clone, Default)]
struct GResult<'a> {
    ty: Type,
    raw: Cow<'a, [u8]>,
    str: Cow<'a, [u8]>,
    num: f64,
}

impl<'a> GResult<'a> {
    /// `Exists`
    fn exists(&self) -> bool {
        self.ty != Type::Null || !self.raw.is_empty()
    }

    /// `IsArray`
    fn is_array(&self) -> bool {
        self.ty == Type::Json && self.raw.first() == Some(&b'[')
    }

    /// `String`
    fn string(&self) -> Vec<u8> {
        match self.ty {
            Type::Null => Vec::new(),
            Type::False => b"false".to_vec(),
            Type::True => b"true".to_vec(),
            Type::String => self.str.to_vec(),
            Type::Json => self.raw.to_vec(),
            Type::Number => {
                let raw = &self.raw[..];
                if raw.is_empty() {
                    return format_float(self.num).into_bytes();
                }
                let digits = raw.strip_prefix(b"-").unwrap_or(raw);
                if digits.iter().all(u8::is_ascii_digit) {
                    raw.to_vec()
                } else {
                    format_float(self.num).into_bytes()
                }
            }
        }
    }

    /// `Get` on a result: gjson reads the raw text again (whatever its type).
    fn get_str(&self, path: &[u8]) -> GResult<'_> {
        get_raw(&self.raw, path)
    }

    /// `Array`
    fn array(&self) -> Vec<GResult<'_>> {
        if self.ty == Type::Null {
            return Vec::new();
        }
        if !self.is_array() {
            return vec![self.clone()];
        }
        array_of(&self.raw)
    }
}

/// `GetBytes(json, path)`
fn get<'a>(json: &'a [u8], path: &GjsonPath) -> GResult<'a> {
    get_raw(json, path.0.as_bytes())
}

/// `GetBytes` for the fixed paths of `extractLastUserMessage`.
fn get_str<'a>(json: &'a [u8], path: &[u8]) -> GResult<'a> {
    get_raw(json, path)
}

/// `Get`, for a path [`GjsonPath::parse`] accepts: the first `{` or `[` anywhere in the text
/// (even inside a string) starts the search.
fn get_raw<'a>(json: &'a [u8], path: &[u8]) -> GResult<'a> {
    let mut c = Ctx {
        json,
        value: GResult::default(),
    };
    for (i, &ch) in json.iter().enumerate() {
        if ch == b'{' {
            parse_object(&mut c, i + 1, path);
            break;
        }
        if ch == b'[' {
            parse_array(&mut c, i + 1, path);
            break;
        }
    }
    c.value
}

struct Ctx<'a> {
    json: &'a [u8],
    value: GResult<'a>,
}

/// gjson's test for an escaped quote at i (preceded by a backslash): the backslashes before
/// that one, counted down to (not including) `lower`, are even.
fn escaped_quote(json: &[u8], i: usize, lower: isize) -> bool {
    let mut n = 0usize;
    let mut j = i as isize - 2;
    while j > lower {
        if json.get(j as usize) != Some(&b'\\') {
            break;
        }
        n += 1;
        j -= 1;
    }
    n % 2 == 0
}

/// `parseString`: i is just after the opening quote. (next, raw with quotes, escaped, ok)
fn parse_string(json: &[u8], mut i: usize) -> (usize, &[u8], bool, bool) {
    let s = i;
    let start = s.saturating_sub(1);
    while i < json.len() {
        let ch = json[i];
        if ch > b'\\' {
            i += 1;
            continue;
        }
        if ch == b'"' {
            return (i + 1, &json[start..i + 1], false, true);
        }
        if ch == b'\\' {
            i += 1;
            while i < json.len() {
                if json[i] > b'\\' {
                    i += 1;
                    continue;
                }
                if json[i] == b'"' {
                    if json[i - 1] == b'\\' && escaped_quote(json, i, 0) {
                        i += 1;
                        continue;
                    }
                    return (i + 1, &json[start..i + 1], true, true);
                }
                i += 1;
            }
            break;
        }
        i += 1;
    }
    (i, &json[start.min(json.len())..], false, false)
}

/// `parseNumber`
fn parse_number(json: &[u8], mut i: usize) -> (usize, &[u8]) {
    let s = i;
    i += 1;
    while i < json.len() {
        if json[i] <= b' ' || matches!(json[i], b',' | b']' | b'}') {
            return (i, &json[s..i]);
        }
        i += 1;
    }
    (i, &json[s.min(json.len())..])
}

/// `parseLiteral`
fn parse_literal(json: &[u8], mut i: usize) -> (usize, &[u8]) {
    let s = i;
    i += 1;
    while i < json.len() {
        if !json[i].is_ascii_lowercase() {
            return (i, &json[s..i]);
        }
        i += 1;
    }
    (i, &json[s.min(json.len())..])
}

/// `parseSquash`: the raw object or array whose opener is at i, brackets counted outside
/// strings (quotes balanced by gjson's rule). The end may be past the text when unclosed.
fn parse_squash(json: &[u8], mut i: usize) -> (usize, &[u8]) {
    let s = i;
    i += 1;
    let mut depth = 1usize;
    while i < json.len() {
        let ch = json[i];
        if (b'"'..=b'}').contains(&ch) {
            match ch {
                b'"' => {
                    i += 1;
                    let s2 = i;
                    while i < json.len() {
                        if json[i] > b'\\' {
                            i += 1;
                            continue;
                        }
                        if json[i] == b'"' {
                            if json[i - 1] == b'\\' && escaped_quote(json, i, s2 as isize - 1) {
                                i += 1;
                                continue;
                            }
                            break;
                        }
                        i += 1;
                    }
                }
                b'{' | b'[' | b'(' => depth += 1,
                b'}' | b']' | b')' => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        return (i, &json[s..i]);
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    (i, &json[s..])
}

struct ObjectPath {
    part: Vec<u8>,
    path: Vec<u8>,
    more: bool,
}

/// `parseObjectPath`, without wildcards, pipes and modifiers (refused by the path check).
fn parse_object_path(path: &[u8]) -> ObjectPath {
    let mut i = 0;
    while i < path.len() {
        if path[i] == b'.' {
            return ObjectPath {
                part: path[..i].to_vec(),
                path: path[i + 1..].to_vec(),
                more: true,
            };
        }
        if path[i] == b'\\' {
            // Escape mode: the character after a backslash is taken as it is.
            let mut epart = path[..i].to_vec();
            i += 1;
            if i < path.len() {
                epart.push(path[i]);
                i += 1;
                while i < path.len() {
                    if path[i] == b'\\' {
                        i += 1;
                        if i < path.len() {
                            epart.push(path[i]);
                        }
                        i += 1;
                        continue;
                    } else if path[i] == b'.' {
                        return ObjectPath {
                            part: epart,
                            path: path[i + 1..].to_vec(),
                            more: true,
                        };
                    }
                    epart.push(path[i]);
                    i += 1;
                }
            }
            return ObjectPath {
                part: epart,
                path: Vec::new(),
                more: false,
            };
        }
        i += 1;
    }
    ObjectPath {
        part: path.to_vec(),
        path: Vec::new(),
        more: false,
    }
}

struct ArrayPath<'p> {
    part: &'p [u8],
    path: &'p [u8],
    more: bool,
    arrch: bool,
}

/// `parseArrayPath`, without queries, `#.` and pipes (refused by the path check). No
/// escapes here: in an array, `\.` is a backslash and a separator.
fn parse_array_path(path: &[u8]) -> ArrayPath<'_> {
    let mut arrch = false;
    for (i, &c) in path.iter().enumerate() {
        if c == b'.' {
            return ArrayPath {
                part: &path[..i],
                path: &path[i + 1..],
                more: true,
                arrch,
            };
        }
        if c == b'#' {
            arrch = true;
        }
    }
    ArrayPath {
        part: path,
        path: b"",
        more: false,
        arrch,
    }
}

/// `parseUint`: digits only, wrapping on overflow as Go's uint64 does.
fn parse_uint(s: &[u8]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut n = 0u64;
    for &c in s {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.wrapping_mul(10).wrapping_add(u64::from(c - b'0'));
    }
    Some(n)
}

fn set_string<'a>(c: &mut Ctx<'a>, val: &'a [u8], vesc: bool) {
    let inner = &val[1..val.len() - 1];
    c.value = GResult {
        ty: Type::String,
        raw: Cow::Borrowed(val),
        str: if vesc {
            Cow::Owned(unescape(inner))
        } else {
            Cow::Borrowed(inner)
        },
        num: 0.0,
    };
}

fn set_raw<'a>(c: &mut Ctx<'a>, ty: Type, val: &'a [u8]) {
    c.value = GResult {
        ty,
        raw: Cow::Borrowed(val),
        str: Cow::Borrowed(b""),
        num: if ty == Type::Number {
            parse_float(val)
        } else {
            0.0
        },
    };
}

fn literal_type(vc: u8) -> Type {
    match vc {
        b't' => Type::True,
        b'f' => Type::False,
        _ => Type::Null,
    }
}

/// `parseObject`: i is just after the `{`. (next, hit)
fn parse_object<'a>(c: &mut Ctx<'a>, mut i: usize, path: &[u8]) -> (usize, bool) {
    let json = c.json;
    let n = json.len();
    let rp = parse_object_path(path);
    let mut key: &[u8] = b"";
    let mut kesc = false;
    let mut ok = false;
    while i < n {
        // parse_key_string
        while i < n {
            if json[i] == b'"' {
                i += 1;
                let s = i;
                let mut done = false;
                while i < n {
                    if json[i] > b'\\' {
                        i += 1;
                        continue;
                    }
                    if json[i] == b'"' {
                        key = &json[s..i];
                        i += 1;
                        kesc = false;
                        ok = true;
                        done = true;
                        break;
                    }
                    if json[i] == b'\\' {
                        i += 1;
                        while i < n {
                            if json[i] > b'\\' {
                                i += 1;
                                continue;
                            }
                            if json[i] == b'"' {
                                if json[i - 1] == b'\\' && escaped_quote(json, i, 0) {
                                    i += 1;
                                    continue;
                                }
                                key = &json[s..i];
                                i += 1;
                                kesc = true;
                                ok = true;
                                done = true;
                                break;
                            }
                            i += 1;
                        }
                        break;
                    }
                    i += 1;
                }
                if !done {
                    key = &json[s.min(n)..];
                    kesc = false;
                    ok = false;
                }
                break;
            }
            if json[i] == b'}' {
                return (i + 1, false);
            }
            i += 1;
        }
        if !ok {
            return (i, false);
        }
        let pmatch = if kesc {
            rp.part == unescape(key)
        } else {
            rp.part == key
        };
        let mut hit = pmatch && !rp.more;
        while i < n {
            let mut num = false;
            match json[i] {
                b'"' => {
                    let (next, val, vesc, sok) = parse_string(json, i + 1);
                    i = next;
                    ok = sok;
                    if !ok {
                        return (i, false);
                    }
                    if hit {
                        set_string(c, val, vesc);
                        return (i, true);
                    }
                }
                b'{' | b'[' => {
                    if pmatch && !hit {
                        let (next, h) = if json[i] == b'{' {
                            parse_object(c, i + 1, &rp.path)
                        } else {
                            parse_array(c, i + 1, &rp.path)
                        };
                        i = next;
                        hit = h;
                        if hit {
                            return (i, true);
                        }
                    } else {
                        let (next, val) = parse_squash(json, i);
                        i = next;
                        if hit {
                            set_raw(c, Type::Json, val);
                            return (i, true);
                        }
                    }
                }
                b'n' if i + 1 < n && json[i + 1] != b'u' => num = true,
                vc @ (b'n' | b't' | b'f') => {
                    let (next, val) = parse_literal(json, i);
                    i = next;
                    if hit {
                        set_raw(c, literal_type(vc), val);
                        return (i, true);
                    }
                }
                b'+' | b'-' | b'0'..=b'9' | b'i' | b'I' | b'N' => num = true,
                _ => {
                    i += 1;
                    continue;
                }
            }
            if num {
                let (next, val) = parse_number(json, i);
                i = next;
                if hit {
                    set_raw(c, Type::Number, val);
                    return (i, true);
                }
            }
            break;
        }
    }
    (i, false)
}

/// `parseArray`: i is just after the `[`. (next, hit)
fn parse_array<'a>(c: &mut Ctx<'a>, mut i: usize, path: &[u8]) -> (usize, bool) {
    let json = c.json;
    let n = json.len();
    let rp = parse_array_path(path);
    let partidx = if rp.arrch { None } else { parse_uint(rp.part) };
    let mut pmatch = false;
    let mut hit = false;
    let mut h: u64 = 0;
    while i < n + 1 {
        if !rp.arrch {
            pmatch = partidx == Some(h);
            hit = pmatch && !rp.more;
        }
        h += 1;
        loop {
            let ch = match i.cmp(&n) {
                std::cmp::Ordering::Greater => break,
                std::cmp::Ordering::Equal => b']',
                std::cmp::Ordering::Less => json[i],
            };
            let mut num = false;
            match ch {
                b'"' => {
                    let (next, val, vesc, ok) = parse_string(json, i + 1);
                    i = next;
                    if !ok {
                        return (i, false);
                    }
                    if hit {
                        set_string(c, val, vesc);
                        return (i, true);
                    }
                }
                b'{' | b'[' => {
                    if pmatch && !hit {
                        let (next, found) = if ch == b'{' {
                            parse_object(c, i + 1, rp.path)
                        } else {
                            parse_array(c, i + 1, rp.path)
                        };
                        i = next;
                        hit = found;
                        if hit {
                            return (i, true);
                        }
                    } else {
                        let (next, val) = parse_squash(json, i);
                        i = next;
                        if hit {
                            set_raw(c, Type::Json, val);
                            return (i, true);
                        }
                    }
                }
                b'n' if i + 1 < n && json[i + 1] != b'u' => num = true,
                vc @ (b'n' | b't' | b'f') => {
                    let (next, val) = parse_literal(json, i);
                    i = next;
                    if hit {
                        set_raw(c, literal_type(vc), val);
                        return (i, true);
                    }
                }
                b'+' | b'-' | b'0'..=b'9' | b'i' | b'I' | b'N' => num = true,
                b']' => {
                    if rp.arrch && rp.part == b"#" {
                        let count = (h - 1).to_string().into_bytes();
                        c.value = GResult {
                            ty: Type::Number,
                            num: (h - 1) as f64,
                            raw: Cow::Owned(count),
                            str: Cow::Borrowed(b""),
                        };
                        return (i + 1, true);
                    }
                    return (i + 1, false);
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
            if num {
                let (next, val) = parse_number(json, i);
                i = next;
                if hit {
                    set_raw(c, Type::Number, val);
                    return (i, true);
                }
            }
            break;
        }
    }
    (i, false)
}

/// `arrayOrMap('[', false)`: the elements of an array's raw text.
fn array_of(json: &[u8]) -> Vec<GResult<'_>> {
    let n = json.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if json[i] == b'[' {
            i += 1;
            break;
        }
        if json[i] > b' ' {
            return out;
        }
        i += 1;
    }
    while i < n {
        let ch = json[i];
        if ch <= b' ' {
            i += 1;
            continue;
        }
        if ch == b']' || ch == b'}' {
            break;
        }
        let rest = &json[i..];
        let value = match ch {
            b'0'..=b'9' | b'-' => {
                let raw = tonum(rest);
                GResult {
                    ty: Type::Number,
                    raw: Cow::Borrowed(raw),
                    str: Cow::Borrowed(b""),
                    num: parse_float(raw),
                }
            }
            b'{' | b'[' => GResult {
                ty: Type::Json,
                raw: Cow::Borrowed(squash(rest)),
                ..GResult::default()
            },
            b'n' | b't' | b'f' => GResult {
                ty: literal_type(ch),
                raw: Cow::Borrowed(tolit(rest)),
                ..GResult::default()
            },
            b'"' => {
                let (raw, str) = tostr(rest);
                GResult {
                    ty: Type::String,
                    raw: Cow::Borrowed(raw),
                    str,
                    num: 0.0,
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        i += value.raw.len().max(1) - 1;
        out.push(value);
        i += 1;
    }
    out
}

/// `squash`: the raw value (object, array or string) at the start of `json`.
fn squash(json: &[u8]) -> &[u8] {
    let n = json.len();
    let (mut i, mut depth): (usize, isize) = if json.first() == Some(&b'"') {
        (0, 0)
    } else {
        (1, 1)
    };
    while i < n {
        let ch = json[i];
        if (b'"'..=b'}').contains(&ch) {
            match ch {
                b'"' => {
                    i += 1;
                    let s2 = i;
                    while i < n {
                        if json[i] > b'\\' {
                            i += 1;
                            continue;
                        }
                        if json[i] == b'"' {
                            if json[i - 1] == b'\\' && escaped_quote(json, i, s2 as isize - 1) {
                                i += 1;
                                continue;
                            }
                            break;
                        }
                        i += 1;
                    }
                    if depth == 0 {
                        if i >= n {
                            return json;
                        }
                        return &json[..i + 1];
                    }
                }
                b'{' | b'[' | b'(' => depth += 1,
                b'}' | b']' | b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return &json[..i + 1];
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    json
}

/// `tonum`
fn tonum(json: &[u8]) -> &[u8] {
    for i in 1..json.len() {
        let c = json[i];
        if c <= b'-' {
            if c <= b' ' || c == b',' {
                return &json[..i];
            }
        } else if c == b']' || c == b'}' {
            return &json[..i];
        }
    }
    json
}

/// `tolit`
fn tolit(json: &[u8]) -> &[u8] {
    for i in 1..json.len() {
        if !json[i].is_ascii_lowercase() {
            return &json[..i];
        }
    }
    json
}

/// `tostr`: (raw, decoded) of the string at the start of `json`.
fn tostr(json: &[u8]) -> (&[u8], Cow<'_, [u8]>) {
    let n = json.len();
    let mut i = 1;
    while i < n {
        if json[i] > b'\\' {
            i += 1;
            continue;
        }
        if json[i] == b'"' {
            return (&json[..i + 1], Cow::Borrowed(&json[1..i]));
        }
        if json[i] == b'\\' {
            i += 1;
            while i < n {
                if json[i] > b'\\' {
                    i += 1;
                    continue;
                }
                if json[i] == b'"' {
                    if json[i - 1] == b'\\' && escaped_quote(json, i, 0) {
                        i += 1;
                        continue;
                    }
                    return (&json[..i + 1], Cow::Owned(unescape(&json[1..i])));
                }
                i += 1;
            }
            let end = i.min(n);
            return (&json[..end], Cow::Owned(unescape(&json[1..end])));
        }
        i += 1;
    }
    (json, Cow::Borrowed(json.get(1..).unwrap_or_default()))
}

/// `runeit`: four hex digits (Go's `ParseUint(s[:4], 16)`, 0 when they are not hex).
fn runeit(s: &[u8]) -> u32 {
    let Some(hex) = s.get(..4) else {
        return 0;
    };
    let mut n = 0u32;
    for &c in hex {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => return 0,
        };
        n = n * 16 + u32::from(d);
    }
    n
}

/// `unescape`: JSON escapes decoded; it stops at a control character or a bad escape.
/// A surrogate followed by any `\u` escape consumes it (`utf16.DecodeRune`, U+FFFD unless
/// they pair); a lone surrogate is U+FFFD (`utf8.EncodeRune`).
fn unescape(json: &[u8]) -> Vec<u8> {
    let n = json.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let ch = json[i];
        if ch < b' ' {
            return out;
        }
        if ch != b'\\' {
            out.push(ch);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&e) = json.get(i) else {
            return out;
        };
        match e {
            b'\\' => out.push(b'\\'),
            b'/' => out.push(b'/'),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'"' => out.push(b'"'),
            b'u' => {
                if i + 5 > n {
                    return out;
                }
                let mut r = runeit(&json[i + 1..]);
                i += 5;
                if (0xD800..0xE000).contains(&r)
                    && n - i >= 6
                    && json[i] == b'\\'
                    && json[i + 1] == b'u'
                {
                    let r2 = runeit(&json[i + 2..]);
                    r = if (0xD800..0xDC00).contains(&r) && (0xDC00..0xE000).contains(&r2) {
                        0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                    } else {
                        0xFFFD
                    };
                    i += 6;
                }
                let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                continue;
            }
            _ => return out,
        }
        i += 1;
    }
    out
}

/// Go's `strconv.ParseFloat(s, 64)` value (0 on a syntax error, ±Inf out of range) for
/// the texts gjson hands it: decimal numbers, `inf`/`infinity`/`nan` with a sign.
fn parse_float(raw: &[u8]) -> f64 {
    let Ok(s) = std::str::from_utf8(raw) else {
        return 0.0;
    };
    // Rust accepts what Go accepts in decimal, except Go refuses a sign before "nan".
    let unsigned = s.trim_start_matches(['+', '-']);
    if unsigned.len() + 1 < s.len() {
        return 0.0;
    }
    if unsigned.eq_ignore_ascii_case("nan") && unsigned.len() != s.len() {
        return 0.0;
    }
    if !unsigned
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'+' || b == b'-')
    {
        return 0.0;
    }
    s.parse::<f64>().unwrap_or(0.0)
}

/// Go's `strconv.FormatFloat(f, 'f', -1, 64)`: the shortest decimal that reads back as f,
/// without an exponent.
fn format_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests;
