//! Claim context: the entity a figure is about (its subject), who asserts it (its source),
//! and whether it is reported without anyone standing behind it (hedged).
//!
//! The source is, in order: the speaker of the quote the figure sits in (direct, partial or
//! reported speech); the party named after `according to`; the entity right before a
//! reporting verb in the sentence (`Halvercrest said …`, `…, the company said`). A hedge word
//! (`reportedly`, `allegedly`, `a reported $125,000`) marks the claim hedged; with no source
//! named, the source stays null: never a guess dressed as certainty.

use std::sync::LazyLock;

use super::tables::{class, TABLES};
use super::view::View;
use crate::entities::{Entities, EntityType, Mention};
use crate::quotes::Quote;
use crate::span::Span;

/// What a sentence says about who stands behind its figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// Whether it hedges its figures (`reportedly`, `allegedly`, `a reported`).
    pub hedged: bool,
    /// The party named after `according to`.
    according_to: Option<Span>,
    /// The first [`MENTIONS_BACK`] tokens that are reporting verbs (`said`, `estimates`),
    /// found when first needed.
    reports: std::cell::OnceCell<Reports>,
}

impl Cues {
    /// Reads the sentence's hedges and `according to` from the words of the right lengths
    /// (its web addresses are [`urls`]).
    pub fn of(v: &View) -> Cues {
        let mut out = Cues::default();
        let (tables, bytes) = (&*TABLES, v.text.as_bytes());
        for (i, t) in v.toks.iter().enumerate() {
            // Every cue word has 7 to 11 letters.
            if !(7..=11).contains(&t.span.len()) || t.kind != crate::document::TokenKind::Word {
                continue;
            }
            let w = &bytes[t.span.start..t.span.end];
            if tables.is(w, class::HEDGE) {
                out.hedged = true;
            } else if w.eq_ignore_ascii_case(b"reported") {
                // `a reported $125,000`, `is reported to`; not `the company reported`.
                out.hedged |= i > 0 && v.is_any(i - 1, &["a", "an", "is", "are", "was", "were"]);
            } else if w.eq_ignore_ascii_case(b"according") && v.is(i + 1, "to") && out.according_to.is_none() {
                out.according_to = party(v, i + 2);
            }
        }
        out
    }

    /// The first reporting verbs of the sentence.
    fn reports(&self, v: &View) -> &[usize] {
        let r = self.reports.get_or_init(|| {
            let mut r = Reports::default();
            let (tables, bytes) = (&*TABLES, v.text.as_bytes());
            // Every reporting verb has 3 to 10 letters.
            let verb = |(_, t): &(usize, &crate::document::Token)| {
                t.kind == crate::document::TokenKind::Word
                    && (3..=10).contains(&t.span.len())
                    && tables.is(&bytes[t.span.start..t.span.end], class::REPORT)
            };
            for (i, _) in v.toks.iter().enumerate().filter(verb) {
                r.tokens[r.len] = i;
                r.len += 1;
                if r.len == MENTIONS_BACK {
                    break;
                }
            }
            r
        });
        &r.tokens[..r.len]
    }
}

/// Token indices of reporting verbs, kept without allocating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Reports {
    tokens: [usize; MENTIONS_BACK],
    len: usize,
}

/// The web and e-mail addresses of a sentence (no figure inside them is a claim), from a
/// vectorised search for their marks (usually none, and then nothing is allocated).
pub(crate) fn urls(v: &View) -> Vec<Span> {
    let sentence = &v.text.as_bytes()[v.span.start..v.span.end];
    if memchr::memchr2(b'/', b'@', sentence).is_some() || WWW.find(sentence).is_some() {
        addresses(v, sentence)
    } else {
        Vec::new()
    }
}

/// `www.`, a mark of a web address without a scheme.
static WWW: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("www."));

/// The web and e-mail addresses of a sentence (`sentence` is its text): the runs without
/// white space holding `://`, `www.`, `.com` or `@`.
fn addresses(v: &View, sentence: &[u8]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut at = 0;
    for run in sentence.split(u8::is_ascii_whitespace) {
        let marked = [&b"://"[..], b"www.", b".com", b"@"].iter().any(|m| memchr::memmem::find(run, m).is_some());
        if marked && !run.is_empty() {
            out.push(Span::new(v.span.start + at, v.span.start + at + run.len()));
        }
        at += run.len() + 1;
    }
    out
}

