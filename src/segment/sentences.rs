//! Sentence boundaries inside one paragraph.
//!
//! A boundary is proposed at every run of terminal punctuation (`.`, `?`, `!`, `…`, `. . .`,
//! CJK full stops) followed by white space, after taking in the closing quotes, brackets and
//! citation marks that belong to the sentence (`.”`, `”.`, `?)`, `.[7]`). It is accepted or
//! refused by what comes before and after it:
//!
//! - a lower-case word, or `,`/`;`/`:`, after the mark never starts a sentence
//!   (`“Why?” he asked.`, `Yahoo! in`);
//! - after a period, the word before it is looked up in the abbreviation lexicon, whose
//!   classes say what may follow (`Mr.` never ends a sentence, `No. 1` continues, `6 p.m.`
//!   ends before a capital unless the clause opened with a preposition, `Inc.` and `U.S.`
//!   end only before a typical sentence opener); a single capital is an initial
//!   (`J. K. Rowling`), except the pronoun `I` (not at a line's start: `I. Healy`);
//! - an ellipsis ends a sentence only before a capital other than the pronoun `I`;
//! - nothing inside a closed quote or bracket pair is a boundary (see [`super::enclosures`]);
//! - a dateline (`LONDON (Reuters) -`) at the start of a paragraph is a sentence of its own.
//!
//! Work is linear in the paragraph: each look-behind and look-ahead is bounded.

use std::sync::LazyLock;

use regex::Regex;

use super::enclosures::{self, Enclosure};
use crate::lexicon::{self, WordMap, WordSet};
use crate::span::Span;

/// How an abbreviation behaves at a period; see `src/lexicon/abbreviations.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Title,
    Honorific,
    Numeric,
    Time,
    Era,
    Starter,
    /// Ends the sentence before a capital, as a plain word does (`N.V.`, `S.A.`).
    Final,
}

/// The sentence splitter's word lists, hashed with the crate's cheap word hasher: they are
/// looked up at every candidate boundary.
struct Lexicon {
    abbreviations: WordMap<&'static str, Class>,
    openers: WordSet<&'static str>,
    /// In lower case.
    intro: WordSet<String>,
    /// Weekdays and time zones after a clock time (`p.m. Saturday`, `p.m. ET`).
    clock_followers: WordSet<&'static str>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    abbreviations: lexicon::pairs(lexicon::ABBREVIATIONS)
        .filter_map(|(word, class)| {
            let class = match class {
                "title" => Class::Title,
                "honorific" => Class::Honorific,
                "numeric" => Class::Numeric,
                "time" => Class::Time,
                "era" => Class::Era,
                "starter" => Class::Starter,
                "final" => Class::Final,
                _ => return None,
            };
            Some((word, class))
        })
        .collect(),
    openers: lexicon::entries(lexicon::SENTENCE_OPENERS).collect(),
    intro: lexicon::entries(lexicon::INTRO_PREPOSITIONS).map(str::to_ascii_lowercase).collect(),
    clock_followers: lexicon::entries(lexicon::CLOCK_FOLLOWERS).collect(),
});

/// A month's name or abbreviation in a dateline's date.
macro_rules! month {
    () => {
        r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    };
}

/// A dateline's date after its place: `, March 3, 2026` or `, 3 March 2026`.
macro_rules! dateline_date {
    () => {
        concat!(
            r"(?:,?[ \u{a0}](?:",
            month!(),
            r"[ \u{a0}]\d{1,2}(?:,[ \u{a0}]\d{4})?|\d{1,2}[ \u{a0}]",
            month!(),
            r"(?:[ \u{a0}]\d{4})?))"
        )
    };
}

/// Capitals for a dateline's place: ASCII, Latin-1 and Latin Extended-A (`ŁÓDŹ`, `SÃO
/// PAULO`), as ranges; the Unicode classes would cost the regex's compilation tens of
/// millions of instructions.
macro_rules! capitals {
    () => {
        r"A-Z\u{c0}-\u{d6}\u{d8}-\u{de}\u{100}-\u{17f}"
    };
}

/// Lower-case letters of the same ranges.
macro_rules! small_letters {
    () => {
        r"a-z\u{df}-\u{f6}\u{f8}-\u{17f}"
    };
}

/// The state, province or country after a dateline's place (`, Calif.`, `, Kenya`), up to two.
macro_rules! state {
    () => {
        concat!(
            r"(?:,[ \u{a0}][",
            capitals!(),
            r"][",
            capitals!(),
            small_letters!(),
            r".]+(?:[ \u{a0}][",
            capitals!(),
            r"][",
            capitals!(),
            small_letters!(),
            r".]+){0,2}){0,2}"
        )
    };
}

/// A dateline at the start of a paragraph: an upper-case place, optional state and date,
/// an optional agency in brackets or slashes, and a dash.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[",
        capitals!(),
        r"][",
        capitals!(),
        r"’'.\-]+(?:[ \u{a0}][",
        capitals!(),
        r"][",
        capitals!(),
        r"’'.\-]*){0,3}",
        state!(),
        r"(?:,?[ \u{a0}][A-Z][a-z]{2,8}\.?[ \u{a0}]\d{1,2}(?:,[ \u{a0}]\d{4})?|",
        dateline_date!(),
        r")?",
        r"[ \u{a0}]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,60}/)?[ \u{a0}]*(?:--|-|—|–)[ \u{a0}]+"
    ))
    .expect("dateline pattern compiles")
});

