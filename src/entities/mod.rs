//! Entity mentions: who and what a document talks about, typed and clustered.
//!
//! Needs the segmented [`Document`]. Finds name mentions (runs of capitalised tokens with
//! their connectors, acronyms, names with digits), types them from evidence in the text
//! first and lexicons second, and clusters them within the document: aliases to full names,
//! acronyms to expansions, pronouns and descriptors to the entity they refer to. Quotes and
//! claims use the clusters to name speakers and subjects; this stage knows nothing of them.

pub mod appositions;
pub mod cluster;
pub mod coref;
pub mod lexicons;
pub mod mentions;
pub mod nested;
pub mod speakers;
pub mod typing;
pub mod words;

use crate::document::Document;
use crate::span::Span;

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A person.
    Person,
    /// A company, agency, institution, team, news organisation.
    Org,
    /// A country, city, state: a place with a government.
    Gpe,
    /// Another place: a region, a river, a mountain.
    Loc,
    /// A nationality, religious or political group (`Chinese`, `Democrats`).
    Norp,
    /// A product: a chip, a car, a drug, a piece of software.
    Product,
    /// A named event: a war, a summit, a tournament.
    Event,
    /// A work of art or writing: a book, a film, a report.
    Work,
    /// A named law or treaty.
    Law,
    /// Anything else with a name.
    Other,
}

impl EntityType {
    /// The upper-case name used in the records (`PERSON`, `ORG`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Product => "PRODUCT",
            EntityType::Event => "EVENT",
            EntityType::Work => "WORK",
            EntityType::Law => "LAW",
            EntityType::Other => "OTHER",
        }
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// The name, in full or as the longest form seen (`Ren Zhengfei`).
    Name,
    /// A shorter form of the name (`Ren`, `Huawei` for `Huawei Technologies`).
    Alias,
    /// An acronym of the name (`WHO`).
    Acronym,
    /// A pronoun (`he`, `their`).
    Pronoun,
    /// A description (`the company`, `Huawei founder`).
    Descriptor,
    /// A name at the head of a longer name of another entity (`US` in `US State
    /// Department`), as the document also uses it alone.
    Nested,
}

impl MentionKind {
    /// The lower-case name used in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Alias => "alias",
            MentionKind::Acronym => "acronym",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Descriptor => "descriptor",
            MentionKind::Nested => "nested",
        }
    }
}

/// A person's grammatical gender as the text shows it (titles, pronouns, first names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `he`, `Mr.`, a male first name.
    Male,
    /// `she`, `Ms.`, a female first name.
    Female,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The mention's text (possessive `’s` not included).
    pub span: Span,
    /// How it refers to its entity.
    pub kind: MentionKind,
    /// Index into [`Entities::entities`].
    pub entity: usize,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

/// An entity: a cluster of mentions of one person, organisation, place or thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The longest proper name among the mentions.
    pub name: String,
    /// The entity's type.
    pub kind: EntityType,
    /// Indices into [`Entities::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Descriptive phrases attached to the entity (`Huawei founder`), in text order.
    pub descriptors: Vec<Span>,
    /// The gender the text shows for a person, if any.
    pub gender: Option<Gender>,
}

/// Every entity of a document, with its mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// The entities, in order of their first mention.
    pub entities: Vec<Entity>,
    /// Every mention of every entity, sorted by position.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The record id of entity `index` (`e1`, `e2`, …).
    pub fn id(index: usize) -> String {
        format!("e{}", index + 1)
    }

    /// The mentions lying inside `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        let inside = &self.mentions[from..to];
        let end = inside.iter().rposition(|m| m.span.end <= span.end).map_or(0, |k| k + 1);
        &inside[..end]
    }

    /// The mention that covers byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.span.start <= offset);
        self.mentions[..k].iter().rev().take(4).find(|m| m.span.start <= offset && offset < m.span.end)
    }

    /// The entity a piece of text refers to: the entity of the mention overlapping `span`
    /// the most, if any.
    pub fn entity_of(&self, span: Span) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions[k..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .max_by_key(|m| m.span.end.min(span.end) - m.span.start.max(span.start))
            .map(|m| m.entity)
    }

    /// Links the first-person singular pronouns (`I`, `me`, `my`, `mine`, `myself`) inside
    /// quoted speech to the person who speaks it: `spoken` holds each quoted span with the
    /// speaker's entity, as the quote stage attributed it. A pronoun already linked elsewhere
    /// by the weaker evidence this stage has on its own moves to the speaker.
    pub fn link_speakers(&mut self, doc: &Document, spoken: &[(Span, usize)]) {
        let lex = &*lexicons::LEXICONS;
        let mut links = Vec::new();
        for &(span, entity) in spoken {
            if self.entities.get(entity).is_none_or(|e| e.kind != EntityType::Person) {
                continue;
            }
            let tokens = doc.tokens();
            let from = tokens.partition_point(|t| t.span.start < span.start);
            for t in tokens[from..].iter().take_while(|t| t.span.end <= span.end) {
                if lex.pronoun(doc.slice(t.span)).is_some_and(|p| p.first && !p.plural) {
                    links.push((t.span, entity));
                }
            }
        }
        self.link_pronouns(doc, &links);
    }

    /// Links each pronoun span of `links` to its entity, as a pronoun mention: moved there
    /// when it was linked elsewhere, added when it was not linked at all. A span given twice
    /// goes to the later entity. (`“…,” she says` after a named speaker's quote: the quote
    /// stage says whom the `she` it attributes names.)
    pub fn link_pronouns(&mut self, doc: &Document, links: &[(Span, usize)]) {
        if links.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for &(span, entity) in links {
            let at = self.mentions.partition_point(|m| m.span.start < span.start);
            match self.mentions.get_mut(at).filter(|m| m.span == span) {
                Some(m) => m.entity = entity,
                None => {
                    let sentence = doc.sentence_at(span.start).unwrap_or(0);
                    added.push(Mention { span, kind: MentionKind::Pronoun, entity, sentence });
                }
            }
        }
        // One sort for all the pronouns added, rather than an insertion each.
        self.mentions.extend(added);
        self.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        self.mentions.dedup_by(|later, kept| {
            let same = later.span == kept.span;
            if same {
                *kept = *later;
            }
            same
        });
        for e in &mut self.entities {
            e.mentions.clear();
        }
        for (mi, m) in self.mentions.iter().enumerate() {
            self.entities[m.entity].mentions.push(mi);
        }
    }
}

/// Whether a name is a news outlet's: a known one (`Reuters`) or one named as such
/// (`Northlight Press`, `Meridian Wire`).
fn is_outlet(doc: &Document, c: &mentions::Candidate) -> bool {
    let text = doc.slice(c.span);
    let last = text.rsplit(' ').next().unwrap_or("");
    c.known.is_some_and(|k| k.news)
        || last.len() < text.len() && lexicons::LEXICONS.words.get(last) == Some(&lexicons::Role::Newsroom)
}

/// Whether a name stands where a report is credited to it: `told Reuters`, `seen by
/// Reuters`, `according to Reuters`, `(Reuters)`.
fn credits(doc: &Document, c: &mentions::Candidate) -> bool {
    let tokens = &doc.tokens()[doc.sentences()[c.sentence].tokens.clone()];
    let at = tokens.partition_point(|t| t.span.start < c.span.start);
    let before = at.checked_sub(1).map(|k| doc.slice(tokens[k].span));
    let after = tokens.get(tokens.partition_point(|t| t.span.start < c.span.end)).map(|t| doc.slice(t.span));
    matches!(before, Some("told" | "by" | "to" | "(" | "with")) || matches!(after, Some(")"))
}

/// Finds, types and clusters the entity mentions of a document.
pub fn entities(doc: &Document) -> Entities {
    let tags = words::tags(doc);
    let shouted = mentions::shouted_sentences(doc);
    let rows = mentions::rows(doc);
    let headings = mentions::headings(doc);
    let weak = mentions::weak_positions(doc, &shouted, &rows, &headings);
    let case = mentions::CaseEvidence::collect(doc, &tags, &weak);
    let candidates = mentions::find(doc, &tags, &weak, &shouted, &headings, &case);
    let sport = typing::sports_story(doc, &candidates, &rows);
    let mut votes: Vec<typing::Votes> = candidates
        .iter()
        .map(|c| typing::votes(doc, c, rows[c.sentence], shouted[c.sentence], sport.as_ref()))
        .collect();
    typing::listed_together(doc, &candidates, &mut votes);
    let (clusters, of) = cluster::cluster(doc, &candidates, &votes);
    let mut targets: Vec<coref::Target> = clusters
        .iter()
        .map(|cl| coref::Target {
            kind: cl.kind(),
            gender: cl.gender,
            seen: cl
                .members
                .iter()
                .map(|&i| (candidates[i].span.start, candidates[i].sentence, candidates[i].initial))
                .collect(),
            people: cl.members.iter().any(|&i| doc.slice(candidates[i].span).ends_with('s')),
            news: cl.members.iter().any(|&i| is_outlet(doc, &candidates[i]))
                && cl.members.iter().all(|&i| credits(doc, &candidates[i])),
            titles: cl.members.iter().filter_map(|&i| candidates[i].title).collect(),
            names: cl.members.iter().map(|&i| candidates[i].span).collect(),
        })
        .collect();
    let mut found = coref::resolve(doc, &tags, &mut targets);
    let kinds: Vec<EntityType> = targets.iter().map(|t| t.kind).collect();
    let mut apposed = appositions::apposed(doc, &candidates, &of, &kinds);
    apposed.extend(appositions::repeated_in_headings(doc, &apposed, &kinds));
    // First-person pronouns go to whoever speaks: needs the names and pronouns so far.
    let mut known: Vec<speakers::Known> = clusters
        .iter()
        .enumerate()
        .flat_map(|(ci, cl)| cl.members.iter().map(move |&i| (ci, i)))
        .map(|(ci, i)| (candidates[i].span, ci, targets[ci].kind))
        .chain(found.iter().map(|&(span, _, e, _)| (span, e, targets[e].kind)))
        .collect();
    known.sort_by_key(|m| (m.0.start, m.0.end));
    let salience: Vec<usize> = targets.iter().map(|t| t.seen.len()).collect();
    let gendered: Vec<bool> = targets.iter().map(|t| t.gender.is_some()).collect();
    found.extend(speakers::resolve(doc, &tags, &known, &salience, &kinds, &gendered));

    // One entity per cluster, in order of first mention.
    let mut mentions: Vec<Mention> = Vec::new();
    let mut entities: Vec<Entity> = Vec::with_capacity(clusters.len());
    for (ci, cl) in clusters.iter().enumerate() {
        let name_of = |i: usize| doc.slice(candidates[i].span);
        let longest = cl
            .members
            .iter()
            .copied()
            // An acronym or a name in capitals (`KESTREL COUNTY` in a headline) names the
            // entity only when no mention is written in mixed case.
            .filter(|&i| {
                let mixed = |j: usize| name_of(j).chars().any(char::is_lowercase);
                mixed(i) || !cl.members.iter().any(|&j| mixed(j))
            })
            // `The Church of Scientology` capitalised mid-sentence is named without `The`.
            .max_by_key(|&i| (cluster::without_the(name_of(i)).chars().count(), std::cmp::Reverse(i)))
            .unwrap_or(cl.members[0]);
        let name = name_of(longest).to_string();
        let mut descriptors: Vec<Span> = Vec::new();
        for &i in &cl.members {
            let c = &candidates[i];
            let text = name_of(i);
            let kind = if text == name {
                MentionKind::Name
            } else if mentions::is_acronym(text) && !mentions::is_acronym(&name) && !text.contains('.') {
                MentionKind::Acronym
            } else {
                MentionKind::Alias
            };
            mentions.push(Mention { span: c.span, kind, entity: ci, sentence: c.sentence });
            if let Some(d) = c.descriptor {
                if !descriptors.iter().any(|&x| doc.slice(x) == doc.slice(d)) {
                    descriptors.push(d);
                }
            }
        }
        entities.push(Entity { name, kind: cl.kind(), mentions: Vec::new(), descriptors, gender: targets[ci].gender });
    }
    for &(span, _, e, _) in &apposed {
        let descriptors = &mut entities[e].descriptors;
        if !descriptors.iter().any(|&x| doc.slice(x) == doc.slice(span)) {
            descriptors.push(span);
        }
    }
    for (span, kind, entity, sentence) in found.into_iter().chain(apposed) {
        mentions.push(Mention { span, kind, entity, sentence });
    }
    mentions.extend(nested::nested(doc, &candidates, &of, &kinds));
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by_key(|m| m.span);
    for (mi, m) in mentions.iter().enumerate() {
        entities[m.entity].mentions.push(mi);
    }
    Entities { entities, mentions }
}

