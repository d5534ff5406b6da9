//! From a document and its extraction to the output [`Record`], with code-point offsets.
//!
//! Offsets are converted here and nowhere else, through one [`CharIndex`] per document.
//! [`RecordWriter`] then lays the serialized records out as JSONL or as one JSON array;
//! [`tables`] lays records out as CSV or TSV tables, and [`brat`] as brat standoff files.

use std::io::{self, Write};

pub mod brat;
pub mod tables;

mod json;

pub use json::write_record;

use crate::entities::Entities;
use crate::record::{
    ClaimRecord, EntityRecord, EntityRef, ErrorRecord, MentionRecord, ParagraphRecord, QuoteRecord, Record,
    SentenceRecord, SpanText, SpeakerRecord, SCHEMA,
};
use crate::span::{CharIndex, Span};
use crate::{Document, Extraction};

/// Which optional parts a record carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordOptions {
    /// Write the sentences (`extract --sentences`, and always for `segment`).
    pub sentences: bool,
    /// Write the paragraphs (`segment`).
    pub paragraphs: bool,
    /// Write the entity, quote and claim arrays (`extract`).
    pub extraction: bool,
    /// Write the document text itself.
    pub text: bool,
    /// Write each sentence's text beside its offsets (fixtures do, for readable diffs).
    pub sentence_text: bool,
}

/// Runs the whole pipeline on one text ([`Processed::new`]) and builds its record: how
/// `check`, `eval` and `show` turn a text into a record (`extract` and `segment` keep the
/// [`Processed`] document and lay it out per format).
pub fn process(id: impl Into<String>, text: String, errors: &[ErrorRecord], opts: RecordOptions) -> Record {
    Processed::new(id, text, errors.to_vec(), opts).record()
}

/// A document after the whole pipeline, before it is laid out: what the batch runner holds
/// between processing a text and writing it, as JSON (straight from the document, with
/// [`write_record`]) or as a [`Record`] for the other layouts.
#[derive(Debug)]
pub struct Processed {
    /// The segmented document.
    pub doc: Document,
    /// What the extraction stages found (empty unless `opts.extraction`).
    pub extraction: Extraction,
    /// Problems met while reading the text.
    pub errors: Vec<ErrorRecord>,
    /// Which parts its record carries.
    pub opts: RecordOptions,
}

impl Processed {
    /// Segments the text and runs the extraction stages when `opts.extraction` asks for
    /// them: the one place where the pipeline runs on a text.
    pub fn new(id: impl Into<String>, text: String, errors: Vec<ErrorRecord>, opts: RecordOptions) -> Processed {
        let doc = crate::segment(id, text);
        let extraction = if opts.extraction { crate::extract(&doc) } else { Extraction::default() };
        Processed { doc, extraction, errors, opts }
    }

    /// The owned record.
    pub fn record(&self) -> Record {
        record(&self.doc, &self.extraction, &self.errors, self.opts)
    }

    /// Appends the record's JSON (one line, no new line) to `out`: the same bytes as
    /// serializing [`Processed::record`], without building it.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        write_record(&self.doc, &self.extraction, &self.errors, self.opts, out)
    }
}

/// A quote's confidence as written: two decimals.
fn confidence(c: f32) -> f64 {
    (f64::from(c) * 100.0).round() / 100.0
}

/// Builds the record of one document.
pub fn record(doc: &Document, extraction: &Extraction, errors: &[ErrorRecord], opts: RecordOptions) -> Record {
    let text = doc.text();
    let index = CharIndex::new(text);
    let paragraphs = opts.paragraphs.then(|| {
        doc.paragraphs()
            .iter()
            .map(|p| {
                let (start, end) = index.chars(text, p.span);
                ParagraphRecord { start, end, kind: p.kind.as_str().to_string() }
            })
            .collect()
    });
    let sentences = opts.sentences.then(|| {
        doc.sentences()
            .iter()
            .map(|s| {
                let (start, end) = index.chars(text, s.span);
                SentenceRecord {
                    start,
                    end,
                    paragraph: s.paragraph,
                    text: opts.sentence_text.then(|| doc.slice(s.span).to_string()),
                }
            })
            .collect()
    });
    Record {
        id: doc.id().to_string(),
        schema: SCHEMA.to_string(),
        text: opts.text.then(|| text.to_string()),
        paragraphs,
        sentences,
        entities: opts.extraction.then(|| entity_records(doc, &extraction.entities, &index)),
        quotes: opts.extraction.then(|| quote_records(doc, extraction, &index)),
        claims: opts.extraction.then(|| claim_records(doc, extraction, &index)),
        errors: errors.to_vec(),
    }
}

/// A span as text with code-point offsets.
fn span_text(doc: &Document, index: &CharIndex, span: Span) -> SpanText {
    let (start, end) = index.chars(doc.text(), span);
    SpanText { text: doc.slice(span).to_string(), start, end }
}

