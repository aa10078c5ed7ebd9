//! The aggregate kept between runs: tokens per (session, model, consumer, quarter hour).
//! Its size grows with sessions and time, not with the log: a quarter hour is fine enough
//! for every time zone's offset, so daily and monthly reports in any zone stay exact.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{LineCounts, Round, Tokens};

/// A quarter hour, in milliseconds.
pub const SLOT_MS: i64 = 15 * 60 * 1000;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Key {
    pub session: String,
    pub model: String,
    pub consumer: String,
    /// Start of the quarter hour, ms since the epoch.
    pub slot: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub rounds: u64,
    pub tokens: Tokens,
    pub first_ms: i64,
    pub last_ms: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Store {
    #[serde(with = "cells")]
    pub cells: HashMap<Key, Cell>,
    pub lines: LineCounts,
}

impl Store {
    /// Add one round; `now_ms` dates a round whose line carries no time.
    pub fn add(&mut self, r: &Round, now_ms: i64) {
        let t = r.time_ms.unwrap_or(now_ms);
        let key = Key {
            session: r.session.clone(),
            model: r.model.clone(),
            consumer: r.consumer.clone(),
            slot: t.div_euclid(SLOT_MS) * SLOT_MS,
        };
        let cell = self.cells.entry(key).or_insert(Cell {
            first_ms: t,
            last_ms: t,
            ..Cell::default()
        });
        cell.rounds += 1;
        cell.tokens.add(&r.tokens);
        cell.first_ms = cell.first_ms.min(t);
        cell.last_ms = cell.last_ms.max(t);
    }
}

/// The map as a list of `[key, cell]` pairs (JSON keys must be strings).
mod cells {
    use super::{Cell, Key};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::HashMap;

    pub fn serialize<S: Serializer>(m: &HashMap<Key, Cell>, s: S) -> Result<S::Ok, S::Error> {
        m.iter().collect::<Vec<_>>().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<HashMap<Key, Cell>, D::Error> {
        Ok(Vec::<(Key, Cell)>::deserialize(d)?.into_iter().collect())
    }
}
