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
pub mod claims;
pub mod document;
pub mod entities;
pub mod error;
pub mod eval;
pub mod html;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod quotes;
pub mod record;
pub mod segment;
pub mod span;

pub use document::{Document, Paragraph, ParagraphKind, Sentence, Token, TokenKind};
pub use error::{Error, ErrorKind, Result};
pub use record::Record;
pub use segment::segment;
pub use span::Span;

/// What the extraction stages find in one document.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Entities with their mentions.
    pub entities: entities::Entities,
    /// Attributed quotes, in text order.
    pub quotes: Vec<quotes::Quote>,
    /// Numeric claims, in text order.
    pub claims: Vec<claims::Claim>,
}

/// Runs every extraction stage over a segmented document, in order: entities, then quotes
/// (which name speakers through the entities), then claims (which use both).
pub fn extract(doc: &Document) -> Extraction {
    let mut entities = entities::entities(doc);
    let quotes = quotes::quotes(doc, &entities);
    // `I` in a quote is its speaker: the entity stage learns who speaks from the quotes.
    let spoken: Vec<(Span, usize)> = quotes
        .iter()
        .filter(|q| q.kind != quotes::QuoteKind::Indirect)
        .filter_map(|q| Some((q.span, q.speaker?.entity?)))
        .collect();
    entities.link_speakers(doc, &spoken);
    // `“…,” she says`: a pronoun speaker the quote stage resolved by itself.
    let pronouns: Vec<(Span, usize)> = quotes
        .iter()
        .filter_map(|q| q.speaker)
        .filter_map(|s| Some((s.span, s.entity?)))
        .filter(|&(span, _)| entities.mentions.binary_search_by_key(&span.start, |m| m.span.start).is_err())
        .filter(|&(span, _)| entities::lexicons::LEXICONS.pronoun(doc.slice(span)).is_some())
        .collect();
    entities.link_pronouns(doc, &pronouns);
    let claims = claims::claims(doc, &entities, &quotes);
    Extraction { entities, quotes, claims }
}
