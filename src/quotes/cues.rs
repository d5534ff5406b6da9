//! Speech cues: the verbs and phrases that attribute words to someone (`said`, `told`,
//! `stating`, `put it`, `according to`), found in one pass over the text.
//!
//! The cues and their inflected forms are a data file, `lexicon/speech_verbs.txt`, matched
//! as an Aho-Corasick automaton would match them (ASCII case-insensitive, leftmost-longest
//! and non-overlapping, so `put it` wins over a shorter form), but only tried where a word
//! starts: see [`Forms`]. A match counts when it is a whole word, lower case (or capitalised
//! at a sentence start), and not a noun or a passive: `the said property`, `a warning`, `his
//! remarks`, `he was told`, `is said to be` are not cues. Which cues attribute which quotes
//! is decided in `attribution` and `reported`.

use std::sync::LazyLock;

use crate::document::Document;
use crate::lexicon;
use crate::quotes::phrases::ClosedClass;
use crate::span::Span;

/// What a cue can introduce (the classes of `speech_verbs.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// Direct quotes and reported speech, with or without `that` (`said`).
    Say,
    /// As [`CueClass::Say`], but a clause without `that` needs a verb early on (`added it
    /// would`, not `added 5%`).
    Assert,
    /// As [`CueClass::Say`], after an addressee (`warned investors that`), or with none
    /// (`warned that`).
    Tell,
    /// As [`CueClass::Tell`], but only after an addressee: `told that …` with none is a
    /// passive (`was hauled in and told that`), whose subject was spoken to.
    Inform,
    /// Direct quotes, and reported speech only with `that` (`noted that`).
    That,
    /// Direct quotes only (`laughed`, `continued`).
    Manner,
    /// Direct questions only (`asked`).
    Ask,
    /// Partial quotes after an object (`called the plan “reckless”`).
    Describe,
    /// Partial quotes only after an object and `as` (`attacked the plan as “reckless”`): a
    /// quote right after its object is more often the writer's scare quotes.
    Judge,
    /// `according to`.
    According,
    /// `quoted X as saying`.
    Quoted,
    /// Reported speech only with `that`, of a study or a report (`The audit found that …`);
    /// never direct quotes.
    Finding,
}

impl CueClass {
    fn parse(s: &str) -> Option<CueClass> {
        Some(match s {
            "say" => CueClass::Say,
            "assert" => CueClass::Assert,
            "tell" => CueClass::Tell,
            "inform" => CueClass::Inform,
            "that" => CueClass::That,
            "manner" => CueClass::Manner,
            "ask" => CueClass::Ask,
            "describe" => CueClass::Describe,
            "judge" => CueClass::Judge,
            "according" => CueClass::According,
            "quoted" => CueClass::Quoted,
            "finding" => CueClass::Finding,
            _ => return None,
        })
    }

    /// Whether the cue can attribute a whole quoted utterance (`“…,” she said`).
    pub fn direct(self) -> bool {
        !matches!(self, CueClass::Describe | CueClass::Judge | CueClass::Quoted | CueClass::Finding)
    }

    /// Whether the cue can introduce a quote after a colon (`he described the months:`).
    pub fn introduces(self) -> bool {
        !matches!(self, CueClass::Judge | CueClass::Quoted | CueClass::Finding)
    }

    /// Whether the cue names or judges what its object is (`called`, `attacked … as`).
    pub fn describes(self) -> bool {
        matches!(self, CueClass::Describe | CueClass::Judge)
    }

