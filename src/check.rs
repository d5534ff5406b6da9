//! Fixture comparison (`quarry check`): re-extract fixture articles and compare the records
//! with the expected ones, with a diff a person can read.
//!
//! A fixture folder holds `<slug>.txt` articles with `<slug>.expected.json` beside them: the
//! pretty-printed [`Record`] that `quarry extract --sentences` writes for the article
//! ([`extract_fixture`]). [`check_dir`] walks such a folder; with `bless` it writes the
//! expected files instead of failing, and the review happens in `git diff`.
//!
//! [`compare`] is the one comparison used by `quarry check` and by the integration tests. It
//! matches the items of every array by identity (sentences, quotes and claims by start, end
//! and text; entities by name and type; their mentions by start, end and text; paragraphs by
//! start and end; errors by kind and message) and reports what is only in the expected
//! record, what is only in the actual one, and which fields of a matched item changed.
//! Numbers are compared with a small relative tolerance; a field that is absent counts the
//! same as one that is `null`. The comparison works on the records' JSON form, so fields
//! added to the record types later are compared without changes here.
//!
//! This module reads and writes files but prints nothing.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::input::{InputOptions, Inputs};
use crate::output::RecordOptions;
use crate::record::{ErrorRecord, Record};
use crate::{Error, Result};

/// Runs the pipeline over one fixture article, as `quarry extract --sentences` does: the
/// record carries sentences, entities, quotes and claims, but no paragraphs and no text.
pub fn extract_fixture(id: &str, text: &str) -> Record {
    extract_with_errors(id, text, &[])
}

/// [`extract_fixture`] with the problems met while reading the text, catching a panic of
/// the pipeline (always a bug) as its message, so that one bad document does not stop a
/// run over many (`quarry check`, `quarry eval`).
pub(crate) fn extract_catching(id: &str, text: &str, errors: &[ErrorRecord]) -> std::result::Result<Record, String> {
    std::panic::catch_unwind(|| extract_with_errors(id, text, errors)).map_err(|payload| {
        let why = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("no message");
        format!("the pipeline panicked: {why}")
    })
}

/// [`extract_fixture`], with the problems met while reading the article.
fn extract_with_errors(id: &str, text: &str, errors: &[ErrorRecord]) -> Record {
    let opts = RecordOptions { sentences: true, paragraphs: false, extraction: true, text: false, sentence_text: true };
    crate::output::process(id, text.to_string(), errors, opts)
}

/// One difference between an expected and an actual record.
///
/// `item` names what differs in words, e.g. `sentence [12..57] “He left.”`,
/// `quote q2 [873..929] “Our single chip…”`, `claim c1 [3..18] “180 billion RMB”`,
/// `entity e1 PERSON “Ren Zhengfei”` or `record` for the record's own fields. Displayed on
/// one line: `- item` (only in expected), `+ item` (only in actual),
/// `~ item: field expected → actual` (changed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// An item the expected record has and the actual one lacks.
    OnlyExpected {
        /// The item, described.
        item: String,
    },
    /// An item the actual record has and the expected one lacks.
    OnlyActual {
        /// The item, described.
        item: String,
    },
    /// A field of an item both records have.
    Changed {
        /// The item, described as in the expected record.
        item: String,
        /// The field's name; nested fields are dotted (`speaker.entity`).
        field: String,
        /// The expected value as JSON, or `absent`.
        expected: String,
        /// The actual value as JSON, or `absent`.
        actual: String,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::OnlyExpected { item } => write!(f, "- {item}"),
            Difference::OnlyActual { item } => write!(f, "+ {item}"),
            Difference::Changed { item, field, expected, actual } => {
                write!(f, "~ {item}: {field} {expected} → {actual}")
            }
        }
    }
}

