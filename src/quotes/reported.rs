//! Reported speech: `X said (that) …`, `X told Reuters that …`, `X emphasized that …`,
//! `…, X said.`, `according to X, …`, `AP quoted X as saying …`, with the reported clause as
//! the quote's text.
//!
//! | rule | pattern |
//! |---|---|
//! | `reported-that` | `Ren emphasized that …` · `Doe told Reuters on Tuesday that …` |
//! | `reported-speech` | `Officials said a decision …` · `In a statement, the company said it …` |
//! | `trailing-indirect` | `The boats will be bought next year, Varga said.` |
//! | `parenthetical-indirect` | `The answer, she says, was that …` (the whole sentence) |
//! | `according-to` | `According to Doe, …` · `…, according to the ministry.` · `in the words of …` |
//! | `as-said` | `As Heald told The Huffington Post, ozone has dropped …` |
//! | `quoted-as-saying` | `AP quoted prosecutor Jane Doe as saying …` |
//!
//! A clause that carries quote marks makes those pieces `mixed` quotes (their text is the
//! words inside the marks) instead of an `indirect` one. A cue inside a quote is the
//! speaker's own words and reports nothing here. The speaker of reported speech must be a
//! pronoun, a name or a description headed by a speaker noun (`the company`, `officials`),
//! which keeps `The move added pressure …` out. Scare quotes, titles, nicknames and words
//! named as words are kept out in `attribution` (see `PieceInfo::blocked`).

use crate::claims::tables::{Bound, NumberWord, TABLES};
use crate::claims::view::View;
use crate::document::{ParagraphKind, TokenKind};
use crate::entities::MentionKind;
use crate::quotes::attribution::PieceInfo;
use crate::quotes::cues::CueClass;
use crate::quotes::phrases::{clause_words, ClosedClass, Phrase, PhraseKind};
use crate::quotes::{Attribution, Stage};
use crate::span::Span;
use std::sync::LazyLock;

/// A reported clause with no quote marks: an `indirect` quote.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reported {
    /// The reported clause.
    pub clause: Span,
    /// Who reports it, by which cue and rule.
    pub attribution: Attribution,
}

/// A candidate in one sentence, before clauses are cut at the next candidate.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Where the attribution's own words start (its subject or cue), in tokens.
    region: usize,
    /// The clause, in tokens `[from, to)`.
    from: usize,
    to: usize,
    /// Whether the clause follows the cue (and may be cut at the next candidate).
    forward: bool,
    attribution: Attribution,
}

/// The longest reported clause, in tokens: far beyond any news sentence, and a bound on the
/// work one attribution can cause.
/// What finds things and reports them (`The audit found that …`): studies, reports and the
/// like; people who find something do not say it.
const FINDERS: ClosedClass = ClosedClass::new(&[
    "study",
    "studies",
    "report",
    "reports",
    "audit",
    "audits",
    "analysis",
    "analyses",
    "survey",
    "surveys",
    "review",
    "reviews",
    "inquiry",
    "investigation",
    "poll",
    "polls",
    "research",
    "paper",
    "assessment",
    "evaluation",
    "probe",
    "census",
    "trial",
    "experiment",
]);

const MAX_CLAUSE: usize = 150;

/// Words that cannot start a reported clause: the cue took an object or an infinitive,
/// not a clause (`said goodbye`, `told him to`).
const NOT_CLAUSE_START: ClosedClass = ClosedClass::new(&[
    "to", "by", "for", "with", "goodbye", "hello", "yes", "no", "nothing", "so", "sorry", "thanks", "thank", "of",
    "about", "into", "would", "could", "will", "can", "may", "might", "should", "must", "was", "were", "is", "are",
    "had", "has", "have", "be", "been", "did", "does", "do", "as", "at", "in", "on", "from", "and", "or", "but",
]);

/// Auxiliaries and modals, which open a clause's verb: after `that` they make `that` the
/// clause's subject (`said that was wrong`), after a phrase the phrase (`said the deal was`).
pub(crate) const AUXILIARIES: ClosedClass = ClosedClass::new(&[
    "was", "is", "would", "could", "will", "can", "may", "might", "should", "must", "had", "has", "have", "were",
    "are", "did", "does", "do",
]);

/// Words opening an apposition or a relative clause after a mid-sentence attribution
/// (`…, the company said, a concentration that …`), which are the writer's, not the source's.
const APPOSITION: ClosedClass = ClosedClass::new(&[
    "a",
    "an",
    "which",
    "who",
    "the",
    "its",
    "their",
    "his",
    "her",
    "adding",
    "citing",
    "according",
    "as",
    "while",
    "when",
    "after",
    "before",
    "amid",
    "despite",
    "following",
    "during",
    "but",
    "though",
    "although",
]);

/// Words before `, according to X,` that make what follows the clause (`which, according
/// to AFP, the UN criticised`).
const RELATIVES: ClosedClass = ClosedClass::new(&["which", "that", "who", "and", "but", "while", "because", "as"]);

/// Pronouns that are objects of `told`.
const OBJECT_PRONOUNS: ClosedClass =
    ClosedClass::new(&["me", "him", "her", "us", "them", "you", "reporters", "journalists"]);

/// Articles and possessive determiners, which open a noun phrase (`the court`, `her
/// daughter`, `sending its shares`).
const DETERMINERS: ClosedClass = ClosedClass::new(&["the", "a", "an", "its", "their", "his", "her"]);

/// Words after a plural noun that go on with its phrase rather than open its verb.
const OBJECT_BREAKS: ClosedClass = ClosedClass::new(&[
    "of", "in", "on", "at", "for", "from", "with", "by", "to", "and", "or", "but", "who", "which", "that", "than",
    "as", "into", "across", "over", "under", "the", "a", "an", "this", "these", "those", "their", "its",
]);

/// Occasions, messages and writings of speech that `that` may follow as a conjunction (`said
/// in an interview that`, `told a briefing that`, `added in a concurring opinion that`), not
/// as a relative pronoun (`clause_words.txt`, class `occasion`).
static OCCASIONS: LazyLock<crate::lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("occasion"));

/// Words for figures and names of providers of market data, which `according to` cites
/// without reporting speech (`clause_words.txt`, class `data`).
static DATA: LazyLock<crate::lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("data"));

/// Nouns with which the writer sums up a reported clause after a comma (`…, a claim
/// councillors disputed`, `…, a figure analysts doubted`; `clause_words.txt`, class
/// `summary`).
static SUMMARIES: LazyLock<crate::lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("summary"));

/// Words that join a clause to the next attribution and are cut off the clause's end.
const JOINERS: ClosedClass =
    ClosedClass::new(&["and", "but", "though", "although", "while", "whereas", "as", "yet", "so"]);

/// Finds reported speech. Cues used by a quote's attribution (`used`) are skipped; pieces a
/// clause carries become `mixed` in `infos`.
pub(crate) fn reported(stage: &Stage, used: &mut [bool], infos: &mut [PieceInfo]) -> Vec<Reported> {
    let mut out = Vec::new();
    let mut c = 0;
    while c < stage.cues.len() {
        let s = stage.cues[c].sentence;
        let mut e = c;
        while e < stage.cues.len() && stage.cues[e].sentence == s {
            e += 1;
        }
        let e = e.max(c + 1);
        let paragraph = stage.doc.sentences()[s].paragraph;
        let heading = stage.doc.paragraphs()[paragraph].kind == ParagraphKind::Heading;
        // A story's headline in sentence case reports speech as its body does (`Harbourline
        // Bank says hackers stole data`, `…, thinktank warns`); other headings, and headlines
        // in capitals or title case, do not.
        let headline = heading && paragraph == 0 && sentence_case(stage, s);
        if !heading || headline {
            sentence(stage, s, c..e, used, infos, &mut out);
        }
        c = e;
    }
    out
}

/// Whether sentence `s` is written in sentence case: most of its words after the first in
/// lower case.
fn sentence_case(stage: &Stage, s: usize) -> bool {
    let w = &stage.words;
    let (first, end) = (stage.doc.sentences()[s].tokens.start, stage.doc.sentences()[s].tokens.end);
    let words = (first + 1..end).filter(|&t| w.is_word(t));
    let (lower, all) = words.fold((0, 0), |(l, a), t| (l + usize::from(w.lowercase(t)), a + 1));
    all >= 3 && lower * 2 > all
}

/// The reported speech of sentence `s`, whose cues are `cues`.
fn sentence(
    stage: &Stage,
    s: usize,
    cues: std::ops::Range<usize>,
    used: &mut [bool],
    infos: &mut [PieceInfo],
    out: &mut Vec<Reported>,
) {
    let mut found: Vec<Candidate> = Vec::new();
    for c in cues {
        if used[c] || inside_piece(stage, stage.cues[c].span) {
            continue;
        }
        if let Some(cand) = candidate(stage, s, c, used, infos) {
            found.push(cand);
        }
    }
    let w = &stage.words;
    // Reports nested in another's clause (`told the Globe that security agencies had
    // concluded that …`): the outer speaker reports them, and they make no quote of their own.
    let mut nested = vec![false; found.len()];
    for n in 0..found.len() {
        if nested[n] {
            continue;
        }
        let mut cand = found[n];
        if cand.forward {
            for (m, next) in found.iter().enumerate().skip(n + 1) {
                let that = next.attribution.cue.is_some_and(|k| {
                    let end = stage.cues[k].end_token;
                    matches!(stage.cues[k].class, CueClass::That | CueClass::Finding)
                        && end < w.tokens.len()
                        && w.is(end, "that")
                });
                if next.region == cand.from && next.forward && that {
                    nested[m] = true;
                }
            }
            // `said he was relieved the court had accepted he never meant to cheat`: an
            // attribution inside the clause, right after one of its words, is part of what is
            // reported, and does not end it.
            let embedded = |next: &Candidate| {
                let r = next.region;
                r > cand.from + 2
                    && r < cand.to
                    && w.is_word(r - 1)
                    && w.lowercase(r - 1)
                    && !w.in_set(r - 1, &JOINERS)
                    && !w.is_any(r - 1, &["that", "which", "who", "when", "where", "while", "after", "before"])
                    && !stage.reporting_cue_at(r - 1)
                    // Not a summary apposed after a comma (`…, a move analysts said could …`).
                    && !(r.saturating_sub(3)..r).any(|t| w.punct(t, ",;"))
            };
            let mut later = found.iter().zip(&nested).skip(n + 1).filter(|(_, &inner)| !inner).map(|(next, _)| next);
            if let Some(next) = later.find(|next| !embedded(next)) {
                cand.to = cand.to.min(next.region.max(cand.from));
                // `…, a move analysts said could …`: the noun phrase the next attribution
                // hangs on sums up this clause; it is the writer's, not the speaker's.
                let mut t = cand.to;
                while t > cand.from + 1 && cand.to - t < 3 && w.is_word(t - 1) && w.lowercase(t - 1) {
                    t -= 1;
                }
                if t < cand.to && t > cand.from + 1 && w.punct(t - 1, ",") && w.is_any(t, &["a", "an", "one"]) {
                    cand.to = t - 1;
                }
            }
            cand.to = cand.to.min(cand.from + MAX_CLAUSE);
        } else {
            // A clause before its attribution starts after the attribution before it.
            if let Some(prev) = n.checked_sub(1).map(|p| found[p]) {
                let prev_end = stage.cues[prev.attribution.cue.unwrap_or(0)].end_token;
                cand.from = cand.from.max(prev_end.min(cand.to));
            }
            cand.from = cand.from.max(cand.to.saturating_sub(MAX_CLAUSE));
        }
        // A contrast the writer adds (`…, while its partner announced …`, `…, though she
        // stopped short of …`) is not reported; nor is what followed, a participle with its
        // object (`…, sending its shares lower`, `…, calling it unnecessary`, `…,
        // complicating efforts to avoid a shutdown`; not `…, existing ideas`).
        if cand.forward {
            let plural_then_preposition = |t: usize| {
                let noun = w.text(t);
                noun.len() > 3
                    && noun.ends_with('s')
                    && noun.bytes().all(|b| b.is_ascii_lowercase())
                    && t + 1 < cand.to
                    && w.is_any(t + 1, &["to", "of", "about", "over", "among", "for", "from"])
            };
            // `…, including the hall on Teague Island`: a preposition in -ing goes on with
            // the clause.
            let participle = |t: usize| {
                let word = w.text(t);
                word.len() > 6
                    && word.ends_with("ing")
                    && !ING_PREPOSITIONS.contains(word)
                    && word.bytes().all(|b| b.is_ascii_lowercase())
                    && t + 1 < cand.to
                    && (w.in_set(t + 1, &DETERMINERS)
                        || w.is_any(t + 1, &["it", "them", "him", "many", "some", "several", "most", "thousands"])
                        || plural_then_preposition(t + 1))
            };
            // Nor is where the writer found it (`…, according to a statement on Sunday`).
            let source = |t: usize| w.is(t, "according") && t + 1 < cand.to && w.is(t + 1, "to");
            // Nor the setting the writer gives it, a clause of its own (`…, as a mouse plague
            // spreads east`; not `…, as a paying passenger, and …`).
            let setting = |t: usize| {
                let verb = |k: usize| {
                    let word = w.text(k);
                    w.in_set(k, &AUXILIARIES)
                        || past_tense(word)
                        || k > t + 2 && w.lowercase(k) && word.len() > 3 && word.ends_with('s') && !word.ends_with("ss")
                };
                w.is(t, "as")
                    && t >= cand.from + 3
                    && t + 1 < cand.to
                    && w.is_any(t + 1, &["a", "an", "the"])
                    && (t + 2..cand.to.min(t + 7)).take_while(|&k| w.is_word(k)).any(verb)
            };
            // Nor a summary the writer apposes to it, with a clause of its own (`…, a claim
            // councillors disputed`, `…, a move unions called a betrayal`).
            let summary = |t: usize| {
                t >= cand.from + 3
                    && w.is_any(t, &["a", "an"])
                    && t + 2 < cand.to
                    && crate::entities::lexicons::ascii_lower(w.text(t + 1), &mut [0u8; 24])
                        .is_some_and(|noun| SUMMARIES.contains(noun))
                    && w.is_word(t + 2)
                    && !w.is_any(t + 2, &["of", "to", "for", "in", "on", "that"])
            };
            if let Some(t) = (cand.from + 1..cand.to).find(|&t| {
                w.punct(t - 1, ",;")
                    && (w.is_any(t, &["while", "whereas", "though", "although"])
                        || participle(t)
                        || source(t)
                        || setting(t)
                        || summary(t))
            }) {
                cand.to = t;
            }
            // Nor is what the speaker did next (`…, but declined to give a timeline`, `… with
            // concern and urged restraint`), unless the clause tells of acts before it (`said
            // the officer had stopped the car and urged the driver …`).
            if let Some(t) = (cand.from + 1..cand.to.saturating_sub(1)).find(|&t| {
                w.is_any(t, &["but", "and"])
                    && w.is_word(t + 1)
                    && SPEAKER_ACTS.contains(w.text(t + 1))
                    && (w.is_any(t + 1, &["declined", "refused"]) || !(cand.from..t).any(|m| w.is(m, "had")))
                    // `…, but would not confirm the amount`: the speaker's own refusal.
                    || w.is(t, "but")
                        && w.punct(t - 1, ",")
                        && w.is_any(t + 1, &["would", "could", "did", "will", "can"])
                        && t + 2 < cand.to
                        && w.is(t + 2, "not")
            }) {
                cand.to = t;
            }
            // A cue in a relative clause (`The chairman, who said the bank would not need
            // capital, resigned`) reports up to the comma where the main verb resumes, once the
            // clause has a verb of its own.
            if cand.attribution.cue.is_some_and(|k| relative_cue(stage, k)) {
                if let Some(t) = (cand.from + 3..cand.to.saturating_sub(1))
                    .find(|&t| w.punct(t, ",") && w.lowercase(t + 1) && main_verb(w.text(t + 1)))
                    .filter(|&t| (cand.from..t).any(|m| w.lowercase(m) && main_verb(w.text(m))))
                {
                    cand.to = t;
                }
            }
        }
        // Cut joining words and punctuation off the end: `… and` before `warned that`; not
        // a mark that closes one opened in the clause (`said the plan referred to “Section 5”`).
        let closes_open = |t: usize| {
            let count = |marks: &str| (cand.from..t).filter(|&m| w.punct(m, marks)).count();
            w.punct(t, "”") && count("“") > count("”") || w.punct(t, "\"") && count("\"") % 2 == 1
        };
        while cand.to > cand.from {
            let t = cand.to - 1;
            if closes_open(t) {
                break;
            }
            if w.punct(t, ",;:—–-.!?…”’\"'") || (w.is_word(t) && w.in_set(t, &JOINERS)) {
                cand.to -= 1;
            } else {
                break;
            }
        }
        while cand.from < cand.to && w.punct(cand.from, ",—–-“‘\"'") {
            cand.from += 1;
        }
        let words = (cand.from..cand.to).filter(|&t| w.is_word_or_number(t)).count();
        if words < 3 {
            continue;
        }
        let clause = w.span(cand.from, cand.to - 1);
        // Quote marks inside the clause: those pieces are the reported words (`mixed`).
        let pieces = &stage.pieces;
        let carried = pieces.partition_point(|p| p.inner.end <= clause.start)
            ..pieces.partition_point(|p| p.inner.start < clause.end);
        // Names and titles in quote marks inside the clause (`named “Robogee”`) carry nothing.
        let carried: Vec<usize> = carried.filter(|&k| !infos[k].blocked).collect();
        if !carried.is_empty() {
            // `said Whitaker would appeal, calling the sentence “excessive”`, `said the balance
            // sheet was strong and called the sell-off “an overreaction”`: the quoted words
            // belong to the writer's second verb, a verb of naming; the clause before it is
            // reported on its own, and the naming verb's rule takes the quoted words.
            let first_piece = w.at_or_after(pieces[carried[0]].open.start);
            let naming = stage.cues_between(cand.from + 3, first_piece).find(|&k| {
                let t = stage.cues[k].first_token;
                // `…, a promise critics were quick to call “a bribe”`: the naming verb of a
                // summary the writer apposes to the clause.
                let summary = || (cand.from + 3..t).any(|m| w.punct(m, ",") && w.is_any(m + 1, &["a", "an"]));
                // `…, which she has accused of “losing track”`: a naming verb in a relative
                // clause on the clause's last noun.
                stage.cues[k].class.describes()
                    && (w.punct(t - 1, ",")
                        || w.is_any(t - 1, &["and", "but"])
                        || summary()
                        || relative_cue(stage, k)
                        || what_before(stage, cand.from, t).is_some())
                    && (cand.from..t).filter(|&m| w.is_word_or_number(m)).count() >= 3
            });
            if let Some(k) = naming {
                let mut end = stage.cues[k].first_token;
                // `…, only to what she called “…”`: the clause ends at the comma before `what`,
                // or at `what`.
                if let Some(m) = what_before(stage, cand.from, end) {
                    end = (cand.from + 3..m).rev().find(|&x| w.punct(x, ",")).unwrap_or(m);
                }
                if relative_cue(stage, k) {
                    // The comma before the relative pronoun.
                    if let Some(comma) = (cand.from + 3..end).rev().find(|&m| w.punct(m, ",")) {
                        end = comma;
                    }
                }
                // The summary is the writer's: the clause ends at its comma.
                if !(w.punct(end - 1, ",") || w.is_any(end - 1, &["and", "but"])) {
                    if let Some(comma) =
                        (cand.from + 3..end).find(|&m| w.punct(m, ",") && w.is_any(m + 1, &["a", "an"]))
                    {
                        end = comma;
                    }
                }
                while end > cand.from && (w.punct(end - 1, ",;") || w.is_any(end - 1, &["and", "but"])) {
                    end -= 1;
                }
                out.push(Reported { clause: w.span(cand.from, end - 1), attribution: cand.attribution });
                continue;
            }
            // `said her client was “relieved” and that the defence would apply …`: a second
            // clause after the quoted words, without marks, is reported too; so after `but`
            // (`said the board was “always open to ideas” but that its focus was …`).
            // So after a second cue in -ing (`said it supported the plan “with some
            // reservations,” noting that officers could not be everywhere`).
            let participle_that = |t: usize| {
                t >= 2
                    && w.is(t, "that")
                    && w.text(t - 1).ends_with("ing")
                    && stage.reporting_cue_at(t - 1)
                    && w.punct(t - 2, ",”’\"'")
            };
            let last_piece = w.at_or_after(pieces[carried[carried.len() - 1]].end());
            let second = (last_piece.max(cand.from + 1)..cand.to.saturating_sub(3))
                .find(|&t| and_that(stage, t) || participle_that(t))
                .filter(|&t| (t + 1..cand.to).filter(|&k| w.is_word_or_number(k)).count() >= 3);
            if let Some(t) = second {
                out.push(Reported { clause: w.span(t + 1, cand.to - 1), attribution: cand.attribution });
            }
            // `noted that the jury had twice sent notes, and that the answers “compounded …”`:
            // so is a first clause before them, and one before a reason given in quoted words
            // (`…, citing “activities incompatible with his status”`).
            // So is one before the speaker's next act, a verb in the past (`said it had paid
            // 1,200 farmers and blamed the delays on “…”`, `…, but he admitted the batters
            // needed “…”`); not before a modal or an auxiliary, which go on with the clause
            // (`said the rebates would lower inflation but would have “almost no effect”`).
            let act = |t: usize| w.lowercase(t) && past_tense(w.text(t)) && !w.in_set(t, &AUXILIARIES);
            let first = (cand.from + 3..first_piece).find_map(|t| {
                let joined = w.is_any(t - 1, &["and", "but"]);
                // `…, adding that miners deserved “…”`: a second cue in -ing after a comma.
                let participle_cue = w.punct(t - 1, ",")
                    && (w.is(t, "citing") || w.text(t).ends_with("ing") && stage.reporting_cue_at(t));
                if joined && (w.is(t, "that") || act(t)) || participle_cue {
                    Some(t - 1)
                } else if t >= cand.from + 4 && w.is_any(t - 2, &["and", "but"]) && w.pronoun(t - 1) && act(t) {
                    Some(t - 2)
                } else {
                    None
                }
            });
            if let Some(conjunction) = first {
                let mut end = conjunction;
                while end > cand.from && w.punct(end - 1, ",;") {
                    end -= 1;
                }
                if (cand.from..end).filter(|&k| w.is_word_or_number(k)).count() >= 3 {
                    out.push(Reported { clause: w.span(cand.from, end - 1), attribution: cand.attribution });
                }
            }
            for k in carried {
                let info = &mut infos[k];
                if info.attribution.is_none() && !info.blocked {
                    info.attribution = Some(Attribution { rule: "reported-mixed", ..cand.attribution });
                    info.mixed = true;
                }
            }
            continue;
        }
        // `said the offer was unfair but that it wanted more talks`: clauses joined by `and
        // that` or `but that` are one act of speech, reported as one clause.
        out.push(Reported { clause: w.span(cand.from, cand.to - 1), attribution: cand.attribution });
    }
}