    /// Whether the cue can introduce reported speech (`said that …`).
    pub fn reports(self) -> bool {
        matches!(
            self,
            CueClass::Say | CueClass::Assert | CueClass::Tell | CueClass::Inform | CueClass::That | CueClass::Finding
        )
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

/// The cue forms as a trie over ASCII-lower-cased bytes, matched with the semantics of a
/// leftmost-longest, ASCII case-insensitive Aho-Corasick search over the text, but tried
/// only at word starts.
///
/// A match counts only when it is a whole word, so the search need not start inside a word,
/// except for one thing: a match inside a word, not being a whole word, is dropped, but the
/// search goes on after its end, and a phrase (`according to`) may reach past a space into
/// the next word and hide a match starting there (`told` in `…according told`). A form that
/// the tail of a phrase can hide is marked [`Forms::hideable`], and where one is found after
/// a space the text before it is searched as the automaton would have searched it.
struct Forms {
    /// The trie's children: `next[node * STRIDE + slot]`, 0 for none (node 0 is the root).
    next: Vec<u32>,
    /// The form ending at each node, if any.
    form: Vec<Option<u32>>,
    /// The class of each form.
    classes: Vec<CueClass>,
    /// Whether each form is a past participle only (`written`).
    participle_only: Vec<bool>,
    /// Whether a form may be hidden by the tail of a phrase: it and the words after a space
    /// in some phrase start alike (`told` and the `to` of `according to`).
    hideable: Vec<bool>,
}

/// Children per trie node: the 26 ASCII letters, case-folded, the space, and room to make
/// the stride a power of two.
const STRIDE: usize = 32;

/// The trie slot of each byte: its ASCII letter case-folded (0 to 25), 26 for a space, and
/// [`NO_SLOT`] for any byte no form holds.
static SLOT: [u8; 256] = {
    let mut table = [NO_SLOT; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8;
        table[b'A' as usize + b] = b as u8;
        b += 1;
    }
    table[b' ' as usize] = 26;
    table
};

const NO_SLOT: u8 = u8::MAX;

impl Forms {
    fn new(forms: &[&str], classes: Vec<CueClass>, participle_only: Vec<bool>) -> Forms {
        let mut next = vec![0u32; STRIDE];
        let mut form = vec![None];
        for (k, surface) in forms.iter().enumerate() {
            let mut node = 0;
            for &b in surface.as_bytes() {
                let s = SLOT[usize::from(b)];
                if s == NO_SLOT {
                    panic!("speech_verbs.txt: `{surface}` holds a character other than ASCII letters and spaces");
                }
                let at = node * STRIDE + usize::from(s);
                if next[at] == 0 {
                    next[at] = form.len() as u32;
                    next.extend([0; STRIDE]);
                    form.push(None);
                }
                node = next[at] as usize;
            }
            // As in the automaton, the first of two equal forms is the one reported.
            form[node].get_or_insert(k as u32);
        }
        let tails: Vec<String> =
            forms.iter().flat_map(|f| f.match_indices(' ').map(|(i, _)| f[i + 1..].to_ascii_lowercase())).collect();
        let hideable = forms
            .iter()
            .map(|f| {
                let f = f.to_ascii_lowercase();
                tails.iter().any(|t| t.starts_with(&f) || f.starts_with(t.as_str()))
            })
            .collect();
        Forms { next, form, classes, participle_only, hideable }
    }

    /// The longest form matching `bytes[at..end]` from `at`: its end and its index.
    #[inline]
    fn longest_at(&self, bytes: &[u8], at: usize, end: usize) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut found = None;
        for (i, &b) in bytes[at..end].iter().enumerate() {
            let s = SLOT[usize::from(b)];
            if s == NO_SLOT {
                break;
            }
            node = self.next.get(node * STRIDE + usize::from(s)).map_or(0, |&n| n as usize);
            if node == 0 {
                break;
            }
            if let Some(&Some(form)) = self.form.get(node) {
                found = Some((at + i + 1, form as usize));
            }
        }
        found
    }

    /// Whether the automaton, searching `bytes` from `from` on, would have taken a match
    /// that runs over `at` (a word start after a space); if so, its end.
    fn hidden(&self, bytes: &[u8], from: usize, at: usize, end: usize) -> Option<usize> {
        // Matches hold only letters and spaces: the search is back in step after any other
        // byte.
        let mut i = at;
        while i > from && SLOT[usize::from(bytes[i - 1])] != NO_SLOT {
            i -= 1;
        }
        while i < at {
            match self.longest_at(bytes, i, end) {
                Some((e, _)) if e > at => return Some(e),
                Some((e, _)) => i = e,
                None => i += 1,
            }
        }
        None
    }
}

/// Every form of the speech-verb lexicon with its class, in the lexicon's order, and
/// whether it is a past participle only (`written`, where the past is `wrote`): the fourth
/// of a line's five forms, when it differs from the third.
fn lexicon_forms() -> (Vec<&'static str>, Vec<CueClass>, Vec<bool>) {
    let mut forms = Vec::new();
    let mut classes = Vec::new();
    let mut participle_only = Vec::new();
    for (words, class) in lexicon::pairs(lexicon::SPEECH_VERBS) {
        let Some(class) = CueClass::parse(class) else { continue };
        let line: Vec<&str> = words.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
        for (k, &form) in line.iter().enumerate() {
            forms.push(form);
            classes.push(class);
            participle_only.push(line.len() == 5 && k == 3 && line[2] != form);
        }
    }
    (forms, classes, participle_only)
}

static LEXICON: LazyLock<Forms> = LazyLock::new(|| {
    let (forms, classes, participle_only) = lexicon_forms();
    Forms::new(&forms, classes, participle_only)
});

/// Whether a char joins the word before or after it (a letter, digit, apostrophe, hyphen or
/// underscore): a match next to one is not a whole word.
fn joins(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_')
}

/// Words before a verb form that make it a noun (`the said`, `a warning`, `his remarks`).
const DETERMINERS: ClosedClass = ClosedClass::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "such", "any", "no",
]);

