//! Clustering name mentions within a document: the same name, a surname or first name of
//! a person named in full (`Ren` → `Ren Zhengfei`, the most recent one), a shorter or
//! longer form of an organisation or product (`Huawei` / `Huawei Technologies`), an
//! acronym of a name (`WHO`), and other names of one country (`US`, `U.S.`, `America`).

use super::lexicons::{Role, LEXICONS};
use super::mentions::{is_acronym, Candidate};
use super::typing::{plural_shaped, says_it, Votes};
use super::{EntityType, Gender};
use crate::document::{Document, ParagraphKind, TokenKind};
use crate::lexicon::WordMap as HashMap;

/// A cluster of name mentions.
#[derive(Clone, Debug)]
pub struct Cluster {
    /// Indices of its candidates, in text order.
    pub members: Vec<usize>,
    /// The summed type evidence of its members.
    pub votes: Votes,
    /// The gender its members show, if any.
    pub gender: Option<Gender>,
    /// The words of its longest name.
    words: Vec<String>,
    /// The sentence of its latest member.
    pub last_sentence: usize,
    /// The type `votes` point to, kept up to date with them.
    kind: EntityType,
}

impl Cluster {
    /// The type its evidence points to.
    pub fn kind(&self) -> EntityType {
        self.kind
    }

    /// Adds the type evidence of a new member.
    fn vote(&mut self, votes: &Votes) {
        self.votes.merge(votes);
        self.kind = self.votes.best().0;
    }
}

/// The key a name is matched by: the canonical name when the gazetteer has one, otherwise
/// the text with straight apostrophes and without the periods of abbreviations.
pub fn key(doc: &Document, c: &Candidate) -> String {
    let mut key = String::new();
    key_into(doc, c, &mut key);
    key
}

/// [`key`], written into `key` so that its allocation serves every candidate.
pub fn key_into(doc: &Document, c: &Candidate, key: &mut String) {
    if let Some(canonical) = c.known.and_then(|k| k.canonical) {
        key.clear();
        key.push_str(&canonical.to_lowercase());
        return;
    }
    text_key_into(doc.slice(c.span), key);
}

/// The key of a name's text alone (see [`key`]).
pub fn text_key(text: &str) -> String {
    let mut key = String::new();
    text_key_into(text, &mut key);
    key
}

/// [`text_key`], written into `key` so that its allocation can be reused.
pub fn text_key_into(text: &str, key: &mut String) {
    let text = without_the(text);
    key.clear();
    if text.is_ascii() {
        // No curly apostrophe to straighten, and lower case is ASCII lower case.
        key.push_str(text);
        key.make_ascii_lowercase();
        if text.contains('.') && is_acronym(text) {
            key.retain(|c| c != '.');
        }
    } else {
        let mut text = if text.contains('’') { text.replace('’', "'") } else { text.to_string() };
        if text.contains('.') && is_acronym(&text) {
            text.retain(|c| c != '.');
        }
        key.push_str(&text.to_lowercase());
    }
    // `New People's Party` is `New People Party`, however its possessive is written or
    // tokenized (`St James ' Park`); `O'Neill` keeps its apostrophe.
    if memchr::memchr(b'\'', key.as_bytes()).is_some() && (key.contains("' ") || key.contains("'s ")) {
        let bare = key.replace(" 's ", " ").replace("'s ", " ").replace(" ' ", " ").replace("' ", " ");
        *key = bare;
    }
    // `U.S` without its final period is still a name of a country.
    if let Some(canonical) = LEXICONS.country(key) {
        let canonical = canonical.to_lowercase();
        key.clear();
        key.push_str(&canonical);
    }
}

/// How many words [`words_of`] finds in `text`, without building them.
fn count_words(text: &str) -> usize {
    without_the(text).split([' ', '\u{a0}']).filter(|w| !w.is_empty()).count()
}

/// A name without a leading `the`: `The Church of Scientology`, capitalised mid-sentence,
/// is the `Church of Scientology`. A name that is only `The` stays as it is.
pub(super) fn without_the(text: &str) -> &str {
    let rest = match text.get(..3) {
        Some(article) if article.eq_ignore_ascii_case("the") => &text[3..],
        _ => return text,
    };
    let words = rest.trim_start_matches([' ', '\u{a0}']);
    if words.len() < rest.len() && !words.is_empty() {
        words
    } else {
        text
    }
}

