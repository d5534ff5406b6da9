//! Units: what each figure counts, costs or measures, and the figures that go together.
//!
//! Money takes a currency sign, code or name before or after the number (`$`, `US $`,
//! `USD34.6 million`, `£600m`, `180 billion RMB`, `75 USD million`), normalised to its ISO
//! 4217 code; percentages (`%`, `per cent`) are kept apart from percentage points and basis
//! points; measures and durations take a short symbol (`km`, `t`, `barrels`, `MW`, `year`);
//! a count takes the noun it counts (`384 Ascend 910C chips` → unit `chips`, noun `Ascend
//! 910C chips`). Pairs of figures join into ranges (`3-5%`, `between 10 and 12 million`),
//! compounds (`3 dollars 50 cents`, `5 ft 2 in`), fractions (`one in five`), or share a unit
//! (`from 10 to 12 percent`, `two or three days`); a hyphen between two figures with no
//! unit is a score (`3-1`) and yields nothing, as do a tally after a word of result
//! (`passed 219 to 213`) and runs for wickets (`250 for six`). A count before a model
//! number counts the model (`44 737 MAX jets`); an age is a duration in years (`aged 45`, `Yamamoto, 56,`, `45-year-old`); a
//! one-letter `m` glued to a number is millions only where money, a plural noun, a noun of
//! things counted by the million before it or another figure in millions in the paragraph
//! says so (`£600m`, `raised 40m`, `20m people`, `passenger numbers rose to 5.6m`, `4.3
//! million … 4.8m`), and metres otherwise, and always beside a thing measured in metres
//! (`400m hurdles`, `1.8m tall`, `the river rose to 5.6m`, `a 5.6m wall`).

use super::numbers::{Atom, Form};
use super::tables::{class, CurrencyRole, Entry, NumberWord, Tie, Unit, UnitKind, TABLES};
use super::view::View;
use super::ClaimKind;
use crate::document::ParagraphKind;
use crate::span::Span;

/// The code of money whose currency the text does not name (`raised 40m`).
pub(crate) const UNNAMED: &str = "";

