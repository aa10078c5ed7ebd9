//! What `keys list` shows of each key's quota: the balance ai-quota answered for it, or
//! why none is known. No I/O.

use serde_json::{Map, Value};

/// A key's quota as `keys list` found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Balance {
    /// The tokens left (ai-quota's "Query Quota"; 0 for a key that never had one, below 0
    /// when the last answer took more than was left).
    Left(i64),
    /// No answer to go by, and why (one line).
    Unknown(String),
}

impl Balance {
    /// `quota 1,234`, `quota none (ai-quota answers 403)` or `quota unknown: <why>`.
    pub fn text(&self) -> String {
        match self {
            Balance::Left(n) if *n > 0 => format!("quota {}", grouped(*n)),
            Balance::Left(0) => "quota none (ai-quota answers 403)".to_string(),
            Balance::Left(n) => format!("quota none ({}; ai-quota answers 403)", grouped(*n)),
            Balance::Unknown(why) => format!("quota unknown: {}", one_line(why)),
        }
    }

    /// The key's `quota` (a number, or null) and, when null, its `quota_error`.
    pub fn add_to(&self, consumer: &mut Map<String, Value>) {
        match self {
            Balance::Left(n) => {
                consumer.insert("quota".into(), Value::from(*n));
            }
            Balance::Unknown(why) => {
                consumer.insert("quota".into(), Value::Null);
                consumer.insert("quota_error".into(), Value::from(one_line(why)));
            }
        }
    }
}

/// The lines `keys list` shows about quotas: a header naming the tool's admin key, then one
/// line per key (`rows`: name and balance, in the list's order).
pub fn render(admin: &str, rows: &[(String, Balance)]) -> String {
    let mut out =
        format!("Quotas: on (ai-quota, in Redis; {admin} is the tool's admin key, with no quota):");
    if rows.is_empty() {
        out.push_str("\n  (no key yet; `keys add NAME`, then `keys quota NAME --set N`)");
    }
    for (name, balance) in rows {
        out.push_str(&format!("\n  {name:<20} {}", balance.text()));
    }
    if rows
        .iter()
        .any(|(_, b)| matches!(b, Balance::Left(n) if *n <= 0))
    {
        out.push_str("\n  (give a key tokens with `keys quota NAME --set N` or `--add N`)");
    }
    out
}

/// `1234567` as `1,234,567`.
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A reason on one line, without control characters (an answer's body is the gateway's text).
fn one_line(why: &str) -> String {
    let text: String = why
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        for (n, text) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (1234, "1,234"),
            (100_000, "100,000"),
            (1_234_567, "1,234,567"),
            (-1234, "-1,234"),
            (-999, "-999"),
            (i64::MAX, "9,223,372,036,854,775,807"),
            (i64::MIN, "-9,223,372,036,854,775,808"),
        ] {
            assert_eq!(grouped(n), text, "{n}");
        }
    }

    #[test]
    fn each_balance_has_its_line() {
        assert_eq!(Balance::Left(1234).text(), "quota 1,234");
        assert_eq!(Balance::Left(1).text(), "quota 1");
        assert_eq!(Balance::Left(0).text(), "quota none (ai-quota answers 403)");
        assert_eq!(
            Balance::Left(-1500).text(),
            "quota none (-1,500; ai-quota answers 403)"
        );
        assert_eq!(
            Balance::Unknown("ai-quota could not reach Redis (503): redis\nerror\x1b[31m".into())
                .text(),
            "quota unknown: ai-quota could not reach Redis (503): redis error [31m"
        );
    }

    #[test]
    fn json_has_a_number_or_null_with_the_reason() {
        let fields = |b: Balance| {
            let mut m = Map::new();
            b.add_to(&mut m);
            Value::Object(m)
        };
        assert_eq!(
            fields(Balance::Left(1234)),
            serde_json::json!({"quota": 1234})
        );
        assert_eq!(fields(Balance::Left(0)), serde_json::json!({"quota": 0}));
        assert_eq!(
            fields(Balance::Unknown("no answer\nin 3 s".into())),
            serde_json::json!({"quota": null, "quota_error": "no answer in 3 s"})
        );
    }

    #[test]
    fn the_section_lists_every_key_in_order() {
        let rows = vec![
            ("alice".to_string(), Balance::Left(1234)),
            ("bob".to_string(), Balance::Left(0)),
            ("carol".to_string(), Balance::Unknown("timed out".into())),
        ];
        assert_eq!(
            render("get-ai-gateway-quota", &rows),
            "Quotas: on (ai-quota, in Redis; get-ai-gateway-quota is the tool's admin key, \
             with no quota):\n  \
             alice                quota 1,234\n  \
             bob                  quota none (ai-quota answers 403)\n  \
             carol                quota unknown: timed out\n  \
             (give a key tokens with `keys quota NAME --set N` or `--add N`)"
        );
        assert_eq!(
            render("get-ai-gateway-quota", &rows[..1]),
            "Quotas: on (ai-quota, in Redis; get-ai-gateway-quota is the tool's admin key, \
             with no quota):\n  alice                quota 1,234"
        );
        assert_eq!(
            render("admin", &[]),
            "Quotas: on (ai-quota, in Redis; admin is the tool's admin key, with no quota):\n  \
             (no key yet; `keys add NAME`, then `keys quota NAME --set N`)"
        );
    }
}
