//! Tokens: UAX #29 word segments that are not white space.
//!
//! Word boundaries never split a grapheme cluster, so a flag (`🇨🇳`), an emoji sequence or
//! a letter with a combining accent stays one token. `China’s`, `U.S`, `3.5` and `1,000`
//! are single tokens, as UAX #29 joins letters and digits across `’`, `.` and `,`.

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{Token, TokenKind};
use crate::span::Span;

/// Appends the tokens of `text[span]` to `out`, with offsets into `text`.
///
/// Most news text is ASCII, where UAX #29 reduces to a few rules that are cheap to apply
/// directly; each run of text between ASCII white space that holds anything else goes
/// through the full Unicode algorithm. Both give the same tokens on ASCII text (a test
/// checks this).
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = span.start;
    while i < span.end {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < span.end && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let chunk = Span::new(start, i);
        if bytes[start..i].is_ascii() {
            ascii_words(text, chunk, out);
        } else {
            unicode_words(text, chunk, out);
        }
    }
}

/// UAX #29 word segments of a run of text without ASCII white space, by the full algorithm.
fn unicode_words(text: &str, span: Span, out: &mut Vec<Token>) {
    let piece = &text[span.start..span.end];
    for (at, word) in piece.split_word_bound_indices() {
        let Some(first) = word.chars().next() else { continue };
        if first.is_whitespace() {
            continue;
        }
        let start = span.start + at;
        out.push(Token { span: Span::new(start, start + word.len()), kind: kind_of(word) });
    }
}

/// UAX #29 word segments of an ASCII run without white space. Letters and digits join
/// (WB5, WB8–WB10), and so does `_` (WB13a/b); `.` and `'` join letters to letters and
/// digits to digits, `:` letters to letters, `,` and `;` digits to digits (WB6, WB7,
/// WB11, WB12); every other character stands alone.
fn ascii_words(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let end = span.end;
    let mut i = span.start;
    while i < end {
        let start = i;
        if is_word_byte(bytes[i]) {
            i += 1;
            while i < end {
                let b = bytes[i];
                if is_word_byte(b) {
                    i += 1;
                    continue;
                }
                let (prev, next) = (bytes[i - 1], bytes.get(i + 1).copied().filter(|_| i + 1 < end));
                let Some(next) = next else { break };
                let joins = match b {
                    b'.' | b'\'' => {
                        (prev.is_ascii_alphabetic() && next.is_ascii_alphabetic())
                            || (prev.is_ascii_digit() && next.is_ascii_digit())
                    }
                    b':' => prev.is_ascii_alphabetic() && next.is_ascii_alphabetic(),
                    b',' | b';' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                i += 2;
            }
        } else {
            i += 1;
        }
        let kind = match bytes[start] {
            b if b.is_ascii_alphabetic() || b == b'_' => TokenKind::Word,
            b if b.is_ascii_digit() => {
                if bytes[start..i].iter().any(u8::is_ascii_alphabetic) {
                    TokenKind::Word
                } else {
                    TokenKind::Number
                }
            }
            b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' => TokenKind::Symbol,
            _ => TokenKind::Punct,
        };
        out.push(Token { span: Span::new(start, i), kind });
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// What a token is made of, judged by its first character.
fn kind_of(word: &str) -> TokenKind {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_alphabetic() || first == '_' {
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

    proptest::proptest! {
        /// On ASCII text the fast path gives exactly the tokens of the full UAX #29
        /// algorithm.
        #[test]
        fn ascii_fast_path_agrees_with_uax29(text in "[ -~\n\t]{0,200}") {
            let mut fast = Vec::new();
            tokenize(&text, Span::new(0, text.len()), &mut fast);
            let slow: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .filter(|(_, w)| !w.chars().next().is_some_and(char::is_whitespace))
                .collect();
            let fast: Vec<(usize, &str)> = fast.iter().map(|t| (t.span.start, &text[t.span.start..t.span.end])).collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn graphemes_stay_whole() {
        let got = tokens("🇨🇳 café 👩‍👩‍👧 e\u{301}t\u{e9}");
        let texts: Vec<&str> = got.iter().map(|t| t.0).collect();
        assert_eq!(texts, ["🇨🇳", "café", "👩‍👩‍👧", "e\u{301}t\u{e9}"]);
    }
}
