//! Appositions: the description set off by commas right after a name (`William Evans,
//! president of the International Brotherhood of Magicians,`, `Nvidia, the chipmaker,`)
//! is a descriptor mention of the name's entity.

use super::coref::Found;
use super::lexicons::{ascii_lower, Role, LEXICONS};
use super::mentions::Candidate;
use super::{EntityType, MentionKind};
use crate::document::{Document, ParagraphKind};
use crate::span::Span;

/// The most tokens an apposition spans; a longer run is a clause, not a description.
const MAX_TOKENS: usize = 14;

/// How many of its first words may come before the role word that shows it describes a
/// person (`former Marine commandant`) or an organisation (`the Dutch chipmaker`).
const ROLE_WITHIN: usize = 4;

/// The apposed descriptions of the candidates' entities: `of[i]` is candidate `i`'s entity,
/// `kinds` each entity's type.
pub fn apposed(doc: &Document, candidates: &[Candidate], of: &[usize], kinds: &[EntityType]) -> Vec<Found> {
    let mut found = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let kind = kinds[of[i]];
        if c.possessive || !matches!(kind, EntityType::Person | EntityType::Org) {
            continue;
        }
        if let Some(span) = description_after(doc, c, kind) {
            found.push((span, MentionKind::Descriptor, of[i], c.sentence));
        }
    }
    found
}

/// The fewest words a person's description needs before its repetition in a heading is
/// taken for them: `president of the Lantern Society`, not `a nurse`.
const REPEATED_WORDS: usize = 3;

/// `Wikinews interviews President of the Lantern Society of Magicians` over `… William
/// Evans, president of the Lantern Society of Magicians, …`: the heading nearest before a
/// person's apposed description, when it repeats the description word for word in any
/// case, names that person with it.
pub fn repeated_in_headings(doc: &Document, apposed: &[Found], kinds: &[EntityType]) -> Vec<Found> {
    let headings: Vec<(usize, Span)> = doc
        .sentences()
        .iter()
        .enumerate()
        .filter(|(_, s)| doc.paragraphs()[s.paragraph].kind == ParagraphKind::Heading)
        .map(|(si, s)| (si, s.span))
        .collect();
    let mut found = Vec::new();
    for &(span, _, e, _) in apposed {
        let phrase = doc.slice(span);
        let mut words = phrase.split(' ');
        let indefinite = words.next().is_some_and(|w| matches!(w, "a" | "an" | "A" | "An"));
        if kinds[e] != EntityType::Person || indefinite || words.count() + 1 < REPEATED_WORDS {
            continue;
        }
        let before = headings.partition_point(|h| h.1.end <= span.start);
        let Some(&(si, heading)) = before.checked_sub(1).map(|h| &headings[h]) else { continue };
        if let Some(at) = find_words(doc.slice(heading), phrase) {
            let start = heading.start + at;
            found.push((Span::new(start, start + phrase.len()), MentionKind::Descriptor, e, si));
        }
    }
    found
}

/// Where `phrase` occurs in `text` as whole words, in any ASCII case.
fn find_words(text: &str, phrase: &str) -> Option<usize> {
    let (bytes, wanted) = (text.as_bytes(), phrase.as_bytes());
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    (0..=bytes.len().checked_sub(wanted.len())?).find(|&at| {
        bytes[at..at + wanted.len()].eq_ignore_ascii_case(wanted)
            && (at == 0 || !word_byte(bytes[at - 1]))
            && bytes.get(at + wanted.len()).is_none_or(|&b| !word_byte(b))
    })
}

