//! Attributed quotes: who said what, direct, partial, mixed and reported.
//!
//! Needs the segmented [`Document`] and its [`Entities`]: speakers are named through the
//! entity clusters (a pronoun or a surname becomes the entity it refers to); this stage
//! finds the words naming the speaker, the entity stage says whom they name. It leaves
//! numbers inside quotes to the claims stage.
//!
//! The stage runs in five steps, each in its own file:
//! 1. [`marks`] pairs quote marks over the whole document into pieces of quoted text
//!    (apostrophes, multi-paragraph quotes, unclosed and stray marks);
//! 2. [`cues`] finds speech verbs and phrases (`said`, `told`, `put it`, `according to`)
//!    from the `speech_verbs` lexicon in one pass over the text outside the quote marks
//!    (a verb inside a quote is the speaker's and attributes nothing);
//! 3. `attribution` gives each piece a speaker and a cue by local patterns (`“…,” she
//!    said`, `Doe said: “…”`, `“…” — Jane Doe`, a colon ending the paragraph before);
//! 4. `reported` finds reported speech (`X said that …`, `according to X`, `…, X said.`),
//!    turning quoted words inside a reported clause into `mixed` quotes;
//! 5. `attribution` then lets unattributed pieces borrow a speaker from the rest of their
//!    quote, their paragraph or the sentence before; fragments with no one to say them
//!    (scare quotes, titles, nicknames) are dropped.
//!
//! Besides, `interview` reads transcripts, whose paragraphs open with a label naming the
//! speaker (`DOE: …`, `A: …` after `Q: …`).
//!
//! Speaker phrases are recognised in `phrases`. All walks over tokens are bounded and
//! lookups are binary searches or cursors: time is linear in the text.
//!
//! # Rules
//!
//! Every quote names the pattern that produced it in [`Quote::rule`]:
//!
//! - quoted words with their attribution beside them: `quote-speaker-cue` (`“…,” she
//!   said`), `quote-cue-speaker` (`“…,” said Jane Doe, chief executive of Acme`),
//!   `according-to` (`“…,” according to Doe`), `dash-attribution` (`“…” — Commissioner Jane
//!   Doe`), `colon-introduced` (`Doe said: “…”`, `As he put it: “…”`), `dash-introduced`
//!   (`Doe had a simple explanation — “…”`, a whole sentence quoted), `colon-paragraph` (a
//!   paragraph ending `…, stating bluntly:` and the quote filling the next), `cue-comma`
//!   (`She added, “…”`), `cue-quote` (`He said “…”`), `quoted-as-saying` (`AP quoted
//!   prosecutor Jane Doe as saying: “…”`);
//! - quoted words that borrow an attribution: `multi-paragraph` (the other paragraphs of a
//!   quote that runs over several), `continuation` (`“…,” he added. “…”`; `“dangerous” and
//!   “ideological”`), `previous-speaker` (a paragraph of quotes after the speaker's first),
//!   `after-naming-sentence` (a quote right after a sentence whose subject names a person);
//! - fragments (`partial`): `described-as` (`called the plan “reckless”`), `speech-act`
//!   (`urged the council to “act now”`, `warned of “a hammer blow”`), `colon-list` (a list
//!   after `Ren highlighted the strategy:`), `framed-view` (`For Duarte, the freeze was “a
//!   layoff with better manners”`);
//! - reported speech (`indirect`, or `mixed` when it carries quoted words, rule
//!   `reported-mixed`): `reported-that` (`Ren emphasized that …`, `told Reuters that …`),
//!   `reported-speech` (`Officials said a decision …`), `trailing-indirect` (`…, Varga
//!   said.`), `parenthetical-indirect` (`The answer, she says, was that …`), `according-to`
//!   (`According to Doe, …`), `as-said` (`As Heald told the Post, …`), `quoted-as-saying`;
//! - paragraphs of an interview transcript: `speaker-label` (`DOE: I believe it will.`),
//!   `interview-answer` (`A: …` after `Q: …`, said by the one person the introduction
//!   names);
//! - `unattributed`: a whole quoted utterance of six words or more that nobody could be found
//!   to say (its speaker is null, its confidence low).

