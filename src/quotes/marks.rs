//! Quote marks paired across a whole document: the stretches of text a writer put in quotes.
//!
//! Pairing works paragraph by paragraph with a small stack, and only the outermost pairs
//! become [`Piece`]s (a quote inside a quote belongs to the outer one). It understands
//! curly and straight double quotes, single quotes, `„“`, `«»`, `‹›` and TeX-style
//! ``` ``…'' ```, and it is written for text as it really is:
//!
//! - apostrophes are not quote marks: inside a word (`China’s`), before a decade (`’90s`) or
//!   an elision (`’em`, from the `elisions` lexicon), in `rock ’n’ roll`; a plural possessive
//!   (`analysts’ forecasts`) closes a single quote only when no better closing mark follows;
//! - a quote that runs over several paragraphs, where each paragraph opens a mark and only
//!   the last one closes, gives one piece per paragraph, linked by [`Ending::Continued`] and
//!   [`Piece::continues`] (the quote stage makes them one quote);
//! - a double quote still open at the end of its paragraph is recovered there
//!   ([`Ending::Unclosed`]) instead of swallowing the rest of the article;
//! - a mark in a clear opening position while a quote of its kind is open replaces the
//!   earlier one, which was stray, so one stray mark never shifts every later pairing.
//!
//! Sentence splitting pairs marks within a paragraph on its own (`segment::enclosures`); the
//! quote stage needs more (paragraph chains, recovered marks, only outer pairs), hence this.
//! Time is linear in the text: each byte is looked at once, the stack is bounded.

use crate::document::Document;
use crate::segment::enclosures::MarkContext;
use crate::span::Span;

/// How a [`Piece`] ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// At its closing mark.
    Closed,
    /// At the end of its paragraph, continued by the next paragraph's opening mark.
    Continued,
    /// At the end of its paragraph, with no closing mark anywhere: recovered.
    Unclosed,
}

/// An outermost stretch of quoted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The opening mark.
    pub open: Span,
    /// The words inside the marks, without surrounding white space (never empty).
    pub inner: Span,
    /// The closing mark, when there is one ([`Ending::Closed`]).
    pub close: Option<Span>,
    /// How the piece ends.
    pub ending: Ending,
    /// Whether the piece opens its paragraph and continues a quote left open at the end of
    /// the previous paragraph.
    pub continues: bool,
    /// Index of the paragraph holding it.
    pub paragraph: usize,
    /// Whether its marks are single quotes.
    pub single: bool,
}

impl Piece {
    /// Where the piece ends, its closing mark included.
    pub fn end(&self) -> usize {
        self.close.map_or(self.inner.end, |c| c.end)
    }
}

/// Nesting deeper than this is not tracked: further opening marks are ignored.
const MAX_DEPTH: usize = 8;

/// An opening mark waiting for its close.
#[derive(Clone, Copy, Debug)]
struct Open {
    double: bool,
    mark: Span,
    /// The last plural-possessive `s’` seen while this single quote was innermost: where it
    /// closes if nothing better does.
    weak: Option<Span>,
}

/// How a quote left open at a paragraph end goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Carry {
    /// It does not.
    No,
    /// The next paragraph opens a mark again (the news convention).
    Reopened,
    /// The next paragraph has no opening mark but closes the quote: a line break inside it.
    Implicit,
}

/// Finds the outermost quoted pieces of a document, in text order.
pub fn pieces(doc: &Document) -> Vec<Piece> {
    let text = doc.text();
    let paragraphs = doc.paragraphs();
    let mut out = Vec::with_capacity(doc.text().len() / 512);
    let mut carry = Carry::No;
    let spaced = spaced_marks(text);
    for (p, para) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(p + 1).map(|n| n.span);
        carry = pair_paragraph(text, para.span, p, (carry, spaced), next, &mut out);
    }
    out
}

/// Whether the document sets its straight double quotes apart from the words, as tokenized
/// newswire does (`" We will win , " he said .`): at least two `"` marks, and more of them
/// with white space on both sides than without. There such a mark opens or closes by turns;
/// elsewhere it is a stray mark (an inch sign, a typo) and pairs with nothing.
fn spaced_marks(text: &str) -> bool {
    let (mut spaced, mut attached) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'"', text.as_bytes()) {
        if MarkContext::around(text, 0, i, 1, text.len()).standalone() {
            spaced += 1;
        } else {
            attached += 1;
        }
    }
    spaced >= 2 && spaced > attached
}

