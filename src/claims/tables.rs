//! The claim lexicons (`src/lexicon/claim_*.txt`), loaded once into lookup tables.
//!
//! Phrases (currencies, units, qualifiers, rates) are tokenized with quarry's own tokenizer
//! and matched token by token against a sentence, keyed by their first token (to match
//! forward from a figure) and by their last (to match backward from it); single words go in
//! hash maps. Keys are ASCII lower case; a short stack buffer lower-cases a token for the
//! lookup, so matching allocates nothing.

use std::sync::LazyLock;

use super::view::View;
use crate::lexicon;
use crate::span::Span;

/// One phrase of a lexicon: its tokens and what it stands for.
#[derive(Debug)]
pub(crate) struct Entry<T> {
    /// The phrase's tokens, as written in the lexicon.
    tokens: Vec<&'static str>,
    /// Whether case matters.
    exact: bool,
    /// What the phrase stands for.
    pub value: T,
}

impl<T> Entry<T> {
    /// How many tokens the phrase has.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the phrase is two words joined by a hyphen (`basis-point`).
    pub fn hyphenated(&self) -> bool {
        self.tokens.len() == 3 && self.tokens[1] == "-"
    }
}

/// A lexicon of phrases, matched token by token.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    entries: Vec<Entry<T>>,
    /// Entry indices by lower-cased first token, longest phrase first.
    by_first: lexicon::WordMap<Vec<u8>, Vec<usize>>,
    /// Entry indices by lower-cased last token, longest phrase first.
    by_last: lexicon::WordMap<Vec<u8>, Vec<usize>>,
    /// Which tokens may start or end a phrase.
    firsts: WordFilter,
    lasts: WordFilter,
}

impl<T> Phrases<T> {
    /// Builds the table from `(surface, exact, value)` triples.
    pub fn new(items: impl IntoIterator<Item = (&'static str, bool, T)>) -> Phrases<T> {
        let mut entries = Vec::new();
        for (surface, exact, value) in items {
            let tokens = tokenize(surface);
            if !tokens.is_empty() {
                entries.push(Entry { tokens, exact, value });
            }
        }
        let mut by_first: lexicon::WordMap<Vec<u8>, Vec<usize>> = lexicon::WordMap::default();
        let mut by_last: lexicon::WordMap<Vec<u8>, Vec<usize>> = lexicon::WordMap::default();
        let (mut firsts, mut lasts) = (WordFilter::default(), WordFilter::default());
        for (i, e) in entries.iter().enumerate() {
            let (first, last) = (e.tokens[0], e.tokens[e.tokens.len() - 1]);
            by_first.entry(first.as_bytes().to_ascii_lowercase()).or_default().push(i);
            by_last.entry(last.as_bytes().to_ascii_lowercase()).or_default().push(i);
            firsts.insert(first.as_bytes());
            lasts.insert(last.as_bytes());
        }
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i].tokens.len()));
        }
        Phrases { entries, by_first, by_last, firsts, lasts }
    }

    /// The longest phrase accepted by `keep` that starts at token `i` of `v`, as the token
    /// index after it and the entry. With `head`, the phrase's first token is compared with
    /// `head` instead (the letters glued after a number: `bn` in `3.5bn`), and the rest of
    /// the phrase with the tokens from `i` on.
    pub fn starting_at(
        &self,
        v: &View,
        i: usize,
        head: Option<&str>,
        keep: impl Fn(&Entry<T>) -> bool,
    ) -> Option<(usize, &Entry<T>)> {
        let (first, rest_at) = match head {
            Some(h) => (h.as_bytes(), i),
            None if i < v.len() => (v.b(i), i + 1),
            None => return None,
        };
        if !self.firsts.may_hold(first) {
            return None;
        }
        let mut buf = [0u8; 32];
        let key = lower_bytes(first, &mut buf)?;
        let candidates = self.by_first.get(key)?;
        candidates.iter().map(|&k| &self.entries[k]).find_map(|e| {
            if !same(e.tokens[0], first, e.exact) || !keep(e) {
                return None;
            }
            let rest = &e.tokens[1..];
            if rest_at + rest.len() > v.len() {
                return None;
            }
            rest.iter()
                .enumerate()
                .all(|(k, t)| same(t, v.b(rest_at + k), e.exact))
                .then_some((rest_at + rest.len(), e))
        })
    }

    /// The longest phrase accepted by `keep` that ends right before token `end` of `v`, as
    /// the index of its first token and the entry.
    pub fn ending_at(&self, v: &View, end: usize, keep: impl Fn(&Entry<T>) -> bool) -> Option<(usize, &Entry<T>)> {
        if end == 0 {
            return None;
        }
        let last = v.b(end - 1);
        if !self.lasts.may_hold(last) {
            return None;
        }
        let mut buf = [0u8; 32];
        let key = lower_bytes(last, &mut buf)?;
        let candidates = self.by_last.get(key)?;
        candidates.iter().map(|&k| &self.entries[k]).find_map(|e| {
            let n = e.tokens.len();
            if n > end || !keep(e) {
                return None;
            }
            let first = end - n;
            e.tokens.iter().enumerate().all(|(k, t)| same(t, v.b(first + k), e.exact)).then_some((first, e))
        })
    }

    /// The entry of exactly two tokens, `first` then `second` (accepted by `keep`): for a
    /// phrase whose last token is glued to the digits (`$A1.2` is `$`, `A1.2`).
    pub fn pair(&self, first: &str, second: &str, keep: impl Fn(&Entry<T>) -> bool) -> Option<&Entry<T>> {
        let (first, second) = (first.as_bytes(), second.as_bytes());
        if !self.firsts.may_hold(first) || !self.lasts.may_hold(second) {
            return None;
        }
        let mut buf = [0u8; 32];
        let key = lower_bytes(first, &mut buf)?;
        self.by_first.get(key)?.iter().map(|&k| &self.entries[k]).find(|e| {
            e.tokens.len() == 2 && same(e.tokens[0], first, e.exact) && same(e.tokens[1], second, e.exact) && keep(e)
        })
    }

    /// The entry whose single token is `word`, if any (accepted by `keep`).
    pub fn word(&self, word: impl AsRef<[u8]>, keep: impl Fn(&Entry<T>) -> bool) -> Option<&Entry<T>> {
        self.words(word.as_ref(), keep).next()
    }

    /// Every entry whose single token is `word`, in the lexicon's order (accepted by `keep`).
    pub fn words<'s, 'w>(
        &'s self,
        word: &'w [u8],
        keep: impl Fn(&Entry<T>) -> bool + 'w,
    ) -> impl Iterator<Item = &'s Entry<T>> + 'w
    where
        's: 'w,
    {
        let mut buf = [0u8; 32];
        let list = if self.firsts.may_hold(word) {
            lower_bytes(word, &mut buf).and_then(|key| self.by_first.get(key))
        } else {
            None
        };
        list.into_iter()
            .flatten()
            .map(|&k| &self.entries[k])
            .filter(move |e| e.tokens.len() == 1 && same(e.tokens[0], word, e.exact) && keep(e))
    }
}

