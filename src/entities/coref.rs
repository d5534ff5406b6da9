//! Pronouns and descriptions resolved to the entities named before them.
//!
//! A personal pronoun goes to the most plausible person among those named in the last few
//! sentences: gender must agree (from titles, first names and pronouns already resolved),
//! recency and salience decide, and a pronoun whose best candidate is not clearly ahead
//! stays unresolved. `it` and `its` go to the latest organisation or thing in view (not an
//! `it` that opens `it is …`), `they` to the latest organisation or group, and a definite
//! description (`the company`, `the chipmaker`) to the latest organisation.

use super::lexicons::{Role, LEXICONS};
use super::words::Tag;
use super::{EntityType, Gender, MentionKind};
use crate::document::Document;
use crate::lexicon::WordMap;
use crate::span::Span;

/// How many sentences back a pronoun looks for its antecedent.
const WINDOW: usize = 3;

/// What coreference needs to know of an entity.
#[derive(Clone, Debug)]
pub struct Target {
    /// The entity's type.
    pub kind: EntityType,
    /// Its gender, if known; resolved pronouns fill it in.
    pub gender: Option<Gender>,
    /// Its mentions so far: start offset, sentence, whether it opens its sentence (names in
    /// text order, then resolved pronouns as they are found).
    pub seen: Vec<(usize, usize, bool)>,
    /// Whether a nationality or group is named as people (`Australians`, `the Democrats`)
    /// rather than only as an adjective (`the Australian population`): only then is it a
    /// `they`.
    pub people: bool,
    /// Whether it is a news outlet only ever credited with a report (`told Reuters`,
    /// `(Northlight Press)`): `the company`, `it` or `they` after it is someone else.
    pub news: bool,
    /// The titles its names were given (`Home Secretary` in `Home Secretary Suella
    /// Braverman`), so that `the Home Secretary` alone can refer to it.
    pub titles: Vec<Span>,
    /// The spans of its names, so that `the bank` can find `the Reserve Bank`.
    pub names: Vec<Span>,
}

/// A mention found by coreference: span, kind, entity, sentence.
pub type Found = (Span, MentionKind, usize, usize);