/// A dateline whose place is written in title case (`Prague, October 18, 2020 —`,
/// `Brussels, Nov 3 (Reuters) -`): such a place reads like any sentence's first words, so
/// a date or an agency in brackets must follow it.
static TITLE_CASE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[",
        capitals!(),
        r"][",
        small_letters!(),
        r"’'.\-]+(?:[ \u{a0}][",
        capitals!(),
        r"][",
        capitals!(),
        small_letters!(),
        r"’'.\-]*){0,3}",
        state!(),
        r"(?:",
        dateline_date!(),
        r"[ \u{a0}]*(?:\([A-Z][^()\n]{0,39}\))?|[ \u{a0}]\([A-Z][^()\n]{0,39}\))",
        r"[ \u{a0}]*(?:--|-|—|–)[ \u{a0}]+"
    ))
    .expect("title-case dateline pattern compiles")
});

/// Whether `head` opens as [`DATELINE`] requires, an upper-case letter and one more
/// letter or mark of a place name; most paragraphs do not, and skip the regex.
fn may_open_dateline(head: &str) -> bool {
    let mut chars = head.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(|c| c.is_uppercase() || matches!(c, '\'' | '.' | '-' | '’'))
}

/// The dateline `head` opens with, in capitals or in title case, if any.
fn dateline(head: &str) -> Option<regex::Match<'_>> {
    if may_open_dateline(head) {
        return DATELINE.find(head);
    }
    // A title-case place is followed by a comma or a bracket within its first few words.
    let bytes = head.as_bytes();
    let mut chars = head.chars();
    let opens = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
    if !opens || memchr::memchr2(b',', b'(', &bytes[..bytes.len().min(48)]).is_none() {
        return None;
    }
    TITLE_CASE_DATELINE.find(head)
}

/// Longest look-behind for the word before a period, in bytes.
const MAX_WORD: usize = 48;

/// Splits one paragraph into sentences; spans are relative to `text` and trimmed.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    split_into(text, &mut Buffers::default(), &mut out);
    out
}

/// What splitting needs besides the text, kept from paragraph to paragraph so that a
/// document's paragraphs are split without allocating for each.
#[derive(Debug, Default)]
pub struct Buffers {
    open: enclosures::OpenMarks,
    pairs: Vec<Enclosure>,
    protected: Vec<(usize, usize)>,
}

/// As [`split`], into `out` (cleared first).
pub fn split_into(text: &str, buffers: &mut Buffers, out: &mut Vec<Span>) {
    out.clear();
    enclosures::enclosures_into(text, &mut buffers.open, &mut buffers.pairs);
    enclosures::protected_into(&buffers.pairs, &mut buffers.protected);
    Splitter { text, bytes: text.as_bytes(), pairs: &buffers.pairs, protected: &buffers.protected }.run(out);
}

struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pairs: &'a [Enclosure],
    protected: &'a [(usize, usize)],
}

/// What a run of terminal punctuation is made of.
#[derive(Clone, Copy, Debug, Default)]
struct Run {
    end: usize,
    ellipsis: bool,
    question_or_exclamation: bool,
    /// An ellipsis in brackets, `[...]`: words left out, never an end.
    omission: bool,
}

