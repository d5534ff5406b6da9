//! Speaker phrases: the words that name who speaks (`she`, `Jane Doe`, `Mr. Renner`,
//! `a spokesman for the ministry`, `the company`, `officials`), found on either side of a
//! cue, and resolved to an entity through [`Entities`].
//!
//! Recognition works on the document's tokens with bounded walks (a dozen tokens at most),
//! using capitalisation, a few closed word classes (pronouns, determiners, prepositions,
//! function words that end a phrase) and the `speaker_nouns` lexicon. It knows no grammar
//! beyond that; the attribution rules decide where to look.

use std::sync::LazyLock;

use crate::document::{Document, Token, TokenKind};
use crate::entities::lexicons::{Role, LEXICONS};
use crate::entities::Entities;
use crate::lexicon;
use crate::span::Span;

/// How a speaker phrase names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    /// A personal pronoun (`he`, `they`).
    Pronoun,
    /// A proper name (`Jane Doe`, `Mr. Renner`, `Acme`).
    Name,
    /// A definite description (`the company`, `Acme’s chief executive`).
    Definite,
    /// An indefinite description (`a spokesman`, `officials`, `two people`): nobody named.
    Indefinite,
}

/// Words after `a` that make a plural whole (`a few officials`, `a dozen analysts`).
const A_BEFORE_PLURAL: ClosedClass = ClosedClass::new(&[
    "few", "dozen", "couple", "number", "handful", "lot", "group", "series", "host", "range", "majority", "pair",
    "team", "panel", "string", "hundred", "thousand", "million", "score",
]);

/// A speaker phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The words naming the speaker.
    pub span: Span,
    /// How they name it.
    pub kind: PhraseKind,
    /// Whether the phrase plausibly names someone who speaks: a pronoun, a name, or a
    /// description whose head is in the `speaker_nouns` lexicon.
    pub trusted: bool,
    /// The phrase's head token (its last word before any `of`/`for` attachment).
    pub head: usize,
    /// Its first token.
    pub first: usize,
    /// One past its last token, or past a phrase of place or time that follows the words
    /// naming the speaker (`officials in Kyiv said`: the span is `officials`, `end` is the
    /// token after `Kyiv`).
    pub end: usize,
}

static SPEAKER_NOUNS: LazyLock<lexicon::WordSet<String>> = LazyLock::new(|| {
    let mut set = lexicon::WordSet::default();
    for noun in lexicon::entries(lexicon::SPEAKER_NOUNS) {
        set.insert(noun.to_string());
        set.insert(plural(noun));
    }
    set
});

/// Whether `word`, in any case, is a noun of `speaker_nouns.txt`.
pub(crate) fn is_speaker_word(word: &str) -> bool {
    if word.len() > 24 {
        return false;
    }
    if !word.is_ascii() {
        return SPEAKER_NOUNS.contains(&word.to_lowercase());
    }
    let mut buf = [0u8; 24];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| SPEAKER_NOUNS.contains(w)) || man_of_trade(word)
}

/// Whether `word`, in lower case as written, names a person by a trade in `-man` or
/// `-woman`, singular or plural (`signalman`, `firewoman`, `fishermen`), which the list need
/// not spell out; not `human`, nor a surname (`Feldman`).
fn man_of_trade(word: &str) -> bool {
    let stem = ["woman", "women", "man", "men"].iter().find_map(|end| word.strip_suffix(end));
    stem.is_some_and(|stem| stem.len() >= 3 && stem.bytes().all(|b| b.is_ascii_lowercase()) && !stem.ends_with("hu"))
}

/// Abbreviations whose period belongs to a name: titles (`Dr.`), honorifics (`Mr.`) and
/// name suffixes (`Inc.`, `Jr.`, `U.S.`).
static TITLES: LazyLock<lexicon::WordSet<&'static str>> = LazyLock::new(|| {
    lexicon::pairs(lexicon::ABBREVIATIONS)
        .filter(|(_, class)| matches!(*class, "title" | "honorific" | "starter"))
        .map(|(word, _)| word)
        .collect()
});

/// Titles and honorifics alone (`Dr.`, `Mr.`, `Gov.`), without the name suffixes.
static HONORIFICS: LazyLock<lexicon::WordSet<&'static str>> = LazyLock::new(|| {
    lexicon::pairs(lexicon::ABBREVIATIONS)
        .filter(|(_, class)| matches!(*class, "title" | "honorific"))
        .map(|(word, _)| word)
        .collect()
});

static OPENERS: LazyLock<lexicon::WordSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(lexicon::SENTENCE_OPENERS).collect());

/// Common verbs in the past that no participle opening a sentence is followed by.
const PAST_VERBS: ClosedClass = ClosedClass::new(&[
    "said", "told", "was", "were", "had", "won", "lost", "made", "took", "gave", "came", "went", "left", "began",
    "became", "saw", "got", "held", "kept", "met", "ran", "sent", "set", "put", "fell", "rose", "led", "paid", "sold",
    "spent", "stood", "wrote", "spoke", "says", "is", "has",
]);

/// The regular English plural of a noun.
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else if noun.ends_with(['s', 'x']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// A closed class of words (pronouns, determiners, prepositions), matched ignoring ASCII
/// case. Built at compile time into buckets by length and first letter, so a membership
/// test is one bucket lookup and at most a few comparisons.
pub(crate) struct ClosedClass {
    words: &'static [&'static str],
    /// Indices into `words` by [`bucket`]; `u8::MAX` marks an empty slot.
    buckets: [[u8; BUCKET]; 512],
}

/// Slots per bucket; a set that overflows one fails to compile.
const BUCKET: usize = 6;

/// The bucket of a word of `len` bytes starting with byte `first`.
const fn bucket(len: usize, first: u8) -> usize {
    ((len & 15) << 5) | (first.to_ascii_lowercase() & 31) as usize
}

impl ClosedClass {
    /// The set of `words` (lower case, at most 255 of them).
    pub const fn new(words: &'static [&'static str]) -> ClosedClass {
        let mut buckets = [[u8::MAX; BUCKET]; 512];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let b = bucket(w.len(), w[0]);
            let mut slot = 0;
            while buckets[b][slot] != u8::MAX {
                slot += 1;
                assert!(slot < BUCKET, "ClosedClass bucket overflow");
            }
            buckets[b][slot] = k as u8;
            k += 1;
        }
        ClosedClass { words, buckets }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else { return false };
        for &k in &self.buckets[bucket(word.len(), first)] {
            if k == u8::MAX {
                return false;
            }
            if self.words[k as usize].eq_ignore_ascii_case(word) {
                return true;
            }
        }
        false
    }
}