/// Resolves the pronouns and definite descriptions of the document against `targets`
/// (whose `seen` lists must be in text order).
pub fn resolve(doc: &Document, tags: &[Tag], targets: &mut [Target]) -> Vec<Found> {
    let lex = &*LEXICONS;
    let mut found = Vec::new();
    let mut recency = Recency::new(targets);
    // Built at the first description that needs it: most documents have none.
    let mut org_words: Option<OrgWords> = None;
    // The organisation the latest `the company` (a noun for a business) was.
    let mut last_business: Option<usize> = None;
    let mut in_quote = false;
    const LOOKED_AT: u8 = Tag::THE | Tag::OPEN_QUOTE | Tag::CLOSE_QUOTE | Tag::STRAIGHT_QUOTE;
    for (si, s) in doc.sentences().iter().enumerate() {
        let tokens = &doc.tokens()[s.tokens.clone()];
        let sentence_tags = &tags[s.tokens.clone()];
        for (k, (t, &tag)) in tokens.iter().zip(sentence_tags).enumerate() {
            if !tag.any_or_pronoun(LOOKED_AT) {
                continue;
            }
            if tag.is(Tag::OPEN_QUOTE) {
                in_quote = true;
                continue;
            }
            if tag.is(Tag::CLOSE_QUOTE) {
                in_quote = false;
                continue;
            }
            if tag.is(Tag::STRAIGHT_QUOTE) {
                in_quote = !in_quote;
                continue;
            }
            let word = doc.slice(t.span);
            if let Some(p) = tag.pronoun {
                if p.speaker || in_quote && p.gender.is_none() {
                    continue;
                }
                let next = tokens.get(k + 1).map(|n| doc.slice(n.span)).unwrap_or("");
                let site = Site { doc, tokens, k, sentence: si, at: t.span.start };
                let resolved = if p.neuter && !p.plural {
                    // `it is likely that …`, `it was raining`: no referent.
                    let expletive = word.eq_ignore_ascii_case("it")
                        && matches!(
                            next,
                            "is" | "was"
                                | "'s"
                                | "’s"
                                | "seems"
                                | "seemed"
                                | "appears"
                                | "appeared"
                                | "has"
                                | "had"
                                | "will"
                                | "would"
                                | "takes"
                                | "took"
                        );
                    speaker_it(site, targets, &mut recency)
                        .or_else(|| (!expletive).then(|| thing(targets, &mut recency, si, t.span.start)).flatten())
                } else if p.gender.is_some() {
                    speaker_pronoun(site, targets, &mut recency, p.gender)
                        .or_else(|| person(targets, &mut recency, si, t.span.start, p.gender))
                } else if p.plural && !in_quote {
                    group(targets, &mut recency, si, t.span.start)
                } else {
                    None
                };
                if let Some(e) = resolved {
                    if targets[e].gender.is_none() {
                        targets[e].gender = p.gender;
                    }
                    targets[e].seen.push((t.span.start, si, k == 0));
                    recency.note(e, t.span.start, si, k == 0);
                    found.push((t.span, MentionKind::Pronoun, e, si));
                }
                continue;
            }
            // `the President`, `the Home Secretary`: whoever was named with that title.
            if tag.is(Tag::THE) {
                if let Some((span, e)) = titled(doc, tokens, k, targets) {
                    targets[e].seen.push((span.start, si, k == 0));
                    recency.note(e, span.start, si, k == 0);
                    found.push((span, MentionKind::Descriptor, e, si));
                    continue;
                }
            }
            // `The 52-year-old said`: a person described by their age is the person last
            // named, in a sentence before this one.
            if tag.is(Tag::THE) && !in_quote {
                if let Some(end) = age_described(doc, tokens, k) {
                    let people = recency.recent(targets, si, t.span.start, |k| k == EntityType::Person);
                    if let Some(&(e, _, _, _)) = people.first().filter(|r| r.1 > 0) {
                        let span = Span::new(t.span.start, tokens[end - 1].span.end);
                        targets[e].seen.push((span.start, si, k == 0));
                        recency.note(e, span.start, si, k == 0);
                        found.push((span, MentionKind::Descriptor, e, si));
                        continue;
                    }
                }
            }
            // `the country`, `the capital`: the country or the town last named.
            if tag.is(Tag::THE) && !in_quote {
                if let Some((span, e)) = place_described(doc, tokens, k, targets, &mut recency, si) {
                    targets[e].seen.push((span.start, si, k == 0));
                    recency.note(e, span.start, si, k == 0);
                    found.push((span, MentionKind::Descriptor, e, si));
                    continue;
                }
            }
            // `the company`, `the chipmaker`.
            if tag.is(Tag::THE) && k + 1 < tokens.len() {
                let noun = doc.slice(tokens[k + 1].span);
                let followed_by_name =
                    tokens.get(k + 2).is_some_and(|n| doc.slice(n.span).chars().next().is_some_and(char::is_uppercase));
                if matches!(lex.words.get(noun), Some(Role::OrgNoun | Role::LedBy))
                    && !followed_by_name
                    && !matches!(noun, "government" | "party" | "team" | "side" | "court" | "board" | "union")
                {
                    // One named in the same sentence, else the one named most so far among
                    // those in view (the latest on a tie): a story's company is `the
                    // company` after a passing mention of another (`LSEG data showed …`).
                    // Before either, one whose name holds the noun (`the bank` after `the
                    // Reserve Bank`, `the ministry` after `the Defence Ministry`).
                    let orgs = recency.recent(targets, si, t.span.start, |k| k == EntityType::Org);
                    let org_words = org_words.get_or_insert_with(|| OrgWords::new(doc, targets));
                    org_words.advance(t.span.start);
                    let holders = org_words.holding(noun);
                    let holds_noun = |e: usize| !targets[e].news && holders.contains(&e);
                    // `the council` after `Ashbury Borough Council`, however long ago.
                    let named = orgs.iter().map(|r| r.0).find(|&e| holds_noun(e)).or_else(|| {
                        holders.iter().copied().filter(|&e| holds_noun(e)).max_by_key(|&e| org_words.latest[e])
                    });
                    // `the company` is no public body (`Statistics Canada`, `the Environment
                    // Agency`), nor a union, a party or a club.
                    let business = lex.business_nouns.contains(noun);
                    let public = |e: usize| {
                        targets[e].names.iter().any(|&n| {
                            let name = doc.slice(n);
                            name.split(' ').any(|w| lex.public_bodies.contains(w))
                                || name.rsplit(' ').next().is_some_and(|w| lex.nonprofit_ends.contains(w))
                        })
                    };
                    let in_view = named.or_else(|| {
                        let mut orgs = orgs.iter().filter(|r| !(targets[r.0].news || business && public(r.0)));
                        let latest = orgs.next()?;
                        // `Fairway Foods responded within hours. In a statement, the company
                        // said …`: the subject of the sentence before, acting in it, is the one
                        // meant, however often another was named (not `LSEG data showed …`).
                        let acted = latest.1 == 1 && latest.3 && {
                            let e = latest.0;
                            let at = recency.latest[e].map(|l| l.0);
                            targets[e].names.iter().find(|n| Some(n.start) == at).is_some_and(|n| {
                                let word = doc.text()[n.end..].trim_start().split(|c: char| !c.is_alphabetic()).next();
                                word.is_some_and(|w| {
                                    w.len() > 3 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
                                })
                            })
                        };
                        let best = if latest.1 > 0 && !acted {
                            orgs.fold(latest, |b, r| if r.2 > b.2 { r } else { b })
                        } else {
                            latest
                        };
                        Some(best.0)
                    });
                    // `the company said` long after the story's company was last named, with
                    // only a passing mention of another in view (a trade body, an agency that
                    // quoted someone): the business an earlier `the company` was, if it was
                    // named more.
                    let best = match (in_view, last_business) {
                        (Some(b), Some(s)) if business && named.is_none() && recency.count[s] > recency.count[b] => {
                            Some(s)
                        }
                        (best, _) => best,
                    };
                    if business {
                        last_business = best.or(last_business);
                    }
                    if let Some(e) = best {
                        let span = Span::new(t.span.start, tokens[k + 1].span.end);
                        targets[e].seen.push((span.start, si, k == 0));
                        recency.note(e, span.start, si, k == 0);
                        found.push((span, MentionKind::Descriptor, e, si));
                    }
                }
            }
        }
    }
    found
}

