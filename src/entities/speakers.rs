//! First- and second-person pronouns, resolved through who is speaking.
//!
//! Inside a quotation, `I`, `me`, `my` (and `we`, `our`: the speaker's side) are the
//! speaker, found by the attribution next to
//! the quote (`“…,” Doe said`, `Doe said: “…”`, `said Doe`) or carried over from the quote
//! just before. In an interview laid out as questions and answers, `I` in the answers and
//! `you` in the questions are the person interviewed: the person the document names most.
//! Runs after third-person pronouns are resolved, so `he said` can name a speaker.

use std::cell::OnceCell;

use super::lexicons::{Role, LEXICONS};
use super::words::Tag;
use super::{EntityType, MentionKind};
use crate::document::Document;
use crate::segment::enclosures;
use crate::span::Span;

/// A mention known so far: span, entity, entity type.
pub type Known = (Span, usize, EntityType);

/// Finds the first- and second-person pronouns that refer to a speaker or an interviewee.
/// `known` holds the name and pronoun mentions resolved so far, sorted by position.
pub fn resolve(
    doc: &Document,
    tags: &[Tag],
    known: &[Known],
    salience: &[usize],
    kinds: &[EntityType],
    gendered: &[bool],
) -> Vec<(Span, MentionKind, usize, usize)> {
    // Most documents have no `I`, `we` or `you` outside a quote, and many none at all: what
    // only some pronouns need is worked out at the first that needs it.
    if !tags.iter().any(|t| t.pronoun.is_some_and(|p| p.speaker)) {
        return Vec::new();
    }
    let quotes = quote_regions(doc);
    let speakers: OnceCell<Vec<Option<usize>>> = OnceCell::new();
    let interviewee = OnceCell::new();
    let affiliation: OnceCell<Vec<Option<usize>>> = OnceCell::new();
    let mut out = Vec::new();
    let mut q = 0;
    for (si, s) in doc.sentences().iter().enumerate() {
        for (t, tag) in doc.tokens()[s.tokens.clone()].iter().zip(&tags[s.tokens.clone()]) {
            let Some(p) = tag.pronoun.filter(|p| p.speaker) else { continue };
            while q < quotes.len() && quotes[q].end <= t.span.start {
                q += 1;
            }
            let inside = quotes.get(q).is_some_and(|r| r.start <= t.span.start);
            // `we` and `our` in someone's words are theirs too (their team, their firm).
            let first_person = p.first;
            let entity = if inside {
                if first_person {
                    speakers.get_or_init(|| speakers_of(doc, &quotes, known))[q]
                } else {
                    None
                }
            } else if let Some(who) = *interviewee.get_or_init(|| interviewee_of(doc, known, salience, kinds, gendered))
            {
                let paragraph = doc.slice(doc.paragraphs()[s.paragraph].span);
                let unmarked = reads_as_question(paragraph);
                let asked = paragraph_is_question(doc, s.paragraph);
                let answer = !asked && !unmarked;
                // `On NATO I just wanted to know if you had any thoughts …?`: `you` anywhere
                // in a question.
                let question = asked
                    || unmarked
                    || doc.paragraphs()[s.paragraph].span.end == s.span.end && doc.slice(s.span).ends_with('?');
                (first_person && answer || !first_person && question).then_some(who)
            } else {
                None
            };
            if let Some(e) = entity.filter(|&e| kinds[e] == EntityType::Person) {
                // `we` of a spokesman or a team's captain: the body they speak for.
                // Without one, the `we` of a quoted speaker is no single person's (an
                // interviewee's still is: their band, their crew).
                let e = if p.plural {
                    affiliation.get_or_init(|| affiliations(doc, known, kinds))[e].or((!inside).then_some(e))
                } else {
                    Some(e)
                };
                if let Some(e) = e {
                    out.push((t.span, MentionKind::Pronoun, e, si));
                }
            }
        }
    }
    out
}