/// What a figure counts, costs or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum What {
    /// Money, with its ISO 4217 code (or the symbol of a minor unit, `¢`, `p`), or
    /// [`UNNAMED`].
    Money(&'static str),
    /// A percentage.
    Percent,
    /// Percentage points (`pp`) or basis points (`bp`).
    Points(&'static str),
    /// A measure, with its symbol.
    Measure(&'static str),
    /// A length of time, with its unit.
    Duration(&'static str),
    /// A count: the counted noun's head word (`chips`) and the whole noun (`Ascend 910C
    /// chips`).
    Count {
        /// The head word.
        head: Span,
        /// The noun phrase.
        noun: Span,
    },
    /// A multiplier (`twice`, `three times more`).
    Multiplier,
    /// A rank (`No. 4`).
    Rank,
    /// A number with nothing stated about it.
    Bare,
}

impl What {
    /// Whether the text states a unit, a currency or a percent sign for the figure.
    pub fn stated(&self) -> bool {
        matches!(
            self,
            What::Money(_) | What::Percent | What::Points(_) | What::Measure(_) | What::Duration(_) | What::Multiplier
        )
    }
}

/// A figure with its unit: the raw material of a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Quantity {
    /// The first token (a currency sign or a sign included; qualifiers not yet).
    pub first: usize,
    /// One past the last token (the unit or the counted noun included).
    pub last: usize,
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// What it counts, costs or measures.
    pub what: What,
    /// The figure's (first) number, for the filters.
    pub atom: Atom,
    /// The kind, when the shape of the figure decides it (`one in five` is a fraction).
    pub kind: Option<ClaimKind>,
    /// A rate that belongs to the unit (`bpd`).
    pub per: Option<&'static str>,
    /// Which pattern produced it.
    pub rule: &'static str,
    /// Whether the figure was dropped (a score, a name): kept so neighbours can tell.
    pub dropped: bool,
}

impl Quantity {
    /// The claim kind.
    pub fn claim_kind(&self) -> ClaimKind {
        if let Some(k) = self.kind {
            return k;
        }
        match self.what {
            What::Money(_) => ClaimKind::Money,
            What::Percent => ClaimKind::Percent,
            What::Points(_) => ClaimKind::PercentagePoints,
            What::Measure(_) => ClaimKind::Measure,
            What::Duration(_) => ClaimKind::Duration,
            What::Multiplier => ClaimKind::Ratio,
            What::Rank => ClaimKind::Rank,
            // `half a million people` is a count, `half of voters` a fraction.
            What::Count { .. } if self.atom.form == Form::Fraction && !self.atom.scaled => ClaimKind::Fraction,
            What::Count { .. } => ClaimKind::Count,
            What::Bare if self.atom.form == Form::Fraction && !self.atom.scaled => ClaimKind::Fraction,
            What::Bare => ClaimKind::Other,
        }
    }
}

/// A unit found after a figure.
#[derive(Clone, Copy, Debug)]
struct After {
    /// One past its last token.
    end: usize,
    /// What it makes the figure.
    what: What,
    /// A scale after the unit (`75 USD million`), or a one-letter scale read as money.
    factor: f64,
    /// The unit's rate (`bpd`).
    per: Option<&'static str>,
    /// Which pattern matched.
    rule: &'static str,
    /// Whether the unit may take a smaller one after it (`5 ft 2 in`).
    compound: Option<(&'static str, f64)>,
}

/// An atom with what stands before and after it.
#[derive(Clone, Copy, Debug)]
struct Piece {
    atom: Atom,
    /// A currency before the number: its first token, its code, a scale (`MUSD`) and how it
    /// is written.
    before: Option<(usize, &'static str, f64, CurrencyRole)>,
    /// A unit after it.
    after: Option<After>,
    /// Letters glued to the digits that name nothing (`910C`): a name, not a figure.
    name: bool,
    /// `percent of 10`: the percent word's first token.
    percent_before: Option<usize>,
}

impl Piece {
    fn first(&self) -> usize {
        self.before.map(|b| b.0).or(self.percent_before).unwrap_or(self.atom.first)
    }

    fn end(&self) -> usize {
        self.after.map_or(self.atom.last, |a| a.end)
    }

    fn money(&self) -> Option<&'static str> {
        match (self.before, self.atom.currency, self.after) {
            (Some((_, code, _, _)), _, _) | (_, Some(code), _) => Some(code),
            (_, _, Some(After { what: What::Money(code), .. })) => Some(code),
            _ => None,
        }
    }

    fn has_unit(&self) -> bool {
        self.money().is_some() || self.after.is_some() || self.percent_before.is_some()
    }
}

/// The quantities of a sentence from its atoms, in order.
#[cfg(test)]
pub(crate) fn quantities(v: &View, atoms: &[Atom]) -> Vec<Quantity> {
    let mut out = Vec::new();
    quantities_into(v, atoms, &mut Scratch::default(), &mut out);
    out
}

/// Buffers reused from sentence to sentence, and what the paragraph so far has said.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pieces: Vec<Piece>,
    /// Whether a figure of the paragraph so far is in millions.
    millions: bool,
}

impl Scratch {
    /// Forgets what the last paragraph said, before the first sentence of the next.
    pub fn new_paragraph(&mut self) {
        self.millions = false;
    }
}

/// The quantities of a sentence from its atoms, in order, into `out` (cleared first).
pub(crate) fn quantities_into(v: &View, atoms: &[Atom], scratch: &mut Scratch, out: &mut Vec<Quantity>) {
    out.clear();
    let money_talk = OnceBool::default();
    let pieces = &mut scratch.pieces;
    pieces.clear();
    // `3m people … 1.2m more`, `4.3 million openings, down from 4.8m`, `5.6m, up from 4.8
    // million`: a figure written in millions anywhere in the sentence, or read or written in
    // millions before it in the paragraph, makes an `m` millions too.
    let mut millions = scratch.millions || atoms.iter().any(|a| a.scaled && a.factor == 1e6);
    for &a in atoms {
        // A code the figure before took as its unit is not this one's too (`10 rmb 20 usd`).
        let floor = pieces.last().map_or(0, Piece::end);
        let p = piece(v, a, &money_talk, floor, millions);
        millions |= p.atom.scaled && (p.atom.money_scale.is_some() || p.atom.factor == 1e6);
        pieces.push(p);
    }
    scratch.millions = millions;
    // Figures inside the noun a count before them took (`44 737 MAX jets`) are no figures.
    let mut covered = 0;
    let mut j = 0;
    while j < pieces.len() {
        let p = &pieces[j];
        if p.first() < covered {
            j += 1;
            continue;
        }
        if let Some((q, used)) = elapsed(v, &pieces[j..]) {
            covered = q.last;
            out.push(q);
            j += used;
            continue;
        }
        if let Some(next) = pieces.get(j + 1) {
            if let Some((mut q, used)) = pair(v, p, next) {
                // `2 hours, 6 minutes and 51 seconds`, `1 day, 9 hours, 12 minutes and 40
                // seconds`: more parts, each in the unit that follows the one before.
                if q.rule.starts_with("unit-compound") {
                    let more = more_parts(v, &mut q, &pieces[j..]);
                    if more > 0 {
                        q.rule = "unit-compound";
                        covered = q.last;
                        out.push(q);
                        j += 2 + more;
                        continue;
                    }
                }
                if q.rule != "unit-compound-listed" {
                    covered = q.last;
                    out.push(q);
                    j += used;
                    continue;
                }
            }
        }
        let q = single(v, p);
        covered = q.last;
        out.push(q);
        j += 1;
    }
    parts_of_counts(v, out);
    points_of_percent(v, out);
}

/// Adds to `q`, a length of time in two parts made of `parts[0]` and `parts[1]`, the parts
/// after them (`2 hours, 6 minutes and 51 seconds`, `1 day, 9 hours, 12 minutes and 40
/// seconds`): each joined by a comma or `and`, in the unit that follows the one before and
/// less than one of it. Returns how many parts it added.
fn more_parts(v: &View, q: &mut Quantity, parts: &[Piece]) -> usize {
    let Some((_, mut scale)) = parts[0].after.and_then(|x| x.compound) else { return 0 };
    let mut added = 0;
    let mut prev = &parts[1];
    // `and` joins the last part: `2 hours and 2 minutes, 36.6 seconds ahead` ends before
    // its comma.
    if v.is(parts[1].first().saturating_sub(1), "and") {
        return 0;
    }
    for c in &parts[2..] {
        let Some((smaller, count)) = prev.after.and_then(|x| x.compound) else { break };
        let in_smaller = c.after.is_some_and(|x| matches!(x.what, What::Duration(u) if u == smaller));
        let joined = v.is_any(q.last, &["and", ","]) && c.first() == q.last + 1 && c.before.is_none();
        if !(joined && in_smaller && c.atom.value < count) {
            break;
        }
        let last = v.is(q.last, "and");
        scale *= count;
        q.value += c.atom.value / scale;
        q.last = c.end();
        prev = c;
        added += 1;
        if last {
            break;
        }
    }
    added
}

/// Gives a bare figure before `of them`, `of whom` or `of those` the counted noun of the
/// count before it in the sentence, of which it is a part: `389 people have been rescued,
/// 46 of them with injuries`, `Medics treated 312 runners, 14 of whom …`.
fn parts_of_counts(v: &View, out: &mut [Quantity]) {
    for i in 1..out.len() {
        let q = &out[i];
        let part = q.what == What::Bare
            && q.atom.form != Form::Ordinal
            && q.value.fract() == 0.0
            && v.is(q.last, "of")
            && v.is_any(q.last + 1, &["them", "whom", "those"]);
        if !part {
            continue;
        }
        let whole = out[..i].iter().rev().find_map(|c| match c.what {
            What::Count { head, noun } if c.value >= q.value => Some((head, noun)),
            _ => None,
        });
        if let Some((head, noun)) = whole {
            out[i].what = What::Count { head, noun };
        }
    }
}

/// Turns points counted beside percentages into percentage points: `54% oppose it, up 5
/// points`, `down 3 points at 37%`, `a margin of error of about 7 points`, `a 10-point
/// deficit` in a sentence with a percentage. Not the points of an index (`the FTSE fell 42.3
/// points, or 0.6%`) or of a game.
fn points_of_percent(v: &View, out: &mut [Quantity]) {
    let counted_points = |q: &Quantity| matches!(q.what, What::Count { head, .. } if matches!(&v.text[head.start..head.end], "points" | "point"));
    if !out.iter().any(counted_points) {
        return;
    }
    let percent = out.iter().any(|q| q.what == What::Percent);
    let index = (0..v.len()).any(|k| v.word(k) && TABLES.is(v.b(k), class::POINTS));
    if index {
        return;
    }
    let error = |first: usize| (first.saturating_sub(6)..first).any(|k| v.is(k, "error"));
    let changed = |first: usize| {
        let before = TABLES.qualifiers.ending_at(v, first, |_| true).map_or(first, |(k, _)| k);
        before > 0
            && (TABLES.changes.word(v.s(before - 1), |e| e.value.before).is_some()
                || v.is_any(before - 1, &["by", "of", "±"]))
    };
    let gap = |q: &Quantity| {
        q.last < v.len()
            && v.is_any(q.last, &["lead", "deficit", "gap", "swing", "margin", "advantage", "drop", "rise"])
    };
    for q in out.iter_mut().filter(|q| counted_points(q)) {
        if error(q.first) || percent && (changed(q.first) || gap(q)) {
            q.what = What::Points("pp");
            q.rule = "points-of-percent";
        }
    }
}

/// A time taken, as a race result writes it, from the pieces at the start of `pieces`, in
/// seconds: hours, minutes and seconds (`2:03:45` is 7,425 s), or minutes and seconds
/// (`61:40`, `3:43.21`) where no clock reads them. `2:03` alone may be a clock's or a
/// mile's: it is a time taken only after a word that times a race (`in 14:06`, `under
/// 2:05`, `clocked 3:49`), before a pace (`2:57 per kilometre`) or a gap (`1:26 behind`),
/// else it is left to the clock-time filter. Returns the quantity and the pieces it used.
fn elapsed(v: &View, pieces: &[Piece]) -> Option<(Quantity, usize)> {
    if let Some(found) = elapsed_in_units(v, pieces) {
        return Some(found);
    }
    // A piece that follows the one before after a glued colon, with two digits before any
    // decimals (`03`, `45`, `21.4`), under 60.
    let sexagesimal = |before: &Piece, p: &Piece| {
        let colon = before.end() + 1 == p.first() && v.is(before.end(), ":") && v.joined(before.end());
        let digits = v.s(p.atom.first).split('.').next().map_or(0, str::len);
        colon && v.joined(p.first()) && digits == 2 && p.atom.value < 60.0 && p.after.is_none() && !p.atom.scaled
    };
    let (lead, second) = (pieces.first()?, pieces.get(1)?);
    let whole = lead.atom.int.is_some_and(|(_, digits)| digits <= 3) && lead.after.is_none() && lead.before.is_none();
    if !whole || !sexagesimal(lead, second) {
        return None;
    }
    let third = pieces.get(2).filter(|p| sexagesimal(second, p) && second.atom.int.is_some());
    // `in 14:06`, `under 2:05`, `clocked 3:49`, `a time of 2:12`: a race timed.
    let timed = lead.first() > 0
        && v.is_any(lead.first() - 1, &["in", "under", "clocked", "averaged", "timed", "ran", "of", "inside"]);
    let pace = |last: usize| v.is(last, "per") || v.is(last, "/") && v.joined(last);
    // `1:26 behind the leaders`: a gap in a race.
    let gap = |last: usize| v.is_any(last, &["behind", "ahead", "clear", "adrift"]);
    let (value, used, last) = match third {
        Some(t) if lead.atom.value < 100.0 => {
            (lead.atom.value * 3600.0 + second.atom.value * 60.0 + t.atom.value, 3, t.end())
        }
        None if lead.atom.value >= 24.0
            || second.atom.int.is_none()
            || timed
            || pace(second.end())
            || gap(second.end()) =>
        {
            (lead.atom.value * 60.0 + second.atom.value, 2, second.end())
        }
        _ => return None,
    };
    // Not a clock's, marked as one (`10:30:00 GMT`) or told by the preposition of a time of
    // day before it or before the list it is in (`at 6 p.m. or 3:49:01`; not `crossed the
    // line in 3:49:01`).
    let clock_before = (lead.first().saturating_sub(12)..lead.first())
        .rev()
        .find_map(|k| match v.s(k) {
            "in" | "of" | "under" | "clocked" | "averaged" => Some(false),
            "at" | "until" | "till" | "since" | "from" | "around" | "by" | "before" => Some(true),
            _ => None,
        })
        .unwrap_or(false);
    if clock_before || last < v.len() && TABLES.is(v.b(last), class::TIME) {
        return None;
    }
    let mut q = single(v, lead);
    q.last = last;
    q.value = value;
    q.what = What::Duration("s");
    q.rule = "elapsed-time";
    Some((q, used))
}

/// A time taken written in glued units down to seconds, as race results write it, from the
/// pieces at the start of `pieces`, in seconds like a time with colons: `2h 03min 48s` is
/// 7,428 s, `61min 22s` 3,682 s. Each unit smaller than the one before, each figure whole
/// but the seconds, one space between. Without seconds (`2h 05min`) it is a measure in two
/// units ([`pair`]).
fn elapsed_in_units(v: &View, pieces: &[Piece]) -> Option<(Quantity, usize)> {
    // The seconds a unit glued to a figure stands for (`2h`, `03min`, `48s`), from the text
    // of the piece's tokens.
    let unit = |p: &Piece| -> Option<f64> {
        let span = v.span_of(p.first(), p.end());
        let text = &v.text[span.start..span.end];
        let letters = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        if letters.len() == text.len() || p.before.is_some() || p.atom.scaled {
            return None;
        }
        let unit = TABLES.units.word(letters, |e| e.value.kind == UnitKind::Duration)?;
        match unit.value.symbol {
            "h" => Some(3600.0),
            "min" => Some(60.0),
            "s" => Some(1.0),
            _ => None,
        }
    };
    let lead = pieces.first()?;
    let mut size = unit(lead).filter(|&u| u > 1.0)?;
    let mut value = lead.atom.value * size;
    let mut used = 1;
    while let Some(p) = pieces.get(used) {
        let next = unit(p).filter(|&u| u < size && p.atom.value < 60.0);
        let spaced = p.first() == pieces[used - 1].end() && v.gap(p.first()) == " ";
        let (Some(u), true) = (next, spaced) else { break };
        if pieces[used - 1].atom.value.fract() != 0.0 {
            return None;
        }
        size = u;
        value += p.atom.value * u;
        used += 1;
    }
    if size != 1.0 {
        return None;
    }
    let mut q = single(v, lead);
    q.last = pieces[used - 1].end();
    q.value = value;
    q.what = What::Duration("s");
    q.rule = "elapsed-time";
    Some((q, used))
}

/// Whether the sentence talks money, computed once when first asked.
#[derive(Default)]
struct OnceBool(std::cell::Cell<Option<bool>>);

impl OnceBool {
    fn get(&self, f: impl FnOnce() -> bool) -> bool {
        if let Some(b) = self.0.get() {
            return b;
        }
        let b = f();
        self.0.set(Some(b));
        b
    }
}

/// Whether a sentence has a word of money talk (`paid`, `worth`, `sterling`) and none of
/// weight (`weighed`, `heavier`).
fn talks_money(v: &View) -> bool {
    // One pass over the sentence gathers the classes of its words.
    let classes = (0..v.len()).filter(|&i| v.word(i)).fold(0, |all, i| all | TABLES.classes(v.b(i)));
    classes & class::MONEY != 0 && classes & class::WEIGHT == 0
}

fn piece(v: &View, atom: Atom, money_talk: &OnceBool, floor: usize, millions: bool) -> Piece {
    let before = currency_before(v, &atom).filter(|b| b.0 >= floor);
    let percent_before = percent_before(v, atom.first).filter(|&k| k >= floor);
    let mut p = Piece { atom, before, after: None, name: false, percent_before };
    let money = before.is_some() || atom.currency.is_some();
    if atom.form == Form::Ordinal {
        return p;
    }
    match atom.suffix {
        Some(suffix) => {
            let head = &v.text[suffix.start..suffix.end];
            // One capital glued to digits after a name is a model (`Ascend 910C`); as a
            // temperature (`40C`) it stays in range.
            let letter = head.len() == 1 && head.as_bytes()[0].is_ascii_uppercase();
            // `747s` are aircraft, `9.58s` a time: seconds glued to a whole number are a plural.
            let plural = head == "s" && atom.value.fract() == 0.0;
            // `52c a litre`, `drop by 38c` beside a sum in rand: cents glued to a figure, as a
            // price per something or in a sentence of money; not `hit 35c` or `clause 5c`.
            let cents = head == "c"
                && !(v.is_any(atom.last, &["a", "an", "per"]) || money || money_talk.get(|| talks_money(v)));
            if (!letter || capital_unit_ok(v, &atom, true)) && !plural && !cents {
                p.after = glued_unit(v, atom.last, head, money);
            }
            p.name = p.after.is_none();
        }
        None => {
            p.after = unit_after(v, &atom, money, money_talk);
            // `a quarter of a percentage point`, `half of a mile`; `billions of dollars`,
            // `hundreds of miles`.
            if p.after.is_none() && matches!(atom.form, Form::Fraction | Form::Vague) && v.is(atom.last, "of") {
                let of_a = atom.form == Form::Fraction && v.is_any(atom.last + 1, &["a", "an"]);
                if of_a || atom.form == Form::Vague {
                    let shifted = Atom { last: atom.last + if of_a { 2 } else { 1 }, ..atom };
                    p.after = unit_after(v, &shifted, money, money_talk).filter(|a| a.what.stated());
                }
            }
        }
    }
    // `yuan 5 billion` is a sum; `the dollar 1% higher` is a percentage, `the dollar's 2019
    // high` a year.
    if before.is_some_and(|b| b.3 == CurrencyRole::Both) {
        let year = atom.int.is_some_and(|(n, digits)| digits == 4 && (1500..=2100).contains(&n));
        if year || p.after.is_some_and(|a| !matches!(a.what, What::Money(_))) {
            p.before = None;
        }
    }
    if let Some(f) = atom.money_scale {
        scale_or_metre(v, &mut p, f, money, money_talk, millions);
    }
    if let Some(a) = &mut p.after {
        if a.factor != 1.0 {
            p.atom.value *= a.factor;
            p.atom.scaled = true;
            p.atom.factor *= a.factor;
            a.factor = 1.0;
        }
    }
    if let Some((_, _, f, _)) = p.before {
        if f != 1.0 {
            p.atom.value *= f;
            p.atom.scaled = true;
            p.atom.factor *= f;
        }
    }
    p
}

/// Reads a one-letter scale glued to the digits (`5m`, `3B`, factor `f`): a million (or a
/// billion) for money (`$5m`, `5m euros`, `raised 40m`), for a count (`20m people`), after a
/// noun of things counted by the million (`passenger numbers rose to 5.6m`) and beside
/// another figure in millions (`3m people … 1.2m more`); a metre for a size or a race (`1.8m
/// tall`, `a 400m-long bridge`, `400m hurdles`), beside a thing measured in metres (`the
/// river rose to 5.6m`, `a 5.6m wall`) and when nothing says millions (`the 100m`); `3B` is a
/// name unless money.
fn scale_or_metre(v: &View, p: &mut Piece, f: f64, money: bool, money_talk: &OnceBool, millions: bool) {
    let atom = p.atom;
    let money_after = matches!(p.after, Some(After { what: What::Money(_), .. }));
    let metre = v.s(atom.last - 1).ends_with('m');
    // `1.8m tall`, `400m-long`, `400m hurdles`.
    let at =
        if v.dash(atom.last) && v.joined(atom.last) && v.joined(atom.last + 1) { atom.last + 1 } else { atom.last };
    let size = metre && v.word(at) && TABLES.is(v.b(at), class::DIMENSION | class::EVENT | class::LEVEL);
    let hyphen_noun = matches!(p.after, Some(After { rule: "count-hyphen", .. }));
    let scale = |p: &mut Piece| {
        p.atom.value *= f;
        p.atom.scaled = true;
        p.atom.factor = f;
    };
    // The nearer of a thing measured in metres and a noun counted by the million before
    // the figure, for a metre only.
    let counted = if metre && !size { counted_before(v, atom.first) } else { None };
    let metres =
        After { end: atom.last, what: What::Measure("m"), factor: 1.0, per: None, rule: "unit-glued", compound: None };
    // `base camp at 5,364m`: thousands are not written out before a million's `m`.
    let grouped = metre && v.s(atom.first).contains(',') && !v.s(atom.first).contains('.');
    if grouped && !money && !money_after && p.after.is_none() && !plural_noun_at(v, atom.last) {
        p.after = Some(metres);
        return;
    }
    if money || money_after || !size && plural_noun_at(v, atom.last) {
        scale(p);
    } else if counted == Some(false) && p.after.is_none() {
        p.after = Some(metres);
    } else if !size && p.after.is_none() && money_talk.get(|| talks_money(v)) {
        scale(p);
        let rule = "money-context";
        p.after =
            Some(After { end: atom.last, what: What::Money(UNNAMED), factor: 1.0, per: None, rule, compound: None });
    } else if !size && p.after.is_none() && (millions || counted == Some(true)) {
        scale(p);
    } else if metre && (p.after.is_none() || size && hyphen_noun) {
        p.after = Some(metres);
    } else {
        p.name = true;
    }
}

/// What the words before a figure at token `first` say its glued `m` is: millions
/// (`Some(true)`) after a noun of things counted by the million or a word of money talk
/// (`passenger numbers rose to 5.6m`, `the water utility raised 40m`), metres (`Some(false)`)
/// after a thing measured in metres (`the river rose to 5.6m`); the nearer word in the clause
/// decides, within ten tokens.
fn counted_before(v: &View, first: usize) -> Option<bool> {
    (first.saturating_sub(10)..first).rev().take_while(|&k| !v.is(k, ";")).filter(|&k| v.word(k)).find_map(|k| {
        let classes = TABLES.classes(v.b(k));
        if classes & class::LEVEL != 0 {
            Some(false)
        } else if classes & (class::TALLY | class::MONEY) != 0 {
            Some(true)
        } else {
            None
        }
    })
}

/// A currency written before the figure's first token (`$`, `US $`, `USD `, `Rs.`), and a
/// million for `M`-codes (`MAUD 60`), with its role. A one-letter prefix (`R`) stands only
/// before a scaled figure (`R 320 billion`).
fn currency_before(v: &View, atom: &Atom) -> Option<(usize, &'static str, f64, CurrencyRole)> {
    let first = atom.first;
    let one_letter = |e: &Entry<super::tables::Currency>| {
        e.value.role == CurrencyRole::Prefix && e.len() == 1 && v.b(first - 1).len() == 1
    };
    // `A$20`, `C$1.1 billion`, `c $ 300`; but `A $20 fine` opens a sentence with an article.
    let spaced_letter = |e: &Entry<super::tables::Currency>| {
        let k = first - e.len();
        e.len() >= 2 && v.b(k).len() == 1 && !v.joined(k + 1) && TABLES.is(v.b(k), class::FUNCTION)
    };
    // `K 40 a bag` in a story the letter's currency is vouched for.
    let vouched = |e: &Entry<super::tables::Currency>| {
        let k = first - e.len();
        v.vouches(v.s(k), k.checked_sub(1), atom.last, atom.value)
    };
    if let Some((k, e)) = TABLES
        .currencies
        .ending_at(v, first, |e| e.value.before() && (atom.scaled || !one_letter(e) || vouched(e)) && !spaced_letter(e))
    {
        return Some((k, e.value.code, 1.0, e.value.role));
    }
    if first > 0 && v.word(first - 1) {
        if let Some(code) = million_code(v.s(first - 1)) {
            return Some((first - 1, code, 1e6, CurrencyRole::Code));
        }
    }
    None
}

/// `MUSD`, `MEUR`: an ISO code with a leading `M` for million (European business style).
fn million_code(s: &str) -> Option<&'static str> {
    let code = s.strip_prefix('M').filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
    TABLES.currencies.word(code, |e| e.value.role == CurrencyRole::Code).map(|e| e.value.code)
}

/// `percent of 10` at the start of a clause: the percent word's first token.
fn percent_before(v: &View, first: usize) -> Option<usize> {
    if first < 2 || !v.is(first - 1, "of") {
        return None;
    }
    let (k, _) =
        TABLES.units.ending_at(v, first - 1, |e| e.value.kind == UnitKind::Percent && e.value.symbol == "%")?;
    let clause_start = k == 0 || (!v.word(k - 1) && !v.number(k - 1));
    (clause_start && v.word(k)).then_some(k)
}

/// Whether a one-letter surface may match at token `i` (glued to the number, or flagged).
fn letter_ok<T>(v: &View, i: usize, e: &Entry<T>, spaced: bool) -> bool {
    let s = v.s(i);
    e.len() > 1 || spaced || v.joined(i) || !(s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic())
}

/// Whether one capital letter after the figure `atom`, glued or spaced, may be its unit: a
/// temperature (`40C`, `26 C`) stays in range and follows no name (`Ascend 910C`, `Section
/// 230 C` are names).
fn capital_unit_ok(v: &View, atom: &Atom, glued: bool) -> bool {
    let after_name =
        atom.first > 0 && v.capitalized(atom.first - 1) && !TABLES.is(v.b(atom.first - 1), class::FUNCTION);
    // A glued one may be a planet's or a star's (`between 300C and 400C`, `2,500C cooler`).
    let most = if glued { 6000.0 } else { 200.0 };
    !after_name && atom.value.abs() <= most
}

/// Whether the match ending before token `end` stands alone: not followed by a hyphen and
/// a number or by glued digits (`L-202`, `m212`), which make it a code.
fn clean_end(v: &View, end: usize) -> bool {
    if end >= v.len() {
        return true;
    }
    // `5.25%-5.5%` is a range, not a code: only a unit of letters makes one.
    let lettered = end > 0 && v.word(end - 1);
    let code = lettered && v.dash(end) && v.joined(end) && v.number(end + 1) && v.joined(end + 1);
    let glued_digits = v.joined(end) && v.s(end).as_bytes()[0].is_ascii_digit();
    !(code || glued_digits)
}

/// A unit glued to the digits (`75ml`, `10km/hr`, `115USD`), read from the letters `head`
/// and the tokens from `i` on.
fn glued_unit(v: &View, i: usize, head: &str, money: bool) -> Option<After> {
    if let Some((end, e)) = TABLES.currencies.starting_at(v, i, Some(head), |e| e.value.after()) {
        let mut end = end;
        let factor = scale_after(v, &mut end);
        return Some(After {
            end,
            what: What::Money(e.value.code),
            factor,
            per: None,
            rule: "currency-glued",
            compound: None,
        });
    }
    if money {
        return None;
    }
    let (end, e) = TABLES.units.starting_at(v, i, Some(head), |_| true)?;
    clean_end(v, end).then(|| unit(v, end, e.value, "unit-glued"))
}

/// The unit of a measure, with a speed made of a length and `an hour` (a rate per hour).
fn unit(v: &View, end: usize, u: Unit, rule: &'static str) -> After {
    let what = match u.kind {
        UnitKind::Percent => What::Percent,
        UnitKind::Points => What::Points(u.symbol),
        UnitKind::Measure => What::Measure(u.symbol),
        UnitKind::Duration => What::Duration(u.symbol),
    };
    let mut after = After { end, what, factor: u.times, per: u.per, rule, compound: u.compound };
    if u.length {
        if let Some((e, per)) = TABLES.rates.starting_at(v, end, None, |_| true) {
            if per.value == "hour" {
                let speed = match u.symbol {
                    "mi" => "mph",
                    "km" => "km/h",
                    _ => "m/h",
                };
                after.what = What::Measure(speed);
                after.per = Some("hour");
                after.end = e;
            }
        }
    }
    after
}

/// A scale after a currency (`75 USD million`), consumed from `*end`.
fn scale_after(v: &View, end: &mut usize) -> f64 {
    match v.bytes(*end).and_then(|t| TABLES.number(t)) {
        Some(NumberWord::Scale(f) | NumberWord::Abbr(f)) if v.word(*end) => {
            *end += 1;
            f
        }
        _ => 1.0,
    }
}

/// The unit written after a figure: a currency, a percent sign, points, a unit of measure,
/// a unit in brackets (`20 (kg)`), or one joined by a hyphen (`3-inch`, `12-cent`,
/// `45-year-old`, `20-page`).
fn unit_after(v: &View, atom: &Atom, money: bool, money_talk: &OnceBool) -> Option<After> {
    let i = atom.last;
    if i >= v.len() {
        return None;
    }
    // `5m` after a currency sign, spaced: `$5 m`, `$5 b`.
    if money && v.word(i) && clean_end(v, i + 1) {
        if let Some(NumberWord::MoneyAbbr(f)) = TABLES.number(v.b(i)) {
            return Some(After { end: i + 1, what: What::Bare, factor: f, per: None, rule: "scale", compound: None });
        }
    }
    // A hyphen: `3-inch`, `one-yen`, `12-cent`, `45-year-old`, `20-page`.
    let hyphen = v.dash(i) && v.joined(i) && v.joined(i + 1) && v.word(i + 1);
    // `a quarter-point cut`, `cut by a quarter point`: a quarter of a percentage point.
    let (point, rule) = if hyphen { (i + 1, "unit-hyphen") } else { (i, "unit") };
    if atom.form == Form::Fraction && v.is(point, "point") {
        return Some(After { end: point + 1, what: What::Points("pp"), factor: 1.0, per: None, rule, compound: None });
    }
    if hyphen {
        return hyphen_unit(v, i + 1);
    }
    let currency = TABLES.currencies.starting_at(v, i, None, |e| {
        e.value.after()
            && letter_ok(v, i, e, false)
            && (e.value.role != CurrencyRole::Upper || v.joined(i) || v.b(i).iter().all(u8::is_ascii_uppercase))
    });
    // `1 $10`: a sign followed by a number belongs to that number. A name hyphened to more
    // words is a compound's (`78,000 crown-of-thorns starfish`).
    let currency = currency.filter(|(end, e)| {
        !(e.value.role == CurrencyRole::Symbol && (v.number(*end) || v.digit_first(*end)))
            && !(v.word(end - 1) && v.dash(*end) && v.joined(*end) && v.joined(end + 1) && v.word(end + 1))
    });
    // A spaced capital (`26 C`) is held to the rule of a glued one, and is no name's
    // initial (`3 F-35s`).
    let capital = v.b(i).len() == 1 && v.b(i)[0].is_ascii_uppercase() && !v.joined(i);
    let initial = || v.dash(i + 1) && v.joined(i + 1) || !capital_unit_ok(v, atom, false);
    // `114 century breaks`, `made five centuries`: a hundred scored at the table or the
    // crease, counted, not a hundred years.
    let scored = v.is_any(i, &["century", "centuries"])
        && (v.is_any(i + 1, &["break", "breaks", "stand", "stands"])
            || atom.first > 0
                && v.is_any(atom.first - 1, &["made", "scored", "hit", "compiled", "struck", "posted", "record"]));
    let measure = TABLES.units.starting_at(v, i, None, |e| {
        letter_ok(v, i, e, e.value.spaced) && !(capital && e.len() == 1 && initial()) && !scored
    });
    match (currency, measure) {
        (Some((end, c)), m) if m.is_none_or(|(mend, _)| end >= mend || c.value.role != CurrencyRole::Weight) => {
            if c.value.role == CurrencyRole::Weight {
                let is_money = money || atom.scaled || v.is(end, "sterling") || money_talk.get(|| talks_money(v));
                if !is_money {
                    let (mend, u) = m?;
                    return clean_end(v, mend).then(|| unit(v, mend, u.value, "unit-after"));
                }
            }
            let mut end = end;
            let factor = scale_after(v, &mut end);
            let rule = match c.value.role {
                CurrencyRole::Symbol => "currency-symbol-after",
                CurrencyRole::Code | CurrencyRole::Upper => "currency-code-after",
                _ => "currency-name-after",
            };
            clean_end(v, end).then_some(After {
                end,
                what: What::Money(c.value.code),
                factor,
                per: None,
                rule,
                compound: None,
            })
        }
        (_, Some((end, u))) => {
            let rule = if u.value.kind == UnitKind::Percent { "percent" } else { "unit-after" };
            // `bpd`: barrels a day.
            let after = unit(v, end, u.value, rule);
            if !clean_end(v, after.end) {
                return None;
            }
            Some(after)
        }
        (None, None) => {
            if let Some(code) = v.get(i).filter(|_| v.word(i)).and_then(million_code) {
                return Some(After {
                    end: i + 1,
                    what: What::Money(code),
                    factor: 1e6,
                    per: None,
                    rule: "currency-code-after",
                    compound: None,
                });
            }
            bracketed_unit(v, i)
        }
        _ => None,
    }
}

/// A unit in brackets right after the number: `20 (kg)`, `20 [kg]`.
fn bracketed_unit(v: &View, i: usize) -> Option<After> {
    let close = match v.s(i) {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<" => ">",
        _ => return None,
    };
    let (end, u) = TABLES.units.starting_at(v, i + 1, None, |e| e.value.kind == UnitKind::Measure)?;
    if !v.is(end, close) {
        return None;
    }
    Some(unit(v, end + 1, u.value, "unit-bracketed"))
}

/// The word after a hyphen glued to a number, at token `i`: a unit, a currency name, or a
/// counted noun (`a 20-page report`).
fn hyphen_unit(v: &View, i: usize) -> Option<After> {
    if let Some((end, c)) = TABLES.currencies.starting_at(v, i, None, |e| {
        matches!(e.value.role, CurrencyRole::Name | CurrencyRole::Both | CurrencyRole::Minor | CurrencyRole::Weight)
            && e.len() == 1
    }) {
        return Some(After {
            end,
            what: What::Money(c.value.code),
            factor: 1.0,
            per: None,
            rule: "currency-hyphen",
            compound: None,
        });
    }
    // `3-inch`; `25-basis-point`.
    if let Some((end, u)) =
        TABLES.units.starting_at(v, i, None, |e| (e.len() == 1 || e.hyphenated()) && v.b(i).len() > 1)
    {
        let mut after = unit(v, end, u.value, "unit-hyphen");
        // `45-year-old`.
        if matches!(after.what, What::Duration(_)) && v.dash(end) && v.joined(end) && v.is(end + 1, "old") {
            after.end = end + 2;
            after.rule = "age";
        }
        return Some(after);
    }
    let w = v.s(i);
    // `two-paced`, `three-pronged`, `one-sided`: an adjective, no count.
    let adjective = w.ends_with("ed") && !w.ends_with("eed");
    if w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()) && !TABLES.is(w, class::FUNCTION) && !adjective {
        let span = Span::new(v.start(i), v.end(i));
        return Some(After {
            end: i + 1,
            what: What::Count { head: span, noun: span },
            factor: 1.0,
            per: None,
            rule: "count-hyphen",
            compound: None,
        });
    }
    None
}

