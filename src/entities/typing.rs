//! Typing: what kind of entity each name mention is, from evidence in the text first
//! (titles, organisation suffixes, appositions, speech verbs, prepositions of place,
//! model numbers) and lexicons second. Scores are summed per cluster afterwards, so one
//! name keeps one type within a document.

use super::lexicons::{Role, LEXICONS};
use super::mentions::{is_acronym, Candidate, Row};
use super::EntityType;
use crate::document::{Document, ParagraphKind, Token, TokenKind};

/// Evidence for each entity type, as summed weights.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Votes([f32; 10]);

impl Votes {
    /// Adds `weight` for `kind`.
    pub fn add(&mut self, kind: EntityType, weight: f32) {
        self.0[kind as usize] += weight;
    }

    /// Adds another set of votes.
    pub fn merge(&mut self, other: &Votes) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// The type with the most weight, and that weight.
    pub fn best(&self) -> (EntityType, f32) {
        const ORDER: [EntityType; 10] = [
            EntityType::Person,
            EntityType::Org,
            EntityType::Gpe,
            EntityType::Loc,
            EntityType::Norp,
            EntityType::Product,
            EntityType::Event,
            EntityType::Work,
            EntityType::Law,
            EntityType::Other,
        ];
        ORDER.iter().map(|&k| (k, self.0[k as usize])).fold((EntityType::Other, 0.0), |best, x| {
            if x.1 > best.1 {
                x
            } else {
                best
            }
        })
    }
}