/// The organisation each person is named with, if any: `wikiHow founder Jack Herrick`
/// (an organisation and a lower-case role just before the name), `Jane Doe of Acme`, or
/// `Jack Herrick, wikiHow founder`, `Tina McKenzie, a former member of the national team,
/// known as the Gliders` (an organisation in an apposition after the name, before any other
/// person). A university, college or institute is no one's `we`.
fn affiliations(doc: &Document, known: &[Known], kinds: &[EntityType]) -> Vec<Option<usize>> {
    let mut out = vec![None; kinds.len()];
    let text = doc.text();
    for (k, &(span, e, kind)) in known.iter().enumerate() {
        if kind != EntityType::Person || out[e].is_some() || !text[span.start..].starts_with(char::is_uppercase) {
            continue;
        }
        let Some(s) = doc.sentence_at(span.start) else { continue };
        let sentence = doc.sentences()[s].span;
        let before = k.checked_sub(1).map(|j| known[j]).filter(|&(o, _, ok)| {
            // `Pacific Standard owner, Jonathan M. Stan`: a comma may close the role.
            let gap = text.get(o.end..span.start).map(|g| g.trim_end().trim_end_matches(','));
            ok == EntityType::Org
                && o.start >= sentence.start
                && gap.is_some_and(|gap| {
                    (1..=3).contains(&gap.split_whitespace().count())
                        && gap.split_whitespace().all(|w| w.starts_with(char::is_lowercase))
                })
        });
        // `Jane Doe of Acme`, `Mario Lucero and Isabel Ruiz of Heaven Sent Gaming`: an
        // organisation right after `of`, maybe after a second person's name.
        let of_org = || {
            let mut next = k + 1;
            let mut end = span.end;
            if let Some(&(other, _, EntityType::Person)) = known.get(next) {
                if text.get(end..other.start) == Some(" and ") {
                    end = other.end;
                    next += 1;
                }
            }
            let &(org, _, kind) = known.get(next)?;
            let gap = text.get(end..org.start)?;
            (kind == EntityType::Org && (gap == " of " || gap == " of the ")).then_some(known[next])
        };
        let after = || {
            // An apposition that describes the person: `, a former member of …`, `, of the
            // University of Helsinki`, `, wikiHow founder`; not `, displays the drink`.
            let apposed = text[span.end..].strip_prefix(", ").is_some_and(|rest| {
                let first = rest.split(' ').next().unwrap_or("");
                matches!(first, "a" | "an" | "the" | "of" | "its" | "their")
                    || known.get(k + 1).is_some_and(|m| m.0.start == span.end + 2 && m.2 == EntityType::Org)
            });
            if !apposed {
                return None;
            }
            let limit = sentence.end.min(span.end + 120);
            known[k + 1..]
                .iter()
                .take_while(|m| m.0.end <= limit && m.2 != EntityType::Person)
                .find(|m| m.2 == EntityType::Org)
                .copied()
        };
        // A researcher's `we` is their team, not their university: the person is the
        // nearer referent. Whoever leads or speaks for it (`the director of …`) speaks as it.
        let academic = |m: &Known| {
            let lex = &*LEXICONS;
            let institution = text[m.0.start..m.0.end].split(' ').any(|w| lex.institutions.contains(w));
            let between = if m.0.start < span.start { &text[m.0.end..span.start] } else { &text[span.end..m.0.start] };
            let leads = between.split([' ', ',']).any(|w| lex.is_leader(w));
            institution && !leads
        };
        out[e] = before.or_else(of_org).or_else(after).filter(|m| !academic(m)).map(|m| m.1);
    }
    out
}

/// The quotations of the document: closed pairs of double quotes within a paragraph, and a
/// paragraph that opens a quote it does not close (it runs on into the next paragraph).
fn quote_regions(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for p in doc.paragraphs() {
        let text = doc.slice(p.span);
        // Most paragraphs quote nobody: skip pairing marks where no `"`, `“` (lead byte E2)
        // or `«` (lead byte C2) occurs.
        if memchr::memchr3(b'"', 0xE2, 0xC2, text.as_bytes()).is_none() {
            continue;
        }
        let pairs = enclosures::enclosures(text);
        let mut regions: Vec<Span> = pairs
            .iter()
            .filter(|e| matches!(&text[e.open..], s if s.starts_with('“') || s.starts_with('"') || s.starts_with('«')))
            .map(|e| Span::new(p.span.start + e.open, p.span.start + e.close_end))
            .collect();
        if (text.starts_with('“') || text.starts_with('"')) && !regions.iter().any(|r| r.start == p.span.start) {
            regions.push(p.span);
        }
        regions.sort();
        // Keep the outermost quotes only.
        let mut last_end = 0;
        for r in regions {
            if r.start >= last_end {
                last_end = r.end;
                out.push(r);
            }
        }
    }
    out
}

/// The speaker of each quote, from the words around it, or the previous quote's.
fn speakers_of(doc: &Document, quotes: &[Span], known: &[Known]) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let found = after_quote(doc, *q, known).or_else(|| before_quote(doc, *q, known));
        let carried = || {
            let prev = qi.checked_sub(1)?;
            let gap = doc.slice(Span::new(quotes[prev].end.min(q.start), q.start));
            // The quote before, with at most an attribution between them.
            (gap.len() < 200).then_some(out[prev]).flatten()
        };
        out.push(found.or_else(carried));
    }
    out
}

/// The mention right at `at` (skipping spaces and commas), if any.
fn mention_at(known: &[Known], at: usize, limit: usize) -> Option<(Span, usize)> {
    let k = known.partition_point(|m| m.0.start < at);
    known.get(k).filter(|m| m.0.start < limit).map(|m| (m.0, m.1))
}

