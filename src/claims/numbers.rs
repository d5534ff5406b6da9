//! Numbers: every figure of a sentence, whatever way it is written, as an [`Atom`].
//!
//! Digits with `,` grouping (and the Indian `12,34,567`), thin-space or no-break-space
//! grouping (`1 000 000`), decimals, signs (`-5`, `minus five`); number words (`three`,
//! `twenty-five`, `a dozen`, `a hundred`, `two million`); scale words and abbreviations
//! after a number or glued to it (`180 billion`, `3.5bn`, `25 lakh`); fractions in words and
//! signs (`one-third`, `a quarter of`, `half a million`, `½`, `3/4`, `10 1/2`); multipliers
//! (`twice`, `threefold`, `10-fold`, `doubled`); plurals of scale words, which state a least
//! amount (`hundreds of`, `tens of thousands`); and ordinals where they rank (`third-largest`,
//! `ranked 12th`; not `the 20th century`).
//!
//! An atom is only a number: what it counts or costs (currencies, units, nouns), whether it
//! is a claim at all (dates, names, phone numbers) and how it is qualified are judged by the
//! later steps. Letters glued to digits that are not a scale (`75ml`, `115USD`, `910C`) are
//! kept as the atom's `suffix` for the unit step to read; when they name no unit the figure
//! is part of a name and is dropped there.

use super::tables::{class, Bound, CurrencyRole, NumberWord, TABLES};
use super::view::View;
use crate::document::TokenKind;
use crate::span::Span;

/// How a figure is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// In digits (`384`, `3.5bn`).
    Digits,
    /// In words (`twenty-five`, `a dozen`).
    Words,
    /// A fraction (`one-third`, `½`, `3/4`).
    Fraction,
    /// A multiplier (`twice`, `threefold`).
    Multiplier,
    /// A plural of a scale word, a least amount (`hundreds`, `tens of thousands`).
    Vague,
    /// An ordinal that ranks (`third` in `third-largest`).
    Ordinal,
}

/// A number found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Atom {
    /// The first token (a sign or `a` included).
    pub first: usize,
    /// One past the last token (scale words included).
    pub last: usize,
    /// The value, with scale and sign applied.
    pub value: f64,
    /// How it is written.
    pub form: Form,
    /// Whether a scale word or abbreviation multiplied it.
    pub scaled: bool,
    /// The scale it was multiplied by (1 when none): `1e6` for `12 million`.
    pub factor: f64,
    /// Letters glued after the digits in the last token that are not a scale (`ml` in
    /// `75ml`), for the unit step.
    pub suffix: Option<Span>,
    /// A one-letter scale glued to the digits (`m` in `5m`), a scale only for money.
    pub money_scale: Option<f64>,
    /// A currency code glued before the digits (`USD34.6`).
    pub currency: Option<&'static str>,
    /// For plain digits without grouping, decimals or scale: the integer and its number of
    /// digits (years, ages, list numbers and phone numbers are judged on these).
    pub int: Option<(u64, usize)>,
    /// Written with a leading zero (`007`, `020`).
    pub leading_zero: bool,
    /// Followed by `-plus` (`100,000-plus fans`): a lower bound, the suffix included.
    pub plus: bool,
}

impl Atom {
    fn new(first: usize, last: usize, value: f64, form: Form) -> Atom {
        Atom {
            first,
            last,
            value,
            form,
            scaled: false,
            factor: 1.0,
            suffix: None,
            money_scale: None,
            currency: None,
            int: None,
            leading_zero: false,
            plus: false,
        }
    }
}

/// The figures of a sentence, in order.
#[cfg(test)]
pub(crate) fn atoms(v: &View) -> Vec<Atom> {
    let mut out = Vec::new();
    atoms_into(v, &mut out);
    out
}

/// The figures of a sentence, in order, into `out` (cleared first).
pub(crate) fn atoms_into(v: &View, out: &mut Vec<Atom>) {
    out.clear();
    let bytes = v.text.as_bytes();
    let tables = &*TABLES;
    let mut i = 0;
    while let Some(t) = v.toks.get(i) {
        // Most tokens cannot start a figure: tell them apart from their bytes alone.
        let candidate = match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => match bytes.get(t.span.start..t.span.end) {
                Some(b @ [first, .., last]) => {
                    first.is_ascii_digit()
                        || last.is_ascii_digit()
                        || tables.may_be_number(b)
                        // `R1.5bn`, `KSh1.2bn`: a currency prefix glued to a scaled figure.
                        || first.is_ascii_uppercase() && b.iter().any(u8::is_ascii_digit)
                        // `more than an hour`.
                        || b == b"an"
                }
                // `nearly a decade`.
                Some(b @ [_]) => tables.may_be_number(b) || b == b"a",
                _ => false,
            },
            _ => false,
        };
        if !candidate {
            i += 1;
            continue;
        }
        match scan(v, i) {
            Step::Atom(mut a) => {
                plus_suffix(v, &mut a);
                i = a.last.max(i + 1);
                out.push(a);
            }
            Step::Skip(next) => i = next.max(i + 1),
        }
    }
}

/// `100,000-plus fans`, `a 20-plus-year career`: `-plus` after a figure with nothing glued
/// to its digits makes it a lower bound and joins it, so the unit or noun after still
/// counts.
fn plus_suffix(v: &View, a: &mut Atom) {
    let glued = a.suffix.is_some() || a.money_scale.is_some();
    if !glued && v.dash(a.last) && v.joined(a.last) && v.joined(a.last + 1) && v.is(a.last + 1, "plus") {
        a.last += 2;
        a.plus = true;
    }
}

/// What the scanner makes of the tokens at one position.
enum Step {
    /// A figure.
    Atom(Atom),
    /// No figure; go on at this token.
    Skip(usize),
}

fn scan(v: &View, i: usize) -> Step {
    let s = v.b(i);
    let first = s[0];
    if first.is_ascii_digit() {
        if v.number(i) {
            return digits_at(v, i);
        }
        if v.word(i) {
            return digit_word_at(v, i);
        }
        return Step::Skip(i + 1);
    }
    if v.word(i) {
        if s.iter().any(u8::is_ascii_digit) {
            return code_number_at(v, i);
        }
        return words_at(v, i);
    }
    if v.number(i) {
        // A fraction sign (`½ teaspoon`).
        if let Some(NumberWord::Symbol(f)) = TABLES.number(s) {
            return Step::Atom(signed(v, Atom::new(i, i + 1, f, Form::Fraction)));
        }
    }
    Step::Skip(i + 1)
}

/// A number written in digits, as parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    /// Every digit, as one integer.
    pub mant: u64,
    /// How many of them follow the decimal point.
    pub frac: u32,
    /// How many digits come before the decimal point.
    pub int_digits: usize,
    /// Whether `,` grouping was used.
    pub grouped: bool,
}

impl Digits {
    /// The value times `factor`.
    pub fn value(&self, factor: f64) -> f64 {
        // Exact while the product stays below 2^53; the division rounds once.
        self.mant as f64 * factor / 10f64.powi(self.frac as i32)
    }
}

/// Parses `1,000`, `3.5`, `12,34,567.89`; `None` for anything else (`2.4.1`, `1,2`).
pub(crate) fn parse_digits(s: &str) -> Option<Digits> {
    let mut mant: u64 = 0;
    let (mut int_digits, mut frac) = (0usize, None::<u32>);
    // Digits in the current `,` group, and how many commas came before it.
    let (mut group, mut commas) = (0usize, 0usize);
    // A group between commas has three digits (two in the Indian middle groups); the first
    // has one to three.
    let group_ok = |group: usize, commas: usize, last: bool| match (commas, last) {
        (0, _) => true,
        (_, true) => group == 3,
        _ => group == 2 || group == 3,
    };
    for &c in s.as_bytes() {
        match c {
            b'0'..=b'9' => {
                mant = mant.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
                match frac.as_mut() {
                    Some(f) if *f >= 15 => return None,
                    Some(f) => *f += 1,
                    None => {
                        int_digits += 1;
                        group += 1;
                    }
                }
            }
            b',' if frac.is_none() => {
                let first_ok = commas > 0 || (1..=3).contains(&group);
                if !first_ok || !group_ok(group, commas, false) {
                    return None;
                }
                commas += 1;
                group = 0;
            }
            b'.' if frac.is_none() => {
                if !group_ok(group, commas, true) {
                    return None;
                }
                frac = Some(0);
            }
            _ => return None,
        }
    }
    if int_digits == 0 || frac == Some(0) || (frac.is_none() && !group_ok(group, commas, true)) {
        return None;
    }
    Some(Digits { mant, frac: frac.unwrap_or(0), int_digits, grouped: commas > 0 })
}

/// Whether the text between two tokens is one thin or no-break space (`1 000 000`).
fn thin_gap(gap: &str) -> bool {
    matches!(gap, "\u{2009}" | "\u{202F}" | "\u{A0}")
}

/// Where thousands grouped with plain spaces end (`100 000 people`, `$1 250 000`), as the
/// token after the last group; `i + 1` when there are none. Not in a row of figures, as a
/// table's columns are (`5 794 326 34`), and not before a name or glued to what follows
/// (`44 737 MAX jets`, `12 747-400s`).
fn spaced_groups_end(v: &View, i: usize, d: &Digits) -> usize {
    let three_digits =
        |k: usize| v.number(k) && v.gap(k) == " " && v.s(k).len() == 3 && v.b(k).iter().all(u8::is_ascii_digit);
    if d.frac != 0 || d.grouped || d.int_digits > 3 || !three_digits(i + 1) || (i > 0 && v.number(i - 1)) {
        return i + 1;
    }
    let mut end = i + 2;
    while three_digits(end) {
        end += 1;
    }
    if v.number(end) || v.capitalized(end) || v.joined(end) {
        return i + 1;
    }
    end
}

