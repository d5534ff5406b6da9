//! Scoring quarry's output against gold records (`quarry eval`).
//!
//! Scoring is counting, as in spaCy's `PRFScore`: every task turns each document's gold
//! and system annotations into sets, adds `|system ∩ gold|` to the true positives,
//! `|system \ gold|` to the false positives and `|gold \ system|` to the false negatives
//! ([`Prf::score_sets`]), and micro-averages over all documents.
//!
//! Gold and system documents are matched by `id`. Offsets on both sides are Unicode code
//! points into the gold record's `text` (the record wire format, see [`crate::record`]).
//!
//! Each task is one function, in a file of its own, from gold and system records to its own
//! scores ([`sentences::eval_sentences`] → [`sentences::SentenceScores`]); the scores turn into a task-independent
//! [`Summary`], which prints the table, the JSON object and the `--show-errors` listing.
//! Every task (sentences, entities, quotes, claims) has its function and its case in
//! [`evaluate`].
//!
//! This module reads gold and system files ([`read_gold`], [`read_system`]) and can run the
//! pipeline over gold texts ([`system_record`], [`system_records`]); it prints nothing.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use std::str::FromStr;

use rayon::prelude::*;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use crate::record::{ErrorRecord, Record};
use crate::{Error, ErrorKind, Result};

pub mod brat;
pub mod claims;
pub mod entities;
pub mod quotes;
pub mod sentences;

pub use sentences::{eval_sentences, SentenceScores};

/// True positive, false positive and false negative counts, with the scores they give.
///
/// Serialises as `{"tp", "fp", "fn", "precision", "recall", "f1"}`; the scores are
/// derived, so deserialising reads only the counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
pub struct Prf {
    /// Items both the system and the gold have.
    pub tp: u64,
    /// Items only the system has.
    pub fp: u64,
    /// Items only the gold has.
    #[serde(rename = "fn")]
    pub fn_: u64,
}

impl Prf {
    /// Counts from their three parts.
    pub fn new(tp: u64, fp: u64, fn_: u64) -> Prf {
        Prf { tp, fp, fn_ }
    }

    /// `tp / (tp + fp)`, or 0 when the system found nothing.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, or 0 when the gold has nothing.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall, `2tp / (2tp + fp + fn)`, or 0 when
    /// both sides are empty.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// Adds another count to this one (micro-averaging).
    pub fn add(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Counts one document: what the system found against what the gold has.
    pub fn score_sets<T: Ord>(&mut self, system: &BTreeSet<T>, gold: &BTreeSet<T>) {
        let tp = system.intersection(gold).count() as u64;
        self.add(Prf::new(tp, system.len() as u64 - tp, gold.len() as u64 - tp));
    }
}

fn ratio(num: u64, den: u64) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

impl Serialize for Prf {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Prf", 6)?;
        s.serialize_field("tp", &self.tp)?;
        s.serialize_field("fp", &self.fp)?;
        s.serialize_field("fn", &self.fn_)?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("recall", &self.recall())?;
        s.serialize_field("f1", &self.f1())?;
        s.end()
    }
}

/// What `quarry eval --task` scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    /// Sentence boundaries.
    Sentences,
    /// Entity mentions and clusters.
    Entities,
    /// Attributed quotes.
    Quotes,
    /// Numeric claims.
    Claims,
}

impl Task {
    /// Every task, in the order the help text lists them.
    pub const ALL: [Task; 4] = [Task::Sentences, Task::Entities, Task::Quotes, Task::Claims];

