//! Numeric claims: every figure a story states, normalised, qualified and attributed.
//!
//! Needs the segmented [`Document`], its [`Entities`] (for the subject a figure is about)
//! and its [`Quote`]s (a figure inside a quote is asserted by the quote's speaker). It
//! leaves the meaning of the figure to the reader: it says what was claimed, not whether it
//! is true.
//!
//! Each sentence goes through five steps, one module each:
//! 1. `numbers`: every figure, however written (`1,000`, `3.5bn`, `twenty-five`,
//!    `one-third`, `½`, `twice`, `doubled`, `tens of thousands`, `third-largest`), as a
//!    value;
//! 2. `units`: what it counts, costs or measures (`$`, `RMB` → `CNY`, `%`, `km`, `384
//!    Ascend 910C chips`), and the figures that go together (ranges `3-5%`, `between 10 and
//!    12 million`; `3 dollars 50 cents`);
//! 3. `filters`: what is not a claim (dates, years, times, phone numbers, street and list
//!    numbers, numbers inside names such as `GB200`, `CloudMatrix 384`, `COVID-19`, ages in
//!    bylines; scores and tallies are dropped by `units`);
//! 4. `qualifiers`: approximation and bounds, the direction of a change, the rate, and
//!    figures restated in brackets;
//! 5. `context`: the subject entity, the source (a quote's speaker, `according to`) and
//!    hedging (`reportedly`).
//!
//! A plural of a scale word (`hundreds of police`) is a count of at least that many:
//! `approximate`, with `bound` `lower`. Money whose currency the text does not name
//! (`raised 40m`) has no unit.
//!
//! The lexicons (currencies, units, number words, qualifiers, rates, word classes) are the
//! `claim_*.txt` files of [`crate::lexicon`], loaded once into hash maps and token-phrase
//! tables (`tables`). Only tokens that can start a figure are looked at closely, so the
//! stage costs little beside segmentation.
//!
//! ```
//! let doc = quarry::segment("d", "Huawei reportedly spends approximately 180 billion RMB annually.".to_string());
//! let claims = quarry::claims::claims(&doc, &Default::default(), &[]);
//! assert_eq!(doc.slice(claims[0].span), "approximately 180 billion RMB");
//! assert_eq!((claims[0].value, claims[0].unit.as_deref()), (180e9, Some("CNY")));
//! assert_eq!((claims[0].approximate, claims[0].per, claims[0].hedged), (true, Some("year"), true));
//! ```

pub(crate) mod context;
pub(crate) mod filters;
pub(crate) mod numbers;
pub(crate) mod qualifiers;
pub(crate) mod tables;
pub(crate) mod units;
pub(crate) mod view;

use std::cell::OnceCell;

use crate::document::{Document, ParagraphKind};
use crate::entities::Entities;
use crate::quotes::Quote;
use crate::span::Span;

use self::tables::Bound;
use self::units::What;
use self::view::View;

pub use self::units::normalize_unit;

/// What kind of quantity a [`Claim`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A change in percentage points.
    PercentagePoints,
    /// A count of things.
    Count,
    /// A fraction (`one-third`).
    Fraction,
    /// A physical measure with a unit.
    Measure,
    /// A ratio (`3 to 1`).
    Ratio,
    /// A rank (`third-largest`, `No. 2`).
    Rank,
    /// A year given as a quantity.
    Year,
    /// A duration.
    Duration,
    /// Anything else.
    Other,
}

impl ClaimKind {
    /// The lower-case name used in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::PercentagePoints => "percentage_points",
            ClaimKind::Count => "count",
            ClaimKind::Fraction => "fraction",
            ClaimKind::Measure => "measure",
            ClaimKind::Ratio => "ratio",
            ClaimKind::Rank => "rank",
            ClaimKind::Year => "year",
            ClaimKind::Duration => "duration",
            ClaimKind::Other => "other",
        }
    }
}

/// A numeric claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// What kind of quantity it is.
    pub kind: ClaimKind,
    /// The text of the quantity, qualifier and unit included (`approximately 180 billion
    /// RMB`, `384 Ascend 910C chips`).
    pub span: Span,
    /// The normalised value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, a plain unit (`%`, `pp`, `km`, `year`), or for a count the
    /// counted noun's head word, lower-cased (`chips`).
    pub unit: Option<String>,
    /// For a count, the counted noun (`Ascend 910C chips`).
    pub noun: Option<Span>,
    /// Whether the text marks the figure as approximate or as a bound.
    pub approximate: bool,
    /// The qualifying words (`approximately`, `more than`).
    pub qualifier: Option<Span>,
    /// What the qualifier makes the figure: `approx`, `lower` (a lower bound), `upper` or
    /// `exact`.
    pub bound: Option<&'static str>,
    /// For a change, its direction: `up` or `down` (after `up from` or `down from`, the
    /// figure is the earlier level).
    pub direction: Option<&'static str>,
    /// The rate (`year` for `annually`, `day` for `a day`, `share` for `a share`).
    pub per: Option<&'static str>,
    /// The index (in the document's claims) of the claim this one restates, as in
    /// `180 billion RMB (~US $25 billion)`.
    pub equivalent: Option<usize>,
    /// Whether it is reported without anyone standing behind it (`reportedly`).
    pub hedged: bool,
    /// The entity the figure is about.
    pub subject: Option<usize>,
    /// Who asserts it: the words naming them and the entity, if resolved.
    pub source: Option<(Span, Option<usize>)>,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// Which pattern produced it.
    pub rule: &'static str,
}

/// Finds the numeric claims of a document, in text order.
pub fn claims(doc: &Document, entities: &Entities, quotes: &[Quote]) -> Vec<Claim> {
    // News runs at about one figure per 25 tokens; reserving saves most regrowth.
    let mut out = Vec::with_capacity(doc.tokens().len() / 25);
    // Buffers reused from sentence to sentence.
    let (mut atoms, mut quantities, mut scratch) = (Vec::new(), Vec::new(), units::Scratch::default());
    let mut spans: Vec<Span> = Vec::new();
    let mut paragraph = usize::MAX;
    let letters = OnceCell::new();
    for sentence in 0..doc.sentences().len() {
        if doc.sentences()[sentence].paragraph != paragraph {
            paragraph = doc.sentences()[sentence].paragraph;
            scratch.new_paragraph();
        }
        let v = View { letters: Some(&letters), ..View::new(doc, sentence) };
        if v.paragraph == ParagraphKind::Byline {
            continue;
        }
        numbers::atoms_into(&v, &mut atoms);
        if atoms.is_empty() {
            continue;
        }
        units::quantities_into(&v, &atoms, &mut scratch, &mut quantities);
        let urls = context::urls(&v);
        let base = out.len();
        // The figure before, for a unit left implicit (`3.2 million subscribers, up from 2.9
        // million`).
        let mut prev: Option<units::Quantity> = None;
        for q in quantities.iter().filter(|q| filters::reject(&v, q, &urls).is_none()) {
            let mut q = *q;
            let mut carried_per = None;
            if let Some(what) = prev.as_ref().and_then(|p| units::carried(&v, p, &q)) {
                q.what = what;
                q.rule = "unit-carried";
                carried_per = out.last().and_then(|c: &Claim| c.per);
            }
            prev = Some(q);
            let quals = qualifiers::qualify(&v, q.first, q.last, &q.what);
            // `hundreds of`, `tens of thousands`, `100,000-plus`: at least that many.
            let vague = q.atom.form == numbers::Form::Vague || q.atom.plus;
            let first = quals.start.unwrap_or(q.first);
            let span = v.span_of(first, q.last);
            let (unit, noun) = match q.what {
                What::Money(units::UNNAMED) => (None, None),
                What::Money(code) => (Some(code.to_string()), None),
                What::Percent => (Some("%".to_string()), None),
                What::Points(s) | What::Measure(s) | What::Duration(s) => (Some(s.to_string()), None),
                What::Count { head, noun } => {
                    let head = doc.slice(head);
                    let unit = if head.is_ascii() { head.to_ascii_lowercase() } else { head.to_lowercase() };
                    (Some(unit), Some(noun))
                }
                What::Multiplier => (Some("x".to_string()), None),
                What::Rank | What::Bare => (None, None),
            };
            out.push(Claim {
                kind: q.claim_kind(),
                span,
                value: q.value,
                value_max: q.value_max,
                unit,
                noun,
                approximate: quals.bound.is_some_and(|b| b != Bound::Exact) || vague,
                qualifier: quals.start.map(|k| v.span_of(k, q.first)),
                bound: quals.bound.map(Bound::as_str).or(vague.then_some(Bound::Lower.as_str())),
                direction: quals.direction,
                per: q.per.or(quals.per).or(carried_per),
                equivalent: None,
                hedged: false,
                subject: None,
                source: None,
                sentence,
                rule: q.rule,
            });
        }
        if out.len() == base {
            continue;
        }
        link_equivalents(&v, &mut out, base);
        // Hedges and sources, read only for sentences that state a figure.
        let cues = context::Cues::of(&v);
        // Subjects and sources, now that every figure of the sentence is known: a mention
        // inside another figure (`45 degrees Celsius`) is no subject.
        spans.clear();
        spans.extend(out[base..].iter().map(|c| c.span));
        let mentions = entities.mentions_in(v.span);
        for c in &mut out[base..] {
            c.hedged = cues.hedged;
            c.source = context::source(&v, &cues, entities, mentions, quotes, c.span);
            c.subject = context::subject(&v, entities, mentions, c.span, c.source.map(|s| s.0), &spans);
        }
    }
    settle_degrees(&mut out);
    settle_dollars(doc, &mut out);
    dollars_after_their_prefix(doc, &mut out);
    settle_shared(doc, &mut out);
    out
}

