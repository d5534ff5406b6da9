//! Attributed quotes: who said what, direct, partial, mixed and reported.
//!
//! Needs the segmented [`Document`] and its [`Entities`]: speakers are named through the
//! entity clusters (a pronoun or a surname becomes the entity it refers to).

use crate::document::Document;
use crate::entities::Entities;
use crate::span::Span;

/// What kind of quote a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A whole quoted utterance.
    Direct,
    /// A quoted fragment inside the writer's sentence.
    Partial,
    /// Reported speech carrying quoted words.
    Mixed,
    /// Reported speech with no quote marks.
    Indirect,
}

impl QuoteKind {
    /// The lower-case name used in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who says a quote, where the text names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The words naming the speaker at the attribution (`He`, `a spokesman`, `Jane Doe`).
    pub span: Span,
    /// The entity those words refer to, when it could be resolved.
    pub entity: Option<usize>,
}

/// An attributed quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// What kind of quote it is.
    pub kind: QuoteKind,
    /// The quoted words (inside the marks), or the reported clause.
    pub span: Span,
    /// Who says it, if the text names anyone.
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase (`said`, `according to`, `put it`).
    pub cue: Option<Span>,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
    /// How sure the rule that produced it is, from 0 to 1.
    pub confidence: f32,
    /// Which pattern produced it.
    pub rule: &'static str,
}

/// Finds the attributed quotes of a document.
pub fn quotes(_doc: &Document, _entities: &Entities) -> Vec<Quote> {
    Vec::new()
}
