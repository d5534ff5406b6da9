//! Tokens: UAX #29 word segments that are not white space.
//!
//! Word boundaries never split a grapheme cluster, so a flag (`🇨🇳`), an emoji sequence or
//! a letter with a combining accent stays one token. `China’s`, `U.S`, `3.5` and `1,000`
//! are single tokens, as UAX #29 joins letters and digits across `’`, `.` and `,`.

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{Token, TokenKind};
use crate::span::Span;

/// Appends the tokens of `text[span]` to `out`, with offsets into `text`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let piece = &text[span.start..span.end];
    for (at, word) in piece.split_word_bound_indices() {
        let Some(first) = word.chars().next() else { continue };
        if first.is_whitespace() {
            continue;
        }
        let kind = if first.is_alphabetic() {
            TokenKind::Word
        } else if first.is_numeric() {
            if word.chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if (first.is_ascii_punctuation() && !"$+<=>^|~".contains(first)) || is_unicode_punctuation(first) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        let start = span.start + at;
        out.push(Token { span: Span::new(start, start + word.len()), kind });
    }
}

/// General punctuation outside ASCII: quotes, dashes, ellipsis, guillemets, CJK marks.
fn is_unicode_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '·' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| (&text[t.span.start..t.span.end], t.kind)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            tokens("China’s GB200 costs $3.5bn, up 1,000."),
            [
                ("China’s", Word),
                ("GB200", Word),
                ("costs", Word),
                ("$", Symbol),
                ("3.5bn", Word),
                (",", Punct),
                ("up", Word),
                ("1,000", Number),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn graphemes_stay_whole() {
        let got = tokens("🇨🇳 café 👩‍👩‍👧 e\u{301}t\u{e9}");
        let texts: Vec<&str> = got.iter().map(|t| t.0).collect();
        assert_eq!(texts, ["🇨🇳", "café", "👩‍👩‍👧", "e\u{301}t\u{e9}"]);
    }
}
