//! Speech cues: the verbs and phrases that attribute words to someone (`said`, `told`,
//! `stating`, `put it`, `according to`), found in one pass over the text.
//!
//! The cues and their inflected forms are a data file, `lexicon/speech_verbs.txt`, matched
//! with one `aho-corasick` automaton (ASCII case-insensitive, leftmost-longest, so `put it`
//! wins over a shorter form). A match counts when it is a whole word, lower case (or
//! capitalised at a sentence start), and not a noun or a passive: `the said property`,
//! `a warning`, `his remarks`, `he was told`, `is said to be` are not cues. Which cues attribute
//! which quotes is decided in `attribution` and `reported`.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::document::Document;
use crate::lexicon;
use crate::quotes::phrases::WordSet;
use crate::span::Span;

/// What a cue can introduce (the classes of `speech_verbs.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// Direct quotes and reported speech, with or without `that` (`said`).
    Say,
    /// As [`CueClass::Say`], but a clause without `that` needs a verb early on (`added it
    /// would`, not `added 5%`).
    Assert,
    /// As [`CueClass::Say`], after an addressee (`told Reuters that`).
    Tell,
    /// Direct quotes, and reported speech only with `that` (`noted that`).
    That,
    /// Direct quotes only (`laughed`, `continued`).
    Manner,
    /// Direct questions only (`asked`).
    Ask,
    /// Partial quotes after an object (`called the plan “reckless”`).
    Describe,
    /// `according to`.
    According,
    /// `quoted X as saying`.
    Quoted,
}

impl CueClass {
    fn parse(s: &str) -> Option<CueClass> {
        Some(match s {
            "say" => CueClass::Say,
            "assert" => CueClass::Assert,
            "tell" => CueClass::Tell,
            "that" => CueClass::That,
            "manner" => CueClass::Manner,
            "ask" => CueClass::Ask,
            "describe" => CueClass::Describe,
            "according" => CueClass::According,
            "quoted" => CueClass::Quoted,
            _ => return None,
        })
    }

    /// Whether the cue can attribute a whole quoted utterance (`“…,” she said`).
    pub fn direct(self) -> bool {
        !matches!(self, CueClass::Describe | CueClass::Quoted)
    }

    /// Whether the cue can introduce a quote after a colon (`he described the months:`).
    pub fn introduces(self) -> bool {
        !matches!(self, CueClass::Quoted)
    }

    /// Whether the cue can introduce reported speech (`said that …`).
    pub fn reports(self) -> bool {
        matches!(self, CueClass::Say | CueClass::Assert | CueClass::Tell | CueClass::That)
    }
}

/// One speech cue in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue's words (`said`, `put it`, `according to`).
    pub span: Span,
    /// What it can introduce.
    pub class: CueClass,
    /// Whether it is a present participle (`stating`, `adding`), which takes its subject
    /// from the clause it hangs on.
    pub participle: bool,
    /// Index of its first token in [`Document::tokens`].
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

struct Lexicon {
    automaton: AhoCorasick,
    classes: Vec<CueClass>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut forms = Vec::new();
    let mut classes = Vec::new();
    for (words, class) in lexicon::pairs(lexicon::SPEECH_VERBS) {
        let Some(class) = CueClass::parse(class) else { continue };
        for form in words.split('|').map(str::trim).filter(|f| !f.is_empty()) {
            forms.push(form);
            classes.push(class);
        }
    }
    // A DFA: a few hundred kilobytes, built once, and several times faster than the NFA
    // over a text that is scanned whole.
    let automaton = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&forms)
        .unwrap_or_else(|err| panic!("speech_verbs.txt does not compile: {err}"));
    Lexicon { automaton, classes }
});

/// Words before a verb form that make it a noun (`the said`, `a warning`, `his remarks`).
const DETERMINERS: WordSet = WordSet::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "such", "any", "no",
]);

/// Forms of `be` that make a following participle passive (`was told`, `is said to`), and
/// `to`, after which a verb is an infinitive (`declined to comment`) or a noun (`contrary to
/// reports`), never an attribution.
const BE: WordSet = WordSet::new(&["is", "are", "was", "were", "be", "been", "being", "’s", "'s", "to"]);

/// Words before a verb that deny the speech (`did not say`, `never told`).
const NEGATIONS: WordSet = WordSet::new(&[
    "not",
    "never",
    "didn't",
    "didn’t",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "won't",
    "won’t",
    "wouldn't",
    "wouldn’t",
    "couldn't",
    "couldn’t",
    "cannot",
    "can't",
    "can’t",
]);

/// Finds the speech cues of a document, in text order.
pub fn cues(doc: &Document) -> Vec<Cue> {
    cues_outside(doc, &[])
}

