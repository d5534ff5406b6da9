//! Quote marks and brackets paired within one paragraph.
//!
//! Sentence splitting does not break inside a closed pair (`"How many? I don't know."`,
//! `(He worked there for 5 years.)`). Pairing is local and forgiving: apostrophes are told
//! apart from single quotes (`China’s`, `’90s`, `'tis`, `analysts’ forecasts`), a mark that
//! cannot be closed is dropped at the paragraph end, and a mark in a clear opening position
//! replaces an unclosed one of the same kind, so one stray mark never shifts every later pair.
//!
//! Straight, curly, low (`„“`), guillemet (`«»`), TeX-style (`` `…' `` and ``` ``…'' ```)
//! quotes and round, square, curly, full-width and CJK brackets are understood.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon;

/// A closed pair: the byte offsets of the opening mark's start and the closing mark's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enclosure {
    /// Where the opening mark starts.
    pub open: usize,
    /// Where the closing mark starts (the enclosed text ends here).
    pub close: usize,
    /// Where the closing mark ends.
    pub close_end: usize,
}

/// Pairs longer than this many bytes are not trusted to protect their inside: a wrong
/// pairing must not glue a whole paragraph into one sentence.
const MAX_PROTECTED: usize = 1200;

static ELISIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| lexicon::entries(lexicon::ELISIONS).collect());

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// A bracket, with its closing char.
    Bracket(char),
    /// `"` straight double quote.
    StraightDouble,
    /// `“` (closed by `”`), `„` (closed by `“` or `”`), or ``` `` ``` (closed by `''` or ``` `` ```).
    CurlyDouble,
    /// `«`, closed by `»`.
    Guillemet,
    /// `'` straight single quote.
    StraightSingle,
    /// `‘` or `‚`, closed by `’`.
    CurlySingle,
    /// `` ` ``, closed by `'`, `’` or `` ` ``.
    Backtick,
}

impl Mark {
    fn is_double(self) -> bool {
        matches!(self, Mark::StraightDouble | Mark::CurlyDouble | Mark::Guillemet)
    }
    fn is_single(self) -> bool {
        matches!(self, Mark::StraightSingle | Mark::CurlySingle | Mark::Backtick)
    }
}

/// The marks still open while pairing, kept between calls of [`enclosures_into`] so that
/// pairing paragraph after paragraph allocates once.
#[derive(Debug, Default)]
pub struct OpenMarks(Vec<(Mark, usize)>);

/// Finds the closed quote and bracket pairs of `text` (one paragraph), in order of their
/// closing marks.
pub fn enclosures(text: &str) -> Vec<Enclosure> {
    let mut out = Vec::new();
    enclosures_into(text, &mut OpenMarks::default(), &mut out);
    out
}