/// Subject pronouns that can name a speaker.
const PRONOUNS: ClosedClass = ClosedClass::new(&["he", "she", "they", "we", "i", "it"]);
/// Determiners that start a definite description.
const DEFINITE: ClosedClass =
    ClosedClass::new(&["the", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those"]);
/// Determiners and quantifiers that start an indefinite description.
const INDEFINITE: ClosedClass = ClosedClass::new(&[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "some",
    "several",
    "many",
    "most",
    "other",
    "another",
    "both",
    "each",
    "few",
    "dozens",
    "hundreds",
    "thousands",
    "numerous",
]);
/// Whether `word` is a determiner or a quantifier that starts an indefinite description
/// (`a`, `one`, `several`), ignoring ASCII case.
pub(crate) fn is_indefinite(word: &str) -> bool {
    INDEFINITE.contains(word)
}

/// Quantifiers that stand for people on their own (`Another said …`, `One, a retired
/// teacher, said …`, `said one, a nurse`): an unnamed speaker from a group in view.
const LONE_SPEAKERS: ClosedClass =
    ClosedClass::new(&["one", "another", "others", "some", "many", "several", "most", "both"]);
/// The words of `clause_words.txt` of class `class`.
pub(crate) fn clause_words(class: &str) -> lexicon::WordSet<&'static str> {
    lexicon::pairs(lexicon::CLAUSE_WORDS).filter(|&(_, c)| c == class).map(|(word, _)| word).collect()
}

/// Adjectives in -ly that open a noun phrase, not adverbs (`said early demand …`).
static LY_ADJECTIVES: LazyLock<lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("ly_adjective"));
/// Prepositions that attach a phrase to a head (`a spokesman for the ministry`).
pub(crate) const ATTACHING: ClosedClass = ClosedClass::new(&["of", "for", "at", "with", "from"]);
/// Adjectives of nearness, whose `to` attaches a phrase like `of` (`a source close to the
/// talks`).
const NEAR: ClosedClass = ClosedClass::new(&["close", "closest", "near"]);
/// Prepositions of place or time after a speaker's head (`officials in Brussels`, `the
/// ministry on Monday`): the phrase they open says where or when, not who.
const LOCATIVE: ClosedClass = ClosedClass::new(&["in", "on", "across", "throughout"]);

/// Prepositions of place after a participle that modifies a speaker (`a woman travelling
/// to Alicante`).
const PARTICIPLE_PLACES: ClosedClass = ClosedClass::new(&["to", "from", "in", "at", "near", "on"]);

/// Words in -ing that are prepositions, not participles (`according to`, `during`).
pub(crate) const PARTICIPLE_PREPOSITIONS: ClosedClass =
    ClosedClass::new(&["according", "during", "including", "regarding", "following", "concerning", "pending"]);

/// Lower-case words that cannot be inside a speaker phrase.
const BREAKERS: ClosedClass = ClosedClass::new(&[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "as", "and", "but", "or", "nor", "if",
    "because", "although", "though", "since", "than", "after", "before", "until", "to", "by", "in", "on", "into",
    "onto", "about", "over", "under", "during", "without", "against", "through", "is", "was", "were", "are", "be",
    "been", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "not",
    "also", "did", "does", "do", "so", "then", "there", "here", "what", "how", "why", "said", "says", "told", "it",
    "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
]);
/// Words joining the parts of a name (`Ludwig van Beethoven`, `Osama bin Laden`).
const NAME_CONNECTORS: ClosedClass = ClosedClass::new(&[
    "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter",
    "ten", "y", "dos", "das",
]);

/// Capitalised words that open an introductory phrase, beyond the sentence openers.
const INTRODUCTORY: &[&str] = &["Rather", "Despite", "Asked", "Unlike", "Like", "Following", "Given", "Amid", "Upon"];

/// Lower-case words between a speaker and a cue that do not interrupt them (`she later
/// said`, `he has said`).
const ADVERBS: ClosedClass = ClosedClass::new(&[
    "also",
    "later",
    "then",
    "again",
    "once",
    "has",
    "had",
    "have",
    "would",
    "will",
    "still",
    "even",
    "never",
    "further",
    "earlier",
    "since",
    "often",
    "previously",
    "recently",
    "separately",
    "reportedly",
    "simply",
    "just",
    "already",
    "always",
    "subsequently",
    "nonetheless",
    "nevertheless",
    "however",
    "’d",
    "'d",
    "did",
    "does",
    "do",
]);

/// Lower-case words that do not interrupt a speaker and the cue after them, though after a
/// cue they open the reported clause (`critics have long argued`, `the two men have both
/// said`; but `said long waits …`, `said all the …`), and the day of a press release's
/// announcement (`Riverside Zoo today announced`).
const BEFORE_CUE: ClosedClass =
    ClosedClass::new(&["long", "now", "first", "both", "all", "today", "yesterday", "tonight"]);

/// Token-level views of a document used by the attribution rules.
pub(crate) struct Words<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its tokens.
    pub tokens: &'a [Token],
}

impl<'a> Words<'a> {
    pub fn new(doc: &'a Document) -> Words<'a> {
        Words { doc, tokens: doc.tokens() }
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &'a str {
        let t = self.tokens[i].span;
        &self.doc.text()[t.start..t.end]
    }

    /// Whether token `i` is the first of its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        let sentences = self.doc.sentences();
        let k = sentences.partition_point(|s| s.tokens.end <= i);
        sentences.get(k).is_some_and(|s| s.tokens.start == i)
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` is one of `words`, ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        t.len() <= 16 && words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is a word (letters, possibly digits).
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` is a word or a number: part of a run of text, not punctuation.
    pub fn is_word_or_number(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Word | TokenKind::Number)
    }

    /// Whether token `i` is in `set`, ignoring ASCII case.
    pub fn in_set(&self, i: usize, set: &ClosedClass) -> bool {
        set.contains(self.text(i))
    }