/// Whether `informed that` at cue `c` may be active, as Indian English writes it (`the
/// commissioner informed that …`): `told that` is a passive, and so is any cue after a form
/// of `be` or a conjunction (`was told that`, `were gathered and informed that`).
fn active_informed(stage: &Stage, c: usize) -> bool {
    let w = &stage.words;
    let first = stage.cues[c].first_token;
    let before = ["was", "were", "been", "being", "is", "are", "be", "and", "or", "then", "but"];
    w.text(first).starts_with("inform") && first > 0 && w.is_word(first - 1) && !w.is_any(first - 1, &before)
}

/// Whether token `t` is the `that` of `and that` or `but that`, which opens a second
/// reported clause (`said the offer was unfair but that it wanted more talks`).
fn and_that(stage: &Stage, t: usize) -> bool {
    let w = &stage.words;
    t > 0 && w.is(t, "that") && w.is_any(t - 1, &["and", "but"])
}

/// The `what` that opens the free relative of the naming verb at token `t` (`what she
/// called`, `what campaigners have called`), a few words before it and after `from`.
fn what_before(stage: &Stage, from: usize, t: usize) -> Option<usize> {
    let w = &stage.words;
    (t.saturating_sub(5).max(from + 1)..t)
        .rev()
        .take_while(|&m| w.is_word(m))
        .find(|&m| w.is(m, "what"))
        .filter(|&m| m + 1 < t)
}

/// Whether `span` lies inside the words of a quoted piece.
fn inside_piece(stage: &Stage, span: Span) -> bool {
    let k = stage.pieces.partition_point(|p| p.inner.start <= span.start);
    k > 0 && stage.pieces[k - 1].inner.contains(span)
}

/// The candidate for cue `c` in sentence `s`, if its pattern holds.
fn candidate(stage: &Stage, s: usize, c: usize, used: &mut [bool], infos: &mut [PieceInfo]) -> Option<Candidate> {
    let w = &stage.words;
    let cue = stage.cues[c];
    let (s0, s1) = stage.sentence_tokens(s);
    let mut s0 = s0;
    while s0 < s1 && w.punct(s0, "“\"‘'-–—•*") {
        s0 += 1;
    }
    let (first, end) = stage.cue_tokens(c);
    if first < s0 || end > s1 {
        return None;
    }
    // `So said Elias Serem, …`: the quote before is what was said.
    if first == s0 + 1 && w.is(s0, "so") {
        return None;
    }
    let attribution = |speaker: Phrase, rule: &'static str, confidence: f32| Attribution {
        speaker: Some(speaker),
        cue: Some(c),
        rule,
        confidence,
    };
    match cue.class {
        CueClass::According => {
            let p = stage.source_after(end, s1)?;
            // `according to LSEG data`, `according to figures from the ONS`, `according to
            // PitchBook`: numbers cited, not words reported.
            if (end..p.end.min(s1)).any(|t| DATA.contains(w.text(t))) {
                return None;
            }
            // The comma closing the source (`according to the team's coach, Alireza
            // Mehraban,`), within a few words; an appositive name there is the source, if the
            // entity stage found it (not the letters after a name: `Mark Tedeschi, QC,`).
            let comma = (p.end..s1.min(end + 14)).find(|&t| w.punct(t, ",;:")).filter(|&t| w.punct(t, ","));
            let (p, comma) = match comma {
                Some(k) if k + 1 < s1 && w.capitalized(k + 1) => match w.phrase_after(k + 1, s1) {
                    Some(name)
                        if name.kind == PhraseKind::Name
                            && name.end < s1
                            && w.punct(name.end, ",")
                            && stage.entities.mention_at(name.span.start).is_some() =>
                    {
                        (name, Some(name.end))
                    }
                    _ => (p, comma),
                },
                _ => (p, comma),
            };
            // `according to Afghan Ambassador … Hamdullah Mohib,`: the name nearest the comma.
            let p = match comma {
                Some(k) if p.end < k => {
                    w.phrase_before(k - 1, p.end).filter(|n| n.kind == PhraseKind::Name).unwrap_or(p)
                }
                _ => p,
            };
            let a = attribution(p, "according-to", 0.8);
            // `CLAUSE, according to X, APPOSITION.`: the clause is before; but `…, which,
            // according to AFP, the UN criticised` goes on after.
            let after_comma = first > s0 && w.punct(first - 1, ",");
            let relative = after_comma && first >= s0 + 2 && w.in_set(first - 2, &RELATIVES);
            match comma {
                Some(k) if k + 3 < s1 && (!after_comma || relative) => {
                    // `According to John Smith, a spokesman for the ministry, the plan …`: the
                    // source's apposition is no part of what it says.
                    let from = described_source(stage, k, s1).map_or(k + 1, |stop| stop + 1);
                    Some(Candidate { region: first, from, to: s1, forward: true, attribution: a })
                }
                // `According to Rathbun the property was returned`: no comma at all.
                None if first == s0 && p.end + 3 < s1 && w.punct(s1 - 1, ".!?") => {
                    Some(Candidate { region: first, from: p.end, to: s1, forward: true, attribution: a })
                }
                _ if first > s0 && w.punct(first - 1, ",") => {
                    Some(Candidate { region: first - 1, from: s0, to: first - 1, forward: false, attribution: a })
                }
                _ => Some(Candidate { region: first, from: s0, to: s1, forward: false, attribution: a }),
            }
        }
        CueClass::Quoted => quoted_as_saying(stage, c, s0, s1, used, infos),
        CueClass::Finding => {
            // `The audit found that …`, `A 2023 analysis of rural districts found that …`: what
            // a study or a report found, right after `that`; its subject a document or `it`.
            if end + 1 >= s1 || !w.is(end, "that") {
                return None;
            }
            // A study named with what it is of or in (`A 2023 analysis of rural districts in
            // Missouri found`), or the subject before the cue.
            let of = (first.saturating_sub(10).max(s0)..first)
                .rev()
                .take_while(|&t| w.is_word_or_number(t))
                .find(|&t| w.in_set(t, &FINDERS) && w.is_any(t + 1, &["of", "in", "on", "by", "into", "for"]));
            let p = match of.and_then(|t| w.phrase_before(t, s0)) {
                Some(q) => Phrase { span: Span::new(q.span.start, w.tokens[first - 1].span.end), end: first, ..q },
                None => stage.speaker_for_cue(c, s0, 2).filter(|p| stage.trusted(p))?,
            };
            let document = w.in_set(p.head, &FINDERS) || p.kind == PhraseKind::Pronoun && w.is(p.head, "it");
            // (Not a finding inside what someone said: `The charity said a review had found
            // that …`.)
            let inside = (s0..p.first).any(|t| stage.reporting_cue_at(t));
            if !document || p.first >= first || inside {
                return None;
            }
            let region = if p.end == first { p.first } else { first };
            let a = attribution(p, "reported-that", 0.75);
            Some(Candidate { region, from: end + 1, to: s1, forward: true, attribution: a })
        }
        CueClass::Say | CueClass::Assert | CueClass::Tell | CueClass::Inform | CueClass::That
            if w.is_any(first, &["claims", "warnings", "assertions", "allegations"]) && w.is(end, "by") =>
        {
            // `denied claims by the residents that its blasting had caused the cracks`: a noun
            // of speech, its speaker after `by`, what they said after `that`.
            let p = stage.speaker_after(end + 1, s1).filter(|p| stage.trusted(p))?;
            let that = (p.end..s1.min(p.end + 3)).find(|&t| w.is(t, "that"))?;
            let a = attribution(p, "reported-that", 0.7);
            Some(Candidate { region: first, from: that + 1, to: s1, forward: true, attribution: a })
        }
        CueClass::Say | CueClass::Assert | CueClass::Tell | CueClass::Inform | CueClass::That => {
            // A `that` cue reports only before `that`, or at a sentence end or before a
            // comma (`…, she noted.`); most of its occurrences are neither, and cost nothing.
            if cue.class == CueClass::That {
                let window = end..s1.min(end + 10);
                // `announced on Thursday the quota would fall`: a clause after a setting.
                let settled = || {
                    let k = w.skip_adverbs_forward(end, s1);
                    k < s1 && w.in_set(k, &SETTINGS) && clause_start(stage, c, end, s1).is_some()
                };
                let that = window.clone().any(|t| w.is(t, "that"))
                    || pronoun_clause(stage, end, s1)
                    || subject_clause(stage, end, s1)
                    || settled();
                let tail =
                    short_tail(stage, w.skip_adverbs_forward(end, s1), s1) || window.clone().any(|t| w.punct(t, ","));
                if !that && !tail {
                    return None;
                }
            }
            // `…, said a spokesman.`: inverted, at the end (a participle is never inverted:
            // `…, adding dozens of companies to a blacklist`).
            if first > s0 && w.punct(first - 1, ",") && !cue.participle {
                // The speaker right after the cue, not the object of a setting (`said in a
                // post on Instagram`).
                let placed = |p: &Phrase| (end..p.first).any(|t| w.is_any(t, &["in", "on", "at", "during", "via"]));
                if let Some(p) = stage.speaker_after(end, s1).filter(|p| !placed(p)) {
                    let p_end = p.end;
                    if (short_tail(stage, p_end, s1) || apposition_tail(stage, p_end, s1)) && stage.trusted(&p) {
                        let a = attribution(p, "trailing-indirect", 0.8);
                        return Some(Candidate {
                            region: first - 1,
                            from: s0,
                            to: first - 1,
                            forward: false,
                            attribution: a,
                        });
                    }
                }
            }
            let mut p = stage.speaker_for_cue(c, s0, 2).filter(|p| stage.trusted(p))?;
            // `…, growers and industry officials said`: two speakers' nouns joined after the
            // clause's comma speak together.
            if p.kind != PhraseKind::Name && p.first > s0 + 2 && p.first < first && w.is(p.first - 1, "and") {
                let joined = (p.first.saturating_sub(5).max(s0 + 1)..p.first - 1)
                    .rev()
                    .find(|&k| !(w.is_word(k) && w.lowercase(k)))
                    .filter(|&k| w.punct(k, ",") && k + 1 < p.first - 1);
                if let Some(comma) = joined {
                    p = Phrase { first: comma + 1, span: Span::new(w.tokens[comma + 1].span.start, p.span.end), ..p };
                }
            }
            let p_first = p.first;
            let before_cue = p_first < first;
            // The attribution's own words start at its subject when the subject is right
            // before the cue (`Jane Doe, 46, said`), else at the cue (`… and warned`).
            let last = w.skip_adverbs_back(first.saturating_sub(1), s0);
            // So across an acronym in brackets (`the Land Transport Authority (LTA) said`).
            let bracketed = p.end < last && last - p.end <= 4 && w.punct(p.end, "(") && w.punct(last, ")");
            let adjacent = p.end == last + 1 || w.punct(last, ",") && !cue.participle || bracketed;
            let region = if before_cue && adjacent { p_first } else { first };
            // `…, commission chairwoman Abena Ofori told …`: role words before the name
            // belong to the attribution.
            let mut lead = p_first;
            while p.kind == PhraseKind::Name && lead > s0 + 1 && p_first - lead < 4 && w.lowercase(lead - 1) {
                lead -= 1;
            }
            let roles = (lead..p_first).any(|t| w.speaker_noun(t));
            let (p_first, region) =
                if roles && w.punct(lead - 1, ",") && region == p_first { (lead, lead) } else { (p_first, region) };
            // `…, Varga said.` and `The answer, she says, was …`: a subject after a comma.
            if before_cue && p_first > s0 && w.punct(p_first - 1, ",") && region == p_first {
                let after = w.skip_adverbs_forward(end, s1);
                // `…, Governor Jane Doe told a news conference.`: the addressee, then the tail.
                let tail = if matches!(cue.class, CueClass::Tell | CueClass::Inform) {
                    addressee_end(stage, after, s1)
                } else {
                    after
                };
                if short_tail(stage, tail, s1) {
                    // `…, her daughter, Anne Ellery Cho, said.`: a description apposed before
                    // the name is the attribution's, not the clause's.
                    let comma = p_first - 1;
                    let apposed = (comma.saturating_sub(5).max(s0 + 1)..comma).find(|&k| {
                        w.punct(k, ",")
                            && k + 2 < comma
                            && w.in_set(k + 1, &DETERMINERS)
                            && (k + 2..comma).all(|t| w.is_word(t) && w.lowercase(t))
                    });
                    let to = apposed.unwrap_or(comma);
                    // `… unwell (colonised patients can still pass it on, the agency said).`:
                    // the words in the brackets the cue closes.
                    let closes = tail < s1 && w.punct(tail, ")");
                    let from = if closes {
                        (s0..to)
                            .rev()
                            .take_while(|&t| !w.punct(t, ")"))
                            .find(|&t| w.punct(t, "("))
                            .map_or(s0, |t| t + 1)
                    } else {
                        s0
                    };
                    let a = attribution(p, "trailing-indirect", 0.8);
                    return Some(Candidate { region, from, to, forward: false, attribution: a });
                }
                // The next comma, after at most a short phrase (`said on Monday,`, `told the
                // regulator on Tuesday,`).
                let after = (tail..s1.min(tail + 6))
                    .find(|&t| !w.is_word(t) && !w.punct(t, "."))
                    .filter(|&t| w.punct(t, ",") && (t == tail || short_tail(stage, tail, t)));
                if let Some(after) = after.filter(|&t| t + 1 < s1) {
                    // `…, the company said, a concentration that …` and `…, the company
                    // said, ending …`: what follows is the writer's; `…, she says, was
                    // that …` continues the clause.
                    let next = w.text(after + 1);
                    // `He started at 19, when, he says, the crews were laid off …`: after a
                    // conjunction that opens a clause, the speaker vouches for that clause.
                    if p_first > s0 + 1 && w.is_any(p_first - 2, SUBORDINATORS) {
                        let a = attribution(p, "parenthetical-indirect", 0.7);
                        return Some(Candidate { region, from: after + 1, to: s1, forward: true, attribution: a });
                    }
                    if w.in_set(after + 1, &APPOSITION)
                        || (w.lowercase(after + 1) && next.len() > 5 && next.ends_with("ing"))
                        // `…, the agency said Monday, in what it called …`, `…, in a blow
                        // to …`, `…, amid fears of …`: a phrase of the writer's.
                        || (w.is(after + 1, "in") && after + 2 < s1 && w.is_any(after + 2, &["what", "a", "an"]))
                        || w.is_any(after + 1, &["amid", "despite", "following", "as", "while", "when"])
                    {
                        let a = attribution(p, "trailing-indirect", 0.75);
                        return Some(Candidate { region, from: s0, to: p_first - 1, forward: false, attribution: a });
                    }
                    let a = attribution(p, "parenthetical-indirect", 0.7);
                    return Some(Candidate { region, from: s0, to: s1, forward: false, attribution: a });
                }
            }
            // `As Heald told The Huffington Post, ozone has dropped …`: the clause follows the
            // comma that closes the `as` phrase.
            if before_cue && p_first == s0 + 1 && w.is(s0, "as") {
                let comma = (end..s1.min(end + 8)).find(|&t| !w.is_word(t)).filter(|&t| w.punct(t, ","))?;
                let a = attribution(p, "as-said", 0.75);
                return Some(Candidate { region: s0, from: comma + 1, to: s1, forward: true, attribution: a });
            }
            let (from, rule) = clause_start(stage, c, end, s1)?;
            let confidence = if rule == "reported-that" { 0.8 } else { 0.75 };
            Some(Candidate { region, from, to: s1, forward: true, attribution: attribution(p, rule, confidence) })
        }
        _ => None,
    }
}