/// The words of a name, in lower case and with straight apostrophes.
fn words_of(text: &str) -> Vec<String> {
    let fold = |w: &str| {
        if w.is_ascii() {
            w.to_ascii_lowercase()
        } else {
            w.replace('’', "'").to_lowercase()
        }
    };
    without_the(text).split([' ', '\u{a0}']).filter(|w| !w.is_empty()).map(fold).collect()
}

/// The initials of a name's capitalised words (`World Health Organization` → `WHO`).
pub(super) fn initials(original: &str) -> String {
    original
        .split([' ', '\u{a0}', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Which clusters have been named with each word, with each set of initials, and with
/// each acronym, so that a name is compared only with the clusters it could refer to, not
/// with every cluster of a long document. Entries are never removed: a cluster found here
/// is checked again by the rule that wants it. A document of few clusters compares a name
/// with all of them, which is cheaper than keeping the index.
#[derive(Default)]
struct ClusterIndex {
    /// How many clusters there are; the index is kept from [`INDEXED_FROM`] on.
    clusters: usize,
    /// Each word of a cluster's names (see [`words_of`]), with the clusters named with it.
    by_word: HashMap<String, Vec<usize>>,
    /// The initials of each name of several words (`WHO` of `World Health Organization`).
    by_initials: HashMap<String, Vec<usize>>,
    /// The letters of each acronym (`US` of `U.S.`).
    by_letters: HashMap<String, Vec<usize>>,
    /// Clusters whose name has no word, which every longer name extends.
    wordless: Vec<usize>,
}

/// How many clusters a document has before [`ClusterIndex`] is kept.
const INDEXED_FROM: usize = 48;

/// The most clusters one word of [`ClusterIndex`] yields, the newest: a text whose every
/// name shares a word is compared with the latest of them only.
const MOST_PER_WORD: usize = 256;

/// The newest [`MOST_PER_WORD`] clusters of an entry of [`ClusterIndex`].
fn newest(entry: Option<&Vec<usize>>) -> &[usize] {
    let all = entry.map_or(&[][..], Vec::as_slice);
    &all[all.len().saturating_sub(MOST_PER_WORD)..]
}

/// Clusters looked up in a [`ClusterIndex`].
enum Lookup<'a> {
    /// Every cluster, newest first: the index is not kept yet.
    All(std::iter::Rev<std::ops::Range<usize>>),
    /// The clusters of one entry.
    Some(std::slice::Iter<'a, usize>),
    /// Clusters gathered from several entries, newest first.
    Gathered(std::vec::IntoIter<usize>),
}

impl Iterator for Lookup<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Lookup::All(range) => range.next(),
            Lookup::Some(iter) => iter.next().copied(),
            Lookup::Gathered(iter) => iter.next(),
        }
    }
}

impl ClusterIndex {
    /// Notes that cluster `ci` is now named `names[ci]`, whose words are those of
    /// `clusters[ci]`.
    fn note(&mut self, ci: usize, clusters: &[Cluster], names: &[String]) {
        self.clusters = clusters.len();
        if self.clusters == INDEXED_FROM {
            for (cj, (cl, name)) in clusters.iter().zip(names).enumerate() {
                self.add(cj, &cl.words, name);
            }
        } else if self.clusters > INDEXED_FROM {
            self.add(ci, &clusters[ci].words, &names[ci]);
        }
    }

    fn add(&mut self, ci: usize, words: &[String], name: &str) {
        // Only the newest entries are ever looked at: a repeat beyond them does no harm.
        fn push(list: &mut Vec<usize>, ci: usize) {
            if list.last() != Some(&ci) && !list[list.len().saturating_sub(MOST_PER_WORD)..].contains(&ci) {
                list.push(ci);
            }
        }
        for w in words {
            push(self.by_word.entry(w.clone()).or_default(), ci);
        }
        if words.is_empty() {
            push(&mut self.wordless, ci);
        }
        if words.len() >= 2 {
            push(self.by_initials.entry(initials(name)).or_default(), ci);
        }
        if is_acronym(name) {
            push(self.by_letters.entry(name.chars().filter(|c| c.is_alphabetic()).collect()).or_default(), ci);
        }
    }