/// How one array of the record is compared.
struct ArraySpec {
    /// The record field holding the array.
    field: &'static str,
    /// What one item is called.
    noun: &'static str,
    /// The fields that identify an item.
    key: &'static [&'static str],
    /// An array inside each item compared item by item (an entity's mentions).
    nested: Option<&'static ArraySpec>,
}

const MENTIONS: ArraySpec =
    ArraySpec { field: "mentions", noun: "mention", key: &["start", "end", "text"], nested: None };

const ARRAYS: [ArraySpec; 6] = [
    ArraySpec { field: "paragraphs", noun: "paragraph", key: &["start", "end"], nested: None },
    ArraySpec { field: "sentences", noun: "sentence", key: &["start", "end", "text"], nested: None },
    ArraySpec { field: "entities", noun: "entity", key: &["name", "type"], nested: Some(&MENTIONS) },
    ArraySpec { field: "quotes", noun: "quote", key: &["start", "end", "text"], nested: None },
    ArraySpec { field: "claims", noun: "claim", key: &["start", "end", "text"], nested: None },
    ArraySpec { field: "errors", noun: "error", key: &["kind", "message"], nested: None },
];

/// The longest text quoted in an item description or a value before it is cut with `…`.
const CLIP: usize = 80;

/// Compares two records and lists their differences: first the record's own fields, then
/// paragraphs, sentences, entities, quotes, claims and errors, each in text order.
pub fn compare(expected: &Record, actual: &Record) -> Vec<Difference> {
    let expected = to_object(expected);
    let actual = to_object(actual);
    let mut out = Vec::new();
    for key in union_keys(&expected, &actual) {
        if !ARRAYS.iter().any(|spec| spec.field == key) {
            diff_values("record", key, expected.get(key), actual.get(key), &mut out);
        }
    }
    for spec in &ARRAYS {
        let (e, a) = (expected.get(spec.field), actual.get(spec.field));
        if is_absent(e) != is_absent(a) {
            out.push(Difference::Changed {
                item: "record".to_string(),
                field: spec.field.to_string(),
                expected: presence(e),
                actual: presence(a),
            });
        }
        diff_array(spec, items(e), items(a), None, &mut out);
    }
    out
}

fn to_object(record: &Record) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn items(value: Option<&Value>) -> &[Value] {
    match value {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

fn is_absent(value: Option<&Value>) -> bool {
    matches!(value, None | Some(Value::Null))
}

fn presence(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "absent".to_string(),
        Some(Value::Array(items)) => format!("{} items", items.len()),
        Some(other) => render(Some(other)),
    }
}

/// The keys of `a` then those only in `b`.
fn union_keys<'a>(a: &'a Map<String, Value>, b: &'a Map<String, Value>) -> Vec<&'a str> {
    let mut keys: Vec<&str> = a.keys().map(String::as_str).collect();
    keys.extend(b.keys().map(String::as_str).filter(|k| !a.contains_key(*k)));
    keys
}

/// Compares one field; objects are compared field by field under a dotted path.
fn diff_values(item: &str, field: &str, expected: Option<&Value>, actual: Option<&Value>, out: &mut Vec<Difference>) {
    if let (Some(Value::Object(e)), Some(Value::Object(a))) = (expected, actual) {
        for key in union_keys(e, a) {
            diff_values(item, &format!("{field}.{key}"), e.get(key), a.get(key), out);
        }
        return;
    }
    let same = match (expected, actual) {
        (Some(e), Some(a)) => close(e, a),
        (e, a) => is_absent(e) && is_absent(a),
    };
    if !same {
        out.push(Difference::Changed {
            item: item.to_string(),
            field: field.to_string(),
            expected: render(expected),
            actual: render(actual),
        });
    }
}

/// Whether two JSON values are equal, numbers within a relative tolerance.
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(i), Some(j)) = (x.as_i64(), y.as_i64()) {
                i == j
            } else if let (Some(i), Some(j)) = (x.as_u64(), y.as_u64()) {
                i == j
            } else {
                let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
                x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1e-300)
            }
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y)),
        (Value::Object(x), Value::Object(y)) => union_keys(x, y).into_iter().all(|k| match (x.get(k), y.get(k)) {
            (Some(x), Some(y)) => close(x, y),
            (x, y) => is_absent(x) && is_absent(y),
        }),
        _ => a == b,
    }
}

