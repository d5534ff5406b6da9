//! Qualifiers: how a figure is put. Approximation and bounds before it (`approximately`,
//! `nearly`, `more than`, `up to`, `~`), the direction of a change (`rose 12%`, `rose to
//! 4,800`, `61%, down from 79%`, `a 5% rise`; not the earlier level after `from`), a rate
//! after it (`annually`, `a day`, `per share`), and figures restated in brackets (`180
//! billion RMB (~US $25 billion)`), which are linked.

use super::tables::{class, Bound, TABLES};
use super::units::What;
use super::view::View;

/// How a figure is put, as read around its tokens `[first, last)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Qualifiers {
    /// The first token of the qualifying words, when there are any.
    pub start: Option<usize>,
    /// The qualifier's class.
    pub bound: Option<Bound>,
    /// `up` or `down`.
    pub direction: Option<&'static str>,
    /// The rate.
    pub per: Option<&'static str>,
}

/// Reads the qualifiers of the figure at tokens `[first, last)`.
pub(crate) fn qualify(v: &View, first: usize, last: usize, what: &What) -> Qualifiers {
    let mut out = Qualifiers::default();
    let duration = matches!(what, What::Duration(_));
    if let Some((k, e)) = TABLES.qualifiers.ending_at(v, first, |e| {
        // `over five years` is a period, not a bound.
        !(duration && e.len() == 1 && matches!(e.value, Bound::Lower | Bound::Upper))
    }) {
        // `20-under 268`: a golfer's score against par before the total is no bound.
        let par = k >= 2 && v.dash(k - 1) && v.joined(k - 1) && v.joined(k) && v.number(k - 2);
        if !par {
            out.start = Some(k);
            out.bound = Some(e.value);
        }
    }
    let before = out.start.unwrap_or(first);
    out.direction = direction_before(v, before).or_else(|| direction_after(v, last)).or_else(|| match what {
        What::Money(_) | What::Percent | What::Points(_) => {
            TABLES.changes.word(v.get(last)?, |e| !e.value.before).map(|e| e.value.direction)
        }
        // `doubled`, `halved`: the figure is its own change.
        What::Multiplier => TABLES.changes.word(v.s(first), |e| e.value.before).map(|e| e.value.direction),
        _ => None,
    });
    out.per = rate_after(v, last).map(|(_, per)| per);
    out
}

/// The direction word before token `i`: right before it, or before `by` or `to`.
fn direction_before(v: &View, i: usize) -> Option<&'static str> {
    let k = i.checked_sub(1)?;
    // `an increase of 30.9%`: a noun of change before `of`.
    if v.is(k, "of") {
        let n = k.checked_sub(1)?;
        return v
            .word(n)
            .then(|| TABLES.changes.word(v.s(n), |e| !e.value.before))
            .flatten()
            .map(|e| e.value.direction);
    }
    let change = |k: usize| {
        v.word(k).then(|| TABLES.changes.word(v.s(k), |e| e.value.before)).flatten().map(|e| e.value.direction)
    };
    if v.is(k, "by") {
        // `fell by 2%`; `cut the risk of relapse by 7.2%`: the verb a few words back, in the
        // same clause.
        return (k.saturating_sub(6)..k).rev().take_while(|&j| v.word(j)).find_map(change);
    }
    // `down from 79%`, `fell from 5.1%`: the earlier level, whose figure is no change.
    if v.is(k, "from") {
        return None;
    }
    // `rose to 23 weeks`; `fell from 5.1% to 4.4%`: the level reached.
    if v.is(k, "to") {
        let j = k.checked_sub(1)?;
        if let Some(direction) = change(j) {
            return Some(direction);
        }
        let from = (j.saturating_sub(6)..j).rev().find(|&f| v.is(f, "from"))?;
        return change(from.checked_sub(1)?);
    }
    change(k)
}

/// The direction given after the figure ending before token `last`: `61%, down from 79%`,
/// `£84m, up from £61m`.
fn direction_after(v: &View, last: usize) -> Option<&'static str> {
    let k = if v.is(last, ",") { last + 1 } else { last };
    if !(v.is_any(k, &["up", "down"]) && v.is(k + 1, "from")) {
        return None;
    }
    TABLES.changes.word(v.s(k), |e| e.value.before).map(|e| e.value.direction)
}

/// A rate right after token `last - 1` (`a day`, `annually`, `-a-share`), as the token after
/// it and the rate; `a year earlier` is a time reference, not a rate.
pub(crate) fn rate_after(v: &View, last: usize) -> Option<(usize, &'static str)> {
    let (end, e) = TABLES.rates.starting_at(v, last, None, |_| true)?;
    if v.bytes(end).is_some_and(|t| TABLES.is(t, class::TIMEREF))
        && v.is_any(last, &["a", "an", "-", "each", "every"])
        && !goes_on_as_rate(v, end)
    {
        return None;
    }
    Some((end, e.value))
}

