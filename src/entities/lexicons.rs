//! The entity lexicons, loaded once from the data files in `src/lexicon/`.
//!
//! Every list goes into a hash map: gazetteer names (countries, places, organisations,
//! demonyms, one or many words) are looked up for the token runs that start at a capital,
//! single words (first names, titles, pronouns, cue words) per token.

use std::sync::LazyLock;

use super::{EntityType, Gender};
use crate::lexicon::{self, WordEnds, WordMap as HashMap, WordSet as HashSet};

/// What a gazetteer name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    /// The entity type the name has.
    pub kind: EntityType,
    /// The canonical name it stands for (`U.S.` → `United States`), if it has one.
    pub canonical: Option<&'static str>,
    /// Whether the name is also a common word or another kind of name (`Reading`, `Nice`).
    pub ambiguous: bool,
    /// Whether it is a news organisation (`Reuters`), which reports on others.
    pub news: bool,
    /// Whether it is a national government body (`State Department`, `Federal Reserve`).
    pub government: bool,
}

/// Person, number and gender of a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pronoun {
    /// `Some` for he/she and their forms.
    pub gender: Option<Gender>,
    /// Whether it is plural (`they`).
    pub plural: bool,
    /// Whether it refers to a thing (`it`).
    pub neuter: bool,
    /// Whether it is first or second person (`I`, `you`, `we`).
    pub speaker: bool,
    /// Whether it is first person (`I`, `my`, `we`): the speaker's side, not the addressee.
    pub first: bool,
}

