//! Interview transcripts: paragraphs that open with a label naming who speaks
//! (`Q: What next?`, `A: We keep building.`, `DOE: I believe it will.`).
//!
//! A labelled paragraph is a direct quote of a person only in a transcript layout, and only
//! when the label names that person:
//!
//! - `DOE:`, `Jane Doe:`, `Mr. Doe:` (`speaker-label`): the label is a person the entity
//!   stage found, by a mention at the label or by the surname of a person named in the
//!   article, and the document is a transcript: it has a `Q:` paragraph, or two paragraphs
//!   or more labelled with people;
//! - `A:` (`interview-answer`) after a `Q:` paragraph, when the paragraphs introducing the
//!   interview (the few before the first `Q:`, which must speak of an interview: `spoke`,
//!   `edited`, …) name exactly one person: the interviewee.
//!
//! Everything else that looks like a label says nothing: `Q:` itself (the interviewer is
//! seldom named), `Note:`, `Photo:`, `Update:`, `Source:`, `Media contact:`, a label naming
//! an organisation or a place, and any label outside a transcript. One pass over the
//! paragraphs, looking at their first few tokens.

use std::cell::OnceCell;

use crate::document::TokenKind;
use crate::entities::{EntityType, MentionKind};
use crate::lexicon::WordMap;
use crate::quotes::phrases::ClosedClass;
use crate::quotes::{Quote, QuoteKind, Speaker, Stage};
use crate::span::Span;

/// The most words a speaker label holds (`Prime Minister Jane Doe`).
const LABEL_WORDS: usize = 5;

/// How many paragraphs before the first question may introduce the interviewee.
const INTRODUCTION: usize = 3;

/// Words that make the paragraphs before a question the introduction of an interview (and
/// not, say, of a press release's questions and answers).
const INTERVIEW: ClosedClass = ClosedClass::new(&[
    "interview",
    "interviewed",
    "spoke",
    "speaking",
    "talked",
    "conversation",
    "excerpts",
    "transcript",
    "edited",
]);

/// What a paragraph's label says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    /// `Q:`, `Question:`.
    Question,
    /// `A:`, `Answer:`.
    Answer,
    /// A person, by entity index.
    Person(usize),
}

/// A labelled paragraph: its label, the label's words and the text after the colon.
#[derive(Clone, Copy, Debug)]
struct Labelled {
    label: Label,
    words: Span,
    text: Span,
    paragraph: usize,
}

/// The answers of an interview transcript, as direct quotes.
pub(crate) fn answers(stage: &Stage) -> Vec<Quote> {
    let surnames = OnceCell::new();
    let labelled: Vec<Labelled> =
        (0..stage.doc.paragraphs().len()).filter_map(|p| labelled(stage, p, &surnames)).collect();
    let first_question = labelled.iter().find(|l| l.label == Label::Question).map(|l| l.paragraph);
    let people = labelled.iter().filter(|l| matches!(l.label, Label::Person(_))).count();
    if first_question.is_none() && people < 2 {
        return Vec::new();
    }
    let interviewee = first_question.and_then(|q| interviewee(stage, q));
    let mut out = Vec::new();
    for l in &labelled {
        let (speaker, rule, confidence) = match l.label {
            Label::Person(entity) => (Speaker { span: l.words, entity: Some(entity) }, "speaker-label", 0.85),
            Label::Answer if first_question.is_some_and(|q| q < l.paragraph) => match interviewee {
                Some(s) => (s, "interview-answer", 0.75),
                None => continue,
            },
            _ => continue,
        };
        out.push(Quote {
            kind: QuoteKind::Direct,
            span: l.text,
            speaker: Some(speaker),
            cue: None,
            sentence: stage.sentence_of(l.text.start),
            confidence,
            rule,
        });
    }
    out
}

/// The label of paragraph `p`, if it opens with one: a few words, a colon touching them,
/// and words after it.
fn labelled(stage: &Stage, p: usize, surnames: &Surnames) -> Option<Labelled> {
    // Most paragraphs have no colon near their start: one byte search tells.
    let para = stage.doc.paragraphs()[p].span;
    let head = &stage.doc.text().as_bytes()[para.start..para.end.min(para.start + 80)];
    memchr::memchr(b':', head)?;
    let w = &stage.words;
    let (first, end) = stage.paragraph_tokens(p);
    let limit = end.min(first + 2 * LABEL_WORDS);
    let colon = (first..limit).find(|&t| !w.is_word(t) && !w.punct(t, "."))?;
    if colon == first || !w.punct(colon, ":") || !w.touching(colon - 1) || w.touching(colon) || colon + 1 >= end {
        return None;
    }
    // Capitalised words, and the periods of abbreviations (`Mr.`, `J.`).
    if !(first..colon).all(|t| w.capitalized(t) || w.punct(t, ".") && t > first && w.touching(t - 1)) {
        return None;
    }
    let words = w.span(first, colon - 1);
    let text = Span::new(w.tokens[colon + 1].span.start, para.end);
    if !stage.doc.slice(text).chars().any(char::is_alphanumeric) {
        return None;
    }
    let label = match stage.doc.slice(words) {
        "Q" | "Question" | "QUESTION" => Label::Question,
        "A" | "Answer" | "ANSWER" => Label::Answer,
        _ => Label::Person(person(stage, first, colon, surnames)?),
    };
    Some(Labelled { label, words, text, paragraph: p })
}