/// The words of a text that may be a currency's cue words (`Zambia` in `Zambia's` and
/// `Zambia’s`), as bytes: split at ASCII marks and at the first byte of general punctuation
/// (`’`, `“`, `—`), so that a letter with an accent stays in its word (`Bogotá`). A piece
/// that opens with the rest of such a mark matches no cue.
pub(crate) fn cue_words(text: &str) -> impl Iterator<Item = &[u8]> {
    text.as_bytes().split(|&b| !b.is_ascii_alphanumeric() && (b < 0x80 || b == 0xE2)).filter(|w| w.len() > 2)
}

/// Whether a lexicon token matches a text token.
#[inline]
fn same(lexicon: &str, text: &[u8], exact: bool) -> bool {
    if exact {
        lexicon.as_bytes() == text
    } else {
        lexicon.as_bytes().eq_ignore_ascii_case(text)
    }
}

/// The tokens of a lexicon phrase, as quarry tokenizes text.
fn tokenize(surface: &'static str) -> Vec<&'static str> {
    let mut toks = Vec::new();
    crate::segment::tokens::tokenize(surface, Span::new(0, surface.len()), &mut toks);
    toks.iter().map(|t| &surface[t.span.start..t.span.end]).collect()
}

/// How a currency surface is written (see `claim_currencies.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CurrencyRole {
    /// A sign, before or after the number.
    Symbol,
    /// An ISO code, before or after, glued or spaced.
    Code,
    /// An ISO code that is also an English word: upper case only, glued or after.
    Upper,
    /// Written before the number only.
    Prefix,
    /// A name after the number.
    Name,
    /// A name after the number or, less often, before it (`yuan 5 billion`).
    Both,
    /// A minor unit after the number (`cents`).
    Minor,
    /// `pound`: money or weight.
    Weight,
}

/// A currency surface.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Currency {
    /// The ISO 4217 code (or the minor unit's symbol).
    pub code: &'static str,
    /// How it is written.
    pub role: CurrencyRole,
    /// For a prefix that several currencies share (`K`, `Rs`), or a letter that a story must
    /// vouch for (`N`): the words that show a story is about this currency's country,
    /// comma-separated (empty for others).
    pub cues: &'static str,
}

impl Currency {
    /// Whether the surface may stand before a number.
    pub fn before(&self) -> bool {
        matches!(self.role, CurrencyRole::Symbol | CurrencyRole::Code | CurrencyRole::Prefix | CurrencyRole::Both)
    }

    /// Whether the surface may stand after a number.
    pub fn after(&self) -> bool {
        !matches!(self.role, CurrencyRole::Prefix)
    }
}

/// The kind of quantity a unit makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// A percentage.
    Percent,
    /// Percentage points or basis points.
    Points,
    /// A physical measure.
    Measure,
    /// A length of time.
    Duration,
}