/// Where a clause opens at `j` with one to three plain words in lower case and then an
/// auxiliary or a modal (`reform timetable will`, `prices could`), or a verb in the past
/// after two of them (`energy costs remained`): its subject, a noun with no article.
fn bare_subject(stage: &Stage, j: usize, s1: usize) -> Option<usize> {
    let w = &stage.words;
    // An auxiliary, or a verb in the past after two words or more (`warned energy costs
    // remained`).
    let verb = |t: usize| w.in_set(t, &AUXILIARIES) || t > j + 1 && past_tense(w.text(t));
    // (The noun may take a place or a topic with no article: `warned new restrictions on
    // night flights would cost jobs`.)
    let preposition = |t: usize| w.is_any(t, &["on", "in", "for", "at", "from"]);
    let place = |t: usize| t > j + 1 && preposition(t);
    let places = (j + 1..s1.min(j + 4)).any(place);
    let reach = if places { 7 } else { 4 };
    let aux = (j + 1..s1.min(j + reach)).find(|&t| !(w.is_word(t) && w.lowercase(t)) || verb(t))?;
    let plain = |t: usize| {
        !w.pronoun(t)
            && !w.in_set(t, &DETERMINERS)
            && !w.in_set(t, &AUXILIARIES)
            && !w.is_any(t, &["that", "of", "to"])
            && (!preposition(t) || place(t))
    };
    let one_place = (j..aux).filter(|&t| place(t)).count() <= 1;
    (verb(aux) && w.is_word(j) && w.lowercase(j) && one_place && (j..aux).all(plain)).then_some(j)
}

/// `Farmers say drought threatens harvest`: in a headline, the words after `say` or `says`
/// to its end are the clause, articles dropped, when there are three or more of them and one
/// before the last reads as a verb in the present (a word in `s`: not `says goodbye to
/// staff`).
fn headline_clause(stage: &Stage, c: usize, j: usize, s1: usize) -> Option<usize> {
    let w = &stage.words;
    let cue = &stage.cues[c];
    let paragraph = stage.doc.sentences()[cue.sentence].paragraph;
    if stage.doc.paragraphs()[paragraph].kind != ParagraphKind::Heading
        || !w.is_any(cue.end_token - 1, &["say", "says"])
    {
        return None;
    }
    let words = (j..s1).all(|t| w.is_word_or_number(t) || w.punct(t, "-’'") && w.touching(t));
    let verb = (j + 1..s1.saturating_sub(1)).any(|t| {
        let text = w.text(t);
        w.lowercase(t) && text.len() > 3 && text.ends_with('s') && !text.ends_with("ss")
    });
    (s1 >= j + 3 && words && verb && w.is_word(j) && !w.in_set(j, &NOT_CLAUSE_START)).then_some(j)
}

/// Where the reported clause after cue `c` (ending before token `end`) starts, and the
/// rule: after `that` (`reported-that`), or right after a `say` cue or a `tell` cue's
/// addressee (`reported-speech`).
fn clause_start(stage: &Stage, c: usize, end: usize, s1: usize) -> Option<(usize, &'static str)> {
    let w = &stage.words;
    let class = stage.cues[c].class;
    let mut j = w.skip_adverbs_forward(end, s1);
    if j < s1 && w.in_set(j, &DAYS) {
        j += 1;
    }
    // `said by phone the cyclone had …`: how it was said.
    j = by_phone_end(stage, j, s1);
    if matches!(class, CueClass::Tell | CueClass::Inform) {
        // `warned it would hollow out …`: `it` before an auxiliary is the clause's subject,
        // not the addressee.
        if j + 1 < s1 && w.is(j, "it") && w.in_set(j + 1, &AUXILIARIES) {
            return Some((j, "reported-speech"));
        }
        // `told her staff the plant would close`: `her` owns the addressee when a noun
        // follows it and a new phrase follows that.
        let owned = j + 2 < s1
            && w.is(j, "her")
            && w.is_word(j + 1)
            && w.lowercase(j + 1)
            && !w.pronoun(j + 1)
            && !w.in_set(j + 1, &DETERMINERS)
            && !w.in_set(j + 1, &AUXILIARIES)
            && (w.in_set(j + 2, &DETERMINERS) || w.pronoun(j + 2) || w.is(j + 2, "that"));
        // The addressee: `told Reuters`, `told reporters`, `warned investors`, `told him`.
        if owned {
            j += 2;
        } else if j < s1 && w.in_set(j, &OBJECT_PRONOUNS) {
            j += 1;
        } else if let Some(p) = w.phrase_after(j, s1).filter(|p| p.kind != PhraseKind::Pronoun) {
            // `warned the bank could lose its rating`: a verb right after the phrase makes
            // it the reported clause's subject, not the addressee.
            // So is a name after a description (`told the court Walsh had looked …`).
            if p.end < s1 && w.in_set(p.end, &AUXILIARIES) {
                return Some((p.first, "reported-speech"));
            }
            // So after the phrase's attachment, when no one is told anything by it (`warned
            // any new restrictions on night flights would cost jobs`).
            let addressee = p.trusted || p.kind == PhraseKind::Name || w.speaker_noun(p.head);
            if !addressee && p.end + 1 < s1 && w.is_any(p.end, &["on", "in", "for", "of", "at"]) {
                let aux = (p.end + 1..s1.min(p.end + 5))
                    .find(|&t| !(w.is_word(t) && w.lowercase(t)) || w.in_set(t, &AUXILIARIES));
                if aux.is_some_and(|t| t > p.end + 1 && w.in_set(t, &AUXILIARIES)) {
                    return Some((p.first, "reported-speech"));
                }
            }
            // So a verb in the past after a phrase no one is told anything by (`warned energy
            // costs remained the biggest risk`; not `told reporters gathered outside`).
            if class == CueClass::Tell
                && !addressee
                && p.end + 1 < s1
                && w.lowercase(p.end)
                && past_tense(w.text(p.end))
                && !w.in_set(p.end, &AUXILIARIES)
            {
                return Some((p.first, "reported-speech"));
            }
            // So after a phrase cut short at a hyphen (`warned a week-long stoppage could`).
            let cut = p.end < s1 && w.punct(p.end, "-") && w.touching(p.end - 1) && w.touching(p.end);
            if cut && subject_clause(stage, p.first, s1) {
                return Some((p.first, "reported-speech"));
            }
            j = by_phone_end(stage, through_name(stage, j, p.end, s1), s1);
            // `told BBC Radio Wales’ Breakfast programme`: a programme's name (taken whole,
            // possessive and all) and its noun.
            if j < s1 && w.is_any(j, &["programme", "program", "show"]) {
                j += 1;
            }
            // `told BBC Radio Wales’ Breakfast programme the figures were …`: a possessive
            // addressee goes on to what it owns.
            if j + 1 < s1 && w.punct(j, "’'") && w.touching(j - 1) {
                let owned = if w.is(j + 1, "s") { j + 2 } else { j + 1 };
                if let Some(q) = w.phrase_after(owned, s1).filter(|q| q.kind != PhraseKind::Pronoun) {
                    j = q.end;
                    // `Breakfast programme`: the name of a programme and its noun.
                    if j < s1 && (w.lowercase(j) && w.speaker_noun(j) || w.is_any(j, &["programme", "program", "show"]))
                    {
                        j += 1;
                    }
                }
            }
        } else if let Some(subject) = bare_subject(stage, j, s1).filter(|_| class == CueClass::Tell) {
            // `warn reform timetable will push up charges`, `warned prices could rise`: a
            // noun with no article, then a verb, is the clause's subject, as headlines and
            // terse copy write it.
            return Some((subject, "reported-speech"));
        } else if class == CueClass::Inform && !(j < s1 && w.is(j, "that") && active_informed(stage, c))
            || !(j < s1 && (w.is(j, "that") || w.in_set(j, &SETTINGS)))
        {
            // `warned that …` and `warned on Monday that …` need no addressee; `was told that
            // …` is a passive, but `the commissioner informed that …` is not.
            return None;
        }
    }
    if let Some(k) = headline_clause(stage, c, j, s1) {
        return Some((k, "reported-speech"));
    }
    // `that` within a few words (`said on Tuesday that`, `told Reuters in an interview that`,
    // `explains, in a satirical fashion, that`).
    let mut that = None;
    let mut commas = 0;
    let mut past_brackets = 0;
    // A chain of settings may be long (`told reporters on the sidelines of a community event
    // in Bedok on Tuesday that`); a clause's words reach `that` sooner.
    let reach = if j < s1 && w.in_set(j, &SETTINGS) { 14 } else { 10 };
    for t in j..s1.min(j + reach) {
        if t < past_brackets {
            continue;
        }
        // `said on X (formerly Twitter) that`: a note in brackets after a setting.
        if t > j && w.punct(t, "(") {
            if let Some(close) = (t + 1..s1.min(t + 6)).find(|&k| w.punct(k, ")")) {
                past_brackets = close + 1;
                continue;
            }
        }
        // `said most capsules from that period were damaged`, `said in that interview that`:
        // after a preposition, `that` is a determiner.
        if w.is(t, "that") && t > j && w.in_set(t - 1, &PREPOSITIONS_BEFORE_THAT) {
            continue;
        }
        if w.is(t, "that") {
            // `agreed on a plan that officials said …`: after a thing of the speaker's, `that`
            // opens a relative clause (not after a statement, an interview, a call).
            // So after a noun and its modifier (`accepted a government offer that …`).
            // (A modifier may be hyphenated: `a water-sharing treaty that`.)
            let modifier = |k: usize| w.lowercase(k) || w.punct(k, "-") && w.touching(k - 1) && w.touching(k);
            let article = w.is_any(t - 2, &["a", "an"])
                || (3..=7).any(|back| {
                    t >= j + back && w.is_any(t - back, &["a", "an"]) && (t - back + 1..t - 1).all(modifier)
                });
            let thing = t >= j + 2
                && article
                && w.lowercase(t - 1)
                && !w.speaker_noun(t - 1)
                && !OCCASIONS.contains(w.text(t - 1));
            // `agreed at a meeting that lasted six hours`: `that` and a verb after a noun
            // open a relative clause.
            let relative = t > j
                && t + 1 < s1
                && w.lowercase(t - 1)
                && !stage.reporting_cue_at(t - 1)
                && (past_tense(w.text(t + 1)) || w.is_any(t + 1, &["was", "were", "is", "has", "had"]));
            if !thing && !relative {
                that = Some(t);
            }
            break;
        }
        // `told BBC Radio 4's Today programme last week that`: a possessive goes on; so do
        // the marks around a programme's name (`told NBC's “Meet the Press” that`).
        // So does a hyphenated word (`at a ribbon-cutting ceremony that`).
        let word = w.is_word_or_number(t)
            || w.punct(t, "’'") && t > j && w.touching(t - 1)
            || w.punct(t, "-") && t > j && w.touching(t - 1) && w.touching(t);
        let title_mark = w.punct(t, "“”\"") && (t > j || w.is_word(t - 1));
        // `said in a televised address that`: a participle after an article describes.
        // So does one after a thing said (`said in a statement posted on X that`).
        let adjective = t > j && (w.is_any(t - 1, &["a", "an", "the"]) || w.is_any(t - 1, super::cues::SAID_THINGS));
        // `commented and that …`: the cue had no clause; the `that` is another verb's.
        if t == j && w.is_any(t, &["and", "but", "or"]) {
            break;
        }
        // `accepted the change but that it wanted …`: the `that` after a conjunction opens a
        // clause joined to another verb's.
        if w.is_any(t, &["and", "but", "or"]) && t + 1 < s1 && w.is(t + 1, "that") {
            break;
        }
        if w.punct(t, ",") && commas < 2 {
            commas += 1;
        } else if title_mark {
            continue;
        } else if !word
            || w.in_set(t, &AUXILIARIES)
            // (Not a cue's noun after a determiner: `said in its preliminary report that`.)
            || stage.reporting_cue_at(t) && !(t > j && (t - 2..t).any(|k| k >= j && w.in_set(k, &DETERMINERS)))
            // (A possessive goes on with a setting: `said in its preliminary report that`.)
            || w.pronoun(t) && !(t > j && w.is_any(t, &["its", "his", "their", "our", "my", "your"]))
            || past_tense(w.text(t)) && !adjective
        {
            // The clause has begun (`said she expected … a side that …`).
            break;
        }
    }
    if let Some(t) = that {
        let from = if t + 1 < s1 && w.in_set(t + 1, &AUXILIARIES) { t } else { t + 1 };
        return Some((from, "reported-that"));
    }
    if j >= s1 {
        return None;
    }
    // `said on Thursday it would`, `told reporters in Paris they had`: a short phrase of
    // time or place, then a clause opening with a pronoun and its verb.
    // (Not `said at least a third of …`: a bound, not a place.)
    if w.in_set(j, &SETTINGS) && !bounded_figure(stage, stage.cues[c].sentence, j, s1) {
        let mut words = (j + 1..s1.min(j + 6)).take_while(|&t| w.is_word_or_number(t));
        if let Some(k) = words.find(|&k| w.pronoun(k)) {
            if k + 1 < s1
                && (w.in_set(k + 1, &AUXILIARIES) || w.in_set(k + 1, &super::cues::MODALS) || past_tense(w.text(k + 1)))
            {
                return Some((k, "reported-speech"));
            }
        }
        // `said on Thursday the bank would keep …`: a determiner's subject and its auxiliary,
        // the last such start within reach (`in the statement the bank would`).
        let subject = (j + 2..s1.min(j + 6))
            .take_while(|&t| w.is_word_or_number(t))
            .filter(|&k| subject_clause(stage, k, s1))
            .last();
        if let Some(k) = subject {
            return Some((k, "reported-speech"));
        }
        // `said in a post on Instagram on Monday the restaurant's last service would be …`,
        // `told reporters in the town of Negresti, in Vaslui county, a 40-metre section of the
        // dam wall had collapsed`: a chain of settings, then a subject and its verb.
        let k = settings_end(stage, j, s1);
        if k > j + 2 && k < s1 {
            let opens = w.pronoun(k) || w.lowercase(k) && w.in_set(k, &CLAUSE_OPENERS);
            let verb = (k + 1..s1.min(k + 12))
                .take_while(|&t| w.is_word_or_number(t) || w.punct(t, "-'’") || w.possessive(t))
                .any(|t| w.in_set(t, &AUXILIARIES));
            if opens && verb {
                return Some((k, "reported-speech"));
            }
        }
        // `told reporters at Union Station testing had uncovered …`: after the name of a
        // place, a subject of any length in lower case that no determiner opens, then its
        // auxiliary.
        if w.is_any(j, &["in", "at"]) {
            let place_end = (j + 1..s1.min(j + 5)).take_while(|&t| w.capitalized(t)).last();
            if let Some(k) = place_end.map(|n| n + 1).filter(|&k| k < s1 && w.lowercase(k)) {
                let aux = (k + 1..s1.min(k + 14))
                    .take_while(|&t| w.is_word_or_number(t) || w.punct(t, "-"))
                    .any(|t| w.in_set(t, &AUXILIARIES));
                if aux && !w.in_set(k, &NOT_CLAUSE_START) {
                    return Some((k, "reported-speech"));
                }
            }
        }
        // `said in a statement more than 11 lakh voters had been added`, `told reporters in
        // Manila 157 passengers had been rescued`: a figure and an auxiliary after the
        // phrase. So after a thing said, a plural noun and its auxiliary (`said in a
        // statement inspectors had found`).
        let s = stage.cues[c].sentence;
        let year = |k: usize| w.text(k).len() == 4 && w.text(k).starts_with(['1', '2']);
        let opens = |k: usize| {
            let said_thing = w.is_any(k - 1, super::cues::SAID_THINGS);
            let number = w.tokens[k].kind == crate::document::TokenKind::Number && !year(k);
            let figure = said_thing && bounded_figure(stage, s, k, s1) || number && w.capitalized(k - 1);
            let plural = said_thing
                && w.lowercase(k)
                && w.text(k).len() > 3
                && w.text(k).ends_with('s')
                && (k + 1..s1.min(k + 3)).any(|t| w.in_set(t, &AUXILIARIES));
            figure && (k + 2..s1.min(k + 10)).any(|t| w.in_set(t, &AUXILIARIES)) || plural
        };
        let figure = (j + 2..s1.min(j + 6)).take_while(|&t| w.is_word_or_number(t)).find(|&k| opens(k));
        if let Some(k) = figure {
            return Some((k, "reported-speech"));
        }
    }
    // `stated it would`, `confirmed they had`: a pronoun and an auxiliary make a clause
    // even without `that`.
    if class == CueClass::That {
        return (pronoun_clause(stage, j, s1) || subject_clause(stage, j, s1)).then_some((j, "reported-speech"));
    }
    // `a move officials said could cut delays`: the clause's subject stands before the cue
    // (a relative clause), so the reported words start at the modal right after it.
    if class == CueClass::Say && w.in_set(j, &super::cues::MODALS) && end > 0 && verb_follows(stage, j + 1, s1) {
        return Some((j, "reported-speech"));
    }
    // A bare clause must start like one: a pronoun, a determiner, a name, a number, or a
    // bounded figure (`said at least 62 homes had been destroyed`, `about 40% of patients`).
    // Within twelve words, a hyphenated word counting as one (`at least 40 full-service
    // restaurants in the city had closed`, `about 60 per cent of the fill for the
    // reclamation works would come`).
    let verb_soon =
        (j + 2..s1).filter(|&t| !w.punct(t, "-")).take(12).any(|t| w.in_set(t, &AUXILIARIES) || past_tense(w.text(t)));
    // (Or a verb in the present after a share of a plural: `about a third of her customers
    // park …`.)
    let present_after_share = || {
        let of = (j + 2..s1.min(j + 6)).find(|&t| w.is(t, "of"));
        of.is_some_and(|of| {
            (of + 2..s1.min(of + 5)).any(|t| {
                let plural = w.lowercase(t - 1) && w.text(t - 1).len() > 3 && w.text(t - 1).ends_with('s');
                plural && w.is_word(t) && w.lowercase(t) && !w.in_set(t, &OBJECT_BREAKS)
            })
        })
    };
    if bounded_figure(stage, stage.cues[c].sentence, j, s1) && (verb_soon || present_after_share()) {
        return Some((j, "reported-speech"));
    }
    // `said no freshwater would be used`: `no` opening a subject, not the answer `no`.
    let no_subject = w.is(j, "no")
        && j + 2 < s1
        && w.is_word(j + 1)
        && w.lowercase(j + 1)
        && (j + 2..s1.min(j + 6)).any(|t| w.in_set(t, &AUXILIARIES));
    // `said £24m had been set aside`: a sum opens the subject.
    let sum = j + 1 < s1
        && w.tokens[j].kind == crate::document::TokenKind::Symbol
        && w.text(j + 1).starts_with(|ch: char| ch.is_ascii_digit());
    if !(w.is_word_or_number(j) || sum) || w.in_set(j, &NOT_CLAUSE_START) && !no_subject {
        return None;
    }
    let determiner = w.pronoun(j) || w.in_set(j, &CLAUSE_OPENERS);
    // Not a participle after an article, which describes (`add a staffed phone line`).
    // A verb in the present before `to` counts too (`the family plans to rebuild`, not `the
    // plans to rebuild`).
    let verb = |n: usize| {
        (j + 1..s1.min(j + n)).any(|t| {
            let after_article = w.is_any(t - 1, &["a", "an", "the"]);
            // (Right after a subject of a word or two, and before a verb: not `dozens of
            // Chinese companies to a blacklist`, `checks from town accounts to herself`.)
            let present_before_to = t > j + 1
                && t <= j + 3
                && t + 2 < s1
                && w.text(t).len() > 3
                && w.text(t).ends_with('s')
                && !w.text(t).ends_with("ss")
                && w.is(t + 1, "to")
                && w.lowercase(t)
                && w.lowercase(t + 2)
                && !w.in_set(t + 2, &DETERMINERS)
                && !w.pronoun(t + 2)
                && !w.in_set(t - 1, &DETERMINERS);
            w.in_set(t, &AUXILIARIES) || (past_tense(w.text(t)) || present_before_to) && !after_article
        })
    };
    // `told CBC News she no longer waits …`: after an addressee, a subject pronoun opens the
    // clause whatever the tense of its verb.
    let addressed =
        matches!(class, CueClass::Tell | CueClass::Inform) && j > end && w.is_any(j, &["he", "she", "they", "we", "I"]);
    // `said output at its Pilbara mine would fall`, `said early demand from engineering
    // firms could …`: a bare noun, maybe after an adjective, and the phrase after it before
    // the verb.
    // So `said unplanned road building on steep, unstable slopes has made …`.
    // A hyphenated word counts as one (`said long-serving sheriffs in Oregon had rarely lost`).
    let joined = 2 * (j + 1..s1.min(j + 6)).filter(|&t| w.punct(t, "-")).count();
    // (Two nouns joined by `and` may stand before the phrase: `said shops and tour operators
    // in the central city would bear the cost`.)
    let paired = usize::from((j + 1..s1.min(j + 3)).any(|t| w.is(t, "and")));
    let placed_noun = w.lowercase(j)
        && (j + 1..s1.min(j + 4 + joined + paired)).any(|t| w.is_any(t, &["at", "in", "of", "for", "from", "on"]));
    // A bare noun (`manufacturers could …`) must be followed soon by a verb, and so must any
    // clause of a cue that also takes objects (`added 5%`, `claimed the title`).
    // `said raising water levels across the Levels would …`: a gerund's object and its
    // phrase stand between it and the verb.
    let gerund = w.lowercase(j) && w.text(j).len() > 5 && w.text(j).ends_with("ing");
    // `said emergency care, maternity and cancer services were running`: a list of nouns.
    let listed = w.lowercase(j)
        && (j + 1..s1.min(j + 5)).any(|t| w.punct(t, ","))
        && (j + 2..s1.min(j + 9)).any(|t| w.is_any(t, &["and", "or"]));
    // A list, or a phrase with an apposition between commas (`said budget transfers from the
    // National Fund, the country's oil savings fund, were adding`), holds more words.
    // `said three two-wheelers and a handcart were set on fire`: a figure opens a subject.
    let counted = figure_word(stage, j) || w.tokens[j].kind == crate::document::TokenKind::Number || sum;
    // `said anyone who develops stomach cramps or diarrhea should call`: a relative clause
    // stands between the subject and its verb.
    let relative = j + 1 < s1 && w.is_any(j + 1, &["who", "whose"]);
    let soon = if listed || relative || placed_noun && (j + 1..s1.min(j + 8)).any(|t| w.punct(t, ",")) {
        14
    } else if placed_noun || gerund || counted {
        10
    } else {
        6
    };
    // A note in brackets counts for nothing (`gusts of up to 45 mph (72 kph) were expected`).
    let open = (j + 1..s1.min(j + 10)).find(|&t| w.punct(t, "("));
    let close = open.and_then(|o| (o + 1..s1.min(o + 6)).find(|&t| w.punct(t, ")")));
    let bracketed = open.zip(close).map_or(0, |(o, c)| c + 1 - o);
    let soon = soon + joined + bracketed;
    if !addressed && ((w.lowercase(j) && !determiner && !verb(soon)) || (class != CueClass::Say && !verb(8))) {
        return None;
    }
    Some((j, "reported-speech"))
}