pub(crate) mod attribution;
pub mod cues;
pub(crate) mod interview;
pub mod marks;
pub(crate) mod phrases;
pub(crate) mod reported;

use std::sync::LazyLock;

use crate::document::{Document, ParagraphKind};
use crate::entities::Entities;
use crate::lexicon;
use crate::span::Span;

use attribution::PieceInfo;
use cues::CueClass;
use phrases::{Phrase, Words};

/// What kind of quote a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A whole quoted utterance.
    Direct,
    /// A quoted fragment inside the writer's sentence.
    Partial,
    /// Reported speech carrying quoted words.
    Mixed,
    /// Reported speech with no quote marks.
    Indirect,
}

impl QuoteKind {
    /// The lower-case name used in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who says a quote, where the text names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The words naming the speaker at the attribution (`He`, `a spokesman`, `Jane Doe`).
    pub span: Span,
    /// The entity those words refer to, when it could be resolved.
    pub entity: Option<usize>,
}

/// An attributed quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// What kind of quote it is.
    pub kind: QuoteKind,
    /// The quoted words (inside the marks), or the reported clause.
    pub span: Span,
    /// Who says it, if the text names anyone.
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase (`said`, `according to`, `put it`).
    pub cue: Option<Span>,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
    /// How sure the rule that produced it is, from 0 to 1.
    pub confidence: f32,
    /// Which pattern produced it.
    pub rule: &'static str,
}

/// Who says something, by which cue, found by which rule.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attribution {
    /// The speaker phrase, when the text names one.
    pub speaker: Option<Phrase>,
    /// Index into [`Stage::cues`] of the cue.
    pub cue: Option<usize>,
    /// The rule's name.
    pub rule: &'static str,
    /// How sure the rule is.
    pub confidence: f32,
}

/// Everything the rules look at: the document, its tokens and entities, the quoted pieces
/// and the cues.
pub(crate) struct Stage<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its tokens, with word tests.
    pub words: Words<'a>,
    /// Its entities, for resolving speakers and checking names.
    pub entities: &'a Entities,
    /// The quoted pieces, in text order.
    pub pieces: Vec<marks::Piece>,
    /// The speech cues, in text order.
    pub cues: Vec<cues::Cue>,
    /// The token range `[first, end)` of each paragraph.
    pub paragraph_tokens: Vec<(usize, usize)>,
}

static BLOCKERS: LazyLock<crate::lexicon::WordSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(lexicon::QUOTE_BLOCKERS).collect());

/// Whether `word` before quote marks makes the quoted words a name or a title.
pub(crate) fn is_blocker(word: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    if !word.is_ascii() {
        return BLOCKERS.contains(word.to_lowercase().as_str());
    }
    // An ASCII word is lowered in a buffer on the stack.
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| BLOCKERS.contains(w))
}

/// Confidence of a whole quoted utterance nobody could be found to say.
const UNATTRIBUTED: f32 = 0.3;