/// A unit surface.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    /// The short symbol written as the claim's unit.
    pub symbol: &'static str,
    /// The kind of quantity.
    pub kind: UnitKind,
    /// A one-letter unit that may stand apart from the number.
    pub spaced: bool,
    /// A length (a speed with `an hour` after it).
    pub length: bool,
    /// The smaller unit that may follow it, and how many of those make one of it
    /// (`5 ft 2 in`: `in`, 12).
    pub compound: Option<(&'static str, f64)>,
    /// The rate the unit carries (`day` for `bpd`).
    pub per: Option<&'static str>,
    /// A unit that may stand before the number too (`magnitude 6.3`, `magnitude-6.3`).
    pub before: bool,
    /// How many of its symbol's unit one of it makes (`decades` are written in years: 10).
    pub times: f64,
}

/// What a number word is (see `claim_numbers.txt`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumberWord {
    /// A cardinal below ten.
    Unit(f64),
    /// Ten to nineteen.
    Teen(f64),
    /// A multiple of ten.
    Tens(f64),
    /// `hundred`.
    Hundred,
    /// `dozen`.
    Dozen,
    /// A scale word (`million`): its factor.
    Scale(f64),
    /// A scale abbreviation (`bn`): its factor.
    Abbr(f64),
    /// A one-letter scale read only for money (`m`, `b`): its factor.
    MoneyAbbr(f64),
    /// A fraction's denominator, singular.
    Fraction(f64),
    /// A fraction's denominator, plural.
    Fractions(f64),
    /// `half`.
    Half,
    /// A fraction sign (`½`): its value.
    Symbol(f64),
    /// A multiplying word (`twice`, `threefold`): its factor.
    Multiplier(f64),
    /// A verb of multiplying (`doubled`, `halved`): its factor.
    MultiplierVerb(f64),
    /// A multiplying word that is a figure only before what it multiplies (`double the
    /// number`, `triple what it was`): its factor.
    MultiplierBefore(f64),
    /// A plural of a scale word (`hundreds`, `thousands`): the least it stands for.
    Vague(f64),
}

/// A qualifier's class (see `claim_qualifiers.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// An estimate.
    Approx,
    /// A lower bound.
    Lower,
    /// An upper bound.
    Upper,
    /// Insisted on: not approximate.
    Exact,
}

impl Bound {
    /// The name written in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Approx => "approx",
            Bound::Lower => "lower",
            Bound::Upper => "upper",
            Bound::Exact => "exact",
        }
    }
}

/// When a comparison phrase ties a figure to the one before it (see
/// `claim_comparisons.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tie {
    /// Whatever the earlier figure is (`up from`, `versus`).
    Always,
    /// When the earlier figure is a level, not the size of a change (`from`).
    Level,
    /// When the earlier figure is a level after `from` (`to`).
    Span,
}

/// A word of change (see `claim_changes.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Change {
    /// `up` or `down`.
    pub direction: &'static str,
    /// Whether the word stands before the figure (else after it).
    pub before: bool,
}

