//! Reports from a [`Store`]: usage grouped by day, month, session, model or consumer, in a
//! time zone, and the session table.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;
use serde::Serialize;

use super::Tokens;
use super::pricing::Pricing;
use super::store::{Cell, Key, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Day,
    Month,
    Session,
    Model,
    Consumer,
}

/// Which cells count.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Inclusive, ms since the epoch.
    pub since: Option<i64>,
    /// Exclusive, ms since the epoch.
    pub until: Option<i64>,
    pub model: Option<String>,
}

impl Filter {
    fn keeps(&self, k: &Key) -> bool {
        self.since.is_none_or(|s| k.slot >= s)
            && self.until.is_none_or(|u| k.slot < u)
            && self.model.as_ref().is_none_or(|m| &k.model == m)
    }
}

/// Rounds, tokens and cost of a group. `cost_usd` is null when some model has no price;
/// `priced_cost_usd` is then the part that has one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Sum {
    pub rounds: u64,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cached_tokens: u64,
    pub reasoning_tokens: u64,
    pub total_tokens: u64,
    pub cost_usd: Option<f64>,
    pub priced_cost_usd: f64,
    pub unpriced_models: Vec<String>,
}

#[derive(Debug, Clone, Default)]
struct Acc {
    rounds: u64,
    tokens: Tokens,
    priced: f64,
    unpriced: BTreeSet<String>,
}

impl Acc {
    fn add(&mut self, k: &Key, c: &Cell, pricing: &Pricing) {
        self.rounds += c.rounds;
        self.tokens.add(&c.tokens);
        match pricing.cost(&k.model, &c.tokens) {
            Some(usd) => self.priced += usd,
            None => {
                self.unpriced.insert(k.model.clone());
            }
        }
    }

    fn sum(&self) -> Sum {
        let t = &self.tokens;
        let priced = (self.priced * 1e6).round() / 1e6;
        Sum {
            rounds: self.rounds,
            input_tokens: t.input,
            output_tokens: t.output,
            cached_tokens: t.cached,
            reasoning_tokens: t.reasoning,
            total_tokens: t.total,
            cost_usd: self.unpriced.is_empty().then_some(priced),
            priced_cost_usd: priced,
            unpriced_models: self.unpriced.iter().cloned().collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub key: String,
    #[serde(flatten)]
    pub sum: Sum,
    /// Per model, with `--breakdown`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<Row>,
}

/// `usage --json`: the stable shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub by: By,
    pub timezone: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub rows: Vec<Row>,
    pub total: Sum,
}

fn group_key(by: By, k: &Key, tz: Tz) -> String {
    match by {
        By::Day => tz.timestamp_millis_opt(k.slot).single().map_or_else(
            || "unknown".to_string(),
            |t| t.format("%Y-%m-%d").to_string(),
        ),
        By::Month => tz
            .timestamp_millis_opt(k.slot)
            .single()
            .map_or_else(|| "unknown".to_string(), |t| t.format("%Y-%m").to_string()),
        By::Session => k.session.clone(),
        By::Model => k.model.clone(),
        By::Consumer => k.consumer.clone(),
    }
}

/// Usage grouped by `by` in zone `tz`; rows in key order (dates ascending).
pub fn usage(
    store: &Store,
    pricing: &Pricing,
    by: By,
    tz: Tz,
    filter: &Filter,
    breakdown: bool,
) -> Report {
    let mut groups: BTreeMap<String, (Acc, BTreeMap<String, Acc>)> = BTreeMap::new();
    let mut total = Acc::default();
    for (k, c) in store.cells.iter().filter(|(k, _)| filter.keeps(k)) {
        let g = groups.entry(group_key(by, k, tz)).or_default();
        g.0.add(k, c, pricing);
        if breakdown {
            g.1.entry(k.model.clone()).or_default().add(k, c, pricing);
        }
        total.add(k, c, pricing);
    }
    let fmt = |ms: Option<i64>| ms.and_then(|m| rfc3339(m, tz));
    Report {
        by,
        timezone: tz.name().to_string(),
        since: fmt(filter.since),
        until: fmt(filter.until),
        rows: groups
            .into_iter()
            .map(|(key, (acc, models))| Row {
                key,
                sum: acc.sum(),
                models: models
                    .into_iter()
                    .map(|(key, a)| Row {
                        key,
                        sum: a.sum(),
                        models: Vec::new(),
                    })
                    .collect(),
            })
            .collect(),
        total: total.sum(),
    }
}

/// A time in zone `tz`, RFC 3339 with seconds.
pub fn rfc3339(ms: i64, tz: Tz) -> Option<String> {
    let t = tz.timestamp_millis_opt(ms).single()?;
    Some(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// Local midnight of `date` in `tz`, ms since the epoch.
pub fn midnight(date: NaiveDate, tz: Tz) -> Option<i64> {
    let naive = date.and_hms_opt(0, 0, 0)?;
    let t = tz.from_local_datetime(&naive).earliest()?;
    Some(t.timestamp_millis())
}

/// `--since`/`--until` values: a date (`2026-02-01`, midnight in `tz`; for `until` the end
/// of that day) or an RFC 3339 time.
pub fn parse_bound(text: &str, tz: Tz, end_of_day: bool) -> Option<i64> {
    if let Ok(d) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        let d = if end_of_day { d.succ_opt()? } else { d };
        return midnight(d, tz);
    }
    super::parse_time(text)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionRow {
    pub session_id: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub models: Vec<String>,
    pub consumers: Vec<String>,
    #[serde(flatten)]
    pub sum: Sum,
    #[serde(skip)]
    pub last_ms: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Cost,
    Tokens,
    Updated,
}

/// The session table, sorted (largest or newest first) and cut to `limit`.
pub fn sessions(
    store: &Store,
    pricing: &Pricing,
    tz: Tz,
    filter: &Filter,
    sort: SortBy,
    limit: Option<usize>,
) -> Vec<SessionRow> {
    type Group = (Acc, i64, i64, BTreeSet<String>, BTreeSet<String>);
    let mut by: BTreeMap<&str, Group> = BTreeMap::new();
    for (k, c) in store.cells.iter().filter(|(k, _)| filter.keeps(k)) {
        let g = by.entry(&k.session).or_insert_with(|| {
            (
                Acc::default(),
                i64::MAX,
                i64::MIN,
                BTreeSet::new(),
                BTreeSet::new(),
            )
        });
        g.0.add(k, c, pricing);
        g.1 = g.1.min(c.first_ms);
        g.2 = g.2.max(c.last_ms);
        g.3.insert(k.model.clone());
        g.4.insert(k.consumer.clone());
    }
    let mut rows: Vec<SessionRow> = by
        .into_iter()
        .map(|(id, (acc, first, last, models, consumers))| SessionRow {
            session_id: id.to_string(),
            first_seen: rfc3339(first, tz),
            last_seen: rfc3339(last, tz),
            models: models.into_iter().collect(),
            consumers: consumers.into_iter().filter(|c| !c.is_empty()).collect(),
            sum: acc.sum(),
            last_ms: last,
        })
        .collect();
    rows.sort_by(|a, b| match sort {
        SortBy::Cost => b.sum.priced_cost_usd.total_cmp(&a.sum.priced_cost_usd),
        SortBy::Tokens => b.sum.total_tokens.cmp(&a.sum.total_tokens),
        SortBy::Updated => b.last_ms.cmp(&a.last_ms),
    });
    if let Some(n) = limit {
        rows.truncate(n);
    }
    rows
}