impl Splitter<'_> {
    /// Appends the sentences to `out`.
    fn run(&self, out: &mut Vec<Span>) {
        let n = self.bytes.len();
        let mut start = self.skip_space(0);
        let head = &self.text[start..floor_boundary(self.text, n.min(start + 200))];
        if let Some(m) = dateline(head) {
            let end = start + m.end();
            out.push(self.trimmed(start, end));
            start = self.skip_space(end);
        }
        let mut clause = Clause::new(start);
        // A list marker (`1.`, `a)`, `• 9.`) is part of its item, not a sentence; the items
        // that follow it inline (`1. First item 2. Second item`) start sentences.
        let first_marker = list_marker(&self.text[start..]);
        let mut i = start + first_marker.map_or(0, |m| m.len);
        let items = first_marker.map(|m| self.inline_items(start, m)).unwrap_or_default();
        let mut items = items.into_iter().peekable();
        let mut stops = Stops::default();
        while i < n {
            let item = items.peek().map_or(n, |&(item, _)| item);
            i = stops.next(self.bytes, i).min(item);
            if i >= n {
                break;
            }
            if i == item {
                let span = self.trimmed(start, item);
                if !span.is_empty() {
                    out.push(span);
                }
                start = item;
                clause.reset(item);
                i = items.next().map_or(n, |(_, marker_end)| marker_end);
                continue;
            }
            let Some(len) = terminal_len(self.bytes, i) else {
                i += 1;
                continue;
            };
            let clause_start = self.skip_space(clause.upto(self.bytes, i));
            let run = self.terminal_run(i, len);
            let end = self.closers(i, run.end);
            let at_end = end >= n;
            let cjk = is_cjk_terminal(self.bytes, i);
            let followed_by_space = at_end || self.char_at(end).is_some_and(char::is_whitespace);
            // `world.Today`: a missing space after a period between two words.
            if !followed_by_space && !cjk && self.is_glued_boundary(i, run.end) {
                if self.is_boundary(i, run, run.end, clause_start) {
                    out.push(self.trimmed(start, run.end));
                    start = run.end;
                    clause.reset(run.end);
                }
                i = run.end;
                continue;
            }
            if run.omission || !(followed_by_space || cjk) || self.is_protected(i, end) {
                i = run.end.max(i + len);
                continue;
            }
            let next = self.skip_space(end);
            if next >= n {
                break;
            }
            // `compounds. . . . The`: a period, then an ellipsis that opens the next sentence.
            if self.period_then_spaced_ellipsis(i, run.end) && self.char_at(next).is_some_and(char::is_uppercase) {
                out.push(self.trimmed(start, i + 1));
                start = i + 2;
                clause.reset(start);
                i = run.end;
                continue;
            }
            if cjk || self.is_boundary(i, run, next, clause_start) {
                out.push(self.trimmed(start, end));
                start = next;
                clause.reset(next);
            }
            i = end.max(i + len);
        }
        if start < n {
            let span = self.trimmed(start, n);
            if !span.is_empty() {
                out.push(span);
            }
        }
    }

    /// The items that follow a paragraph's first list marker inline, each as the offset
    /// where its marker starts and the offset after it: the next number or letter in the
    /// same style, after white space, before a capital.
    fn inline_items(&self, start: usize, first: ListMarker) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut value = first.value;
        let mut from = start + first.len;
        loop {
            value += 1;
            let label = match first.label {
                Label::Number => value.to_string(),
                Label::Letter => match char::from_u32(value) {
                    Some(c) if c.is_ascii_lowercase() => c.to_string(),
                    _ => break,
                },
            };
            let needle = format!("{label}{}", first.suffix);
            let mut found = None;
            let mut at = from;
            while let Some(k) = memchr::memmem::find(&self.bytes[at..], needle.as_bytes()) {
                let pos = at + k;
                at = pos + 1;
                let item = self.item_start(pos, first.bullet);
                let marker_end = pos + needle.len();
                if let (Some(item), Some(m)) = (item, list_marker(&self.text[marker_end - needle.len()..])) {
                    // An inline item must open with a capital (`2. The`, not `2. 5 per cent`).
                    let opens = self.char_at(marker_end - needle.len() + m.len).is_some_and(char::is_uppercase);
                    if m.len >= needle.len() && opens {
                        found = Some((item, marker_end - needle.len() + m.len));
                        break;
                    }
                }
            }
            let Some((item, end)) = found else { break };
            out.push((item, end));
            from = end;
        }
        out
    }

    /// Where an inline list item whose label starts at `label` begins: at its bullet (when
    /// the list uses one) or at the label, which must follow white space.
    fn item_start(&self, label: usize, bullet: Option<char>) -> Option<usize> {
        let before = &self.text[..label];
        let before = match bullet {
            Some(b) => before.trim_end_matches([' ', '\u{a0}']).strip_suffix(b)?,
            None => before,
        };
        let item = before.len();
        before.ends_with(char::is_whitespace).then_some(item)
    }

    /// A period right after a word, then a spaced ellipsis (`compounds. . . .`).
    fn period_then_spaced_ellipsis(&self, at: usize, end: usize) -> bool {
        self.bytes[at] == b'.'
            && at > 0
            && self.bytes[at - 1].is_ascii_alphanumeric()
            && &self.bytes[at + 1..end] == b" . . ."
    }

    /// Whether the terminal run at `at` ends the sentence, given the text from `next`.
    fn is_boundary(&self, at: usize, run: Run, next: usize, clause: usize) -> bool {
        let Some(first) = self.char_at(next) else { return false };
        if matches!(first, ',' | ';' | ':' | ')' | ']' | '}') || first == '-' && self.bytes.get(next + 1) == Some(&b'-')
        {
            return false;
        }
        let (word_start, quoted) = self.skip_openers(next);
        let Some(c) = self.char_at(word_start) else { return false };
        // A lower-case word continues the sentence; a lone mark (`Dad ! '' .`) belongs to it.
        if c.is_lowercase()
            || terminal_len(self.bytes, word_start).is_some()
            || matches!(c, ',' | ';' | ':' | ')' | ']' | '}')
        {
            return false;
        }
        if run.ellipsis {
            return c.is_uppercase() && !self.is_pronoun_i(word_start);
        }
        if run.question_or_exclamation {
            return true;
        }
        // A single period (or `..`): judge the word before it.
        let word = self.word_before(at);
        // A number, or an amount of money (`est. $4.9 billion`).
        let digit = c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₩' | '₽');
        // Looked up only for the classes that ask: most periods end a plain word.
        let opener = || quoted || self.is_opener(word_start);
        let class = abbreviation_class(word);
        match class {
            Some(Class::Title | Class::Honorific) => false,
            Some(Class::Numeric) => !(digit || self.is_roman_numeral(word_start)),
            // `at 2:30 p.m. Saturday, smashed …`, `4 p.m. ET`: a day or a time zone goes on.
            Some(Class::Time) if self.day_or_zone_at(word_start) => false,
            Some(Class::Time) => digit || !c.is_uppercase() || !self.is_intro(clause) || opener(),
            // `opener B.C. Cooray`: capitals joined by periods after no number or period of
            // time are a person's initials.
            Some(Class::Era) if is_initials(word) && !self.dated_before(at - word.len()) => opener(),
            Some(Class::Era) => !digit && (!c.is_uppercase() || !self.is_intro(clause) || opener()),
            Some(Class::Starter) => opener() || self.is_honorific(word_start),
            Some(Class::Final) => true,
            None if is_initial(word) || is_initials(word) => {
                // `I. Healy not out 22`: an `I` that opens a line is an initial.
                let line_start = at < 2 || self.bytes[at - 2] == b'\n';
                if word == "I" && !line_start && !self.previous_word_capitalised(at - 1) {
                    true
                } else {
                    opener()
                }
            }
            None => true,
        }
    }

    /// Whether the word at `at` is a weekday or a time zone that a clock time's `a.m.` or
    /// `p.m.` runs into (`Saturday`, `ET`, `GMT`).
    fn day_or_zone_at(&self, at: usize) -> bool {
        let word = self.word_at(at);
        // `at 6 a.m. Pacific time`: a zone named by its region, before `time`.
        if matches!(word, "Pacific" | "Eastern" | "Central" | "Mountain" | "Atlantic") {
            let next = at + word.len() + 1;
            return self.bytes.get(at + word.len()) == Some(&b' ')
                && matches!(self.word_at(next.min(self.bytes.len())), "time" | "Time" | "Standard" | "Daylight");
        }
        // The letters only: `Saturday's` is `Saturday`.
        LEXICON.clock_followers.contains(&word[..word.bytes().take_while(u8::is_ascii_alphabetic).count()])
    }

    /// Scans terminal punctuation from `at`, taking in runs like `?!`, `...`, `. . .`,
    /// `! ! !` and `! .`.
    fn terminal_run(&self, at: usize, first_len: usize) -> Run {
        let mut run = Run::default();
        let mut dots = 0;
        let mut i = at;
        let mut len = first_len;
        loop {
            match self.bytes[i] {
                b'.' => dots += 1,
                b'?' | b'!' => run.question_or_exclamation = true,
                _ if self.text[i..].starts_with('…') => run.ellipsis = true,
                _ => run.question_or_exclamation |= !self.text[i..].starts_with('.'),
            }
            i += len;
            if let Some(l) = terminal_len(self.bytes, i) {
                len = l;
                continue;
            }
            // `. . .` and `? ? ?`: one space, then more terminal punctuation.
            if self.bytes.get(i) == Some(&b' ') {
                if let Some(l) = terminal_len(self.bytes, i + 1) {
                    i += 1;
                    len = l;
                    continue;
                }
            }
            break;
        }
        run.ellipsis |= dots >= 3;
        // `[...]` and `(…)` mark an omission, not an end.
        run.omission = run.ellipsis && at > 0 && matches!(self.bytes[at - 1], b'[' | b'(');
        run.end = i;
        run
    }

    /// Takes in what closes the sentence after its terminal run: closing quotes and
    /// brackets, more terminal punctuation (`”.`), citation marks (`.[7][8]`, `. [1]`), and
    /// a tokenized closing quote after a space when it closes a pair holding the run.
    fn closers(&self, at: usize, mut i: usize) -> usize {
        let n = self.bytes.len();
        loop {
            let start = i;
            while let Some(c) = self.char_at(i) {
                if matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›' | '）' | '」' | '』' | '`')
                {
                    i += c.len_utf8();
                } else if let Some(l) = terminal_len(self.bytes, i) {
                    i += l;
                } else {
                    break;
                }
            }
            // Citation marks: `[7]`, optionally after one space.
            let mut j = i;
            if self.bytes.get(j) == Some(&b' ') && self.bytes.get(j + 1) == Some(&b'[') {
                j += 1;
            }
            while let Some(end) = self.citation(j) {
                i = end;
                j = end;
                if self.bytes.get(j) == Some(&b' ') && self.bytes.get(j + 1) == Some(&b'[') {
                    j += 1;
                }
            }
            // A closing mark of a pair that holds the run, after white space (`through. '`).
            let next = self.skip_space(i);
            if next > i && next < n {
                let k = self.pairs.partition_point(|p| p.close < next);
                if let Some(pair) = self.pairs[k..].iter().take_while(|p| p.close == next).find(|p| p.open < at) {
                    i = pair.close_end;
                }
            }
            if i == start {
                return i;
            }
        }
    }

    /// A citation mark `[12]` or `[2–11]` at `i`; returns its end.
    fn citation(&self, i: usize) -> Option<usize> {
        if self.bytes.get(i) != Some(&b'[') {
            return None;
        }
        let rest = self.window(i + 1, i + 12);
        let close = rest.find(']')?;
        let inner = &rest[..close];
        (!inner.is_empty()
            && inner.chars().all(|c| c.is_ascii_digit() || "–-, ".contains(c))
            && inner.as_bytes()[0].is_ascii_digit())
        .then_some(i + 1 + close + 1)
    }

    /// A period with no space after it that still ends a sentence: between a lower-case
    /// word (or a number) and a capitalised word, outside e-mail addresses and URLs.
    fn is_glued_boundary(&self, at: usize, end: usize) -> bool {
        if self.bytes[at] != b'.' || end != at + 1 || at == 0 {
            return false;
        }
        let before = self.bytes[at - 1];
        // The next word: a capital, then lower-case letters only (`Today`, not `Bg5`).
        let mut after = self.text[end..].chars();
        let word_ok = after.next().is_some_and(char::is_uppercase) && {
            let rest: usize = after.by_ref().take(MAX_WORD).take_while(|c| c.is_lowercase()).count();
            rest >= 1 && !self.text[end..].chars().nth(rest + 1).is_some_and(|c| c.is_alphanumeric())
        };
        if !(before.is_ascii_lowercase() || before.is_ascii_digit()) || !word_ok {
            return false;
        }
        // The whole run of non-space text around the period must be plain words.
        let before = self.window(at.saturating_sub(MAX_WORD), at);
        let before = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        let after = self.window(end, end + MAX_WORD);
        let after = after.split(char::is_whitespace).next().unwrap_or(after);
        let token = [before, after];
        token.iter().all(|t| !t.contains(['@', '/', '\\', '_', '=']) && !t.contains("www"))
    }

    /// Whether the run at `at`, with its closers up to `end`, lies inside a closed pair.
    fn is_protected(&self, at: usize, end: usize) -> bool {
        let k = self.protected.partition_point(|&(_, close)| close <= at);
        self.protected.get(k).is_some_and(|&(open, close)| open < at && end <= close)
    }

    /// The word directly before a period at `at` (one space allowed: `Mr .`), without
    /// opening punctuation.
    /// Whether the word before byte `at` dates what follows it: a number or a period of
    /// time (`44 B.C.`, `the fifth century B.C.`).
    fn dated_before(&self, at: usize) -> bool {
        let word = self.word_before(at);
        word.bytes().last().is_some_and(|b| b.is_ascii_digit())
            || ["century", "centuries", "millennium", "year", "years"].contains(&word)
    }

    fn word_before(&self, at: usize) -> &str {
        let mut end = at;
        if end > 0 && self.bytes[end - 1] == b' ' {
            end -= 1;
        }
        let floor = end.saturating_sub(MAX_WORD);
        let mut start = end;
        while start > floor && !self.bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let word = &self.text[start..end];
        // `171/U.S .`, `nurse—Mr.`: the word starts after a slash or a dash.
        let word = word.rsplit(['/', '—', '–']).next().unwrap_or(word);
        let word = word.trim_start_matches(['(', '[', '{', '"', '\'', '“', '‘', '«', '`']);
        // `Tuesday.Mr`: after a period glued between a lower-case letter and a capital.
        match word.rfind('.') {
            Some(k)
                if k > 0
                    && word.as_bytes()[k - 1].is_ascii_lowercase()
                    && word[k + 1..].len() > 1
                    && word[k + 1..].starts_with(|c: char| c.is_uppercase())
                    && abbreviation_class(word).is_none() =>
            {
                &word[k + 1..]
            }
            _ => word,
        }
    }

    /// Whether the word before the one ending at `at` starts with a capital (`Albert I.`).
    fn previous_word_capitalised(&self, at: usize) -> bool {
        let before = self.window(at.saturating_sub(MAX_WORD), at);
        let before = before.trim_end_matches(|c: char| !c.is_whitespace());
        before.split_whitespace().next_back().and_then(|w| w.chars().next()).is_some_and(char::is_uppercase)
    }

    /// Skips opening quotes and brackets (and a space after a tokenized one); returns where
    /// the word starts and whether a quote was skipped.
    fn skip_openers(&self, mut i: usize) -> (usize, bool) {
        let mut quoted = false;
        for _ in 0..4 {
            match self.char_at(i) {
                Some(c) if matches!(c, '"' | '\'' | '“' | '‘' | '«' | '„' | '‚' | '`' | '(' | '[' | '{') => {
                    quoted |= !matches!(c, '(' | '[' | '{');
                    i += c.len_utf8();
                    if self.bytes.get(i) == Some(&b' ') {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        (i, quoted)
    }

    /// The letters of the word starting at `i`.
    fn word_at(&self, i: usize) -> &str {
        let rest = self.window(i, i + MAX_WORD);
        let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        // ASCII letters, digits and `'` byte by byte; from a non-ASCII byte on, by chars.
        let ascii = rest.bytes().position(|b| !(b.is_ascii_alphanumeric() || b == b'\'')).unwrap_or(rest.len());
        let end = match rest.as_bytes().get(ascii) {
            Some(b) if !b.is_ascii() => ascii + rest[ascii..].find(|c| !in_word(c)).unwrap_or(rest.len() - ascii),
            _ => ascii,
        };
        &rest[..end]
    }

    /// `Mr.`, `Mrs.`: a personal title, which opens a sentence after `U.S.` or `Inc.`.
    fn is_honorific(&self, i: usize) -> bool {
        let word = self.word_at(i);
        self.bytes.get(i + word.len()) == Some(&b'.') && abbreviation_class(word) == Some(Class::Honorific)
    }

    fn is_opener(&self, i: usize) -> bool {
        LEXICON.openers.contains(self.word_at(i))
    }

    /// Whether the clause starting at `i` opens with a preposition (`At 6 a.m. …`).
    fn is_intro(&self, i: usize) -> bool {
        let (i, _) = self.skip_openers(i);
        let word = self.word_at(i);
        let mut buf = [0u8; 16];
        if word.len() > buf.len() {
            return false;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| LEXICON.intro.contains(w))
    }

    /// The pronoun `I` (not an initial, not a word starting with I).
    fn is_pronoun_i(&self, i: usize) -> bool {
        self.bytes[i] == b'I' && self.char_at(i + 1).is_none_or(|c| !c.is_alphabetic())
    }

    fn is_roman_numeral(&self, i: usize) -> bool {
        let w = self.word_at(i);
        !w.is_empty() && w.len() <= 5 && w.bytes().all(|b| b"IVXLC".contains(&b))
    }

    /// The text between `from` and `to`, both clamped to the text and moved inward to char
    /// boundaries.
    fn window(&self, from: usize, to: usize) -> &str {
        let to = floor_boundary(self.text, to.min(self.bytes.len()));
        let mut from = from.min(to);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        &self.text[from..to]
    }

    fn char_at(&self, i: usize) -> Option<char> {
        match self.bytes.get(i) {
            // An ASCII byte is always a whole char.
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.text.get(i..).and_then(|s| s.chars().next()),
        }
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while let Some(c) = self.char_at(i) {
            if !c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    fn trimmed(&self, start: usize, end: usize) -> Span {
        let s = &self.text[start..end];
        let rest = s.trim_start();
        let lead = s.len() - rest.len();
        Span::new(start + lead, start + lead + rest.trim_end().len())
    }
}

/// Finds the places that may hold terminal punctuation: `.`, `!`, `?`, and the lead bytes
/// of `…`, `‼`, `⁇`, `⁈`, `⁉` and the CJK stops. Both searches are remembered, so each byte
/// of the paragraph is searched once.
#[derive(Default)]
struct Stops {
    ascii: Option<usize>,
    multibyte: Option<usize>,
}

impl Stops {
    /// The first place at or after `i`, or `bytes.len()`.
    fn next(&mut self, bytes: &[u8], i: usize) -> usize {
        let find = |cached: Option<usize>, a, b, c| match cached {
            Some(at) if at >= i => at,
            _ => memchr::memchr3(a, b, c, &bytes[i..]).map_or(bytes.len(), |k| i + k),
        };
        let ascii = find(self.ascii, b'.', b'!', b'?');
        let multibyte = find(self.multibyte, 0xE2, 0xE3, 0xEF);
        self.ascii = Some(ascii);
        self.multibyte = Some(multibyte);
        ascii.min(multibyte)
    }
}

/// Where the current clause starts: the sentence start, or after the last colon or
/// semicolon followed by a space (`He noted: In 44 B.C. …`; not a clock time's colon).
/// The text is searched lazily, each byte once.
struct Clause {
    at: usize,
    scanned: usize,
}

impl Clause {
    fn new(at: usize) -> Clause {
        Clause { at, scanned: at }
    }

    /// A new sentence starts at `at`.
    fn reset(&mut self, at: usize) {
        self.at = at;
        self.scanned = self.scanned.max(at);
    }

    /// The clause start as seen from `i`.
    fn upto(&mut self, bytes: &[u8], i: usize) -> usize {
        while self.scanned < i {
            let Some(k) = memchr::memchr2(b':', b';', &bytes[self.scanned..i]) else {
                self.scanned = i;
                break;
            };
            let at = self.scanned + k;
            if bytes.get(at + 1).is_none_or(u8::is_ascii_whitespace) {
                self.at = at + 1;
            }
            self.scanned = at + 1;
        }
        self.at
    }
}

/// What labels a list: numbers or lower-case letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Number,
    Letter,
}

/// A list marker at the start of an item: `1.`, `2)`, `3.)`, `a.`, `• 9.`, `⁃10.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ListMarker {
    /// The bullet before the label, if any.
    bullet: Option<char>,
    label: Label,
    /// The number, or the letter's code point.
    value: u32,
    /// What follows the label: `.`, `)` or `.)`.
    suffix: &'static str,
    /// The marker's length in bytes, with the white space after it.
    len: usize,
}

/// The list marker opening `text`, if any: a numbered or lettered label (with an optional
/// bullet before it) followed by white space and a capital letter or digit.
fn list_marker(text: &str) -> Option<ListMarker> {
    let mut rest = text;
    let bullet = rest.chars().next().filter(|c| matches!(c, '•' | '⁃' | '·' | '▪' | '◦' | '‣' | '-' | '*' | '–'));
    if let Some(b) = bullet {
        rest = rest[b.len_utf8()..].trim_start_matches([' ', '\u{a0}']);
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (label, value, n) = match digits {
        1..=3 => (Label::Number, rest[..digits].parse().ok()?, digits),
        0 if rest.as_bytes().first().is_some_and(u8::is_ascii_lowercase) => {
            (Label::Letter, rest.as_bytes()[0] as u32, 1)
        }
        _ => return None,
    };
    let after = &rest[n..];
    let suffix = [".)", ".", ")"].into_iter().find(|s| after.starts_with(s))?;
    let tail = &after[suffix.len()..];
    let space = tail.len() - tail.trim_start().len();
    let starts_item = tail.trim_start().chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if space == 0 || !starts_item {
        return None;
    }
    Some(ListMarker { bullet, label, value, suffix, len: text.len() - tail.len() + space })
}

/// The byte length of a terminal punctuation mark at `i`, if there is one.
fn terminal_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 => match bytes.get(i + 1..i + 3)? {
            [0x80, 0xA6] | [0x80, 0xBC] | [0x81, 0x87] | [0x81, 0x88] | [0x81, 0x89] => Some(3), // … ‼ ⁇ ⁈ ⁉
            _ => None,
        },
        0xE3 | 0xEF if is_cjk_terminal(bytes, i) => Some(3),
        _ => None,
    }
}

/// `。`, `！` or `？`: these end a sentence without a following space.
fn is_cjk_terminal(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i..i + 3), Some([0xE3, 0x80, 0x82]) | Some([0xEF, 0xBC, 0x81]) | Some([0xEF, 0xBC, 0x9F]))
}

/// The class of `word` (written without its final period) in the abbreviation lexicon;
/// a leading number is ignored (`7a.m`).
fn abbreviation_class(word: &str) -> Option<Class> {
    let lex = &LEXICON.abbreviations;
    lex.get(word).copied().or_else(|| {
        let bare = word.trim_start_matches(|c: char| c.is_ascii_digit());
        (bare.len() < word.len() && !bare.is_empty()).then(|| lex.get(bare).copied()).flatten()
    })
}

/// A single capital letter: a middle initial (`George W.`) or the pronoun `I`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Capitals joined by periods, before the last one: a person's or a firm's initials (`J.P`
/// of `J.P. Morgan`, `A.G` of `A.G. Edwards`).
pub(crate) fn is_initials(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, c)| if i % 2 == 0 { c.is_ascii_uppercase() } else { *c == b'.' })
}