/// One past the last token of `the N-year-old` at token `k` (`The 52-year-old said`), when
/// no noun follows that it describes instead (`the 45-year-old driver`).
fn age_described(doc: &Document, tokens: &[crate::document::Token], k: usize) -> Option<usize> {
    let word = |i: usize| tokens.get(i).map_or("", |t| doc.slice(t.span));
    let glued = |i: usize| tokens.get(i + 1).is_some_and(|n| tokens[i].span.end == n.span.start);
    let age = tokens.get(k + 1)?.kind == crate::document::TokenKind::Number
        && word(k + 2) == "-"
        && word(k + 3) == "year"
        && word(k + 4) == "-"
        && word(k + 5) == "old"
        && (k + 1..k + 5).all(glued);
    let noun = word(k + 6).chars().next().is_some_and(char::is_lowercase) && !LEXICONS.is_speech_cue(word(k + 6));
    (age && !noun).then_some(k + 6)
}

/// Where a pronoun stands: its document, its sentence's tokens, its index among them, the
/// sentence's index and the pronoun's offset.
#[derive(Clone, Copy)]
struct Site<'a> {
    doc: &'a Document,
    tokens: &'a [crate::document::Token],
    k: usize,
    sentence: usize,
    at: usize,
}

/// The organisation or country that speaks, for the `it` right after its speech verb:
/// `Acme said on Tuesday it would cut jobs`, `North Korea stated that it will respond`
/// (where `it would` alone may be no reference at all).
fn speaker_it(site: Site, targets: &[Target], recency: &mut Recency) -> Option<usize> {
    speaker_before(site, targets, recency, |kind| matches!(kind, EntityType::Org | EntityType::Gpe))
}