/// `NZ$9.50 …, within a range of $8.75 to $10.25`: a bare `$` after a non-US dollar named
/// with its prefix in the same sentence is that dollar, unless a bracket gives it as the
/// other's equivalent (`HK$29.2 million ($3.75 million)`) or the sentence names the US dollar
/// or a third dollar with their prefixes.
fn dollars_after_their_prefix(doc: &Document, claims: &mut [Claim]) {
    // The sentences that name the US dollar with its prefix, or two other dollars, keep
    // their bare signs.
    let mut kept: Vec<usize> = Vec::new();
    let mut named: Option<(usize, &str)> = None;
    for c in claims.iter().filter(|c| dollar_prefixed(doc, c) == Some(true)) {
        let code = c.unit.as_deref().unwrap_or("");
        let other = named.is_some_and(|(s, n)| s == c.sentence && n != code);
        if code == "USD" || other {
            kept.push(c.sentence);
        }
        named = Some((c.sentence, code));
    }
    let mut last: Option<(usize, usize, String)> = None;
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Money) {
        let (Some(code), Some(prefixed)) = (c.unit.as_deref(), dollar_prefixed(doc, c)) else { continue };
        if prefixed {
            last = (code != "USD" && code.ends_with('D')).then(|| (c.sentence, c.span.end, code.to_string()));
            continue;
        }
        if let Some((sentence, end, named)) = &last {
            let between = &doc.text()[*end..c.span.start];
            if *sentence == c.sentence && code == "USD" && !between.contains(['(', '[']) && !kept.contains(sentence) {
                c.unit = Some(named.clone());
            }
        }
    }
}

/// `A$1.2bn … a further $300m` in an Australian story: a bare `$` after the text first names
/// a non-US dollar with its prefix is that dollar, when it names only one and never the US
/// dollar.
fn settle_dollars(doc: &Document, claims: &mut [Claim]) {
    let mut named: Option<String> = None;
    // Where the text first names it: bare signs before that are read as written
    // (`launched at $999 in the United States`, and only later `HK$48` for the shares).
    let mut from = usize::MAX;
    for c in claims.iter().filter(|c| c.kind == ClaimKind::Money) {
        let (Some(code), Some(prefixed)) = (c.unit.as_deref(), dollar_prefixed(doc, c)) else { continue };
        // `US$5`: the US dollar is named.
        if code == "USD" && prefixed {
            return;
        }
        if prefixed && code != "USD" && code.ends_with('D') {
            match &named {
                Some(other) if other != code => return,
                _ => named = Some(code.to_string()),
            }
            from = from.min(c.span.start);
        }
    }
    // `USD 5`, `5 US dollars`: named without a sign.
    if claims.iter().any(|c| {
        c.unit.as_deref() == Some("USD") && dollar_prefixed(doc, c).is_none() && doc.slice(c.span).contains("US")
    }) {
        return;
    }
    let Some(code) = named else { return };
    // `$3.75 million (HK$29.2 million)`: a bare sum given with its equivalent in the named
    // dollar is in another, the US dollar.
    let equivalent = claims.windows(2).any(|w| {
        dollar_prefixed(doc, &w[0]) == Some(false)
            && dollar_prefixed(doc, &w[1]) == Some(true)
            && w[1].unit.as_deref() == Some(code.as_str())
            && doc.text()[w[0].span.end..w[1].span.start].trim() == "("
    });
    if equivalent {
        return;
    }
    for c in claims
        .iter_mut()
        .filter(|c| c.kind == ClaimKind::Money && c.unit.as_deref() == Some("USD") && c.span.start > from)
    {
        if dollar_prefixed(doc, c) == Some(false) {
            c.unit = Some(code.clone());
        }
    }
}

/// `K5.3 billion` in a story about Zambia, `P2 billion` in one about Botswana, `Rs 500` in
/// one about Nepal, `3,870 pesos` in one about Chile: a prefix or a name that several
/// currencies share is read as the currency whose country the story names most (by the cue
/// words of its lexicon entry); as the first one listed when the story names none of them.
fn settle_shared(doc: &Document, claims: &mut [Claim]) {
    // The reading chosen for each prefix or name met so far.
    let mut chosen: Vec<(&str, &'static str)> = Vec::new();
    // Whether pounds were read as a weight; whether the text writes no `£` nor `sterling`,
    // looked at once.
    // (`2.9 billion pounds this year … 780 million pounds of unsold nuts`: pounds of goods
    // anywhere in the story make its earlier pounds weights too.)
    let mut weighed = claims.iter().any(|c| {
        c.kind == ClaimKind::Money
            && name_word(doc.slice(c.span)).is_some_and(|p| matches!(p, "pound" | "pounds"))
            && of_goods(doc, c)
    });
    let mut no_sterling: Option<bool> = None;
    // Whether a dollar other than the US one is already named with its prefix (`A$5`): the
    // bare signs of such a text are left as `settle_dollars` read them.
    // A text that also writes `US$` sets its own dollar apart from the US one: its bare signs
    // are read by the countries it names.
    let us_prefixed = claims.iter().any(|c| c.unit.as_deref() == Some("USD") && dollar_prefixed(doc, c) == Some(true));
    let prefixed_dollars: Vec<String> = if us_prefixed {
        Vec::new()
    } else {
        claims
            .iter()
            .filter(|c| c.unit.as_deref().is_some_and(|u| u != "USD") && doc.slice(c.span).contains('$'))
            .filter_map(|c| c.unit.clone())
            .collect()
    };
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Money) {
        let text = doc.slice(c.span);
        let quoted = || (c.rule == "exchange-rate").then(|| quoted_name(doc, c)).flatten();
        let Some(prefix) = prefix_word(text).or_else(|| bare_sign(text)).or_else(|| name_word(text)).or_else(quoted)
        else {
            continue;
        };
        // A dollar another rule has read from the text's own prefix (`A$1.2bn … $300m`) stays.
        if prefix == "$" && c.unit.as_deref() != Some("USD") {
            continue;
        }
        if let Some(&(_, code)) = chosen.iter().find(|x| x.0 == prefix) {
            if readings(prefix).any(|r| c.unit.as_deref() == Some(r.code)) {
                c.unit = Some(code.to_string());
            }
            continue;
        }
        let readings: Vec<&tables::Currency> = readings(prefix).collect();
        if readings.len() < 2 || !readings.iter().any(|r| c.unit.as_deref() == Some(r.code)) {
            continue;
        }
        let counts = cue_counts(doc, &readings);
        // `119 million pounds of maple syrup`, in a story that names no country of the pound
        // and writes no `£` or `sterling`: a weight, and so are the story's other pounds.
        let weight = matches!(prefix, "pound" | "pounds")
            && counts.iter().all(|&n| n == 0)
            && *no_sterling.get_or_insert_with(|| !doc.text().contains('£') && !doc.text().contains("sterling"))
            && (weighed || of_goods(doc, c));
        if weight {
            c.kind = ClaimKind::Measure;
            c.unit = Some("lb".to_string());
            weighed = true;
            continue;
        }
        // A story that writes its own dollar with a prefix (`A$1.2bn … $300m`) keeps its bare
        // signs for the US one; a foreign dollar's prefix (`NZ$85,000` in a story set in
        // Melbourne) says nothing of them.
        let best = if prefix == "$" {
            let local = local_dollar(doc, &readings, counts);
            if prefixed_dollars.iter().any(|u| u == readings[local].code) {
                0
            } else {
                local
            }
        } else {
            (0..readings.len()).fold(0, |b, i| if counts[i] > counts[b] { i } else { b })
        };
        chosen.push((prefix, readings[best].code));
        c.unit = Some(readings[best].code.to_string());
    }
}

