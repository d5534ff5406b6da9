//! Scoring numeric claims: values, values with their units, and spans, overall and per kind.
//!
//! The gold and system claims of a document are matched one to one, three times over:
//!
//! - `value`: a pair matches when the values agree within a relative tolerance of 1e-5
//!   ([`TOLERANCE`]); a range matches by either end (`3-5%` states both 3 and 5);
//! - `value+unit`: as `value`, and the units agree where the gold states one (units on both
//!   sides are first normalised with quarry's own lexicons,
//!   [`crate::claims::normalize_unit`], so that gold units written as other tools name them,
//!   `United States dollar` or `Kilometer`, compare with quarry's);
//! - `span`: a pair matches when the spans share at least one character.
//!
//! Pairs are taken greedily, the most overlapping (then the nearest) first. Each score is
//! also given per kind (`value:money`, `value+unit:percent`, …): a matched pair and a missed
//! gold claim count for the gold claim's kind, a spurious system claim for its own kind, so
//! the per-kind recall is exact and the per-kind precision approximate. Gold kinds named as
//! other tools name them are mapped: `currency` → `money`, `dimension` → `measure`.
//!
//! A document is exactly right when every gold claim matches by value and unit and no system
//! claim is left over. Offsets are code points into the gold text; a document with no system
//! record, or with no `claims` in it, misses all its gold claims.

use std::collections::BTreeMap;

use super::{index_by_id, unmatched_ids, Metric, Prf, Summary, Task, WrongDocument};
use crate::claims::normalize_unit;
use crate::record::{ClaimRecord, Record};

/// Values within this relative difference are the same value.
pub const TOLERANCE: f64 = 1e-5;

/// The kinds in the order they are listed; others follow alphabetically.
pub const KINDS: [&str; 11] = [
    "money",
    "percent",
    "percentage_points",
    "count",
    "fraction",
    "measure",
    "ratio",
    "rank",
    "year",
    "duration",
    "other",
];

/// The three ways claims are matched.
const WAYS: [&str; 3] = ["value", "value+unit", "span"];

/// The scores of the claim task.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimScores {
    /// Gold documents scored.
    pub documents: usize,
    /// Documents whose claims all match by value and unit, with none left over.
    pub exact: usize,
    /// Claims matched by value, by value and unit, and by span.
    pub all: [Prf; 3],
    /// The same per kind.
    pub by_kind: BTreeMap<String, [Prf; 3]>,
    /// Ids of gold documents with no system record.
    pub missing: Vec<String>,
    /// Ids of system records with no gold document (not scored).
    pub unmatched: Vec<String>,
    /// The documents not exactly right, in gold order.
    pub wrong: Vec<WrongDocument>,
}

impl ClaimScores {
    /// The task-independent summary, for printing; `value` is the primary score.
    pub fn into_summary(self) -> Summary {
        let mut metrics: Vec<Metric> =
            WAYS.iter().zip(self.all).map(|(way, prf)| Metric { name: way.to_string(), prf }).collect();
        let mut kinds: Vec<&String> = self.by_kind.keys().collect();
        kinds.sort_by_key(|k| (KINDS.iter().position(|x| x == k).unwrap_or(KINDS.len()), k.as_str()));
        for kind in kinds {
            for (way, prf) in WAYS.iter().zip(self.by_kind[kind]) {
                metrics.push(Metric { name: format!("{way}:{kind}"), prf });
            }
        }
        Summary {
            task: Task::Claims,
            documents: self.documents,
            exact: self.exact,
            metrics,
            missing: self.missing,
            unmatched: self.unmatched,
            wrong: self.wrong,
            rates: Vec::new(),
        }
    }
}

/// A claim prepared for scoring.
#[derive(Clone, Debug, PartialEq)]
struct Item {
    start: usize,
    end: usize,
    value: Option<f64>,
    value_max: Option<f64>,
    /// The unit, normalised.
    unit: Option<String>,
    /// The kind, in quarry's names.
    kind: String,
    text: String,
}