/// The last character boundary of `s` at or before byte `i`.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` and compares the sentences' text with `expected`.
    #[track_caller]
    fn assert_sentences(text: &str, expected: &[&str]) {
        let got: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, expected, "\ntext: {text}");
    }

    #[test]
    fn plain_sentences() {
        assert_sentences("This is a test. This is only a test.", &["This is a test.", "This is only a test."]);
        assert_sentences("Hello world! How are you?", &["Hello world!", "How are you?"]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_sentences("Mr. Smith went to Washington. He left.", &["Mr. Smith went to Washington.", "He left."]);
        assert_sentences("J. K. Rowling wrote it. She was British.", &["J. K. Rowling wrote it.", "She was British."]);
        assert_sentences("Gov. Harold P. Quimby said no.", &["Gov. Harold P. Quimby said no."]);
        assert_sentences(
            "We make a good team, you and I. Did you see Albert I. Jones?",
            &["We make a good team, you and I.", "Did you see Albert I. Jones?"],
        );
        // An `I` opening a line is an initial (`I. Healy not out 22`), unless an opener follows.
        assert_sentences("I. Healy was out for 22. He left.", &["I. Healy was out for 22.", "He left."]);
        assert_sentences("Who was it?\nI. Then I left.", &["Who was it?", "I.", "Then I left."]);
        assert_sentences(
            "He joined J.P. Morgan and A.G. Edwards. It was in the U.A.E. The firm grew.",
            &["He joined J.P. Morgan and A.G. Edwards.", "It was in the U.A.E.", "The firm grew."],
        );
        // Era letters that no number or period of time goes before are initials.
        assert_sentences(
            "Opener B.C. Cooray made 45. It was built in the fifth century B.C. Historians agree.",
            &["Opener B.C. Cooray made 45.", "It was built in the fifth century B.C.", "Historians agree."],
        );
        assert_sentences("It fell in 300 B.C. The city burned.", &["It fell in 300 B.C.", "The city burned."]);
        assert_sentences(
            "Kestrel Holdings N.V. Harold Conti will lead it.",
            &["Kestrel Holdings N.V.", "Harold Conti will lead it."],
        );
    }

    #[test]
    fn company_and_country_suffixes() {
        assert_sentences(
            "Acme Inc. Chief Executive Jane Doe said so.",
            &["Acme Inc. Chief Executive Jane Doe said so."],
        );
        assert_sentences("He joined Acme Inc. The firm grew.", &["He joined Acme Inc.", "The firm grew."]);
        assert_sentences(
            "I work for the U.S. Government in Virginia.",
            &["I work for the U.S. Government in Virginia."],
        );
        assert_sentences(
            "Prices rose in the U.S. But not in Europe.",
            &["Prices rose in the U.S.", "But not in Europe."],
        );
    }

    #[test]
    fn numbers_after_abbreviations() {
        assert_sentences("It is the No. 1 seed. It won.", &["It is the No. 1 seed.", "It won."]);
        assert_sentences("He left in Jan. 2020 and never returned.", &["He left in Jan. 2020 and never returned."]);
        assert_sentences("He is 5 ft. 6 in. tall.", &["He is 5 ft. 6 in. tall."]);
        assert_sentences("She weighed 5 lb. Tom was impressed.", &["She weighed 5 lb.", "Tom was impressed."]);
        assert_sentences(
            "Shares rose 3.5 percent. Version 2.4.1 shipped.",
            &["Shares rose 3.5 percent.", "Version 2.4.1 shipped."],
        );
    }

    #[test]
    fn inline_list_items_are_sentences() {
        assert_sentences("1. The first item 2. The second item", &["1. The first item", "2. The second item"]);
        assert_sentences("1.) The first item. 2.) The second item.", &["1.) The first item.", "2.) The second item."]);
        assert_sentences(
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        );
        assert_sentences("a. The first item b. The second item", &["a. The first item", "b. The second item"]);
        assert_sentences("1. The plan has 3 stages.", &["1. The plan has 3 stages."]);
    }

    #[test]
    fn period_then_ellipsis_opens_the_next_sentence() {
        assert_sentences(
            "It was weakened. . . . The practice was kept. . . .",
            &["It was weakened.", ". . . The practice was kept. . . ."],
        );
        assert_sentences(
            "It ends with a period . . . . Next sentence.",
            &["It ends with a period . . . .", "Next sentence."],
        );
    }

    #[test]
    fn list_markers_belong_to_their_item() {
        assert_sentences("1. Schedule a meeting", &["1. Schedule a meeting"]);
        assert_sentences("2) Sign it. Then send it.", &["2) Sign it.", "Then send it."]);
        assert_sentences("Inventory rose to an est. $4.9 billion.", &["Inventory rose to an est. $4.9 billion."]);
    }

    #[test]
    fn clock_times() {
        assert_sentences(
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home.",
            &["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home."],
        );
        assert_sentences("At 6 a.m. The birds sing.", &["At 6 a.m.", "The birds sing."]);
        assert_sentences(
            "Three men entered the shop at 2:30 p.m. Saturday, smashed cases and fled. It ended at 4 p.m. ET on Friday.",
            &["Three men entered the shop at 2:30 p.m. Saturday, smashed cases and fled.", "It ended at 4 p.m. ET on Friday."],
        );
        assert_sentences("They met at 9 p.m. Saturday.", &["They met at 9 p.m. Saturday."]);
        // A zone named by its region runs on before `time`, not before another word.
        assert_sentences(
            "An email arrived at 6 a.m. Pacific time, workers said. It came at 6 a.m. Pacific storms then hit.",
            &[
                "An email arrived at 6 a.m. Pacific time, workers said.",
                "It came at 6 a.m.",
                "Pacific storms then hit.",
            ],
        );
        assert_sentences(
            "The game starts at 7:30 p.m. Lindqvist said so.",
            &["The game starts at 7:30 p.m.", "Lindqvist said so."],
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_sentences("“Why?” he asked. “Because.”", &["“Why?” he asked.", "“Because.”"]);
        assert_sentences(
            "He said, “the US has exaggerated — we’re not that strong yet”. He left.",
            &["He said, “the US has exaggerated — we’re not that strong yet”.", "He left."],
        );
        assert_sentences(
            "She said: “We are ready. We will win.” Then she left.",
            &["She said: “We are ready. We will win.”", "Then she left."],
        );
        assert_sentences(
            "He teaches (He worked as an engineer.) at the school. Next.",
            &["He teaches (He worked as an engineer.) at the school.", "Next."],
        );
    }

    #[test]
    fn ellipses() {
        assert_sentences("Happy... No one cared.", &["Happy...", "No one cared."]);
        assert_sentences("I thought... I would go.", &["I thought... I would go."]);
        assert_sentences("Happy . . . no one cared.", &["Happy . . . no one cared."]);
        assert_sentences(
            "“Bohr […] used the analogy […]” (Smith 55). Next.",
            &["“Bohr […] used the analogy […]” (Smith 55).", "Next."],
        );
    }

    #[test]
    fn urls_emails_and_decimals_do_not_split() {
        assert_sentences(
            "Write to jane.doe@example.com. Or visit https://example.com/a.html today.",
            &["Write to jane.doe@example.com.", "Or visit https://example.com/a.html today."],
        );
        assert_sentences("This balloon costs $1.20 now.", &["This balloon costs $1.20 now."]);
    }

    #[test]
    fn datelines_stand_alone() {
        assert_sentences(
            "LONDON (Reuters) - The bank said it would cut 5,000 jobs.",
            &["LONDON (Reuters) -", "The bank said it would cut 5,000 jobs."],
        );
        assert_sentences(
            "SAN DIEGO, Calif., March 3, 2026 /Invented Newswire/ -- Acme launched.",
            &["SAN DIEGO, Calif., March 3, 2026 /Invented Newswire/ --", "Acme launched."],
        );
        assert_sentences("WASHINGTON — Lawmakers met.", &["WASHINGTON —", "Lawmakers met."]);
        assert_sentences("LONDON, 3 March (Reuters) - Shares fell.", &["LONDON, 3 March (Reuters) -", "Shares fell."]);
        // A place in title case is a dateline when a date or an agency follows it.
        assert_sentences(
            "Prague, October 18, 2020 — Ruth Yamamoto will miss 11 games.",
            &["Prague, October 18, 2020 —", "Ruth Yamamoto will miss 11 games."],
        );
        assert_sentences(
            "Brussels, Nov 3 (Reuters) - Ministers met.",
            &["Brussels, Nov 3 (Reuters) -", "Ministers met."],
        );
        assert_sentences("New Delhi (PTI) - The court ruled.", &["New Delhi (PTI) -", "The court ruled."]);
        assert_sentences("Sydney, 4 June 2025 - Rain fell.", &["Sydney, 4 June 2025 -", "Rain fell."]);
        assert_sentences("Łódź, March 3 — A quake struck.", &["Łódź, March 3 —", "A quake struck."]);
        assert_sentences(
            "ŁÓDŹ, May 4 (Signal Desk) -- Talks resumed.",
            &["ŁÓDŹ, May 4 (Signal Desk) --", "Talks resumed."],
        );
        // Without a date or an agency, it is a sentence's opening words.
        assert_sentences("Paris, the capital, is calm - for now.", &["Paris, the capital, is calm - for now."]);
        assert_sentences("Smith, Jones and Brown - all of them left.", &["Smith, Jones and Brown - all of them left."]);
    }

    #[test]
    fn citations_stay_with_their_sentence() {
        assert_sentences("Hydrogen is a gas.[1][2] It burns.", &["Hydrogen is a gas.[1][2]", "It burns."]);
    }

    #[test]
    fn long_run_without_spaces_is_one_sentence() {
        let text = "a.".repeat(100_000);
        assert_eq!(split(&text).len(), 1);
    }
}
