//! Attribution of quoted pieces: who says the words in quote marks, by which cue, and by
//! which pattern.
//!
//! Local patterns look at the words right around a piece ([`local`]):
//!
//! | rule | pattern |
//! |---|---|
//! | `quote-speaker-cue` | `“…,” she said.` · `“…,” Jane Doe, 46, told Reuters.` |
//! | `quote-cue-speaker` | `“…,” said Jane Doe, chief executive of Acme.` · `“…,” according to Doe.` |
//! | `dash-attribution` | `“…” — Commissioner Jane Doe` |
//! | `colon-introduced` | `Doe said: “…”` · `As he put it: “…”` · `…, stating bluntly: “…”` |
//! | `dash-introduced` | `Doe had a simple explanation — “We turned up to win.”` (a whole sentence) |
//! | `cue-comma` | `She added, “…”` · `According to Doe, “…”` |
//! | `cue-quote` | `He said “…”` · `She said that “…”` · `writing in a blog post “…”` |
//! | `colon-paragraph` | a paragraph ending `…, she recalled:` and a quote filling the next |
//! | `quoted-as-saying` | `AP quoted prosecutor Jane Doe as saying: “…”` |
//!
//! Pieces without a local pattern then borrow one ([`propagate`]): the other pieces of a
//! quote running over several paragraphs (`multi-paragraph`), the other pieces of the
//! paragraph (`“…,” he added. “…”`: `continuation`), the speaker of the sentence before
//! (`previous-speaker`, which also carries a speaker through a paragraph of quotes after
//! their first quote), or a sentence before that names a person as its subject
//! (`after-naming-sentence`). Fragments (`partial`) need a cue of their own: `called the plan
//! “reckless”` (`described-as`), `vowed to “fight on”` (`speech-act`), `a decision she said
//! had “…”` (`relative-cue`), a list introduced by
//! `Ren highlighted …:` (`colon-list`), a sentence opening with a person's view (`For
//! Duarte, …`: `framed-view`), a name apposed to `a self-described “…”` (`self-described`),
//! or the attributed fragment they are joined to (`“dangerous”
//! and “ideological”`). A whole utterance nobody can be found to say stays a quote with no
//! speaker (`unattributed`) unless it is short (a sign, a slogan: `A sign reads: “Mind the
//! step”`).
//! Every walk is bounded, so the stage stays linear in the text.

use crate::document::ParagraphKind;
use crate::entities::lexicons::Role;
use crate::entities::{EntityType, Mention, MentionKind};
use crate::quotes::cues::CueClass;
use crate::quotes::marks::{Ending, Piece};
use crate::quotes::phrases::{is_speaker_word, ClosedClass, Phrase, PhraseKind, ATTACHING, PARTICIPLE_PREPOSITIONS};
use crate::quotes::reported::{AUXILIARIES, DAYS};
use crate::quotes::{Attribution, Stage};
use crate::span::Span;

/// Prepositions opening a short phrase between a cue and its quote.
const PHRASE_OPENERS: ClosedClass = ClosedClass::new(&["in", "on", "at", "to", "during", "via", "from", "after"]);
/// Adverbs that open a sentence before its comma and are no part of its subject
/// (`However, Anil Kuruvilla, MLA of …, alleged`).
const SENTENCE_ADVERBS: ClosedClass = ClosedClass::new(&[
    "however",
    "meanwhile",
    "still",
    "instead",
    "nevertheless",
    "nonetheless",
    "moreover",
    "indeed",
    "yet",
    "also",
    "later",
    "now",
    "elsewhere",
    "overall",
    "furthermore",
    "likewise",
    "separately",
    "additionally",
    "similarly",
    "finally",
    "ultimately",
    "previously",
    "recently",
    "eventually",
    "initially",
    "subsequently",
    "consequently",
    "accordingly",
    "notably",
    "privately",
    "publicly",
    "otherwise",
]);

/// Prepositions that open a phrase of place or circumstance after a speaker's head, before
/// the cue (`Kite sellers at Mochi Gate said`, `Parents waiting outside a school said`).
const MODIFYING: ClosedClass = ClosedClass::new(&[
    "at", "in", "on", "outside", "inside", "near", "by", "from", "along", "around", "across", "beside", "behind",
]);

/// Past participles not in -ed that modify a speaker before the cue (`A letter seen by Sky
/// News says`).
const IRREGULAR_PARTICIPLES: ClosedClass = ClosedClass::new(&[
    "seen", "sent", "held", "made", "given", "taken", "written", "known", "led", "run", "told", "shown", "kept",
    "left", "caught", "brought", "hit", "built", "stuck", "struck", "hurt", "shot", "born", "driven", "bitten", "paid",
]);

/// Words opening a short clause between a cue and the rest of a split quote (`said when
/// asked about his future, “…`).
const CLAUSE_LINKS: ClosedClass = ClosedClass::new(&["when", "while", "as", "before", "with"]);

/// How far (in tokens) an attribution may sit from its quote.
const REACH: usize = 14;

/// What is known about one piece before it becomes a quote.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PieceInfo {
    /// Whether the piece is a whole utterance (a sentence or more in marks, or introduced
    /// by a colon) rather than a fragment of the writer's sentence.
    pub whole: bool,
    /// Whether the piece is a name, a title or a word mentioned as a word.
    pub blocked: bool,
    /// Whether the attribution found makes it reported speech with quoted words (`mixed`).
    pub mixed: bool,
    /// Whether it is a fragment attributed through a describing cue or a list (`partial`).
    pub partial: bool,
    /// Who says it, and by which pattern.
    pub attribution: Option<Attribution>,
}