/// A value for a person: JSON, `absent` when missing, cut when long.
fn render(value: Option<&Value>) -> String {
    match value {
        None => "absent".to_string(),
        Some(v) => clip(&v.to_string()),
    }
}

/// Text on one line, cut at [`CLIP`] code points.
fn clip(s: &str) -> String {
    let one_line: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if one_line.chars().count() <= CLIP {
        one_line
    } else {
        let mut cut: String = one_line.chars().take(CLIP - 1).collect();
        cut.push('…');
        cut
    }
}

/// Compares two arrays item by item, and appends the differences in text order.
fn diff_array(spec: &ArraySpec, expected: &[Value], actual: &[Value], parent: Option<&str>, out: &mut Vec<Difference>) {
    let mut unmatched: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (j, a) in actual.iter().enumerate() {
        unmatched.entry(key(spec, a)).or_default().push_back(j);
    }
    // (position in the text, differences), sorted stably by position at the end.
    let mut groups: Vec<(u64, Vec<Difference>)> = Vec::new();
    for e in expected {
        let item = describe(spec, e, parent);
        let Some(j) = unmatched.get_mut(&key(spec, e)).and_then(VecDeque::pop_front) else {
            groups.push((position(e), vec![Difference::OnlyExpected { item }]));
            continue;
        };
        let a = &actual[j];
        let mut diffs = Vec::new();
        if let (Value::Object(eo), Value::Object(ao)) = (e, a) {
            for field in union_keys(eo, ao) {
                let is_key = spec.key.contains(&field);
                let is_nested = spec.nested.is_some_and(|n| n.field == field);
                if !is_key && !is_nested {
                    diff_values(&item, field, eo.get(field), ao.get(field), &mut diffs);
                }
            }
        }
        if let Some(nested) = spec.nested {
            let (en, an) = (items(e.get(nested.field)), items(a.get(nested.field)));
            diff_array(nested, en, an, Some(&item), &mut diffs);
        }
        groups.push((position(e), diffs));
    }
    let mut rest: Vec<usize> = unmatched.into_values().flatten().collect();
    rest.sort_unstable();
    for j in rest {
        let item = describe(spec, &actual[j], parent);
        groups.push((position(&actual[j]), vec![Difference::OnlyActual { item }]));
    }
    groups.sort_by_key(|(pos, _)| *pos);
    out.extend(groups.into_iter().flat_map(|(_, diffs)| diffs));
}

/// The identity of an item: its key fields as JSON.
fn key(spec: &ArraySpec, item: &Value) -> String {
    let fields: Vec<&Value> = spec.key.iter().map(|k| item.get(k).unwrap_or(&Value::Null)).collect();
    serde_json::to_string(&fields).unwrap_or_default()
}

/// Where an item starts in the text: its `start`, or its first mention's.
fn position(item: &Value) -> u64 {
    if let Some(start) = item.get("start").and_then(Value::as_u64) {
        return start;
    }
    items(item.get("mentions")).iter().filter_map(|m| m.get("start").and_then(Value::as_u64)).min().unwrap_or(u64::MAX)
}