/// What a cue word tells (see `src/lexicon/entity_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Describes an organisation (`company`).
    OrgNoun,
    /// Describes a person (`spokesman`).
    PersonNoun,
    /// Describes a person by their place in a sports team (`striker`, `coach`), after the
    /// team's name (`Newcastle manager Kevin Keegan`).
    TeamRole,
    /// Ends an event's name (`Cup`).
    Event,
    /// Starts the name of a storm or an operation (`Hurricane`), an event's.
    EventHead,
    /// A word that alone names an event or is its adjective (`Olympic champion`, `Holocaust`).
    EventWord,
    /// Ends an award's name (`Booker Prize`).
    Award,
    /// Names a language (`Swahili`, `Lingala`): OTHER, not the place `in` would make it.
    Language,
    /// The whole name of a league that is a competition, not a body (`Serie A`,
    /// `Champions League`): an event, like a tournament.
    Competition,
    /// Opens an event's name whose last part is a number (`Euro 96`, `Super 12`).
    NumberedEvent,
    /// Stands before the number of a body's branch (`Teamsters Local 727`): the number is
    /// the name's, and the name an organisation's.
    NumberedBody,
    /// Ends a party's or a movement's name, which a leader's name after `of` does not go on
    /// (`the Reform Party of Preston Manning`).
    PartyEnd,
    /// Ends a law's name (`Act`).
    Law,
    /// Introduces a work's title (`book`).
    Work,
    /// Introduces a ship's name (`the tanker Nordic Vega`).
    Vessel,
    /// A kind of spacecraft, before or after a craft's name (`the capsule Soyuz`, `the Mars
    /// Pathfinder spacecraft`).
    Spacecraft,
    /// Ends a product's name (`Pro`).
    Product,
    /// An upper-case abbreviation that names nothing (`CEO`).
    Acronym,
    /// A preposition before places (`in`).
    PlacePrep,
    /// Names a place before `of` (`the town of Bergvik`).
    PlaceNoun,
    /// Says what kind of place the name before it is (`the Erez crossing`).
    PlaceKind,
    /// Says the name before it is a venue, even a person's (`the Vicente Calderon stadium`).
    Venue,
    /// A side of a place, before its name after a preposition (`in western Herzegovina`).
    PlaceSide,
    /// An accord, after the name of the place it was made in (`the Dayton peace agreement`).
    Accord,
    /// Ends a place's name (`Harlow Bay`, `Lumora Rd`).
    PlaceEnd,
    /// People of an organisation, after its name (`Google employees`).
    OrgMember,
    /// An abbreviation that opens a part of a name, before its period (`St. Clair`).
    NameAbbrev,
    /// A word that opens a question (`How`, `Did`), capitalised as at its start.
    QuestionOpener,
    /// A preposition whose object a relative clause after it does not describe (`an
    /// executive within Scientology, who …`).
    ObjectPrep,
    /// A greeting or exclamation (`Hey`), never part of a name.
    NotName,
    /// What a person leads, after the person's name (`the Bush administration`); alone,
    /// an organisation (`the administration`).
    LedBy,
    /// A label that credits a picture or names a source before a colon (`Image:`).
    Credit,
    /// Labels a line that lists players (`Scorers :`).
    PlayerLabel,
    /// A verb of a player scoring, after the player's name (`scored`).
    GoalVerb,
    /// Opens an organisation's name (`Deutsche Bank`, `Banco Santander`, `Dynamo Kiev`).
    OrgOpener,
    /// A common word that often opens an organisation's name (`International`), the name's
    /// at a sentence start when the words after it end in a suffix.
    OrgLead,
    /// A time zone in words (`Eastern Time`): no entity.
    TimeZone,
    /// Opens a town's or a landmark's name (`Port Said`, `Mount Kenya`).
    PlaceHead,
    /// Joins the parts of a person's name, in lower case (`van`, `bin`, `da`).
    NameParticle,
    /// A verb of one side beating or drawing with another (`beat`, `drew`).
    MatchVerb,
    /// A sport in capitals, as it opens a wire sports story's heading (`CRICKET -`).
    Sport,
    /// A sport played by one against one, as it opens a heading (`TENNIS -`): a name that
    /// beats or is beaten in its story is a player.
    SoloSport,
    /// A sport of riders and horses, as `Sport` (`EQUESTRIANISM`).
    HorseSport,
    /// A verb of a share price moving (`gained`), after a company's name.
    MarketVerb,
    /// A holding in a company (`shares`, `stake`), next to its name.
    StockNoun,
    /// A verb of publishing results (`reported`, `posted`), after a company's name.
    ResultsVerb,
    /// What a company reports (`profit`, `sales`).
    ResultsNoun,
    /// A noun after the name of a market index (`index`, `average`).
    IndexNoun,
    /// The last word of a ministry's name (`Ministry`, `Department`): a country or a people
    /// right before the name is no part of it.
    StateBody,
    /// A speech verb that attributes a quote and shows its subject speaks (`said`).
    Speech,
    /// A speech verb that only attributes a quote (`recalled`).
    SpeechCue,
    /// A verb that only shows its subject speaks (`warned`).
    SpeechSubject,
    /// The last word of a news outlet's name (`Press`, `Herald`).
    Newsroom,
    /// A line of business that goes on with a company's name after `and` (`Yasuda Trust
    /// and Banking Co`).
    Sector,
}

impl Role {
    /// Whether the word describes a person: `the spokesman`, `Doe, the striker,`.
    pub fn describes_person(self) -> bool {
        matches!(self, Role::PersonNoun | Role::TeamRole)
    }
}