/// Scores claims: gold and system records are matched by id; claim offsets on both sides
/// are code points into the gold `text`.
pub fn eval_claims(gold: &[Record], system: &[Record]) -> ClaimScores {
    let by_id = index_by_id(system);
    let mut scores = ClaimScores::default();
    for g in gold {
        let chars = g.text.as_deref().unwrap_or("").chars().count();
        let gold_items = items(chars, g.claims.as_deref().unwrap_or_default());
        let (sys_claims, note) = match by_id.get(g.id.as_str()) {
            None => {
                scores.missing.push(g.id.clone());
                (None, Some("no system record".to_string()))
            }
            Some(r) if r.claims.is_none() => (None, Some("the system record has no claims".to_string())),
            Some(r) => (r.claims.as_deref(), None),
        };
        let sys_items = items(chars, sys_claims.unwrap_or_default());
        let mut perfect = note.is_none();
        for (w, way) in WAYS.iter().enumerate() {
            let pairs = match_one_to_one(&gold_items, &sys_items, |a, b| matches(way, a, b));
            let mut gold_hit = vec![false; gold_items.len()];
            let mut sys_hit = vec![false; sys_items.len()];
            for &(gi, si) in &pairs {
                gold_hit[gi] = true;
                sys_hit[si] = true;
            }
            let missed = gold_hit.iter().filter(|&&h| !h).count() as u64;
            let spurious = sys_hit.iter().filter(|&&h| !h).count() as u64;
            scores.all[w].add(Prf::new(pairs.len() as u64, spurious, missed));
            if w == 1 {
                perfect &= missed == 0 && spurious == 0;
            }
            for (gi, item) in gold_items.iter().enumerate() {
                let slot = &mut scores.by_kind.entry(item.kind.clone()).or_default()[w];
                slot.add(if gold_hit[gi] { Prf::new(1, 0, 0) } else { Prf::new(0, 0, 1) });
            }
            for (si, item) in sys_items.iter().enumerate() {
                if !sys_hit[si] {
                    scores.by_kind.entry(item.kind.clone()).or_default()[w].add(Prf::new(0, 1, 0));
                }
            }
        }
        scores.documents += 1;
        if perfect {
            scores.exact += 1;
        } else {
            let lines = |items: &[Item]| items.iter().map(describe).collect();
            scores.wrong.push(WrongDocument {
                id: g.id.clone(),
                gold: lines(&gold_items),
                system: lines(&sys_items),
                note,
            });
        }
    }
    scores.unmatched = unmatched_ids(gold, system);
    scores
}

/// The claims of a record as items: spans clipped to the text, kinds and units normalised
/// (on both sides alike, so that a record scored against itself matches: a count's unit is
/// a noun, `hours`, that the unit lexicon would read as `h`).
fn items(chars: usize, claims: &[ClaimRecord]) -> Vec<Item> {
    claims
        .iter()
        .map(|c| {
            let kind = match c.kind.as_str() {
                "currency" => "money",
                "dimension" | "temperature" => "measure",
                "" => "other",
                k => k,
            };
            let unit = c
                .unit
                .as_deref()
                .filter(|u| !u.is_empty())
                .map(|u| normalize_unit(kind, u).unwrap_or_else(|| u.to_lowercase()));
            let start = c.start.min(chars);
            Item {
                start,
                end: c.end.min(chars).max(start),
                value: c.value,
                value_max: c.value_max,
                unit,
                kind: kind.to_string(),
                text: c.text.clone(),
            }
        })
        .collect()
}

/// Whether two values are the same within [`TOLERANCE`].
pub fn same_value(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= TOLERANCE * a.abs().max(b.abs())
}

/// Whether gold item `g` and system item `s` match in the given way.
fn matches(way: &str, g: &Item, s: &Item) -> bool {
    match way {
        "span" => g.start < s.end && s.start < g.end || g.start == g.end && s.start <= g.start && g.start <= s.end,
        _ => {
            let ends = |i: &Item| [i.value, i.value_max];
            let value = ends(g).iter().flatten().any(|&a| ends(s).iter().flatten().any(|&b| same_value(a, b)));
            let unit = way != "value+unit" || g.unit.is_none() || g.unit == s.unit || same_unit_loosely(g, s);
            value && unit
        }
    }
}

/// Units that differ only in case where case carries no meaning (`percent` written `%`
/// is normalised already; `USD` against `usd`).
fn same_unit_loosely(g: &Item, s: &Item) -> bool {
    match (&g.unit, &s.unit) {
        (Some(a), Some(b)) => g.kind == "money" && a.eq_ignore_ascii_case(b),
        _ => false,
    }
}