/// Pairs the marks of one paragraph into `out`, given how the paragraph before ended and
/// whether the document's straight marks are [spaced](spaced_marks); says how its last
/// quote, if left open, goes on into the next paragraph.
fn pair_paragraph(
    text: &str,
    span: Span,
    p: usize,
    (carry, spaced): (Carry, bool),
    next: Option<Span>,
    out: &mut Vec<Piece>,
) -> Carry {
    let continues = carry != Carry::No;
    let mut st = State {
        text,
        stack: Vec::new(),
        out,
        nested: Vec::new(),
        paragraph: p,
        continues,
        para_start: span.start,
        spaced,
    };
    if carry == Carry::Implicit {
        // The quote of the paragraph before goes on from here, without a mark.
        st.stack.push(Open { double: true, mark: Span::new(span.start, span.start), weak: None });
    }
    let bytes = text.as_bytes();
    // Most paragraphs have no guillemet or backtick: jump between the other mark bytes.
    let para = &bytes[span.start..span.end];
    let rare = memchr::memchr2(0xC2, b'`', para).is_some();
    let mut i = span.start;
    while i < span.end {
        if rare {
            if !MAY_START_MARK[bytes[i] as usize] {
                i += 1;
                continue;
            }
        } else {
            match memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..span.end]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let Some(c) = text[i..span.end].chars().next() else { break };
        let len = c.len_utf8();
        let ctx = MarkContext::around(text, span.start, i, len, span.end);
        i += st.mark(c, i, len, &ctx, span.end);
    }
    st.resolve_weak();
    let Some(&bottom) = st.stack.first() else { return Carry::No };
    let carry = match next {
        Some(n) if opens_with(text, n, bottom.double) => Carry::Reopened,
        Some(n) if bottom.double && closes_first(text, n) => Carry::Implicit,
        _ => Carry::No,
    };
    if carry != Carry::No || bottom.double {
        let ending = if carry != Carry::No { Ending::Continued } else { Ending::Unclosed };
        st.stack.clear();
        st.emit(bottom, None, span.end, ending);
    } else {
        // A single mark never closed was an apostrophe: the quotes inside it stand alone.
        let nested = std::mem::take(&mut st.nested);
        st.out.extend(nested);
    }
    carry
}

/// Whether the first double quote mark of paragraph `span` (within its first few
/// thousand bytes) closes a quote rather than opening one.
fn closes_first(text: &str, span: Span) -> bool {
    let end = span.end.min(span.start + 4000);
    let mut i = span.start;
    while i < end {
        let b = text.as_bytes()[i];
        if !MAY_START_MARK[b as usize] || !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let Some(c) = text[i..end].chars().next() else { break };
        let ctx = MarkContext::around(text, span.start, i, c.len_utf8(), span.end);
        match c {
            '“' | '„' | '«' => return false,
            '”' | '»' => return true,
            '"' if ctx.opening() && !ctx.closing() => return false,
            '"' if ctx.closing() => return true,
            _ => {}
        }
        i += c.len_utf8();
    }
    false
}

struct State<'a> {
    text: &'a str,
    stack: Vec<Open>,
    out: &'a mut Vec<Piece>,
    /// Pieces closed right inside an outermost single quote: kept if that quote turns out
    /// to be an apostrophe, dropped if it closes.
    nested: Vec<Piece>,
    paragraph: usize,
    continues: bool,
    para_start: usize,
    /// Whether a straight double quote with white space on both sides is a quote mark.
    spaced: bool,
}

