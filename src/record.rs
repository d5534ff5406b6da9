//! The output records: what `quarry extract` writes, what `fixtures/*.expected.json` holds
//! and what `quarry eval` reads as gold.
//!
//! # Wire format
//!
//! One JSON object per document (one per line in JSONL). All offsets are **Unicode code
//! points** into the document's text, half-open: Python's `text[start:end]` (or Rust's
//! `text.chars().skip(start).take(end - start)`) is exactly the record's `text`.
//!
//! - `id`: the document id (file stem, or the JSONL id field, or `<file>:<line>`).
//! - `schema`: `"quarry/1"`; fields are added freely, renamed only with a new version.
//! - `paragraphs` (`segment` only): `{start, end, kind}` with kind `prose`, `heading`,
//!   `item` or `byline`.
//! - `sentences` (`segment`, and `extract --sentences`): `{start, end, paragraph, text}`.
//! - `entities`: `{id, name, type, mentions: [{start, end, text, kind}], descriptors}`.
//! - `quotes`: `{id, kind, text, start, end, speaker, cue, sentence, confidence, rule}`.
//! - `claims`: `{id, kind, text, start, end, value, value_max, unit, noun, approximate,
//!   qualifier, bound, direction, per, equivalent, hedged, subject, source, sentence, rule}`.
//! - `errors`: problems met while reading this document (`{kind, message}`); the record is
//!   still complete for the text that could be read.
//!
//! A document that could not be read at all yields an [`ErrorLine`] instead:
//! `{"id": …, "error": {"kind": …, "message": …, "file": …, "line": …}}`.
//!
//! Every field of the gold-side types has a default, so gold files may leave out what they
//! do not annotate.

use serde::{Deserialize, Serialize};

/// The schema version written into every record.
pub const SCHEMA: &str = "quarry/1";

fn schema() -> String {
    SCHEMA.to_string()
}

/// The record of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The document id.
    pub id: String,
    /// The schema version, [`SCHEMA`].
    #[serde(default = "schema")]
    pub schema: String,
    /// The document text; written only on request, present in gold files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Paragraphs, written by `segment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<Vec<ParagraphRecord>>,
    /// Sentences, written by `segment` and `extract --sentences`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord>>,
    /// Entities with their mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord>>,
    /// Attributed quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<QuoteRecord>>,
    /// Numeric claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimRecord>>,
    /// Problems met while reading the document.
    #[serde(default)]
    pub errors: Vec<ErrorRecord>,
}

/// A paragraph, with its code-point offsets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `prose`, `heading`, `item` or `byline`.
    pub kind: String,
}

