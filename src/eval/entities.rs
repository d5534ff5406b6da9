//! Scoring entities: name mentions by exact span and type, and clusters by link accuracy.
//!
//! Name mentions are the gold mentions of kind `name`, `alias` or `acronym` and the system
//! mentions of those kinds. They are compared as sets of code-point spans, with their
//! entity's type (`typed`) or without (`untyped`), over all documents and per gold type;
//! GPE and LOC count as one type, since gold data often does not tell them apart.
//!
//! Links: each gold entity is anchored to the system entity that most of its name mentions
//! land in (the system mention overlapping each most; the longest name decides a tie).
//! Every other gold mention (a shorter
//! name: `alias`; a `descriptor`; a `pronoun`) is linked correctly when the system mention
//! overlapping it most belongs to that same system entity. A gold entity whose name the
//! system never found has all its links counted wrong.

use std::collections::{BTreeMap, BTreeSet};

use super::{index_by_id, unmatched_ids, Metric, Prf, Rate, Summary, Task, WrongDocument};
use crate::record::{EntityRecord, MentionRecord, Record};

/// The scores of the entity task.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityScores {
    /// Gold documents scored.
    pub documents: usize,
    /// Documents whose typed name mentions are exactly right.
    pub exact: usize,
    /// Name mentions, exact span and type.
    pub typed: Prf,
    /// Name mentions, exact span only.
    pub untyped: Prf,
    /// Name mentions, exact span and type, per gold type (system mentions counted as
    /// false positives under their own type).
    pub per_type: BTreeMap<String, Prf>,
    /// Link accuracy of shorter names, descriptors and pronouns: (correct, total).
    pub aliases: (u64, u64),
    /// As `aliases`, for descriptors.
    pub descriptors: (u64, u64),
    /// As `aliases`, for pronouns.
    pub pronouns: (u64, u64),
    /// Gold ids with no system record.
    pub missing: Vec<String>,
    /// System ids with no gold record.
    pub unmatched: Vec<String>,
    /// Documents with wrong typed name mentions.
    pub wrong: Vec<WrongDocument>,
}

impl EntityScores {
    /// The task-independent summary, for printing.
    pub fn into_summary(self) -> Summary {
        let mut metrics = vec![
            Metric { name: "names typed".to_string(), prf: self.typed },
            Metric { name: "names untyped".to_string(), prf: self.untyped },
        ];
        for (kind, prf) in self.per_type {
            metrics.push(Metric { name: format!("names {kind}"), prf });
        }
        let rate = |name: &str, (correct, total): (u64, u64)| Rate { name: name.to_string(), correct, total };
        Summary {
            task: Task::Entities,
            documents: self.documents,
            exact: self.exact,
            metrics,
            missing: self.missing,
            unmatched: self.unmatched,
            wrong: self.wrong,
            rates: vec![
                rate("alias links", self.aliases),
                rate("descriptor links", self.descriptors),
                rate("pronoun links", self.pronouns),
            ],
        }
    }
}

/// GPE and LOC are scored as one type.
fn scored_type(kind: &str) -> &str {
    match kind {
        "LOC" => "GPE",
        k => k,
    }
}

fn is_name(m: &MentionRecord) -> bool {
    matches!(m.kind.as_str(), "name" | "alias" | "acronym")
}

/// The name mentions of a record as `(start, end, type)`.
fn names(entities: &[EntityRecord]) -> BTreeSet<(usize, usize, String)> {
    entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().filter(|m| is_name(m)).map(|m| (m.start, m.end, scored_type(&e.kind).to_string()))
        })
        .collect()
}

/// For each system mention, its span and the index of its entity.
fn system_mentions(entities: &[EntityRecord]) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> =
        entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i))).collect();
    out.sort();
    out
}

/// The system entity whose mention overlaps `[start, end)` the most, if any; of mentions
/// that overlap it as much, the shortest: a name inside a longer description (`Panama` in
/// `Panama coach`) is the name's.
fn entity_over(system: &[(usize, usize, usize)], start: usize, end: usize) -> Option<usize> {
    let from = system.partition_point(|m| m.1 <= start);
    system[from..]
        .iter()
        .take_while(|m| m.0 < end)
        .map(|m| (m.1.min(end).saturating_sub(m.0.max(start)), m.1 - m.0, m.2))
        .filter(|&(overlap, ..)| overlap > 0)
        .max_by_key(|&(overlap, len, _)| (overlap, std::cmp::Reverse(len)))
        .map(|(.., e)| e)
}