/// Whether token `i` starts a plural noun in lower case (`people`, `new users`), for `20m
/// people` (but not `3M Co`).
fn plural_noun_at(v: &View, i: usize) -> bool {
    let lower = v.get(i).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    lower && noun_after(v, i).is_some_and(|(_, head)| plural(v.b(head)))
}

/// Whether a word looks like a plural noun (`chips`, `people`; `A380s`, `747s` of models).
fn plural(b: &[u8]) -> bool {
    if TABLES.is(b, class::PLURAL) {
        return true;
    }
    if b.len() >= 3 && b[b.len() - 1] == b's' && b[b.len() - 2].is_ascii_digit() {
        return true;
    }
    b.len() >= 3
        && b[b.len() - 1] == b's'
        && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'')
        && b.iter().all(|c| c.is_ascii_alphabetic())
        && !TABLES.is(b, class::FUNCTION)
}

/// The counted noun after a figure, from token `i`: one past its last token and its head.
/// `384 Ascend 910C chips` → `Ascend 910C chips`, head `chips`; `40,000 developers have` →
/// `developers`; `3 dead` → `dead`. A model number may sit in the noun (`44 737 MAX jets`,
/// `3 F-35s`, `12 747-400s`), and then the head may be capitalised (`two 787 Dreamliners`),
/// as may a people's name (`45,000 Palestinians`).
pub(crate) fn noun_after(v: &View, i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut words = 0;
    let mut model = false;
    // `fewer than 200 work there`, `four remain.`: a verb, not a noun (but `300 work
    // permits`, `300 works of art`).
    let verb = |k: usize| {
        TABLES.is(v.b(k), class::VERB)
            && !v.is_any(k + 1, &["of", "by"])
            && (k + 1 >= v.len() || !v.word(k + 1) || TABLES.is(v.b(k + 1), class::FUNCTION))
    };
    // A whole number of three or more digits, alone: a model number (`737`, `787`).
    let model_number = |k: usize| {
        v.number(k)
            && v.b(k).len() >= 3
            && v.b(k).iter().all(u8::is_ascii_digit)
            && !v.b(k).starts_with(b"0")
            && !v.number(k + 1)
    };
    // `20,000 more nurses`, `500 fewer jobs`: the noun after the comparison.
    if v.is_any(j, &["more", "fewer"]) && v.word(j + 1) {
        j += 1;
    }
    while j < v.len() && words < 5 {
        if !v.word(j) {
            // `high-speed trains`: a hyphen inside the noun; `F-35s`, `F-16 fighters`.
            if v.dash(j) && v.joined(j) && v.joined(j + 1) && words > 0 {
                if v.word(j + 1) {
                    model |= v.b(j + 1).first().is_some_and(u8::is_ascii_digit);
                    j += 1;
                    continue;
                }
                if v.number(j + 1) && v.b(j + 1).iter().all(u8::is_ascii_digit) {
                    model = true;
                    words += 1;
                    j += 2;
                    continue;
                }
            }
            if model_number(j) {
                model = true;
                words += 1;
                j += 1;
                continue;
            }
            break;
        }
        let w = v.b(j);
        let classes = TABLES.classes(w);
        if classes & (class::FUNCTION | class::MONTH | class::TIME) != 0
            && !(w.len() > 1 && w.iter().all(u8::is_ascii_uppercase))
        {
            break;
        }
        // A number word ends the noun, but not a plural one inside it (`500 test scores`).
        let inner_plural = words > 0 && matches!(TABLES.number(w), Some(NumberWord::Vague(_)));
        if words == 0 && TABLES.changes.word(w, |e| e.value.before).is_some()
            || TABLES.number(w).is_some() && !inner_plural
        {
            break;
        }
        if words == 0 && verb(j) {
            return None;
        }
        // `300 head teachers`, `two head injuries`: `head` of cattle only when no plural
        // follows it.
        let modifier_head =
            w == b"head" && v.word(j + 1) && v.s(j + 1).starts_with(|c: char| c.is_lowercase()) && plural(v.b(j + 1));
        if (plural(w) || classes & class::PLURAL != 0) && !modifier_head {
            // A head in capitals is a name (`4 Kingsbridge Vale Rangers`), except in headlines,
            // after a model number and for a people (`Palestinians`).
            let lower = v.s(j).starts_with(|c: char| c.is_lowercase());
            let named = || model || w.iter().any(u8::is_ascii_digit) || words == 0 && TABLES.demonym(w);
            if lower || v.paragraph == ParagraphKind::Heading || named() {
                return Some((j + 1, j));
            }
            // A name before a plural head in lower case modifies it (`8.5 million Windows
            // devices`, `300 Teams users`).
            let next_head = v.word(j + 1) && v.s(j + 1).starts_with(|c: char| c.is_lowercase()) && plural(v.b(j + 1));
            if !next_head {
                return None;
            }
            words += 1;
            j += 1;
            continue;
        }
        // A verb in the past tense or an adverb ends the noun (`5 died`, `3 previously`),
        // unless a noun follows (`24,020 monthly users`, `zero unplanned outages`).
        let modifier = v.word(j + 1) && !TABLES.is(v.b(j + 1), class::FUNCTION);
        if w.len() > 3 && (w.ends_with(b"ed") || w.ends_with(b"ly")) && !modifier && words == 0 {
            break;
        }
        words += 1;
        j += 1;
    }
    // No plural head: the first word, when it is a lower-case word that is no verb or
    // adverb by its ending or by the article after it (`1 person`, `3 dead`; not `one moved
    // production`, `9,000 ran a race`).
    let w = v.bytes(i)?;
    let verbal = w.len() > 3 && (w.ends_with(b"ed") || w.ends_with(b"ly") || w.ends_with(b"ing"))
        || v.is_any(i + 1, &["a", "an", "the"]);
    (words > 0 && v.word(i) && w.iter().all(u8::is_ascii_lowercase) && w.len() > 1 && !verbal).then_some((i + 1, i))
}