/// A number token and what extends it: thin-space groups, a fraction (`10 1/2`, `10½`),
/// scale words (`180 billion`); or a fraction itself (`3/4`).
fn digits_at(v: &View, i: usize) -> Step {
    let s = v.s(i);
    // `3/4`: a fraction; `24/7`, `9/11` and `3/4/2021` are not figures.
    if v.is(i + 1, "/") && v.joined(i + 1) && v.number(i + 2) && v.joined(i + 2) {
        let mut end = i + 3;
        while v.is(end, "/") && v.joined(end) && v.number(end + 1) {
            end += 2;
        }
        if end == i + 3 && !(i > 0 && v.is(i - 1, "/") && v.joined(i)) {
            if let Some(f) = fraction(s, v.s(i + 2)) {
                return Step::Atom(signed(v, Atom::new(i, i + 3, f, Form::Fraction)));
            }
        }
        return Step::Skip(end);
    }
    let Some(mut d) = parse_digits(s) else { return Step::Skip(i + 1) };
    // `.22-caliber`, `rose .5%`: a decimal written without its leading zero.
    let bare_point = i > 0 && v.is(i - 1, ".") && v.joined(i) && !v.joined(i - 1) && d.frac == 0 && !d.grouped;
    if bare_point {
        d = Digits { frac: d.int_digits as u32, int_digits: 0, ..d };
        let mut atom = Atom::new(i - 1, i + 1, d.value(1.0), Form::Digits);
        let factor = scale_words(v, &mut atom.last);
        atom.value = d.value(factor);
        atom.scaled = factor != 1.0;
        atom.factor = factor;
        return Step::Atom(signed(v, atom));
    }
    let mut last = i + 1;
    let spaced = spaced_groups_end(v, i, &d);
    // Thin-space grouping: `1 000 000`; plain spaces up to `spaced`.
    while d.frac == 0
        && !d.grouped
        && d.int_digits <= 3 + (last - i - 1) * 3
        && v.number(last)
        && (last < spaced || thin_gap(v.gap(last)))
    {
        let Some(g) = parse_digits(v.s(last)) else { break };
        if g.int_digits != 3 || g.grouped {
            break;
        }
        let Some(m) = d.mant.checked_mul(10u64.pow(3 + g.frac)).and_then(|m| m.checked_add(g.mant)) else { break };
        d = Digits { mant: m, frac: g.frac, int_digits: d.int_digits + 3, grouped: false };
        last += 1;
    }
    let plain = last == i + 1 && !d.grouped && d.frac == 0;
    let leading_zero = s.len() > 1 && s.starts_with('0') && !s.starts_with("0.");
    let mut atom = Atom::new(i, last, d.value(1.0), Form::Digits);
    atom.leading_zero = leading_zero;
    if plain {
        atom.int = Some((d.mant, d.int_digits));
    }
    // A fraction after a whole number: `10 1/2`, `10½`, `10 ½`.
    if d.frac == 0 {
        if let Some(NumberWord::Symbol(f)) = v.bytes(last).and_then(|t| TABLES.number(t)) {
            atom.value += f;
            atom.last = last + 1;
            atom.int = None;
            atom.form = Form::Fraction;
        } else if v.number(last)
            && v.is(last + 1, "/")
            && v.joined(last + 1)
            && v.number(last + 2)
            && v.joined(last + 2)
        {
            if let Some(f) = fraction(v.s(last), v.s(last + 2)).filter(|_| !v.is(last + 3, "/")) {
                atom.value += f;
                atom.last = last + 3;
                atom.int = None;
                atom.form = Form::Fraction;
            }
        }
    }
    // `11-1/4 cents`, `$6.72-1/2 a bushel`: a futures price in eighths of its last digit.
    let eighths = |n: &str, m: &str| {
        let (n, m) = (n.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (matches!(m, 2 | 4 | 8) && n > 0 && n < m).then(|| f64::from(n) / f64::from(m))
    };
    if atom.last == last
        && v.dash(last)
        && v.joined(last)
        && (last + 1..last + 4).all(|k| v.joined(k))
        && v.number(last + 1)
        && v.is(last + 2, "/")
        && v.number(last + 3)
        && !v.is(last + 4, "/")
    {
        if let Some(f) = eighths(v.s(last + 1), v.s(last + 3)) {
            atom.value += f * 10f64.powi(-(d.frac as i32));
            atom.last = last + 4;
            atom.int = None;
            atom.form = Form::Fraction;
        }
    }
    let factor = scale_words(v, &mut atom.last);
    if factor != 1.0 {
        atom.value = d.value(factor) + (atom.value - d.value(1.0)) * factor;
        atom.scaled = true;
        atom.factor = factor;
        atom.int = None;
    }
    // `10-fold`, `10 fold`.
    if let Some(end) = fold_end(v, atom.last) {
        atom.last = end;
        atom.form = Form::Multiplier;
        atom.int = None;
    }
    Step::Atom(signed(v, atom))
}

/// `n/d` as a value when it reads as a fraction below one with a usual denominator.
fn fraction(n: &str, d: &str) -> Option<f64> {
    let (n, d) = (parse_digits(n)?, parse_digits(d)?);
    if n.frac != 0 || d.frac != 0 || n.grouped || d.grouped {
        return None;
    }
    let usual = matches!(d.mant, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 12 | 16 | 32 | 64 | 100);
    (usual && n.mant > 0 && n.mant < d.mant).then(|| n.mant as f64 / d.mant as f64)
}

/// Scale words after a number (`billion`, `bn`, `hundred thousand`, and `$1.2-billion` as
/// Canadian papers write it), consumed from `*last`; returns their product (1 when there
/// are none).
fn scale_words(v: &View, last: &mut usize) -> f64 {
    let mut factor = 1.0;
    let k = *last + 1;
    if v.dash(*last) && v.joined(*last) && v.joined(k) && v.word(k) {
        if let Some(NumberWord::Scale(f)) = TABLES.number(v.b(k)) {
            factor = f;
            *last = k + 1;
        }
    }
    while let Some(t) = v.bytes(*last) {
        match TABLES.number(t) {
            // `3,100 K` is a temperature: a scale of one letter is glued to its figure.
            Some(NumberWord::Abbr(_)) if t.len() == 1 && !v.joined(*last) => break,
            Some(NumberWord::Scale(f) | NumberWord::Abbr(f)) if v.word(*last) => factor *= f,
            Some(NumberWord::Hundred) => factor *= 100.0,
            _ => break,
        }
        *last += 1;
    }
    factor
}

/// A word token that starts with digits: `3.5bn`, `75ml`, `115USD`, `10kph`; ordinals
/// (`20th`), decades (`1990s`) and clock times (`6pm`) are not figures.
fn digit_word_at(v: &View, i: usize) -> Step {
    let s = v.s(i);
    let bytes = s.as_bytes();
    let mut cut = 0;
    while cut < bytes.len()
        && (bytes[cut].is_ascii_digit()
            || (matches!(bytes[cut], b'.' | b',') && bytes.get(cut + 1).is_some_and(u8::is_ascii_digit)))
    {
        cut += 1;
    }
    let (num, suffix) = s.split_at(cut);
    let Some(d) = parse_digits(num) else { return Step::Skip(i + 1) };
    let plain_int = d.frac == 0 && !d.grouped;
    let starts = |p: &str| suffix.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p));
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| suffix.eq_ignore_ascii_case(o));
    let decade = suffix.eq_ignore_ascii_case("s") && plain_int && d.int_digits >= 2 && d.mant % 10 == 0;
    let clock = ["am", "pm", "a.m", "p.m"].iter().any(|p| starts(p));
    if ordinal && plain_int {
        if let Some(last) = rank_end(v, i) {
            return Step::Atom(Atom::new(i, last, d.value(1.0), Form::Ordinal));
        }
    }
    if ordinal || decade || clock {
        return Step::Skip(i + 1);
    }
    let mut atom = Atom::new(i, i + 1, d.value(1.0), Form::Digits);
    atom.leading_zero = num.len() > 1 && num.starts_with('0') && !num.starts_with("0.");
    match TABLES.number(suffix) {
        Some(NumberWord::Abbr(f) | NumberWord::Scale(f)) => {
            atom.value = d.value(f);
            atom.scaled = true;
            atom.factor = f;
        }
        Some(NumberWord::MoneyAbbr(f)) => atom.money_scale = Some(f),
        // `10x`; `777X` is an aircraft.
        _ if suffix == "x" || suffix == "X" && d.value(1.0) <= 100.0 => atom.form = Form::Multiplier,
        _ => {
            let start = v.start(i) + cut;
            atom.suffix = Some(Span::new(start, v.end(i)));
        }
    }
    if atom.scaled || atom.money_scale.is_some() {
        // `3.5bn` may still take a currency after it; a further scale word is rare.
        atom.last = i + 1;
    }
    Step::Atom(signed(v, atom))
}

/// A word of letters then digits: a currency code glued before a number (`USD34.6`,
/// `RM5`, `USD3.5bn`, `R1.5bn`, `Rs500cr`, `$A1.2` after a dollar sign, `R320` before a
/// scale word, `R14,700`, `R87.35`) or US cents (`US58.4c`); anything else (`GB200`,
/// `NVL72`, `MH17`, `R5`, `N95s`) is part of a name.
fn code_number_at(v: &View, i: usize) -> Step {
    let Some((code, num, scale)) = glued_parts(v.s(i)) else { return Step::Skip(i + 1) };
    // `$A1.2 billion`, `$US13.4 billion`.
    let dollar = i > 0 && v.is(i - 1, "$") && v.joined(i);
    let currency = if dollar {
        TABLES.currencies.pair("$", code, |e| e.value.role == CurrencyRole::Prefix)
    } else {
        TABLES.currencies.word(code, |e| e.value.before())
    };
    // `fell to US58.4c`: the rate of another dollar in US cents, as Australian and New
    // Zealand copy writes it.
    if code == "US" && scale == "c" && !dollar {
        let Some(d) = parse_digits(num) else { return Step::Skip(i + 1) };
        let mut atom = Atom::new(i, i + 1, d.value(1.0), Form::Digits);
        atom.currency = Some("¢");
        return Step::Atom(atom);
    }
    let Some(currency) = currency else {
        return Step::Skip(i + 1);
    };
    let Some(d) = parse_digits(num) else { return Step::Skip(i + 1) };
    let factor = match TABLES.number(scale) {
        _ if scale.is_empty() => 1.0,
        Some(NumberWord::Abbr(f) | NumberWord::MoneyAbbr(f)) => f,
        _ => return Step::Skip(i + 1),
    };
    let mut atom = Atom::new(if dollar { i - 1 } else { i }, i + 1, d.value(factor), Form::Digits);
    atom.scaled = factor != 1.0;
    atom.factor = factor;
    atom.currency = Some(currency.value.code);
    let mut last = i + 1;
    let more = scale_words(v, &mut last);
    // `R320 billion`, `R14,700` grouped in thousands, `R87.35` in cents; `R5` is a road. So
    // is `N865`, but in a story that vouches for the naira (`N865 a litre`).
    let vouched = || v.vouches(code, i.checked_sub(1), i + 1, d.value(1.0));
    if road_or_model(code, currency.len(), factor * more, &d) && !vouched() {
        return Step::Skip(i + 1);
    }
    if more != 1.0 {
        atom.value = d.value(factor * more);
        atom.scaled = true;
        atom.factor = factor * more;
        atom.last = last;
    }
    Step::Atom(atom)
}