/// The votes of one candidate, from its own text and its context; `row` is what its
/// sentence is in a table of results (see [`super::mentions::rows`]), `shouted` whether it
/// is written in capitals (see [`super::mentions::shouted_sentences`]), `sport` the
/// document as a sports story when it is one (see [`sports_story`]).
pub fn votes(doc: &Document, c: &Candidate, row: Row, shouted: bool, sport: Option<&SportsStory>) -> Votes {
    let lex = &*LEXICONS;
    let mut v = Votes::default();
    let text = doc.slice(c.span);
    let words: Vec<&str> = text.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect();
    let first = words.first().copied().unwrap_or("");
    let last = words.last().copied().unwrap_or("");
    // The roles of the first and the last word, looked up once for the tests below.
    let (first_role, last_role) = (lex.words.get(first), lex.words.get(last));

    if let Some(k) = c.known {
        v.add(k.kind, if k.ambiguous { 1.0 } else { 4.0 });
    }
    let org_suffix =
        words.len() >= 2 && (lex.org_suffixes.contains(last) || lex.org_suffixes.contains(last.trim_end_matches('.')));
    // Not a role word before a name the gazetteer knows for sure is no person's (`the
    // official Xinhua news agency`), or one an organisation's suffix ends (`the official
    // Iraqi News Agency`).
    if let Some(title) = c.title {
        let role_word = doc.slice(title).starts_with(char::is_lowercase);
        let no_person =
            c.known.is_some_and(|k| !k.ambiguous && k.kind != EntityType::Person) || c.known.is_none() && org_suffix;
        if !(role_word && no_person) {
            v.add(EntityType::Person, 4.0);
        }
    }
    if let Some(&(_, ambiguous)) = lex.first_names.get(first) {
        if words.len() >= 2 && words.len() <= 4 {
            v.add(EntityType::Person, if ambiguous { 0.8 } else { 1.5 });
        } else if words.len() == 1 && !ambiguous {
            // A first name alone (`Gloria`): a person known by it.
            v.add(EntityType::Person, 1.2);
        }
    }
    // `Albertans`, `Californians`, `Londoners`: the people of a place the gazetteer knows,
    // named by the place and an ending.
    if c.known.is_none() && words.len() == 1 && text.len() > 6 {
        let stems = [text.strip_suffix("ns"), text.strip_suffix("ers")];
        let people = stems.into_iter().flatten().any(|stem| {
            lex.by_name.get(stem).is_some_and(|&k| matches!(lex.known[k].kind, EntityType::Gpe | EntityType::Loc))
        });
        if people {
            v.add(EntityType::Norp, 4.0);
        }
    }
    // `Andy Warhol Foundation`: an organisation suffix outweighs a first name at the front.
    // A place a gazetteer knows keeps its type (`West Bank`).
    let place = c.known.is_some_and(|k| matches!(k.kind, EntityType::Gpe | EntityType::Loc));
    if org_suffix && !place {
        v.add(EntityType::Org, 4.0);
    }
    // `Ben & Jerry's`, `Barnes & Noble`, `Carrow & Vance`: names joined by an ampersand name
    // a firm.
    if words.len() >= 3 && words.contains(&"&") && c.known.is_none() {
        v.add(EntityType::Org, 2.5);
    }
    // `BHF-Bank`, `Hypo-Bank`: an organisation's suffix after a hyphen.
    if words.len() == 1
        && !place
        && last.rsplit_once('-').is_some_and(|(head, tail)| !head.is_empty() && lex.org_suffixes.contains(tail))
    {
        v.add(EntityType::Org, 3.0);
    }
    // `Atlanta Journal-Constitution`, `Minneapolis Star-Tribune`: papers merged under one
    // name keep an organisation's word in its hyphened last part.
    if words.len() >= 2
        && !place
        && last.split_once('-').is_some_and(|(head, tail)| {
            !head.is_empty() && !tail.is_empty() && (lex.org_suffixes.contains(head) || lex.org_suffixes.contains(tail))
        })
    {
        v.add(EntityType::Org, 3.0);
    }
    // `Google Chrome`, `Microsoft Office`: a known organisation's name before another word
    // names one of its products, not a person.
    let maker = words.len() >= 2
        && c.known.is_none()
        && lex.by_name.get(first).is_some_and(|&k| lex.known[k].kind == EntityType::Org && !lex.known[k].ambiguous);
    // `Riverton Kings`, `Northgate Pilots`: a name ending in a plural common noun is a team
    // or a group, not a person (`Williams`, `Banks` are surnames, not plurals of a noun);
    // nor a product (`Google Analytics`). After a given name, only the plural of a common
    // word counts (`Britney Spears`).
    let given = lex.is_given_name(first);
    if words.len() >= 2 && c.title.is_none() && last_role.is_none() && !maker && is_plural_noun(last, !given) {
        v.add(EntityType::Org, 1.5);
    }
    // `Bank of England`, `Block Museum of Art`, `Campaign for Nuclear Disarmament`: an
    // organisation's head before `of` or `for`.
    if words.len() >= 3 && words.windows(2).any(|w| matches!(w[1], "of" | "for") && lex.org_heads.contains(w[0])) {
        v.add(EntityType::Org, 3.0);
    }
    // `Bosnian Serb`, `Greek Cypriot`: peoples, one after the other, are a people.
    let people = |w: &&str| lex.by_name.get(*w).is_some_and(|&k| lex.known[k].kind == EntityType::Norp);
    if c.known.is_none() && words.len() >= 2 && words.iter().all(people) {
        v.add(EntityType::Norp, 4.0);
    }
    // `Deutsche Morgan Grenfell`, `Banco Santander`, `Dynamo Kiev`: a word that opens the
    // names of organisations abroad; so does an organisation's kind, as in the languages of
    // many countries (`Bank Negara Indonesia`; not `University Park`, `Group C`).
    let opener = first_role == Some(&Role::OrgOpener)
        || lex.org_heads.contains(first)
            // (Not a law's word: `Convention on the Rights of the Child`.)
            && first_role != Some(&Role::Law)
            && !matches!(last_role, Some(Role::PlaceEnd))
            && last.chars().count() > 1
            && !words[1..].iter().any(|w| lex.is_title_word(w));
    if words.len() >= 2 && opener {
        v.add(EntityType::Org, 3.0);
    }
    // `Tehreek-e-Insaf`, `Jamaat-e-Islami`: a Persian or Urdu construct of a movement's name.
    if c.known.is_none() && words.iter().any(|w| w.contains("-e-") || w.contains("-i-")) {
        v.add(EntityType::Org, 2.0);
    }
    // `Banking Association South Africa`, `Statistics Norway`: an organisation's kind, then
    // the country or city it serves.
    let serves_place = c.known.is_none()
        && words.len() >= 2
        && text.match_indices(' ').any(|(at, _)| {
            let place = lex.by_name.get(&text[at + 1..]).map(|&k| &lex.known[k]);
            place.is_some_and(|k| k.kind == EntityType::Gpe && !k.ambiguous)
                && text[..at].split(' ').any(|w| {
                    lex.org_suffixes.contains(w)
                        || lex.org_heads.contains(w)
                        || lex.words.get(w) == Some(&Role::OrgOpener)
                })
        });
    if serves_place {
        v.add(EntityType::Org, 3.0);
    }
    // `Nigerian Red Cross`, `Kenyan Football Federation`: a people or a place before an
    // organisation the gazetteer knows is its branch there.
    let branch = c.known.is_none()
        && words.len() >= 3
        && lex.by_name.get(first).is_some_and(|&k| matches!(lex.known[k].kind, EntityType::Norp | EntityType::Gpe))
        && text.split_once(' ').is_some_and(|(_, rest)| {
            lex.by_name.get(rest).is_some_and(|&k| lex.known[k].kind == EntityType::Org && !lex.known[k].ambiguous)
        });
    if branch {
        v.add(EntityType::Org, 4.0);
    }
    // `Garuda Indonesia`, `Telkom Kenya`: a word no list knows, then a country's name, is a
    // firm of that country (a person's name opens with a given name: `Michael Jordan`); so
    // is a body named for the events it runs (`Elections Canada`).
    let country = |w: &str| lex.by_name.get(w).is_some_and(|&k| lex.known[k].canonical.is_some());
    if words.len() == 2
        && c.known.is_none()
        && c.title.is_none()
        && country(last)
        && !lex.by_name.contains_key(first)
        && !lex.is_given_name(first)
        && first_role.is_none_or(|&role| role == Role::Event && first.ends_with('s'))
    {
        v.add(EntityType::Org, 2.0);
    }
    // `Port Said`, `Fort Worth`, `Mount Kenya`: a short name opening with a place's first
    // word, and ending in no word that says it is something else (`Port Ellis Hawks`,
    // `Port Ellis Road`, `Port Authority`).
    if (2..=3).contains(&words.len())
        && first_role == Some(&Role::PlaceHead)
        && last_role.is_none()
        && !lex.org_suffixes.contains(last)
        && !is_plural_noun(last, true)
    {
        v.add(EntityType::Gpe, 2.0);
    }
    // `Lake Kivu`, `River Thames`, `Cape Cod`: a natural place, whatever the second word is
    // (`Lake` is a surname too), unless a last word says it is something else (`Lake
    // Placid Club`). Four words when the second is a particle (`Cote de la Redoute`).
    let particled = words.get(1).is_some_and(|w| matches!(*w, "de" | "du" | "des" | "di" | "del"));
    if (2..=if particled { 4 } else { 3 }).contains(&words.len())
        && lex.landform_heads.contains(first)
        && words[1] != "of"
        && last_role.is_none()
        && !lex.org_suffixes.contains(last)
    {
        v.add(EntityType::Loc, 4.0);
    }
    // `Hurricane Katrina`, `Storm Hilde`: the name of a storm, whatever first name it has.
    if words.len() >= 2 && first_role == Some(&Role::EventHead) {
        v.add(EntityType::Event, 6.0);
    }
    // `World Series of Golf`: an event's last word may come before `of` (not an
    // organisation's: `Congress of South African Trade Unions`).
    let event_of = words
        .windows(2)
        .any(|w| w[1] == "of" && lex.words.get(w[0]) == Some(&Role::Event) && !lex.org_heads.contains(w[0]));
    if event_of {
        v.add(EntityType::Event, 4.0);
    }
    // `Euro 96`, `Super 12`: an event's name that ends in a number.
    if words.len() == 2 && first_role == Some(&Role::NumberedEvent) && last.bytes().all(|b| b.is_ascii_digit()) {
        v.add(EntityType::Event, 10.0);
    }
    // `Teamsters Local 727`: a union's branch.
    if words.len() >= 2
        && last.bytes().all(|b| b.is_ascii_digit())
        && lex.words.get(words[words.len() - 2]) == Some(&Role::NumberedBody)
    {
        v.add(EntityType::Org, 10.0);
    }
    // `Serie A`, `Champions League`: a league that is a competition.
    // It outweighs a gazetteer that lists the league's company (`Premier League`).
    // `Olympic champion Alexander Parygin`: an event's adjective alone, no organisation of
    // a title's.
    // In capitals too (`SERIE A`, `EASTERN CONFERENCE` over a table).
    let competition = || {
        text.contains(' ')
            && !text.chars().any(char::is_lowercase)
            && lex.words.get(super::lexicons::title_cased(text).as_str()) == Some(&Role::Competition)
    };
    if matches!(lex.words.get(text), Some(Role::Competition | Role::EventWord)) || competition() {
        v.add(EntityType::Event, 10.0);
    }
    if lex.words.get(text) == Some(&Role::Language) {
        v.add(EntityType::Other, 6.0);
    }
    match last_role {
        Some(Role::Event) if words.len() >= 2 => v.add(EntityType::Event, 2.0),
        Some(Role::Award) if words.len() >= 2 => v.add(EntityType::Other, 2.0),
        // A decoration named by its metal or colour (`Bronze Star`, `Purple Heart`).
        _ if words.len() == 2
            && matches!(first, "Bronze" | "Silver" | "Gold" | "Purple")
            && matches!(last, "Star" | "Heart" | "Cross") =>
        {
            v.add(EntityType::Other, 2.0)
        }
        // Not a person of that surname (`Stuart Law`, `Denis Law`).
        Some(Role::Law) if words.len() >= 2 && !(words.len() == 2 && lex.is_given_name(first)) => {
            v.add(EntityType::Law, 2.0)
        }
        Some(Role::Product) if words.len() >= 2 => v.add(EntityType::Product, 1.0),
        // Not a plural, `Park`, `Field`, `Hill` or `Lake` that is a surname, after a first
        // name or an initial (`Rebecca Wells`, `Grace Park`, `Eszter E. Park`, `Sally Field`,
        // `Damon Hill`, `Anthony Lake`, `Roy Castle`; `Tunbridge Wells`, `Selhurst Park`,
        // `Lambeau Field`, `Capitol Hill`, `Crater Lake`, `Edinburgh Castle`); `Juniper
        // Street` stays a street.
        Some(Role::PlaceEnd)
            if words.len() >= 2
                && !((last.ends_with('s') || matches!(last, "Park" | "Field" | "Hill" | "Lake" | "Castle"))
                    && lex.surnames.contains(last)
                    && (lex.is_given_name(first) || words.iter().any(|w| w.len() == 2 && w.ends_with('.')))) =>
        {
            v.add(EntityType::Loc, 2.0)
        }
        _ => {}
    }
    // `Lumora Rd.`, `Ironvale St.`: a street abbreviated, with its period.
    if words.len() >= 2 && last.len() > 1 && last.ends_with('.') {
        let bare = &last[..last.len() - 1];
        if matches!(lex.words.get(bare), Some(Role::PlaceEnd | Role::NameAbbrev)) {
            v.add(EntityType::Loc, 2.0);
        }
    }
    // Model numbers: `GB200`, `Ascend 910C`, `Boeing 737 MAX`.
    if words.iter().any(|w| w.chars().any(|ch| ch.is_ascii_digit()) && w.chars().any(char::is_alphabetic))
        || words.iter().skip(1).any(|w| w.chars().all(|ch| ch.is_ascii_digit()))
    {
        v.add(EntityType::Product, 2.0);
    }
    // `CloudMatrix`, `iPhone`: a capital inside a word.
    if words.len() == 1
        && !is_acronym(first)
        && first.chars().skip(1).any(char::is_uppercase)
        && !first.contains(['-', '’', '\''])
        && !surname_with_prefix(first)
    {
        v.add(EntityType::Product, 0.6);
        v.add(EntityType::Org, 0.5);
    }
    // `Petroleos de Venezuela`, `Telefonos de Mexico`: a word that is no given name, `de`
    // and a country name a state company.
    let of_country = words.len() == 3
        && matches!(words[1], "de" | "del" | "do" | "da")
        && !lex.is_given_name(first)
        && lex.by_name.get(last).is_some_and(|&k| lex.known[k].canonical.is_some());
    if of_country && c.known.is_none() {
        v.add(EntityType::Org, 3.0);
    }
    // `Uneximbank`, `Sberbank`, `Agrobanka`: one word that ends in a bank is a bank
    // (not an English word: `Riverbank`, `Sandbank`).
    let bank = |w: &str| {
        let stem = w.strip_suffix("bank").or_else(|| w.strip_suffix("banka")).or_else(|| w.strip_suffix("banken"));
        stem.is_some_and(|s| s.len() >= 3 && s.bytes().skip(1).all(|b| b.is_ascii_lowercase()))
    };
    if words.len() == 1 && c.known.is_none() && bank(first) && !lex.is_english_word(first) {
        v.add(EntityType::Org, 2.5);
    }
    // `the Commission`, `the Ministry`: an organisation's kind, capitalised, names it.
    if words.len() == 1 && c.known.is_none() && lex.org_heads.contains(first) {
        v.add(EntityType::Org, 1.5);
    }
    // An acronym is mostly an organisation's; a word of a line in capitals (`SELES BEATS
    // GRAF`) is no acronym.
    if words.len() == 1 && is_acronym(first) && !shouted {
        v.add(EntityType::Org, 0.8);
    }
    if maker {
        v.add(EntityType::Product, 1.0);
    }
    // Two to four plain capitalised words look like a person's name, unless the last is a
    // common noun that is no surname (`Art Gallery`, `Warhol Factory`) or a word that says
    // what else the name is (`Summer Paralympics`).
    let common_last = lex.not_names.contains(last) && !lex.surnames.contains(last) || last_role.is_some();
    // `Chicago Bulls`, `New York Knicks`, `Miami Dolphins`: a city, then a plural, is a team.
    // After a city that is also a given name, the plural is a word (`Dallas Cowboys`), not
    // a surname (`Charlotte Hollis`). Not an event (`Atlanta Olympics`).
    let city_team = c.known.is_none()
        && words.len() >= 2
        && plural_shaped(last)
        && last_role.is_none()
        && text.match_indices(' ').any(|(at, _)| {
            let city = &text[..at];
            lex.by_name
                .get(city)
                .is_some_and(|&k| lex.known[k].kind == EntityType::Gpe && lex.known[k].canonical.is_none())
                && (!lex.first_names.contains_key(city) || lex.is_english_word(last))
        });
    if city_team {
        v.add(EntityType::Org, 2.0);
    }
    // `Warsaw Pact`, `Amsterdam ArenA`: a place the gazetteer knows for sure, no given name,
    // opens a thing named after it, not a person.
    // (A given name after it makes it a person's name that a place was read into.)
    let place_first = || {
        lex.by_name
            .get(first)
            .is_some_and(|&k| matches!(lex.known[k].kind, EntityType::Gpe | EntityType::Loc) && !lex.known[k].ambiguous)
            && !lex.first_names.contains_key(first)
            && !words[1..].iter().flat_map(|w| w.split('-')).any(|w| lex.first_names.contains_key(w))
    };
    if c.known.is_none()
        && !maker
        && !city_team
        && (2..=4).contains(&words.len())
        && !common_last
        && words.iter().all(|w| is_plain_name_word(w))
        && !place_first()
    {
        v.add(EntityType::Person, 0.7);
    }
    // `van Gaal`, `de Saram`, `al-Masri`: a surname named with its particles.
    let particled = first.starts_with(char::is_lowercase)
        && (words.len() >= 2 && first_role == Some(&Role::NameParticle)
            || first.split_once('-').is_some_and(|(p, rest)| {
                lex.words.get(p) == Some(&Role::NameParticle) && rest.starts_with(char::is_uppercase)
            }));
    if particled && c.known.is_none() {
        v.add(EntityType::Person, 2.0);
    }
    // `P. Simmons`, `J. K. Rowling`: initials before a surname.
    let initials =
        words.iter().take_while(|w| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase)).count();
    if c.known.is_none() && initials >= 1 && initials < words.len() && words.len() <= initials + 2 {
        v.add(EntityType::Person, 1.0);
    }
    // `Aravinda de Silva`, `Ali al-Naimi`: a particle of a person's name between capitalised
    // words, in a name no list knows.
    let particle = |w: &&str| {
        let bare = w.split_once('-').map_or(*w, |(head, _)| head);
        w.starts_with(char::is_lowercase) && lex.words.get(bare) == Some(&Role::NameParticle)
    };
    if c.known.is_none()
        && c.title.is_none()
        && (2..=4).contains(&words.len())
        && first.starts_with(char::is_uppercase)
        && words[1..].iter().any(particle)
        && last.starts_with(|ch: char| ch.is_uppercase() || ch.is_lowercase() && last.contains('-'))
        && !words.iter().any(|w| {
            lex.org_heads.contains(w) || lex.org_suffixes.contains(w) || lex.words.contains_key(w) && !particle(w)
        })
    {
        v.add(EntityType::Person, 1.0);
    }
    // `Gorbachev`, `Kovalenko`, `Petrescu`: a surname by its ending.
    if c.known.is_none() && c.title.is_none() && words.len() <= 3 && has_surname_ending(last) {
        v.add(EntityType::Person, 1.0);
    }
    // `Barnsley 2 Ipswich 1`, `Leeds 0`: the names in a row of results are clubs, even a
    // city's (a country's is its national side, still the country). A cricket scorecard's
    // rows name players (`B. Young c Moin Khan b Waqar 5`).
    let s = &doc.sentences()[c.sentence];
    let line = &doc.tokens()[s.tokens.clone()];
    if row != Row::Prose {
        // `Werder Bremen 2 ( Bode 4 , Labbadia 80 )`: the scorers in brackets after a team.
        let before = &line[..line.partition_point(|t| t.span.start < c.span.start)];
        let depth = before.iter().fold(0i32, |d, t| match doc.slice(t.span) {
            "(" => d + 1,
            ")" => d - 1,
            _ => d,
        });
        // `c Cork b Croft`: a fielder or a bowler, even one named like a town.
        let marked = before.last().is_some_and(|t| super::mentions::BATTING_MARKS.contains(&doc.slice(t.span)));
        // `In Dublin : Ireland 15 France 32`: the place the match was played.
        let venue = before.last().is_some_and(|t| matches!(doc.slice(t.span), "In" | "At" | "in" | "at"));
        // `Clare : J. O'Connor 0-7`, `Indios Chapaleufu I - B. Heguy 6`: the team before its
        // players.
        let after = line.get(line.partition_point(|t| t.span.start < c.span.end));
        let team = before.is_empty() && after.is_some_and(|t| matches!(doc.slice(t.span), ":" | "-"));
        if venue {
            // Typed as in prose.
        } else if row == Row::Players && team {
            v.add(EntityType::Org, 3.0);
        } else if row == Row::Players && marked {
            v.add(EntityType::Person, 5.0);
        } else if depth > 0 || row == Row::Players {
            v.add(EntityType::Person, 1.0);
        } else if sport.is_some_and(|story| story.solo) {
            // In a sport of one against one, the names in a row are the players (`Lindholm 6
            // McMillan 4` in curling, its teams named by their skips).
            if c.known.is_none() {
                v.add(EntityType::Person, 1.0);
            }
        } else if sport.is_some_and(|story| story.players.binary_search(&text).is_ok()) {
            // `Men : 1. Thoresen 142 points 2. Salmi 104`: a competitor's surname in a table.
            v.add(EntityType::Person, 1.0);
        } else if !venue && (sport.is_some_and(|story| story.headed) || !tallied(doc, line)) {
            // A city's team outweighs the gazetteer on its other mentions (`won 2-0 at
            // Leicester`), as a verb of playing does; text that places it (`in Leicester`, a
            // dateline) makes a second entity, the place.
            // So does a region's (`New England 9 5 0`); a country's is its national side,
            // still the country.
            let region = c.known.is_some_and(|k| k.kind == EntityType::Loc) && !lex.countries.contains_key(text);
            // So does a people's name that is also a club's (`Roma 1 ( Balbo 67 )`).
            let people = c.known.is_some_and(|k| k.kind == EntityType::Norp);
            v.add(EntityType::Org, if is_city(c) || region || people { 12.0 } else { 3.0 });
        }
    }
    // `Mark Regan ( Bristol )`, `Davor Suker ( Real Madrid )`: a city or an unknown name in
    // brackets after a player's is their club; a country stays the country, and an acronym
    // is the name's own (`World Health Organization ( WHO )`).
    if club_after_player(doc, line, c) && !sport.is_some_and(|story| story.solo) {
        if is_city(c) {
            v.add(EntityType::Org, 5.0);
        } else if c.known.is_none() {
            v.add(EntityType::Org, 1.5);
        }
    }
    // `Ajax Amsterdam`, `Sparta Prague`, `Werder Bremen`: in a sports story, a name that
    // ends in a city and opens with no given name is a club.
    let ends_in_city = || {
        text.rsplit_once(' ').is_some_and(|(_, city)| {
            lex.by_name
                .get(city)
                .is_some_and(|&k| lex.known[k].kind == EntityType::Gpe && lex.known[k].canonical.is_none())
        })
    };
    if sport.is_some()
        && c.known.is_none()
        && (2..=3).contains(&words.len())
        && lex.first_names.get(first).is_none_or(|&(_, ambiguous)| ambiguous)
        && !words.iter().any(|w| w.ends_with('.'))
        && ends_in_city()
    {
        v.add(EntityType::Org, 2.0);
    }
    // `title rivals Essex , Derbyshire and Surrey`: in a sports story, a city or a county
    // is its team.
    if sport.is_some_and(|story| names_team(doc, line, c, story)) {
        v.add(EntityType::Org, 5.0);
    }
    // `KENT V SURREY`, `Kent first innings`: in a sports story, a city or a county beside
    // the `v` of a fixture, or before its innings, is its side.
    if sport.is_some() && is_city(c) && side_of_fixture(doc, line, c) {
        v.add(EntityType::Org, 5.0);
    }
    // `2. Damon Hill ( Britain ) Williams 1:50.980`: in a ranked row, the name after a
    // player's country in brackets is their team, even one named like a country (`10.
    // Martin Brundle ( Britain ) Jordan 1:41.600`).
    // `1. David O'Connor ( U.S. ) Custom Made 40.2`: in a sport of riders, the horse.
    if team_after_country(doc, line, c) {
        if sport.is_some_and(|story| story.horses) {
            v.add(EntityType::Other, 5.0);
        } else {
            v.add(EntityType::Org, 5.0);
        }
    }
    if c.known.is_none() && horse_with_rider(doc, line, c) {
        v.add(EntityType::Other, 6.0);
    }
    if let Some(kind) = sport.filter(|story| story.horses).and_then(|_| in_racing_row(doc, line, c)) {
        v.add(kind, 6.0);
    }
    // `Sampras ( U.S. ) beat Enqvist ( Sweden )`: a player with their country in brackets;
    // in a row of results too, where it outweighs the row's teams (`2. Ato Boldon ( Nigeria )
    // 10.09`).
    // Not in a row of two teams' scores (`THW Kiel ( Germany ) 27 Pick Szeged ( Hungary ) 25`).
    if c.known.is_none() && country_in_brackets_after(doc, line, c) {
        if row == Row::Prose {
            v.add(EntityType::Person, 1.5);
        } else if is_fixture_row(doc, line) {
            v.add(EntityType::Org, 3.5);
        } else {
            v.add(EntityType::Person, 3.5);
        }
    }
    context_votes(doc, c, sport, &mut v);
    if v.best().1 == 0.0 {
        v.add(EntityType::Other, 0.1);
    }
    v
}