/// Forms of `be` that make a following participle passive (`was told`, `is said to`), and
/// `to`, after which a verb is an infinitive (`declined to comment`) or a noun (`contrary to
/// reports`), never an attribution.
const BE: ClosedClass = ClosedClass::new(&["is", "are", "was", "were", "be", "been", "being", "’s", "'s", "to"]);

/// Prepositions, after which a cue's form is a noun or an adjective (`with state
/// regulators`, `for comment`); not `to`, before an infinitive.
const PREPOSITIONS: ClosedClass = ClosedClass::new(&[
    "with", "of", "for", "from", "by", "at", "on", "in", "into", "about", "under", "over", "without", "against",
    "between", "among", "through",
]);

/// Forms of `have`, which make a past participle a verb (`has written`).
const HAVE: ClosedClass = ClosedClass::new(&["has", "have", "had", "having", "’ve", "'ve"]);

/// Things said or written that a past participle may describe (`a statement posted on X`,
/// `a video released on Monday`): the participle is no cue.
pub(crate) const SAID_THINGS: &[&str] = &[
    "statement",
    "video",
    "message",
    "letter",
    "post",
    "note",
    "memo",
    "notice",
    "filing",
    "email",
    "tweet",
    "release",
    "speech",
];

/// Words that, right before a verb, make it a passive clause with no subject (`when asked`,
/// `if told to`, `once informed`).
const SUBORDINATORS: ClosedClass = ClosedClass::new(&["when", "if", "once", "unless", "until", "whenever"]);

/// Words before a verb that deny the speech (`did not say`, `never told`).
/// Modal verbs: they open a reported clause whose subject came before the cue, and a verb
/// of manner after one is the clause's verb, not a cue.
pub(crate) const MODALS: ClosedClass =
    ClosedClass::new(&["would", "could", "will", "can", "may", "might", "should", "must"]);

const NEGATIONS: ClosedClass = ClosedClass::new(&[
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
    let mut out = Vec::with_capacity(text.len() / 128);
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
    let bytes = text.as_bytes();
    let forms = &*LEXICON;
    // Where the automaton would go on searching: after the last match.
    let mut resume = from;
    let mut i = from;
    if text[..from].chars().next_back().is_some_and(joins) {
        i = end_of_word(bytes, i, to);
    }
    loop {
        // Between words: skip ASCII that joins nothing.
        i += bytes[i..to].iter().position(|&b| BYTE_KINDS[usize::from(b)] != SEPARATOR).unwrap_or(to - i);
        let Some(&b) = bytes[..to].get(i) else { break };
        if BYTE_KINDS[usize::from(b)] == OTHER {
            let (len, joining) = if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
                // U+2000 to U+203F, punctuation (quotes, dashes) that joins nothing but `’`.
                (3, bytes.get(i + 2) == Some(&0x99))
            } else {
                let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                (c.len_utf8(), joins(c))
            };
            i += len;
            if joining {
                i = end_of_word(bytes, i, to);
            }
            continue;
        }
        // A word starts at `i`.
        if let Some((end, form)) = forms.longest_at(bytes, i, to) {
            let hidden = if forms.hideable[form] && i > resume && bytes[i - 1] == b' ' {
                forms.hidden(bytes, resume, i, to)
            } else {
                None
            };
            match hidden {
                Some(hidden_end) => i = hidden_end,
                None => {
                    push_cue(doc, Span::new(i, end), forms.classes[form], forms.participle_only[form], t, out);
                    i = end;
                }
            }
            resume = i;
        }
        i = end_of_word(bytes, i, to);
    }
}