/// A word's letters before its first digit, its figure, and the letters after the figure
/// (`USD`, `3.5`, `bn` of `USD3.5bn`).
fn glued_parts(word: &str) -> Option<(&str, &str, &str)> {
    let cut = word.find(|c: char| c.is_ascii_digit())?;
    let (code, rest) = word.split_at(cut);
    let end = rest.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let (num, scale) = rest.split_at(end);
    Some((code, num, scale))
}

/// Whether a word of letters then digits is a sum that [`code_number_at`] reads, whatever
/// stands around it (`USD34.6`, `RM5`, `R1.5bn`, `US58.4c`; not `R5`, `N95`, `GB200`), so
/// that the entity stage does not take it for a model's name.
pub(crate) fn is_glued_money(word: &str) -> bool {
    let Some((code, num, scale)) = glued_parts(word).filter(|(code, _, _)| !code.is_empty()) else { return false };
    let Some(d) = parse_digits(num) else { return false };
    if code == "US" && scale == "c" {
        return true;
    }
    let Some(currency) = TABLES.currencies.word(code, |e| e.value.before()) else { return false };
    let factor = match TABLES.number(scale) {
        _ if scale.is_empty() => 1.0,
        Some(NumberWord::Abbr(f) | NumberWord::MoneyAbbr(f)) => f,
        _ => return false,
    };
    // (Unless the story vouches for it, which only the claim stage can tell.)
    !road_or_model(code, currency.len(), factor, &d)
}

/// Whether a one-letter code (matched as `len` tokens) glued to a plain figure, unscaled
/// (`factor` 1), not grouped in thousands and not in cents, names a road or a model (`R5`,
/// `N95`) rather than a sum.
fn road_or_model(code: &str, len: usize, factor: f64, d: &Digits) -> bool {
    code.len() == 1 && len == 1 && factor == 1.0 && !d.grouped && d.frac != 2
}

/// The factor of a verb of multiplying in the present at token `i`, after its subject and
/// before `to`, `in` or `since` (`Onion prices double to Rs 80`, `spending triples to
/// N35bn`); not a noun (`the mixed doubles in Paris`, `hit two triples in the game`).
fn multiplying_verb(v: &View, i: usize) -> Option<f64> {
    // A word of the lexicon's multiplying words before a determiner, or its third person.
    let word = v.b(i);
    let base = word.strip_suffix(b"s").filter(|b| b.ends_with(b"le")).unwrap_or(word);
    let Some(NumberWord::MultiplierBefore(factor)) = TABLES.number(base) else { return None };
    if factor < 1.0 {
        return None;
    }
    let subject = i > 0
        && v.word(i - 1)
        && v.b(i - 1).iter().all(u8::is_ascii_lowercase)
        && !TABLES.is(v.b(i - 1), class::FUNCTION)
        && TABLES.number(v.b(i - 1)).is_none()
        && !v.is_any(i - 1, &["mixed", "men", "women", "boys", "girls", "s"]);
    (subject && v.is_any(i + 1, &["to", "in", "since"])).then_some(factor)
}

/// Number words and the fractions and multipliers written in words.
fn words_at(v: &View, i: usize) -> Step {
    let s = v.b(i);
    // `SIX: HALC` is a stock exchange; number words in capitals are not read outside headlines.
    let shouting = s.len() > 1 && s.iter().all(u8::is_ascii_uppercase);
    if shouting && v.paragraph != crate::document::ParagraphKind::Heading {
        return Step::Skip(i + 1);
    }
    if let Some(rank) = TABLES.ordinal(s) {
        if let Some(last) = rank_end(v, i) {
            return Step::Atom(Atom::new(i, last, rank, Form::Ordinal));
        }
    }
    if matches!(s, b"a" | b"an") && one_time_unit(v, i) {
        return Step::Atom(Atom::new(i, i + 1, 1.0, Form::Words));
    }
    if let Some(factor) = multiplying_verb(v, i) {
        return Step::Atom(Atom::new(i, i + 1, factor, Form::Multiplier));
    }
    let Some(word) = TABLES.number(s) else { return Step::Skip(i + 1) };
    // `several hundred`, `a few thousand`, `several dozen`: at least that many.
    let base = match word {
        NumberWord::Dozen => 12.0,
        NumberWord::Hundred => 100.0,
        NumberWord::Scale(f) => f,
        _ => 0.0,
    };
    if base > 0.0 && i > 0 && v.word(i - 1) && TABLES.is(v.b(i - 1), class::INDEFINITE) {
        let first = if i > 1 && v.is(i - 2, "a") { i - 2 } else { i - 1 };
        let mut atom = Atom::new(first, i + 1, base, Form::Vague);
        apply_scales(v, &mut atom);
        atom.scaled = true;
        atom.factor = atom.value;
        return Step::Atom(atom);
    }
    let after_a = i > 0 && v.is_any(i - 1, &["a", "an"]);
    // `a quarter-point cut`, `a half-point rise`: a fraction of a percentage point.
    let point = v.dash(i + 1) && v.joined(i + 1) && v.joined(i + 2) && v.is(i + 2, "point");
    match word {
        NumberWord::Unit(_) | NumberWord::Teen(_) | NumberWord::Tens(_) => cardinal_words(v, i, i),
        NumberWord::Dozen | NumberWord::Hundred | NumberWord::Scale(_) if after_a => cardinal_words(v, i - 1, i),
        NumberWord::Fraction(d) | NumberWord::Fractions(d) => {
            // `a third of`, `a quarter million`; bare `quarter million`.
            let singular = matches!(word, NumberWord::Fraction(_));
            let next_scale = scale_after(v, i + 1);
            let of = v.is(i + 1, "of");
            // `fell by a third`, `up a fifth`, `nearly a quarter`.
            // So after `to` or `from` when no noun follows (`up from a fifth five years ago`,
            // not `to a third party`).
            let ends = !v.word(i + 1)
                || TABLES.number(v.b(i + 1)).is_some()
                || v.is_any(i + 1, &["last", "this", "a", "in", "since", "before", "by", "and", "or", "as", "of"]);
            let bounded = i >= 2
                && (v.is_any(i - 2, &["by", "up", "down"])
                    || v.is_any(i - 2, &["to", "from"]) && ends
                    || TABLES.qualifiers.ending_at(v, i - 1, |_| true).is_some()
                    // `a drop of a quarter`, `an increase of a third`.
                    || i >= 3 && v.is(i - 2, "of") && ends && TABLES.changes.ending_at(v, i - 2, |_| true).is_some());
            // `a third below its 2019 level`, `a quarter higher`, `a third off most fares`.
            let compared =
                v.is_any(i + 1, &["below", "above", "lower", "higher", "less", "more", "smaller", "larger", "off"]);
            if after_a && singular && (of || next_scale || bounded || compared || point || unit_follows(v, i + 1)) {
                let mut atom = Atom::new(i - 1, i + 1, 1.0 / d, Form::Fraction);
                apply_scales(v, &mut atom);
                of_a_scale(v, &mut atom);
                return Step::Atom(atom);
            }
            // `a smaller quarter-point move`: the point makes it a figure without `a`.
            if !after_a && singular && point {
                return Step::Atom(Atom::new(i, i + 1, 1.0 / d, Form::Fraction));
            }
            if !after_a && next_scale && !ordinal_before(v, i) {
                let mut atom = Atom::new(i, i + 1, 1.0 / d, Form::Fraction);
                apply_scales(v, &mut atom);
                return Step::Atom(atom);
            }
            Step::Skip(i + 1)
        }
        NumberWord::Half if point => Step::Atom(Atom::new(if after_a { i - 1 } else { i }, i + 1, 0.5, Form::Fraction)),
        NumberWord::Half => half_at(v, i, after_a),
        NumberWord::Multiplier(f) => Step::Atom(Atom::new(i, i + 1, f, Form::Multiplier)),
        // `doubled`, `halved`; not `doubled down`, `doubled as`.
        NumberWord::MultiplierVerb(f) if !v.bytes(i + 1).is_some_and(|w| TABLES.is(w, class::PARTICLE)) => {
            Step::Atom(Atom::new(i, i + 1, f, Form::Multiplier))
        }
        // `nearly double the 2015 median`, `triple what it cost`, `double last year's`.
        // So after a modal or `to`, as a verb (`demand will triple by 2035`; not
        // `double-check`).
        NumberWord::MultiplierBefore(f)
            if v.is_any(
                i + 1,
                &["the", "that", "what", "its", "their", "his", "her", "our", "this", "those", "last"],
            ) || v.word(i + 1)
                && v.b(i + 1) == b"a"
                && v.word(i + 2)
                && v.b(i + 2).iter().all(u8::is_ascii_lowercase)
                && !(i > 0 && v.is_any(i - 1, &["a", "the"]))
                || i > 0
                    && v.is_any(i - 1, &["will", "would", "could", "may", "might", "to", "should"])
                    && !v.dash(i + 1)
                // `double January's price`, `more than double Norrskog's own output`.
                || possessive_after(v, i)
                || bounded_multiplier_verb(v, i) =>
        {
            Step::Atom(Atom::new(i, i + 1, f, Form::Multiplier))
        }
        NumberWord::Vague(f) => vague_at(v, i, f),
        _ => Step::Skip(i + 1),
    }
}