/// Every lexicon the entity stage uses.
pub struct Lexicons {
    /// Gazetteer names with what they are; `by_name` indexes them.
    pub known: Vec<Known>,
    /// Every gazetteer name with its index in `known`.
    pub by_name: HashMap<&'static str, usize>,
    /// The first word of every gazetteer name (see [`name_head`]) with the length in bytes
    /// of the longest name it starts: most capitalised words start none, and are looked up
    /// once instead of once per possible name length.
    pub name_heads: HashMap<&'static str, NameLengths>,
    /// Given names with their gender, and whether they are also common words.
    pub first_names: HashMap<&'static str, (Option<Gender>, bool)>,
    /// Titles and roles before a person's name (`Mr.`, `President`, `founder`); multi-word
    /// ones (`chief executive`) are keyed by their last word with the full phrase kept.
    pub titles: HashMap<&'static str, (Option<Gender>, &'static str)>,
    /// The titles written with a period, without it (`Sen` for `Sen.`, `Gen` for `Gen.`).
    pub abbreviated_titles: HashSet<&'static str>,
    /// The titles of more than one word (`Home Secretary`, `Secretary of State`) or with a
    /// hyphen (`Vice-President`), keyed by their first word, longest first, with the gender
    /// they show.
    pub title_phrases: HashMap<&'static str, Vec<(&'static str, Option<Gender>)>>,
    /// Words that end an organisation's name (`Inc`, `Group`).
    pub org_suffixes: HashSet<&'static str>,
    /// Words that head an organisation's name before `of` (`Bank`, `University`).
    pub org_heads: HashSet<&'static str>,
    /// Pronouns, in lower case.
    pub pronouns: HashMap<&'static str, Pronoun>,
    /// The ends and lengths of the pronouns in any ASCII case, to rule out most words
    /// before a lookup.
    pub pronoun_ends: WordEnds,
    /// Capitalised words that are no evidence of a name by themselves.
    pub not_names: HashSet<&'static str>,
    /// Function words, capitalised (`Is`, `This`, `No`): never a name on their own.
    pub function_words: HashSet<&'static str>,
    /// Day and month names: dates, not entities.
    pub dates: HashSet<&'static str>,
    /// Common words that are also common surnames (`Brown`, `Young`): no evidence of a
    /// name alone, but no evidence against one either.
    pub surnames: HashSet<&'static str>,
    /// Cue words.
    pub words: HashMap<&'static str, Role>,
    /// Demonyms of a country (`German`, `Dutchman`, `New Zealander`), not of a city or a
    /// region (`Roman`, `Nordic`), a people without one (`Tamil`, `Khmer`) or a faith
    /// (`Muslim`).
    pub nationals: HashSet<&'static str>,
    /// Demonyms the list marks `ambiguous`, also a language, another place or a common word
    /// (`Han`, `Polish`, `Georgian`).
    pub doubtful_demonyms: HashSet<&'static str>,
    /// Words that open a natural place's name (`Lake Kivu`, `River Thames`), besides the
    /// role they have in `words`.
    pub landform_heads: HashSet<&'static str>,
    /// US states as AP style abbreviates them after a city, without the period (`Calif`
    /// of `Redwood Shores, Calif.`).
    pub state_abbreviations: HashSet<&'static str>,
    /// Endings of family names (`ov`, `escu`), in lower case.
    pub surname_endings: Vec<&'static str>,
    /// Whether some ending of `surname_endings` ends in each byte.
    pub surname_ending_bytes: [bool; 256],
    /// Words that make an organisation a place of study or research (`University`).
    pub institutions: HashSet<&'static str>,
    /// Roles that lead or speak for an institution, in lower case (`director`).
    pub leaders: HashSet<&'static str>,
    /// Words in an organisation's name that make it a public body (`Agency`, `Statistics`).
    pub public_bodies: HashSet<&'static str>,
    /// Nouns for a business (`company`, `firm`), which describe no public body.
    pub business_nouns: HashSet<&'static str>,
    /// Last words of the names of bodies that are no business (`Union`, `Party`): `the
    /// company` is none of them.
    pub nonprofit_ends: HashSet<&'static str>,
    /// English words beyond `not_names`, in lower case, sorted byte-wise as
    /// `english_words.txt` lists them: binary-searched, which costs no hashing at load.
    pub english_words: Vec<&'static str>,
    /// Currency names and codes (`RMB`, `USD`, `Euro`), which are not entities.
    pub currencies: HashSet<&'static str>,
    /// Every country name in lower case without periods (`us`, `u.s` → `us`), with its
    /// canonical name.
    pub countries: HashMap<String, &'static str>,
    /// Places of `places.txt` that are wider than a town: continents, states, provinces,
    /// counties, territories and regions (`Wisconsin`, `Ontario`).
    pub regions: HashSet<&'static str>,
    /// Capitals of `places.txt`, which may stand for their governments (`Washington said`).
    pub capitals: HashSet<&'static str>,
    /// Nouns after `city`, `country` or `town` that make a compound naming no place
    /// (`council` in `the city council`).
    pub place_compounds: HashSet<&'static str>,
}

/// The lexicons, built on first use.
pub static LEXICONS: LazyLock<Lexicons> = LazyLock::new(Lexicons::load);

fn gender(code: &str) -> Option<Gender> {
    match code.trim() {
        "m" | "M" => Some(Gender::Male),
        "f" | "F" => Some(Gender::Female),
        _ => None,
    }
}

