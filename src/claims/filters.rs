//! Not claims: the numbers a story writes that assert no quantity.
//!
//! Dates (`Nov. 14`, `14 November`, `before 5/12`, `2024-05-12`), years (`in 2028`, `the
//! 2020 election`), clock times (`6 p.m.`, `10:30`, `9.30 am`), phone numbers and other digit
//! sequences (`+44 20 7946 0958`, `(212) 555-0100`), street numbers (`10 Downing Street`),
//! list and citation numbers (`1.`, `(2)`, `[3]`), numbers inside names (`CloudMatrix 384`,
//! `Section 230`, `COVID-19`, `Boeing 737`) and inside web addresses, and a lone `one` (`one
//! of the`, `one generation behind`, `no one`). Bylines are skipped by the caller; ages
//! elsewhere are claims (the unit step reads them). Scores and tallies (`2-1`, `passed 219
//! to 213`) are dropped by the unit step, an innings total here (`all out for 180`). A
//! figure with a stated currency, percent sign or unit is kept through most of these
//! rules: `$737` is money even after a name.

use super::numbers::Form;
use super::tables::{class, NumberWord, TABLES};
use super::units::{Quantity, What, UNNAMED};
use super::view::View;
use crate::document::ParagraphKind;
use crate::span::Span;

/// Why a quantity is not a claim, or `None` when it is one.
pub(crate) fn reject(v: &View, q: &Quantity, urls: &[Span]) -> Option<&'static str> {
    if q.dropped {
        return Some("score or name");
    }
    let a = &q.atom;
    let span = v.span_of(q.first, q.last);
    if urls.iter().any(|u| u.overlaps(span)) {
        return Some("web address");
    }
    let n = a.first;
    // `high-five`, the Jackson-five.
    if a.form == Form::Words && n >= 2 && v.joined(n) && v.dash(n - 1) && v.joined(n - 1) && v.word(n - 2) {
        return Some("name with a number");
    }
    // `the zero-emission mandate`, `zero-hours contracts`: an adjective, no count; nor a
    // registration plate's age (`the 26-plate registrations`).
    let zero_compound = a.value == 0.0 && a.form == Form::Words && v.dash(a.last) && v.joined(a.last);
    if zero_compound || q.rule == "count-hyphen" && v.is(a.last + 1, "plate") {
        return Some("adjective");
    }
    // `COVID-19`, `F-35`, `mid-2024`, `#1`.
    if a.form == Form::Digits && n >= 1 && v.joined(n) {
        let prev = v.b(n - 1);
        if prev == b"#" || prev == b"@" {
            return Some("tag");
        }
        if n >= 2
            && v.dash(n - 1)
            && v.joined(n - 1)
            && (v.word(n - 2) || v.b(n - 2).ends_with(b"'"))
            && q.rule != "unit-before"
        {
            return Some("name with a number");
        }
        // The last part of `2024-05-12` or `555-0100-22`.
        if n >= 2 && v.dash(n - 1) && v.joined(n - 1) && v.number(n - 2) && !q.what.stated() && !paired_by_rule(q) {
            return Some("code or date");
        }
    }
    // `401(k)`, `501(c)(3)`: a section of a code of law, and the plans or bodies named after it.
    let last = a.last;
    if v.is(last, "(") && v.joined(last) && v.word(last + 1) && v.b(last + 1).len() == 1 && v.is(last + 2, ")") {
        return Some("name with a number");
    }
    // `'08` (`'`, `‘` or `’`): a year.
    if a.int.is_some_and(|(_, d)| d == 2)
        && n >= 1
        && v.joined(n)
        && matches!(v.b(n - 1), b"'" | [0xE2, 0x80, 0x98 | 0x99])
    {
        return Some("year");
    }
    // `By Jane Doe, 34`: a byline the segmenter did not mark as one.
    if q.rule == "age" && v.len() > 1 && v.b(0) == b"By" && v.capitalized(1) {
        return Some("age in a byline");
    }
    if a.leading_zero && !q.what.stated() {
        return Some("code");
    }
    if q.rule != "elapsed-time" && time(v, q) {
        return Some("time");
    }
    if exchange_rate_note(v, q) {
        return Some("exchange-rate note");
    }
    // `England were all out for 180`, `bowled out for 92`: a cricket score.
    if q.what == What::Bare && n >= 2 && v.is(n - 1, "for") && v.is(n - 2, "out") {
        return Some("score");
    }
    // `no one knew`: a pronoun.
    if a.form == Form::Words && q.value == 1.0 && n > 0 && v.is(n - 1, "no") {
        return Some("no one");
    }
    // `one or two points`, `one to three days`: one end of a pair, no idiom.
    let paired = a.form == Form::Words && q.value == 1.0 && paired_with_next(v, a.last);
    // `one day he left`, `in one second` (not `about a day`, measured by its bound).
    let measured = v.is_any(n, &["a", "an"]);
    if a.form == Form::Words
        && q.value == 1.0
        && matches!(q.what, What::Duration("day" | "s" | "min"))
        && !paired
        && !measured
    {
        return Some("idiom");
    }
    let loose = !matches!(q.what, What::Money(_) | What::Percent | What::Points(_) | What::Measure(_));
    if loose && (date(v, q) || slash_date(v, q)) {
        return Some("date");
    }
    if loose && era(v, q) {
        return Some("year");
    }
    // `below 2005 levels`, `in 2019 prices`: the year a level is of.
    let of_year = matches!(q.what, What::Count { head, .. }
        if TABLES.is(&v.text.as_bytes()[head.start..head.end], class::BASELINE));
    if of_year && a.int.is_some_and(|(value, digits)| digits == 4 && (1500..=2100).contains(&value)) {
        return Some("year");
    }
    // `net zero emissions`, `net-zero`: a target, no figure.
    if a.form == Form::Words
        && q.value == 0.0
        && n > 0
        && (v.is(n - 1, "net") || n > 1 && v.dash(n - 1) && v.is(n - 2, "net"))
    {
        return Some("net zero");
    }
    // `scored 71 out of 100`, `two stars out of four`: the scale of the figure before (a
    // rating's, when a noun stands between: `14 votes out of 7,861 cast` and `won 7 times out
    // of 10` give totals).
    let figure = |k: usize| v.number(k) || v.word(k) && TABLES.number(v.b(k)).is_some();
    let rated = n >= 4 && v.word(n - 3) && !v.is(n - 3, "times") && figure(n - 4) && q.value <= 10.0;
    let before = n >= 3 && v.number(n - 3) || rated;
    if n >= 3 && q.what == What::Bare && v.is(n - 1, "of") && v.is(n - 2, "out") && before {
        return Some("base of a score");
    }
    // `dial *165#`: a phone service's short code.
    if n > 0 && v.is(n - 1, "*") && v.is(q.last, "#") && v.joined(n) && v.joined(q.last) {
        return Some("code");
    }
    // `9.8 per 100,000`, `18.7 cases per 100,000 people`, `11,000 colony-forming units of
    // E. coli per 100ml`: the base of a rate, whose figure came before `per`.
    if n >= 2 && v.is(n - 1, "per") && (n.saturating_sub(10)..n - 1).any(|k| v.number(k)) {
        return Some("base of a rate");
    }
    if let What::Measure(unit) = q.what {
        // `latitude 16 degrees south`, `40 degrees north`: a place on the globe.
        let compass = v.is_any(q.last, &["north", "south", "east", "west", "N", "S", "E", "W"]);
        let latitude = q.first > 0 && v.is_any(q.first - 1, &["latitude", "longitude", "parallel"]);
        if unit.starts_with('°') && (compass || latitude) {
            return Some("coordinate");
        }
        // `after the 35km mark`: a point on a course, no distance covered.
        if matches!(unit, "km" | "m" | "mi" | "mile") && v.is(q.last, "mark") {
            return Some("label");
        }
        // `the 3.5 GHz band`, `700 MHz spectrum`: a frequency that names a band; so does each
        // of a list of them (`the 900 MHz, 1800 MHz and 2100 MHz bands`).
        if unit.ends_with("Hz") {
            let mut k = q.last;
            while k < q.last + 12 && (v.number(k) || v.is_any(k, &[",", "and", "or", "kHz", "MHz", "GHz", "Hz"])) {
                k += 1;
            }
            if v.is_any(k, &["band", "bands", "spectrum", "block", "blocks", "frequency", "frequencies"]) {
                return Some("label");
            }
        }
        // `the 200m freestyle`, `the 400m hurdles`, `won the 100 metres in 9.79 seconds`: the
        // name of a race, no distance claimed.
        if matches!(unit, "m" | "km" | "mi" | "mile") && q.first > 0 && race_event(v, q) {
            return Some("event name");
        }
    }
    // `won the women's 400m in 49.02sec`, read as 400 million beside prize money: a race's
    // name all the same.
    let metres = |t: &[u8]| t.len() >= 3 && t.ends_with(b"m") && t[..t.len() - 1].iter().all(u8::is_ascii_digit);
    if !matches!(q.what, What::Measure(_))
        && q.last == q.first + 1
        && metres(v.b(q.first))
        && q.first > 0
        && race_event(v, q)
    {
        return Some("event name");
    }
    // `accurate to within 3 points, 19 times out of 20`: a poll's confidence.
    let poll = |k: usize| {
        v.is(k, "19") && v.is(k + 1, "times") && v.is(k + 2, "out") && v.is(k + 3, "of") && v.is(k + 4, "20")
    };
    if poll(q.first) || q.first >= 4 && poll(q.first - 4) {
        return Some("confidence level");
    }
    // `the winning numbers were 4, 11, 19, 23, 36, 41 and 48`: numbers that name balls or
    // seats count nothing.
    if q.what == What::Bare && a.form == Form::Digits && listed_number(v, n) {
        return Some("list of numbers");
    }
    // `the 905 area code`: a code.
    if q.what == What::Bare && v.is(q.last, "area") && v.is(q.last + 1, "code") {
        return Some("label");
    }
    if let What::Duration(_) = q.what {
        // `down from 5.2% five years earlier`, `the rate two years earlier`, `a rise from two
        // years earlier`: when the figure compared was; not how much earlier something
        // happened (`started 11 days earlier`).
        let then = q.first > 0
            && (v.b(q.first - 1).iter().any(u8::is_ascii_digit)
                || v.is_any(q.first - 1, &["%", "rate", "level", "levels", "figure", "total", "average", "from"]));
        if v.is(q.last, "earlier") && then {
            return Some("time reference");
        }
        // `two days before the report`, `sold out three weeks before the race`: how far
        // from an event, not how long something lasted (`undetected for 11 days before`).
        // Nor a level it moved from (`7.1 years, up from 5.6 years before COVID-19`).
        let moved_from = q.first > 1 && v.is(q.first - 1, "from") && v.is_any(q.first - 2, &["up", "down"]);
        let lasted = q.first > 0 && v.is_any(q.first - 1, &["for", "within", "over", "after", "of"])
            || held(v, q.first)
            || moved_from;
        if v.is(q.last, "before") && !lasted && q.atom.form != Form::Ordinal {
            return Some("time reference");
        }
        if tenor(v, q) {
            return Some("tenor");
        }
    }
    // `0.68 (95% confidence interval, 0.55 to 0.84)`, `(95% CI, …)`: a statistic's
    // confidence level, no figure of the story.
    if q.what == What::Percent && v.is_any(q.last, &["confidence", "CI"]) {
        return Some("confidence level");
    }
    // `the No. 9 shirt`, `who wears No. 40`, `bib No. 81`: a squad or a race number.
    let worn = q.first > 0 && v.is_any(q.first - 1, &["wears", "wore", "wearing", "bib", "jersey", "shirt"]);
    // So is the number of a car (`the No. 27 car`).
    let vehicle =
        v.is_any(q.first, &["No", "No."]) && v.is_any(q.last, &["car", "bike", "boat"]) && !v.dash(q.last + 1);
    if q.what == What::Rank && (v.is_any(q.last, &["shirt", "jersey"]) || worn || vehicle) {
        return Some("label");
    }
    // `Plot No. 17`, `communique No. 297`, `Resolution No. 12`: a document's or a place's
    // number (not `world No. 2`, `Britain's No. 1`, `ranked No. 3`).
    let numbered = q.first > 0 && v.is_any(q.first, &["No", "no", "No.", "Nos"]) && v.word(q.first - 1) && {
        let before = q.first - 1;
        // (`booth No. 112`, `platform No. 4`: a label noun.)
        let document = TABLES.is(v.b(before), class::DOCUMENT) || TABLES.is(v.b(before), class::LABEL);
        let name = v.capitalized(before)
            && !v.is_any(before, &["World", "The", "A", "Ranked", "Seeded"])
            && !v.b(before).ends_with(b"s");
        document || name
    };
    if q.what == What::Rank && numbered {
        return Some("label");
    }
    // `Ward 7B`, `Gate 3B`: digits and a capital letter after a capitalised word name a
    // place, with no sum of money in them when no currency is stated.
    let letter_code = a.form == Form::Digits
        && a.money_scale.is_some()
        && a.currency.is_none()
        && a.first + 1 == a.last
        && v.b(a.first).last().is_some_and(u8::is_ascii_uppercase);
    if q.what == What::Money(UNNAMED) && letter_code && n > 1 && v.word(n - 1) && v.capitalized(n - 1) {
        return Some("name with a number");
    }
    // `Five Nations standings`, `Four Seasons hotels`: a number word opening a sentence before
    // a capitalised plural and then a noun in lower case opens a name; not before a people
    // (`Five Britons died`) or a name in the singular (`Two Boeing jets`).
    let opens_sentence_name = n == 0
        && a.form == Form::Words
        && a.last + 1 < v.len()
        && v.word(a.last)
        && v.capitalized(a.last)
        && !TABLES.is(v.b(a.last), class::MONTH | class::WEEKDAY)
        && v.b(a.last).ends_with(b"s")
        && !people_word(v.s(a.last))
        && v.word(a.last + 1)
        && v.b(a.last + 1).first().is_some_and(u8::is_ascii_lowercase);
    if matches!(q.what, What::Count { .. }) && opens_sentence_name {
        return Some("name with a number");
    }
    // `Section 45X`: a capital X glued to a label's number is part of the label, no
    // multiplier.
    let capital_x = a.form == Form::Multiplier && a.last > a.first && v.b(a.last - 1).ends_with(b"X");
    if capital_x && named(v, q.first, true, false).is_some() {
        return Some("label");
    }
    if q.what.stated() {
        return None;
    }
    // Everything below concerns figures without a stated unit.
    // `Formula One`, `the Big Four banks`, `Group of Seven`, `Ocean's Eleven`: a number word
    // in capitals that carries on a name (headings aside, where every word has capitals).
    // So is one inside a sentence before a capitalised word (`in Five Points and Cole`).
    let opens_name =
        n > 0 && v.word(n - 1) && a.last < v.len() && v.capitalized(a.last) && !TABLES.is(v.b(a.last), class::MONTH);
    let carries_name =
        n > 0 && (v.capitalized(n - 1) || n > 1 && v.is(n - 1, "of") && v.capitalized(n - 2)) || opens_name;
    // A heading in title case capitalises every word; one in sentence case (`… for Formula
    // One cost-cap breach`) does not.
    let title_case =
        v.paragraph == ParagraphKind::Heading && !(a.last < v.len() && v.word(a.last) && !v.capitalized(a.last));
    if a.form == Form::Words && v.capitalized(n) && carries_name && !title_case {
        return Some("name with a number");
    }
    if let Some((value, digits)) = a.int {
        if digits == 4 && (1500..=2100).contains(&value) && !qualified_count(v, q) {
            return Some("year");
        }
    }
    // `one` counts only with a noun (`one person`), not in `one of`, `one generation`'s
    // idioms (`one day`, `at one point`) or on its own.
    if a.form == Form::Words && q.value == 1.0 {
        let idiom = match q.what {
            What::Count { head, .. } => TABLES.is(&v.text.as_bytes()[head.start..head.end], class::IDIOM),
            _ => true,
        };
        if idiom && !paired {
            return Some("lone one");
        }
    }
    // `You either 1) cut costs or 2) raise prices`: a list marker inside a sentence.
    let marker = q.what == What::Bare
        && matches!(a.int, Some((1..=20, _)))
        && q.last < v.len()
        && v.is(q.last, ")")
        && v.joined(q.last)
        && (q.first == 0 || !v.is(q.first - 1, "("));
    if marker {
        return Some("list marker");
    }
    // `day five`, `season two`: a number in words after a label noun numbers a thing.
    if a.form == Form::Words && q.what == What::Bare && named(v, q.first, true, false) == Some("label") {
        return Some("label");
    }
    // A name's number is a plain one: grouped or scaled digits after a capital are a sum
    // or a count (`Hire 1,414 more officers`, `Employ 2 million people`), as are those
    // after a possessive that count a noun in lower case, when too small for a model
    // number or joined to their noun (`Germany's 16 states`, `the Dow's 500-point drop`;
    // not `Boeing's 737 jets`).
    // `Decree Law 3,500`, `Law 13,986`: a law's number may be grouped.
    let law = q.first > 0 && v.is_any(q.first - 1, &["Law", "Decree", "Ordinance", "Resolution"]);
    if law && q.what == What::Bare {
        return Some("name with a number");
    }
    let sized = a.scaled || (a.first..a.last).any(|k| v.number(k) && v.b(k).contains(&b','));
    let possessive = q.first > 0 && (v.b(q.first - 1).ends_with(b"'s") || v.b(q.first - 1).ends_with("’s".as_bytes()));
    let lower_noun = matches!(q.what, What::Count { noun, .. } if v.text[noun.start..].starts_with(char::is_lowercase));
    let counted_after_possessive = possessive && lower_noun && (q.value < 100.0 || q.rule == "count-hyphen");
    // `reached the top of Everest 612 times`: no model is counted in times.
    let times =
        matches!(q.what, What::Count { head, noun } if noun == head && &v.text[head.start..head.end] == "times");
    // (`makes Spain 11-4 favourites`: odds after a side's name are its price.)
    if a.form == Form::Digits
        && q.what != What::Rank
        && !sized
        && !counted_after_possessive
        && !times
        && !paired_by_rule(q)
    {
        let counted =
            matches!(q.what, What::Count { head, .. } if v.text.as_bytes()[head.start..head.end].ends_with(b"s"));
        if let Some(why) = named(v, q.first, a.int.is_some(), counted) {
            return Some(why);
        }
    }
    // `The 737 MAX 8 was grounded`: a bare number before a model's letters in capitals.
    let model = q.what == What::Bare
        && a.int.is_some()
        && a.last < v.len()
        && v.word(a.last)
        && v.b(a.last).len() >= 2
        && v.b(a.last).iter().all(u8::is_ascii_uppercase);
    // `the 737 Max remains capped`, `the 787 Dreamliner`: after `the`, a number of three
    // digits or more, with no grouping, before a capitalised word that counts no people
    // (`the 3,000 Americans`, `the 500 Germans` are counts).
    let first_digits = v.b(a.first);
    let named_model = a.int.is_some()
        && a.first > 0
        && v.is(a.first - 1, "the")
        && first_digits.len() >= 3
        && first_digits.iter().all(u8::is_ascii_digit)
        && a.last < v.len()
        && v.word(a.last)
        && v.b(a.last).first().is_some_and(u8::is_ascii_uppercase)
        && !v.b(a.last).ends_with(b"s");
    if model || named_model {
        return Some("name with a number");
    }
    if !paired_by_rule(q) && sequence(v, q) {
        return Some("digit sequence");
    }
    // `(NSE: KAVERI; BSE: 532418)`: a listing's code after its exchange's.
    let exchange = n >= 2
        && v.is(n - 1, ":")
        && v.word(n - 2)
        && (2..=6).contains(&v.b(n - 2).len())
        && v.b(n - 2).iter().all(u8::is_ascii_uppercase);
    if q.what == What::Bare && a.int.is_some() && exchange {
        return Some("stock code");
    }
    // `called 911`, `a 999 call`, `the 911 dispatcher`: a service number.
    let dialled = q.what == What::Bare && n > 0 && v.word(n - 1) && TABLES.is(v.b(n - 1), class::DIAL);
    let service = matches!(q.what, What::Count { head, .. } if TABLES.is(&v.text.as_bytes()[head.start..head.end], class::DIAL))
        || q.what == What::Bare && v.word(a.last) && TABLES.is(v.b(a.last), class::DIAL);
    if a.int.is_some() && (dialled || service) {
        return Some("phone number");
    }
    // `10 Downing Street`; `based at 14 Havnegata`.
    let at_name = q.what == What::Bare
        && v.capitalized(a.last)
        && !TABLES.is(v.b(a.last), class::MONTH)
        && q.first > 0
        && v.is_any(q.first - 1, &["at", "on"]);
    // `the 1400 block of Wyoming Street`: an American address.
    let block = v.is(a.last, "block") && v.is(a.last + 1, "of") && v.capitalized(a.last + 2);
    if street(v, a.last) || at_name || block {
        return Some("address");
    }
    if list_number(v, q) {
        return Some("list number");
    }
    None
}

