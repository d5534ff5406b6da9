//! Lexicons: word lists kept as data files in this folder and compiled into the binary.
//!
//! Each file starts with a comment header saying what it holds and where it came from; each
//! entry is one line. This module only reads the files; the stages that use a list decide
//! how to match it (hash sets for whole words, `aho-corasick` for phrases).

// Segmentation.

/// Abbreviations and how they behave at a period (`ABBREV<TAB>CLASS`).
pub const ABBREVIATIONS: &str = include_str!("abbreviations.txt");
/// Words that typically open a sentence, capitalised.
pub const SENTENCE_OPENERS: &str = include_str!("sentence_openers.txt");
/// Prepositions that open an introductory time phrase.
pub const INTRO_PREPOSITIONS: &str = include_str!("intro_prepositions.txt");
/// Weekdays and time zones that a clock time's `p.m.` runs on into.
pub const CLOCK_FOLLOWERS: &str = include_str!("clock_followers.txt");
/// Words that begin with an apostrophe (`'tis`, `'em`).
pub const ELISIONS: &str = include_str!("elisions.txt");

// Entities.

/// Organisations that appear in world news (`NAME<TAB>TYPE`).
pub const ORGANIZATIONS: &str = include_str!("organizations.txt");
/// Countries and their other names (`NAME<TAB>CANONICAL`).
pub const COUNTRIES: &str = include_str!("countries.txt");
/// Cities, states, regions and other places (`NAME<TAB>TYPE[<TAB>ambiguous]`).
pub const PLACES: &str = include_str!("places.txt");
/// Nationalities and groups (`DEMONYM<TAB>COUNTRY`).
pub const DEMONYMS: &str = include_str!("demonyms.txt");
/// Given names (`NAME<TAB>GENDER`).
pub const FIRST_NAMES: &str = include_str!("first_names.txt");
/// Titles and roles before a person's name (`TITLE<TAB>GENDER`).
pub const PERSON_TITLES: &str = include_str!("person_titles.txt");
/// Words that end or head an organisation's name (`WORD<TAB>suffix|head`).
pub const ORG_SUFFIXES: &str = include_str!("org_suffixes.txt");
/// Pronouns (`PRONOUN<TAB>GENDER<TAB>NUMBER`).
pub const PRONOUNS: &str = include_str!("pronouns.txt");
/// Capitalised words that are no evidence of a name, and date words.
pub const NOT_NAMES: &str = include_str!("not_names.txt");
/// Cue words for entity types (`WORD<TAB>ROLE`).
pub const ENTITY_WORDS: &str = include_str!("entity_words.txt");
/// Endings of family names (`-ov`, `-escu`), one per line.
pub const SURNAME_ENDINGS: &str = include_str!("surname_endings.txt");
/// Places of study and research and the roles that speak for one (`WORD<TAB>CLASS`).
pub const INSTITUTION_WORDS: &str = include_str!("institution_words.txt");
/// Nouns after `city`, `country` or `town` that make a compound naming no place (`council`).
pub const PLACE_COMPOUNDS: &str = include_str!("place_compounds.txt");
/// English words less common than `not_names.txt`'s, lower case, sorted, one per line.
pub const ENGLISH_WORDS: &str = include_str!("english_words.txt");

// Quotes.

/// Speech verbs and phrases with their inflected forms (`FORM|FORM|…<TAB>CLASS`).
pub const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");
/// Nouns naming people and bodies that speak (`official`, `spokesman`, `company`).
pub const SPEAKER_NOUNS: &str = include_str!("speaker_nouns.txt");
/// Words before quote marks that make the quoted words a name or a title (`so-called`).
pub const QUOTE_BLOCKERS: &str = include_str!("quote_blockers.txt");
/// Words that tell where a reported clause begins or ends (`WORD<TAB>CLASS`): adjectives
/// in -ly (`early`), irregular past forms (`rose`), prepositions in -ing (`including`).
pub const CLAUSE_WORDS: &str = include_str!("clause_words.txt");