/// Whether the multiplier at token `i` is a verb after a bound: after a modal or `to`
/// (`will more than double to £10,500`, `could almost triple`), or after a plural subject
/// and before a preposition or the clause's end (`prices nearly triple in 12 months`,
/// `Rates More Than Double as …`).
fn bounded_multiplier_verb(v: &View, i: usize) -> bool {
    let bound = if i >= 2 && v.is(i - 2, "more") && v.is(i - 1, "than") {
        i - 2
    } else if i >= 1 && v.is_any(i - 1, &["nearly", "almost", "roughly", "about", "effectively"]) {
        i - 1
    } else {
        return false;
    };
    if bound == 0 || !v.word(bound - 1) {
        return false;
    }
    let modal = v.is_any(bound - 1, &["will", "would", "could", "may", "might", "to", "should", "can"]);
    let ends = i + 1 >= v.len() || !v.word(i + 1) || TABLES.is(v.b(i + 1), class::FUNCTION);
    let subject = v.b(bound - 1);
    let plural = subject.len() > 3
        && subject.ends_with(b"s")
        && !subject.ends_with(b"ss")
        && !TABLES.is(subject, class::FUNCTION)
        && !v.is_any(bound - 1, &["was", "is", "has", "its", "this", "thus", "always", "perhaps"]);
    modal && !v.dash(i + 1) || plural && ends
}

/// Whether a name in the possessive follows token `i` (`January's`, `Acme ’s`).
fn possessive_after(v: &View, i: usize) -> bool {
    let glued = |w: &[u8]| w.ends_with(b"'s") || w.ends_with("’s".as_bytes());
    v.word(i + 1)
        && v.capitalized(i + 1)
        && (glued(v.b(i + 1)) || v.get(i + 2).is_some_and(|w| matches!(w, "'s" | "’s" | "'" | "’")))
}

/// Whether the `a` or `an` at token `i` is one of the unit of time after it, measured:
/// after a bound (`more than a year`, `nearly a decade`, `within an hour`) or after a
/// superlative or `time` and `in` (`the lowest in a decade`, `the first time in a year`).
/// Not a rate (`$5 a year`), nor a time reference (`a year earlier`, `from a year ago`).
fn one_time_unit(v: &View, i: usize) -> bool {
    const UNITS: &[&str] = &["year", "decade", "month", "week", "day", "hour", "century", "minute", "length"];
    if !v.is_any(i + 1, UNITS) || v.is_any(i + 2, &["earlier", "ago", "later", "before", "after"]) {
        return false;
    }
    // `an hour and a half`: a figure of its own.
    let and_a_half = v.is(i + 2, "and") && v.is_any(i + 3, &["a", "an"]) && v.is(i + 4, "half");
    if and_a_half {
        return true;
    }
    if i == 0 {
        return false;
    }
    let bounded = TABLES.qualifiers.ending_at(v, i, |e| e.value != Bound::Exact).is_some()
        || v.is_any(i - 1, &["within", "only", "lasted", "nearly", "almost"]);
    // `the first time in a decade`, `the biggest wheat crop in a decade`, `its lowest summer
    // outlay in a year`: a superlative or `first` a few words before `in`, in the same clause,
    // and no noun after the unit (`in a day trip`).
    let ends_phrase = i + 2 >= v.len() || !v.word(i + 2) || TABLES.is(v.b(i + 2), class::FUNCTION);
    let superlative = v.is(i - 1, "in")
        && i >= 2
        && v.word(i - 2)
        && (v.is(i - 2, "time")
            || ends_phrase
                && (v.b(i - 2).ends_with(b"est")
                    || (2..=5).take_while(|&d| d <= i && v.word(i - d)).any(|d| superlative_at(v, i - d))));
    // `held for a year`, `shut for a week`: how long, not a rate or a ticket (`for a day pass`).
    let lasting = v.is(i - 1, "for") && ends_phrase && !v.is(i + 2, "of");
    bounded || superlative || lasting
}

/// Whether the word at token `i` is a superlative after a determiner (`the biggest`, `its
/// lowest`, `Britain's best`) or `first`: not a noun in `-est` (`interest`, `harvest`).
fn superlative_at(v: &View, i: usize) -> bool {
    let w = v.b(i);
    let determiner = i > 0
        && (v.is_any(i - 1, &["the", "its", "their", "his", "her", "our", "my", "your"])
            || v.b(i - 1).ends_with(b"'s")
            || v.b(i - 1).ends_with("’s".as_bytes()));
    v.is(i, "first") || determiner && (w.len() > 4 && w.ends_with(b"est") || v.is_any(i, &["worst", "most", "least"]))
}

/// A plural of a scale word at token `i`, worth at least `f`: `hundreds of`, `tens of
/// thousands`, `in the tens of millions`, `thousands fled`. `tens` stands only before `of`;
/// after a number (`5 thousands`), or a small number word and the hyphened words that
/// describe them (`five one-day hundreds`, `two hundreds and three fifties`: a batter's
/// centuries), it is no figure.
fn vague_at(v: &View, i: usize, f: f64) -> Step {
    if i > 0 && v.number(i - 1) {
        return Step::Skip(i + 1);
    }
    let counted =
        |k: usize| matches!(v.bytes(k).and_then(|w| TABLES.number(w)), Some(NumberWord::Unit(_) | NumberWord::Teen(_)));
    if i > 0 && !v.is(i + 1, "of") {
        // Back over one word hyphened in lower case (`one-day`).
        let mut k = i - 1;
        if k >= 3 && v.dash(k - 1) && v.word(k) && v.word(k - 2) && !v.capitalized(k - 2) {
            k -= 3;
        }
        if counted(k) {
            return Step::Skip(i + 1);
        }
    }
    let mut value = f;
    let mut last = i + 1;
    // `tens of thousands`, `hundreds of millions`.
    while v.is(last, "of") {
        match v.bytes(last + 1).and_then(|w| TABLES.number(w)) {
            Some(NumberWord::Vague(g)) if g >= 1e3 && g > f => {
                value *= g;
                last += 2;
            }
            _ => break,
        }
    }
    if last == i + 1 && v.is(i, "tens") && !v.is(last, "of") {
        return Step::Skip(i + 1);
    }
    // `scores of people`, `killed scores of civilians`; not `the scores of both teams`,
    // `test scores of pupils`, `scores were level`.
    if v.is(i, "scores") {
        let before_ok = i == 0
            || !v.word(i - 1)
            || v.b(i - 1).ends_with(b"ed")
            || TABLES.is(v.b(i - 1), class::FUNCTION)
                && !v.is_any(
                    i - 1,
                    &["the", "their", "its", "his", "her", "our", "your", "my", "these", "those", "whose"],
                );
        let bare_plural = v.is(i + 1, "of")
            && v.get(i + 2).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && !TABLES.is(v.b(i + 2), class::FUNCTION);
        if !(before_ok && bare_plural) {
            return Step::Skip(i + 1);
        }
    }
    let mut atom = Atom::new(i, last, value, Form::Vague);
    atom.scaled = true;
    atom.factor = value;
    Step::Atom(atom)
}