/// The currency a figure prices another in (`The baht traded at 33.85 per dollar`, `the
/// lira weakened to 40.9 against the dollar`): a figure before `per`, `to the` or `against
/// the` and a currency, with another currency's name after `the` earlier in the sentence.
fn quoted_rate(v: &View, a: &Atom) -> Option<&'static str> {
    let k = a.last;
    let base_at = if v.is(k, "per") {
        k + 1
    } else if v.is_any(k, &["to", "against"]) && v.is(k + 1, "the") {
        k + 2
    } else {
        return None;
    };
    let base_at = if v.is_any(base_at, &["U.S.", "US"]) { base_at + 1 } else { base_at };
    if !v.is_any(base_at, &["dollar", "euro", "yen", "pound", "greenback", "yuan"]) {
        return None;
    }
    let named = |e: &Entry<super::tables::Currency>| {
        matches!(e.value.role, CurrencyRole::Name | CurrencyRole::Both | CurrencyRole::Weight) && e.len() == 1
    };
    // The quoted currency, `the baht`, `the Thai baht`, some words before the figure: the
    // first one named (`The dirham, pegged to the euro and the dollar, traded at 9.96`).
    (a.first.saturating_sub(24)..a.first).find_map(|i| {
        let the = i > 0 && v.is(i - 1, "the") || i > 1 && v.is(i - 2, "the") && v.capitalized(i - 1);
        let entry = TABLES.currencies.word(v.b(i), named).filter(|_| the && !v.is(i, v.s(base_at)))?;
        Some(entry.value.code)
    })
}

/// The end of a golfer's score against par after atom `a` (`20-under`, `seven-under-par`,
/// `two over par`), if there is one.
fn against_par(v: &View, a: &Atom) -> Option<usize> {
    let k = a.last;
    let hyphened = |k: usize| v.dash(k) && v.joined(k) && v.joined(k + 1);
    if hyphened(k) && v.is_any(k + 1, &["under", "over"]) {
        return Some(if hyphened(k + 2) && v.is(k + 3, "par") { k + 4 } else { k + 2 });
    }
    (v.is_any(k, &["under", "over"]) && v.is(k + 1, "par")).then_some(k + 2)
}

/// Whether a figure at token `first` is one of a golfer's rounds written in a row:
/// `rounds of 66-70-67-65`.
fn golf_round(v: &View, first: usize) -> bool {
    let mut k = first;
    while k >= 2 && v.dash(k - 1) && v.joined(k - 1) && v.joined(k) && v.number(k - 2) {
        k -= 2;
    }
    let round = |k: usize| v.s(k).parse::<u8>().is_ok_and(|n| (55..=95).contains(&n));
    k >= 2 && v.is(k - 1, "of") && v.is_any(k - 2, &["rounds", "cards", "scores"]) && round(first)
}

/// Whether the pair of figures from token `first` to `end` (exclusive) are a bookmaker's
/// odds: `a 40-1 outsider`, `the 7-2 favourite`, `5-2 underdogs`, `sent off at 7-2`, `at odds
/// of 10-1`.
fn odds(v: &View, first: usize, end: usize) -> bool {
    let (a, b) = (v.s(first), v.s(end - 1));
    if a.starts_with('0') || b.starts_with('0') || b.len() > 3 {
        return false;
    }
    const FAVOURITE: [&str; 4] = ["favourite", "favourites", "favorite", "favorites"];
    let noun = [
        "outsider",
        "outsiders",
        "shot",
        "shots",
        "underdog",
        "underdogs",
        "chance",
        "joint-favourite",
        "joint-favorite",
    ];
    let priced_as = |k: usize| v.is_any(k, &noun) || v.is_any(k, &FAVOURITE);
    let after = priced_as(end) || v.is(end, "joint") && priced_as(end + 1);
    let at = first >= 2
        && v.is(first - 1, "at")
        && v.is_any(first - 2, &["off", "priced", "backed", "quoted", "offered", "odds", "started", "price"]);
    let of = first >= 2 && v.is(first - 1, "of") && v.is_any(first - 2, &["odds", "price"]);
    // `with England at 9-2 and Scotland at 80-1`: a side's price, in a sentence of betting.
    let betting = || {
        (0..v.len()).any(|k| v.is_any(k, &FAVOURITE) || v.is_any(k, &["odds", "bookmaker", "bookmakers", "bookies"]))
    };
    let priced = first >= 2 && v.is(first - 1, "at") && v.capitalized(first - 2) && betting();
    after || at || of || priced
}