/// Finds the attributed quotes of a document, in text order.
pub fn quotes(doc: &Document, entities: &Entities) -> Vec<Quote> {
    let words = Words::new(doc);
    let paragraph_tokens =
        doc.paragraphs().iter().map(|p| (words.at_or_after(p.span.start), words.ending_by(p.span.end))).collect();
    let pieces = marks::pieces(doc);
    let inside: Vec<Span> = pieces.iter().map(|p| p.inner).collect();
    let cues = cues::cues_outside(doc, &inside);
    let stage = Stage { doc, words, entities, pieces, cues, paragraph_tokens };
    let mut used = vec![false; stage.cues.len()];
    let mut sentence_speaker: Vec<Option<Attribution>> = vec![None; doc.sentences().len()];

    // Local patterns around each piece.
    let mut infos: Vec<PieceInfo> = Vec::with_capacity(stage.pieces.len());
    infos.extend((0..stage.pieces.len()).map(|k| stage.describe_piece(k)));
    for (k, info) in infos.iter_mut().enumerate() {
        // A name or a title in quote marks (`code-named “Iron Shield”, began`) says nothing,
        // whatever cue stands beside it.
        if info.blocked {
            continue;
        }
        if let Some((a, mixed)) = stage.local(k, info) {
            info.attribution = Some(a);
            info.mixed = mixed;
            // A whole sentence quoted after the writer's dash is a whole utterance.
            info.whole |= a.rule == "dash-introduced";
            // `“It stopped everything”: scientists say microbe could yield antibiotic`: a
            // headline's cue after its quote and colon may report a clause of its own too.
            if let Some(c) = a.cue.filter(|_| !stage.opens_headline_before_colon(&stage.pieces[k])) {
                used[c] = true;
            }
        }
    }
    // Reported speech, which may carry pieces as mixed quotes.
    let reported = reported::reported(&stage, &mut used, &mut infos);
    for r in &reported {
        // A study's finding names no one who goes on speaking in quotes.
        if r.attribution.cue.is_some_and(|c| stage.cues[c].class == CueClass::Finding) {
            continue;
        }
        let s = stage.sentence_of(r.clause.start);
        sentence_speaker[s] = Some(r.attribution);
    }
    for (k, info) in infos.iter().enumerate() {
        if let Some(a) = info.attribution.filter(|a| a.speaker.is_some()) {
            sentence_speaker[stage.sentence_of(stage.pieces[k].inner.start)] = Some(a);
        }
    }
    // Fragments attributed by a describing cue, a cue of speech before a preposition, a list
    // introduction, or the fragment they are joined to.
    for k in 0..infos.len() {
        let info = infos[k];
        if info.attribution.is_some() || info.whole || info.blocked {
            continue;
        }
        if let Some(a) = stage
            .described(k)
            .or_else(|| stage.after_speech_act(k))
            .or_else(|| stage.relative_cue(k))
            .or_else(|| stage.colon_list(k))
            .or_else(|| stage.framed(k))
            .or_else(|| stage.self_described(k))
        {
            infos[k].attribution = Some(a);
            infos[k].partial = true;
        } else if let Some((a, mixed, partial)) = stage.coordinated(k, &infos) {
            infos[k] = PieceInfo { attribution: Some(a), mixed, partial, ..info };
        }
    }
    attribution::propagate(&stage, &mut infos, &mut sentence_speaker);

    let mut out = Vec::with_capacity(infos.len() + reported.len());
    let from_pieces = infos.iter().enumerate().filter_map(|(k, info)| Some((k, piece_quote(&stage, k, info)?)));
    join_continued(&stage, from_pieces, &mut out);
    for r in &reported {
        out.push(stage.quote(QuoteKind::Indirect, r.clause, &r.attribution));
    }
    let answers = interview::answers(&stage);
    if !answers.is_empty() {
        // Inside an answer, only quotes with a cue of their own are someone else's words.
        // Answers are paragraphs, in text order: the one that may hold a quote is the last
        // starting before it.
        out.retain(|q| {
            let k = answers.partition_point(|a| a.span.start <= q.span.start);
            q.cue.is_some() || k == 0 || answers[k - 1].span.end < q.span.end
        });
        out.extend(answers);
    }
    out.sort_by_key(|q| (q.span.start, q.span.end));
    last_speaker_for_pronouns(doc, entities, &mut out);
    headline_speakers(doc, entities, &mut out);
    out
}