    /// Whether the index is kept.
    fn kept(&self) -> bool {
        self.clusters >= INDEXED_FROM
    }

    /// The clusters named with `word` (maybe others too), at most [`MOST_PER_WORD`].
    fn with(&self, word: &str) -> Lookup<'_> {
        if !self.kept() {
            return Lookup::All((0..self.clusters).rev());
        }
        Lookup::Some(newest(self.by_word.get(word)).iter())
    }

    /// The clusters a name with these `words` (and `acronym`'s letters, for an acronym)
    /// may be an alias of, newest first: those sharing its first or last word, and those
    /// tied to it by initials.
    fn related(&self, words: &[String], text: &str, acronym: Option<&str>) -> Lookup<'_> {
        if !self.kept() {
            return Lookup::All((0..self.clusters).rev());
        }
        let mut out: Vec<usize> = self.wordless.clone();
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            out.extend(self.with(first));
            out.extend(self.with(last));
        }
        if let Some(letters) = acronym {
            out.extend_from_slice(newest(self.by_initials.get(letters)));
        }
        if words.len() >= 2 {
            out.extend_from_slice(newest(self.by_letters.get(&initials(text))));
        }
        out.sort_unstable_by(|a, b| b.cmp(a));
        out.dedup();
        Lookup::Gathered(out.into_iter())
    }
}

/// Whether a score follows a name, as in a row of results or standings (`CHICAGO 103`).
fn is_scored(doc: &Document, c: &Candidate) -> bool {
    let s = &doc.sentences()[c.sentence];
    let tokens = &doc.tokens()[s.tokens.clone()];
    let after = tokens.partition_point(|t| t.span.start < c.span.end);
    tokens.get(after).is_some_and(|t| t.kind == TokenKind::Number)
}

/// Whether the text puts a name as a place: a dateline's (`NEW YORK 1996-12-01` on its own
/// line) or after `in` or `near`.
fn is_placed(doc: &Document, c: &Candidate) -> bool {
    let s = &doc.sentences()[c.sentence];
    let tokens = &doc.tokens()[s.tokens.clone()];
    let at = tokens.partition_point(|t| t.span.start < c.span.start);
    if at == 0 {
        return doc.paragraphs()[s.paragraph].kind == ParagraphKind::Byline
            || tokens.len() <= 10 && super::mentions::ends_in_iso_date(doc, tokens);
    }
    matches!(doc.slice(tokens[at - 1].span), "in" | "In" | "near" | "Near")
}

