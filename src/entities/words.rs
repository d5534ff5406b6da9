//! What the entity stage needs to know of each token, worked out once per document.
//!
//! Mention finding, coreference and speaker resolution all walk the tokens asking the same
//! questions: is it a word, does it start with a capital, is it a pronoun, is it `the`, is
//! it a quotation mark. Each question costs a slice of the text and often a hash lookup;
//! asked once per token here, it becomes a load of a small [`Tag`] everywhere else, and most
//! tokens (lower-case words that are no pronoun) are passed over without touching the text.

use super::lexicons::{Pronoun, Role, LEXICONS};
use super::mentions::strip_possessive;
use crate::document::{Document, Token, TokenKind};

/// The facts about one token.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tag {
    /// The pronoun the token is, in any capitalisation.
    pub pronoun: Option<&'static Pronoun>,
    /// What else it is, as [`Tag`]'s flag constants.
    flags: u8,
}

impl Tag {
    /// A word token.
    pub const WORD: u8 = 1;
    /// A word starting with an upper-case letter.
    pub const CAPITAL: u8 = 1 << 1;
    /// A word starting with a lower-case letter.
    pub const LOWER: u8 = 1 << 2;
    /// The article `the`, in any capitalisation.
    pub const THE: u8 = 1 << 3;
    /// An opening curly double quote `“`.
    pub const OPEN_QUOTE: u8 = 1 << 4;
    /// A closing curly double quote `”`.
    pub const CLOSE_QUOTE: u8 = 1 << 5;
    /// A straight double quote `"`.
    pub const STRAIGHT_QUOTE: u8 = 1 << 6;
    /// A word that can be part of a name: capitalised, a digit followed by capitals (`3M`)
    /// or a brand in camel case (`iPhone`); not the pronoun `I`, not a month or weekday, not
    /// a word the lexicons say is never a name by itself.
    pub const NAME_LIKE: u8 = 1 << 7;

    /// Whether the token has every flag of `flags`.
    pub fn is(self, flags: u8) -> bool {
        self.flags & flags == flags
    }

    /// Whether the token has any flag of `flags`, or is a pronoun: the tokens coreference
    /// has to look at.
    pub fn any_or_pronoun(self, flags: u8) -> bool {
        self.flags & flags != 0 || self.pronoun.is_some()
    }
}

/// `Redwood Shores, Calif.`: where a US state abbreviated after a city's comma, starting at
/// `tokens[k]`, ends with its period (the token itself, where the tokenizer kept the period
/// on it, or the glued `.` after it).
pub(super) fn state_abbreviation_end(doc: &Document, tokens: &[Token], k: usize) -> Option<usize> {
    // Most tokens follow no comma: look nothing up for them.
    if k == 0 || k >= tokens.len() || doc.slice(tokens[k - 1].span) != "," {
        return None;
    }
    let word = doc.slice(tokens[k].span);
    let (bare, end) = match word.strip_suffix('.') {
        Some(bare) => (bare, k + 1),
        None => {
            let period = tokens.get(k + 1).filter(|p| doc.slice(p.span) == "." && p.span.start == tokens[k].span.end);
            (word, period.map(|_| k + 2)?)
        }
    };
    LEXICONS.state_abbreviations.contains(bare).then_some(end)
}