/// Whether `or` or `to` and another number stand at token `i` (`one or two`, `one to 3`).
fn paired_with_next(v: &View, i: usize) -> bool {
    let number = |k: usize| {
        v.number(k)
            || v.word(k)
                && matches!(
                    TABLES.number(v.b(k)),
                    Some(NumberWord::Unit(_) | NumberWord::Teen(_) | NumberWord::Tens(_))
                )
    };
    v.is_any(i, &["or", "to"]) && number(i + 1)
}

/// The exchange rate a wire story notes at its end, in brackets: `($1 = 0.9235 euros)`,
/// `(£1 = $1.27)`. It converts the story's figures; it claims nothing.
fn exchange_rate_note(v: &View, q: &Quantity) -> bool {
    let open = (q.first.saturating_sub(4)..q.first).rev().find(|&i| v.is(i, "(") || v.is(i, ")"));
    let close = (q.last..v.len().min(q.last + 6)).find(|&i| v.is(i, ")") || v.is(i, "("));
    let (Some(open), Some(close)) = (open, close) else { return false };
    // Money on one side (`$1`, or this figure), an equals sign between.
    let money = matches!(q.what, What::Money(_)) || v.s(open + 1).starts_with(['$', '£', '€', '¥']);
    v.is(open, "(") && v.is(close, ")") && money && (open + 1..close).any(|i| v.is(i, "="))
}