/// Groups the candidates into clusters; returns the clusters and each candidate's cluster.
pub fn cluster(doc: &Document, cands: &[Candidate], votes: &[Votes]) -> (Vec<Cluster>, Vec<usize>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut names: Vec<String> = Vec::new(); // longest original text per cluster
    let mut of = vec![usize::MAX; cands.len()];
    // Each normalised key with the newest cluster known by it.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut index = ClusterIndex::default();
    let mut k = String::new();
    for (i, c) in cands.iter().enumerate() {
        let text = doc.slice(c.span);
        key_into(doc, c, &mut k);
        let (own, weight) = votes[i].best();
        // `CHICAGO 103 Miami 89` under a `CHICAGO` dateline, `MONTREAL 5 Ottawa 3` before `In
        // Montreal, …`: a city's name that a row of results makes a team (its votes for an
        // organisation outweigh the gazetteer's place, and a score follows it) and the same
        // name that the text places (a dateline's, or after `in`) are two entities. A name
        // with only the gazetteer's word for it (a headline's `LEEDS`) joins either.
        let city = c.known.is_some_and(|known| known.kind == EntityType::Gpe);
        if city {
            let placed = |m: usize| votes[m].best().0 == EntityType::Gpe && is_placed(doc, &cands[m]);
            let clash = by_key.get(k.as_str()).is_some_and(|&ci| {
                let cl = &clusters[ci];
                match (own, cl.kind()) {
                    (EntityType::Org, EntityType::Gpe) => is_scored(doc, c) && cl.members.iter().any(|&m| placed(m)),
                    (EntityType::Gpe, EntityType::Org) => {
                        placed(i) && cl.members.iter().any(|&m| is_scored(doc, &cands[m]))
                    }
                    _ => false,
                }
            });
            if clash {
                k.push_str(if own == EntityType::Org { "\u{1}team" } else { "\u{1}place" });
            }
        }
        // Weak evidence of an organisation does not keep a surname from its person.
        let firm_org = own == EntityType::Org && weight >= 1.5;
        // The words are built only when the key does not settle it or they may be longer.
        let mut words: Option<Vec<String>> = None;
        // A name seen before, unless it is a surname first seen alone with nothing to say
        // what it is (a headline's `Warhol`) and a person has since been named in full with
        // it (`Andy Warhol`).
        // `Mantilla` after `Felix Mantilla`, though a headline's `MANTILLA` was taken for the
        // town of that name: the surname of a person named in full since, where the text
        // does not place it (not a country's name).
        let town_surname = |cl: &Cluster| {
            matches!(cl.kind(), EntityType::Gpe | EntityType::Loc)
                && c.known.is_some_and(|k| k.canonical.is_none())
                && count_words(text) == 1
                && !is_placed(doc, c)
                && index.with(&cl.words[0]).any(|pi| {
                    let p = &clusters[pi];
                    p.kind() == EntityType::Person && p.words.len() > 1 && p.words.last() == Some(&cl.words[0])
                })
        };
        let keyed = by_key.get(k.as_str()).copied().filter(|&ci| !town_surname(&clusters[ci])).filter(|&ci| {
            let cl = &clusters[ci];
            cl.kind() == EntityType::Person
                // Not the gazetteer's word alone when it doubts it (`HAN` in a headline).
                || cl.votes.best().1 >= 1.5 && !LEXICONS.doubtful_demonyms.contains(text)
                || count_words(text) != 1
                || !index.with(&cl.words[0]).any(|pi| {
                    let p = &clusters[pi];
                    p.kind() == EntityType::Person && p.words.len() > 1 && p.words.contains(&cl.words[0])
                })
        });
        let target = c.acronym_of.map(|j| of[j]).or(keyed).or_else(|| {
            let words = words.get_or_insert_with(|| words_of(text));
            alias_of(&clusters, &names, &index, words, text, (own, weight), firm_org, c)
        });
        let ci = match target {
            Some(ci) => ci,
            None => {
                clusters.push(Cluster {
                    members: Vec::new(),
                    votes: Votes::default(),
                    gender: None,
                    words: words.take().unwrap_or_else(|| words_of(text)),
                    last_sentence: c.sentence,
                    kind: EntityType::Other,
                });
                names.push(text.to_string());
                let ci = clusters.len() - 1;
                index.note(ci, &clusters, &names);
                ci
            }
        };
        let cl = &mut clusters[ci];
        cl.members.push(i);
        // `Paris` for Valeska Paris: what a gazetteer says of the place tells nothing of the
        // person whose surname it is.
        let surname_place = cl.kind() == EntityType::Person
            && matches!(own, EntityType::Gpe | EntityType::Loc | EntityType::Norp)
            && cl.words.len() > 1
            && count_words(text) == 1
            && cl.words.contains(&words_of(text)[0]);
        if !surname_place {
            cl.vote(&votes[i]);
        }
        cl.gender = cl.gender.or(c.gender);
        cl.last_sentence = c.sentence;
        match by_key.get_mut(k.as_str()) {
            Some(newest) => *newest = (*newest).max(ci),
            None => {
                by_key.insert(k.clone(), ci);
            }
        }
        if count_words(text) > cl.words.len() && !is_acronym(text) {
            cl.words = words.unwrap_or_else(|| words_of(text));
            names[ci] = text.to_string();
            index.note(ci, &clusters, &names);
        }
        of[i] = ci;
    }
    merge_short_names(&mut clusters, &index, &mut of);
    for cl in &mut clusters {
        if speaks_as_organisation(doc, cands, cl) {
            let mut org = Votes::default();
            org.add(EntityType::Org, 3.0);
            cl.vote(&org);
        }
    }
    (clusters, of)
}