/// Which reading of a bare `$` a story's cue counts choose: the US dollar (the first), unless
/// the story names another dollar's country at least twice and more often than the United
/// States, counting `US` and `U.S.` too (but not `US$`, which an Australian story writes to
/// set the US dollar apart from its own). A country named for its currency (`the Australian
/// dollar fell`) is a markets story's, not the story's setting.
fn local_dollar(doc: &Document, readings: &[&tables::Currency], mut counts: Vec<usize>) -> usize {
    // No other dollar's country named twice: nothing to read further (the subtraction
    // below only lowers the counts).
    if counts[1..].iter().all(|&n| n < 2) {
        return 0;
    }
    let text = doc.text();
    for (at, _) in text.match_indices(" dollar") {
        let word = text[..at].rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
        for (n, r) in readings.iter().enumerate() {
            if r.cues.split(',').any(|cue| cue == word) {
                counts[n] = counts[n].saturating_sub(1);
            }
        }
    }
    let best = (1..counts.len()).fold(0, |b, i| if counts[i] > counts[b] { i } else { b });
    if best == 0 || counts[best] < 2 {
        return 0;
    }
    let us = ["US", "U.S."]
        .iter()
        .flat_map(|w| text.match_indices(w))
        .filter(|&(at, w)| {
            let before = text[..at].bytes().next_back();
            let after = &text[at + w.len()..];
            !before.is_some_and(|b| b.is_ascii_alphanumeric())
                && !after.starts_with(|c: char| c.is_ascii_alphanumeric())
                && !after.trim_start_matches(' ').starts_with('$')
        })
        .count();
    if counts[best] > counts[0] + us {
        best
    } else {
        0
    }
}

/// A currency's sign that several currencies share standing bare before a claim's first digit
/// (`$289`, `about ¥12,000`; not `A$5` or `US $5`).
fn bare_sign(text: &str) -> Option<&str> {
    let digit = text.find(|c: char| c.is_ascii_digit())?;
    let before = text[..digit].trim_end();
    let sign = ["$", "¥"].into_iter().find(|s| before.ends_with(s))?;
    let rest = &before[..before.len() - sign.len()];
    let glued = rest.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '.');
    (!glued && !country_letters_before(rest)).then_some(sign)
}

/// Whether claim `c` writes a dollar sign, and if so whether a country's letters stand before
/// it (`A$`, `US $`, `U.S. $`; not a qualifier: `about $5`).
fn dollar_prefixed(doc: &Document, c: &Claim) -> Option<bool> {
    let text = doc.slice(c.span);
    let at = text.find('$')?;
    Some(country_letters_before(&text[..at]))
}

/// Whether the text before a currency's sign ends with a country's letters, glued or spaced
/// (`A` of `A$5`, `US` of `US $5`, `U.S.`), not with a word (`about $5`).
fn country_letters_before(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    !word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The currencies a prefix may stand for, with the words that vouch for each.
fn readings<'p>(prefix: &'p str) -> impl Iterator<Item = &'p tables::Currency> + 'p {
    tables::TABLES.currencies.words(prefix.as_bytes(), |e| !e.value.cues.is_empty()).map(|e| &e.value)
}

/// The word written right before a claim's first digit (`K5.3 billion`, `about K 300
/// million`, `Rs. 500`), if it is short and capitalised like a currency's prefix.
fn prefix_word(text: &str) -> Option<&str> {
    let digit = text.find(|c: char| c.is_ascii_digit())?;
    let word = text[..digit].trim_end().rsplit(' ').next()?.trim_end_matches('.');
    (!word.is_empty() && word.len() <= 3 && word.as_bytes()[0].is_ascii_uppercase()).then_some(word)
}

/// The currency's name at the end of a claim's text when only its figure stands before it
/// (`3,870 pesos`, `8.4 billion dirhams`, `four pounds`; not `3,870 Mexican pesos`).
fn name_word(text: &str) -> Option<&str> {
    let (rest, name) = text.trim_end().rsplit_once(' ')?;
    let before = rest.rsplit(' ').next()?;
    let figure = before.ends_with(|c: char| c.is_ascii_digit()) || tables::TABLES.number(before).is_some();
    // A headline's capitals (`2.9 Billion Pounds`) spell the same name.
    let lower = match name {
        "Pound" => "pound",
        "Pounds" => "pounds",
        _ => name,
    };
    (figure && lower.bytes().all(|b| b.is_ascii_lowercase())).then_some(lower)
}

/// Whether the pounds of claim `c` are of goods (`119 million pounds of maple syrup`) or a
/// yield (`2,030 pounds an acre`).
fn of_goods(doc: &Document, c: &Claim) -> bool {
    let after = &doc.text()[c.span.end..];
    after.starts_with(" of ")
        || [" an acre", " a hectare", " per acre", " per hectare"].iter().any(|p| after.starts_with(p))
}

/// The shared currency name a rate of exchange is quoted in, earlier in its sentence (`The
/// peso was little changed at 985 per dollar`).
fn quoted_name<'d>(doc: &'d Document, c: &Claim) -> Option<&'d str> {
    let start = doc.sentences()[c.sentence].span.start;
    let before = &doc.text()[start..c.span.start];
    before.split(|ch: char| !ch.is_alphabetic()).rev().find(|w| readings(w).nth(1).is_some())
}

/// How often the document uses the cue words of each reading: each word of the text is
/// looked up once in a table of the readings' cues.
fn cue_counts(doc: &Document, readings: &[&tables::Currency]) -> Vec<usize> {
    let mut readers: crate::lexicon::WordMap<&[u8], Vec<usize>> = crate::lexicon::WordMap::default();
    for (n, r) in readings.iter().enumerate() {
        for cue in r.cues.split(',') {
            readers.entry(cue.as_bytes()).or_default().push(n);
        }
    }
    let mut counts = vec![0usize; readings.len()];
    let mut buf = [0u8; 24];
    for word in tables::cue_words(doc.text()) {
        // A dateline's place in capitals (`SINGAPORE -`) names it too.
        let found = readers.get(word).or_else(|| {
            let shouted = word.len() > 3 && word.len() <= buf.len() && word.iter().all(u8::is_ascii_uppercase);
            shouted.then(|| {
                let title = &mut buf[..word.len()];
                title.copy_from_slice(word);
                title[1..].make_ascii_lowercase();
                readers.get(&*title)
            })?
        });
        for &n in found.into_iter().flatten() {
            counts[n] += 1;
        }
    }
    counts
}

/// `Death Valley reached 124 degrees` in a story that writes its other temperatures `93F`:
/// bare degrees take the one temperature scale the text states, when it states only one.
fn settle_degrees(claims: &mut [Claim]) {
    let stated = |scale: &str| claims.iter().any(|c| c.unit.as_deref() == Some(scale));
    let scale = match (stated("°C"), stated("°F")) {
        (true, false) => "°C",
        (false, true) => "°F",
        _ => return,
    };
    for c in claims.iter_mut().filter(|c| c.unit.as_deref() == Some("°")) {
        c.unit = Some(scale.to_string());
    }
}