/// Word classes of `claim_words.txt`, as bits.
pub(crate) mod class {
    /// A grammar word.
    pub const FUNCTION: u64 = 1;
    /// A noun that numbers a thing.
    pub const LABEL: u64 = 1 << 1;
    /// A street type.
    pub const STREET: u64 = 1 << 2;
    /// A month name.
    pub const MONTH: u64 = 1 << 3;
    /// A day name.
    pub const WEEKDAY: u64 = 1 << 4;
    /// A clock marker.
    pub const TIME: u64 = 1 << 5;
    /// A hedging word.
    pub const HEDGE: u64 = 1 << 6;
    /// A reporting verb.
    pub const REPORT: u64 = 1 << 7;
    /// A plural noun without a final `s`.
    pub const PLURAL: u64 = 1 << 8;
    /// A word of money talk.
    pub const MONEY: u64 = 1 << 9;
    /// A word that makes `half` a period.
    pub const ORDINAL: u64 = 1 << 10;
    /// A word after `times` that makes it a multiplier.
    pub const COMPARATIVE: u64 = 1 << 11;
    /// A word after `a year` that makes it a time reference.
    pub const TIMEREF: u64 = 1 << 12;
    /// A noun after `one` that makes it an idiom, not a count.
    pub const IDIOM: u64 = 1 << 13;
    /// A plural noun after a distance that makes it a race (`400m hurdles`).
    pub const EVENT: u64 = 1 << 14;
    /// A word after a length that makes it a size (`1.8m tall`).
    pub const DIMENSION: u64 = 1 << 15;
    /// A word after an ordinal that makes it a rank (`third-largest`).
    pub const SUPERLATIVE: u64 = 1 << 16;
    /// A word before an ordinal that makes it a rank (`ranked 12th`).
    pub const RANKING: u64 = 1 << 17;
    /// A word before `N to M` that makes it a score or a tally (`passed 219 to 213`).
    pub const RESULT: u64 = 1 << 18;
    /// A word after a multiplying verb that makes it an idiom (`doubled down`).
    pub const PARTICLE: u64 = 1 << 19;
    /// A word after `twice` that makes it how often, not how much (`twice in`, `twice a`).
    pub const OFTEN: u64 = 1 << 20;
    /// A word before `hundred`, `dozen` or a scale word that makes it a least amount
    /// (`several hundred`, `a few thousand`).
    pub const INDEFINITE: u64 = 1 << 21;
    /// An era beside a year (`753 B.C.`, `AD 79`).
    pub const ERA: u64 = 1 << 22;
    /// A word of phoning beside a service number (`called 911`, `a 999 call`).
    pub const DIAL: u64 = 1 << 23;
    /// A noun of things counted by the million (`passenger numbers rose to 5.6m`).
    pub const TALLY: u64 = 1 << 24;
    /// A thing measured in metres (`the river rose to 5.6m`, `a 5.6m wall`).
    pub const LEVEL: u64 = 1 << 25;
    /// A verb that may follow a count (`fewer than 200 work there`).
    pub const VERB: u64 = 1 << 26;
    /// A noun after a year that makes the year a baseline (`2005 levels`).
    pub const BASELINE: u64 = 1 << 27;
    /// A verb or an auxiliary that opens a clause after a count (`2,000 people were
    /// evacuated and 14 were killed`).
    pub const CLAUSE: u64 = 1 << 28;
    /// A noun after a duration written as an adjective that makes the duration a name
    /// (`the 10-year yield`, `a 52-week high`).
    pub const TENOR: u64 = 1 << 29;
    /// A word after an ordinal that makes it a count of occurrences (`fourth straight`,
    /// `third consecutive`, `14th time`).
    pub const STREAK: u64 = 1 << 30;
    /// A noun of an event after an ordinal that makes it a count of occurrences (`its sixth
    /// increase`, `the fourth hurricane`).
    pub const OCCURRENCE: u64 = 1 << 31;
    /// A noun of a document or a numbered thing before `No.` (`communique No. 297`, `Plot
    /// No. 17`): the number is its label, no rank.
    pub const DOCUMENT: u64 = 1 << 32;
    /// A verb that carries a figure from one level to another before `from` (`went from`,
    /// `cut from`): `from X to Y` after it is a change, not a range.
    pub const MOVE: u64 = 1 << 33;
    /// A word that makes the points of its sentence an index's or a game's (`the FTSE fell
    /// 42.3 points`, `scored 30 points`), not percentage points.
    pub const POINTS: u64 = 1 << 34;
    /// A word that makes the pounds of its sentence a weight, whatever money it talks
    /// (`weighed 233 pounds`, `a loss of about 34 pounds` in a story of body weight).
    pub const WEIGHT: u64 = 1 << 35;
    /// A noun of a quantity that is itself a rate (`inflation`, `unemployment`, `yield`):
    /// after its change, a percentage is the level reached (`inflation rose 0.2% to 2.9%`),
    /// not the top of the change's range.
    pub const RATE: u64 = 1 << 36;

    /// The bit of a class name in the lexicon file.
    pub fn of(name: &str) -> Option<u64> {
        Some(match name {
            "function" => FUNCTION,
            "label" => LABEL,
            "street" => STREET,
            "month" => MONTH,
            "weekday" => WEEKDAY,
            "time" => TIME,
            "hedge" => HEDGE,
            "report" => REPORT,
            "plural" => PLURAL,
            "money" => MONEY,
            "ordinal" => ORDINAL,
            "comparative" => COMPARATIVE,
            "timeref" => TIMEREF,
            "idiom" => IDIOM,
            "event" => EVENT,
            "dimension" => DIMENSION,
            "superlative" => SUPERLATIVE,
            "ranking" => RANKING,
            "result" => RESULT,
            "particle" => PARTICLE,
            "often" => OFTEN,
            "indefinite" => INDEFINITE,
            "era" => ERA,
            "dial" => DIAL,
            "tally" => TALLY,
            "level" => LEVEL,
            "verb" => VERB,
            "baseline" => BASELINE,
            "clause" => CLAUSE,
            "tenor" => TENOR,
            "streak" => STREAK,
            "occurrence" => OCCURRENCE,
            "document" => DOCUMENT,
            "move" => MOVE,
            "points" => POINTS,
            "weight" => WEIGHT,
            "rate" => RATE,
            _ => return None,
        })
    }
}

/// The index of the filter of words in any class, after one filter per class (the last
/// class is [`class::WEIGHT`]).
const ANY_CLASS: usize = class::RATE.trailing_zeros() as usize + 1;