/// The mentions of `kind` in `text`, each with the name of its entity: what the tests of
/// the stage's parts look at.
#[cfg(test)]
pub(crate) fn mentions_of_kind(text: &str, kind: MentionKind) -> Vec<(String, String)> {
    let doc = crate::segment("t", text.to_string());
    let e = entities(&doc);
    e.mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| (doc.slice(m.span).to_string(), e.entities[m.entity].name.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;

    /// An entity as `(type, name, [mention texts with kinds])`.
    type Found = (&'static str, String, Vec<(String, &'static str)>);

    /// The entities of `text`.
    fn found(text: &str) -> Vec<Found> {
        let doc = segment("t", text.to_string());
        let e = entities(&doc);
        e.entities
            .iter()
            .map(|en| {
                let mentions = en
                    .mentions
                    .iter()
                    .map(|&m| (doc.slice(e.mentions[m].span).to_string(), e.mentions[m].kind.as_str()))
                    .collect();
                (en.kind.as_str(), en.name.clone(), mentions)
            })
            .collect()
    }

    #[track_caller]
    fn entity<'a>(all: &'a [Found], name: &str) -> &'a Found {
        all.iter().find(|e| e.1 == name).unwrap_or_else(|| panic!("no entity {name:?} in {all:#?}"))
    }

    /// The texts of the mentions of the entity named `name`.
    #[track_caller]
    fn mention_texts<'a>(all: &'a [Found], name: &str) -> Vec<&'a str> {
        entity(all, name).2.iter().map(|(w, _)| w.as_str()).collect()
    }

    /// The words of every mention of the entity named `name` after the whole extraction
    /// (quotes included).
    fn extracted_mentions(text: &str, name: &str) -> Vec<String> {
        let doc = segment("t", text.to_string());
        let x = crate::extract(&doc);
        let e = x.entities.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name}"));
        e.mentions.iter().map(|&m| doc.slice(x.entities.mentions[m].span).to_string()).collect()
    }

    #[test]
    fn a_branch_a_hyphenated_title_and_a_match_report_label() {
        let all = found(
            "Tunde Adewale, an official of the Nigerian Red Cross, said 40 bodies were found. \
             Rwandan Vice-President Paul Kagame denied it.\n\nHalftime 1-0 . Attendance 29,500 .",
        );
        assert_eq!(entity(&all, "Nigerian Red Cross").0, "ORG");
        let party = found("The Pakistan People's Party of ousted prime minister Benazir Bhutto won 18 seats.");
        assert_eq!(entity(&party, "Pakistan People's Party").0, "ORG");
        assert_eq!(entity(&all, "Paul Kagame").0, "PERSON");
        assert_eq!(entity(&all, "Rwandan").0, "NORP");
        assert!(all.iter().all(|e| e.1 != "Halftime" && e.1 != "Attendance"), "{all:#?}");
    }

    #[test]
    fn a_surname_named_alone_keeps_its_particles() {
        let all = found(
            "Schalke scored through van der Berg. President de Klerk met van Gaal. \
             Police said al-Masri had fled. It is la Liga, and what do Americans think?",
        );
        for name in ["van der Berg", "de Klerk", "van Gaal", "al-Masri"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        assert!(all.iter().all(|e| !e.1.starts_with("la ") && !e.1.starts_with("do ")), "{all:#?}");
        // Capitalised at a sentence start, when the text writes it so in the full name.
        let all = found("1. Mario De Clercq ( Belgium ) 1:01:44\n\nDe Clercq , 30 , attacked on the climb .");
        assert_eq!(mention_texts(&all, "Mario De Clercq"), ["Mario De Clercq", "De Clercq"]);
        // After initials joined by periods, the particle in lower case there.
        let all = found("Former President F.W. de Klerk testified. De Klerk, who shared the prize, spoke.");
        assert_eq!(mention_texts(&all, "F.W. de Klerk"), ["F.W. de Klerk", "De Klerk"]);
        // A people before a given name of two joined by a hyphen.
        let all = found("Swede Per-Ulrik Johansson and Welshman Ian Woosnam shared the lead.");
        assert_eq!(entity(&all, "Swede").0, "NORP");
        assert_eq!(entity(&all, "Per-Ulrik Johansson").0, "PERSON");
        let all = found("Jan van der Velde won the stage and Jan-Willem de Groot scored on Jan 5.");
        assert_eq!(entity(&all, "Jan van der Velde").0, "PERSON");
        assert_eq!(entity(&all, "Jan-Willem de Groot").0, "PERSON");
    }

    #[test]
    fn a_known_name_with_its_possessive_split_off_by_a_tokenizer() {
        let all = found(
            "Borrower Kreditanstalt\n\nAmt 500 mln marks\n\nRatings Aa3 ( Moody 's ) , AA- ( Standard and Poor 's ) .",
        );
        assert_eq!(entity(&all, "Moody 's").0, "ORG");
        assert_eq!(entity(&all, "Standard and Poor 's").0, "ORG");
        assert!(all.iter().all(|e| !e.1.contains("Borrower") && e.1 != "Amt"), "{all:#?}");
    }

    #[test]
    fn a_month_in_capitals_inside_a_date_is_no_name() {
        let all = found("Maturity 12.JAN.02 and payment 09.DEC.97 . DEC said sales rose.");
        assert_eq!(all.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["DEC"]);
    }

    #[test]
    fn clubs_in_a_row_of_two_scores_are_teams_and_players_after_a_label_and_dash_are_people() {
        let all = found(
            "HANDBALL - CHAMPIONS LEAGUE RESULTS .\n\nKolding IF ( Denmark ) 24 Pick Szeged ( Hungary ) 25\n\n\
             1. Ato Boldon ( Trinidad ) 10.09\n\n\
             Bradford : Tries - Paul 2 , Lowes , Peacock . Goals - McNamara 3 .",
        );
        assert_eq!(entity(&all, "Kolding IF").0, "ORG");
        assert_eq!(entity(&all, "Pick Szeged").0, "ORG");
        assert_eq!(entity(&all, "Ato Boldon").0, "PERSON");
        for player in ["Lowes", "Peacock", "McNamara"] {
            assert_eq!(entity(&all, player).0, "PERSON", "{player}");
        }
        assert!(all.iter().all(|e| e.1 != "Tries" && e.1 != "Goals"), "{all:#?}");
    }

    #[test]
    fn players_in_a_box_score_are_people_and_its_labels_no_names() {
        let all = found(
            "BASKETBALL - NBA BOX SCORE .\n\nMIAMI ( 91 )\nBrown 3-6 0-0 6 , Danilovic 4-11 2-2 11 , \
             Mourning 8-15 6-9 22 . Totals 35-81 13-17 91 .\n\nRebounds - Miami 45 ( Mourning 11 ) . \
             Assists - Miami 19 .\n\nAjax 2-1 PSV , Feyenoord 3-0 Twente",
        );
        for player in ["Brown", "Danilovic", "Mourning"] {
            assert_eq!(entity(&all, player).0, "PERSON", "{player}");
        }
        assert!(all.iter().all(|e| !matches!(e.1.as_str(), "Totals" | "Rebounds" | "Assists")), "{all:#?}");
        assert_ne!(entity(&all, "Feyenoord").0, "PERSON");
    }

    #[test]
    fn a_surname_that_is_a_company_or_a_lake() {
        let all = found(
            "3. Hans Nielsen ( Denmark ) 20\n\nSenators questioned Anthony Lake. Tourists visited \
             Crater Lake and raced at Tokyo Racecourse.",
        );
        assert_eq!(entity(&all, "Hans Nielsen").0, "PERSON");
        assert_eq!(entity(&all, "Anthony Lake").0, "PERSON");
        assert_eq!(entity(&all, "Crater Lake").0, "LOC");
        assert_eq!(entity(&all, "Tokyo Racecourse").0, "LOC");
    }

    #[test]
    fn a_position_before_a_player_is_no_part_of_the_name() {
        let all = found("Hooker James Lowes crossed early. Playmaker Enric Masip scored nine goals.");
        assert_eq!(entity(&all, "James Lowes").0, "PERSON");
        assert_eq!(entity(&all, "Enric Masip").0, "PERSON");
    }

    #[test]
    fn places_named_by_their_kind_their_landform_or_a_company_seat() {
        let all = found(
            "The worst-hit area was the district of Zirkuh. An earthquake hit the northern provinces \
             of Gilan and Zanjan. The tanker is owned by Kyma Maritime SA of Piraeus and was moved \
             off Pulau Sebarok. Bartoli attacked on the Cote de la Redoute and won the Amstel Gold \
             Race. Rebels took the camp of Laurent Kabila. It was published in the Journal of \
             Applied Astronomy.",
        );
        for place in ["Zirkuh", "Gilan", "Piraeus"] {
            assert_eq!(entity(&all, place).0, "GPE", "{place}");
        }
        assert_eq!(entity(&all, "Pulau Sebarok").0, "LOC");
        assert_eq!(entity(&all, "Cote de la Redoute").0, "LOC");
        assert_eq!(entity(&all, "Amstel Gold Race").0, "EVENT");
        assert_eq!(entity(&all, "Laurent Kabila").0, "PERSON");
        let camp = found("Crimes were committed in and around the Omarska prison camp in Bosnia.");
        assert_eq!(entity(&camp, "Omarska").0, "LOC");
        assert_ne!(entity(&all, "Applied Astronomy").0, "GPE");
    }

    #[test]
    fn a_mission_is_an_organisation_and_free_state_a_province() {
        let all = found(
            "The National Oceanic and Atmospheric Administration said the U.N. Angola Verification \
             Mission would stay in Free State.",
        );
        assert_eq!(entity(&all, "National Oceanic and Atmospheric Administration").0, "ORG");
        assert_eq!(entity(&all, "U.N. Angola Verification Mission").0, "ORG");
        assert_eq!(entity(&all, "Free State").0, "GPE");
    }

    #[test]
    fn a_party_named_by_its_members_is_an_organisation() {
        let all = found("The Christian Democrats and the Social Democrats lost seats. Democrats said no.");
        assert_eq!(entity(&all, "Christian Democrats").0, "ORG");
        assert_eq!(entity(&all, "Social Democrats").0, "ORG");
        assert_eq!(entity(&all, "Democrats").0, "NORP");
    }

    #[test]
    fn a_ship_is_a_product_though_named_like_a_person() {
        let all = found("The tanker Nordic Vega collided with the Russian freighter Kapitan Dorofeyev off Dover.");
        assert_eq!(entity(&all, "Nordic Vega").0, "PRODUCT");
        assert_eq!(entity(&all, "Kapitan Dorofeyev").0, "PRODUCT");
        assert_eq!(entity(&all, "Russian").0, "NORP");
        // So is a spacecraft, after its kind.
        let all = found("A cargo ship hit the Russian space station Mir. Mir is old. The shuttle Atlantis will dock.");
        assert_eq!(entity(&all, "Mir").0, "PRODUCT");
        assert_eq!(entity(&all, "Atlantis").0, "PRODUCT");
    }

    #[test]
    fn kinds_of_place_people_competition_and_index_after_or_in_a_name() {
        let all = found(
            "Supporters packed the Zocalo square. Convoys on the Gulu-Kitgum road stopped. Leaders of \
             the Acholi people met. He took 21 wickets in four Sheffield Shield matches. Readings on \
             the Hang Seng Index fell.",
        );
        assert_eq!(entity(&all, "Zocalo").0, "LOC");
        assert_eq!(entity(&all, "Gulu-Kitgum").0, "LOC");
        assert_eq!(entity(&all, "Acholi").0, "NORP");
        assert_eq!(entity(&all, "Sheffield Shield").0, "EVENT");
        assert_eq!(entity(&all, "Hang Seng Index").0, "OTHER");
    }

    #[test]
    fn a_sentence_s_capitalised_particle_and_a_phrasal_verb_s_person() {
        let all = found("Van der Meulen raised his forecast for 1997.");
        assert_eq!(entity(&all, "Van der Meulen").0, "PERSON");
        let all = found("The reshuffle also brought in Prasong Wongsakul of the Chart Pattana party.");
        assert_eq!(entity(&all, "Prasong Wongsakul").0, "PERSON");
    }

    #[test]
    fn a_test_match_is_no_name_and_races_are_events() {
        let all = found("The Lions beat South Africa in the first Test at Newlands. Fallon won the Coventry Stakes on the opening day of Royal Ascot.");
        assert!(all.iter().all(|f| f.1 != "Test"), "{all:?}");
        assert_eq!(entity(&all, "Coventry Stakes").0, "EVENT");
        assert_eq!(entity(&all, "Royal Ascot").0, "EVENT");
    }

    #[test]
    fn a_people_before_a_title_after_a_name_is_the_title_s() {
        let all = found("Mo Mowlam was named Northern Ireland Secretary and Donald Dewar Scottish Secretary.");
        assert_eq!(entity(&all, "Donald Dewar").0, "PERSON");
        assert_eq!(entity(&all, "Scottish").0, "NORP");
    }

    #[test]
    fn a_racing_row_names_its_jockey_trainer_and_yard() {
        let all = found(
            "HORSE RACING - ROYAL ASCOT RESULTS .\nASCOT , England 1997-06-17\nResults ( jockey in \
             brackets , starting price ) :\n2.30 - Queen Anne Stakes ( Group Two ) , one mile\n1. \
             Desert Captain ( Frankie Dettori ) 10-1\n2. Monsieur Claude ( Kieren Fallon ) 7-2 \
             favourite\n9 ran . Trainer : Barry Hills ( Lambourn ) .",
        );
        assert_eq!(entity(&all, "Kieren Fallon").0, "PERSON");
        assert_eq!(entity(&all, "Barry Hills").0, "PERSON");
        assert_eq!(entity(&all, "Lambourn").0, "GPE");
    }

    #[test]
    fn a_language_is_no_place_after_in() {
        let all = found("State radio played rebel songs in Swahili and Lingala.");
        assert_eq!(entity(&all, "Swahili").0, "OTHER");
        assert_eq!(entity(&all, "Lingala").0, "OTHER");
    }

    #[test]
    fn whom_a_player_plays_for_is_a_team_unless_a_country() {
        let all = found("Virenque, riding for Festina, attacked. Ruiz played for Valencia and for Spain.");
        assert_eq!(entity(&all, "Festina").0, "ORG");
        assert_eq!(entity(&all, "Valencia").0, "ORG");
        assert_eq!(entity(&all, "Spain").0, "GPE");
    }

    #[test]
    fn a_people_that_is_also_a_given_name_is_a_person_by_the_words_around_it() {
        let all = found("He woke his wife Karen at 2am. Karen read the numbers twice.");
        assert_eq!(entity(&all, "Karen").0, "PERSON");
        let all = found("Karen rebels attacked a border post, and the Karen fled.");
        assert_eq!(entity(&all, "Karen").0, "NORP");
        // `Dean` is a given name, not a title before one.
        let all = found("Jackpot winner Dean Mawdsley was delighted. Dean, 52, said he would keep working.");
        assert_eq!(entity(&all, "Dean Mawdsley").0, "PERSON");
    }

    #[test]
    fn a_name_after_the_is_no_person() {
        let all = found("Barcelona won 3-0 at the Nou Camp on Saturday, and the Shining Path struck again.");
        assert_eq!(entity(&all, "Nou Camp").0, "LOC");
        assert_ne!(entity(&all, "Shining Path").0, "PERSON");
        // A family's name in -s before what it owns is no team (`the Desrosiers farm`).
        let all = found(
            "Walt Desrosiers said he was glad. Varnum rented a cabin on the Desrosiers farm. Desrosiers \
             said it would go wherever the family wanted it to go.",
        );
        assert_eq!(entity(&all, "Walt Desrosiers").0, "PERSON");
    }

    #[test]
    fn scorers_with_minutes_as_ordinals_and_a_city_adjective_before_a_name() {
        let all = found(
            "Results of German first division matches played on Saturday :\n\n\
             Borussia Dortmund 3 ( Langhorst 9th , Brehmer 33rd penalty , Sievers 80th ) Schalke 1 . \
             Attendance 42,800\n\nRoman Vesely scored twice for Slavia.",
        );
        for name in ["Langhorst", "Brehmer", "Sievers", "Roman Vesely"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn players_of_a_sport_of_one_against_one_and_places_in_a_sports_story() {
        let all = found(
            "SUMO - MUSASHIMARU WINS PLAYOFF .\n\nFUKUOKA , Japan 1996-11-24\n\nFirst round : Wakanohana beat \
             Takanonami ; Kaio beat Akebono\nFinal : Musashimaru beat Kaio\n\nKaio was cheered on in Fukuoka .",
        );
        for name in ["Wakanohana", "Kaio", "Musashimaru"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        // Curling's teams are named by their skips: the names in its rows are players.
        let all = found(
            "CURLING - LINDHOLM WINS .\n\nStandings : Sweden ( Peja Lindholm ) 6 3 , Scotland ( Hammy \
             McMillan ) 5 4\n\nLindholm beat McMillan 7-5 in the final .",
        );
        for name in ["Peja Lindholm", "Hammy McMillan"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        // A route's ends and a place before its noun are no teams.
        let all = found(
            "SAILING - KVAERNER WINS LEG .\n\nInnovation Kvaerner won the leg from Cape Town to Fremantle . \
             Frostad gybed along the Western Australia coast .",
        );
        for name in ["Cape Town", "Fremantle", "Western Australia"] {
            assert_eq!(entity(&all, name).0, "GPE", "{name}");
        }
    }

    #[test]
    fn places_named_by_a_compass_word_a_saint_or_after_a_town_s_noun() {
        let all = found(
            "Timor will build cars at a plant in Cikampek , West Java . Banzer spoke in Santa Cruz . \
             In the Thai rubber centre of Hat Yai , dealers said prices fell . West African leaders met .",
        );
        for name in ["West Java", "Santa Cruz", "Hat Yai"] {
            assert_eq!(entity(&all, name).0, "GPE", "{name}");
        }
        assert_eq!(entity(&all, "West African").0, "NORP");
        // A name of two words after a preposition of place, with no given name and no common
        // word in it; a company's opening word before a country.
        let all = found(
            "Troops overran the royalist base at Tang Krasang on Sunday . Belarussian voters agreed . \
             Air New Zealand said it would buy a stake . Her husband works at Nordavik Paper .",
        );
        assert_eq!(entity(&all, "Tang Krasang").0, "GPE");
        assert_eq!(entity(&all, "Belarussian").0, "NORP");
        assert_eq!(entity(&all, "Air New Zealand").0, "ORG");
        assert_ne!(entity(&all, "Nordavik Paper").0, "GPE");
    }

    #[test]
    fn players_listed_under_a_label_line_and_in_brackets_after_a_score() {
        let all = found(
            "HURLING - CLARE BEAT TIPPERARY .\n\nClare beat Tipperary 0-20 to 2-13 at Croke Park .\n\n\
             Scorers :\n\nClare : J. O'Connor 0-7 , G. O'Loughlin 0-4 .\n\nClare manager Ger Loughnane \
             was pleased .",
        );
        assert_eq!(entity(&all, "J. O'Connor").0, "PERSON");
        assert_eq!(entity(&all, "G. O'Loughlin").0, "PERSON");
        assert_eq!(entity(&all, "Clare").0, "ORG");
        let all = found("Hungary 9 ( Benedek 3 , Kasas 2 , Fodor , Varga ) Yugoslavia 7 ( Sapic 3 , Savic )");
        for name in ["Fodor", "Varga", "Savic"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn teams_before_their_players_after_a_label_line_with_a_note() {
        let all = found(
            "LACROSSE - BANDITS BEAT KNIGHTHAWKS .\n\nRochester 12 Baltimore 10\n\nTeams ( handicaps ) \
             :\n\nIndios Chapaleufu : Bautista Heguy 10 , Gonzalo Heguy 10\n\nScorers :\n\nBuffalo - \
             Tavares 4 , D. Kilgour 3 , Priolo\n\nRochester - Soudan 4 , Burke 2\n\nThe Bandits and \
             Indios Chapaleufu won .",
        );
        for name in ["Bautista Heguy", "Tavares", "D. Kilgour", "Priolo", "Soudan", "Burke"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        for name in ["Indios Chapaleufu", "Buffalo", "Rochester"] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
    }

    #[test]
    fn words_that_alone_name_events_and_a_fleet_and_a_welsh_given_name() {
        let all = found(
            "BIATHLON - SMITH WINS .\n\nOSLO 1997-02-14\n\nOlympic champion Alexander Parygin did not \
             finish . The event is on the Olympic programme . The Olympic Stadium was full .",
        );
        assert_eq!(entity(&all, "Olympic").0, "EVENT");
        assert_eq!(entity(&all, "Olympic Stadium").0, "LOC");
        let all = found(
            "Taylor launched the war on Christmas Eve 1989 , he told Holocaust survivors . Mervyn King \
             said he was happy with the former Soviet Black Sea Fleet .",
        );
        assert_eq!(entity(&all, "Christmas Eve").0, "EVENT");
        assert_eq!(entity(&all, "Holocaust").0, "EVENT");
        assert_eq!(entity(&all, "Mervyn King").0, "PERSON");
        assert_eq!(entity(&all, "Black Sea Fleet").0, "ORG");
        let all = found("Arundhati Roy won the Booker Prize and the Fields Medal .");
        assert_eq!(entity(&all, "Booker Prize").0, "OTHER");
        assert_eq!(entity(&all, "Fields Medal").0, "OTHER");
    }

    #[test]
    fn parties_in_brackets_after_candidates_in_a_table_of_votes() {
        let all = found(
            "Election results\n\nSEOUL 1997-12-19\n\nLee Hoi-chang ( Grand National Party ) won .\n\n\
             Results :\n\nJohn Smith ( Labour Party ) 9,941,230 38.8\n\nMary Jones ( Green Party ) 302,914 1.2\n",
        );
        assert_eq!(entity(&all, "Grand National Party").0, "ORG");
        for name in ["John Smith", "Mary Jones"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn competitors_surnames_in_a_table_of_standings() {
        let all = found(
            "ORIENTEERING - MARTENSSON WINS .\n\nResults :\n\n1. Jorgen Martensson ( Sweden ) 1:32:17\n\
             2. Janne Salmi ( Finland ) 1:34:20\n\nStandings :\n\nMen : 1. Martensson 142 points 2. Salmi 104\n",
        );
        for name in ["Jorgen Martensson", "Janne Salmi"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn horses_after_their_riders_countries() {
        let all = found(
            "EQUESTRIANISM - O'CONNOR WINS .\n\nBADMINTON , England 1997-05-11\n\nFinal placings :\n\n\
             1. David O'Connor ( U.S. ) Custom Made 40.2\n2. Mark Todd ( New Zealand ) Kayem 44.6\n\n\
             He won the Badminton Horse Trials .",
        );
        for name in ["Custom Made", "Kayem"] {
            assert_eq!(entity(&all, name).0, "OTHER", "{name}");
        }
        assert_eq!(entity(&all, "Badminton Horse Trials").0, "EVENT");
        // A cyclist's team after his country stays a team.
        let all = found("CYCLING - TOUR .\n\nResults :\n\n3. Tony Rominger ( Switzerland ) Mapei at 12 seconds");
        assert_eq!(entity(&all, "Mapei").0, "ORG");
    }

    #[test]
    fn a_national_side_s_players_in_brackets_are_no_clubs() {
        let all = found(
            "SEPAK TAKRAW - THAILAND WIN .\n\nThailand ( Suriyan Peachan , Pornchai Kaokaew ) beat Malaysia ( \
             Zabidi Shariff , Azlan Suhaimi ) 15-10 15-12\n\nMark Regan ( Bristol ) scored .",
        );
        for name in ["Suriyan Peachan", "Zabidi Shariff", "Azlan Suhaimi"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        assert_eq!(entity(&all, "Bristol").0, "ORG");
        let all = found("Telefonos de Mexico ( Telmex ) , the most heavily traded stock , lost 0.10 pesos .");
        assert_eq!(entity(&all, "Telmex").0, "ORG");
    }

    #[test]
    fn a_table_of_shares_by_place_names_places_and_a_league_keeps_its_title_word() {
        let all = found(
            "Scotland votes for its own parliament\n\nEDINBURGH 1997-09-12\n\nShares of the vote :\n\n\
             Glasgow 83.6 75.0\n\nOrkney 57.3 47.4\n\nDumfries and Galloway 60.7 48.8\n\nThe Major \
             Indoor Lacrosse League said so .",
        );
        for name in ["Glasgow", "Orkney", "Dumfries and Galloway"] {
            assert_eq!(entity(&all, name).0, "GPE", "{name}");
        }
        assert_eq!(entity(&all, "Major Indoor Lacrosse League").0, "ORG");
    }

    #[test]
    fn an_organisation_s_opening_word_at_a_sentence_start_and_named_places_of_a_venue() {
        let all = found(
            "International Weightlifting Federation ( IWF ) secretary Tamas Ajan said so . The strike shut \
             the Statfjord and Snorre fields . O'Connor scored from under the Cusack Stand .",
        );
        assert_eq!(entity(&all, "International Weightlifting Federation").0, "ORG");
        assert_eq!(entity(&all, "Cusack Stand").0, "LOC");
    }

    #[test]
    fn a_headline_in_capitals_with_one_figure_is_no_row_of_scores() {
        let all = found(
            "FIRE AT TOY FACTORY IN GUANGDONG KILLS 34 .\n\nGuangdong governor Lu Ruihua ordered an inquiry \
             into the fire , which killed women from Sichuan and Hunan provinces .",
        );
        for name in ["Guangdong", "Hunan"] {
            assert_eq!(entity(&all, name).0, "GPE", "{name}");
        }
    }

    #[test]
    fn who_comes_from_a_place_and_a_country_s_news_agency() {
        let all = found("The 22-year-old from Kuopio said he would celebrate in the sauna .");
        assert_eq!(entity(&all, "Kuopio").0, "GPE");
        let all = found("The Kuwaiti news agency KUNA quoted an official . The Anatolian news agency said so .");
        assert_eq!(entity(&all, "Kuwaiti").0, "NORP");
        assert_eq!(entity(&all, "Anatolian").0, "ORG");
    }

    #[test]
    fn a_block_of_match_results_is_read_with_the_text() {
        let all = found(
            "TENNIS - RESULTS IN STOCKHOLM .\n\nResults on Friday :\n\n\
             3 - Thomas Muster ( Austria ) beat Jan Siemerink ( Netherlands ) 7-5 6-2\n\
             2 - Boris Becker ( Germany ) beat Javier Sanchez ( Spain ) 6-2 6-4\n\n\
             Muster , the French Open champion , needed only 68 minutes .",
        );
        assert_eq!(mention_texts(&all, "Thomas Muster"), ["Thomas Muster", "Muster"]);
        assert_eq!(entity(&all, "Austria").0, "GPE");
        // Names on both sides of the verb, the margin last; also as a story's headline.
        let all = found(
            "ROWING - HENLEY RESULTS .\n\nFinals on Sunday :\n\n\
             Imperial College beat Trinity College , Dublin 4 lengths , 6:52\n\
             Neptune Rowing Club beat Marlow Rowing Club 2 lengths\n\n\
             The crews raced into a headwind .",
        );
        for name in ["Imperial College", "Trinity College", "Neptune Rowing Club", "Marlow Rowing Club"] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        let all = found("Caverly Comets beat Marrowdale Rovers 2-2\n\nThe striker for Caverly Comets is out.");
        assert_eq!(mention_texts(&all, "Caverly Comets"), ["Caverly Comets", "Caverly Comets"]);
    }

    #[test]
    fn a_nationality_before_a_surname_is_a_name_of_its_own() {
        let all = found(
            "Dutchman Siemerink beat German Frentzen, and Dane Jon Dahl Tomasson lost to \
             New Zealander Nobilo. The German Bundesbank held rates and British Gas rose.",
        );
        for (people, person) in [
            ("Dutchman", "Siemerink"),
            ("German", "Frentzen"),
            ("Dane", "Jon Dahl Tomasson"),
            ("New Zealander", "Nobilo"),
        ] {
            assert_eq!(entity(&all, people).0, "NORP");
            assert_eq!(entity(&all, person).0, "PERSON", "{person}");
        }
        assert_eq!(entity(&all, "Bundesbank").0, "ORG");
        assert_eq!(entity(&all, "British Gas").0, "ORG");
        // The people of a place, by the place's name and an ending.
        let all = found("Albertans will pay less tax , and Londoners cheered .");
        assert_eq!(entity(&all, "Albertans").0, "NORP");
        assert_eq!(entity(&all, "Londoners").0, "NORP");
        // A people, then a place; not a party that opens with a people.
        let all = found("The land lies in annexed Arab East Jerusalem . The Serbian Democratic Party won .");
        assert_eq!(entity(&all, "Arab").0, "NORP");
        assert_eq!(entity(&all, "East Jerusalem").0, "GPE");
        assert_eq!(entity(&all, "Serbian Democratic Party").0, "ORG");
    }

    #[test]
    fn a_lake_or_a_river_is_a_natural_place_and_its_bare_name_too() {
        let all = found(
            "Rebels advanced toward Lake Kivu on Monday. Sewage spilled into the River Windrush. \
             The Windrush is one of several polluted rivers. Ricki Lake said she was happy.",
        );
        assert_eq!(entity(&all, "Lake Kivu").0, "LOC");
        assert_eq!(entity(&all, "River Windrush").0, "LOC");
        assert_eq!(mention_texts(&all, "River Windrush"), ["River Windrush", "Windrush"]);
        assert_eq!(entity(&all, "Ricki Lake").0, "PERSON");
    }

    #[test]
    fn a_long_document_links_aliases_to_names_many_clusters_back() {
        // Past a few dozen clusters a name is looked up by its words and initials instead of
        // against every cluster: the links must be the same.
        let mut text = String::from(
            "The World Health Organization warned on Monday. Brightwater Optics Inc. said sales rose. \
             Anna Kalston, a nurse, said she was tired. \
             Senator Daniel Patrick Moynihan objected. Dr Halvorsen said she was busy.\n\n",
        );
        let (heads, tails) = (
            ["Mor", "Ven", "Dru", "Sel", "Tarn"],
            ["ovic", "ard", "esco", "ley", "ani", "berg", "quist", "mann", "ston", "ek"],
        );
        for tail in tails {
            for head in heads {
                text.push_str(&format!("Peter {head}{tail} said he was pleased. "));
            }
            text.push_str("\n\n");
        }
        text.push_str(
            "Kalston said the WHO was right. Brightwater said it would hire. Morovic agreed. \
             Patrick Moynihan did not. Ingrid Halvorsen left.",
        );
        let all = found(&text);
        assert!(all.len() > 50, "{} entities", all.len());
        assert_eq!(mention_texts(&all, "Anna Kalston"), ["Anna Kalston", "a nurse", "she", "Kalston"]);
        assert_eq!(mention_texts(&all, "World Health Organization"), ["World Health Organization", "WHO"]);
        assert_eq!(mention_texts(&all, "Brightwater Optics Inc"), ["Brightwater Optics Inc", "Brightwater", "it"]);
        assert_eq!(mention_texts(&all, "Peter Morovic"), ["Peter Morovic", "he", "Morovic"]);
        assert_eq!(mention_texts(&all, "Daniel Patrick Moynihan"), ["Daniel Patrick Moynihan", "Patrick Moynihan"]);
        assert_eq!(mention_texts(&all, "Ingrid Halvorsen"), ["Halvorsen", "she", "Ingrid Halvorsen"]);
    }

    #[test]
    fn a_headline_in_capitals_keeps_only_names_the_lists_or_the_text_know() {
        let all = found(
            "RUGBY - FRANCE EDGE PAST WALES, KESTREL COUNTY IN NARROW WIN.\n\n\
             France beat Wales 21-19 in Cardiff on Saturday. Kestrel County held off Dunmore by a point.\n\n\
             RIO DE JANEIRO -- Talks resumed. WASHINGTON -- They ended.",
        );
        assert_eq!(mention_texts(&all, "France"), ["FRANCE", "France"]);
        assert_eq!(mention_texts(&all, "Wales"), ["WALES", "Wales"]);
        assert_eq!(mention_texts(&all, "Kestrel County"), ["KESTREL COUNTY", "Kestrel County"]);
        assert_eq!(entity(&all, "RIO DE JANEIRO").0, "GPE");
        assert_eq!(entity(&all, "WASHINGTON").0, "GPE");
        let shouted = ["RUGBY", "EDGE", "PAST", "NARROW", "WIN"];
        for (_, name, _) in &all {
            assert!(!shouted.iter().any(|w| name.contains(w)), "{name} in {all:#?}");
        }
    }

    #[test]
    fn an_organisation_with_of_or_for_opens_a_sentence_whole() {
        let all = found(
            "Transport for London said the line would reopen. Ministry of Fisheries officials \
             disagreed. Commission for Racial Equality staff were not told.",
        );
        for name in ["Transport for London", "Ministry of Fisheries", "Commission for Racial Equality"] {
            assert_eq!(mention_texts(&all, name), [name]);
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        assert!(all.iter().all(|e| e.1 != "London"), "{all:#?}");
    }

    #[test]
    fn names_with_particles_and_abbreviated_titles_at_the_end_are_people() {
        let all = found(
            "Aravinda de Silva hit an unbeaten 83. Oil Minister Ali al-Naimi said output would rise. \
             Prime Minister Hun Sen met Amartya Sen on Monday.",
        );
        for name in ["Aravinda de Silva", "Ali al-Naimi", "Hun Sen", "Amartya Sen"] {
            assert_eq!(mention_texts(&all, name), [name]);
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        // A place's or an event's first word before the particle says what it is.
        let all = found("Plaza de Mayo was full. Tour de France champion Bjarne Riis crashed.");
        assert_eq!(entity(&all, "Plaza de Mayo").0, "GPE");
        assert_eq!(entity(&all, "Tour de France").0, "EVENT");
    }

    #[test]
    fn a_benchmark_named_like_a_person_and_a_tournament_are_no_people() {
        let all = found(
            "Brent crude futures rose 40 cents. Brent fell later, and traders said Brent would recover. \
             Ernie Els won the European Masters. Gary Masters said he was pleased.",
        );
        assert_eq!(mention_texts(&all, "Brent"), ["Brent", "Brent", "Brent"]);
        assert_eq!(entity(&all, "Brent").0, "OTHER");
        assert_eq!(entity(&all, "European Masters").0, "EVENT");
        assert_eq!(entity(&all, "Gary Masters").0, "PERSON");
    }

    #[test]
    fn a_city_in_a_row_of_results_is_its_team_not_the_dateline_city() {
        let all = found(
            "BASKETBALL - NBA RESULTS.\n\nCHICAGO 1996-12-01\n\n\
             Results of games on Saturday (home team in capitals):\n\nCHICAGO 103 Miami 89\n\n\
             BOSTON 99 Atlanta 90\n\nIn Atlanta, the crowd was small.\n",
        );
        let typed = |text: &str| -> Vec<&str> {
            all.iter().filter(|e| e.2.iter().any(|(w, _)| w == text)).map(|e| e.0).collect()
        };
        assert_eq!(typed("CHICAGO"), ["GPE", "ORG"], "{all:#?}");
        assert_eq!(typed("Atlanta"), ["ORG", "GPE"], "{all:#?}");
        // A headline's city, with nothing but the gazetteer to say what it is, joins the team.
        let all = found("SOCCER - LEEDS HELD BY SOUTHAMPTON.\n\nLONDON 1996-08-31\n\nLeeds were held to a 1-1 draw by Southampton on Saturday.");
        assert_eq!(mention_texts(&all, "Leeds"), ["LEEDS", "Leeds"]);
    }

    #[test]
    fn a_name_right_after_the_kind_of_organisation_it_is_names_one() {
        let all = found("The daily La Jornada said police fired first. The newspaper Le Soir disagreed.");
        assert_eq!(entity(&all, "La Jornada").0, "ORG");
        assert_eq!(entity(&all, "Le Soir").0, "ORG");
        // A given name after the noun is still a person's (`the group Jane Doe founded`).
        let all = found("The group Jane Doe founded grew quickly.");
        assert_eq!(entity(&all, "Jane Doe").0, "PERSON");
    }

    #[test]
    fn stadiums_airports_lakes_and_mines_are_places() {
        let all = found(
            "The match was played at Jack Murphy Stadium. The plane left Indira Gandhi International Airport \
             for a field near the Ok Tedi mine and the Pacific resort of Huatulco.",
        );
        for (name, kind) in [
            ("Jack Murphy Stadium", "LOC"),
            ("Indira Gandhi International Airport", "LOC"),
            ("Ok Tedi", "LOC"),
            ("Huatulco", "GPE"),
        ] {
            assert_eq!(entity(&all, name).0, kind, "{name}");
        }
        // The town a ground is named after is not the ground.
        let all = found("Fans packed the Bluefen Arena. Bluefen, a town of 9,000, cheered.");
        assert_eq!(mention_texts(&all, "Bluefen Arena"), ["Bluefen Arena"]);
    }

    #[test]
    fn a_leaderboard_row_and_a_not_out_batter_name_players() {
        let all = found(
            "Leading scores after the first round :\n\n             67 Ernie Vasquez ( South Africa ) , Mark O'Keeffe , Steve Strand\n\n             England first innings\n\nG. Thornby not out 54\n",
        );
        for name in ["Ernie Vasquez", "Mark O'Keeffe", "Steve Strand", "G. Thornby"] {
            assert_eq!(mention_texts(&all, name), [name]);
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        // A heading that opens with a figure stays a heading.
        let all = found("5 Things To Know About Rates\n\nBanks raised them on Monday.");
        assert!(all.is_empty(), "{all:#?}");
    }

    #[test]
    fn an_acronym_in_brackets_joins_the_name_it_spells_across_a_connector() {
        let all = found(
            "Kestrel Telegraph and Telephone Corp ( KTT ) said on Wednesday profit rose. \
             Fighters of the Liberation Herons of Tamil Vale ( LHTV ) attacked a camp.",
        );
        let full = "Kestrel Telegraph and Telephone Corp";
        assert_eq!(mention_texts(&all, full), [full, "KTT"]);
        assert_eq!(entity(&all, full).0, "ORG");
        let full = "Liberation Herons of Tamil Vale";
        assert_eq!(mention_texts(&all, full), [full, "LHTV"]);
        // No acronym that spells both: two names.
        let all = found("Kestrel Holdings and Dunmore Group ( DG ) agreed.");
        assert_eq!(mention_texts(&all, "Dunmore Group"), ["Dunmore Group", "DG"]);
        assert_eq!(mention_texts(&all, "Kestrel Holdings"), ["Kestrel Holdings"]);
    }

    #[test]
    fn a_place_before_a_people_and_a_club_named_for_its_city_are_read() {
        let all = found("Senator Daniel Moynihan , a New York Democrat , spoke. Hong Kong Chinese shares rose.");
        for (name, kind) in [("New York", "GPE"), ("Democrat", "NORP"), ("Hong Kong", "GPE"), ("Chinese", "NORP")] {
            assert_eq!(entity(&all, name).0, kind, "{name}");
        }
        let all = found(
            "SOCCER - DUTCH LEAGUE .\n\nAmsterdam 1996-09-15\n\n\
             Ajax Amsterdam lost 2-0 at home to PSV Eindhoven . Striker Zoe P. Rotterdam scored .",
        );
        assert_eq!(entity(&all, "Ajax Amsterdam").0, "ORG");
        assert_eq!(entity(&all, "Zoe P. Rotterdam").0, "PERSON");
    }

    #[test]
    fn what_acts_on_its_own_is_no_person_and_a_place_does_not_speak() {
        let all = found(
            "Shares rose after Merrill Lynch raised its rating on the chipmaker. The prosecutor's \
             office in Neufchateau said more arrests were possible.",
        );
        assert_eq!(entity(&all, "Merrill Lynch").0, "ORG");
        assert_eq!(entity(&all, "Neufchateau").0, "GPE");
        // After a speech verb, `its` may be another's.
        let all = found("Martin Feldman said its sales would fall.");
        assert_eq!(entity(&all, "Martin Feldman").0, "PERSON");
    }

    #[test]
    fn a_standings_table_has_teams_and_no_header_names() {
        let all = found("EASTERN DIVISION\n\nW L PCT GB\n\nNEW YORK 74 56 .569 -\n\nBALTIMORE 68 62 .523 6\n");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        // The division over the table is a competition; its columns' labels name nothing.
        assert_eq!(names, ["EASTERN DIVISION", "NEW YORK", "BALTIMORE"], "{all:#?}");
        assert_eq!(entity(&all, "EASTERN DIVISION").0, "EVENT");
        assert!(all[1..].iter().all(|e| e.0 == "ORG"), "{all:#?}");
    }

    #[test]
    fn a_title_after_a_given_name_is_the_surname() {
        let all = found(
            "Prime Minister John Major met Ian Bishop and Sergeant Ann King. Major said talks would go \
             on. Labour attacked Major over the plan. Bishop bowled well.",
        );
        assert_eq!(mention_texts(&all, "John Major"), ["John Major", "Major", "Major"]);
        assert_eq!(mention_texts(&all, "Ian Bishop"), ["Ian Bishop", "Bishop"]);
        // A title in full keeps no period that ends the sentence.
        assert_eq!(mention_texts(&all, "Ann King"), ["Ann King"]);
        assert!(all.iter().all(|e| e.0 == "PERSON"), "{all:#?}");
    }

    #[test]
    fn a_state_abbreviated_after_a_city_is_a_place() {
        let all = found(
            "REDWOOD SHORES , Calif. 1996-12-12\n\nShr 27 cents vs 21 cents\nRevs 1.38 billion vs 1.06 \
             billion\n\nOracle said profit rose. She moved to Seattle, Wash., in 1990.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["REDWOOD SHORES", "Calif.", "Oracle", "Seattle", "Wash."], "{all:#?}");
        for place in ["REDWOOD SHORES", "Calif.", "Wash."] {
            assert_eq!(entity(&all, place).0, "GPE", "{place}");
        }
    }

    #[test]
    fn a_headline_ending_in_a_year_is_no_row_of_results() {
        let all = found(
            "TUNG CHOSEN TO LEAD HONG KONG AFTER 1997 .\n\nTung won 320 votes cast by a committee appointed by \
             Beijing . Patten has clashed with Beijing .",
        );
        assert_eq!(entity(&all, "Beijing").0, "GPE", "{all:#?}");
    }

    #[test]
    fn a_common_word_before_which_is_a_name() {
        let all = found("Janet Morrow spoke first. Unison, which represents library staff, said 40 jobs were at risk.");
        assert_eq!(mention_texts(&all, "Unison"), ["Unison"]);
    }

    #[test]
    fn a_nationality_before_a_full_name_is_a_people_and_a_person() {
        let all = found("Norwegian Kjetil Andre Aamodt won . German Heinz-Harald Frentzen was third .");
        for (people, person) in [("Norwegian", "Kjetil Andre Aamodt"), ("German", "Heinz-Harald Frentzen")] {
            assert_eq!(entity(&all, people).0, "NORP");
            assert_eq!(entity(&all, person).0, "PERSON");
        }
    }

    #[test]
    fn a_garden_or_a_hill_is_a_place_and_a_promoter_a_role() {
        let all = found(
            "They met at Madison Square Garden and on Capitol Hill, where Damon Hill spoke. Promoter Don King \
             agreed.",
        );
        assert_eq!(entity(&all, "Madison Square Garden").0, "LOC");
        assert_eq!(entity(&all, "Capitol Hill").0, "LOC");
        assert_eq!(entity(&all, "Damon Hill").0, "PERSON");
        assert_eq!(mention_texts(&all, "Don King"), ["Don King"]);
    }

    #[test]
    fn radio_and_telecom_open_names_of_organisations() {
        let all =
            found("The station Radio France Internationale reported it. Police closed the independent Radio B92.");
        assert_eq!(entity(&all, "Radio France Internationale").0, "ORG");
        assert_eq!(entity(&all, "Radio B92").0, "ORG");
    }

    #[test]
    fn a_judge_of_the_english_high_court_is_titled_mr_justice() {
        let all = found("Mr Justice Rodger Bell, who heard the case, ruled. Lord Justice Smith agreed.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Rodger Bell", "Smith"]);
    }

    #[test]
    fn the_west_indies_are_a_region_in_a_headline_too() {
        let all = found("CRICKET - WEST INDIES BEAT AUSTRALIA .\n\nWest Indies beat Australia by six wickets .");
        assert_eq!(mention_texts(&all, "West Indies"), ["WEST INDIES", "West Indies"]);
        assert_eq!(entity(&all, "West Indies").0, "LOC");
    }

    #[test]
    fn scorers_in_brackets_and_news_agencies() {
        let all = found(
            "Results on Sunday: Arsenal 2 (Whitmore 23, Okafor 60) Sheffield Wednesday 0.\n\nRiots hit Jakarta, the \
             official Antara news agency said. Antara quoted police as saying two were held.",
        );
        for scorer in ["Whitmore", "Okafor"] {
            assert_eq!(entity(&all, scorer).0, "PERSON", "{scorer}");
        }
        assert_eq!(mention_texts(&all, "Antara"), ["Antara", "Antara"]);
        assert_eq!(entity(&all, "Antara").0, "ORG");
    }

    #[test]
    fn a_kind_of_firm_before_a_name_is_no_part_of_it() {
        let all = found(
            "Broadcaster Grupo Televisa slipped 1.20 . Retailer Cifra and Monterrey glassmaker Vitro were little \
             changed . The prosecutor told the court Brennan's son was six.",
        );
        assert_eq!(mention_texts(&all, "Grupo Televisa"), ["Grupo Televisa"]);
        for firm in ["Grupo Televisa", "Cifra", "Vitro"] {
            assert_eq!(entity(&all, firm).0, "ORG", "{firm}: {all:#?}");
        }
        assert_eq!(entity(&all, "Brennan").0, "PERSON");
    }

    #[test]
    fn a_ground_a_field_or_an_oval_is_a_place() {
        let all = found(
            "Favre threw at a snowy Lambeau Field. Warne bowled at the Melbourne Cricket Ground. Sally Field won.",
        );
        assert_eq!(entity(&all, "Lambeau Field").0, "LOC");
        assert_eq!(entity(&all, "Melbourne Cricket Ground").0, "LOC");
        assert_eq!(entity(&all, "Sally Field").0, "PERSON");
    }

    #[test]
    fn an_unknown_name_said_to_be_a_thing_is_no_person() {
        let all = found("Leinster Citylink, which operates 140 routes, said it had made a fair offer.");
        assert_eq!(entity(&all, "Leinster Citylink").0, "ORG", "{all:#?}");
        let all = found("Leinster Dunphy, who drives a bus, said the offer was unfair.");
        assert_eq!(entity(&all, "Leinster Dunphy").0, "PERSON", "{all:#?}");
    }

    #[test]
    fn a_capital_that_speaks_is_its_government_and_a_person_s_surname_a_person() {
        let all = found("Washington said President Bill Clinton regretted the move. Moscow said it would respond.");
        assert_eq!(entity(&all, "Washington").0, "GPE", "{all:#?}");
        assert_eq!(entity(&all, "Moscow").0, "GPE", "{all:#?}");
        let all = found("Denzel Washington starred. Washington said he loved it.");
        assert_eq!(mention_texts(&all, "Denzel Washington"), ["Denzel Washington", "Washington", "he"]);
        assert_eq!(entity(&all, "Denzel Washington").0, "PERSON");
    }

    #[test]
    fn a_result_after_a_label_names_teams_and_its_bracketed_venue_a_place() {
        let all = found(
            "BASKETBALL - NBA FINALS .\n\nCHICAGO 1997-06-14\n\nSeries results :\n\n\
             Game one ( at Chicago ) : Chicago 84 Utah 82\n\nGame two ( at Salt Lake City ) : Utah 97 Chicago 85\n\n\
             Leading scorers :\n\nUtah : Karl Malone 25 , Jeff Hornacek 12\n",
        );
        let typed = |text: &str| -> Vec<&str> {
            all.iter().filter(|e| e.2.iter().any(|(w, _)| w == text)).map(|e| e.0).collect()
        };
        assert_eq!(typed("Utah"), ["ORG"], "{all:#?}");
        assert_eq!(entity(&all, "Salt Lake City").0, "GPE");
        assert!(typed("Game").is_empty(), "{all:#?}");
        // After `Leading scorers :`, a team's line names its players.
        assert_eq!(entity(&all, "Karl Malone").0, "PERSON");
        assert_eq!(entity(&all, "Jeff Hornacek").0, "PERSON");
        // A label of players with its note in brackets still lists players.
        let all = found("CRICKET - SCORECARD .\n\nBowling ( to date ) : McCague 14-2-48-1 , Headley 15-3-51-1\n");
        assert_eq!(entity(&all, "McCague").0, "PERSON", "{all:#?}");
    }

    #[test]
    fn a_city_in_a_row_of_results_is_its_team_all_through_the_story() {
        let all = found(
            "SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-12-21\n\nChelsea 2 Sheffield Wednesday 2\n\n\
             Leicester 0 Manchester United 2\n\nManchester United won 2-0 at Leicester with goals from Eric \
             Cantona .\n",
        );
        // `Wednesday 2` is no day of a month: the line is a row of results.
        for team in ["Chelsea", "Sheffield Wednesday", "Manchester United"] {
            assert_eq!(entity(&all, team).0, "ORG", "{team}: {all:#?}");
        }
        assert_eq!(mention_texts(&all, "Leicester"), ["Leicester", "Leicester"]);
        assert_eq!(entity(&all, "Leicester").0, "ORG", "{all:#?}");
        assert_eq!(entity(&all, "LONDON").0, "GPE");
    }

    #[test]
    fn a_title_or_a_role_opening_a_sentence_is_no_part_of_the_name() {
        let all = found(
            "“We bought for a normal winter,” Chief Executive Laura Brandvold said. Rookie Marcus \
             Bell added 22 points. Prime Minister Sheikh Hasina ordered an inquiry.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Laura Brandvold", "Marcus Bell", "Hasina"]);
    }

    #[test]
    fn a_title_with_its_portfolio_is_no_part_of_the_name() {
        let all = found(
            "Secretary of State Warren Kestler met Minister of Finance Ali Rahmat in Dunmore. \
             Later, Chancellor of the Exchequer Kenneth Ashby spoke. Speaker of the House Ron \
             Deakins agreed.",
        );
        // `House` is a body the gazetteer knows only as a word: still the portfolio's.
        for name in ["Warren Kestler", "Ali Rahmat", "Kenneth Ashby", "Ron Deakins"] {
            assert_eq!(mention_texts(&all, name), [name]);
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
        assert!(all.iter().all(|e| !e.1.contains("Secretary") && !e.1.contains("Finance")), "{all:#?}");
        // No given name after it: the whole is a name (`Bank of America`).
        let all = found("He joined Bank of America Merrill in May.");
        assert_eq!(entity(&all, "Bank of America Merrill").0, "ORG");
    }

    #[test]
    fn a_name_before_the_kind_of_place_it_is_or_after_in_is_a_place() {
        let all = found(
            "Talks at the Tavor crossing ended. Rebels told reporters in Novye Zaliv on Monday. \
             Fighting spread to the Korvani region.",
        );
        assert_eq!(entity(&all, "Tavor").0, "LOC");
        assert_eq!(entity(&all, "Novye Zaliv").0, "GPE");
        assert_eq!(entity(&all, "Korvani").0, "LOC");
        // A town named with `Port`, `Fort` or `Mount`, also at a sentence start; not its
        // team.
        let all = found(
            "Rents in Port Ellis have risen. Port Ellis has a market. Port Ellis Hawks lost at home. \
             They play Alderley Foxes next.",
        );
        let names: Vec<(&str, &str)> = all.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(names, [("GPE", "Port Ellis"), ("ORG", "Port Ellis Hawks"), ("ORG", "Alderley Foxes")]);
        // A venue, even one named for a person.
        let all = found("Valencia lost 2-0 at the Vicente Calderon stadium on Sunday.");
        assert_eq!(entity(&all, "Vicente Calderon").0, "LOC");
    }

    #[test]
    fn a_scoreboard_keeps_its_initials_teams_and_scores_apart() {
        let all = found(
            "Kestrelton: Glamorvale 259 and 207 (A. Dale 69, H. Morris 69; P. Simmons 4-38).\n\n\
             Utrecht 2 Dunmore Athletic 1\n",
        );
        let names: Vec<(&str, &str)> = all.iter().map(|e| (e.0, e.1.as_str())).collect();
        for name in ["Glamorvale", "A. Dale", "H. Morris", "P. Simmons", "Utrecht", "Dunmore Athletic"] {
            assert!(names.iter().any(|n| n.1 == name), "{name} in {names:?}");
        }
        assert_eq!(entity(&all, "A. Dale").0, "PERSON");
        assert_eq!(entity(&all, "P. Simmons").0, "PERSON");
    }

    #[test]
    fn names_in_a_table_of_results_are_names() {
        let all = found("Results on Saturday:\n\nKestrelton 2 Dunmore Athletic 1\nBarrowby 0 Fenwick Rovers 3\n");
        for name in ["Kestrelton", "Dunmore Athletic", "Barrowby", "Fenwick Rovers"] {
            assert_eq!(mention_texts(&all, name), [name]);
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        // A city's club is a club.
        let all = found("Results:\n\nLeeds 0 Barrowby 2\n");
        assert_eq!(entity(&all, "Leeds").0, "ORG");
        // A title-case headline stays a headline.
        let all = found("Fenwick Shares Plunge Again\n\nInvestors sold on Monday.");
        assert!(all.is_empty(), "{all:#?}");
    }

    #[test]
    fn athletes_with_their_country_in_a_row_and_a_hometown_in_a_sports_story() {
        let all = found(
            "ATHLETICS - RESULTS IN RIETI .\n\nLeading results on Sunday :\n\n100 metres : 1. Frankie \
             Fredericks ( Namibia ) 10.02 seconds 2. Ato Boldon ( Nigeria ) 10.09\n",
        );
        assert_eq!(entity(&all, "Ato Boldon").0, "PERSON");
        let all = found(
            "BOXING - TSZYU RETAINS TITLE .\n\nTszyu beat Hernandez 3-0 on Saturday . Hernandez , the former \
             champion from Guadalajara , slumped against the post .\n",
        );
        assert_eq!(entity(&all, "Guadalajara").0, "GPE");
    }

    #[test]
    fn an_initial_i_opens_a_player_s_name_in_a_scorecard() {
        let all = found("Scoreboard :\n\nI. Healy not out 22\n\nM. Love not out 38\n");
        assert_eq!(entity(&all, "I. Healy").0, "PERSON");
        // The pronoun stays one.
        let all = found("We make a good team, you and I. Did you see Albert I. Jones?");
        assert!(all.iter().all(|e| e.1 != "I"), "{all:?}");
    }

    #[test]
    fn a_league_that_is_a_competition_is_an_event() {
        let all =
            found("Bayern lead the Bundesliga and Juventus top Serie A, and Arsenal are top of the Premier League.");
        for name in ["Bundesliga", "Serie A", "Premier League"] {
            assert_eq!(entity(&all, name).0, "EVENT", "{name}");
        }
        // A league that is a body keeps its type.
        assert_eq!(entity(&found("The National Hockey League fined him."), "National Hockey League").0, "ORG");
        // An event's name opening a line.
        let all = found("CYCLING - RESULTS .\n\nWorld Cup standings ( after four rounds ) :\n\n1. Paul Herijgers 80\n");
        assert_eq!(entity(&all, "World Cup").0, "EVENT");
    }

    #[test]
    fn a_dateline_names_its_place_whatever_the_gazetteer_knows() {
        let all =
            found("SKIING - ALPHAND WINS KESTRELBUEHEL DOWNHILL .\n\nKESTRELBUEHEL 1997-01-18\n\nLuc Alphand won.\n");
        let (kind, _, mentions) = entity(&all, "KESTRELBUEHEL");
        assert_eq!(*kind, "GPE");
        assert_eq!(mentions.len(), 2, "{all:?}");
        // Not a line of a table, nor capitals that run on to other words.
        let all = found("RESULTS 1997-01-18 STANDINGS\n\nLuc Alphand won.\n");
        assert!(all.iter().all(|e| e.1 != "RESULTS"), "{all:?}");
    }

    #[test]
    fn wire_datelines_and_results_with_countries_are_read() {
        let all = found(
            "TENNIS - RESULTS AT KESTREL CLASSIC .\n\nCARLSBAD , California 1996-08-07\n\n\
             Results on Wednesday :\n\n\
             Ilsa Brenvik Marotta ( Spain ) beat Oda Kuramine ( Japan ) 4-6 7-6 6-1\n",
        );
        assert_eq!(entity(&all, "CARLSBAD").0, "GPE");
        assert_eq!(entity(&all, "California").0, "GPE");
        assert_eq!(entity(&all, "Ilsa Brenvik Marotta").0, "PERSON");
        assert_eq!(entity(&all, "Oda Kuramine").0, "PERSON");
        // A batting row names players; a row of results with a note names teams.
        let all = found(
            "Scoreboard :\n\nB. Young c Moin Khan b Waqar 5\n\nBowling : Wasim Akram 9.2-0-40-2\n\n\
             Results :\n\nIndiana 89 MIAMI 87 ( OT )\n",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["B. Young", "Moin Khan", "Waqar", "Wasim Akram", "Indiana", "MIAMI"]);
        for player in ["B. Young", "Moin Khan", "Waqar"] {
            assert_eq!(entity(&all, player).0, "PERSON", "{player}");
        }
        assert_eq!(entity(&all, "Indiana").0, "ORG");
        // Caught and bowled, and those who did not bat.
        let all = found("H. Cronje c and b Kumble 41\n\nDid not bat : V. Prasad , S. Joshi\n");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["H. Cronje", "Kumble", "V. Prasad", "S. Joshi"]);
        assert!(all.iter().all(|e| e.0 == "PERSON"), "{all:#?}");
        // Teams outside the brackets, scorers inside; a player with a country.
        let all = found(
            "Summaries :\n\nKestrel Athletic 2 ( Bode 4 , Labbadia 80 ) Hansa Rostock 1 ( Moeller 38 ) .\n\n\
             Sampras ( U.S. ) beat Enqvist ( Sweden ) 6-4 6-2\n",
        );
        for (name, kind) in [
            ("Kestrel Athletic", "ORG"),
            ("Hansa Rostock", "ORG"),
            ("Bode", "PERSON"),
            ("Labbadia", "PERSON"),
            ("Moeller", "PERSON"),
            ("Sampras", "PERSON"),
            ("Enqvist", "PERSON"),
        ] {
            assert_eq!(entity(&all, name).0, kind, "{name}");
        }
        // In a ranked row, a team after the player's country in brackets.
        let all = found(
            "Provisional times :\n\n2. Damon Hill ( Britain ) Williams 1:50.980\n\n\
             3. Tony Rominger ( Switzerland ) Mapei at 12 seconds\n",
        );
        for (name, kind) in
            [("Damon Hill", "PERSON"), ("Williams", "ORG"), ("Tony Rominger", "PERSON"), ("Mapei", "ORG")]
        {
            assert_eq!(entity(&all, name).0, kind, "{name}");
        }
        // Even a team named like a country.
        let all = found("Qualifying :\n\n10. Martin Brundle ( Britain ) Jordan 1:41.600\n");
        assert_eq!(entity(&all, "Jordan").0, "ORG");
    }

    #[test]
    fn names_listed_together_are_of_one_kind() {
        let all = found("Hong Kong shares rose , led by HSBC Holdings and Cheung Kong .");
        assert_eq!(entity(&all, "Cheung Kong").0, "ORG");
        // Not a name attached to a list item by a preposition, nor one with its own.
        let all = found(
            "( Reporting by Margaux Brennan in Shanghai and Ines Dalesen in Melbourne ) . The \
             councillors Claudia Mo of the Civic Party and Wong Pik-wan of the Democratic Party won .",
        );
        for name in ["Ines Dalesen", "Wong Pik-wan"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn the_head_of_an_apposition_says_what_a_name_is() {
        let all = found("Cemex , the Mexican cement maker , bought a stake .");
        assert_eq!(entity(&all, "Cemex").0, "ORG");
        // `agency` qualifies the head, `director`.
        let all = found("Sofia Virtanen , border agency director , said relief had not arrived .");
        assert_eq!(entity(&all, "Sofia Virtanen").0, "PERSON");
    }

    #[test]
    fn a_role_before_the_next_name_is_no_apposition() {
        let all = found("Sales grew fastest in Brantwood , chief executive Jan Kalff told reporters .");
        assert_eq!(entity(&all, "Brantwood").0, "GPE");
        assert_eq!(entity(&all, "Jan Kalff").0, "PERSON");
        // A role with its employer is one.
        let all = found("Tavita G. Herrera , strategist at Kestrel Research , said so .");
        assert_eq!(entity(&all, "Tavita G. Herrera").0, "PERSON");
    }

    #[test]
    fn organisations_named_the_way_their_countries_name_them() {
        // A kind of organisation opening the name, mid-sentence or at a sentence start.
        let all = found("Bank Rakyat Sentosa rose 25 rupiah . Shares of Universiti Putra Malaysia fell .");
        assert_eq!(entity(&all, "Bank Rakyat Sentosa").0, "ORG");
        let all = found("Ministry Spokesman Li Wei said so . The game was moved to Group C .");
        assert!(all.iter().all(|e| e.0 != "ORG"), "{all:#?}");
        // `do` joins the parts of a Portuguese name.
        let all = found("Companhia Vale do Rio Doce said on Monday its sales rose .");
        assert_eq!(entity(&all, "Companhia Vale do Rio Doce").0, "ORG");
        // Common words joined by `and` before an organisation's suffix.
        let all = found("The National Oceanic and Atmospheric Administration said so .");
        assert_eq!(entity(&all, "National Oceanic and Atmospheric Administration").0, "ORG");
        // Two companies, the first complete with its suffix; but lines of business joined.
        let all = found(
            "Delta Air Lines and Continental Airlines cut fares . Yasuda Trust and Banking Co Ltd rose . \
             Tata Engineering and Locomotive Co fell .",
        );
        for name in ["Delta Air Lines", "Continental Airlines", "Yasuda Trust and Banking Co Ltd"] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        assert_eq!(entity(&all, "Tata Engineering and Locomotive Co").0, "ORG");
        // A title after an organisation's `of the`, a law's `on`.
        let all = found(
            "The Office of the High Representative said so . Britain signed the Convention on the Rights \
             of the Child and the European Convention on Human Rights .",
        );
        for name in ["Office of the High Representative", "Convention on the Rights of the Child"] {
            assert!(all.iter().any(|e| e.1 == name), "{name}: {all:#?}");
        }
        assert!(all.iter().any(|e| e.1 == "European Convention on Human Rights"), "{all:#?}");
        // Names joined by an ampersand name a firm, also at a sentence start.
        let all = found("Carrow & Vance said so . Shares of Ben & Jerry's rose .");
        assert_eq!(entity(&all, "Carrow & Vance").0, "ORG");
        assert_eq!(entity(&all, "Ben & Jerry").0, "ORG");
        // A surname is no given name after a town: one team.
        let all = found("They beat the Harwick Black Sox 6-4 .");
        assert_eq!(mention_texts(&all, "Harwick Black Sox"), ["Harwick Black Sox"]);
    }

    #[test]
    fn particles_syllables_and_model_numbers() {
        let all = found("Kenyan President Daniel arap Moi spoke . Kim Young-sam 's party won .");
        assert_eq!(mention_texts(&all, "Daniel arap Moi"), ["Daniel arap Moi"]);
        assert_eq!(mention_texts(&all, "Kim Young-sam"), ["Kim Young-sam"]);
        // A number joins a maker's model, not two sides of a score.
        let all = found("The Boeing 737 MAX was grounded .\n\nResults :\n\nHartford 4 BOSTON 2\n");
        assert_eq!(entity(&all, "Boeing 737 MAX").0, "PRODUCT");
        assert!(all.iter().any(|e| e.1 == "Hartford") && all.iter().any(|e| e.1 == "BOSTON"), "{all:#?}");
    }

    #[test]
    fn modern_wire_datelines() {
        let all = found("LONDON, March 3 (Reuters) - Shares fell . WOODSIDE, California (AP) — Talks began .");
        assert_eq!(entity(&all, "LONDON").0, "GPE");
        assert_eq!(entity(&all, "WOODSIDE").0, "GPE");
        // The wire's name in brackets is no acronym of the place before it.
        assert_eq!(mention_texts(&all, "California"), ["California"]);
        assert_eq!(entity(&all, "AP").0, "ORG");
        // An ambiguous company acting at a sentence start after a dateline.
        let all = found("SAN FRANCISCO (Reuters) - Apple has cut prices .");
        assert_eq!(entity(&all, "Apple").0, "ORG");
        // An ambiguous company opening a sentence, backed by a role in capitals and a name.
        let all = found("Tesla CEO Elon Musk said demand was strong .");
        assert_eq!(entity(&all, "Tesla").0, "ORG");
    }

    #[test]
    fn a_city_that_draws_with_a_score_between_is_its_team() {
        let all = found("Harwick Rovers drew 1-1 with Liverpool on Saturday . Liverpool are third .");
        assert_eq!(entity(&all, "Liverpool").0, "ORG");
    }

    #[test]
    fn ministries_and_clubs_at_sentence_starts() {
        let all = found("Foreign Ministry spokesman Shen Guofang said so . Interior Ministry troops left .");
        assert_eq!(mention_texts(&all, "Foreign Ministry"), ["Foreign Ministry"]);
        assert_eq!(mention_texts(&all, "Interior Ministry"), ["Interior Ministry"]);
        // A club without its opening word, though it is a town's name too.
        let all = found("FC Porto beat Boavista . Porto are top .");
        assert_eq!(mention_texts(&all, "FC Porto"), ["FC Porto", "Porto"]);
        // Unknown one-word sides of a match.
        let all = found("Vicenza beat Piacenza 2-0 on Sunday .");
        assert_eq!(entity(&all, "Vicenza").0, "ORG");
        assert_eq!(entity(&all, "Piacenza").0, "ORG");
    }

    #[test]
    fn venues_and_quoted_shares() {
        let all = found("Fitzpatrick will lead the side at Ellis Park on Saturday .");
        assert_eq!(entity(&all, "Ellis Park").0, "LOC");
        let all = found("Telkom lost 75 rupiah to 3,450 while Astra was unchanged at 8,900 .");
        assert_eq!(entity(&all, "Telkom").0, "ORG");
        assert_eq!(entity(&all, "Astra").0, "ORG");
        // Shares, stakes and results are a company's; a market's shares are no company.
        let all = found("Dorvale shares rose . Shares in Telebras fell . Quillon reported lower profits .");
        for name in ["Dorvale", "Telebras", "Quillon"] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        let all = found("Tokyo shares fell . Wall Street shares rose . Now Jo Smith shares his view .");
        assert_eq!(entity(&all, "Tokyo").0, "GPE");
        assert_eq!(entity(&all, "Wall Street").0, "LOC");
        assert_eq!(entity(&all, "Jo Smith").0, "PERSON");
        // A score is no price.
        let all = found("Graf lost 6-3 6-4 to Seles .");
        assert_ne!(entity(&all, "Graf").0, "ORG");
    }

    #[test]
    fn a_word_of_a_headline_in_capitals_is_no_acronym() {
        let all =
            found("TENNIS - SELES BEATS GRAF .\n\nMonica Seles beat Steffi Graf 7-5 6-4 in the final on Sunday .");
        assert_eq!(entity(&all, "Steffi Graf").0, "PERSON");
        assert_eq!(mention_texts(&all, "Steffi Graf"), ["GRAF", "Steffi Graf"]);
    }

    #[test]
    fn a_fielder_or_bowler_named_like_a_town_is_a_player() {
        let all = found("Pakistan first innings\n\nSaeed Anwar c Croft b Cork 176\n\nAamir Sohail c Cork b Croft 46\n");
        assert_eq!(entity(&all, "Cork").0, "PERSON");
        assert_eq!(entity(&all, "Croft").0, "PERSON");
    }

    #[test]
    fn a_city_or_county_that_beats_another_is_a_team() {
        let all = found("Phil Simmons took four for 38 as Leicestershire beat Somerset by an innings.");
        assert_eq!(entity(&all, "Leicestershire").0, "ORG");
        assert_eq!(entity(&all, "Somerset").0, "ORG");
        // A country is its national side, and stays the country.
        let all = found("Japan beat Syria 2-1 on Friday.");
        assert_eq!(entity(&all, "Japan").0, "GPE");
        assert_eq!(entity(&all, "Syria").0, "GPE");
    }

    #[test]
    fn a_name_before_a_place_in_a_team_is_the_team() {
        let all = found(
            "Coventry 0 Chelsea 2 .\n\nNewcastle manager Kevin Keegan praised Alan Shearer . \
             Blackburn captain Tim Sherwood agreed . Ruud Gullit , Chelsea 's player-manager , \
             said so . England captain Mike Atherton spoke .",
        );
        assert_eq!(entity(&all, "Newcastle").0, "ORG");
        assert_eq!(entity(&all, "Blackburn").0, "ORG");
        assert_eq!(entity(&all, "Chelsea").0, "ORG");
        assert_eq!(entity(&all, "England").0, "GPE");
        assert_eq!(entity(&all, "Tim Sherwood").0, "PERSON");
        // A city and a plural is a team, and the plural alone is the team, before or after.
        let all = found(
            "Bulls beat Knicks .\n\nThe New York Knicks lost 98-89 to the Chicago Bulls . The \
             Knicks fell to 3-2 . Williams driver Damon Hill crashed . Charlotte Hollis spoke . \
             A catch by Inzamam-ul-Haq ended the innings .",
        );
        assert_eq!(mention_texts(&all, "New York Knicks"), ["Knicks", "New York Knicks", "Knicks"]);
        assert_eq!(entity(&all, "New York Knicks").0, "ORG");
        assert_eq!(entity(&all, "Chicago Bulls").0, "ORG");
        assert_eq!(entity(&all, "Williams").0, "ORG");
        assert_eq!(entity(&all, "Charlotte Hollis").0, "PERSON");
        assert_eq!(mention_texts(&all, "Inzamam-ul-Haq"), ["Inzamam-ul-Haq"]);
        // Clubs in brackets after players: a city is its club, a country stays the country.
        let all = found(
            "Backs : Tim Stimpson ( Newcastle ) , Jon Sleightholme ( Bath ) , Phil de Glanville ( \
             Bath , captain ) , Ato Boldon ( Trinidad ) .",
        );
        assert_eq!(mention_texts(&all, "Bath"), ["Bath", "Bath"]);
        assert_eq!(entity(&all, "Bath").0, "ORG");
        assert_eq!(entity(&all, "Newcastle").0, "ORG");
        assert_eq!(entity(&all, "Trinidad").0, "GPE");
        assert_eq!(entity(&all, "Phil de Glanville").0, "PERSON");
    }

    #[test]
    fn a_possessive_inside_a_place_or_an_institution_is_part_of_its_name() {
        let all = found(
            "Alan Shearer scored at St James' Park . The Korean People's Army and the Welsh \
             National Farmers ' Union met at St Mary 's Hospital . It was full at St James ' Park .",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "Alan Shearer",
                "St James ' Park",
                "Korean People's Army",
                "Welsh National Farmers ' Union",
                "St Mary 's Hospital"
            ]
        );
        assert_eq!(mention_texts(&all, "St James ' Park"), ["St James' Park", "St James ' Park"]);
        // Not after a place the gazetteer knows, nor before `of`.
        let all = found("Britain's Lake District drew crowds . Japan 's Ministry of Finance spoke .");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Britain", "Lake District", "Japan", "Ministry of Finance"]);
        // After a common word, the institution's head may come a few words later; after a
        // name, not (`Japan 's Defense Ministry` is two).
        let all = found(
            "Marian Wright Edelman , president of the Children 's Defense Fund , spoke . The \
             Veterans' Affairs Department agreed . Japan 's Defense Ministry did not .",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "Marian Wright Edelman",
                "Children 's Defense Fund",
                "Veterans' Affairs Department",
                "Japan",
                "Defense Ministry"
            ]
        );
        assert_eq!(entity(&all, "Children 's Defense Fund").0, "ORG");
    }

    #[test]
    fn a_day_or_month_abbreviation_before_a_name_is_part_of_it() {
        let all = found(
            "Jan Ullrich won the stage . Shares of Sun Microsystems rose . Jun Chen spoke . The \
             vote is on Sun Jan 5 .",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Jan Ullrich", "Sun Microsystems", "Jun Chen"]);
        assert_eq!(entity(&all, "Jan Ullrich").0, "PERSON");
        // A month's name after a given name is a surname, with no figure after it.
        let all = found("Theresa May said the vote would go ahead . Paul met him in May 2020 .");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Theresa May", "Paul"]);
    }

    #[test]
    fn a_common_word_that_is_a_surname_in_the_text_names_the_person_at_a_sentence_start() {
        let all = found(
            "CLINTON , DOLE TRADE BARBS .\n\nPresident Bill Clinton said his challenger Bob Dole \
             would wreck the economy .\n\nDole , campaigning in Ohio , said Clinton raised taxes . \
             Dole said so . Price rose .",
        );
        assert_eq!(mention_texts(&all, "Bob Dole"), ["DOLE", "Bob Dole", "Dole", "Dole"]);
        assert!(all.iter().all(|e| e.1 != "Price"));
    }

    #[test]
    fn companies_indices_venues_and_events_of_wire_copy_are_typed() {
        let all = found(
            "The Hang Seng index rose 84.31 points . Hutchison Whampoa gained 1.25 dollars to \
             51.50 , while Pellmoor fell to 3.10 . Anna Kowal rose to fame . Hindustan Lever was up \
             12.00 at 1,034.00 .",
        );
        assert_eq!(entity(&all, "Hindustan Lever").0, "ORG");
        assert_eq!(entity(&all, "Hang Seng").0, "OTHER");
        assert_eq!(entity(&all, "Hutchison Whampoa").0, "ORG");
        assert_eq!(entity(&all, "Pellmoor").0, "ORG");
        assert_eq!(entity(&all, "Anna Kowal").0, "PERSON");
        let all = found(
            "Price leads the World Series of Golf . The Congress of South African Trade Unions \
             called a strike .",
        );
        assert_eq!(entity(&all, "World Series of Golf").0, "EVENT");
        assert_eq!(entity(&all, "Congress of South African Trade Unions").0, "ORG");
        let all = found("Agence Europe said the Monte Carlo Rally passed Camp Abubakar .");
        assert_eq!(entity(&all, "Agence Europe").0, "ORG");
        assert_eq!(entity(&all, "Monte Carlo Rally").0, "EVENT");
        assert_eq!(entity(&all, "Camp Abubakar").0, "GPE");
        let all = found("Graf won at Flushing Meadows , her 20th Grand Slam title .");
        assert_eq!(entity(&all, "Flushing Meadows").0, "LOC");
        assert_eq!(entity(&all, "Grand Slam").0, "EVENT");
    }

    #[test]
    fn in_a_sports_story_a_county_or_a_city_is_its_team() {
        let story = "CRICKET - LEICESTERSHIRE GO TOP .\n\nLONDON 1996-08-30\n\nLeicestershire beat \
                     Somerset by an innings . Title rivals Essex and Surrey closed in . Moody helped \
                     Worcestershire to a win over Sussex at Worcester . In Tokyo , Samuel Kent scored \
                     . Kent was pleased .\n\nScores : Somerset 83 , Leicestershire 296 .";
        let all = found(story);
        for team in ["Leicestershire", "Somerset", "Essex", "Surrey", "Worcestershire", "Sussex"] {
            assert_eq!(entity(&all, team).0, "ORG", "{team}");
        }
        // A venue, a dateline and a player's surname are no team.
        assert_eq!(entity(&all, "Worcester").0, "GPE");
        assert_eq!(entity(&all, "Tokyo").0, "GPE");
        assert_eq!(entity(&all, "LONDON").0, "GPE");
        assert_eq!(entity(&all, "Samuel Kent").0, "PERSON");
        // Without a match, a county is the county; a date line is no row of results.
        let all = found("Tuesday, September 22, 2015\n\nFarmers in Essex and Surrey met on Friday .");
        assert_eq!(entity(&all, "Essex").0, "GPE");
        assert_eq!(entity(&all, "Surrey").0, "GPE");
    }

    #[test]
    fn a_county_beside_a_fixture_s_v_or_before_its_innings_is_its_side() {
        let story = "CRICKET - KENT V SURREY SCORECARD .\n\nLONDON 1996-08-30\n\nScores at The Oval :\n\n\
                     Kent first innings\n\nT. Ward c Kersey b Bicknell 34\n\nSurrey first innings\n\n\
                     A. Brown not out 12\n";
        let all = found(story);
        assert_eq!(entity(&all, "Kent").0, "ORG");
        assert_eq!(mention_texts(&all, "Kent"), ["KENT", "Kent"]);
        assert_eq!(entity(&all, "Surrey").0, "ORG");
        // Outside a sports story, the county is a place.
        let all = found("Farmers in Kent v the county council: the case opens in Surrey .");
        assert_eq!(entity(&all, "Kent").0, "GPE");
    }

    #[test]
    fn a_labelled_list_names_players() {
        let all = found("FC Porto 2 Benfica 0\n\nScorers : Weah 23 , Baggio 67\n\nTries : Will Carling\n");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["FC Porto", "Benfica", "Weah", "Baggio", "Will Carling"]);
        assert_eq!(entity(&all, "Weah").0, "PERSON");
        assert_eq!(entity(&all, "Baggio").0, "PERSON");
        assert_eq!(entity(&all, "Benfica").0, "ORG");
        // A one-word name that scores is a player.
        let all = found("The match was level until Oduya scored twice .");
        assert_eq!(entity(&all, "Oduya").0, "PERSON");
        // The label may follow the team's name; a place after `In` is where they played.
        let all = found(
            "In Dublin : Ireland 15 France 32 ( halftime 9-13 )\n\nScorers :\n\nIreland - Penalties : \
             Eric Elwood 5 .\n\nFrance - Tries : David Venditti 3 , Emile Ntamack .\n",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Dublin", "Ireland", "France", "Eric Elwood", "David Venditti", "Emile Ntamack"]);
        assert_eq!(entity(&all, "Dublin").0, "GPE");
        assert_eq!(entity(&all, "Eric Elwood").0, "PERSON");
    }

    #[test]
    fn a_name_placed_by_a_compass_point_or_after_near_is_a_place() {
        let all = found(
            "The attack on the hospital at Novye Atagi , south of Grozny , was condemned . Talks \
             near Kaspar Hollin failed .",
        );
        assert_eq!(entity(&all, "Novye Atagi").0, "GPE");
        assert_eq!(entity(&all, "Kaspar Hollin").0, "GPE");
    }

    #[test]
    fn a_club_is_named_by_the_last_word_of_its_name() {
        let all = found(
            "Schalke 1 Bayer Leverkusen 1\n\nLeverkusen , who had led the league for six weeks , \
             dropped to second .",
        );
        assert!(mention_texts(&all, "Bayer Leverkusen").contains(&"Leverkusen"), "{all:#?}");
        assert_eq!(entity(&all, "Bayer Leverkusen").0, "ORG");
    }

    #[test]
    fn a_doubtful_gazetteer_word_is_a_person_or_a_place_by_its_text() {
        // `Han` is a people too; here it is the envoy's family name, even after a headline
        // that names him so first.
        let all = found(
            "UN ENVOY HAN TRIES AGAIN .\n\nUnited Nations envoy Han Sung-joo met Glafcos Clerides on \
             Tuesday .\n\nHan , a former South Korean foreign minister , arrived on Monday .",
        );
        assert_eq!(mention_texts(&all, "Han Sung-joo"), ["Han Sung-joo", "Han"]);
        // `Washington` may be a person's name; owning an envoy, it is the place.
        let all = found("Washington 's special envoy for Cyprus is expected to arrive .");
        assert_eq!(entity(&all, "Washington").0, "GPE");
        // A police force, a wharf and a room are named as such.
        let all = found(
            "The chief constable of the Royal Ulster Constabulary , Ronnie Flanagan , spoke after a \
             bomb at London 's Canary Wharf . Clinton spoke in the Roosevelt Room .",
        );
        assert_eq!(entity(&all, "Royal Ulster Constabulary").0, "ORG");
        assert_eq!(entity(&all, "Canary Wharf").0, "LOC");
        assert_eq!(entity(&all, "Roosevelt Room").0, "LOC");
    }

    #[test]
    fn a_word_of_an_organisation_in_the_text_is_no_name_in_a_shouted_heading() {
        let all = found(
            "BASEBALL - SELES AND PRICE WIN .\n\nMajor League Baseball said Monica Seles and \
             Nick Price won .",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Major League Baseball", "Monica Seles", "Nick Price"]);
        assert_eq!(mention_texts(&all, "Nick Price"), ["PRICE", "Nick Price"]);
    }

    #[test]
    fn a_heading_keeps_an_organisation_suffix_with_its_name() {
        let all = found("Ostrava Foods AG Cuts Jobs\n\nOstrava Foods AG said on Monday it would cut jobs.\n\n-- Brussels Newsroom 32 2 287 6800\n");
        assert_eq!(mention_texts(&all, "Ostrava Foods AG"), ["Ostrava Foods AG", "Ostrava Foods AG", "it"]);
        assert_eq!(entity(&all, "Brussels Newsroom").0, "ORG");
        assert!(all.iter().all(|e| e.1 != "AG"), "{all:#?}");
    }

    #[test]
    fn an_organisation_head_takes_for_and_and_into_its_name() {
        let all = found(
            "Kestrel Byrne of the Institute for Fiscal Studies spoke. The Department of Trade and \
             Industry agreed, and so did the Ostrava Centre for Control of Salt Deficiency. The \
             Bank of England and Barclays did not. Vantor bought Coraski Paper Group for R$5 \
             billion.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "Kestrel Byrne",
                "Institute for Fiscal Studies",
                "Department of Trade and Industry",
                "Ostrava Centre for Control of Salt Deficiency",
                "Bank of England",
                "Barclays",
                "Vantor",
                "Coraski Paper Group"
            ]
        );
        assert_eq!(entity(&all, "Department of Trade and Industry").0, "ORG");
        // The British and American spellings of a listed organisation.
        let all = found("The Organisation for Security and Cooperation in Europe ( OSCE ) will watch the vote .");
        assert_eq!(
            mention_texts(&all, "Organisation for Security and Cooperation in Europe"),
            ["Organisation for Security and Cooperation in Europe", "OSCE"]
        );
    }

    #[test]
    fn a_country_or_a_people_before_a_ministry_is_a_name_of_its_own() {
        let all = found(
            "The Thai Commerce Ministry said exports rose. A U.S. Justice Department spokesman \
             agreed, and the U.S. Federal Reserve held rates. New York Police Department officers \
             and European Commission staff watched. U.S. Steel shares fell.",
        );
        assert_eq!(entity(&all, "Thai").0, "NORP");
        assert_eq!(entity(&all, "Commerce Ministry").0, "ORG");
        // The third `U.S.` is the country inside `U.S. Steel`, which is no expansion of it.
        assert_eq!(entity(&all, "U.S.").0, "GPE");
        assert_eq!(mention_texts(&all, "U.S."), ["U.S.", "U.S.", "U.S."]);
        assert_eq!(entity(&all, "Justice Department").0, "ORG");
        assert_eq!(entity(&all, "Federal Reserve").0, "ORG");
        // A city's police, a union's commission and a firm named for its country stay whole.
        assert_eq!(entity(&all, "New York Police Department").0, "ORG");
        assert_eq!(entity(&all, "European Commission").0, "ORG");
        assert_eq!(entity(&all, "U.S. Steel").0, "ORG");
    }

    #[test]
    fn wire_names_of_organisations_and_officials_are_split_and_typed() {
        let all = found(
            "Spanish Farm Minister Loyola de Palacio spoke. Bayer AG said profit rose. Shares of \
             Bayer fell. Analysts at Deutsche Morgan Grenfell agreed. Halvermann proposed a vote.",
        );
        assert_eq!(entity(&all, "Spanish").0, "NORP");
        assert_eq!(entity(&all, "Loyola de Palacio").0, "PERSON");
        assert_eq!(mention_texts(&all, "Bayer AG"), ["Bayer AG", "Bayer"]);
        assert_eq!(entity(&all, "Deutsche Morgan Grenfell").0, "ORG");
        // Clubs by their abbreviations and suffixes; a people before a person is apart.
        let clubs = found(
            "Ajax will play PSV Eindhoven and Roda JC . Swiss teenager Martina Hingis beat \
             American Lindsay Davenport . The United Nations High Commissioner for Refugees said so .",
        );
        assert_eq!(entity(&clubs, "PSV Eindhoven").0, "ORG");
        assert_eq!(entity(&clubs, "Roda JC").0, "ORG");
        assert_eq!(entity(&clubs, "American").0, "NORP");
        assert_eq!(entity(&clubs, "Lindsay Davenport").0, "PERSON");
        assert_eq!(entity(&clubs, "United Nations High Commissioner for Refugees").0, "ORG");
        // A paper after what it is, a bank by its suffix after a hyphen, a race by its first word.
        let wire = found(
            "Milosevic told the Belgrade daily Politika so . A trader at BHF-Bank agreed . \
             Indurain pulled out of the Tour of Spain .",
        );
        assert_eq!(entity(&wire, "Politika").0, "ORG");
        assert_eq!(entity(&wire, "BHF-Bank").0, "ORG");
        assert_eq!(entity(&wire, "Tour of Spain").0, "EVENT");
        // A role word before a known organisation makes no person of it.
        let agency = found("Zhu said so , the official Xinhua news agency reported .");
        assert_eq!(entity(&agency, "Xinhua").0, "ORG");
        // Nor before a name an organisation's suffix ends.
        let agency = found("The official Iraqi News Agency said the attacks had killed five people .");
        assert_eq!(entity(&agency, "Iraqi News Agency").0, "ORG");
        // German and Russian family names by their endings.
        assert_eq!(entity(&all, "Halvermann").0, "PERSON");
        let all = found("Yeltsin would return to work next week. Vorotkin declined to comment.");
        assert_eq!(entity(&all, "Yeltsin").0, "PERSON");
        assert_eq!(entity(&all, "Vorotkin").0, "PERSON");
        // A title's words after a people are the title's, even one a gazetteer knows.
        let all = found(
            "Chinese Vice Premier Zhu Rongji spoke. Hope Hicks left. Will Kestrane said so. Wall \
             Street shares rose. Labour leader Tony Blair spoke.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            names,
            ["Chinese", "Zhu Rongji", "Hope Hicks", "Will Kestrane", "Wall Street", "Labour", "Tony Blair"]
        );
    }

    #[test]
    fn a_word_no_dictionary_knows_opens_a_sentence_as_a_name() {
        let all = found(
            "Vandrell spent heavily on research last year. Turnout was low. Headcount fell. \
             Gross margins rose. Ransomware attacks grew. Caruthers withdrew from the race.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Vandrell", "Caruthers"]);
    }

    #[test]
    fn a_role_opening_a_sentence_is_a_title_not_part_of_the_name() {
        let all = found("Striker Ana Villar scored twice. Defender Tomas Ruiz was sent off.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Ana Villar", "Tomas Ruiz"]);
    }

    #[test]
    fn a_person_named_right_after_a_place_keeps_a_surname_that_is_a_place_or_ends_in_s() {
        let all = found(
            "“We are tired,” said the deputy mayor of Lisbon Aoife Santos. \
             “So are we,” said the mayor of Singapore Jesper Medina.",
        );
        let names: Vec<(&str, &str)> = all.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(
            names,
            [("GPE", "Lisbon"), ("PERSON", "Aoife Santos"), ("GPE", "Singapore"), ("PERSON", "Jesper Medina")]
        );
    }

    #[test]
    fn an_organisation_named_without_its_country_and_before_a_role_is_one_entity() {
        let all = found(
            "The US State Department issued a warning on Monday. Jeff Rathke, the State \
             Department Spokesperson, said the embassy would stay open.",
        );
        assert_eq!(entity(&all, "US").0, "GPE");
        assert_eq!(mention_texts(&all, "State Department"), ["State Department", "State Department"]);
        assert!(all.iter().all(|e| !e.1.contains("Spokesperson")), "{all:#?}");
    }

    #[test]
    fn bylines_particles_and_lone_organisation_heads() {
        let all = found("Floods hit the coast\n\nMarta Kowalczyk\n\nThe Commission said it would help.");
        assert_eq!(entity(&all, "Marta Kowalczyk").0, "PERSON");
        assert_eq!(entity(&all, "Commission").0, "ORG");
        let all = found("The spokesman, Nikolaus van der Pas, said so. Loyola de la Cruz agreed.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Nikolaus van der Pas", "Loyola de la Cruz"]);
        // A common word before a title that no name follows is part of the title.
        let all = found("Marta Kowalczyk is the group's International President. She spoke.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Marta Kowalczyk"]);
    }

    #[test]
    fn the_north_and_a_faith_and_a_town_in_its_state() {
        let all = found(
            "North Korea fired shells at South Korea on Tuesday. The South said the North had \
             broken the truce.",
        );
        assert_eq!(mention_texts(&all, "North Korea"), ["North Korea", "North"]);
        assert_eq!(mention_texts(&all, "South Korea"), ["South Korea", "South"]);
        // A faith is no place, whatever preposition comes before it.
        let all = found("She left the Church of Vandalism in 2009. Life in Vandalism was hard.");
        assert_eq!(mention_texts(&all, "Church of Vandalism"), ["Church of Vandalism", "Vandalism"]);
        // A town and its state.
        let all = found("Officials in Kestrelford, Ohio, agreed.");
        assert_eq!(entity(&all, "Kestrelford").0, "GPE");
    }

    #[test]
    fn an_organisation_s_kind_alone_is_the_organisation_named_with_it() {
        let all = found("The Kestrel Valley Press ran the letter. A reader told the Press that the letter was wrong.");
        assert_eq!(mention_texts(&all, "Kestrel Valley Press"), ["Kestrel Valley Press", "Press"]);
        let all = found("The Kestrel Valley Times ran the letter. A reader told the Times that the letter was wrong.");
        assert_eq!(mention_texts(&all, "Kestrel Valley Times"), ["Kestrel Valley Times", "Times"]);
    }

    #[test]
    fn a_news_outlet_credited_with_a_report_is_not_the_company() {
        let all = found(
            "Orrin Foods cut 300 jobs on Monday, a spokesman told Meridian Wire. The company said \
             its sales fell. A draft seen by Meridian Wire gives its reasons.",
        );
        let firm = mention_texts(&all, "Orrin Foods");
        assert!(firm.contains(&"The company"), "{all:#?}");
        assert_eq!(mention_texts(&all, "Meridian Wire"), ["Meridian Wire", "Meridian Wire"]);
    }

    #[test]
    fn the_company_is_the_one_that_acted_in_the_sentence_before() {
        let all = found(
            "Bramley’s has cut prices. Bramley’s said shoppers wanted it. Bramley’s stores opened.\n\n\
             Fairway Foods responded within hours. In a statement, the company said it would match them.",
        );
        assert!(mention_texts(&all, "Fairway Foods").contains(&"the company"), "{all:#?}");
        // Not a name that only qualifies the subject.
        let all = found(
            "Orrin Foods cut 300 jobs. Orrin Foods said sales fell. LSEG data showed a drop. The company \
             said it would recover.",
        );
        assert!(mention_texts(&all, "Orrin Foods").contains(&"The company"), "{all:#?}");
    }

    #[test]
    fn a_union_or_a_party_is_not_the_company() {
        let all = found(
            "Leinster Citylink, which runs 140 routes, said it had made a fair offer. The Irish Drivers and Allied Trades Union \
             said members would strike, and the Irish Drivers and Allied Trades Union called the offer an \
             insult. In a statement, the company said it would run a reduced timetable.",
        );
        assert!(mention_texts(&all, "Leinster Citylink").contains(&"the company"), "{all:#?}");
        let union = mention_texts(&all, "Irish Drivers and Allied Trades Union");
        assert!(!union.contains(&"the company"), "{all:#?}");
    }

    #[test]
    fn demonyms_of_one_or_two_words_are_nationalities() {
        let all = found("West Indian all-rounder Phil Simmons and his Chinese coach met South African fans.");
        for name in ["West Indian", "Chinese", "South African"] {
            assert_eq!(entity(&all, name).0, "NORP", "{all:#?}");
        }
        assert_eq!(entity(&all, "Phil Simmons").0, "PERSON");
    }

    #[test]
    fn a_place_joined_through_a_particle_is_one_name() {
        let all = found("Rain stopped play at Chester-le-Street and in Stratford-upon-Avon on Friday.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Chester-le-Street", "Stratford-upon-Avon"]);
        // `Wells` and `Springs` end places, but a first name still makes a person.
        let all = found("Play stopped at Tunbridge Wells. Rebecca Wells lives in Eureka Springs.");
        assert_eq!(entity(&all, "Tunbridge Wells").0, "LOC");
        assert_eq!(entity(&all, "Eureka Springs").0, "LOC");
        assert_eq!(entity(&all, "Rebecca Wells").0, "PERSON");
    }

    #[test]
    fn a_relative_clause_on_people_backs_a_name_at_a_sentence_start() {
        let all = found("Okonjo, who chairs the panel, declined to comment. Which, who knows, may change.");
        assert_eq!(entity(&all, "Okonjo").0, "PERSON");
        assert_eq!(all.len(), 1, "{all:#?}");
    }

    #[test]
    fn organisation_words_outweigh_a_first_name_at_the_front() {
        let all = found(
            "The Andy Warhol Foundation lent the prints to the Mary & Leigh Block Museum of Art. \
             Andy Warhol made them in New York. Visitors queued at the Warhol Factory.",
        );
        assert_eq!(entity(&all, "Andy Warhol Foundation").0, "ORG");
        assert_eq!(entity(&all, "Mary & Leigh Block Museum of Art").0, "ORG");
        assert_eq!(entity(&all, "Andy Warhol").0, "PERSON");
        assert_ne!(entity(&all, "Warhol Factory").0, "PERSON");
    }

    #[test]
    fn the_person_an_interview_announces_answers_its_questions() {
        let all = found(
            "Wikinews interviews Marymegan Daly on a new sea anemone\n\n\
             How did you come to be involved\n\n\
             Frank Rack got in touch after the trip. Frank Rack sent specimens. Frank Rack is a geologist.\n\n\
             What was your first reaction\n\n\
             I was amazed. Daly explained how she imaged them.",
        );
        let daly = mention_texts(&all, "Marymegan Daly");
        assert!(daly.contains(&"I"), "{daly:?}");
        let rack = mention_texts(&all, "Frank Rack");
        assert!(!rack.contains(&"I"), "{rack:?}");
        // `you` in a question written without its question mark.
        assert!(daly.contains(&"you"), "{daly:?}");
    }

    #[test]
    fn we_of_a_person_named_with_an_organisation_is_the_organisation() {
        let all = found(
            "Dana Whitlock, a spokeswoman for Brightwater Biotech, said the trial would go on. \
             \"We are confident,\" Whitlock said. \"Our data are clear.\"\n\n\
             Pacific Standard owner, Jonathan M. Stan, poured a drink. \"We sell dozens a night,\" Stan said.\n\n\
             Mara Quill, displays at the Corran Gallery, said: \"We like it.\"",
        );
        let firm = mention_texts(&all, "Brightwater Biotech");
        assert!(firm.contains(&"We") && firm.contains(&"Our"), "{firm:?}");
        assert!(mention_texts(&all, "Pacific Standard").contains(&"We"));
        // Not an apposition: `, displays at …` names no body Quill speaks for.
        assert!(!mention_texts(&all, "Corran Gallery").contains(&"We"));
    }

    #[test]
    fn we_of_people_of_an_organisation_and_of_a_researcher() {
        // `we` in a quote is its speaker's body, or nobody named.
        let all = found(
            "Wikinews interviews Mario Lucero and Isabel Ruiz of Heaven Sent Gaming.\n\n\
             \"We started it in high school,\" Ruiz said.\n\n\
             Nick Bos, of the University of Helsinki, studies ants. \"We collected wild colonies,\" Bos said.\n\n\
             Tomas Orr, the director of the Kestrel Institute, agreed. \"We funded it,\" Orr said.",
        );
        assert!(mention_texts(&all, "Heaven Sent Gaming").contains(&"We"), "{all:#?}");
        // A researcher's `we` is their team: neither the person nor the university.
        assert!(!mention_texts(&all, "Nick Bos").contains(&"We"), "{all:#?}");
        assert!(!mention_texts(&all, "University of Helsinki").contains(&"We"));
        // Whoever leads an institute speaks as it.
        assert!(mention_texts(&all, "Kestrel Institute").contains(&"We"), "{all:#?}");
    }

    #[test]
    fn what_an_organisation_is_of_names_it_too() {
        let all = found(
            "Hackers attack the Church of Scientology. Critics of Scientology cheered, and the attack \
             on The Church of Scientology went on. The Church's website was down. Students of \
             the University of Helsinki met in Helsinki.",
        );
        assert_eq!(
            mention_texts(&all, "Church of Scientology"),
            ["Church of Scientology", "Scientology", "The Church of Scientology", "Church"]
        );
        assert_eq!(entity(&all, "Helsinki").0, "GPE");
    }

    #[test]
    fn it_after_a_body_says_is_the_body() {
        let all = found(
            "Halvard Foods Ltd said on Tuesday it would cut 300 jobs. North Korea stated that it \
             would respond. Mira Olsen said it would rain.",
        );
        assert_eq!(mention_texts(&all, "Halvard Foods Ltd"), ["Halvard Foods Ltd", "it"]);
        assert_eq!(mention_texts(&all, "North Korea"), ["North Korea", "it"]);
        // A person's `said it would` is about something else.
        assert_eq!(mention_texts(&all, "Mira Olsen"), ["Mira Olsen"]);
    }

    #[test]
    fn a_credit_label_is_no_part_of_a_name() {
        let all =
            found("The clock was built by Ahmed Mohamed. Image: NASA.\nPhotographers met Ahmed Mohamed Photo: Reuters");
        assert_eq!(mention_texts(&all, "Ahmed Mohamed"), ["Ahmed Mohamed", "Ahmed Mohamed"]);
        entity(&all, "NASA");
    }

    #[test]
    fn a_pronoun_in_capitals_is_an_abbreviation() {
        let all = found("\"Trade with the US will grow, and IT spending too,\" said Jane Okafor.");
        assert_eq!(mention_texts(&all, "Jane Okafor"), ["Jane Okafor"]);
        assert_eq!(entity(&all, "US").0, "GPE");
    }

    #[test]
    fn a_title_alone_refers_to_the_person_named_with_it() {
        let all = found(
            "Home Secretary Priya Halden said the plan would work. Labour's Shadow Home Secretary \
             Yvette Corran said it would not. \"The Home Secretary and I are working on it,\" said \
             Enver Solomon. Former Senator Rick Alvane ran again, and voters saw the Senator's ads. \
             The President said nothing.",
        );
        assert_eq!(mention_texts(&all, "Priya Halden"), ["Priya Halden", "The Home Secretary"]);
        assert_eq!(mention_texts(&all, "Yvette Corran"), ["Yvette Corran"]);
        assert_eq!(mention_texts(&all, "Rick Alvane"), ["Rick Alvane", "the Senator"]);
        // Nobody was named President: the title stays unlinked, and no title is a name.
        assert!(all.iter().all(|e| !["Home", "Senator", "President"].contains(&e.1.as_str())), "{all:?}");
    }

    #[test]
    fn an_interview_announces_its_interviewee_not_its_topic() {
        let all = found(
            "Wikinews interviews bar owner on the Santorum cocktail\n\n\
             Former senator Rick Santorum ran in 2012. Santorum lost.\n\n\
             Jonathan M. Stan owns the bar. Stan poured the first one.\n\n\
             Why did you name a drink after him? Do you get asked that a lot?\n\n\
             We thought it was funny. I still do.",
        );
        let santorum = mention_texts(&all, "Rick Santorum");
        assert!(!santorum.contains(&"you") && !santorum.contains(&"I"), "{santorum:?}");
        let stan = mention_texts(&all, "Jonathan M. Stan");
        assert_eq!(stan.iter().filter(|&&w| w == "you").count(), 2, "{stan:?}");
    }

    #[test]
    fn surname_endings_leaders_and_fleets_type_their_names() {
        let all = found(
            "Talks stalled until Gorbachev agreed to the plan, and he signed it. \
             Critics of the Halvorsen administration disagreed. \
             Hanna Ostrova left the Sea Org in May. She was arrested after leaving the Sea Org. \
             He said Google Chrome was faster.",
        );
        assert_eq!(entity(&all, "Gorbachev").0, "PERSON");
        assert_eq!(mention_texts(&all, "Gorbachev"), ["Gorbachev", "he"]);
        assert_eq!(entity(&all, "Halvorsen").0, "PERSON");
        assert_eq!(entity(&all, "Sea Org").0, "ORG");
        assert_eq!(mention_texts(&all, "Hanna Ostrova"), ["Hanna Ostrova", "She"]);
        assert_eq!(entity(&all, "Google Chrome").0, "PRODUCT");
    }

    #[test]
    fn a_surname_seen_alone_first_joins_the_person_named_later() {
        // The headline is read with the rest: `Warhol` comes before `Andy Warhol`.
        let all = found(
            "Warhol exhibit opens\n\nThe Warhol Polaroids were lent by a museum. \
             Andy Warhol took them in the 1970s. Warhol liked celebrities, and he photographed them.",
        );
        let warhol = mention_texts(&all, "Andy Warhol");
        assert!(warhol.contains(&"Warhol") && warhol.contains(&"he"), "{warhol:?}");
        assert!(all.iter().all(|e| !e.2.iter().any(|(w, _)| w == "he") || e.1 == "Andy Warhol"));
    }

    #[test]
    fn a_surname_with_a_capital_inside_is_no_product() {
        let all = found(
            "A jury sentenced Timothy McVeigh to death. McVeigh showed no emotion. \
             Lawyers for McVeigh will appeal, and McVeigh won a Bronze Star in the Gulf.",
        );
        assert_eq!(entity(&all, "Timothy McVeigh").0, "PERSON");
        assert_eq!(entity(&all, "Bronze Star").0, "OTHER");
    }

    #[test]
    fn a_town_in_a_headline_is_the_surname_of_a_person_named_later() {
        let all = found(
            "MANTILLA KNOCKS OUT MEDVEDEV\n\nFelix Mantilla ( Spain ) beat Andrei Medvedev ( Ukraine ) 3-6 6-3 6-2\n\n\
             Mantilla , who has won two titles this year , lost the first set .",
        );
        assert_eq!(mention_texts(&all, "Felix Mantilla"), ["Felix Mantilla", "Mantilla"]);
    }

    #[test]
    fn a_name_before_the_kind_of_place_or_plant_it_is() {
        let all = found(
            "Bre-X claimed a huge find at the Busang deposit. Sweden will close a reactor at the \
             Barsebaeck nuclear power station. The meeting was held at the King Baudouin Stadium.",
        );
        assert_eq!(entity(&all, "Busang").0, "LOC");
        assert_eq!(entity(&all, "Barsebaeck").0, "LOC");
        assert_eq!(entity(&all, "King Baudouin Stadium").0, "LOC");
        let all = found("Protesters gathered in Lafayette Park. A crowd packed into Kelby Park.");
        assert_eq!(entity(&all, "Lafayette Park").0, "LOC");
        assert_eq!(entity(&all, "Kelby Park").0, "LOC");
        let all = found("Air Force personnel from Andersen Air Force Base helped.");
        assert_eq!(entity(&all, "Andersen Air Force Base").0, "LOC");
    }

    #[test]
    fn an_airline_and_its_aircraft_are_two_names() {
        let all =
            found("A Korean Air Boeing 747-300 crashed. An Air France Airbus A330 landed. LA Lakers 110 Boston 98");
        assert_eq!(entity(&all, "Korean Air").0, "ORG");
        assert_eq!(entity(&all, "Air France").0, "ORG");
        assert_eq!(entity(&all, "Airbus A330").0, "PRODUCT");
        assert_eq!(entity(&all, "LA Lakers").0, "ORG");
    }

    #[test]
    fn a_convention_of_a_country_is_a_party_and_one_on_a_matter_a_law() {
        let all = found("The Democratic Convention of Romania won. The Convention on the Rights of the Child applies.");
        assert_eq!(entity(&all, "Democratic Convention of Romania").0, "ORG");
        assert_eq!(entity(&all, "Convention on the Rights of the Child").0, "OTHER");
    }

    #[test]
    fn races_a_side_met_and_a_scorecards_last_lines() {
        let all = found(
            "SOCCER - STOCKPORT WIN\n\nStockport , who meet Middlesbrough in the semi-finals , won again . \
             Make A Stand won the Champion Hurdle .",
        );
        assert_eq!(entity(&all, "Middlesbrough").0, "ORG");
        assert_eq!(entity(&all, "Champion Hurdle").0, "EVENT");
        let all = found(
            "CRICKET - SCOREBOARD\n\nW. Noon not out 36\nExtras ( b-4 lb-9 ) 23\nTotal 213\n\nTotal SA shares rose.",
        );
        assert!(all.iter().all(|e| e.1 != "Extras" && e.1 != "Total"), "{all:?}");
        assert_eq!(entity(&all, "Total SA").0, "ORG");
    }

    #[test]
    fn names_listed_with_places_are_places() {
        let all = found(
            "The haze is slowing fruit ripening in Sarawak , Sabah and Johor . Rebels captured the border \
             towns of Kurmuk and Qeissan . Most attacks were in the Mitidja plain . A dealer at broker Ban \
             Seng Futures said so. Musashimaru trains in Tokyo , and Akebono at Azumazeki .",
        );
        for place in ["Sabah", "Johor", "Qeissan"] {
            assert_eq!(entity(&all, place).0, "GPE", "{place}");
        }
        assert_eq!(entity(&all, "Mitidja").0, "LOC");
        assert_eq!(entity(&all, "Ban Seng Futures").0, "ORG");
        assert_ne!(entity(&all, "Akebono").0, "GPE");
        // So after a preposition of direction, with a place the lists know.
        let all = found("Rebels fled by air toward Kinshasa and Gbadolite , officials said .");
        assert_eq!(entity(&all, "Gbadolite").0, "GPE");
        let all = found("Rebels fled by air toward Qiamar and Gbadolite , officials said .");
        assert_ne!(entity(&all, "Gbadolite").0, "GPE");
    }

    #[test]
    fn a_peoples_name_in_a_row_of_results_is_a_club() {
        let all = found("SOCCER - ITALIAN LEAGUE RESULTS .\n\nBologna 1 ( Kolyvanov 34 ) Roma 1 ( Balbo 67 ) .\n");
        assert_eq!(entity(&all, "Roma").0, "ORG");
    }

    #[test]
    fn a_prison_ends_a_place_and_around_leads_to_one() {
        let all = found("He is held at Risdon Prison near Hobart . Jets bombed bases around Kilinochchi .");
        assert_eq!(entity(&all, "Risdon Prison").0, "LOC");
        assert_eq!(entity(&all, "Kilinochchi").0, "GPE");
        // A party is named without its noun.
        let all = found("Gowda won a reprieve when the Congress party said it would back him .");
        assert_eq!(entity(&all, "Congress").0, "ORG");
        // A possessive a tokenizer split off stays inside a name the lists know.
        let all = found("Li Peng told the National People 's Congress that the People 's Liberation Army would act .");
        assert_eq!(entity(&all, "National People 's Congress").0, "ORG");
        assert_eq!(entity(&all, "People 's Liberation Army").0, "ORG");
        // A riviera ends a place's name; a paper the lists know is an organisation.
        let all = found("He stays at his villa on the French Riviera , while Le Soir called for his resignation .");
        assert_eq!(entity(&all, "French Riviera").0, "LOC");
        assert_eq!(entity(&all, "Le Soir").0, "ORG");
    }

    #[test]
    fn a_ground_after_at_in_a_sports_story_is_a_place() {
        let all = found(
            "RUGBY UNION - ENGLAND BEAT SCOTLAND .\n\nEngland beat Scotland 41-13 at Twickenham on Saturday . \
             Fluminense drew 2-2 at the Maracana .\n",
        );
        assert_eq!(entity(&all, "Twickenham").0, "LOC");
        assert_eq!(entity(&all, "Maracana").0, "LOC");
    }

    #[test]
    fn a_sumo_rank_before_a_name_is_a_title() {
        let all = found("SUMO - KYUSHU RESULTS .\n\nOzeki Wakanohana ( 7-2 ) beat Komusubi Tosanoumi ( 4-5 )\n");
        assert_eq!(entity(&all, "Wakanohana").0, "PERSON");
        assert_eq!(entity(&all, "Tosanoumi").0, "PERSON");
    }

    #[test]
    fn a_person_described_by_their_age_is_the_person_last_named() {
        let all = found(
            "Police arrested Tom Reed on Monday. The 45-year-old, who lives in Leeds, denies the charge. \
             The 45-year-old driver was later released.",
        );
        assert_eq!(mention_texts(&all, "Tom Reed"), ["Tom Reed", "The 45-year-old"]);
    }

    #[test]
    fn a_storm_is_named_without_its_word_too() {
        let all = found("Cyclone Phailin reached the coast on Saturday. Phailin brought heavy rain, and it weakened.");
        assert_eq!(mention_texts(&all, "Cyclone Phailin"), ["Cyclone Phailin", "Phailin", "it"]);
    }

    #[test]
    fn a_one_word_name_that_speaks_of_itself_as_it_is_an_organisation() {
        let all = found(
            "Markets fell. Meanwhile, Pellmoor said on Friday it would raise prices by 5%. \
             Jane Okafor said it was too early to tell. Okafor said she would wait.",
        );
        assert_eq!(entity(&all, "Pellmoor").0, "ORG");
        assert_eq!(entity(&all, "Jane Okafor").0, "PERSON");
    }

    #[test]
    fn hyphenated_given_names_and_saints_stay_in_the_name() {
        let all = found(
            "Noroski names Min-jun Vance as chief executive. \"We have asked,\" Ethan St. Clair said. \
             The firm is at 203 Ironvale St. in Leeds.",
        );
        assert_eq!(entity(&all, "Min-jun Vance").0, "PERSON");
        assert_eq!(entity(&all, "Ethan St. Clair").0, "PERSON");
        assert_eq!(entity(&all, "Ironvale St.").0, "LOC");
        let all = found(
            "Kim Jong-un met Moon Jae-in. Lee Cheuk-yan's seat went to Yau Wai-ching. \
             A Hong Kong-based group and a Joe Biden-led panel were there.",
        );
        for name in ["Kim Jong-un", "Moon Jae-in", "Lee Cheuk-yan", "Yau Wai-ching", "Hong Kong", "Joe Biden"] {
            entity(&all, name);
        }
        // A last syllable that is also an English word, after two short ones; not a
        // compound's end.
        let all = found("Kang Wook-soon shot a 66. A Hong Kong-born banker and Hong Kong-run firms.");
        assert_eq!(entity(&all, "Kang Wook-soon").0, "PERSON");
        assert!(all.iter().all(|e| !e.1.contains("Kong-")), "{all:#?}");
        // An English word after the hyphen makes no given name (`NATO-led IFOR`).
        let all = found("The NATO-led IFOR troops and the UN-backed UNPROFOR left.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["NATO", "IFOR", "UN", "UNPROFOR"]);
    }

    #[test]
    fn post_nominal_letters_are_not_part_of_a_name() {
        let all = found("\"It was preventable,\" said Mark Tedeschi QC. Dame Jane Roe DBE agreed.");
        assert_eq!(entity(&all, "Mark Tedeschi").0, "PERSON");
        assert_eq!(entity(&all, "Jane Roe").0, "PERSON");
    }

    #[test]
    fn they_is_a_people_not_an_adjective() {
        let all = found("The survey covered the Australian population. They call for action.");
        let words = mention_texts(&all, "Australian");
        assert_eq!(words, ["Australian"]);
        let all = found("Most Australians voted early. They chose a new flag.");
        let words = mention_texts(&all, "Australians");
        assert_eq!(words, ["Australians", "They"]);
    }

    #[test]
    fn a_place_then_a_persons_name_are_two_names() {
        let all = found(
            "Afghan Ambassador to the United States Hamdullah Mohib said the girls had visas. \
             Shares of Texas Instruments and United States Steel Corp rose.",
        );
        assert_eq!(entity(&all, "United States").0, "GPE");
        assert_eq!(entity(&all, "Hamdullah Mohib").0, "PERSON");
        assert_eq!(entity(&all, "Texas Instruments").0, "ORG");
        assert_eq!(entity(&all, "United States Steel Corp").0, "ORG");
        let all = found("Chief executive of the Refugee Council Enver Solomon said the form was unwieldy.");
        assert_eq!(entity(&all, "Refugee Council").0, "ORG");
        assert_eq!(entity(&all, "Enver Solomon").0, "PERSON");
        let all = found(
            "Goalkeeper for Dunhallow Rangers Daria Marigate saved twice. San Francisco Jana P. Rosenthal wrote.",
        );
        assert_eq!(entity(&all, "Daria Marigate").0, "PERSON");
        assert_eq!(entity(&all, "Jana P. Rosenthal").0, "PERSON");
        assert_eq!(entity(&all, "San Francisco").0, "GPE");
        // A given name that is also a cue word (`Finance Bill`), before a surname.
        let all = found(
            "U.S. Ambassador to the United Nations Bill Richardson said the vote was wrong. \
             The Finance Bill Amendment passed.",
        );
        assert_eq!(entity(&all, "United Nations").0, "ORG");
        assert_eq!(entity(&all, "Bill Richardson").0, "PERSON");
        assert_eq!(entity(&all, "Finance Bill Amendment").0, "LAW");
    }

    #[test]
    fn people_of_an_organisation_name_it() {
        let all = found(
            "Daniel Montalvo left Scientology in 2010. Scientology officials denied it. \
             A former executive within Scientology, who helped him leave, spoke to reporters.",
        );
        assert_eq!(entity(&all, "Scientology").0, "ORG");
    }

    #[test]
    fn an_event_word_outweighs_a_first_name() {
        let all = found("Tina McKenzie won silver at the 2012 Summer Paralympics in London.");
        assert_eq!(entity(&all, "Summer Paralympics").0, "EVENT");
        assert_eq!(entity(&all, "Tina McKenzie").0, "PERSON");
    }

    #[test]
    fn a_place_that_is_a_persons_surname_keeps_the_person_a_person() {
        let all = found(
            "Valeska Paris says she was held for years. Paris was born in Switzerland. \
             Paris said her parents moved her to the United Kingdom. Paris left in 2007.",
        );
        assert_eq!(entity(&all, "Valeska Paris").0, "PERSON");
        let words = mention_texts(&all, "Valeska Paris");
        assert_eq!(words.iter().filter(|w| **w == "Paris").count(), 3, "{words:?}");
        assert!(words.contains(&"her"), "{words:?}");
    }

    #[test]
    fn a_person_is_not_merged_with_an_organisation_named_after_them() {
        let all = found(
            "The Andy Warhol Foundation for the Visual Arts sold the prints. Andy Warhol took \
             thousands of Polaroids, and Warhol kept most of them.",
        );
        let person = entity(&all, "Andy Warhol");
        assert_eq!(person.0, "PERSON");
        assert!(person.2.iter().any(|m| m.0 == "Warhol"), "{all:#?}");
        let foundation = all.iter().find(|e| e.1.starts_with("Andy Warhol Foundation")).expect("the foundation");
        assert!(foundation.2.iter().all(|m| !m.0.starts_with("Warhol") && m.0 != "Andy Warhol"), "{all:#?}");
    }

    #[test]
    fn a_name_run_on_after_a_team_is_not_the_team() {
        let all = found(
            "Dunhallow Rangers lost again. Dunhallow Rangers have won once.\n\n\
             “It is what it is,” said goalkeeper for Dunhallow Rangers Daria Marigate.",
        );
        let team = entity(&all, "Dunhallow Rangers");
        assert_eq!(team.0, "ORG", "{all:#?}");
    }

    #[test]
    fn a_town_is_not_merged_with_the_school_named_after_it() {
        let all = found(
            "The storm hit the town of Bergvik on Sunday. Pupils moved to Bergvik Secondary, and \
             Nordli Primary stayed shut.",
        );
        assert_eq!(entity(&all, "Bergvik").0, "GPE", "{all:#?}");
        assert_eq!(entity(&all, "Bergvik Secondary").0, "ORG", "{all:#?}");
        assert_eq!(entity(&all, "Nordli Primary").0, "ORG", "{all:#?}");
    }

    #[test]
    fn named_storms_are_events_even_at_a_sentence_start() {
        let all = found("Storm Hilde tore through the town. Residents fled as Hurricane Katrina hit.");
        assert_eq!(entity(&all, "Storm Hilde").0, "EVENT");
        assert_eq!(entity(&all, "Hurricane Katrina").0, "EVENT");
    }

    #[test]
    fn first_person_in_a_quote_is_its_speaker() {
        let text = "Mayor Tobias Renner opened the bridge.\n\n\
            “I never doubted it. My team worked nights,” said Tobias Renner.";
        let mentions = extracted_mentions(text, "Tobias Renner");
        assert!(mentions.iter().any(|m| m == "I"), "{mentions:?}");
        assert!(mentions.iter().any(|m| m == "My"), "{mentions:?}");
    }

    #[test]
    fn sentences_inside_a_quote_start_with_capitals_that_name_nobody() {
        let all = found("“We had built it. That scared me. They came anyway,” said Jane Doe.");
        for word in ["That", "They", "We"] {
            assert!(all.iter().all(|e| e.1 != word), "{word} found as a name: {all:?}");
        }
        entity(&all, "Jane Doe");
    }

    #[test]
    fn an_announced_interview_gives_its_i_to_the_interviewee() {
        let text = "Interview with novelist Marta Quell\n\n\
            Marta Quell has written nine novels. Quell lives in Lisbon.\n\n\
            Tell us about the new book.\n\n\
            I wrote most of it on trains. My editor hated the ending.";
        let mentions = extracted_mentions(text, "Marta Quell");
        assert!(mentions.iter().any(|m| m == "I"), "{mentions:?}");
        assert!(mentions.iter().any(|m| m == "My"), "{mentions:?}");
    }

    proptest::proptest! {
        /// Any mix of names, quotes, pronouns, emoji and speech verbs extracts without a
        /// panic, and every mention lies on char boundaries inside the text.
        #[test]
        fn odd_text_never_panics(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Jane Doe", " said", " he", " She", "“", "”", "‘", "’", "\"", "'", "«", "»", " — ", "🇨🇳", "é",
            "Mr.", " Inc.", " told", " I", " we", ". ", "? ", ":\n", "\n\n", "U.S.", "the company", "Acme",
            "GENEVA", "-", " according to ", "As he put it: ", "Q?\n", " ", "中国",
        ]), 0..80)) {
            let text = parts.concat();
            let doc = segment("p", text.clone());
            let found = entities(&doc);
            for m in &found.mentions {
                proptest::prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                proptest::prop_assert!(m.span.end <= text.len());
            }
        }
    }

    #[test]
    fn surname_and_pronoun_join_the_full_name() {
        let all = found("Huawei founder Ren Zhengfei spoke in London on Monday. Ren said he was not worried.");
        let ren = entity(&all, "Ren Zhengfei");
        assert_eq!(ren.0, "PERSON");
        let texts: Vec<(&str, &str)> = ren.2.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        assert_eq!(texts, [("Ren Zhengfei", "name"), ("Ren", "alias"), ("he", "pronoun")]);
        assert_eq!(entity(&all, "London").0, "GPE");
        assert!(all.iter().all(|e| e.1 != "Monday"), "a day is not an entity: {all:?}");
    }

    #[test]
    fn a_surname_of_several_words_joins_the_full_name() {
        let all = found(
            "A court jailed Francesco De Lorenzo on Tuesday . De Lorenzo will appeal . Kofi St. Clair \
             agreed . St. Clair said so .",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Francesco De Lorenzo", "Kofi St. Clair"]);
        let texts: Vec<&str> = entity(&all, "Francesco De Lorenzo").2.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Francesco De Lorenzo", "De Lorenzo"]);
    }

    #[test]
    fn where_a_person_works_is_an_organisation() {
        let all = found(
            "Tom Reed, chief economist at Kestrel Research, and Anna Lee, an analyst with Halden & \
             Voss, agreed. The Campaign for Nuclear Disarmament and the National Alliance for \
             Progress did not.",
        );
        let names: Vec<(&str, &str)> = all.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("PERSON", "Tom Reed"),
                ("ORG", "Kestrel Research"),
                ("PERSON", "Anna Lee"),
                ("ORG", "Halden & Voss"),
                ("ORG", "Campaign for Nuclear Disarmament"),
                ("ORG", "National Alliance for Progress")
            ]
        );
        // Analysts too; but a spokesperson may speak for a person.
        let all =
            found("Analysts at ING Barings agreed. Sione Menon won. A spokesperson for Menon said he would stay.");
        assert_eq!(entity(&all, "ING Barings").0, "ORG");
        assert_eq!(entity(&all, "Sione Menon").0, "PERSON");
    }

    #[test]
    fn a_common_word_and_an_ampersand_open_a_firms_name_at_a_sentence_start() {
        let all = found("Harbor & Pine said sales fell. Black & Decker Corp. rose. Research & Development is costly.");
        assert_eq!(entity(&all, "Harbor & Pine").0, "ORG");
        assert_eq!(entity(&all, "Black & Decker Corp").0, "ORG");
        assert!(all.iter().all(|e| !e.1.starts_with("Research")), "{all:?}");
    }

    #[test]
    fn a_product_named_after_its_maker_is_an_entity_of_its_own() {
        let all = found(
            "Quillpad said Tuesday that it would reverse the change. Users of Quillpad Plus were \
             angry. Boeing said it would fix the plane. The Boeing 737 MAX was grounded.",
        );
        assert_eq!(entity(&all, "Quillpad").0, "ORG");
        assert_eq!(entity(&all, "Quillpad Plus").0, "PRODUCT");
        assert_eq!(mention_texts(&all, "Boeing"), ["Boeing", "it"]);
        assert_eq!(entity(&all, "Boeing 737 MAX").0, "PRODUCT");
    }

    #[test]
    fn a_company_with_a_given_name_speaks_of_itself_as_it() {
        let all = found("Separately, Orrin said on Wednesday it would delay a plan. Brent crude fell.");
        assert_eq!(entity(&all, "Orrin").0, "ORG");
        assert_eq!(entity(&all, "Brent").0, "OTHER");
        // A person's `it` is something else.
        let all = found("Jane Smith said it would rain. Smith said it was a good day.");
        assert_eq!(entity(&all, "Jane Smith").0, "PERSON");
    }

    #[test]
    fn a_title_in_lower_case_after_the_is_the_person_named_with_it() {
        let all = found(
            "Railway Minister Ashok Menon opened the line. Judge Sarah Whitcomb sat. The minister \
             said more trains would come, and the judge agreed. The minister of finance did not.",
        );
        assert_eq!(mention_texts(&all, "Ashok Menon"), ["Ashok Menon", "The minister"]);
        assert_eq!(mention_texts(&all, "Sarah Whitcomb"), ["Sarah Whitcomb", "the judge"]);
        // An abbreviated title starts the word (`Sen.` for `the senator`).
        let all = found("Sen. Jane Doe spoke. The senator said she would vote no.");
        assert_eq!(mention_texts(&all, "Jane Doe"), ["Jane Doe", "The senator", "she"]);
    }

    #[test]
    fn he_right_after_a_persons_speech_verb_is_that_person() {
        let all = found(
            "Ahmed Mohamed was arrested. Ahmed Mohamed was freed. Ahmed Mohamed met the mayor. \
             Mohamed smiled. His father Mohamed El-Hassan Mohamed said he was taking the family \
             to New York.",
        );
        assert_eq!(mention_texts(&all, "Mohamed El-Hassan Mohamed"), ["Mohamed El-Hassan Mohamed", "he"]);
        // Not when the gender disagrees.
        let all = found("Tom Hale met Ann Lee. Ann Lee said he had won.");
        assert_eq!(mention_texts(&all, "Tom Hale"), ["Tom Hale", "he"]);
    }

    #[test]
    fn particles_after_an_initial_are_part_of_the_name() {
        let all = found("Felix A. da Costa, lawyer for the family, and Elodie R. de la Cruz spoke. Costa left.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Felix A. da Costa", "Elodie R. de la Cruz"]);
    }

    #[test]
    fn a_time_zone_or_a_temperature_scale_is_no_entity() {
        let all = found("Voting ends at 9 p.m. Eastern Time and 8 p.m. Central Standard Time. Time Warner rose.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Time Warner"]);
        // Nor is a scale of temperature.
        assert!(found("It reached 77 degrees Fahrenheit, or 25 Celsius.").is_empty());
    }

    #[test]
    fn a_league_s_divisions_and_conferences_over_a_table_are_competitions() {
        let story = "BASKETBALL - NBA STANDINGS .\n\nNEW YORK 1996-12-15\n\nStandings :\n\nEASTERN CONFERENCE\n\n\
                     ATLANTIC DIVISION\n\nW L PCT GB\n\nMIAMI 14 8 .636 -\n\nChicago lead the Central Division .";
        let all = found(story);
        for name in ["EASTERN CONFERENCE", "ATLANTIC DIVISION", "Central Division"] {
            assert_eq!(entity(&all, name).0, "EVENT", "{name}");
        }
        let all = found("England beat Scotland in the Five Nations championship .");
        assert_eq!(entity(&all, "Five Nations").0, "EVENT");
        let all = found("The American League beat the National League 3-1 .");
        assert_eq!(entity(&all, "American League").0, "EVENT");
        assert_eq!(entity(&all, "National League").0, "EVENT");
    }

    #[test]
    fn a_common_word_opening_a_sentence_before_a_people_or_a_given_name_is_no_name() {
        let all = found("Unseeded Spaniard Carlos Moya ousted Boris Becker . Unseeded Carlos Moya won again .");
        assert_eq!(entity(&all, "Spaniard").0, "NORP");
        assert_eq!(mention_texts(&all, "Carlos Moya"), ["Carlos Moya", "Carlos Moya"]);
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("Unseeded")), "{names:?}");
        // So is a ministry's field before the minister's title.
        let all = found("Petroleum Minister Dan Etete said so . Tourism Minister Mamdouh al-Beltagui agreed .");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Dan Etete", "Mamdouh al-Beltagui"]);
    }

    #[test]
    fn battles_treaties_tunnels_estates_and_bodies_named_for_their_events() {
        let all = found(
            "King James lost the Battle of the Boyne . The fire in the Channel Tunnel was out . Youths from \
             the Ballyoran estate rioted . It is within the Maastricht treaty ceiling . Turnout was low , \
             Elections Canada said .",
        );
        assert_eq!(entity(&all, "Battle of the Boyne").0, "EVENT");
        assert_eq!(entity(&all, "Channel Tunnel").0, "LOC");
        // A canal or a causeway named for a king keeps the title in its name.
        let canal = found("Water runs into the King Abdullah Canal . Cars crossed the King Fahd Causeway .");
        assert_eq!(entity(&canal, "King Abdullah Canal").0, "LOC");
        assert_eq!(entity(&canal, "King Fahd Causeway").0, "LOC");
        assert_eq!(entity(&all, "Ballyoran").0, "LOC");
        assert_eq!(entity(&all, "Maastricht").0, "LAW");
        assert_eq!(entity(&all, "Elections Canada").0, "ORG");
    }

    #[test]
    fn a_generation_s_suffix_keeps_its_period_and_its_surname() {
        let all = found("In Seattle 's win , Ken Griffey Jr. hit a home run . Martin Luther King Jr. spoke .");
        assert_eq!(entity(&all, "Ken Griffey Jr.").0, "PERSON");
        assert_eq!(entity(&all, "Martin Luther King Jr.").0, "PERSON");
    }

    #[test]
    fn a_party_s_leader_a_people_s_road_and_places_by_their_first_word_or_noun() {
        let all = found(
            "The Reform Party of Preston Manning won 60 seats . They marched along the mainly Catholic \
             Garvaghy Road . He sits for Upper Bann . Hardliners at the stronghold of Anlong Veng rebelled .",
        );
        assert_eq!(entity(&all, "Reform Party").0, "ORG");
        assert_eq!(entity(&all, "Preston Manning").0, "PERSON");
        assert_eq!(entity(&all, "Catholic").0, "NORP");
        assert_eq!(entity(&all, "Garvaghy Road").0, "LOC");
        assert_eq!(entity(&all, "Upper Bann").0, "GPE");
        assert_eq!(entity(&all, "Anlong Veng").0, "GPE");
        let all = found("Celtic went top of the Scottish Premier Division on Saturday .");
        assert_eq!(entity(&all, "Scottish Premier Division").0, "EVENT");
    }

    #[test]
    fn a_club_named_with_a_particle_in_a_row_of_results_is_a_club() {
        let all =
            found("SOCCER - BRAZILIAN RESULTS .\n\nCruzeiro 3 Atletico Mineiro 1\n\nVasco da Gama 0 Botafogo 1\n");
        assert_eq!(entity(&all, "Vasco da Gama").0, "ORG");
        assert_eq!(entity(&all, "Botafogo").0, "ORG");
        // A particle inside a hyphenated town makes no row of its ground's line.
        let all = found("At Chester-le-Street : Durham 188 ( D. Boon 63 ) .\n");
        assert!(all.iter().all(|e| !e.1.starts_with("At ")), "{all:?}");
    }

    #[test]
    fn an_index_s_letters_keep_its_number() {
        let all = found(
            "The CAC-40 index closed up . The TSE 300 index rose . The Nikkei average fell . The \
             Hang Seng index eased .",
        );
        for name in ["CAC-40", "TSE 300", "Nikkei", "Hang Seng"] {
            assert_eq!(entity(&all, name).0, "OTHER", "{name}");
        }
        // Not a count after an acronym (`NATO 16 members`).
        let all = found("NATO 16 members met in Brussels .");
        assert_eq!(entity(&all, "NATO").0, "ORG");
    }

    #[test]
    fn an_event_named_with_a_number_keeps_it() {
        let all = found("Germany won Euro 96 in June, and the Blues took the Super 12 title. Euro 5 million was paid.");
        assert_eq!(entity(&all, "Euro 96").0, "EVENT");
        assert_eq!(entity(&all, "Super 12").0, "EVENT");
        // A sum after the currency's name is no event's number.
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("Euro 5")), "{names:?}");
    }

    #[test]
    fn a_title_opening_a_place_named_after_its_kind_stays_in_the_name() {
        let all = found("Grain moved through the port of Prince Rupert, and the son of King Hussein visited.");
        assert_eq!(entity(&all, "Prince Rupert").0, "GPE");
        assert_eq!(entity(&all, "Hussein").0, "PERSON");
    }

    #[test]
    fn a_word_at_a_sentence_start_apposed_to_a_qualified_kind_is_a_name() {
        let all =
            found("Groupama, France's largest farm insurer, said it had claims. Veltrix, the Dutch chipmaker, fell.");
        assert_eq!(entity(&all, "Groupama").0, "ORG");
        assert_eq!(entity(&all, "Veltrix").0, "ORG");
        // A place apposed to a place stays one.
        let all = found("Lyon, France's third city, voted.");
        assert_eq!(entity(&all, "Lyon").0, "GPE");
    }

    #[test]
    fn a_union_local_keeps_its_number() {
        let all = found(
            "Members of Teamsters Local 727 voted on Sunday, and a spokesman for Local 1199, which has 400,000 \
             members, said it would join.",
        );
        assert_eq!(entity(&all, "Teamsters Local 727").0, "ORG");
        assert_eq!(entity(&all, "Local 1199").0, "ORG");
    }

    #[test]
    fn sentence_start_and_headline_capitals_are_not_names() {
        let all = found(
            "Key Takeaways\n\nDespite the rain, Acme Corp. opened a plant in Ohio. Rather than wait, it hired staff.",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert!(!names.iter().any(|n| ["Key Takeaways", "Key", "Despite", "Rather"].contains(n)), "{names:?}");
        assert_eq!(entity(&all, "Acme Corp").0, "ORG");
    }

    #[test]
    fn possessives_and_hyphenated_places_split() {
        let all = found("Officials discussed the US–China talks and China’s Huawei on Friday.");
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert!(names.contains(&"US") && names.contains(&"Huawei"), "{names:?}");
        let china = entity(&all, "China");
        assert_eq!(china.2.len(), 2, "{china:?}");
    }

    #[test]
    fn peoples_countries_and_indices_of_wire_copy() {
        let all = found(
            "Clarke, a Northern Irishman, led. The Congo Republic voted. The Dow Jones industrial average \
             closed lower.",
        );
        assert_eq!(entity(&all, "Northern Irishman").0, "NORP");
        assert_eq!(entity(&all, "Congo Republic").0, "GPE");
        assert_eq!(entity(&all, "Dow Jones").0, "OTHER");
    }

    #[test]
    fn organisations_abroad_named_in_their_languages() {
        let all = found(
            "The Guardia Civil said Societa Edilizia Torinese and the Stocznia Gdynia yard had bid, \
             Cadena SER reported. Imran Khan's party, Tehreek-e-Insaf, and Jamaat-e-Islami objected.",
        );
        for name in [
            "Guardia Civil",
            "Societa Edilizia Torinese",
            "Stocznia Gdynia",
            "Cadena SER",
            "Tehreek-e-Insaf",
            "Jamaat-e-Islami",
        ] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        assert_eq!(entity(&all, "Imran Khan").0, "PERSON");
    }

    #[test]
    fn kin_places_and_a_trade_before_a_given_name() {
        let all = found(
            "Strikes spread from the Komi republic to the Kuzbass coalfield, miner Nikolai Brzana said. \
             Backed by the Rothschild family, the bank grew. The steelmaker Hanna Steel cut jobs.",
        );
        assert_eq!(entity(&all, "Nikolai Brzana").0, "PERSON");
        assert_eq!(entity(&all, "Komi").0, "LOC");
        assert_eq!(entity(&all, "Kuzbass").0, "LOC");
        assert_eq!(entity(&all, "Rothschild").0, "PERSON");
        assert_eq!(entity(&all, "Hanna Steel").0, "ORG");
        let all = found("Lava poured from the Fagradalsfjall volcano near the Hekla crater and the Vignemale massif.");
        for name in ["Fagradalsfjall", "Hekla", "Vignemale"] {
            assert_eq!(entity(&all, name).0, "LOC", "{name}");
        }
    }

    #[test]
    fn a_portfolio_in_capitals_before_a_minister_is_no_name() {
        let all = found(
            "Workplace Relations Minister Peter Reith and Chief Cabinet Secretary Seiroku Kajiyama met \
             Deputy Fuel and Energy Minister Gennady Rybakov, as the Kestrel Observatory Director Ann Vale \
             told Lantern News Service Mr. Gallo.",
        );
        let names: Vec<&str> = all.iter().map(|f| f.1.as_str()).collect();
        for name in
            ["Peter Reith", "Seiroku Kajiyama", "Gennady Rybakov", "Kestrel Observatory", "Lantern News Service"]
        {
            assert!(names.contains(&name), "{name}: {names:?}");
        }
        for name in ["Workplace Relations", "Chief Cabinet", "Fuel"] {
            assert!(!names.iter().any(|n| n.starts_with(name)), "{name}: {names:?}");
        }
    }

    #[test]
    fn a_plural_title_opens_two_names() {
        let all = found("Prime Ministers Inder Kumar Gujral and Nawaz Sharif met before the Presidents Cup.");
        assert_eq!(entity(&all, "Inder Kumar Gujral").0, "PERSON");
        assert_eq!(entity(&all, "Nawaz Sharif").0, "PERSON");
        assert_eq!(entity(&all, "Presidents Cup").0, "EVENT");
        // A trophy named for a person with a title takes the title in.
        let all = found("Leander won the Prince Philip Challenge Cup, and Foreign Minister Dick Spring watched.");
        assert_eq!(entity(&all, "Prince Philip Challenge Cup").0, "EVENT");
        assert_eq!(entity(&all, "Dick Spring").0, "PERSON");
    }

    #[test]
    fn a_place_opening_a_name_is_no_given_name() {
        let all = found(
            "Troops from the former Warsaw Pact met at Edinburgh Castle, where Roy Castle sang. \
             Chairman Kim Sun-hong and Lee Dong-won, an analyst, watched.",
        );
        assert_ne!(entity(&all, "Warsaw Pact").0, "PERSON");
        assert_eq!(entity(&all, "Edinburgh Castle").0, "LOC");
        assert_eq!(entity(&all, "Roy Castle").0, "PERSON");
        assert_eq!(entity(&all, "Kim Sun-hong").0, "PERSON");
        assert_eq!(entity(&all, "Lee Dong-won").0, "PERSON");
    }

    #[test]
    fn a_double_surname_opening_with_a_place_stays_whole() {
        let all = found(
            "Grace Mwanza-Phiri, the minister, spoke in Lusaka. Mwanza-Phiri said Mwanza-Lusaka \
             flights and the Paris-Dakar rally would go on.",
        );
        let grace = entity(&all, "Grace Mwanza-Phiri");
        assert_eq!(grace.0, "PERSON");
        assert_eq!(mention_texts(&all, "Grace Mwanza-Phiri"), ["Grace Mwanza-Phiri", "the minister", "Mwanza-Phiri"]);
        // Places joined by a hyphen that the text never writes after a given name stay apart.
        assert_eq!(mention_texts(&all, "Mwanza"), ["Mwanza"]);
        assert_eq!(mention_texts(&all, "Dakar"), ["Dakar"]);
    }

    #[test]
    fn country_names_and_acronyms_cluster() {
        let all = found(
            "The World Health Organization (WHO) warned the U.S. on Tuesday. Officials in the United States \
             disagreed, and America said the WHO was wrong. The US later agreed.",
        );
        let who = entity(&all, "World Health Organization");
        assert_eq!(who.0, "ORG");
        assert_eq!(who.2.iter().filter(|(_, k)| *k == "acronym").count(), 2, "{who:?}");
        let us = entity(&all, "United States");
        assert_eq!(us.0, "GPE");
        assert_eq!(us.2.len(), 4, "{us:?}");
    }

    #[test]
    fn model_numbers_make_products() {
        let all = found("The system uses 384 Ascend 910C chips and rivals Nvidia’s GB200 NVL72 cluster.");
        assert_eq!(entity(&all, "Ascend 910C").0, "PRODUCT");
        assert_eq!(entity(&all, "GB200 NVL72").0, "PRODUCT");
        assert_eq!(entity(&all, "Nvidia").0, "ORG");
    }

    #[test]
    fn gender_picks_the_pronoun_antecedent() {
        let all = found("Mary Okafor met Mr. John Renner in Geneva. She said the talks went well.");
        let mary = entity(&all, "Mary Okafor");
        assert!(mary.2.iter().any(|(t, k)| t == "She" && *k == "pronoun"), "{mary:?}");
        let john = entity(&all, "John Renner");
        assert!(john.2.iter().all(|(_, k)| *k != "pronoun"), "{john:?}");
    }

    #[test]
    fn first_person_in_a_quote_is_the_speaker() {
        let all = found("“I am not worried,” Jane Doe said. “My team is ready.”");
        let jane = entity(&all, "Jane Doe");
        let pronouns: Vec<&str> = jane.2.iter().filter(|(_, k)| *k == "pronoun").map(|(t, _)| t.as_str()).collect();
        assert_eq!(pronouns, ["I", "My"]);
    }

    #[test]
    fn an_organisation_named_for_a_place_or_with_a_treasury_is_no_person() {
        let all = found(
            "Data from Statistics South Africa showed prices rose, the National Treasury said. \
             Calculations by the Banking Association South Africa differ, said Jim Hale, owner \
             of Coral Coast Dive Tours.",
        );
        for name in [
            "Statistics South Africa",
            "National Treasury",
            "Banking Association South Africa",
            "Coral Coast Dive Tours",
        ] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        assert_eq!(entity(&all, "Jim Hale").0, "PERSON");
        // A word no list knows before a country's name is a firm of it.
        let all = found("Garuda Indonesia said flights were cancelled . Michael Jordan said he would play .");
        assert_eq!(entity(&all, "Garuda Indonesia").0, "ORG");
        assert_eq!(entity(&all, "Michael Jordan").0, "PERSON");
    }

    #[test]
    fn places_by_a_preposition_opening_the_sentence_a_side_or_a_ground_s_town() {
        let all = found("In Mostar , the divided city , voters queued . The party won in western Herzegovina .");
        assert_eq!(entity(&all, "Mostar").0, "GPE");
        assert_eq!(entity(&all, "Herzegovina").0, "LOC");
        let all = found(
            "SOCCER - SCOTLAND WIN .\nLONDON 1996-06-18\nAt Villa Park , Birmingham :\n\
             Scotland 1 Switzerland 0 ( halftime 1-0 )\nScorers :\nScotland - McCoist ( 36th )\n",
        );
        assert_eq!(entity(&all, "Birmingham").0, "GPE");
        assert_eq!(entity(&all, "McCoist").0, "PERSON");
    }

    #[test]
    fn an_accord_a_firm_s_kind_and_a_firm_without_its_country_s_word() {
        let all = found("The OSCE runs the poll under the Dayton peace agreement .");
        assert_eq!(entity(&all, "Dayton").0, "LAW");
        let all = found("The state will inject 11 billion francs into Thomson Multimedia before the sale .");
        assert_eq!(entity(&all, "Thomson Multimedia").0, "ORG");
        let all = found(
            "DEUTSCHE TELEKOM SHARES SOAR .\nShares in Deutsche Telekom rose . Telekom chief \
             executive Ron Sommer was pleased .",
        );
        assert_eq!(mention_texts(&all, "Deutsche Telekom"), ["DEUTSCHE TELEKOM", "Deutsche Telekom", "Telekom"]);
    }

    #[test]
    fn a_firm_before_its_chairman_a_course_and_a_race_s_place() {
        let all = found("Daewoo chairman Kim Woo-choong said Alcatel chairman Serge Tchuruk was wrong .");
        assert_eq!(entity(&all, "Alcatel").0, "ORG");
        assert_eq!(entity(&all, "Kim Woo-choong").0, "PERSON");
        let all = found(
            "Alphand won on the Lauberhorn course . Tomba returns in the Kitzbuehel slalom . \
             He leads the World Cup slalom standings .",
        );
        assert_eq!(entity(&all, "Lauberhorn").0, "LOC");
        assert_eq!(entity(&all, "Kitzbuehel").0, "LOC");
        assert_eq!(entity(&all, "World Cup").0, "EVENT");
    }

    #[test]
    fn a_title_after_a_body_a_flight_a_merged_paper_and_a_cricket_ground() {
        let all = found("EU Farm Commissioner Franz Fischler said FBI Assistant Director James Kallstrom agreed .");
        assert_eq!(entity(&all, "EU").0, "ORG");
        assert_eq!(entity(&all, "FBI").0, "ORG");
        assert_eq!(entity(&all, "Franz Fischler").0, "PERSON");
        let all = found("A bomb brought down TWA Flight 800 , the Atlanta Journal-Constitution reported .");
        assert_eq!(entity(&all, "TWA").0, "ORG");
        assert!(all.iter().all(|e| !e.1.contains("Flight")), "{all:?}");
        assert_eq!(entity(&all, "Atlanta Journal-Constitution").0, "ORG");
        let all = found(
            "CRICKET - COUNTY SCORES .\nLONDON 1996-08-30\nAt Headingley : Lancashire 402 ( M. \
             Atherton 131 , J. Crawley 88 ) . Yorkshire 198-6 ( M. Vaughan 72 ; Wasim Akram 3-41 ) .\n",
        );
        assert_eq!(entity(&all, "Headingley").0, "LOC");
        assert_eq!(entity(&all, "Yorkshire").0, "ORG");
    }

    #[test]
    fn a_runner_before_its_rider_and_its_price_is_no_person_or_club() {
        let all = found(
            "HORSE RACING - RESULTS .\nLIVERPOOL 1997-04-07\n2.00 Sefton Novice Hurdle : 1. Northern \
             Rambler ( Adrian Maguire ) 5-1 2. Cappoquin ( Charlie Swan ) 12-1 . 9 ran .\n\
             Tiger Woods ( U.S. ) 70-66-68 led .\n",
        );
        assert_eq!(entity(&all, "Northern Rambler").0, "OTHER");
        assert_eq!(entity(&all, "Cappoquin").0, "OTHER");
        assert_eq!(entity(&all, "Adrian Maguire").0, "PERSON");
        // The whole runner's name, with a title or a common word in it, named again in prose
        // and in the headline's capitals.
        let all = found(
            "HORSE RACING - MR PEMBROKE WINS GOLD CUP .\n\nCHELTENHAM 1997-03-13\n\nMr Pembroke , ridden by \
             Charlie Swan , won .\n\n1. Mr Pembroke ( Charlie Swan ) 14-1 2. Golden Fiddle ( Richard Guest ) \
             3-1 favourite 3. Duke Of Hazard ( Jamie Osborne ) 8-1 .\n",
        );
        assert_eq!(entity(&all, "Mr Pembroke").0, "OTHER");
        assert_eq!(mention_texts(&all, "Mr Pembroke"), ["MR PEMBROKE", "Mr Pembroke", "Mr Pembroke"]);
        assert_eq!(entity(&all, "Golden Fiddle").0, "OTHER");
        assert_eq!(entity(&all, "Duke Of Hazard").0, "OTHER");
    }

    #[test]
    fn a_people_before_a_given_name_and_a_body_before_its_envoy_are_apart() {
        let all = found("American Linda Wild beat Anke Huber . U.S. Ambassador to the U.N. Madeleine Albright spoke .");
        assert_eq!(entity(&all, "American").0, "NORP");
        assert_eq!(entity(&all, "Linda Wild").0, "PERSON");
        assert_eq!(entity(&all, "U.N.").0, "ORG");
        assert_eq!(entity(&all, "Madeleine Albright").0, "PERSON");
        assert_eq!(entity(&found("The American Express card ."), "American Express").0, "ORG");
    }

    #[test]
    fn a_dateline_s_town_before_its_country_and_a_dash_is_a_place() {
        let all = found("LOWMOOR, England - Carrick Textiles will close its Lowmoor spinning mill.");
        assert_eq!(entity(&all, "Lowmoor").0, "GPE");
    }

    #[test]
    fn an_irish_deputy_s_title_is_no_part_of_the_name() {
        let all = found(
            "Mr Breen was cautious. The outgoing TD Michael O’Sullivan faces a nervous wait. \
             He told reporters he would fight on.",
        );
        assert_eq!(mention_texts(&all, "Michael O’Sullivan"), ["Michael O’Sullivan", "He", "he"]);
        assert_eq!(entity(&found("TD Bank said profits rose."), "TD Bank").0, "ORG");
    }

    #[test]
    fn an_organisation_s_name_goes_on_through_of_the_and_for_the() {
        let all = found(
            "Officials at the Ministry of the Interior met members of the National Council for the \
             Defence of Democracy and staff of the National Observatory of Athens. He wrote for the \
             people of the United States.",
        );
        for name in [
            "Ministry of the Interior",
            "National Council for the Defence of Democracy",
            "National Observatory of Athens",
        ] {
            assert_eq!(entity(&all, name).0, "ORG", "{name}");
        }
        assert_eq!(entity(&all, "United States").0, "GPE");
    }

    #[test]
    fn a_leaderboard_row_with_its_rounds_names_players() {
        let all = found("Leading scores:\n133 Mark O'Meara 67 66\n134 Will Smith 68 66, Bill Glasson 67 67");
        for name in ["Mark O'Meara", "Will Smith", "Bill Glasson"] {
            assert_eq!(entity(&all, name).0, "PERSON", "{name}");
        }
    }

    #[test]
    fn an_acronym_before_its_expansion_joins_it() {
        let all = found("EU leaders met. European Union leaders agreed. The U.K. voted. Ulrike Kingsley spoke.");
        let eu = entity(&all, "European Union");
        assert_eq!(eu.0, "ORG");
        assert!(eu.2.iter().any(|(t, k)| t == "EU" && *k == "acronym"), "{eu:?}");
        // A person's initials are no acronym's.
        assert_eq!(entity(&all, "Ulrike Kingsley").0, "PERSON");
    }

    #[test]
    fn titles_and_credits_are_no_names() {
        let all = found(
            "Chief Financial Officer Hiroshi Tanabe said sales rose. (Reporting by Jane Doe; \
             Editing by Mark Heinrich)",
        );
        let names: Vec<&str> = all.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(names, ["Hiroshi Tanabe", "Jane Doe", "Mark Heinrich"]);
        // Not every name after a semicolon is a credit's.
        let all = found("Results: Smith beat Jones; Brown beat Green.");
        entity(&all, "Brown");
    }

    #[test]
    fn a_letter_ending_a_sentence_leaves_its_period() {
        let all = found("Inter are second in Serie A. They play next in Group B.");
        entity(&all, "Serie A");
        entity(&all, "Group B");
        let all = found("It was signed by George W. Bush.");
        entity(&all, "George W. Bush");
    }

    #[test]
    fn banks_parks_deltas_and_a_surname_that_is_a_law_s_word() {
        let all = found(
            "Shares went to a consortium led by Uneximbank and Komercni Banka, officials said. \
             Refugees fled towards the Virunga national park and the Mugunga camp. Youths \
             occupied stations in the western Niger Delta. He added 104 with Stuart Law. \
             In the Serb republic, Republika Srpska, Momcilo Krajisnik won. Prime Minister \
             Kengo wa Dondo resigned.",
        );
        assert_eq!(entity(&all, "Uneximbank").0, "ORG");
        assert_eq!(entity(&all, "Komercni Banka").0, "ORG");
        assert_eq!(entity(&all, "Virunga").0, "LOC");
        assert_eq!(entity(&all, "Mugunga").0, "LOC");
        assert_eq!(entity(&all, "Niger Delta").0, "LOC");
        assert_eq!(entity(&all, "Stuart Law").0, "PERSON");
        assert_eq!(entity(&all, "Republika Srpska").0, "LOC");
        assert_eq!(entity(&all, "Kengo wa Dondo").0, "PERSON");
        let all = found("Banco de Mexico cut rates. Petroleos de Venezuela and Juan de Marco were named.");
        assert_eq!(entity(&all, "Banco de Mexico").0, "ORG");
        assert_eq!(entity(&all, "Petroleos de Venezuela").0, "ORG");
        assert_eq!(entity(&all, "Juan de Marco").0, "PERSON");
        let all = found("Skandinaviska Enskilda Banken and the Caspian Pipeline Consortium signed.");
        assert_eq!(entity(&all, "Skandinaviska Enskilda Banken").0, "ORG");
        assert_eq!(entity(&all, "Caspian Pipeline Consortium").0, "ORG");
        // An English word that ends in a bank is no bank, and a law stays a law.
        let all = found("They walked along Riverbank on Monday. Parliament passed the Clean Air Law.");
        assert!(all.iter().all(|e| e.1 != "Riverbank" || e.0 != "ORG"), "{all:?}");
        assert_eq!(entity(&all, "Clean Air Law").0, "LAW");
    }

    #[test]
    fn names_joined_before_a_plural_kind_of_place_are_places() {
        let all = found("Turnout was high in the Ashanti and Eastern regions, officials said.");
        assert_eq!(entity(&all, "Ashanti").0, "LOC");
        assert_eq!(entity(&all, "Eastern").0, "LOC");
    }

    #[test]
    fn definite_descriptions_join_the_latest_organisation() {
        let all = found("Brightwater Optics Inc. said sales rose. The company expects more growth.");
        let org = entity(&all, "Brightwater Optics Inc");
        assert!(org.2.iter().any(|(t, k)| t == "The company" && *k == "descriptor"), "{org:?}");
    }

    #[test]
    fn the_country_and_the_town_join_the_place_last_named() {
        let text = "Protesters marched in Amman on Monday, the biggest rally the capital has seen. \
                    Jordan's king said the country would listen.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(
            got,
            [("the capital".to_string(), "Amman".to_string()), ("the country".to_string(), "Jordan".to_string())]
        );
        // A country is no town, a state no city, and a compound or a name after the noun
        // says what is meant.
        for text in [
            "Fighting broke out in Chad. Rebels reached the capital on Monday.",
            "Sen. Rania Cole of Wisconsin said the city had changed course.",
            "Voters in Leeds chose the city council on Thursday.",
            "Tourists left Kenya. The country of Wales was next.",
        ] {
            assert_eq!(mentions_of_kind(text, MentionKind::Descriptor), [], "{text}");
        }
    }

    #[test]
    fn a_description_prefers_the_story_s_organisation_to_a_passing_one() {
        let text = "Kaneda Motor Corp raised its forecast. Kaneda Motor Corp shares rose 3%. \
                    Analysts polled by Keller Data expected less. The company also cut costs.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("The company".to_string(), "Kaneda Motor Corp".to_string())]);
        // One named in the same sentence is meant.
        let text = "Kaneda Motor Corp raised its forecast. Kaneda Motor Corp shares rose. \
                    Rival Hoshino Motors Inc said the company would cut prices.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("the company".to_string(), "Hoshino Motors Inc".to_string())]);
        // A name that holds the noun is meant (`the bank`).
        let text = "The Reserve Bank of Tuvalu cut rates, Keller Data said. Analysts at Acme Corp \
                    expected it. The bank said inflation slowed.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("The bank".to_string(), "Reserve Bank of Tuvalu".to_string())]);
        // However long ago it was named.
        let text = "Ashbury Borough Council owns 40 homes. Tenants wrote to Keller Data. Keller Data \
                    replied. Keller Data waited. Work will start in May, the council said.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("the council".to_string(), "Ashbury Borough Council".to_string())]);
        // Long after the story's company was last named, with a passing one in view.
        let text = "Carrick Textiles will close its mill, the company said. Carrick Textiles \
                    blamed orders. Workers were sad. Many cried. The town was quiet. Output fell 11%, \
                    according to the trade \
                    body Textiles UK. The chimney will stay standing, the company said.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        let company = ("the company".to_string(), "Carrick Textiles".to_string());
        assert_eq!(got, [company.clone(), company]);
        let text = "Employers added jobs, the Bureau of Employment Statistics said. Wages rose \
                    0.3%, the bureau said.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("the bureau".to_string(), "Bureau of Employment Statistics".to_string())]);
        // A business is no public body.
        let text = "Vale Water Ltd was fined. Vale Water Ltd had polluted rivers, the Environment \
                    Agency found. The company will not appeal.";
        let got = mentions_of_kind(text, MentionKind::Descriptor);
        assert_eq!(got, [("The company".to_string(), "Vale Water Ltd".to_string())]);
    }
}