/// A clock time: `6 p.m.`, `14:00`, `3:49:01`, `10 GMT`.
fn time(v: &View, q: &Quantity) -> bool {
    let (first, last) = (q.atom.first, q.atom.last);
    // `10:30`, `6:00am`.
    let colon_after = v.is(last, ":") && v.joined(last) && v.digit_first(last + 1) && v.joined(last + 1);
    let colon_before =
        first >= 2 && v.is(first - 1, ":") && v.joined(first) && v.joined(first - 1) && v.number(first - 2);
    let hour = q.atom.value.fract() == 0.0 && (1.0..=24.0).contains(&q.atom.value);
    // `9.30 am`: hours and minutes with a dot.
    let dotted = || {
        last == first + 1
            && v.s(first).split_once('.').is_some_and(|(h, m)| {
                h.len() <= 2
                    && m.len() == 2
                    && h.parse::<u8>().is_ok_and(|h| h <= 24)
                    && m.parse::<u8>().is_ok_and(|m| m < 60)
            })
    };
    // `1230 GMT`: hours and minutes in four digits, as wire stories write them.
    let four_digits =
        |k: usize| v.b(k).len() == 4 && v.s(k).parse::<u16>().is_ok_and(|t| t / 100 <= 24 && t % 100 < 60);
    let military = || last == first + 1 && four_digits(first);
    // (`1400 local time`; `between 1100 and 1400 GMT`: a range of times ends in the marker.)
    let time_word =
        |k: usize| k < v.len() && (TABLES.is(v.b(k), class::TIME) || v.is(k, "local") && v.is(k + 1, "time"));
    let range_end = q.last > last + 1 && military() && four_digits(q.last - 1);
    let marker = (time_word(last) && (hour || dotted() || military())) || range_end && time_word(q.last);
    // `at three in the morning`.
    let part_of_day = hour
        && v.is(last, "in")
        && v.is(last + 1, "the")
        && v.is_any(last + 2, &["morning", "afternoon", "evening", "night"]);
    colon_after || colon_before || marker || part_of_day
}