/// The end of the word going on at `i` (the first byte from `i` that is no ASCII letter,
/// digit, `'`, `-` or `_`; a `’` is left to the caller).
#[inline]
fn end_of_word(bytes: &[u8], i: usize, to: usize) -> usize {
    i + bytes[i..to].iter().position(|&b| BYTE_KINDS[usize::from(b)] != WORD).unwrap_or(to - i)
}

/// [`BYTE_KINDS`]: an ASCII byte that joins words (a letter, digit, `'`, `-` or `_`).
const WORD: u8 = 0;
/// [`BYTE_KINDS`]: an ASCII byte that joins nothing.
const SEPARATOR: u8 = 1;
/// [`BYTE_KINDS`]: a byte of a non-ASCII char, which needs a closer look.
const OTHER: u8 = 2;

/// What each byte is to the word scan of [`find`]; see [`joins`].
static BYTE_KINDS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let word = c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-' | b'_');
        table[b] = if word { WORD } else { SEPARATOR };
        b += 1;
    }
    table
};

/// Appends the match `span` of a form of `class` to `out` if it is a cue; `t` is the token
/// cursor.
fn push_cue(doc: &Document, span: Span, class: CueClass, participle_only: bool, t: &mut usize, out: &mut Vec<Cue>) {
    let text = doc.text();
    let tokens = doc.tokens();
    if !whole_word(text, span) {
        return;
    }
    let word = &text[span.start..span.end];
    let first_upper = word.starts_with(|c: char| c.is_ascii_uppercase());
    if first_upper && !at_sentence_start(text, span.start) {
        return;
    }
    let prev = previous_word(text, span.start);
    if prev.is_some_and(|w| DETERMINERS.contains(w)) {
        return;
    }
    // `That said,` is an idiom, not an attribution.
    if prev.is_some_and(|w| w.eq_ignore_ascii_case("that")) && text[span.end..].starts_with(',') {
        return;
    }
    let participle =
        word.split(' ').next().is_some_and(|w| w.len() > 4 && w[w.len() - 3..].eq_ignore_ascii_case("ing"));
    // `are warning that …`, `was saying`: a participle after `be` is progressive, no passive.
    let progressive = participle && prev.is_some_and(|w| w != "to");
    // (But `were described by outside scientists as “…”`: a label given, its giver after
    // `by`.)
    let by_agent = class.describes() && text[span.end..].starts_with(" by ");
    if class != CueClass::Quoted && prev.is_some_and(|w| BE.contains(w)) && !progressive && !by_agent {
        return;
    }
    // `a filing with state regulators`, `for comment`: after a preposition, a noun or an
    // adjective.
    if prev.is_some_and(|w| PREPOSITIONS.contains(w)) {
        return;
    }
    // `a brief written statement`: a participle with no `have` before it is an adjective
    // (after `be`, a passive, dropped above).
    if participle_only && !prev.is_some_and(|w| HAVE.contains(w)) {
        return;
    }
    // `the strike would continue “until …”`: a verb of manner after a modal or `to` is the
    // clause's verb, not a way of speaking.
    if class == CueClass::Manner && prev.is_some_and(|w| w == "to" || MODALS.contains(w)) {
        return;
    }
    // `did not say whether`, `never told`: speech denied is no attribution.
    if prev.is_some_and(|w| NEGATIONS.contains(w)) {
        return;
    }
    // `said in a statement posted on X`, `in a video posted online`: a past participle after
    // a thing said, itself after a preposition and an article, describes the thing.
    let described_thing = word.ends_with("ed") && prev.is_some_and(|w| SAID_THINGS.contains(&w)) && {
        let before_prev = previous_word(text, span.start - prev.map_or(0, str::len) - 1);
        before_prev.is_some_and(|w| matches!(w, "a" | "an" | "the" | "her" | "his" | "its" | "their"))
    };
    if described_thing {
        return;
    }
    // `when asked about it`, `if told to`: a clause with no subject is passive. Not `once`
    // after a name, a pronoun or the comma closing an apposition, its subject, where it is
    // an adverb (`Brennan once described`, `The manager, Bernie Slade, once said`; not `left
    // once told to`).
    let adverb = || {
        let before = prev.is_some_and(|w| w == "once").then(|| text[..span.start].trim_end().strip_suffix("once"));
        before.flatten().is_some_and(|before| {
            before.trim_end().ends_with(',')
                || previous_word(before, before.len()).is_some_and(|w| {
                    w.starts_with(char::is_uppercase) || matches!(w, "he" | "she" | "they" | "we" | "it")
                })
        })
    };
    if prev.is_some_and(|w| SUBORDINATORS.contains(w)) && !adverb() {
        return;
    }
    // Cues are sparse among the tokens: search for the next one rather than walk to it.
    *t += tokens[*t..].partition_point(|token| token.span.start < span.start);
    let mut end = *t;
    while end < tokens.len() && tokens[end].span.end <= span.end {
        end += 1;
    }
    if end == *t {
        // Not on token boundaries (cannot happen for whole words); skip it.
        return;
    }
    let sentences = doc.sentences();
    let mut sentence = out.last().map_or(0, |c: &Cue| c.sentence);
    while sentence + 1 < sentences.len() && sentences[sentence].tokens.end <= *t {
        sentence += 1;
    }
    out.push(Cue { span, class, participle, first_token: *t, end_token: end, sentence });
}