impl State<'_> {
    /// Handles one candidate mark `c` at `at`; returns how many bytes it used.
    fn mark(&mut self, c: char, at: usize, len: usize, ctx: &MarkContext, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        let span = Span::new(at, at + len);
        match c {
            '“' => {
                if self.has_double() && ctx.closing() && !ctx.opening() {
                    self.close_double(span);
                } else {
                    self.open(true, span);
                }
            }
            '”' => self.close_or_reopen(span, ctx),
            '„' | '«' => self.open(true, span),
            '»' => {
                self.close_double(span);
            }
            '"' => {
                if ctx.opening() && !ctx.closing() {
                    self.open(true, span);
                } else if self.has_double() && (ctx.closing() || !ctx.standalone() || self.spaced) {
                    self.close_double(span);
                } else if self.spaced && ctx.standalone() && !ctx.next_is_closing_punct(self.text, at + len) {
                    // Tokenized text: a mark set apart opens when no quote is open.
                    self.open(true, span);
                }
            }
            '`' if bytes.get(at + 1) == Some(&b'`') => {
                self.open(true, Span::new(at, at + 2));
                return 2;
            }
            '\'' if bytes.get(at + 1) == Some(&b'\'') => {
                // `''` closes a TeX-style quote; on its own it is too ambiguous to open one.
                if self.has_double() {
                    self.close_double(Span::new(at, at + 2));
                }
                return 2;
            }
            '‘' | '‚' | '‹' | '’' | '\'' => {
                if let Some(skip) = rock_n_roll(self.text, at, len, end) {
                    return skip;
                }
                if ctx.inside_word() || ctx.is_elision(self.text, at + len) {
                    return len;
                }
                match c {
                    '‘' | '‚' | '‹' => self.open(false, span),
                    _ if c == '\'' && ctx.opening() && !ctx.closing() => self.open(false, span),
                    _ if ctx.closing() && !ctx.opening() => {
                        if ctx.plural_possessive() {
                            self.weak_single(span);
                        } else {
                            self.close_single(span);
                        }
                    }
                    _ => {}
                }
            }
            '›' => {
                self.close_single(span);
            }
            _ => {}
        }
        len
    }

    /// `”` closes the open double quote, or opens one when it stands where a quote opens
    /// (`”Yes,” she said`, a reversed mark).
    fn close_or_reopen(&mut self, span: Span, ctx: &MarkContext) {
        if !self.close_double(span) && ctx.opening() && !ctx.closing() {
            self.open(true, span);
        }
    }

    fn has_double(&self) -> bool {
        self.stack.iter().any(|o| o.double)
    }

    fn open(&mut self, double: bool, mark: Span) {
        self.resolve_weak();
        if double {
            // A double quote opening while another is open: the earlier one was stray.
            if let Some(pos) = self.stack.iter().rposition(|o| o.double) {
                self.stack.truncate(pos);
            }
        }
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(Open { double, mark, weak: None });
        }
    }

    /// Closes the innermost open double quote (and drops unclosed single quotes inside it).
    fn close_double(&mut self, mark: Span) -> bool {
        let Some(pos) = self.stack.iter().rposition(|o| o.double) else { return false };
        let open = self.stack[pos];
        self.stack.truncate(pos);
        if self.stack.len() <= 1 {
            self.emit(open, Some(mark), mark.start, Ending::Closed);
        }
        true
    }

    /// Closes the innermost quote if it is a single one; a closing single mark never reaches
    /// across an open double quote (it was an apostrophe).
    fn close_single(&mut self, mark: Span) -> bool {
        match self.stack.last().copied() {
            Some(open) if !open.double => {
                self.stack.pop();
                if self.stack.len() <= 1 {
                    self.emit(open, Some(mark), mark.start, Ending::Closed);
                }
                true
            }
            _ => false,
        }
    }

    fn weak_single(&mut self, mark: Span) {
        if let Some(o) = self.stack.last_mut().filter(|o| !o.double) {
            o.weak = Some(mark);
        }
    }

    /// A single quote that met a plural possessive and nothing better closes there.
    fn resolve_weak(&mut self) {
        while let Some(weak) = self.stack.last().filter(|o| !o.double).and_then(|o| o.weak) {
            self.close_single(weak);
        }
    }

    fn emit(&mut self, open: Open, close: Option<Span>, inner_end: usize, ending: Ending) {
        let Some(inner) = trim(self.text, Span::new(open.mark.end, inner_end.max(open.mark.end))) else {
            return;
        };
        let first = self.out.last().is_none_or(|q| q.paragraph != self.paragraph);
        let continues = self.continues && first && open.mark.start == self.para_start;
        let piece =
            Piece { open: open.mark, inner, close, ending, continues, paragraph: self.paragraph, single: !open.double };
        match self.stack.as_slice() {
            [] => {
                self.nested.clear();
                self.out.push(piece);
            }
            [outer] if !outer.double => self.nested.push(Piece { continues: false, ..piece }),
            _ => {}
        }
    }
}

/// `span` without white space at either end, or `None` when nothing is left.
fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.start..span.end];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    (start < end).then(|| Span::new(start, end))
}

/// Whether the paragraph `span` starts with an opening quote mark of the given family.
fn opens_with(text: &str, span: Span, double: bool) -> bool {
    let s = &text[span.start..span.end];
    if double {
        s.starts_with(['“', '"', '„', '«']) || s.starts_with("``")
    } else {
        s.starts_with(['‘', '\'', '‚', '‹'])
    }
}

/// `’n’` (as in `rock ’n’ roll`): the length of the whole unit to skip.
fn rock_n_roll(text: &str, at: usize, len: usize, end: usize) -> Option<usize> {
    let rest = &text[at + len..end];
    let mut chars = rest.chars();
    let n = chars.next()?;
    let close = chars.next()?;
    let after = chars.next();
    let quote = |c: char| matches!(c, '’' | '\'' | '‘');
    let before_ok = text[..at].chars().next_back().is_some_and(char::is_whitespace);
    (matches!(n, 'n' | 'N') && quote(close) && before_ok && after.is_none_or(char::is_whitespace))
        .then(|| len + 1 + close.len_utf8())
}