/// As [`enclosures`], into `out` (cleared first), with `open` as the working stack.
pub fn enclosures_into(text: &str, open: &mut OpenMarks, out: &mut Vec<Enclosure>) {
    out.clear();
    let stack = &mut open.0;
    stack.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Jump from one byte that may start a mark to the next.
    loop {
        i = next_mark_start(bytes, i);
        let Some(c) = text[i..].chars().next() else { break };
        let mut len = c.len_utf8();
        let ctx = MarkContext::around(text, 0, i, len, text.len());
        match c {
            '(' | '[' | '{' | '（' | '［' | '｛' | '「' | '『' | '《' | '〈' | '【' => {
                stack.push((Mark::Bracket(closing_bracket(c)), i));
            }
            ')' | ']' | '}' | '）' | '］' | '｝' | '」' | '』' | '》' | '〉' | '】' => {
                close(stack, out, |m| m == Mark::Bracket(c), i, i + len);
            }
            '“' => {
                if top_is(stack, |m| m == Mark::CurlyDouble) && !ctx.opening() {
                    close(stack, out, |m| m == Mark::CurlyDouble, i, i + len);
                } else {
                    stack.push((Mark::CurlyDouble, i));
                }
            }
            '„' => stack.push((Mark::CurlyDouble, i)),
            '”' if !close(stack, out, |m| m == Mark::CurlyDouble, i, i + len) && ctx.opening() => {
                // A reversed mark opening a quote (`”Yes,” she said`).
                stack.push((Mark::CurlyDouble, i));
            }
            '«' => stack.push((Mark::Guillemet, i)),
            '»' => {
                close(stack, out, |m| m == Mark::Guillemet, i, i + len);
            }
            '"' => straight(stack, out, Mark::StraightDouble, &ctx, i, i + len),
            '\'' if bytes.get(i + 1) == Some(&b'\'') => {
                len = 2;
                // `''` closes a TeX-style ``` `` ```; on its own it is the closing quote of
                // tokenized text whose opening marks were lost, and too ambiguous to pair.
                close(stack, out, |m| m == Mark::CurlyDouble, i, i + 2);
            }
            '`' => {
                if bytes.get(i + 1) == Some(&b'`') {
                    len = 2;
                    let ctx = MarkContext::around(text, 0, i, 2, text.len());
                    if ctx.closing() && !ctx.opening() {
                        close(stack, out, |m| m == Mark::CurlyDouble, i, i + 2);
                    } else {
                        stack.push((Mark::CurlyDouble, i));
                    }
                } else if ctx.between_letters() {
                    // `it`s`: a backtick typed for an apostrophe.
                } else if ctx.closing() && !ctx.opening() && top_is(stack, |m| m == Mark::Backtick) {
                    close(stack, out, |m| m == Mark::Backtick, i, i + len);
                } else {
                    stack.push((Mark::Backtick, i));
                }
            }
            '\'' | '’' => {
                let singles = |m: Mark| m.is_single();
                if ctx.is_apostrophe(text, i + len) {
                    // `China’s`, `’90s`, `'tis`: not a quote mark.
                } else if c == '\'' && ctx.opening() && !ctx.closing() {
                    stack.push((Mark::StraightSingle, i));
                } else if ctx.standalone() {
                    let closed = close(stack, out, singles, i, i + len);
                    if !closed && c == '\'' && !ctx.next_is_closing_punct(text, i + len) {
                        stack.push((Mark::StraightSingle, i));
                    }
                } else if ctx.closing() {
                    close(stack, out, singles, i, i + len);
                }
            }
            '‘' | '‚' if !ctx.is_apostrophe(text, i + len) => stack.push((Mark::CurlySingle, i)),
            _ => {}
        }
        i += len;
    }
    out.sort_by_key(|e| e.close);
}

/// The spans `[open, close)` inside which sentence breaks are suppressed, merged and sorted.
pub fn protected(pairs: &[Enclosure]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    protected_into(pairs, &mut out);
    out
}