/// Matches gold and system items one to one among the pairs `ok` accepts, the most
/// overlapping pairs first, then the nearest.
fn match_one_to_one(gold: &[Item], system: &[Item], ok: impl Fn(&Item, &Item) -> bool) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (si, s) in system.iter().enumerate() {
            if ok(g, s) {
                let overlap = g.end.min(s.end).saturating_sub(g.start.max(s.start));
                candidates.push((overlap, g.start.abs_diff(s.start), gi, si));
            }
        }
    }
    candidates.sort_by_key(|&(overlap, distance, gi, si)| (std::cmp::Reverse(overlap), distance, gi, si));
    let mut gold_used = vec![false; gold.len()];
    let mut sys_used = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (_, _, gi, si) in candidates {
        if !gold_used[gi] && !sys_used[si] {
            gold_used[gi] = true;
            sys_used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// One line for `--show-errors`: `“180 billion RMB” = 180000000000 CNY (money)`.
fn describe(c: &Item) -> String {
    let value = match (c.value, c.value_max) {
        (Some(v), Some(m)) => format!("{v}..{m}"),
        (Some(v), None) => v.to_string(),
        (None, _) => "?".to_string(),
    };
    let unit = c.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    format!("“{}” = {value}{unit} ({})", c.text, c.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize, value: f64, unit: Option<&str>, kind: &str) -> ClaimRecord {
        ClaimRecord {
            start,
            end,
            value: Some(value),
            unit: unit.map(str::to_string),
            kind: kind.to_string(),
            ..ClaimRecord::default()
        }
    }

    fn gold(id: &str, text: &str, claims: Vec<ClaimRecord>) -> Record {
        Record { id: id.to_string(), text: Some(text.to_string()), claims: Some(claims), ..Record::default() }
    }

    fn system(id: &str, claims: Vec<ClaimRecord>) -> Record {
        Record { id: id.to_string(), claims: Some(claims), ..Record::default() }
    }

    const TEXT: &str = "It cost $5 million, up 12%, in 3 days.";

    #[test]
    fn values_units_and_spans_are_scored_separately() {
        let g = gold(
            "a",
            TEXT,
            vec![
                claim(8, 18, 5e6, Some("United States dollar"), "currency"),
                claim(23, 26, 12.0, Some("percent"), "percent"),
                claim(31, 37, 3.0, Some("days"), "duration"),
            ],
        );
        let s = system(
            "a",
            vec![
                claim(7, 18, 5_000_000.000_01, Some("USD"), "money"),
                claim(23, 26, 12.0, Some("pp"), "percentage_points"),
                claim(0, 2, 7.0, None, "other"),
            ],
        );
        let scores = eval_claims(&[g], &[s]);
        assert_eq!(scores.all[0], Prf::new(2, 1, 1), "value");
        assert_eq!(scores.all[1], Prf::new(1, 2, 2), "value+unit");
        assert_eq!(scores.all[2], Prf::new(2, 1, 1), "span");
        assert_eq!(scores.by_kind["money"][1], Prf::new(1, 0, 0));
        assert_eq!(scores.by_kind["percent"][0], Prf::new(1, 0, 0));
        assert_eq!(scores.by_kind["percent"][1], Prf::new(0, 0, 1));
        assert_eq!(scores.by_kind["duration"][0], Prf::new(0, 0, 1));
        assert_eq!(scores.by_kind["other"][0], Prf::new(0, 1, 0));
        assert_eq!(scores.exact, 0);
        let listing = &scores.wrong[0];
        assert_eq!(listing.gold[0], "“” = 5000000 USD (money)");
    }

    #[test]
    fn matching_is_one_to_one_and_ranges_match_by_either_end() {
        let g = gold("a", TEXT, vec![claim(0, 2, 5.0, None, "count"), claim(3, 5, 5.0, None, "count")]);
        let mut range = claim(0, 5, 3.0, Some("%"), "percent");
        range.value_max = Some(5.0);
        let scores = eval_claims(std::slice::from_ref(&g), &[system("a", vec![range])]);
        assert_eq!(scores.all[0], Prf::new(1, 0, 1));
        let scores =
            eval_claims(&[g], &[system("a", vec![claim(3, 5, 5.0, None, "count"), claim(0, 2, 5.0, None, "count")])]);
        assert_eq!(scores.all[0], Prf::new(2, 0, 0));
        assert_eq!(scores.exact, 1);
    }

    #[test]
    fn a_missing_record_misses_everything() {
        let g = gold("a", TEXT, vec![claim(8, 18, 5e6, Some("USD"), "money")]);
        let scores = eval_claims(&[g], &[system("b", vec![])]);
        assert_eq!(scores.all[0], Prf::new(0, 0, 1));
        assert_eq!(scores.missing, ["a"]);
        assert_eq!(scores.unmatched, ["b"]);
        let summary = scores.into_summary();
        assert_eq!(summary.primary().name, "value");
        assert!(summary.metrics.iter().any(|m| m.name == "value+unit:money"));
    }

    #[test]
    fn tolerance_is_relative() {
        assert!(same_value(180e9, 180e9 * (1.0 + 5e-6)));
        assert!(!same_value(180e9, 180e9 * (1.0 + 5e-5)));
        assert!(same_value(0.0, 0.0));
        assert!(!same_value(1.0, 1.1));
    }
}
