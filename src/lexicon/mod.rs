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
/// Words that begin with an apostrophe (`'tis`, `'em`).
pub const ELISIONS: &str = include_str!("elisions.txt");

// Entities.

// Quotes.

// Claims.

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
    fn every_abbreviation_has_a_known_class() {
        let classes = ["title", "honorific", "numeric", "time", "era", "starter"];
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
    fn comments_and_blanks_are_not_entries() {
        assert!(entries(SENTENCE_OPENERS).all(|w| !w.starts_with('#') && !w.contains(' ')));
        assert!(entries(SENTENCE_OPENERS).any(|w| w == "The"));
    }
}
