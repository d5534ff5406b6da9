//! Numeric claims: every figure a story states, normalised, qualified and attributed.
//!
//! Needs the segmented [`Document`], its [`Entities`] (for the subject a figure is about)
//! and its [`Quote`]s (a figure inside a quote is asserted by the quote's speaker).

use crate::document::Document;
use crate::entities::Entities;
use crate::quotes::Quote;
use crate::span::Span;

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
    /// The text of the quantity (`approximately 180 billion RMB`).
    pub span: Span,
    /// The normalised value.
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, or a plain unit (`%`, `km`, `chips`).
    pub unit: Option<String>,
    /// Whether the text marks the figure as approximate.
    pub approximate: bool,
    /// The qualifying words (`approximately`, `more than`).
    pub qualifier: Option<Span>,
    /// The rate (`year` for `annually`).
    pub per: Option<&'static str>,
    /// Whether it is reported without a named source (`reportedly`).
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

/// Finds the numeric claims of a document.
pub fn claims(_doc: &Document, _entities: &Entities, _quotes: &[Quote]) -> Vec<Claim> {
    Vec::new()
}