/// A day or a year beside a month name: `Nov. 14`, `14 November`, `March 2021`.
fn date(v: &View, q: &Quantity) -> bool {
    let Some((value, _)) = q.atom.int else { return false };
    if value == 0 || value > 2100 || (value > 31 && value < 1000) {
        return false;
    }
    let month = |i: usize| v.capitalized(i) && TABLES.is(v.b(i), class::MONTH | class::WEEKDAY);
    let first = q.atom.first;
    // `April 8 and 9`, `Nov. 3-5`: the second day of a pair after a month.
    let paired = first >= 3
        && (v.is_any(first - 1, &["and", "or", "to"]) || v.dash(first - 1))
        && v.number(first - 2)
        && v.s(first - 2).parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        && month(first - 3);
    let before = first >= 1 && month(first - 1) || first >= 2 && v.is(first - 1, ".") && month(first - 2) || paired;
    let after = month(q.atom.last) || v.is_any(q.atom.last, &["of"]) && month(q.atom.last + 1);
    before || after
}

/// A year of an era, in capitals after or before it: `753 B.C.`, `AD 79`, `300 CE`.
fn era(v: &View, q: &Quantity) -> bool {
    let era_at = |i: usize| {
        v.word(i) && v.b(i).iter().all(|&b| b.is_ascii_uppercase() || b == b'.') && TABLES.is(v.b(i), class::ERA)
    };
    era_at(q.atom.last) || q.atom.first > 0 && era_at(q.atom.first - 1)
}