/// An item in words: `sentence [0..8] “He left.”`, `entity e1 PERSON “Ren Zhengfei”`,
/// `mention [3..6] “Ren” of entity e1 PERSON “Ren Zhengfei”`, `error kind: message`.
fn describe(spec: &ArraySpec, item: &Value, parent: Option<&str>) -> String {
    let text = |field: &str| item.get(field).and_then(Value::as_str).filter(|s| !s.is_empty());
    let mut parts = vec![spec.noun.to_string()];
    if spec.field == "errors" {
        let kind = text("kind").unwrap_or("?");
        let message = text("message").unwrap_or("");
        return clip(&format!("error {kind}: {message}"));
    }
    if let Some(id) = text("id") {
        parts.push(id.to_string());
    }
    if let Some(kind) = text("type") {
        parts.push(kind.to_string());
    }
    let start = item.get("start").and_then(Value::as_u64);
    let end = item.get("end").and_then(Value::as_u64);
    if let (Some(start), Some(end)) = (start, end) {
        parts.push(format!("[{start}..{end}]"));
    }
    if let Some(words) = text("text").or_else(|| text("name")) {
        parts.push(format!("“{}”", clip(words)));
    }
    let mut out = parts.join(" ");
    if let Some(parent) = parent {
        out.push_str(" of ");
        out.push_str(parent);
    }
    out
}

/// What happened to one fixture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixtureStatus {
    /// The extraction matches the expected record.
    Passed,
    /// The extraction differs from the expected record.
    Failed(Vec<Difference>),
    /// The fixture could not be compared: no expected file (run with `--bless`), an
    /// unreadable article, an expected file that is not a record, or a failed write.
    Problem(String),
    /// An expected file with no article beside it; a failure unless blessing (blessing
    /// does not delete it).
    Stale,
    /// Blessing wrote an expected file where there was none.
    Created,
    /// Blessing rewrote an expected file that differed; these were the differences.
    Updated(Vec<Difference>),
    /// Blessing rewrote an expected file that was not a readable record, for this reason.
    Replaced(String),
}

/// One fixture and what happened to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixtureResult {
    /// The article's file stem (`wire-story` for `wire-story.txt`), which is also its id.
    pub slug: String,
    /// What happened.
    pub status: FixtureStatus,
}

impl FixtureResult {
    /// Whether the expected file was written.
    pub fn written(&self) -> bool {
        matches!(self.status, FixtureStatus::Created | FixtureStatus::Updated(_) | FixtureStatus::Replaced(_))
    }
}

/// What [`check_dir`] found, fixture by fixture in file-name order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckReport {
    /// Every article, and every expected file without one, sorted by slug.
    pub fixtures: Vec<FixtureResult>,
    /// Whether the run was blessing (writing expected files).
    pub bless: bool,
}

impl CheckReport {
    /// Whether this fixture counts as a failure.
    pub fn is_failure(&self, fixture: &FixtureResult) -> bool {
        match fixture.status {
            FixtureStatus::Failed(_) | FixtureStatus::Problem(_) => true,
            FixtureStatus::Stale => !self.bless,
            _ => false,
        }
    }

    /// How many fixtures failed.
    pub fn failed(&self) -> usize {
        self.fixtures.iter().filter(|f| self.is_failure(f)).count()
    }

    /// How many fixtures passed (blessed ones included, stale expected files not).
    pub fn passed(&self) -> usize {
        self.fixtures.iter().filter(|f| !matches!(f.status, FixtureStatus::Stale) && !self.is_failure(f)).count()
    }

    /// The fixtures whose expected file was written.
    pub fn written(&self) -> impl Iterator<Item = &FixtureResult> {
        self.fixtures.iter().filter(|f| f.written())
    }

    /// Whether nothing failed.
    pub fn success(&self) -> bool {
        self.failed() == 0
    }
}

/// The expected file of an article.
pub fn expected_path(dir: &Path, slug: &str) -> PathBuf {
    dir.join(format!("{slug}.expected.json"))
}

const EXPECTED_SUFFIX: &str = ".expected.json";