/// How much a name's strongest type must weigh, and lead the next by, to be lent to a name
/// it is listed with; the most a name lent to may weigh on its own; and the vote lent.
const LENDS: (f32, f32, f32, f32) = (2.5, 1.5, 1.0, 1.5);

/// `led by HSBC Holdings and Cheung Kong`, `Wisconsin and Michigan`: names joined by a
/// conjunction are of one kind. A name with little evidence of its own gets a vote for the
/// type of the other name when that type is clear (a person, an organisation or a place).
/// Votes lent are worked out from the votes of the text alone, so they do not chain.
pub fn listed_together(doc: &Document, cands: &[Candidate], votes: &mut [Votes]) {
    let (strong, lead, weak, vote) = LENDS;
    let text = doc.text();
    let clear = |v: &Votes| {
        let (kind, weight) = v.best();
        let second = v.0.iter().enumerate().filter(|&(k, _)| k != kind as usize).map(|(_, &w)| w).fold(0.0, f32::max);
        let listable = matches!(kind, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc);
        (listable && weight >= strong && weight - second >= lead).then_some(kind)
    };
    let open = |c: &Candidate, v: &Votes| c.known.is_none() && c.title.is_none() && v.best().1 < weak;
    let mut lent: Vec<(usize, EntityType)> = Vec::new();
    for (i, pair) in cands.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        // Candidates may overlap (a name and the acronym inside it). A comma is no
        // conjunction: as often it parts a name from its apposition.
        let joined = text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| matches!(gap, " and " | " or " | " & " | " , and " | ", and "));
        if !joined || a.sentence != b.sentence || a.possessive {
            continue;
        }
        let lend = match (clear(&votes[i]), clear(&votes[i + 1])) {
            (Some(kind), None) if open(b, &votes[i + 1]) => (i + 1, kind),
            (None, Some(kind)) if open(a, &votes[i]) => (i, kind),
            _ => continue,
        };
        // `the president of the Acme Party and Jane Doe`, `Jane Doe of Acme and Joe Bloggs
        // of Emca`, `by Jo Doe in Paris and Joe Bloggs in Rome`: a name attached by a
        // preposition is no item of the list; nor is one that has its own after it.
        let before = text[..a.span.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let attached = before.rsplit(' ').next() == Some("of");
        let mut after = text[b.span.end..].splitn(4, ' ');
        let own = after.next() == Some("")
            && after.next().is_some_and(|w| is_venue_preposition(w) || w == "of" || w == "from")
            && after.next().is_some_and(|w| w.starts_with(char::is_uppercase) || w == "the");
        if !attached && !own {
            lent.push(lend);
        }
    }
    for (i, kind) in lent {
        votes[i].add(kind, vote);
    }
}

/// Whether `said` (or another speech verb) follows the name, then `it`, maybe after a day
/// (`on Friday`) or `in a statement`; and if so, whether a verb of plans follows (`it would`,
/// `it has`).
pub(super) fn says_it(doc: &Document, c: &Candidate) -> Option<bool> {
    if c.possessive {
        return None;
    }
    let s = &doc.sentences()[c.sentence];
    let tokens = &doc.tokens()[s.tokens.clone()];
    let after = tokens.partition_point(|t| t.span.start < c.span.end);
    let word = |k: usize| tokens.get(k).map_or("", |t| doc.slice(t.span));
    if !LEXICONS.is_speech_cue(word(after)) {
        return None;
    }
    let mut k = after + 1;
    if word(k) == "on" && LEXICONS.dates.contains(word(k + 1)) {
        k += 2;
    } else if LEXICONS.dates.contains(word(k)) {
        // `Quillpad said Tuesday that it would …`, as American wire copy writes it.
        k += 1;
    } else if word(k) == "in" && word(k + 1) == "a" && word(k + 2) == "statement" {
        k += 3;
        if word(k) == "," {
            k += 1;
        }
    }
    if word(k) == "that" {
        k += 1;
    }
    let plans = matches!(word(k + 1), "would" | "will" | "had" | "has" | "could" | "plans" | "planned" | "expects");
    (word(k) == "it").then_some(plans)
}

/// A document that reports on matches, with the last words of its longer names (a player
/// `Samuel Washington` is no city of `Washington` later on).
pub struct SportsStory<'d> {
    surnames: Vec<&'d str>,
    /// The last words of competitors' names, sorted: those with a country in brackets after
    /// them (`Janne Salmi ( Finland )`).
    players: Vec<&'d str>,
    /// Whether a heading names a sport played by one against one (`TENNIS -`).
    solo: bool,
    /// Whether a heading names a sport at all (`LACROSSE -`).
    headed: bool,
    /// Whether a heading names a sport of riders and horses (`EQUESTRIANISM -`).
    horses: bool,
}