/// Every claim lexicon, loaded.
pub(crate) struct Tables {
    /// Currency symbols, codes and names.
    pub currencies: Phrases<Currency>,
    /// The cue words of the prefixes of one capital letter (`naira`, `Nigeria` for `N`),
    /// each with the bits `letter - 'A'` of the letters it vouches for.
    letter_cues: lexicon::WordMap<&'static [u8], u32>,
    /// Units, percent and points.
    pub units: Phrases<Unit>,
    /// Number words, scales and fractions by lower-case word (`M` and `B` by themselves).
    numbers: lexicon::WordMap<&'static [u8], NumberWord>,
    /// Case-sensitive number words (the one-letter money scales).
    numbers_exact: lexicon::WordMap<&'static [u8], NumberWord>,
    /// Ordinal words (`third`) by lower-case word, with their rank.
    ordinals: lexicon::WordMap<&'static [u8], f64>,
    /// Plural demonyms and group names (`Palestinians`, `Democrats`) by lower-case word:
    /// counted nouns although capitalised.
    demonyms: lexicon::WordMap<Vec<u8>, ()>,
    /// Which words may be plural demonyms.
    demonym_filter: WordFilter,
    /// Qualifiers before a figure.
    pub qualifiers: Phrases<Bound>,
    /// Words of change.
    pub changes: Phrases<Change>,
    /// Rates after a figure.
    pub rates: Phrases<&'static str>,
    /// Phrases that tie a figure to the one before it in a comparison.
    pub comparisons: Phrases<Tie>,
    /// Word classes by lower-case word.
    words: lexicon::WordMap<&'static [u8], u64>,
    /// Which words may be number words or ordinals, to skip most words before hashing them
    /// (and, in a sentence, before scanning them).
    number_filter: TightFilter,
    /// Which words may be ordinals.
    ordinal_filter: WordFilter,
    /// Which words may be in each class (by bit position), and in any class (the last).
    class_filters: [WordFilter; ANY_CLASS + 1],
}

impl Tables {
    /// The one-letter currency prefixes (`N`, `K`) whose currencies' cue words `text` writes
    /// (`Nigeria`, `naira`, `Lusaka`), as bits `letter - 'A'`.
    pub fn vouched_letters(&self, text: &str) -> u32 {
        cue_words(text).filter_map(|word| self.letter_cues.get(word)).fold(0, |vouched, &bits| vouched | bits)
    }