/// `Bramley’s chief: “We can outlast anyone”`, `“We will follow the evidence”: Pune
/// institute says`: a headline names its speaker by a noun the story's body puts a name to.
/// A person's noun is the person the body gives that title or role (`Chief executive Oliver
/// Tansley`), or else the first named person the body quotes; an organisation's noun, or a
/// word before it, is the first organisation the body names with that word (`the Sahyadri
/// Institute of Biosciences`, `the Algoa Seabird Rescue Trust` for `Seabird charity`).
fn headline_speakers(doc: &Document, entities: &Entities, quotes: &mut [Quote]) {
    use crate::entities::lexicons::{Role, LEXICONS};
    use crate::entities::EntityType;
    let paragraph_of = |q: &Quote| doc.sentences()[q.sentence].paragraph;
    let Some(body) = doc.paragraphs().get(1).map(|p| p.span.start) else { return };
    for i in 0..quotes.len() {
        if paragraph_of(&quotes[i]) != 0 {
            break;
        }
        let Some(speaker) = quotes[i].speaker.filter(|s| s.entity.is_none()) else { continue };
        // `One resident says …`: someone unnamed stays so.
        if phrases::is_indefinite(doc.slice(speaker.span).split(' ').next().unwrap_or("")) {
            continue;
        }
        // The phrase's words, less an owner's (`Bramley’s`, `Drivers’`).
        let words: Vec<String> = doc
            .slice(speaker.span)
            .split(' ')
            .filter(|w| !w.ends_with("'s") && !w.ends_with("’s") && !w.ends_with('\'') && !w.ends_with('’'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| w.len() > 2)
            .collect();
        let Some(head) = words.last() else { continue };
        let role = LEXICONS.words.get(head.as_str()).copied();
        let named = |e: usize, kind: EntityType| entities.entities[e].kind == kind;
        let found = if role.is_some_and(Role::describes_person) {
            // The person the body gives the title (`Judge Helen Ashdown`, `Chief executive
            // Oliver Tansley`), or the first named person it quotes.
            let titled = entities.mentions.iter().find(|m| {
                m.span.start >= body && named(m.entity, EntityType::Person) && {
                    let text = doc.text();
                    let from = crate::segment::sentences::floor_boundary(text, m.span.start.saturating_sub(40));
                    let before = &text[from..m.span.start];
                    before.split(|c: char| !c.is_alphanumeric()).rev().take(4).any(|w| w.eq_ignore_ascii_case(head))
                }
            });
            titled.map(|m| m.entity).or_else(|| {
                quotes[i + 1..]
                    .iter()
                    .filter(|q| q.span.start >= body)
                    .find_map(|q| q.speaker.and_then(|s| s.entity).filter(|&e| named(e, EntityType::Person)))
            })
        } else if role == Some(Role::OrgNoun) || phrases::is_speaker_word(head) {
            // An organisation named with one of the phrase's words.
            entities
                .mentions
                .iter()
                .filter(|m| m.span.start >= body && named(m.entity, EntityType::Org))
                .find(|m| {
                    entities.entities[m.entity].name.split(' ').any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
                })
                .map(|m| m.entity)
        } else {
            None
        };
        if let Some(e) = found {
            quotes[i].speaker = Some(Speaker { entity: Some(e), ..speaker });
        }
    }
}

/// `Blythe says the hardest part was psychological. “The bone heals …,” she says.`: a `he`
/// or `she` the entity stage left unresolved (two women in view), speaking right after a
/// named person's quote, in that paragraph or the next two, is that person when the gender
/// agrees and no other person is mentioned between them.
fn last_speaker_for_pronouns(doc: &Document, entities: &Entities, quotes: &mut [Quote]) {
    use crate::entities::EntityType;
    let paragraph_of = |sentence: usize| doc.sentences()[sentence].paragraph;
    for i in 1..quotes.len() {
        let Some(speaker) = quotes[i].speaker.filter(|s| s.entity.is_none()) else { continue };
        let Some(gender) = crate::entities::lexicons::LEXICONS
            .pronoun(doc.slice(speaker.span))
            .filter(|p| !p.plural && !p.neuter && !p.speaker)
            .and_then(|p| p.gender)
        else {
            continue;
        };
        let previous = &quotes[i - 1];
        let Some((from, e)) = previous.speaker.and_then(|s| Some((s.span, s.entity?))) else { continue };
        let person = &entities.entities[e];
        let Some(said) = doc.sentence_at(speaker.span.start) else { continue };
        let near = paragraph_of(previous.sentence) + 2 >= paragraph_of(said);
        if person.kind != EntityType::Person || person.gender.is_some_and(|g| g != gender) || !near {
            continue;
        }
        let between = Span::new(from.end.min(speaker.span.start), speaker.span.start);
        let others = entities
            .mentions_in(between)
            .iter()
            .any(|m| m.entity != e && entities.entities.get(m.entity).is_some_and(|o| o.kind == EntityType::Person));
        if !others {
            quotes[i].speaker = Some(Speaker { entity: Some(e), ..speaker });
        }
    }
}

/// The quote a piece makes, if it is one.
fn piece_quote(stage: &Stage, k: usize, info: &PieceInfo) -> Option<Quote> {
    let piece = &stage.pieces[k];
    // Words are needed: `“😂”` or `“…”` is no quote.
    if !stage.doc.slice(piece.inner).chars().any(char::is_alphanumeric) {
        return None;
    }
    let heading = stage.doc.paragraphs()[piece.paragraph].kind == ParagraphKind::Heading;
    let kind = if info.partial {
        QuoteKind::Partial
    } else if info.mixed || (!info.whole && info.attribution.is_some()) {
        QuoteKind::Mixed
    } else if info.whole && !info.blocked && (info.attribution.is_some() || !heading) {
        QuoteKind::Direct
    } else {
        return None;
    };
    // A short utterance nobody is found to say is a sign, a slogan or a label
    // (`A sign reads: “Mind the step”`), not a quote.
    let spoken = info.attribution.is_some_and(|a| a.speaker.is_some() || a.cue.is_some());
    if !spoken && stage.doc.slice(piece.inner).split_whitespace().count() < 6 {
        return None;
    }
    let mut span = trim_end_commas(stage.doc, piece.inner);
    // `called it “a tough one to swallow.”`: a fragment's last period, inside the marks as
    // US style puts it, ends the writer's sentence, not the quoted words.
    if kind != QuoteKind::Direct {
        let text = stage.doc.slice(span);
        if text.ends_with('.') && !text.ends_with("..") && text.len() > 1 {
            span = Span::new(span.start, span.end - 1);
        }
    }
    let attribution = info.attribution.unwrap_or(Attribution {
        speaker: None,
        cue: None,
        rule: "unattributed",
        confidence: UNATTRIBUTED,
    });
    Some(stage.quote(kind, span, &attribution))
}

/// `“… luxury.⏎⏎“They are asking …,” he said.`: the quotes of pieces that run over
/// several paragraphs, each paragraph opening a mark and only the last closing it, are one
/// utterance: pushed to `out` as one quote from the first word to the last (the marks that
/// reopen it inside), said by whoever the piece attributed in its own right names. Pieces
/// `(k, quote)` come in text order; they stay apart where the two name different speakers.
fn join_continued(stage: &Stage, quotes: impl Iterator<Item = (usize, Quote)>, out: &mut Vec<Quote>) {
    let mut last: Option<usize> = None;
    for (k, q) in quotes {
        if let Some(prev) = last.filter(|&p| p + 1 == k) {
            let open = out.last_mut().filter(|o| {
                let entity = |q: &Quote| q.speaker.and_then(|s| s.entity);
                let same_speaker = match (entity(o), entity(&q)) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                stage.pieces[prev].ending == marks::Ending::Continued
                    && stage.pieces[k].continues
                    && o.kind == QuoteKind::Direct
                    && q.kind == QuoteKind::Direct
                    && same_speaker
            });
            if let Some(o) = open {
                o.span = Span::new(o.span.start, q.span.end);
                // (The piece that was attributed in its own right, not by the chain.)
                let borrowed = |q: &Quote| q.rule == "multi-paragraph";
                if borrowed(o) && !borrowed(&q) || o.cue.is_none() && q.cue.is_some() {
                    *o = Quote { span: o.span, sentence: o.sentence, ..q };
                }
                last = Some(k);
                continue;
            }
        }
        out.push(q);
        last = Some(k);
    }
}

/// `span` without trailing commas (`“We will win,” she said`: the comma is the writer's).
fn trim_end_commas(doc: &Document, span: Span) -> Span {
    let text = doc.slice(span);
    let trimmed = text.trim_end_matches([',', ' ']);
    if trimmed.is_empty() {
        span
    } else {
        Span::new(span.start, span.start + trimmed.len())
    }
}

impl Stage<'_> {
    /// A quote of `kind` over `span` with an attribution.
    fn quote(&self, kind: QuoteKind, span: Span, a: &Attribution) -> Quote {
        let speaker =
            a.speaker.map(|p| Speaker { span: p.span, entity: phrases::resolve(&self.words, self.entities, &p) });
        Quote {
            kind,
            span,
            speaker,
            cue: a.cue.map(|c| self.cues[c].span),
            sentence: self.sentence_of(span.start),
            confidence: a.confidence,
            rule: a.rule,
        }
    }
}

#[cfg(test)]
mod tests;