/// The document as a sports story, when it is one: a line is a row of results or of
/// players, a heading opens with a sport (`CRICKET -`), or a name beats another
/// (`Leicestershire beat Somerset`).
pub fn sports_story<'d>(doc: &'d Document, cands: &[Candidate], rows: &[Row]) -> Option<SportsStory<'d>> {
    let lex = &*LEXICONS;
    // The sport a heading opens with, if any.
    let heading_sport = doc.paragraphs().iter().find_map(|p| {
        let s = doc.sentences().get(p.sentences.start)?;
        let tokens = &doc.tokens()[s.tokens.clone()];
        let role = tokens.first().and_then(|t| lex.words.get(doc.slice(t.span)))?;
        (matches!(role, Role::Sport | Role::SoloSport | Role::HorseSport)
            && tokens.iter().take(3).any(|t| doc.slice(t.span) == "-"))
        .then_some(*role)
    });
    let beats = |a: &Candidate, b: &Candidate| {
        a.sentence == b.sentence && a.span.end < b.span.start && {
            let mut gap = doc.text()[a.span.end..b.span.start].split_whitespace();
            gap.next().is_some_and(|verb| lex.words.get(verb) == Some(&Role::MatchVerb)) && gap.all(is_match_filler)
        }
    };
    let sport = rows.iter().any(|&r| r != Row::Prose)
        || heading_sport.is_some()
        || cands.windows(2).any(|w| beats(&w[0], &w[1]));
    sport.then(|| {
        let mut surnames: Vec<&str> =
            cands.iter().filter_map(|c| doc.slice(c.span).rsplit_once(' ').map(|(_, last)| last)).collect();
        surnames.sort_unstable();
        surnames.dedup();
        // `Janne Salmi ( Finland ) 1:34:20`: a name of two or three words with a country in
        // brackets after it is a competitor's; its last word alone is that competitor's too.
        let mut players: Vec<&str> = cands
            .iter()
            .filter(|c| {
                let line = &doc.tokens()[doc.sentences()[c.sentence].tokens.clone()];
                doc.slice(c.span).contains(' ') && country_in_brackets_after(doc, line, c)
            })
            .filter_map(|c| doc.slice(c.span).rsplit_once(' ').map(|(_, last)| last))
            .collect();
        players.sort_unstable();
        players.dedup();
        SportsStory {
            surnames,
            players,
            solo: heading_sport == Some(Role::SoloSport),
            headed: heading_sport.is_some(),
            horses: heading_sport == Some(Role::HorseSport),
        }
    })
}

/// Whether a line's figures are all decimals or grouped thousands (`Glasgow 83.6 75.0`,
/// `John Smith ( Labour ) 9,941,230 38.8`): shares of a vote, votes or prices by place or
/// candidate, which a story under no sport's heading tabulates, not scores.
fn tallied(doc: &Document, line: &[Token]) -> bool {
    let mut figures = line.iter().filter(|t| t.kind == TokenKind::Number).map(|t| doc.slice(t.span)).peekable();
    figures.peek().is_some() && figures.all(|f| f.contains(['.', ',']))
}

/// Whether a city or a county is named as its team in a sports story: in running text, not
/// as a venue (`at Worcester`, `In Tokyo`, `the town of Uvira`), not in capitals (a dateline), not opening a paragraph
/// before a comma or a dash (`Athens, April 22 —`), and not as a player's surname.
fn names_team(doc: &Document, line: &[Token], c: &Candidate, story: &SportsStory) -> bool {
    let paragraph = &doc.paragraphs()[doc.sentences()[c.sentence].paragraph];
    let text = doc.slice(c.span);
    if !is_city(c)
        || c.known.is_some_and(|k| k.ambiguous)
        || paragraph.kind != ParagraphKind::Prose
        || !text.chars().any(char::is_lowercase)
    {
        return false;
    }
    let at = line.partition_point(|t| t.span.end <= c.span.start);
    let word = |k: usize| line.get(k).map(|t| doc.slice(t.span));
    // `the former Mexican champion from Guadalajara`: a hometown (not `signed from Leeds`).
    let hometown = at > 1
        && word(at - 1) == Some("from")
        && word(at - 2).is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with("ed")
                && !matches!(w, "loan" | "transfer" | "move" | "switch" | "away" | "back")
        });
    let venue = hometown
        || at > 0
            && (word(at - 1).is_some_and(is_venue_preposition)
                || at > 1
                    && word(at - 1) == Some("of")
                    && word(at - 2).is_some_and(|w| LEXICONS.words.get(w) == Some(&Role::PlaceNoun)));
    let after = line.partition_point(|t| t.span.start < c.span.end);
    let dateline =
        at == 0 && paragraph.sentences.start == c.sentence && matches!(word(after), Some("," | "-" | "—" | "–" | "("));
    // `from Cape Town to Fremantle`: the ends of a route.
    let route = at > 0
        && (word(at - 1) == Some("from") && word(after) == Some("to")
            || word(at - 1) == Some("to") && (at.saturating_sub(6)..at - 1).any(|k| word(k) == Some("from")));
    // `the Western Australia coast`: a noun for a kind of place after it.
    let place_noun =
        word(after).is_some_and(|w| matches!(LEXICONS.words.get(w), Some(Role::PlaceKind | Role::PlaceNoun)));
    !venue && !dateline && !route && !place_noun && !story.solo && story.surnames.binary_search(&text).is_err()
}

/// Whether a name stands beside the `v` of a fixture (`KENT V SURREY`, `Essex vs Kent`) or
/// before its side's innings (`Kent first innings`).
fn side_of_fixture(doc: &Document, line: &[Token], c: &Candidate) -> bool {
    let at = line.partition_point(|t| t.span.end <= c.span.start);
    let after = line.partition_point(|t| t.span.start < c.span.end);
    let word = |k: usize| line.get(k).map(|t| doc.slice(t.span));
    let versus = |w: Option<&str>| matches!(w, Some("v" | "V" | "v." | "vs" | "VS" | "vs."));
    versus(word(after))
        || at > 0 && versus(word(at - 1))
        || matches!(word(after), Some("first" | "second")) && word(after + 1) == Some("innings")
}

