//! Scoring attributed quotes: span overlap, exact text, kinds and speakers.
//!
//! Gold and system quotes of a document are matched one to one by character overlap: a
//! pair may match when the system span covers at least a share of the gold span (30% or
//! 80%), and pairs are taken greedily, best covered first. From one matching:
//!
//! - `overlap-30`, `overlap-80`: every quote, matched at that share;
//! - `exact`: quotes whose texts are equal once quote marks, white space and punctuation
//!   are trimmed from both ends (matched one to one by text);
//! - `<kind>-30`, `<kind>-80` for `direct`, `partial`, `mixed`, `indirect`: a matched pair
//!   counts for the gold quote's kind, an unmatched gold quote is missed for its kind, an
//!   unmatched system quote is spurious for its own kind; kinds confused between gold and
//!   system show in `kind`, not here;
//!
//! and two rates over the pairs matched at 30%, printed after the table:
//!
//! - `speaker`: the share whose speaker is right: both absent, or the spans overlap, or
//!   they name the same person (their normalised names, the gold speaker's entity mentions,
//!   or the system's resolved entity name agree, one being all or the end of the other:
//!   `Doe` names `Jane Doe`; a pronoun names nobody);
//! - `kind`: the share whose kinds agree.
//!
//! All offsets are code points into the gold text. A document with no system record, or
//! with no `quotes` in it, misses all its gold quotes.

use super::{index_by_id, unmatched_ids, Metric, Prf, Rate, Summary, Task, WrongDocument};
use crate::record::{QuoteRecord, Record};

/// The kinds scored one by one, in the order they are listed.
pub const KINDS: [&str; 4] = ["direct", "partial", "mixed", "indirect"];

/// The shares of the gold span a system span must cover to match it.
pub const THRESHOLDS: [f64; 2] = [0.3, 0.8];

/// The scores of the quote task.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteScores {
    /// Gold documents scored.
    pub documents: usize,
    /// Documents where every gold quote matched at 80% with the right speaker, and no
    /// system quote was left over.
    pub exact: usize,
    /// All quotes matched at 30% of the gold span.
    pub overlap30: Prf,
    /// All quotes matched at 80% of the gold span.
    pub overlap80: Prf,
    /// Quotes with the same trimmed text.
    pub exact_text: Prf,
    /// Per kind ([`KINDS`]): matched at 30% and at 80%.
    pub by_kind: [(Prf, Prf); 4],
    /// Speakers right among the pairs matched at 30%.
    pub speakers: Rate,
    /// Kinds agreeing among the pairs matched at 30%.
    pub kinds: Rate,
    /// Ids of gold documents with no system record.
    pub missing: Vec<String>,
    /// Ids of system records with no gold document (not scored).
    pub unmatched: Vec<String>,
    /// The documents not exactly right, in gold order.
    pub wrong: Vec<WrongDocument>,
}

impl QuoteScores {
    /// The task-independent summary, for printing; `overlap-30` is the primary score.
    pub fn into_summary(self) -> Summary {
        let mut metrics = vec![
            metric("overlap-30", self.overlap30),
            metric("overlap-80", self.overlap80),
            metric("exact", self.exact_text),
        ];
        for (kind, (at30, at80)) in KINDS.iter().zip(self.by_kind) {
            metrics.push(metric(&format!("{kind}-30"), at30));
            metrics.push(metric(&format!("{kind}-80"), at80));
        }
        Summary {
            task: Task::Quotes,
            documents: self.documents,
            exact: self.exact,
            metrics,
            missing: self.missing,
            unmatched: self.unmatched,
            wrong: self.wrong,
            rates: vec![
                Rate { name: "speaker".to_string(), ..self.speakers },
                Rate { name: "kind".to_string(), ..self.kinds },
            ],
        }
    }
}

fn metric(name: &str, prf: Prf) -> Metric {
    Metric { name: name.to_string(), prf }
}

/// A quote prepared for scoring: its span clipped and trimmed, in code points.
struct Item<'a> {
    start: usize,
    end: usize,
    record: &'a QuoteRecord,
}