/// The tags of every token of a document, by token index.
pub fn tags(doc: &Document) -> Vec<Tag> {
    let lex = &*LEXICONS;
    let text = doc.text().as_bytes();
    // Capitalised words kept from names that may be a day's or a month's abbreviation.
    let mut blocked_short = Vec::new();
    let mut tags: Vec<Tag> = doc
        .tokens()
        .iter()
        .enumerate()
        .map(|(i, t)| match t.kind {
            TokenKind::Word => {
                let word = doc.slice(t.span);
                let first = text[t.span.start];
                let case = if first.is_ascii_lowercase() {
                    Tag::LOWER
                } else if first.is_ascii_uppercase() {
                    Tag::CAPITAL
                } else {
                    match word.chars().next() {
                        Some(c) if c.is_uppercase() => Tag::CAPITAL,
                        Some(c) if c.is_lowercase() => Tag::LOWER,
                        _ => 0,
                    }
                };
                let the = if word.len() == 3 && word.eq_ignore_ascii_case("the") { Tag::THE } else { 0 };
                let name =
                    if (case != Tag::LOWER || is_camel_case(word)) && name_like(word) { Tag::NAME_LIKE } else { 0 };
                if name == 0 && case == Tag::CAPITAL && word.len() <= 4 {
                    blocked_short.push(i);
                }
                Tag { pronoun: lex.pronoun(word), flags: Tag::WORD | case | the | name }
            }
            TokenKind::Punct => {
                let flags = match doc.slice(t.span) {
                    "“" => Tag::OPEN_QUOTE,
                    "”" => Tag::CLOSE_QUOTE,
                    "\"" => Tag::STRAIGHT_QUOTE,
                    _ => 0,
                };
                Tag { pronoun: None, flags }
            }
            TokenKind::Number | TokenKind::Symbol => Tag::default(),
        })
        .collect();
    for i in 1..tags.len() {
        // `Ahmed Mohamed. Image: NASA`: a credit's label is no part of a name.
        if tags[i - 1].is(Tag::NAME_LIKE)
            && doc.slice(doc.tokens()[i].span) == ":"
            && lex.words.get(doc.slice(doc.tokens()[i - 1].span)) == Some(&Role::Credit)
        {
            tags[i - 1].flags &= !Tag::NAME_LIKE;
        }
    }
    let tokens = doc.tokens();
    for (i, tag) in tags.iter_mut().enumerate() {
        if tag.is(Tag::CAPITAL) && state_abbreviation_end(doc, tokens, i).is_some() {
            tag.flags |= Tag::NAME_LIKE;
        }
    }
    // `12.JAN.02`, `09-DEC-97`: a month in capitals glued to a date's figures.
    for i in 0..tags.len() {
        let t = &tokens[i];
        let word = doc.slice(t.span);
        if !tags[i].is(Tag::NAME_LIKE)
            || !(3..=4).contains(&word.len())
            || !word.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let digits = |k: usize| doc.slice(tokens[k].span).bytes().any(|b| b.is_ascii_digit());
        let separator = |k: usize| matches!(doc.slice(tokens[k].span), "." | "-" | "/");
        let glued = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
        // A figure right beside it, or a separator and a figure (`12.JAN`, `JAN.02`).
        let before = i > 0
            && glued(i - 1, i)
            && (digits(i - 1) || separator(i - 1) && i > 1 && glued(i - 2, i - 1) && digits(i - 2));
        let after = i + 1 < tags.len()
            && glued(i, i + 1)
            && (digits(i + 1) || separator(i + 1) && i + 2 < tags.len() && glued(i + 1, i + 2) && digits(i + 2));
        if !(before || after) {
            continue;
        }
        let titled = format!("{}{}", &word[..1], word[1..].to_ascii_lowercase());
        if lex.dates.contains(titled.as_str()) {
            tags[i].flags &= !Tag::NAME_LIKE;
        }
    }
    // `TWA Flight 800`, `Flight MH17`: a flight's number names no one, and ends the airline's
    // name before it.
    for i in 0..tags.len().saturating_sub(1) {
        let number = || doc.slice(tokens[i + 1].span).bytes().any(|b| b.is_ascii_digit());
        if tags[i].is(Tag::NAME_LIKE) && doc.slice(tokens[i].span) == "Flight" && number() {
            tags[i].flags &= !Tag::NAME_LIKE;
        }
    }
    // `Theresa May`, `Fiona May ( Italy )`: a month's name right after a given name, with no
    // figure after it, is a surname (not `on Friday May 3`, `Paul in May 2020`).
    for &i in &blocked_short {
        let (Some(prev), Some(t)) = (i.checked_sub(1).and_then(|k| tokens.get(k)), tokens.get(i)) else { continue };
        let word = doc.slice(t.span);
        let given = prev.span.end + 1 == t.span.start && lex.is_given_name(doc.slice(prev.span));
        let figure_after = tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
        if given && matches!(word, "May" | "June") && !figure_after {
            tags[i].flags |= Tag::NAME_LIKE;
        }
    }
    // `Jan Ullrich`, `Sun Microsystems`, `Mar Menor`: a day's or a month's abbreviation
    // before a name is part of it (`Sun Jan 5`, `Jan Feb Mar` stay dates).
    // So is one before a name's particle (`Jan van der Velde`), joined to a given name by a
    // hyphen (`Jan-Willem de Groot`), or to its last syllable after a name (`Kim Sun-hong`).
    for i in blocked_short {
        let (t, Some(next)) = (&tokens[i], tokens.get(i + 1)) else { continue };
        let (word, after) = (doc.slice(t.span), doc.slice(next.span));
        let name_after = |k: usize| tags.get(k).is_some_and(|g| g.is(Tag::NAME_LIKE));
        let is_particle = |k: usize| {
            tokens.get(k).is_some_and(|n| {
                let w = doc.slice(n.span);
                lex.words.get(w) == Some(&Role::NameParticle) && !matches!(w, "do" | "y")
            })
        };
        let particle = t.span.end + 1 == next.span.start
            && is_particle(i + 1)
            && (name_after(i + 2) || is_particle(i + 2) && name_after(i + 3));
        let hyphened = t.span.end == next.span.start
            && after == "-"
            && tokens.get(i + 2).is_some_and(|n| n.span.start == next.span.end)
            && tokens.get(i + 2).is_some_and(|n| lex.is_given_name(doc.slice(n.span)));
        // `Kim Sun-hong`: after a name, before a hyphen and a given name's last syllable.
        let syllable = t.span.end == next.span.start
            && after == "-"
            && i > 0
            && tokens[i - 1].span.end + 1 == t.span.start
            && tags[i - 1].is(Tag::NAME_LIKE)
            && tokens
                .get(i + 2)
                .is_some_and(|n| n.span.start == next.span.end && super::mentions::is_name_syllable(doc.slice(n.span)));
        if (particle || hyphened || syllable) && lex.dates.contains(word) && !matches!(word, "May" | "June" | "July") {
            tags[i].flags |= Tag::NAME_LIKE;
            continue;
        }
        if !tags[i + 1].is(Tag::NAME_LIKE) || t.span.end + 1 != next.span.start {
            continue;
        }
        let abbreviation = !matches!(word, "May" | "June" | "July");
        if abbreviation && text[t.span.end] == b' ' && lex.dates.contains(word) && !lex.dates.contains(after) {
            tags[i].flags |= Tag::NAME_LIKE;
        }
    }
    // `US`, `IT`, `ME` among words in lower case are abbreviations, not pronouns; `HE SAID
    // IT` in a shouted line keeps them.
    let lower = |i: usize| doc.slice(doc.tokens()[i].span).bytes().any(|b| b.is_ascii_lowercase());
    for i in 0..tags.len() {
        if tags[i].pronoun.is_none() || doc.tokens()[i].span.len() < 2 || lower(i) {
            continue;
        }
        let previous = (0..i).rev().find(|&j| tags[j].is(Tag::WORD));
        let next = (i + 1..tags.len()).find(|&j| tags[j].is(Tag::WORD));
        if previous.is_some_and(lower) || next.is_some_and(lower) {
            tags[i].pronoun = None;
        }
    }
    // `I. Healy not out 22`: an initial `I`, its period glued, then a name, is no pronoun.
    let toks = doc.tokens();
    for i in 0..tags.len().saturating_sub(2) {
        let (t, dot, name) = (&toks[i], &toks[i + 1], &toks[i + 2]);
        let initial = t.span.len() == 1
            && doc.slice(t.span) == "I"
            && doc.slice(dot.span) == "."
            && t.span.end == dot.span.start
            && dot.span.end + 1 == name.span.start
            && tags[i + 2].is(Tag::NAME_LIKE);
        if initial {
            tags[i].flags |= Tag::NAME_LIKE;
            tags[i].pronoun = None;
        }
    }
    tags
}