/// Whether a word may stand between a verb of a match and the other side (`drew 1-1 with`,
/// `beat the`): a score's figures and dash, `with`, `to`, `against` or `the`.
fn is_match_filler(word: &str) -> bool {
    matches!(word, "with" | "to" | "against" | "the" | "-")
        || word.bytes().all(|b| b.is_ascii_digit() || b == b'-') && word.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a word, in any case, says where something is or happens (`in`, `at`): a name
/// after it is a venue, not a team, and not the subject of a verb after it.
fn is_venue_preposition(word: &str) -> bool {
    ["in", "at", "near", "outside"].iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Whether the gazetteer knows the name as a city or a region, not a country: a place whose
/// name is also its team's (`Leicestershire`, `Newcastle`).
fn is_city(c: &Candidate) -> bool {
    c.known.is_some_and(|k| k.kind == EntityType::Gpe && k.canonical.is_none())
}

/// Whether a name stands in brackets right after a person's, before `)` or a comma
/// (`Regan ( Bristol )`), and is no acronym.
fn club_after_player(doc: &Document, line: &[Token], c: &Candidate) -> bool {
    let before = line.partition_point(|t| t.span.end <= c.span.start);
    if before < 2 || doc.slice(line[before - 1].span) != "(" || is_acronym(doc.slice(c.span)) {
        return false;
    }
    let player = doc.slice(line[before - 2].span);
    // `Thailand ( Suriyan Peachan , Pornchai Kaokaew )`: a list of a national side's players
    // (not `Telefonos de Mexico ( Telmex )`, a name's short form).
    let country = LEXICONS.by_name.get(player).is_some_and(|&k| LEXICONS.known[k].canonical.is_some());
    let listed = line.iter().skip(before).find(|t| t.kind != TokenKind::Word).is_some_and(|t| doc.slice(t.span) == ",");
    let national_side = country && listed;
    !is_acronym(player) && !national_side && super::mentions::club_in_brackets(doc, line, before - 1)
}

/// Whether a name follows a player's country in brackets on a line that opens with a rank:
/// a team (`3. Tony Rominger ( Switzerland ) Mapei at 12 seconds`).
fn team_after_country(doc: &Document, line: &[Token], c: &Candidate) -> bool {
    // Most names are ruled out by the bytes before them.
    let head = doc.text()[..c.span.start].trim_end();
    if !head.ends_with(')') || line.first().is_none_or(|t| t.kind != TokenKind::Number) {
        return false;
    }
    let before = line.partition_point(|t| t.span.end <= c.span.start);
    let Some(open) = (before.saturating_sub(5)..before).rev().find(|&k| doc.slice(line[k].span) == "(") else {
        return false;
    };
    let player = open.checked_sub(1).map(|k| &line[k]);
    player.is_some_and(|t| t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase))
        && super::mentions::bracketed_known(doc, line, open)
            .is_some_and(|k| k.kind == EntityType::Gpe && k.canonical.is_some())
}

/// Whether the name is a runner in a race's result, its rider in brackets and its starting
/// price after them (`1. Silver Sabre ( Tony McCoy ) 7-4 favourite`, `Lord Of The Glen (
/// Mick Fitzgerald ) 9-2`).
fn horse_with_rider(doc: &Document, line: &[Token], c: &Candidate) -> bool {
    let after = line.partition_point(|t| t.span.start < c.span.end);
    if line.get(after).is_none_or(|t| doc.slice(t.span) != "(") {
        return false;
    }
    let Some(close) = (after + 2..line.len().min(after + 7)).find(|&k| doc.slice(line[k].span) == ")") else {
        return false;
    };
    // `7-4` as one token or as a figure, a glued dash and a figure.
    let digits = |k: usize| line.get(k).is_some_and(|t| doc.slice(t.span).bytes().all(|x| x.is_ascii_digit()));
    let glued = |k: usize| line.get(k + 1).is_some_and(|n| line[k].span.end == n.span.start);
    let price = |k: usize| {
        line.get(k).is_some_and(|t| doc.slice(t.span).eq_ignore_ascii_case("evens"))
            || digits(k)
                && glued(k)
                && line.get(k + 1).is_some_and(|t| doc.slice(t.span) == "-")
                && glued(k + 1)
                && digits(k + 2)
    };
    // A rider is no country (`Tiger Woods ( U.S. ) 70-66-68`), and a price has two figures.
    let rider = (after + 1..close).all(|k| line[k].kind == TokenKind::Word || doc.slice(line[k].span) == ".")
        && super::mentions::bracketed_known(doc, line, after).is_none();
    let more = line.get(close + 4).is_some_and(|t| doc.slice(t.span) == "-" && glued(close + 3));
    rider && price(close + 1) && !more
}

/// Whom a racing result row names: the trainer after their label (`Trainer : Barry
/// Hills`), a PERSON; in brackets, the jockey after the horse (`1. Desert Captain ( Frankie
/// Dettori ) 10-1`), a PERSON, or the trainer's yard after the trainer (`Trainer : Barry
/// Hills ( Lambourn )`), a place. The candidate's type, if it is one.
fn in_racing_row(doc: &Document, line: &[Token], c: &Candidate) -> Option<EntityType> {
    let before = line.partition_point(|t| t.span.end <= c.span.start);
    let after = line.partition_point(|t| t.span.start < c.span.end);
    let text = |k: usize| line.get(k).map_or("", |t| doc.slice(t.span));
    if before >= 2 && text(before - 1) == ":" && text(before - 2) == "Trainer" {
        return Some(EntityType::Person);
    }
    if before == 0 || text(before - 1) != "(" || text(after) != ")" {
        return None;
    }
    if (0..before).any(|k| text(k) == "Trainer" && text(k + 1) == ":") {
        return Some(EntityType::Gpe);
    }
    // The horse before the bracket, and the rider's in it (`horse_with_rider` reads the same
    // row from the horse's side).
    let horse = before >= 2 && line[before - 2].kind == TokenKind::Word;
    let ranked = line.first().is_some_and(|t| t.kind == TokenKind::Number) && text(1) == ".";
    (horse && ranked && c.known.is_none()).then_some(EntityType::Person)
}

/// Whether a row of results gives two sides each with its country in brackets and its
/// score after it (`Kolding IF ( Denmark ) 24 CSKA Moscow ( Russia ) 24`): a match between
/// clubs, where a ranked row of players opens with its place (`2. Ato Boldon ( Trinidad )
/// 10.09`).
fn is_fixture_row(doc: &Document, line: &[Token]) -> bool {
    if line.first().is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let scored = line.windows(2).filter(|w| w[1].kind == TokenKind::Number && doc.slice(w[0].span) == ")").count();
    scored >= 2
}

/// Whether a word in lower case names a kind of place before `of`, in the singular or the
/// plural (`town`, `provinces`, `counties`), or, before a name that opens with no given
/// name (`owner`), a kind of place that follows names too (`the district of Zirkuh`, not
/// `the camp of Laurent Kabila`).
fn is_place_noun(word: &str, owner: &str) -> bool {
    let lex = &*LEXICONS;
    let place = |w: &str| match lex.words.get(w) {
        Some(Role::PlaceNoun) => true,
        Some(Role::PlaceKind) => !lex.is_given_name(owner),
        _ => false,
    };
    place(word)
        || word.strip_suffix('s').is_some_and(place)
        || word.strip_suffix("ies").is_some_and(|stem| {
            // `counties` → `county`, spelled in a buffer rather than a new string.
            let mut buf = [0u8; 24];
            let n = stem.len();
            n < buf.len() && {
                buf[..n].copy_from_slice(stem.as_bytes());
                buf[n] = b'y';
                std::str::from_utf8(&buf[..=n]).is_ok_and(place)
            }
        })
}

/// Whether a country the gazetteer knows follows a name in brackets (`Enqvist (Sweden)`).
fn country_in_brackets_after(doc: &Document, line: &[Token], c: &Candidate) -> bool {
    // Most names are ruled out by the bytes after them, before any token is looked up.
    let tail = &doc.text().as_bytes()[c.span.end..];
    if !(tail.starts_with(b"(") || tail.starts_with(b" (")) {
        return false;
    }
    let after = line.partition_point(|t| t.span.start < c.span.end);
    super::mentions::bracketed_known(doc, line, after)
        .is_some_and(|k| k.kind == EntityType::Gpe && k.canonical.is_some())
}

/// Whether a capitalised word that is no common word ends as family names do (`Gorbachev`,
/// `Andersson`), with at least three bytes before the ending.
fn has_surname_ending(word: &str) -> bool {
    let lex = &*LEXICONS;
    // Most words end in no ending's last byte and are ruled out by one table load.
    if !word.as_bytes().last().is_some_and(|&b| lex.surname_ending_bytes[b as usize]) {
        return false;
    }
    // A name word has one capital, so the ending is matched as written, in lower case.
    let ends = lex.surname_endings.iter().any(|e| word.len() >= e.len() + 3 && word.ends_with(e));
    ends && is_plain_name_word(word)
        && !word.chars().skip(1).any(char::is_uppercase)
        && !lex.not_names.contains(word)
        && !lex.words.contains_key(word)
        && !lex.first_names.contains_key(word)
        && !lex.is_english_word(word)
}

/// Whether a capitalised word is the plural of a common noun (`Kings`, `Pilots`,
/// `Rangers`, `Companies`) and not a name of its own (`Williams`, `Banks`). With `rare`,
/// the plural of a rarer English word counts too (`Hawks`, `Textiles`, `Spears`).
fn is_plural_noun(word: &str, rare: bool) -> bool {
    let lex = &*LEXICONS;
    if !plural_shaped(word) || lex.first_names.contains_key(word) {
        return false;
    }
    let stem = &word[..word.len() - 1];
    // The singular may be a surname too (`King`); the plural as written is what must not be.
    let common = |w: &str| lex.not_names.contains(w) || lex.surnames.contains(w);
    if common(stem)
        || lex.not_names.contains(word)
        || lex.titles.contains_key(stem)
        || rare && lex.is_english_word(stem)
    {
        return true;
    }
    let rarer = |w: &str| common(w) || rare && lex.is_english_word(w);
    // `Foxes` → `Fox`, but not `Moses` → `Mos`.
    if rare && stem.strip_suffix('e').is_some_and(rarer) {
        return true;
    }
    // `Companies` → `Company`, `Wolves` → `Wolf`: the singular respelt.
    let respelt = |base: &str, end: u8, known: &dyn Fn(&str) -> bool| {
        let mut buf = [0u8; 32];
        base.len() < buf.len() && {
            buf[..base.len()].copy_from_slice(base.as_bytes());
            buf[base.len()] = end;
            std::str::from_utf8(&buf[..=base.len()]).is_ok_and(known)
        }
    };
    stem.strip_suffix("ie").is_some_and(|base| respelt(base, b'y', &common))
        || stem.strip_suffix("ve").is_some_and(|base| respelt(base, b'f', &rarer))
}

/// Whether a capitalised word looks like a plural (`Herons`, not `Ross`) and is not a
/// surname as written (`Williams`).
pub(super) fn plural_shaped(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !LEXICONS.surnames.contains(word)
}

/// A word like `Smith` or `O’Neill` or `Okafor-Lind`.
fn is_plain_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(|c| c.is_lowercase() || matches!(c, '-' | '’' | '\'') || c.is_uppercase())
        && w.chars().filter(|c| c.is_uppercase()).count() <= 3
        && w.chars().count() >= 2
        && !w.chars().skip(1).all(char::is_uppercase)
}

/// Whether `word` is a verb that takes a person in (`brought in`, `sworn in`): the name
/// after its `in` is no place.
fn takes_in(word: &str) -> bool {
    matches!(word, "brought" | "bring" | "brings" | "bringing" | "ushered" | "sworn" | "voted" | "drafted" | "roped")
}