/// The person who speaks, for the `he` or `she` right after their speech verb: `His father
/// Mohamed El-Hassan Mohamed said he was taking …`, `Jafari said she felt …` (however much
/// more often another person of that gender was named before).
fn speaker_pronoun(site: Site, targets: &[Target], recency: &mut Recency, gender: Option<Gender>) -> Option<usize> {
    let e = speaker_before(site, targets, recency, |kind| kind == EntityType::Person)?;
    targets[e].gender.is_none_or(|g| Some(g) == gender).then_some(e)
}

/// The entity of an accepted type whose name ends right before the speech verb that the
/// pronoun at `site` follows (maybe after `that`, or a day with or without `on`).
fn speaker_before(
    site: Site,
    targets: &[Target],
    recency: &mut Recency,
    accept: impl Fn(EntityType) -> bool,
) -> Option<usize> {
    let Site { doc, tokens, k, sentence, at } = site;
    let word = |j: usize| doc.slice(tokens[j].span);
    let mut j = k;
    if j >= 1 && word(j - 1) == "that" {
        j -= 1;
    }
    if j >= 2 && word(j - 2) == "on" && LEXICONS.dates.contains(word(j - 1)) {
        j -= 2;
    } else if j >= 2 && LEXICONS.dates.contains(word(j - 1)) && LEXICONS.is_speech_cue(word(j - 2)) {
        // `said Tuesday that it would …`.
        j -= 1;
    }
    if j == 0 || !LEXICONS.is_speech_cue(word(j - 1)) {
        return None;
    }
    let verb = j - 1;
    let (e, distance, ..) = *recency.recent(targets, sentence, at, accept).first()?;
    let start = recency.latest[e]?.0;
    // The name ends right before the verb: only its own words lie between (`El-Hassan`
    // is three tokens).
    let first = tokens.partition_point(|t| t.span.start < start);
    let name = first < verb
        && tokens[first..verb].iter().all(|t| {
            let w = doc.slice(t.span);
            w.starts_with(char::is_uppercase) || matches!(w, "." | "&" | "-" | "of" | "’s" | "'s")
        });
    (distance == 0 && name).then_some(e)
}