/// The description between commas right after candidate `c`, when it names a role of a
/// person or a kind of organisation within its first words.
fn description_after(doc: &Document, c: &Candidate, kind: EntityType) -> Option<Span> {
    let s = &doc.sentences()[c.sentence];
    let tokens = &doc.tokens()[s.tokens.clone()];
    let after = tokens.partition_point(|t| t.span.start < c.span.end);
    let comma = tokens.get(after)?;
    if doc.slice(comma.span) != "," || comma.span.start != c.span.end {
        return None;
    }
    let first = after + 1;
    let text = |k: usize| doc.slice(tokens[k].span);
    let lex = &*LEXICONS;
    let mut end = None;
    for k in first..tokens.len().min(first + MAX_TOKENS + 1) {
        let w = text(k);
        // A relative clause ends the description (`a charity whose director …`).
        let stop = matches!(w, "," | "." | ";" | ":" | "(" | ")" | "—" | "–" | "\"" | "“" | "”" | "?" | "!")
            || matches!(w, "who" | "whose" | "which" | "that" | "where");
        if stop || lex.is_speech_cue(w) {
            end = Some(k);
            break;
        }
    }
    let end = match end {
        Some(end) => end,
        None if tokens.len() <= first + MAX_TOKENS => tokens.len(),
        None => return None,
    };
    if end <= first {
        return None;
    }
    // A clause or a list goes on differently: `Doe, who …`, `Acme, Google and Meta`.
    let opener = text(first);
    if matches!(opener, "who" | "which" | "that" | "whose" | "whom" | "where" | "when" | "and" | "or" | "but")
        || lex.pronoun(opener).is_some()
    {
        return None;
    }
    let role = (first..end.min(first + ROLE_WITHIN)).any(|k| {
        let w = text(k);
        let mut buf = [0u8; 24];
        let lower = ascii_lower(w, &mut buf).unwrap_or(w);
        match kind {
            EntityType::Person => {
                (w.starts_with(char::is_lowercase) || lower != w) && lex.titles.contains_key(lower)
                    || lex.words.get(lower).is_some_and(|r| r.describes_person())
            }
            _ => lex.words.get(lower) == Some(&Role::OrgNoun),
        }
    });
    role.then(|| Span::new(tokens[first].span.start, tokens[end - 1].span.end))
}

#[cfg(test)]
mod tests {
    use super::super::{mentions_of_kind, MentionKind};

    /// The descriptor mentions of `text`, with the name of their entity.
    fn described(text: &str) -> Vec<(String, String)> {
        mentions_of_kind(text, MentionKind::Descriptor)
    }

    #[test]
    fn a_role_between_commas_after_a_person_describes_them() {
        let got =
            described("Wikinews spoke with William Evans, president of the Lantern Society of Magicians, about magic.");
        assert_eq!(got, [("president of the Lantern Society of Magicians".to_string(), "William Evans".to_string())]);
        let got = described("“We lost,” said Hernan Gomez, Panama coach. Jane Doe, a former lawyer, agreed.");
        assert_eq!(
            got,
            [
                ("Panama coach".to_string(), "Hernan Gomez".to_string()),
                ("a former lawyer".to_string(), "Jane Doe".to_string())
            ]
        );
    }

    #[test]
    fn a_heading_that_repeats_a_persons_description_names_them() {
        let got = described(
            "Wikinews interviews President of the Lantern Society of Magicians\n\nWikinews spoke with \
             William Evans, president of the Lantern Society of Magicians, about magic. Jane Doe, a \
             lawyer, agreed.",
        );
        let evans = |d: &str| (d.to_string(), "William Evans".to_string());
        assert_eq!(
            got,
            [
                evans("President of the Lantern Society of Magicians"),
                evans("president of the Lantern Society of Magicians"),
                ("a lawyer".to_string(), "Jane Doe".to_string())
            ]
        );
        // Not a short description, nor one the heading holds only in part.
        let got = described(
            "Chief executive of Acme quits\n\nJane Doe, the chief executive of Acme Holdings, left. \
             Ann Roe, a lawyer, agreed.\n\nA lawyer speaks",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_kind_of_organisation_between_commas_describes_it() {
        let got = described("Veltrix, the Dutch chipmaker, said sales rose.");
        assert_eq!(got, [("the Dutch chipmaker".to_string(), "Veltrix".to_string())]);
        // A common word at a sentence start is a name when so described.
        let got = described("Shelter, the housing charity, said rents rose.");
        assert_eq!(got, [("the housing charity".to_string(), "Shelter".to_string())]);
        assert!(described("Housing, the biggest issue, dominated the debate.").is_empty());
    }

    #[test]
    fn clauses_lists_and_places_are_no_description() {
        for text in [
            "Jane Doe, who is a lawyer, agreed.",
            "Acme, Google and Meta met.",
            "Jane Doe, Paris, agreed with the mayor.",
            "Jane Doe, speaking to reporters after a long meeting with the mayor and his staff at the city hall on Monday evening, agreed.",
        ] {
            assert!(described(text).is_empty(), "{text}: {:?}", described(text));
        }
    }
}