/// Whether `span` is a whole word: no letter, digit, apostrophe or hyphen touches it.
fn whole_word(text: &str, span: Span) -> bool {
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
        assert!(words("He paused when asked about it, and left once told to.").is_empty());
        assert!(words("It said in a filing with state regulators. A brief written statement.").eq(&["said"]));
        assert_eq!(words("She has written that it failed."), ["written"]);
    }

    #[test]
    fn participles_are_marked() {
        let doc = crate::segment("t", "He left, adding that it rained, and said no.".to_string());
        let c = cues(&doc);
        assert_eq!((c[0].participle, c[1].participle), (true, false));
    }

    /// The cues an Aho-Corasick automaton over the same forms finds, scanning every byte.
    fn automaton_cues(doc: &Document, skip: &[Span]) -> Vec<Cue> {
        use aho_corasick::{AhoCorasick, MatchKind};
        let (surfaces, classes, participle_only) = lexicon_forms();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&surfaces)
            .unwrap();
        let text = doc.text();
        let (mut out, mut t, mut from) = (Vec::new(), 0, 0);
        for gap in skip.iter().map(|s| (s.start, s.end)).chain([(text.len(), text.len())]) {
            if gap.0 > from {
                for m in automaton.find_iter(aho_corasick::Input::new(text).span(from..gap.0)) {
                    let k = m.pattern().as_usize();
                    push_cue(doc, Span::new(m.start(), m.end()), classes[k], participle_only[k], &mut t, &mut out);
                }
            }
            from = from.max(gap.1);
        }
        out
    }

    #[test]
    fn hidden_matches_are_hidden_as_the_automaton_hides_them() {
        let text = "Xaccording told her. Unaccording to plan, she told me. Input it, he said; put itself.";
        let doc = crate::segment("t", text.to_string());
        assert_eq!(cues(&doc), automaton_cues(&doc, &[]));
        assert!(words(text).contains(&"told"));
    }

    proptest::proptest! {
        /// Trying forms only where words start finds what the automaton finds.
        #[test]
        fn same_cues_as_the_automaton(parts in proptest::collection::vec(proptest::sample::select(vec![
            "said", "Said", " said", "un", "x", "according", " according", " to", "told", " told", "to", " ",
            "put", " it", "self", "’", "'", "-", "—", "“", "”", ".", ", ", "\n\n", "é", "going", " on", "in the",
            " words of", " that", " the", "s", "ing", "adding", " he", " was", "STATE", "points out", "2",
        ]), 0..40), cut in 0usize..40) {
            let text = parts.concat();
            let doc = crate::segment("t", text.clone());
            proptest::prop_assert_eq!(cues(&doc), automaton_cues(&doc, &[]));
            // A stretch left out, as quotes are.
            let mut at = cut.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + 7).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let skip = [Span::new(at, end)];
            proptest::prop_assert_eq!(cues_outside(&doc, &skip), automaton_cues(&doc, &skip));
        }
    }
}