/// Whether `in`, `on` or `from` at token `at`, after `a year`, opens what the rate is of
/// (`$20 an hour in April`, `£5bn a year on defence`, `5% a year from 2026`), not a time
/// reference (`a year on,`, `a year from now`).
fn goes_on_as_rate(v: &View, at: usize) -> bool {
    v.is_any(at, &["in", "on", "from"]) && v.word(at + 1) && !v.is_any(at + 1, &["now", "then"])
}

/// Whether the figure at `[b_first, b_last)` restates the one ending before token `a_last`:
/// `X (~Y)`, `X (Y)`, `X, or about Y,`.
pub(crate) fn restates(v: &View, a_last: usize, b_first: usize, b_last: usize) -> bool {
    if b_first == a_last + 1 && v.is(a_last, "(") && v.is(b_last, ")") {
        return true;
    }
    (b_first == a_last + 2 && v.is(a_last, ",") && v.is(a_last + 1, "or"))
        || (b_first == a_last + 1 && v.is(a_last, "or"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::view::testing::tokens;

    fn q(text: &str, number: &str, what: What) -> Qualifiers {
        let toks = tokens(text);
        let v = View::of(text, &toks);
        let first = (0..v.len()).find(|&i| v.s(i) == number.split(' ').next().unwrap()).unwrap();
        let last = first + tokens(number).len();
        qualify(&v, first, last, &what)
    }

    #[test]
    fn approximation_and_bounds() {
        assert_eq!(
            q("allocates approximately 180 billion RMB", "180 billion RMB", What::Money("CNY")).bound,
            Some(Bound::Approx)
        );
        assert_eq!(q("more than 975 people", "975 people", What::Bare).bound, Some(Bound::Lower));
        assert_eq!(q("up to 18% faster", "18 %", What::Percent).bound, Some(Bound::Upper));
        assert_eq!(q("an est. $4.9 billion", "$ 4.9 billion", What::Money("USD")).bound, Some(Bound::Approx));
        assert_eq!(q("spend it over five years", "five years", What::Duration("year")).bound, None);
        assert_eq!(q("exactly 5%", "5 %", What::Percent).bound, Some(Bound::Exact));
    }

    #[test]
    fn direction_of_change() {
        assert_eq!(q("revenue rose 4.2% to", "4.2 %", What::Percent).direction, Some("up"));
        assert_eq!(q("fell by 2%", "2 %", What::Percent).direction, Some("down"));
        assert_eq!(q("cut the risk of relapse by 7.2%", "7.2 %", What::Percent).direction, Some("down"));
        // The level reached moved; the earlier level did not.
        assert_eq!(q("is down from 864,230 last", "864,230", What::Bare).direction, None);
        assert_eq!(q("was 61%, down from 79%", "61 %", What::Percent).direction, Some("down"));
        assert_eq!(q("rose to 23 weeks", "23 weeks", What::Bare).direction, Some("up"));
        assert_eq!(q("fell from 5.1% to 4.4%", "4.4 %", What::Percent).direction, Some("down"));
        assert_eq!(q("fell from 5.1% to 4.4%", "5.1 %", What::Percent).direction, None);
        assert_eq!(q("rose 5% to $3.2bn", "$ 3.2bn", What::Money("USD")).direction, None);
        assert_eq!(q("a 5% rise", "5 %", What::Percent).direction, Some("up"));
        assert_eq!(q("an increase of 30.9 percent", "30.9 percent", What::Percent).direction, Some("up"));
        assert_eq!(q("rose to $18.7 billion", "$ 18.7 billion", What::Money("USD")).direction, Some("up"));
    }

    #[test]
    fn rates() {
        assert_eq!(q("180 billion RMB annually toward", "180 billion RMB", What::Money("CNY")).per, Some("year"));
        assert_eq!(q("500,000 barrels a day", "500,000 barrels", What::Measure("barrels")).per, Some("day"));
        assert_eq!(q("$70-a-share price", "$ 70", What::Money("USD")).per, Some("share"));
        assert_eq!(q("up from 100 a year earlier", "100", What::Bare).per, None);
        assert_eq!(q("£11.44 an hour in April", "£ 11.44", What::Money("GBP")).per, Some("hour"));
        assert_eq!(q("$5 billion a year on defence", "$ 5 billion", What::Money("USD")).per, Some("year"));
        assert_eq!(q("100 a year from now", "100", What::Bare).per, None);
        assert_eq!(q("100 a year on,", "100", What::Bare).per, None);
    }
}