/// The lines of a lexicon file split at tabs, with the name of the `#` section each line
/// sits in (the text of the last comment line that looks like a section heading).
fn rows(file: &'static str) -> impl Iterator<Item = (Vec<&'static str>, &'static str)> {
    let mut section = "";
    file.lines().filter_map(move |line| {
        let line = line.trim_end();
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if !comment.is_empty() && comment.split_whitespace().count() <= 3 {
                section = comment;
            }
            return None;
        }
        if line.trim().is_empty() {
            return None;
        }
        Some((line.split('\t').map(str::trim).collect(), section))
    })
}

/// The ends of the keys of [`Lexicons::countries`].
static COUNTRY_ENDS: LazyLock<WordEnds> =
    LazyLock::new(|| WordEnds::of(LEXICONS.countries.keys().map(String::as_str), false));

/// The words that keep a capitalised word from being a name by itself: dates, and cue words
/// that are acronyms (`CEO`) or no names (`Hey`); see [`Lexicons::blocks_name`].
static NAME_BLOCKERS: LazyLock<(WordEnds, HashSet<&'static str>)> = LazyLock::new(|| {
    let lex = &*LEXICONS;
    let acronyms = lex.words.iter().filter(|(_, role)| matches!(role, Role::Acronym | Role::NotName));
    let blockers: HashSet<&'static str> = lex.dates.iter().copied().chain(acronyms.map(|(&w, _)| w)).collect();
    (WordEnds::of(blockers.iter().copied(), false), blockers)
});

/// The lengths in bytes of the gazetteer names that start with one word, so that a possible
/// name is hashed only when some name of its length exists.
#[derive(Clone, Copy, Debug, Default)]
pub struct NameLengths {
    /// A bit per length under 128.
    short: [u64; 2],
    /// The longest length.
    longest: usize,
}

impl NameLengths {
    /// Notes a name of `len` bytes.
    pub fn add(&mut self, len: usize) {
        if len < 128 {
            self.short[len / 64] |= 1 << (len % 64);
        }
        self.longest = self.longest.max(len);
    }

    /// False when no name is `len` bytes long.
    pub fn may_have(&self, len: usize) -> bool {
        if len < 128 {
            self.short[len / 64] & (1 << (len % 64)) != 0
        } else {
            len <= self.longest
        }
    }

    /// The length of the longest name.
    pub fn longest(&self) -> usize {
        self.longest
    }
}

/// The first word of a name or token for [`Lexicons::name_heads`]: the text up to the first
/// character that is not a letter or digit (`St. Louis` → `St`, `U.S.` → `U`).
pub fn name_head(text: &str) -> &str {
    let end = text.find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len());
    &text[..end]
}

/// `word` in ASCII lower case, written into `buf`, when it is short ASCII; lexicon lookups
/// of pronouns and short words need no allocation.
pub fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Words written in lower case inside place and organisation names (`Rio de Janeiro`, `Bank
/// of England`, `Trinidad and Tobago`).
const NAME_CONNECTORS: [&str; 12] = ["of", "the", "and", "de", "da", "do", "del", "la", "le", "van", "von", "upon"];

impl Lexicons {
    /// The gazetteer entry of a name written in capitals (`SAN DIEGO` → `San Diego`, `RIO
    /// DE JANEIRO` → `Rio de Janeiro`).
    pub fn known_upper(&self, text: &str) -> Option<Known> {
        self.by_name.get(title_cased(text).as_str()).map(|&i| self.known[i])
    }

    /// Whether `word` is a speech verb that attributes a quote to the name beside it
    /// (`said`, `told`, `recalled`).
    pub fn is_speech_cue(&self, word: &str) -> bool {
        matches!(self.words.get(word), Some(Role::Speech | Role::SpeechCue))
    }

    /// Whether `word`, after a name, shows that the name speaks (`said`, `warned`).
    pub fn is_speech_subject(&self, word: &str) -> bool {
        matches!(self.words.get(word), Some(Role::Speech | Role::SpeechSubject))
    }