/// Scores entity mentions and clusters; gold and system are matched by id.
pub fn eval_entities(gold: &[Record], system: &[Record]) -> EntityScores {
    let by_id = index_by_id(system);
    let mut scores = EntityScores::default();
    for g in gold {
        scores.documents += 1;
        let gold_entities = g.entities.as_deref().unwrap_or_default();
        let sys_entities = match by_id.get(g.id.as_str()) {
            Some(r) => r.entities.as_deref().unwrap_or_default(),
            None => {
                scores.missing.push(g.id.clone());
                &[]
            }
        };
        let gold_names = names(gold_entities);
        let sys_names = names(sys_entities);
        let mut typed = Prf::default();
        typed.score_sets(&sys_names, &gold_names);
        scores.typed.add(typed);
        let spans = |v: &BTreeSet<(usize, usize, String)>| v.iter().map(|(s, e, _)| (*s, *e)).collect::<BTreeSet<_>>();
        scores.untyped.score_sets(&spans(&sys_names), &spans(&gold_names));
        let kinds: std::collections::BTreeSet<&str> =
            gold_names.iter().chain(&sys_names).map(|(_, _, k)| k.as_str()).collect();
        for kind in kinds {
            let of = |v: &BTreeSet<(usize, usize, String)>| {
                v.iter().filter(|m| m.2 == kind).cloned().collect::<BTreeSet<_>>()
            };
            scores.per_type.entry(kind.to_string()).or_default().score_sets(&of(&sys_names), &of(&gold_names));
        }
        if typed.fp == 0 && typed.fn_ == 0 {
            scores.exact += 1;
        } else {
            let text = g.text.as_deref().unwrap_or("");
            let show = |v: &BTreeSet<(usize, usize, String)>| -> Vec<String> {
                v.iter()
                    .map(|(s, e, k)| format!("{k} {}", text.chars().skip(*s).take(e - s).collect::<String>()))
                    .collect()
            };
            scores.wrong.push(WrongDocument {
                id: g.id.clone(),
                gold: show(&gold_names),
                system: show(&sys_names),
                note: None,
            });
        }
        links(gold_entities, &system_mentions(sys_entities), &mut scores);
    }
    scores.unmatched = unmatched_ids(gold, system);
    scores
}