/// `the President`, `the Prime Minister`, `the Home Secretary` after the `the` at token
/// `k`: a capitalised title that no name follows, and the person last mentioned who was
/// named with it. A title written just so (`Home Secretary Suella Braverman`) comes before
/// a longer one that ends the same way (`Shadow Home Secretary Yvette Cooper`).
fn titled(doc: &Document, tokens: &[crate::document::Token], k: usize, targets: &[Target]) -> Option<(Span, usize)> {
    let capitalised = |j: usize| tokens.get(j).is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase));
    if !capitalised(k + 1) {
        return titled_in_lower_case(doc, tokens, k, targets);
    }
    let mut end = k + 1;
    while end <= k + 3 && capitalised(end) {
        end += 1;
    }
    let last = super::mentions::strip_possessive(doc.slice(tokens.get(end - 1)?.span));
    if end == k + 1 || capitalised(end) || !LEXICONS.titles.contains_key(last) {
        return None;
    }
    let start = tokens[k + 1].span.start;
    let phrase = &doc.text()[start..tokens[end - 1].span.start + last.len()];
    let text = doc.text();
    // How a title the person was given reads against the phrase: 2 written just so, 1
    // ending in it, 0 not it. A name may have started after the title's first words
    // (`Home` opening a sentence), so the text before the title span counts.
    let reads = |title: Span| {
        let before = &text[..title.end];
        if title.end > start || !before.ends_with(phrase) {
            return 0;
        }
        let head = before[..before.len() - phrase.len()].trim_end();
        let previous = head.rsplit([' ', '\u{a0}', '\n']).next().unwrap_or("");
        let possessive = previous.ends_with("’s") || previous.ends_with("'s");
        if previous.starts_with(char::is_uppercase) && !possessive && !previous.ends_with('.') {
            1
        } else {
            2
        }
    };
    targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == EntityType::Person)
        .filter_map(|(e, t)| {
            let fit = t.titles.iter().map(|&title| reads(title)).max().unwrap_or(0);
            let latest = t.seen.iter().map(|s| s.0).filter(|&p| p < start).max()?;
            (fit > 0).then_some((fit, latest, e))
        })
        .max()
        .map(|(_, _, e)| (Span::new(tokens[k].span.start, start + phrase.len()), e))
}

/// `the minister` after `Railway Minister Ashok Menon`, `the senator` after `Sen. Jane
/// Doe`: a title in lower case after the `the` at token `k` (not before a name, `of` or a
/// possessive) is the person last mentioned who was named with a title ending in it.
fn titled_in_lower_case(
    doc: &Document,
    tokens: &[crate::document::Token],
    k: usize,
    targets: &[Target],
) -> Option<(Span, usize)> {
    let word = doc.slice(tokens.get(k + 1)?.span);
    let next = tokens.get(k + 2).map_or("", |t| doc.slice(t.span));
    let named_next = next.starts_with(char::is_uppercase);
    let lower = word.bytes().all(|b| b.is_ascii_lowercase());
    if !lower || !LEXICONS.titles.contains_key(word) || named_next || matches!(next, "of" | "for" | "’s" | "'s") {
        return None;
    }
    let start = tokens[k + 1].span.start;
    // `Sen.` for `the senator`, `Gov.` for `the governor`: an abbreviation is the word's start.
    let names = |last: &str| {
        last.eq_ignore_ascii_case(word)
            || last.strip_suffix('.').is_some_and(|stem| {
                stem.len() >= 3
                    && word.len() > stem.len()
                    && word.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
            })
    };
    let ends_in =
        |title: Span| title.end <= start && doc.slice(title).rsplit([' ', '\u{a0}']).next().is_some_and(names);
    targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == EntityType::Person && t.titles.iter().any(|&title| ends_in(title)))
        .filter_map(|(e, t)| Some((t.seen.iter().map(|s| s.0).filter(|&p| p < start).max()?, e)))
        .max()
        .map(|(_, e)| (Span::new(tokens[k].span.start, tokens[k + 1].span.end), e))
}

/// `the country` or `the nation` after the `the` at token `k` is the country named last
/// within the window; `the city`, `the capital` or `the town` the place named last, when it
/// is neither a country nor a region (`Wisconsin`). Not before `of`, a name or a second
/// noun (`the country of Wales`, `the city Lyon`, `the capital city`): the name or the noun
/// tells what is meant.
fn place_described(
    doc: &Document,
    tokens: &[crate::document::Token],
    k: usize,
    targets: &[Target],
    recency: &mut Recency,
    sentence: usize,
) -> Option<(Span, usize)> {
    let noun = tokens.get(k + 1)?;
    let country = match doc.slice(noun.span) {
        "country" | "nation" => true,
        "city" | "capital" | "town" => false,
        _ => return None,
    };
    let next = tokens.get(k + 2).map_or("", |t| doc.slice(t.span));
    if next == "of" || next.starts_with(char::is_uppercase) || LEXICONS.place_compounds.contains(next) {
        return None;
    }
    let is_country = |e: usize| {
        targets[e].names.iter().any(|&n| {
            let key: String = doc.slice(n).chars().filter(|&c| c != '.').collect::<String>().to_lowercase();
            LEXICONS.country(&key).is_some()
        })
    };
    let is_region = |e: usize| targets[e].names.iter().any(|&n| LEXICONS.regions.contains(doc.slice(n)));
    let at = tokens[k].span.start;
    let places = recency.recent(targets, sentence, at, |kind| kind == EntityType::Gpe);
    let (e, ..) = *places.first()?;
    let fits = if country { is_country(e) } else { !is_country(e) && !is_region(e) };
    fits.then(|| (Span::new(at, noun.span.end), e))
}