    fn load() -> Tables {
        let currencies = Phrases::new(lexicon::entries(lexicon::CLAIM_CURRENCIES).filter_map(|line| {
            let mut cols = line.split('\t');
            let (surface, code, role) = (cols.next()?, cols.next()?, cols.next()?);
            let cues = cols.next().unwrap_or("");
            let role = match role {
                "symbol" => CurrencyRole::Symbol,
                "code" => CurrencyRole::Code,
                "upper" => CurrencyRole::Upper,
                "prefix" => CurrencyRole::Prefix,
                "name" => CurrencyRole::Name,
                "both" => CurrencyRole::Both,
                "minor" => CurrencyRole::Minor,
                "weight" => CurrencyRole::Weight,
                _ => return None,
            };
            let lettered = role == CurrencyRole::Symbol && surface.bytes().any(|b| b.is_ascii_alphabetic());
            // A minor unit of one letter is matched as written: `50p`, not `comet 81P/Wild`.
            let one_letter = role == CurrencyRole::Minor && surface.len() == 1;
            let exact = matches!(role, CurrencyRole::Upper | CurrencyRole::Prefix) || lettered || one_letter;
            Some((surface, exact, Currency { code, role, cues }))
        }));
        let mut letter_cues: lexicon::WordMap<&'static [u8], u32> = lexicon::WordMap::default();
        for line in lexicon::entries(lexicon::CLAIM_CURRENCIES) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            if let (Some(&[letter @ b'A'..=b'Z']), Some(&"prefix"), Some(cues)) =
                (cols.first().map(|s| s.as_bytes()), cols.get(2), cols.get(3))
            {
                for cue in cues.split(',') {
                    *letter_cues.entry(cue.as_bytes()).or_default() |= 1 << (letter - b'A');
                }
            }
        }
        let units = Phrases::new(lexicon::entries(lexicon::CLAIM_UNITS).filter_map(|line| {
            let mut cols = line.split('\t');
            let (surface, symbol, kind) = (cols.next()?, cols.next()?, cols.next()?);
            let flags = cols.next().unwrap_or("");
            let kind = match kind {
                "percent" => UnitKind::Percent,
                "pp" => UnitKind::Points,
                "measure" => UnitKind::Measure,
                "duration" => UnitKind::Duration,
                _ => return None,
            };
            let has = |f: &str| flags.split(',').any(|x| x.trim() == f);
            let per = flags.split(',').find_map(|x| x.trim().strip_prefix("per="));
            let compound = flags.split(',').find_map(|x| {
                let (smaller, count) = x.trim().strip_prefix("compound=")?.split_once('/')?;
                Some((smaller, count.parse().ok()?))
            });
            let unit = Unit {
                symbol,
                kind,
                spaced: has("spaced"),
                length: has("length"),
                compound,
                per,
                before: has("before"),
                times: flags.split(',').find_map(|x| x.trim().strip_prefix("times=")?.parse().ok()).unwrap_or(1.0),
            };
            Some((surface, has("exact"), unit))
        }));
        let mut numbers = lexicon::WordMap::default();
        let mut numbers_exact = lexicon::WordMap::default();
        let mut ordinals = lexicon::WordMap::default();
        for line in lexicon::entries(lexicon::CLAIM_NUMBERS) {
            let mut cols = line.split('\t');
            let (Some(word), Some(value), Some(kind)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let Some(v) = parse_value(value) else { continue };
            if kind == "ordinal" {
                ordinals.insert(word.as_bytes(), v);
                continue;
            }
            let entry = match kind {
                "unit" => NumberWord::Unit(v),
                "teen" => NumberWord::Teen(v),
                "tens" => NumberWord::Tens(v),
                "hundred" => NumberWord::Hundred,
                "dozen" => NumberWord::Dozen,
                "scale" => NumberWord::Scale(v),
                "abbr" => NumberWord::Abbr(v),
                "money" => NumberWord::MoneyAbbr(v),
                "fraction" => NumberWord::Fraction(v),
                "fractions" => NumberWord::Fractions(v),
                "half" => NumberWord::Half,
                "symbol" => NumberWord::Symbol(v),
                "multiplier" => NumberWord::Multiplier(v),
                "verb" => NumberWord::MultiplierVerb(v),
                "before" => NumberWord::MultiplierBefore(v),
                "vague" => NumberWord::Vague(v),
                _ => continue,
            };
            if matches!(entry, NumberWord::MoneyAbbr(_)) || word.chars().count() == 1 && word != word.to_lowercase() {
                numbers_exact.insert(word.as_bytes(), entry);
            } else {
                numbers.insert(word.as_bytes(), entry);
            }
        }
        let qualifiers = Phrases::new(lexicon::entries(lexicon::CLAIM_QUALIFIERS).filter_map(|line| {
            let (phrase, class) = line.split_once('\t')?;
            let bound = match class.trim() {
                "approx" => Bound::Approx,
                "lower" => Bound::Lower,
                "upper" => Bound::Upper,
                "exact" => Bound::Exact,
                _ => return None,
            };
            Some((phrase, false, bound))
        }));
        let changes = Phrases::new(lexicon::entries(lexicon::CLAIM_CHANGES).filter_map(|line| {
            let mut cols = line.split('\t');
            let (word, direction, place) = (cols.next()?, cols.next()?, cols.next()?);
            let direction = match direction {
                "up" => "up",
                "down" => "down",
                _ => return None,
            };
            Some((word, false, Change { direction, before: place == "before" }))
        }));
        let rates = Phrases::new(lexicon::entries(lexicon::CLAIM_RATES).filter_map(|line| {
            let (phrase, per) = line.split_once('\t')?;
            Some((phrase, false, per.trim()))
        }));
        let comparisons = Phrases::new(lexicon::entries(lexicon::CLAIM_COMPARISONS).filter_map(|line| {
            let (phrase, tie) = line.split_once('\t')?;
            let tie = match tie.trim() {
                "always" => Tie::Always,
                "level" => Tie::Level,
                "span" => Tie::Span,
                _ => return None,
            };
            Some((phrase, false, tie))
        }));
        let mut words: lexicon::WordMap<&'static [u8], u64> = lexicon::WordMap::default();
        let mut class_filters = [WordFilter::default(); ANY_CLASS + 1];
        for (word, name) in lexicon::pairs(lexicon::CLAIM_WORDS) {
            if let Some(bit) = class::of(name) {
                *words.entry(word.as_bytes()).or_default() |= bit;
                class_filters[bit.trailing_zeros() as usize].insert(word.as_bytes());
                class_filters[ANY_CLASS].insert(word.as_bytes());
            }
        }
        let (mut demonyms, mut demonym_filter) = (lexicon::WordMap::default(), WordFilter::default());
        for (word, _) in lexicon::pairs(lexicon::DEMONYMS) {
            let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase());
            if capitalised && word.ends_with('s') && !word.contains(' ') {
                demonym_filter.insert(word.as_bytes());
                demonyms.insert(word.as_bytes().to_ascii_lowercase(), ());
            }
        }
        let mut tables = Tables {
            currencies,
            letter_cues,
            units,
            numbers,
            numbers_exact,
            ordinals,
            demonyms,
            demonym_filter,
            qualifiers,
            changes,
            rates,
            comparisons,
            words,
            number_filter: TightFilter::default(),
            ordinal_filter: WordFilter::default(),
            class_filters,
        };
        tables.add_folds();
        let mut filter = TightFilter::default();
        for word in tables.numbers.keys().chain(tables.numbers_exact.keys()).chain(tables.ordinals.keys()) {
            filter.insert(word);
        }
        tables.number_filter = filter;
        for word in tables.ordinals.keys() {
            tables.ordinal_filter.insert(word);
        }
        tables
    }

    /// `threefold`, `tenfold`, … for every cardinal word.
    fn add_folds(&mut self) {
        let cardinals: Vec<(&'static [u8], f64)> = self
            .numbers
            .iter()
            .filter_map(|(w, n)| match n {
                NumberWord::Unit(v) | NumberWord::Teen(v) | NumberWord::Tens(v) if *v >= 2.0 => Some((*w, *v)),
                NumberWord::Hundred => Some((*w, 100.0)),
                NumberWord::Scale(v) if *v == 1e3 => Some((*w, *v)),
                _ => None,
            })
            .collect();
        for (w, v) in cardinals {
            let fold: &'static [u8] = Box::leak([w, b"fold"].concat().into_boxed_slice());
            self.numbers.insert(fold, NumberWord::Multiplier(v));
        }
    }

    /// Whether `word` may be a number word (false for most words, cheaply).
    #[inline]
    pub fn may_be_number(&self, word: &[u8]) -> bool {
        self.number_filter.may_hold(word)
    }

    /// What `word` is as a number word, if anything.
    pub fn number(&self, word: impl AsRef<[u8]>) -> Option<NumberWord> {
        let b = word.as_ref();
        if !self.may_be_number(b) {
            return None;
        }
        // The case-sensitive words are single letters.
        if b.len() == 1 {
            if let Some(&n) = self.numbers_exact.get(b) {
                return Some(n);
            }
        }
        let mut buf = [0u8; 32];
        self.numbers.get(lower_bytes(b, &mut buf)?).copied()
    }

    /// The rank an ordinal word stands for (`third` → 3), if it is one.
    pub fn ordinal(&self, word: impl AsRef<[u8]>) -> Option<f64> {
        let b = word.as_ref();
        if !self.ordinal_filter.may_hold(b) {
            return None;
        }
        let mut buf = [0u8; 32];
        self.ordinals.get(lower_bytes(b, &mut buf)?).copied()
    }

    /// Whether `word` is a plural demonym or group name (`Palestinians`, `Democrats`).
    pub fn demonym(&self, word: impl AsRef<[u8]>) -> bool {
        let b = word.as_ref();
        let mut buf = [0u8; 32];
        self.demonym_filter.may_hold(b) && lower_bytes(b, &mut buf).is_some_and(|w| self.demonyms.contains_key(w))
    }

    /// The class bits of `word` (0 when it is in no class).
    pub fn classes(&self, word: impl AsRef<[u8]>) -> u64 {
        let b = word.as_ref();
        if !self.class_filters[ANY_CLASS].may_hold(b) {
            return 0;
        }
        let mut buf = [0u8; 32];
        lower_bytes(b, &mut buf).and_then(|w| self.words.get(w)).copied().unwrap_or(0)
    }

    /// Whether `word` is in class `bit` (or, for several bits, in any of them).
    pub fn is(&self, word: impl AsRef<[u8]>, bit: u64) -> bool {
        let word = word.as_ref();
        let filters = &self.class_filters;
        let filter = if bit.is_power_of_two() { &filters[bit.trailing_zeros() as usize] } else { &filters[ANY_CLASS] };
        filter.may_hold(word) && self.classes(word) & bit != 0
    }
}