impl Stage<'_> {
    /// The sentence index of byte `offset` (the nearest one before it when it falls
    /// between sentences).
    pub(crate) fn sentence_of(&self, offset: usize) -> usize {
        self.doc.sentence_at(offset).unwrap_or_else(|| {
            self.doc
                .sentences()
                .partition_point(|s| s.span.end <= offset)
                .min(self.doc.sentences().len().saturating_sub(1))
        })
    }

    /// The token range `[first, end)` of sentence `s`.
    pub(crate) fn sentence_tokens(&self, s: usize) -> (usize, usize) {
        let r = &self.doc.sentences()[s].tokens;
        (r.start, r.end)
    }

    /// The token range `[first, end)` of paragraph `p`.
    pub(crate) fn paragraph_tokens(&self, p: usize) -> (usize, usize) {
        self.paragraph_tokens[p]
    }

    /// The indices of the cues whose first token lies in `[from, to)`.
    pub(crate) fn cues_between(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        if from >= to {
            return 0..0;
        }
        let start = self.words.tokens.get(from).map_or(usize::MAX, |t| t.span.start);
        let end = self.words.tokens.get(to - 1).map_or(usize::MAX, |t| t.span.end);
        let a = self.cues.partition_point(|c| c.span.start < start);
        let b = self.cues.partition_point(|c| c.span.start < end);
        a..b.max(a)
    }

    /// The first token of cue `c` and one past its last.
    pub(crate) fn cue_tokens(&self, c: usize) -> (usize, usize) {
        (self.cues[c].first_token, self.cues[c].end_token)
    }

    /// Who speaks through cue `c`, looking no further back than token `floor`: the phrase
    /// before it (`she said`, `Jane Doe, 46, said`), after it (`said Jane Doe`, `according
    /// to Doe`), or for a participle or a coordinated verb (`…, stating bluntly`, `… and
    /// warned`) the speaker of the clause it hangs on.
    pub(crate) fn speaker_for_cue(&self, c: usize, floor: usize, depth: usize) -> Option<Phrase> {
        let w = &self.words;
        let (first, end) = self.cue_tokens(c);
        let cue = self.cues[c];
        let (s_first, s_end) = self.sentence_tokens(cue.sentence);
        let floor = floor.max(s_first);
        let limit = s_end.min(end + REACH);
        if matches!(cue.class, CueClass::According) {
            return self.source_after(end, limit);
        }
        if first <= floor {
            return self.speaker_after(end, limit).filter(|p| p.kind != PhraseKind::Pronoun || cue.participle);
        }
        let mut last = w.skip_adverbs_back(first - 1, floor);
        // `Eleven novelists, …, on Wednesday accused`: the day is no subject.
        if last >= floor + 2 && w.in_set(last, &DAYS) && w.is(last - 1, "on") {
            last = w.skip_adverbs_back(last - 2, floor);
        } else if last >= floor + 3
            && w.is_any(last, &["morning", "afternoon", "evening", "night"])
            && w.in_set(last - 1, &DAYS)
            && w.is(last - 2, "on")
        {
            // `Fishermen at the harbour on Wednesday morning said`.
            last = w.skip_adverbs_back(last - 3, floor);
        }
        // `Officials are warning that …`, `She has been saying …`: the auxiliaries of a
        // cue in -ing stand between it and its subject.
        if cue.participle {
            for _ in 0..3 {
                if last > floor && w.is_any(last, &["is", "are", "was", "were", "been", "be", "has", "have", "had"]) {
                    last = w.skip_adverbs_back(last - 1, floor);
                }
            }
        }
        // `The Department for Education (DfE) said`, `Sen. Jane Doe (D-Ore.) said`: the words
        // in brackets right before the cue name or place the subject before them.
        if w.punct(last, ")") {
            let open = (last.saturating_sub(8).max(floor)..last).rev().find(|&t| w.punct(t, "("));
            if let Some(open) = open.filter(|&o| o > floor && w.is_word(o - 1)) {
                last = open - 1;
            }
        }
        // `Devocht, who had told Montalvo …`: the relative pronoun's antecedent speaks.
        if w.is_any(last, &["who", "which"]) && last >= floor + 2 && w.punct(last - 1, ",") {
            let p = w.phrase_before(last - 2, floor)?;
            // `Tom Hardy, an analyst at Peel Hunt, who added`: the name the description is
            // in apposition to.
            return Some(self.name_apposed_to(&p, floor).unwrap_or(p));
        }
        // `retailers who had argued`: a relative pronoun without a comma, right before the
        // cue and its auxiliaries; its antecedent speaks.
        let mut bare = last;
        while bare > floor + 1 && w.in_set(bare, &AUXILIARIES) {
            bare -= 1;
        }
        if w.is(bare, "who") && bare > floor && !w.punct(bare - 1, ",") {
            return w.phrase_before(bare - 1, floor).filter(|p| p.trusted);
        }
        // `Officials who asked not to be named said`, `A couple from Denver who were camping in
        // the park said`: the subject a relative clause between it and the cue describes.
        if let Some(p) = self.subject_before_relative(last, floor) {
            return Some(p);
        }
        if let Some(p) = self.subject_before_places(last, floor) {
            return Some(p);
        }
        // `…, adding`, `… and said`, `… before answering`: the cue hangs on a clause.
        let hangs = (w.punct(last, ",") || w.is_any(last, &["before", "after", "while", "without", "since", "upon"]))
            && cue.participle
            || w.is_any(last, &["and", "but", "or"]);
        if hangs {
            // The speaker of the clause the cue hangs on: the cue before it, or the subject.
            if depth > 0 {
                let earlier = self.cues_between(floor, first);
                if let Some(prev) =
                    // (Not a finding the clause reports: `said her survey found that …, and
                    // called`.)
                    earlier.rev().find(|&k| {
                        !self.cues[k].participle
                            && !matches!(self.cues[k].class, CueClass::According | CueClass::Finding)
                    })
                {
                    if let Some(p) = self.speaker_for_cue(prev, floor, depth - 1) {
                        return Some(p);
                    }
                }
            }
            // `The Irish ambassador to Britain, Niamh Corrigan, paid tribute, saying`: the name
            // apposed to the subject.
            let p = w.clause_subject(floor, first)?;
            let comma = (p.end..first.min(p.end + 5)).find(|&t| !w.is_word(t)).filter(|&t| w.punct(t, ","));
            if let Some(comma) = comma.filter(|&k| p.kind != PhraseKind::Name && k + 1 < first) {
                let name = w.phrase_after(comma + 1, first).filter(|n| n.kind == PhraseKind::Name);
                if let Some(n) = name.filter(|n| n.end < first && w.punct(n.end, ",")) {
                    return Some(n);
                }
            }
            return Some(p);
        }
        if w.punct(last, ",") {
            // `Jane Doe, chief executive of Acme, said`: the segments between commas, back to
            // the clause start; a name among them wins, else the first.
            return self.appositive_subject(floor.max(first.saturating_sub(40)), last);
        }
        // `Miriam Adebayo, author of “The Speech Wars,” said …`: a short title quoted
        // inside an apposition, its comma inside the marks, is no quote before the cue.
        if w.punct(last, "”\"") && last >= 2 && w.punct(last - 1, ",") {
            let open = (last.saturating_sub(10).max(floor + 1)..last - 1).rev().find(|&o| w.punct(o, "“\""));
            if let Some(o) = open.filter(|&o| w.is_word(o - 1) && w.lowercase(o - 1)) {
                let from = floor.max(first.saturating_sub(40));
                if (from..o).any(|k| w.punct(k, ",")) {
                    return self.appositive_subject(from, o);
                }
            }
        }
        if w.punct(last, "“\"”:;—–(") || w.terminal(last) {
            return self.speaker_after(end, limit).filter(|p| p.kind != PhraseKind::Pronoun);
        }
        if let Some(p) = w.phrase_before(last, floor) {
            let p = self.modified_subject(&p, floor).unwrap_or(p);
            return Some(self.whole_name(p, floor));
        }
        // `said Doe:`, inverted.
        self.speaker_after(end, limit).filter(|p| p.kind == PhraseKind::Name)
    }

    /// The subject that phrases of place and participles modify, before phrase `p` right
    /// before the cue: `Kite sellers` in `Kite sellers at Mochi Gate said`, `Several residents`
    /// in `Several residents interviewed by the Inquirer at the town plaza said`, `Parents` in
    /// `Parents waiting outside a primary school in Bethelsdorp said`. A description that
    /// names a speaker (not a name, which the phrases may well hold), within a few hops.
    fn modified_subject(&self, p: &Phrase, floor: usize) -> Option<Phrase> {
        let w = &self.words;
        let speaker = |q: Phrase| (q.trusted && !matches!(q.kind, PhraseKind::Name | PhraseKind::Pronoun)).then_some(q);
        let participle = |k: usize| {
            let t = w.text(k);
            let regular = t.len() > 4 && (t.ends_with("ing") || t.ends_with("ed"));
            w.lowercase(k) && (regular || w.in_set(k, &IRREGULAR_PARTICIPLES)) && !w.in_set(k, &PARTICIPLE_PREPOSITIONS)
        };
        let mut first = p.first;
        for _ in 0..6 {
            if first < floor + 2 {
                return None;
            }
            let mut k = first - 1;
            // `in Christiana and nearby Sedburgh`: names joined, and a word of nearness.
            if w.is_any(k, &["nearby", "neighbouring", "neighboring"]) {
                first = k;
                continue;
            }
            // (Names only: `customers rallying behind the owner and county health officials
            // insisting` joins two subjects.)
            if w.is_any(k, &["and", "or"]) && p.kind == PhraseKind::Name {
                // (`Farmers in Christiana`, read from its end, is the speaker already.)
                let q = w.phrase_before(k - 1, floor).filter(|q| q.end == k)?;
                // `Founder and Chief Executive Officer Daniel Voss said`: a role joined to the
                // titles before a name is the name's, no second subject.
                let lex = &*crate::entities::lexicons::LEXICONS;
                if q.first + 1 == k && lex.is_title_word(w.text(q.first)) && lex.is_title_word(w.text(p.first)) {
                    return None;
                }
                if let Some(s) = speaker(q) {
                    return Some(Phrase { end: p.end, ..s });
                }
                first = (q.kind == PhraseKind::Name).then_some(q.first)?;
                continue;
            }
            if w.in_set(k, &MODIFYING) {
                k -= 1;
            } else if !participle(k) {
                return None;
            }
            if participle(k) {
                return w.phrase_before(k.checked_sub(1)?, floor).filter(|q| q.end == k).and_then(speaker);
            }
            let q = w.phrase_before(k, floor)?;
            if q.end != k + 1 {
                return None;
            }
            if let Some(s) = speaker(q) {
                return Some(Phrase { end: p.end, ..s });
            }
            first = q.first;
        }
        None
    }

    /// The subject before a relative clause without commas that ends at token `last`, right
    /// before a cue (`Officials who asked not to be named said`): the trusted phrase before
    /// `who`, past a place it comes from (`a couple from Denver who were camping …`).
    fn subject_before_relative(&self, last: usize, floor: usize) -> Option<Phrase> {
        let w = &self.words;
        // The clause runs up to the cue, and no comma sets it off (`Jane Doe, a teacher who
        // got a letter, said` is an apposition's).
        if !w.is_word(last) {
            return None;
        }
        // `that` is a relative pronoun after a description and before a verb (`the family
        // that owns it says`), not after a cue (`said that officials say`).
        let relative_that = |t: usize| {
            let verb = w.lowercase(t + 1) && (w.text(t + 1).ends_with('s') || w.text(t + 1).ends_with("ed"));
            verb && !self.reporting_cue_at(t - 1)
                && w.phrase_before(t - 1, floor).is_some_and(|p| {
                    p.end == t && p.trusted && matches!(p.kind, PhraseKind::Definite | PhraseKind::Indefinite)
                })
        };
        // (`An Offaly man who has cut turf on the same bog for more than 50 years has said`,
        // `A donkey man whose family has given rides for 94 years says`.)
        let who = (last.saturating_sub(16).max(floor + 1)..last)
            .rev()
            .take_while(|&t| w.is_word_or_number(t) || w.punct(t, "-'’"))
            .find(|&t| w.is_any(t, &["who", "whose"]) || w.is(t, "that") && relative_that(t))?;
        if w.punct(who - 1, ",") {
            return None;
        }
        // Not when the clause ends in a speaker of its own (`a mother of three who gave her
        // name only as Leanne said`), but when it ends in the object of a preposition (`Haryana
        // supporters who had travelled by bus from Sonipat and Jhajjar said`) or of the
        // relative's verb (`Officials who briefed reporters said`).
        let object = |p: &Phrase| {
            p.first <= who + 2
                || p.first > who + 1
                    && w.is_any(p.first - 1, &["from", "to", "in", "at", "on", "by", "with", "for", "into", "and"])
        };
        if w.phrase_before(last, floor).is_some_and(|p| p.trusted && !object(&p)) {
            return None;
        }
        let mut p = w.phrase_before(who - 1, floor)?;
        if p.first >= floor + 2 && w.is_any(p.first - 1, &["from", "in", "at", "near", "of"]) {
            if let Some(outer) = w.phrase_before(p.first - 2, floor).filter(|o| o.trusted && o.kind != PhraseKind::Name)
            {
                p = outer;
            }
        }
        // `Mrs Rael Jepkosgei, a mother of five who farms … and said`: the name the
        // description is apposed to.
        if let Some(name) = self.name_apposed_to(&p, floor) {
            return Some(name);
        }
        p.trusted.then_some(p)
    }

    /// The subject before a list of places that ends at token `last`, right before a cue
    /// (`Parents interviewed in Kisumu, Nakuru and Nairobi said`): the trusted phrase before
    /// the preposition, not the last place.
    fn subject_before_places(&self, last: usize, floor: usize) -> Option<Phrase> {
        let w = &self.words;
        let place = w.phrase_before(last, floor).filter(|p| p.kind == PhraseKind::Name)?;
        // Not a person (`Speaking at a school in Derby, Ms Ainsworth said`).
        let person = self.entities.mention_at(w.tokens[place.first].span.start).or_else(|| {
            // (A title before the name: `Ms Ainsworth`.)
            (place.first + 1 < place.end)
                .then(|| self.entities.mention_at(w.tokens[place.first + 1].span.start))
                .flatten()
        });
        if person.is_some_and(|m| self.entities.entities[m.entity].kind == EntityType::Person) {
            return None;
        }
        // Back over `A , B and` to the preposition; a comma makes it a list.
        let mut k = place.first;
        let mut commas = 0;
        while k > floor + 1 && commas < 6 {
            let sep = k - 1;
            if !(w.punct(sep, ",") || w.is(sep, "and")) {
                break;
            }
            commas += usize::from(w.punct(sep, ","));
            // The item before: a run of capitalised words.
            let mut first = sep;
            while first > floor + 1 && w.capitalized(first - 1) && sep - first < 4 {
                first -= 1;
            }
            if first == sep {
                return None;
            }
            k = first;
        }
        if commas == 0 || k < floor + 2 || !w.is_any(k - 1, &["in", "from", "across", "near", "at"]) {
            return None;
        }
        // A participle between the subject and the preposition (`Parents interviewed in`).
        let mut before = k - 2;
        if before > floor && w.lowercase(before) && w.text(before).ends_with("ed") {
            before -= 1;
        }
        w.phrase_before(before, floor).filter(|p| p.trusted && p.kind != PhraseKind::Name)
    }

    /// The name a description `p` is apposed to, before its comma and after `floor`: `Tom
    /// Hardy` in `Tom Hardy, an analyst at Peel Hunt,`, past an age (`Nathalie Giraud, 58, a
    /// nurse`).
    fn name_apposed_to(&self, p: &Phrase, floor: usize) -> Option<Phrase> {
        let w = &self.words;
        if p.kind == PhraseKind::Name || p.first < floor + 2 || !w.punct(p.first - 1, ",") {
            return None;
        }
        let mut before = p.first - 2;
        if before >= floor + 2
            && w.tokens[before].kind == crate::document::TokenKind::Number
            && w.punct(before - 1, ",")
        {
            before -= 2;
        }
        w.phrase_before(before, floor).filter(|n| n.kind == PhraseKind::Name)
    }

    /// The source after `according to`, from token `from`: a speaker phrase, or the object
    /// pronoun of one named before (`according to him`).
    pub(crate) fn source_after(&self, from: usize, limit: usize) -> Option<Phrase> {
        let w = &self.words;
        if from < limit && w.is_any(from, &["him", "her", "them", "us", "me"]) {
            return Some(w.pronoun_phrase(from));
        }
        self.speaker_after(from, limit)
    }

    /// The speaker phrase starting at token `from`, before `limit`, after a cue (`said Jane
    /// Doe`, `according to a spokesman`), with a person named after a bare role and its
    /// attachment taken for the speaker ([`Stage::person_after_role`]).
    pub(crate) fn speaker_after(&self, from: usize, limit: usize) -> Option<Phrase> {
        let p = self.words.phrase_after(from, limit).map(|p| self.person_after_role(p, limit))?;
        // `according to the California Department of Forestry and Fire Protection`: a name
        // the entity stage found runs on past the words' `of`.
        let w = &self.words;
        let last = p.end.checked_sub(1)?;
        let longer = self
            .entities
            .mention_at(w.tokens[last].span.start)
            .filter(|m| m.kind == MentionKind::Name && m.span.end > p.span.end && m.span.start >= p.span.start);
        Some(match longer {
            Some(m) => {
                let end = w.at_or_after(m.span.end);
                if end <= limit {
                    Phrase { span: Span::new(p.span.start, m.span.end), end, head: end - 1, ..p }
                } else {
                    p
                }
            }
            None => p,
        })
    }

    /// `Transport for London said`, `Ministry of Defence said`: a phrase before the cue
    /// that starts inside a name the entity stage found (the words alone stop at `for`) takes
    /// in the whole name, and one that is exactly a name (not a capitalised noun opening the
    /// sentence) is that name. Not back past token `floor`.
    fn whole_name(&self, p: Phrase, floor: usize) -> Phrase {
        let w = &self.words;
        let start = w.tokens[p.first].span.start;
        // `the Centers for Disease Control and Prevention`: the name after the article.
        let article = w.is(p.first, "the") && p.first + 1 < p.end;
        let found = self
            .entities
            .mention_at(start)
            .or_else(|| article.then(|| self.entities.mention_at(w.tokens[p.first + 1].span.start)).flatten());
        let Some(m) = found else { return p };
        if article
            && m.span.start == w.tokens[p.first + 1].span.start
            && m.span.end == p.span.end
            && m.kind == MentionKind::Name
        {
            return Phrase { kind: PhraseKind::Name, trusted: true, ..p };
        }
        if m.kind != MentionKind::Name || m.span.end > p.span.end {
            return p;
        }
        let exact = m.span.end == p.span.end;
        let kind = if exact && p.kind == PhraseKind::Indefinite { PhraseKind::Name } else { p.kind };
        let trusted = p.trusted || kind == PhraseKind::Name;
        let mut first = w.at_or_after(m.span.start);
        if m.span.start < start && first >= floor {
            // `the Centers for Disease Control and Prevention said`: with its article.
            if first > floor && w.is(first - 1, "the") {
                first -= 1;
            }
            let span = Span::new(w.tokens[first].span.start, p.span.end);
            Phrase { span, first, kind, trusted, ..p }
        } else if m.span.start == start {
            Phrase { kind, trusted, ..p }
        } else {
            p
        }
    }

    /// `said head of trading at Acme Jane Doe`, `said deputy speaker of parliament Jane
    /// Doe`: a role without an article, an attached phrase, then the person's name ending the
    /// clause. The words alone cannot tell where the organisation ends and the name begins;
    /// the entity stage's person mention does. Any other phrase is returned as it is.
    fn person_after_role(&self, p: Phrase, limit: usize) -> Phrase {
        let w = &self.words;
        if p.kind != PhraseKind::Indefinite || !w.lowercase(p.first) || w.determiner(p.first).is_some() {
            return p;
        }
        let limit = limit.min(w.tokens.len()).min(p.first + 20);
        let end = (p.first..limit)
            .find(|&t| w.terminal(t) || (!w.is_word_or_number(t) && w.punct(t, ",;:()—–“”\"‘’")))
            .unwrap_or(limit);
        if end <= p.first + 2 {
            return p;
        }
        let last = w.tokens[end - 1].span;
        let Some(m) = self.entities.mention_at(last.start) else { return p };
        let is_person = self.entities.entities.get(m.entity).is_some_and(|e| e.kind == EntityType::Person);
        if !is_person || m.span.end != last.end || m.span.start <= w.tokens[p.first].span.start {
            return p;
        }
        let mut first = w.at_or_after(m.span.start);
        // `at Tamber Wealth Meera Ricci` may come as one mention: the name starts at its first
        // first name (`Meera`) when the mention does not start with one.
        let names = &crate::entities::lexicons::LEXICONS.first_names;
        if !names.contains_key(w.text(first)) {
            if let Some(k) = (first + 1..end - 1).find(|&k| w.capitalized(k) && names.contains_key(w.text(k))) {
                first = k;
            }
        }
        // A lone surname after other capitalised words (`Halcyon Batteries Jun Kingsley`,
        // `Orrin Brothers Seo-yeon Petrov`, of which only the surname was found) is not told
        // apart from them; after a plain lower-case word (`of parliament Doe`) it is.
        let plain = |k: usize| w.lowercase(k) && !(k > 0 && w.touching(k - 1));
        if first + 1 == end && !plain(first - 1) {
            return p;
        }
        let first = w.with_title(first);
        // Only role words and an attachment come before the name (not a clause).
        if first <= p.first + 1 || !(p.first..first).all(|t| w.is_word(t) || w.punct(t, ".-‐&’'")) {
            return p;
        }
        Phrase {
            span: Span::new(w.tokens[first].span.start, last.end),
            kind: PhraseKind::Name,
            trusted: true,
            head: end - 1,
            first,
            end,
        }
    }

    /// The subject among comma-separated segments `[from, comma)` before a cue: a name wins,
    /// else the segment at the clause start.
    pub(crate) fn appositive_subject(&self, from: usize, comma: usize) -> Option<Phrase> {
        let w = &self.words;
        // A noun for a person: a speaker's (`spokesman`) or a title (`colonel`).
        let person_noun = |t: usize| w.speaker_noun(t) || crate::entities::lexicons::LEXICONS.is_title_word(w.text(t));
        // Segment starts: after each comma in range (and the clause start).
        let mut starts = vec![from];
        starts.extend((from..comma).filter(|&k| w.punct(k, ",")).map(|k| k + 1));
        let mut first = None;
        // The first segment after the phrases that open the sentence (`In a statement, the
        // regulator, which …, said`).
        let mut lead = 0;
        for (n, &a) in starts.iter().enumerate() {
            let b = starts.get(n + 1).map_or(comma, |&s| s - 1);
            // `in “The Glass House,” Tobias Hart,`: a closing mark after a title's comma.
            let a = if a < b && w.punct(a, "”’\"") { a + 1 } else { a };
            // `But Giles Penhallow, the backbencher who …, said`: a conjunction opening the
            // sentence is no part of its subject.
            let a = if n == 0 && a + 1 < b && w.is_any(a, &["but", "and", "yet"]) { a + 1 } else { a };
            if a >= b {
                continue;
            }
            // `Speaking with our correspondent, a trader, …`, `Asked about the delay, …`: a
            // participle's phrase opening the sentence is no subject either.
            let participle = |t: usize| {
                let word = w.text(t);
                w.capitalized(t)
                    && (word.len() > 5 && word.ends_with("ing")
                        || w.is_any(t, &["asked", "questioned", "pressed", "contacted", "reached", "interviewed"]))
                    && t + 1 < b
                    && w.lowercase(t + 1)
            };
            // Nor a sentence adverb alone before its comma (`However, Anil Kuruvilla, MLA of
            // …, alleged`, `Separately, …`).
            let adverb = b == a + 1 && w.in_set(a, &SENTENCE_ADVERBS);
            if n == lead
                && n + 1 < starts.len()
                && (w.is_any(a, &["in", "on", "at", "after", "during", "earlier"]) || participle(a) || adverb)
            {
                lead = n + 1;
                continue;
            }
            // `Eleven novelists, including Marcus Delaney,`: one of the subject's members is
            // not the subject.
            if n > 0 && w.is_any(a, &["including", "among", "like"]) {
                continue;
            }
            // `Former Scotland scrum-half Niall Baxter, speaking on …, said`, `Students’ union
            // president Callum Reid, 21,`: a hyphenated role or an owner's mark cuts the phrase
            // short of the name that ends the segment.
            let cut_name = || {
                let m = self.entities.mention_at(w.tokens[b - 1].span.start)?;
                let person = self.entities.entities.get(m.entity).is_some_and(|e| e.kind == EntityType::Person);
                let first = w.at_or_after(m.span.start);
                let cut = (a..first).any(|t| w.punct(t, "-’'") || w.possessive(t));
                let name = w.phrase_after(first, b).filter(|q| q.kind == PhraseKind::Name && q.end == b);
                name.filter(|_| person && cut && first > a && m.span.end == w.tokens[b - 1].span.end)
            };
            let Some(mut p) =
                w.phrase_after(a, b).filter(|p| p.end == b).or_else(cut_name).or_else(|| w.phrase_after(a, b))
            else {
                continue;
            };
            // `The EU delegation in the capital, Brevna, said`: a name apposed to a place's
            // noun is that place (not after an opening phrase: `At the health centre, Ms
            // Rehema Akullo, 27, said`).
            if n > lead && p.kind == PhraseKind::Name && p.end == b && a >= 2 && self.has_role(a - 2, Role::PlaceNoun) {
                continue;
            }
            // `A farmer from Austin, Texas, said`: a place's name after a place is where it
            // is, not who speaks.
            let place = |t: usize| {
                let m = self.entities.mention_at(w.tokens[t].span.start);
                m.and_then(|m| self.entities.entities.get(m.entity))
                    .is_some_and(|e| matches!(e.kind, EntityType::Gpe | EntityType::Loc))
            };
            if n > 0 && p.kind == PhraseKind::Name && p.end == b && a >= 2 && place(a) && place(a - 2) {
                continue;
            }
            // `A White House official, who …`, `Railway Board officials, however,`, `Two people
            // familiar with the matter, who …`: read from the segment's end, a description
            // headed by a speaker noun takes in the name it opens with, or its attachment.
            // (Not an organisation owning a role: `The Royal College of Nursing's director in
            // Northern Ireland, Bronagh McCaughey, said`.)
            let owns_role = (p.end..b).any(|t| w.possessive(t) && t + 1 < b && w.lowercase(t + 1));
            let attached = p.kind == PhraseKind::Name && p.end < b && w.in_set(p.end, &ATTACHING) && !owns_role;
            if p.end != b && p.kind != PhraseKind::Pronoun && !attached {
                let description = |q: &Phrase| {
                    q.first == a
                        && q.end == b
                        && (w.speaker_noun(b - 1) || w.speaker_noun(q.head))
                        && matches!(q.kind, PhraseKind::Definite | PhraseKind::Indefinite)
                };
                // `A police colonel at the blockade, who …`: read back from the place's
                // preposition.
                let placed_at = (p.end..b).find(|&t| w.is_any(t, &["at", "in", "from"]));
                let before_place = || {
                    let m = placed_at?;
                    w.phrase_before(m - 1, a).filter(|q| {
                        q.first == a
                            && q.end == m
                            && person_noun(q.head)
                            && matches!(q.kind, PhraseKind::Definite | PhraseKind::Indefinite)
                    })
                };
                if let Some(whole) = w.phrase_before(b - 1, a).filter(description) {
                    p = whole;
                } else if let Some(q) = before_place().filter(|_| p.kind != PhraseKind::Name) {
                    p = q;
                } else if p.kind == PhraseKind::Name {
                    // `Karnataka IT and Biotechnology Minister Nagaraj Belagali, who …`: the
                    // name that ends the segment, after its titles.
                    let titles = |q: &Phrase| {
                        (a..q.first).all(|t| w.capitalized(t) || w.is_any(t, &["and", "of", "for", "the", "&"]))
                    };
                    let name = w.phrase_before(b - 1, a).filter(|q| {
                        q.kind == PhraseKind::Name && q.end == b && q.first > a && !w.touching(q.first - 1) && titles(q)
                    });
                    if let Some(name) = name {
                        p = name;
                    }
                }
            }
            // The phrase fills the segment, or a name is followed by its attachment
            // (`Lydia Buchtmann for Food Standards Australia`) or an age in brackets (`Peggy
            // Sheehan (81)`).
            let end = p.end;
            let aged = p.kind == PhraseKind::Name
                && end + 2 < b
                && w.punct(end, "(")
                && w.punct(b - 1, ")")
                && (end + 1..b - 1).all(|t| w.tokens[t].kind == crate::document::TokenKind::Number);
            // `Tourism operators in Cairns, where …, said`: a place after a description.
            let placed = !matches!(p.kind, PhraseKind::Pronoun | PhraseKind::Name)
                && end + 1 < b
                && b - end <= 4
                && w.is_any(end, &["in", "at", "from"])
                && ((end + 1..b).all(|t| w.capitalized(t))
                    || b == end + 3
                        && w.is(end + 1, "the")
                        // (`A police colonel at the blockade, who …`.)
                        && (self.has_role(end + 2, Role::PlaceNoun)
                            || person_noun(p.head)
                                && w.lowercase(end + 2)));
            // `Abdulmalik al-Sharafi`: a name going on with a particle and its hyphen.
            let hyphened = p.kind == PhraseKind::Name
                && end < b
                && (end..b).any(|t| w.punct(t, "-"))
                && (end - 1..b - 1).all(|t| w.touching(t) || w.is_any(t + 1, &["al", "el", "bin", "ibn", "abu"]));
            if end != b && !attached && !placed && !aged && !hyphened {
                continue;
            }
            if hyphened {
                p = Phrase { end: b, span: Span::new(p.span.start, w.tokens[b - 1].span.end), ..p };
            }
            // `The Housing Secretary, Nadia Farrow,`: `the` and a title, capitalised, describe
            // the person named next; so with what the title is of (`The Minister for the
            // Environment, Aoife Doherty,`).
            let titled = p.kind == PhraseKind::Name
                && w.is(p.first, "the")
                && (p.end == b || attached)
                && (p.first + 1..p.end).any(|t| crate::entities::lexicons::LEXICONS.is_title_word(w.text(t)));
            if p.kind == PhraseKind::Name && !titled {
                return Some(p);
            }
            if first.is_none() && (n == lead || p.kind == PhraseKind::Pronoun || titled) {
                first = Some(p);
            }
        }
        first
    }

    /// Whether a cue that can report speech starts at token `t` (`call` in `a conference
    /// call that …` is a noun, and reports nothing).
    pub(crate) fn reporting_cue_at(&self, t: usize) -> bool {
        self.cue_at(t).is_some_and(|c| c.class.reports())
    }

    /// The cue that starts at token `t`, if any.
    fn cue_at(&self, t: usize) -> Option<&super::cues::Cue> {
        let start = self.words.tokens[t].span.start;
        let c = self.cues.partition_point(|c| c.span.start < start);
        self.cues.get(c).filter(|c| c.span.start == start)
    }

    /// The mention of a PERSON that covers byte `offset`, if any.
    fn person_at(&self, offset: usize) -> Option<&Mention> {
        self.entities.mention_at(offset).filter(|m| self.entities.entities[m.entity].kind == EntityType::Person)
    }

    /// Whether a speaker phrase may stand without quote marks or cue to vouch for it: a
    /// pronoun, a name, or a description headed by a speaker noun. A lone capitalised word
    /// opening a sentence (`Shares added 5%`, `Supporters followed`) counts as a name only
    /// when the entity stage found it too.
    pub(crate) fn trusted(&self, p: &Phrase) -> bool {
        if !p.trusted {
            return false;
        }
        let first = p.first;
        let lone = p.kind == PhraseKind::Name && p.end == first + 1;
        let opens = self.doc.sentences()[self.sentence_of(p.span.start)].tokens.start == first;
        if !(lone && opens) || self.entities.mentions.is_empty() {
            return true;
        }
        self.entities.mention_at(p.span.start).is_some()
    }

    /// Describes piece `k`: whether it is a whole utterance and whether it is a name or title.
    pub(crate) fn describe_piece(&self, k: usize) -> PieceInfo {
        let piece = self.pieces[k];
        let whole = self.starts_clean(&piece, k) && self.ends_clean(&piece, k);
        // A title after a work's noun and a comma (`its annual report, “Immunization in
        // Harlan 2023,” released in March`) looks whole to a cue before the noun.
        // So are the words a sign reads (`The blackboard reads: ‘…’`), which nobody says.
        let blocked =
            if whole { self.work_after_comma(&piece) || self.read_on_sign(&piece) } else { self.blocked(&piece) };
        PieceInfo { whole, blocked, ..PieceInfo::default() }
    }

    /// Whether the piece follows `reads:` said of a thing no one speaks through (`The
    /// blackboard reads: ‘…’`; not `One reply read: “…”`, a message someone wrote).
    fn read_on_sign(&self, piece: &Piece) -> bool {
        let w = &self.words;
        let open = w.at_or_after(piece.open.start);
        if !(open >= 2 && w.punct(open - 1, ":") && w.is_any(open - 2, &["reads", "read"])) {
            return false;
        }
        let (first, _) = self.sentence_tokens(self.sentence_of(piece.open.start));
        let message = |t: usize| {
            w.is_any(t, super::cues::SAID_THINGS)
                || w.is_any(t, &["reply", "replies", "comment", "comments", "response", "caption", "tweets", "posts"])
        };
        !(first..open - 2).any(message)
    }

    /// Nothing of the writer's own sentence before the piece but an attribution.
    fn starts_clean(&self, piece: &Piece, k: usize) -> bool {
        let w = &self.words;
        if piece.continues {
            return true;
        }
        let (p_first, _) = self.paragraph_tokens(piece.paragraph);
        let open = w.at_or_after(piece.open.start);
        if open <= p_first {
            return true;
        }
        let b = open - 1;
        if w.terminal(b) || w.punct(b, ":") {
            return true;
        }
        // Right after the previous piece (`“A.” “B.”`).
        if k > 0 && self.pieces[k - 1].paragraph == piece.paragraph && w.ending_by(self.pieces[k - 1].end()) == open {
            return true;
        }
        // After `She added,` or `said Doe,` or `He said` or `, she said, “…`.
        let mut cues = self.cues_between(b.saturating_sub(REACH), open);
        cues.rfind(|&c| !self.cue_is_noun(c)).is_some_and(|c| {
            let (_, end) = self.cue_tokens(c);
            let gap = w.skip_adverbs_forward(end, open);
            // Not the object of a verb of naming (`what she called “growth that …”`).
            gap == open && !self.cues[c].class.describes()
                || gap + 1 == open && w.punct(b, ",")
                || self.phrase_then(end, b)
                || self.short_phrase(gap, open)
                || w.punct(b, ",") && self.comma_phrase(gap, b)
        })
    }

    /// Whether the tokens `[from, comma)` are one speaker phrase and `comma` is a comma
    /// (`said Jane Doe, “…`).
    fn phrase_then(&self, from: usize, comma: usize) -> bool {
        let w = &self.words;
        w.punct(comma, ",") && w.phrase_after(from, comma).is_some_and(|p| p.end == comma)
    }

    /// The piece ends a sentence, ends with sentence punctuation, or an attribution follows.
    fn ends_clean(&self, piece: &Piece, k: usize) -> bool {
        if piece.ending != Ending::Closed {
            return true;
        }
        let inner = self.doc.slice(piece.inner);
        if inner.ends_with(['.', '!', '?', '…', ',']) || inner.ends_with("...") {
            return true;
        }
        let w = &self.words;
        let (_, p_end) = self.paragraph_tokens(piece.paragraph);
        let mut after = w.at_or_after(piece.end());
        // A bracketed note after the quote (`“…” (in Italian).`) does not count.
        if after < p_end && w.punct(after, "([") {
            if let Some(close) = (after + 1..p_end.min(after + 12)).find(|&t| w.punct(t, ")]")) {
                after = close + 1;
            }
        }
        if after >= p_end || w.terminal(after) || w.punct(after, ";:—–") {
            return true;
        }
        if self.pieces.get(k + 1).is_some_and(|n| w.at_or_after(n.open.start) == after) {
            return true;
        }
        // `Lifeguard Kayleigh: ‘I’ve never seen it this bad’ as sewage shuts beach`: in a
        // headline, a quote after its speaker's colon ends before the news it comes with.
        // (The speaker a person or a body the entity stage knows, or a speaker's noun: not
        // `Sewage: ‘dirty water’ as beach shut`.)
        let heading = self.doc.paragraphs()[piece.paragraph].kind == ParagraphKind::Heading;
        let open = w.at_or_after(piece.open.start);
        if heading
            && open > 1
            && w.punct(open - 1, ":")
            && w.is_any(after, &["as", "after", "amid", "while", "when", "despite", "over", "with", "following"])
        {
            let (p_first, _) = self.paragraph_tokens(piece.paragraph);
            let speaks = |m: &Mention| {
                self.entities
                    .entities
                    .get(m.entity)
                    .is_some_and(|e| matches!(e.kind, EntityType::Person | EntityType::Org))
            };
            let named = self.entities.mentions_in(w.span(p_first, open - 2)).iter().any(speaks);
            if named || (p_first..open - 1).any(|t| w.lowercase(t) && w.speaker_noun(t)) {
                return true;
            }
        }
        // `“We deserved a point 🇧🇷👏🏽” Navarro posted`: after emoji the comma is often left
        // out.
        let emoji = inner.chars().next_back().is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii());
        (w.punct(after, ",") || emoji) && self.trailing(piece, k).is_some()
    }

    /// A name, a title or a word mentioned as a word: after a blocker (`so-called`, `the
    /// film`, `known as`), between the parts of a name (`Harold “Hal” Quimby`), or in title
    /// case without sentence punctuation (`“The Long Night”`).
    fn blocked(&self, piece: &Piece) -> bool {
        let w = &self.words;
        let open = w.at_or_after(piece.open.start);
        let after = w.at_or_after(piece.end());
        let inner = self.doc.slice(piece.inner);
        let words = inner.split_whitespace().count();
        if open > 0 {
            let b = open - 1;
            let blocker = |i: usize| w.is_word(i) && crate::quotes::is_blocker(w.text(i));
            // `what she called “…”`, `an effort that the governor called “…”`, `a promise
            // critics called “…”`: a verb of naming in the past with a subject of its own
            // characterises; only a title is a name then. In the present it may give a term
            // (`what negotiators call “loss and damage”`), unless what it gives is long.
            let characterised = |i: usize| {
                i >= 2
                    && self.cue_at(i).is_some_and(|c| c.class.describes())
                    && (w.text(i).ends_with("ed") || words >= 5)
                    && (w.pronoun(i - 1)
                        || w.lowercase(i - 1) && w.speaker_noun(i - 1)
                        // (`a dip Imhof called “…”`: a person named right before.)
                        || w.capitalized(i - 1) && self.person_at(w.tokens[i - 1].span.start).is_some()
                        || (i.saturating_sub(6)..i - 1)
                            .rev()
                            .take_while(|&m| !w.punct(m, ",;:"))
                            .any(|m| w.is(m, "what") || w.is_any(m, &["that", "which"]) && w.capitalized(i - 1)))
            };
            // `what negotiators call “loss and damage”`, `what the industry calls “third-party
            // testing”`: a short term a group uses.
            let term =
                words < 5 && b >= 1 && w.is_any(b, &["call", "calls"]) && w.lowercase(b - 1) && !w.pronoun(b - 1);
            // `called the campaign “scaremongering of …”`: a blocker that is the object of a
            // verb of naming, before words in lower case, is what is named, not a name's kind.
            // (Not a word named as a word: `called the word “resilience” overused`.)
            let possessive = |m: usize| w.punct(m, "’'") && w.touching(m - 1);
            let object_named = (b.saturating_sub(4)..b).any(|i| {
                self.cue_at(i).is_some_and(|c| c.class.describes())
                    && (i + 1..b).all(|m| w.is_word(m) && w.lowercase(m) || possessive(m))
            }) && inner.starts_with(|ch: char| ch.is_lowercase())
                && !w.is_any(
                    b,
                    &["word", "words", "term", "terms", "phrase", "expression", "slogan", "name", "hashtag"],
                );
            let named = blocker(b) && !characterised(b) && !object_named || term;
            // `dubbed as “…”`, `the film “…”`; not a work described (`described the book as
            // “…”`).
            let verb_as = w.is(b, "as") && b > 0 && (w.text(b - 1).ends_with("ed") || w.is(b - 1, "known"));
            let before = b > 0 && blocker(b - 1) && (verb_as || w.is_any(b, &["the", "a", "an", "of"]));
            if named || before && !characterised(b - 1) {
                return true;
            }
            // `known locally as “the Amber Company”`, `a practice known in the fire service as
            // “brownouts”`: a few words of the writer's between. Not a speaker's own words
            // (`She referred to the plan as “…”`).
            let active = |i: usize| {
                i > 0 && (w.pronoun(i - 1) || w.capitalized(i - 1) || w.is_any(i - 1, &["has", "had", "also"]))
            };
            if w.is(b, "as")
                && (b.saturating_sub(6)..b)
                    .rev()
                    .take_while(|&i| w.is_word(i))
                    .any(|i| w.is(i, "known") || w.is(i, "referred") && !active(i))
            {
                return true;
            }
            if words <= 3 && w.capitalized(b) && after < w.tokens.len() && w.capitalized(after) {
                return true;
            }
            // `In her memoir, “Deep Water,” she wrote`, `her co-star in “The Glass House,”`: a
            // title after a work's noun or `in`, its comma inside the marks as US style puts it.
            let titled = self.has_role(b, Role::Work) || w.is_any(b, &["in", "of", "on", "from"]);
            if titled && words <= 8 && title_case(inner.trim_end_matches(',')) || self.work_after_comma(piece) {
                return true;
            }
        }
        words <= 8 && title_case(inner)
    }

    /// Whether token `i` is a word with `role` in the entity stage's lexicon (`capital` a
    /// place's noun, `report` a work's).
    fn has_role(&self, i: usize, role: Role) -> bool {
        let w = &self.words;
        w.is_word(i) && crate::entities::lexicons::LEXICONS.words.get(w.text(i)) == Some(&role)
    }

    /// A title in title case after a work's noun and a comma, its own comma inside the marks
    /// as US style puts it (`In her memoir, “Deep Water,” she wrote`).
    fn work_after_comma(&self, piece: &Piece) -> bool {
        let w = &self.words;
        let open = w.at_or_after(piece.open.start);
        let inner = self.doc.slice(piece.inner).trim_end_matches(',');
        open >= 2
            && w.punct(open - 1, ",")
            && self.has_role(open - 2, Role::Work)
            && inner.split_whitespace().count() <= 8
            && title_case(inner)
    }

    /// Whether a piece opens a heading and a colon follows it (`“Stay off the roads”:
    /// forecasters warn …`).
    pub(crate) fn opens_headline_before_colon(&self, piece: &Piece) -> bool {
        let w = &self.words;
        let (p_first, p_end) = self.paragraph_tokens(piece.paragraph);
        let mut i = w.at_or_after(piece.end());
        if i < p_end && w.punct(i, ",") {
            i += 1;
        }
        i < p_end
            && w.punct(i, ":")
            && w.at_or_after(piece.open.start) == p_first
            && self.doc.paragraphs()[piece.paragraph].kind == ParagraphKind::Heading
    }

    /// The attribution after a piece: `“…,” she said`, `“…,” said Jane Doe`, `“…” — Jane
    /// Doe`.
    pub(crate) fn trailing(&self, piece: &Piece, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let (_, p_end) = self.paragraph_tokens(piece.paragraph);
        let next_open = self.pieces.get(k + 1).map_or(p_end, |n| w.at_or_after(n.open.start));
        let mut i = w.at_or_after(piece.end());
        // Long enough for a name with its apposition (`Tobias H. Goldberg, chief technology
        // officer at Emberly Retail S.A., said`).
        let limit = p_end.min(next_open).min(i + 2 * REACH + 4);
        if i >= limit {
            return None;
        }
        if w.punct(i, ",") {
            i += 1;
        }
        // `“Stay off the roads”: forecasters warn of gusts`: a headline's quote, a colon and
        // who says it.
        let headline_colon = i < limit && self.opens_headline_before_colon(piece);
        if headline_colon {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        if w.punct(i, "—–") || (w.punct(i, "-") && !w.touching(i)) || w.text(i) == "--" {
            let p = w.phrase_after(i + 1, limit)?;
            let end = p.end;
            let closed = end >= limit || !w.is_word(end);
            return (closed && p.kind != PhraseKind::Pronoun).then_some(Attribution {
                speaker: Some(p),
                cue: None,
                rule: "dash-attribution",
                confidence: 0.85,
            });
        }
        // The first cue before any sentence end.
        let stop = (i..limit).find(|&t| w.terminal(t)).unwrap_or(limit);
        let Some(c) = self.cues_between(i, stop).find(|&c| self.cues[c].class.direct()) else {
            // `“I thought we were gone”: Lismore mum winched to safety`, `‘…’: Gran’s fury as
            // bags vanish`: with no cue, the name or the speaking noun the headline opens
            // with.
            return headline_colon
                .then(|| w.phrase_after(i, stop))
                .flatten()
                .filter(|p| p.trusted)
                .map(|p| Attribution { speaker: Some(p), cue: None, rule: "headline-colon", confidence: 0.6 });
        };
        let (first, end) = self.cue_tokens(c);
        // `… “… beyond novelty.” He said early demand …`: a cue in the next sentence that
        // goes on with a clause of its own reports that clause, not the quote.
        let next_sentence = self.cues[c].sentence != self.sentence_of(piece.end().saturating_sub(1));
        if next_sentence && !(end..stop).any(|t| w.punct(t, ",")) && stop > end + 4 {
            return None;
        }
        if first > i + REACH && !self.words.punct(self.words.skip_adverbs_back(first - 1, i), ",") {
            // Far from the quote, only an apposition between commas may separate them.
            return None;
        }
        if first == i {
            // `“…,” told jurors that …`: who is told is no speaker, and the cue is of a
            // clause after the quote. Only a name ending the clause after the addressee speaks
            // (`“…,” told reporters Jane Doe.`); with none, nobody is named.
            if self.cues[c].class == CueClass::Inform {
                let last = (end..stop).rev().find(|&t| w.is_word(t))?;
                let name = self.entities.mention_at(w.tokens[last].span.start).and_then(|m| {
                    let first = w.at_or_after(m.span.start);
                    // A person's name may have taken in the addressee (`told Acme News Doe`).
                    let person = self.entities.entities[m.entity].kind == EntityType::Person;
                    let named = matches!(m.kind, MentionKind::Name | MentionKind::Alias)
                        && (first > end || first == end && person)
                        && w.tokens[last].span.end == m.span.end;
                    let titled = w.with_title(first);
                    let first = if titled > end { titled } else { first };
                    w.phrase_after(first, stop).filter(|p| named && p.end == last + 1)
                });
                let ends = name.is_some() || w.phrase_after(end, stop).is_some_and(|p| p.end == last + 1);
                return ends.then_some(Attribution {
                    speaker: name,
                    cue: Some(c),
                    rule: "quote-cue-speaker",
                    confidence: if name.is_some() { 0.9 } else { 0.5 },
                });
            }
            let according = self.cues[c].class == CueClass::According;
            let rule = if according { "according-to" } else { "quote-cue-speaker" };
            // A cue with no speaker phrase we can read still attributes the quote: nobody is
            // named, rather than someone guessed from the context.
            let p = self.speaker_after(end, stop);
            // `Smith, who calls himself “a realist,” said the deal was dead`: a verb after the
            // phrase makes it a reported clause's subject, and the cue someone else's.
            if p.as_ref().is_some_and(|p| p.end < stop && w.in_set(p.end, &AUXILIARIES)) {
                return None;
            }
            // `Keswick, who described the tests as “blind to behavior,” argued that …`: a cue
            // before `that` with no speaker after it reports that clause, for the subject
            // before the quote.
            if p.is_none() && end < stop && w.is(end, "that") {
                return None;
            }
            let confidence = if p.is_some() { 0.95 } else { 0.5 };
            return Some(Attribution { speaker: p, cue: Some(c), rule, confidence });
        }
        let last = w.skip_adverbs_back(first - 1, i);
        let p = if w.punct(last, ",") {
            self.appositive_subject(i, last)?
        } else {
            // Read backwards from the cue (`a spokesman for the ministry said`), or forwards
            // from the quote past role words (`chief executive Idunn Sæther said`).
            let back = w.phrase_before(last, i);
            // `shadow treasurer Angus McCredie told`: a name after a few role words in
            // lower case, none a word of grammar, is the speaker (the name, as after
            // `chief executive`).
            let lex = &*crate::entities::lexicons::LEXICONS;
            let roles = |p: &Phrase| {
                p.kind == PhraseKind::Name
                    && p.first > i
                    && p.first - i <= 3
                    && (i..p.first).all(|t| w.is_word(t) && w.lowercase(t) && !lex.is_function_word(w.text(t)))
            };
            // `Veridian co-founder and Chief Executive Officer Samir Haddad said`, `Lumora
            // co-founder and CEO Theo Abara told`: two roles joined by `and`, in any case,
            // after the company's name; the person's name is the speaker.
            let person_at = |t: usize| self.person_at(w.tokens[t].span.start);
            let joined_roles = |p: &Phrase| -> Option<Phrase> {
                if p.kind != PhraseKind::Name || p.first <= i + 2 {
                    return None;
                }
                let name = (p.first..p.end).find(|&t| person_at(t).is_some())?;
                let m = person_at(name)?;
                let between = i..name;
                let joined = name - i <= 9
                    && between.clone().any(|t| w.is(t, "and"))
                    && w.is_word(name - 1)
                    && lex.is_title_word(w.text(name - 1))
                    && between.clone().all(|t| {
                        let text = w.text(t);
                        w.punct(t, "-")
                            || w.is_word(t)
                                && (text == "and"
                                    || w.capitalized(t) && person_at(t).is_none()
                                    || w.lowercase(t) && !lex.is_function_word(text))
                    });
                joined.then_some(Phrase { span: m.span, first: name, kind: PhraseKind::Name, trusted: true, ..*p })
            };
            back.and_then(|p| if p.first == i || roles(&p) { Some(p) } else { joined_roles(&p) })
                .or_else(|| w.phrase_after(i, last + 1).filter(|p| p.end == last + 1 && p.kind == PhraseKind::Name))?
        };
        if p.first < i {
            return None;
        }
        let confidence = if p.kind == PhraseKind::Pronoun { 0.9 } else { 0.95 };
        Some(Attribution { speaker: Some(p), cue: Some(c), rule: "quote-speaker-cue", confidence })
    }

    /// The attribution before a piece: `Doe said: “…”`, `She added, “…”`, `He said “…”`,
    /// or a colon ending the previous paragraph. The flag says the quote is reported speech
    /// carrying it (`said that “…”`).
    pub(crate) fn leading(&self, piece: &Piece, k: usize) -> Option<(Attribution, bool)> {
        let w = &self.words;
        let open = w.at_or_after(piece.open.start);
        let (p_first, _) = self.paragraph_tokens(piece.paragraph);
        if open <= p_first {
            return self.colon_paragraph(piece).map(|a| (a, false));
        }
        let s = self.sentence_of(piece.open.start);
        let (s_first, _) = self.sentence_tokens(s);
        let mut floor = s_first.min(open);
        if k > 0 && self.pieces[k - 1].paragraph == piece.paragraph {
            floor = floor.max(w.at_or_after(self.pieces[k - 1].end()));
        }
        let b = open - 1;
        if b < floor {
            return None;
        }
        if w.punct(b, ":") {
            let Some(c) = self
                .cues_between(floor.max(b.saturating_sub(25)), b)
                .rev()
                .find(|&c| self.cues[c].class.introduces() && !self.cue_is_noun(c))
            else {
                return Some((self.colon_without_cue(floor, b, "colon-introduced"), false));
            };
            if let Some(a) = self.as_saying(c, floor) {
                return Some((a, false));
            }
            let p = self.speaker_for_cue(c, floor, 2);
            return Some((Attribution { speaker: p, cue: Some(c), rule: "colon-introduced", confidence: 0.9 }, false));
        }
        // `Pritchard had a simple explanation — “We turned up expecting to win.”`, `His
        // message was unmistakable — “…”`: a whole sentence quoted after a dash that ends
        // the writer's sentence is its subject's, a person's name or a pronoun, when no cue
        // stands in it.
        let inner = self.doc.slice(piece.inner).trim_end_matches(['”', '"', '’', '\'']);
        let sentence = inner.starts_with(char::is_uppercase) && inner.ends_with(['.', '!', '?']);
        if w.punct(b, "—–-") && b > floor && sentence && !self.cues_between(floor, b).any(|c| !self.cue_is_noun(c))
        {
            let named =
                |p: &Phrase| p.kind == PhraseKind::Pronoun || p.kind == PhraseKind::Name && self.names_person(p);
            // `His message`, `Nkosi-Dlamini's warning`: the owner of the subject.
            let owner = if w.is_any(floor, &["his", "her", "their"]) {
                Some(w.pronoun_phrase(floor))
            } else {
                w.phrase_after(floor, b).filter(|p| p.end < b && (w.clitic_s(p.end) || w.punct(p.end, "’'")))
            };
            let subject = owner.or_else(|| w.clause_subject(floor, b)).filter(named);
            return Some((
                Attribution { speaker: subject, cue: None, rule: "dash-introduced", confidence: 0.6 },
                false,
            ));
        }
        let c = self.cues_between(floor.max(b.saturating_sub(REACH)), open).rfind(|&c| !self.cue_is_noun(c))?;
        let cue = self.cues[c];
        if !cue.class.direct() {
            return None;
        }
        let (_, end) = self.cue_tokens(c);
        let gap = w.skip_adverbs_forward(end, open);
        let (rule, mixed) =
            if w.punct(b, ",") && (gap + 1 == open || self.phrase_then(end, b) || self.comma_phrase(gap, b)) {
                ("cue-comma", false)
            } else if gap == open || (gap + 1 == open && w.is(gap, "that")) || self.short_phrase(gap, open) {
                ("cue-quote", gap + 1 == open)
            } else {
                return None;
            };
        if let Some(a) = self.as_saying(c, floor) {
            return Some((a, mixed));
        }
        let p = self.speaker_for_cue(c, floor, 2)?;
        Some((Attribution { speaker: Some(p), cue: Some(c), rule, confidence: 0.85 }, mixed))
    }

    /// Whether `[from, to)` is a short prepositional phrase between a cue and its quote
    /// (`writing in a blog post “…”`, `said on Twitter “…”`).
    fn short_phrase(&self, from: usize, to: usize) -> bool {
        let w = &self.words;
        to > from + 1 && to - from <= 6 && w.in_set(from, &PHRASE_OPENERS) && (from..to).all(|t| w.is_word_or_number(t))
    }

    /// Whether `[from, comma)` is a short phrase of words closed by a comma between a cue and
    /// the rest of a split quote (`said in a statement, “…`, `said when asked about his
    /// future, “…`).
    fn comma_phrase(&self, from: usize, comma: usize) -> bool {
        let w = &self.words;
        comma > from + 1
            && comma - from <= 8
            && (w.in_set(from, &PHRASE_OPENERS) || w.in_set(from, &CLAUSE_LINKS))
            && (from..comma).all(|t| w.is_word_or_number(t))
    }

    /// `quoted Jane Doe as saying` before a quote: cue `c` is the `saying`, and the speaker
    /// is the one quoted.
    fn as_saying(&self, c: usize, floor: usize) -> Option<Attribution> {
        let (first, _) = self.cue_tokens(c);
        if first == 0 || !self.words.is(first - 1, "as") {
            return None;
        }
        let q = self
            .cues_between(floor.max(first.saturating_sub(REACH)), first)
            .rev()
            .find(|&q| self.cues[q].class == CueClass::Quoted)?;
        let (s0, s1) = self.sentence_tokens(self.cues[q].sentence);
        let (speaker, as_tok) = crate::quotes::reported::quoted_speaker(self, q, s0, s1)?;
        (as_tok + 1 == first).then_some(Attribution {
            speaker: Some(speaker),
            cue: Some(q),
            rule: "quoted-as-saying",
            confidence: 0.85,
        })
    }

    /// A piece opening its paragraph after a paragraph that ends with a colon: the cue and
    /// speaker of that paragraph's last sentence (`As he put it:`).
    fn colon_paragraph(&self, piece: &Piece) -> Option<Attribution> {
        let p = piece.paragraph.checked_sub(1)?;
        let para = &self.doc.paragraphs()[p];
        if !self.doc.slice(para.span).ends_with(':') || para.sentences.is_empty() {
            return None;
        }
        let s = para.sentences.end - 1;
        self.colon_sentence(s, "colon-paragraph", 0.9).or_else(|| {
            let (first, end) = self.sentence_tokens(s);
            Some(self.colon_without_cue(first, end.saturating_sub(1), "colon-paragraph"))
        })
    }

    /// A quote introduced by a colon with no cue (`One post read: “…”`, `Doe: “…”`): its
    /// speaker is the clause's subject when that names a person, else nobody.
    fn colon_without_cue(&self, first: usize, colon: usize, rule: &'static str) -> Attribution {
        let w = &self.words;
        let named = |p: &Phrase| matches!(p.kind, PhraseKind::Name | PhraseKind::Pronoun) && self.trusted(p);
        // `Cycling advocate Jess Tamihana: “…”`, `Jackpot winner Dean Mawdsley: ‘…’`: a
        // person's name after a few words of their role, none a word of grammar (the first
        // capitalised as the clause opens).
        let lex = &*crate::entities::lexicons::LEXICONS;
        let after_role = |p: &Phrase| {
            p.kind == PhraseKind::Name
                && p.first > first
                && p.first - first <= 3
                && (first..p.first)
                    .all(|t| w.is_word(t) && (t == first || w.lowercase(t)) && !lex.is_function_word(w.text(t)))
                && (w.speaker_noun(p.first - 1) || lex.titles.contains_key(w.text(p.first - 1)))
                && self.person_at(p.span.start).is_some_and(|m| m.span.start == p.span.start)
        };
        let subject = w
            .phrase_before(colon.saturating_sub(1), first)
            .filter(|p| (p.first == first || after_role(p)) && named(p))
            .or_else(|| w.clause_subject(first, colon).filter(|p| p.kind == PhraseKind::Pronoun))
            .or_else(|| self.headline_noun_before_colon(first, colon));
        Attribution { speaker: subject, cue: None, rule, confidence: 0.6 }
    }

    /// `Bramley’s chief: “…”`, `… – zoo boss: ‘…’`, `City engineer on Broadway Bridge
    /// closure: “…”`: in a headline (a heading, or the first line), a noun for a speaker
    /// before the colon (or before `on` and its topic, or `to` and whom they address),
    /// opening the headline or after its dash.
    fn headline_noun_before_colon(&self, first: usize, colon: usize) -> Option<Phrase> {
        let w = &self.words;
        let paragraph = self.doc.sentences()[self.sentence_of(w.tokens[colon].span.start)].paragraph;
        // A headline ending in its quote is no heading by its marks: the story's first line.
        if paragraph > 0 && self.doc.paragraphs()[paragraph].kind != ParagraphKind::Heading {
            return None;
        }
        // (`Skaters to council: “…”`: the speaker before whom they address, too.)
        let last = (first..colon).find(|&t| w.is_any(t, &["on", "to"])).map_or(colon, |on| on).checked_sub(1)?;
        let p = w.phrase_before(last, first)?;
        let opens = p.first == first || p.first > first && w.punct(p.first - 1, "–—-");
        (opens && p.kind != PhraseKind::Pronoun && p.trusted && w.speaker_noun(p.end - 1)).then_some(p)
    }

    /// The attribution of a sentence ending with a colon: its last cue and that cue's speaker.
    fn colon_sentence(&self, s: usize, rule: &'static str, confidence: f32) -> Option<Attribution> {
        let (first, end) = self.sentence_tokens(s);
        let c = self.cues_between(first, end).rev().find(|&c| self.cues[c].class.introduces())?;
        let p = self.speaker_for_cue(c, first, 2);
        Some(Attribution { speaker: p, cue: Some(c), rule, confidence })
    }

    /// The local attribution of piece `k`, if any, and whether it makes it mixed.
    pub(crate) fn local(&self, k: usize, info: &PieceInfo) -> Option<(Attribution, bool)> {
        let piece = self.pieces[k];
        if self.doc.paragraphs()[piece.paragraph].kind == ParagraphKind::Heading && !info.whole {
            return None;
        }
        // A colon with no cue attributes only a whole utterance (`- Principles: “using…”`
        // is a list item's fragment).
        let leading =
            self.leading(&piece, k).filter(|(a, _)| a.cue.is_some() || info.whole || a.rule == "dash-introduced");
        if let Some((a, mixed)) = leading {
            if matches!(a.rule, "colon-introduced" | "colon-paragraph" | "cue-comma" | "dash-introduced") {
                return Some((a, mixed));
            }
        }
        if let Some(a) = self.trailing(&piece, k) {
            return Some((a, !info.whole));
        }
        leading.map(|(a, mixed)| (a, mixed || !info.whole))
    }

    /// A fragment after a describing cue with its object (`Doe called the plan
    /// “reckless”`, `described it as “…”`): the subject speaks it.
    pub(crate) fn described(&self, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let open = w.at_or_after(self.pieces[k].open.start);
        // `described the plan as “…”` may take a long object before its `as`, and `called`
        // one with its phrase (`called a draft circulated by the co-chairs “…”`, `called the
        // six-week gap between the inspection and the derailment “…”`).
        let reach = if open > 0 && w.is(open - 1, "as") { 24 } else { 16 };
        // An object between the cue and the quote: `called it “…”`, `described the plan as “…”`.
        // Brackets may hold an acronym in the object (`accused the Rashtriya Pragati Dal
        // (RPD) government of “…”`).
        let (mut c, mut gap, s_first) = self.cue_before(k, reach, "-’'.£$€%()")?;
        // `described writing her memoir as “…”`: a gerund of speech in the object.
        if !self.cues[c].class.describes() && self.cues[c].participle && c > 0 {
            let d = c - 1;
            let (_, end) = self.cue_tokens(d);
            let (first, _) = self.cue_tokens(c);
            if self.cues[d].class.describes() && (end..first).all(|t| w.is_word(t)) {
                gap += first - end + (self.cue_tokens(c).1 - first);
                c = d;
            }
        }
        if !self.cues[c].class.describes() || gap > reach - 2 {
            return None;
        }
        // `attacked the plan as “reckless”`, not `criticised the “reforms”`.
        if self.cues[c].class == CueClass::Judge && !(open > 0 && w.is(open - 1, "as")) {
            return None;
        }
        // `Teammates call him “Hammer,”`, `known internally as “Project Northstar”`: a name
        // given in title case is a nickname, not words said.
        // One word so only after a person (`called it “Unacceptable”` may be said).
        let inner = self.doc.slice(self.pieces[k].inner).trim_matches(|ch: char| !ch.is_alphanumeric());
        let words = inner.split(' ').count();
        let person = open > 0 && w.is_any(open - 1, &["him", "her", "them", "me", "us", "himself", "herself"]);
        let named = !inner.is_empty()
            && words <= 4
            && (words > 1 || person)
            && inner.split(' ').all(|word| word.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()));
        if named {
            return None;
        }
        // `were described by outside scientists as “…”`: in the passive, whoever `by` names.
        let (cue_first, cue_end) = self.cue_tokens(c);
        if w.is(cue_end, "by") {
            let agent = w.phrase_after(cue_end + 1, open).filter(|p| self.trusted(p) && w.is(p.end, "as"));
            if let Some(p) = agent {
                return Some(Attribution { speaker: Some(p), cue: Some(c), rule: "described-as", confidence: 0.7 });
            }
        }
        // `what the majority called “…”`: whoever names in a free relative speaks.
        let free_relative = (cue_first.saturating_sub(4).max(s_first)..cue_first).any(|m| w.is(m, "what"));
        let p = self
            .speaker_for_cue(c, s_first, 1)
            .filter(|p| p.trusted || free_relative && p.first > s_first && w.is(p.first - 1, "what"))
            .or_else(|| self.person_ending_at(c))?;
        Some(Attribution { speaker: Some(p), cue: Some(c), rule: "described-as", confidence: 0.7 })
    }

    /// A person's name right before cue `c`, as its speaker phrase: `a change Tregonning
    /// calls “…”`, where the words alone read `a change Tregonning` as one phrase.
    fn person_ending_at(&self, c: usize) -> Option<Phrase> {
        let w = &self.words;
        let (first, _) = self.cue_tokens(c);
        let last = first.checked_sub(1)?;
        let m = self.entities.mention_at(w.tokens[last].span.start).or_else(|| {
            let end = w.tokens[last].span.end;
            let i = self.entities.mentions.partition_point(|m| m.span.end < end);
            self.entities.mentions.get(i).filter(|m| m.span.end == end)
        })?;
        let person = self.entities.entities.get(m.entity).is_some_and(|e| e.kind == EntityType::Person);
        let named = matches!(m.kind, MentionKind::Name | MentionKind::Alias);
        (person && named && m.span.end == w.tokens[last].span.end).then(|| Phrase {
            span: m.span,
            kind: PhraseKind::Name,
            trusted: true,
            head: last,
            first: w.at_or_after(m.span.start),
            end: first,
        })
    }

    /// Whether cue `c` is a noun: after an article or a possessive (`the minister's claim`,
    /// `their statement`); after `one` or `each` in its base form (`One post shared …`); or,
    /// after one of those and another word, a noun of speech or of a work, or a base form
    /// after a singular noun (`the department's annual report`, `a blog post`).
    fn cue_is_noun(&self, c: usize) -> bool {
        let w = &self.words;
        let (first, _) = self.cue_tokens(c);
        let owner = |t: usize| {
            w.lowercase(t) && w.determiner(t).is_some()
                || w.possessive(t)
                || w.is_any(t, &["’s", "'s"])
                || t >= 1 && w.is(t, "s") && w.punct(t - 1, "’'")
        };
        let lex = &*crate::entities::lexicons::LEXICONS;
        // A base form after a singular noun is a noun too (`a blog post`; not `the officials
        // state`, where the plural is the verb's subject).
        let base_form = |t: usize| !w.text(t).ends_with(['s', 'd', 'g']);
        let base = |t: usize| base_form(t) && t > 0 && !w.text(t - 1).ends_with('s');
        let noun = |t: usize| is_speaker_word(w.text(t)) || self.has_role(t, Role::Work) || base(t);
        // `One post shared by the organisers read:`.
        let counted = |t: usize| w.is_any(t, &["one", "another", "each", "every"]);
        // `described reports of a crop failure as …`: a cue right after another, before
        // `of`, is the first one's object.
        let object = || {
            let end = self.cue_tokens(c).1;
            c > 0 && self.cue_tokens(c - 1).1 == first && end < self.doc.tokens().len() && w.is(end, "of")
        };
        // `Kirwan brands VAR call ‘a shambles’`: a base form one word after a verb of naming is
        // in its object.
        let named_object =
            || c > 0 && self.cues[c - 1].class.describes() && self.cue_tokens(c - 1).1 + 1 == first && base_form(first);
        // `told trustees during public comment:`: a base form after a preposition and at most
        // one word is a noun.
        let after_preposition = || {
            const PREPOSITIONS: [&str; 8] = ["during", "at", "after", "before", "without", "for", "in", "under"];
            base_form(first)
                && (w.is_any(first - 1, &PREPOSITIONS)
                    || first >= 2 && w.lowercase(first - 1) && w.is_any(first - 2, &PREPOSITIONS))
        };
        first > 0
            && (owner(first - 1)
                || object()
                || named_object()
                || counted(first - 1) && base_form(first)
                || after_preposition()
                || first >= 2
                    && noun(first)
                    && w.is_word(first - 1)
                    // `the penalty call`, `the VAR call`.
                    && (w.lowercase(first - 1) || w.capitalized(first - 1))
                    && !lex.is_function_word(w.text(first - 1))
                    && owner(first - 2))
    }

    /// The cue nearest before piece `k`'s opening mark, within `reach` tokens of its
    /// sentence, with only words and figures (or the punctuation of `marks`) between them:
    /// the cue, how many tokens stand between, and the sentence's first token.
    fn cue_before(&self, k: usize, reach: usize, marks: &str) -> Option<(usize, usize, usize)> {
        let w = &self.words;
        let piece = self.pieces[k];
        let open = w.at_or_after(piece.open.start);
        let (s_first, _) = self.sentence_tokens(self.sentence_of(piece.open.start));
        let c =
            self.cues_between(s_first.max(open.saturating_sub(reach)), open).rev().find(|&c| !self.cue_is_noun(c))?;
        let (_, end) = self.cue_tokens(c);
        if end > open || (end..open).any(|t| !w.is_word_or_number(t) && !w.punct(t, marks)) {
            return None;
        }
        Some((c, open - end, s_first))
    }

    /// A fragment after a cue of speech and `to`, maybe with an addressee between (`urged the
    /// council to “stop kicking the can”`, `vowed to “fight on”`), or right after the cue
    /// and `of`, `against` or `about` (`warned of “a hammer blow”`): the subject speaks it.
    /// Not after an object (`announced plans for “smart cities”`); a fragment of one word is
    /// more often a scare quote and is left alone.
    pub(crate) fn after_speech_act(&self, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let piece = self.pieces[k];
        let open = w.at_or_after(piece.open.start);
        if open == 0 || !w.is_any(open - 1, &["to", "of", "against", "about"]) {
            return None;
        }
        // Two words at least.
        let inner = w.at_or_after(piece.inner.start)..w.at_or_after(piece.inner.end);
        inner.filter(|&t| w.is_word(t)).nth(1)?;
        let (c, gap, s_first) = self.cue_before(k, 8, "-’'")?;
        // Up to four words of an addressee before `to` (`urged the council to`), none before
        // another preposition.
        let room = if w.is(open - 1, "to") { 4 } else { 0 };
        let speech = matches!(
            self.cues[c].class,
            CueClass::Say | CueClass::Assert | CueClass::Tell | CueClass::Inform | CueClass::That | CueClass::Ask
        );
        if !speech || gap - 1 > room {
            return None;
        }
        let p = self.speaker_for_cue(c, s_first, 1).filter(|p| p.trusted)?;
        Some(Attribution { speaker: Some(p), cue: Some(c), rule: "speech-act", confidence: 0.6 })
    }

    /// A fragment right after a cue and the auxiliary of a relative clause whose subject is
    /// the thing said of (`in a decision she said had “broken my heart”`, `a plan officials
    /// say would “gut the service”`): the cue's subject speaks it.
    pub(crate) fn relative_cue(&self, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let open = w.at_or_after(self.pieces[k].open.start);
        let mut aux = open.checked_sub(1)?;
        if w.is(aux, "been") || w.is(aux, "be") {
            aux = aux.checked_sub(1)?;
        }
        if !w.in_set(aux, &AUXILIARIES) {
            return None;
        }
        let (c, _, s_first) = self.cue_before(k, open - aux + 1, "")?;
        let (first, end) = self.cue_tokens(c);
        let speech = matches!(self.cues[c].class, CueClass::Say | CueClass::Assert | CueClass::That);
        // The cue's subject follows a noun it leaves without a verb: `a decision she said`.
        if !speech || end != aux || first < s_first + 2 || !w.is_word(first - 2) {
            return None;
        }
        let p = self.speaker_for_cue(c, s_first, 1).filter(|p| p.trusted && p.first > s_first)?;
        // Past an apposition: `a decision the jury president, Anna Berg, said had been`.
        let mut subject_first = p.first;
        if subject_first >= s_first + 2 && w.punct(subject_first - 1, ",") {
            subject_first = w.phrase_before(subject_first - 2, s_first).map_or(s_first, |q| q.first);
        }
        let noun_before = subject_first > s_first
            && w.is_word(subject_first - 1)
            && w.lowercase(subject_first - 1)
            && !w.in_set(subject_first - 1, &ATTACHING);
        noun_before.then_some(Attribution { speaker: Some(p), cue: Some(c), rule: "relative-cue", confidence: 0.6 })
    }

    /// A fragment joined to the attributed fragment before it in the same sentence
    /// (`called the plan “dangerous” and “ideological”`): the same attribution.
    pub(crate) fn coordinated(&self, k: usize, infos: &[PieceInfo]) -> Option<(Attribution, bool, bool)> {
        let w = &self.words;
        let prev = k.checked_sub(1)?;
        let info = infos[prev];
        let a = info.attribution?;
        if info.whole || self.sentence_of(self.pieces[prev].inner.start) != self.sentence_of(self.pieces[k].inner.start)
        {
            return None;
        }
        let (from, to) = (w.at_or_after(self.pieces[prev].end()), w.at_or_after(self.pieces[k].open.start));
        let joined = to - from <= 8
            && (from..to)
                .all(|t| !w.is_word(t) || w.is_any(t, &["and", "or", "but", "nor"]) || self.bracketed(t, from));
        joined.then_some((Attribution { rule: "continuation", ..a }, info.mixed, info.partial))
    }

    /// Whether token `t` lies inside brackets opened at or after token `from`.
    fn bracketed(&self, t: usize, from: usize) -> bool {
        let w = &self.words;
        (from..t).rev().find(|&b| w.punct(b, "()[]")).is_some_and(|b| w.punct(b, "(["))
    }

    /// Whether the entity stage found a person's name at phrase `p`'s head.
    fn names_person(&self, p: &Phrase) -> bool {
        let head = self.words.tokens[p.head].span.start;
        self.entities
            .mention_at(head)
            .is_some_and(|m| self.entities.entities.get(m.entity).is_some_and(|e| e.kind == EntityType::Person))
    }

    /// A fragment after `a self-described` (`self-styled`, `self-proclaimed`) apposed to a
    /// name or said of a subject (`Ms. Oraon, a self-described “daughter of the forest”,`,
    /// `Marlowe is a self-styled “reluctant rock star”`): the one so described speaks it.
    pub(crate) fn self_described(&self, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let piece = self.pieces[k];
        let (s0, _) = self.sentence_tokens(self.sentence_of(piece.open.start));
        let open = w.at_or_after(piece.open.start);
        let self_word =
            |t: usize| matches!(w.text(t), "self-described" | "self-styled" | "self-proclaimed" | "self-declared");
        // The adjective as one token, or as `self`, `-` and the participle.
        let adjective = if open > s0 && self_word(open - 1) {
            open - 1
        } else if open >= s0 + 3
            && w.is(open - 3, "self")
            && w.punct(open - 2, "-")
            && w.is_any(open - 1, &["described", "styled", "proclaimed", "declared"])
        {
            open - 3
        } else {
            return None;
        };
        let article = adjective.checked_sub(1).filter(|&a| a > s0 && w.is_any(a, &["a", "an", "the"]))?;
        let before = article - 1;
        let speaker = if w.punct(before, ",") && before > s0 {
            w.phrase_before(before - 1, s0).filter(|p| p.kind == PhraseKind::Name)?
        } else if w.is_any(before, &["is", "was", "remains"]) && before > s0 {
            w.phrase_before(before - 1, s0).filter(|p| p.trusted)?
        } else {
            return None;
        };
        Some(Attribution { speaker: Some(speaker), cue: None, rule: "self-described", confidence: 0.6 })
    }

    /// A fragment in a sentence that opens with a person's view (`For Duarte, the hiring
    /// freeze was “a layoff with better manners.”`): the person speaks it.
    pub(crate) fn framed(&self, k: usize) -> Option<Attribution> {
        let w = &self.words;
        let piece = self.pieces[k];
        let (s0, s1) = self.sentence_tokens(self.sentence_of(piece.open.start));
        if !(s0 + 2 < s1 && w.is(s0, "for") && w.capitalized(s0)) {
            return None;
        }
        // So a pronoun for a person (`For her, baking at home was …`), or a family (`For
        // the Vandergriffs, the whole process has been …`).
        let pronoun = w.is_any(s0 + 1, &["him", "her", "them"]) && w.punct(s0 + 2, ",");
        let p = if pronoun { w.pronoun_phrase(s0 + 1) } else { w.phrase_after(s0 + 1, s1).filter(|p| p.end < s1)? };
        let family = p.end == s0 + 3
            && w.is(s0 + 1, "the")
            && w.capitalized(s0 + 2)
            && w.text(s0 + 2).len() > 3
            && w.text(s0 + 2).ends_with('s');
        // (Not a word named as a word: `For them, “victory” is a strange word.`)
        let words = self.doc.slice(piece.inner).split_whitespace().count();
        let person = (pronoun || family) && words >= 3 || p.kind == PhraseKind::Name && self.names_person(&p);
        // The name ends at a comma, maybe after a relative clause (`For Gary Bettridge, who
        // stayed to defend his property, it was …`), before the fragment.
        let opens = w.at_or_after(piece.open.start);
        (person && w.punct(p.end, ",") && p.end < opens).then_some(Attribution {
            speaker: Some(p),
            cue: None,
            rule: "framed-view",
            confidence: 0.6,
        })
    }

    /// A fragment in a list item (or a run of them) that follows a paragraph ending with a
    /// colon and a cue (`Ren highlighted the strategy:`): the list is the speaker's.
    pub(crate) fn colon_list(&self, k: usize) -> Option<Attribution> {
        let piece = self.pieces[k];
        let paragraphs = self.doc.paragraphs();
        let mut p = piece.paragraph;
        if paragraphs[p].kind != ParagraphKind::ListItem {
            return None;
        }
        for _ in 0..12 {
            p = p.checked_sub(1)?;
            let para = &paragraphs[p];
            if para.kind == ParagraphKind::ListItem {
                continue;
            }
            if !self.doc.slice(para.span).ends_with(':') || para.sentences.is_empty() {
                return None;
            }
            let a = self.colon_sentence(para.sentences.end - 1, "colon-list", 0.7)?;
            return a.speaker.is_some().then_some(a);
        }
        None
    }
}