/// Whether a figure with its bound starts at token `j` of sentence `s`, before `s1`
/// (`at least 62`, `more than half`, `as many as 300`, `about a third`): a qualifier of the
/// claim stage's lexicon (`claim_qualifiers.txt`), then a number.
fn bounded_figure(stage: &Stage, s: usize, j: usize, s1: usize) -> bool {
    let w = &stage.words;
    let (s0, _) = stage.sentence_tokens(s);
    if !(s0 <= j && j < s1 && w.lowercase(j)) {
        return false;
    }
    let view = View::new(stage.doc, s);
    let Some((end, _)) = TABLES.qualifiers.starting_at(&view, j - s0, None, |e| e.value != Bound::Exact) else {
        return false;
    };
    let t = s0 + end;
    // `about a third`, `nearly a million`: `a` before a fraction or a scale.
    let a_figure = t + 1 < s1 && w.is_any(t, &["a", "an"]) && figure_word(stage, t + 1);
    t < s1 && (w.tokens[t].kind == TokenKind::Number || figure_word(stage, t) || a_figure)
}

/// Whether token `t` is a number word that can follow a bound (`at least two`, `more than
/// half`, `thousands`): one of the claim stage's number words, not an abbreviation or a
/// multiplier.
fn figure_word(stage: &Stage, t: usize) -> bool {
    let w = &stage.words;
    w.is_word(t)
        && TABLES.number(w.text(t)).is_some_and(|n| {
            !matches!(
                n,
                NumberWord::Abbr(_)
                    | NumberWord::MoneyAbbr(_)
                    | NumberWord::Multiplier(_)
                    | NumberWord::MultiplierVerb(_)
            )
        })
}

/// Words opening a phrase of time or place between a cue and its clause (`said on
/// Thursday it would`, `said in a statement they had`).
const SETTINGS: ClosedClass =
    ClosedClass::new(&["in", "on", "at", "last", "this", "during", "earlier", "early", "late", "via"]);

/// Words between a modal and its verb (`could not cut`, `would also help`).
/// Conjunctions that open a clause: a parenthetical cue right after one vouches for the
/// clause that follows (`when, he says, the crews were laid off`).
const SUBORDINATORS: &[&str] =
    &["when", "because", "although", "though", "since", "while", "after", "before", "until", "if", "where"];

const MODAL_ADVERBS: ClosedClass = ClosedClass::new(&["not", "also", "soon", "still", "only", "never"]);

/// Whether a lower-case word (the verb after a modal: `could cut`) comes at token `j`.
fn verb_follows(stage: &Stage, j: usize, s1: usize) -> bool {
    let w = &stage.words;
    let j = if j < s1 && w.in_set(j, &MODAL_ADVERBS) { j + 1 } else { j };
    j < s1 && w.is_word(j) && w.lowercase(j) && !w.pronoun(j)
}

/// Whether a clause starts at token `j` with a subject pronoun and an auxiliary or a verb
/// in the past (`it would`, `they had`, `it failed`).
fn pronoun_clause(stage: &Stage, j: usize, s1: usize) -> bool {
    let w = &stage.words;
    // Or a verb in the past (`admits it failed tenants`, `conceded they erred`).
    j + 1 < s1 && w.pronoun(j) && (w.in_set(j + 1, &AUXILIARIES) || past_tense(w.text(j + 1)))
}

/// Whether a clause starts at token `j` with a determiner, at most three more words of its
/// subject and an auxiliary (`admitted his side had been`, `confirmed the plant would close`).
fn subject_clause(stage: &Stage, j: usize, s1: usize) -> bool {
    let w = &stage.words;
    if !(j < s1 && w.lowercase(j) && w.in_set(j, &CLAUSE_OPENERS)) {
        return false;
    }
    let subject = |t: usize| w.is_word(t) && !w.in_set(t, &AUXILIARIES) && !w.is_any(t, &["that", "and", "or", "but"]);
    // (A hyphen inside a word is no word of its own: `a week-long stoppage could`.)
    let hyphen = |t: usize| t > 0 && w.punct(t, "-") && w.touching(t - 1) && w.touching(t);
    let hyphens = (j + 1..s1.min(j + 9)).filter(|&t| hyphen(t)).count().min(4);
    let aux = (j + 1..s1.min(j + 5 + hyphens)).find(|&t| !subject(t) && !hyphen(t));
    aux.is_some_and(|t| t > j + 1 && w.in_set(t, &AUXILIARIES))
}

/// Where a chain of settings that opens at token `j` ends (`in a post on Instagram on
/// Monday`, `in the town of Negresti, in Vaslui county,`): each a preposition and a short
/// object, a place apposed between commas, and the comma that closes them; `j` when there
/// is no such chain.
fn settings_end(stage: &Stage, j: usize, s1: usize) -> usize {
    let w = &stage.words;
    const PREPOSITIONS: [&str; 5] = ["in", "on", "at", "of", "during"];
    let mut k = j;
    for _ in 0..4 {
        if !(k < s1 && w.is_any(k, &PREPOSITIONS)) {
            break;
        }
        let mut m = k + 1;
        if m < s1 && w.in_set(m, &DETERMINERS) {
            m += 1;
        }
        let object = m;
        while m < s1
            && m < object + 3
            && w.is_word(m)
            && !w.is_any(m, &PREPOSITIONS)
            && !(m > object && w.in_set(m, &DETERMINERS))
            && !w.in_set(m, &AUXILIARIES)
            && !w.is(m, "that")
        {
            m += 1;
        }
        if m == object {
            return j;
        }
        // `on X (formerly Twitter)`: a note in brackets after the setting's object.
        if m < s1 && w.punct(m, "(") {
            if let Some(close) = (m + 1..s1.min(m + 6)).find(|&t| w.punct(t, ")")) {
                m = close + 1;
            }
        }
        if m + 1 < s1 && w.punct(m, ",") {
            if w.is_any(m + 1, &["in", "on", "at"]) {
                m += 1;
            } else if k > j {
                // The comma that closes a chain of two settings or more.
                return m + 1;
            } else {
                return j;
            }
        }
        k = m;
    }
    k
}

/// Prepositions after which `that` is a determiner (`from that period`), not a clause's.
const PREPOSITIONS_BEFORE_THAT: ClosedClass = ClosedClass::new(&[
    "from", "of", "in", "on", "at", "by", "for", "with", "since", "until", "during", "after", "before", "like", "into",
]);

/// Lower-case words that open a clause's subject (`the plan`, `there`, `some`).
const CLAUSE_OPENERS: ClosedClass = ClosedClass::new(&[
    "the", "a", "an", "there", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
    "many", "most", "all", "no", "one", "two", "several", "few", "every", "each", "both", "any", "more", "less",
]);

/// A lower-case word that looks like a verb in the past (`noticed`, `rose`): ends in `ed`.
fn past_tense(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && word.starts_with(|c: char| c.is_lowercase())
        || IRREGULAR_PAST.contains(word)
}

/// Whether cue `c` stands in a relative clause after a comma: `, who said`, `, which has
/// warned`, `, who also told`, `, which she said`, `, which officials say`.
fn relative_cue(stage: &Stage, c: usize) -> bool {
    let w = &stage.words;
    let first = stage.cues[c].first_token;
    let from = first.saturating_sub(5);
    // Back over words only (adverbs, auxiliaries, a short subject) to the relative pronoun.
    let pronoun = (from..first).rev().take_while(|&t| w.is_word(t)).find(|&t| w.is_any(t, &["who", "which"]));
    pronoun.is_some_and(|t| t >= 1 && w.punct(t - 1, ","))
}

/// Whether a lower-case word may be a main clause's verb coming back after a relative
/// clause: a past form (`resigned`, `fell`), an auxiliary (`is`, `will`) or what a speaker
/// does next (`declined`).
fn main_verb(word: &str) -> bool {
    past_tense(word) || AUXILIARIES.contains(word) || SPEAKER_ACTS.contains(word)
}

/// Prepositions in -ing, which go on with a clause (`…, including the hall`).
static ING_PREPOSITIONS: LazyLock<crate::lexicon::WordSet<&'static str>> =
    LazyLock::new(|| clause_words("preposition"));

/// Irregular past forms that are seldom anything else (`profit rose`, `sales fell`).
static IRREGULAR_PAST: LazyLock<crate::lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("past"));

/// What a speaker does next, which ends a reported clause after `and` (`clause_words.txt`,
/// class `act`).
static SPEAKER_ACTS: LazyLock<crate::lexicon::WordSet<&'static str>> = LazyLock::new(|| clause_words("act"));

/// Words opening the short phrase that may follow an attribution at a sentence end
/// (`…, Varga said on Monday.`, `…, she told reporters.`).
const TAIL_OPENERS: ClosedClass = ClosedClass::new(&[
    "in",
    "on",
    "at",
    "last",
    "this",
    "during",
    "earlier",
    "late",
    "after",
    "before",
    "when",
    "via",
    "told",
    "to",
    "outside",
    "inside",
    "near",
    "while",
    "following",
    "afterwards",
    "later",
    "yesterday",
    "today",
    "tonight",
    "shortly",
]);

/// Days named without a preposition, after a cue: they may open its short tail (`…, the
/// agency said Monday.`) or come before its clause (`said Monday it would`).
pub(crate) const DAYS: ClosedClass = ClosedClass::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
]);

/// Where the addressee of a `tell` cue starting at token `j` ends (`told reporters`, `told
/// a news conference`, `told him`); `j` when there is none.
fn addressee_end(stage: &Stage, j: usize, s1: usize) -> usize {
    let w = &stage.words;
    if j < s1 && w.in_set(j, &OBJECT_PRONOUNS) {
        return j + 1;
    }
    let mut end = w.phrase_after(j, s1).filter(|p| p.kind != PhraseKind::Pronoun).map_or(j, |p| p.end);
    // `told WKRV 9 News`, `told BBC Radio 4`: a station's number and the name after it.
    let numbered = end > j && end < s1 && w.tokens[end].kind == crate::document::TokenKind::Number;
    if numbered && w.capitalized(end - 1) && (end + 1 >= s1 || w.terminal(end + 1) || w.capitalized(end + 1)) {
        end += 1;
        while end < s1 && w.capitalized(end) {
            end += 1;
        }
    }
    through_name(stage, j, end, s1)
}

/// Past `by phone`, `by telephone`, `by email` at token `j`: how something was said.
fn by_phone_end(stage: &Stage, j: usize, s1: usize) -> usize {
    let w = &stage.words;
    let means = ["phone", "telephone", "email", "e-mail", "text", "radio", "satellite", "video"];
    if j + 1 < s1 && w.is(j, "by") && w.is_any(j + 1, &means) {
        // `by satellite phone`, `by video link`.
        if j + 2 < s1 && w.is_any(j + 2, &["phone", "link"]) {
            return j + 3;
        }
        return j + 2;
    }
    j
}

/// The end of the phrase `[j, end)` taken on to the end of the name that starts it, with its
/// article or not, where the words alone cut the name short (`The Globe and Mail`, `Procter
/// and Gamble`).
fn through_name(stage: &Stage, j: usize, end: usize, s1: usize) -> usize {
    let w = &stage.words;
    if end <= j || end >= s1 {
        return end;
    }
    let named = |t: usize| {
        let m = stage.entities.mention_at(w.tokens[t].span.start)?;
        (m.kind == MentionKind::Name && m.span.start == w.tokens[t].span.start).then(|| w.at_or_after(m.span.end))
    };
    let with_article = || if end > j + 1 && w.is(j, "the") { named(j + 1) } else { None };
    match named(j).or_else(with_article) {
        Some(m_end) if m_end > end && m_end <= s1 => m_end,
        _ => end,
    }
}