/// One past the last token of a rank whose ordinal is token `i`: before a superlative
/// (`third-largest`, `second most populous`), before a word of a streak or an occurrence
/// (`fourth straight`, `its sixth increase`, `for fifth month`, `its third this year`), or
/// after a ranking verb, `in` between or not (`ranked 12th`, `finished fourth`, `came in
/// third`); `None` for other ordinals (`the 20th century`, `second half`).
fn rank_end(v: &View, i: usize) -> Option<usize> {
    let superlative = |k: usize| v.word(k) && TABLES.is(v.b(k), class::SUPERLATIVE);
    let at = if v.dash(i + 1) && v.joined(i + 1) && v.joined(i + 2) { i + 2 } else { i + 1 };
    if superlative(at) {
        // `most` and `least` take the adjective after them: `second most populous`.
        let adjective = v.is_any(at, &["most", "least"])
            && v.word(at + 1)
            && v.b(at + 1).iter().all(u8::is_ascii_lowercase)
            && !TABLES.is(v.b(at + 1), class::FUNCTION);
        // `second place` spans its ordinal, `11th-place` the whole compound.
        if at == i + 1 && v.is(at, "place") {
            return Some(i + 1);
        }
        return Some(if adjective { at + 2 } else { at + 1 });
    }
    // `a fourth straight month`, `for the 14th time`: how many times so far (`the first
    // time` tells of none before).
    let first = v.is_any(i, &["first", "1st"]);
    if v.word(i + 1) && TABLES.is(v.b(i + 1), class::STREAK) && !first {
        return Some(i + 1);
    }
    // `its sixth increase`, `the ninth named storm`, `the third decline in four months`.
    // So after an adjective, capitalised or not, or a compound (`the fourth Indian IPO`,
    // `his fourth five-wicket haul`).
    let occurrence = |k: usize| v.word(k) && TABLES.is(v.b(k), class::OCCURRENCE);
    let adjective = v.word(i + 1) && !TABLES.is(v.b(i + 1), class::FUNCTION) && !v.b(i + 1).ends_with(b"s");
    let compound = v.dash(i + 2) && v.joined(i + 2) && v.joined(i + 3) && v.word(i + 3);
    if !first && (occurrence(i + 1) || adjective && occurrence(i + 2) || compound && occurrence(i + 4)) {
        return Some(i + 1);
    }
    // `the company's second in 14 months`, `his second at Lord's`, `its third this year`: an
    // owner's ordinal standing for a noun said before.
    let owned = i > 0
        && (v.is_any(i - 1, &["his", "her", "its", "their", "my", "our", "your"])
            || v.is_any(i - 1, &["'s", "’s"])
            || v.b(i - 1).ends_with(b"'s")
            || v.b(i - 1).ends_with("’s".as_bytes()));
    // (So at a clause's end: `handing trainer Ray Fitzgibbon his fourth.`)
    let ends = i + 1 == v.len() || v.is_any(i + 1, &[",", ".", ";"]);
    if !first && owned && (v.is_any(i + 1, &["in", "at", "since", "this", "for", "of"]) || ends) {
        return Some(i + 1);
    }
    // `held on for second after leading`, `a neck back in third.`, `the United States, now
    // second,`: a place in a race or a standing, with nothing after it.
    let placed = i > 0 && v.is_any(i - 1, &["in", "for", "now"]);
    if !first && placed && (ends || v.is_any(i + 1, &["after", "behind", "ahead"])) {
        return Some(i + 1);
    }
    // `the company's third U.S. plant`, `the government's fourth spectrum sale`, `his third
    // Diamond League victory`: an owner's ordinal before a noun numbers its place in a sequence. Not a
    // period of the owner's year (`its second quarter`, `the firm's third-quarter profit`),
    // nor a label (`the company's fourth floor`).
    let at = if v.dash(i + 1) && v.joined(i + 1) { i + 2 } else { i + 1 };
    let period = v.is_any(at, &["quarter", "half", "quarters", "halves"]);
    let plain = v.word(i + 1) && !TABLES.is(v.b(i + 1), class::FUNCTION) && !TABLES.is(v.b(i + 1), class::LABEL);
    if !first && owned && plain && !period {
        return Some(i + 1);
    }
    // `rents fall for fourth month`, `for a fifth week`: a streak of periods.
    // Not `for the second quarter`, a period named.
    let period = v.is_any(i + 1, &["day", "week", "month", "year", "session"]);
    let for_before = i > 0 && v.is(i - 1, "for") || i > 1 && v.is(i - 2, "for") && v.is_any(i - 1, &["a", "the"]);
    if !first && period && for_before {
        return Some(i + 1);
    }
    // `third in the league`, `second in the Western Conference`, `10th in the West`,
    // `third overall`: a place in a standing.
    let standing = |k: usize| {
        v.is_any(
            k,
            &[
                "league",
                "conference",
                "division",
                "table",
                "standings",
                "group",
                "world",
                "rankings",
                "west",
                "east",
                "medal",
            ],
        ) || v.is(k + 1, "Conference")
            || v.is(k + 1, "League")
    };
    if !first && (v.is(i + 1, "in") && v.is(i + 2, "the") && standing(i + 3) || v.is(i + 1, "overall")) {
        return Some(i + 1);
    }
    // `from ninth on the grid`, `from fourth to eighth`: a place on a grid or in a race.
    // So is one a runner moves from before where it was (`charged from 17th at the 800m
    // mark`).
    let grid = v.is(i + 1, "on") && v.is(i + 2, "the") && v.is_any(i + 3, &["grid", "podium"])
        || i > 0 && v.is(i - 1, "from") && v.is_any(i + 1, &["at", "with", "after", "behind"]);
    let ordinal = |k: usize| v.word(k) && TABLES.ordinal(v.b(k)).is_some();
    let moved = v.is(i + 1, "to") && i > 0 && v.is(i - 1, "from") && ordinal(i + 2)
        || i > 2 && v.is(i - 1, "to") && ordinal(i - 2) && v.is(i - 3, "from");
    if grid || moved {
        return Some(i + 1);
    }
    // `with Germany's Jonas Falk third in front of a crowd`: a name and its place.
    let named = i > 1 && v.capitalized(i - 1) && !v.is(i - 2, ".") && v.b(i).iter().all(u8::is_ascii_lowercase);
    if named && (i + 1 == v.len() || v.is_any(i + 1, &[",", ".", "in", "behind", "ahead", "and"])) && !first {
        return Some(i + 1);
    }
    // `the second woman to swim under 1:53`, `the third Polish woman to win`: counted among
    // those who did; not a part of a match or a period (`the second half to be better`, `in
    // the 27th minute to a standing ovation`).
    // So with words describing the noun (`the fourth privately built spacecraft to reach`),
    // and with a people for the noun (`the fifth Scot to lift the trophy`).
    let lower = |k: usize| v.word(k) && v.b(k).iter().all(u8::is_ascii_lowercase);
    // (Or with the noun left out: `the sixth to hit the reef`; not `the second to last`.)
    let to = (i + 1..v.len().min(i + 5)).find(|&k| v.is(k, "to")).filter(|&to| !v.is(to + 1, "last"));
    let the_nth_to = i > 0
        && v.is(i - 1, "the")
        && to.is_some_and(|to| {
            let noun = to - 1;
            (i + 1..to).all(|k| {
                v.word(k)
                    && !TABLES.is(v.b(k), class::FUNCTION)
                    && TABLES.number(v.b(k)).is_none()
                    && (lower(k) || (k < noun || super::filters::people_word(v.s(k))) && v.capitalized(k))
                    && !v.is_any(k, &["leg", "round", "set", "period", "stage", "innings", "phase", "term", "time"])
            }) && !unit_follows(v, noun)
                && lower(to + 1)
                && !TABLES.is(v.b(to + 1), class::FUNCTION)
        });
    if !first && the_nth_to {
        return Some(i + 1);
    }
    // `their third dry season in a row`, `the seventh of his career`.
    let in_a_row = (i + 1..i + 4).any(|k| v.is(k, "in") && v.is(k + 1, "a") && v.is(k + 2, "row"));
    let career = v.is(i + 1, "of")
        && v.is_any(i + 2, &["his", "her", "their", "its"])
        && v.is_any(i + 3, &["career", "tenure", "reign", "life"]);
    if !first && (in_a_row || career) {
        return Some(i + 1);
    }
    // `was second in 2:04:52`: a place in a race, then its time.
    let race_time = v.number(i + 2) && (v.get(i + 2).is_some_and(|w| w.contains(':')) || v.is(i + 3, ":"));
    if v.is(i + 1, "in") && race_time && i > 0 && v.is_any(i - 1, &["was", "is", "finished", "came", "placed"]) {
        return Some(i + 1);
    }
    // `a further buyback, its third this year`, `the third since March`, `the fifth in
    // eight years`: counted so far.
    let owned = i > 0 && v.is_any(i - 1, &["its", "their", "his", "her", "the"]);
    let so_far = v.is_any(i + 1, &["this", "of"])
        && (v.is_any(i + 2, &["year", "month", "week", "season"])
            || v.is(i + 1, "of") && v.is(i + 2, "the") && v.is_any(i + 3, &["year", "season"]))
        || v.is(i + 1, "since")
            && v.get(i + 2).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
        // `the 11th on the peninsula since 2021`: a place named between.
        || v.is_any(i + 1, &["on", "in", "at"])
            && (i + 2..v.len().min(i + 6)).any(|k| v.is(k, "since") && v.number(k + 1))
        // `the fifth in eight years`.
        || v.is(i + 1, "in")
            && (v.number(i + 2) || v.word(i + 2) && TABLES.number(v.b(i + 2)).is_some())
            && v.is_any(i + 3, &["years", "months", "weeks", "days", "seasons", "decades"]);
    // `the third negative reading this year`: what is counted, then the period.
    let counted_so_far = (i + 2..=i + 3)
        .any(|k| v.is(k, "this") && v.is_any(k + 1, &["year", "month", "week", "season"]) && (i + 1..k).all(lower));
    if !first && owned && (so_far || counted_so_far) {
        return Some(i + 1);
    }
    // `finished second`, `came in third`, `climbed to fourth`, `tied for fifth`; not
    // `finished first-half results`.
    let hyphen = v.dash(i + 1) && v.joined(i + 1);
    // `was 17th at the 800-metre mark`, `is now 23rd`: a place in figures after a copula,
    // not a period (`was 19th century`, `is 50th birthday`).
    let figures = v.b(i).first().is_some_and(u8::is_ascii_digit);
    let copula = |k: usize| v.is_any(k, &["was", "is", "were", "are", "be", "been"]);
    // `were fourth and fifth`: the second of two places after a copula.
    let ordinal = |k: usize| v.word(k) && TABLES.is(v.b(k), class::ORDINAL);
    let paired = i > 2 && v.is_any(i - 1, &["and", "or"]) && ordinal(i - 2) && copula(i - 3);
    let placed = i > 0 && copula(i - 1)
        || i > 1 && v.is_any(i - 1, &["now", "also", "again", "still", "only"]) && copula(i - 2)
        || paired;
    let a_period = |k: usize| {
        v.is_any(k, &["century", "centuries", "birthday", "anniversary", "minute", "day", "week", "month", "year"])
    };
    if figures && placed && !hyphen && !a_period(i + 1) {
        return Some(i + 1);
    }
    // `Brunner was second, 2.87 seconds back`, `was third at 4.02`: a place after a copula,
    // then a break or a margin (not `was second-guessed`, `is second to none`).
    // (`who were second for a third season running`.)
    let break_at =
        |k: usize| k >= v.len() || v.is_any(k, &[",", ".", ";", "at", "in", "behind", "with", "after", "for"]);
    let margin = break_at(i + 1) || v.is_any(i + 1, &["and", "or"]) && ordinal(i + 2) && break_at(i + 3);
    if !first && placed && !hyphen && margin {
        return Some(i + 1);
    }
    // `It is the third penalty`, `becoming the third country`, `It was his fourth World Cup
    // win`: a copula, a determiner, the place and what it ranks (not a period: `was the
    // second half`).
    let becoming =
        |k: usize| copula(k) || v.is_any(k, &["becoming", "become", "became", "becomes", "remains", "remained"]);
    let owned_place = i > 1 && v.is_any(i - 1, &["the", "his", "her", "its", "their"]) && becoming(i - 2);
    let period_word = |k: usize| {
        v.is_any(
            k,
            &[
                "half", "quarter", "day", "week", "month", "year", "round", "set", "leg", "stage", "innings", "period",
                "term",
            ],
        )
    };
    let ranked = (i + 1..v.len().min(i + 4)).find(|&k| !(v.word(k) && v.capitalized(k)) || v.dash(k));
    let noun = ranked.filter(|&k| v.word(k) && v.b(k).iter().all(u8::is_ascii_lowercase));
    if !first && owned_place && !hyphen && noun.is_some_and(|k| !period_word(k) && !TABLES.is(v.b(k), class::FUNCTION))
    {
        return Some(i + 1);
    }
    // `fourth among all artists`.
    if !first && v.is(i + 1, "among") {
        return Some(i + 1);
    }
    // `opened in fourth place`, `in second position`: a place named as one.
    if !first && !hyphen && v.is_any(i + 1, &["place", "position", "spot"]) {
        return Some(i + 1);
    }
    let ranking = |k: usize| v.word(k) && TABLES.is(v.b(k), class::RANKING);
    // `moving up to second`, `slipped down to fifth`.
    let up_to = i > 2 && v.is(i - 1, "to") && v.is_any(i - 2, &["up", "down"]) && ranking(i - 3);
    // `placing Vietnam fifth`: a ranking verb, its object's name, then the place.
    let placing = i > 1 && v.capitalized(i - 1) && ranking(i - 2);
    // `to rise to 23rd`, `a drop to fifth`: a word that is also a noun of change (`a rise in
    // second-quarter profit`) ranks only before `to`.
    let moved_to = i > 1
        && v.is(i - 1, "to")
        && v.is_any(i - 2, &["rise", "rises", "fall", "falls", "drop", "drops", "slip", "slips", "jump", "jumps"]);
    // `ranked as low as 78th`, `as high as third`: a bound between the verb and the place.
    let bounded =
        i > 3 && v.is(i - 1, "as") && v.is_any(i - 2, &["low", "high"]) && v.is(i - 3, "as") && ranking(i - 4);
    let after = i > 0 && ranking(i - 1)
        || i > 1 && v.is_any(i - 1, &["in", "to", "for"]) && ranking(i - 2)
        || bounded
        || up_to
        || placing
        || moved_to;
    (!hyphen && after).then_some(i + 1)
}