// Claims.

/// Currency symbols, ISO 4217 codes and names (`SURFACE<TAB>CODE<TAB>ROLE`).
pub const CLAIM_CURRENCIES: &str = include_str!("claim_currencies.txt");
/// Units after a number, with their symbol and kind (`SURFACE<TAB>SYMBOL<TAB>KIND[<TAB>FLAGS]`).
pub const CLAIM_UNITS: &str = include_str!("claim_units.txt");
/// Number words, scale words and fractions (`WORD<TAB>VALUE<TAB>CLASS`).
pub const CLAIM_NUMBERS: &str = include_str!("claim_numbers.txt");
/// Approximation and bound phrases before a figure (`PHRASE<TAB>CLASS`).
pub const CLAIM_QUALIFIERS: &str = include_str!("claim_qualifiers.txt");
/// Words of change and their direction (`WORD<TAB>DIRECTION<TAB>PLACE`).
pub const CLAIM_CHANGES: &str = include_str!("claim_changes.txt");
/// Rate phrases after a figure (`PHRASE<TAB>PER`).
pub const CLAIM_RATES: &str = include_str!("claim_rates.txt");
/// Phrases that tie a figure to the one before it in a comparison (`PHRASE<TAB>TIE`).
pub const CLAIM_COMPARISONS: &str = include_str!("claim_comparisons.txt");
/// Small word classes for a figure's context (`WORD<TAB>CLASS`).
pub const CLAIM_WORDS: &str = include_str!("claim_words.txt");

/// A fast hasher for lexicon lookups of short words (the multiply-rotate scheme of the
/// Firefox and rustc hash maps): eight bytes at a time, the tail folded into one word. Not
/// resistant to chosen collisions, which does not matter for word lists compiled into the
/// binary and looked up by words of a text.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    /// Mixes one word into the hash.
    #[inline]
    fn add(&mut self, w: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        // The tail in one word, read as two overlapping halves (four to seven bytes) or as
        // its first, middle and last bytes and its length (one to three): no loop over its
        // bytes and no call to copy them.
        let rest = chunks.remainder();
        let n = rest.len();
        let half = |at: usize| u64::from(u32::from_le_bytes(rest[at..at + 4].try_into().unwrap_or([0; 4])));
        if n >= 4 {
            self.add(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            let (a, b, c) = (u64::from(rest[0]), u64::from(rest[n / 2]), u64::from(rest[n - 1]));
            self.add(a | b << 8 | c << 16 | (n as u64) << 24);
        }
    }

    /// The end mark of a `str`, mixed in as it is.
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    /// The length a slice's hash starts with, mixed in as it is.
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
/// A hash set of words, with [`WordHasher`].
pub type WordSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// The first and last bytes of the words of a list, each with the lengths of the words: a
/// test of two table loads that rules out most words of a text before a lookup.
#[derive(Clone, Debug)]
pub struct WordEnds {
    /// By first byte, a bit per length; words of 15 bytes or more share the top bit.
    first: [u16; 256],
    /// By last byte, likewise.
    last: [u16; 256],
}

impl WordEnds {
    /// A filter that lets `words` through; with `any_ascii_case`, in any ASCII
    /// capitalisation too.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>, any_ascii_case: bool) -> WordEnds {
        let mut ends = WordEnds { first: [0; 256], last: [0; 256] };
        for word in words {
            let bytes = word.as_bytes();
            let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else { continue };
            let bit = Self::length_bit(bytes.len());
            for (table, b) in [(&mut ends.first, first), (&mut ends.last, last)] {
                table[usize::from(b)] |= bit;
                if any_ascii_case {
                    table[usize::from(b.to_ascii_lowercase())] |= bit;
                    table[usize::from(b.to_ascii_uppercase())] |= bit;
                }
            }
        }
        ends
    }

    fn length_bit(len: usize) -> u16 {
        1 << len.min(15)
    }

    /// False when `word` is surely none of the words let through (an empty word is not
    /// ruled out).
    pub fn may_contain(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => {
                self.first[usize::from(first)] & self.last[usize::from(last)] & Self::length_bit(bytes.len()) != 0
            }
            _ => true,
        }
    }
}