/// Finds the speech cues of a document outside the spans `skip` (sorted, disjoint), in
/// text order. The quote stage skips the words inside quote marks: a verb there is the
/// speaker's, and attributes nothing.
pub fn cues_outside(doc: &Document, skip: &[Span]) -> Vec<Cue> {
    let text = doc.text();
    let mut out = Vec::with_capacity(text.len() / 256);
    // Matches come in text order: a cursor finds their tokens in one pass.
    let mut t = 0;
    let mut from = 0;
    for gap in skip.iter().map(|s| (s.start, s.end)).chain([(text.len(), text.len())]) {
        if gap.0 > from {
            find(doc, from, gap.0, &mut t, &mut out);
        }
        from = from.max(gap.1);
    }
    out
}

/// Appends the cues found in `text[from..to]` to `out`; `t` is the token cursor.
fn find(doc: &Document, from: usize, to: usize, t: &mut usize, out: &mut Vec<Cue>) {
    let text = doc.text();
    let lex = &*LEXICON;
    let tokens = doc.tokens();
    let input = aho_corasick::Input::new(text).span(from..to);
    for m in lex.automaton.find_iter(input) {
        let span = Span::new(m.start(), m.end());
        if !whole_word(text, span) {
            continue;
        }
        let class = lex.classes[m.pattern().as_usize()];
        let word = &text[span.start..span.end];
        let first_upper = word.starts_with(|c: char| c.is_ascii_uppercase());
        if first_upper && !at_sentence_start(text, span.start) {
            continue;
        }
        let prev = previous_word(text, span.start);
        if prev.is_some_and(|w| DETERMINERS.contains(w)) {
            continue;
        }
        // `That said,` is an idiom, not an attribution.
        if prev.is_some_and(|w| w.eq_ignore_ascii_case("that")) && text[span.end..].starts_with(',') {
            continue;
        }
        if class != CueClass::Quoted && prev.is_some_and(|w| BE.contains(w)) {
            continue;
        }
        // `did not say whether`, `never told`: speech denied is no attribution.
        if prev.is_some_and(|w| NEGATIONS.contains(w)) {
            continue;
        }
        let participle =
            word.split(' ').next().is_some_and(|w| w.len() > 4 && w[w.len() - 3..].eq_ignore_ascii_case("ing"));
        // Cues are sparse among the tokens: search for the next one rather than walk to it.
        *t += tokens[*t..].partition_point(|token| token.span.start < span.start);
        let mut end = *t;
        while end < tokens.len() && tokens[end].span.end <= span.end {
            end += 1;
        }
        if end == *t {
            // Not on token boundaries (cannot happen for whole words); skip it.
            continue;
        }
        let sentences = doc.sentences();
        let mut sentence = out.last().map_or(0, |c: &Cue| c.sentence);
        while sentence + 1 < sentences.len() && sentences[sentence].tokens.end <= *t {
            sentence += 1;
        }
        out.push(Cue { span, class, participle, first_token: *t, end_token: end, sentence });
    }
}

/// Whether `span` is a whole word: no letter, digit, apostrophe or hyphen touches it.
fn whole_word(text: &str, span: Span) -> bool {
    let joins = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_');
    !text[..span.start].chars().next_back().is_some_and(joins) && !text[span.end..].chars().next().is_some_and(joins)
}

/// Whether the word at `at` starts a sentence or a quote (only space, an opening mark or
/// nothing after a sentence end before it).
fn at_sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r', '“', '"', '(', ':', '—', '‘', '\''])
}

/// The word before `at` (letters and apostrophes), if the text right before is a space and
/// then a word.
fn previous_word(text: &str, at: usize) -> Option<&str> {
    let before = &text[..at];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed.rfind(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\'')).map_or(0, |i| {
        // The byte after the char found.
        i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &trimmed[start..];
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, CueClass)> {
        let doc = crate::segment("t", text.to_string());
        cues(&doc).iter().map(|c| (&text[c.span.start..c.span.end], c.class)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        found(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn verbs_phrases_and_inflections() {
        assert_eq!(
            words("She said it. He says so, stating bluntly: no. As he put it, we added. Doe told Reuters."),
            ["said", "says", "stating", "put it", "added", "told"]
        );
        assert_eq!(found("According to Doe, it works.")[0], ("According to", CueClass::According));
        assert_eq!(found("Officials pointed out that")[0], ("pointed out", CueClass::That));
        assert_eq!(
            words("She emphasised and emphasized, he insisted and argued."),
            ["emphasised", "emphasized", "insisted", "argued"]
        );
    }

    #[test]
    fn nouns_passives_and_parts_of_words_are_not_cues() {
        assert!(words("The said property. A warning. His remarks. He was told. It is said to be old.").is_empty());
        assert!(words("That said, unsaid things and the sayings of addresses.").is_empty());
        assert!(words("The State of play; Told stories.").is_empty());
        assert!(words("She declined to comment, contrary to reports.").is_empty());
        assert!(words("The ministry did not say whether it would. He never told anyone.").is_empty());
    }

    #[test]
    fn participles_are_marked() {
        let doc = crate::segment("t", "He left, adding that it rained, and said no.".to_string());
        let c = cues(&doc);
        assert_eq!((c[0].participle, c[1].participle), (true, false));
    }
}