/// What two neighbouring pieces make together, if anything, and how many pieces they use.
fn pair(v: &View, a: &Piece, b: &Piece) -> Option<(Quantity, usize)> {
    let (a_end, b_first) = (a.end(), b.first());
    if b_first < a_end {
        return None;
    }
    // `doubled to 4,800`, `ranked third to fifth`: no range.
    if [a, b].iter().any(|p| matches!(p.atom.form, Form::Multiplier | Form::Ordinal)) {
        return None;
    }
    let between = b_first - a_end;
    let joiner = (between == 1).then(|| v.s(a_end));
    // `from 10 to 12` is a change; `ranging from 10 to 12`, `cost from ISK 30,000 to ISK
    // 95,000` a range.
    let spread = &[
        "range", "ranges", "ranged", "ranging", "cost", "costs", "costing", "priced", "vary", "varies", "varied",
        "varying",
    ];
    // So is `carry from 200 to 250 tonnes`, with no word of change before and the figures
    // rising: what a thing goes from and to is told by a verb (`went from`, `cut from`).
    let from_at = a.first() > 0 && v.is(a.first() - 1, "from");
    // So is a verb in the past right before `from` (`charged from 10% to 80%`).
    let moved = from_at
        && ((a.first().saturating_sub(12)..a.first() - 1).any(|k| {
            v.word(k) && (TABLES.changes.word(v.s(k), |e| e.value.before).is_some() || TABLES.is(v.b(k), class::MOVE))
        }) || a.first() > 1 && v.word(a.first() - 2) && v.s(a.first() - 2).ends_with("ed"));
    let from = from_at
        && !(a.first() > 1 && v.is_any(a.first() - 2, spread))
        && (moved || b.atom.value <= a.atom.value || !b.has_unit());
    let between_word = a.first() > 0 && v.is(a.first() - 1, "between")
        || a.first() > 1 && v.is(a.first() - 2, "between") && !v.word(a.first() - 1);

    // Dollars and cents: `3 dollars 50 cents`, `15 dollars and 50`, `c $ 100 and fifty`.
    if let (Some(code), false) = (a.money(), between_word) {
        let and = joiner.is_some_and(|j| j.eq_ignore_ascii_case("and"));
        let cents = matches!(b.after, Some(After { what: What::Money("¢"), .. }));
        // Not the first of a ratio or a part (`three pounds and one in four shoppers`, `and
        // one of them`).
        let part = v.is_any(b.atom.last, &["in", "of", "out"]);
        let alone = b.after.is_none()
            && !part
            && (b.atom.last >= v.len() || !v.word(b.atom.last) || TABLES.is(v.b(b.atom.last), class::FUNCTION));
        let small = b.atom.value >= 1.0 && b.atom.value < 100.0 && b.atom.value.fract() == 0.0 && !b.atom.scaled;
        let named = matches!(a.after, Some(After { what: What::Money(_), .. }));
        let shape = cents || (alone && (named || (and && b.atom.form == Form::Words)));
        let whole = !a.atom.scaled && a.atom.value.fract() == 0.0 && !matches!(code, "¢" | "p");
        let b_plain = b.before.is_none() && b.atom.currency.is_none() && !b.name;
        if shape && small && whole && (between == 0 || and) && b_plain {
            let mut q = single(v, a);
            q.value += b.atom.value / 100.0;
            q.last = b.end();
            q.rule = "currency-and-cents";
            return Some((q, 2));
        }
    }
    // A measure in two units, the smaller after the larger, as the unit list pairs them:
    // `5 ft 2 in`, `5 feet and 2 inches`, `5ft 11in`, `3 minutes 49.11 seconds`, and a
    // height as American sports pages hyphenate it, `6-foot-10`.
    let and = joiner.is_some_and(|j| j.eq_ignore_ascii_case("and"));
    // `2 hours, 6 minutes and 51 seconds`, `1 day, 8 hours, 48 minutes`: a comma between
    // the first two of three parts or more.
    let listed = joiner == Some(",") && v.is_any(b.end(), &["and", ","]) && v.number(b.end() + 1);
    let hyphenated = between == 1
        && v.dash(a_end)
        && v.joined(a_end)
        && v.joined(a_end + 1)
        && a.after.is_some_and(|x| x.rule == "unit-hyphen")
        && b.after.is_none()
        && b.before.is_none()
        && b.atom.int.is_some();
    if let Some((smaller, count)) =
        a.after.and_then(|x| x.compound).filter(|_| between == 0 || and || hyphenated || listed)
    {
        let in_smaller = |x: &After| matches!(x.what, What::Measure(u) | What::Duration(u) if u == smaller);
        let taken = if smaller == "in" {
            // `in` is also a preposition: written out, it is the unit only right after the
            // number; glued (`11in`) it always is.
            let inch = b.atom.last;
            let glued = b.atom.suffix.is_some_and(|s| &v.text[s.start..s.end] == "in");
            if hyphenated {
                (b.atom.value < count).then_some(b.atom.last)
            } else {
                let inches = b.after.as_ref().is_some_and(in_smaller)
                    || b.after.is_none() && v.is(inch, "in") && b.before.is_none()
                    || glued;
                inches.then(|| if b.after.is_some() || glued { b.end() } else { inch + 1 })
            }
        } else {
            // A time: whole hours or minutes, and less than one of them after.
            let whole = a.atom.value.fract() == 0.0 && !a.atom.scaled;
            let fits = b.after.as_ref().is_some_and(in_smaller) && b.before.is_none() && b.atom.value < count;
            (whole && fits).then(|| b.end())
        };
        if let Some(last) = taken {
            let mut q = single(v, a);
            q.value += b.atom.value / count;
            q.last = last;
            // (Only with its third part does a comma join the first two: see `third_part`.)
            q.rule =
                if listed && !(between == 0 || and || hyphenated) { "unit-compound-listed" } else { "unit-compound" };
            return Some((q, 2));
        }
    }
    // `412 of the 650 seats`, `won 5 of their last 6 games`, `31 of the legislature's 49
    // seats`: the first counts what the second does.
    let latest = between == 3 && v.is_any(a_end + 2, &["last", "first", "next", "past", "previous"]);
    let owner = between == 3 && {
        let w = v.b(a_end + 2);
        w.len() > 3 && (w.ends_with(b"'s") || w.ends_with("’s".as_bytes()))
    };
    let of_the = (between == 2 || latest || owner)
        && v.is(a_end, "of")
        && v.is_any(a_end + 1, &["the", "its", "their", "his", "her", "our"])
        && !a.has_unit()
        && a.atom.form != Form::Ordinal
        // `one of the five pillars` is no count.
        && !(a.atom.form == Form::Words && a.atom.value == 1.0);
    if of_the && a.atom.value.fract() == 0.0 && a.atom.value <= b.atom.value {
        let b_q = single(v, b);
        if let What::Count { head, .. } = b_q.what {
            let mut q = single(v, a);
            if q.what == What::Bare {
                q.what = What::Count { head, noun: head };
                q.rule = "count-of";
                return Some((q, 1));
            }
        }
    }
    // `one in five`, `three out of four`, `one in every five`, `a one-in-five chance`, `one
    // in a million`.
    let out_of =
        between == 2 && (v.is(a_end, "out") && v.is(a_end + 1, "of") || v.is(a_end, "in") && v.is(a_end + 1, "every"));
    let hyphens_in = between == 3
        && v.dash(a_end)
        && v.is(a_end + 1, "in")
        && v.dash(a_end + 2)
        && (a_end..=a_end + 3).all(|k| v.joined(k));
    let joiner = if out_of || hyphens_in { "in" } else { joiner? };
    // (`one in every three pounds` shares out a sum; `one in four acres` shares out land,
    // its first figure in words.)
    let measured = || a.atom.form == Form::Words && b.after.is_some_and(|x| matches!(x.what, What::Measure(_)));
    if joiner.eq_ignore_ascii_case("in") && !a.has_unit() && (!b.has_unit() || out_of || measured()) {
        let small = a.atom.value >= 1.0 && a.atom.value <= 10.0 && a.atom.value.fract() == 0.0;
        if small
            && b.atom.value > a.atom.value
            && b.atom.value.fract() == 0.0
            && b.atom.int.is_none_or(|(n, _)| n < 1000)
        {
            let mut q = single(v, b);
            q.first = a.first();
            q.value = a.atom.value / b.atom.value;
            q.atom = a.atom;
            q.kind = Some(ClaimKind::Fraction);
            q.what = match q.what {
                What::Count { .. } => q.what,
                _ => What::Bare,
            };
            q.rule = "fraction-in";
            return Some((q, 2));
        }
        return None;
    }
    let dash = v.dash(a_end);
    let to = joiner.eq_ignore_ascii_case("to");
    // `passed 219 to 213`, `won 3 to 1`: a tally or a score, as `2-1` below.
    let result = || {
        let back = (a.first().saturating_sub(3)..a.first()).rev().take_while(|&k| v.word(k));
        back.into_iter().any(|k| TABLES.is(v.b(k), class::RESULT))
    };
    let whole = |p: &Piece| p.atom.int.is_some();
    let bare = !a.has_unit() && !b.has_unit() && whole(a) && whole(b);
    if to && bare && result() && noun_after(v, b.end()).is_none() {
        let mut q = single(v, a);
        q.dropped = true;
        q.last = b.end();
        return Some((q, 2));
    }
    // `India were 250 for six`, `180 for 9 at stumps`: runs for wickets, a cricket score.
    let wickets =
        b.atom.value.fract() == 0.0 && b.atom.value <= 10.0 && (b.atom.int.is_some() || b.atom.form == Form::Words);
    let for_ = joiner.eq_ignore_ascii_case("for");
    if for_ && whole(a) && wickets && !a.has_unit() && !b.has_unit() && noun_after(v, b.end()).is_none() {
        let mut q = single(v, a);
        q.dropped = true;
        q.last = b.end();
        return Some((q, 2));
    }
    let and = joiner.eq_ignore_ascii_case("and");
    let or = joiner.eq_ignore_ascii_case("or");
    if !(dash || to || and || or) {
        return None;
    }
    let b_q = single(v, b);
    // A unit (or money) that the first figure lacks comes from the second.
    let same_unit = match (a.after, b.after) {
        (Some(x), Some(y)) => x.what == y.what,
        (None, _) => true,
        _ => false,
    };
    let a_money = a.money();
    let b_money = b.money();
    let money_ok = a_money.is_none() || b_money.is_none() || a_money == b_money;
    let plural_count = matches!(b_q.what, What::Count { head, .. } if plural(&v.text.as_bytes()[head.start..head.end]) && v.text[head.start..].starts_with(|c: char| c.is_lowercase()));
    if dash && between == 1 && bare && golf_round(v, a.first()) {
        return Some((single(v, a), 1));
    }
    if dash && between == 1 && bare && odds(v, a.first(), b.end()) {
        let mut q = single(v, a);
        q.value = a.atom.value / b.atom.value;
        q.last = b.end();
        q.what = What::Bare;
        q.kind = Some(ClaimKind::Ratio);
        q.rule = "odds";
        return Some((q, 2));
    }
    // (`those aged 18-34`: a span of ages.)
    let aged = a.first() > 0 && v.is_any(a.first() - 1, &["aged", "ages"]);
    if dash && !a.has_unit() && !b.has_unit() && !between_word && !plural_count && !aged {
        // A score (`3-1`), a span of years (`2019-20`), a code: nothing.
        let mut q = single(v, a);
        q.dropped = true;
        q.last = b.end();
        return Some((q, 2));
    }
    if !same_unit || !money_ok {
        return None;
    }
    // `cash of ¥70,000 to 10 million households`: a sum, then a count of a plural noun, are
    // two figures, not a range.
    if (a.has_unit() || a_money.is_some()) && plural_count {
        return None;
    }
    // `peak sales of VRD-417 to $12 billion`: the number of a code, hyphened to its letters,
    // opens no range to a figure with a unit.
    let first = a.first();
    let coded = first > 1
        && v.dash(first - 1)
        && v.joined(first)
        && v.joined(first - 1)
        && v.word(first - 2)
        && v.b(first - 2).iter().any(u8::is_ascii_uppercase);
    if coded && !a.has_unit() && (b.has_unit() || b_money.is_some()) {
        return None;
    }
    let scaled_a = |q: &mut Quantity| {
        if !a.atom.scaled && b.atom.scaled && a.atom.value * b.atom.factor <= b.atom.value * (1.0 + 1e-9) {
            q.value *= b.atom.factor;
        }
    };
    // `fell by 9,000 to 210,000`, `rose by more than a third to 1.5 million`: a change
    // (its qualifier passed over), then the new level.
    let before = TABLES.qualifiers.ending_at(v, a.first(), |_| true).map_or(a.first(), |(k, _)| k);
    let change =
        before > 0 && (v.is(before - 1, "by") || TABLES.changes.word(v.s(before - 1), |e| e.value.before).is_some());
    // `a third to 1.5 million`: a share and an amount make no range (`a half to 1
    // percentage point` does).
    let share_to_amount = a.atom.form == Form::Fraction
        && a.atom.value < 1.0
        && b.atom.form != Form::Fraction
        && (b.atom.scaled || b.atom.value >= 100.0);
    // `rose 3 to 4 per cent`: after a change verb without `by`, a bare figure close below a
    // percentage is the low end of a range, not the change (that carries its unit: `rose
    // 3% to 4%`, `rose 3 points to 4%`).
    let by = before > 0 && v.is(before - 1, "by");
    // `ahead by 3 to 5 points`, `won by 10 to 12 lengths`: `by` after no verb of change
    // measures a margin, and `X to Y` is its range.
    // The first figure is bare (`by ₹160 to ₹2,585` is a rise and a level), and no verb of
    // change stands before (`raised the price for wheat by 160 to 2,585 rupees`).
    let margin = by
        && !a.has_unit()
        && !(before.saturating_sub(9)..before - 1).any(|k| TABLES.changes.word(v.s(k), |e| e.value.before).is_some());
    let change = change && !margin;
    let percent_range = to
        && change
        && !by
        && !a.has_unit()
        && matches!(b_q.what, What::Percent | What::Points(_))
        && a.atom.value > 0.0
        && a.atom.value < b.atom.value
        && b.atom.value <= 3.0 * a.atom.value;
    // `prices rose 8% to 13%`, `shipments will grow by 150% to 170%`: two percentages close
    // together after a change are its range, unless what changes is itself a rate, which a
    // percentage is the level of (`unemployment rose 2.5% to 3%` is a rise and a level), or
    // the second is a share of something (`rose 10% to 12% of sales`).
    let percent = |p: &Piece| p.after.is_some_and(|x| x.what == What::Percent);
    let percents_range = to
        && change
        && percent(a)
        && percent(b)
        && a.atom.value > 0.0
        && a.atom.value < b.atom.value
        && b.atom.value <= 3.0 * a.atom.value
        && !v.is(b.end(), "of")
        && !(before.saturating_sub(10)..before).any(|k| TABLES.is(v.b(k), class::RATE));
    // `fall by 15 to 20 cents`: after a change and `by`, a bare figure close below the
    // second is the low end of the change's range (`fell by 9,000 to 210,000` is a change
    // and a level).
    let by_range = to
        && by
        && !a.has_unit()
        && b.has_unit()
        && a.atom.value > 0.0
        && a.atom.value < b.atom.value
        && b.atom.value <= 2.0 * a.atom.value;
    // `four or five pills`, `five or ten years`: two whole figures close together, the
    // second with the unit, are a range too.
    let either = or
        && !a.has_unit()
        && (b.has_unit() || matches!(b_q.what, What::Count { .. }))
        && a.atom.value.fract() == 0.0
        && b.atom.value.fract() == 0.0
        && a.atom.value >= 1.0
        && a.atom.value < b.atom.value
        && b.atom.value <= 10.0 * a.atom.value;
    // `10,000-15,000 visitors`: a dash between counts of a plural noun is a range too.
    let range = (dash
        || (to && !from && (!change || percent_range || percents_range || by_range))
        || (and && between_word)
        || either)
        && (b.has_unit() || a.has_unit() || between_word || to || dash && (plural_count || aged) || either)
        && !share_to_amount;
    if range {
        let mut q = b_q;
        q.first = a.first();
        q.atom = a.atom;
        let mut lo = single(v, a);
        scaled_a(&mut lo);
        if lo.value > b_q.value {
            return None;
        }
        q.value = lo.value;
        q.value_max = Some(b_q.value);
        if a_money.is_some() && b_money.is_none() {
            q.what = What::Money(a_money.unwrap_or("USD"));
        }
        q.rule = "range";
        return Some((q, 2));
    }
    // `from 10 to 12 percent`, `two or three days`, `5 and 10 percent`: the first takes the
    // second's unit, but not a currency written before the second (`Tk 500 crore and ₹5,000
    // crore`: the first has its own).
    let sign_before = b.before.is_some() || b.atom.currency.is_some();
    // `2.2 per cent in 2025 and 1.9 per cent in 2026`: a year after its preposition.
    let year = a.atom.int.is_some_and(|(n, digits)| digits == 4 && (1800..=2100).contains(&n))
        && a.first() > 0
        && v.is_any(a.first() - 1, &["in", "by", "since", "until", "for", "from"]);
    if !a.has_unit() && b.has_unit() && b_q.what.stated() && !sign_before && !share_to_amount && !year {
        let mut q = single(v, a);
        scaled_a(&mut q);
        q.what = b_q.what;
        q.rule = "unit-shared";
        return Some((q, 1));
    }
    None
}

/// What a figure `q` with no unit of its own takes from the figure `prev` before it in the
/// sentence, when a comparison ties the two (`3.2 million subscribers, up from 2.9 million`,
/// `12m users versus 9m`, `to 4 million units from 3 million`, `from 3 million units to 4
/// million`, `by 302 votes to 183`): `prev`'s unit or counted noun. Not after the size of a change (`rose 12% to
/// 4.5bn`), an age, a rank or a multiplier, and not for a year (`up from 2019`).
pub(crate) fn carried(v: &View, prev: &Quantity, q: &Quantity) -> Option<What> {
    let plain = q.what == What::Bare && q.kind.is_none() && matches!(q.atom.form, Form::Digits | Form::Words);
    let year = q.atom.int.is_some_and(|(n, digits)| digits == 4 && (1800..=2100).contains(&n));
    // Not from a time said with `a` (`had waited more than a year, down from 389,000`): the
    // comparison is of another figure.
    let unit =
        matches!(prev.what, What::Count { .. } | What::Money(_) | What::Percent | What::Points(_) | What::Measure(_))
            || matches!(prev.what, What::Duration(_))
                && prev.rule != "age"
                && !(prev.atom.form == Form::Words && prev.atom.value == 1.0);
    if !plain || year || !unit || prev.kind.is_some() || prev.last > q.first {
        return None;
    }
    // `2,000 people were evacuated and 14 were killed`: a bare figure opening a clause
    // joined to a count's, each before a verb, counts the same thing.
    let clause = |k: usize| k < v.len() && TABLES.is(v.b(k), class::CLAUSE);
    if matches!(prev.what, What::Count { .. })
        && q.first > prev.last
        && v.is_any(q.first - 1, &["and", "but"])
        && clause(prev.last)
        && clause(q.last)
    {
        return Some(prev.what);
    }
    // The comparison ends right before the figure or its qualifier, a few words after `prev`
    // (`subscribers at the end of June, up from`).
    let end = TABLES.qualifiers.ending_at(v, q.first, |_| true).map_or(q.first, |(k, _)| k);
    let (start, tie) = TABLES.comparisons.ending_at(v, end, |_| true)?;
    if start < prev.last || start - prev.last > 6 || (prev.last..start).any(|k| v.is_any(k, &[";", ":", "("])) {
        return None;
    }
    // What stands before `prev`, its qualifier passed over.
    let before = TABLES.qualifiers.ending_at(v, prev.first, |_| true).map_or(prev.first, |(k, _)| k);
    let word_before = before.checked_sub(1).filter(|&k| v.word(k));
    let change =
        word_before.is_some_and(|k| v.is(k, "by") || TABLES.changes.word(v.b(k), |e| e.value.before).is_some());
    // `by 302 votes to 183`, `won 3 games to 1`: a tally of counted things.
    let tally = || {
        matches!(prev.what, What::Count { .. })
            && start == prev.last
            && word_before.is_some_and(|k| v.is(k, "by") || TABLES.is(v.b(k), class::RESULT))
    };
    let tied = match tie.value {
        Tie::Always => true,
        Tie::Level => !change,
        Tie::Span => word_before.is_some_and(|k| v.is(k, "from")) || tally(),
    };
    tied.then_some(prev.what)
}

