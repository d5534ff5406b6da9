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
/// Most news text is ASCII with curly quotes and dashes, where UAX #29 reduces to a few
/// rules that are cheap to apply directly; each run of text between ASCII white space that
/// holds anything else goes through the full Unicode algorithm. Both give the same tokens
/// (a property test checks this).
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    // Cut at the span's end, so that reading past it is a miss rather than a separate test.
    let bytes = &text.as_bytes()[..span.end];
    let end = span.end;
    let mut i = span.start;
    // Where the current run of non-space text started, and how many tokens came before it:
    // a non-ASCII byte sends the whole run back through the Unicode algorithm.
    let mut run_start = i;
    let mut run_tokens = out.len();
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        if class == SPACE {
            i += 1;
            run_start = i;
            run_tokens = out.len();
            continue;
        }
        if class == HIGH {
            if let Some((len, _)) = known_punct(bytes, i, end) {
                out.push(Token { span: Span { start: i, end: i + len }, kind: TokenKind::Punct });
                i += len;
                continue;
            }
            out.truncate(run_tokens);
            let mut run_end = i;
            while bytes.get(run_end).is_some_and(|&c| CLASS[usize::from(c)] != SPACE) {
                run_end += 1;
            }
            // Start one space early: a combining mark right after white space belongs to
            // the space (UAX #29 WB4), so it is dropped with it.
            let from = if run_start > span.start { run_start - 1 } else { run_start };
            unicode_words(text, Span::new(from, run_end), out);
            i = run_end;
            continue;
        }
        let start = i;
        i += 1;
        let kind = if class & WORD != 0 {
            // Letters, digits and `_` join; `.` and `'` join letters to letters and digits
            // to digits, `:` letters to letters, `,` and `;` digits to digits (WB5–WB13b).
            // Which of letters and digits the word holds is gathered on the way.
            let mut seen = class;
            loop {
                let mut c = 0;
                while let Some(&next) = bytes.get(i) {
                    let k = CLASS[usize::from(next)];
                    if k & WORD == 0 {
                        c = next;
                        break;
                    }
                    seen |= k;
                    i += 1;
                }
                // `’` and `‘` join like `.`; they are three bytes long.
                let len = match c {
                    b'.' | b'\'' | b':' | b',' | b';' => 1,
                    0xE2 => match known_punct(bytes, i, end) {
                        Some((len, true)) => len,
                        _ => break,
                    },
                    _ => break,
                };
                let Some(&next) = bytes.get(i + len) else { break };
                let (prev, next) = (CLASS[usize::from(bytes[i - 1])], CLASS[usize::from(next)]);
                let joins = match c {
                    b'.' | b'\'' | 0xE2 => (prev & next & (LETTER | DIGIT)) != 0,
                    b':' => prev & next & LETTER != 0,
                    _ => prev & next & DIGIT != 0,
                };
                if !joins {
                    break;
                }
                seen |= next;
                i += len + 1;
            }
            // Only letters (or `_` first) make a word of digits: the bytes joined in are
            // digits after digits and letters after letters.
            if seen & LETTER != 0 || b == b'_' {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if class == SYMBOL {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        };
        out.push(Token { span: Span { start, end: i }, kind });
    }
}

/// The common non-ASCII punctuation of news text, which the fast path handles itself:
/// `‘` and `’` (which join words like `.`, UAX #29's MidNumLet: the `bool`), and `“`, `”`,
/// `–`, `—`, `…` (which stand alone). Returns the length in bytes.
fn known_punct(bytes: &[u8], i: usize, end: usize) -> Option<(usize, bool)> {
    if i + 3 > end || bytes[i] != 0xE2 || bytes[i + 1] != 0x80 {
        return None;
    }
    match bytes[i + 2] {
        0x98 | 0x99 => Some((3, true)),
        0x93 | 0x94 | 0x9C | 0x9D | 0xA6 => Some((3, false)),
        _ => None,
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

/// What the fast path of [`tokenize`] needs to know of a byte: [`SPACE`], [`HIGH`] or
/// [`SYMBOL`], or [`WORD`] with [`LETTER`] or [`DIGIT`] (or neither, for `_`); 0 for the
/// other ASCII punctuation.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            HIGH
        } else if c.is_ascii_whitespace() || c == 0x0B {
            // ASCII white space, with the vertical tab that `is_ascii_whitespace` leaves out.
            SPACE
        } else if c.is_ascii_alphabetic() {
            WORD | LETTER
        } else if c.is_ascii_digit() {
            WORD | DIGIT
        } else if c == b'_' {
            WORD
        } else if matches!(c, b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~') {
            SYMBOL
        } else {
            0
        };
        b += 1;
    }
    table
};

/// A byte of a word: an ASCII letter, digit or `_`.
const WORD: u8 = 1;
/// An ASCII letter.
const LETTER: u8 = 2;
/// An ASCII digit.
const DIGIT: u8 = 4;
/// ASCII white space.
const SPACE: u8 = 8;
/// An ASCII symbol that is a token of kind [`TokenKind::Symbol`].
const SYMBOL: u8 = 16;
/// A byte of a multi-byte char.
const HIGH: u8 = 32;

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
        /// The fast path for ASCII gives exactly the tokens of the full UAX #29 algorithm,
        /// on ASCII text and on text mixing in curly quotes, accents and emoji.
        #[test]
        fn fast_path_agrees_with_uax29(text in "[ -~\n\t\x0b’‘é🇨🇳“”—–…\u{301}\u{2019}]{0,200}") {
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