/// Whether `inner` is in title case: every word capitalised but short function words, and
/// no sentence punctuation at the end.
fn title_case(inner: &str) -> bool {
    const SMALL: &[&str] =
        &["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "from", "or", "vs"];
    if inner.ends_with(['.', '!', '?', ',', '…', ';', ':']) {
        return false;
    }
    let mut any = false;
    for word in inner.split_whitespace() {
        let first = word.chars().find(|c| c.is_alphanumeric());
        match first {
            Some(c) if c.is_uppercase() || c.is_numeric() => any = true,
            Some(_) if SMALL.contains(&word) => {}
            Some(_) => return false,
            None => {}
        }
    }
    any
}

/// Propagation: pieces without a local attribution borrow one from the pieces of their
/// multi-paragraph quote, from the other pieces of their paragraph, or from the sentences
/// before (`sentence_speaker` gives the last speaker attributed in a sentence).
pub(crate) fn propagate(stage: &Stage, infos: &mut [PieceInfo], sentence_speaker: &mut [Option<Attribution>]) {
    let pieces = &stage.pieces;
    // Multi-paragraph quotes: chains of pieces linked across paragraph breaks.
    let mut k = 0;
    while k < pieces.len() {
        let mut e = k;
        while e + 1 < pieces.len() && pieces[e].ending == Ending::Continued && pieces[e + 1].continues {
            e += 1;
        }
        if e > k {
            if let Some(a) = (k..=e).find_map(|j| infos[j].attribution.filter(|a| a.speaker.is_some())) {
                for info in &mut infos[k..=e] {
                    if info.attribution.is_none() {
                        info.attribution = Some(Attribution { rule: "multi-paragraph", confidence: 0.85, ..a });
                        info.whole = true;
                    }
                }
            }
        }
        k = e + 1;
    }
    // Within a paragraph: `“…,” he added. “…”`, and `“…” “…,” she said.`
    let mut start = 0;
    while start < pieces.len() {
        let p = pieces[start].paragraph;
        let end = start + pieces[start..].iter().take_while(|q| q.paragraph == p).count();
        // The nearest attributed piece after each one (a backward pass), then the nearest
        // before it (carried forward): linear however many quotes the paragraph holds.
        let named = |info: &PieceInfo| info.attribution.filter(|a| a.speaker.is_some());
        let mut next: Vec<Option<Attribution>> = vec![None; end - start];
        let mut later = None;
        for j in (start..end).rev() {
            next[j - start] = later;
            later = named(&infos[j]).or(later);
        }
        let mut earlier = None;
        for j in start..end {
            if infos[j].attribution.is_none() && infos[j].whole {
                if let Some(a) = earlier.or(next[j - start]) {
                    infos[j].attribution = Some(Attribution { rule: "continuation", confidence: 0.85, ..a });
                }
            }
            earlier = named(&infos[j]).or(earlier);
        }
        start = end;
    }
    // From the sentences before, in text order so that a speaker carries through a run of
    // quote paragraphs.
    for (k, piece) in pieces.iter().enumerate() {
        let s = stage.sentence_of(piece.inner.start);
        if infos[k].attribution.is_none() && infos[k].whole && !infos[k].blocked {
            infos[k].attribution = said_after(stage, piece).or_else(|| context(stage, s, sentence_speaker));
        }
        if let Some(a) = infos[k].attribution.filter(|a| a.speaker.is_some()) {
            let last = stage.sentence_of(piece.inner.end.saturating_sub(1)).max(s);
            let last = last.min(sentence_speaker.len() - 1);
            for slot in &mut sentence_speaker[s..=last] {
                *slot = Some(a);
            }
        }
    }
}

/// `“I heard a sound like an aeroplane …” That is how Maya Gurung, 42, described the
/// moment`: the sentence right after a quote that ends its own opens with `That is how` (or
/// `This was how`) and names who put it so, before a cue; or opens with the cue (`So said
/// Elias Serem, …`).
fn said_after(stage: &Stage, piece: &Piece) -> Option<Attribution> {
    let w = &stage.words;
    let after = w.at_or_after(piece.end());
    let next = stage.sentence_of(w.tokens.get(after)?.span.start);
    let (first, end) = stage.sentence_tokens(next);
    if after != first || first + 3 >= end {
        return None;
    }
    // `So said Elias Serem, …`: the cue, then who.
    if w.is(first, "so") && w.is_any(first + 1, &["said", "says"]) {
        let p = w.phrase_after(first + 2, end).filter(|p| stage.trusted(p) && p.kind != PhraseKind::Pronoun)?;
        let c = stage.cues_between(first + 1, first + 2).next()?;
        return Some(Attribution { speaker: Some(p), cue: Some(c), rule: "said-after", confidence: 0.8 });
    }
    if first + 4 >= end
        || !w.is_any(first, &["that", "this"])
        || !w.is_any(first + 1, &["is", "was"])
        || !w.is(first + 2, "how")
    {
        return None;
    }
    let p = w.phrase_after(first + 3, end).filter(|p| stage.trusted(p))?;
    // The cue right after the phrase, or after an apposition between commas (`, 42,`).
    let c = stage.cues_between(p.end, end.min(p.end + 8)).next()?;
    let (cue_first, _) = stage.cue_tokens(c);
    let apposed = w.punct(p.end, ",") && cue_first > p.end + 1 && w.punct(cue_first - 1, ",");
    (cue_first == p.end || apposed).then_some(Attribution {
        speaker: Some(p),
        cue: Some(c),
        rule: "said-after",
        confidence: 0.8,
    })
}

/// The speaker of sentence `s` from the sentences before it: the last attributed speaker of
/// the sentence right before (`previous-speaker`), or that sentence's subject when it names
/// a person (`after-naming-sentence`). Looks back one sentence, across at most one
/// paragraph break, never across a heading.
fn context(stage: &Stage, s: usize, sentence_speaker: &[Option<Attribution>]) -> Option<Attribution> {
    let sentences = stage.doc.sentences();
    let paragraphs = stage.doc.paragraphs();
    let prev = s.checked_sub(1)?;
    let (p, q) = (sentences[s].paragraph, sentences[prev].paragraph);
    if p - q > 1 || paragraphs[q].kind == ParagraphKind::Heading {
        return None;
    }
    if let Some(a) = sentence_speaker[prev] {
        return Some(Attribution { cue: None, rule: "previous-speaker", confidence: 0.7, ..a });
    }
    let (first, end) = stage.sentence_tokens(prev);
    // The sentence must be the writer's: one opening with a quote, or inside one (a quote
    // of several sentences or paragraphs), has no subject to lend.
    let w = &stage.words;
    if first < end && w.punct(first, "“\"‘'«„") {
        return None;
    }
    let start = w.tokens.get(first).map_or(usize::MAX, |t| t.span.start);
    let k = stage.pieces.partition_point(|p| p.inner.start <= start);
    if k > 0 && stage.pieces[k - 1].inner.contains(Span::new(start, start)) {
        return None;
    }
    let named = |p: &Phrase| matches!(p.kind, PhraseKind::Name | PhraseKind::Pronoun) && stage.trusted(p);
    // `These days Mr. Kowalczyk comes to the library …`: when the words before the verb are
    // no subject, the one person the sentence names.
    let subject = w.clause_subject(first, end).filter(named).or_else(|| sole_person(stage, first, end))?;
    // An all-capitals word is a dateline (`SÃO PAULO (Reuters) -`), not a person.
    if (subject.first..subject.end).any(|t| {
        w.text(t).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && w.text(t).chars().count() > 1
    }) {
        return None;
    }
    named(&subject).then_some(Attribution {
        speaker: Some(subject),
        cue: None,
        rule: "after-naming-sentence",
        confidence: 0.6,
    })
}

/// The name of the one person that tokens `first..end` name, and nobody or nothing else
/// the entity stage found there.
fn sole_person(stage: &Stage, first: usize, end: usize) -> Option<Phrase> {
    let w = &stage.words;
    let span = Span::new(w.tokens[first].span.start, w.tokens[end - 1].span.end);
    let mentions = stage.entities.mentions_in(span);
    let proper =
        |m: &&crate::entities::Mention| matches!(m.kind, MentionKind::Name | MentionKind::Alias | MentionKind::Acronym);
    let m = mentions.iter().find(proper)?;
    let person = stage.entities.entities.get(m.entity).is_some_and(|e| e.kind == EntityType::Person);
    if !person || mentions.iter().filter(proper).any(|o| o.entity != m.entity) {
        return None;
    }
    w.phrase_after(w.at_or_after(m.span.start), end).filter(|p| p.kind == PhraseKind::Name)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{assert_no_quotes, assert_quotes, found, speakers};

    #[test]
    fn a_name_with_of_or_for_opening_the_sentence_speaks_whole() {
        let want = |speaker: &str, name: &str| vec![(speaker.to_string(), name.to_string())];
        assert_eq!(
            speakers("Transport for London said the line would reopen on Monday."),
            want("Transport for London", "Transport for London")
        );
        assert_eq!(
            speakers("Ministry of Fisheries officials said the quota would change."),
            want("Ministry of Fisheries officials", "")
        );
        assert_eq!(
            speakers("Commission for Racial Equality said the policy was wrong."),
            want("Commission for Racial Equality", "Commission for Racial Equality")
        );
        // A capitalised noun opening the sentence still names nobody.
        assert_eq!(speakers("Officials said the jets had landed."), want("Officials", ""));
    }

    #[test]
    fn a_title_with_its_portfolio_before_a_name_speaks_as_the_person() {
        let want = |speaker: &str, name: &str| vec![(speaker.to_string(), name.to_string())];
        assert_eq!(
            speakers("Secretary of State Warren Christopher said the talks would resume."),
            want("Secretary of State Warren Christopher", "Warren Christopher")
        );
        assert_eq!(
            speakers("Speaker of the House Ron Deakins said the House would act."),
            want("Speaker of the House Ron Deakins", "Ron Deakins")
        );
        // A spokesman for someone is not that someone.
        assert_eq!(
            speakers("A spokesman for John Smith said the talks would resume."),
            want("A spokesman for John Smith", "")
        );
    }

    #[test]
    fn a_hyphenated_trade_or_a_walker_speaks() {
        assert_quotes(
            "“Please do not drink the water”: co-op says",
            &[("direct", "Please do not drink the water", "co-op", "says", "quote-speaker-cue")],
        );
        assert_quotes(
            "One dog walker on the bridge called the repairs “long overdue.”",
            &[("partial", "long overdue", "One dog walker", "called", "described-as")],
        );
    }

    #[test]
    fn quote_then_pronoun_and_cue() {
        assert_quotes("“We will win,” she said.", &[("direct", "We will win", "she", "said", "quote-speaker-cue")]);
        assert_quotes("“Why now?” she asked.", &[("direct", "Why now?", "she", "asked", "quote-speaker-cue")]);
        assert_quotes(
            "“We will win,” Jane Doe, 46, told Reuters.",
            &[("direct", "We will win", "Jane Doe", "told", "quote-speaker-cue")],
        );
        assert_quotes(
            "“Volumes will grow,” chief executive Idunn Sæther said on a call with analysts.",
            &[("direct", "Volumes will grow", "Idunn Sæther", "said", "quote-speaker-cue")],
        );
        assert_quotes(
            "“Prices will rise,” a spokesman for the ministry said on Monday.",
            &[("direct", "Prices will rise", "a spokesman for the ministry", "said", "quote-speaker-cue")],
        );
    }

    #[test]
    fn a_quote_paragraph_after_a_sentence_naming_one_person_is_theirs() {
        assert_quotes(
            "Dennis Kowalczyk worked for 26 years at the mill. These days Mr. Kowalczyk comes to the library most mornings.\n\n\
             “When the mill went, everybody told me to retrain. So I did the retraining.”",
            &[(
                "direct",
                "When the mill went, everybody told me to retrain. So I did the retraining.",
                "Kowalczyk",
                "",
                "after-naming-sentence",
            )],
        );
    }

    #[test]
    fn a_title_with_its_comma_inside_the_marks_is_no_quote() {
        assert_quotes(
            "In her 2004 memoir, “Deep Water,” she wrote that a captain had refused to sail with her.",
            &[("indirect", "a captain had refused to sail with her", "she", "wrote", "reported-that")],
        );
        assert_quotes(
            "Her co-star in “The Glass House,” Tobias Hart, who plays the detective, said she had been “terrifyingly good” on set.",
            &[("mixed", "terrifyingly good", "Tobias Hart", "said", "reported-mixed")],
        );
        // A cue before the work's noun (`according to`) does not make the title whole; nor
        // is `report` a cue after an owner and an adjective.
        assert_quotes(
            "Vaccination rates fell sharply, according to the department’s annual report, “Immunization in Harlan 2023,” released in March.",
            &[("indirect", "Vaccination rates fell sharply", "the department’s annual report", "according to", "according-to")],
        );
        assert_quotes(
            "The agency said in its annual report, “We are proud of the results.”",
            &[("direct", "We are proud of the results.", "The agency", "said", "cue-comma")],
        );
    }

    #[test]
    fn a_post_is_a_cue_and_emoji_may_stand_for_the_comma() {
        assert_quotes(
            "“We threw away $4,000 worth of dough. For two degrees,” she posted.",
            &[("direct", "We threw away $4,000 worth of dough. For two degrees", "she", "posted", "quote-speaker-cue")],
        );
        assert_quotes(
            "“We deserved a point at least 🇧🇷👏🏽” Navarro posted on social media afterwards.",
            &[("direct", "We deserved a point at least 🇧🇷👏🏽", "Navarro", "posted", "quote-speaker-cue")],
        );
    }

    #[test]
    fn a_cue_with_a_clause_of_its_own_in_the_next_sentence_is_no_trailing_attribution() {
        assert_quotes(
            "Oyelaran was upbeat, calling the phone “the first folding device worth having.” He said early demand \
             from engineering firms could lead to large orders.",
            &[
                ("partial", "the first folding device worth having", "Oyelaran", "calling", "described-as"),
                (
                    "indirect",
                    "early demand from engineering firms could lead to large orders",
                    "He",
                    "said",
                    "reported-speech",
                ),
            ],
        );
    }

    #[test]
    fn a_source_runs_on_to_the_end_of_its_name_or_compound() {
        assert_quotes(
            "The fire had burned 14,200 acres, according to the California Department of Forestry and Fire Protection.",
            &[(
                "indirect",
                "The fire had burned 14,200 acres",
                "the California Department of Forestry and Fire Protection",
                "according to",
                "according-to",
            )],
        );
        assert_quotes(
            "Residents reported illness in the week after the failure, according to the state health department.",
            &[(
                "indirect",
                "Residents reported illness in the week after the failure",
                "the state health department",
                "according to",
                "according-to",
            )],
        );
    }

    #[test]
    fn who_is_told_after_a_quote_is_no_speaker() {
        assert_quotes(
            "Marcus Oyelaran, who has called the crash “entirely preventable,” told jurors last week that the \
             driver was drunk.",
            &[
                ("partial", "entirely preventable", "Marcus Oyelaran", "called", "described-as"),
                ("indirect", "the driver was drunk", "Marcus Oyelaran", "told", "reported-that"),
            ],
        );
        // A name after the addressee, ending the sentence, is the speaker.
        assert_quotes(
            "“We will not be rushed into a deal,” told reporters Mr. Halvard Ness.",
            &[("direct", "We will not be rushed into a deal", "Mr. Halvard Ness", "told", "quote-cue-speaker")],
        );
    }

    #[test]
    fn a_name_apposed_to_a_place_is_no_speaker() {
        assert_quotes(
            "The European Union’s delegation in the capital, Brevna, said it was closely following events.",
            &[(
                "indirect",
                "it was closely following events",
                "The European Union’s delegation",
                "said",
                "reported-speech",
            )],
        );
        assert_quotes(
            "The company’s chief executive, John Smith, said the deal was done.",
            &[("indirect", "the deal was done", "John Smith", "said", "reported-speech")],
        );
    }

    #[test]
    fn quote_then_role_words_a_name_and_the_cue() {
        assert_quotes(
            "“This is a sugar hit,” shadow treasurer Angus McCredie told reporters.",
            &[("direct", "This is a sugar hit", "Angus McCredie", "told", "quote-speaker-cue")],
        );
        // Words of grammar before the name make no role.
        assert_no_quotes("“It was close,” and then Sam Ferrante said nothing.");
        // Two roles joined by `and`, in any case, after the company's name.
        assert_quotes(
            "“Today is a milestone,” Veridian co-founder and Chief Executive Officer Samir Haddad said.",
            &[("direct", "Today is a milestone", "Samir Haddad", "said", "quote-speaker-cue")],
        );
        assert_quotes(
            "“It works,” Lumora co-founder and CEO Theo Abara told CNBC.",
            &[("direct", "It works", "Theo Abara", "told", "quote-speaker-cue")],
        );
        // So before the cue: a role joined to the titles is the name's, no second subject.
        let got = crate::quotes::tests::speakers(
            "Founder and Chief Executive Officer Daniel Voss said that the firm had failed.",
        );
        assert_eq!(got.first().map(|s| s.1.as_str()), Some("Daniel Voss"), "{got:?}");
    }

    #[test]
    fn a_title_with_the_before_the_name_apposed_to_it() {
        assert_quotes(
            "The Housing Secretary, Nadia Farrow, said: “We will act.”",
            &[("direct", "We will act.", "Nadia Farrow", "said", "colon-introduced")],
        );
    }

    #[test]
    fn a_participles_phrase_opening_the_sentence_is_no_subject() {
        assert_quotes(
            "Speaking with our correspondent, a trader, John Mensah, said prices had risen.",
            &[("indirect", "prices had risen", "John Mensah", "said", "reported-speech")],
        );
        assert_quotes(
            "Asked about the delay, a spokesman, Tom Hale, said it was regrettable.",
            &[("indirect", "it was regrettable", "Tom Hale", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_person_apposed_to_an_organisations_role() {
        assert_quotes(
            "The Royal College of Nursing's director in Northern Ireland, Bronagh McCaughey, said: \
             “Our members have been raising the alarm.”",
            &[("direct", "Our members have been raising the alarm.", "Bronagh McCaughey", "said", "colon-introduced")],
        );
    }

    #[test]
    fn a_name_after_its_titles_before_a_relative_clause() {
        assert_quotes(
            "Karnataka IT and Biotechnology Minister Nagaraj Belagali, who attended the launch, was quoted by PTI \
             as saying the State wanted more such products.",
            &[(
                "indirect",
                "the State wanted more such products",
                "Biotechnology Minister Nagaraj Belagali",
                "quoted",
                "quoted-as-saying",
            )],
        );
    }

    #[test]
    fn quote_then_cue_and_name_with_apposition() {
        assert_quotes(
            "“We will win,” said Jane Doe, chief executive of Acme.",
            &[("direct", "We will win", "Jane Doe", "said", "quote-cue-speaker")],
        );
        assert_quotes(
            "“We are ready,” Aisha A. Gallagher, head of Seo-yeon Labs, said on Wednesday.",
            &[("direct", "We are ready", "Aisha A. Gallagher", "said", "quote-speaker-cue")],
        );
        assert_quotes(
            "“We are ready,” Min-jun Cortés warned.",
            &[("direct", "We are ready", "Min-jun Cortés", "warned", "quote-speaker-cue")],
        );
        assert_quotes(
            "“Demand is strong,” said chief financial officer Dorothea Linscott.",
            &[("direct", "Demand is strong", "Dorothea Linscott", "said", "quote-cue-speaker")],
        );
        assert_quotes(
            "“The rules are clear,” according to Judge Maria Olsen.",
            &[("direct", "The rules are clear", "Judge Maria Olsen", "according to", "according-to")],
        );
    }

    #[test]
    fn a_role_with_its_attachment_before_the_name() {
        assert_quotes(
            "“We moved too slowly,” said head of trading at Larchmont Securities Jana Wiśniewski.",
            &[("direct", "We moved too slowly", "Jana Wiśniewski", "said", "quote-cue-speaker")],
        );
        assert_quotes(
            "“The vote will wait,” said deputy speaker of parliament Ananya Al-Rashid.",
            &[("direct", "The vote will wait", "Ananya Al-Rashid", "said", "quote-cue-speaker")],
        );
        assert_quotes(
            "“The law is clear,” said law professor at the University of Tarrow Dr. Margarethe Fenholm.",
            &[("direct", "The law is clear", "Dr. Margarethe Fenholm", "said", "quote-cue-speaker")],
        );
        assert_quotes(
            "Costs will rise, said chief financial officer of Noroski Telecom Corp. Patricia Radcliffe.",
            &[("indirect", "Costs will rise", "Patricia Radcliffe", "said", "trailing-indirect")],
        );
        // No name after the role: the role speaks.
        assert_quotes(
            "“We moved too slowly,” said a spokesman for Larchmont Securities.",
            &[("direct", "We moved too slowly", "a spokesman for Larchmont Securities", "said", "quote-cue-speaker")],
        );
    }

    #[test]
    fn name_and_cue_then_colon() {
        assert_quotes(
            "Jane Doe said: “We will win.”",
            &[("direct", "We will win.", "Jane Doe", "said", "colon-introduced")],
        );
        assert_quotes(
            "Mr. Renner added: “Today we stop pretending.”",
            &[("direct", "Today we stop pretending.", "Mr. Renner", "added", "colon-introduced")],
        );
        // A cue's noun after a preposition (`during public comment`) introduces nothing.
        assert_quotes(
            "Parent Jane Doe, who has two sons, told trustees during public comment: “Practice runs until 6.”",
            &[("direct", "Practice runs until 6.", "Parent Jane Doe", "told", "colon-introduced")],
        );
    }

    #[test]
    fn a_place_after_the_speaker_is_not_the_speaker() {
        assert_quotes(
            "“We will not give in,” Jane Doe in Paris said.",
            &[("direct", "We will not give in", "Jane Doe", "said", "quote-speaker-cue")],
        );
        assert_quotes(
            "“The talks will go on,” a spokesman in Brussels told reporters.",
            &[("direct", "The talks will go on", "a spokesman", "told", "quote-speaker-cue")],
        );
        assert_quotes(
            "Jane Doe in Paris said: “We will not give in.”",
            &[("direct", "We will not give in.", "Jane Doe", "said", "colon-introduced")],
        );
        // The host speaks, not the place; with the words she marks, mixed.
        assert_quotes(
            "One host in Salthill, who lets a flat, said she would register ‘under protest’.",
            &[("mixed", "under protest", "One host", "said", "reported-mixed")],
        );
    }

    #[test]
    fn tokenized_text_with_marks_set_apart() {
        assert_quotes(
            "\" We do n't back any such ban because we see no grounds for it , \" the Commission 's chief spokesman Pieter van der Berg told a news briefing .",
            &[(
                "direct",
                "We do n't back any such ban because we see no grounds for it",
                "the Commission 's chief spokesman Pieter van der Berg",
                "told",
                "quote-speaker-cue",
            )],
        );
        assert_quotes(
            "Prices fell again . He said : \" The market is weak and we expect more losses . \"",
            &[("direct", "The market is weak and we expect more losses .", "He", "said", "colon-introduced")],
        );
        assert_quotes(
            "\" Demand will recover , \" said Anna Berg , an analyst at Acme . \" But not this year . \"",
            &[
                ("direct", "Demand will recover", "Anna Berg", "said", "quote-cue-speaker"),
                ("direct", "But not this year .", "Anna Berg", "said", "continuation"),
            ],
        );
    }

    #[test]
    fn quote_then_dash_and_name() {
        assert_quotes(
            "“Nobody is above the rules.” — Commissioner Jane Doe",
            &[("direct", "Nobody is above the rules.", "Commissioner Jane Doe", "", "dash-attribution")],
        );
    }

    #[test]
    fn colon_ending_the_paragraph_before() {
        assert_quotes(
            "Asked about the delay, he was blunt. As he put it:\n\n“There is no need to worry about the chip problem.”",
            &[("direct", "There is no need to worry about the chip problem.", "he", "put it", "colon-paragraph")],
        );
        assert_quotes(
            "He repeated the point in a briefing, stating bluntly:\n\n“Our chip is still behind by a generation”.",
            &[("direct", "Our chip is still behind by a generation", "He", "stating", "colon-paragraph")],
        );
        // A participle after `before` hangs on its clause's subject; the quote's second
        // paragraph is hers too, whoever its first names.
        assert_quotes(
            "Asked about Sunday, Ahlgren looked out at the water before answering:\n\n“I am going to sit on my \
             porch. I think I have earned that.\n\n“But I will tell you the truth.”",
            &[(
                "direct",
                "I am going to sit on my porch. I think I have earned that.\n\n“But I will tell you the truth.",
                "Ahlgren",
                "answering",
                "colon-paragraph",
            )],
        );
    }

    #[test]
    fn a_quote_in_two_pieces_has_one_speaker() {
        assert_quotes(
            "“We will win,” he added. “Nobody can stop us.”",
            &[
                ("direct", "We will win", "he", "added", "quote-speaker-cue"),
                ("direct", "Nobody can stop us.", "he", "added", "continuation"),
            ],
        );
        assert_quotes(
            "“We will win,” she said, “and then we rest.”",
            &[
                ("direct", "We will win", "she", "said", "quote-speaker-cue"),
                ("direct", "and then we rest.", "she", "said", "cue-comma"),
            ],
        );
    }

    #[test]
    fn a_phrase_between_the_cue_and_the_rest_of_a_split_quote() {
        assert_quotes(
            "“We are disappointed,” Ken Paxman said in a statement, “but not surprised.”",
            &[
                ("direct", "We are disappointed", "Ken Paxman", "said", "quote-speaker-cue"),
                ("direct", "but not surprised.", "Ken Paxman", "said", "cue-comma"),
            ],
        );
        assert_quotes(
            "“I don't know,” Martinez said when asked about his future, “what the board is thinking.”",
            &[
                ("direct", "I don't know", "Martinez", "said", "quote-speaker-cue"),
                ("direct", "what the board is thinking.", "Martinez", "said", "cue-comma"),
            ],
        );
    }

    #[test]
    fn a_short_phrase_between_cue_and_quote() {
        assert_quotes(
            "One poster joined in, writing in a blog post “I have loaded up the tool and started.”",
            &[("direct", "I have loaded up the tool and started.", "One poster", "writing", "cue-quote")],
        );
    }

    #[test]
    fn a_line_break_inside_a_quote() {
        assert_quotes(
            "After the match, coach Hernan Gomez said, \"I think we have learned a lot.\nIt was a very emotional day.\"",
            &[(
                "direct",
                "I think we have learned a lot.\nIt was a very emotional day.",
                "Hernan Gomez",
                "said",
                "cue-comma",
            )],
        );
    }

    #[test]
    fn cue_and_comma_before_the_quote() {
        assert_quotes("She added, “We will win.”", &[("direct", "We will win.", "She", "added", "cue-comma")]);
    }

    #[test]
    fn a_quote_over_several_paragraphs() {
        let text = "Team captain Ana Varga recalled the moment:\n\n“We stopped at a bus shelter.\n\n“Then Mathis stood up.\n\n“We were stubborn.”";
        assert_quotes(
            text,
            &[(
                "direct",
                "We stopped at a bus shelter.\n\n“Then Mathis stood up.\n\n“We were stubborn.",
                "Ana Varga",
                "recalled",
                "colon-paragraph",
            )],
        );
        let text = "“We stopped at a bus shelter.\n\n“Then we went on,” she said.";
        assert_quotes(
            text,
            &[("direct", "We stopped at a bus shelter.\n\n“Then we went on", "she", "said", "quote-speaker-cue")],
        );
    }

    #[test]
    fn a_whole_sentence_quoted_after_the_writers_dash() {
        assert_quotes(
            "Captain Owen Pritchard had a simple explanation — \"We turned up every morning expecting to win.\"",
            &[(
                "direct",
                "We turned up every morning expecting to win.",
                "Captain Owen Pritchard",
                "",
                "dash-introduced",
            )],
        );
        assert_quotes(
            "His message to markets was unmistakable — “The job on inflation is not done.”",
            &[("direct", "The job on inflation is not done.", "His", "", "dash-introduced")],
        );
        // A fragment after a dash is no utterance of its own.
        assert_no_quotes("Residents faced a choice — “stay or go” — as the fire spread.");
    }

    #[test]
    fn a_quote_after_a_sentence_naming_its_speaker() {
        assert_quotes(
            "Coach Ana Ruiz has run the club since 2010. “It never gets easier.”",
            &[("direct", "It never gets easier.", "Coach Ana Ruiz", "", "after-naming-sentence")],
        );
    }

    #[test]
    fn a_quote_whose_speaker_the_next_sentence_names() {
        assert_quotes(
            "“I heard a sound like an aeroplane coming down.”\n\nThat is how Maya Gurung, 42, described the \
             moment the hillside gave way.",
            &[("direct", "I heard a sound like an aeroplane coming down.", "Maya Gurung", "described", "said-after")],
        );
        assert_quotes(
            "“He never took a shilling from them.”\n\nSo said Elias Serem, who now coaches in Kaptagat.",
            &[("direct", "He never took a shilling from them.", "Elias Serem", "said", "said-after")],
        );
        // The words a sign reads are nobody's; a reply's are its writer's.
        assert_no_quotes(
            "Anna cooked. The blackboard by the door reads: ‘Rated one star by a man who sent back the sea.’",
        );
        // Not a sentence that only goes on from the quote.
        assert_quotes(
            "“It was over,” said Ana Ruiz.\n\n“We lost.”\n\nThat is how the season ended.",
            &[
                ("direct", "It was over", "Ana Ruiz", "said", "quote-cue-speaker"),
                ("direct", "We lost.", "Ana Ruiz", "", "previous-speaker"),
            ],
        );
    }

    #[test]
    fn a_title_and_what_it_is_of_before_the_name() {
        assert_quotes(
            "“We will act,” the Minister for the Environment, Aoife Doherty, said.",
            &[("direct", "We will act", "Aoife Doherty", "said", "quote-speaker-cue")],
        );
        // A question called out by a reporter.
        assert_quotes(
            "“Will you vote against your own Government, Minister?” one reporter called out.",
            &[(
                "direct",
                "Will you vote against your own Government, Minister?",
                "one reporter",
                "called out",
                "quote-speaker-cue",
            )],
        );
    }

    #[test]
    fn a_paragraph_of_quotes_after_the_speakers_first_quote() {
        let text = "“The season was long,” said coach Ana Ruiz.\n\n“We lost six games in a row. Nobody gave up.”\n\n“Next year will be different.”";
        assert_quotes(
            text,
            &[
                ("direct", "The season was long", "Ana Ruiz", "said", "quote-cue-speaker"),
                ("direct", "We lost six games in a row. Nobody gave up.", "Ana Ruiz", "", "previous-speaker"),
                ("direct", "Next year will be different.", "Ana Ruiz", "", "previous-speaker"),
            ],
        );
    }

    #[test]
    fn fragments_of_a_view_or_with_a_long_described_object() {
        assert_quotes(
            "Mayor Ana Duarte spoke first. For Duarte, the hiring freeze was “a layoff with better manners.”",
            &[("partial", "a layoff with better manners", "Duarte", "", "framed-view")],
        );
        // So a pronoun for a person, or a family; not a word named as a word.
        assert_quotes(
            "For him, the night was “the longest I have ever spent sitting down”.",
            &[("partial", "the longest I have ever spent sitting down", "him", "", "framed-view")],
        );
        assert_quotes(
            "For the Vandergriffs, the process has been “a crash course in paperwork.”",
            &[("partial", "a crash course in paperwork", "the Vandergriffs", "", "framed-view")],
        );
        assert_no_quotes("For them, “victory” is a strange word.");
        // Not a time or a thing.
        assert_no_quotes("For the first time, the “new normal” arrived.");
        // An adverb, a figure or a participle's phrase in the object.
        assert_quotes(
            "He described the £150m a year as “a sticking plaster”.",
            &[("partial", "a sticking plaster", "He", "described", "described-as")],
        );
        assert_quotes(
            "Lyle Brennan once described the hand as “a freight train with manners.”",
            &[("partial", "a freight train with manners", "Lyle Brennan", "described", "described-as")],
        );
        // A verb of judging describes too, and a clause reported before it stays reported.
        assert_quotes(
            "Koranyi said Montavia reserved the right to respond and dismissed the claims as “a cheap spy novel.”",
            &[
                ("indirect", "Montavia reserved the right to respond", "Koranyi", "said", "reported-speech"),
                ("partial", "a cheap spy novel", "Koranyi", "dismissed", "described-as"),
            ],
        );
        assert_quotes(
            "She called a draft circulated by the co-chairs “a floor, not a ceiling.”",
            &[("partial", "a floor, not a ceiling", "She", "called", "described-as")],
        );
        assert_quotes(
            "Harold Quist called the six-week gap between the inspection and the derailment “a flashing red light”.",
            &[("partial", "a flashing red light", "Harold Quist", "called", "described-as")],
        );
        // In the passive, whoever `by` names gives the label.
        assert_quotes(
            "The findings were described by outside scientists as “a genuine milestone” in the search.",
            &[("partial", "a genuine milestone", "outside scientists", "described", "described-as")],
        );
        // `referred to X as` with a subject describes; in the passive it gives a term.
        assert_quotes(
            "Ms Okafor referred to the levy as “a tax on the sick.”",
            &[("partial", "a tax on the sick", "Ms Okafor", "referred to", "described-as")],
        );
        assert_no_quotes("Crews call it a practice referred to as “brownouts” in the fire service.");
        // A verb of judging takes its quote only after `as`: right after the object, the marks
        // are the writer's.
        assert_quotes(
            "Dave Pollitt has blasted a council ban on van chimes as “petty, pointless and un-British”.",
            &[("partial", "petty, pointless and un-British", "Dave Pollitt", "blasted", "described-as")],
        );
        assert_no_quotes("The minister criticised the “so-called reforms” on Tuesday.");
        // A blocker that is the object of a verb of naming is what is named (`campaign`), but
        // a word named as a word stays one.
        assert_quotes(
            "He called the hoteliers’ campaign ‘scaremongering of the most tiresome kind’ on Monday.",
            &[("partial", "scaremongering of the most tiresome kind", "He", "called", "described-as")],
        );
        assert_no_quotes("Critics called the word “resilience” overused.");
        // A base form after a name and an article, or right after the verb of naming, is a
        // noun in the object (`the VAR call`).
        assert_quotes(
            "Gary Kirwan branded the VAR call “a shambles” last night.",
            &[("partial", "a shambles", "Gary Kirwan", "branded", "described-as")],
        );
        assert_quotes(
            "Kirwan brands VAR call ‘a shambles’ after cup exit",
            &[("partial", "a shambles", "Kirwan", "brands", "described-as")],
        );
        // A buyer speaks.
        assert_quotes(
            "One buyer, who asked not to be named, called it “the best show in years”.",
            &[("partial", "the best show in years", "One buyer", "called", "described-as")],
        );
    }

    #[test]
    fn a_person_after_a_place_is_no_place_in_a_list_and_shooting_back_speaks() {
        assert_quotes(
            "Speaking on a visit to a primary school in Derby, Ms Ainsworth said the offer was fair.",
            &[("indirect", "the offer was fair", "Ms Ainsworth", "said", "reported-speech")],
        );
        assert_quotes(
            "“They need a clinician,” Alvarado shot back.",
            &[("direct", "They need a clinician", "Alvarado", "shot back", "quote-speaker-cue")],
        );
    }

    #[test]
    fn a_headline_quote_before_a_colon_is_said_by_whoever_follows() {
        assert_quotes(
            "“Stay off the roads”: forecasters warn of 130 km/h gusts\n\nThe weather service issued its alert.",
            &[("direct", "Stay off the roads", "forecasters", "warn", "quote-speaker-cue")],
        );
        // Not in the body.
        assert_no_quotes("The sign read “Stay off the roads”: crews were out all night.");
        // With no cue, a name or a speaking noun opening the headline after the colon.
        assert_quotes(
            "\"We were second best\": Whitlock takes the blame after defeat\n\nThe captain spoke.",
            &[("direct", "We were second best", "Whitlock", "", "headline-colon")],
        );
        assert_no_quotes("“Fake news”: the slogan that ate politics\n\nIt spread.");
        // After its speaker's colon, before the news it comes with.
        assert_quotes(
            "Lifeguard Kayleigh: ‘I’ve never seen it this bad’ as sewage shuts beach\n\nFamilies left.",
            &[("direct", "I’ve never seen it this bad", "Lifeguard Kayleigh", "", "colon-introduced")],
        );
        assert_no_quotes("Sewage: ‘dirty water’ as beach shut\n\nFamilies left.");
    }

    #[test]
    fn words_a_subject_named_with_a_verb_of_naming_are_its_own() {
        assert_quotes(
            "That crossing was what she called the \"trigger point\" for an evacuation.",
            &[("partial", "trigger point", "she", "called", "described-as")],
        );
        assert_quotes(
            "It ended a rescue that Gov. Dana Whitlow called “nothing short of a miracle.”",
            &[("partial", "nothing short of a miracle", "Gov. Dana Whitlow", "called", "described-as")],
        );
        // A person the words alone would read into the phrase before the cue.
        assert_quotes(
            "Barry Tregonning ran the cinema. It went digital in 2013, a change Tregonning calls “the saddest good decision anybody ever made”.",
            &[("partial", "the saddest good decision anybody ever made", "Tregonning", "calls", "described-as")],
        );
        assert_quotes(
            "Kaspar Imhof studies ice. Lead fell in the 1340s, a dip Imhof called “the fingerprint of the plague”.",
            &[("partial", "the fingerprint of the plague", "Imhof", "called", "described-as")],
        );
        assert_no_quotes("They own a dog called “Rex”.");
        // A free relative's subject, an acronym in brackets, a work or a gerund in the object.
        assert_quotes(
            "The court moved to solve what the majority called “a problem that existed mostly on paper.”",
            &[("partial", "a problem that existed mostly on paper", "the majority", "called", "described-as")],
        );
        assert_quotes(
            "Sunita Oraon accused the Rashtriya Pragati Dal (RPD) government of “selling the dreams of the youth”.",
            &[("partial", "selling the dreams of the youth", "Sunita Oraon", "accused", "described-as")],
        );
        assert_quotes(
            "Lyle Brennan described the book as “a freight train with manners.”",
            &[("partial", "a freight train with manners", "Lyle Brennan", "described", "described-as")],
        );
        assert_quotes(
            "Jess Marlowe has described writing her memoir as “harder than any tour I’ve done”.",
            &[("partial", "harder than any tour I’ve done", "Jess Marlowe", "described", "described-as")],
        );
        // A name, and a term a group uses, are no one's words.
        assert_no_quotes("They formed a group called \"Friends of the Park\" in May.");
        assert_no_quotes("Delegates want the fund for what negotiators call “loss and damage,” the harm from storms.");
        assert_no_quotes("Riders use products that passed what the industry calls \"third-party testing,\" in which …");
    }

    #[test]
    fn a_day_a_member_or_an_age_before_the_cue_is_no_speaker() {
        assert_quotes(
            "Eleven novelists, including the writer Marcus Delaney, on Wednesday accused Lexora of “theft on an industrial scale”.",
            &[("partial", "theft on an industrial scale", "Eleven novelists", "accused", "described-as")],
        );
        assert_quotes(
            "Among the marchers was Nathalie Giraud, 58, a nurse in Créteil, who said she had worked nights for 31 years.",
            &[("indirect", "she had worked nights for 31 years", "Nathalie Giraud", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_long_name_with_its_article_speaks_after_the_clause() {
        assert_quotes(
            "The risk to the public remains low, the Centers for Disease Control and Prevention said.",
            &[(
                "indirect",
                "The risk to the public remains low",
                "the Centers for Disease Control and Prevention",
                "said",
                "trailing-indirect",
            )],
        );
    }

    #[test]
    fn a_fragment_after_a_cue_in_a_relative_clause_is_the_cue_s_subject_s() {
        assert_quotes(
            "She cancelled the tour, in a decision she said had ‘broken my heart into very small pieces’.",
            &[("partial", "broken my heart into very small pieces", "she", "said", "relative-cue")],
        );
        assert_quotes(
            "The film won in a decision the jury president, Anna Berg, said had been \"unanimous and easy\".",
            &[("partial", "unanimous and easy", "Anna Berg", "said", "relative-cue")],
        );
        assert_quotes("He said \"no\" to the plan.", &[("mixed", "no", "He", "said", "cue-quote")]);
    }

    #[test]
    fn a_describing_cue_takes_an_object_holding_another_cue_and_a_speaker_placed_by_a_participle() {
        assert_quotes(
            "He described reports of a crop failure in central India as \"premature and irresponsible\".",
            &[("partial", "premature and irresponsible", "He", "described", "described-as")],
        );
        assert_quotes(
            "A woman travelling to Alicante described the scene as ‘like a jumble sale with suitcases’.",
            &[("partial", "like a jumble sale with suitcases", "A woman", "described", "described-as")],
        );
    }

    #[test]
    fn a_self_described_fragment_is_the_described_one_s() {
        assert_quotes(
            "Ms. Oraon, a self-described “daughter of the forest”, grew up in Gumla.",
            &[("partial", "daughter of the forest", "Ms. Oraon", "", "self-described")],
        );
        assert_quotes(
            "Marlowe is a self-styled \"reluctant rock star\" who lives on a farm.",
            &[("partial", "reluctant rock star", "Marlowe", "", "self-described")],
        );
        assert_no_quotes("A self-described “daughter of the forest” grew up in Gumla.");
    }

    #[test]
    fn fragments_with_a_describing_cue_or_a_list_are_partial() {
        assert_quotes(
            "Jane Doe called the plan “reckless and short-sighted”.",
            &[("partial", "reckless and short-sighted", "Jane Doe", "called", "described-as")],
        );
        assert_quotes(
            "The opposition leader, Marine Poulain, accused the government of “playing with fire”.",
            &[("partial", "playing with fire", "Marine Poulain", "accused", "described-as")],
        );
        let text = "Ren highlighted the strategy:\n- Cluster computing: combining chips.\n- Design: “using mathematics to supplement physics” and more.";
        assert_quotes(
            text,
            &[("partial", "using mathematics to supplement physics", "Ren", "highlighted", "colon-list")],
        );
    }

    #[test]
    fn fragments_after_a_cue_and_a_preposition_are_partial() {
        assert_quotes(
            "Another resident, Jorge Medrano, urged the council to “stop kicking the can down the road.”",
            &[("partial", "stop kicking the can down the road", "Jorge Medrano", "urged", "speech-act")],
        );
        assert_quotes(
            "Mayor Phil Hruska vowed to “fight for every job”.",
            &[("partial", "fight for every job", "Mayor Phil Hruska", "vowed", "speech-act")],
        );
        assert_quotes(
            "The governor warned of “a hammer blow to the economy”.",
            &[("partial", "a hammer blow to the economy", "The governor", "warned", "speech-act")],
        );
        // After an object, or of one word, the marks are the writer's.
        assert_quotes("Hruska announced plans for “smart cities” across the region.", &[]);
        assert_quotes("Hruska urged voters to “resist”.", &[]);
    }

    #[test]
    fn a_clause_after_the_cue_is_no_inverted_speaker() {
        // `said the deal was dead` reports a clause: `the deal` does not speak the fragment,
        // and the subject before the quoted words says it.
        assert_quotes(
            "Smith, who calls himself “a realist,” said the deal was dead.",
            &[
                ("partial", "a realist", "Smith", "calls", "described-as"),
                ("indirect", "the deal was dead", "Smith", "said", "reported-speech"),
            ],
        );
    }

    #[test]
    fn a_description_with_its_place_before_a_relative_clause_speaks() {
        assert_quotes(
            "Tourism operators in Cairns, where the reef brings in A$6 billion a year, said the study was a wake-up call.",
            &[("indirect", "the study was a wake-up call", "Tourism operators", "said", "reported-speech")],
        );
    }

    #[test]
    fn subjects_after_a_conjunction_with_a_relative_or_with_once() {
        // A conjunction opening the sentence is no part of an apposed subject.
        assert_quotes(
            "But Giles Penhallow, the government backbencher who led the rebellion, said the bill was dead.",
            &[("indirect", "the bill was dead", "Giles Penhallow", "said", "reported-speech")],
        );
        // `that` and a verb after a description open a relative clause, whose object is not
        // the speaker; nor is the object of a relative's verb.
        assert_quotes(
            "A fire destroyed the diner, but the family that owns it says they are not going anywhere.",
            &[("indirect", "they are not going anywhere", "the family", "says", "reported-speech")],
        );
        assert_quotes(
            "Officials who briefed reporters said the talks had failed.",
            &[("indirect", "the talks had failed", "Officials", "said", "reported-speech")],
        );
        // `once` after the comma closing an apposition is an adverb.
        assert_quotes(
            "The manager, Bernie Slade, once said she was impossible to manage.",
            &[("indirect", "she was impossible to manage", "Bernie Slade", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_place_after_a_place_is_no_speaker_and_a_name_apposed_to_a_subject_is() {
        assert_quotes(
            "A farmer from Austin, Texas, said the drought was bad.",
            &[("indirect", "the drought was bad", "A farmer from Austin", "said", "reported-speech")],
        );
        assert_quotes(
            "The Irish ambassador to Britain, Niamh Corrigan, paid tribute, saying the singer was a bridge.",
            &[("indirect", "the singer was a bridge", "Niamh Corrigan", "saying", "reported-speech")],
        );
    }

    #[test]
    fn a_name_after_a_hyphenated_role_or_an_owner_ends_an_apposed_subject() {
        assert_quotes(
            "Former Scotland scrum-half Niall Baxter, speaking on radio, said the scrum had been poor.",
            &[("indirect", "the scrum had been poor", "Niall Baxter", "said", "reported-speech")],
        );
        assert_quotes(
            "Students’ union president Callum Reid, 21, from Bradford, said about 150 students had taken part.",
            &[("indirect", "about 150 students had taken part", "Callum Reid", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_list_of_places_after_the_subject_does_not_speak() {
        assert_quotes(
            "Parents interviewed in Kisumu, Nakuru and Nairobi said they were worried about it.",
            &[("indirect", "they were worried about it", "Parents", "said", "reported-speech")],
        );
        assert_quotes(
            "Analysts at Goldman Sachs, Morgan Stanley and UBS said the deal was done.",
            &[("indirect", "the deal was done", "Analysts", "said", "reported-speech")],
        );
    }

    #[test]
    fn a_verb_of_manner_after_a_modal_is_no_cue() {
        assert_quotes(
            "Gavin Rasmussen said the strike would continue \"until Coast Mountain comes back with a fair offer.\"",
            &[(
                "mixed",
                "until Coast Mountain comes back with a fair offer",
                "Gavin Rasmussen",
                "said",
                "reported-mixed",
            )],
        );
    }

    #[test]
    fn a_nickname_given_is_no_words_said() {
        assert_no_quotes("Teammates call him \"Hammer,\" a nickname he picked up in college.");
        assert_no_quotes("The plan, which staff call “Project Northstar”, was approved.");
        assert_quotes("Critics called him “a liar”.", &[("partial", "a liar", "Critics", "called", "described-as")]);
    }

    #[test]
    fn a_cue_before_that_after_a_quote_reports_its_clause() {
        assert_quotes(
            "Keswick, who described the tests as “blind to behavior,” argued that testing should cover behavior.",
            &[
                ("partial", "blind to behavior", "Keswick", "described", "described-as"),
                ("indirect", "testing should cover behavior", "Keswick", "argued", "reported-that"),
            ],
        );
    }

    #[test]
    fn a_cue_word_used_as_a_noun_is_no_cue() {
        assert_quotes(
            "The shadow secretary, Joanna Pearce, called the minister's claim “a fantasy” and left.",
            &[("partial", "a fantasy", "Joanna Pearce", "called", "described-as")],
        );
    }

    #[test]
    fn coordinated_fragments_share_their_attribution() {
        assert_quotes(
            "Nunzio Galantino has called the ruling “dangerous” and “ideological”.",
            &[
                ("partial", "dangerous", "Nunzio Galantino", "called", "described-as"),
                ("partial", "ideological", "Nunzio Galantino", "called", "continuation"),
            ],
        );
    }

    #[test]
    fn scare_quotes_titles_nicknames_and_words_are_not_quotes() {
        assert_no_quotes("Sales were “strong” last year, and the chips are “one generation behind,” for now.");
        assert_no_quotes("Harold “Hal” Quimby arrived late.");
        assert_no_quotes("She starred in the film “The Long Night” last year.");
        assert_no_quotes("The so-called “reforms” failed. The word “resilience” appears often.");
        assert_no_quotes("The campaign, known as “Stop the Cuts,” grew.");
        assert_no_quotes("The operator, known locally as “the Amber Company,” grew.");
        assert_no_quotes("Crews faced closures, a practice known in the fire service as “brownouts.”");
    }

    #[test]
    fn a_cue_beside_a_name_in_quote_marks_attributes_nothing() {
        assert_no_quotes("The operation, code-named “Iron Shield”, began at dawn.");
        assert_no_quotes("The operation “Iron Shield” began at dawn.");
    }

    #[test]
    fn an_unattributed_utterance_stays_a_quote_with_no_speaker() {
        let got = found("The mood in the hall was grim. “Nobody here believes the plant will ever reopen again.”");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].kind, got[0].speaker.as_deref(), got[0].rule), ("direct", None, "unattributed"));
    }

    #[test]
    fn signs_and_slogans_nobody_says_are_not_quotes() {
        assert_no_quotes("A sign beside the door reads: “Mind the step”.");
        assert_no_quotes("The sign on the door was simple. “Closed until further notice.”");
    }
}