/// `bytes` in ASCII lower case, in `buf`; `None` when longer than the buffer.
fn lower_bytes<'b>(bytes: &[u8], buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// A quick test that rules out most words not in a set, from their length and their first
/// and last bytes (ASCII letters case-folded), before any hashing.
#[derive(Clone, Copy, Default)]
struct WordFilter {
    /// Bit `len` (capped at 31) of `bits[first][last]` is set when a word of that shape is
    /// in the set.
    bits: [[u32; 27]; 27],
}

/// The slot of each byte in a [`WordFilter`]: its ASCII letter case-folded (0 to 25), or 26.
static SLOTS: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8;
        table[b'A' as usize + b] = b as u8;
        b += 1;
    }
    table
};

impl std::fmt::Debug for WordFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shapes: u32 = self.bits.iter().flatten().map(|b| b.count_ones()).sum();
        write!(f, "WordFilter({shapes} shapes)")
    }
}

impl WordFilter {
    fn insert(&mut self, word: &[u8]) {
        if let (Some(&first), Some(&last)) = (word.first(), word.last()) {
            self.set(first, last, word.len());
        }
    }

    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => self.has(first, last, word.len()),
            _ => false,
        }
    }

    /// Inserts `word` by its inner ends instead: its second and next-to-last bytes (its only
    /// byte, twice, for a word of one).
    fn insert_inner(&mut self, word: &[u8]) {
        if let Some((second, before_last)) = inner_ends(word) {
            self.set(second, before_last, word.len());
        }
    }

    /// Whether `word` may be in the set, as [`WordFilter::insert_inner`] built it.
    #[inline]
    fn may_hold_inner(&self, word: &[u8]) -> bool {
        inner_ends(word).is_some_and(|(second, before_last)| self.has(second, before_last, word.len()))
    }

    fn set(&mut self, a: u8, b: u8, len: usize) {
        self.bits[usize::from(SLOTS[usize::from(a)])][usize::from(SLOTS[usize::from(b)])] |= 1 << len.min(31);
    }

    #[inline]
    fn has(&self, a: u8, b: u8, len: usize) -> bool {
        let lens = self.bits[usize::from(SLOTS[usize::from(a)])][usize::from(SLOTS[usize::from(b)])];
        lens & (1 << len.min(31)) != 0
    }
}

