//! quarry reads English news text and writes down, as structured records, who said what
//! (attributed quotes), which numbers were claimed (numeric claims) and who and what is
//! talked about (entity mentions).
//!
//! The core types, in five lines:
//! - [`Span`]: a half-open byte range into a document's text;
//! - [`Document`]: owns the text, with its paragraphs, sentences and tokens ([`segment()`]);
//! - [`Extraction`]: what the later stages find in a document ([`extract()`]);
//! - [`Record`]: the serde output, with Unicode code-point offsets ([`output::record`]);
//! - [`Error`]: what went wrong reading input, with where.
//!
//! ```
//! let doc = quarry::segment("demo", "Mr. Smith went to Washington. He left at 6 p.m.".to_string());
//! let sentences: Vec<&str> = doc.sentences().iter().map(|s| doc.slice(s.span)).collect();
//! assert_eq!(sentences, ["Mr. Smith went to Washington.", "He left at 6 p.m."]);
//! ```
#![deny(missing_docs)]

pub mod check;
pub mod document;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod record;
pub mod segment;
pub mod span;

pub use document::{Document, Paragraph, ParagraphKind, Sentence, Token, TokenKind};
pub use error::{Error, ErrorKind, Result};
pub use record::Record;
pub use segment::segment;
pub use span::Span;

/// What the extraction stages find in one document.
///
/// The entity, quote and claim stages fill this in as they land; until then it is empty
/// and the record's `entities`, `quotes` and `claims` are empty arrays.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Extraction {}

/// Runs every extraction stage over a segmented document, in order.
pub fn extract(_doc: &Document) -> Extraction {
    Extraction::default()
}