/// A date written as a fraction: `before 5/12`, `on 3/4`. A fraction with a noun or unit
/// after it (`3/4 of`, `1/2 cup`, `a 2/3 majority`) or a usual denominator (`1/2`, `3/4`)
/// stays a fraction.
fn slash_date(v: &View, q: &Quantity) -> bool {
    let a = &q.atom;
    if a.form != Form::Fraction || a.last != a.first + 3 || !v.is(a.first + 1, "/") || q.what != What::Bare {
        return false;
    }
    if v.is(a.last, "of") {
        return false;
    }
    let usual = v.is_any(a.first + 2, &["2", "3", "4", "8"]);
    let on = a.first > 0
        && (v.is_any(
            a.first - 1,
            &["on", "by", "before", "after", "until", "till", "since", "from", "through", "dated"],
        ) || TABLES.is(v.b(a.first - 1), class::WEEKDAY));
    on || !usual && v.s(a.first + 2).parse::<u8>().is_ok_and(|d| d <= 12)
}

/// `the 10-year yield`, `a 52-week high`, `three-year and seven-year bonds`: a duration
/// written as an adjective (its number and unit joined by a hyphen) before a noun of the
/// `tenor` class, or before `and` or a comma and another such duration, names a thing; so
/// does one after `the` with its noun left out, in a sentence of such nouns (`the 10-year
/// to drift`).
fn tenor(v: &View, q: &Quantity) -> bool {
    let hyphened = |first: usize, last: usize| (first..last).any(|k| v.dash(k) && v.joined(k) && v.joined(k + 1));
    if !hyphened(q.first, q.last) {
        return false;
    }
    let mut at = q.last;
    // `three-year and seven-year bonds`, `91-day, 182-day and 364-day bills`: past the
    // other durations.
    while v.is_any(at, &["and", ","]) && at + 3 < v.len() && (v.number(at + 1) || v.word(at + 1)) && v.dash(at + 2) {
        at += 4;
    }
    let tenor_at = |k: usize| v.bytes(k).is_some_and(|w| TABLES.is(w, class::TENOR));
    // `the 10-year to drift towards 6.85%`: a tenor named alone, in a sentence of them.
    let alone = q.first > 0
        && v.is(q.first - 1, "the")
        && (at >= v.len() || !v.word(at) || TABLES.is(v.b(at), class::FUNCTION))
        && (0..v.len()).any(|k| v.word(k) && tenor_at(k) && !v.is_any(k, &["high", "highs", "low", "lows"]));
    if alone {
        return true;
    }
    // `the 10-year G-sec yield`: an instrument's hyphened short name between.
    if v.word(at) && v.dash(at + 1) && v.joined(at + 1) && v.word(at + 2) && tenor_at(at + 3) {
        return true;
    }
    // `a 10-year BTP`: an instrument's acronym.
    if tenor_at(at) && v.word(at) && v.b(at).iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    // `the 10-year Japanese government bond`: a nationality and `government` before it.
    let mut k = 0;
    while k < 2 && v.word(at) && v.capitalized(at) {
        at += 1;
        k += 1;
    }
    if k > 0 && v.is(at, "government") {
        at += 1;
    }
    // `a 52-week high` is the market's standard window; `a 45-year high` says how long.
    let extreme = v.is_any(at, &["high", "highs", "low", "lows"]);
    let window = q.value == 52.0 && matches!(q.what, What::Duration("week"));
    // `the three-month compounded SORA`: one word of the instrument's between.
    // `five-year credit default swaps`: two.
    let lower =
        |k: usize| v.word(k) && v.b(k).iter().all(u8::is_ascii_lowercase) && !TABLES.is(v.b(k), class::FUNCTION);
    let named = tenor_at(at)
        || v.word(at) && !extreme && tenor_at(at + 1) && !v.is_any(at + 1, &["high", "low"])
        || lower(at) && lower(at + 1) && v.is_any(at + 2, &["swap", "swaps"]);
    named && (!extreme || window)
}

/// Whether a distance names a race: before a stroke or a kind of race, not after `a`
/// (`the 200m freestyle`, `400m hurdles`, `the 4x100m relay`), or after `the` and before
/// `in` and the winning time (`won the 100 metres in 9.79 seconds`, `the 200m in 19.78sec`),
/// or after whom it is for (`the women's 400m`).
fn race_event(v: &View, q: &Quantity) -> bool {
    const RACES: [&str; 15] = [
        "freestyle",
        "backstroke",
        "breaststroke",
        "butterfly",
        "medley",
        "hurdles",
        "hurdle",
        "relays",
        "steeplechase",
        "relay",
        "dash",
        "final",
        "finals",
        "heats",
        "semifinal",
    ];
    // Not a distance covered (`completed a 1,480 km relay`).
    let covered = v.is_any(q.first - 1, &["a", "an"]);
    let named = !covered
        && (v.is_any(q.last, &RACES)
            || v.word(q.last)
                && v.is_any(q.last + 1, &["freestyle", "backstroke", "breaststroke", "butterfly", "medley"]));
    // (Not a distance covered in that time: `covered the 3,200 metres in 3:19.84`.)
    let covering = q.first > 1
        && v.is_any(
            q.first - 2,
            &["covered", "covers", "ran", "runs", "swam", "completed", "completes", "rode", "walked"],
        );
    let won = v.is(q.first - 1, "the") && v.is(q.last, "in") && v.digit_first(q.last + 1) && !covering;
    // `won the women's 400m`, `the men’s 1500 metres`: a race named by whom it is for.
    let whose = v.is_any(q.first - 1, &["men's", "women's", "men’s", "women’s", "boys'", "girls'", "boys’", "girls’"]);
    named || won || whose
}