/// As [`protected`], into `out` (cleared first).
pub fn protected_into(pairs: &[Enclosure], out: &mut Vec<(usize, usize)>) {
    out.clear();
    out.extend(pairs.iter().filter(|e| e.close - e.open <= MAX_PROTECTED).map(|e| (e.open, e.close)));
    out.sort_unstable();
    // Merged in place: the first `kept` spans are merged, the rest still to be merged in.
    let mut kept = 0;
    for k in 0..out.len() {
        let (s, e) = out[k];
        if kept > 0 && s <= out[kept - 1].1 {
            out[kept - 1].1 = out[kept - 1].1.max(e);
        } else {
            out[kept] = (s, e);
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// Handles a straight double quote, which may open or close.
fn straight(
    stack: &mut Vec<(Mark, usize)>,
    out: &mut Vec<Enclosure>,
    mark: Mark,
    ctx: &MarkContext,
    at: usize,
    end: usize,
) {
    let open = has(stack, |m| m == mark);
    if ctx.opening() && !ctx.closing() {
        if open {
            // A clear opening while one is still open: the earlier one was stray.
            if let Some(pos) = stack.iter().rposition(|&(m, _)| m == mark) {
                stack.truncate(pos);
            }
        }
        stack.push((mark, at));
    } else if open {
        close(stack, out, |m| m == mark, at, end);
    } else if !ctx.closing() || ctx.standalone() {
        stack.push((mark, at));
    }
}

/// Closes the innermost open mark accepted by `accepts`, dropping unclosed marks inside it.
/// Returns whether something was closed.
fn close(
    stack: &mut Vec<(Mark, usize)>,
    out: &mut Vec<Enclosure>,
    accepts: impl Fn(Mark) -> bool,
    at: usize,
    end: usize,
) -> bool {
    let Some(pos) = stack.iter().rposition(|&(m, _)| accepts(m)) else { return false };
    // Never close across an open double quote to reach a single one: the single mark was
    // an apostrophe after all.
    if stack[pos].0.is_single() && stack[pos + 1..].iter().any(|(m, _)| m.is_double()) {
        return false;
    }
    let open = stack[pos].1;
    stack.truncate(pos);
    out.push(Enclosure { open, close: at, close_end: end });
    true
}

fn has(stack: &[(Mark, usize)], accepts: impl Fn(Mark) -> bool) -> bool {
    stack.iter().any(|&(m, _)| accepts(m))
}

fn top_is(stack: &[(Mark, usize)], accepts: impl Fn(Mark) -> bool) -> bool {
    stack.iter().rev().find(|(m, _)| !matches!(m, Mark::Bracket(_))).is_some_and(|&(m, _)| accepts(m))
}

fn closing_bracket(c: char) -> char {
    match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '（' => '）',
        '［' => '］',
        '｛' => '｝',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〈' => '〉',
        _ => '】',
    }
}

/// Whether byte `b` can start one of the marks this module pairs.
fn may_start_mark(b: u8) -> bool {
    MAY_START_MARK[b as usize]
}

static MAY_START_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"\"'`()[]{}\xC2\xE2\xE3\xEF";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// The first byte at or after `i` that may start a mark, or `bytes.len()`. Marks are rare
/// in a paragraph, so the bytes between them are skipped eight at a time: a word-wide test
/// picks out the few bytes that could be one (see [`maybe_mark_bytes`]), and the table
/// decides.
fn next_mark_start(bytes: &[u8], mut i: usize) -> usize {
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let mut maybe = maybe_mark_bytes(u64::from_le_bytes(word));
        while maybe != 0 {
            let at = i + (maybe.trailing_zeros() / 8) as usize;
            if may_start_mark(bytes[at]) {
                return at;
            }
            maybe &= maybe - 1;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| may_start_mark(b)).map_or(bytes.len(), |k| i + k)
}

/// One bit set in each byte of `w` (eight bytes, the first in the low bits) that may start
/// a mark, and in a few others: `"` to `)` (with `#$%&`), `[` to `]` and `{` to `}` (with
/// `\` and `|`), `` ` `` (with `@`), and every lead byte of a multi-byte char.
fn maybe_mark_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Compared with their top bit clear, so that no sum below carries into the next byte.
    let ascii = w & !HIGH;
    // The top bit of each byte of `v` that lies in `lo..=hi`.
    let within = |v: u64, lo: u8, hi: u8| {
        let at_least_lo = v + ONES * u64::from(0x80 - lo);
        let above_hi = v + ONES * u64::from(0x7F - hi);
        at_least_lo & !above_hi & HIGH
    };
    // `| 0x20` folds `[`–`]` onto `{`–`}` and `@` onto `` ` ``.
    let folded = ascii | (ONES * 0x20);
    let marks = within(ascii, b'"', b')') | within(folded, b'{', b'}') | within(folded, b'`', b'`');
    // A lead byte has its top two bits set.
    let leads = w & (w << 1) & HIGH;
    (marks & !w) | leads
}

/// The characters on either side of a quote mark, within the text it is judged in (a
/// paragraph). Shared by this pairing and the quote stage's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkContext {
    /// The character before the mark, if any.
    pub prev: Option<char>,
    /// The character after the mark, if any.
    pub next: Option<char>,
}

impl MarkContext {
    /// The context of the mark `text[at..at + len]`, looking no further than `lo..hi`.
    pub fn around(text: &str, lo: usize, at: usize, len: usize, hi: usize) -> MarkContext {
        MarkContext { prev: text[lo..at].chars().next_back(), next: text[at + len..hi].chars().next() }
    }