/// The quantity of one piece.
fn single(v: &View, p: &Piece) -> Quantity {
    let a = &p.atom;
    let mut q = Quantity {
        first: p.first(),
        last: p.end(),
        value: a.value,
        value_max: None,
        what: What::Bare,
        atom: *a,
        kind: None,
        per: None,
        rule: "number",
        dropped: p.name,
    };
    if let Some(code) = p.money() {
        q.what = What::Money(code);
        q.rule = match (p.before, a.currency) {
            (Some((_, _, _, CurrencyRole::Both)), _) => "currency-name-before",
            (Some((k, _, _, _)), _) if v.b(k).len() == 3 && v.b(k).iter().all(u8::is_ascii_alphabetic) => {
                "currency-code-before"
            }
            (Some(_), _) => "currency-symbol-before",
            (_, Some(_)) => "currency-code-glued",
            _ => p.after.map_or("currency", |x| x.rule),
        };
        // `$ 10 dollars`: the name after repeats the sign.
        if let (Some(_), Some(x)) = (p.before, p.after) {
            q.last = x.end;
        }
        return q;
    }
    // `The baht traded at 33.85 per dollar`: a rate of exchange, in the currency quoted.
    if let Some(code) = (p.after.is_none() && p.before.is_none()).then(|| quoted_rate(v, a)).flatten() {
        q.what = What::Money(code);
        q.rule = "exchange-rate";
        return q;
    }
    // `20-under`, `seven-under-par`, `two over par`: a golfer's score against par.
    if let Some(last) = p.after.is_none().then(|| against_par(v, a)).flatten() {
        q.last = last;
        q.kind = Some(ClaimKind::Count);
        q.rule = "against-par";
        return q;
    }
    if p.after.is_none() && a.int.is_some() && golf_round(v, a.first) {
        q.kind = Some(ClaimKind::Count);
        q.rule = "golf-round";
        return q;
    }
    if let Some(k) = p.percent_before {
        q.first = k;
        q.what = What::Percent;
        q.rule = "percent-of";
        return q;
    }
    if a.form == Form::Ordinal {
        q.what = What::Rank;
        q.rule = "rank";
        return q;
    }
    if let Some(x) = p.after {
        q.what = x.what;
        q.rule = x.rule;
        q.per = x.per;
        // `an hour and a half`, `two miles and a half`: half of the unit more.
        let half = v.is(x.end, "and") && v.is_any(x.end + 1, &["a", "an"]) && v.is(x.end + 2, "half");
        if half && matches!(q.what, What::Duration(_) | What::Measure(_)) && !a.scaled {
            q.value += 0.5;
            q.last = x.end + 3;
            q.rule = "unit-and-a-half";
        }
        // A count is of whole things (`a 7.1-magnitude quake`).
        if matches!(q.what, What::Count { .. }) && a.value.fract() != 0.0 {
            q.what = What::Bare;
        }
        return q;
    }
    if a.form == Form::Multiplier {
        q.what = What::Multiplier;
        q.rule = "multiplier";
        // `scored twice`, `derailed twice by disputes`, `twice a year`: how often, a count;
        // `twice as many`, `twice the average`, `twice last year's payout`: a ratio.
        let word = v.s(a.first);
        let often = matches!(TABLES.number(word), Some(NumberWord::Multiplier(_))) && !word.ends_with("fold");
        let next = v.get(a.last).filter(|_| v.word(a.last));
        let how_often = match next {
            None => true,
            // `scored twice as Real won`, not `twice as many`.
            Some(w) if w.eq_ignore_ascii_case("as") => {
                !v.get(a.last + 1).is_some_and(|w| w.starts_with(char::is_lowercase))
            }
            Some(w) => w.len() > 3 && w.ends_with("ed") || TABLES.is(w, class::OFTEN),
        };
        if often && how_often {
            q.what = What::Bare;
            q.kind = Some(ClaimKind::Count);
            q.rule = "count-times";
        }
        return q;
    }
    // `a magnitude 6.3 quake`, `magnitude-6.3`: a unit written before the figure.
    let hyphen = a.first >= 2 && v.dash(a.first - 1) && v.joined(a.first - 1) && v.joined(a.first);
    if hyphen || !v.joined(a.first) {
        let unit_end = if hyphen { a.first - 1 } else { a.first };
        if let Some((k, e)) = TABLES.units.ending_at(v, unit_end, |e| e.value.before) {
            q.first = k;
            q.what = What::Measure(e.value.symbol);
            q.rule = "unit-before";
            return q;
        }
    }
    // `No. 4`; `the world No 1`, `ranked No 4`, `Britain's No 1` (not `a No 10 spokesman`).
    if a.int.is_some() && a.first >= 2 {
        let numbered = match v.s(a.first - 1) {
            "." => v.s(a.first - 2) == "No",
            "No" => {
                v.is_any(a.first - 2, &["world", "ranked", "seeded", "is", "was", "now"])
                    || v.b(a.first - 2).ends_with(b"'s")
                    || v.b(a.first - 2).ends_with("’s".as_bytes())
            }
            _ => false,
        };
        if numbered {
            q.first = if v.s(a.first - 1) == "." { a.first - 2 } else { a.first - 1 };
            q.what = What::Rank;
            q.rule = "rank";
            return q;
        }
    }
    // `three times more`, `8.3 times average earnings`: a multiplier; `3 times` alone is
    // counted.
    let comparative = || v.bytes(a.last + 1).is_some_and(|w| TABLES.is(w, class::COMPARATIVE));
    if v.is(a.last, "times") && (a.value.fract() != 0.0 || comparative()) {
        q.last = a.last + 1;
        q.what = What::Multiplier;
        q.rule = "multiplier";
        return q;
    }
    // `aged 45`, `Yamamoto, 56, joined`, `John Smith (45)`: an age, in years.
    if age(v, &q) {
        q.what = What::Duration("year");
        q.rule = "age";
        return q;
    }
    // `hundreds of police`, `tens of thousands of people`.
    let noun_from = if a.form == Form::Vague && v.is(a.last, "of") { a.last + 1 } else { a.last };
    // A count is of whole things (`7.4 earthquake` is no count of earthquakes), but `42.3
    // points` are many.
    let whole = a.value.fract() == 0.0;
    // `thousands of small firms`, not `thousands of small, family-run firms`: a vague
    // figure takes only a plural noun.
    let any_noun = whole && a.form != Form::Vague;
    // A count of many takes a plural (`1400 block`, `three spike` count nothing); the
    // second number of `one in five` is no count.
    let one = a.value == 1.0
        || !matches!(a.form, Form::Digits | Form::Words)
        || a.first > 0 && v.is_any(a.first - 1, &["in", "-"]);
    let noun = noun_after(v, noun_from).filter(|&(_, head)| any_noun && one || plural(v.b(head)));
    if let Some((end, head)) = noun {
        q.what = What::Count { head: head_span(v, head, noun_from), noun: v.span_of(noun_from, end) };
        q.last = end;
        q.rule = "count-noun";
    }
    if a.form == Form::Vague {
        // `thousands fled`: at least a thousand of something.
        q.kind = Some(ClaimKind::Count);
        q.rule = if q.rule == "count-noun" { "count-vague" } else { "vague" };
    }
    q
}

/// The span of the head word at token `head` of a noun starting at token `from`, with the
/// model name its digits hang on (`F-35s`, `747-400s`, not `35s`, `400s`).
#[inline]
fn head_span(v: &View, head: usize, from: usize) -> Span {
    let mut first = head;
    if v.b(head).first().is_some_and(u8::is_ascii_digit) {
        while first >= from + 2 && v.dash(first - 1) && v.joined(first) && v.joined(first - 1) {
            first -= 2;
        }
    }
    Span::new(v.start(first), v.end(head))
}

/// An age: a whole number from 1 to 120 after `aged` (`aged 45`, `aged eighteen`, `aged 19
/// and 22`, `aged between 18 and 24`), set off by commas after a name (`Yamamoto, 56, joined`), or in
/// brackets after one (`John Smith (45)`).
fn age(v: &View, q: &Quantity) -> bool {
    // In digits or words (`aged eighteen`).
    let whole = match q.atom.int {
        Some((value, _)) => (1..=120).contains(&value),
        None => q.atom.form == Form::Words && q.value.fract() == 0.0 && (1.0..=120.0).contains(&q.value),
    };
    if !whole || q.last != q.atom.last {
        return false;
    }
    let first = q.first;
    if first == 0 {
        return false;
    }
    // `Yamamoto, 56,` and `John Smith (45)`, or back over other ages and their joiners to
    // `aged`.
    let closed = || q.last >= v.len() || matches!(v.s(q.last), "," | "." | ")" | ";");
    match v.s(first - 1) {
        "," if first >= 2 && (v.capitalized(first - 2) || v.is(first - 2, ")")) && closed() => return true,
        "(" => return first >= 2 && v.capitalized(first - 2) && v.is(q.last, ")"),
        _ => {}
    }
    let mut t = first - 1;
    loop {
        let s = v.s(t);
        if s.len() >= 3 && s.len() <= 4 && s.as_bytes()[0] | 0x20 == b'a' && v.is_any(t, &["aged", "age", "ages"]) {
            return true;
        }
        // `at the age of 40`.
        let joiner = v.number(t) || matches!(s, "and" | "or" | "to" | "," | "between" | "-" | "–" | "of");
        if !joiner || t == 0 || first - t >= 6 {
            return false;
        }
        t -= 1;
    }
}