/// Links each claim of the sentence (from index `base`) that restates the one before it in
/// brackets or after `or` (`180 billion RMB (~US $25 billion)`, `fell $1.12, or 1.4%`): a
/// restated amount or measure names the claim it restates and shares the rate written after
/// the bracket (`… annually`); any restatement shares the direction of a change.
fn link_equivalents(v: &View, claims: &mut [Claim], base: usize) {
    let token_at = |offset: usize| v.toks.partition_point(|t| t.span.start < offset);
    for k in base + 1..claims.len() {
        let (a, b) = (&claims[k - 1], &claims[k]);
        if a.value_max.is_some() || b.value_max.is_some() {
            continue;
        }
        let a_last = token_at(a.span.end);
        let (b_first, b_last) = (token_at(b.span.start), token_at(b.span.end));
        if !qualifiers::restates(v, a_last, b_first, b_last) {
            continue;
        }
        if b.direction.is_none() {
            claims[k].direction = claims[k - 1].direction;
        }
        let (a, b) = (&claims[k - 1], &claims[k]);
        let same_kind = a.kind == b.kind && matches!(a.kind, ClaimKind::Money | ClaimKind::Measure);
        if !same_kind {
            continue;
        }
        claims[k].equivalent = Some(k - 1);
        if v.is(b_last, ")") {
            if let Some((_, per)) = qualifiers::rate_after(v, b_last + 1) {
                claims[k - 1].per.get_or_insert(per);
                claims[k].per.get_or_insert(per);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims_of(text: &str) -> (Document, Vec<Claim>) {
        let doc = crate::segment("t", text.to_string());
        let claims = claims(&doc, &Entities::default(), &[]);
        (doc, claims)
    }

    /// Each claim as its text, value and unit.
    fn figures(text: &str) -> Vec<(String, f64, Option<String>)> {
        let (doc, c) = claims_of(text);
        c.iter().map(|c| (doc.slice(c.span).to_string(), c.value, c.unit.clone())).collect()
    }

    #[track_caller]
    fn assert_figures(text: &str, want: &[(&str, f64, &str)]) {
        let got = figures(text);
        let ok = got.len() == want.len()
            && got.iter().zip(want).all(|((gt, gv, gu), (wt, wv, wu))| {
                gt == wt && (gv - wv).abs() <= 1e-9 * wv.abs().max(1.0) && gu.as_deref().unwrap_or("") == *wu
            });
        assert!(ok, "{text:?}\n  got  {got:?}\n  want {want:?}");
    }

    #[test]
    fn a_number_word_of_a_name_in_a_heading_in_sentence_case() {
        assert_figures(
            "Team docked points for Formula One cost-cap breach\n\nThe team was fined $4.5 million.",
            &[("$4.5 million", 4.5e6, "USD")],
        );
    }

    #[test]
    fn a_unit_of_time_with_a_bound_is_one_of_it() {
        assert_figures(
            "Some 246,800 people had waited more than a year, down from 389,000. Output fell to its \
             lowest in a decade, and delays lasted more than an hour.",
            &[
                ("Some 246,800 people", 246800.0, "people"),
                ("more than a year", 1.0, "year"),
                // Not the unit of the time before it.
                ("389,000", 389000.0, ""),
                ("a decade", 10.0, "year"),
                ("more than an hour", 1.0, "h"),
            ],
        );
        // A rate, or a time reference, is none.
        assert_figures(
            "The fee is $5 a year, up from a year earlier and higher than a year ago.",
            &[("$5", 5.0, "USD")],
        );
    }

    #[test]
    fn a_bare_dollar_is_the_one_dollar_the_story_names() {
        assert_figures(
            "The state spent A$1.2bn on the grid. Petrol cost $2.08 a litre.",
            &[("A$1.2bn", 1.2e9, "AUD"), ("$2.08", 2.08, "AUD")],
        );
        // The US dollar named, or two other dollars: the sign keeps its default.
        assert_figures(
            "Shares rose to HK$5.20 while the deal was worth US$2bn and fees $3m.",
            &[("HK$5.20", 5.2, "HKD"), ("US$2bn", 2e9, "USD"), ("$3m", 3e6, "USD")],
        );
        assert_figures(
            "It paid A$40 million, about $5 million less than the US $45 million of its rival.",
            &[("A$40 million", 4e7, "AUD"), ("about $5 million", 5e6, "USD"), ("US $45 million", 4.5e7, "USD")],
        );
        assert_figures(
            "It paid C$40 million and A$5 million; a rival paid $35 million.",
            &[("C$40 million", 4e7, "CAD"), ("A$5 million", 5e6, "AUD"), ("$35 million", 3.5e7, "USD")],
        );
        // A sign right after another dollar's prefix in its sentence is that dollar, even
        // in a text that names the US dollar elsewhere.
        assert_figures(
            "Prices fell to US$3,412 a tonne. It lifted its forecast to NZ$9.50, within a range of $8.75 to \
             $10.25.",
            &[("US$3,412", 3412.0, "USD"), ("NZ$9.50", 9.5, "NZD"), ("$8.75 to $10.25", 8.75, "NZD")],
        );
        // A foreign dollar's prefix says nothing of the local signs of a story set in
        // Australia; nor does a dateline in capitals count for less than the name.
        assert_figures(
            "MELBOURNE - The winner paid $21 in Melbourne, and a New Zealand owner won NZ$85,000.",
            &[("$21", 21.0, "AUD"), ("NZ$85,000", 85000.0, "NZD")],
        );
        assert_figures(
            "Irrigators in northern Victoria's Murray system paid $385 a megalitre; Victoria's rivers are low.",
            &[("$385", 385.0, "AUD")],
        );
        assert_figures(
            "SINGAPORE - Premiums rose $3,889 to $98,010, the highest since Singapore capped car numbers.",
            &[("$3,889", 3889.0, "SGD"), ("$98,010", 98010.0, "SGD")],
        );
        // Signs before the text first names the other dollar are read as written.
        assert_figures(
            "It launched the phone at $999 in the United States. Its shares rose to HK$48.",
            &[("$999", 999.0, "USD"), ("HK$48", 48.0, "HKD")],
        );
    }

    #[test]
    fn a_shared_letter_is_the_currency_of_the_country_the_story_names() {
        assert_figures(
            "Zambia's treasury will spend K5.3 billion on maize as the kwacha slides.",
            &[("K5.3 billion", 5.3e9, "ZMW")],
        );
        assert_figures(
            "Malawi plans to borrow K300 billion. Lilongwe says about K 40 billion is for roads.",
            &[("K300 billion", 3e11, "MWK"), ("about K 40 billion", 4e10, "MWK")],
        );
        assert_figures("Botswana's budget sets aside P2 billion for water.", &[("P2 billion", 2e9, "BWP")]);
        // No country named: the first reading listed.
        assert_figures("The plan costs P3 billion.", &[("P3 billion", 3e9, "PHP")]);
        // Each letter is settled on its own.
        assert_figures(
            "Myanmar's junta spent K500 billion; in Manila the bill was P3 billion.",
            &[("K500 billion", 5e11, "MMK"), ("P3 billion", 3e9, "PHP")],
        );
        // A letter before an unscaled figure is no currency; Ghana's cedi sign has its letters.
        assert_figures("Zambia fielded K2 players. Ghana's GH¢2.1 billion plan.", &[("GH¢2.1 billion", 2.1e9, "GHS")]);
        assert_figures("The shilling traded at Ksh129.2 to the dollar.", &[("Ksh129.2", 129.2, "KES")]);
        // Prefixes of two or three letters too.
        assert_figures(
            "In Kathmandu the permit costs Rs 4,500. Uganda raised the duty by Shs 200 a litre.",
            &[("Rs 4,500", 4500.0, "NPR"), ("Shs 200", 200.0, "UGX")],
        );
    }

    #[test]
    fn halves_after_a_unit_multipliers_before_a_possessive_and_places_tied_for() {
        assert_figures(
            "It took a year and a half; now it takes an hour and a half, or three hours and a half.",
            &[
                ("a year and a half", 1.5, "year"),
                ("an hour and a half", 1.5, "h"),
                ("three hours and a half", 3.5, "h"),
            ],
        );
        assert_figures(
            "Uganda will halve its levy. Water costs double January's price.",
            &[("halve", 0.5, "x"), ("double", 2.0, "x")],
        );
        assert_figures("He tied for fifth.", &[("fifth", 5.0, "")]);
        // A distance covered in a time is claimed; a race won in one is named.
        assert_figures(
            "The gelding covered the 3,200 metres in 3:19.84. Bolt won the 100 metres in 9.79 seconds.",
            &[("3,200 metres", 3200.0, "m"), ("3:19.84", 199.84, "s"), ("9.79 seconds", 9.79, "s")],
        );
        // Places on the globe, short codes and a horse's barrier are no figures.
        assert_figures(
            "The season runs to latitude 16 degrees south. Customers dial *165# to pay 500 shillings. \
             Drawn in barrier 19, she won race 7.",
            &[("500 shillings", 500.0, "KES")],
        );
    }

    #[test]
    fn more_dollars_a_bounded_day_engine_sizes_appearances_and_the_scale_of_a_score() {
        assert_figures(
            "Tickets cost FJ$25 and the boat lost about a day. Cars above 1,600cc pay more.",
            &[("FJ$25", 25.0, "FJD"), ("about a day", 1.0, "day"), ("above 1,600cc", 1600.0, "cc")],
        );
        assert_figures(
            "He was making his 212th appearance. The bid scored 71 out of 100.",
            &[("212th", 212.0, ""), ("71", 71.0, "")],
        );
    }

    #[test]
    fn a_letter_the_story_vouches_for_stands_before_a_figure_that_is_not_scaled() {
        assert_figures(
            "Petrol fell to N865 a litre in Lagos, and margins to N18 from N40.",
            &[("N865", 865.0, "NGN"), ("N18", 18.0, "NGN"), ("N40", 40.0, "NGN")],
        );
        assert_figures("In Lusaka a bag of maize costs K 250.", &[("K 250", 250.0, "ZMW")]);
        // Not without the words, nor before a road or after `the`.
        assert_figures("Petrol fell to N865 a litre.", &[]);
        assert_figures(
            "In Johannesburg, the R21 and R59 highway were shut; tolls rose to R50.",
            &[("R50", 50.0, "ZAR")],
        );
    }

    #[test]
    fn multipliers_before_what_they_multiply_fractions_of_a_point_and_kelvin() {
        assert_figures(
            "Prices are nearly double the 2015 median and sales triple what they were.",
            &[("nearly double", 2.0, "x"), ("triple", 3.0, "x")],
        );
        assert_figures("A double murder shocked the town. It was a double standard.", &[]);
        assert_figures("Economists expected a smaller quarter-point move.", &[("quarter-point", 0.25, "pp")]);
        assert_figures("The surface is about 210 degrees Kelvin.", &[("about 210 degrees Kelvin", 210.0, "K")]);
        // A scale of one letter is glued to its figure.
        assert_figures(
            "It earned $150K, and its star burns at about 3,100 K.",
            &[("$150K", 150e3, "USD"), ("about 3,100", 3100.0, "")],
        );
    }

    #[test]
    fn a_margin_or_a_change_in_points_may_be_a_range() {
        assert_figures("Polls put the Alliance ahead by 3 to 5 percent.", &[("3 to 5 percent", 3.0, "%")]);
        assert_figures("The index rose 3 to 5 percentage points.", &[("3 to 5 percentage points", 3.0, "pp")]);
        // A rise and the level reached, each with its unit.
        assert_figures(
            "The board raised the dividend by 5 cents to 62 cents a share.",
            &[("5 cents", 5.0, "¢"), ("62 cents", 62.0, "¢")],
        );
        // Two percentages close together after a change are its range; after a rate's change,
        // or before `of`, the second is the level reached.
        assert_figures("Contract prices rose 8% to 13% in the quarter.", &[("8% to 13%", 8.0, "%")]);
        assert_figures("Shipments will grow by 150% to 170%.", &[("150% to 170%", 150.0, "%")]);
        assert_figures("Unemployment rose 2.5% to 3% in March.", &[("2.5%", 2.5, "%"), ("3%", 3.0, "%")]);
        assert_figures("Costs rose 10% to 12% of sales.", &[("10%", 10.0, "%"), ("12%", 12.0, "%")]);
    }

    #[test]
    fn a_sign_before_a_currency_symbol_makes_the_sum_negative() {
        assert_figures("Reserves were minus $65 billion in March.", &[("$65 billion", -65e9, "USD")]);
        assert_figures("Net flows were -$3.2bn and -€4m.", &[("$3.2bn", -3.2e9, "USD"), ("€4m", -4e6, "EUR")]);
        // A dash between two sums is a range's; `plus or minus` gives a margin.
        assert_figures("It cost $5-$7 billion.", &[("$5-$7 billion", 5e9, "USD")]);
        assert_figures("It may vary plus or minus $200 million.", &[("plus or minus $200 million", 200e6, "USD")]);
    }

    #[test]
    fn a_tenor_is_no_duration_and_a_time_ago_one_in_figures() {
        assert_figures(
            "The 10-year Bund yield climbed 9 basis points. Italy sold three-year and seven-year bonds.",
            &[("9 basis points", 9.0, "bp")],
        );
        // How long ago is a length of time when a figure states it; `a year ago` only dates.
        assert_figures(
            "Copper hit a 52-week high, up from its peak two weeks ago and a year ago.",
            &[("two weeks", 2.0, "week")],
        );
        // How long before an event is no length of time, unless someone had or took it.
        assert_figures("Two hours before the blast, police arrived.", &[]);
        assert_figures("We had about two hours before they closed the road.", &[("about two hours", 2.0, "h")]);
        // Any other span before a high says how long; a fixed rate's term names a product.
        assert_figures(
            "Robusta hit a 45-year high; five-year fixed mortgages got cheaper.",
            &[("45-year", 45.0, "year")],
        );
        assert_figures(
            "He signed a two-year contract and returned four minutes later.",
            &[("two-year", 2.0, "year"), ("four minutes", 4.0, "min")],
        );
        // An average over years says how long it runs.
        assert_figures(
            "Rainfall was 40% below the 30-year average in February.",
            &[("40%", 40.0, "%"), ("30-year", 30.0, "year")],
        );
    }

    #[test]
    fn fractions_and_multipliers_after_a_change_or_before_a_year() {
        assert_figures(
            "Supply is up a fifth since January, and cash flow was double last year's level.",
            &[("a fifth", 0.2, ""), ("double", 2.0, "x")],
        );
    }

    #[test]
    fn a_year_after_its_preposition_takes_no_unit_from_the_next_figure() {
        assert_figures(
            "Inflation will be 2.2 per cent in 2025 and 1.9 per cent in 2026; the app is at version 4.2.",
            &[("2.2 per cent", 2.2, "%"), ("1.9 per cent", 1.9, "%")],
        );
    }

    #[test]
    fn the_base_of_a_rate_is_no_claim() {
        assert_figures(
            "Admissions reached 9.8 per 100,000, and 18.7 cases per 100,000 people in the west.",
            &[("9.8", 9.8, ""), ("18.7 cases", 18.7, "cases")],
        );
    }

    #[test]
    fn futures_prices_in_fractions_of_their_last_digit() {
        assert_figures(
            "Wheat fell 11-1/4 cents to $6.72-1/2 a bushel.",
            &[("11-1/4 cents", 11.25, "¢"), ("$6.72-1/2", 6.725, "USD")],
        );
    }

    #[test]
    fn labels_in_the_plural_number_a_pair() {
        assert_figures("Trains leave from platforms 4 and 5 at the station.", &[]);
        assert_figures("Each train seats 480 passengers.", &[("480 passengers", 480.0, "passengers")]);
    }

    #[test]
    fn race_times_are_durations_and_clock_times_are_not() {
        assert_figures(
            "Kiptanui won in 2:03:45 after going through halfway in 61:40. She ran the mile in 4:12.5 on Friday.",
            &[("2:03:45", 7425.0, "s"), ("61:40", 3700.0, "s"), ("4:12.5", 252.5, "s")],
        );
        assert_figures("The meeting starts at 10:30 and the polls close at 20:00 local time.", &[]);
        // Minutes and seconds that a clock could read, after a word that times a race or
        // before a pace.
        assert_figures(
            "He covered the last 5 km in 14:06, averaged 2:57 per kilometre and left at 9:45.",
            &[("5 km", 5.0, "km"), ("14:06", 846.0, "s"), ("2:57", 177.0, "s")],
        );
        // A gap in a race.
        assert_figures("She came out of the water 1:26 behind the leaders.", &[("1:26", 86.0, "s")]);
    }

    #[test]
    fn prices_from_one_figure_to_another_are_a_range() {
        let (doc, claims) =
            claims_of("Double rooms cost from ISK 30,000 to ISK 95,000 a night. Rents rose from $25 to $120.");
        let got: Vec<(&str, f64, Option<f64>)> =
            claims.iter().map(|c| (doc.slice(c.span), c.value, c.value_max)).collect();
        assert_eq!(
            got,
            [("ISK 30,000 to ISK 95,000", 30000.0, Some(95000.0)), ("$25", 25.0, None), ("$120", 120.0, None)]
        );
    }

    #[test]
    fn figures_from_one_to_another_with_no_change_are_a_range() {
        let (doc, claims) = claims_of(
            "Convoys carry from 200 to 250 tonnes of food each. Batteries are charged from 10% to 80%. \
             Prices will fall by 15 to 20 cents. Sales fell by 9,000 to 210,000. The tax will raise the \
             average cost of a premium brand from £16.34 to £17.22.",
        );
        let got: Vec<(&str, f64, Option<f64>)> =
            claims.iter().map(|c| (doc.slice(c.span), c.value, c.value_max)).collect();
        assert_eq!(
            got,
            [
                ("200 to 250 tonnes", 200.0, Some(250.0)),
                ("10%", 10.0, None),
                ("80%", 80.0, None),
                ("15 to 20 cents", 15.0, Some(20.0)),
                ("9,000", 9000.0, None),
                ("210,000", 210000.0, None),
                ("£16.34", 16.34, None),
                ("£17.22", 17.22, None),
            ]
        );
    }

    #[test]
    fn pounds_of_goods_where_no_pound_is_spent_are_a_weight() {
        assert_figures(
            "Quebec holds 119 million pounds of maple syrup, up from 50 million pounds.",
            &[("119 million pounds", 119e6, "lb"), ("50 million pounds", 50e6, "lb")],
        );
        assert_figures("In London, the club paid 50 million pounds.", &[("50 million pounds", 50e6, "GBP")]);
    }

    #[test]
    fn points_beside_percentages_are_percentage_points() {
        assert_figures(
            "A majority of 54% oppose it, up 5 points since July, with a margin of error of 3 points.",
            &[("54%", 54.0, "%"), ("5 points", 5.0, "pp"), ("3 points", 3.0, "pp")],
        );
        assert_figures(
            "The FTSE fell 42.3 points, or 0.6%. He scored 30 points.",
            &[("42.3 points", 42.3, "points"), ("0.6%", 0.6, "%"), ("30 points", 30.0, "points")],
        );
    }

    #[test]
    fn when_the_figure_before_was_is_no_duration() {
        assert_figures(
            "Cars made up 38% of sales, against 23% two years earlier. The season started 11 days earlier.",
            &[("38%", 38.0, "%"), ("23%", 23.0, "%"), ("11 days", 11.0, "day")],
        );
        assert_figures("Imports rose threefold from two years earlier.", &[("threefold", 3.0, "x")]);
    }

    #[test]
    fn a_figure_in_words_before_a_compound_of_a_figure_and_a_unit() {
        assert_figures(
            "It ordered twelve 17,000-TEU container ships and four 310,000-dwt tankers.",
            &[
                ("twelve", 12.0, ""),
                ("17,000-TEU", 17000.0, "TEU"),
                ("four", 4.0, ""),
                ("310,000-dwt", 310000.0, "dwt"),
            ],
        );
    }

    #[test]
    fn a_verb_of_multiplying_in_the_present() {
        assert_figures("Onion prices double to Rs 80 a kilo.", &[("double", 2.0, "x"), ("Rs 80", 80.0, "INR")]);
        assert_figures("He hit two triples in the game.", &[("two triples", 2.0, "triples")]);
    }

    #[test]
    fn a_part_takes_the_noun_of_its_whole() {
        assert_figures(
            "The Liberals took 31 of the legislature's 49 seats and won one riding by 14 votes out of 7,861 cast.",
            &[
                ("31", 31.0, "seats"),
                ("49 seats", 49.0, "seats"),
                ("14 votes", 14.0, "votes"),
                ("7,861", 7861.0, "votes"),
            ],
        );
    }

    #[test]
    fn bare_degrees_take_the_one_scale_the_story_states() {
        assert_figures(
            "Las Vegas did not cool below 93F, and Death Valley reached 124 degrees.",
            &[("below 93F", 93.0, "°F"), ("124 degrees", 124.0, "°F")],
        );
        assert_figures(
            "It was 30C in Madrid and 86F in Miami; Seville reached 40 degrees.",
            &[("30C", 30.0, "°C"), ("86F", 86.0, "°F"), ("40 degrees", 40.0, "°")],
        );
        // A glued `C` may be a planet's surface; after a name it is a model.
        assert_figures(
            "The surface is between 300C and 400C, unlike the Chrysler 300C.",
            &[("300C and 400C", 300.0, "°C")],
        );
    }

    #[test]
    fn two_whole_figures_joined_by_or_are_a_range() {
        assert_figures(
            "Patients taking four or five pills a day need five or ten years of data.",
            &[("four or five pills", 4.0, "pills"), ("five or ten years", 5.0, "year")],
        );
        assert_figures("It costs $5 or $6.", &[("$5", 5.0, "USD"), ("$6", 6.0, "USD")]);
    }

    #[test]
    fn half_as_the_subject_of_a_sentence_is_a_figure() {
        assert_figures(
            "Half received a 600mg dose. Half measures will not work.",
            &[("Half", 0.5, ""), ("600mg", 600.0, "mg")],
        );
    }

    #[test]
    fn units_of_two_words_joined_by_hyphens_to_the_figure() {
        assert_figures(
            "A 430-square-foot flat, a 90-square-metre office and 25,000-volt wires.",
            &[("430-square-foot", 430.0, "ft2"), ("90-square-metre", 90.0, "m2"), ("25,000-volt", 25000.0, "V")],
        );
    }

    #[test]
    fn rand_grouped_in_thousands_is_money_and_a_road_is_not() {
        assert_figures("Repayments come to R14,700 a month on the R2 road.", &[("R14,700", 14700.0, "ZAR")]);
    }

    #[test]
    fn seed_sentence_claims() {
        let (doc, c) = claims_of(
            "Huawei reportedly allocates approximately 180 billion RMB (~US $25 billion) annually toward research, with nearly one-third devoted to theoretical breakthroughs.",
        );
        let texts: Vec<&str> = c.iter().map(|c| doc.slice(c.span)).collect();
        assert_eq!(texts, ["approximately 180 billion RMB", "~US $25 billion", "nearly one-third"]);
        assert_eq!((c[0].value, c[0].unit.as_deref(), c[0].per), (180e9, Some("CNY"), Some("year")));
        assert_eq!((c[1].value, c[1].unit.as_deref(), c[1].per), (25e9, Some("USD"), Some("year")));
        assert_eq!(c[1].equivalent, Some(0));
        assert!(c.iter().all(|c| c.approximate && c.hedged));
        assert_eq!(c[2].kind, ClaimKind::Fraction);
        assert!((c[2].value - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(c[0].rule, "currency-code-after");
    }

    #[test]
    fn counts_keep_their_noun_and_names_keep_their_numbers() {
        let (doc, c) = claims_of(
            "For instance, the AI CloudMatrix 384 system, which integrates 384 Ascend 910C chips, reportedly competes favorably with Nvidia’s GB200 NVL72 AI cluster in certain benchmarks.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(doc.slice(c[0].span), "384 Ascend 910C chips");
        assert_eq!(c[0].noun.map(|n| doc.slice(n)), Some("Ascend 910C chips"));
        assert_eq!((c[0].kind, c[0].unit.as_deref()), (ClaimKind::Count, Some("chips")));
    }

    #[test]
    fn least_amounts_are_lower_bounds() {
        let (doc, c) = claims_of("Tens of thousands of people marched, and hundreds of police were deployed.");
        let texts: Vec<&str> = c.iter().map(|c| doc.slice(c.span)).collect();
        assert_eq!(texts, ["Tens of thousands of people", "hundreds of police"]);
        assert_eq!((c[0].kind, c[0].value, c[0].unit.as_deref()), (ClaimKind::Count, 1e4, Some("people")));
        assert!(c.iter().all(|c| c.approximate && c.bound == Some("lower") && c.qualifier.is_none()));
    }

    #[test]
    fn money_in_an_unnamed_currency_has_no_unit() {
        let (doc, c) = claims_of("The startup raised 40m last year.");
        assert_eq!((doc.slice(c[0].span), c[0].kind, c[0].value), ("40m", ClaimKind::Money, 40e6));
        assert_eq!(c[0].unit, None);
    }

    #[test]
    fn multiplying_verbs_carry_their_direction() {
        let (doc, c) = claims_of("Profits doubled in 2023 and halved in 2024.");
        let got: Vec<(&str, ClaimKind, f64, Option<&str>)> =
            c.iter().map(|c| (doc.slice(c.span), c.kind, c.value, c.direction)).collect();
        assert_eq!(
            got,
            [("doubled", ClaimKind::Ratio, 2.0, Some("up")), ("halved", ClaimKind::Ratio, 0.5, Some("down"))]
        );
    }

    #[test]
    fn a_scaled_fraction_is_a_count() {
        let (doc, c) = claims_of("Half a million people lost power, and half of them were in the north.");
        let got: Vec<(&str, ClaimKind, f64)> = c.iter().map(|c| (doc.slice(c.span), c.kind, c.value)).collect();
        assert_eq!(got, [("Half a million people", ClaimKind::Count, 5e5), ("half", ClaimKind::Fraction, 0.5)]);
    }

    #[test]
    fn a_plus_suffix_is_a_lower_bound_that_keeps_its_noun() {
        let (doc, c) = claims_of("The parade drew 100,000-plus fans after a 20-plus-year wait.");
        let got: Vec<(&str, f64, Option<&str>, Option<&str>)> =
            c.iter().map(|c| (doc.slice(c.span), c.value, c.unit.as_deref(), c.bound)).collect();
        assert_eq!(
            got,
            [
                ("100,000-plus fans", 1e5, Some("fans"), Some("lower")),
                ("20-plus-year", 20.0, Some("year"), Some("lower"))
            ]
        );
    }

    #[test]
    fn ranks_and_ages() {
        let (doc, c) = claims_of("Japan is the world's fourth-largest economy, and Ito, 56, said so.");
        let got: Vec<(&str, ClaimKind, f64)> = c.iter().map(|c| (doc.slice(c.span), c.kind, c.value)).collect();
        assert_eq!(got, [("fourth-largest", ClaimKind::Rank, 4.0), ("56", ClaimKind::Duration, 56.0)]);
        assert_eq!((c[1].unit.as_deref(), c[1].rule), (Some("year"), "age"));
    }

    /// Each claim of `text` as its text, value, unit and rate.
    fn rated(text: &str) -> Vec<(String, f64, Option<String>, Option<&'static str>)> {
        let (doc, c) = claims_of(text);
        c.iter().map(|c| (doc.slice(c.span).to_string(), c.value, c.unit.clone(), c.per)).collect()
    }

    fn row(
        text: &str,
        value: f64,
        unit: &str,
        per: &'static str,
    ) -> (String, f64, Option<String>, Option<&'static str>) {
        (text.to_string(), value, Some(unit.to_string()), Some(per))
    }

    #[test]
    fn prices_and_speeds_carry_their_rate() {
        assert_eq!(
            rated("Silver fetched $31.50 per troy ounce, petrol $3.89 a gallon and diesel €1.74 per litre."),
            [
                row("$31.50", 31.5, "USD", "ounce"),
                row("$3.89", 3.89, "USD", "gallon"),
                row("€1.74", 1.74, "EUR", "litre")
            ]
        );
        assert_eq!(
            rated("Brent crude settled at $82 a barrel, or $82/bbl, and gold at $2,300/oz."),
            [
                row("$82", 82.0, "USD", "barrel"),
                row("$82", 82.0, "USD", "barrel"),
                row("$2,300", 2300.0, "USD", "ounce")
            ]
        );
        assert_eq!(
            rated("Cleaners want a $17-an-hour minimum wage and a $1,200-a-month housing stipend."),
            [row("$17", 17.0, "USD", "hour"), row("$1,200", 1200.0, "USD", "month")]
        );
        assert_eq!(
            rated("Climbers burn 4,500 calories a day, and aid came to £40 per head, or $900 per capita."),
            [
                row("4,500 calories", 4500.0, "kcal", "day"),
                row("£40", 40.0, "GBP", "person"),
                row("$900", 900.0, "USD", "person")
            ]
        );
        assert_eq!(
            rated("Gusts reached 70 mph, or 113 km/h, and the ferry makes 22 knots."),
            [
                row("70 mph", 70.0, "mph", "hour"),
                row("113 km/h", 113.0, "km/h", "hour"),
                row("22 knots", 22.0, "kn", "hour")
            ]
        );
        assert_eq!(rated("The car did 96 miles an hour."), [row("96 miles an hour", 96.0, "mph", "hour")]);
        assert_eq!(rated("She averaged 27.4 points per game."), [row("27.4 points", 27.4, "points", "game")]);
    }

    #[test]
    fn a_figure_in_millions_says_so_for_the_rest_of_its_paragraph() {
        let (doc, c) = claims_of(
            "The festival drew 1.2 million people. Next year 1.5m are expected.\n\nThe new stage stood 2.5m, organisers said.",
        );
        let got: Vec<(&str, f64, Option<&str>)> =
            c.iter().map(|c| (doc.slice(c.span), c.value, c.unit.as_deref())).collect();
        assert_eq!(
            got,
            [("1.2 million people", 1.2e6, Some("people")), ("1.5m", 1.5e6, None), ("2.5m", 2.5, Some("m"))]
        );
    }

    /// Each claim of `text` as its text, value and unit.
    fn valued(text: &str) -> Vec<(String, f64, Option<String>)> {
        let (doc, c) = claims_of(text);
        c.iter().map(|c| (doc.slice(c.span).to_string(), c.value, c.unit.clone())).collect()
    }

    fn unit(text: &str, value: f64, unit: &str) -> (String, f64, Option<String>) {
        (text.to_string(), value, (!unit.is_empty()).then(|| unit.to_string()))
    }

    #[test]
    fn a_bare_figure_opening_a_joined_clause_counts_what_the_count_before_counts() {
        assert_eq!(
            valued("About 2,000 people were evacuated and 14 were killed."),
            [unit("About 2,000 people", 2000.0, "people"), unit("14", 14.0, "people")]
        );
        assert_eq!(
            valued("Five people died and 20 were injured."),
            [unit("Five people", 5.0, "people"), unit("20", 20.0, "people")]
        );
        // Not when the count's own clause goes on with no verb, nor after a percentage.
        assert_eq!(
            valued("The firm employs 400 staff and 30 are contractors. Shares rose 5% and 3 were sold."),
            [unit("400 staff", 400.0, "staff"), unit("30", 30.0, ""), unit("5%", 5.0, "%"), unit("3", 3.0, "")]
        );
    }

    #[test]
    fn a_figure_compared_with_the_one_before_takes_its_unit() {
        assert_eq!(
            valued("The streamer had 3.2 million subscribers, up from 2.9 million a year earlier."),
            [unit("3.2 million subscribers", 3.2e6, "subscribers"), unit("2.9 million", 2.9e6, "subscribers")]
        );
        assert_eq!(
            valued("The app has 12m users at the end of June, compared with about 9m in January."),
            [unit("12m users", 12e6, "users"), unit("about 9m", 9e6, "users")]
        );
        assert_eq!(
            valued("Output rose to 4,100 tonnes from 3,800 and shipments went from 200 crates to 260."),
            [
                unit("4,100 tonnes", 4100.0, "t"),
                unit("3,800", 3800.0, "t"),
                unit("200 crates", 200.0, "crates"),
                unit("260", 260.0, "crates")
            ]
        );
        assert_eq!(
            valued("Turnout was 61%, versus 58 in 2019, and prices hit £4.20 a litre, down from 3.90."),
            [unit("61%", 61.0, "%"), unit("58", 58.0, "%"), unit("£4.20", 4.2, "GBP"), unit("3.90", 3.9, "GBP")]
        );
        assert_eq!(
            valued("The bill passed by 302 votes to 183."),
            [unit("302 votes", 302.0, "votes"), unit("183", 183.0, "votes")]
        );
        // The size of a change and the level it reaches keep their own units; a year is no
        // figure of the comparison.
        assert_eq!(
            valued("Sales rose 12% to $4.5bn from $4bn, and jobs rose 300 to 4,100 workers, up from 2019."),
            [
                unit("12%", 12.0, "%"),
                unit("$4.5bn", 4.5e9, "USD"),
                unit("$4bn", 4e9, "USD"),
                unit("300", 300.0, ""),
                unit("4,100 workers", 4100.0, "workers")
            ]
        );
        assert_eq!(
            valued("Profit climbed 8% to 310, and the rate fell 0.5% against 2.1 last year."),
            [unit("8%", 8.0, "%"), unit("310", 310.0, ""), unit("0.5%", 0.5, "%"), unit("2.1", 2.1, "%")]
        );
    }

    #[test]
    fn racing_odds_and_margins() {
        assert_figures(
            "Silver Larrikin, a 40-1 outsider, won by a length and a half. The favourite, sent off at \
             7-2, was half a length away; the 5-2 underdogs lost by three lengths. Arsenal won 3-1.",
            &[
                ("40-1", 40.0, ""),
                ("a length and a half", 1.5, "length"),
                ("7-2", 3.5, ""),
                ("half a length", 0.5, "length"),
                ("5-2", 2.5, ""),
                ("three lengths", 3.0, "length"),
            ],
        );
        let (_, c) = claims_of("He was the 11-4 favourite.");
        assert_eq!(c[0].kind, ClaimKind::Ratio);
        // A side's price after its name, and sides priced at odds in a sentence of betting.
        assert_figures(
            "The bookmaker makes Spain 11-4 favourites, with England at 9-2 and Scotland at 80-1.",
            &[("11-4", 2.75, ""), ("9-2", 4.5, ""), ("80-1", 80.0, "")],
        );
        assert_figures("England led at 2-1 after an hour.", &[]);
    }

    #[test]
    fn golf_scores_against_par_and_rounds() {
        assert_figures(
            "He finished at 20-under 268 after rounds of 66-70-67-65, and is two over par today.",
            &[
                ("20-under", 20.0, ""),
                // The score against par is no bound of the total.
                ("268", 268.0, ""),
                ("66", 66.0, ""),
                ("70", 70.0, ""),
                ("67", 67.0, ""),
                ("65", 65.0, ""),
                ("two over par", 2.0, ""),
            ],
        );
        let (_, c) = claims_of("She closed with a seven-under-par 65.");
        assert_eq!(c[0].kind, ClaimKind::Count);
        // A score of a match stays no claim.
        assert!(figures("They drew 66-70 in the final.").is_empty());
    }

    #[test]
    fn places_changes_and_counts_beside_names() {
        assert_figures(
            "He is projected to rise to 23rd; she was 17th at the mark. Bills fell to 2,160 from \
             2,880, a drop of a quarter. Climbers reached Everest 612 times. On Tuesday 87 ships waited.",
            &[
                ("23rd", 23.0, ""),
                ("17th", 17.0, ""),
                ("2,160", 2160.0, ""),
                ("2,880", 2880.0, ""),
                ("a quarter", 0.25, ""),
                ("612 times", 612.0, "times"),
                ("87 ships", 87.0, "ships"),
            ],
        );
        // A noun of change before a period is no ranking: `a 13% rise in second quarter profit`.
        assert_figures("It posted a 13.1% rise in second quarter profit.", &[("13.1%", 13.1, "%")]);
        // A model's number whose noun goes on past `times` stays a name: `its Falcon 9 rocket
        // 134 times`.
        assert!(figures("It launched its Falcon 9 rocket 134 times.").iter().all(|f| !f.0.starts_with('9')));
    }

    #[test]
    fn places_after_a_copula_and_ranked_things() {
        assert_figures(
            "Brunner was second, 2.87 seconds back. It is the third penalty Ofwat has imposed. It was his \
             fourth World Cup win, fourth among all artists. It was the second half. She was first.",
            &[
                ("second", 2.0, ""),
                ("2.87 seconds", 2.87, "s"),
                ("third", 3.0, ""),
                ("fourth", 4.0, ""),
                ("fourth", 4.0, ""),
            ],
        );
        assert_figures(
            "Inflation was -0.1% in August, the third negative reading this year.",
            &[("-0.1%", -0.1, "%"), ("third", 3.0, "")],
        );
        // A rating's scale is no figure; a total is.
        assert_figures(
            "It gave the firm two stars out of four. He won by 14 votes out of 7,861 cast.",
            &[("two stars", 2.0, "stars"), ("14 votes", 14.0, "votes"), ("7,861", 7861.0, "votes")],
        );
    }

    #[test]
    fn krone_prefixes_water_volumes_and_changes_in_the_present_participle() {
        assert_figures(
            "The fund made NKr2.11tn, or about NKr3.5mn for each Norwegian; SKr5bn went to Sweden.",
            &[("NKr2.11tn", 2.11e12, "NOK"), ("about NKr3.5mn", 3.5e6, "NOK"), ("SKr5bn", 5e9, "SEK")],
        );
        assert_figures(
            "Inflows totalled 238 GL against 563 gigalitres; farms used 40ML, not 330ml.",
            &[("238 GL", 238.0, "GL"), ("563 gigalitres", 563.0, "GL"), ("40ML", 40.0, "ML"), ("330ml", 330.0, "ml")],
        );
        // A change, then the new level: no range.
        assert_figures(
            "The indicator rose, climbing 23 cents to 1,182 cents, with fleece easing 5 cents to 412 cents.",
            &[("23 cents", 23.0, "¢"), ("1,182 cents", 1182.0, "¢"), ("5 cents", 5.0, "¢"), ("412 cents", 412.0, "¢")],
        );
    }

    #[test]
    fn a_bare_sign_is_the_money_of_the_country_the_story_is_set_in() {
        let snow = "Snow at Thredbo drew crowds from Sydney and Canberra. A day pass costs $289, and a \
                    room in the NSW high country $1,450 a night.";
        assert_figures(snow, &[("$289", 289.0, "AUD"), ("$1,450", 1450.0, "AUD")]);
        // An Australian story writes the US dollar's letters, and its own dollar bare.
        assert_figures(
            "Perth miner Redgum sold its Queensland mine for $40 million, or US$26 million.",
            &[("$40 million", 4e7, "AUD"), ("US$26 million", 2.6e7, "USD")],
        );
        // Named once, or less often than the United States, or for its currency: the US dollar.
        assert_figures("The Toronto firm raised $5 million.", &[("$5 million", 5e6, "USD")]);
        assert_figures(
            "US retailers and Canadian ones in Ontario and Quebec pay $5 more than American ones in US malls.",
            &[("$5", 5.0, "USD")],
        );
        assert_figures(
            "The Australian dollar fell. Gold rose to $2,300 an ounce as the Australian dollar slid.",
            &[("$2,300", 2300.0, "USD")],
        );
        // The yen, or the yuan in a story about China.
        assert_figures(
            "Beijing cut prices in China: the Chinese hatchback now starts at ¥109,800.",
            &[("¥109,800", 109800.0, "CNY")],
        );
        assert_figures("Tokyo rents rose to ¥150,000 a month.", &[("¥150,000", 150000.0, "JPY")]);
        // `lakh` and `crore` are counted in Pakistan too.
        assert_figures(
            "Pakistan's budget gives Karachi Rs 2,500 crore; pay above Rs 12 lakh is taxed in Lahore.",
            &[("Rs 2,500 crore", 2.5e10, "PKR"), ("above Rs 12 lakh", 1.2e6, "PKR")],
        );
    }

    #[test]
    fn a_shared_currency_name_is_the_story_country_s() {
        assert_figures(
            "Chile's pension reform adds 3,870 pesos a month, against 2,000 Mexican pesos in Mexico. \
             The peso was little changed at 985 per dollar. Santiago stocks rose; Chilean bonds fell.",
            &[("3,870 pesos", 3870.0, "CLP"), ("2,000 Mexican pesos", 2000.0, "MXN"), ("985", 985.0, "CLP")],
        );
        assert_figures(
            "Moroccan phosphate maker OCP earned 8.4 billion dirhams. The dirham, pegged to the euro \
             and the dollar, traded at 9.96 per dollar.",
            &[("8.4 billion dirhams", 8.4e9, "MAD"), ("9.96", 9.96, "MAD")],
        );
        assert_figures("A loaf in Cairo costs four pounds in Egypt.", &[("four pounds", 4.0, "EGP")]);
        assert_figures(
            "The Swedish truck maker earned 7.4 billion crowns in Stockholm.",
            &[("7.4 billion crowns", 7.4e9, "SEK")],
        );
        assert_figures("Prague banks lent 5 billion crowns to Czech firms.", &[("5 billion crowns", 5e9, "CZK")]);
        // With no country named, the first reading stays.
        assert_figures("It cost 500 pesos.", &[("500 pesos", 500.0, "MXN")]);
        assert_figures("The yen traded at 157.9 per dollar.", &[("157.9", 157.9, "JPY")]);
        assert_figures(
            "Blueberries fetched 54.80 soles a kilo and each meal costs 61 US cents.",
            &[("54.80 soles", 54.8, "PEN"), ("61 US cents", 61.0, "¢")],
        );
        // A bare sum with its equivalent in a named dollar is in US dollars.
        assert_figures(
            "The pool of $3.75 million (HK$29.2 million) beat HK$20 million. A bundle cost $9.99.",
            &[
                ("$3.75 million", 3.75e6, "USD"),
                ("HK$29.2 million", 29.2e6, "HKD"),
                ("HK$20 million", 20e6, "HKD"),
                ("$9.99", 9.99, "USD"),
            ],
        );
    }

    #[test]
    fn days_in_pairs_and_laws_by_number_are_no_claims() {
        assert_figures("Frost struck on the nights of April 8 and 9. It amends Decree Law 3,500 and Law 13,986.", &[]);
        assert_figures("Pensions rise by up to 2.5 UF.", &[("up to 2.5 UF", 2.5, "CLF")]);
    }

    #[test]
    fn bylines_have_no_claims() {
        let (_, c) = claims_of("By Jane Doe, 34\n\nSales rose 5%.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].kind, ClaimKind::Percent);
    }
}