/// Scores quotes: gold and system records are matched by id; quote offsets on both sides
/// are code points into the gold `text`.
pub fn eval_quotes(gold: &[Record], system: &[Record]) -> QuoteScores {
    let by_id = index_by_id(system);
    let mut scores = QuoteScores::default();
    for g in gold {
        let chars: Vec<char> = g.text.as_deref().unwrap_or("").chars().collect();
        let gold_items = items(&chars, g.quotes.as_deref().unwrap_or_default());
        let (sys_record, note) = match by_id.get(g.id.as_str()) {
            None => {
                scores.missing.push(g.id.clone());
                (None, Some("no system record".to_string()))
            }
            Some(r) if r.quotes.is_none() => (None, Some("the system record has no quotes".to_string())),
            Some(r) => (Some(*r), None),
        };
        let sys_items = items(&chars, sys_record.and_then(|r| r.quotes.as_deref()).unwrap_or_default());
        let mut perfect = note.is_none();
        for (t, &threshold) in THRESHOLDS.iter().enumerate() {
            let pairs = match_by_overlap(&gold_items, &sys_items, threshold);
            let mut gold_hit = vec![false; gold_items.len()];
            let mut sys_hit = vec![false; sys_items.len()];
            for &(gi, si) in &pairs {
                gold_hit[gi] = true;
                sys_hit[si] = true;
            }
            let all = Prf::new(pairs.len() as u64, count_false(&sys_hit), count_false(&gold_hit));
            if t == 0 {
                scores.overlap30.add(all);
            } else {
                scores.overlap80.add(all);
                perfect &= all.fp == 0 && all.fn_ == 0;
            }
            for (k, kind) in KINDS.iter().enumerate() {
                let tp = pairs.iter().filter(|&&(gi, _)| gold_items[gi].record.kind == *kind).count() as u64;
                let fp =
                    sys_items.iter().zip(&sys_hit).filter(|(s, &hit)| !hit && s.record.kind == *kind).count() as u64;
                let fn_ =
                    gold_items.iter().zip(&gold_hit).filter(|(g, &hit)| !hit && g.record.kind == *kind).count() as u64;
                let (at30, at80) = &mut scores.by_kind[k];
                let slot = if t == 0 { at30 } else { at80 };
                slot.add(Prf::new(tp, fp, fn_));
            }
            for &(gi, si) in &pairs {
                let (gq, sq) = (gold_items[gi].record, sys_items[si].record);
                let right = same_speaker(g, gq, sys_record, sq, &chars);
                if t == 0 {
                    count(&mut scores.speakers, right);
                    count(&mut scores.kinds, gq.kind == sq.kind);
                } else {
                    perfect &= right;
                }
            }
        }
        scores.exact_text.add(match_by_text(&chars, &gold_items, &sys_items));
        scores.documents += 1;
        if perfect {
            scores.exact += 1;
        } else {
            let lines = |items: &[Item]| items.iter().map(|q| describe(&chars, q)).collect();
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

/// Counts one pair judged right or wrong.
fn count(rate: &mut Rate, right: bool) {
    rate.total += 1;
    rate.correct += u64::from(right);
}

fn count_false(hits: &[bool]) -> u64 {
    hits.iter().filter(|&&h| !h).count() as u64
}

/// The quotes of a record, clipped to the text and trimmed of white space; empty ones are
/// dropped.
fn items<'a>(chars: &[char], quotes: &'a [QuoteRecord]) -> Vec<Item<'a>> {
    quotes
        .iter()
        .filter_map(|q| {
            let (start, end) = trim(chars, q.start, q.end, char::is_whitespace);
            (start < end).then_some(Item { start, end, record: q })
        })
        .collect()
}

/// `[start, end)` clipped to `chars` and trimmed of characters matching `strip`.
fn trim(chars: &[char], start: usize, end: usize, strip: impl Fn(char) -> bool) -> (usize, usize) {
    let mut s = start.min(chars.len());
    let mut e = end.min(chars.len()).max(s);
    while s < e && strip(chars[s]) {
        s += 1;
    }
    while e > s && strip(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Pairs `(gold, system)` matched one to one: a system span covering at least `threshold`
/// of a gold span may match it; the best covered pairs are taken first.
fn match_by_overlap(gold: &[Item], system: &[Item], threshold: f64) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let len = (g.end - g.start) as f64;
        for (si, s) in system.iter().enumerate() {
            let overlap = g.end.min(s.end).saturating_sub(g.start.max(s.start)) as f64;
            let share = overlap / len;
            if overlap > 0.0 && share + 1e-9 >= threshold {
                // Prefer the pair covering more of the gold, then the tighter system span.
                let tightness = overlap / (s.end - s.start) as f64;
                candidates.push((share + tightness * 1e-3, gi, si));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.len()];
    let mut sys_used = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (_, gi, si) in candidates {
        if !gold_used[gi] && !sys_used[si] {
            gold_used[gi] = true;
            sys_used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Characters trimmed before texts are compared exactly: white space, quote marks and
/// punctuation.
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || "\"'“”‘’«»„‚‹›`.,;:!?—–-…()[]".contains(c)
}

/// The text of `[start, end)` with marks and punctuation trimmed, inner white space
/// collapsed and curly quotes made straight.
fn normalised(chars: &[char], start: usize, end: usize) -> String {
    let (s, e) = trim(chars, start, end, is_trimmed);
    let text: String = chars[s..e]
        .iter()
        .map(|&c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' | '‚' => '\'',
            c => c,
        })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quotes with equal normalised texts, matched one to one.
fn match_by_text(chars: &[char], gold: &[Item], system: &[Item]) -> Prf {
    let mut sys: Vec<String> = system.iter().map(|q| normalised(chars, q.start, q.end)).collect();
    sys.sort_unstable();
    let mut used = vec![false; sys.len()];
    let mut tp = 0;
    for g in gold {
        let text = normalised(chars, g.start, g.end);
        let from = sys.partition_point(|s| *s < text);
        if let Some(k) = (from..sys.len()).take_while(|&k| sys[k] == text).find(|&k| !used[k]) {
            used[k] = true;
            tp += 1;
        }
    }
    Prf::new(tp, system.len() as u64 - tp, gold.len() as u64 - tp)
}

/// Whether the system quote's speaker is the gold quote's.
fn same_speaker(gold: &Record, gq: &QuoteRecord, system: Option<&Record>, sq: &QuoteRecord, chars: &[char]) -> bool {
    let (g, s) = match (&gq.speaker, &sq.speaker) {
        (None, None) => return true,
        (Some(g), Some(s)) => (g, s),
        _ => return false,
    };
    let (gs, ge) = trim(chars, g.start, g.end, char::is_whitespace);
    let (ss, se) = trim(chars, s.start, s.end, char::is_whitespace);
    if gs < ge && ss < se && gs < se && ss < ge {
        return true;
    }
    let mut gold_names: Vec<&str> = [g.name.as_deref(), Some(g.text.as_str())].into_iter().flatten().collect();
    if let (Some(id), Some(entities)) = (&g.entity, &gold.entities) {
        if let Some(e) = entities.iter().find(|e| &e.id == id) {
            gold_names.push(&e.name);
            gold_names.extend(e.mentions.iter().map(|m| m.text.as_str()));
            // The system speaker's words are one of the gold entity's mentions.
            if e.mentions.iter().any(|m| m.start < se && ss < m.end) {
                return true;
            }
        }
    }
    let mut sys_names: Vec<&str> = [s.name.as_deref(), Some(s.text.as_str())].into_iter().flatten().collect();
    if let (Some(id), Some(entities)) = (&s.entity, system.and_then(|r| r.entities.as_ref())) {
        if let Some(e) = entities.iter().find(|e| &e.id == id) {
            sys_names.push(&e.name);
        }
    }
    let gold_names: Vec<Vec<String>> = gold_names.iter().map(|n| name_tokens(n)).filter(|t| !t.is_empty()).collect();
    sys_names
        .iter()
        .map(|n| name_tokens(n))
        .filter(|t| !t.is_empty())
        .any(|s| gold_names.iter().any(|g| same_person(g, &s)))
}

/// A name's words for comparison: lower case, without titles, possessives, punctuation
/// and pronouns (a pronoun names nobody on its own).
fn name_tokens(name: &str) -> Vec<String> {
    const DROP: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "the", "a", "an", "he", "she", "they", "it", "we", "i", "him",
        "her", "them", "his", "its", "their",
    ];
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            let w = w.trim_end_matches("’s").trim_end_matches("'s");
            w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>()
        })
        .filter(|w| !w.is_empty() && !DROP.contains(&w.as_str()))
        .collect()
}

/// Whether two names' words name the same person: equal, or one is the end of the other
/// (`Doe` and `Jane Doe`), or one is the other's first word when that is all it has.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.ends_with(short) || long.starts_with(short) || short.iter().all(|w| long.contains(w))
}

/// One quote as a line for `--show-errors`: kind, text and speaker.
fn describe(chars: &[char], q: &Item) -> String {
    let text: String = chars[q.start..q.end].iter().collect();
    let speaker =
        q.record.speaker.as_ref().map_or("-".to_string(), |s| s.name.clone().unwrap_or_else(|| s.text.clone()));
    format!("{}: {text} [{speaker}]", q.record.kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{EntityRecord, MentionRecord, SpeakerRecord};

    const TEXT: &str = "“We will win,” said Jane Doe. She added that the team was ready. “Go,” he said.";

    /// A quote over the first occurrence of `text` in [`TEXT`] (char offsets), with a
    /// speaker over the first occurrence of `speaker`.
    fn quote(kind: &str, text: &str, speaker: Option<&str>) -> QuoteRecord {
        let (start, end) = find(text);
        QuoteRecord {
            kind: kind.to_string(),
            text: text.to_string(),
            start,
            end,
            speaker: speaker.map(|s| {
                let (start, end) = find(s);
                SpeakerRecord { text: s.to_string(), start, end, ..SpeakerRecord::default() }
            }),
            ..QuoteRecord::default()
        }
    }

    fn find(s: &str) -> (usize, usize) {
        let byte = TEXT.find(s).unwrap_or_else(|| panic!("{s:?} not in the text"));
        let start = TEXT[..byte].chars().count();
        (start, start + s.chars().count())
    }

    fn gold(quotes: Vec<QuoteRecord>) -> Record {
        Record { id: "a".to_string(), text: Some(TEXT.to_string()), quotes: Some(quotes), ..Record::default() }
    }

    fn system(quotes: Vec<QuoteRecord>) -> Record {
        Record { id: "a".to_string(), quotes: Some(quotes), ..Record::default() }
    }

    #[test]
    fn identical_quotes_score_perfectly() {
        let q = vec![
            quote("direct", "We will win", Some("Jane Doe")),
            quote("indirect", "the team was ready", Some("She")),
        ];
        let scores = eval_quotes(&[gold(q.clone())], &[system(q)]);
        assert_eq!((scores.documents, scores.exact), (1, 1));
        assert_eq!(scores.overlap30, Prf::new(2, 0, 0));
        assert_eq!(scores.overlap80, Prf::new(2, 0, 0));
        assert_eq!(scores.exact_text, Prf::new(2, 0, 0));
        assert_eq!((scores.speakers.correct, scores.speakers.total), (2, 2));
        assert_eq!(scores.by_kind[0].1, Prf::new(1, 0, 0));
        assert_eq!(scores.by_kind[3].0, Prf::new(1, 0, 0));
    }

    #[test]
    fn overlap_is_a_share_of_the_gold_span() {
        // The system covers "the team" of "the team was ready": 8 of 18 characters, 44%.
        let g = gold(vec![quote("indirect", "the team was ready", Some("She"))]);
        let s = system(vec![quote("indirect", "the team", Some("She"))]);
        let scores = eval_quotes(&[g], &[s]);
        assert_eq!(scores.overlap30, Prf::new(1, 0, 0));
        assert_eq!(scores.overlap80, Prf::new(0, 1, 1));
        assert_eq!(scores.exact_text, Prf::new(0, 1, 1));
        assert_eq!(scores.exact, 0);
    }

    #[test]
    fn a_larger_system_span_covers_the_gold() {
        let g = gold(vec![quote("direct", "We will win", None)]);
        let s = system(vec![quote("direct", "“We will win,”", None)]);
        let scores = eval_quotes(&[g], &[s]);
        assert_eq!(scores.overlap80, Prf::new(1, 0, 0));
        assert_eq!(scores.exact_text, Prf::new(1, 0, 0), "marks and commas are trimmed");
    }

    #[test]
    fn matching_is_one_to_one() {
        let g = gold(vec![quote("direct", "We will win", None)]);
        let s = system(vec![quote("direct", "We will win", None), quote("direct", "will win", None)]);
        let scores = eval_quotes(&[g], &[s]);
        assert_eq!(scores.overlap30, Prf::new(1, 1, 0));
        assert_eq!(scores.exact_text, Prf::new(1, 1, 0));
    }

    #[test]
    fn kinds_count_for_the_gold_kind_and_disagreements_show_in_kind() {
        let g = gold(vec![quote("direct", "We will win", None), quote("direct", "Go", None)]);
        let s = system(vec![quote("mixed", "We will win", None), quote("partial", "the team was ready", None)]);
        let scores = eval_quotes(&[g], &[s]);
        assert_eq!(scores.by_kind[0].0, Prf::new(1, 0, 1), "direct");
        assert_eq!(scores.by_kind[1].0, Prf::new(0, 1, 0), "partial");
        assert_eq!(scores.by_kind[2].0, Prf::new(0, 0, 0), "mixed");
        assert_eq!((scores.kinds.correct, scores.kinds.total), (0, 1));
    }

    #[test]
    fn speakers_match_by_span_or_by_name() {
        let g = gold(vec![quote("direct", "We will win", Some("Jane Doe")), quote("direct", "Go", Some("Jane Doe"))]);
        // "Doe" inside "Jane Doe" overlaps; "the team" is someone else.
        let s = system(vec![quote("direct", "We will win", Some("Doe")), quote("direct", "Go", Some("the team"))]);
        let scores = eval_quotes(&[g], &[s]);
        assert_eq!((scores.speakers.correct, scores.speakers.total), (1, 2));
        assert!((scores.speakers.accuracy() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn a_resolved_pronoun_names_the_same_person() {
        let mut gq = quote("direct", "Go", Some("Jane Doe"));
        gq.speaker.as_mut().unwrap().name = Some("Jane Doe".to_string());
        let mut sq = quote("direct", "Go", Some("he"));
        sq.speaker.as_mut().unwrap().name = Some("Jane Doe".to_string());
        let scores = eval_quotes(&[gold(vec![gq])], &[system(vec![sq])]);
        assert_eq!((scores.speakers.correct, scores.speakers.total), (1, 1));
        // An unresolved pronoun does not name anyone.
        let gq = quote("direct", "Go", Some("Jane Doe"));
        let sq = quote("direct", "Go", Some("he"));
        let scores = eval_quotes(&[gold(vec![gq])], &[system(vec![sq])]);
        assert_eq!((scores.speakers.correct, scores.speakers.total), (0, 1));
    }

    #[test]
    fn a_speaker_on_a_mention_of_the_gold_entity_is_right() {
        let mut gq = quote("indirect", "the team was ready", Some("Jane Doe"));
        gq.speaker.as_mut().unwrap().entity = Some("e1".to_string());
        let (start, end) = find("She");
        let mut g = gold(vec![gq]);
        g.entities = Some(vec![EntityRecord {
            id: "e1".to_string(),
            name: "Jane Doe".to_string(),
            mentions: vec![MentionRecord { start, end, text: "She".to_string(), kind: "pronoun".to_string() }],
            ..EntityRecord::default()
        }]);
        let s = system(vec![quote("indirect", "the team was ready", Some("She"))]);
        let speakers = eval_quotes(&[g], &[s]).speakers;
        assert_eq!((speakers.correct, speakers.total), (1, 1));
    }

    #[test]
    fn missing_documents_and_names() {
        assert!(same_person(&name_tokens("Dr. Jane Doe"), &name_tokens("Doe")));
        assert!(!same_person(&name_tokens("Jane Doe"), &name_tokens("John Smith")));
        assert!(name_tokens("he").is_empty());
        let g = gold(vec![quote("direct", "Go", None)]);
        let scores = eval_quotes(&[g], &[]);
        assert_eq!(scores.overlap30, Prf::new(0, 0, 1));
        assert_eq!(scores.missing, ["a"]);
        assert_eq!(scores.wrong[0].note.as_deref(), Some("no system record"));
        let summary = scores.into_summary();
        assert_eq!(summary.primary().name, "overlap-30");
        let table = summary.table();
        assert!(table.contains("direct-80") && table.contains("speaker"), "{table}");
    }
}