    /// The name used on the command line and in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Task::Sentences => "sentences",
            Task::Entities => "entities",
            Task::Quotes => "quotes",
            Task::Claims => "claims",
        }
    }

    /// Whether the task can be scored: every task can, now that every stage has landed.
    pub fn ensure_scored(self) -> Result<()> {
        match self {
            Task::Sentences | Task::Entities | Task::Quotes | Task::Claims => Ok(()),
        }
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Task {
    type Err = Error;

    fn from_str(s: &str) -> Result<Task> {
        Task::ALL.into_iter().find(|t| t.as_str() == s).ok_or_else(|| {
            Error::new(ErrorKind::Usage, format!("unknown task `{s}`: expected sentences, entities, quotes or claims"))
        })
    }
}

/// A document the system did not get exactly right, for `--show-errors`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WrongDocument {
    /// The document id.
    pub id: String,
    /// The gold items, one line of text each (for sentences: each sentence's text).
    pub gold: Vec<String>,
    /// The system's items, in the same form.
    pub system: Vec<String>,
    /// Why the system side is empty, when it is for a reason other than its output
    /// (`no system record`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The system records by id; the first of duplicate ids wins.
pub(crate) fn index_by_id(records: &[Record]) -> HashMap<&str, &Record> {
    let mut map = HashMap::with_capacity(records.len());
    for r in records {
        map.entry(r.id.as_str()).or_insert(r);
    }
    map
}

/// Ids of system records that no gold record has, in system order.
pub(crate) fn unmatched_ids(gold: &[Record], system: &[Record]) -> Vec<String> {
    let gold_ids: HashSet<&str> = gold.iter().map(|r| r.id.as_str()).collect();
    system.iter().filter(|r| !gold_ids.contains(r.id.as_str())).map(|r| r.id.clone()).collect()
}

/// Scores `task`.
pub fn evaluate(task: Task, gold: &[Record], system: &[Record]) -> Result<Summary> {
    match task {
        Task::Sentences => Ok(sentences::eval_sentences(gold, system).into_summary()),
        Task::Entities => Ok(entities::eval_entities(gold, system).into_summary()),
        Task::Quotes => Ok(quotes::eval_quotes(gold, system).into_summary()),
        Task::Claims => Ok(claims::eval_claims(gold, system).into_summary()),
    }
}

/// One named score of a task (`boundaries` for sentences).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metric {
    /// What is counted.
    pub name: String,
    /// The counts.
    pub prf: Prf,
}

/// What every task reports: document counts, one or more named scores (the first is the
/// one `--min-f1` checks) and the documents it got wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The task scored.
    pub task: Task,
    /// Gold documents scored.
    pub documents: usize,
    /// Documents the system got exactly right.
    pub exact: usize,
    /// The scores, the primary one first.
    pub metrics: Vec<Metric>,
    /// Ids of gold documents with no system record.
    pub missing: Vec<String>,
    /// Ids of system records with no gold document.
    pub unmatched: Vec<String>,
    /// The documents not exactly right.
    pub wrong: Vec<WrongDocument>,
    /// Accuracies that are not precision and recall (entity link accuracy), printed after
    /// the table.
    pub rates: Vec<Rate>,
}

/// A share of items handled correctly (`pronoun links: 652 of 922`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Rate {
    /// What is counted.
    pub name: String,
    /// Items handled correctly.
    pub correct: u64,
    /// All items.
    pub total: u64,
}

impl Rate {
    /// `correct / total`, or 0 when there is nothing to count.
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.total)
    }
}

impl Summary {
    /// The primary score: the first metric (all zero if there is none).
    pub fn primary(&self) -> Metric {
        self.metrics.first().cloned().unwrap_or(Metric { name: "none".to_string(), prf: Prf::default() })
    }