/// Checks every `*.txt` article of `dir` (not its subfolders) against its
/// `<slug>.expected.json`, in file-name order.
///
/// A missing expected file is a failure; with `bless`, expected files that are missing,
/// unreadable or different are written (pretty-printed JSON and a final newline) instead,
/// and the report says which. An expected file with no article is reported as stale.
/// Only a folder that cannot be listed is an error; problems with one fixture are part of
/// the report.
pub fn check_dir(dir: &Path, bless: bool) -> Result<CheckReport> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(e, dir))?;
    let mut articles: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut expected: BTreeMap<String, PathBuf> = BTreeMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(e, dir))?;
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(slug) = name.strip_suffix(EXPECTED_SUFFIX) {
            expected.insert(slug.to_string(), path);
        } else if let Some(slug) = name.strip_suffix(".txt") {
            articles.insert(slug.to_string(), path);
        }
    }
    let mut fixtures: Vec<FixtureResult> = articles
        .iter()
        .map(|(slug, path)| FixtureResult {
            slug: slug.clone(),
            status: check_one(slug, path, &expected_path(dir, slug), bless),
        })
        .collect();
    for slug in expected.keys().filter(|s| !articles.contains_key(*s)) {
        fixtures.push(FixtureResult { slug: slug.clone(), status: FixtureStatus::Stale });
    }
    fixtures.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(CheckReport { fixtures, bless })
}