    /// Whether token `i` is a word starting with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a word starting with a lower-case letter.
    pub fn lowercase(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether token `i` is a punctuation or symbol token made of one of `chars`.
    pub fn punct(&self, i: usize, chars: &str) -> bool {
        if self.is_word_or_number(i) {
            return false;
        }
        let text = self.text(i);
        // Plain loops: `chars` is a handful of bytes, too few for a vectorised search.
        match text.as_bytes() {
            // One ASCII mark, the usual case.
            [b] if b.is_ascii() => chars.bytes().any(|c| c == *b),
            _ => text.chars().all(|c| chars.chars().any(|m| m == c)),
        }
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    pub fn touching(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].span.end == self.tokens[i + 1].span.start
    }

    /// The index of the first token starting at or after byte `offset`.
    pub fn at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The index one past the last token ending at or before byte `offset`.
    pub fn ending_by(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// The bytes from the start of token `a` to the end of token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b].span.end.max(self.tokens[a].span.start))
    }

    /// Whether token `i` ends a sentence (`.`, `!`, `?`, `…`) rather than an abbreviation or
    /// an initial (`Mr.`, `R.`).
    pub fn terminal(&self, i: usize) -> bool {
        if self.punct(i, "!?") {
            return true;
        }
        if !self.punct(i, ".…") {
            return false;
        }
        !(i > 0 && self.touching(i - 1) && self.abbreviation(i - 1))
    }

    /// A title abbreviation (`Mr`, `Dr`, `Gov`) or a single capital (an initial).
    fn abbreviation(&self, i: usize) -> bool {
        let t = self.text(i);
        // An initial, a title (`Dr`), a name suffix (`Inc`), or dotted letters (`S.A`, `N.V`).
        let dotted = t.len() <= 8 && t.contains('.') && t.split('.').all(|p| p.len() <= 2);
        (t.chars().count() == 1 && t.chars().all(char::is_uppercase)) || dotted || TITLES.contains(t)
    }

    /// Where a name starting at token `first` starts with its title, if one stands before it
    /// (`Dr. Jane Doe`, `Gov. Doe`; not `Corp.` in `Acme Corp. Jane Doe`).
    pub fn with_title(&self, first: usize) -> usize {
        let titled = first >= 2
            && self.punct(first - 1, ".")
            && self.touching(first - 2)
            && self.text(first - 2).len() <= 8
            && HONORIFICS.contains(self.text(first - 2));
        if titled {
            first - 2
        } else {
            first
        }
    }

    /// Whether token `i` is a subject pronoun that can name a speaker.
    pub fn pronoun(&self, i: usize) -> bool {
        self.in_set(i, &PRONOUNS)
    }

    /// Whether token `i` is a possessive word (`Acme’s`, `analysts’`, and in tokenized text
    /// `Acme 's`).
    pub(crate) fn possessive(&self, i: usize) -> bool {
        let t = self.text(i);
        t.ends_with("’s")
            || t.ends_with("'s")
            || (i + 1 < self.tokens.len() && self.touching(i) && self.punct(i + 1, "’'"))
            || self.clitic_s(i + 1)
    }

    /// Whether token `i` is a speaker noun with its possessive `’s` (`sheriff’s`).
    fn possessive_noun(&self, i: usize) -> bool {
        let t = self.text(i);
        t.strip_suffix("’s").or_else(|| t.strip_suffix("'s")).is_some_and(is_speaker_word)
    }

    /// Whether token `i` starts the possessive `'s` of tokenized text, set apart from its
    /// word (`the Commission 's spokesman`): an apostrophe after white space, joined to an `s`.
    pub(crate) fn clitic_s(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.tokens.len()
            && self.punct(i, "’'")
            && !self.touching(i - 1)
            && self.touching(i)
            && self.text(i + 1) == "s"
    }

    /// Whether token `i` is a noun of `speaker_nouns.txt`, in any case (`spokesman`,
    /// `police`, `executive`).
    pub(crate) fn speaker_noun(&self, i: usize) -> bool {
        self.is_word(i) && (is_speaker_word(self.text(i)) || self.hyphened_speaker_noun(i)) || self.age_noun(i)
    }

    /// Whether token `i` ends a hyphenated speaker noun (`co-op`, `co-operative`).
    fn hyphened_speaker_noun(&self, i: usize) -> bool {
        i >= 2 && self.punct(i - 1, "-") && self.touching(i - 2) && self.touching(i - 1) && {
            let span = Span::new(self.tokens[i - 2].span.start, self.tokens[i].span.end);
            is_speaker_word(&self.doc.text()[span.start..span.end])
        }
    }

    /// Whether token `i` ends an age used as a noun for a person (`the 27-year-old`).
    fn age_noun(&self, i: usize) -> bool {
        let t = self.text(i);
        t.ends_with("-year-old")
            || t == "old" && i >= 2 && self.punct(i - 1, "-‐") && self.is(i - 2, "year") && self.touching(i - 1)
    }

    /// Whether token `i` can be part of a speaker phrase.
    fn phrase_token(&self, i: usize) -> bool {
        match self.tokens[i].kind {
            TokenKind::Word => !self.in_set(i, &BREAKERS) || self.between_names(i) || self.close_to(i),
            TokenKind::Number => true,
            _ => {
                // `Mr.`, `R.`; `Okonjo-Hale`; `Carrow & Vance`.
                (self.punct(i, ".") && i > 0 && self.touching(i - 1) && self.abbreviation(i - 1))
                    || (self.punct(i, "-‐") && i > 0 && self.touching(i - 1) && self.touching(i))
                    || (self.punct(i, "&") && i > 0 && i + 1 < self.tokens.len() && self.capitalized(i + 1))
                    // `workers’ federation`
                    || (self.punct(i, "’'") && i > 0 && self.touching(i - 1) && self.text(i - 1).ends_with('s'))
                    // `the Commission 's spokesman`
                    || self.clitic_s(i)
            }
        }
    }

    /// `to` after `close` (`a source close to the talks`), which attaches like `of`.
    fn close_to(&self, i: usize) -> bool {
        i > 0 && self.is(i, "to") && self.in_set(i - 1, &NEAR)
    }

    /// `and` between two capitalised words (`Smith and Jones`).
    fn between_names(&self, i: usize) -> bool {
        self.is(i, "and") && i > 0 && i + 1 < self.tokens.len() && self.capitalized(i - 1) && self.capitalized(i + 1)
    }

    /// Whether token `i` is part of a name: a capitalised word, an initial or title with its
    /// period, a hyphen inside a name, or a connector (`van`, `bin`) before a capitalised word.
    fn name_token(&self, i: usize) -> bool {
        if self.capitalized(i) {
            return true;
        }
        if self.tokens[i].kind == TokenKind::Word {
            // `Ji-woo`, `Min-jun`: a lower-case part hyphenated to a capitalised one.
            let hyphenated = i >= 2 && self.touching(i - 1) && self.punct(i - 1, "-‐") && self.capitalized(i - 2);
            // `van Gogh`, and `van der Pas`, `de la Cruz`: connectors before a capitalised word.
            let connects = |k: usize| k < self.tokens.len() && self.in_set(k, &NAME_CONNECTORS);
            let before_name = |k: usize| k < self.tokens.len() && self.capitalized(k);
            return hyphenated || (connects(i) && (before_name(i + 1) || connects(i + 1) && before_name(i + 2)));
        }
        // `Teamsters Local 727`: the number of a union's branch.
        if self.tokens[i].kind == TokenKind::Number && i > 0 && self.capitalized(i - 1) {
            let role = LEXICONS.words.get(self.text(i - 1));
            return role == Some(&Role::NumberedBody);
        }
        let joins_next = i + 1 < self.tokens.len()
            && (self.capitalized(i + 1) || (self.lowercase(i + 1) && i > 0 && self.capitalized(i - 1)));
        (self.punct(i, ".") && i > 0 && self.touching(i - 1) && self.abbreviation(i - 1))
            || (self.punct(i, "-‐") && i > 0 && self.touching(i - 1) && self.touching(i) && joins_next)
            || (self.punct(i, "&") && i > 0 && i + 1 < self.tokens.len() && self.capitalized(i + 1))
    }

    /// The kind of description a determiner starts, if token `i` is one.
    pub fn determiner(&self, i: usize) -> Option<PhraseKind> {
        // `Aisha A. Gallagher`: a capital with its period is an initial, not the article.
        if self.touching(i) && self.punct(i + 1, ".") && self.text(i).len() == 1 {
            return None;
        }
        // `Erik ten Hag`: a lower-case word between the parts of a name joins them.
        if self.in_set(i, &NAME_CONNECTORS) && i > 0 && self.capitalized(i - 1) && self.name_token(i) {
            return None;
        }
        if self.in_set(i, &DEFINITE) {
            Some(PhraseKind::Definite)
        } else if self.in_set(i, &INDEFINITE) {
            Some(PhraseKind::Indefinite)
        } else {
            None
        }
    }

    /// Skips adverbs and auxiliaries backwards from `i` (`she later said`, `he has said`),
    /// at most three, not below `floor`; returns the first other token.
    pub fn skip_adverbs_back(&self, mut i: usize, floor: usize) -> usize {
        for _ in 0..3 {
            // Not a noun in -ly that speaks (`the family said`, `the assembly said`).
            let ly = self.text(i).ends_with("ly") && !LY_ADJECTIVES.contains(self.text(i)) && !self.speaker_noun(i);
            let adverb = self.in_set(i, &ADVERBS) || self.in_set(i, &BEFORE_CUE) || ly;
            if i > floor && self.lowercase(i) && adverb {
                i -= 1;
            } else {
                break;
            }
        }
        i
    }

    /// Skips adverbs forwards from `i` (`said bluntly`), at most two, not past `limit`.
    pub fn skip_adverbs_forward(&self, mut i: usize, limit: usize) -> usize {
        for _ in 0..2 {
            // After a cue, an auxiliary opens the clause (`a plan officials said would save`).
            let adverb = |i: usize| {
                self.in_set(i, &ADVERBS) && !self.is_any(i, &["has", "had", "have", "would", "will"])
                    || self.text(i).ends_with("ly") && !LY_ADJECTIVES.contains(self.text(i))
            };
            if i < limit && self.lowercase(i) && adverb(i) {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// The speaker phrase ending at token `last` (inclusive), starting no earlier than
    /// `floor`.
    pub fn phrase_before(&self, last: usize, floor: usize) -> Option<Phrase> {
        if last < floor {
            return None;
        }
        if self.pronoun(last) {
            return Some(self.pronoun_phrase(last));
        }
        // `One of them said`, `some of those said`: some of a group named before.
        if last >= floor + 2
            && self.is_any(last, &["them", "those", "us"])
            && self.is(last - 1, "of")
            && (self.in_set(last - 2, &INDEFINITE) || self.is_any(last - 2, &["none", "neither", "either"]))
        {
            let first = last - 2;
            let span = Span::new(self.tokens[first].span.start, self.tokens[last].span.end);
            return Some(Phrase {
                span,
                first,
                end: last + 1,
                kind: PhraseKind::Indefinite,
                trusted: true,
                head: first,
            });
        }
        // `Another said`, `…, while others said`: a quantifier standing alone.
        let opens = last == floor || !self.is_word(last - 1) || self.is_any(last - 1, &["and", "but", "while", "yet"]);
        if opens && self.in_set(last, &LONE_SPEAKERS) {
            return Some(self.lone_speaker(last));
        }
        let floor = floor.max(last.saturating_sub(14));
        // The run of tokens that can belong to a phrase.
        let mut start = last;
        while start > floor && self.phrase_token(start - 1) {
            start -= 1;
        }
        if !self.phrase_token(last) || !(self.is_word(last) || self.name_token(last)) {
            return None;
        }
        let mut p = self.phrase_in_run(start, last, 2)?;
        // `Speaker of the House Ron Deakins`: the title and its `of` before `the` are the
        // phrase's too.
        let title = |t: usize| self.capitalized(t) && LEXICONS.is_title_word(self.text(t));
        if p.first >= start + 2
            && self.is(p.first, "the")
            && self.is_any(p.first - 1, &["of", "for"])
            && title(p.first - 2)
        {
            let mut first = p.first - 2;
            while first > start && title(first - 1) {
                first -= 1;
            }
            p = Phrase { span: Span::new(self.tokens[first].span.start, p.span.end), first, ..p };
        }
        // `one of the people`, `two of the officials`: a quantifier and `of` before a
        // definite plural are the phrase's; the speaker is one of them (`Indefinite`).
        if p.first >= floor + 2
            && p.kind == PhraseKind::Definite
            && self.is(p.first, "the")
            && self.is(p.first - 1, "of")
            && self.in_set(p.first - 2, &INDEFINITE)
            && self.speaker_noun(p.head)
        {
            let first = p.first - 2;
            return Some(Phrase {
                span: Span::new(self.tokens[first].span.start, p.span.end),
                first,
                kind: PhraseKind::Indefinite,
                ..p
            });
        }
        // `Jane Doe in Paris`, `officials in Brussels`, `the ministry on Monday`: the phrase
        // before `in`/`on` names the speaker, the one after says where or when.
        // So past a region's words in lower case (`farmers across central west New South
        // Wales`, `police in central London`).
        let mut at = p.first;
        if p.kind == PhraseKind::Name && p.first > floor + 2 {
            while at > floor + 2
                && p.first - at < 2
                && self.is_word(at - 1)
                && self.lowercase(at - 1)
                && !self.in_set(at - 1, &LOCATIVE)
                && !self.in_set(at - 1, &ATTACHING)
                && !self.speaker_noun(at - 1)
            {
                at -= 1;
            }
            if !self.in_set(at - 1, &LOCATIVE) {
                at = p.first;
            }
        }
        // (Not the `in` of `Stand-in skipper Sanjay Verma`.)
        if at >= floor + 2
            && p.kind != PhraseKind::Pronoun
            && self.in_set(at - 1, &LOCATIVE)
            && !self.punct(at - 2, "-‐")
        {
            let outer_last = at - 2;
            let mut outer_start = outer_last;
            while outer_start > floor.max(at.saturating_sub(8)) && self.phrase_token(outer_start - 1) {
                outer_start -= 1;
            }
            let outer = self.phrase_token(outer_last).then(|| self.phrase_in_run(outer_start, outer_last, 1));
            if let Some(outer) = outer.flatten() {
                return Some(Phrase { end: p.end, ..outer });
            }
        }
        // `A woman travelling to Alicante said`, `a man living in Bonn said`: the noun a
        // participle and its place modify names the speaker.
        if p.first >= floor + 3
            && p.kind != PhraseKind::Pronoun
            && self.in_set(p.first - 1, &PARTICIPLE_PLACES)
            && self.lowercase(p.first - 2)
            && self.text(p.first - 2).ends_with("ing")
            && !self.in_set(p.first - 2, &PARTICIPLE_PREPOSITIONS)
        {
            let outer = self.phrase_before(p.first - 3, floor).filter(|o| o.trusted && o.end == p.first - 2);
            if let Some(outer) = outer {
                return Some(Phrase { end: p.end, ..outer });
            }
        }
        Some(p)
    }

    /// The phrase ending at `last` within the run `[start, last]`, following up to `hops`
    /// attachments (`a spokesman for the ministry`).
    fn phrase_in_run(&self, start: usize, last: usize, hops: usize) -> Option<Phrase> {
        let det = (start..last).rev().find(|&k| self.determiner(k).is_some() || self.possessive(k));
        // `The Deseret News`: an article and a name.
        let article_name = det.filter(|&d| self.is(d, "the") && (d + 1..=last).all(|k| self.name_token(k)));
        let (from, kind) = match det {
            Some(d) if article_name.is_some() => (d, PhraseKind::Name),
            Some(d) => self.possessor(start, d),
            None if self.name_token(last) => {
                let mut s = last;
                while s > start && self.name_token(s - 1) {
                    s -= 1;
                }
                // A sentence opener glued to a name (`Meanwhile Doe`) is not part of it.
                while s < last && self.text(s).len() < 16 && OPENERS.contains(self.text(s)) {
                    s += 1;
                }
                if s == last && self.speaker_noun(last) {
                    // `Officials said`: a capitalised noun opening the sentence, not a name.
                    (s, PhraseKind::Indefinite)
                } else {
                    (s, PhraseKind::Name)
                }
            }
            None if self.speaker_noun(last) => {
                let s = last.saturating_sub(3).max(start);
                // Not from a preposition (`…, with analysts saying …`).
                let s = (s..=last).find(|&k| self.is_word(k) && !self.in_set(k, &ATTACHING)).unwrap_or(last);
                let kind = if self.capitalized(s) && s < last { PhraseKind::Definite } else { PhraseKind::Indefinite };
                (s, kind)
            }
            None => return None,
        };
        // `a move officials said`: `a` cannot head a plural, so the phrase is the plural alone
        // (but `a few officials`, `a dozen analysts` are whole).
        let (from, kind) = match det {
            Some(d)
                if from == d
                    && article_name.is_none()
                    && (self.is(d, "a") || self.is(d, "an"))
                    && d + 1 < last
                    && !self.in_set(d + 1, &A_BEFORE_PLURAL)
                    && self.lowercase(last)
                    && self.text(last).len() > 3
                    && self.text(last).ends_with('s')
                    && !self.text(last).ends_with("ss")
                    // (`a spokesman for emergency services` is whole.)
                    && (d + 1..last).all(|k| self.is_word(k) && self.lowercase(k) && !self.in_set(k, &ATTACHING)) =>
            {
                (last, PhraseKind::Indefinite)
            }
            _ => (from, kind),
        };
        let trusted = kind == PhraseKind::Name || (from..=last).any(|k| self.speaker_noun(k));
        // `a spokesman for the ministry`, `the union representing the workers`: the phrase
        // before an attaching preposition or participle owns it.
        if hops > 0 && from >= start + 2 && self.attaches(from - 1) {
            // `people familiar with the matter`, `a source close to the talks`: the adjective
            // before the preposition belongs to the outer phrase.
            let mut outer_last = from - 2;
            if outer_last > start && (self.in_set(outer_last, &NEAR) || self.is(outer_last, "familiar")) {
                outer_last -= 1;
            }
            if let Some(outer) = self.phrase_in_run(start, outer_last, hops - 1) {
                // `Ana Ruiz of the University of Miami`, `Dr Paul Whitmore from the
                // University of Technology Sydney`: a person's name of two words or more owns
                // the phrase too (not `Reuters in the capital`).
                let person =
                    outer.kind == PhraseKind::Name && self.in_set(from - 1, &ATTACHING) && outer.head > outer.first;
                if outer.kind != PhraseKind::Name || person {
                    let span = Span::new(outer.span.start, self.tokens[last].span.end);
                    return Some(Phrase { span, end: last + 1, ..outer });
                }
            }
        }
        Some(Phrase { span: self.span(from, last), first: from, end: last + 1, kind, trusted, head: last })
    }

    /// An attaching preposition (`of`, `for`) or a participle (`representing`).
    fn attaches(&self, i: usize) -> bool {
        self.in_set(i, &ATTACHING)
            || self.close_to(i)
            || (self.lowercase(i) && self.text(i).len() > 5 && self.text(i).ends_with("ing"))
    }

    /// Where a description with determiner or possessive `d` starts, and its kind: a
    /// possessive takes its own determiner (`the company’s`) or name (`Acme’s`) along.
    fn possessor(&self, start: usize, d: usize) -> (usize, PhraseKind) {
        if let Some(kind) = self.determiner(d) {
            return (d, kind);
        }
        let near = start.max(d.saturating_sub(3));
        if let Some(k) = (near..d).rev().find(|&k| self.determiner(k).is_some()) {
            return (k, self.determiner(k).unwrap_or(PhraseKind::Definite));
        }
        let mut from = d;
        if self.name_token(d) {
            while from > start && self.name_token(from - 1) {
                from -= 1;
            }
        }
        (from, PhraseKind::Definite)
    }

    /// A quantifier standing for an unnamed speaker (`Another`, `others`).
    fn lone_speaker(&self, i: usize) -> Phrase {
        Phrase { span: self.tokens[i].span, first: i, end: i + 1, kind: PhraseKind::Indefinite, trusted: true, head: i }
    }

    pub(crate) fn pronoun_phrase(&self, i: usize) -> Phrase {
        Phrase { span: self.tokens[i].span, first: i, end: i + 1, kind: PhraseKind::Pronoun, trusted: true, head: i }
    }

    /// The speaker phrase starting at token `first`, ending before `limit`: `Jane Doe`,
    /// `chief financial officer Dorothea Linscott` (the name), `a spokesman for the
    /// ministry`, `the company’s chief executive, Jane Doe` (the name).
    pub fn phrase_after(&self, first: usize, limit: usize) -> Option<Phrase> {
        let limit = limit.min(self.tokens.len()).min(first + 16);
        if first >= limit {
            return None;
        }
        if self.pronoun(first) {
            return Some(self.pronoun_phrase(first));
        }
        // `said another.`, `One, a retired teacher,`: a quantifier standing alone.
        if (first + 1 == limit || !self.is_word(first + 1)) && self.in_set(first, &LONE_SPEAKERS) {
            return Some(self.lone_speaker(first));
        }
        let mut end = first;
        while end < limit && self.phrase_token(end) {
            end += 1;
        }
        if end == first {
            return None;
        }
        // `The Deseret News`: an article and a name.
        if self.is(first, "the") && first + 1 < end && self.capitalized(first + 1) {
            let mut e = first + 1;
            while e + 1 < end && self.name_token(e + 1) {
                e += 1;
            }
            let possessed = self.clitic_s(e + 1);
            if !possessed && (e + 1 == end || !self.lowercase(e + 1) || !self.speaker_noun(e + 1)) {
                return Some(Phrase {
                    span: self.span(first, e),
                    first,
                    end: e + 1,
                    kind: PhraseKind::Name,
                    trusted: true,
                    head: e,
                });
            }
        }
        // `one of the country’s largest hop merchants`, `some of the residents`: a part of a
        // described group is described by the group.
        if self.is_any(first, &["one", "some", "many", "several", "most", "two", "three"]) && self.is(first + 1, "of") {
            if let Some(group) = self.phrase_after(first + 2, limit).filter(|p| p.kind != PhraseKind::Name) {
                return Some(Phrase { span: self.span(first, group.end - 1), first, ..group });
            }
        }
        let phrase = match self.determiner(first) {
            Some(kind) => {
                let head = self.description_head(first + 1, end)?;
                // `the trade body Textiles UK`: a name right after the description is the speaker.
                if let Some(name) = (head + 1..end).find(|&k| self.capitalized(k)).filter(|&k| k == head + 1) {
                    let mut e = name;
                    while e + 1 < end && self.name_token(e + 1) {
                        e += 1;
                    }
                    return Some(Phrase {
                        span: self.span(name, e),
                        first: name,
                        end: e + 1,
                        kind: PhraseKind::Name,
                        trusted: true,
                        head: e,
                    });
                }
                let stop = self.attachment_end(head + 1, end);
                Phrase {
                    span: self.span(first, stop - 1),
                    first,
                    end: stop,
                    kind,
                    trusted: self.speaker_noun(head),
                    head,
                }
            }
            None => self.named_after(first, end)?,
        };
        // `the company’s chief executive, Jane Doe`: an appositive name after a description.
        let stop = phrase.end;
        if phrase.kind != PhraseKind::Name && stop + 1 < limit && self.punct(stop, ",") && self.capitalized(stop + 1) {
            let mut e = stop + 1;
            while e + 1 < limit && self.name_token(e + 1) {
                e += 1;
            }
            let closed = e + 1 >= self.tokens.len() || !self.is_word(e + 1);
            if closed {
                return Some(Phrase {
                    span: self.span(stop + 1, e),
                    first: stop + 1,
                    end: e + 1,
                    kind: PhraseKind::Name,
                    trusted: true,
                    head: e,
                });
            }
        }
        Some(phrase)
    }

    /// A phrase without a determiner from `first` within the run ending before `end`: a
    /// name, role words and a name (`chief executive Jane Doe`: the name), a possessive name
    /// and a description (`Acme’s chief executive`), or a bare description (`officials`).
    fn named_after(&self, first: usize, end: usize) -> Option<Phrase> {
        let mut s = first;
        loop {
            if self.capitalized(s) {
                let mut e = s;
                while e + 1 < end && self.name_token(e + 1) {
                    e += 1;
                }
                // `Citizens' Ballot Watch`: a plural possessive inside a name goes on with it.
                while e + 2 < end
                    && self.punct(e + 1, "'’")
                    && self.touching(e)
                    && self.text(e).ends_with('s')
                    && !self.touching(e + 1)
                    && self.capitalized(e + 2)
                {
                    e += 2;
                    while e + 1 < end && self.name_token(e + 1) {
                        e += 1;
                    }
                }
                if let Some(next) = self.role_then_name(e + 1, end) {
                    s = next;
                    continue;
                }
                // `Acme’s chief executive`, and tokenized `Acme 's chief executive`.
                let after = if self.clitic_s(e + 1) { e + 3 } else { e + 1 };
                if self.possessive(e) && after < end && self.lowercase(after) {
                    let head = self.description_head(after, end)?;
                    let stop = self.attachment_end(head + 1, end);
                    return Some(Phrase {
                        span: self.span(s, stop - 1),
                        first: s,
                        end: stop,
                        kind: PhraseKind::Definite,
                        trusted: self.speaker_noun(head),
                        head,
                    });
                }
                // `Competition regulators in Belgium opened …`, `Police officers said`: a
                // sentence's first word, capitalised for its place, before the nouns of a
                // speaker is a bare description.
                let opens = self.opens_sentence(s);
                if s == e && opens && e + 1 < end && self.lowercase(e + 1) && self.speaker_noun(e + 1) {
                    let mut head = e + 1;
                    while head + 1 < end && self.lowercase(head + 1) && self.speaker_noun(head + 1) {
                        head += 1;
                    }
                    return Some(self.bare_description(s, head, end));
                }
                let kind = if s == e && self.speaker_noun(e) { PhraseKind::Indefinite } else { PhraseKind::Name };
                return Some(Phrase { span: self.span(s, e), first: s, end: e + 1, kind, trusted: true, head: e });
            }
            if !self.lowercase(s) {
                return None;
            }
            if let Some(next) = self.role_then_name(s, end) {
                s = next;
                continue;
            }
            let mut k = s;
            // `striking nurses’ leader`: a plural possessive goes on to its noun.
            let plural_possessive = |k: usize| k > s && self.punct(k, "’'") && self.touching(k - 1);
            while k < end && k < s + 5 && (self.lowercase(k) && !self.in_set(k, &ATTACHING) || plural_possessive(k)) {
                k += 1;
            }
            let head = (s..k).rev().find(|&h| self.speaker_noun(h))?;
            return Some(self.bare_description(s, head, end));
        }
    }

    /// A description without a determiner from token `s` to its `head`, with an attached
    /// `of`/`for` phrase before `end` (`officials`, `Police officers`, `a spokesman for …`).
    fn bare_description(&self, s: usize, head: usize, end: usize) -> Phrase {
        let stop = self.attachment_end(head + 1, end);
        Phrase { span: self.span(s, stop - 1), first: s, end: stop, kind: PhraseKind::Indefinite, trusted: true, head }
    }

    /// Role words from `from` followed by a capitalised word (`captain Annelise`, `chief
    /// financial officer Dorothea`): the index of that word. A role may be hyphenated
    /// (`co-author Rohan Pillai`).
    fn role_then_name(&self, from: usize, end: usize) -> Option<usize> {
        let mut k = from;
        let joined = |k: usize| k > from && self.punct(k, "-") && self.touching(k - 1) && self.touching(k);
        while k < end && k < from + 4 && (self.lowercase(k) && !self.in_set(k, &ATTACHING) || joined(k)) {
            k += 1;
        }
        // (A role the lexicon does not know, before a given name: `Former India opener Ramesh
        // Iyer`; not a verb, `Acme hired Ramesh Iyer`.)
        let unknown_role = || {
            k <= from + 2
                && (from..k).all(|m| {
                    let t = self.text(m);
                    self.is_word(m)
                        && t.len() > 3
                        && !t.ends_with("ed")
                        && !PAST_VERBS.contains(t)
                        && !self.in_set(m, &BREAKERS)
                        && !self.in_set(m, &NAME_CONNECTORS)
                })
                && LEXICONS.is_given_name(self.text(k))
        };
        (k > from && k < end && self.capitalized(k) && (self.speaker_noun(k - 1) || unknown_role())).then_some(k)
    }

    /// The head of a description whose words start at `from`: the first speaker noun (with
    /// the nouns right after it, `chief executive`), else its first word.
    fn description_head(&self, from: usize, end: usize) -> Option<usize> {
        // (Not past another article: `told the crew the family plans …` is two phrases.)
        let stop =
            (from..end.min(from + 5)).find(|&k| self.is_any(k, &["the", "a", "an"])).unwrap_or(end.min(from + 5));
        let window = from..stop;
        let mut found = window.clone().find(|&k| self.speaker_noun(k) && !self.possessive(k));
        if found.is_none() {
            found = window.clone().find(|&k| self.speaker_noun(k));
        }
        if let Some(mut h) = found {
            loop {
                if h + 1 < end && self.speaker_noun(h + 1) {
                    h += 1;
                // `the county sheriff's office`, tokenized `the county sheriff 's office`: a
                // possessive noun, then the noun it qualifies.
                } else if h + 2 < end && self.possessive_noun(h + 1) && self.speaker_noun(h + 2) {
                    h += 2;
                } else if h + 3 < end && self.clitic_s(h + 1) && self.speaker_noun(h + 3) {
                    h += 3;
                // `the state health department`, `the city planning department`: a noun
                // between two speaker nouns is the compound's.
                } else if h + 2 < end
                    && self.is_word(h + 1)
                    && self.lowercase(h + 1)
                    && !self.in_set(h + 1, &ATTACHING)
                    && self.speaker_noun(h + 2)
                {
                    h += 2;
                } else {
                    return Some(h);
                }
            }
        }
        // No known noun: the word after the determiner, and one more unless it looks like the
        // verb (`One poster joined`).
        let verb = |k: usize| self.lowercase(k) && self.text(k).len() > 4 && self.text(k).ends_with("ed");
        window.take_while(|&k| self.is_word(k) && !self.in_set(k, &ATTACHING) && !verb(k)).take(2).last()
    }

    /// After a head at `after - 1`: the end of an attached `of`/`for` phrase, if any.
    fn attachment_end(&self, after: usize, end: usize) -> usize {
        if after < end && self.in_set(after, &ATTACHING) {
            let mut k = after + 1;
            while k < end.min(after + 7) && !self.in_set(k, &ATTACHING) {
                k += 1;
            }
            if k > after + 1 {
                return k;
            }
        }
        after
    }

    /// The subject of the clause starting at token `start` (skipping an introductory phrase
    /// that ends with a comma: `In a statement, the company …`), before `limit`.
    pub fn clause_subject(&self, start: usize, limit: usize) -> Option<Phrase> {
        let mut i = start;
        while i < limit && (self.punct(i, "“\"‘'«„—–-(") || self.tokens[i].kind == TokenKind::Symbol) {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        // `BENGALURU: Parents of students …`, `MISSOULA — A proposal …`: a dateline in
        // capitals opens the paragraph before its subject.
        let shouted = |k: usize| {
            self.is_word(k) && self.text(k).len() > 1 && !self.text(k).bytes().any(|b| b.is_ascii_lowercase())
        };
        let caps = (i..limit.min(i + 4)).take_while(|&k| shouted(k)).count();
        if caps > 0 && i + caps + 1 < limit && self.punct(i + caps, ":—–") {
            i += caps + 1;
        }
        if self.introductory(i) {
            let comma = (i..limit.min(i + 30)).find(|&k| self.punct(k, ","))?;
            i = comma + 1;
        }
        let p = self.phrase_after(i, limit)?;
        // The subject must be followed by its verb, not by more of a phrase.
        Some(p)
    }

    /// Whether a sentence starting with token `i` starts with an introductory phrase: a
    /// preposition, a subordinator, a sentence adverb or a participle.
    fn introductory(&self, i: usize) -> bool {
        if self.pronoun(i) || self.determiner(i).is_some() || !self.capitalized(i) {
            return false;
        }
        let t = self.text(i);
        if OPENERS.contains(t) || INTRODUCTORY.contains(&t) {
            return true;
        }
        // A word that only ends like a participle or an adverb is a subject when a verb in the
        // past follows it (`Kessling climbed`, `Italy rejected`).
        let verb = i + 1 < self.tokens.len()
            && self.lowercase(i + 1)
            && (self.text(i + 1).ends_with("ed") || PAST_VERBS.contains(self.text(i + 1)));
        (t.ends_with("ing") || t.ends_with("ed") || t.ends_with("ly")) && !verb
    }
}

/// The entity a speaker phrase names, when the entity stage resolved it: the entity of the
/// mention covering the phrase's head (for a pronoun, the pronoun itself). Indefinite
/// phrases (`a spokesman`) name nobody and stay unresolved.
pub(crate) fn resolve(words: &Words, entities: &Entities, phrase: &Phrase) -> Option<usize> {
    if let Some(e) = titled_person(words, entities, phrase) {
        return Some(e);
    }
    if phrase.kind == PhraseKind::Indefinite {
        return None;
    }
    let head = words.tokens.get(phrase.head)?.span;
    let entity = match entities.mention_at(head.start).filter(|m| m.span.overlaps(phrase.span)) {
        Some(m) => m.entity,
        // A name whose head is not inside the mention (`Acme Corp.`: the period is the
        // phrase's, not the name's) still names the entity it overlaps most.
        None if phrase.kind == PhraseKind::Name => entities.entity_of(phrase.span)?,
        None => return None,
    };
    // `Sen. John McCain of Arizona`, `Terry Hughes of James Cook University`: a person named
    // first speaks, not the place or the body named after `of`.
    if phrase.kind == PhraseKind::Name {
        let first = entities.mentions_in(phrase.span).first().map(|m| m.entity);
        if let Some(first) = first.filter(|&e| e != entity && e < entities.entities.len()) {
            let of = (phrase.first..phrase.end).any(|t| words.is(t, "of"));
            if of && entities.entities[first].kind == crate::entities::EntityType::Person {
                return Some(first);
            }
        }
    }
    (entity < entities.entities.len()).then_some(entity)
}

/// `Secretary of State Warren Christopher`, `Speaker of the House Ron Deakins`: a title
/// with its portfolio, in capitals but for `of`, `the`, `for` and `and`, ending in a
/// person's name, names that person (not `a spokesman for John Smith`).
fn titled_person(words: &Words, entities: &Entities, phrase: &Phrase) -> Option<usize> {
    if phrase.kind == PhraseKind::Pronoun
        || !crate::entities::lexicons::LEXICONS.is_title_word(words.text(phrase.first))
    {
        return None;
    }
    let last = entities.mentions_in(phrase.span).last().filter(|m| m.span.end == phrase.span.end)?;
    let person = entities.entities.get(last.entity)?;
    let name_start = words.at_or_after(last.span.start);
    let titled =
        (phrase.first..name_start).all(|t| words.capitalized(t) || words.is_any(t, &["of", "the", "for", "and"]));
    (person.kind == crate::entities::EntityType::Person && titled && name_start > phrase.first).then_some(last.entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_words<T>(text: &str, f: impl FnOnce(&Words) -> T) -> T {
        let doc = crate::segment("t", text.to_string());
        let words = Words::new(&doc);
        f(&words)
    }

    /// The phrase ending right before the first occurrence of `cue`.
    fn before(text: &str, cue: &str) -> Option<String> {
        with_words(text, |w| {
            let at = text.find(cue).unwrap();
            let i = w.at_or_after(at);
            let last = w.skip_adverbs_back(i - 1, 0);
            w.phrase_before(last, 0).map(|p| w.doc.slice(p.span).to_string())
        })
    }

    /// The phrase starting right after the first occurrence of `cue`.
    fn after(text: &str, cue: &str) -> Option<String> {
        with_words(text, |w| {
            let at = text.find(cue).unwrap() + cue.len();
            let i = w.at_or_after(at);
            w.phrase_after(i, w.tokens.len()).map(|p| w.doc.slice(p.span).to_string())
        })
    }

    #[test]
    fn a_name_ending_in_an_abbreviation_resolves_to_its_entity() {
        let text = "Acme Corp. said on Monday that sales rose sharply.";
        let doc = crate::segment("t", text.to_string());
        let entities = crate::entities::entities(&doc);
        let quotes = crate::quotes::quotes(&doc, &entities);
        let speaker = quotes[0].speaker.expect("a speaker");
        assert_eq!(doc.slice(speaker.span), "Acme Corp.");
        let entity = speaker.entity.expect("resolved to the entity");
        assert_eq!(entities.entities[entity].name, "Acme Corp");
    }

    #[test]
    fn a_person_named_before_of_speaks() {
        for (text, name) in [
            ("Sen. John Okafor of Arizona said the bill would fail.", "John Okafor"),
            ("Terry Hughes of James Cook University said reefs would recover.", "Terry Hughes"),
            ("Ana Ruiz of the University of Miami said reefs would recover.", "Ana Ruiz"),
        ] {
            let doc = crate::segment("t", text.to_string());
            let entities = crate::entities::entities(&doc);
            let quotes = crate::quotes::quotes(&doc, &entities);
            let entity = quotes[0].speaker.and_then(|s| s.entity).expect("a resolved speaker");
            assert_eq!(entities.entities[entity].name, name, "{text}");
        }
        // One name with `of` stays one speaker.
        assert_eq!(before("The Bank of England said so.", "said").as_deref(), Some("The Bank of England"));
    }

    #[test]
    fn phrases_before_a_cue() {
        assert_eq!(before("Then she said no.", "said").as_deref(), Some("she"));
        assert_eq!(before("City coach Marta Lindqvist said so.", "said").as_deref(), Some("Marta Lindqvist"));
        assert_eq!(before("And Mr. Renner added: go.", "added").as_deref(), Some("Mr. Renner"));
        assert_eq!(before("So R. T. Okonjo-Hale later said so.", "said").as_deref(), Some("R. T. Okonjo-Hale"));
        assert_eq!(
            before("Then a spokesman for the ministry said so.", "said").as_deref(),
            Some("a spokesman for the ministry")
        );
        assert_eq!(
            before("In London the company’s chief executive said so.", "said").as_deref(),
            Some("the company’s chief executive")
        );
        assert_eq!(before("Then senior officials said so.", "said").as_deref(), Some("senior officials"));
        assert_eq!(before("Meanwhile Doe said so.", "said").as_deref(), Some("Doe"));
        // A union's branch keeps its number; another number before a cue makes no name.
        assert_eq!(before("Then Teamsters Local 727 said so.", "said").as_deref(), Some("Teamsters Local 727"));
        assert_eq!(before("Then Acme 727 said so.", "said").as_deref(), None);
        assert_eq!(before("Then Erik ten Hag said so.", "said").as_deref(), Some("Erik ten Hag"));
        assert_eq!(
            before("Researchers at the Marine Science Centre in Warsaw said so.", "said").as_deref(),
            Some("Researchers at the Marine Science Centre")
        );
        assert_eq!(
            before("Then sources close to the negotiations said so.", "said").as_deref(),
            Some("sources close to the negotiations")
        );
        assert_eq!(
            before("A source close to the talks told Reuters so.", "told").as_deref(),
            Some("A source close to the talks")
        );
        assert_eq!(
            before("Then people familiar with the matter said so.", "said").as_deref(),
            Some("people familiar with the matter")
        );
        assert_eq!(before("It rained as prices said so.", "said"), None);
    }

    #[test]
    fn a_place_or_time_after_the_head_is_left_out() {
        assert_eq!(before("Then Jane Doe in Paris said so.", "said").as_deref(), Some("Jane Doe"));
        assert_eq!(before("Then a spokesman in Brussels said so.", "said").as_deref(), Some("a spokesman"));
        assert_eq!(
            before("Then a spokesman for the ministry in Brussels said so.", "said").as_deref(),
            Some("a spokesman for the ministry")
        );
        assert_eq!(before("Then officials in the U.S. said so.", "said").as_deref(), Some("officials"));
        assert_eq!(before("Then the company on Monday said so.", "said").as_deref(), Some("the company"));
    }

    #[test]
    fn names_with_two_connectors_and_tokenized_possessives() {
        assert_eq!(before("Then Pieter van der Berg said so.", "said").as_deref(), Some("Pieter van der Berg"));
        assert_eq!(after("“Go,” said Maria de la Cruz.", "said").as_deref(), Some("Maria de la Cruz"));
        assert_eq!(
            before("Then Acme 's chief executive said so .", "said").as_deref(),
            Some("Acme 's chief executive")
        );
        assert_eq!(
            after("\" Go , \" said the Commission 's chief spokesman Pieter van der Berg .", "said").as_deref(),
            Some("Pieter van der Berg")
        );
    }

    #[test]
    fn phrases_after_a_cue() {
        assert_eq!(after("“Go,” said Jane Doe, chief executive of Acme.", "said").as_deref(), Some("Jane Doe"));
        assert_eq!(
            after("“Go,” said chief financial officer Dorothea Linscott.", "said").as_deref(),
            Some("Dorothea Linscott")
        );
        assert_eq!(
            after("“Go,” said Dr. Franklin Osei-Barrow, chief.", "said").as_deref(),
            Some("Dr. Franklin Osei-Barrow")
        );
        assert_eq!(
            after("“Go,” said a spokesman for the ministry.", "said").as_deref(),
            Some("a spokesman for the ministry")
        );
        assert_eq!(after("“Go,” said the company’s chief executive, Jane Doe.", "said").as_deref(), Some("Jane Doe"));
        assert_eq!(after("“Go,” said he.", "said").as_deref(), Some("he"));
        // A sentence's capitalised first word before a speaker's nouns describes the speaker.
        assert_eq!(
            after("Competition regulators in Belgium opened an inquiry.", "").as_deref(),
            Some("Competition regulators")
        );
        assert_eq!(after("Police officers said so.", "").as_deref(), Some("Police officers"));
        assert_eq!(after("Then Acme officials said so.", "Then").as_deref(), Some("Acme"));
        assert_eq!(after("‘Go,’ says striking nurses’ leader", "says").as_deref(), Some("striking nurses’ leader"));
        // A possessive noun inside the description goes on to its noun.
        assert_eq!(
            after("“Go,” said the county sheriff’s office.", "said").as_deref(),
            Some("the county sheriff’s office")
        );
        assert_eq!(
            after("“Go,” said the county sheriff 's office .", "said").as_deref(),
            Some("the county sheriff 's office")
        );
        // A part of a described group.
        assert_eq!(
            after("Prices will rise, according to one of the country’s largest hop merchants.", "to").as_deref(),
            Some("one of the country’s largest hop merchants")
        );
        assert_eq!(after("“Go,” said some of the residents.", "said").as_deref(), Some("some of the residents"));
    }

    #[test]
    fn clause_subjects() {
        let subject = |text: &str| {
            with_words(text, |w| w.clause_subject(0, w.tokens.len()).map(|p| w.doc.slice(p.span).to_string()))
        };
        assert_eq!(subject("He reiterated this in a briefing, stating bluntly:").as_deref(), Some("He"));
        assert_eq!(subject("Rather than lamenting it, Ren highlighted the strategy:").as_deref(), Some("Ren"));
        assert_eq!(subject("In a statement, the company said it would.").as_deref(), Some("the company"));
        assert_eq!(subject("BENGALURU: Parents staged a protest.").as_deref(), Some("Parents"));
        // A role the lexicon does not know, before a given name; not a verb.
        assert_eq!(subject("Former India opener Ramesh Iyer resigned.").as_deref(), Some("Ramesh Iyer"));
        assert_eq!(subject("Acme hired Ramesh Iyer on Monday.").as_deref(), Some("Acme"));
        assert_eq!(
            subject("Kessling climbed onto a chair, thanked them, and told the crowd:").as_deref(),
            Some("Kessling")
        );
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("official"), "officials");
        assert_eq!(plural("spokesman"), "spokesmen");
        assert_eq!(plural("agency"), "agencies");
        assert_eq!(plural("witness"), "witnesses");
        assert_eq!(plural("attorney"), "attorneys");
    }

    #[test]
    fn people_of_a_trade_in_man_speak_but_surnames_and_humans_are_not_such_nouns() {
        assert!(is_speaker_word("signalman") && is_speaker_word("firemen") && is_speaker_word("fisherwoman"));
        assert!(!is_speaker_word("Feldman") && !is_speaker_word("human") && !is_speaker_word("humans"));
    }
}