/// The words naming a party from token `first`, up to the next punctuation mark.
fn party(v: &View, first: usize) -> Option<Span> {
    let mut end = first;
    while end < v.len() && end < first + 8 && (v.word(end) || v.is_any(end, &["&", "’", "'", "-"])) {
        end += 1;
    }
    (end > first).then(|| v.span_of(first, end))
}

/// The entity a figure at `claim` is about: the nearest entity mentioned before it in the
/// sentence, leaving out places after `in`, `at` or `from` (`In London, Kestrel said it
/// would invest £600m`), mentions inside the sentence's figures (`384 Ascend 910C chips`,
/// `45 degrees Celsius`; `figures` are their spans) and the claim's source. `mentions` are
/// the sentence's.
pub(crate) fn subject(
    v: &View,
    entities: &Entities,
    mentions: &[Mention],
    claim: Span,
    source: Option<Span>,
    figures: &[Span],
) -> Option<usize> {
    // Mentions are sorted by start, and so are the figures: look back from the claim over a
    // bounded number of mentions, so a sentence with thousands of figures stays linear.
    let before = mentions.partition_point(|m| m.span.start < claim.start);
    let in_figure = |span: Span| {
        let k = figures.partition_point(|f| f.end <= span.start);
        figures.get(k).is_some_and(|f| f.overlaps(span))
    };
    mentions[..before]
        .iter()
        .rev()
        .take(MENTIONS_BACK)
        .filter(|m| m.span.end <= claim.start && !in_figure(m.span))
        .filter(|m| source.is_none_or(|s| !s.overlaps(m.span)))
        .find(|m| {
            let kind = entities.entities.get(m.entity).map(|e| e.kind);
            let place = matches!(kind, Some(EntityType::Gpe | EntityType::Loc));
            !(place && locative_before(v, m.span.start))
        })
        .map(|m| m.entity)
}

/// How many mentions (and reporting verbs) are looked at around a figure.
const MENTIONS_BACK: usize = 12;

/// Whether the word before byte `start` is a preposition of place.
fn locative_before(v: &View, start: usize) -> bool {
    let k = v.toks.partition_point(|t| t.span.end <= start);
    k > 0 && v.is_any(k - 1, &["in", "at", "from", "across", "throughout", "to"])
}

/// Who asserts the figure at `claim`: the words naming them and the entity, if resolved.
/// `mentions` are the sentence's.
pub(crate) fn source(
    v: &View,
    cues: &Cues,
    entities: &Entities,
    mentions: &[Mention],
    quotes: &[Quote],
    claim: Span,
) -> Option<(Span, Option<usize>)> {
    // Quotes are in text order: only those starting before the claim can hold it.
    let before = quotes.partition_point(|q| q.span.start <= claim.start);
    if let Some(q) = quotes[..before].iter().rev().take(8).find(|q| q.span.contains(claim) && q.speaker.is_some()) {
        let s = q.speaker?;
        return Some((s.span, s.entity));
    }
    if let Some(span) = cues.according_to {
        return Some((span, entities.entity_of(span)));
    }
    reporting_entity(v, cues, mentions, claim)
}