/// Whether the number at token `n` is one of four or more plain numbers in a list parted by
/// commas (its last maybe after `and`) that a few words before call numbers.
fn listed_number(v: &View, n: usize) -> bool {
    let parted = |k: usize| v.is(k, ",") || v.is(k, "and") || v.is(k, ",") && v.is(k + 1, "and");
    let mut first = n;
    while first >= 2 && v.number(first - 2) && parted(first - 1) {
        first -= 2;
    }
    let mut last = n;
    while v.number(last + 2) && parted(last + 1) {
        last += 2;
    }
    let named = (first.saturating_sub(4)..first).any(|k| v.is_any(k, &["numbers", "number"]));
    named && (last - first) / 2 + 1 >= 4
}

/// `about 2000 people`: a qualified count in four digits is no year.
fn qualified_count(v: &View, q: &Quantity) -> bool {
    let counted = matches!(q.what, What::Count { .. });
    counted && TABLES.qualifiers.ending_at(v, q.first, |_| true).is_some()
}

/// Whether `word` names a people (`Britons`, `Americans`), as the entity lexicons know them.
pub(super) fn people_word(word: &str) -> bool {
    use crate::entities::lexicons::LEXICONS;
    LEXICONS.by_name.get(word).is_some_and(|&k| LEXICONS.known[k].kind == crate::entities::EntityType::Norp)
}

/// A number that is part of a name: after a capitalised word (`CloudMatrix 384`, `Boeing
/// 737`, `Section 230`) or, when it is a plain whole number (`plain`), a label noun (`page
/// 5`, `exit 436`, `version 2`). A label word used as a verb numbers nothing (`build 1.5
/// million homes`, `will issue 200 bonds`, `to build 500 homes` when the figure is `counted`).
fn named(v: &View, first: usize, plain: bool, counted: bool) -> Option<&'static str> {
    if first == 0 {
        return None;
    }
    let mut p = first - 1;
    // `p. 5`, `Vol. 3`.
    if v.is(p, ".") && p > 0 && v.word(p - 1) {
        p -= 1;
    }
    if !v.word(p) {
        return None;
    }
    // `platforms 4 and 5`: the second number of a pair after a label.
    if plain && p > 0 && v.is_any(p, &["and", "or"]) && v.number(p - 1) {
        return named(v, p - 1, plain, counted).filter(|&why| why == "label");
    }
    let w = v.s(p);
    let classes = TABLES.classes(v.b(p));
    // A label in the plural numbers two things or more (`platforms 4 and 5`, `pages 12 or
    // 13`); `seats 480 passengers` is a verb.
    let pair = first + 2 < v.len() && v.is_any(first + 1, &["and", "or"]) && v.number(first + 2);
    let plural_label =
        || pair && w.strip_suffix('s').is_some_and(|one| TABLES.classes(one.as_bytes()) & class::LABEL != 0);
    // `world number 2` is a place in a ranking, not a label.
    let ranking = w == "number" && p > 0 && v.is(p - 1, "world");
    if (classes & class::LABEL != 0 || plural_label()) && !ranking {
        let modal = p > 0 && v.is_any(p - 1, &["will", "would", "can", "could", "should", "must", "may", "might"]);
        let verb = modal || counted && p > 0 && v.is(p - 1, "to");
        // `version 4.2`, `iOS 17.1`, `Article 8.2`, `Section 1349.19`: a version's or a
        // part's number may have decimals.
        let version = v.is_any(p, &["version", "v"])
            || w.len() > 4
                && ["article", "section", "clause", "rule", "chapter", "paragraph"]
                    .iter()
                    .any(|l| w.eq_ignore_ascii_case(l));
        return ((plain || version) && !verb).then_some("label");
    }
    // `On Tuesday 87 ships`: a day's name numbers nothing.
    if classes & (class::FUNCTION | class::MONTH | class::WEEKDAY) != 0 {
        return None;
    }
    // A list item may open with a verb: `Hire 200 more police officers`.
    let item_start = v.paragraph == ParagraphKind::ListItem && (0..p).all(|k| !v.word(k) && !v.number(k));
    if item_start && w.chars().skip(1).all(char::is_lowercase) {
        return None;
    }
    let has_upper = w.chars().any(char::is_uppercase);
    let has_digit = w.bytes().any(|b| b.is_ascii_digit());
    (has_upper || has_digit).then_some("name with a number")
}

/// Whether a figure was read with the figures hyphened to it, which makes it no code, no
/// date and no sequence of digits: a bookmaker's odds (`40-1`) or a golfer's rounds
/// (`66-70-67-65`).
fn paired_by_rule(q: &Quantity) -> bool {
    matches!(q.rule, "odds" | "golf-round")
}

/// Digits next to other digits with nothing but spaces, brackets or dots between: phone
/// numbers, identifiers (`+44 20 7946 0958`, `(212) 555-0100`).
fn sequence(v: &View, q: &Quantity) -> bool {
    if q.value_max.is_some() {
        return false;
    }
    let (first, last) = (q.first, q.atom.last);
    let near = |i: usize| v.number(i) || v.digit_first(i);
    // `44 737 MAX jets`: the number after is part of the counted noun.
    let in_noun = matches!(q.what, What::Count { noun, .. } if last < v.len() && noun.start == v.start(last));
    // `twelve 17,000-TEU container ships`: a figure in words, then a compound of a figure and
    // a unit that describes what is counted.
    let compound_after = q.atom.form == Form::Words
        && v.number(last)
        && v.dash(last + 1)
        && v.joined(last + 1)
        && v.joined(last + 2)
        && v.word(last + 2);
    let next = !in_noun
        && !compound_after
        && (near(last)
            || v.is(last, ")") && v.joined(last) && !v.joined(last + 1) && near(last + 1)
            || v.is_any(last, &[".", "-"]) && v.joined(last) && v.joined(last + 1) && near(last + 1)
            || v.word(last) && v.dash(last + 1) && v.joined(last + 1) && v.joined(last + 2) && near(last + 2));
    // `a 50-to-six decision`: a vote.
    let to_next = v.dash(last) && v.joined(last) && v.is(last + 1, "to") && v.dash(last + 2);
    let to_prev = first >= 3 && v.dash(first - 1) && v.joined(first) && v.is(first - 2, "to") && v.dash(first - 3);
    if to_next || to_prev {
        return true;
    }
    let prev = first >= 1 && near(first - 1) && !v.joined(first)
        || first >= 2 && v.is(first - 1, ")") && near(first - 2) && !v.joined(first);
    next || prev
}