/// Evidence from the words around the candidate.
fn context_votes(doc: &Document, c: &Candidate, sport: Option<&SportsStory>, v: &mut Votes) {
    let lex = &*LEXICONS;
    let s = &doc.sentences()[c.sentence];
    let tokens = &doc.tokens()[s.tokens.clone()];
    let after = tokens.partition_point(|t| t.span.start < c.span.end);
    let before = tokens.partition_point(|t| t.span.end <= c.span.start);
    let word = |k: usize| tokens.get(k).map(|t| doc.slice(t.span));
    // The name, its last word, and whether it is one word.
    let name = doc.slice(c.span);
    let last_word = name.rsplit([' ', '\u{a0}']).next().unwrap_or("");
    // Its role, looked up once for the tests below.
    let last_role = lex.words.get(last_word);
    let one_word = !name.contains([' ', '\u{a0}']);
    // The token after the name (a possessive `’s` is part of the name's last token).
    let a = after;
    let next = word(a);
    let next2 = word(a + 1);
    // Not after a preposition of place: in `the prosecutor's office in Neufchateau said`,
    // the office speaks; in `the 22-year-old from Kuopio said`, the one from there.
    // (Not the person a phrasal verb takes in: `brought in Prasong Wongsakul`.)
    let venue = before > 0
        && word(before - 1).is_some_and(is_venue_preposition)
        && !(word(before - 1) == Some("in") && before > 1 && word(before - 2).is_some_and(takes_in));
    let placed = venue || before > 0 && word(before - 1) == Some("from");
    if next.is_some_and(|w| lex.is_speech_subject(w)) && !c.possessive && !placed {
        if one_word && c.title.is_none() && lex.capitals.contains(name) {
            // `Washington said`, `Moscow said`: a capital speaks for its government.
            v.add(EntityType::Gpe, 1.0);
        } else {
            v.add(EntityType::Person, 1.0);
            v.add(EntityType::Org, 0.4);
        }
    }
    // `Karen rebels`, `the Karen`, `ethnic Sami`: a people that is also a given name, as a
    // people, by the plural noun it qualifies or the word before it.
    if one_word && c.known.is_some_and(|k| k.kind == EntityType::Norp && k.ambiguous) && c.title.is_none() {
        let plural = next.is_some_and(|w| w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase))
            && !next.is_some_and(|w| lex.is_speech_subject(w));
        let group = before > 0 && matches!(word(before - 1), Some("the" | "The" | "ethnic" | "Ethnic"));
        if plural || group {
            v.add(EntityType::Norp, 2.0);
        }
    }
    // `riding for Festina`, `played for Valencia`: whom a player plays for is a team, a
    // club named by its city too (a country's side stays the country, as newswire NER data
    // types it).
    let plays = before >= 2
        && word(before - 1) == Some("for")
        && word(before - 2).is_some_and(|w| {
            matches!(
                w,
                "riding"
                    | "rides"
                    | "rode"
                    | "ride"
                    | "playing"
                    | "plays"
                    | "played"
                    | "play"
                    | "racing"
                    | "races"
                    | "raced"
                    | "scored"
                    | "scoring"
            )
        });
    if plays && !c.possessive && c.title.is_none() && !lex.is_given_name(name.split(' ').next().unwrap_or("")) {
        match c.known {
            None => v.add(EntityType::Org, 2.5),
            Some(k) if k.kind == EntityType::Gpe && k.canonical.is_none() => v.add(EntityType::Org, 5.0),
            _ => {}
        }
    }
    // `the Mars Pathfinder spacecraft`, `the Soyuz capsule`: a name no list knows before a
    // kind of spacecraft is the craft (a ship's kind after a name may be its owner's: `an
    // Acme tanker`).
    // (Every such word has six letters or more: most words are ruled out before a lookup.)
    let spacecraft =
        next.is_some_and(|w| w.len() >= 6 && lex.words.get(w.trim_end_matches('s')) == Some(&Role::Spacecraft));
    if spacecraft
        && c.known.is_none()
        && c.title.is_none()
        && !c.possessive
        && !is_acronym(name)
        && !lex.first_names.contains_key(name.split(' ').next().unwrap_or(""))
    {
        v.add(EntityType::Product, 3.0);
    }
    // `the Acholi people`, `the Hmong tribe`: a name no list knows before what a people is,
    // after `the`, is the people.
    let people_noun = matches!(next, Some("people" | "peoples" | "tribe" | "tribes" | "clan" | "clans"));
    if one_word && people_noun && c.known.is_none() && !c.possessive && before > 0 && word(before - 1) == Some("the") {
        v.add(EntityType::Norp, 2.0);
    }
    // `Alcatel chairman Serge Tchuruk`, `Acme chief executive Jane Roe`: what a chairman
    // heads before their name is a firm (a founder may have founded a project or a site).
    let heads =
        matches!(next, Some("chairman" | "chairwoman" | "CEO")) || next == Some("chief") && next2 == Some("executive");
    if heads && c.known.is_none() && !c.possessive && c.title.is_none() {
        v.add(EntityType::Org, 2.0);
    }
    // `At Villa Park , Birmingham :`: the town of a ground, over a sports story's results,
    // is the town, not its club.
    let ground_town = before >= 3
        && matches!(word(0), Some("At" | "In"))
        && word(before - 1) == Some(",")
        && (matches!(next, None | Some(":")) || next == Some(".") && next2.is_none())
        && !lex.is_given_name(name.split(' ').next().unwrap_or(""));
    if ground_town && !c.possessive {
        v.add(EntityType::Gpe, 3.0);
    }
    // `At Headingley : Lancashire 402`: the ground over a line of results.
    if before == 1 && matches!(word(0), Some("At" | "In")) && next == Some(":") && c.known.is_none() {
        v.add(EntityType::Loc, 2.0);
    }
    // `the Dayton peace agreement`, `the Helsinki accords`: a name no list knows before an
    // accord names the accord.
    let accord = |w: Option<&str>| w.is_some_and(|w| lex.words.get(w) == Some(&Role::Accord));
    if c.known.is_none() && !c.possessive && (accord(next) || next == Some("peace") && accord(next2)) {
        v.add(EntityType::Law, 2.0);
    }
    // `the Maastricht treaty`, `the Kyoto protocol`: so does a city the lists know, after
    // `the`; a country stays the country (`the Iraq agreement`).
    let the_before = before > 0 && word(before - 1).is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if the_before && is_city(c) && !c.possessive && accord(next) {
        v.add(EntityType::Law, 6.0);
    }
    // `beat Scotland at Twickenham on Saturday`, `drew 2-2 at the Maracana`: in a sports
    // story, one word no list knows after `at` is the ground (a side's city is its own
    // team by the rows).
    let at = before > 0
        && (word(before - 1) == Some("at")
            || before > 1 && word(before - 1) == Some("the") && word(before - 2) == Some("at"));
    let ends = matches!(next, None | Some("on" | "in" | "," | "." | ";" | "last" | "this" | "next"));
    if sport.is_some() && at && ends && one_word && c.known.is_none() && !c.possessive && !lex.is_given_name(name) {
        v.add(EntityType::Loc, 1.5);
    }
    // `at the Nou Camp`, `off the Cap Gris-Nez`: a person's name of two words takes no
    // article, and one after a preposition of place is most likely the place.
    let first_word = name.split([' ', '\u{a0}']).next().unwrap_or("");
    // So is one without the article that opens with no given name and ends in no common
    // word (`the base at Tang Krasang`, `in Anlong Veng`; not `at Nordavik Paper`).
    if venue
        && name.split([' ', '\u{a0}']).count() == 2
        && c.known.is_none()
        && c.title.is_none()
        && !c.possessive
        && !lex.is_given_name(first_word)
        && !lex.org_suffixes.contains(last_word)
        && !lex.not_names.contains(last_word)
        && !lex.is_english_word(last_word)
    {
        v.add(EntityType::Gpe, 1.0);
    }
    if before > 0
        && !one_word
        && word(before - 1) == Some("the")
        && c.title.is_none()
        && c.known.is_none()
        && !lex.is_given_name(first_word)
        && !lex.by_name.contains_key(first_word)
        && !lex.org_suffixes.contains(last_word)
    {
        v.add(EntityType::Person, -1.0);
        if before > 1 && word(before - 2).is_some_and(is_venue_preposition) {
            v.add(EntityType::Loc, 1.0);
        }
    }
    // `Dutchman Siemerink`, `New Zealander Nobilo`: a name right after a nationality is a
    // person's, as sports copy introduces players.
    let national = |k: usize| {
        word(k).is_some_and(|w| lex.nationals.contains(w))
            || k > 0
                && tokens[k - 1].span.end + 1 == tokens[k].span.start
                && lex.nationals.contains(&doc.text()[tokens[k - 1].span.start..tokens[k].span.end])
    };
    if c.known.is_none()
        && before > 0
        && tokens[before - 1].span.end + 1 == c.span.start
        && national(before - 1)
        && name.chars().next().is_some_and(char::is_uppercase)
    {
        v.add(EntityType::Person, 3.0);
    }
    // `at Ellis Park`, `at Grace Road`: a place, though its first word is a given name and
    // its last a surname.
    if before > 0
        && word(before - 1).is_some_and(|w| w.eq_ignore_ascii_case("at"))
        && !c.possessive
        && !one_word
        && last_role == Some(&Role::PlaceEnd)
    {
        v.add(EntityType::Loc, 2.0);
    }
    // `at Novye Atagi , south of Grozny`, `near Novye Atagi`: a place placed by another or
    // near which something is.
    let compass = matches!(
        next2,
        Some("north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest")
    );
    let placed_by_compass = next == Some(",") && compass && word(a + 2) == Some("of");
    let near = before > 0 && word(before - 1) == Some("near");
    if (placed_by_compass || near) && !c.possessive && c.title.is_none() {
        v.add(EntityType::Gpe, 2.0);
    }
    // `chief economist at Kestrel Research`, `a volunteer with Open Harbor Relief`: where a
    // person works.
    let mut k = before;
    if k > 0 && word(k - 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        k -= 1;
    }
    // Not `for`: `a spokesperson for Menon` is as often a person.
    let employer = match word(k.wrapping_sub(1)) {
        Some("at") => 3.0,
        Some("with") => 2.0,
        _ => 0.0,
    };
    // The role, or roles (`analysts at ING Barings`), in lower case or opening the sentence.
    let role = |w: &str| {
        let mut buf = [0u8; 24];
        let opens = k == 2 && w.starts_with(|ch: char| ch.is_ascii_uppercase());
        let Some(w) = super::lexicons::ascii_lower(w, &mut buf).filter(|lower| opens || lower == &w) else {
            return false;
        };
        lex.titles.contains_key(w) || w.strip_suffix('s').is_some_and(|one| lex.titles.contains_key(one))
    };
    if employer > 0.0
        && k >= 2
        && word(k - 2).is_some_and(role)
        && c.known.is_none_or(|known| known.ambiguous)
        && c.title.is_none()
    {
        v.add(EntityType::Org, employer);
    }
    // `Orrin said on Wednesday it would delay a plan`: a one-word name that speaks of its
    // plans as `it` is no person, even a given name. (The whole cluster is looked at
    // again, for `it was`, in `cluster::speaks_as_organisation`.)
    if one_word && says_it(doc, c) == Some(true) {
        v.add(EntityType::Org, 2.0);
    }
    // `Merrill Lynch raised its rating`: what acts on `its` own is no person. After a
    // speech verb, `its` may be another's (`Doe said its sales fell`).
    if next2 == Some("its") && !c.possessive {
        if let Some(verb) = next.filter(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
            v.add(EntityType::Org, if lex.is_speech_cue(verb) { 0.5 } else { 2.5 });
        }
    }
    // `retailer Cifra`, `Monterrey glassmaker Vitro`, `the telecoms regulator Oftel`: a noun
    // for what a firm does right before the name, in lower case or opening the sentence (not
    // the end of another name: `Kestrel Brewing Group Yusuf Park`). Not an institution's
    // noun, which may be a verb's object before another name (`told the court Brennan's
    // son …`).
    let mut buf = [0u8; 24];
    let kind_before = before > 0
        && (before == 1 || word(before - 1).is_some_and(|w| w.starts_with(char::is_lowercase)))
        && word(before - 1).is_some_and(|w| {
            // The endings first: most words before a name have none of them.
            (w.ends_with("er") || w.ends_with("or"))
                && super::lexicons::ascii_lower(w, &mut buf).is_some_and(|lower| {
                    lower.len() > 7 && lower.ends_with("maker") || lex.words.get(lower) == Some(&Role::OrgNoun)
                })
        });
    // (Not before a given name and a surname: `miner Nikolai Chernykh`.)
    let person_named = || name.split_once(' ').is_some_and(|(given, _)| lex.is_given_name(given));
    if kind_before && !c.possessive && c.known.is_none() && c.title.is_none() && !person_named() {
        v.add(EntityType::Org, 2.0);
    }
    // `REDWOOD SHORES , Calif.`, `Ashby Falls, Mont.`: a town before its state.
    if next == Some(",") && super::words::state_abbreviation_end(doc, tokens, a + 1).is_some() {
        v.add(EntityType::Gpe, 3.0);
    }
    // `Scientology officials`, `Google employees`, `the Acme group`: a name before the
    // people or the kind of an organisation names the organisation.
    let next_role = next.and_then(|w| lex.words.get(w));
    if matches!(next_role, Some(Role::OrgMember | Role::OrgNoun)) && !c.possessive {
        v.add(EntityType::Org, 1.0);
    }
    // `the Rothschild family`, `the Gandhi dynasty`: a surname before its kin.
    if matches!(next, Some("family" | "families" | "clan" | "dynasty")) && !c.possessive && c.known.is_none() {
        v.add(EntityType::Person, 2.0);
    }
    // `the official Antara news agency`, `the Interfax news agency`: a news organisation,
    // which the verbs of quoting after it do not make a person (not `the Kuwaiti news
    // agency`, a country's people's; but `the Anatolian news agency` is named after a region).
    let people = lex.nationals.contains(doc.slice(c.span));
    if next == Some("news")
        && next2.is_some_and(|w| lex.words.get(w) == Some(&Role::OrgNoun))
        && !c.possessive
        && !people
    {
        v.add(EntityType::Org, 5.0);
    }
    // `Arsenal 2 ( Whitmore 23 , Okafor 60 )`: in brackets after a score, a name and a
    // minute are a scorer.
    let minute = next.is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    let opened = || {
        let mut depth = 0i32;
        for k in (0..before).rev() {
            match word(k) {
                Some(")") => depth -= 1,
                Some("(") => depth += 1,
                _ => {}
            }
            if depth > 0 {
                return k > 0 && tokens[k - 1].kind == crate::document::TokenKind::Number;
            }
        }
        false
    };
    if minute && before > 0 && matches!(word(before - 1), Some("(" | ",")) && c.known.is_none() && opened() {
        v.add(EntityType::Person, 1.5);
    }
    // `( Benedek 3 , Kasas 2 , Fodor , Varga )`: so is one who scored once, listed with no
    // figure, in the same brackets after a score.
    let listed = matches!(next, Some("," | ")"));
    if !minute && listed && before > 0 && word(before - 1) == Some(",") && c.known.is_none() && opened() {
        v.add(EntityType::Person, 1.0);
    }
    // `Leicestershire beat Somerset`, `Leeds drew with Everton`: a city or a county that
    // beats or is beaten is its team; a country stays the country (its national side).
    let city = is_city(c);
    let plays = |w: Option<&str>| w.is_some_and(|w| lex.words.get(w) == Some(&Role::MatchVerb));
    // `drew 1-1 with Liverpool`: a score and a preposition may stand between.
    // In a sports story, so is a side that is met, faced, played or hosted (`Stockport, who
    // meet Middlesbrough in the semi-finals`).
    let meets = |w: Option<&str>| {
        sport.is_some()
            && w.is_some_and(|w| {
                matches!(
                    w,
                    "meet" | "meets" | "face" | "faces" | "play" | "plays" | "host" | "hosts" | "visit" | "visits"
                )
            })
    };
    let played = || {
        plays(next)
            || (before.saturating_sub(6)..before)
                .rev()
                .find(|&k| !word(k).is_some_and(is_match_filler))
                .is_some_and(|k| plays(word(k)) || meets(word(k)) && k + 1 == before)
    };
    // It outweighs the gazetteer on every other mention of the name in the document.
    if city && !c.possessive && played() {
        v.add(EntityType::Org, 12.0);
    }
    // `Vicenza beat Piacenza 2-0`: a one-word name no list knows that beats or is beaten
    // leans to a team; a player named in full elsewhere outweighs it (`Seles beat Graf`).
    // In a story of a sport played one against one, it is a player (`Musashimaru beat Kaio`).
    if c.known.is_none() && !c.possessive && c.title.is_none() && one_word && played() {
        let solo = sport.is_some_and(|story| story.solo);
        v.add(if solo { EntityType::Person } else { EntityType::Org }, 1.0);
    }
    // `Newcastle manager Kevin Keegan`, `Blackburn captain Tim Sherwood`, `Chelsea 's
    // player-manager`: a city or an unknown name before a place in a team is the team; a
    // country stays the country.
    let role_at = match (next, next2) {
        (Some("'s" | "’s"), _) => a + 1,
        (Some("'" | "’"), Some("s")) => a + 2,
        _ => a,
    };
    let team_role = |k: usize| {
        let role = if k == a { next_role } else { word(k).and_then(|w| lex.words.get(w)) };
        role == Some(&Role::TeamRole)
    };
    // `player-manager`, as a tokenizer splits it.
    if (city || c.known.is_none()) && (team_role(role_at) || word(role_at + 1) == Some("-") && team_role(role_at + 2)) {
        if city {
            v.add(EntityType::Org, 12.0);
        } else {
            // A player's coach is rarer than a club's (`Agassi's coach`).
            let possessive = c.possessive || role_at > a;
            v.add(EntityType::Org, if possessive { 1.0 } else { 1.5 });
        }
    }
    // `Weah scored twice`: an unknown one-word name that scores is a player (a team is
    // mostly named in full, or in a row of results, which outweighs this).
    if next_role == Some(&Role::GoalVerb) && c.known.is_none() && !c.possessive && one_word {
        v.add(EntityType::Person, 1.0);
    }
    // `Hutchison Whampoa gained 1.25 dollars`, `Telkom lost 75 rupiah`: a name whose price
    // moves is a listed company.
    // Not a score (`Graf lost 6-3 6-4`); a fraction of a dollar is a price (`fell 1-1/4`).
    let figure = |w: Option<&str>| {
        w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && (!w.contains('-') || w.contains('/')))
    };
    // `Astra International was unchanged at 8,900`, `Hindustan Lever was up 12.00 at 1,034.00`.
    let unchanged = next == Some("was")
        && (next2 == Some("unchanged") && word(a + 2) == Some("at")
            || matches!(next2, Some("up" | "down")) && figure(word(a + 2)) && word(a + 3) == Some("at"));
    if (next_role == Some(&Role::MarketVerb) || unchanged)
        && !c.possessive
        && c.title.is_none()
        && (unchanged || figure(next2) && word(a + 2) != Some("-") || next2 == Some("to") && figure(word(a + 2)))
    {
        v.add(EntityType::Org, 1.5);
    }
    // `Televisa shares rose`, `shares in Telebras`, `a stake in Dorvale`: a listed company
    // (not `Smith shares his view`, nor a market: `Tokyo shares`, `Wall Street shares`).
    let stock = |w: Option<&str>| w.is_some_and(|w| lex.words.get(w) == Some(&Role::StockNoun));
    let market = || c.known.is_some_and(|k| k.kind != EntityType::Org) || last_role == Some(&Role::PlaceEnd);
    let shares_after = next_role == Some(&Role::StockNoun)
        && !c.possessive
        && !market()
        && next2.is_some_and(|w| lex.pronoun(w).is_none() && !lex.function_words.contains(w));
    let shares_before = before >= 2 && matches!(word(before - 1), Some("in" | "of")) && stock(word(before - 2));
    if (shares_after || shares_before) && c.title.is_none() {
        v.add(EntityType::Org, 2.0);
    }
    // `Telebras reported lower profits`, `Dorvale posted a net loss`: results are a firm's.
    if next_role == Some(&Role::ResultsVerb)
        && !c.possessive
        && (a + 1..a + 6).filter_map(word).any(|w| lex.words.get(w) == Some(&Role::ResultsNoun))
    {
        v.add(EntityType::Org, 2.0);
    }
    // `the Erez crossing`, `the Tuzla region`: a name before what kind of place it is; and
    // `the Ashanti and Eastern regions`, names joined before the plural.
    let place_plural = |w: Option<&str>| {
        w.and_then(|w| w.strip_suffix('s'))
            .is_some_and(|w| matches!(lex.words.get(w), Some(Role::PlaceKind | Role::PlaceNoun)))
    };
    let joined = next == Some("and") && next2.is_some_and(|w| w.starts_with(char::is_uppercase));
    // `the Virunga national park`.
    let national_park = next == Some("national") && matches!(next2, Some("park" | "parks"));
    // `the Omarska prison camp`, `the Kowloon business district`: a noun between.
    // So with two (`the Barsebaeck nuclear power station`).
    let modifier = |w: Option<&str>| {
        w.is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !lex.function_words.contains(w))
    };
    let kind_at = |w: Option<&str>| w.is_some_and(|w| lex.words.get(w) == Some(&Role::PlaceKind));
    let modified_kind = modifier(next)
        && (kind_at(next2) || modifier(next2) && kind_at(word(a + 2)))
        && before > 0
        && word(before - 1) == Some("the");
    let kind_after = matches!(next_role, Some(Role::PlaceKind | Role::PlaceNoun))
        || national_park
        || modified_kind
        || place_plural(next)
        || joined && place_plural(word(a + 2));
    if kind_after && !c.possessive && c.known.is_none() {
        v.add(EntityType::Loc, 1.5);
    }
    // `the Vicente Calderon stadium`: a venue, even one named for a person.
    // (Not an event's name: `World Cup slalom`.)
    if next_role == Some(&Role::Venue) && !c.possessive && c.known.is_none() && last_role != Some(&Role::Event) {
        v.add(EntityType::Loc, 3.0);
    }
    // `the Hang Seng index`, `the Nikkei average`, `Brent crude`: an index or a price
    // benchmark, no person, even one named like a person (`Brent`).
    if next_role == Some(&Role::IndexNoun) && !c.possessive && c.known.is_none() {
        v.add(EntityType::Other, 4.0);
    }
    // So is a paper's or a firm's name before `index` or `average` (`the Nikkei average`,
    // `the Hang Seng index`).
    // (`the Dow Jones industrial average`, `the Dow Jones transportation index`: one word
    // of the index's kind between.)
    let index = matches!(next, Some("index" | "average" | "indices"))
        || matches!(
            next,
            Some("industrial" | "industrials" | "transportation" | "transport" | "utilities" | "composite")
        ) && matches!(next2, Some("index" | "average"));
    if index && !c.possessive && c.known.is_some_and(|k| k.kind == EntityType::Org) {
        v.add(EntityType::Other, 6.0);
    }
    // `the Bush administration`, `Assad’s regime`: a person, named for what they lead.
    if next_role == Some(&Role::LedBy) {
        v.add(EntityType::Person, if c.possessive { 0.5 } else { 1.0 });
    }
    // `Nvidia, the chipmaker,` / `Jane Doe, chief executive of Acme,` / `Doe, 46,`.
    // `Irving, Texas`, `Mecca, Saudi Arabia`: a place and the state or country it lies in.
    if next == Some(",") && c.known.is_none() && !c.possessive {
        // The region ends its clause: not `According to Ødegaard, Brazil was …`.
        let region = |end: usize| {
            let (first, last) = (tokens.get(a + 1)?, tokens.get(end)?);
            // A dateline's date may follow (`AL-AIN, United Arab Emirates 1996-12-06`).
            // So may a wire's name in brackets (`WOODSIDE, California (AP)`), or the dash
            // that ends a dateline (`LOWMOOR, England - `).
            let closed = word(end + 1).is_none_or(|w| {
                matches!(w, "," | "." | ";" | ")" | "(" | "-" | "–" | "—" | "--")
                    || w.starts_with(|c: char| c.is_ascii_digit())
            });
            let name = doc.slice(crate::span::Span::new(first.span.start, last.span.end));
            closed.then(|| lex.by_name.get(name).map(|&k| lex.known[k])).flatten()
        };
        let state = (a + 1..a + 4).find_map(region).is_some_and(|k| matches!(k.kind, EntityType::Gpe) && !k.ambiguous);
        if state {
            v.add(EntityType::Gpe, 2.0);
        }
    }
    if next == Some(",") {
        let n2 = next2.unwrap_or("");
        let n3 = word(a + 2).unwrap_or("");
        let n4 = word(a + 3).unwrap_or("");
        // Only a description apposed to the name counts: it opens with a determiner or a
        // lower-case word (`Jane Doe, chief executive of Acme,`), not with another name.
        let determiner = matches!(n2, "the" | "a" | "an" | "its" | "their");
        let noun = if determiner { n3 } else { n2 };
        let noun_after = if determiner { n4 } else { n3 };
        // Not a role right before the next name (`in the U.S. Midwest , chief executive Jan
        // Kalff told`): that role is the next name's title (not `strategist at Kestrel`).
        let capital = (a + 1..a + 5).find(|&k| word(k).is_some_and(|w| w.starts_with(char::is_uppercase)));
        let titles_next = capital.is_some_and(|k| {
            k > a + 1 && word(k - 1).is_some_and(|w| w.starts_with(char::is_lowercase) && lex.titles.contains_key(w))
        });
        // (Or with a country's possessive: `Groupama, France's largest farm insurer,`.)
        let country_owns = n2.len() > 3
            && (n2.ends_with("'s") || n2.ends_with("’s"))
            && lex
                .by_name
                .get(super::mentions::strip_possessive(n2))
                .is_some_and(|&i| lex.known[i].kind == EntityType::Gpe);
        let apposed = (determiner || country_owns || n2.chars().next().is_some_and(char::is_lowercase)) && !titles_next;
        // `Cemex, the Mexican cement maker,`: the head noun ends the apposition, before its
        // closing comma, after up to five words.
        let head = (a + 2..a + 7)
            .find(|&k| word(k).is_none_or(|w| matches!(w, "," | "." | ";")))
            .filter(|&k| k > a + 3 && word(k) == Some(","))
            .and_then(|k| word(k - 1))
            .filter(|&w| w != noun && w != noun_after)
            .unwrap_or("");
        // A head that names a kind of person or organisation outweighs the words before it
        // (`border agency director`).
        let head_says = matches!(lex.words.get(head), Some(Role::OrgNoun))
            || lex.words.get(head).is_some_and(|r| r.describes_person())
            || lex.titles.contains_key(head);
        let nouns: &[&str] = if head_says { &[head] } else { &[noun, noun_after] };
        for &w in nouns.iter().filter(|_| apposed) {
            match lex.words.get(w) {
                Some(Role::OrgNoun) => v.add(EntityType::Org, 2.0),
                Some(r) if r.describes_person() => v.add(EntityType::Person, 2.0),
                _ => {}
            }
            if lex.titles.contains_key(w) && w.chars().next().is_some_and(char::is_lowercase) {
                v.add(EntityType::Person, 1.5);
            }
        }
        if n2.chars().all(|ch| ch.is_ascii_digit()) && !n2.is_empty() && n3 == "," {
            v.add(EntityType::Person, 2.0);
        }
        // `Jane Doe, who …`; not `an executive within Scientology, who …`, where `who` is
        // the executive.
        let object = before > 0 && word(before - 1).is_some_and(|w| lex.words.get(w) == Some(&Role::ObjectPrep));
        // Nor `One host in Salthill, who …`, where `who` is the host.
        let placed = || {
            before >= 2
                && word(before - 1).is_some_and(|w| matches!(w, "in" | "from" | "at" | "near"))
                && word(before - 2).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && w.len() > 2)
        };
        if n2 == "who" && !object && !placed() {
            v.add(EntityType::Person, 1.5);
        }
        // `Leinster Citylink, which operates 140 routes`: a name no list knows, said to be a
        // thing, is no person's.
        if n2 == "which" && !object && c.known.is_none() && c.title.is_none() {
            v.add(EntityType::Org, 1.0);
        }
    }
    // `the company X` / `X’s chief executive`.
    if before > 0 {
        let prev = word(before - 1).unwrap_or("");
        // `In Mostar , the divided city`: a preposition opening the sentence.
        let prev = match prev {
            "In" if before == 1 => "in",
            "Near" if before == 1 => "near",
            "At" if before == 1 => "at",
            _ => prev,
        };
        match lex.words.get(prev) {
            // `the daily La Jornada`, `the newspaper Le Soir`: a name no list knows, right
            // after the kind of organisation it is, even one that opens like a person's.
            Some(Role::OrgNoun) => {
                let given = lex.is_given_name(name.split(' ').next().unwrap_or(""));
                let apposed = c.known.is_none() && c.title.is_none() && !given;
                v.add(EntityType::Org, if apposed { 2.5 } else { 1.0 });
            }
            // `in Scientology`, `from Buddhism`: a faith or a field is no place.
            // Nor is the person a phrasal verb takes in (`brought in Prasong Wongsakul`).
            Some(Role::PlacePrep)
                if c.known.is_none()
                    && !(prev == "in" && before >= 2 && word(before - 2).is_some_and(takes_in))
                    && name.split(' ').count() <= 2
                    && !["ology", "ism", "ics"].iter().any(|end| name.ends_with(end)) =>
            {
                // `reporters in Novye Atagi`: after `in` or `near`, a name that opens with no given
                // name is a place rather than a person.
                let in_place = matches!(prev, "in" | "near")
                    && !c.possessive
                    && !is_acronym(name)
                    && !lex.first_names.contains_key(name.split(' ').next().unwrap_or(""));
                v.add(EntityType::Gpe, if in_place { 0.9 } else { 0.6 });
            }
            Some(Role::Work) => v.add(EntityType::Work, 1.5),
            // `the tanker Nordic Vega`, `the ferry Estonia`: a ship, named like a person.
            Some(Role::Vessel | Role::Spacecraft) if c.title.is_none() => v.add(EntityType::Product, 3.0),
            // `the Russian space station Mir`: a craft, though `station` alone ends places.
            Some(Role::PlaceKind) if prev == "station" && before >= 2 && word(before - 2) == Some("space") => {
                v.add(EntityType::Product, 3.0)
            }
            _ => {}
        }
        // `in western Herzegovina`, `across northern Bahia`: a part of a place by its side.
        let side = lex.words.get(prev) == Some(&Role::PlaceSide);
        let side_of =
            side && before >= 2 && word(before - 2).is_some_and(|w| lex.words.get(w) == Some(&Role::PlacePrep));
        if side_of && c.known.is_none() && !c.possessive && name.split(' ').count() <= 2 {
            v.add(EntityType::Loc, 1.5);
        }
        // `gathered in Lafayette Park`, `played at Grace Field`: a name ending like a place,
        // right after a preposition of place, is the place even when a person's name opens it.
        let place_end = last_role == Some(&Role::PlaceEnd) && name.contains(' ');
        if place_end && matches!(prev, "in" | "at" | "near" | "outside" | "inside" | "across" | "into") && !c.possessive
        {
            v.add(EntityType::Loc, 2.5);
        }
        // `the town of Bergvik`, `the city of Lviv`, `the provinces of Gilan and Zanjan`: a
        // place named after what it is.
        let first_word = name.split(' ').next().unwrap_or("");
        let place_noun = before >= 2 && prev == "of" && word(before - 2).is_some_and(|w| is_place_noun(w, first_word));
        if place_noun && c.known.is_none() {
            v.add(EntityType::Gpe, 2.5);
        }
        // `the border towns of Kurmuk and Qeissan`, `in Sarawak , Sabah and Johor`: a name
        // listed after such a place, or after `in` with a place the lists know.
        // (Not after `, and`, which may join clauses: `trains in Tokyo , and Akebono at …`.)
        let clause_and = prev == "and" && before >= 2 && word(before - 2) == Some(",");
        // After a comma, the list goes on after the name (`Sarawak , Sabah and Johor`; not
        // `Speaking in Chicago , Imogen Coriowick , librarian`).
        let listed = prev == "and"
            || next == Some("and")
            || next == Some(",") && next2.is_some_and(|w| w.starts_with(char::is_uppercase));
        if matches!(prev, "and" | ",")
            && listed
            && !clause_and
            && c.known.is_none()
            && c.title.is_none()
            && !c.possessive
            && !lex.first_names.contains_key(first_word)
        {
            let mut k = before - 1;
            let mut known_place = false;
            let is_common = |w: &str| lex.is_english_word(w) || lex.not_names.contains(w);
            let mut common = is_common(name);
            while k > 0 && before - k < 10 {
                let w = word(k - 1).unwrap_or("");
                if !(matches!(w, "," | "and") || w.starts_with(char::is_uppercase)) {
                    break;
                }
                known_place |= lex.by_name.get(w).is_some_and(|&i| {
                    let known = &lex.known[i];
                    matches!(known.kind, EntityType::Gpe | EntityType::Loc) && !known.ambiguous
                });
                common |= w.starts_with(char::is_uppercase) && is_common(w);
                k -= 1;
            }
            let opener = word(k.wrapping_sub(1)).unwrap_or("");
            let of_places = k >= 2 && opener == "of" && word(k - 2).is_some_and(|w| is_place_noun(w, first_word));
            // One word, ending the list (not `Reporting by A in Shanghai and B in Melbourne`),
            // among names that are no common words (`in Linguistics and Philosophy`).
            let ends_list = matches!(next, None | Some("." | "," | "and" | ";" | ")"));
            let listed = k < before - 1 && one_word && ends_list && !common;
            let in_places = matches!(opener, "in" | "near") && listed;
            // `spread to Berat , Fier and …`, `fled toward Lisala and Gbadolite`: after a
            // preposition of direction, with a place the lists know.
            let toward_places = matches!(opener, "to" | "toward" | "towards" | "into" | "via") && listed;
            if of_places || (in_places || toward_places) && known_place {
                v.add(EntityType::Gpe, 2.0);
            } else if in_places && !lex.first_names.contains_key(first_word) {
                v.add(EntityType::Gpe, 0.9);
            }
        }
        // `Kyma Maritime SA of Piraeus`: where a company is registered, after its legal form
        // (a short suffix, not `the Journal of Applied Astronomy`).
        let legal_form =
            |w: &str| w.trim_end_matches('.').len() <= 4 && lex.org_suffixes.contains(w) && !lex.org_heads.contains(w);
        let seat = before >= 2 && prev == "of" && word(before - 2).is_some_and(legal_form);
        if seat && one_word && c.known.is_none() && c.title.is_none() && !lex.is_given_name(first_word) {
            v.add(EntityType::Gpe, 1.5);
        }
        if prev == "the" && c.title.is_none() {
            v.add(EntityType::Org, 0.5);
            // `the Harbour City Herons`: a plural after `the` names a team or a group; not
            // a family's name before what it owns (`the Desrosiers farm`).
            let modifies =
                next.is_some_and(|w| w.starts_with(|ch: char| ch.is_lowercase()) && !lex.is_function_word(w));
            if plural_shaped(last_word) && last_role.is_none() && !modifies {
                v.add(EntityType::Org, 1.5);
            }
        }
    }
    if c.possessive {
        if let Some(n) = next.or(word(a)) {
            match lex.words.get(n) {
                Some(r) if r.describes_person() => v.add(EntityType::Org, 0.8),
                Some(Role::OrgNoun) => v.add(EntityType::Gpe, 0.3),
                _ => {}
            }
        }
    }
}

/// Whether `word` is a surname whose prefix takes a capital inside it (`McVeigh`,
/// `MacDonald`, `DiCaprio`, `LaGuardia`, `FitzGerald`), not a product's name.
fn surname_with_prefix(word: &str) -> bool {
    ["Mc", "Mac", "Fitz", "Di", "De", "Da", "Du", "La", "Le", "Van", "Von"].iter().any(|prefix| {
        word.strip_prefix(prefix).is_some_and(|rest| {
            let mut chars = rest.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_common_nouns_are_told_from_surnames() {
        for team in ["Kings", "Pilots", "Rangers", "Companies"] {
            assert!(is_plural_noun(team, false), "{team}");
        }
        for name in ["Williams", "Jones", "Ross", "Us", "Banks", "Roberts", "Spears", "Hawks"] {
            assert!(!is_plural_noun(name, false), "{name}");
        }
        for team in ["Hawks", "Falcons", "Textiles", "Analytics", "Foxes", "Wolves"] {
            assert!(is_plural_noun(team, true), "{team}");
        }
    }
}