/// A sentence, with its code-point offsets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Index of the paragraph the sentence belongs to.
    #[serde(default)]
    pub paragraph: usize,
    /// The sentence's text (absent in some gold files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An entity: a cluster of mentions of one person, organisation, place or thing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Document-local id (`e1`, `e2`, …).
    #[serde(default)]
    pub id: String,
    /// The longest proper name in the cluster.
    #[serde(default)]
    pub name: String,
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`, `PRODUCT`, `EVENT`, `WORK`, `LAW` or `OTHER`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// Every mention of the entity, in text order.
    #[serde(default)]
    pub mentions: Vec<MentionRecord>,
    /// Descriptive phrases attached to the entity (`Huawei founder`).
    #[serde(default)]
    pub descriptors: Vec<String>,
}

/// One mention of an entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text covered.
    #[serde(default)]
    pub text: String,
    /// `name`, `alias`, `acronym`, `pronoun` or `descriptor`.
    #[serde(default)]
    pub kind: String,
}

/// An attributed quote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// Document-local id (`q1`, `q2`, …).
    #[serde(default)]
    pub id: String,
    /// `direct`, `partial`, `mixed` or `indirect`.
    #[serde(default)]
    pub kind: String,
    /// The words inside the marks, or the reported clause.
    #[serde(default)]
    pub text: String,
    /// First code point of `text`.
    pub start: usize,
    /// One past the last code point of `text`.
    pub end: usize,
    /// Who says it; null when nobody can be named.
    #[serde(default)]
    pub speaker: Option<SpeakerRecord>,
    /// The speech verb or phrase that attributes it.
    #[serde(default)]
    pub cue: Option<SpanText>,
    /// Index of the sentence the quote starts in.
    #[serde(default)]
    pub sentence: usize,
    /// How sure the rule that produced it is, from 0 to 1.
    #[serde(default)]
    pub confidence: f64,
    /// Which pattern produced it.
    #[serde(default)]
    pub rule: String,
}

/// The speaker of a quote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    /// The entity id, when the speaker was resolved to an entity.
    #[serde(default)]
    pub entity: Option<String>,
    /// The entity's canonical name, when resolved.
    #[serde(default)]
    pub name: Option<String>,
    /// The text naming the speaker where the quote is attributed.
    #[serde(default)]
    pub text: String,
    /// First code point of `text`.
    #[serde(default)]
    pub start: usize,
    /// One past the last code point of `text`.
    #[serde(default)]
    pub end: usize,
}

/// A piece of text with its code-point offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanText {
    /// The text covered.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A reference from a claim to an entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The entity id, when resolved.
    #[serde(default)]
    pub entity: Option<String>,
    /// The entity's canonical name or the text naming it.
    #[serde(default)]
    pub name: String,
}

/// A numeric claim.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// Document-local id (`c1`, `c2`, …).
    #[serde(default)]
    pub id: String,
    /// `money`, `percent`, `percentage_points`, `count`, `fraction`, `measure`, `ratio`,
    /// `rank`, `year`, `duration` or `other`.
    #[serde(default)]
    pub kind: String,
    /// The text of the quantity.
    #[serde(default)]
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The normalised value (`180 billion` → `180000000000`).
    #[serde(default)]
    pub value: Option<f64>,
    /// The upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, or a plain unit (`%`, `pp`, `km`, `barrels`, `year`); for a
    /// count, the counted noun's head word (`chips`).
    #[serde(default)]
    pub unit: Option<String>,
    /// For a count, the counted noun (`Ascend 910C chips`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    /// Whether the text marks the figure as approximate or as a bound.
    #[serde(default)]
    pub approximate: bool,
    /// The qualifying words (`approximately`, `more than`).
    #[serde(default)]
    pub qualifier: Option<String>,
    /// What the qualifier makes the figure: `approx`, `lower` (`more than`), `upper` (`up
    /// to`) or `exact`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<String>,
    /// For a change, its direction: `up` or `down` (`rose 12%`, `down from 864,230`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// The rate (`year` for `annually`).
    #[serde(default)]
    pub per: Option<String>,
    /// The id of the claim this one restates (`180 billion RMB (~US $25 billion)`: the
    /// dollar claim names the yuan claim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equivalent: Option<String>,
    /// Whether the claim is reported without a named source (`reportedly`).
    #[serde(default)]
    pub hedged: bool,
    /// The entity the figure is about.
    #[serde(default)]
    pub subject: Option<EntityRef>,
    /// Who asserts the figure.
    #[serde(default)]
    pub source: Option<EntityRef>,
    /// Index of the sentence holding the claim.
    #[serde(default)]
    pub sentence: usize,
    /// Which pattern produced it.
    #[serde(default)]
    pub rule: String,
}

/// A problem met while reading a document that could still be processed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// A short machine-readable kind (`invalid_utf8`, `truncated`, `empty`).
    pub kind: String,
    /// What happened, for a person.
    pub message: String,
}

/// The line written for a document that could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorLine {
    /// The document id, as far as it is known (`<file>:<line>` otherwise).
    pub id: String,
    /// What went wrong.
    pub error: ErrorDetail,
}

/// What went wrong with an unreadable document, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// A short machine-readable kind (`not_found`, `not_json`, `no_text_field`, `binary`).
    pub kind: String,
    /// What happened, for a person.
    pub message: String,
    /// The file it came from, if any (`-` for standard input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The 1-based line in that file, for JSONL input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}