/// Whether a scale word stands at token `i`.
fn scale_after(v: &View, i: usize) -> bool {
    v.word(i) && matches!(TABLES.number(v.b(i)), Some(NumberWord::Scale(_) | NumberWord::Abbr(_)))
}

/// Whether a unit of measure or a percent sign starts at token `i`.
fn unit_follows(v: &View, i: usize) -> bool {
    TABLES.units.starting_at(v, i, None, |e| e.len() > 1 || e.value.spaced || v.s(i).chars().count() > 1).is_some()
}

/// Whether the word before token `i` makes a fraction word a period (`the first half`).
fn ordinal_before(v: &View, i: usize) -> bool {
    i > 0 && (v.is_any(i - 1, &["the", "this", "that"]) || TABLES.is(v.b(i - 1), class::ORDINAL))
}

/// Multiplies a fraction by the scale it is of: `a quarter of a billion`, `three-quarters
/// of a million`.
fn of_a_scale(v: &View, atom: &mut Atom) {
    let at = atom.last;
    if v.is(at, "of") && v.is_any(at + 1, &["a", "an"]) && scale_after(v, at + 2) {
        atom.last = at + 2;
        apply_scales(v, atom);
    }
}

/// Multiplies an atom by the scale words after it.
fn apply_scales(v: &View, atom: &mut Atom) {
    let factor = scale_words(v, &mut atom.last);
    if factor != 1.0 {
        atom.value *= factor;
        atom.scaled = true;
        atom.factor *= factor;
    }
}

/// `half`: a figure in `half of`, `half the`, `half a million`, `half an hour`, `by half`,
/// `nearly half`, `a half turn`; not in `the second half`, `half-time`.
fn half_at(v: &View, i: usize, after_a: bool) -> Step {
    // (`estimated that half a million …`: `that` the conjunction, not a determiner.)
    let conjunction = i > 0 && v.is(i - 1, "that") && v.is_any(i + 1, &["a", "an"]);
    if ordinal_before(v, i) && !conjunction || (v.dash(i + 1) && v.joined(i + 1)) {
        return Step::Skip(i + 1);
    }
    let first = if after_a { i - 1 } else { i };
    // `half a dozen`.
    if v.is_any(i + 1, &["a", "an"]) && v.word(i + 2) && TABLES.number(v.b(i + 2)) == Some(NumberWord::Dozen) {
        return Step::Atom(Atom::new(first, i + 3, 6.0, Form::Words));
    }
    // `half a million`, `half an hour`, `half a percentage point`.
    if v.is_any(i + 1, &["a", "an"]) && (scale_after(v, i + 2) || unit_follows(v, i + 2)) {
        let mut atom = Atom::new(first, i + 2, 0.5, Form::Fraction);
        if scale_after(v, i + 2) {
            atom.last = i + 2;
            apply_scales(v, &mut atom);
        }
        return Step::Atom(atom);
    }
    let mut atom = Atom::new(first, i + 1, 0.5, Form::Fraction);
    if scale_after(v, i + 1) {
        apply_scales(v, &mut atom);
        return Step::Atom(atom);
    }
    let by = i > 0 && v.is_any(i - 1, &["by", "in", "than", "nearly", "almost", "about", "around", "roughly", "over"]);
    // `Half received a 600mg dose`, `Half were women`: the subject of a sentence's verb.
    let subject = i == 0
        && v.word(i + 1)
        && v.get(i + 1).is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && (w.len() > 4 && w.ends_with("ed") || matches!(w, "were" | "are" | "said" | "say" | "have" | "had"))
        });
    if v.is_any(i + 1, &["of", "the", "its", "their", "his", "her", "our", "all"])
        || by
        || subject
        || unit_follows(v, i + 1)
    {
        return Step::Atom(atom);
    }
    Step::Skip(i + 1)
}

/// Cardinal words from token `first` (an `a` or `an` before a `dozen` or `hundred`) and
/// `i`: `twenty-five`, `one hundred and five`, `two million`, `three-quarters`,
/// `two and a half`, `three-fold`.
fn cardinal_words(v: &View, first: usize, i: usize) -> Step {
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
    }
    let (mut total, mut current, mut factor) = (0.0f64, 0.0f64, 1.0f64);
    let mut last = Last::None;
    let mut j = i;
    let mut end = i;
    let implied_one = first < i;
    if implied_one {
        current = 1.0;
    }
    while let Some(t) = v.bytes(j) {
        if !v.word(j) {
            break;
        }
        let Some(w) = TABLES.number(t) else { break };
        match w {
            NumberWord::Unit(n) if !matches!(last, Last::Unit | Last::Teen) => {
                if last == Last::Tens || last == Last::Hundred {
                    current += n;
                } else {
                    current = n;
                }
                last = Last::Unit;
            }
            NumberWord::Teen(n) if !matches!(last, Last::Unit | Last::Teen | Last::Tens) => {
                current = if last == Last::Hundred { current + n } else { n };
                last = Last::Teen;
            }
            NumberWord::Tens(n) if !matches!(last, Last::Unit | Last::Teen | Last::Tens) => {
                current = if last == Last::Hundred { current + n } else { n };
                last = Last::Tens;
            }
            NumberWord::Hundred if !matches!(last, Last::Hundred) => {
                current = current.max(1.0) * 100.0;
                last = Last::Hundred;
            }
            NumberWord::Dozen if last != Last::Scale => {
                current = current.max(1.0) * 12.0;
                last = Last::Hundred;
            }
            NumberWord::Scale(f) => {
                total += current.max(1.0) * f;
                current = 0.0;
                last = Last::Scale;
                factor = f;
            }
            _ => break,
        }
        j += 1;
        end = j;
        // `twenty-five`; `one hundred and five`.
        let joins_next = |k: usize| {
            v.word(k)
                && matches!(
                    TABLES.number(v.b(k)),
                    Some(NumberWord::Unit(_) | NumberWord::Teen(_) | NumberWord::Tens(_))
                )
        };
        let hyphen = v.dash(j) && v.joined(j) && v.joined(j + 1) && last == Last::Tens;
        let and = v.is(j, "and") && matches!(last, Last::Hundred | Last::Scale);
        if (hyphen || and) && joins_next(j + 1) {
            j += 1;
        }
    }
    if end == i && !implied_one {
        return Step::Skip(i + 1);
    }
    let value = total + current;
    let mut atom = Atom::new(first, end, value, Form::Words);
    atom.scaled = total > 0.0 && last == Last::Scale;
    if atom.scaled {
        atom.factor = factor;
    }
    // A fraction: `one-third`, `two thirds`, `three quarters`.
    let hyphen = v.dash(end) && v.joined(end) && v.joined(end + 1);
    let den_at = if hyphen { end + 1 } else { end };
    if (1.0..100.0).contains(&value) && total == 0.0 && v.word(den_at) {
        let den = match TABLES.number(v.b(den_at)) {
            Some(NumberWord::Fraction(d)) => Some((d, false)),
            Some(NumberWord::Fractions(d)) => Some((d, true)),
            Some(NumberWord::Half) => Some((2.0, false)),
            _ => None,
        };
        if let Some((d, plural)) = den {
            // `one third`, `one-third`, `two-thirds`; not `a third party` (handled above).
            // `two quarters` alone are two periods; `three quarters of`, `three-quarters` a share.
            let periods = v.is(den_at, "quarters") && !hyphen && !v.is(den_at + 1, "of") && !scale_after(v, den_at + 1);
            if (plural || value == 1.0) && value < d && !periods {
                atom.value = value / d;
                atom.form = Form::Fraction;
                atom.last = den_at + 1;
                apply_scales(v, &mut atom);
                of_a_scale(v, &mut atom);
                return Step::Atom(signed(v, atom));
            }
        }
    }
    // `two and a half (million)`, `three-and-a-half years`.
    let hyphens = v.dash(end) && (end..end + 6).all(|k| v.joined(k));
    let step = if hyphens { 2 } else { 1 };
    let at = if hyphens { end + 1 } else { end };
    let dashes = !hyphens || v.dash(at + 1) && v.dash(at + 3);
    if dashes && v.is(at, "and") && v.is(at + step, "a") && v.is(at + 2 * step, "half") {
        // `a million and a half` is half a million more.
        atom.value += 0.5 * atom.factor;
        atom.last = at + 2 * step + 1;
        atom.form = Form::Fraction;
        apply_scales(v, &mut atom);
    }
    // `three-fold`, `a thousand fold`.
    if let Some(end) = fold_end(v, atom.last) {
        atom.last = end;
        atom.form = Form::Multiplier;
    }
    Step::Atom(signed(v, atom))
}