    /// A table for people: one row per metric with the task, the documents, how many are
    /// exactly right (`225/233`), the counts, and precision, recall and F1 to 4 decimals.
    pub fn table(&self) -> String {
        let mut rows =
            vec![["task", "metric", "documents", "exact", "tp", "fp", "fn", "precision", "recall", "f1"]
                .map(String::from)];
        for m in &self.metrics {
            rows.push([
                self.task.to_string(),
                m.name.clone(),
                self.documents.to_string(),
                format!("{}/{}", self.exact, self.documents),
                m.prf.tp.to_string(),
                m.prf.fp.to_string(),
                m.prf.fn_.to_string(),
                format!("{:.4}", m.prf.precision()),
                format!("{:.4}", m.prf.recall()),
                format!("{:.4}", m.prf.f1()),
            ]);
        }
        let mut widths = [0; 10];
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let mut out = String::new();
        for row in &rows {
            let line: Vec<String> = row.iter().zip(widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
        let width = self.rates.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
        for r in &self.rates {
            out.push_str(&format!("{:<width$}  accuracy {:.4}  ({}/{})\n", r.name, r.accuracy(), r.correct, r.total));
        }
        out
    }

    /// One JSON object: `task`, `documents`, `exact`, the primary score's `precision`,
    /// `recall` and `f1`, every score under `metrics` by name, `missing` and `unmatched`
    /// ids, and with `with_errors` the `wrong` documents.
    pub fn to_json(&self, with_errors: bool) -> String {
        let primary = self.primary().prf;
        let json = JsonSummary {
            task: self.task.as_str(),
            documents: self.documents,
            exact: self.exact,
            precision: primary.precision(),
            recall: primary.recall(),
            f1: primary.f1(),
            metrics: MetricMap(&self.metrics),
            missing: &self.missing,
            unmatched: &self.unmatched,
            wrong: with_errors.then_some(&self.wrong),
            rates: self.rates.iter().map(|r| (r.name.as_str(), r.accuracy(), r.correct, r.total)).collect(),
        };
        // A struct of strings, numbers and string lists always serialises.
        serde_json::to_string(&json).unwrap_or_default()
    }

    /// The `--show-errors` listing: for each wrong document, its id, then the gold and the
    /// system items one per line.
    pub fn errors_listing(&self) -> String {
        let mut out = String::new();
        for w in &self.wrong {
            out.push_str(&format!("== {}\n", w.id));
            for (side, items) in [("gold", &w.gold), ("system", &w.system)] {
                out.push_str(&format!("{side} ({}):\n", items.len()));
                for item in items.iter() {
                    out.push_str("  ");
                    out.push_str(&one_line(item));
                    out.push('\n');
                }
            }
            if let Some(note) = &w.note {
                out.push_str(&format!("  ({note})\n"));
            }
            out.push('\n');
        }
        out
    }
}

/// Text on one line: line breaks and tabs shown as `⏎` and spaces.
fn one_line(s: &str) -> String {
    s.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎").replace('\t', " ")
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    task: &'a str,
    documents: usize,
    exact: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    metrics: MetricMap<'a>,
    missing: &'a [String],
    unmatched: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    wrong: Option<&'a Vec<WrongDocument>>,
    /// `(name, accuracy, correct, total)`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rates: Vec<(&'a str, f64, u64, u64)>,
}

/// Metrics as a JSON object keyed by name, in their order.
struct MetricMap<'a>(&'a [Metric]);

impl Serialize for MetricMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for m in self.0 {
            map.serialize_entry(&m.name, &m.prf)?;
        }
        map.end()
    }
}

/// Reads gold records for `task` from a JSONL file (blank lines are skipped), or from a
/// folder of brat files.
///
/// A line that is not a record, a record without `text`, or one whose annotations for the
/// task are missing or fall outside its text is a [`ErrorKind::BadGold`] error naming the
/// file and the line.
///
/// A folder is read as brat standoff files ([`brat::read_folder`]), each document checked
/// the same way.
pub fn read_gold(path: &Path, task: Task) -> Result<Vec<Record>> {
    if brat::is_brat_folder(path) {
        let records = brat::read_folder(path)?;
        for record in &records {
            check_gold(record, task).map_err(|message| Error::new(ErrorKind::BadGold, message).at(path))?;
        }
        return Ok(records);
    }
    read_jsonl(path, ErrorKind::BadGold, |record| check_gold(record, task))
}

/// Reads system records (what `quarry extract --sentences` writes) from a JSONL file, or
/// from a folder of brat files; a line that is not a record is a [`ErrorKind::NotJson`]
/// error naming the file and line.
pub fn read_system(path: &Path) -> Result<Vec<Record>> {
    if brat::is_brat_folder(path) {
        return brat::read_folder(path);
    }
    read_jsonl(path, ErrorKind::NotJson, |_| Ok(()))
}