/// Two [`WordFilter`]s, one by a word's ends and one by its inner ends: a second look that
/// rules out most of the words the first lets through (`this`, `should`, `through` for the
/// number words, which are asked about at every word of a text).
#[derive(Clone, Copy, Debug, Default)]
struct TightFilter {
    ends: WordFilter,
    inner: WordFilter,
}

impl TightFilter {
    fn insert(&mut self, word: &[u8]) {
        self.ends.insert(word);
        self.inner.insert_inner(word);
    }

    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        self.ends.may_hold(word) && self.inner.may_hold_inner(word)
    }
}

/// The second and next-to-last bytes of `word` (its only byte, twice, for a word of one).
#[inline]
fn inner_ends(word: &[u8]) -> Option<(u8, u8)> {
    match word {
        [] => None,
        [only] => Some((*only, *only)),
        [_, second, ..] => Some((*second, word[word.len() - 2])),
    }
}

/// A lexicon value: `12`, `1e6` or `1/3`.
fn parse_value(s: &str) -> Option<f64> {
    match s.split_once('/') {
        Some((a, b)) => Some(a.trim().parse::<f64>().ok()? / b.trim().parse::<f64>().ok()?),
        None => s.trim().parse().ok(),
    }
}

/// The tables, loaded on first use.
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(Tables::load);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::view::testing::tokens;

    #[test]
    fn phrases_match_forward_and_backward_ignoring_case() {
        let t = &*TABLES;
        let text = "it cost US $25 or 5 Per Cent";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let (first, e) = t.currencies.ending_at(&v, 4, |e| e.value.before()).unwrap();
        assert_eq!((v.s(first), e.value.code), ("US", "USD"));
        let (end, e) = t.units.starting_at(&v, 7, None, |_| true).unwrap();
        assert_eq!((end, e.value.symbol), (9, "%"));
    }

    #[test]
    fn glued_heads_and_exact_case() {
        let t = &*TABLES;
        assert_eq!(t.units.word("MW", |_| true).map(|e| e.value.symbol), Some("MW"));
        assert!(t.units.word("mw", |_| true).is_none());
        assert_eq!(t.units.word("KM", |_| true).map(|e| e.value.symbol), Some("km"));
        assert_eq!(t.number("Twenty"), Some(NumberWord::Tens(20.0)));
        assert_eq!(t.number("M"), Some(NumberWord::MoneyAbbr(1e6)));
        assert_eq!(t.number("K"), Some(NumberWord::Abbr(1e3)));
        assert_eq!(t.number("threefold"), Some(NumberWord::Multiplier(3.0)));
        assert_eq!(t.number("the"), None);
        assert!(matches!(t.number("⅓"), Some(NumberWord::Symbol(v)) if (v - 1.0 / 3.0).abs() < 1e-12));
        assert!(t.is("Some", class::FUNCTION) && t.is("March", class::MONTH));
    }

    #[test]
    fn number_filter_keeps_every_number_word_and_drops_common_words() {
        let t = &*TABLES;
        for word in t.numbers.keys().chain(t.numbers_exact.keys()).chain(t.ordinals.keys()) {
            assert!(t.may_be_number(word), "{}", String::from_utf8_lossy(word));
            assert!(t.may_be_number(&word.to_ascii_uppercase()), "{}", String::from_utf8_lossy(word));
        }
        // All three pass the test by first and last letters and length alone.
        for word in ["this", "should", "through"] {
            assert!(t.number_filter.ends.may_hold(word.as_bytes()) && !t.may_be_number(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn every_lexicon_line_loads() {
        use crate::lexicon::entries;
        let t = &*TABLES;
        assert_eq!(t.currencies.entries.len(), entries(lexicon::CLAIM_CURRENCIES).count());
        assert_eq!(t.units.entries.len(), entries(lexicon::CLAIM_UNITS).count());
        assert_eq!(t.qualifiers.entries.len(), entries(lexicon::CLAIM_QUALIFIERS).count());
        assert_eq!(t.changes.entries.len(), entries(lexicon::CLAIM_CHANGES).count());
        assert_eq!(t.rates.entries.len(), entries(lexicon::CLAIM_RATES).count());
        assert_eq!(t.comparisons.entries.len(), entries(lexicon::CLAIM_COMPARISONS).count());
        let folds = t.numbers.keys().filter(|w| w.ends_with(b"fold")).count();
        assert!(t.numbers_exact.keys().all(|k| k.len() == 1), "case-sensitive number words are single letters");
        let loaded = t.numbers.len() - folds + t.numbers_exact.len() + t.ordinals.len();
        assert_eq!(loaded, entries(lexicon::CLAIM_NUMBERS).count());
        for (word, class) in lexicon::pairs(lexicon::CLAIM_WORDS) {
            assert!(class::of(class).is_some(), "{word}: unknown class {class:?}");
            assert_eq!(word, word.to_lowercase(), "{word}: not lower case");
        }
    }
}
