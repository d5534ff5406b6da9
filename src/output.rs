//! From a document and its extraction to the output [`Record`], with code-point offsets.
//!
//! Offsets are converted here and nowhere else, through one [`CharIndex`] per document.

use crate::record::{ErrorRecord, ParagraphRecord, Record, SentenceRecord, SCHEMA};
use crate::span::CharIndex;
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
}

/// Builds the record of one document.
pub fn record(doc: &Document, _extraction: &Extraction, errors: &[ErrorRecord], opts: RecordOptions) -> Record {
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
                SentenceRecord { start, end, paragraph: s.paragraph, text: Some(doc.slice(s.span).to_string()) }
            })
            .collect()
    });
    Record {
        id: doc.id().to_string(),
        schema: SCHEMA.to_string(),
        text: opts.text.then(|| text.to_string()),
        paragraphs,
        sentences,
        entities: opts.extraction.then(Vec::new),
        quotes: opts.extraction.then(Vec::new),
        claims: opts.extraction.then(Vec::new),
        errors: errors.to_vec(),
    }
}