/// The unit quarry writes for a unit named `name` (a name, code or symbol, as gold data from
/// other tools writes it) on a claim of kind `kind`: `United States dollar` → `USD`,
/// `Kilometer` → `km`, `percent` → `%`, `Pound` → `GBP` for money and `lb` otherwise.
/// `None` when no lexicon knows the name.
pub fn normalize_unit(kind: &str, name: &str) -> Option<String> {
    let name = name.trim();
    let money = matches!(kind, "money" | "currency");
    let plural = format!("{name}s");
    for candidate in [name, plural.as_str()] {
        let toks = {
            let mut toks = Vec::new();
            crate::segment::tokens::tokenize(candidate, Span::new(0, candidate.len()), &mut toks);
            toks
        };
        if toks.is_empty() {
            return None;
        }
        let v = View {
            text: candidate,
            toks: &toks,
            span: Span::new(0, candidate.len()),
            paragraph: crate::document::ParagraphKind::Prose,
            letters: None,
        };
        let currency = TABLES.currencies.starting_at(&v, 0, None, |_| true).filter(|(end, _)| *end == toks.len());
        let unit = TABLES.units.starting_at(&v, 0, None, |_| true).filter(|(end, _)| *end == toks.len());
        let found = match (money, currency, unit) {
            (true, Some((_, c)), _) | (false, Some((_, c)), None) => Some(c.value.code),
            (_, _, Some((_, u))) => Some(u.value.symbol),
            _ => None,
        };
        if let Some(f) = found {
            return Some(f.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::numbers::atoms;
    use crate::claims::view::testing::tokens;

    /// The quantities of `text`, as (covered text, value, unit) with dropped ones left out.
    fn quantities_of(text: &str) -> Vec<(String, f64, String)> {
        let toks = tokens(text);
        let v = View::of(text, &toks);
        quantities(&v, &atoms(&v))
            .iter()
            .filter(|q| !q.dropped)
            .map(|q| {
                let unit = match q.what {
                    What::Money(c) => c.to_string(),
                    What::Percent => "%".to_string(),
                    What::Points(s) | What::Measure(s) | What::Duration(s) => s.to_string(),
                    What::Count { head, .. } => text[head.start..head.end].to_string(),
                    What::Multiplier => "x".to_string(),
                    What::Rank => "rank".to_string(),
                    What::Bare => String::new(),
                };
                let covered = text[v.start(q.first)..v.end(q.last - 1)].to_string();
                (covered, q.value_max.unwrap_or(q.value), unit)
            })
            .collect()
    }

    #[track_caller]
    fn assert_q(text: &str, want: &[(&str, f64, &str)]) {
        let got = quantities_of(text);
        let ok = got.len() == want.len()
            && got.iter().zip(want).all(|((gs, gv, gu), (ws, wv, wu))| {
                gs == ws && (gv - wv).abs() <= 1e-9 * wv.abs().max(1.0) && gu == wu
            });
        assert!(ok, "{text:?}\n  got  {got:?}\n  want {want:?}");
    }

    #[test]
    fn currencies_before_and_after() {
        assert_q(
            "approximately 180 billion RMB (~US $25 billion)",
            &[("180 billion RMB", 180e9, "CNY"), ("US $25 billion", 25e9, "USD")],
        );
        assert_q("USD34.6 million", &[("USD34.6 million", 34.6e6, "USD")]);
        assert_q("The kiwi fell to US58.4c.", &[("US58.4c", 58.4, "¢")]);
        assert_q("$3.5bn and £600m", &[("$3.5bn", 3.5e9, "USD"), ("£600m", 600e6, "GBP")]);
        assert_q("€12 million and ¥3.46 billion", &[("€12 million", 12e6, "EUR"), ("¥3.46 billion", 3.46e9, "JPY")]);
        assert_q("100 billion yuan", &[("100 billion yuan", 1e11, "CNY")]);
        assert_q("420 million finnish markka", &[("420 million finnish markka", 420e6, "FIM")]);
        assert_q("hk $ 10.05 billion", &[("hk $ 10.05 billion", 10.05e9, "HKD")]);
        assert_q("75 USD million", &[("75 USD million", 75e6, "USD")]);
        assert_q("30 MUSD", &[("30 MUSD", 30e6, "USD")]);
        assert_q("115USD and EUR 125", &[("115USD", 115.0, "USD"), ("EUR 125", 125.0, "EUR")]);
        assert_q(
            "UGX 5bn, 20,000 XOF and 3 billion kwacha",
            &[("UGX 5bn", 5e9, "UGX"), ("20,000 XOF", 2e4, "XOF"), ("3 billion kwacha", 3e9, "ZMW")],
        );
        assert_q("50 cents", &[("50 cents", 50.0, "¢")]);
        // Cents glued to a figure, in a price per something or a sentence of money only.
        assert_q("petrol will fall by 52c a litre", &[("52c", 52.0, "¢")]);
        assert_q("it paid a dividend of 12c", &[("12c", 12.0, "¢")]);
        assert_q("the temperature hit 35c", &[]);
        assert_q("see clause 5c", &[]);
        assert_q("3 dollars 50 cents", &[("3 dollars 50 cents", 3.5, "USD")]);
        assert_q("it cost fifteen dollars and fifty", &[("fifteen dollars and fifty", 15.5, "USD")]);
        // The figure after `and` opens a ratio or a part: no cents.
        assert_q("it cost three pounds and one in four.", &[("three pounds", 3.0, "GBP"), ("one in four", 0.25, "")]);
        assert_q("it cost three pounds and one of them paid it", &[("three pounds", 3.0, "GBP"), ("one", 1.0, "")]);
        assert_q("361 million pounds", &[("361 million pounds", 361e6, "GBP")]);
        // A currency's name hyphened into a compound names no money.
        assert_q("divers removed 78,000 crown-of-thorns starfish", &[("78,000", 78000.0, "")]);
        assert_q("lost 25 pounds", &[("25 pounds", 25.0, "lb")]);
        // Weight talk outweighs money talk.
        assert_q(
            "she weighed 233 pounds, a loss of about 34 pounds",
            &[("233 pounds", 233.0, "lb"), ("34 pounds", 34.0, "lb")],
        );
        assert_q("ALL 5 solutions", &[("5 solutions", 5.0, "solutions")]);
    }

    #[test]
    fn percent_and_points() {
        assert_q("rose 12% and 3 percentage points", &[("12%", 12.0, "%"), ("3 percentage points", 3.0, "pp")]);
        assert_q("25 basis points", &[("25 basis points", 25.0, "bp")]);
        assert_q("5 per cent", &[("5 per cent", 5.0, "%")]);
        assert_q("prices rose .5% in June", &[(".5%", 0.5, "%")]);
        assert_q("percent of 10", &[("percent of 10", 10.0, "%")]);
    }

    #[test]
    fn measures() {
        assert_q("500,000 barrels a day", &[("500,000 barrels", 500000.0, "barrels")]);
        assert_q("2.5 million bpd", &[("2.5 million bpd", 2.5e6, "barrels")]);
        assert_q("limit warming to 1.5C", &[("1.5C", 1.5, "°C")]);
        assert_q("a 7.1-magnitude quake", &[("7.1-magnitude", 7.1, "magnitude")]);
        assert_q("a magnitude 6.3 quake", &[("magnitude 6.3", 6.3, "magnitude")]);
        assert_q("a magnitude-6.3 quake", &[("magnitude-6.3", 6.3, "magnitude")]);
        assert_q("a 3-inch thickness", &[("3-inch", 3.0, "in")]);
        assert_q("188 miles an hour", &[("188 miles an hour", 188.0, "mph")]);
        assert_q("a headwind of 0.4 metres per second", &[("0.4 metres per second", 0.4, "m/s")]);
        assert_q("10km/hr", &[("10km/hr", 10.0, "km/h")]);
        assert_q("1.8m tall", &[("1.8m", 1.8, "m")]);
        assert_q("in 9.58s, ahead of the 747s", &[("9.58s", 9.58, "s")]);
        assert_q("20m people", &[("20m people", 20e6, "people")]);
        assert_q("5 ft 2 in", &[("5 ft 2 in", 5.0 + 2.0 / 12.0, "ft")]);
        assert_q("he is 5ft 11in tall", &[("5ft 11in", 5.0 + 11.0 / 12.0, "ft")]);
        assert_q("the 6-foot-10 center", &[("6-foot-10", 6.0 + 10.0 / 12.0, "ft")]);
        assert_q("she ran it in 3 minutes 49.11 seconds", &[("3 minutes 49.11 seconds", 3.0 + 49.11 / 60.0, "min")]);
        assert_q("the talks lasted 2 hours and 30 minutes", &[("2 hours and 30 minutes", 2.5, "h")]);
        // Race times in glued units down to seconds are in seconds, like times with colons.
        assert_q("won in 2h 03min 48s", &[("2h 03min 48s", 7428.0, "s")]);
        assert_q("61min 22s, a negative split of 1min 04s", &[("61min 22s", 3682.0, "s"), ("1min 04s", 64.0, "s")]);
        assert_q(
            "won in 2 hours, 6 minutes and 51 seconds, then 3 hours, 20 minutes and 9 days",
            &[
                ("2 hours, 6 minutes and 51 seconds", 2.0 + 6.0 / 60.0 + 51.0 / 3600.0, "h"),
                ("3 hours", 3.0, "h"),
                ("20 minutes", 20.0, "min"),
                ("9 days", 9.0, "day"),
            ],
        );
        assert_q("finished in 2h 05min", &[("2h 05min", 2.0 + 5.0 / 60.0, "h")]);
        // Days take hours, and a time may have four parts; `and` joins the last.
        assert_q(
            "in 1 day, 9 hours, 12 minutes and 40 seconds, and 1 day 16 hours",
            &[
                ("1 day, 9 hours, 12 minutes and 40 seconds", 1.0 + 9.0 / 24.0 + 12.0 / 1440.0 + 40.0 / 86400.0, "day"),
                ("1 day 16 hours", 1.0 + 16.0 / 24.0, "day"),
            ],
        );
        assert_q(
            "in 2 hours and 2 minutes, 36.6 seconds ahead",
            &[("2 hours and 2 minutes", 2.0 + 2.0 / 60.0, "h"), ("36.6 seconds", 36.6, "s")],
        );
        assert_q("output rose from 8Mt", &[("8Mt", 8.0, "Mt")]);
        // Thousands written out before `m` are metres, not millions.
        assert_q("base camp at 5,364m", &[("5,364m", 5364.0, "m")]);
        // Units named by words keep them in the plural, as `barrels` does.
        assert_q("the fire burned 2,400 acres", &[("2,400 acres", 2400.0, "acres")]);
        // Two separate times stay two claims.
        assert_q("up 3 minutes, 40 seconds", &[("3 minutes", 3.0, "min"), ("40 seconds", 40.0, "s")]);
        assert_q("a 25-basis-point cut", &[("25-basis-point", 25.0, "bp")]);
        assert_q("a quarter-point cut", &[("a quarter-point", 0.25, "pp")]);
        assert_q("cut by a quarter point to 4.5%", &[("a quarter point", 0.25, "pp"), ("4.5%", 4.5, "%")]);
        assert_q("it measured 7.1 on the Richter scale", &[("7.1 on the Richter scale", 7.1, "magnitude")]);
        assert_q(
            "30C (86F) and minus 5 degrees",
            &[("30C", 30.0, "°C"), ("86F", 86.0, "°F"), ("minus 5 degrees", -5.0, "°")],
        );
        assert_q("the index fell 42.3 points", &[("42.3 points", 42.3, "points")]);
        assert_q(
            "a 1.5 degree Celsius limit, and 104 degrees F",
            &[("1.5 degree Celsius", 1.5, "°C"), ("104 degrees F", 104.0, "°F")],
        );
        assert_q(
            "25 degrees Celsius (77 Fahrenheit)",
            &[("25 degrees Celsius", 25.0, "°C"), ("77 Fahrenheit", 77.0, "°F")],
        );
        assert_q("a 45-year-old man", &[("45-year-old", 45.0, "year")]);
        // A part of a count before takes its noun.
        assert_q(
            "389 people have been rescued, 46 of them with injuries",
            &[("389 people", 389.0, "people"), ("46", 46.0, "people")],
        );
        assert_q("treated 312 runners, 14 of whom were", &[("312 runners", 312.0, "runners"), ("14", 14.0, "runners")]);
        assert_q("it took three-and-a-half years", &[("three-and-a-half years", 3.5, "year")]);
    }

    #[test]
    fn measures_of_power_concentration_sound_and_bulk() {
        assert_q(
            "hit 420 ppm, or 15 parts per billion",
            &[("420 ppm", 420.0, "ppm"), ("15 parts per billion", 15.0, "ppb")],
        );
        assert_q(
            "a 500 horsepower engine that does 40 miles per gallon",
            &[("500 horsepower", 500.0, "hp"), ("40 miles per gallon", 40.0, "mpg")],
        );
        assert_q(
            "emitted 35 gigatonnes, or 35 Gt, and 12 megatonnes",
            &[("35 gigatonnes", 35.0, "Gt"), ("35 Gt", 35.0, "Gt"), ("12 megatonnes", 12.0, "Mt")],
        );
        assert_q("uses 100 cubic kilometres of water", &[("100 cubic kilometres", 100.0, "km3")]);
        assert_q("85 decibels and 140 mmHg", &[("85 decibels", 85.0, "dB"), ("140 mmHg", 140.0, "mmHg")]);
        assert_q("a 105 carats stone, 2.5 microns wide", &[("105 carats", 105.0, "ct"), ("2.5 microns", 2.5, "μm")]);
        assert_q("carries 24,000 TEU", &[("24,000 TEU", 24000.0, "TEU")]);
    }

    #[test]
    fn spaced_capitals_are_temperatures_only_in_range_and_after_no_name() {
        assert_q("the lake reached 26 C on Tuesday", &[("26 C", 26.0, "°C")]);
        assert_q("highs of 38 F are expected", &[("38 F", 38.0, "°F")]);
        assert_q("under Section 230 C of the act", &[("230", 230.0, "")]);
    }

    #[test]
    fn a_name_that_looks_plural_modifies_the_counted_noun() {
        assert_q("shipped 8.5 million Windows devices", &[("8.5 million Windows devices", 8.5e6, "devices")]);
        assert_q("beat 4 Kingsbridge Vale Rangers on Sunday", &[("4", 4.0, "")]);
    }

    #[test]
    fn scores_of_a_bare_plural_are_at_least_a_score() {
        assert_q("Scores of people were killed", &[("Scores of people", 20.0, "people")]);
        assert_q("troops killed scores of civilians", &[("scores of civilians", 20.0, "civilians")]);
        assert_q("the scores of both teams, and test scores of pupils; scores were level", &[]);
        assert_q("graded 500 test scores", &[("500 test scores", 500.0, "scores")]);
    }

    #[test]
    fn counts_take_their_noun() {
        assert_q("integrates 384 Ascend 910C chips, reportedly", &[("384 Ascend 910C chips", 384.0, "chips")]);
        assert_q("About 40,000 developers have", &[("40,000 developers", 40000.0, "developers")]);
        assert_q("a 20-page report", &[("20-page", 20.0, "page")]);
        // A count of many takes a plural.
        assert_q("when all three spike at once", &[("three", 3.0, "")]);
        assert_q("a two-paced pitch", &[("two", 2.0, "")]);
        assert_q("at least two dead", &[("two dead", 2.0, "dead")]);
        assert_q("more than 400 million Swedish crowns", &[("400 million Swedish crowns", 4e8, "SEK")]);
        assert_q(
            "hire 20,000 more nurses; 500 fewer were hurt",
            &[("20,000 more nurses", 2e4, "nurses"), ("500", 500.0, "")],
        );
    }

    #[test]
    fn a_verb_after_a_count_is_no_noun() {
        assert_q("today fewer than 200 work there", &[("200", 200.0, "")]);
        assert_q("a crew of four works there; nine remain.", &[("four", 4.0, ""), ("nine", 9.0, "")]);
        assert_q(
            "it lent 300 works of art and issued 40 work permits",
            &[("300 works", 300.0, "works"), ("40 work permits", 40.0, "permits")],
        );
    }

    #[test]
    fn fractions_of_a_unit() {
        assert_q("by a quarter of a percentage point", &[("a quarter of a percentage point", 0.25, "pp")]);
        assert_q("half of a mile", &[("half of a mile", 0.5, "mi")]);
    }

    #[test]
    fn ranges_and_shared_units() {
        assert_q("grow 3-5% next", &[("3-5%", 5.0, "%")]);
        assert_q("held at 5.25%-5.5%", &[("5.25%-5.5%", 5.5, "%")]);
        assert_q("rose from $5 to $7", &[("$5", 5.0, "USD"), ("$7", 7.0, "USD")]);
        assert_q("carry from $5 to $7", &[("$5 to $7", 7.0, "USD")]);
        assert_q("between 10 and 12 million units", &[("10 and 12 million units", 12e6, "units")]);
        assert_q("climbed from 10 to 12 percent", &[("10", 10.0, "%"), ("12 percent", 12.0, "%")]);
        assert_q("totals ranged from 6 to 10 inches", &[("6 to 10 inches", 10.0, "in")]);
        assert_q("revenue rose 3 to 4 per cent", &[("3 to 4 per cent", 4.0, "%")]);
        assert_q("won 3-1", &[]);
        assert_q("expects 10,000-15,000 visitors", &[("10,000-15,000 visitors", 15000.0, "visitors")]);
        assert_q("eight to 10 feet", &[("eight to 10 feet", 10.0, "ft")]);
        // A sum before a count of a plural noun, or a code's number before a sum: no range.
        assert_q(
            "handouts of ¥70,000 to 10 million low-income households",
            &[("¥70,000", 70000.0, "JPY"), ("10 million low-income households", 1e7, "households")],
        );
        // (The code's number is dropped as a name's by the filters.)
        assert_q("sales of VRD-417 to $12 billion", &[("417", 417.0, ""), ("$12 billion", 12e9, "USD")]);
        assert_q(
            "rose by more than a quarter to 2.4 million tonnes",
            &[("a quarter", 0.25, ""), ("2.4 million tonnes", 2.4e6, "t")],
        );
        assert_q("a cost of nearly half to 1 percentage point", &[("half to 1 percentage point", 1.0, "pp")]);
        assert_q("grew by about 300 to 4,100 units", &[("300", 300.0, ""), ("4,100 units", 4100.0, "units")]);
        assert_q("one in five adults", &[("one in five adults", 0.2, "adults")]);
        assert_q("8,420 head went under the hammer", &[("8,420 head", 8420.0, "head")]);
        assert_q("300 head teachers signed", &[("300 head teachers", 300.0, "teachers")]);
        assert_q("averaged 781.5 sen per kg", &[("781.5 sen", 781.5, "¢")]);
        assert_q("shares rose to S/ 3.41", &[("S/ 3.41", 3.41, "PEN")]);
        assert_q("for one in four acres in the valley", &[("one in four acres", 0.25, "")]);
        assert_q("three out of four voters", &[("three out of four voters", 0.75, "voters")]);
        assert_q("1 in every 5 homes", &[("1 in every 5 homes", 0.2, "homes")]);
        assert_q(
            "a one-in-five chance, a one in a million shot",
            &[("one-in-five chance", 0.2, "chance"), ("one in a million shot", 1e-6, "shot")],
        );
    }

    #[test]
    fn gold_unit_names_normalise() {
        for (kind, name, want) in [
            ("money", "United States dollar", "USD"),
            ("money", "Dollar", "USD"),
            ("money", "Pound", "GBP"),
            ("dimension", "Pound", "lb"),
            ("money", "Chinese yuan", "CNY"),
            ("money", "Sri Lankan rupee", "LKR"),
            ("money", "Cent", "¢"),
            ("percent", "percent", "%"),
            ("dimension", "Kilometer", "km"),
            ("dimension", "Square meter", "m2"),
            ("dimension", "Mile per hour", "mph"),
            ("dimension", "Megabyte", "MB"),
            ("dimension", "Megabit", "Mb"),
        ] {
            assert_eq!(normalize_unit(kind, name).as_deref(), Some(want), "{kind} {name}");
        }
        assert_eq!(normalize_unit("money", "Satoshi"), None);
    }

    #[test]
    fn multipliers_and_ranks() {
        assert_q("three times more", &[("three times", 3.0, "x")]);
        assert_q("the world No. 4", &[("No. 4", 4.0, "rank")]);
        assert_q("the world No 1 and No 10 Downing Street", &[("No 1", 1.0, "rank"), ("10", 10.0, "")]);
        assert_q("France, ranked No 4, and Britain's No 1", &[("No 4", 4.0, "rank"), ("No 1", 1.0, "rank")]);
        // A span of ages with a hyphen, not a score.
        assert_q("those aged 18-34 backed it; the side won 18-34", &[("18-34", 34.0, "year")]);
        // A hundred scored is counted, not a hundred years.
        assert_q(
            "He made five centuries; the event saw 114 century breaks; the church stood for five centuries",
            &[
                ("five centuries", 5.0, "centuries"),
                ("114 century breaks", 114.0, "breaks"),
                ("five centuries", 500.0, "year"),
            ],
        );
        assert_q("house prices are 8.3 times average earnings", &[("8.3 times", 8.3, "x")]);
        assert_q("the third-largest carmaker, ranked 12th", &[("third-largest", 3.0, "rank"), ("12th", 12.0, "rank")]);
        // How many times so far is a rank; the first time is none.
        assert_q(
            "a fourth straight month, its third consecutive cut, for the 14th time",
            &[("fourth", 4.0, "rank"), ("third", 3.0, "rank"), ("14th", 14.0, "rank")],
        );
        assert_q("for the first time, the third quarter", &[]);
        assert_q("profits doubled to 4,800", &[("doubled", 2.0, "x"), ("4,800", 4800.0, "")]);
    }

    #[test]
    fn twice_is_how_often_or_how_much() {
        assert_q("twice as many women", &[("twice", 2.0, "x")]);
        assert_q("twice last year's payout", &[("twice", 2.0, "x")]);
        assert_q("twice the average", &[("twice", 2.0, "x")]);
        // A count of times, with no unit.
        assert_q("Mbappe scored twice as Real won", &[("twice", 2.0, "")]);
        assert_q("it was derailed twice by disputes", &[("twice", 2.0, "")]);
        let text = "he scored twice.";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        assert_eq!(quantities(&v, &atoms(&v))[0].claim_kind(), ClaimKind::Count);
    }

    #[test]
    fn metres_or_millions() {
        // A distance: a race, a size, or nothing saying millions.
        assert_q("won the 400m hurdles in 46.7 seconds", &[("400m", 400.0, "m"), ("46.7 seconds", 46.7, "s")]);
        assert_q("the 100m freestyle final", &[("100m", 100.0, "m")]);
        assert_q("a 5km run", &[("5km", 5.0, "km")]);
        assert_q("the tower is 40m high", &[("40m", 40.0, "m")]);
        assert_q("a 400m-long bridge cost £20m", &[("400m", 400.0, "m"), ("£20m", 20e6, "GBP")]);
        // Millions: a currency, a plural noun, money talk, another figure in millions.
        assert_q(
            "£600m, $3.5m and 600m euros",
            &[("£600m", 600e6, "GBP"), ("$3.5m", 3.5e6, "USD"), ("600m euros", 600e6, "EUR")],
        );
        assert_q("the startup raised 40m last year", &[("40m", 40e6, "")]);
        assert_q("3m people signed and 1.2m more are expected", &[("3m people", 3e6, "people"), ("1.2m", 1.2e6, "")]);
        assert_q(
            "4.3 million job openings, down from 4.8m",
            &[("4.3 million job openings", 4.3e6, "openings"), ("4.8m", 4.8e6, "")],
        );
        assert_q("400m people live there", &[("400m people", 400e6, "people")]);
    }

    #[test]
    fn a_noun_counted_by_the_million_or_a_thing_measured_in_metres_decides_an_m() {
        assert_q("Passenger numbers rose to 5.6m last year", &[("5.6m", 5.6e6, "")]);
        assert_q("Subscribers: 7.25m, a record", &[("7.25m", 7.25e6, "")]);
        assert_q("the number of overseas visitors climbed 4% to 3.1m", &[("4%", 4.0, "%"), ("3.1m", 3.1e6, "")]);
        assert_q("the river rose to 5.6m overnight", &[("5.6m", 5.6, "m")]);
        assert_q("they built a 5.6m wall", &[("5.6m", 5.6, "m")]);
        assert_q("the sprinter won the 100m", &[("100m", 100.0, "m")]);
        // The nearer word decides.
        assert_q("visitors watched the tide reach 6.2m", &[("6.2m", 6.2, "m")]);
        assert_q("the river trust raised 6.2m", &[("6.2m", 6.2e6, "")]);
        // A figure written in millions later in the sentence says so too, but not beside a
        // thing measured in metres.
        assert_q("Viewers hit 5.6m, up from 4.8 million", &[("5.6m", 5.6e6, ""), ("4.8 million", 4.8e6, "")]);
        assert_q(
            "2.1 million people fled as floodwaters reached 1.5m",
            &[("2.1 million people", 2.1e6, "people"), ("1.5m", 1.5, "m")],
        );
        // A unit after the figure is its own.
        assert_q("the river carried 5.6m tonnes of silt", &[("5.6m tonnes", 5.6e6, "t")]);
    }

    #[test]
    fn counts_before_model_numbers() {
        assert_q("ordered 44 737 MAX jets", &[("44 737 MAX jets", 44.0, "jets")]);
        assert_q(
            "12 A320neo aircraft and 3 F-35s",
            &[("12 A320neo aircraft", 12.0, "aircraft"), ("3 F-35s", 3.0, "F-35s")],
        );
        assert_q(
            "5 A380s, 12 747-400s and 24 F-16 fighters",
            &[("5 A380s", 5.0, "A380s"), ("12 747-400s", 12.0, "747-400s"), ("24 F-16 fighters", 24.0, "fighters")],
        );
        assert_q(
            "two 787 Dreamliners and 10 777X jets",
            &[("two 787 Dreamliners", 2.0, "Dreamliners"), ("10 777X jets", 10.0, "jets")],
        );
        // A people's name heads a count; a team's does not.
        assert_q("killed 45,000 Palestinians", &[("45,000 Palestinians", 45000.0, "Palestinians")]);
        assert_q("beat 4 Kingsbridge Vale Rangers", &[("4", 4.0, "")]);
    }

    #[test]
    fn a_letter_spaced_from_a_dollar_sign_is_no_currency_prefix() {
        assert_q("A $20 fine was imposed", &[("$20", 20.0, "USD")]);
        assert_q("earned A$20 and C$1.1 billion", &[("A$20", 20.0, "AUD"), ("C$1.1 billion", 1.1e9, "CAD")]);
        assert_q("raised US $25 billion", &[("US $25 billion", 25e9, "USD")]);
        assert_q("worth c $ 300 million", &[("c $ 300 million", 3e8, "CAD")]);
    }

    #[test]
    fn currency_names_and_signs_before_the_number() {
        assert_q("USD 34.6 million and EUR 5bn", &[("USD 34.6 million", 34.6e6, "USD"), ("EUR 5bn", 5e9, "EUR")]);
        assert_q("Rs 500 crore and R$ 10", &[("Rs 500 crore", 5e9, "INR"), ("R$ 10", 10.0, "BRL")]);
        assert_q("CHF 12 and RMB 180 billion", &[("CHF 12", 12.0, "CHF"), ("RMB 180 billion", 180e9, "CNY")]);
        assert_q("yuan 5 billion and rupees 500", &[("yuan 5 billion", 5e9, "CNY"), ("rupees 500", 500.0, "INR")]);
        assert_q("pushed the dollar 1.2% higher", &[("1.2%", 1.2, "%")]);
        assert_q(
            "$A1.2 billion and $US13.4 billion",
            &[("$A1.2 billion", 1.2e9, "AUD"), ("$US13.4 billion", 13.4e9, "USD")],
        );
        assert_q("a deficit of R320 billion", &[("R320 billion", 320e9, "ZAR")]);
        assert_q(
            "losses of R2.7bn, Dh1.5bn and P4 billion",
            &[("R2.7bn", 2.7e9, "ZAR"), ("Dh1.5bn", 1.5e9, "AED"), ("P4 billion", 4e9, "PHP")],
        );
        assert_q(
            "a C$1.2-billion fund and a $3.5-million grant",
            &[("C$1.2-billion", 1.2e9, "CAD"), ("$3.5-million", 3.5e6, "USD")],
        );
        assert_q("Tk 500 crore and ₹5,000 crore", &[("Tk 500 crore", 5e9, "BDT"), ("₹5,000 crore", 5e10, "INR")]);
        assert_q(
            "34.6 million US dollars, 5 billion euros, 10,000 rupees and 300 yen",
            &[
                ("34.6 million US dollars", 34.6e6, "USD"),
                ("5 billion euros", 5e9, "EUR"),
                ("10,000 rupees", 1e4, "INR"),
                ("300 yen", 300.0, "JPY"),
            ],
        );
    }

    #[test]
    fn ages_are_years() {
        assert_q("a 45-year-old man and his wife, aged 43,", &[("45-year-old", 45.0, "year"), ("43", 43.0, "year")]);
        assert_q("Yamamoto, 56, joined", &[("56", 56.0, "year")]);
        assert_q("John Smith (45) was charged", &[("45", 45.0, "year")]);
        assert_q("aged between 18 and 24", &[("18 and 24", 24.0, "year")]);
        assert_q("sent to the ship aged eighteen", &[("eighteen", 18.0, "year")]);
        assert_q("At the age of 40 he was credited", &[("40", 40.0, "year")]);
    }

    #[test]
    fn scores_and_tallies_are_not_claims() {
        assert_q("Arsenal beat Chelsea 2-1 and drew 0-0", &[]);
        assert_q("the bill passed 219 to 213 and the court ruled 6 to 3", &[]);
        assert_q("India were 250 for six at stumps", &[]);
        assert_q(
            "she sold 250 for 6 dollars to 3 buyers",
            &[("250", 250.0, ""), ("6 dollars", 6.0, "USD"), ("3 buyers", 3.0, "buyers")],
        );
        assert_q("they won 5 to 10 seats", &[("5 to 10 seats", 10.0, "seats")]);
    }

    #[test]
    fn a_share_of_counted_things() {
        assert_q("Labour took 412 of the 650 seats", &[("412", 412.0, "seats"), ("650 seats", 650.0, "seats")]);
        assert_q(
            "they have won 4 of their last 6 league games",
            &[("4", 4.0, "games"), ("6 league games", 6.0, "games")],
        );
    }

    #[test]
    fn least_amounts_take_their_noun_or_unit() {
        assert_q("tens of thousands of people marched", &[("tens of thousands of people", 1e4, "people")]);
        assert_q(
            "billions of dollars and hundreds of miles",
            &[("billions of dollars", 1e9, "USD"), ("hundreds of miles", 100.0, "mi")],
        );
        assert_q("thousands fled", &[("thousands", 1e3, "")]);
        assert_q(
            "several hundred protesters and a few million dollars",
            &[("several hundred protesters", 100.0, "protesters"), ("a few million dollars", 1e6, "USD")],
        );
    }
}