/// Whether only a few words (`in a statement`, `on Tuesday`) follow token `from` before the
/// end of the sentence `s1`, and no clause.
fn short_tail(stage: &Stage, from: usize, s1: usize) -> bool {
    let w = &stage.words;
    let mut rest = (from..s1).filter(|&t| !w.terminal(t) && !w.punct(t, "”’\"')"));
    let Some(first) = rest.next() else { return true };
    if !w.in_set(first, &TAIL_OPENERS) && !w.in_set(first, &DAYS) {
        return false;
    }
    // `said in a notice posted on its website`: the thing said in may take a longer phrase,
    // with an owner's pronoun.
    let said_in = w.is(first, "in")
        && first + 2 < s1
        && w.is_any(first + 1, &["a", "an", "the", "its", "his", "her", "their"])
        && w.is_any(first + 2, super::cues::SAID_THINGS);
    let (most, owner) = if said_in { (10, &["its", "his", "her", "their"][..]) } else { (6, &[][..]) };
    let mut n = 1;
    for t in rest {
        n += 1;
        // `said on Monday it would appeal`: a pronoun or a verb makes a clause.
        let pronoun = w.pronoun(t) && !w.is_any(t, owner);
        if n > most || w.is(t, "that") || w.punct(t, ",") || pronoun || w.in_set(t, &AUXILIARIES) {
            return false;
        }
    }
    true
}

/// Whether an apposition between commas follows token `from` (`…, said Tom Hardy, an
/// analyst at Peel Hunt.`), then the sentence end, a short phrase or a relative clause
/// (`…, who added that …`): the speaker's description, not a reported clause.
fn apposition_tail(stage: &Stage, from: usize, s1: usize) -> bool {
    let w = &stage.words;
    if from + 2 >= s1 || !w.punct(from, ",") {
        return false;
    }
    let Some(stop) = (from + 1..s1.min(from + 14)).find(|&t| w.punct(t, ",") || w.terminal(t)) else {
        return false;
    };
    let apposition = (from + 1..stop).all(|t| {
        (w.is_word(t) && !w.in_set(t, &AUXILIARIES) && !stage.reporting_cue_at(t))
            || w.tokens[t].kind == TokenKind::Number
            || w.punct(t, ".’'&-")
    });
    if stop == from + 1 || !apposition {
        return false;
    }
    w.terminal(stop) && short_tail(stage, stop, s1)
        || w.punct(stop, ",") && stop + 1 < s1 && w.is_any(stop + 1, &["who", "which"])
}

/// After the comma `k` that closes a source, the comma that closes its description: a
/// phrase with no verb, that names a role or an age (`, a spokesman for the ministry,`,
/// `, chief executive of Acme,`, `, 46,`), or the source it quotes (`, quoting KCNA,`),
/// with a clause after it.
fn described_source(stage: &Stage, k: usize, s1: usize) -> Option<usize> {
    let w = &stage.words;
    // `According to Yonhap, quoting the state news agency (KCNA), the army …`: the source's
    // own source.
    if k + 2 < s1 && w.is_any(k + 1, &["quoting", "citing"]) {
        return (k + 2..s1.min(k + 20))
            .find(|&t| w.punct(t, ",") || w.terminal(t))
            .filter(|&t| w.punct(t, ",") && t + 4 < s1);
    }
    let stop = (k + 1..s1.min(k + 14)).find(|&t| w.punct(t, ",") || w.terminal(t)).filter(|&t| w.punct(t, ","))?;
    // A clause of three words at least must remain (a shorter one is no quote).
    if stop == k + 1 || stop + 4 >= s1 {
        return None;
    }
    let plain = (k + 1..stop).all(|t| {
        (w.is_word(t) && !w.in_set(t, &AUXILIARIES) && !stage.reporting_cue_at(t) && !past_tense(w.text(t)))
            || w.tokens[t].kind == TokenKind::Number
            || w.punct(t, ".’'&-")
    });
    let age = stop == k + 2 && w.tokens[k + 1].kind == TokenKind::Number;
    let role = (k + 1..stop).any(|t| w.lowercase(t) && w.speaker_noun(t));
    (plain && (age || role)).then_some(stop)
}

/// The speaker of a `quoted` cue `c` in the sentence `[s0, s1)`, and the token of the `as`
/// that follows (`quoted prosecutor Jane Doe as saying`, `Doe was quoted as saying`).
pub(crate) fn quoted_speaker(stage: &Stage, c: usize, s0: usize, s1: usize) -> Option<(Phrase, usize)> {
    let w = &stage.words;
    let (first, end) = stage.cue_tokens(c);
    let passive = first > s0 && w.is_any(first - 1, &["was", "were", "is", "are", "been"]);
    let saying_at =
        |t: usize| t + 1 < s1 && w.is(t, "as") && w.is_any(t + 1, &["saying", "telling", "stating", "writing"]);
    let (speaker, as_tok) = if passive {
        let last = w.skip_adverbs_back(first.checked_sub(2)?, s0);
        // `was quoted by the news agency TASS as saying`, `was quoted in Le Monde as
        // saying`: who quoted, and where.
        let as_tok = if end < s1 && w.is_any(end, &["by", "in"]) {
            // (`by the Courier-Mail`, `in The Sheboygan Press in June 1949`.)
            (end + 1..s1.min(end + 14))
                .take_while(|&t| w.is_word_or_number(t) || w.punct(t, "-'’.()"))
                .find(|&t| w.is(t, "as"))
                .unwrap_or(end)
        } else {
            end
        };
        // `Johannes Pirchner, Tyrol's governor, was quoted`, `Bhosale, who attended the
        // launch, was quoted`: the subject before an apposition or a relative clause.
        let subject = if w.punct(last, ",") {
            stage.appositive_subject(s0.max(first.saturating_sub(40)), last)?
        } else {
            w.phrase_before(last, s0)?
        };
        (subject, as_tok)
    } else {
        match w.phrase_after(end, s1) {
            Some(p) if saying_at(p.end) => (p, p.end),
            // `quoted a wholesaler in Koti as saying`: a short phrase of place after the
            // speaker.
            Some(p) if p.end < s1 && w.is_any(p.end, &["in", "at", "from", "near"]) => {
                let as_tok = (p.end + 2..s1.min(p.end + 6)).find(|&t| saying_at(t))?;
                (p.end + 1..as_tok).all(|t| w.is_word(t)).then_some((p, as_tok))?
            }
            // `quoted the Progressives' leader, Toms Berzkalns, as saying`, `quoted Abdulmalik
            // al-Sharafi, a member of the negotiating team, as saying`: a name among the
            // segments of an apposition before `as saying`.
            _ => {
                let as_tok = (end + 2..s1.min(end + 24)).find(|&t| saying_at(t))?;
                if !w.punct(as_tok - 1, ",") {
                    return None;
                }
                let p = stage.appositive_subject(end, as_tok - 1)?;
                (p, as_tok)
            }
        }
    };
    saying_at(as_tok).then_some((speaker, as_tok))
}

