//! Scoring sentence splitting: texts exactly right, and boundary precision and recall.

use std::collections::BTreeSet;

use super::{index_by_id, unmatched_ids, Metric, Prf, Summary, Task, WrongDocument};
use crate::record::{Record, SentenceRecord};

/// The scores of the sentence task.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceScores {
    /// Gold documents scored.
    pub documents: usize,
    /// Documents whose sentence list is exactly the gold one.
    pub exact: usize,
    /// Sentence boundaries (the end of every sentence but a document's last),
    /// micro-averaged over all documents.
    pub boundaries: Prf,
    /// Ids of gold documents with no system record (all their boundaries count as missed).
    pub missing: Vec<String>,
    /// Ids of system records with no gold document (not scored).
    pub unmatched: Vec<String>,
    /// The documents not exactly right, in gold order.
    pub wrong: Vec<WrongDocument>,
}

impl SentenceScores {
    /// The task-independent summary, for printing.
    pub fn into_summary(self) -> Summary {
        Summary {
            task: Task::Sentences,
            documents: self.documents,
            exact: self.exact,
            metrics: vec![Metric { name: "boundaries".to_string(), prf: self.boundaries }],
            missing: self.missing,
            unmatched: self.unmatched,
            wrong: self.wrong,
            rates: Vec::new(),
        }
    }
}

/// Scores sentence splitting: gold and system records are matched by id; both sides'
/// sentence spans are code-point offsets into the gold `text`, trimmed of white space at
/// both ends before they are compared.
///
/// A gold document with no system record, or whose system record has no `sentences`,
/// counts all its boundaries as missed. Spans that fall outside the text are clipped to
/// it; spans that are empty once trimmed are ignored.
pub fn eval_sentences(gold: &[Record], system: &[Record]) -> SentenceScores {
    let by_id = index_by_id(system);
    let mut scores = SentenceScores::default();
    for g in gold {
        let chars: Vec<char> = g.text.as_deref().unwrap_or("").chars().collect();
        let gold_spans = trimmed_spans(&chars, g.sentences.as_deref().unwrap_or_default());
        let (system_spans, note) = match by_id.get(g.id.as_str()) {
            None => {
                scores.missing.push(g.id.clone());
                (Vec::new(), Some("no system record".to_string()))
            }
            Some(r) => match &r.sentences {
                None => (Vec::new(), Some(no_sentences_note(r))),
                Some(s) => (trimmed_spans(&chars, s), None),
            },
        };
        scores.boundaries.score_sets(&boundaries(&system_spans), &boundaries(&gold_spans));
        scores.documents += 1;
        if note.is_none() && gold_spans == system_spans {
            scores.exact += 1;
        } else {
            let texts = |spans: &[(usize, usize)]| -> Vec<String> {
                spans.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect()
            };
            scores.wrong.push(WrongDocument {
                id: g.id.clone(),
                gold: texts(&gold_spans),
                system: texts(&system_spans),
                note,
            });
        }
    }
    scores.unmatched = unmatched_ids(gold, system);
    scores
}

/// Why a system record has no sentences, with its first error if it has one.
fn no_sentences_note(record: &Record) -> String {
    match record.errors.first() {
        Some(e) => format!("the system record has no sentences: {}: {}", e.kind, e.message),
        None => "the system record has no sentences".to_string(),
    }
}

/// Sentence spans clipped to the text, trimmed of white space, without empty ones,
/// sorted and deduplicated.
fn trimmed_spans(chars: &[char], sentences: &[SentenceRecord]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = sentences
        .iter()
        .filter_map(|s| {
            let mut start = s.start.min(chars.len());
            let mut end = s.end.min(chars.len()).max(start);
            while start < end && chars[start].is_whitespace() {
                start += 1;
            }
            while end > start && chars[end - 1].is_whitespace() {
                end -= 1;
            }
            (start < end).then_some((start, end))
        })
        .collect();
    spans.sort_unstable();
    spans.dedup();
    spans
}

/// The end of every sentence but the last.
fn boundaries(spans: &[(usize, usize)]) -> BTreeSet<usize> {
    let last = spans.iter().map(|&(_, e)| e).max();
    spans.iter().map(|&(_, e)| e).filter(|&e| Some(e) != last).collect()
}