/// Counts the link accuracy of one document's gold entities.
fn links(gold: &[EntityRecord], system: &[(usize, usize, usize)], scores: &mut EntityScores) {
    for e in gold {
        let Some(anchor_mention) =
            e.mentions.iter().filter(|m| is_name(m)).max_by_key(|m| (m.end - m.start, std::cmp::Reverse(m.start)))
        else {
            continue;
        };
        // The system entity most of the gold names land in (the longest name's on a tie):
        // gold names are often whole noun phrases (`former Senator Rick Santorum`).
        let mut votes: BTreeMap<usize, (usize, bool)> = BTreeMap::new();
        for m in e.mentions.iter().filter(|m| is_name(m)) {
            if let Some(s) = entity_over(system, m.start, m.end) {
                let v = votes.entry(s).or_default();
                v.0 += 1;
                v.1 |= std::ptr::eq(m, anchor_mention);
            }
        }
        let anchor = votes.iter().max_by_key(|(_, &(n, longest))| (n, longest)).map(|(&s, _)| s);
        for m in &e.mentions {
            if std::ptr::eq(m, anchor_mention) {
                continue;
            }
            let counter = match m.kind.as_str() {
                "pronoun" => &mut scores.pronouns,
                "descriptor" => &mut scores.descriptors,
                _ if m.text == anchor_mention.text => continue,
                _ => &mut scores.aliases,
            };
            counter.1 += 1;
            if anchor.is_some() && entity_over(system, m.start, m.end) == anchor {
                counter.0 += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, whole: &str, kind: &str) -> MentionRecord {
        let byte = whole.find(text).unwrap();
        let start = whole[..byte].chars().count();
        MentionRecord { start, end: start + text.chars().count(), text: text.to_string(), kind: kind.to_string() }
    }

    fn entity(kind: &str, mentions: Vec<MentionRecord>) -> EntityRecord {
        EntityRecord { kind: kind.to_string(), mentions, ..EntityRecord::default() }
    }

    fn record(id: &str, text: &str, entities: Vec<EntityRecord>) -> Record {
        Record { id: id.to_string(), text: Some(text.to_string()), entities: Some(entities), ..Record::default() }
    }

    const TEXT: &str = "Jane Doe met Acme in Paris. Doe said she liked it.";

    #[test]
    fn names_are_scored_by_span_and_type() {
        let gold = record(
            "d",
            TEXT,
            vec![
                entity("PERSON", vec![mention("Jane Doe", TEXT, "name"), mention("Doe said", TEXT, "name")]),
                entity("ORG", vec![mention("Acme", TEXT, "name")]),
                entity("LOC", vec![mention("Paris", TEXT, "name")]),
            ],
        );
        // The system types Acme as a place and misses the second Doe.
        let system = record(
            "d",
            TEXT,
            vec![
                entity("PERSON", vec![mention("Jane Doe", TEXT, "name")]),
                entity("GPE", vec![mention("Acme", TEXT, "name")]),
                entity("GPE", vec![mention("Paris", TEXT, "name")]),
            ],
        );
        let s = eval_entities(&[gold], &[system]);
        assert_eq!((s.typed.tp, s.typed.fp, s.typed.fn_), (2, 1, 2));
        assert_eq!((s.untyped.tp, s.untyped.fp, s.untyped.fn_), (3, 0, 1));
        assert_eq!(s.per_type["GPE"].tp, 1, "LOC and GPE are one type");
        assert_eq!(s.exact, 0);
    }

    #[test]
    fn a_name_inside_a_description_is_matched_to_the_name() {
        // `Panama coach` [0, 12) of entity 1 holds `Panama` [0, 6) of entity 0.
        let system = [(0, 6, 0), (0, 12, 1), (20, 26, 2)];
        assert_eq!(entity_over(&system, 0, 6), Some(0));
        assert_eq!(entity_over(&system, 0, 12), Some(1));
        assert_eq!(entity_over(&system, 7, 12), Some(1));
        assert_eq!(entity_over(&system, 13, 19), None);
    }

    #[test]
    fn links_count_mentions_in_the_anchor_entity() {
        let doe = |text: &str| mention(text, TEXT, "name");
        let gold = record(
            "d",
            TEXT,
            vec![entity(
                "PERSON",
                vec![doe("Jane Doe"), mention("Doe", &TEXT[20..], "name"), mention("she", TEXT, "pronoun")],
            )],
        );
        let gold = {
            // `Doe` above was found in the tail; shift it to its place in the whole text.
            let mut g = gold;
            let tail = TEXT[..20].chars().count();
            let m = &mut g.entities.as_mut().unwrap()[0].mentions[1];
            m.start += tail;
            m.end += tail;
            g
        };
        let mut second_doe = gold.entities.as_ref().unwrap()[0].mentions[1].clone();
        second_doe.kind = "alias".to_string();
        let good = record(
            "d",
            TEXT,
            vec![entity("PERSON", vec![doe("Jane Doe"), second_doe.clone(), mention("she", TEXT, "pronoun")])],
        );
        let s = eval_entities(std::slice::from_ref(&gold), &[good]);
        assert_eq!((s.aliases, s.pronouns), ((1, 1), (1, 1)));
        // The pronoun in another entity is a wrong link.
        let bad = record(
            "d",
            TEXT,
            vec![
                entity("PERSON", vec![doe("Jane Doe"), second_doe]),
                entity("PERSON", vec![mention("she", TEXT, "pronoun")]),
            ],
        );
        let s = eval_entities(&[gold], &[bad]);
        assert_eq!((s.aliases, s.pronouns), ((1, 1), (0, 1)));
    }
}
