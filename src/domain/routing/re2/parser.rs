//! A port of Go's `regexp/syntax` parser (its error texts, limits and flags).

use super::*;

impl<'a> Parser<'a> {
    pub(super) fn new(whole: &'a str) -> Self {
        Parser {
            whole,
            flags: Flags {
                fold: false,
                dot_nl: false,
                one_line: true,
                non_greedy: false,
            },
            stack: Vec::new(),
        }
    }

    pub(super) fn check(&self, n: &Node) -> PResult<()> {
        if n.size > MAX_SIZE {
            return Err(GoRegexError::new(ERR_LARGE, self.whole));
        }
        if n.height > MAX_HEIGHT {
            return Err(GoRegexError::new(ERR_NESTING_DEPTH, self.whole));
        }
        Ok(())
    }

    pub(super) fn push(&mut self, n: Node) -> PResult<()> {
        self.check(&n)?;
        self.stack.push(Item::Node(n));
        Ok(())
    }

    /// The translated pattern and the height of Go's syntax tree.
    pub(super) fn parse(mut self) -> PResult<(String, i64)> {
        let s = self.whole;
        let mut t = s;
        let mut last_repeat: &str = "";
        while !t.is_empty() {
            let mut repeat: &str = "";
            let b = t.as_bytes()[0];
            match b {
                b'(' => {
                    if t.len() >= 2 && t.as_bytes()[1] == b'?' {
                        t = self.parse_perl_flags(t)?;
                    } else {
                        self.stack.push(Item::LeftParen {
                            capture: true,
                            flags: self.flags,
                        });
                        t = &t[1..];
                    }
                }
                b'|' => {
                    self.parse_vertical_bar()?;
                    t = &t[1..];
                }
                b')' => {
                    self.parse_right_paren()?;
                    t = &t[1..];
                }
                b'^' => {
                    let rx = if self.flags.one_line { "\\A" } else { "(?m:^)" };
                    self.push(Node::leaf(rx.into(), Kind::Other, 1))?;
                    t = &t[1..];
                }
                b'$' => {
                    let rx = if self.flags.one_line { "\\z" } else { "(?m:$)" };
                    self.push(Node::leaf(rx.into(), Kind::Other, 1))?;
                    t = &t[1..];
                }
                b'.' => {
                    let rx = if self.flags.dot_nl {
                        "(?s:.)"
                    } else {
                        "[^\\n]"
                    };
                    self.push(Node::leaf(rx.into(), Kind::Other, 1))?;
                    t = &t[1..];
                }
                b'[' => {
                    t = self.parse_class(t)?;
                }
                b'*' | b'+' | b'?' => {
                    let bef = t;
                    let (min, max) = match b {
                        b'*' => (0, -1),
                        b'+' => (1, -1),
                        _ => (0, 1),
                    };
                    let after = self.repeat(min, max, false, bef, &t[1..], last_repeat)?;
                    repeat = bef;
                    t = after;
                }
                b'{' => {
                    let bef = t;
                    match parse_repeat(t) {
                        None => {
                            self.push(Node::literal('{' as u32, self.flags.fold))?;
                            t = &t[1..];
                        }
                        Some((min, max, after)) => {
                            if !(0..=1000).contains(&min) || max > 1000 || (max >= 0 && min > max) {
                                return Err(GoRegexError::new(
                                    ERR_INVALID_REPEAT_SIZE,
                                    before(bef, after),
                                ));
                            }
                            let after = self.repeat(min, max, true, bef, after, last_repeat)?;
                            repeat = bef;
                            t = after;
                        }
                    }
                }
                b'\\' => {
                    t = self.parse_backslash(t)?;
                }
                _ => {
                    let Some((c, rest)) = next_char(t) else { break };
                    self.push(Node::literal(c as u32, self.flags.fold))?;
                    t = rest;
                }
            }
            last_repeat = repeat;
        }
        self.concat()?;
        self.swap_alternate()?;
        if self.stack.len() != 1 {
            return Err(GoRegexError::new(ERR_MISSING_PAREN, s));
        }
        match self.stack.pop() {
            Some(Item::Node(n)) => Ok((n.rx, n.height)),
            _ => Err(GoRegexError::new(ERR_MISSING_PAREN, s)),
        }
    }

