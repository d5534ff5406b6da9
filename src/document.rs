//! The document model: one owned text and the paragraphs, sentences and tokens found in it.
//!
//! A [`Document`] is built by [`crate::segment::segment`] and never changes afterwards. Every
//! later stage refers to its text by [`Span`]; nothing else owns a copy of the text.

use std::ops::Range;

use crate::span::Span;

/// What kind of block a paragraph is; news layout gives non-prose lines their own role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParagraphKind {
    /// Running text.
    Prose,
    /// A headline or subheading: a short line without final punctuation.
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A byline (`By Jane Doe`) or a dateline standing on its own line.
    Byline,
}

impl ParagraphKind {
    /// The lower-case name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Prose => "prose",
            ParagraphKind::Heading => "heading",
            ParagraphKind::ListItem => "item",
            ParagraphKind::Byline => "byline",
        }
    }
}

/// A paragraph: a block of text between paragraph breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text, without surrounding white space.
    pub span: Span,
    /// What kind of block it is.
    pub kind: ParagraphKind,
    /// Indices into [`Document::sentences`] of the sentences it holds.
    pub sentences: Range<usize>,
}

/// A sentence, which always lies inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's text, without surrounding white space.
    pub span: Span,
    /// Indices into [`Document::tokens`] of the tokens it holds.
    pub tokens: Range<usize>,
    /// Index into [`Document::paragraphs`] of the paragraph it belongs to.
    pub paragraph: usize,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, apostrophes or inner periods (`China’s`, `U.S`, `GB200`).
    Word,
    /// Digits, possibly with separators (`1,000`, `3.5`).
    Number,
    /// A punctuation mark.
    Punct,
    /// Anything else: symbols, emoji, flags (always whole grapheme clusters).
    Symbol,
}

/// A token: a UAX #29 word segment that is not white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token's text.
    pub span: Span,
    /// What the token is made of.
    pub kind: TokenKind,
}

/// A segmented document. It owns its text; everything else is a span into it.
#[derive(Clone, Debug)]
pub struct Document {
    id: String,
    text: String,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
}

/// Why a [`Document`] could not be assembled: always a bug in a segmenter, never bad input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvariantError(pub String);

impl std::fmt::Display for InvariantError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "document invariant broken: {}", self.0)
    }
}

impl std::error::Error for InvariantError {}

impl Document {
    /// Assembles a document, checking once that every span is in bounds and on char
    /// boundaries, that paragraphs, sentences and tokens are sorted and do not overlap,
    /// and that each sentence lies in its paragraph and each token in its sentence.
    pub fn new(
        id: impl Into<String>,
        text: String,
        paragraphs: Vec<Paragraph>,
        sentences: Vec<Sentence>,
        tokens: Vec<Token>,
    ) -> Result<Document, InvariantError> {
        let doc = Document { id: id.into(), text, paragraphs, sentences, tokens };
        doc.check()?;
        Ok(doc)
    }

    fn check(&self) -> Result<(), InvariantError> {
        let fail = |what: String| Err(InvariantError(what));
        let valid = |s: Span| {
            s.start <= s.end
                && s.end <= self.text.len()
                && self.text.is_char_boundary(s.start)
                && self.text.is_char_boundary(s.end)
        };
        let mut last = 0;
        for (i, p) in self.paragraphs.iter().enumerate() {
            if !valid(p.span) || p.span.start < last {
                return fail(format!("paragraph {i} {:?} out of place", p.span));
            }
            last = p.span.end;
            if p.sentences.end > self.sentences.len() {
                return fail(format!("paragraph {i} names missing sentences"));
            }
        }
        let mut last = 0;
        for (i, s) in self.sentences.iter().enumerate() {
            if !valid(s.span) || s.span.start < last {
                return fail(format!("sentence {i} {:?} out of place", s.span));
            }
            last = s.span.end;
            match self.paragraphs.get(s.paragraph) {
                Some(p) if p.span.contains(s.span) && p.sentences.contains(&i) => {}
                _ => return fail(format!("sentence {i} is not inside paragraph {}", s.paragraph)),
            }
            if s.tokens.start > s.tokens.end || s.tokens.end > self.tokens.len() {
                return fail(format!("sentence {i} names missing tokens"));
            }
            // Tokens are sorted and disjoint (checked below), so the first and the last
            // tell whether all of them lie inside the sentence.
            let inside = |t: &Token| s.span.contains(t.span);
            let tokens = &self.tokens[s.tokens.clone()];
            if !tokens.first().is_none_or(inside) || !tokens.last().is_none_or(inside) {
                return fail(format!("sentence {i} has tokens outside it"));
            }
        }
        // Tokens are many: one pass with the cheapest tests (`valid` in full is implied).
        let bytes = self.text.as_bytes();
        let boundary = |i: usize| bytes.get(i).map_or(i == bytes.len(), |&b| (b as i8) >= -0x40);
        let mut last = 0;
        for t in &self.tokens {
            let Span { start, end } = t.span;
            if start < last || end <= start || !boundary(start) || !boundary(end) {
                let i = self.tokens.iter().position(|u| u == t).unwrap_or_default();
                return fail(format!("token {i} {:?} out of place", t.span));
            }
            last = end;
        }
        Ok(())
    }

    /// The document's identifier (a file stem, or the JSONL id field).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The whole text, exactly as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The paragraphs, in text order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The sentences, in text order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// All tokens, in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        &self.tokens[self.sentences[sentence].tokens.clone()]
    }

    /// The index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }
}