/// One past `fold` after a number at token `i`, hyphenated or not (`10-fold`, `a thousand
/// fold`).
fn fold_end(v: &View, i: usize) -> Option<usize> {
    if v.is(i, "fold") {
        return Some(i + 1);
    }
    (v.dash(i) && v.joined(i) && v.is(i + 1, "fold")).then_some(i + 2)
}

/// A sign before an atom: `-5%`, `−5`, `+3`, `minus five`. A hyphen glued to a word or a
/// number before it (`COVID-19`, `3-5`) is no sign.
fn signed(v: &View, mut atom: Atom) -> Atom {
    let i = atom.first;
    if i == 0 {
        return atom;
    }
    let prev = v.b(i - 1);
    // `75 -300mm` is a range written loosely, not a negative number.
    let after_number = i >= 2 && (v.number(i - 2) || v.b(i - 2).last().is_some_and(u8::is_ascii_digit));
    // `-`, `+` or U+2212 `−`.
    let sign = if matches!(prev, b"-" | b"+" | [0xE2, 0x88, 0x92]) && v.joined(i) && !v.joined(i - 1) && !after_number {
        if prev == b"+" {
            1.0
        } else {
            -1.0
        }
    } else if v.is(i - 1, "minus") && !(i >= 3 && v.is(i - 2, "or") && v.is(i - 3, "plus")) {
        -1.0
    } else if i >= 2 && matches!(prev, b"$" | [0xC2, 0xA3] | [0xE2, 0x82, 0xAC] | [0xC2, 0xA5]) && v.joined(i) {
        // `minus $65 billion`, `-$3.2bn`: a sign before the currency's symbol (`$`, `£`, `€`,
        // `¥`); the symbol opens the figure still.
        let glued_sign = matches!(v.b(i - 2), b"-" | [0xE2, 0x88, 0x92]) && v.joined(i - 1) && !v.joined(i - 2);
        // (Not `plus or minus $200 million`, a margin.)
        let margin = i >= 4 && v.is(i - 3, "or") && v.is(i - 4, "plus");
        if v.is(i - 2, "minus") && !margin || glued_sign {
            atom.value = -atom.value;
        }
        return atom;
    } else {
        return atom;
    };
    atom.first = i - 1;
    atom.value *= sign;
    atom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::view::testing::tokens;

    /// The atoms of `text` as (covered text, value).
    fn atoms_of(text: &str) -> Vec<(String, f64)> {
        let toks = tokens(text);
        let v = View::of(text, &toks);
        atoms(&v).iter().map(|a| (v.text[v.start(a.first)..v.end(a.last - 1)].to_string(), a.value)).collect()
    }

    #[track_caller]
    fn assert_atoms(text: &str, want: &[(&str, f64)]) {
        let got = atoms_of(text);
        let ok = got.len() == want.len()
            && got.iter().zip(want).all(|((gs, gv), (ws, wv))| gs == ws && (gv - wv).abs() <= 1e-9 * wv.abs().max(1.0));
        assert!(ok, "{text:?}\n  got  {got:?}\n  want {want:?}");
    }

    #[test]
    fn digits_parse_strictly() {
        let d = |s: &str| parse_digits(s).map(|d| (d.value(1.0), d.grouped));
        assert_eq!(d("1,000"), Some((1000.0, true)));
        assert_eq!(d("12,34,567.89"), Some((1234567.89, true)));
        assert_eq!(d("0.5"), Some((0.5, false)));
        for bad in ["1,00", "1234,567", ",5", "1,000,00", "2.4.1", "1,2", "5.", "1;000", "99999999999999999999999"] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }

    #[test]
    fn digits_with_grouping_and_decimals() {
        assert_atoms(
            "rose 1,000 and 3.5 to 12,34,567.89",
            &[("1,000", 1000.0), ("3.5", 3.5), ("12,34,567.89", 1234567.89)],
        );
        assert_atoms("version 2.4.1 and 1,2", &[]);
        assert_atoms("a .22-caliber rifle, up .5%", &[(".22", 0.22), (".5", 0.5)]);
        assert_atoms("1\u{2009}000\u{2009}000 people", &[("1\u{2009}000\u{2009}000", 1e6)]);
        assert_atoms("a crowd of 100 000 people", &[("100 000", 1e5)]);
        assert_atoms("fined $1 250 000 in all", &[("1 250 000", 1.25e6)]);
        // A table's columns and a model number stay apart.
        assert_atoms(
            "Widnes 22 17 0 5 794 326 34",
            &[("22", 22.0), ("17", 17.0), ("0", 0.0), ("5", 5.0), ("794", 794.0), ("326", 326.0), ("34", 34.0)],
        );
        assert_atoms("ordered 44 737 MAX jets", &[("44", 44.0), ("737", 737.0)]);
        assert_atoms("1\u{a0}500 people", &[("1\u{a0}500", 1500.0)]);
    }

    #[test]
    fn signs() {
        assert_atoms("fell -5% and +3 or minus five", &[("-5", -5.0), ("+3", 3.0), ("minus five", -5.0)]);
        assert_atoms("COVID-19", &[("19", 19.0)]);
    }

    #[test]
    fn scales_words_and_abbreviations() {
        assert_atoms("180 billion RMB", &[("180 billion", 180e9)]);
        assert_atoms("$3.5bn and 48.2 million", &[("3.5bn", 3.5e9), ("48.2 million", 48.2e6)]);
        assert_atoms("25 lakh tonnes", &[("25 lakh", 2.5e6)]);
        assert_atoms("2 hundred thousand", &[("2 hundred thousand", 2e5)]);
        assert_atoms("USD34.6 million", &[("USD34.6 million", 34.6e6)]);
        assert_atoms("The Australian dollar rose to US66.2c.", &[("US66.2c", 66.2)]);
        assert_atoms("a $1.2-billion fund, a 3-million-strong army", &[("1.2-billion", 1.2e9), ("3-million", 3e6)]);
    }

    #[test]
    fn number_words() {
        assert_atoms("three", &[("three", 3.0)]);
        assert_atoms("twenty-five people", &[("twenty-five", 25.0)]);
        assert_atoms("a dozen customers and a hundred more", &[("a dozen", 12.0), ("a hundred", 100.0)]);
        assert_atoms("one hundred and twenty five", &[("one hundred and twenty five", 125.0)]);
        assert_atoms("three thousand dollars", &[("three thousand", 3000.0)]);
        assert_atoms("five million yen", &[("five million", 5e6)]);
        assert_atoms("a million", &[("a million", 1e6)]);
        assert_atoms("two and a half hours", &[("two and a half", 2.5)]);
        assert_atoms("a three-and-a-half-year term", &[("three-and-a-half", 3.5)]);
    }

    #[test]
    fn fractions_in_words_and_signs() {
        let third = 1.0 / 3.0;
        assert_atoms("nearly one-third devoted", &[("one-third", third)]);
        assert_atoms("two-thirds of respondents", &[("two-thirds", 2.0 / 3.0)]);
        assert_atoms("a quarter of sales", &[("a quarter", 0.25)]);
        assert_atoms("a third party", &[]);
        assert_atoms("fell by a third over the year", &[("a third", 1.0 / 3.0)]);
        assert_atoms("three quarters billion", &[("three quarters billion", 0.75e9)]);
        assert_atoms("half of them", &[("half", 0.5)]);
        assert_atoms("half a million", &[("half a million", 5e5)]);
        assert_atoms("estimated that half a million came", &[("half a million", 5e5)]);
        assert_atoms(
            "a quarter of a billion, three-quarters of a million and half a dozen",
            &[("a quarter of a billion", 2.5e8), ("three-quarters of a million", 7.5e5), ("half a dozen", 6.0)],
        );
        assert_atoms("a million and a half", &[("a million and a half", 1.5e6)]);
        assert_atoms("the second half of the year", &[]);
        assert_atoms("½ teaspoon", &[("½", 0.5)]);
        assert_atoms("3/4 of", &[("3/4", 0.75)]);
        assert_atoms("10 1/2 miles", &[("10 1/2", 10.5)]);
        assert_atoms("open 24/7 since 9/11 on 3/4/2021", &[]);
    }

    #[test]
    fn multipliers() {
        assert_atoms("twice as many", &[("twice", 2.0)]);
        assert_atoms("a threefold rise and a 10-fold jump", &[("threefold", 3.0), ("10-fold", 10.0)]);
        assert_atoms("increased a thousand fold", &[("a thousand fold", 1000.0)]);
    }

    #[test]
    fn multiplying_verbs_but_not_their_idioms() {
        assert_atoms("profits doubled and the dividend was halved", &[("doubled", 2.0), ("halved", 0.5)]);
        assert_atoms("he doubled down and the kitchen doubled as an office", &[]);
        assert_atoms(
            "demand will triple by next year and it plans to double output",
            &[("triple", 3.0), ("double", 2.0)],
        );
        assert_atoms("please double-check the triple jump", &[]);
    }

    #[test]
    fn plurals_of_scale_words_are_least_amounts() {
        assert_atoms(
            "tens of thousands of people and hundreds of police",
            &[("tens of thousands", 1e4), ("hundreds", 100.0)],
        );
        assert_atoms("hundreds of millions of dollars", &[("hundreds of millions", 1e8)]);
        assert_atoms("in the tens of millions; dozens were hurt", &[("tens of millions", 1e7), ("dozens", 12.0)]);
        assert_atoms("the tens digit", &[]);
        // A batter's centuries, counted by a number word: no amount of their own.
        assert_atoms("five one-day hundreds and two fifties", &[("five", 5.0), ("one", 1.0), ("two", 2.0)]);
        assert_atoms("two hundreds of pages", &[("two", 2.0), ("hundreds", 100.0)]);
    }

    #[test]
    fn indefinite_hundreds_are_least_amounts() {
        assert_atoms(
            "several hundred fans, a few thousand more and several dozen",
            &[("several hundred", 100.0), ("a few thousand", 1e3), ("several dozen", 12.0)],
        );
        assert_atoms("a few hundred thousand", &[("a few hundred thousand", 1e5)]);
    }

    #[test]
    fn ordinals_rank_only_beside_a_superlative_a_ranking_verb_or_a_streak() {
        assert_atoms("the third-largest carmaker", &[("third-largest", 3.0)]);
        assert_atoms("its second most populous city", &[("second most populous", 2.0)]);
        assert_atoms("she finished fourth and was ranked 12th", &[("fourth", 4.0), ("12th", 12.0)]);
        assert_atoms("Stanhope and Nunes were fourth and fifth.", &[("fourth", 4.0), ("fifth", 5.0)]);
        assert_atoms("it is second and third quarters that matter", &[]);
        assert_atoms("he came in third and the team sits fifth", &[("third", 3.0), ("fifth", 5.0)]);
        assert_atoms("moving up to second, then slipped down to fifth", &[("second", 2.0), ("fifth", 5.0)]);
        assert_atoms(
            "they climbed to fourth, the third-placed side remained sixth",
            &[("fourth", 4.0), ("third-placed", 3.0), ("sixth", 6.0)],
        );
        assert_atoms("the first half of the 20th century, for the first time", &[]);
        assert_atoms("for a third straight day, the 14th time", &[("third", 3.0), ("14th", 14.0)]);
        // Events counted so far, and a streak of periods.
        assert_atoms(
            "its sixth increase, the ninth named storm, its third this year, rents fall for fourth month",
            &[("sixth", 6.0), ("ninth", 9.0), ("third", 3.0), ("fourth", 4.0)],
        );
        assert_atoms("for a fifth week, the third since March", &[("fifth", 5.0), ("third", 3.0)]);
        // An owner's occasions, and an owner's ordinal for a noun said before.
        assert_atoms(
            "the state's fourth poor harvest, his 52nd match, the company's second in 14 months",
            &[("fourth", 4.0), ("52nd", 52.0), ("second", 2.0), ("14", 14.0)],
        );
        assert_atoms("its second quarter, the 20th century", &[]);
        // An owner's ordinal before any noun, but a period's or a label's.
        assert_atoms(
            "the company's third U.S. plant, his team's fifth of this Tour, the firm's 11th-place finish",
            &[("third", 3.0), ("fifth", 5.0), ("11th-place", 11.0)],
        );
        assert_atoms("the firm's third-quarter profit on its fourth floor, in second place", &[("second", 2.0)]);
        // A place in a standing.
        assert_atoms(
            "third in the league, second in the Western Conference, 10th in the West, fourth overall",
            &[("third", 3.0), ("second", 2.0), ("10th", 10.0), ("fourth", 4.0)],
        );
        // After an adjective or a compound, in a season, and a place in a race before its time.
        assert_atoms(
            "the fourth Indian IPO, his fourth five-wicket haul, its third of the season, at the third attempt",
            &[("fourth", 4.0), ("fourth", 4.0), ("five", 5.0), ("third", 3.0), ("third", 3.0)],
        );
        assert_eq!(atoms_of("Tolosa was second in 2:04:52")[0], ("second".to_string(), 2.0));
        // Not a period named, nor a first.
        assert_atoms("for the second quarter, the fifth game of the set, its first increase", &[]);
        assert_atoms("the second Trump administration, the 21st century", &[]);
        assert_atoms("Benedetti qualified third", &[("third", 3.0)]);
        // `a` is one of a unit of time with a bound, not in a rate or a time reference.
        assert_atoms(
            "more than a year, nearly a decade, the lowest in a decade",
            &[("a", 1.0), ("a", 1.0), ("a", 1.0)],
        );
        assert_atoms("$5 a year, a year earlier, more than a month ago", &[("5", 5.0)]);
        // A superlative a few words back, or how long a thing lasted.
        assert_atoms(
            "the biggest wheat crop in a decade, its highest reading in a week. Rates were held for a year.",
            &[("a", 1.0), ("a", 1.0), ("a", 1.0)],
        );
        assert_atoms("a rise in interest in a day trip, tickets for a day pass, an outcome in a year of demand", &[]);
        assert_atoms("it finished first-half trading lower", &[]);
        // A multiplier verb after a bound, after a modal or a plural subject.
        assert_atoms(
            "the allowance will more than double to 10,500; prices nearly triple in a year",
            &[("double", 2.0), ("10,500", 10500.0), ("triple", 3.0)],
        );
        assert_atoms("Rates More Than Double as Detours Drag On", &[("Double", 2.0)]);
        assert_atoms("sales were more than double", &[]);
        assert_atoms("a third of voters", &[("a third", 1.0 / 3.0)]);
        // Places on a grid, between two places, beside a name, among those who did, in a row.
        assert_atoms(
            "came from ninth on the grid; dropped from fourth to eighth",
            &[("ninth", 9.0), ("fourth", 4.0), ("eighth", 8.0)],
        );
        assert_atoms("charged from 17th at the turn; the walk from 11th Street", &[("17th", 17.0)]);
        // A place with nothing after it, and an owner's at a clause's end.
        assert_atoms(
            "held on for second after leading, a neck back in third. The US, now second, gave him his fourth.",
            &[("second", 2.0), ("third", 3.0), ("second", 2.0), ("fourth", 4.0)],
        );
        assert_atoms("in the third quarter, now second-hand, for second helpings", &[]);
        // A bound between the ranking verb and the place; a place named before `since`.
        assert_atoms(
            "ranked as low as 78th; the 11th on the peninsula since 2021; a second wave of cases",
            &[("78th", 78.0), ("11th", 11.0), ("2021", 2021.0), ("second", 2.0)],
        );
        // An edition of an event, a meeting, an eruption counted so far.
        assert_atoms(
            "won the 165th Melbourne Cup, the 104th meeting of the sides, the 11th eruption",
            &[("165th", 165.0), ("104th", 104.0), ("11th", 11.0)],
        );
        assert_atoms("with Jonas Falk third in front of the crowd", &[("third", 3.0)]);
        assert_atoms("placing Vietnam fifth, second in the medal table", &[("fifth", 5.0), ("second", 2.0)]);
        assert_atoms(
            "the second woman to swim under it, their third dry season in a row, the seventh of his career",
            &[("second", 2.0), ("third", 3.0), ("seventh", 7.0)],
        );
        assert_atoms("making it the fourth privately built spacecraft to reach the moon", &[("fourth", 4.0)]);
        assert_atoms("he became the fifth Scot to lift the trophy", &[("fifth", 5.0)]);
        // With the noun left out, and counted within a span of years.
        assert_atoms(
            "the sixth to hit the reef since 1998 and the fifth in eight years",
            &[("sixth", 6.0), ("1998", 1998.0), ("fifth", 5.0), ("eight", 8.0)],
        );
        assert_atoms("he was the second to last to leave", &[]);
        assert_atoms(
            "his third Diamond League victory; Norway were also second in the relay",
            &[("third", 3.0), ("second", 2.0)],
        );
        assert_atoms("We expect the second half to be better. He came off in the 27th minute to a roar.", &[]);
        assert_atoms("King Henry the Eighth", &[]);
        assert_atoms("Starting ninth here", &[("ninth", 9.0)]);
        assert_atoms("leaving Skyline third on that measure", &[("third", 3.0)]);
        assert_atoms("it opened in fourth place", &[("fourth", 4.0)]);
        assert_atoms("Kingsbridge, who were second for a season", &[("second", 2.0)]);
        // A fraction after `to` or `from` with no noun after it.
        assert_atoms(
            "up from a fifth five years ago, it fell to a quarter.",
            &[("a fifth", 0.2), ("five", 5.0), ("a quarter", 0.25)],
        );
        assert_atoms("He sold it to a third party.", &[]);
        assert_atoms(
            "his second Grand Slam title, his fourth major final, the third Polish woman to win",
            &[("second", 2.0), ("fourth", 4.0), ("third", 3.0)],
        );
        // A multiplier before `a`, not after one; a fraction before a comparative.
        assert_atoms("nearly triple a normal week; he hit a double a day later", &[("triple", 3.0)]);
        assert_atoms("a third below its 2019 level", &[("a third", 1.0 / 3.0), ("2019", 2019.0)]);
        assert_atoms("a railcard gives a third off most fares", &[("a third", 1.0 / 3.0)]);
    }

    #[test]
    fn quarter_and_half_points() {
        assert_atoms("a quarter-point cut and a half-point rise", &[("a quarter", 0.25), ("a half", 0.5)]);
    }

    #[test]
    fn dollar_signs_before_country_letters_and_one_letter_prefixes() {
        assert_atoms("$A1.2 billion and $US13.4 billion", &[("$A1.2 billion", 1.2e9), ("$US13.4 billion", 13.4e9)]);
        assert_atoms("R320 billion", &[("R320 billion", 320e9)]);
        assert_atoms("the R5 road", &[]);
        assert_atoms("shares fell to R87.35", &[("R87.35", 87.35)]);
    }

    #[test]
    fn currency_prefixes_glued_to_a_scaled_figure() {
        assert_atoms(
            "a loss of R2.7bn, KSh4.5bn and RM800m, and Rs250cr",
            &[("R2.7bn", 2.7e9), ("KSh4.5bn", 4.5e9), ("RM800m", 800e6), ("Rs250cr", 2.5e9)],
        );
        assert_atoms("the N95s, the A380s and R2D2", &[]);
    }

    #[test]
    fn not_numbers() {
        assert_atoms("the 20th day of the 1990s at 6pm", &[]);
        assert_atoms("GB200 NVL72", &[]);
        // `X` after a model number is no multiplier; `10x` is one.
        let text = "10 777X jets, up 10x";
        let toks = tokens(text);
        let forms: Vec<Form> = atoms(&View::of(text, &toks)).iter().map(|a| a.form).collect();
        assert_eq!(forms, [Form::Digits, Form::Digits, Form::Multiplier]);
    }

    #[test]
    fn glued_suffixes_are_kept() {
        let text = "75ml";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let a = atoms(&v)[0];
        assert_eq!((a.value, a.suffix.map(|s| &text[s.start..s.end])), (75.0, Some("ml")));
        let text = "£600m";
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let a = atoms(&v)[0];
        assert_eq!((a.value, a.money_scale), (600.0, Some(1e6)));
    }
}