/// The record form of a reference to entity `entity`.
fn entity_ref(entities: &Entities, entity: usize) -> EntityRef {
    EntityRef { entity: Some(Entities::id(entity)), name: entities.entities[entity].name.clone() }
}

fn entity_records(doc: &Document, entities: &Entities, index: &CharIndex) -> Vec<EntityRecord> {
    entities
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| EntityRecord {
            id: Entities::id(i),
            name: e.name.clone(),
            kind: e.kind.as_str().to_string(),
            mentions: e
                .mentions
                .iter()
                .map(|&m| {
                    let m = &entities.mentions[m];
                    let SpanText { text, start, end } = span_text(doc, index, m.span);
                    MentionRecord { start, end, text, kind: m.kind.as_str().to_string() }
                })
                .collect(),
            descriptors: e.descriptors.iter().map(|&d| doc.slice(d).to_string()).collect(),
        })
        .collect()
}

fn quote_records(doc: &Document, extraction: &Extraction, index: &CharIndex) -> Vec<QuoteRecord> {
    let entities = &extraction.entities;
    extraction
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let SpanText { text, start, end } = span_text(doc, index, q.span);
            QuoteRecord {
                id: format!("q{}", i + 1),
                kind: q.kind.as_str().to_string(),
                text,
                start,
                end,
                speaker: q.speaker.map(|s| {
                    let SpanText { text, start, end } = span_text(doc, index, s.span);
                    SpeakerRecord {
                        entity: s.entity.map(Entities::id),
                        name: s.entity.map(|e| entities.entities[e].name.clone()),
                        text,
                        start,
                        end,
                    }
                }),
                cue: q.cue.map(|c| span_text(doc, index, c)),
                sentence: q.sentence,
                confidence: confidence(q.confidence),
                rule: q.rule.to_string(),
            }
        })
        .collect()
}

fn claim_records(doc: &Document, extraction: &Extraction, index: &CharIndex) -> Vec<ClaimRecord> {
    let entities = &extraction.entities;
    extraction
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let SpanText { text, start, end } = span_text(doc, index, c.span);
            ClaimRecord {
                id: format!("c{}", i + 1),
                kind: c.kind.as_str().to_string(),
                text,
                start,
                end,
                value: Some(c.value),
                value_max: c.value_max,
                unit: c.unit.clone(),
                noun: c.noun.map(|n| doc.slice(n).to_string()),
                approximate: c.approximate,
                qualifier: c.qualifier.map(|q| doc.slice(q).to_string()),
                bound: c.bound.map(str::to_string),
                direction: c.direction.map(str::to_string),
                per: c.per.map(str::to_string),
                equivalent: c.equivalent.map(|k| format!("c{}", k + 1)),
                hedged: c.hedged,
                subject: c.subject.map(|e| entity_ref(entities, e)),
                source: c.source.map(|(span, entity)| match entity {
                    Some(e) => entity_ref(entities, e),
                    None => EntityRef { entity: None, name: doc.slice(span).to_string() },
                }),
                sentence: c.sentence,
                rule: c.rule.to_string(),
            }
        })
        .collect()
}

/// How a stream of records is laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line (JSONL).
    #[default]
    Jsonl,
    /// One JSON array holding every object, written as it goes.
    Json,
}

/// Writes JSON objects (records and error lines), one after another, framed for a
/// [`Format`]: a line each for JSONL, elements of one array for JSON.
///
/// The array is streamed: `[` before the first object, `,` between objects, `]` at
/// [`RecordWriter::finish`], so nothing is held back.
#[derive(Debug)]
pub struct RecordWriter<W: Write> {
    out: W,
    format: Format,
    written: u64,
}

impl<W: Write> RecordWriter<W> {
    /// A writer of `format` into `out` (which should be buffered).
    pub fn new(out: W, format: Format) -> RecordWriter<W> {
        RecordWriter { out, format, written: 0 }
    }

    /// Writes one object, already serialized as compact JSON (UTF-8, no new lines).
    pub fn write_json(&mut self, json: &[u8]) -> io::Result<()> {
        if self.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            self.out.write_all(json)?;
        } else {
            self.out.write_all(json)?;
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    /// How many objects have been written.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Closes the array (for JSON), flushes, and gives the output back.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: Format, objects: &[&str]) -> String {
        let mut writer = RecordWriter::new(Vec::new(), format);
        for object in objects {
            writer.write_json(object.as_bytes()).unwrap();
        }
        String::from_utf8(writer.finish().unwrap()).unwrap()
    }

    #[test]
    fn jsonl_and_json_framing() {
        assert_eq!(written(Format::Jsonl, &["{\"a\":1}", "{\"b\":2}"]), "{\"a\":1}\n{\"b\":2}\n");
        assert_eq!(written(Format::Json, &["{\"a\":1}", "{\"b\":2}"]), "[\n{\"a\":1},\n{\"b\":2}\n]\n");
        assert_eq!(written(Format::Json, &[]), "[]\n");
        assert_eq!(written(Format::Jsonl, &[]), "");
    }
}