/// Whether a one-word name that nothing shows to be a person's (no title, no fuller name)
/// speaks of itself as `it`: `Pellmoor said it was disappointed`. A person named by one
/// word is almost always a surname, clustered with the full name before this. A given name
/// (`Orrin`, `Juniper`) must speak of its plans: `Orrin said on Wednesday it would delay …`
/// (a person's `it` is mostly something else: `Gloria said it was hard`).
fn speaks_as_organisation(doc: &Document, cands: &[Candidate], cl: &Cluster) -> bool {
    if cl.kind() != EntityType::Person || cl.words.len() != 1 {
        return false;
    }
    if cl.members.iter().any(|&i| cands[i].title.is_some()) {
        return false;
    }
    let lex = &*LEXICONS;
    let given =
        cl.gender.is_some() || cl.members.iter().any(|&i| lex.first_names.contains_key(doc.slice(cands[i].span)));
    cl.members.iter().any(|&i| says_it(doc, &cands[i]).is_some_and(|plans| plans || !given))
}

/// Merges a one-word cluster into the one person named in full with that word (`Santorum`
/// seen in a headline before `Rick Santorum` in the text), or into the one organisation
/// named as being of it (`Scientology`, `Church of Scientology`), whatever their order.
fn merge_short_names(clusters: &mut Vec<Cluster>, index: &ClusterIndex, of: &mut [usize]) {
    let mut into: Vec<Option<usize>> = vec![None; clusters.len()];
    for (ci, cl) in clusters.iter().enumerate() {
        if cl.words.len() != 1 || matches!(cl.kind(), EntityType::Gpe | EntityType::Loc | EntityType::Norp) {
            continue;
        }
        // Every rule below wants a cluster named with this word.
        let related = || index.with(&cl.words[0]).map(|cj| (cj, &clusters[cj]));
        let mut hosts = related().filter(|&(cj, other)| {
            cj != ci
                && other.kind() == EntityType::Person
                && other.words.len() > 1
                && other.words.contains(&cl.words[0])
        });
        if let (Some((cj, _)), None) = (hosts.next(), hosts.next()) {
            into[ci] = Some(cj);
            continue;
        }
        // `Scientology` for the `Church of Scientology`: what an organisation is `of`, when
        // it is no place (`Helsinki` is not the `University of Helsinki`) nor a person.
        if cl.kind() == EntityType::Person {
            continue;
        }
        let mut bodies = related().filter(|&(cj, other)| {
            let n = other.words.len();
            cj != ci
                && other.kind() == EntityType::Org
                && n >= 3
                && other.words[n - 2] == "of"
                && other.words[n - 1] == cl.words[0]
        });
        if let (Some((cj, _)), None) = (bodies.next(), bodies.next()) {
            into[ci] = Some(cj);
            continue;
        }
        // `Knicks` in a headline before the `New York Knicks`: a team without its city.
        let mut teams = related().filter(|&(cj, other)| {
            cj != ci && other.kind() == EntityType::Org && is_city_team_of(&other.words, &cl.words)
        });
        if let (Some((cj, _)), None) = (teams.next(), teams.next()) {
            into[ci] = Some(cj);
        }
    }
    if into.iter().all(Option::is_none) {
        return;
    }
    // Move members, then drop the emptied clusters and renumber.
    for ci in 0..clusters.len() {
        if let Some(cj) = into[ci] {
            let moved = std::mem::take(&mut clusters[ci].members);
            let (votes, last) = (clusters[ci].votes, clusters[ci].last_sentence);
            let host = &mut clusters[cj];
            host.members.extend(moved);
            host.members.sort_unstable();
            host.vote(&votes);
            host.last_sentence = host.last_sentence.max(last);
        }
    }
    let mut renumber = vec![usize::MAX; clusters.len()];
    let mut kept = 0;
    for (ci, slot) in renumber.iter_mut().enumerate() {
        if into[ci].is_none() {
            *slot = kept;
            kept += 1;
        }
    }
    for c in of.iter_mut() {
        let mut ci = *c;
        while let Some(cj) = into[ci] {
            ci = cj;
        }
        *c = renumber[ci];
    }
    let mut index = 0;
    clusters.retain(|_| {
        let keep = into[index].is_none();
        index += 1;
        keep
    });
}