/// `AP quoted prosecutor Jane Doe as saying …` and `Doe was quoted as saying …`: a piece
/// right after `as saying` gets the speaker; otherwise the clause is reported speech.
fn quoted_as_saying(
    stage: &Stage,
    c: usize,
    s0: usize,
    s1: usize,
    used: &mut [bool],
    infos: &mut [PieceInfo],
) -> Option<Candidate> {
    let w = &stage.words;
    let (first, _) = stage.cue_tokens(c);
    let (speaker, as_tok) = quoted_speaker(stage, c, s0, s1)?;
    // The `saying` cue is part of this one.
    let saying = stage.cues.partition_point(|q| q.span.start < w.tokens[as_tok + 1].span.start);
    if let Some(u) = used.get_mut(saying) {
        *u = true;
    }
    let attribution = Attribution { speaker: Some(speaker), cue: Some(c), rule: "quoted-as-saying", confidence: 0.85 };
    let mut from = as_tok + 2;
    while from < s1 && (w.punct(from, ":,") || w.is(from, "that")) {
        from += 1;
    }
    let start = w.tokens.get(from)?.span.start;
    let k = stage.pieces.partition_point(|p| p.open.start < start);
    if stage.pieces.get(k).is_some_and(|p| p.open.start == start) {
        if infos[k].attribution.is_none() {
            infos[k].mixed = !infos[k].whole;
            infos[k].attribution = Some(attribution);
        }
        return None;
    }
    Some(Candidate { region: first, from, to: s1, forward: true, attribution })
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{assert_no_quotes, assert_quotes};

    #[test]
    fn said_with_and_without_that() {
        assert_quotes(
            "Jane Doe said the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe", "said", "reported-speech")],
        );
        assert_quotes(
            "Ren emphasized that the chip still lags a generation behind.",
            &[("indirect", "the chip still lags a generation behind", "Ren", "emphasized", "reported-that")],
        );
        assert_quotes(
            "Elke Vranitz said on Tuesday that was the end of it.",
            &[("indirect", "that was the end of it", "Elke Vranitz", "said", "reported-that")],
        );
    }

    #[test]
    fn a_relative_clause_in_the_subject_and_trades_as_speakers() {
        assert_quotes(
            "But she said anyone who develops stomach cramps or diarrhea should call a doctor.",
            &[(
                "indirect",
                "anyone who develops stomach cramps or diarrhea should call a doctor",
                "she",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The branch hosts a reading group, according to librarian Owen Pask.",
            &[("indirect", "The branch hosts a reading group", "Owen Pask", "according to", "according-to")],
        );
        assert_quotes(
            "Algoa Coast FM quoted the port’s harbour master as saying the reef had claimed three vessels.",
            &[(
                "indirect",
                "the reef had claimed three vessels",
                "the port’s harbour master",
                "quoted",
                "quoted-as-saying",
            )],
        );
        // An attached phrase with no article is the speaker's too.
        assert_quotes(
            "Campers were told to leave the site, a spokesman for emergency services said.",
            &[(
                "indirect",
                "Campers were told to leave the site",
                "a spokesman for emergency services",
                "said",
                "trailing-indirect",
            )],
        );
    }

    #[test]
    fn what_a_study_or_a_report_found() {
        assert_quotes(
            "A 2023 analysis of rural districts in Missouri found that students did slightly worse on tests.",
            &[(
                "indirect",
                "students did slightly worse on tests",
                "A 2023 analysis of rural districts in Missouri",
                "found",
                "reported-that",
            )],
        );
        assert_quotes(
            "The study, published Tuesday, found that only 6 per cent of riders wore a helmet.",
            &[("indirect", "only 6 per cent of riders wore a helmet", "The study", "found", "reported-that")],
        );
        // People who find something do not say it; a finding inside what someone said is theirs.
        assert_no_quotes("Investigators found that the door had been forced open.");
        assert_quotes(
            "The charity said a review had found that boats from the two stations were slower.",
            &[(
                "indirect",
                "a review had found that boats from the two stations were slower",
                "The charity",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn quoted_as_saying_with_an_apposition_before_as() {
        assert_quotes(
            "Public broadcaster LSM quoted the Progressives' leader, Toms Berzkalns, as saying his party would \
             not join the government.",
            &[("indirect", "his party would not join the government", "Toms Berzkalns", "quoted", "quoted-as-saying")],
        );
        assert_quotes(
            "The Saba news agency quoted Abdulmalik al-Sharafi, a member of the negotiating team, as saying the \
             group would open the roads.",
            &[("indirect", "the group would open the roads", "Abdulmalik al-Sharafi", "quoted", "quoted-as-saying")],
        );
    }

    #[test]
    fn quoted_as_saying_with_a_place_after_the_speaker_and_a_place_after_a_trailing_cue() {
        assert_quotes(
            "The Deccan Observer quoted a wholesaler in Koti as saying that nearly 4,000 bottles had been sold.",
            &[("indirect", "nearly 4,000 bottles had been sold", "a wholesaler", "quoted", "quoted-as-saying")],
        );
        assert_quotes(
            "The case should serve as a warning to landlords, a spokesman for the council said outside court.",
            &[(
                "indirect",
                "The case should serve as a warning to landlords",
                "a spokesman for the council",
                "said",
                "trailing-indirect",
            )],
        );
    }

    #[test]
    fn how_and_where_something_was_said_before_the_clause() {
        assert_quotes(
            "One of the passengers, Mohammad Ayaz, 37, said through an interpreter that the engine had failed.",
            &[("indirect", "the engine had failed", "Mohammad Ayaz", "said", "reported-that")],
        );
        assert_quotes(
            "Chief Tom Iaukau of Imaki village said by phone the cyclone had destroyed the gardens.",
            &[(
                "indirect",
                "the cyclone had destroyed the gardens",
                "Tom Iaukau of Imaki village",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "At the health centre, Ms Rehema Akullo, 27, said in Lango that some neighbours had warned her.",
            &[("indirect", "some neighbours had warned her", "Ms Rehema Akullo", "said", "reported-that")],
        );
        assert_quotes(
            "A police colonel at the blockade, who declined to give his name, said about 300 officers had been sent.",
            &[("indirect", "about 300 officers had been sent", "A police colonel", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_report_nested_in_anothers_clause_is_theirs() {
        assert_quotes(
            "A senior official told reporters that security agencies had concluded that the firm was \
             controlled by the state.",
            &[(
                "indirect",
                "security agencies had concluded that the firm was controlled by the state",
                "A senior official",
                "told",
                "reported-that",
            )],
        );
    }

    #[test]
    fn a_name_the_words_cut_short_is_one_addressee() {
        assert_quotes(
            "Tunde Ogunwusi, 41, told The Globe and Mail that he still had pain in his hip.",
            &[("indirect", "he still had pain in his hip", "Tunde Ogunwusi", "told", "reported-that")],
        );
    }

    #[test]
    fn a_hyphenated_word_opening_the_clause_counts_as_one() {
        assert_quotes(
            "Marcus Ebbesen said long-serving sheriffs in Oregon had rarely lost.",
            &[(
                "indirect",
                "long-serving sheriffs in Oregon had rarely lost",
                "Marcus Ebbesen",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_subject_that_ends_like_a_participle() {
        assert_quotes(
            "Italy rejected the accusations as a distraction, and said it would respond in kind.",
            &[("indirect", "it would respond in kind", "Italy", "said", "reported-speech")],
        );
        assert_quotes(
            "Motorists stuck on the road said the first help had reached them on Wednesday.",
            &[("indirect", "the first help had reached them on Wednesday", "Motorists", "said", "reported-speech")],
        );
    }

    #[test]
    fn two_nouns_and_their_place_before_the_verb() {
        assert_quotes(
            "Grant McSkimming said shops and tour operators in the central city would bear the cost.",
            &[(
                "indirect",
                "shops and tour operators in the central city would bear the cost",
                "Grant McSkimming",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_headline_drops_its_articles() {
        assert_quotes(
            "Farmers say drought threatens harvest\n\nThe story goes on.",
            &[("indirect", "drought threatens harvest", "Farmers", "say", "reported-speech")],
        );
        assert_no_quotes("Minister says goodbye to staff\n\nThe story goes on.");
    }

    #[test]
    fn a_quantifier_standing_alone_speaks() {
        assert_quotes(
            "Another said the fee would keep young people away.",
            &[("indirect", "the fee would keep young people away", "Another", "said", "reported-speech")],
        );
        // With an apposition: the quantifier is the subject, the description says who.
        assert_quotes(
            "One, a retired teacher, said the plan was sensible.",
            &[("indirect", "the plan was sensible", "One", "said", "reported-speech")],
        );
        assert_quotes(
            "Some backed the plan, while others said it went too far.",
            &[("indirect", "it went too far", "others", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_hyphenated_word_in_the_subject_and_a_participle_after_quoted_words() {
        assert_quotes(
            "Priya Chaudhry warned a week-long stoppage could leave 40,000 containers stranded.",
            &[(
                "indirect",
                "a week-long stoppage could leave 40,000 containers stranded",
                "Priya Chaudhry",
                "warned",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Chief Angela Ruiz said her department backed the plan \"with some reservations,\" noting that \
             officers could not be everywhere.",
            &[
                ("mixed", "with some reservations", "Chief Angela Ruiz", "said", "reported-mixed"),
                ("indirect", "officers could not be everywhere", "Chief Angela Ruiz", "said", "reported-speech"),
            ],
        );
    }

    #[test]
    fn a_verb_in_the_present_before_to_after_an_addressee() {
        assert_quotes(
            "Castellano told our crew the family plans to rebuild the diner.",
            &[("indirect", "the family plans to rebuild the diner", "Castellano", "told", "reported-speech")],
        );
        // Not a plural noun before `to` and an object.
        assert_quotes("The department acted on Tuesday, adding dozens of companies to a blacklist.", &[]);
    }

    #[test]
    fn a_long_relative_clause_on_the_subject_and_a_past_verb_after_warned() {
        assert_quotes(
            "An Offaly man who has cut turf on the same bog for more than 50 years has said he will keep cutting.",
            &[("indirect", "he will keep cutting", "An Offaly man", "said", "reported-speech")],
        );
        assert_quotes(
            "A donkey man whose family has given rides for 94 years says the rules will finish him off.",
            &[("indirect", "the rules will finish him off", "A donkey man", "says", "reported-speech")],
        );
        assert_quotes(
            "But he warned energy costs remained the biggest risk. She warned the plan failed to add up.",
            &[
                ("indirect", "energy costs remained the biggest risk", "he", "warned", "reported-speech"),
                ("indirect", "the plan failed to add up", "She", "warned", "reported-speech"),
            ],
        );
        // Two nouns of speakers joined after the clause's comma speak together.
        assert_quotes(
            "A frost swept through vineyards overnight, growers and industry officials said.",
            &[(
                "indirect",
                "A frost swept through vineyards overnight",
                "growers and industry officials",
                "said",
                "trailing-indirect",
            )],
        );
        // A bare subject may take a place or a topic; a day before the cue is no subject's.
        assert_quotes(
            "The group warned new restrictions on night flights would cost jobs.",
            &[(
                "indirect",
                "new restrictions on night flights would cost jobs",
                "The group",
                "warned",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The zoo today announced that its elephants will be moved.",
            &[("indirect", "its elephants will be moved", "The zoo", "announced", "reported-that")],
        );
        assert_quotes(
            "The sponsor, an energy drink brand known for its “Blaze” can, said it was cutting its budget.",
            &[("indirect", "it was cutting its budget", "The sponsor", "said", "reported-speech")],
        );
        assert_quotes(
            "One junior told the board that most of her friends already worked.",
            &[("indirect", "most of her friends already worked", "One junior", "told", "reported-that")],
        );
    }

    #[test]
    fn a_summary_apposed_to_the_clause_is_the_writers_without_marks_too() {
        assert_quotes(
            "He said he expected the scheme to pass comfortably, a claim opposition councillors disputed.",
            &[("indirect", "he expected the scheme to pass comfortably", "He", "said", "reported-speech")],
        );
        assert_quotes(
            "He said profits rose 5%, a figure of some note.",
            &[("indirect", "profits rose 5%, a figure of some note", "He", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_summary_apposed_to_the_clause_is_the_writers() {
        assert_quotes(
            "Kettering said her government would restore the ferry service, a promise critics called \"a bribe\".",
            &[
                ("indirect", "her government would restore the ferry service", "Kettering", "said", "reported-speech"),
                ("partial", "a bribe", "critics", "called", "described-as"),
            ],
        );
    }

    #[test]
    fn an_adjective_in_ly_or_an_irregular_past_in_a_bare_clause() {
        assert_quotes(
            "The company said quarterly profit rose 5%.",
            &[("indirect", "quarterly profit rose 5%", "The company", "said", "reported-speech")],
        );
        assert_quotes(
            "He said early demand from architecture firms could lead to large orders.",
            &[(
                "indirect",
                "early demand from architecture firms could lead to large orders",
                "He",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn with_a_group_and_its_participle_cue() {
        assert_quotes(
            "The government faces a rebellion, with one senior backbencher warning that the plan would fail.",
            &[("indirect", "the plan would fail", "one senior backbencher", "warning", "reported-that")],
        );
        assert_quotes(
            "Shares fell 5%, with analysts saying the outlook had worsened.",
            &[("indirect", "the outlook had worsened", "analysts", "saying", "reported-speech")],
        );
    }

    #[test]
    fn relatives_and_some_of_a_group_speak() {
        assert_quotes(
            "Her son said she had continued to study scores.",
            &[("indirect", "she had continued to study scores", "Her son", "said", "reported-speech")],
        );
        assert_quotes(
            "A deal could come as early as next week, one of the people said, speaking on condition of anonymity.",
            &[(
                "indirect",
                "A deal could come as early as next week",
                "one of the people",
                "said",
                "trailing-indirect",
            )],
        );
    }

    #[test]
    fn clauses_after_a_time_a_gerund_or_a_concession() {
        assert_quotes(
            "Rana Siddiqui warned last month that the refit could cost more.",
            &[("indirect", "the refit could cost more", "Rana Siddiqui", "warned", "reported-that")],
        );
        assert_quotes(
            "The authority said raising water levels across the Levels would lock up carbon.",
            &[(
                "indirect",
                "raising water levels across the Levels would lock up carbon",
                "The authority",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Mrs Okonedo accepted that her mother had given small sums to staff.",
            &[("indirect", "her mother had given small sums to staff", "Mrs Okonedo", "accepted", "reported-that")],
        );
        assert_no_quotes("She accepted the award on Monday.");
        // A preposition in -ing goes on with the clause; a participle with its object does not.
        assert_quotes(
            "Officials said polls would open at four places, including the hall on Teague Island.",
            &[(
                "indirect",
                "polls would open at four places, including the hall on Teague Island",
                "Officials",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_parenthetical_cue_after_a_conjunction_vouches_for_the_clause_after_it() {
        assert_quotes(
            "He started as a firefighter at 19, when, he says, the crews were laid off every October.",
            &[("indirect", "the crews were laid off every October", "he", "says", "parenthetical-indirect")],
        );
        assert_quotes(
            "The answer, she says, was that nobody knew.",
            &[("indirect", "The answer, she says, was that nobody knew", "she", "says", "parenthetical-indirect")],
        );
    }

    #[test]
    fn adverbs_between_the_speaker_and_the_verb_are_skipped() {
        assert_quotes(
            "Critics have long argued that the plan is unfair.",
            &[("indirect", "the plan is unfair", "Critics", "argued", "reported-that")],
        );
        assert_quotes(
            "The two men have both said that the deal is dead.",
            &[("indirect", "the deal is dead", "two men", "said", "reported-that")],
        );
        // After the verb the same words open the clause.
        assert_quotes(
            "Prof Jane Doe said long waits had consequences.",
            &[("indirect", "long waits had consequences", "Prof Jane Doe", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_relative_clause_reports_from_its_modal() {
        assert_quotes(
            "Ministers agreed on a plan that officials said could cut delays by a third.",
            &[("indirect", "could cut delays by a third", "officials", "said", "reported-speech")],
        );
        assert_quotes(
            "Ministers agreed to share data, a move officials said could cut delays by a third.",
            &[("indirect", "could cut delays by a third", "officials", "said", "reported-speech")],
        );
        assert_quotes(
            "Yunhai said it planned to spend 180 billion yuan on new plants, a move analysts said could narrow the gap.",
            &[
                ("indirect", "it planned to spend 180 billion yuan on new plants", "Yunhai", "said", "reported-speech"),
                ("indirect", "could narrow the gap", "analysts", "said", "reported-speech"),
            ],
        );
    }

    #[test]
    fn a_relative_clause_cue_reports_up_to_the_main_verb() {
        assert_quotes(
            "The chairman, who said the bank would not need more capital, resigned on Friday.",
            &[("indirect", "the bank would not need more capital", "The chairman", "said", "reported-speech")],
        );
        assert_quotes(
            "The company's founder, Ann Lee, who has said she will not sell, declined to comment.",
            &[("indirect", "she will not sell", "Ann Lee", "said", "reported-speech")],
        );
        // A naming verb in a relative clause on the clause's last noun; what the speaker
        // does next after `but`.
        assert_quotes(
            "Castellanos said she would order an audit of the department, which she has accused of \"losing track of entire streets.\"",
            &[
                ("indirect", "she would order an audit of the department", "Castellanos", "said", "reported-speech"),
                ("partial", "losing track of entire streets", "she", "accused", "described-as"),
            ],
        );
        assert_quotes(
            "A spokesperson said the club did not comment on contract matters, but pointed to the terms of the deal.",
            &[(
                "indirect",
                "the club did not comment on contract matters",
                "A spokesperson",
                "said",
                "reported-speech",
            )],
        );
        // A subject between the relative pronoun and the cue; a modal opens the clause.
        assert_quotes(
            "Her cabinet, which she said would have 18 ministers, will be sworn in on Monday.",
            &[("indirect", "would have 18 ministers", "she", "said", "reported-speech")],
        );
        assert_quotes(
            "They backed a plan that officials said would save money each year.",
            &[("indirect", "would save money each year", "officials", "said", "reported-speech")],
        );
        // A comma inside the clause that no verb follows is the clause's own.
        assert_quotes(
            "He met the mayor, who said the city, not the state, would pay for the repairs.",
            &[(
                "indirect",
                "the city, not the state, would pay for the repairs",
                "the mayor",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn subjects_and_clauses_of_wire_and_court_copy() {
        // A participle describing the statement is no cue of its own.
        assert_quotes(
            "LinhaSul said in a statement posted on X that it was reviewing its procedures.",
            &[("indirect", "it was reviewing its procedures", "LinhaSul", "said", "reported-that")],
        );
        // A day, then a clause whose subject opens with a determiner.
        assert_quotes(
            "Governor Daniyar Seitkali said on Thursday the bank would keep its rate.",
            &[("indirect", "the bank would keep its rate", "Governor Daniyar Seitkali", "said", "reported-speech")],
        );
        // A phrase opening the sentence, then the subject and its relative clause.
        assert_quotes(
            "In a statement, the regulator, which investigated the case, said it had banned Hendry.",
            &[("indirect", "it had banned Hendry", "the regulator", "said", "reported-speech")],
        );
        // An age for a person.
        assert_quotes(
            "The 27-year-old had argued that the positive test was caused by contaminated beef.",
            &[(
                "indirect",
                "the positive test was caused by contaminated beef",
                "The 27-year-old",
                "argued",
                "reported-that",
            )],
        );
        // A clause opening with a list of nouns.
        assert_quotes(
            "He said emergency care, maternity and cancer services were running as normal.",
            &[(
                "indirect",
                "emergency care, maternity and cancer services were running as normal",
                "He",
                "said",
                "reported-speech",
            )],
        );
        // A participle after an article describes; it is no verb of a clause (`add`).
        assert_quotes(
            "Ababio responded that each school would add a staffed phone line.",
            &[("indirect", "each school would add a staffed phone line", "Ababio", "responded", "reported-that")],
        );
        // A school district speaks.
        assert_quotes(
            "The pouches will be paid for with a state grant, the district said.",
            &[(
                "indirect",
                "The pouches will be paid for with a state grant",
                "the district",
                "said",
                "trailing-indirect",
            )],
        );
        // The source's own source is no part of the clause.
        assert_quotes(
            "According to Yonhap, quoting the state news agency, the army has been placed on high alert.",
            &[("indirect", "the army has been placed on high alert", "Yonhap", "According to", "according-to")],
        );
        // An attribution inside the clause, right after one of its words, is part of it;
        // where the writer found the clause is not.
        assert_quotes(
            "Vanderstraeten said he was relieved the court had accepted he never meant to cheat.",
            &[(
                "indirect",
                "he was relieved the court had accepted he never meant to cheat",
                "Vanderstraeten",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The firm said it expects sales of $8m, above the $7m analysts had expected, according to a statement on Sunday.",
            &[
                ("indirect", "it expects sales of $8m, above the $7m analysts had expected", "The firm", "said", "reported-speech"),
                ("indirect", "it expects sales of $8m, above the $7m analysts had expected", "a statement", "according to", "according-to"),
            ],
        );
        // A subject with an apposition, or a list after a participle's object.
        assert_quotes(
            "He said budget transfers from the National Fund, the country's oil savings fund, were adding to demand.",
            &[(
                "indirect",
                "budget transfers from the National Fund, the country's oil savings fund, were adding to demand",
                "He",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "She said patients taking diuretics, some antidepressants and certain heart drugs were at risk.",
            &[(
                "indirect",
                "patients taking diuretics, some antidepressants and certain heart drugs were at risk",
                "She",
                "said",
                "reported-speech",
            )],
        );
        // The speaker's next act, a verb in the past, ends the clause before quoted words; a
        // modal goes on with it.
        assert_quotes(
            "The board said it had paid 1,200 farmers and blamed the delays on \"incomplete documentation\".",
            &[
                ("indirect", "it had paid 1,200 farmers", "The board", "said", "reported-speech"),
                ("mixed", "incomplete documentation", "The board", "said", "reported-mixed"),
            ],
        );
        assert_quotes(
            "Lim said the rebates would lower inflation but would have \"almost no effect\" on prices.",
            &[("mixed", "almost no effect", "Lim", "said", "reported-mixed")],
        );
        // A reason given in quoted words after the clause.
        assert_quotes(
            "The ministry said it had expelled the diplomat, citing “activities incompatible with his status.”",
            &[
                ("indirect", "it had expelled the diplomat", "The ministry", "said", "reported-speech"),
                ("mixed", "activities incompatible with his status", "The ministry", "said", "reported-mixed"),
            ],
        );
    }

    #[test]
    fn a_warning_whose_object_is_the_clause_subject() {
        assert_quotes(
            "Analysts warned the bank could lose its rating.",
            &[("indirect", "the bank could lose its rating", "Analysts", "warned", "reported-speech")],
        );
    }

    #[test]
    fn a_time_or_place_between_the_cue_and_a_bare_clause() {
        assert_quotes(
            "Britain's biggest lender said on Thursday it would cut 2,000 jobs.",
            &[("indirect", "it would cut 2,000 jobs", "Britain's biggest lender", "said", "reported-speech")],
        );
        assert_quotes(
            "The ministry said in a statement they had found no evidence of fraud.",
            &[("indirect", "they had found no evidence of fraud", "The ministry", "said", "reported-speech")],
        );
        assert_no_quotes("He said on Thursday he would.");
    }

    #[test]
    fn a_place_or_time_after_the_speaker_is_not_the_speaker() {
        assert_quotes(
            "Jane Doe in Paris said the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe", "said", "reported-speech")],
        );
        assert_quotes(
            "A spokesman in Brussels said the talks would resume next week.",
            &[("indirect", "the talks would resume next week", "A spokesman", "said", "reported-speech")],
        );
        assert_quotes(
            "Officials in Kyiv said that the strikes had hit a power station.",
            &[("indirect", "the strikes had hit a power station", "Officials", "said", "reported-that")],
        );
        assert_quotes(
            "Police in the northern city of Tarrow said two people had been arrested.",
            &[("indirect", "two people had been arrested", "Police", "said", "reported-speech")],
        );
        assert_quotes(
            "The ministry on Monday said it would appeal.",
            &[("indirect", "it would appeal", "The ministry", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_subject_modified_by_places_and_participles_speaks() {
        assert_quotes(
            "Kite sellers at Mochi Gate said orders had started coming in.",
            &[("indirect", "orders had started coming in", "Kite sellers at Mochi Gate", "said", "reported-speech")],
        );
        assert_quotes(
            "Several residents interviewed by the Inquirer at the town plaza said they welcomed the ordinance.",
            &[("indirect", "they welcomed the ordinance", "Several residents", "said", "reported-speech")],
        );
        assert_quotes(
            "Parents waiting outside a primary school in Bethelsdorp said they had no other way to get there.",
            &[("indirect", "they had no other way to get there", "Parents", "said", "reported-speech")],
        );
        assert_quotes(
            "Fishermen at the harbour on Wednesday morning said they were divided.",
            &[("indirect", "they were divided", "Fishermen at the harbour", "said", "reported-speech")],
        );
        // A note in brackets after a setting, before `that`.
        assert_quotes(
            "Aidan Rossiter wrote on X (formerly Twitter) that he had asked the minister.",
            &[("indirect", "he had asked the minister", "Aidan Rossiter", "wrote", "reported-that")],
        );
        assert_quotes(
            "Farmers in Christiana and nearby Sedburgh said they had lost so much produce.",
            &[("indirect", "they had lost so much produce", "Farmers", "said", "reported-speech")],
        );
        assert_quotes(
            "Haryana supporters who had travelled by bus from Sonipat and Jhajjar said they would hold a welcome.",
            &[("indirect", "they would hold a welcome", "Haryana supporters", "said", "reported-speech")],
        );
        // Two subjects joined are no names in a row.
        assert_quotes(
            "Customers rallied behind the owner and county health officials insisting they had followed the rules.",
            &[("indirect", "they had followed the rules", "county health officials", "insisting", "reported-speech")],
        );
        assert_quotes(
            "Pieter Voskuil said most capsules from that period were damaged by water.",
            &[(
                "indirect",
                "most capsules from that period were damaged by water",
                "Pieter Voskuil",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "He said in that interview that the plan failed.",
            &[("indirect", "the plan failed", "He", "said", "reported-that")],
        );
        assert_quotes(
            "Harold Tessmer was quoted in The Sheboygan Press in June 1949 as saying that the capsule was meant \
             to show hope. Dr Sunita Moyle was quoted by the Courier-Mail as saying a dry winter had pushed nesting.",
            &[
                ("indirect", "the capsule was meant to show hope", "Harold Tessmer", "quoted", "quoted-as-saying"),
                ("indirect", "a dry winter had pushed nesting", "Dr Sunita Moyle", "quoted", "quoted-as-saying"),
            ],
        );
        assert_quotes(
            "The company denied claims by the residents that its blasting had caused the cracks.",
            &[("indirect", "its blasting had caused the cracks", "the residents", "claims", "reported-that")],
        );
        assert_quotes(
            "In a statement, the Department of Health said £24m had been set aside for care.",
            &[("indirect", "£24m had been set aside for care", "the Department of Health", "said", "reported-speech")],
        );
        assert_quotes(
            "Ruth Robow was quoted by the Kenya Broadcasting Corporation (KBC) as saying five suspects had been \
             arrested. Benedict Kwa told reporters on the sidelines of a community event in Bedok on Tuesday \
             that the rise was a warning.",
            &[
                ("indirect", "five suspects had been arrested", "Ruth Robow", "quoted", "quoted-as-saying"),
                ("indirect", "the rise was a warning", "Benedict Kwa", "told", "reported-that"),
            ],
        );
        assert_quotes(
            "One of them said no final decision had been made.",
            &[("indirect", "no final decision had been made", "One of them", "said", "reported-speech")],
        );
        assert_quotes(
            "He nonetheless called the decision \"a good first step\".",
            &[("partial", "a good first step", "He", "called", "described-as")],
        );
    }

    #[test]
    fn addressees_owned_numbered_or_set_at_an_occasion() {
        // `her` owns the addressee when a noun and a new phrase follow.
        assert_quotes(
            "Castellano told her staff the plant would close.",
            &[("indirect", "the plant would close", "Castellano", "told", "reported-speech")],
        );
        assert_quotes(
            "Castellano told her the plant would close.",
            &[("indirect", "the plant would close", "Castellano", "told", "reported-speech")],
        );
        // `it` before an auxiliary is the clause's subject, not whom a warning is for.
        assert_quotes(
            "Officials warned it would hollow out seaside economies.",
            &[("indirect", "it would hollow out seaside economies", "Officials", "warned", "reported-speech")],
        );
        // A station's number and name end the addressee of a trailing cue.
        assert_quotes(
            "Crews were called to the building before dawn, Battalion Chief Ray Dominguez told WKRV 9 News.",
            &[(
                "indirect",
                "Crews were called to the building before dawn",
                "Battalion Chief Ray Dominguez",
                "told",
                "trailing-indirect",
            )],
        );
        // A ceremony is an occasion of speech; a hyphenated modifier does not stop the search
        // for `that`.
        assert_quotes(
            "Lindfors told reporters at a ribbon-cutting ceremony that Kestrel had considered sites in Austin.",
            &[("indirect", "Kestrel had considered sites in Austin", "Lindfors", "told", "reported-that")],
        );
        // A thing with a hyphenated modifier takes a relative clause; so does a noun before
        // `that` and a verb.
        assert_no_quotes("Sweden and Chile agreed on Saturday to resume talks on a long-running border dispute that broke down in 2009.");
        assert_no_quotes("They agreed at a meeting that lasted six hours to raise taxes.");
    }

    #[test]
    fn rulings_institutions_and_long_bounded_subjects() {
        // A court's ruling reports with `that`; a ruler does not.
        assert_quotes(
            "Justice Helen Kowalski on Friday ruled that Coastline Estates had breached the Act.",
            &[(
                "indirect",
                "Coastline Estates had breached the Act",
                "Justice Helen Kowalski",
                "ruled",
                "reported-that",
            )],
        );
        assert_no_quotes("He ruled the country for 30 years, until a coup.");
        // An institution speaks.
        assert_quotes(
            "Students protested after the institution confirmed it would raise fees.",
            &[("indirect", "it would raise fees", "the institution", "confirmed", "reported-speech")],
        );
        // A bounded figure may open a long subject before its verb.
        assert_quotes(
            "Goh Siew Ling said about 60 per cent of the fill for the reclamation works would come from earth.",
            &[(
                "indirect",
                "about 60 per cent of the fill for the reclamation works would come from earth",
                "Goh Siew Ling",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn according_to_data_cites_numbers_not_speech() {
        assert_no_quotes("Analysts on average had estimated $2.87 billion, according to LSEG data.");
        assert_no_quotes("The startup has raised $400 million from investors, according to PitchBook.");
        assert_no_quotes("Prices rose 3%, according to figures from the Office for National Statistics.");
        assert_quotes(
            "The plan was dead, according to a spokesman.",
            &[("indirect", "The plan was dead", "a spokesman", "according to", "according-to")],
        );
    }

    #[test]
    fn told_an_addressee_that() {
        assert_quotes(
            "Jane Doe told Reuters that the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe", "told", "reported-that")],
        );
        assert_quotes(
            "Vaibhav Taneja told analysts on a conference call that margins would improve.",
            &[("indirect", "margins would improve", "Vaibhav Taneja", "told", "reported-that")],
        );
        assert_quotes(
            "Vaibhav Taneja told analysts that margins would improve, but declined to give a timeline.",
            &[("indirect", "margins would improve", "Vaibhav Taneja", "told", "reported-that")],
        );
        // Nor the speaker's own refusal, nor what the reported fact led to.
        assert_quotes(
            "She said the attackers had demanded a payment, but would not confirm the amount.",
            &[("indirect", "the attackers had demanded a payment", "She", "said", "reported-speech")],
        );
        assert_quotes(
            "Owners say grant money has not arrived, leaving many unable to reopen.",
            &[("indirect", "grant money has not arrived", "Owners", "say", "reported-speech")],
        );
        // `when he commented and that …`: a cue with no clause of its own ends nothing; the
        // clauses joined by `and that` are one reported clause.
        assert_quotes(
            "Davenport wrote that he had not seen the report when he commented and that he still supported the bakery.",
            &[(
                "indirect",
                "he had not seen the report when he commented and that he still supported the bakery",
                "Davenport",
                "wrote",
                "reported-that",
            )],
        );
        // So does what the speaker did next; not in a clause of acts told in the past perfect.
        assert_quotes(
            "The delegation said it was following events in Olsk with concern and urged restraint.",
            &[(
                "indirect",
                "it was following events in Olsk with concern",
                "The delegation",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Police said the officer had approached the man and urged him to drop the weapon.",
            &[(
                "indirect",
                "the officer had approached the man and urged him to drop the weapon",
                "Police",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Jane Doe told reporters the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe", "told", "reported-speech")],
        );
        // `warned that` needs no addressee; `told that` with none is a passive, whose
        // subject was spoken to.
        assert_quotes(
            "Jane Doe warned that the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe", "warned", "reported-that")],
        );
        assert_no_quotes("I was hauled in and told that my mother had attacked the church.");
        assert_no_quotes("The staff were gathered and informed that the plant would close.");
        // `informed that` after its subject is active, as Indian English writes it.
        assert_quotes(
            "Commissioner Anil Gaikwad informed that a committee had been formed.",
            &[("indirect", "a committee had been formed", "Commissioner Anil Gaikwad", "informed", "reported-that")],
        );
    }

    #[test]
    fn according_to() {
        assert_quotes(
            "According to Jane Doe, the plan will fail.",
            &[("indirect", "the plan will fail", "Jane Doe", "According to", "according-to")],
        );
        assert_quotes(
            "The plan will fail next year, according to the ministry.",
            &[("indirect", "The plan will fail next year", "the ministry", "according to", "according-to")],
        );
    }

    #[test]
    fn according_to_without_commas_and_with_appositions() {
        assert_quotes(
            "According to Rathbun the property was returned by mail.",
            &[("indirect", "the property was returned by mail", "Rathbun", "According to", "according-to")],
        );
        assert_quotes(
            "According to the team's coach, Alireza Mehraban, the robot scored two points.",
            &[("indirect", "the robot scored two points", "Alireza Mehraban", "According to", "according-to")],
        );
        assert_quotes(
            "The exhibit opened in 2007, according to Kristen Wilkins, curator of the gallery.",
            &[("indirect", "The exhibit opened in 2007", "Kristen Wilkins", "according to", "according-to")],
        );
        // The source's description or age is no part of what it says; a clause with a
        // verb is.
        assert_quotes(
            "According to John Smith, a spokesman for the ministry, the plan will fail.",
            &[("indirect", "the plan will fail", "John Smith", "According to", "according-to")],
        );
        assert_quotes(
            "According to Jane Doe, 46, the plan will fail.",
            &[("indirect", "the plan will fail", "Jane Doe", "According to", "according-to")],
        );
        assert_quotes(
            "According to police, the man was arrested on Monday, and charged.",
            &[("indirect", "the man was arrested on Monday, and charged", "police", "According to", "according-to")],
        );
        // Letters after the name are no appositive source.
        assert_quotes(
            "Her skin broke, and in the words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria \
             spent her life crying.\"",
            &[("mixed", "Gloria spent her life crying", "Mark Tedeschi", "in the words of", "reported-mixed")],
        );
    }

    #[test]
    fn as_someone_told_an_outlet() {
        assert_quotes(
            "As Heald told The Huffington Post, surface ozone has dropped since 1980.",
            &[("indirect", "surface ozone has dropped since 1980", "Heald", "told", "as-said")],
        );
    }

    #[test]
    fn relative_pronouns_and_bare_clauses_after_that_verbs() {
        assert_quotes(
            "He met Tom Devocht, who had told Montalvo he would help him.",
            &[("indirect", "he would help him", "Tom Devocht", "told", "reported-speech")],
        );
        assert_quotes(
            "Scientology officials have stated they have not received the drives.",
            &[("indirect", "they have not received the drives", "Scientology officials", "stated", "reported-speech")],
        );
    }

    #[test]
    fn denied_speech_reports_nothing() {
        assert_no_quotes("The ministry did not say whether the talks would resume next week.");
    }

    #[test]
    fn trailing_tell_cue_with_its_addressee() {
        assert_quotes(
            "Two members preferred to keep the rate unchanged, Governor Thandiwe Mokoena told a news conference.",
            &[(
                "indirect",
                "Two members preferred to keep the rate unchanged",
                "Governor Thandiwe Mokoena",
                "told",
                "trailing-indirect",
            )],
        );
        assert_quotes(
            "Turnout was around 61%, chairwoman Abena Ofori told journalists in the capital.",
            &[("indirect", "Turnout was around 61%", "Abena Ofori", "told", "trailing-indirect")],
        );
    }

    #[test]
    fn words_quoted_after_a_verb_of_naming_leave_the_clause_before_it_reported() {
        assert_quotes(
            "Peter Kwan said the balance sheet was strong enough and called the sell-off “an overreaction.”",
            &[
                ("indirect", "the balance sheet was strong enough", "Peter Kwan", "said", "reported-speech"),
                ("partial", "an overreaction", "Peter Kwan", "called", "described-as"),
            ],
        );
        assert_quotes(
            "She said after the hearing that Whitaker would appeal, calling the sentence “excessive.”",
            &[
                ("indirect", "Whitaker would appeal", "She", "said", "reported-that"),
                ("partial", "excessive", "She", "calling", "described-as"),
            ],
        );
        assert_quotes(
            "Brandvold said the board was “always open to ideas” but that its focus was on fixing inventory.",
            &[
                ("mixed", "always open to ideas", "Brandvold", "said", "reported-mixed"),
                ("indirect", "its focus was on fixing inventory", "Brandvold", "said", "reported-speech"),
            ],
        );
    }

    #[test]
    fn a_described_subject_with_a_relative_clause_or_an_adverb_between_commas_speaks() {
        assert_quotes(
            "A White House official, who asked not to be named, said the president would sign the bill.",
            &[("indirect", "the president would sign the bill", "A White House official", "said", "reported-speech")],
        );
        assert_quotes(
            "Railway Board officials, however, said the system had been deployed on 3,000 km of routes.",
            &[(
                "indirect",
                "the system had been deployed on 3,000 km of routes",
                "Railway Board officials",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Peggy Sheehan (81), who has been a patient there since 1990, said she did not know what to do.",
            &[("indirect", "she did not know what to do", "Peggy Sheehan", "said", "reported-speech")],
        );
        assert_quotes(
            "Industry watchers said the episode was a familiar one.",
            &[("indirect", "the episode was a familiar one", "Industry watchers", "said", "reported-speech")],
        );
    }

    #[test]
    fn bare_nouns_with_a_phrase_and_pronouns_after_an_addressee_open_clauses() {
        assert_quotes(
            "Harcourt also said output at its Pilbara iron ore mine would fall this year.",
            &[(
                "indirect",
                "output at its Pilbara iron ore mine would fall this year",
                "Harcourt",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Leah Pelletier told CBC News she no longer waits inside the shelter.",
            &[("indirect", "she no longer waits inside the shelter", "Leah Pelletier", "told", "reported-speech")],
        );
        assert_quotes(
            "Economist Paul Whitmore from the University of Technology Sydney said overruns of 30 per cent were “depressingly common”.",
            &[(
                "mixed",
                "depressingly common",
                "Economist Paul Whitmore from the University of Technology Sydney",
                "said",
                "reported-mixed",
            )],
        );
    }

    #[test]
    fn no_opening_a_subject_opens_a_clause() {
        assert_quotes(
            "He said the plant would return the brine and said no freshwater would be used.",
            &[
                ("indirect", "the plant would return the brine", "He", "said", "reported-speech"),
                ("indirect", "no freshwater would be used", "He", "said", "reported-speech"),
            ],
        );
        assert_no_quotes("Asked whether he would stay, he said no.");
    }

    #[test]
    fn a_description_apposed_before_a_trailing_name_is_not_reported() {
        assert_quotes(
            "The cause was complications of pneumonia, her daughter, Anne Ellery Cho, said.",
            &[("indirect", "The cause was complications of pneumonia", "Anne Ellery Cho", "said", "trailing-indirect")],
        );
    }

    #[test]
    fn what_the_writer_adds_after_the_clause_is_not_reported() {
        assert_quotes(
            "Harcourt said it was in talks to sell a stake in the unit, sending its shares sharply lower.",
            &[("indirect", "it was in talks to sell a stake in the unit", "Harcourt", "said", "reported-speech")],
        );
        assert_quotes(
            "Carver said that policy was in a good place, though she stopped short of endorsing a cut.",
            &[("indirect", "policy was in a good place", "Carver", "said", "reported-that")],
        );
        assert_quotes(
            "A key senator said she would not back the bill, complicating efforts to avoid a shutdown.",
            &[("indirect", "she would not back the bill", "A key senator", "said", "reported-speech")],
        );
        // An adjective in -ing after a comma is still the speaker's (`existing ideas`).
        assert_quotes(
            "The report said that success goes to those who merit it, and reinforces, rather than changes, existing ideas.",
            &[(
                "indirect",
                "success goes to those who merit it, and reinforces, rather than changes, existing ideas",
                "The report",
                "said",
                "reported-that",
            )],
        );
    }

    #[test]
    fn a_programme_title_or_an_adjective_between_the_cue_and_that() {
        assert_quotes(
            "President Ramiro Acha said in a televised address on Sunday that lithium would be “the engine of the economy”.",
            &[("mixed", "the engine of the economy", "President Ramiro Acha", "said", "reported-mixed")],
        );
        assert_quotes(
            "Karen Liu said on ABC's “This Week” that agencies had begun sending guidance but that she remained “cautiously optimistic” a deal would come.",
            &[
                ("indirect", "agencies had begun sending guidance", "Karen Liu", "said", "reported-that"),
                ("mixed", "cautiously optimistic", "Karen Liu", "said", "reported-mixed"),
            ],
        );
        assert_quotes(
            "Two people familiar with the matter, who spoke on condition of anonymity, said Mizuno Corp was among the bidders.",
            &[(
                "indirect",
                "Mizuno Corp was among the bidders",
                "Two people familiar with the matter",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn clause_without_that_after_a_that_cue() {
        assert_quotes(
            "Hayes admitted his side had been about 20 runs short.",
            &[("indirect", "his side had been about 20 runs short", "Hayes", "admitted", "reported-speech")],
        );
        assert_no_quotes("Hayes admitted the charges in court on Monday.");
        assert_no_quotes("Hayes denied the allegations and is expected to appeal.");
        // A pronoun and a verb in the past make a clause too; a pronoun alone is an object.
        assert_quotes(
            "Northgate Homes admits it failed tenants living with damp and mould.",
            &[(
                "indirect",
                "it failed tenants living with damp and mould",
                "Northgate Homes",
                "admits",
                "reported-speech",
            )],
        );
        assert_no_quotes("Hayes admitted it openly on Monday.");
        // A sentence adverb before the subject and its apposition is no part of either.
        assert_quotes(
            "However, Anil Kuruvilla, MLA of the Opposition Lokamitra Party, alleged that the wing had been \
             opened in a hurry.",
            &[("indirect", "the wing had been opened in a hurry", "Anil Kuruvilla", "alleged", "reported-that")],
        );
    }

    #[test]
    fn a_title_quoted_in_an_apposition_hides_no_subject() {
        assert_quotes(
            "Law professor Miriam Adebayo, author of “The Speech Wars,” said the justices would act.",
            &[("indirect", "the justices would act", "Miriam Adebayo", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_headline_in_sentence_case_reports_speech() {
        assert_quotes(
            "Harbourline Bank says hackers stole data of 1.2 million customers\n\nThe bank said more.",
            &[(
                "indirect",
                "hackers stole data of 1.2 million customers",
                "Harbourline Bank",
                "says",
                "reported-speech",
            )],
        );
        assert_no_quotes("Harbourline Bank Says Hackers Stole Customer Data\n\nThe breach was big.");
    }

    #[test]
    fn a_headline_quote_s_cue_reports_the_clause_after_it_too() {
        assert_quotes(
            "“It stopped everything”: scientists say cave microbe could yield antibiotic\n\nA lab found it.",
            &[
                ("direct", "It stopped everything", "scientists", "say", "quote-speaker-cue"),
                ("indirect", "cave microbe could yield antibiotic", "scientists", "say", "reported-speech"),
            ],
        );
    }

    #[test]
    fn a_noun_with_no_article_before_a_verb_opens_a_warned_clause() {
        assert_quotes(
            "Providers warn reform timetable will push up charges\n\nCosts rose.",
            &[("indirect", "reform timetable will push up charges", "Providers", "warn", "reported-speech")],
        );
        assert_quotes(
            "Police warned drivers were at risk.",
            &[("indirect", "drivers were at risk", "Police", "warned", "reported-speech")],
        );
        // Whom a warning goes to is no clause.
        assert_no_quotes("Officials warned investors of losses.");
        assert_no_quotes("Officials warned staff to stay at home.");
    }

    #[test]
    fn an_irregular_past_or_a_scientist_opens_a_reported_clause() {
        assert_quotes(
            "The bank said hackers stole data of 1.2 million customers.",
            &[("indirect", "hackers stole data of 1.2 million customers", "The bank", "said", "reported-speech")],
        );
        assert_quotes(
            "Seismologists said the quake struck at a depth of about 35 kilometers.",
            &[(
                "indirect",
                "the quake struck at a depth of about 35 kilometers",
                "Seismologists",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_title_in_marks_ending_the_clause_keeps_its_closing_mark() {
        assert_quotes(
            "Ms Varga said the ruling rested on a clause of “Section 12”.",
            &[("indirect", "the ruling rested on a clause of “Section 12”", "Ms Varga", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_second_clause_after_quoted_words() {
        assert_quotes(
            "His lawyer, Nadia Ostrowski, said her client was “relieved and grateful” and that the defence would apply for bail.",
            &[
                ("mixed", "relieved and grateful", "Nadia Ostrowski", "said", "reported-mixed"),
                ("indirect", "the defence would apply for bail", "Nadia Ostrowski", "said", "reported-speech"),
            ],
        );
        assert_quotes(
            "The court noted that the jury had twice sent notes, and that the answers “compounded rather than cured” it.",
            &[
                ("indirect", "the jury had twice sent notes", "The court", "noted", "reported-that"),
                ("mixed", "compounded rather than cured", "The court", "noted", "reported-mixed"),
            ],
        );
    }

    #[test]
    fn a_phrase_of_the_writer_after_the_attribution() {
        assert_quotes(
            "The plant will lay off 250 workers this spring, the company confirmed Wednesday, in a blow to the city.",
            &[(
                "indirect",
                "The plant will lay off 250 workers this spring",
                "the company",
                "confirmed",
                "trailing-indirect",
            )],
        );
    }

    #[test]
    fn a_name_after_the_addressee_opens_the_clause() {
        assert_quotes(
            "Prosecutor Ian Marsh told the court Walsh had looked at his phone 14 times.",
            &[(
                "indirect",
                "Walsh had looked at his phone 14 times",
                "Prosecutor Ian Marsh",
                "told",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_possessive_addressee() {
        assert_quotes(
            "Rhodri Pugh told BBC Radio Wales’ Breakfast programme the figures were not good enough.",
            &[("indirect", "the figures were not good enough", "Rhodri Pugh", "told", "reported-speech")],
        );
    }

    #[test]
    fn a_cue_in_ing_after_its_auxiliaries() {
        assert_quotes(
            "Alberta officials are warning that the province could face an early fire season.",
            &[(
                "indirect",
                "the province could face an early fire season",
                "Alberta officials",
                "warning",
                "reported-that",
            )],
        );
    }

    #[test]
    fn subject_with_brackets_before_the_cue() {
        assert_quotes(
            "The Department for Education (DfE) said core school funding would rise.",
            &[(
                "indirect",
                "core school funding would rise",
                "The Department for Education",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn that_after_a_possessive_addressee() {
        assert_quotes(
            "Mark Halford told BBC Radio 4's Today programme last week that schools were better funded.",
            &[("indirect", "schools were better funded", "Mark Halford", "told", "reported-that")],
        );
    }

    #[test]
    fn clause_opening_with_a_bounded_figure() {
        assert_quotes(
            "Officials said at least 62 homes had been destroyed.",
            &[("indirect", "at least 62 homes had been destroyed", "Officials", "said", "reported-speech")],
        );
        assert_quotes(
            "The college said about 40% of patients were waiting.",
            &[("indirect", "about 40% of patients were waiting", "The college", "said", "reported-speech")],
        );
        // A speaker the text names at a sentence start, apposed to a kind of firm.
        assert_quotes(
            "Groupama, France's largest farm insurer, said it had received 300 claims.",
            &[("indirect", "it had received 300 claims", "Groupama", "said", "reported-speech")],
        );
        // A verb in the present after a share of a plural.
        assert_quotes(
            "Linda Tran said about a third of her customers park in front of the shop.",
            &[(
                "indirect",
                "about a third of her customers park in front of the shop",
                "Linda Tran",
                "said",
                "reported-speech",
            )],
        );
        assert_no_quotes("He said about a third of the votes.");
        // A note in brackets inside the subject counts for nothing.
        assert_quotes(
            "The weather service said gusts of up to 45 mph (72 kph) were expected on Tuesday.",
            &[(
                "indirect",
                "gusts of up to 45 mph (72 kph) were expected on Tuesday",
                "The weather service",
                "said",
                "reported-speech",
            )],
        );
        // A setting, not a figure: no clause follows.
        assert_no_quotes("The minister said at a news conference in Paris.");
        assert_no_quotes("The minister said as a result of the strike trains were cancelled.");
    }

    #[test]
    fn participle_cue_reports_for_the_subject() {
        assert_quotes(
            "Competition regulators in Belgium opened an inquiry on Wednesday, saying the deal raised concerns.",
            &[("indirect", "the deal raised concerns", "Competition regulators", "saying", "reported-speech")],
        );
    }

    #[test]
    fn quoted_as_saying() {
        assert_quotes(
            "AP quoted prosecutor Jane Doe as saying the evidence was overwhelming.",
            &[("indirect", "the evidence was overwhelming", "Jane Doe", "quoted", "quoted-as-saying")],
        );
        assert_quotes(
            "AP quoted prosecutor Jane Doe as saying: “The evidence is overwhelming.”",
            &[("direct", "The evidence is overwhelming.", "Jane Doe", "quoted", "quoted-as-saying")],
        );
        assert_quotes(
            "Hours later, Volkov was quoted by the state news agency TASS as saying that Moscow would circulate its own draft.",
            &[("indirect", "Moscow would circulate its own draft", "Volkov", "quoted", "quoted-as-saying")],
        );
        // After an apposition or a relative clause.
        assert_quotes(
            "Tyrol's governor, Johannes Pirchner, was quoted by the APA as saying he was deeply saddened.",
            &[("indirect", "he was deeply saddened", "Johannes Pirchner", "quoted", "quoted-as-saying")],
        );
        assert_quotes(
            "Local MLA Shashikant Bhosale, who attended the launch, was quoted as saying he would ensure it.",
            &[("indirect", "he would ensure it", "Local MLA Shashikant Bhosale", "quoted", "quoted-as-saying")],
        );
        // After a hyphenated role and an apposition, past the phrase that opens the sentence.
        assert_quotes(
            "In a release, co-author Rohan Pillai, a doctoral student, was quoted as saying part of the stream \
             ran through a private estate.",
            &[(
                "indirect",
                "part of the stream ran through a private estate",
                "Rohan Pillai",
                "quoted",
                "quoted-as-saying",
            )],
        );
    }

    #[test]
    fn nouns_in_ly_pronouns_after_according_to_and_acronyms_before_the_cue() {
        assert_quotes(
            "The family said the burial would take place on Saturday.",
            &[("indirect", "the burial would take place on Saturday", "The family", "said", "reported-speech")],
        );
        assert_quotes(
            "According to him, the party had won in five areas.",
            &[("indirect", "the party had won in five areas", "him", "According to", "according-to")],
        );
        assert_quotes(
            "A trial has been suspended, the Land Transport Authority (LTA) said.",
            &[("indirect", "A trial has been suspended", "the Land Transport Authority", "said", "trailing-indirect")],
        );
        // A possessive and a cue's noun in the setting before `that`; a plural possessive
        // inside the speaker's name.
        assert_quotes(
            "Citizens' Ballot Watch, a civil society group, said in its preliminary report that voting was \
             largely peaceful.",
            &[("indirect", "voting was largely peaceful", "Citizens' Ballot Watch", "said", "reported-that")],
        );
    }

    #[test]
    fn speakers_placed_across_a_region_and_the_setting_after_their_clause() {
        assert_quotes(
            "Farmers across central west New South Wales say millions of mice have dug up wheat, as a mouse \
             plague spreads east.",
            &[("indirect", "millions of mice have dug up wheat", "Farmers", "say", "reported-speech")],
        );
        // A role after `as` is no setting; `Stand-in` places nobody.
        assert_quotes(
            "Ruth said she would ride over on his first morning, as a paying passenger, and sit near him.",
            &[(
                "indirect",
                "she would ride over on his first morning, as a paying passenger, and sit near him",
                "Ruth",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Stand-in skipper Sanjay Verma said the team was calm.",
            &[("indirect", "the team was calm", "Sanjay Verma", "said", "reported-speech")],
        );
    }

    #[test]
    fn clauses_that_open_with_a_bound_a_placed_noun_or_a_body() {
        assert_quotes(
            "Raghavan said at least a third of the frog species were unnamed.",
            &[("indirect", "at least a third of the frog species were unnamed", "Raghavan", "said", "reported-speech")],
        );
        assert_quotes(
            "Experts say unplanned road building on steep, unstable slopes has made villages more vulnerable.",
            &[(
                "indirect",
                "unplanned road building on steep, unstable slopes has made villages more vulnerable",
                "Experts",
                "say",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The industry says such systems are still too costly. In a statement, the estate said it would \
             publish the poems.",
            &[
                ("indirect", "such systems are still too costly", "The industry", "says", "reported-speech"),
                ("indirect", "it would publish the poems", "the estate", "said", "reported-speech"),
            ],
        );
        // A title after `from`, its comma inside the marks, is no quote.
        assert_quotes(
            "Pettijohn said the poems were drafts of pieces from “Salt and Iron,” her last collection.",
            &[(
                "indirect",
                "the poems were drafts of pieces from “Salt and Iron,” her last collection",
                "Pettijohn",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_figure_or_a_plural_opens_a_clause_after_a_setting() {
        assert_quotes(
            "They said three two-wheelers and a handcart were set on fire before forces arrived.",
            &[(
                "indirect",
                "three two-wheelers and a handcart were set on fire before forces arrived",
                "They",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Adm. Armando Balagtas told reporters in Manila 157 passengers had been rescued.",
            &[("indirect", "157 passengers had been rescued", "Adm. Armando Balagtas", "told", "reported-speech")],
        );
        assert_quotes(
            "The department said in a statement inspectors had found corrosion on two beams.",
            &[("indirect", "inspectors had found corrosion on two beams", "The department", "said", "reported-speech")],
        );
        // After a place's name, a long subject and its auxiliary.
        assert_quotes(
            "Ms Harkness told reporters in Strahan the first attempt to refloat whales using slings and a boat would be made on Thursday.",
            &[(
                "indirect",
                "the first attempt to refloat whales using slings and a boat would be made on Thursday",
                "Ms Harkness",
                "told",
                "reported-speech",
            )],
        );
        assert_quotes(
            "Graham Whitmore told reporters at Union Station testing had uncovered problems.",
            &[("indirect", "testing had uncovered problems", "Graham Whitmore", "told", "reported-speech")],
        );
        // A chain of settings, then the clause; a bounded figure with a hyphenated word.
        assert_quotes(
            "Quintanar said in a post on Instagram on Monday the restaurant's last service would be on Oct. 26.",
            &[(
                "indirect",
                "the restaurant's last service would be on Oct. 26",
                "Quintanar",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The minister told reporters in the town of Negresti, in Vaslui county, a 40-metre section had collapsed.",
            &[("indirect", "a 40-metre section had collapsed", "The minister", "told", "reported-speech")],
        );
        assert_quotes(
            "Jill Rebholz said at least 40 full-service restaurants in the city had closed.",
            &[(
                "indirect",
                "at least 40 full-service restaurants in the city had closed",
                "Jill Rebholz",
                "said",
                "reported-speech",
            )],
        );
        // A long tail after the thing said in; a writer's `as` after the addressee; a cue
        // closing brackets.
        assert_quotes(
            "Hearings will continue until Nov. 21, the regulator said in a notice posted on its website.",
            &[("indirect", "Hearings will continue until Nov. 21", "the regulator", "said", "trailing-indirect")],
        );
        assert_quotes(
            "The line would create 2,400 jobs, Cordillera Ltd. told the energy regulator on Tuesday, as hearings opened.",
            &[("indirect", "The line would create 2,400 jobs", "Cordillera Ltd.", "told", "trailing-indirect")],
        );
        assert_quotes(
            "Most are colonised (such patients can still pass it to others, the agency said).",
            &[("indirect", "such patients can still pass it to others", "the agency", "said", "trailing-indirect")],
        );
        // A subject a relative clause without commas describes; not an apposition's.
        assert_quotes(
            "Officials who asked not to be named said the talks had stalled.",
            &[("indirect", "the talks had stalled", "Officials", "said", "reported-speech")],
        );
        assert_quotes(
            "A couple from Denver who were camping in the park said they had spent $70 on gas.",
            &[("indirect", "they had spent $70 on gas", "A couple from Denver", "said", "reported-speech")],
        );
        assert_quotes(
            "Voters dealt a blow to retailers who had argued the principality was losing customers.",
            &[("indirect", "the principality was losing customers", "retailers", "argued", "reported-speech")],
        );
        assert_quotes(
            "A mother of three who gave her name only as Leanne said her rent had gone up.",
            &[("indirect", "her rent had gone up", "Leanne", "said", "reported-speech")],
        );
        // Bodies that speak: a consortium, a brewery, a management, rangers.
        assert_quotes(
            "The consortium said its engineers were working with the agency.",
            &[("indirect", "its engineers were working with the agency", "The consortium", "said", "reported-speech")],
        );
        assert_quotes(
            "Rangers have asked people to keep away, warning that a thrash of a tail can break a leg.",
            &[("indirect", "a thrash of a tail can break a leg", "Rangers", "warning", "reported-that")],
        );
        // A year after a month is no figure opening a clause.
        assert_no_quotes("He said in May 2024 prices had risen.");
        // After a thing and its modifier, `that` is a relative pronoun; after a writing or an
        // occasion of speech, a conjunction.
        assert_no_quotes("The union accepted a government offer that its members liked.");
        assert_quotes(
            "He added in a concurring opinion that the zone was a solution in search of a problem.",
            &[("indirect", "the zone was a solution in search of a problem", "He", "added", "reported-that")],
        );
    }

    #[test]
    fn a_clause_after_a_setting_or_a_statement_and_a_figure() {
        assert_quotes(
            "The minister announced on Thursday the commercial quota would fall to 870 tonnes.",
            &[(
                "indirect",
                "the commercial quota would fall to 870 tonnes",
                "The minister",
                "announced",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The office said in a statement more than 11 lakh voters had been added to the rolls.",
            &[(
                "indirect",
                "more than 11 lakh voters had been added to the rolls",
                "The office",
                "said",
                "reported-speech",
            )],
        );
        // A shout with `that` is reported; fishers speak, however their phrase opens.
        assert_quotes(
            "One resident shouted from the back of the room that the vote had been rigged.",
            &[("indirect", "the vote had been rigged", "One resident", "shouted", "reported-that")],
        );
        assert_quotes(
            "Southern zone rock lobster fishers say some boats will not survive the season.",
            &[(
                "indirect",
                "some boats will not survive the season",
                "zone rock lobster fishers",
                "say",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn in_a_statement_the_company_said() {
        assert_quotes(
            "In a statement, the company said it would appeal the ruling.",
            &[("indirect", "it would appeal the ruling", "the company", "said", "reported-speech")],
        );
    }

    #[test]
    fn trailing_and_parenthetical_attribution() {
        assert_quotes(
            "The boats will arrive next year, Varga said.",
            &[("indirect", "The boats will arrive next year", "Varga", "said", "trailing-indirect")],
        );
        assert_quotes(
            "The talks will resume in May, said a spokesman.",
            &[("indirect", "The talks will resume in May", "a spokesman", "said", "trailing-indirect")],
        );
        assert_quotes(
            "The talks will resume in May, said Tom Hardy, an analyst at Peel Hunt.",
            &[("indirect", "The talks will resume in May", "Tom Hardy", "said", "trailing-indirect")],
        );
        assert_quotes(
            "Shares fell 3% in early trading, said Tom Hardy, an analyst at Peel Hunt, who added that investors had expected deeper cuts.",
            &[
                ("indirect", "Shares fell 3% in early trading", "Tom Hardy", "said", "trailing-indirect"),
                ("indirect", "investors had expected deeper cuts", "Tom Hardy", "added", "reported-that"),
            ],
        );
        assert_quotes(
            "Most sales came from a few customers, the company said, a concentration that worries investors.",
            &[("indirect", "Most sales came from a few customers", "the company", "said", "trailing-indirect")],
        );
        assert_quotes(
            "China will keep its growth target at around 5%, Premier Li Qiang said on Tuesday, as he vowed to step up support.",
            &[("indirect", "China will keep its growth target at around 5%", "Premier Li Qiang", "said", "trailing-indirect")],
        );
        // A day named without `on`, before the end, a comma or the clause.
        assert_quotes(
            "Reefs have suffered bleaching since 2023, the agency said Monday, in what it called a record.",
            &[("indirect", "Reefs have suffered bleaching since 2023", "the agency", "said", "trailing-indirect")],
        );
        assert_quotes(
            "In a statement, the agency said Monday it would appeal.",
            &[("indirect", "it would appeal", "the agency", "said", "reported-speech")],
        );
        assert_quotes(
            "In a statement, the agency said on Monday it would appeal.",
            &[("indirect", "it would appeal", "the agency", "said", "reported-speech")],
        );
        assert_quotes(
            "The answer, she says, was that the engineers kept writing.",
            &[(
                "indirect",
                "The answer, she says, was that the engineers kept writing",
                "she",
                "says",
                "parenthetical-indirect",
            )],
        );
    }

    #[test]
    fn two_verbs_split_the_clauses() {
        assert_quotes(
            "A spokeswoman for the union said the workers had not been consulted and warned that jobs would go.",
            &[
                (
                    "indirect",
                    "the workers had not been consulted",
                    "A spokeswoman for the union",
                    "said",
                    "reported-speech",
                ),
                ("indirect", "jobs would go", "A spokeswoman for the union", "warned", "reported-that"),
            ],
        );
        assert_quotes(
            "“We will win,” she said, adding that the team was ready.",
            &[
                ("direct", "We will win", "she", "said", "quote-speaker-cue"),
                ("indirect", "the team was ready", "she", "adding", "reported-that"),
            ],
        );
    }

    #[test]
    fn clauses_joined_by_and_that_or_but_that_are_one_reported_clause() {
        assert_quotes(
            "The union said the pay offer was unfair but that it wanted more talks.",
            &[(
                "indirect",
                "the pay offer was unfair but that it wanted more talks",
                "The union",
                "said",
                "reported-speech",
            )],
        );
        // The `that` after a conjunction is no clause of a verb with an object before it.
        assert_quotes(
            "RecFish SA said it accepted the change but that it wanted more compliance officers.",
            &[(
                "indirect",
                "it accepted the change but that it wanted more compliance officers",
                "RecFish SA",
                "said",
                "reported-speech",
            )],
        );
    }

    #[test]
    fn a_clause_before_a_participle_cue_or_a_free_relative_of_naming_is_reported() {
        assert_quotes(
            "It said state regulators should publish their own reports, adding that miners deserved “more than luck.”",
            &[
                ("indirect", "state regulators should publish their own reports", "It", "said", "reported-speech"),
                ("mixed", "more than luck", "It", "said", "reported-mixed"),
            ],
        );
        assert_quotes(
            "She said neighbors had never opposed growth, only to what she called \"growth that ignores us.\"",
            &[
                ("indirect", "neighbors had never opposed growth", "She", "said", "reported-speech"),
                ("partial", "growth that ignores us", "she", "called", "described-as"),
            ],
        );
    }

    #[test]
    fn reported_speech_carrying_quoted_words_is_mixed() {
        assert_quotes(
            "He noted that contrary to reports, “we are not that strong yet”.",
            &[("mixed", "we are not that strong yet", "He", "noted", "reported-mixed")],
        );
        assert_quotes(
            "Harold Quimby told reporters the industry was “watching closely” because of the delays.",
            &[("mixed", "watching closely", "Harold Quimby", "told", "reported-mixed")],
        );
    }

    #[test]
    fn not_reported_speech() {
        assert_no_quotes("The move added pressure on the bank.");
        assert_no_quotes("Leonard Dominguez claimed the Belfast Grand Prix on Thursday, a 15th title of the season.");
        assert_no_quotes("He said goodbye. She was told to leave. That said, it rained.");
        assert_no_quotes("The report noted the decline in sales.");
        assert_no_quotes("Officials said.");
    }

    #[test]
    fn a_cue_inside_a_quote_reports_nothing() {
        assert_quotes(
            "“I told them that we would win,” she said.",
            &[("direct", "I told them that we would win", "she", "said", "quote-speaker-cue")],
        );
    }
}