/// A house number: the number before `… Street`, `… Avenue`.
fn street(v: &View, i: usize) -> bool {
    (i..(i + 4).min(v.len())).take_while(|&k| v.capitalized(k)).any(|k| k > i && TABLES.is(v.b(k), class::STREET))
}

/// A list or citation number: `1.` or `2)` opening a sentence, `(3)`, `[4]`.
fn list_number(v: &View, q: &Quantity) -> bool {
    let Some((value, _)) = q.atom.int else { return false };
    let (first, last) = (q.first, q.atom.last);
    let opens = first == 0 || first == 1 && v.is_any(0, &["(", "-", "•", "*"]);
    if opens && v.is_any(last, &[".", ")"]) {
        return true;
    }
    let bracketed = first >= 1 && v.is_any(first - 1, &["(", "["]) && v.is_any(last, &[")", "]"]);
    bracketed && value <= 50
}

/// Whether the length of time at token `first` is what someone had, took or spent, past an
/// approximation (`We had about two hours before they closed the road`, `took nearly three
/// days before it was found`).
fn held(v: &View, first: usize) -> bool {
    let mut k = first;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        if !v.is_any(
            k,
            &["about", "around", "roughly", "only", "just", "nearly", "almost", "barely", "than", "less", "more"],
        ) {
            break;
        }
    }
    v.is_any(k, &["had", "have", "has", "took", "take", "takes", "spent", "spend", "gave", "given", "got"])
}

#[cfg(test)]
mod tests {
    use crate::claims::numbers::atoms;
    use crate::claims::units::quantities;
    use crate::claims::view::testing::tokens;
    use crate::claims::view::View;

    /// The texts of the quantities of `text` that are claims.
    fn kept(text: &str) -> Vec<String> {
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let urls = crate::claims::context::urls(&v);
        quantities(&v, &atoms(&v))
            .iter()
            .filter(|q| super::reject(&v, q, &urls).is_none())
            .map(|q| text[v.start(q.first)..v.end(q.last - 1)].to_string())
            .collect()
    }

    #[track_caller]
    fn assert_kept(text: &str, want: &[&str]) {
        assert_eq!(kept(text), want, "{text:?}");
    }

    #[test]
    fn numbers_of_documents_plots_codes_and_course_marks_are_not_claims() {
        assert_kept("the office at Plot No. 17, under communique No. 297 and Resolution No. 12", &[]);
        assert_kept("she voted at booth No. 112, and he was world No. 2", &["No. 2"]);
        assert_kept(
            "Operators bought 141.4 MHz in the 900 MHz, 1800 MHz and 2100 MHz bands, none in the 26 GHz band.",
            &["141.4 MHz"],
        );
        assert_kept("the world No. 2, Britain's No. 1 and the No. 5 group", &["No. 2", "No. 1", "No. 5"]);
        assert_kept("suburbs served by the 905 area code fell 3.9%", &["3.9%"]);
        assert_kept("He broke away after the 35km mark and ran 42km", &["42km"]);
        assert_kept("Article 8.2 and Section 1349.19 apply; he drove the No. 27 car", &[]);
        assert_kept("bonds in three-year and five-year tranches", &[]);
        assert_kept(
            "the zero-emission mandate, zero-hours contracts and 26-plate cars; inflation fell to zero",
            &["zero"],
        );
        assert_kept(
            "within 2.2 percentage points, 19 times out of 20; she won 7 times out of 10",
            &["2.2 percentage points", "7 times", "10"],
        );
    }

    #[test]
    fn tenors_and_confidence_levels_are_not_claims() {
        // The length of a period a report covers is one, as annotators of news count it.
        assert_kept(
            "Profit for the three months to Sept 30 rose, and in the first 10 months of the year \
             exports fell, over the last five months of her life",
            &["three months", "10 months", "five months"],
        );
        assert_kept("the 10-year Japanese government bond, a three-year plan", &["three-year"]);
        assert_kept("the three-month compounded SORA and the six-month spread", &[]);
        assert_kept("Egypt's five-year credit default swaps narrowed; a five-year plan", &["five-year"]);
        // Numbers that name balls, a band named by its frequency.
        assert_kept(
            "The winning numbers were 4, 11, 19, 23 and 48. Rounds of 65, 67, 68 and 70.",
            &["65", "67", "68", "70"],
        );
        assert_kept("It sold 300 MHz in the 3.5 GHz band and 700 MHz spectrum", &["300 MHz"]);
        // How far from an event, not how long something lasted.
        assert_kept(
            "The data come two days before the report; it stayed undetected for 11 days before it struck",
            &["11 days"],
        );
        assert_kept("it takes 7.1 years, up from 5.6 years before the pandemic", &["7.1 years", "5.6 years"]);
        // Times in four digits, alone or as a range; a label's glued capital X; a denominator
        // far from its figure.
        assert_kept("it sold $1.5 billion between 1100 and 1400 local time", &["$1.5 billion"]);
        assert_kept("$18.4 million of Section 45X credits", &["$18.4 million"]);
        assert_kept("11,000 colony-forming units of E. coli per 100ml", &["11,000 colony-forming units"]);
        assert_kept(
            "a new 10-year BTP, seven-year debt, its one-week repo rate, a 10-year Treasury deal",
            &["10-year"],
        );
        // A race named by its distance; a distance run.
        assert_kept(
            "broke the 200m freestyle world record, won the 100 metres in 9.79 seconds, the 400m \
             individual medley; he ran 10km, a 33.7 km individual time trial and a 1,480 km relay",
            &["9.79 seconds", "10km", "33.7 km", "1,480 km"],
        );
        assert_kept("in the 24 hours to 8 a.m. GMT, absence rose in week 1", &["24 hours"]);
        assert_kept("Varga, who wears No. 40, and Vidal, in bib No. 81, were the world No. 2", &["No. 2"]);
        assert_kept(
            "a hazard ratio of 0.68 (95% confidence interval, 0.55 to 0.84); 95% of patients",
            &["0.68", "0.55 to 0.84", "95%"],
        );
    }