/// Whether a word names a country or its people (`US`, `Indonesian`, `British`).
fn of_country(word: &str) -> bool {
    let lex = &*LEXICONS;
    lex.by_name.get(word).is_some_and(|&k| {
        let known = lex.known[k];
        (known.kind == EntityType::Gpe && known.canonical.is_some()) || known.kind == EntityType::Norp
    })
}

/// Whether the words of a team's name, in lower case, are a city's name and then
/// `tail` (`new york knicks` for `knicks`, `chicago bulls` for `bulls`).
fn is_city_team_of(team: &[String], tail: &[String]) -> bool {
    let n = team.len();
    if tail.is_empty() || n <= tail.len() || !team.ends_with(tail) {
        return false;
    }
    let city = team[..n - tail.len()].join(" ");
    LEXICONS.known_upper(&city).is_some_and(|k| k.kind == EntityType::Gpe && k.canonical.is_none())
}

/// The first word of a name as written.
fn first_word(name: &str) -> &str {
    name.split([' ', '\u{a0}']).next().unwrap_or("")
}

/// Whether `word` opens the names of organisations abroad (`Deutsche`, `Banco`), written
/// as in a name or in the capitals of a headline (`DEUTSCHE TELEKOM`).
fn opens_organisation(word: &str) -> bool {
    let opener = |w: &str| LEXICONS.words.get(w) == Some(&Role::OrgOpener);
    if opener(word) {
        return true;
    }
    let mut chars = word.chars();
    let capitals = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
    capitals && chars.next().is_some_and(|first| opener(&format!("{first}{}", chars.as_str().to_lowercase())))
}