/// Who was mentioned lately, kept up to date as resolution walks the document, so that a
/// pronoun looks only at the entities of the last few sentences instead of every mention.
struct Recency {
    /// The name mentions of every target, by position: (start, sentence, opens its sentence,
    /// entity).
    events: Vec<(usize, usize, bool, usize)>,
    /// How many of `events` lie before the current position.
    cursor: usize,
    /// Mentions of each entity so far.
    count: Vec<usize>,
    /// Each entity's latest mention so far: (start, sentence, opens its sentence).
    latest: Vec<Option<(usize, usize, bool)>>,
    /// The entities mentioned within the window, in no order.
    active: Vec<usize>,
}

impl Recency {
    fn new(targets: &[Target]) -> Recency {
        let mut events: Vec<_> = targets
            .iter()
            .enumerate()
            .flat_map(|(e, t)| t.seen.iter().map(move |&(pos, s, subject)| (pos, s, subject, e)))
            .collect();
        events.sort_unstable();
        Recency {
            events,
            cursor: 0,
            count: vec![0; targets.len()],
            latest: vec![None; targets.len()],
            active: Vec::new(),
        }
    }

    /// Records a mention of entity `e`.
    fn note(&mut self, e: usize, pos: usize, sentence: usize, subject: bool) {
        self.count[e] += 1;
        if self.latest[e].is_none_or(|l| pos > l.0) {
            self.latest[e] = Some((pos, sentence, subject));
        }
        if !self.active.contains(&e) {
            self.active.push(e);
        }
    }

    /// The entities of an accepted type mentioned within the window before `at` (in
    /// sentence `sentence`), newest mention first: (entity, sentence distance, mention count
    /// so far, whether the latest mention opened its sentence).
    fn recent(
        &mut self,
        targets: &[Target],
        sentence: usize,
        at: usize,
        accept: impl Fn(EntityType) -> bool,
    ) -> Vec<(usize, usize, usize, bool)> {
        while let Some(&(pos, s, subject, e)) = self.events.get(self.cursor).filter(|ev| ev.0 < at) {
            self.note(e, pos, s, subject);
            self.cursor += 1;
        }
        let latest = &self.latest;
        self.active.retain(|&e| latest[e].is_some_and(|l| sentence - l.1 <= WINDOW));
        let mut out: Vec<(usize, usize, usize, bool, usize)> = self
            .active
            .iter()
            .filter(|&&e| accept(targets[e].kind))
            .filter_map(|&e| latest[e].map(|(pos, s, subject)| (e, sentence - s, self.count[e], subject, pos)))
            .collect();
        out.sort_by_key(|r| std::cmp::Reverse(r.4));
        out.into_iter().map(|(e, d, n, s, _)| (e, d, n, s)).collect()
    }
}

/// The words of the organisations' names seen so far, kept up to date as resolution walks
/// the document, so that `the bank` finds the organisations named with `bank` before it
/// without rereading every name.
struct OrgWords<'a> {
    /// Every organisation's name, with its words and its entity, by position.
    names: Vec<(usize, &'a str, usize)>,
    /// How many of `names` lie before the current position.
    cursor: usize,
    /// Each entity's latest name so far (its start).
    latest: Vec<Option<usize>>,
    /// Each word of a name so far (in ASCII lower case), with the entities named with it.
    holders: WordMap<String, Vec<usize>>,
}

