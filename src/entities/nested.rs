//! Names inside longer names: `US` in `US State Department`, `Andy Warhol` in `Andy Warhol
//! Foundation`, `New York` in `The New York Times`. The longer name stays one mention of its
//! own entity; the name at its head is also a `nested` mention of the entity the document
//! names with it elsewhere, so that every reference to the United States or to Warhol can be
//! found. Flat name scoring leaves nested mentions out.

use super::cluster::{key_into, text_key_into};
use super::mentions::Candidate;
use super::{EntityType, Mention, MentionKind};
use crate::document::Document;
use crate::lexicon::WordMap as HashMap;
use crate::span::Span;

/// The nested mentions of the candidates: `of[i]` is candidate `i`'s entity, `kinds` each
/// entity's type. A name nests another only at its head (after a leading `The`), and only a
/// person's or a place's name the document uses on its own, of one entity, is looked for.
pub fn nested(doc: &Document, candidates: &[Candidate], of: &[usize], kinds: &[EntityType]) -> Vec<Mention> {
    let named = |e: usize| matches!(kinds[e], EntityType::Person | EntityType::Gpe | EntityType::Loc);
    let holds = |i: usize| !named(of[i]) && doc.slice(candidates[i].span).contains(' ');
    if !(0..candidates.len()).any(holds) {
        return Vec::new();
    }
    // Each key of a person or a place with its entity; a key two entities share names
    // neither.
    let mut by_key: HashMap<String, Option<usize>> = HashMap::default();
    let mut key = String::new();
    for (i, c) in candidates.iter().enumerate().filter(|&(i, _)| named(of[i])) {
        key_into(doc, c, &mut key);
        match by_key.get_mut(key.as_str()) {
            Some(entity) if *entity != Some(of[i]) => *entity = None,
            Some(_) => {}
            None => {
                by_key.insert(key.clone(), Some(of[i]));
            }
        }
    }
    let mut out = Vec::new();
    for (i, c) in candidates.iter().enumerate().filter(|&(i, _)| holds(i)) {
        let text = doc.slice(c.span);
        // Byte ends of the words, and where the head starts (after `The`).
        let ends: Vec<usize> = text.match_indices(' ').map(|(at, _)| at).collect();
        let start = match text.split(' ').next() {
            Some("The" | "the") => ends[0] + 1,
            _ => 0,
        };
        for &end in ends.iter().rev().filter(|&&end| end > start) {
            let head = &text[start..end];
            // Only a person or a place: a shorter name of an organisation is its alias, and
            // an adjective (`Democratic` in `Democratic Party`) no reference.
            text_key_into(head, &mut key);
            if let Some(&Some(entity)) = by_key.get(key.as_str()) {
                if entity != of[i] {
                    let span = Span::new(c.span.start + start, c.span.start + end);
                    out.push(Mention { span, kind: MentionKind::Nested, entity, sentence: c.sentence });
                }
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{mentions_of_kind, MentionKind};

    /// The nested mentions of `text`, with the name of their entity.
    fn nested(text: &str) -> Vec<(String, String)> {
        mentions_of_kind(text, MentionKind::Nested)
    }

    #[test]
    fn a_name_the_text_uses_alone_is_found_at_the_head_of_a_longer_one() {
        let got = nested(
            "The United States warned Iran. The US Senate said talks would go on. \
             Andy Warhol's prints hang at the Andy Warhol Foundation. The New York Times and \
             New York agreed.",
        );
        let want = [("US", "United States"), ("Andy Warhol", "Andy Warhol"), ("New York", "New York")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn no_name_is_nested_that_the_text_does_not_use_alone() {
        assert!(nested("The US State Department said talks would go on.").is_empty());
        // A person's name holds no other name.
        assert!(nested("Jordan said so. Michael Jordan agreed.").is_empty());
    }
}