    /// Start of text, space or opening punctuation before; something other than space after.
    pub fn opening(&self) -> bool {
        let before = self.prev.is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '—' | '–' | '-' | '/' | '"' | '\'' | '`')
        });
        before && self.next.is_some_and(|c| !c.is_whitespace())
    }

    /// Something other than space before; end of text, space or punctuation after.
    pub fn closing(&self) -> bool {
        let after = self.next.is_none_or(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '”'
                        | '’'
                        | '»'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '"'
                        | '\''
                )
        });
        after && self.prev.is_some_and(|c| !c.is_whitespace())
    }

    /// White space (or a text end) on both sides, as in tokenized text (`'' Dad ! ''`).
    pub fn standalone(&self) -> bool {
        self.prev.is_none_or(char::is_whitespace) && self.next.is_none_or(char::is_whitespace)
    }

    /// A letter or digit before and a letter after (`China’s`, `it`s`).
    pub fn between_letters(&self) -> bool {
        self.prev.is_some_and(char::is_alphanumeric) && self.next.is_some_and(char::is_alphabetic)
    }

    /// Inside a word (`China’s`) or a number (`5’10`).
    pub fn inside_word(&self) -> bool {
        self.prev.is_some_and(char::is_alphanumeric) && self.next.is_some_and(char::is_alphanumeric)
    }

    /// `s’` followed by white space: a plural possessive as often as a closing mark.
    pub fn plural_possessive(&self) -> bool {
        matches!(self.prev, Some('s' | 'S')) && self.next.is_none_or(char::is_whitespace)
    }

    /// A standalone mark whose next non-space character is closing punctuation
    /// (`Boursier ' .`) can only close.
    pub fn next_is_closing_punct(&self, text: &str, after: usize) -> bool {
        let rest = text[after..].trim_start();
        // An ellipsis may open a quotation (`saying ' ... what`).
        !rest.starts_with("..") && rest.chars().next().is_some_and(|c| ".,;:!?)]}".contains(c))
    }

    /// A mark at a word start before a decade (`’90s`) or a known elision (`’em`, `'tis`,
    /// and a tokenized clitic: `Walter 's`); `after` is where the mark ends.
    pub fn is_elision(&self, text: &str, after: usize) -> bool {
        if !self.prev.is_none_or(|c| c.is_whitespace() || "([{“\"-—–".contains(c)) {
            return false;
        }
        let rest = &text[after..];
        let word_len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 2 && (word.len() == 2 || word[2..].eq_ignore_ascii_case("s")) {
            return true;
        }
        // Only a short word can be an elision; compare it in lower case without allocating.
        if word.is_empty() || word.len() > 5 {
            return false;
        }
        let mut buf = [0u8; 5];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| ELISIONS.contains(w))
    }

    /// Whether a single quote mark here is an apostrophe: inside a word or an elision.
    fn is_apostrophe(&self, text: &str, after: usize) -> bool {
        self.between_letters() || self.is_elision(text, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<&str> {
        enclosures(text).iter().map(|e| &text[e.open..e.close_end]).collect()
    }

    #[test]
    fn every_byte_that_starts_a_mark_is_found() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = [b'a'; 11];
                bytes[lane] = b;
                bytes[10] = b;
                let expected = if may_start_mark(b) { lane } else { bytes.len() };
                assert_eq!(next_mark_start(&bytes, 0), expected, "byte {b:#04x} at {lane}");
                assert_eq!(next_mark_start(&bytes, 9), if may_start_mark(b) { 10 } else { bytes.len() });
            }
        }
    }

    #[test]
    fn curly_and_straight_double_quotes_pair() {
        assert_eq!(pairs("He said “yes.” Then “no.”"), ["“yes.”", "“no.”"]);
        assert_eq!(pairs(r#"She said "This is great." and left."#), [r#""This is great.""#]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(pairs("China’s analysts’ view of the ’90s"), Vec::<&str>::new());
        assert_eq!(pairs("'Tis the season. Get 'em while they're hot."), Vec::<&str>::new());
        assert_eq!(pairs("‘We’re ready,’ she said."), ["‘We’re ready,’"]);
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(pairs("“He said ‘go’ and left,” she said."), ["‘go’", "“He said ‘go’ and left,”"]);
    }

    #[test]
    fn brackets_and_tex_quotes() {
        assert_eq!(pairs("a (b [c] d) e"), ["[c]", "(b [c] d)"]);
        assert_eq!(pairs("He said ``hello world.'' and left."), ["``hello world.''"]);
        assert_eq!(pairs("He said `hello world.' and left."), ["`hello world.'"]);
    }

    #[test]
    fn unclosed_marks_are_dropped_and_do_not_shift_later_pairs() {
        assert_eq!(pairs("“Unclosed here. Then (a) and “b” end."), ["(a)", "“b”"]);
        assert_eq!(pairs(r#"A stray " mark. Then "a quote" here."#), [r#""a quote""#]);
    }

    #[test]
    fn tokenized_quotes_pair() {
        assert_eq!(pairs("known as '' Wrong Turn 5 '' ) is"), Vec::<&str>::new());
        assert_eq!(pairs("as a ' Maistre Boursier . ' He"), ["' Maistre Boursier . '"]);
    }
}