/// The people of the article by the last word of their name, in lower case (the first person
/// of each surname), made when a label first needs them.
type Surnames = OnceCell<WordMap<String, usize>>;

/// The person the label words `[first, colon)` name: the entity of a person mention at the
/// label, or a person of the article whose name ends with the label's last word (`DOE` for
/// `Jane Doe`).
fn person(stage: &Stage, first: usize, colon: usize, surnames: &Surnames) -> Option<usize> {
    let w = &stage.words;
    let entities = &stage.entities.entities;
    let is_person = |e: usize| entities.get(e).is_some_and(|e| e.kind == EntityType::Person);
    let at = w.tokens[first].span.start;
    let last = (first..colon).rev().find(|&t| w.tokens[t].kind == TokenKind::Word)?;
    let surname = w.text(last);
    // A transcript writes its labels in capitals (`DOE:`), which the entity stage may take for
    // an acronym; only the surname says whom they name.
    let capitals = surname.chars().all(|c| !c.is_lowercase());
    if let Some(m) = stage.entities.mention_at(at).filter(|m| m.span.end <= w.tokens[colon].span.start) {
        if is_person(m.entity) || !capitals {
            return is_person(m.entity).then_some(m.entity);
        }
    }
    // One letter is an initial or a label (`A`), not a surname.
    if surname.chars().count() < 2 {
        return None;
    }
    let surnames = surnames.get_or_init(|| {
        let mut map = WordMap::default();
        for (k, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityType::Person) {
            // A one-word name (`Doe`) may be anything; a full name ends with its surname.
            if let Some((_, last)) = e.name.rsplit_once(' ') {
                map.entry(last.to_lowercase()).or_insert(k);
            }
        }
        map
    });
    surnames.get(&surname.to_lowercase()).copied()
}

/// The interviewee: the one person named in the paragraphs right before the first question
/// (paragraph `question`), as the last mention of their name there.
fn interviewee(stage: &Stage, question: usize) -> Option<Speaker> {
    let paragraphs = stage.doc.paragraphs();
    let from = paragraphs[question.saturating_sub(INTRODUCTION)].span.start;
    let to = paragraphs[question].span.start;
    let w = &stage.words;
    if !(w.at_or_after(from)..w.at_or_after(to)).any(|t| w.in_set(t, &INTERVIEW)) {
        return None;
    }
    let entities = stage.entities;
    let mut found: Option<(usize, Span)> = None;
    for m in entities.mentions_in(Span::new(from, to)) {
        if entities.entities.get(m.entity).is_none_or(|e| e.kind != EntityType::Person) {
            continue;
        }
        match found {
            Some((e, _)) if e != m.entity => return None,
            _ => found = Some((m.entity, m.span)),
        }
    }
    // The words naming the interviewee are their name, not a pronoun or a description.
    let (entity, _) = found?;
    let named = entities
        .mentions_in(Span::new(from, to))
        .iter()
        .rev()
        .find(|m| m.entity == entity && matches!(m.kind, MentionKind::Name | MentionKind::Alias))?;
    Some(Speaker { span: named.span, entity: Some(entity) })
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{assert_no_quotes, assert_quotes};

    #[test]
    fn answers_after_an_introduction_naming_the_interviewee() {
        let text = "Acme looks east\n\nMarta Lindqvist, who runs Acme, spoke to the Tarrow Courier about \
                    her plans. The interview has been edited.\n\nQ: What will you do next?\n\nA: We will \
                    keep building. The plant opens in May.\n\nQ: Does the cost worry you?\n\nA: Not at all.";
        assert_quotes(
            text,
            &[
                ("direct", "We will keep building. The plant opens in May.", "Marta Lindqvist", "", "interview-answer"),
                ("direct", "Not at all.", "Marta Lindqvist", "", "interview-answer"),
            ],
        );
    }

    #[test]
    fn paragraphs_labelled_with_people() {
        let text = "Tonight's guest\n\nThe host Priya Banerjee talked to the engineer Tomas Halloran.\n\n\
                    BANERJEE: Will the bridge be ready?\n\nHALLORAN: I believe it will, by the spring.\n\n\
                    Photo: Tomas Halloran on the bridge.";
        assert_quotes(
            text,
            &[
                ("direct", "Will the bridge be ready?", "BANERJEE", "", "speaker-label"),
                ("direct", "I believe it will, by the spring.", "HALLORAN", "", "speaker-label"),
            ],
        );
    }

    #[test]
    fn questions_and_answers_that_are_no_interview_are_nobodys() {
        let text = "“We are proud,” said Marta Lindqvist, chief executive.\n\nQ: What does it cost?\n\nA: Nine \
                    euros a month.";
        assert_quotes(text, &[("direct", "We are proud", "Marta Lindqvist", "said", "quote-cue-speaker")]);
    }

    #[test]
    fn labels_that_name_nobody_make_no_quote() {
        assert_no_quotes(
            "Note: Acme is a client of the firm.\n\nPhoto: Marta Lindqvist in Oslo.\n\nUpdate: The vote \
             was moved.\n\nSource: Tarrow Courier.",
        );
        // Without a question, a single labelled paragraph is no transcript.
        assert_no_quotes("Marta Lindqvist spoke on Monday.\n\nLindqvist: a life in ships.");
        // An answer with nobody, or more than one person, introduced is nobody's.
        assert_no_quotes("Marta Lindqvist and Tomas Halloran spoke to us.\n\nQ: What next?\n\nA: We keep building.");
    }
}
