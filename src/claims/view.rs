//! One sentence's tokens, as the claim rules read them: token texts, what sits between
//! tokens, and case tests that allocate nothing.

use std::cell::OnceCell;

use super::tables::TABLES;
use crate::document::{Document, ParagraphKind, Token, TokenKind};
use crate::span::Span;

/// The tokens of one sentence, with the document text they index.
#[derive(Clone, Copy, Debug)]
pub(crate) struct View<'a> {
    /// The whole document text.
    pub text: &'a str,
    /// The sentence's tokens.
    pub toks: &'a [Token],
    /// The sentence's span.
    pub span: Span,
    /// What kind of paragraph the sentence is in.
    pub paragraph: ParagraphKind,
    /// The one-letter currency prefixes that the document's words vouch for (bit `letter -
    /// 'A'`), worked out from the text the first time a rule asks (see [`View::vouches`]);
    /// `None` where no document stands behind the view.
    pub letters: Option<&'a OnceCell<u32>>,
}

impl<'a> View<'a> {
    /// The view of sentence `sentence` of `doc`.
    pub fn new(doc: &'a Document, sentence: usize) -> View<'a> {
        let s = &doc.sentences()[sentence];
        View {
            text: doc.text(),
            toks: doc.sentence_tokens(sentence),
            span: s.span,
            paragraph: doc.paragraphs()[s.paragraph].kind,
            letters: None,
        }
    }

    /// A view over a bare text, segmented as one sentence (for tests).
    #[cfg(test)]
    pub fn of(text: &'a str, toks: &'a [Token]) -> View<'a> {
        View { text, toks, span: Span::new(0, text.len()), paragraph: ParagraphKind::Prose, letters: None }
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether the one-letter currency prefix `letter`, written after token `before` (if
    /// any), stands for money before a figure of `value` that is not scaled (`N865 a litre`
    /// in a story about Nigeria, where `R5` or `N1` elsewhere more often name a road): the
    /// document's words vouch for its currency, the figure is no road's number (`the R21`,
    /// `N1`) and no road follows.
    pub fn vouches(&self, letter: &str, before: Option<usize>, after: usize, value: f64) -> bool {
        let (Some(cell), [b @ b'A'..=b'Z']) = (self.letters, letter.as_bytes()) else { return false };
        let road = self.is_any(after, &["road", "highway", "motorway", "freeway", "route"]);
        if value < 10.0 || before.is_some_and(|b| self.is(b, "the")) || road {
            return false;
        }
        let letters = *cell.get_or_init(|| TABLES.vouched_letters(self.text));
        letters & (1u32 << (b - b'A')) != 0
    }

    /// The text of token `i`.
    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        let t = self.toks[i].span;
        &self.text[t.start..t.end]
    }

    /// The bytes of token `i`: for tests of bytes and ASCII, which need not check that the
    /// slice falls on character boundaries as [`View::s`] must.
    #[inline]
    pub fn b(&self, i: usize) -> &'a [u8] {
        let t = self.toks[i].span;
        &self.text.as_bytes()[t.start..t.end]
    }

    /// The bytes of token `i`, if there is one.
    #[inline]
    pub fn bytes(&self, i: usize) -> Option<&'a [u8]> {
        (i < self.toks.len()).then(|| self.b(i))
    }

    /// Whether token `i` exists and starts with an ASCII digit.
    #[inline]
    pub fn digit_first(&self, i: usize) -> bool {
        i < self.toks.len() && self.b(i).first().is_some_and(u8::is_ascii_digit)
    }

    /// The text of token `i`, if there is one.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&'a str> {
        (i < self.toks.len()).then(|| self.s(i))
    }

    /// The first byte of token `i`.
    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.toks[i].span.start
    }

    /// One past the last byte of token `i`.
    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.toks[i].span.end
    }

    /// The span from the start of token `first` to the end of token `last - 1`.
    #[inline]
    pub fn span_of(&self, first: usize, last: usize) -> Span {
        Span::new(self.start(first), self.end(last - 1))
    }

    /// Whether token `i` starts right where token `i - 1` ends (no white space between).
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].span.end == self.toks[i].span.start
    }

    /// The text between token `i - 1` and token `i`.
    #[inline]
    pub fn gap(&self, i: usize) -> &'a str {
        &self.text[self.toks[i - 1].span.end..self.toks[i].span.start]
    }

    /// Whether token `i` exists and is `word`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.toks.len() && self.b(i).eq_ignore_ascii_case(word.as_bytes())
    }

    /// Whether token `i` exists and is one of `words`, ignoring ASCII case.
    #[inline]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.toks.len() && {
            let b = self.b(i);
            words.iter().any(|w| b.eq_ignore_ascii_case(w.as_bytes()))
        }
    }

    /// Whether token `i` is a word.
    #[inline]
    pub fn word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Word
    }

    /// Whether token `i` is a plain number token (`1,000`, `3.5`).
    #[inline]
    pub fn number(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Number
    }

    /// Whether token `i` is a word whose first character is upper case.
    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            && match self.b(i).first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.s(i).chars().next().is_some_and(char::is_uppercase),
            }
    }

    /// Whether token `i` is a dash or hyphen (`-`, `–`, `—`, `‑`, `‐`).
    #[inline]
    pub fn dash(&self, i: usize) -> bool {
        // Told by the bytes: `-`, or U+2013 `–`, U+2014 `—`, U+2011 `‑`, U+2010 `‐`.
        i < self.toks.len() && matches!(self.b(i), b"-" | [0xE2, 0x80, 0x90 | 0x91 | 0x93 | 0x94])
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Building views over short texts in tests.
    use super::*;

    /// The tokens of `text`, as one sentence.
    #[inline]
    pub fn tokens(text: &str) -> Vec<Token> {
        let mut toks = Vec::new();
        crate::segment::tokens::tokenize(text, Span::new(0, text.len()), &mut toks);
        toks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_and_hyphens_are_told_apart_from_other_marks() {
        let text = "a - b – c — d ‑ e ‐ f − g ~ h --";
        let toks = testing::tokens(text);
        let v = View::of(text, &toks);
        let dashes: Vec<&str> = (0..v.len() + 1).filter(|&i| v.dash(i)).map(|i| v.s(i)).collect();
        assert_eq!(dashes, ["-", "–", "—", "‑", "‐", "-", "-"]);
    }
}