/// Whether a word can be part of a name at all.
fn name_like(word: &str) -> bool {
    let word = strip_possessive(word);
    let Some(first) = word.chars().next() else { return false };
    if !(first.is_uppercase()
        || (first.is_ascii_digit() && word.chars().any(|c| c.is_uppercase()))
        || is_camel_case(word))
    {
        return false;
    }
    let lex = &*LEXICONS;
    // The pronoun `I` and its contractions (`I've`, `I’m`) are not names.
    let pronoun_i = word == "I" || word.starts_with("I'") || word.starts_with("I’");
    // `USD34.6`, `R1.5bn`: a sum, no model's name.
    let money = || word.bytes().any(|b| b.is_ascii_digit()) && crate::claims::numbers::is_glued_money(word);
    !(pronoun_i || lex.blocks_name(word) || money())
}

/// Whether a word is a brand written in camel case with a lower-case head (`iPhone`, `eBay`,
/// `wikiHow`): one to four lower-case letters, a capital, then at least two lower-case
/// letters. Units and symbols (`kWh`, `mAh`, `pH`, `mRNA`) do not fit.
pub fn is_camel_case(word: &str) -> bool {
    // Most words fail on their head, which a possessive ending does not change: tested
    // first, on at most five bytes.
    let bytes = word.as_bytes();
    let head = bytes.iter().take(5).take_while(|b| b.is_ascii_lowercase()).count();
    if !(1..=4).contains(&head) || !bytes.get(head).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let word = strip_possessive(word);
    let bytes = word.as_bytes();
    let head = bytes.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if !(1..=4).contains(&head) || !bytes.get(head).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let tail = &bytes[head + 1..];
    tail.iter().take_while(|b| b.is_ascii_lowercase()).count() >= 2 && tail.iter().all(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;

    /// The words of `text` carrying all of `flags`.
    fn with(text: &str, flags: u8) -> Vec<String> {
        let doc = segment("t", text.to_string());
        let tags = tags(&doc);
        doc.tokens()
            .iter()
            .zip(&tags)
            .filter(|(_, g)| g.is(flags))
            .map(|(t, _)| doc.slice(t.span).to_string())
            .collect()
    }

    #[test]
    fn tags_capitals_lower_case_and_articles() {
        let text = "The Élysée said “the deal” was “done.” He agreed; éclairs were \"served\".";
        assert_eq!(with(text, Tag::CAPITAL), ["The", "Élysée", "He"]);
        assert_eq!(
            with(text, Tag::LOWER),
            ["said", "the", "deal", "was", "done", "agreed", "éclairs", "were", "served"]
        );
        assert_eq!(with(text, Tag::THE), ["The", "the"]);
        assert_eq!(with(text, Tag::OPEN_QUOTE), ["“", "“"]);
        assert_eq!(with(text, Tag::CLOSE_QUOTE), ["”", "”"]);
        assert_eq!(with(text, Tag::STRAIGHT_QUOTE), ["\"", "\""]);
    }

    #[test]
    fn tags_words_that_can_be_names() {
        let text = "I’m told 3M and GB200 beat Acme’s rivals on Monday, the New York firm said.";
        assert_eq!(with(text, Tag::NAME_LIKE), ["3M", "GB200", "Acme’s", "New", "York"]);
    }

    #[test]
    fn sums_glued_to_their_currency_are_no_names() {
        let text = "Acme raised USD34.6 million, R1.5bn and RM5 billion; the kiwi fell to US58.4c on GB200 news.";
        assert_eq!(with(text, Tag::NAME_LIKE), ["Acme", "GB200"]);
    }

    #[test]
    fn camel_case_brands_are_told_from_units() {
        for brand in ["iPhone", "eBay", "wikiHow", "iShares", "eBay’s"] {
            assert!(is_camel_case(brand), "{brand}");
        }
        for other in ["kWh", "mAh", "pH", "mRNA", "iOS", "phone", "Phone", "e-Bay"] {
            assert!(!is_camel_case(other), "{other}");
        }
        let text = "Apple sold the iPhone on eBay, at 5 kWh.";
        assert_eq!(with(text, Tag::NAME_LIKE), ["Apple", "iPhone", "eBay"]);
    }

    #[test]
    fn tags_pronouns_in_any_case() {
        let doc = segment("t", "HE SAID she and They met it. Hello there. US firms hired.".to_string());
        let tags = tags(&doc);
        let pronouns: Vec<&str> = doc
            .tokens()
            .iter()
            .zip(&tags)
            .filter(|(_, g)| g.pronoun.is_some())
            .map(|(t, _)| doc.slice(t.span))
            .collect();
        // `US` among words in lower case is the country.
        assert_eq!(pronouns, ["HE", "she", "They", "it"]);
    }
}
