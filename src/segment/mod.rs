//! Segmentation: from a text to a [`Document`] with paragraphs, sentences and tokens.
//!
//! Needs nothing but the text. Paragraph breaks come first ([`paragraphs`]), sentences are
//! found inside each paragraph ([`sentences`], with quote and bracket pairing from
//! [`enclosures`]) and tokens inside each sentence ([`tokens`]). It leaves every judgement
//! about meaning (names, quotes, numbers) to later stages. The abbreviation and opener
//! lists are data files in `src/lexicon/`. Time is linear in the length of the text.

pub mod enclosures;
pub mod paragraphs;
pub mod sentences;
pub mod tokens;

use crate::document::{Document, Paragraph, Sentence};
use crate::span::Span;

/// Segments `text` into a [`Document`] with the given id.
pub fn segment(id: impl Into<String>, text: String) -> Document {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    // About one token per five bytes of news text; reserving saves most regrowth.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    // The sentences of one paragraph, and the splitter's buffers, reused for the next.
    let (mut spans, mut buffers) = (Vec::new(), sentences::Buffers::default());
    for (span, kind) in paragraphs::split(&text) {
        let first = sentences.len();
        sentences::split_into(&text[span.start..span.end], &mut buffers, &mut spans);
        for &s in &spans {
            let s = Span::new(span.start + s.start, span.start + s.end);
            let t = tokens.len();
            tokens::tokenize(&text, s, &mut tokens);
            sentences.push(Sentence { span: s, tokens: t..tokens.len(), paragraph: paragraphs.len() });
        }
        paragraphs.push(Paragraph { span, kind, sentences: first..sentences.len() });
    }
    let id = id.into();
    match Document::new(id.clone(), text, paragraphs, sentences, tokens) {
        Ok(doc) => doc,
        // The segmenters above uphold every invariant; reaching this is a bug to fix, and
        // it must fail loudly in tests rather than produce misplaced spans.
        Err(err) => panic!("segmenting {id:?}: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_inputs_keep_the_invariants() {
        let long = "x".repeat(1 << 20);
        let inputs = [
            "",
            "   \n\t\n ",
            "Line one.\r\nLine two.\r\n",
            "🇨🇳 Flags 👍🏽 and e\u{301}motion. Next.",
            "“Unbalanced quote. And more. ‘single. (bracket. ]",
            long.as_str(),
            "...!?…‽. . .",
            "a\u{a0}b\u{2028}c\u{feff}d.",
        ];
        for text in inputs {
            let doc = segment("t", text.to_string());
            for s in doc.sentences() {
                assert!(!doc.slice(s.span).trim().is_empty() || s.span.is_empty());
            }
        }
    }

    proptest::proptest! {
        /// Any text at all segments without a panic, and every span lies on char
        /// boundaries (checked by `Document::new`).
        #[test]
        fn any_text_segments(text in "(?s)[ -~\u{a0}-\u{2050}“”‘’…—\n🇨🇳👍🏽\u{301}]{0,300}") {
            let doc = segment("p", text);
            for s in doc.sentences() {
                proptest::prop_assert!(!doc.slice(s.span).starts_with(char::is_whitespace));
            }
        }

        /// Text built from news-like pieces (abbreviations, quotes, numbers) segments
        /// without a panic.
        #[test]
        fn news_like_pieces_segment(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Mr.", "U.S.", "“", "”", "‘", "’", "'", "\"", "''", "``", "(", ")", "[1]", ". ", "! ", "? ", "… ",
            "...", "a.m.", " ", "\n", "\n\n", "Smith", "said", "3.5", "No.", "- ", "1. ", "LONDON (Reuters) - ",
            "é", "—", "e.g.", "world.Today", "x@y.com", ":", ";",
        ]), 0..60)) {
            let doc = segment("p", parts.concat());
            proptest::prop_assert!(doc.sentences().len() <= doc.text().len());
        }
    }

    #[test]
    fn sentences_know_their_paragraph_and_tokens() {
        let doc = segment("t", "Headline Here\n\nHe said no. She left.".to_string());
        let got: Vec<(&str, usize)> = doc.sentences().iter().map(|s| (doc.slice(s.span), s.paragraph)).collect();
        assert_eq!(got, [("Headline Here", 0), ("He said no.", 1), ("She left.", 1)]);
        let toks: Vec<&str> = doc.sentence_tokens(1).iter().map(|t| doc.slice(t.span)).collect();
        assert_eq!(toks, ["He", "said", "no", "."]);
    }
}