/// How many values [`word_shape`] takes.
pub const WORD_SHAPES: usize = 1024;

/// The shape of a word (first and last byte folded to ASCII lower case, and length): one of
/// [`WORD_SHAPES`] values, the same for every capitalisation of an ASCII word, by which a
/// small set of words is indexed so that a word of a text costs a table load before any
/// comparison. Words starting with a non-ASCII letter share one shape, since their case
/// forms may differ in length.
pub fn word_shape(word: &str) -> usize {
    let bytes = word.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last)) if first.is_ascii() => {
            let (first, last) = (usize::from(first.to_ascii_lowercase()), usize::from(last.to_ascii_lowercase()));
            (first.wrapping_mul(31) ^ last.wrapping_mul(7) ^ bytes.len().wrapping_mul(131)) & (WORD_SHAPES - 1)
        }
        _ => 0,
    }
}

/// The entries of a lexicon file: its lines without comments (`#` at line start), blank
/// lines or surrounding white space.
pub fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a two-column lexicon file (`KEY<TAB>VALUE`); lines without a tab are
/// skipped.
pub fn pairs(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(file).filter_map(|l| l.split_once('\t')).map(|(k, v)| (k.trim(), v.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ends_rule_out_words_by_their_ends_and_length() {
        let ends = WordEnds::of(["he", "they"], true);
        for word in ["he", "He", "HE", "they", "THEY", "thay"] {
            assert!(ends.may_contain(word), "{word}");
        }
        for word in ["the", "then", "hen", "h", "é"] {
            assert!(!ends.may_contain(word), "{word}");
        }
        let exact = WordEnds::of(["Hey"], false);
        assert!(exact.may_contain("Hey") && !exact.may_contain("hey"));
    }

    #[test]
    fn every_clause_word_has_a_known_class() {
        let classes: Vec<&str> = pairs(CLAUSE_WORDS).map(|(_, class)| class).collect();
        assert!(classes.len() >= 20);
        assert!(
            classes.iter().all(|c| matches!(
                *c,
                "ly_adjective" | "past" | "preposition" | "act" | "occasion" | "data" | "summary"
            )),
            "{classes:?}"
        );
    }

    #[test]
    fn every_institution_word_has_a_known_class() {
        let classes: Vec<&str> = pairs(INSTITUTION_WORDS).map(|(_, class)| class).collect();
        assert!(classes.len() >= 10);
        assert!(
            classes.iter().all(|c| matches!(*c, "institution" | "leader" | "public" | "business" | "nonprofit")),
            "{classes:?}"
        );
    }

    #[test]
    fn every_abbreviation_has_a_known_class() {
        let classes = ["title", "honorific", "numeric", "time", "era", "starter", "final"];
        let mut n = 0;
        for line in entries(ABBREVIATIONS) {
            let (word, class) = line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}"));
            assert!(classes.contains(&class), "{word}: unknown class {class:?}");
            assert!(!word.ends_with('.'), "{word}: written with its final period");
            n += 1;
        }
        assert!(n > 100, "only {n} abbreviations");
    }

    #[test]
    fn a_word_has_one_shape_in_any_case() {
        for (word, other) in [("he", "HE"), ("they", "They"), ("themselves", "THEMSELVES"), ("Élan", "élan")] {
            assert_eq!(word_shape(word), word_shape(other), "{word}");
        }
        assert_ne!(word_shape("he"), word_shape("the"));
    }

    #[test]
    fn comments_and_blanks_are_not_entries() {
        assert!(entries(SENTENCE_OPENERS).all(|w| !w.starts_with('#') && !w.contains(' ')));
        assert!(entries(SENTENCE_OPENERS).any(|w| w == "The"));
    }
}