impl<'a> OrgWords<'a> {
    fn new(doc: &'a Document, targets: &[Target]) -> OrgWords<'a> {
        let mut names: Vec<(usize, &str, usize)> = targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == EntityType::Org)
            .flat_map(|(e, t)| t.names.iter().map(move |&n| (n.start, doc.slice(n), e)))
            .collect();
        names.sort_unstable_by_key(|n| (n.0, n.2));
        OrgWords { names, cursor: 0, latest: vec![None; targets.len()], holders: WordMap::default() }
    }

    /// Takes in the names that start before `at`.
    fn advance(&mut self, at: usize) {
        while let Some(&(start, text, e)) = self.names.get(self.cursor).filter(|n| n.0 < at) {
            self.latest[e] = Some(start);
            for word in text.split([' ', '\u{a0}']) {
                let entities = self.holders.entry(word.to_ascii_lowercase()).or_default();
                if !entities.contains(&e) {
                    entities.push(e);
                }
            }
            self.cursor += 1;
        }
    }

    /// The organisations named so far with `noun` as one of their words.
    fn holding(&self, noun: &str) -> &[usize] {
        self.holders.get(noun.to_ascii_lowercase().as_str()).map_or(&[], Vec::as_slice)
    }
}

/// The person a `he`/`she` pronoun refers to, when one is clearly the most plausible.
fn person(
    targets: &[Target],
    recency: &mut Recency,
    sentence: usize,
    at: usize,
    gender: Option<Gender>,
) -> Option<usize> {
    let candidates: Vec<(usize, f32, bool)> = recency
        .recent(targets, sentence, at, |k| k == EntityType::Person)
        .into_iter()
        .filter(|&(e, ..)| targets[e].gender.is_none() || targets[e].gender == gender)
        .map(|(e, distance, count, subject)| {
            let score = 3.0 - distance as f32
                + (count.min(10) as f32) * 0.25
                + if subject { 0.8 } else { 0.0 }
                + if distance == 0 { 1.0 } else { 0.0 };
            (e, score, targets[e].gender == gender && gender.is_some())
        })
        .collect();
    let mut ranked = candidates;
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, best_score, agrees) = *ranked.first()?;
    match ranked.get(1) {
        None => Some(best),
        Some(&(_, second, second_agrees)) => {
            // A known, agreeing gender against unknown ones, or a clear lead.
            let margin = best_score - second;
            (margin >= 0.3 || (agrees && !second_agrees && margin >= -0.5)).then_some(best)
        }
    }
}

/// The thing `it` refers to: the latest organisation, product, work, event or other named
/// thing in this or the previous sentence.
fn thing(targets: &[Target], recency: &mut Recency, sentence: usize, at: usize) -> Option<usize> {
    let things =
        |k: EntityType| !matches!(k, EntityType::Person | EntityType::Gpe | EntityType::Loc | EntityType::Norp);
    recency
        .recent(targets, sentence, at, things)
        .into_iter()
        .find(|&(e, d, ..)| d <= 2 && !targets[e].news)
        .map(|r| r.0)
}

/// The group `they` refers to: the latest organisation or nationality in this or the
/// previous sentence.
fn group(targets: &[Target], recency: &mut Recency, sentence: usize, at: usize) -> Option<usize> {
    recency
        .recent(targets, sentence, at, |k| matches!(k, EntityType::Org | EntityType::Norp))
        .into_iter()
        .filter(|&(e, ..)| (targets[e].kind == EntityType::Org || targets[e].people) && !targets[e].news)
        .find(|&(_, d, ..)| d <= 1)
        .map(|r| r.0)
}