fn check_one(slug: &str, article: &Path, expected_file: &Path, bless: bool) -> FixtureStatus {
    // Read as `quarry extract` reads a text file: the same decoding, limits and errors.
    let mut inputs = Inputs::new([article], InputOptions::default());
    let actual = match inputs.next() {
        Some(Ok(raw)) => match extract_catching(slug, &raw.text, &raw.errors) {
            Ok(record) => record,
            Err(problem) => return FixtureStatus::Problem(problem),
        },
        Some(Err(e)) => return FixtureStatus::Problem(format!("cannot read the article: {e}")),
        None => return FixtureStatus::Problem("cannot read the article".to_string()),
    };
    let old = match std::fs::read_to_string(expected_file) {
        Ok(json) => {
            serde_json::from_str::<Record>(&json).map_err(|e| format!("the expected file is not a record: {e}"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if !bless {
                return FixtureStatus::Problem("no expected file; run with --bless".to_string());
            }
            return match write_expected(expected_file, &actual) {
                Ok(()) => FixtureStatus::Created,
                Err(problem) => FixtureStatus::Problem(problem),
            };
        }
        Err(e) => Err(format!("cannot read the expected file: {e}")),
    };
    match old {
        Ok(old) => {
            let differences = compare(&old, &actual);
            if differences.is_empty() {
                FixtureStatus::Passed
            } else if !bless {
                FixtureStatus::Failed(differences)
            } else {
                match write_expected(expected_file, &actual) {
                    Ok(()) => FixtureStatus::Updated(differences),
                    Err(problem) => FixtureStatus::Problem(problem),
                }
            }
        }
        Err(problem) if bless => match write_expected(expected_file, &actual) {
            Ok(()) => FixtureStatus::Replaced(problem),
            Err(write_problem) => FixtureStatus::Problem(write_problem),
        },
        Err(problem) => FixtureStatus::Problem(problem),
    }
}

/// Writes a record as an expected file: pretty-printed JSON and a final newline.
fn write_expected(path: &Path, record: &Record) -> std::result::Result<(), String> {
    let mut json = serde_json::to_string_pretty(record).map_err(|e| format!("cannot serialise the record: {e}"))?;
    json.push('\n');
    std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ClaimRecord, SentenceRecord};

    fn sentence(start: usize, end: usize, text: &str) -> SentenceRecord {
        SentenceRecord { start, end, paragraph: 0, text: Some(text.to_string()) }
    }

    fn claim(id: &str, text: &str, value: f64) -> ClaimRecord {
        ClaimRecord {
            id: id.to_string(),
            kind: "money".to_string(),
            text: text.to_string(),
            start: 10,
            end: 25,
            value: Some(value),
            unit: Some("CNY".to_string()),
            ..ClaimRecord::default()
        }
    }

    fn record(sentences: Vec<SentenceRecord>, claims: Vec<ClaimRecord>) -> Record {
        Record {
            id: "doc".to_string(),
            schema: crate::record::SCHEMA.to_string(),
            sentences: Some(sentences),
            entities: Some(vec![]),
            quotes: Some(vec![]),
            claims: Some(claims),
            ..Record::default()
        }
    }

    #[test]
    fn identical_records_have_no_differences() {
        let r = record(vec![sentence(0, 8, "He left.")], vec![claim("c1", "x", 1.0)]);
        assert!(compare(&r, &r.clone()).is_empty());
    }

    #[test]
    fn finds_added_removed_and_changed_items() {
        let expected = record(
            vec![sentence(0, 8, "He left."), sentence(9, 20, "She stayed.")],
            vec![claim("c1", "180 billion RMB", 1.8e11)],
        );
        let actual = record(
            vec![sentence(0, 8, "He left."), sentence(9, 21, "She stayed!!")],
            vec![claim("c1", "180 billion RMB", 1.9e11)],
        );
        let lines: Vec<String> = compare(&expected, &actual).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "- sentence [9..20] “She stayed.”",
                "+ sentence [9..21] “She stayed!!”",
                "~ claim c1 [10..25] “180 billion RMB”: value 180000000000.0 → 190000000000.0",
            ]
        );
    }

    #[test]
    fn floats_within_tolerance_are_equal() {
        let a = record(vec![], vec![claim("c1", "one-third", 1.0 / 3.0)]);
        let b = record(vec![], vec![claim("c1", "one-third", 0.333_333_333_333_333_4)]);
        assert!(compare(&a, &b).is_empty());
    }

    #[test]
    fn nested_fields_and_mentions_are_compared() {
        use crate::record::{EntityRecord, MentionRecord};
        let mention = |start, end, text: &str, kind: &str| MentionRecord {
            start,
            end,
            text: text.to_string(),
            kind: kind.to_string(),
        };
        let entity = |mentions| EntityRecord {
            id: "e1".to_string(),
            name: "Ren Zhengfei".to_string(),
            kind: "PERSON".to_string(),
            mentions,
            descriptors: vec![],
        };
        let mut expected = record(vec![], vec![]);
        expected.entities =
            Some(vec![entity(vec![mention(0, 12, "Ren Zhengfei", "name"), mention(20, 22, "He", "pronoun")])]);
        let mut actual = expected.clone();
        actual.entities = Some(vec![entity(vec![mention(0, 12, "Ren Zhengfei", "alias")])]);
        actual.sentences = None;
        let lines: Vec<String> = compare(&expected, &actual).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "~ record: sentences 0 items → absent",
                "~ mention [0..12] “Ren Zhengfei” of entity e1 PERSON “Ren Zhengfei”: \
                 kind \"name\" → \"alias\"",
                "- mention [20..22] “He” of entity e1 PERSON “Ren Zhengfei”",
            ]
        );
    }

    #[test]
    fn duplicate_items_are_matched_one_to_one() {
        let expected = record(vec![sentence(0, 3, "Hi."), sentence(0, 3, "Hi.")], vec![]);
        let actual = record(vec![sentence(0, 3, "Hi.")], vec![]);
        let lines: Vec<String> = compare(&expected, &actual).iter().map(ToString::to_string).collect();
        assert_eq!(lines, ["- sentence [0..3] “Hi.”"]);
    }

    #[test]
    fn long_texts_are_clipped_to_one_line() {
        let long = "word ".repeat(40) + "\nend";
        let d = Difference::OnlyActual {
            item: describe(&ARRAYS[1], &serde_json::json!({"start": 0, "end": 1, "text": long}), None),
        };
        let line = d.to_string();
        assert!(!line.contains('\n') && line.ends_with("…”"), "{line}");
    }
}