    /// Whether `word` is a given name that is no common word, place or title (`Helen`, not
    /// `Will` or `Paris`).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.first_names.get(word).is_some_and(|&(_, ambiguous)| !ambiguous)
    }

    /// Whether `word` is a function word, as written or with its first letter capitalised
    /// (`and`, `Then`); the list holds them capitalised, as they open sentences.
    pub fn is_function_word(&self, word: &str) -> bool {
        if self.function_words.contains(word) {
            return true;
        }
        let mut buf = [0u8; 24];
        let b = word.as_bytes();
        b.len() <= buf.len() && b.is_ascii() && {
            buf[..b.len()].copy_from_slice(b);
            buf[0] = buf[0].to_ascii_uppercase();
            std::str::from_utf8(&buf[..b.len()]).is_ok_and(|c| self.function_words.contains(c))
        }
    }

    /// Whether `word`, in any capitalisation, is a title or a role before a person's name
    /// (`President`, `Spokesman`, `chief`).
    pub fn is_title_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        self.titles.contains_key(word) || ascii_lower(word, &mut buf).is_some_and(|w| self.titles.contains_key(w))
    }

    /// Whether `word`, in lower case, is an English word of `english_words.txt` (`Turnout`,
    /// `Headcount`); the commoner words are in `not_names`.
    pub fn is_english_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        ascii_lower(word, &mut buf).is_some_and(|lower| self.english_words.binary_search(&lower).is_ok())
    }

    /// Whether `word`, in any case, is a role that leads or speaks for an institution.
    pub fn is_leader(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        ascii_lower(word, &mut buf).is_some_and(|lower| self.leaders.contains(lower))
    }

    /// The pronoun `word` is, in any capitalisation.
    pub fn pronoun(&self, word: &str) -> Option<&Pronoun> {
        if !self.pronoun_ends.may_contain(word) {
            return None;
        }
        let mut buf = [0u8; 24];
        ascii_lower(word, &mut buf).and_then(|w| self.pronouns.get(w))
    }

    /// The canonical name of a country by its key in `countries` (`us` → `United States`);
    /// most keys are ruled out by their ends without hashing.
    pub fn country(&self, key: &str) -> Option<&'static str> {
        if !COUNTRY_ENDS.may_contain(key) {
            return None;
        }
        self.countries.get(key).copied()
    }

    /// Whether `word`, as written, is a date or a cue word that is an acronym or no name:
    /// never a name by itself (one lookup for `dates` and `words`).
    pub fn blocks_name(&self, word: &str) -> bool {
        let (ends, blockers) = &*NAME_BLOCKERS;
        ends.may_contain(word) && blockers.contains(word)
    }

    fn load() -> Lexicons {
        let mut names: Vec<&'static str> = Vec::new();
        let mut known: Vec<Known> = Vec::new();
        let mut seen: HashMap<&'static str, usize> = HashMap::default();
        let mut add = |name: &'static str, entry: Known| {
            if name.is_empty() {
                return;
            }
            match seen.get(name) {
                // The first list to name it wins, but an unambiguous entry beats an
                // ambiguous one.
                Some(&i) if known[i].ambiguous && !entry.ambiguous => known[i] = entry,
                Some(_) => {}
                None => {
                    seen.insert(name, names.len());
                    names.push(name);
                    known.push(entry);
                }
            }
        };
        for (cols, _) in rows(lexicon::ORGANIZATIONS) {
            let ambiguous = cols.iter().skip(2).any(|c| *c == "ambiguous");
            let news = cols.get(1) == Some(&"news");
            let government = cols.get(1) == Some(&"gov");
            add(cols[0], Known { kind: EntityType::Org, canonical: None, ambiguous, news, government });
        }
        let mut countries = HashMap::default();
        for (cols, _) in rows(lexicon::COUNTRIES) {
            let canonical = cols.get(1).copied().filter(|c| !c.is_empty());
            if let Some(canonical) = canonical {
                countries.insert(cols[0].replace('.', "").to_lowercase(), canonical);
            }
            add(cols[0], Known { kind: EntityType::Gpe, canonical, ambiguous: false, news: false, government: false });
        }
        let mut regions = HashSet::default();
        let mut capitals = HashSet::default();
        for (cols, _) in rows(lexicon::PLACES) {
            if cols.get(1) == Some(&"capital") {
                capitals.insert(cols[0]);
            }
            if matches!(
                cols.get(1).copied(),
                Some("continent" | "state" | "province" | "county" | "territory" | "region")
            ) {
                regions.insert(cols[0]);
            }
            let kind = match cols.get(1).copied().unwrap_or("") {
                "city" | "capital" | "state" | "province" | "county" | "territory" => EntityType::Gpe,
                _ => EntityType::Loc,
            };
            let ambiguous = cols.iter().skip(2).any(|c| *c == "ambiguous");
            add(cols[0], Known { kind, canonical: None, ambiguous, news: false, government: false });
        }
        let mut nationals = HashSet::default();
        let mut doubtful_demonyms = HashSet::default();
        let country_names: HashSet<&str> = countries.values().copied().collect();
        for (cols, _) in rows(lexicon::DEMONYMS) {
            // A country's, not a city's or a region's (`Roman`, `Nordic`).
            if cols.get(1).is_some_and(|country| country_names.contains(country)) {
                nationals.insert(cols[0]);
            }
            if cols.iter().skip(2).any(|c| *c == "ambiguous") {
                doubtful_demonyms.insert(cols[0]);
            }
            add(
                cols[0],
                Known { kind: EntityType::Norp, canonical: None, ambiguous: false, news: false, government: false },
            );
        }
        let by_name: HashMap<&'static str, usize> = names.iter().enumerate().map(|(i, &n)| (n, i)).collect();
        let mut name_heads: HashMap<&'static str, NameLengths> = HashMap::default();
        for &name in &names {
            name_heads.entry(name_head(name)).or_default().add(name.len());
        }

        let mut first_names = HashMap::default();
        for (cols, section) in rows(lexicon::FIRST_NAMES) {
            let ambiguous = section.contains("ambiguous") || cols.iter().skip(2).any(|c| *c == "ambiguous");
            first_names.insert(cols[0], (cols.get(1).and_then(|g| gender(g)), ambiguous));
        }
        // A people the list doubts that is also a given name (`Karen`, `Sami`): known, but no
        // surer than the person a title or a first name makes it (`his wife Karen`).
        for &d in &doubtful_demonyms {
            if let (Some(&i), true) = (by_name.get(d), first_names.contains_key(d)) {
                if known[i].kind == EntityType::Norp {
                    known[i].ambiguous = true;
                }
            }
        }
        let mut titles = HashMap::default();
        let mut title_phrases: HashMap<&'static str, Vec<(&'static str, Option<Gender>)>> = HashMap::default();
        for (cols, _) in rows(lexicon::PERSON_TITLES) {
            let phrase = cols[0];
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            let g = cols.get(1).and_then(|g| gender(g));
            // `Vice-President` is three tokens (`Vice`, `-`, `President`): a phrase too.
            if let Some((first, _)) = phrase.split_once([' ', '-']) {
                let phrases = title_phrases.entry(first).or_default();
                phrases.push((phrase, g));
                phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
            }
            // A single-word title wins over a phrase ending in the same word.
            if phrase == last || !titles.contains_key(last) {
                titles.insert(last, (g, phrase));
            }
        }
        let abbreviated_titles = titles.keys().filter_map(|t| t.strip_suffix('.')).collect();
        let mut org_suffixes = HashSet::default();
        let mut org_heads = HashSet::default();
        for (cols, _) in rows(lexicon::ORG_SUFFIXES) {
            let kind = cols.get(1).copied().unwrap_or("suffix");
            if matches!(kind, "head" | "both") {
                org_heads.insert(cols[0]);
            }
            if matches!(kind, "suffix" | "both") {
                org_suffixes.insert(cols[0]);
            }
        }
        let mut pronouns = HashMap::default();
        for (cols, _) in rows(lexicon::PRONOUNS) {
            let g = cols.get(1).copied().unwrap_or("");
            let number = cols.get(2).copied().unwrap_or("");
            let speaker = matches!(number, "1" | "2") || matches!(g, "1" | "2");
            pronouns.insert(
                cols[0],
                Pronoun {
                    gender: gender(g),
                    plural: number.starts_with('p'),
                    neuter: g == "n",
                    speaker,
                    first: g == "1" || number == "1",
                },
            );
        }
        let mut not_names = HashSet::default();
        let mut dates = HashSet::default();
        let mut surnames = HashSet::default();
        let mut function_words = HashSet::default();
        for (cols, section) in rows(lexicon::NOT_NAMES) {
            match cols.get(1).copied().unwrap_or(section) {
                c if c.contains("date") => dates.insert(cols[0]),
                "surname" => surnames.insert(cols[0]),
                role => {
                    if role == "function" {
                        function_words.insert(cols[0]);
                    }
                    not_names.insert(cols[0])
                }
            };
        }
        let mut words = HashMap::default();
        let mut landform_heads = HashSet::default();
        let mut state_abbreviations = HashSet::default();
        for (word, role) in lexicon::pairs(lexicon::ENTITY_WORDS) {
            let role = match role {
                "landform_head" => {
                    landform_heads.insert(word);
                    continue;
                }
                "state_abbrev" => {
                    state_abbreviations.insert(word);
                    continue;
                }
                "org_noun" => Role::OrgNoun,
                "person_noun" => Role::PersonNoun,
                "team_role" => Role::TeamRole,
                "event" => Role::Event,
                "event_head" => Role::EventHead,
                "event_word" => Role::EventWord,
                "award" => Role::Award,
                "language" => Role::Language,
                "competition" => Role::Competition,
                "numbered_event" => Role::NumberedEvent,
                "numbered_body" => Role::NumberedBody,
                "party_end" => Role::PartyEnd,
                "law" => Role::Law,
                "work" => Role::Work,
                "vessel" => Role::Vessel,
                "spacecraft" => Role::Spacecraft,
                "product" => Role::Product,
                "acronym" => Role::Acronym,
                "place_prep" => Role::PlacePrep,
                "place_noun" => Role::PlaceNoun,
                "place_kind" => Role::PlaceKind,
                "venue" => Role::Venue,
                "place_side" => Role::PlaceSide,
                "accord" => Role::Accord,
                "place_end" => Role::PlaceEnd,
                "org_member" => Role::OrgMember,
                "name_abbrev" => Role::NameAbbrev,
                "question_opener" => Role::QuestionOpener,
                "object_prep" => Role::ObjectPrep,
                "not_name" => Role::NotName,
                "led_by" => Role::LedBy,
                "credit" => Role::Credit,
                "player_label" => Role::PlayerLabel,
                "sport" => Role::Sport,
                "solo_sport" => Role::SoloSport,
                "horse_sport" => Role::HorseSport,
                "market_verb" => Role::MarketVerb,
                "stock_noun" => Role::StockNoun,
                "results_verb" => Role::ResultsVerb,
                "results_noun" => Role::ResultsNoun,
                "index_noun" => Role::IndexNoun,
                "state_body" => Role::StateBody,
                "goal_verb" => Role::GoalVerb,
                "speech" => Role::Speech,
                "speech_cue" => Role::SpeechCue,
                "speech_subject" => Role::SpeechSubject,
                "newsroom" => Role::Newsroom,
                "sector" => Role::Sector,
                "org_opener" => Role::OrgOpener,
                "org_lead" => Role::OrgLead,
                "time_zone" => Role::TimeZone,
                "place_head" => Role::PlaceHead,
                "name_particle" => Role::NameParticle,
                "match_verb" => Role::MatchVerb,
                _ => continue,
            };
            words.entry(word).or_insert(role);
        }
        // The claims stage's currency list: `NAME<TAB>CODE…`; only words count here.
        let mut currencies = HashSet::default();
        for (cols, _) in rows(lexicon::CLAIM_CURRENCIES) {
            for name in cols.iter().take(2) {
                if name.chars().count() >= 2 && name.chars().all(char::is_alphabetic) {
                    currencies.insert(*name);
                }
            }
        }
        let surname_endings: Vec<&'static str> = rows(lexicon::SURNAME_ENDINGS).map(|(cols, _)| cols[0]).collect();
        let mut surname_ending_bytes = [false; 256];
        for e in &surname_endings {
            if let Some(&b) = e.as_bytes().last() {
                surname_ending_bytes[b as usize] = true;
            }
        }
        // The words start after the comment header and the blank line that ends it.
        let english_words: Vec<&str> = lexicon::ENGLISH_WORDS
            .find("\n\n")
            .map_or("", |at| &lexicon::ENGLISH_WORDS[at + 2..])
            .lines()
            .filter(|w| !w.is_empty())
            .collect();
        let (mut institutions, mut leaders) = (HashSet::default(), HashSet::default());
        let (mut public_bodies, mut business_nouns) = (HashSet::default(), HashSet::default());
        let mut nonprofit_ends = HashSet::default();
        for (word, class) in lexicon::pairs(lexicon::INSTITUTION_WORDS) {
            match class {
                "institution" => institutions.insert(word),
                "leader" => leaders.insert(word),
                "public" => public_bodies.insert(word),
                "business" => business_nouns.insert(word),
                "nonprofit" => nonprofit_ends.insert(word),
                _ => false,
            };
        }
        Lexicons {
            nationals,
            doubtful_demonyms,
            landform_heads,
            state_abbreviations,
            institutions,
            leaders,
            public_bodies,
            business_nouns,
            nonprofit_ends,
            english_words,
            surname_endings,
            surname_ending_bytes,
            countries,
            regions,
            capitals,
            place_compounds: lexicon::entries(lexicon::PLACE_COMPOUNDS).collect(),
            currencies,
            known,
            by_name,
            name_heads,
            first_names,
            titles,
            abbreviated_titles,
            title_phrases,
            org_suffixes,
            org_heads,
            pronoun_ends: WordEnds::of(pronouns.keys().copied(), true),
            pronouns,
            not_names,
            function_words,
            dates,
            surnames,
            words,
        }
    }
}