fn read_jsonl(
    path: &Path,
    kind: ErrorKind,
    check: impl Fn(&Record) -> std::result::Result<(), String>,
) -> Result<Vec<Record>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(e, path))?;
    let mut records = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let n = i as u64 + 1;
        let fail = |message: String| Error::new(kind.clone(), message).at(path).line(n);
        let line = line.map_err(|e| fail(format!("cannot read the line: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| fail(format!("not a record: {e}")))?;
        check(&record).map_err(fail)?;
        records.push(record);
    }
    Ok(records)
}

/// What a gold record needs for `task`.
fn check_gold(record: &Record, task: Task) -> std::result::Result<(), String> {
    let id = &record.id;
    let Some(text) = &record.text else {
        return Err(format!("gold record `{id}` has no `text`"));
    };
    match task {
        Task::Sentences => {
            let Some(sentences) = &record.sentences else {
                return Err(format!("gold record `{id}` has no `sentences`"));
            };
            let len = text.chars().count();
            if let Some(s) = sentences.iter().find(|s| s.start > s.end || s.end > len) {
                return Err(format!(
                    "gold record `{id}`: sentence [{}..{}] is outside its text of {len} code points",
                    s.start, s.end
                ));
            }
            Ok(())
        }
        Task::Quotes => {
            let Some(quotes) = &record.quotes else {
                return Err(format!("gold record `{id}` has no `quotes`"));
            };
            let len = text.chars().count();
            if let Some(q) = quotes.iter().find(|q| q.start > q.end || q.end > len) {
                return Err(format!(
                    "gold record `{id}`: quote [{}..{}] is outside its text of {len} code points",
                    q.start, q.end
                ));
            }
            Ok(())
        }
        Task::Claims => {
            let Some(claims) = &record.claims else {
                return Err(format!("gold record `{id}` has no `claims`"));
            };
            let len = text.chars().count();
            if let Some(c) = claims.iter().find(|c| c.start > c.end || c.end > len) {
                return Err(format!(
                    "gold record `{id}`: claim [{}..{}] is outside its text of {len} code points",
                    c.start, c.end
                ));
            }
            Ok(())
        }
        Task::Entities => Ok(()),
    }
}

/// Runs the pipeline over one text: what `quarry extract --sentences` writes for it
/// (sentences and extraction, no paragraphs, no text); the same as
/// [`crate::check::extract_fixture`].
pub fn system_record(id: &str, text: &str) -> Record {
    crate::check::extract_fixture(id, text)
}

/// The error kind of a system record whose text made the pipeline panic (a bug).
pub const PANIC_ERROR: &str = "panic";

/// Runs the pipeline over every gold record's text, in parallel, in gold order.
///
/// A document that makes the pipeline panic (always a bug) does not stop the run: its
/// record has no sentences and one error of kind [`PANIC_ERROR`] with the panic message,
/// so it is scored as all missed and listed as wrong.
pub fn system_records(gold: &[Record]) -> Vec<Record> {
    gold.par_iter()
        .map(|g| {
            let text = g.text.as_deref().unwrap_or("");
            crate::check::extract_catching(&g.id, text, &[]).unwrap_or_else(|message| Record {
                id: g.id.clone(),
                schema: crate::record::SCHEMA.to_string(),
                errors: vec![ErrorRecord { kind: PANIC_ERROR.to_string(), message }],
                ..Record::default()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::SentenceRecord;

    fn gold(id: &str, text: &str, spans: &[(usize, usize)]) -> Record {
        Record {
            id: id.to_string(),
            text: Some(text.to_string()),
            sentences: Some(sentences(spans)),
            ..Record::default()
        }
    }

    fn system(id: &str, spans: &[(usize, usize)]) -> Record {
        Record { id: id.to_string(), sentences: Some(sentences(spans)), ..Record::default() }
    }

    fn sentences(spans: &[(usize, usize)]) -> Vec<SentenceRecord> {
        spans.iter().map(|&(start, end)| SentenceRecord { start, end, paragraph: 0, text: None }).collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn prf_on_known_counts() {
        let p = Prf::new(8, 2, 4);
        assert!(close(p.precision(), 0.8));
        assert!(close(p.recall(), 8.0 / 12.0));
        assert!(close(p.f1(), 16.0 / 22.0));
        let mut sum = Prf::new(1, 0, 0);
        sum.add(Prf::new(2, 3, 4));
        assert_eq!(sum, Prf::new(3, 3, 4));
    }

    #[test]
    fn prf_is_zero_when_undefined() {
        let empty = Prf::default();
        assert_eq!((empty.precision(), empty.recall(), empty.f1()), (0.0, 0.0, 0.0));
        let nothing_found = Prf::new(0, 0, 5);
        assert_eq!((nothing_found.precision(), nothing_found.f1()), (0.0, 0.0));
    }

    #[test]
    fn prf_counts_sets() {
        let mut p = Prf::default();
        let system: BTreeSet<u32> = [1, 2, 3].into();
        let gold: BTreeSet<u32> = [2, 3, 4, 5].into();
        p.score_sets(&system, &gold);
        assert_eq!(p, Prf::new(2, 1, 2));
    }

    #[test]
    fn prf_serialises_counts_and_scores() {
        let json = serde_json::to_value(Prf::new(1, 1, 0)).unwrap();
        assert_eq!(json["fn"], 0);
        assert_eq!(json["precision"], 0.5);
        let back: Prf = serde_json::from_value(json).unwrap();
        assert_eq!(back, Prf::new(1, 1, 0));
    }

    #[test]
    fn sentences_are_trimmed_before_comparing() {
        let g = gold("a", "One. Two. Three.", &[(0, 4), (5, 9), (10, 16)]);
        let s = system("a", &[(0, 5), (5, 10), (10, 16)]);
        let scores = eval_sentences(&[g], &[s]);
        assert_eq!((scores.documents, scores.exact), (1, 1));
        assert_eq!(scores.boundaries, Prf::new(2, 0, 0));
        assert!(scores.wrong.is_empty());
    }

    #[test]
    fn a_missed_boundary_is_a_false_negative() {
        let g = gold("a", "One. Two. Three.", &[(0, 4), (5, 9), (10, 16)]);
        let s = system("a", &[(0, 9), (10, 16)]);
        let scores = eval_sentences(&[g], &[s]);
        assert_eq!(scores.exact, 0);
        assert_eq!(scores.boundaries, Prf::new(1, 0, 1));
        assert_eq!(scores.wrong[0].gold, ["One.", "Two.", "Three."]);
        assert_eq!(scores.wrong[0].system, ["One. Two.", "Three."]);
    }

    #[test]
    fn a_gold_document_without_system_record_misses_everything() {
        let a = gold("a", "One. Two.", &[(0, 4), (5, 9)]);
        let b = gold("b", "Three. Four.", &[(0, 6), (7, 12)]);
        let scores = eval_sentences(&[a, b], &[system("b", &[(0, 6), (7, 12)]), system("c", &[])]);
        assert_eq!((scores.documents, scores.exact), (2, 1));
        assert_eq!(scores.boundaries, Prf::new(1, 0, 1));
        assert_eq!(scores.missing, ["a"]);
        assert_eq!(scores.unmatched, ["c"]);
        assert_eq!(scores.wrong[0].note.as_deref(), Some("no system record"));
    }

    #[test]
    fn offsets_are_code_points_and_out_of_range_spans_are_clipped() {
        let g = gold("a", "“Hi.” Bye.", &[(0, 5), (6, 10)]);
        let s = system("a", &[(0, 5), (6, 99)]);
        let scores = eval_sentences(&[g], &[s]);
        assert_eq!(scores.exact, 1);
        assert_eq!(scores.boundaries, Prf::new(1, 0, 0));
    }

    #[test]
    fn summary_prints_a_table_and_json() {
        let g = gold("a", "One. Two. Three.", &[(0, 4), (5, 9), (10, 16)]);
        let s = system("a", &[(0, 9), (10, 16)]);
        let summary = evaluate(Task::Sentences, &[g], &[s]).unwrap();
        let table = summary.table();
        assert!(table.contains("sentences"), "{table}");
        assert!(table.contains("0/1"), "{table}");
        assert!(table.contains("1.0000") && table.contains("0.5000"), "{table}");
        let json: serde_json::Value = serde_json::from_str(&summary.to_json(true)).unwrap();
        assert_eq!(json["documents"], 1);
        assert_eq!(json["metrics"]["boundaries"]["fn"], 1);
        assert_eq!(json["recall"], 0.5);
        assert_eq!(json["wrong"][0]["id"], "a");
        let listing = summary.errors_listing();
        assert!(listing.starts_with("== a\ngold (3):\n  One.\n"), "{listing}");
    }

    #[test]
    fn every_task_is_scored() {
        for task in Task::ALL {
            assert!(task.ensure_scored().is_ok(), "{task}");
            assert_eq!(evaluate(task, &[], &[]).unwrap().task, task);
        }
        assert_eq!("quotes".parse::<Task>().unwrap(), Task::Quotes);
        assert!("nonsense".parse::<Task>().is_err());
    }
}