/// The entity named right before a reporting verb of the sentence (`Halvercrest said`, `the
/// company estimates`), when it is not inside the claim.
fn reporting_entity(v: &View, cues: &Cues, mentions: &[Mention], claim: Span) -> Option<(Span, Option<usize>)> {
    if mentions.is_empty() {
        return None;
    }
    cues.reports(v).iter().find_map(|&i| {
        let verb_start = v.start(i);
        // The mention ends right before the verb, or before one adverb (`also said`).
        let k = mentions.partition_point(|m| m.span.start < verb_start);
        let m = mentions[..k].iter().rev().take(4).find(|m| m.span.end <= verb_start)?;
        let between = v.text[m.span.end..verb_start].trim();
        // `Brandt, 47, said`: an age between the name and the verb.
        let age = between
            .strip_prefix(',')
            .and_then(|b| b.strip_suffix(','))
            .map(str::trim)
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        let close = between.is_empty() || age || !between.contains(char::is_whitespace) && between.ends_with("ly");
        // The speaker's age and what names them (`One resident, Torvald Lien, 71, said`) are
        // the writer's, not the speaker's.
        let aside = claim.start >= m.span.end && claim.end <= verb_start
            || claim.end <= m.span.start && v.text[claim.end..m.span.start].trim() == ",";
        (close && !aside && !claim.overlaps(m.span)).then_some((m.span, Some(m.entity)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::view::testing::tokens;
    use crate::entities::{Entity, MentionKind};
    use crate::quotes::{QuoteKind, Speaker};

    /// Entities with one mention each, at the given words of `text`.
    fn entities(text: &str, names: &[(&str, EntityType)]) -> Entities {
        let mut e = Entities::default();
        for (i, (name, kind)) in names.iter().enumerate() {
            let start = text.find(name).unwrap();
            e.entities.push(Entity {
                name: name.to_string(),
                kind: *kind,
                mentions: vec![i],
                descriptors: vec![],
                gender: None,
            });
            e.mentions.push(Mention {
                span: Span::new(start, start + name.len()),
                kind: MentionKind::Name,
                entity: i,
                sentence: 0,
            });
        }
        e.mentions.sort_by_key(|m| m.span.start);
        e
    }

    fn span_of(text: &str, part: &str) -> Span {
        let s = text.find(part).unwrap();
        Span::new(s, s + part.len())
    }

    #[test]
    fn subject_is_the_nearest_entity_before_but_not_a_place_after_in() {
        let text = "In London, Kestrel Substrates said it would invest £600m in a plant.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("London", EntityType::Gpe), ("Kestrel Substrates", EntityType::Org)]);
        assert_eq!(subject(&v, &e, e.mentions_in(v.span), span_of(text, "£600m"), None, &[]), Some(1));
        let text = "In London, prices rose 5%.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("London", EntityType::Gpe)]);
        assert_eq!(subject(&v, &e, e.mentions_in(v.span), span_of(text, "5%"), None, &[]), None);
    }

    #[test]
    fn source_from_quote_according_to_and_reporting_verb() {
        let text = "“We spent $5 billion,” said Linscott.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("Linscott", EntityType::Person)]);
        let quote = Quote {
            kind: QuoteKind::Direct,
            span: span_of(text, "We spent $5 billion,"),
            speaker: Some(Speaker { span: span_of(text, "Linscott"), entity: Some(0) }),
            cue: None,
            sentence: 0,
            confidence: 0.9,
            rule: "test",
        };
        let a = Cues::of(&v);
        assert_eq!(
            source(&v, &a, &e, e.mentions_in(v.span), &[quote], span_of(text, "$5 billion")),
            Some((span_of(text, "Linscott"), Some(0)))
        );

        let text = "The price fell 5%, according to research firm NPD.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let got = source(&v, &Cues::of(&v), &Entities::default(), &[], &[], span_of(text, "5%")).unwrap();
        assert_eq!(&text[got.0.start..got.0.end], "research firm NPD");

        let text = "Brandt, 47, said a third had decided.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("Brandt", EntityType::Person)]);
        assert_eq!(
            source(&v, &Cues::of(&v), &e, e.mentions_in(v.span), &[], span_of(text, "a third")),
            Some((span_of(text, "Brandt"), Some(0)))
        );
        assert_eq!(source(&v, &Cues::of(&v), &e, e.mentions_in(v.span), &[], span_of(text, "47")), None);
        let text = "One resident, Lien, 71, said the water rose two metres.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("Lien", EntityType::Person)]);
        let source_of = |part: &str| source(&v, &Cues::of(&v), &e, e.mentions_in(v.span), &[], span_of(text, part));
        assert_eq!(source_of("One resident"), None);
        assert_eq!(source_of("two metres"), Some((span_of(text, "Lien"), Some(0))));

        let text = "Halvercrest said revenue rose 4.2%.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let e = entities(text, &[("Halvercrest", EntityType::Org)]);
        assert_eq!(
            source(&v, &Cues::of(&v), &e, e.mentions_in(v.span), &[], span_of(text, "4.2%")),
            Some((span_of(text, "Halvercrest"), Some(0)))
        );
    }

    #[test]
    fn cue_words_have_the_lengths_the_scans_read() {
        for (word, class) in crate::lexicon::pairs(crate::lexicon::CLAIM_WORDS) {
            let len = word.len();
            match class {
                "report" => assert!((3..=10).contains(&len), "{word}"),
                "hedge" => assert!((7..=11).contains(&len), "{word}"),
                _ => {}
            }
        }
    }

    #[test]
    fn hedges() {
        for (text, want) in [
            ("Huawei reportedly allocates 180 billion RMB", true),
            ("signed for a reported $125,000", true),
            ("the company reported revenue of $5 billion", false),
        ] {
            let toks = tokens(text);
            assert_eq!(Cues::of(&View::of(text, &toks)).hedged, want, "{text}");
        }
    }
}