/// The cluster a name refers back to, if it is a shorter or longer form of one.
#[allow(clippy::too_many_arguments)]
fn alias_of(
    clusters: &[Cluster],
    names: &[String],
    index: &ClusterIndex,
    words: &[String],
    text: &str,
    (own, own_weight): (EntityType, f32),
    firm_org: bool,
    c: &Candidate,
) -> Option<usize> {
    // `Olympic` alone is the event's adjective, no short form of `Olympic Stadium`.
    if words.is_empty() || LEXICONS.words.get(text) == Some(&Role::EventWord) {
        return None;
    }
    let place = matches!(own, EntityType::Gpe | EntityType::Loc | EntityType::Norp) && c.known.is_some();
    // A surname or first name of a person named in full, the most recent one first; a
    // place name counts too when it is that person's surname (`Valeska Paris` … `Paris`),
    // but never a country's.
    let country = c.known.is_some_and(|k| k.canonical.is_some());
    // `the North` for North Korea, `the South` for South Sudan: a compass word alone is the
    // latest country named with it.
    if words.len() == 1 && c.known.is_none() && matches!(words[0].as_str(), "north" | "south" | "east" | "west") {
        let country = index.with(&words[0]).filter(|&ci| {
            let cl = &clusters[ci];
            cl.kind() == EntityType::Gpe && cl.words.len() == 2 && cl.words[0] == words[0]
        });
        if let Some(ci) = country.max() {
            return Some(ci);
        }
    }
    if words.len() == 1 && !firm_org && !country {
        let person = index.with(&words[0]).filter(|&ci| {
            let cl = &clusters[ci];
            cl.kind() == EntityType::Person
                && cl.words.len() > 1
                && cl.words.contains(&words[0])
                // `Han` of `Han Sung-joo`: a word the gazetteer itself doubts may be any of them,
                // of a person the text shows to be one.
                && (!place
                    || cl.words.last() == Some(&words[0])
                    || LEXICONS.doubtful_demonyms.contains(text) && cl.votes.best().1 >= 2.0)
        });
        if let Some(ci) = person.max() {
            return Some(ci);
        }
    }
    // `Porto` for `FC Porto`, `Kiev` for `Dynamo Kiev`: a club without the word that opens
    // its name, though the name is a town's too.
    let club = index.with(&words[0]).filter(|&ci| {
        let cl = &clusters[ci];
        cl.kind() == EntityType::Org
            && cl.words.len() == words.len() + 1
            && cl.words[1..] == *words
            && opens_organisation(first_word(&names[ci]))
    });
    if let Some(ci) = club.max() {
        return Some(ci);
    }
    // The letters of a one-word acronym (`WHO`), to match the initials of longer names.
    let acronym: Option<String> =
        (words.len() == 1 && is_acronym(text)).then(|| text.chars().filter(|c| c.is_alphabetic()).collect());
    // A name that is not an organisation's whose first words these are, kept in case an
    // older organisation's name opens with them too.
    let mut short_of = None;
    // Newest first.
    for ci in index.related(words, text, acronym.as_deref()) {
        let cl = &clusters[ci];
        let kind = cl.kind();
        let n = cl.words.len();
        if place || c.title.is_some() && kind != EntityType::Person {
            continue;
        }
        // An acronym of a multi-word name.
        if let Some(acronym) = acronym.as_ref().filter(|_| n >= 2) {
            if acronym.len() >= 2 && *acronym == initials(&names[ci]) {
                return Some(ci);
            }
        }
        // The name an acronym seen before stands for (`EU leaders …, European Union
        // leaders`), an organisation's or a place's; not a name that holds the acronym
        // (`U.S. Steel` after `U.S.`).
        if words.len() >= 2
            && n == 1
            && !words.contains(&cl.words[0])
            && matches!(kind, EntityType::Org | EntityType::Gpe)
            && own != EntityType::Person
            && is_acronym(&names[ci])
            && names[ci].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && names[ci].chars().filter(|c| c.is_alphabetic()).eq(initials(text).chars())
        {
            return Some(ci);
        }
        if words.len() < n {
            // A surname or first name of a person.
            if kind == EntityType::Person && words.len() == 1 && cl.words.contains(&words[0]) && !firm_org {
                return Some(ci);
            }
            // A surname of several words (`De Lorenzo` for `Francesco De Lorenzo`, `Di
            // Pietro`), or the last names of a longer name (`Patrick Moynihan`).
            if kind == EntityType::Person && words.len() > 1 && cl.words.ends_with(words) && !firm_org {
                return Some(ci);
            }
            // `Phailin` for `Cyclone Phailin`: a storm's name without the word before it.
            if kind == EntityType::Event
                && n == 2
                && words.len() == 1
                && cl.words[1] == words[0]
                && LEXICONS.words.get(first_word(&names[ci])) == Some(&Role::EventHead)
            {
                return Some(ci);
            }
            // A shorter form of an organisation or product: its first words.
            // A person's name at the head of an organisation's (`Andy Warhol` in `Andy Warhol
            // Foundation`) is the person, not the organisation.
            // A known company's name is the same company with its legal suffix (`Bayer` for
            // `Bayer AG`).
            let suffixed = || {
                c.known.is_some_and(|k| k.kind == EntityType::Org)
                    && names[ci]
                        .split([' ', '\u{a0}'])
                        .filter(|w| !w.is_empty())
                        .skip(words.len())
                        .all(|w| LEXICONS.org_suffixes.contains(w))
            };
            if matches!(kind, EntityType::Org | EntityType::Product | EntityType::Other | EntityType::Event)
                && cl.words.starts_with(words)
                && (c.known.is_none() || suffixed())
                && own != EntityType::Person
            {
                // `Acme` after `Acme Systems` and `Acme Cloud Edge`: the organisation rather
                // than its product, when an older organisation's name opens with it too.
                if kind == EntityType::Org || short_of.is_some() {
                    return Some(ci);
                }
                short_of = Some(ci);
                continue;
            }
            // `Levico` for `Levico Terme`: a place the gazetteer does not know, by its first
            // word; not the town a bay, a street or a stadium is named after (`Harlow` and
            // `Harlow Bay`, `Bluefen` and `Bluefen Stadium`).
            let named_after = || {
                let last = names[ci].rsplit([' ', '\u{a0}']).next().unwrap_or("");
                LEXICONS.words.get(last) == Some(&Role::PlaceEnd)
            };
            if matches!(kind, EntityType::Gpe | EntityType::Loc)
                && words.len() == 1
                && cl.words[0] == words[0]
                && c.known.is_none()
                && !named_after()
                && matches!(own, EntityType::Gpe | EntityType::Loc | EntityType::Other)
            {
                return Some(ci);
            }
            // `the Windrush` for the `River Windrush`, `Kivu` for `Lake Kivu`: a natural
            // place without the word that says what kind it is.
            if kind == EntityType::Loc
                && words.len() == 1
                && cl.words.len() == 2
                && cl.words[1] == words[0]
                && LEXICONS.landform_heads.contains(first_word(&names[ci]))
                && c.known.is_none()
                && c.title.is_none()
            {
                return Some(ci);
            }
            // `Leverkusen` for `Bayer Leverkusen`, `Sachs` for `Goldman Sachs`: an
            // organisation of two words by its last, a word no list knows.
            if kind == EntityType::Org
                && n == 2
                && words.len() == 1
                && cl.words[1] == words[0]
                && c.known.is_none()
                && c.title.is_none()
                && !LEXICONS.org_suffixes.contains(text)
                && !LEXICONS.words.contains_key(text)
            {
                return Some(ci);
            }
            // `the Knicks` for the `New York Knicks`: a team without its city.
            if kind == EntityType::Org && c.known.is_none() && is_city_team_of(&cl.words, words) {
                return Some(ci);
            }
            // `the Press` for the `New York Press`, `the Department` for the `Water
            // Department`: an organisation's kind alone is the latest organisation whose name
            // ends in it.
            if kind == EntityType::Org
                && words.len() == 1
                && cl.words.last() == Some(&words[0])
                && c.known.is_none()
                && LEXICONS.org_suffixes.contains(text)
            {
                return Some(ci);
            }
            // `State Department` for the `US State Department`, `the Navy` for the `Indonesian
            // Navy`: an organisation without the country it belongs to.
            if kind == EntityType::Org
                && n == words.len() + 1
                && cl.words.ends_with(words)
                && c.known.is_none()
                && own != EntityType::Person
                && (words.len() >= 2 || LEXICONS.org_suffixes.contains(text))
                && of_country(first_word(&names[ci]))
            {
                return Some(ci);
            }
        } else if words.len() > n {
            // A longer form of a name seen before (`Huawei` → `Huawei Technologies`).
            // Not a person's name run on after a team's or a firm's (`goalkeeper for
            // Dunhallow Rangers Daria Marigate`).
            // Nor a person's name at the head of something named after them (`Andy Warhol`
            // … `Andy Warhol Photographic Legacy Program`), though a one-word name taken
            // for a person may be a firm's (`Noroski` … `Noroski Telecom Corp`).
            // Nor a one-word name used to describe things (`Warhol` … `the Warhol
            // Polaroids`), though `Harbour` … `Harbour Games` is the event.
            let last = text.rsplit([' ', '\u{a0}']).next().unwrap_or("");
            let described = n == 1
                && plural_shaped(last)
                && !LEXICONS.words.contains_key(last)
                && !LEXICONS.org_suffixes.contains(last);
            // A one-word name with little evidence (`Quorra` in a headline) is the same as
            // its longer form, unless both look like a person's.
            let weak = n == 1 && cl.votes.best().1 < 1.0 && (own != EntityType::Person || own_weight < 1.0);
            // Nor a product named after its maker (`Quillpad` … `Quillpad Plus`, `Boeing` …
            // `Boeing 737 MAX`).
            let product_of = kind == EntityType::Org && own == EntityType::Product;
            // Nor the event's adjective (`Olympic` … `Olympic Stadium`).
            let adjective = n == 1 && LEXICONS.words.get(names[ci].as_str()) == Some(&Role::EventWord);
            let extends = words.starts_with(&cl.words)
                && !product_of
                && !adjective
                && !matches!(kind, EntityType::Gpe | EntityType::Loc | EntityType::Norp)
                && ((own == EntityType::Person) == (kind == EntityType::Person)
                    || kind == EntityType::Person && n == 1 && firm_org
                    || weak)
                && !described;
            let full_name =
                kind == EntityType::Person && n == 1 && words.last() == cl.words.last() && own == EntityType::Person;
            if extends || full_name {
                return Some(ci);
            }
        }
    }
    short_of
}