/// Whether byte `b` can start one of the marks paired here.
static MAY_START_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"\"'`\xC2\xE2";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `text` as `(inside, ending)` strings.
    fn quoted(text: &str) -> Vec<String> {
        let doc = crate::segment("t", text.to_string());
        pieces(&doc)
            .iter()
            .map(|p| {
                let end = match p.ending {
                    Ending::Closed => "",
                    Ending::Continued => " ⏎",
                    Ending::Unclosed => " …",
                };
                format!("{}{}{end}", if p.continues { "⏎ " } else { "" }, doc.slice(p.inner))
            })
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(quoted("“Yes,” she said. Then “no.”"), ["Yes,", "no."]);
        assert_eq!(quoted(r#""This is great," he said, "really.""#), ["This is great,", "really."]);
        assert_eq!(quoted("„Ja“, sagte er. «Oui», dit-elle."), ["Ja", "Oui"]);
        assert_eq!(quoted("He said ``hello world.'' and left."), ["hello world."]);
    }

    #[test]
    fn single_quotes_nested_in_double_belong_to_the_outer_quote() {
        assert_eq!(quoted("“He told me ‘never again’ and left,” she said."), ["He told me ‘never again’ and left,"]);
        assert_eq!(quoted(r#""He said 'go' now," she said."#), ["He said 'go' now,"]);
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        assert_eq!(quoted("China’s analysts’ forecasts of the ’90s and rock ’n’ roll."), Vec::<String>::new());
        assert_eq!(quoted("'Tis the season. Get 'em while they're hot, rock 'n' roll."), Vec::<String>::new());
        assert_eq!(quoted("‘We’re ready,’ she said."), ["We’re ready,"]);
        assert_eq!(quoted("‘The analysts’ forecasts were wrong,’ he said."), ["The analysts’ forecasts were wrong,"]);
        assert_eq!(quoted("‘Ask the Joneses’ he said."), ["Ask the Joneses"]);
    }

    #[test]
    fn a_quote_over_several_paragraphs() {
        let text = "She said:\n\n“First part.\n\n“Second part.\n\n“Last part.”\n\nAfter.";
        assert_eq!(quoted(text), ["First part. ⏎", "⏎ Second part. ⏎", "⏎ Last part."]);
    }

    #[test]
    fn a_line_break_inside_a_quote_without_a_new_mark() {
        let text = "He said, \"I think we learned a lot.\nIt was emotional. We focused better.\"\nNext line.";
        assert_eq!(quoted(text), ["I think we learned a lot. ⏎", "⏎ It was emotional. We focused better."]);
    }

    #[test]
    fn an_unclosed_mark_is_recovered_at_the_paragraph_end() {
        let text = "“We will win, he said. And more.\n\nNext paragraph with “a quote” here.";
        assert_eq!(quoted(text), ["We will win, he said. And more. …", "a quote"]);
    }

    #[test]
    fn a_stray_mark_does_not_shift_later_pairs() {
        assert_eq!(quoted(r#"A stray " mark. Then "a quote" and "another" here."#), ["a quote", "another"]);
        assert_eq!(quoted("Stray ” close. Then “one” and “two”."), ["one", "two"]);
        assert_eq!(quoted("An “unclosed one. Then “a real one” here."), ["a real one"]);
        assert_eq!(quoted("A stray ‘mark. Then “a real one,” she said."), ["a real one,"]);
        assert_eq!(quoted("‘He told me “no” twice,’ she said."), ["He told me “no” twice,"]);
        assert_eq!(quoted("He is 6' tall and 5'10\" wide, then \"quoted\" here."), ["quoted"]);
    }

    #[test]
    fn marks_set_apart_from_the_words_in_tokenized_text() {
        assert_eq!(
            quoted("\" We do n't agree , \" the spokesman told a briefing . He said : \" It is over . \""),
            ["We do n't agree ,", "It is over ."]
        );
        let text = "The minister said : \" We will wait .\n\n\" Then we will decide . \" The talks end on Friday .";
        assert_eq!(quoted(text), ["We will wait . ⏎", "⏎ Then we will decide ."]);
        // One mark set apart among ordinary ones is a stray mark, not an opening.
        assert_eq!(quoted(r#"A stray " mark. Then "a quote" and "another" here."#), ["a quote", "another"]);
        assert_eq!(quoted(r#"Two " strays " here, then "one" quote."#), ["one"]);
    }

    #[test]
    fn reversed_and_odd_marks() {
        assert_eq!(quoted("”Yes,” she said."), ["Yes,"]);
        assert_eq!(quoted("“A“ and “B”."), ["A", "B"]);
        assert_eq!(quoted("“”"), Vec::<String>::new());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let long = "“".repeat(10_000) + &"'".repeat(10_000) + &"x".repeat(100_000);
        for text in ["", "\"", "'", "“", "’", "‘’‘’", "«»»«", "``''``", "🇨🇳“👍🏽”’", long.as_str()]
        {
            let doc = crate::segment("t", text.to_string());
            for p in pieces(&doc) {
                assert!(p.inner.start < p.inner.end && doc.text().is_char_boundary(p.inner.start));
            }
        }
    }
}