    pub(super) fn parse_backslash(&mut self, t: &'a str) -> PResult<&'a str> {
        let bytes = t.as_bytes();
        if bytes.len() >= 2 {
            let assertion = match bytes[1] {
                b'A' => Some("\\A"),
                b'b' => Some("(?-u:\\b)"),
                b'B' => Some("(?-u:\\B)"),
                b'z' => Some("\\z"),
                _ => None,
            };
            if let Some(rx) = assertion {
                self.push(Node::leaf(rx.into(), Kind::Other, 1))?;
                return Ok(&t[2..]);
            }
            match bytes[1] {
                b'C' => return Err(GoRegexError::new(ERR_INVALID_ESCAPE, &t[..2])),
                b'Q' => {
                    let rest = &t[2..];
                    let (lit, after) = match rest.find("\\E") {
                        Some(i) => (&rest[..i], &rest[i + 2..]),
                        None => (rest, ""),
                    };
                    for c in lit.chars() {
                        self.push(Node::literal(c as u32, self.flags.fold))?;
                    }
                    return Ok(after);
                }
                _ => {}
            }
        }
        let mut class = Vec::new();
        if let Some(rest) = self.parse_unicode_class(t, &mut class)? {
            self.push(Node::class(clean(class)))?;
            return Ok(rest);
        }
        if let Some(rest) = self.parse_perl_class_escape(t, &mut class) {
            self.push(Node::class(clean(class)))?;
            return Ok(rest);
        }
        let (c, rest) = parse_escape(t)?;
        self.push(Node::literal(c, self.flags.fold))?;
        Ok(rest)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn repeat(
        &mut self,
        min: i64,
        max: i64,
        counted: bool,
        bef: &'a str,
        mut after: &'a str,
        last_repeat: &str,
    ) -> PResult<&'a str> {
        if after.starts_with('?') {
            after = &after[1..];
        }
        if !last_repeat.is_empty() {
            return Err(GoRegexError::new(
                ERR_INVALID_REPEAT_OP,
                before(last_repeat, after),
            ));
        }
        let sub = match self.stack.pop() {
            Some(Item::Node(n)) => n,
            other => {
                if let Some(item) = other {
                    self.stack.push(item);
                }
                return Err(GoRegexError::new(
                    ERR_MISSING_REPEAT_ARGUMENT,
                    before(bef, after),
                ));
            }
        };
        let op = match (counted, min, max) {
            (false, 0, -1) => "*".to_string(),
            (false, 1, -1) => "+".to_string(),
            (false, _, _) => "?".to_string(),
            (true, _, -1) => format!("{{{min},}}"),
            (true, _, _) if min == max => format!("{{{min}}}"),
            (true, _, _) => format!("{{{min},{max}}}"),
        };
        let size = if !counted {
            match (min, max) {
                (0, -1) => 2 + sub.size,
                _ => 1 + sub.size,
            }
        } else if max == -1 {
            if min == 0 {
                2 + sub.size
            } else {
                1 + min.saturating_mul(sub.size)
            }
        } else {
            max.saturating_mul(sub.size).saturating_add(max - min)
        };
        let reps = if counted {
            vec![Rep {
                min,
                max,
                subs: sub.reps.clone(),
            }]
        } else {
            sub.reps.clone()
        };
        let node = Node {
            rx: format!("(?:{}{})", sub.rx, op),
            kind: Kind::Other,
            parts: Vec::new(),
            reps,
            size: size.clamp(1, i64::MAX / 4),
            height: sub.height + 1,
        };
        self.check(&node)?;
        if counted && (min >= 2 || max >= 2) && !node.reps.iter().all(|r| rep_valid(r, 1000)) {
            return Err(GoRegexError::new(
                ERR_INVALID_REPEAT_SIZE,
                before(bef, after),
            ));
        }
        self.stack.push(Item::Node(node));
        Ok(after)
    }

    pub(super) fn parse_perl_flags(&mut self, s: &'a str) -> PResult<&'a str> {
        let b = s.as_bytes();
        let starts_with_p = b.len() > 4 && b[2] == b'P' && b[3] == b'<';
        let starts_with_name = b.len() > 3 && b[2] == b'<';
        if starts_with_p || starts_with_name {
            let start = if starts_with_p { 4 } else { 3 };
            let Some(end) = s.find('>') else {
                return Err(GoRegexError::new(ERR_INVALID_NAMED_CAPTURE, s));
            };
            let name = s.get(start..end).unwrap_or("");
            if name.is_empty() || !name.chars().all(|c| c == '_' || is_alnum(c)) {
                return Err(GoRegexError::new(ERR_INVALID_NAMED_CAPTURE, &s[..=end]));
            }
            self.stack.push(Item::LeftParen {
                capture: true,
                flags: self.flags,
            });
            return Ok(&s[end + 1..]);
        }
        let mut t = &s[2..];
        let mut flags = self.flags;
        let mut negative = false;
        let mut saw_flag = false;
        while let Some((c, rest)) = next_char(t) {
            t = rest;
            match c {
                'i' => {
                    flags.fold = !negative;
                    saw_flag = true;
                }
                'm' => {
                    flags.one_line = negative;
                    saw_flag = true;
                }
                's' => {
                    flags.dot_nl = !negative;
                    saw_flag = true;
                }
                'U' => {
                    flags.non_greedy = !negative;
                    saw_flag = true;
                }
                '-' => {
                    if negative {
                        break;
                    }
                    negative = true;
                    saw_flag = false;
                }
                ':' | ')' => {
                    if negative && !saw_flag {
                        break;
                    }
                    if c == ':' {
                        self.stack.push(Item::LeftParen {
                            capture: false,
                            flags: self.flags,
                        });
                    }
                    self.flags = flags;
                    return Ok(t);
                }
                _ => break,
            }
        }
        Err(GoRegexError::new(ERR_INVALID_PERL_OP, before(s, t)))
    }

    /// Go's `concat`: the pieces above the last `(` or `|` become one node.
    pub(super) fn concat(&mut self) -> PResult<()> {
        let mut i = self.stack.len();
        while i > 0 && matches!(self.stack[i - 1], Item::Node(_)) {
            i -= 1;
        }
        let subs: Vec<Node> = self
            .stack
            .drain(i..)
            .filter_map(|it| match it {
                Item::Node(n) => Some(n),
                _ => None,
            })
            .collect();
        let node = match subs.len() {
            0 => Node::leaf("(?:)".into(), Kind::Other, 1),
            1 => subs
                .into_iter()
                .next()
                .unwrap_or_else(|| Node::leaf("(?:)".into(), Kind::Other, 1)),
            _ => Node::combine(Kind::Concat, subs),
        };
        self.push(node)
    }

    pub(super) fn parse_vertical_bar(&mut self) -> PResult<()> {
        self.concat()?;
        let top = match self.stack.pop() {
            Some(Item::Node(n)) => n,
            _ => {
                return Err(GoRegexError::new(
                    "regexp/syntax: internal error",
                    self.whole,
                ));
            }
        };
        match self.stack.last_mut() {
            Some(Item::Bar(alts)) => alts.push(top),
            _ => self.stack.push(Item::Bar(vec![top])),
        }
        Ok(())
    }

    /// Go's `swapVerticalBar` + `alternate` after a `concat`.
    pub(super) fn swap_alternate(&mut self) -> PResult<()> {
        let n = self.stack.len();
        if n >= 2 && matches!(self.stack[n - 2], Item::Bar(_)) {
            let (Some(Item::Node(top)), Some(Item::Bar(mut alts))) =
                (self.stack.pop(), self.stack.pop())
            else {
                return Err(GoRegexError::new(
                    "regexp/syntax: internal error",
                    self.whole,
                ));
            };
            alts.push(top);
            let node = Node::combine(Kind::Alternate, alts);
            self.push(node)?;
        }
        Ok(())
    }

    pub(super) fn parse_right_paren(&mut self) -> PResult<()> {
        self.concat()?;
        self.swap_alternate()?;
        let n = self.stack.len();
        if n < 2 {
            return Err(GoRegexError::new(ERR_UNEXPECTED_PAREN, self.whole));
        }
        let (Some(Item::Node(re1)), Some(re2)) = (self.stack.pop(), self.stack.pop()) else {
            return Err(GoRegexError::new(ERR_UNEXPECTED_PAREN, self.whole));
        };
        let Item::LeftParen { capture, flags } = re2 else {
            return Err(GoRegexError::new(ERR_UNEXPECTED_PAREN, self.whole));
        };
        self.flags = flags;
        if capture {
            // Every node's `rx` is already one atom: a capture needs no group of its own.
            let node = Node {
                rx: re1.rx,
                kind: Kind::Other,
                parts: Vec::new(),
                reps: re1.reps,
                size: re1.size + 2,
                height: re1.height + 1,
            };
            self.push(node)
        } else {
            self.push(re1)
        }
    }

    pub(super) fn parse_perl_class_escape(&self, s: &'a str, out: &mut Ranges) -> Option<&'a str> {
        let (positive, class) = perl_group(s.as_bytes().get(..2)?)?;
        add_group(out, positive, class, self.flags.fold);
        Some(&s[2..])
    }

    /// Go's `parseUnicodeClass`: `\pL`, `\p{Greek}`, `\P{^Lu}`…; `Ok(None)` if not one.
    pub(super) fn parse_unicode_class(
        &self,
        s: &'a str,
        out: &mut Ranges,
    ) -> PResult<Option<&'a str>> {
        let b = s.as_bytes();
        if b.len() < 2 || b[0] != b'\\' || (b[1] != b'p' && b[1] != b'P') {
            return Ok(None);
        }
        let mut positive = b[1] == b'p';
        let t = &s[2..];
        let (seq, mut name, rest) = match next_char(t) {
            Some(('{', _)) => {
                let Some(end) = s.find('}') else {
                    return Err(GoRegexError::new(ERR_INVALID_CHAR_RANGE, s));
                };
                (&s[..=end], &s[3..end], &s[end + 1..])
            }
            Some((_, rest)) => (before(s, rest), before(t, rest), rest),
            None => (s, "", ""),
        };
        if let Some(n) = name.strip_prefix('^') {
            positive = !positive;
            name = n;
        }
        let canon = canonical_name(name);
        let Ok(i) = tables::NAMES.binary_search_by(|e| e.0.cmp(canon.as_str())) else {
            return Err(GoRegexError::new(ERR_INVALID_CHAR_RANGE, seq));
        };
        let (_, tab, fold, sign) = tables::NAMES[i];
        if sign < 0 {
            positive = !positive;
        }
        let mut class: Ranges = table(tab).to_vec();
        if self.flags.fold && fold >= 0 {
            class.extend_from_slice(table(fold));
            class = clean(class);
        }
        if positive {
            out.extend(class);
        } else {
            out.extend(negate(&class));
        }
        Ok(Some(rest))
    }

    pub(super) fn parse_class(&mut self, s: &'a str) -> PResult<&'a str> {
        let mut t = &s[1..];
        let mut class: Ranges = Vec::new();
        let mut negated = false;
        if t.starts_with('^') {
            negated = true;
            t = &t[1..];
        }
        let mut first = true;
        while t.is_empty() || !t.starts_with(']') || first {
            first = false;
            if t.len() > 2 && t.starts_with("[:") {
                if let Some(i) = t[2..].find(":]") {
                    let name = &t[..i + 4];
                    let Some((positive, g)) = posix_group(name) else {
                        return Err(GoRegexError::new(ERR_INVALID_CHAR_RANGE, name));
                    };
                    add_group(&mut class, positive, g, self.flags.fold);
                    t = &t[i + 4..];
                    continue;
                }
            }
            if let Some(rest) = self.parse_unicode_class(t, &mut class)? {
                t = rest;
                continue;
            }
            if let Some(rest) = self.parse_perl_class_escape(t, &mut class) {
                t = rest;
                continue;
            }
            let rng = t;
            let (lo, rest) = parse_class_char(t, s)?;
            t = rest;
            let mut hi = lo;
            let tb = t.as_bytes();
            if tb.len() >= 2 && tb[0] == b'-' && tb[1] != b']' {
                let (h, rest) = parse_class_char(&t[1..], s)?;
                t = rest;
                hi = h;
                if hi < lo {
                    return Err(GoRegexError::new(ERR_INVALID_CHAR_RANGE, before(rng, t)));
                }
            }
            if self.flags.fold {
                add_folded_range(&mut class, lo, hi);
            } else {
                class.push((lo, hi));
            }
        }
        t = &t[1..];
        let mut class = clean(class);
        if negated {
            class = negate(&class);
        }
        self.push(Node::class(class))?;
        Ok(t)
    }
}