    #[test]
    fn names_with_numbers_are_not_claims() {
        assert_kept(
            "the AI CloudMatrix 384 system, which integrates 384 Ascend 910C chips",
            &["384 Ascend 910C chips"],
        );
        assert_kept("Nvidia’s GB200 NVL72 AI cluster", &[]);
        assert_kept("COVID-19 cases and a Boeing 737 under Section 230", &[]);
        assert_kept("You either 1) cut costs or 2) raise prices, on day five of the talks.", &[]);
        assert_kept("Boeing paid $737 for it", &["$737"]);
        // A ward's or a gate's code is no sum of money; a glued scale with no name is.
        assert_kept("a charge nurse on Ward 7B said revenue hit 7B", &["7B"]);
        assert_kept("see page 5 and exit 436", &[]);
        assert_kept("blocked at kilometre 912, on subclass 417 visas", &[]);
        assert_kept("They won Game 6 and game seven, then lost match two by 3 games.", &["3 games"]);
        assert_kept("riding with race number 51 after the world number 2", &["2"]);
        assert_kept(
            "it will build 1.5 million homes, plans to build 500 homes, will issue 200 bonds",
            &["1.5 million homes", "500 homes", "200 bonds"],
        );
        assert_kept("ordered 44 737 MAX jets and 3 F-35s", &["44 737 MAX jets", "3 F-35s"]);
        assert_kept("US–China talks", &[]);
        assert_kept(
            "Hire 1,250 more nurses. Employ 2 million people. The Dow's 500-point slide hit Germany's 16 states.",
            &["1,250 more nurses", "2 million people", "500-point", "16 states"],
        );
        assert_kept("Boeing's 737 MAX jets, Boeing's 787 jets and Windows 3.1", &[]);
        assert_kept("The 737 MAX 8 was grounded. It sold 20 NATO members 40 jets.", &["20 NATO members", "40 jets"]);
        assert_kept(
            "Output of the 737 Max remains capped and the 787 Dreamliner waits; the 3,000 Americans and the 500 Germans left.",
            &["3,000 Americans", "500 Germans"],
        );
        assert_kept("they shared a high-five", &[]);
        assert_kept("his 401(k) plan and a 501(c)(3) charity, but 20 (k) and 5 (a)", &["20", "5"]);
        assert_kept("the Formula One season, the Big Four banks, the Group of Seven and Ocean's Eleven", &[]);
        // A number word opening a sentence before a capitalised plural opens a name; not
        // before a people or a name in the singular.
        assert_kept("Five Nations standings after the match.", &[]);
        assert_kept("Five Britons died.", &["Five Britons"]);
        assert_kept("Two Boeing jets crashed.", &["Two Boeing jets"]);
        assert_kept("prices rose in Five Points, and five people moved", &["five people"]);
        assert_kept("Shares of Kaveri (NSE: KAVERI; BSE: 532418) rose 3.8%", &["3.8%"]);
        assert_kept("He will wear the No. 9 shirt as the world No. 4", &["No. 4"]);
        assert_kept("LONDON (Reuters) - Two people died. \"Three were hurt,\" he said", &["Two people", "Three"]);
    }

    #[test]
    fn dates_years_and_times_are_not_claims() {
        assert_kept("payable on Nov. 14, by 2028, on 14 November 2020", &[]);
        assert_kept("the 2020 election and the 1990s", &[]);
        assert_kept("at 6 p.m. or 10:30 or 3:49:01 or 6pm or from 6:00am", &[]);
        assert_kept("opens at 9.30 am and closes at 3:30 pm", &[]);
        assert_kept("had reached the town by 1230 GMT and 2300 GMT", &[]);
        assert_kept("call before 5/12, on 3/4 or on 2024-05-12, open 24/7", &[]);
        assert_kept("3/4 of voters and a 2/3 majority", &["3/4", "2/3"]);
        assert_kept("rose 9.18% in March", &["9.18%"]);
        assert_kept("rose 2.5% to 14.20 euros. ($1 = 0.9235 euros) (£1 = 159.9483 pounds)", &["2.5%", "14.20 euros"]);
        assert_kept("a fare (about $3), a rate (x = 2) and a cost (2 bn = about 1%)", &["$3", "2 bn", "1%"]);
        assert_kept("about 2000 people", &["2000 people"]);
        assert_kept("founded in 753 B.C. and sacked in AD 410, around 300 CE", &[]);
        assert_kept("an ad 50 times a day", &["50 times"]);
    }

    #[test]
    fn sequences_addresses_lists_and_bylines_are_not_claims() {
        assert_kept("call +44 20 7946 0958 or (212) 555-0100", &[]);
        assert_kept("she called 911 after a 999 call to the 911 dispatcher and the 112 emergency line", &[]);
        assert_kept("emissions 43% below 2005 levels, and net zero by 2050; a net-zero target", &["43%"]);
        assert_kept("he called 15 times and took 300 calls", &["15 times", "300 calls"]);
        assert_kept("at 10 Downing Street", &[]);
        assert_kept("based at 14 Havnegata in Oslo", &[]);
        assert_kept("1. Revenue rose", &[]);
        assert_kept("as shown (2) and cited [3]", &[]);
        assert_kept("Yamamoto, 56, joined", &["56"]);
        assert_kept("By Jane Doe, 34", &[]);
        assert_kept("one of the biggest, one day, at one point", &[]);
        assert_kept("one person was killed", &["one person"]);
        assert_kept("no one knew, and no one person could", &[]);
        assert_kept(
            "one or two goals, one or two days and one or more people",
            &["one or two goals", "one or two days"],
        );
        assert_kept("see http://x.com/a?q=30%25%2020 now", &[]);
        assert_kept("won 3-1", &[]);
        assert_kept("England were all out for 180 and were out for five days", &["five days"]);
        assert_kept("24703 L-202", &[]);
        assert_kept("in a 50-to-six decision", &[]);
    }
}