/// `“…,” Doe said` / `“…,” said Doe` / `“…,” he added`.
fn after_quote(doc: &Document, q: Span, known: &[Known]) -> Option<usize> {
    let sentence_end = doc.sentence_at(q.end.saturating_sub(1)).map(|s| doc.sentences()[s].span.end).unwrap_or(q.end);
    let paragraphs = doc.paragraphs();
    let paragraph_end = paragraphs
        .get(paragraphs.partition_point(|p| p.span.end < q.end))
        .filter(|p| p.span.contains(q))
        .map_or(q.end, |p| p.span.end);
    let limit = floor(doc, sentence_end.max(q.end).min(paragraph_end).min(q.end + 120));
    let tail = doc.slice(Span::new(q.end, limit));
    let lead = tail.len() - tail.trim_start_matches([' ', ',', '\u{a0}']).len();
    let start = q.end + lead;
    let rest = &tail[lead..];
    let first_word = rest.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').next().unwrap_or("");
    if LEXICONS.is_speech_cue(first_word) {
        // `said Doe`: the first mention after the verb, skipping a title.
        let after_verb = start + first_word.len();
        return mention_at(known, after_verb, (after_verb + 60).min(limit)).map(|m| m.1);
    }
    let (span, entity) = mention_at(known, start, start + 1)?;
    let after = doc.slice(Span::new(span.end, limit));
    let verb = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    LEXICONS.is_speech_cue(verb).then_some(entity)
}

/// `Doe said: “…”` / `Doe told Reuters: “…”`: the speaker before the quote in its sentence.
fn before_quote(doc: &Document, q: Span, known: &[Known]) -> Option<usize> {
    let s = doc.sentence_at(q.start)?;
    // Only the words just before the quote: a long sentence must not be rescanned for
    // every quote in it.
    let sentence_start = ceil(doc, doc.sentences()[s].span.start.max(q.start.saturating_sub(160)));
    let head = doc.slice(Span::new(sentence_start, q.start));
    if !head.split(|c: char| !c.is_alphanumeric()).any(|w| LEXICONS.is_speech_cue(w) || w == "put") {
        return None;
    }
    let k = known.partition_point(|m| m.0.start < sentence_start);
    known[k..].iter().take_while(|m| m.0.end <= q.start).find(|m| m.2 == EntityType::Person).map(|m| m.1)
}

/// The nearest char boundary at or before `i`.
fn floor(doc: &Document, mut i: usize) -> usize {
    let text = doc.text();
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`.
fn ceil(doc: &Document, mut i: usize) -> usize {
    let text = doc.text();
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether a short paragraph with no final stop opens like a question (`How did you come
/// to be involved with this discovery`): interviews often drop the question mark.
fn reads_as_question(text: &str) -> bool {
    let first = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    text.len() < 200
        && !text.ends_with(['.', '!', '"', '”', ':'])
        && LEXICONS.words.get(first) == Some(&Role::QuestionOpener)
}

/// Whether a paragraph is a question (an interviewer's).
fn paragraph_is_question(doc: &Document, paragraph: usize) -> bool {
    let text = doc.slice(doc.paragraphs()[paragraph].span);
    text.ends_with('?') && text.len() < 400
}

/// The person interviewed, when the document is laid out as questions and answers: the
/// person the document names most, counting double a person named before the first
/// question and one whose gender the text shows (a title, a first name, `he`/`she`).
fn interviewee_of(
    doc: &Document,
    known: &[Known],
    salience: &[usize],
    kinds: &[EntityType],
    gendered: &[bool],
) -> Option<usize> {
    let questions: Vec<usize> = (0..doc.paragraphs().len()).filter(|&p| paragraph_is_question(doc, p)).collect();
    // An interview says so in its headline or standfirst (`Interview with …`, `… speaks to
    // Wikinews in an interview`) even where its questions are not written as questions.
    // Only the names the announcement gives as the one interviewed count: before the word
    // `interview` or after it, but not after a topic's `on`/`about` (`interviews New York bar
    // owner on Santorum cocktail`).
    let announcing: Vec<Span> = doc
        .paragraphs()
        .iter()
        .take(3)
        .filter_map(|p| {
            let text = doc.slice(p.span);
            if text.len() >= 400 {
                return None;
            }
            let mut interview = false;
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                if !interview {
                    interview = ["interview", "interviews", "interviewed"].iter().any(|i| w.eq_ignore_ascii_case(i));
                } else if w == "on" || w == "about" {
                    // The word's byte offset in the paragraph.
                    let at = w.as_ptr() as usize - text.as_ptr() as usize;
                    return Some(Span::new(p.span.start, p.span.start + at));
                }
            }
            interview.then_some(p.span)
        })
        .collect();
    if questions.len() < 2 && announcing.is_empty() {
        return None;
    }
    let first_question = questions.first().map_or(doc.text().len(), |&p| doc.paragraphs()[p].span.start);
    let early: std::collections::HashSet<usize> =
        known.iter().filter(|m| m.0.start < first_question).map(|m| m.1).collect();
    // `Wikinews interviews Marymegan Daly`: whoever the announcement names is the one
    // interviewed, however often the answers name someone else.
    let announced: std::collections::HashSet<usize> =
        known.iter().filter(|m| announcing.iter().any(|p| p.contains(m.0))).map(|m| m.1).collect();
    (0..salience.len()).filter(|&e| kinds[e] == EntityType::Person).max_by_key(|&e| {
        salience[e]
            * (1 + usize::from(early.contains(&e)))
            * (1 + usize::from(gendered[e]))
            * (1 + 3 * usize::from(announced.contains(&e)))
    })
}