/// A name written in capitals, in title case as the lexicons hold it (`SERIE A` → `Serie A`,
/// `BANK OF ENGLAND` → `Bank of England`).
pub fn title_cased(text: &str) -> String {
    let mut titled = String::with_capacity(text.len());
    for (i, word) in text.split_inclusive([' ', '-']).enumerate() {
        let bare = word.trim_end_matches([' ', '-']);
        let connector = i > 0 && NAME_CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(bare));
        for (j, c) in word.chars().enumerate() {
            if j == 0 && !connector {
                titled.extend(c.to_uppercase());
            } else {
                titled.extend(c.to_lowercase());
            }
        }
    }
    titled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_and_name_blockers_are_found_past_their_filters() {
        let lex = &*LEXICONS;
        for word in lex.pronouns.keys() {
            assert!(lex.pronoun(word).is_some() && lex.pronoun(&word.to_uppercase()).is_some(), "{word}");
        }
        for word in lex.dates.iter().chain(["CEO"].iter()) {
            assert!(lex.blocks_name(word), "{word}");
        }
        assert!(!lex.blocks_name("Paris"));
    }

    #[test]
    fn english_words_are_sorted_for_binary_search() {
        let words = &LEXICONS.english_words;
        assert!(words.len() > 10_000);
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert!(words.iter().all(|w| LEXICONS.is_english_word(w)));
        for absent in ["", "a", "zzzzzz", "turnou", "turnoutt"] {
            assert!(!LEXICONS.is_english_word(absent), "{absent}");
        }
    }

    #[test]
    fn english_words_are_looked_up_in_any_case() {
        // `House` is also a name, but a word first.
        for word in ["Turnout", "HEADCOUNT", "wheat", "House"] {
            assert!(LEXICONS.is_english_word(word), "{word}");
        }
        // Names, and the common words `not_names` holds instead.
        for word in ["Agassi", "Pellmoor", "Said", "Sampras"] {
            assert!(!LEXICONS.is_english_word(word), "{word}");
        }
    }

    #[test]
    fn names_in_capitals_are_found_in_the_gazetteer() {
        let kind = |text: &str| LEXICONS.known_upper(text).map(|k| k.kind);
        assert_eq!(kind("RIO DE JANEIRO"), Some(EntityType::Gpe));
        assert_eq!(kind("SAN DIEGO"), Some(EntityType::Gpe));
        assert_eq!(kind("BANK OF ENGLAND"), Some(EntityType::Org));
        assert_eq!(kind("FLOODS"), None);
    }
}
