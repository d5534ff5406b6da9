//! Name mentions: runs of capitalised tokens with their connectors, acronyms, names with
//! digits, gazetteer names; with the titles, roles and possessives around them.
//!
//! Capitalisation is evidence of a name only where English does not capitalise anyway: at
//! a sentence start, after a colon or an opening quote, and in headings, a word counts as
//! a name only if something else backs it (a lexicon, or the same word capitalised
//! mid-sentence elsewhere in the document) and the document never writes it in lower case.

use super::lexicons::{name_head, Known, Role, LEXICONS};
use super::words::Tag;
use super::Gender;
use crate::document::{Document, ParagraphKind, Token, TokenKind};
use crate::lexicon::{word_shape, WordSet, WORD_SHAPES};
use crate::span::Span;

/// A name mention found in the text, before typing and clustering.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The name (no title before it, no possessive after it).
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// The gazetteer entry the whole name matches, if any.
    pub known: Option<Known>,
    /// A title or role word right before it (`President`, `Mr.`, `founder`).
    pub title: Option<Span>,
    /// The gender the title or first name shows.
    pub gender: Option<Gender>,
    /// A description before it (`Huawei founder`) or apposed after it.
    pub descriptor: Option<Span>,
    /// Whether it was followed by a possessive `’s`.
    pub possessive: bool,
    /// Whether its first token stands where capitals are expected anyway.
    pub initial: bool,
    /// The candidate it abbreviates, for an acronym in brackets right after a name
    /// (`World Health Organization (WHO)`).
    pub acronym_of: Option<usize>,
}

impl Candidate {
    /// A place named in a line's layout rather than in prose (`Redwood Shores, Calif.`, a
    /// dateline's `KITZBUEHEL`), known as a place whatever the gazetteer says.
    fn place(span: Span, sentence: usize) -> Candidate {
        Candidate { known: Some(STATE), ..Candidate::laid_out(span, sentence) }
    }

    /// A name read from a line's layout, with nothing known of it yet (a race's runner).
    fn laid_out(span: Span, sentence: usize) -> Candidate {
        Candidate {
            span,
            sentence,
            known: None,
            title: None,
            gender: None,
            descriptor: None,
            possessive: false,
            initial: true,
            acronym_of: None,
        }
    }
}

/// What the document as a whole says about words: which appear capitalised mid-sentence,
/// and which appear in lower case.
///
/// Only the words that can be asked about are looked for: capitalised words (or words
/// starting with a digit) in weak positions, the only ones [`Finder`] has to back with
/// evidence from elsewhere. They are indexed by shape (first and last letter, length), so
/// that each word of the text costs a table load and, rarely, a comparison; nothing is
/// hashed per token.
pub struct CaseEvidence<'d> {
    /// The words asked about, as written (possessive stripped).
    asked: Vec<&'d str>,
    /// By shape: the first asked word of that shape, plus one (0 for none).
    by_shape: Vec<u32>,
    /// By asked word: the next asked word of the same shape, plus one (0 for none).
    next: Vec<u32>,
    /// By asked word: whether it appears capitalised outside weak positions.
    capitalised: Vec<bool>,
    /// By asked word: whether it appears with its first letter in lower case.
    lower: Vec<bool>,
}

impl<'d> CaseEvidence<'d> {
    /// Collects the evidence over every token of the document.
    pub fn collect(doc: &'d Document, tags: &[Tag], weak: &[bool]) -> CaseEvidence<'d> {
        let mut case = CaseEvidence {
            asked: Vec::new(),
            by_shape: vec![0; WORD_SHAPES],
            next: Vec::new(),
            capitalised: Vec::new(),
            lower: Vec::new(),
        };
        let tokens = doc.tokens();
        for i in (0..tokens.len()).filter(|&i| weak[i] && tags[i].is(Tag::WORD) && !tags[i].is(Tag::LOWER)) {
            let word = strip_possessive(doc.slice(tokens[i].span));
            if case.find(word, false).is_none() {
                let shape = word_shape(word);
                case.next.push(case.by_shape[shape]);
                case.asked.push(word);
                case.by_shape[shape] = case.asked.len() as u32;
            }
        }
        case.capitalised = vec![false; case.asked.len()];
        case.lower = vec![false; case.asked.len()];
        if case.asked.is_empty() {
            return case;
        }
        for (i, t) in tokens.iter().enumerate() {
            let tag = tags[i];
            if tag.is(Tag::LOWER) {
                if let Some(index) = case.find(strip_possessive(doc.slice(t.span)), true) {
                    case.lower[index] = true;
                }
            } else if tag.is(Tag::CAPITAL) && !weak[i] {
                if let Some(index) = case.find(strip_possessive(doc.slice(t.span)), false) {
                    case.capitalised[index] = true;
                }
            }
        }
        case
    }

    /// The asked word `word` is, as written or, with `lowered`, with its first letter in
    /// lower case.
    fn find(&self, word: &str, lowered: bool) -> Option<usize> {
        let mut at = self.by_shape[word_shape(word)];
        while at != 0 {
            let index = at as usize - 1;
            let asked = self.asked[index];
            if if lowered { same_but_first_case(asked, word) } else { asked == word } {
                return Some(index);
            }
            at = self.next[index];
        }
        None
    }

    /// Whether `word` (a word in a weak position) appears capitalised where capitals are no
    /// accident.
    pub fn capitalised_elsewhere(&self, word: &str) -> bool {
        self.find(word, false).is_some_and(|i| self.capitalised[i])
    }

    /// Whether the document writes `word` (a word in a weak position) with its first letter
    /// in lower case somewhere.
    pub fn lower_elsewhere(&self, word: &str) -> bool {
        self.find(word, false).is_some_and(|i| self.lower[i])
    }
}

/// Whether `lowered` is `word` with its first letter in lower case (`Acme`, `acme`).
fn same_but_first_case(word: &str, lowered: &str) -> bool {
    let (w, l) = (word.as_bytes(), lowered.as_bytes());
    match (w.first(), l.first()) {
        (Some(a), Some(b)) if a.is_ascii() => w.len() == l.len() && a.to_ascii_lowercase() == *b && w[1..] == l[1..],
        (Some(_), Some(_)) => {
            let mut chars = word.chars();
            let first = chars.next().into_iter().flat_map(char::to_lowercase);
            first.chain(chars).eq(lowered.chars())
        }
        _ => false,
    }
}

/// Marks the tokens whose capital letter is expected anyway: each sentence's first word,
/// the first word after a colon, an opening quote, a dash or a bracket, or after a semicolon
/// in a credit (`; Editing by`), and every word of a heading or of an upper-case sentence.
pub fn weak_positions(doc: &Document, shouted: &[bool], rows: &[Row], headings: &[bool]) -> Vec<bool> {
    let mut weak = vec![false; doc.tokens().len()];
    for (((s, &shouting), &row), &heading) in doc.sentences().iter().zip(shouted).zip(rows).zip(headings) {
        let tokens = &doc.tokens()[s.tokens.clone()];
        if !shouting && row != Row::Prose {
            // The label of a list of players is no name (`Scorers : Weah 23`, `Ireland -
            // Penalties : Eric Elwood 5`); a ground is (`At Headingley : Lancashire 402`).
            let ground = matches!(tokens.first().map(|t| doc.slice(t.span)), Some("At" | "In"));
            // (`Game one ( at Chicago ) : Chicago 84 Utah 82`: a label of some words.)
            let colon = label_colon(doc, tokens).or_else(|| labelled_result_colon(doc, tokens));
            if let Some(k) = colon {
                weak[s.tokens.start] = true;
                weak[s.tokens.start + k - 1] |= !ground;
            }
            continue;
        }
        if heading || shouting {
            weak[s.tokens.clone()].iter_mut().for_each(|w| *w = true);
            continue;
        }
        let mut expect = true;
        for (k, t) in tokens.iter().enumerate() {
            let i = s.tokens.start + k;
            match t.kind {
                TokenKind::Word | TokenKind::Number => {
                    if expect && t.kind == TokenKind::Word {
                        weak[i] = true;
                    }
                    // A list marker (`1.`, `a)`) is not the sentence's first word.
                    let marker = k == 0 && t.kind == TokenKind::Number;
                    expect = marker;
                }
                TokenKind::Punct => {
                    let p = doc.slice(t.span).as_bytes();
                    let opens = match p {
                        [b':' | b'"' | b'(' | b'[' | b'-' | b'*'] => true,
                        // `(Reporting by Jane Doe; Editing by Mark Potter)`: a credit opens
                        // after a semicolon.
                        [b';'] => tokens.get(k + 2).is_some_and(|t| doc.slice(t.span) == "by"),
                        [_] => false,
                        _ => matches!(doc.slice(t.span), "“" | "‘" | "—" | "–" | "•" | "·"),
                    };
                    let ends = matches!(p, [b'.' | b'?' | b'!']) || p == "…".as_bytes();
                    // A sentence end inside a sentence: quoted speech keeps its sentences
                    // together (`“I had built it. That scared me,” she said.`). After an
                    // abbreviation (`Gen.`, `U.S.`) the next word is no sentence start.
                    let after_word = ends && k > 0 && {
                        let prev = doc.slice(tokens[k - 1].span);
                        prev.len() > 1 && prev.bytes().all(|b| b.is_ascii_lowercase())
                    };
                    // `Mark Regan ( Bristol )`, `Phil de Glanville ( Bath , captain )`: a
                    // bracket after a name, around names only, holds their club or country.
                    let names_in_brackets = p == b"(" && k > 0 && club_in_brackets(doc, tokens, k);
                    if (opens && !names_in_brackets) || (expect && matches!(p, [b'.' | b')'])) || after_word {
                        expect = true;
                    }
                }
                TokenKind::Symbol => {}
            }
        }
    }
    weak
}

/// Whether the bracket at token `open` of a sentence follows a capitalised word and holds
/// one to three capitalised words before its `)` or a comma (`Regan ( Bristol )`,
/// `de Glanville ( Bath , captain )`): a player's club or country, not a new sentence.
pub(super) fn club_in_brackets(doc: &Document, tokens: &[Token], open: usize) -> bool {
    let capitalised = |t: &Token| t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase);
    // `Lee Hoi-chang ( Grand National Party )`: a name's hyphened last part in lower case.
    let hyphened = open >= 3 && doc.slice(tokens[open - 2].span) == "-" && capitalised(&tokens[open - 3]);
    if open == 0 || !(capitalised(&tokens[open - 1]) || hyphened && tokens[open - 1].kind == TokenKind::Word) {
        return false;
    }
    let words = tokens[open + 1..].iter().take(4).take_while(|t| capitalised(t)).count();
    (1..=3).contains(&words) && tokens.get(open + 1 + words).is_some_and(|t| matches!(doc.slice(t.span), ")" | ","))
}

/// Whether each sentence is read as a heading: in a heading paragraph, and no match's result
/// laid out like one, which is read with the text (see [`is_match_line`]).
pub fn headings(doc: &Document) -> Vec<bool> {
    doc.sentences()
        .iter()
        .map(|s| {
            doc.paragraphs()[s.paragraph].kind == ParagraphKind::Heading
                && !is_match_line(doc, &doc.tokens()[s.tokens.clone()])
        })
        .collect()
}

/// Whether a line without a full stop is a match's result in words, which a block of
/// results lays out like a heading: names with their countries or clubs in brackets, or
/// capitalised on both sides of it, a verb of winning in lower case, and the score or the
/// margin last (`3 - Thomas Muster ( Austria ) beat Jan Siemerink ( Netherlands ) 7-5 6-2`,
/// `Leander beat Marlow Rowing Club 2 1/2 lengths`). Its capitals mark names.
fn is_match_line(doc: &Document, tokens: &[Token]) -> bool {
    let capital = |k: usize| tokens.get(k).is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase));
    // The verb, with a capitalised word on each side (`Imperial College beat Trinity College
    // , Dublin 4 lengths , 6:52`, at a regatta), or with a club in brackets anywhere.
    let verb = tokens.iter().position(|t| {
        let w = doc.slice(t.span);
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && LEXICONS.words.get(w) == Some(&Role::MatchVerb)
    });
    // The margin last, or a number and its unit (`2 lengths`).
    let margin = tokens.iter().rev().take(2).any(|t| t.kind == TokenKind::Number);
    margin
        && verb.is_some_and(|v| {
            v > 0 && capital(v - 1) && capital(v + 1)
                || (0..tokens.len()).any(|k| doc.slice(tokens[k].span) == "(" && club_in_brackets(doc, tokens, k))
        })
}

/// Whether a line is a row of results or standings (`Barnsley 2 Ipswich 1`, `Bolton 5 4 1 0
/// 12 4 13`): capitalised words and numbers only, starting with a word and ending with a
/// number. Its capitals are no headline style: they mark names. A dateline ending in a date
/// (`BRUSSELS 1996-08-22`, `CARLSBAD, California 1996-08-07`, `LONDON, March 3`) is no row
/// of results, nor is a date (`Tuesday, September 22, 2015`) or a line that a common word
/// labels (`Attendance: 34,000`).
pub(super) fn is_score_line(doc: &Document, tokens: &[Token]) -> bool {
    // `Hansa Rostock 1 ( Zallmann 83 ) .`, `Indiana 89 MIAMI 87 ( OT )`: a full stop, and
    // a short note or the scorers in brackets, may follow the last score.
    // So may a dash for no figure (`NEW YORK 74 56 .569 -`, the leader's games behind).
    let tokens = match tokens {
        [rest @ .., stop] if matches!(doc.slice(stop.span), "." | "-") => rest,
        _ => tokens,
    };
    let tokens = match tokens {
        [.., close] if doc.slice(close.span) == ")" => {
            let tail = tokens.len().saturating_sub(20);
            match tokens[tail..].iter().rposition(|t| doc.slice(t.span) == "(") {
                Some(open) => &tokens[..tail + open],
                None => tokens,
            }
        }
        _ => tokens,
    };
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return false };
    let labelled = || {
        let lex = &*LEXICONS;
        let word = doc.slice(first.span);
        tokens.get(1).is_some_and(|t| doc.slice(t.span) == ":")
            && (lex.not_names.contains(word) || lex.surnames.contains(word) || lex.is_english_word(word))
    };
    // `LONDON, March 3 (Reuters)`, `OSLO, 3 March`: a dateline's day of the month. A
    // weekday's name before a figure is a team's (`Sheffield Wednesday 2`).
    // An abbreviated month may keep its period apart (`OSLO , Feb . 12 , 2025`).
    let day_of_month = || {
        let date = |t: &Token| t.kind == TokenKind::Word && LEXICONS.dates.contains(doc.slice(t.span));
        let weekday = |t: &Token| {
            let w = doc.slice(t.span).as_bytes();
            w.len() > 3 && w[w.len() - 3..].eq_ignore_ascii_case(b"day")
        };
        (0..tokens.len()).any(|k| {
            let t = &tokens[k];
            let next = match tokens.get(k + 1) {
                Some(n) if doc.slice(n.span) == "." => tokens.get(k + 2),
                n => n,
            };
            date(t) && !weekday(t) && next.is_some_and(|n| n.kind == TokenKind::Number)
                || t.kind == TokenKind::Number && tokens.get(k + 1).is_some_and(date)
        })
    };
    // `TUNG CHOSEN TO LEAD HONG KONG AFTER 1997`: a headline's year is no score.
    let year_only = || {
        let mut numbers = tokens.iter().filter(|t| t.kind == TokenKind::Number);
        numbers.next().is_some_and(|t| {
            let n = doc.slice(t.span);
            n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))
        }) && numbers.next().is_none()
    };
    // `FIRE AT TOY FACTORY IN GUANGDONG KILLS 34`: a headline in capitals with one figure,
    // the last, is no row of scores.
    let headline = || {
        let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
        let shouting = words.clone().all(|t| !doc.slice(t.span).chars().any(char::is_lowercase));
        shouting && words.count() >= 4 && tokens.iter().filter(|t| t.kind == TokenKind::Number).count() == 1
    };
    // `H. Cronje c and b Kumble 41`: caught and bowled by one player.
    let caught_and_bowled =
        || tokens.windows(3).any(|w| [&w[0], &w[1], &w[2]].map(|t| doc.slice(t.span)) == ["c", "and", "b"]);
    first.kind == TokenKind::Word
        && last.kind == TokenKind::Number
        && !ends_in_iso_date(doc, tokens)
        && !year_only()
        && !headline()
        && !day_of_month()
        && !LEXICONS.dates.contains(doc.slice(first.span))
        && !labelled()
        && tokens.iter().all(|t| match t.kind {
            TokenKind::Word => {
                let w = doc.slice(t.span);
                // Connectors, and a cricket scorecard's marks (`B. Young c Moin Khan b Waqar 5`).
                // Minutes may be ordinals, a goal a penalty (`( Kreutzer 14th , Brehmer 33rd
                // penalty )`).
                let ordinal = w.starts_with(|c: char| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|o| w.ends_with(o))
                    && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit());
                w.chars().next().is_some_and(char::is_uppercase)
                    || ordinal
                    || matches!(w, "v" | "vs" | "de" | "of" | "run" | "out" | "not" | "pen" | "penalty" | "og")
                    // `Vasco da Gama 0 Botafogo 1`, `( van Gobbel 27 )`: a name's particles,
                    // apart (not inside `Chester-le-Street`).
                    || is_name_particle(w) && doc.text()[..t.span.start].ends_with(' ')
                    || BATTING_MARKS.contains(&w)
                    || w == "and" && caught_and_bowled()
            }
            TokenKind::Number => true,
            TokenKind::Punct => matches!(doc.slice(t.span), "-" | "(" | ")" | "." | "," | "/" | ":"),
            TokenKind::Symbol => false,
        })
}

/// Where the colon after a line's label stands (`Scorers :`, `Ireland - Penalties :`, `Did
/// not bat :`): among the line's first six tokens, after one at least.
fn label_colon(doc: &Document, tokens: &[Token]) -> Option<usize> {
    tokens.iter().take(6).position(|t| doc.slice(t.span) == ":").filter(|&k| k > 0)
}

/// What a sentence is as a line of a table of results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// No row of results: prose, a heading, a dateline.
    Prose,
    /// A row of results or standings, whose names are teams (`Barnsley 2 Ipswich 1`), with
    /// scorers in brackets (`( Bode 4 )`).
    Results,
    /// A line whose names are players: a batting row of a cricket scorecard (`B. Young c
    /// Moin Khan b Waqar 5`), or a list a label says is of players (`Scorers : Weah 23 ,
    /// Baggio 67`, `Bowling : Wasim Akram 9.2-0-40-2`).
    Players,
}

/// Each sentence of a document as a line of a table of results, read once for mention
/// finding and typing.
pub fn rows(doc: &Document) -> Vec<Row> {
    // After a label line of its own (`Scorers :`), each team's line of scores names its
    // players (`Clare : J. O'Connor 0-7 , G. O'Loughlin 0-4`), up to the next prose.
    let mut listing = false;
    doc.sentences()
        .iter()
        .map(|s| {
            let tokens = &doc.tokens()[s.tokens.clone()];
            if is_label_line(doc, tokens) {
                listing = true;
                return Row::Prose;
            }
            let row = row(doc, tokens);
            // A team's line may end with a player who did not score (`, Priolo`).
            // (`Romania - Raducioiu ( 29th )`: a minute in figures counts.)
            let figures = tokens
                .iter()
                .any(|t| t.kind == TokenKind::Number || doc.text().as_bytes()[t.span.start].is_ascii_digit());
            let team_first = label_colon(doc, tokens).is_some() || dash_after_name(doc, tokens);
            if listing && team_first && (row == Row::Results || row == Row::Prose && figures) {
                return Row::Players;
            }
            listing &= row != Row::Prose;
            row
        })
        .collect()
}

/// Whether a line is a label of its own over lists of players: `Scorers :`, `Teams (
/// handicaps in goals ) :`.
fn is_label_line(doc: &Document, tokens: &[Token]) -> bool {
    let n = tokens.len();
    let bracketed = n >= 5 && doc.slice(tokens[1].span) == "(" && doc.slice(tokens[n - 2].span) == ")";
    // `Leading scorers :`, `Top scorers :`: a word before the label, in lower case.
    let modified = || {
        n == 3
            && doc.slice(tokens[0].span).starts_with(|c: char| c.is_uppercase())
            && doc.slice(tokens[1].span).starts_with(|c: char| c.is_ascii_lowercase())
            && is_label_word(doc.slice(tokens[1].span))
    };
    doc.slice(tokens[n - 1].span) == ":"
        && ((n == 2 || bracketed && n <= 10) && is_label_word(doc.slice(tokens[0].span)) || modified())
}

/// Whether `word` is a label that opens a list of players (`player_label` of
/// `entity_words.txt`: `Scorers`, `Bowling`, `bat`), as listed, or in lower case where it is
/// listed capitalised.
fn is_label_word(word: &str) -> bool {
    let label = |w: &str| LEXICONS.words.get(w) == Some(&Role::PlayerLabel);
    if label(word) {
        return true;
    }
    match word.as_bytes() {
        [first @ b'a'..=b'z', rest @ ..] if rest.len() < 23 => {
            let mut buf = [0u8; 24];
            buf[0] = first.to_ascii_uppercase();
            buf[1..=rest.len()].copy_from_slice(rest);
            std::str::from_utf8(&buf[..=rest.len()]).is_ok_and(label)
        }
        _ => false,
    }
}

/// Whether a line opens with a team's name and a dash before its players (`Indios
/// Chapaleufu I - B. Heguy 6 , M. Heguy 4`).
fn dash_after_name(doc: &Document, tokens: &[Token]) -> bool {
    let Some(k) = tokens.iter().take(7).position(|t| doc.slice(t.span) == "-") else { return false };
    k > 0
        && tokens[..k].iter().all(|t| t.kind == TokenKind::Word)
        && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
}

/// What one sentence's tokens are as a line of a table.
fn row(doc: &Document, tokens: &[Token]) -> Row {
    // `Scorers : …`, or after the team's name: `Ireland - Penalties : Eric Elwood 5`.
    // `Did not bat : V. Prasad , S. Joshi`: a label of a few words.
    let colon = label_colon(doc, tokens);
    let labelled = colon.is_some_and(|k| {
        k + 1 < tokens.len()
            && is_player_label(doc, tokens, k - 1, &[":"])
            && (k == 1 || doc.slice(tokens[k - 2].span) == "-" || tokens[..k].iter().all(|t| t.kind == TokenKind::Word))
    });
    // `Bradford : Tries - Paul 2 , Lowes`, `Goals - McNamara 3`: a label before a dash,
    // opening the line or after the team's name and a colon.
    let dashed = |k: usize| is_player_label(doc, tokens, k, &["-"]);
    let dash_labelled = dashed(0) || colon.is_some_and(|k| dashed(k + 1));
    if labelled || dash_labelled || is_leaderboard_line(doc, tokens) {
        Row::Players
    } else if !is_score_line(doc, tokens) {
        if labelled_result_colon(doc, tokens).is_some() {
            // `Bowling ( to date ) : McCague 14-2-48-1 , Headley 15-3-51-1`: a label of
            // players, with its note.
            if is_label_word(doc.slice(tokens[0].span)) {
                Row::Players
            } else {
                Row::Results
            }
        } else {
            Row::Prose
        }
    } else if is_scorecard_line(doc, tokens) || is_box_score_line(doc, tokens) {
        Row::Players
    } else {
        Row::Results
    }
}

/// Where the colon stands in a line that is a result after a label in words of its own,
/// with the venue in brackets (`Game one ( at Chicago ) : Chicago 84 Utah 82`, `Final : Ajax
/// 2 Milan 1`): the label opens with a capital, and two scores at least follow its colon.
fn labelled_result_colon(doc: &Document, tokens: &[Token]) -> Option<usize> {
    let colon = |t: &Token| t.kind == TokenKind::Punct && doc.text().as_bytes()[t.span.start] == b':';
    let k = tokens.iter().take(10).position(colon)?;
    let tail = &tokens[k + 1..];
    let labelled = k > 0
        && tokens[0].kind == TokenKind::Word
        && doc.slice(tokens[0].span).starts_with(|c: char| c.is_uppercase())
        && tokens[..k].iter().all(|t| t.kind != TokenKind::Number)
        && tail.iter().filter(|t| t.kind == TokenKind::Number).count() >= 2
        && is_score_line(doc, tail);
    labelled.then_some(k)
}

/// Whether a row of results is a batting row of a cricket scorecard, which names players:
/// it marks how each was out (`c Moin Khan b Waqar`, `lbw b Wasim`, `st Rashid`).
fn is_scorecard_line(doc: &Document, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.kind == TokenKind::Word && BATTING_MARKS.contains(&doc.slice(t.span)))
        // `G. Thorpe not out 54`, `run out`.
        || tokens.windows(2).any(|w| matches!((doc.slice(w[0].span), doc.slice(w[1].span)), ("not" | "run", "out")))
}

/// Whether a line is a row of a leaderboard, which names players: a score or a place, then
/// names in capitals, with their countries in brackets or several of them parted by
/// commas (`65 Greg Norman ( Australia ) , Fred Couples`, `67 Mark O'Meara , Steve
/// Stricker`), or the scores of the rounds after them (`133 Mark O'Meara 67 66`). A heading
/// that opens with a figure (`5 Things To Know`) has none of these.
fn is_leaderboard_line(doc: &Document, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return false };
    // `133 Mark O'Meara 67 66`: a total, a name and the rounds' scores.
    let scored = tokens.len() >= 5
        && last.kind == TokenKind::Number
        && tokens[tokens.len() - 2].kind == TokenKind::Number
        && tokens[1].kind == TokenKind::Word;
    // Most lines are ruled out by their ends, before their words are read.
    if first.kind != TokenKind::Number
        || doc.slice(first.span).contains(['.', ','])
        || !(last.kind == TokenKind::Word || doc.slice(last.span) == ")" || scored)
    {
        return false;
    }
    let mut words = 0;
    let mut marks = 0;
    let plain = tokens[1..].iter().all(|t| match t.kind {
        TokenKind::Word => {
            words += 1;
            let w = doc.slice(t.span);
            w.chars().next().is_some_and(char::is_uppercase) || is_name_particle(w)
        }
        TokenKind::Number => true,
        TokenKind::Punct => {
            let p = doc.slice(t.span);
            marks += usize::from(matches!(p, "(" | ","));
            matches!(p, "-" | "(" | ")" | "." | "," | "'" | "’")
        }
        TokenKind::Symbol => false,
    });
    plain && words >= 2 && (marks > 0 || scored)
}

/// Whether token `k` is a label that opens a list of players (`player_label` of
/// `entity_words.txt`) before one of `marks` (`Tries - Paul 2 , Lowes`, `Goals : McNamara 3`).
fn is_player_label(doc: &Document, tokens: &[Token], k: usize, marks: &[&str]) -> bool {
    tokens.get(k + 1).is_some_and(|t| marks.contains(&doc.slice(t.span))) && is_label_word(doc.slice(tokens[k].span))
}

/// Whether a line is a box score's, which names players, each before two pairs of figures
/// (`Brown 3-6 0-0 6 , Danilovic 4-11 2-2 11`): shots made and taken. A line of results
/// gives one pair per match (`Ajax 2-1 PSV`), and a tennis row one player with sets.
fn is_box_score_line(doc: &Document, tokens: &[Token]) -> bool {
    let pair = |k: usize| {
        k + 2 < tokens.len()
            && tokens[k].kind == TokenKind::Number
            && doc.slice(tokens[k + 1].span) == "-"
            && tokens[k + 2].kind == TokenKind::Number
    };
    let players = (0..tokens.len().saturating_sub(6))
        .filter(|&k| tokens[k].kind == TokenKind::Word && pair(k + 1) && pair(k + 4))
        .count();
    players >= 2
}

/// Whether a lower-case word joins the parts of a person's name (`Ludwig van Beethoven`,
/// `Osama bin Laden`, `Phil de Glanville`): a `name_particle` of `entity_words.txt`.
fn is_name_particle(word: &str) -> bool {
    LEXICONS.words.get(word) == Some(&Role::NameParticle)
}

/// Whether `word` is a generation's suffix after a surname (`Jr`, `Sr`).
fn is_generation(word: &str) -> bool {
    matches!(word, "Jr" | "Sr")
}

/// Whether `word` is a scale word or its abbreviation (`million`, `bn`, `m`), as the claim
/// stage's number lexicon lists them: a figure before it is a sum, no part of a name.
fn is_scale_word(word: &str) -> bool {
    use crate::claims::tables::{NumberWord, TABLES};
    matches!(TABLES.number(word), Some(NumberWord::Scale(_) | NumberWord::Abbr(_) | NumberWord::MoneyAbbr(_)))
}

/// How a batter was out, as a scorecard writes it: caught, bowled, leg before wicket,
/// stumped.
pub(super) const BATTING_MARKS: [&str; 4] = ["c", "b", "lbw", "st"];

/// Whether tokens end in a date written `YYYY-MM-DD`, as one token or as three numbers
/// joined by hyphens.
pub(super) fn ends_in_iso_date(doc: &Document, tokens: &[Token]) -> bool {
    let shaped = |text: &str| {
        let b = text.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    };
    match tokens {
        [.., last] if shaped(doc.slice(last.span)) => true,
        [.., year, _, month, _, day] => {
            let first = year.span.start;
            [year, month, day].iter().all(|t| t.kind == TokenKind::Number) && shaped(&doc.text()[first..day.span.end])
        }
        _ => false,
    }
}

/// The gazetteer entry of the name that one to three tokens in brackets spell, from the
/// opening bracket at token `open` (`(Japan)`, `( U.S. )`).
pub(super) fn bracketed_known(doc: &Document, tokens: &[Token], open: usize) -> Option<Known> {
    if tokens.get(open).map(|t| doc.slice(t.span)) != Some("(") {
        return None;
    }
    let close = (open + 2..tokens.len().min(open + 5)).find(|&c| doc.slice(tokens[c].span) == ")")?;
    let inside = doc.text()[tokens[open + 1].span.start..tokens[close - 1].span.end].trim();
    let lex = &*LEXICONS;
    lex.by_name.get(inside).map(|&i| lex.known[i])
}

/// Whether each sentence is written in capitals, or stands in a paragraph that is (`SOCCER -`
/// before the rest of its headline).
pub fn shouted_sentences(doc: &Document) -> Vec<bool> {
    let paragraphs: Vec<bool> = doc.paragraphs().iter().map(|p| is_shouting(doc.slice(p.span))).collect();
    doc.sentences().iter().map(|s| paragraphs[s.paragraph] || is_shouting(doc.slice(s.span))).collect()
}

/// How many bytes of a sentence or paragraph [`is_shouting`] reads: a line in capitals
/// shows it from its start, and a long paragraph is not read through for every sentence.
const SHOUTING_PREFIX: usize = 64;

/// Whether a sentence is written in capitals: more than eight letters, at least 80% of
/// them upper case, in its first [`SHOUTING_PREFIX`] bytes; or three words or more in
/// capitals only (a table's header). Stops as soon as the lower-case letters rule it out.
fn is_shouting(text: &str) -> bool {
    let mut cut = text.len().min(SHOUTING_PREFIX);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let (mut upper, mut lower) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            upper += usize::from(b.is_ascii_uppercase());
            lower += usize::from(b.is_ascii_lowercase());
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_alphabetic() {
                upper += usize::from(c.is_uppercase());
                lower += usize::from(!c.is_uppercase());
            }
            i += c.len_utf8();
        }
        // upper / (upper + lower) < 0.8 for good once lower * 5 exceeds every letter left.
        if lower * 5 > text.len() {
            return false;
        }
    }
    let all = upper + lower;
    // `W L PCT GB`: a short line of words in capitals only, as a table's header.
    all > 8 && upper * 10 >= all * 8 || all >= 4 && lower == 0 && text.split_whitespace().nth(2).is_some()
}

/// Short words that end a compound after a name (`Hong Kong-born`, `Kremlin-run`), not a
/// given name's last syllable.
const COMPOUND_ENDS: [&str; 15] =
    ["run", "born", "made", "wide", "like", "era", "free", "long", "type", "size", "held", "set", "new", "old", "area"];

/// Whether a lower-case word can be the last part of a hyphenated given name (`un` in `Kim
/// Jong-un`, `yan` in `Lee Cheuk-yan`): a short run of ASCII letters that is no English word
/// of three letters or more (`Biden-led`, `Kong-based`).
pub(super) fn is_name_syllable(part: &str) -> bool {
    if part.is_empty() || part.len() > 6 || !part.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if part.len() < 3 {
        return true;
    }
    // The lexicon holds words capitalised as at a sentence start.
    let mut capitalised = [0u8; 6];
    capitalised[..part.len()].copy_from_slice(part.as_bytes());
    capitalised[0].make_ascii_uppercase();
    std::str::from_utf8(&capitalised[..part.len()]).is_ok_and(|w| !LEXICONS.not_names.contains(w))
}

/// `China’s` → `China`.
pub fn strip_possessive(word: &str) -> &str {
    // Every possessive ends in `s`, `S`, `'` or the last byte of `’`.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return word;
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    if let Some(stem) = word.strip_suffix('’').or_else(|| word.strip_suffix('\'')) {
        if stem.ends_with('s') {
            return stem;
        }
    }
    word
}

/// Whether a name in capitals is only common words shouted (`FOR IMMEDIATE RELEASE`,
/// `BREAKING NEWS`), not an acronym or a name (`NATO`, `GENEVA`). A gazetteer name made of
/// common words (`UNITED NATIONS`) is asked about before this.
fn shouted_common_words(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let words: Vec<&str> = text.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect();
    words.len() >= 2
        && words.iter().all(|w| w.len() <= 24 && w.bytes().all(|b| b.is_ascii_uppercase()))
        && words.iter().all(|w| {
            let mut title = [0u8; 24];
            title[..w.len()].copy_from_slice(w.as_bytes());
            title[1..w.len()].make_ascii_lowercase();
            std::str::from_utf8(&title[..w.len()]).is_ok_and(|t| LEXICONS.not_names.contains(t))
        })
}

/// Whether a capitalised word looks like a plural noun for people (`Forecasters`,
/// `Prosecutors`, `Economists`, `Residents`) rather than a surname: long, and ending as
/// such plurals do. Short surnames with the same endings (`Sanders`, `Waters`) stay names.
fn is_plural_of_people(word: &str) -> bool {
    word.len() >= 9 && ["ers", "ors", "ists", "ians", "ants", "ents", "ives"].iter().any(|end| word.ends_with(end))
}

/// Whether a word is one capital and at least two lower-case ASCII letters (`Pellmoor`).
fn is_plain_capitalised(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 3 && bytes[0].is_ascii_uppercase() && bytes[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a word is a common word in capitals, no given name nor surname (`Relations`,
/// `Cabinet`, `Energy`): one of a title's portfolio rather than of a name.
fn is_common_capitalised(word: &str) -> bool {
    let lex = &*LEXICONS;
    is_plain_capitalised(word)
        && (lex.not_names.contains(word) || lex.is_english_word(word))
        && !lex.first_names.contains_key(word)
        && !lex.surnames.contains(word)
}

/// Whether a word is written in capitals throughout (`NATO`, `GB200`, `U.S`).
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if !(c.is_ascii_digit() || c == '.' || c == '&') {
            return false;
        }
    }
    letters >= 1 && word.chars().count() >= 2
}

/// Finds the name mentions of a document, in text order.
///
/// Headings are read last: a word of a name found in the text backs the same word in a
/// headline (`… interviews Marymegan Daly …` where the text only has `Daly explained`).
pub fn find(
    doc: &Document,
    tags: &[Tag],
    weak: &[bool],
    shouted: &[bool],
    headings: &[bool],
    case: &CaseEvidence<'_>,
) -> Vec<Candidate> {
    let heading = |si: usize| headings[si];
    let mut units = Vec::new();
    let run = |si: usize, body: Option<&BodyNames<'_>>, units: &mut Vec<Option<Unit>>, out: &mut Vec<Candidate>| {
        let s = &doc.sentences()[si];
        let finder = Finder {
            doc,
            weak,
            case,
            sentence: si,
            first: s.tokens.start,
            tokens: &doc.tokens()[s.tokens.clone()],
            tags: &tags[s.tokens.clone()],
            body,
            heading: heading(si),
        };
        finder.run(units, out);
    };
    // A sentence in capitals is read with the headings, once the text's names are known.
    let mut out = Vec::new();
    let mut headings = Vec::new();
    for (si, &shouting) in shouted.iter().enumerate() {
        if heading(si) || shouting {
            headings.push(si);
        } else {
            run(si, None, &mut units, &mut out);
        }
    }
    common_surnames_at_sentence_starts(doc, weak, &mut out, |si, body, out| run(si, Some(body), &mut units, out));
    if headings.is_empty() {
        let joined = double_surnames_again(doc, &mut out);
        if runners_before_riders(doc, &mut out) || joined {
            into_text_order(&mut out);
        }
        return out;
    }
    let mut headed = Vec::new();
    // Places of datelines that no list may know (`KITZBUEHEL 1997-01-18`).
    let datelines: Vec<(usize, Span)> =
        (0..doc.sentences().len()).filter_map(|si| Some((si, dateline_place(doc, si)?))).collect();
    // Built for the first sentence in capitals only: most documents have none.
    let mut shouted_names: Option<ShoutedNames> = None;
    let mut body_names: Option<BodyNames<'_>> = None;
    for si in headings {
        if shouted[si] {
            shouted_names.get_or_insert_with(|| ShoutedNames::new(doc, &out, &datelines)).find(doc, si, &mut headed);
        } else {
            let body = body_names.get_or_insert_with(|| BodyNames::new(doc, &out));
            run(si, Some(body), &mut units, &mut headed);
        }
    }
    out.extend(headed);
    // A dateline's place that no list knows is a place.
    for &(si, span) in &datelines {
        if let Some(c) = out.iter_mut().find(|c| c.span == span) {
            c.known = c.known.or(Some(STATE));
        } else if !out.iter().any(|c| c.span.start == span.start) {
            out.push(Candidate::place(span, si));
        }
    }
    runners_before_riders(doc, &mut out);
    into_text_order(&mut out);
    if double_surnames_again(doc, &mut out) {
        into_text_order(&mut out);
    }
    out
}

/// `Grace Mwanza-Phiri … Mwanza-Phiri added`: a double surname whose first half is a place
/// is split where it stands alone (`US-China`); once the text writes it after a given name,
/// the two halves are joined again wherever they stand. Whether any were.
fn double_surnames_again(doc: &Document, out: &mut Vec<Candidate>) -> bool {
    let text = doc.text();
    let surnames: Vec<&str> = out
        .iter()
        .filter(|c| doc.slice(c.span).as_bytes().contains(&b'-'))
        .filter_map(|c| {
            let (given, last) = doc.slice(c.span).rsplit_once(' ')?;
            let (left, right) = last.split_once('-')?;
            let capital = |w: &str| w.starts_with(|ch: char| ch.is_uppercase());
            (capital(left) && capital(right) && LEXICONS.first_names.contains_key(given.rsplit(' ').next()?))
                .then_some(last)
        })
        .collect();
    if surnames.is_empty() {
        return false;
    }
    let mut joined = false;
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (out[i].span, out[i + 1].span);
        if a.end + 1 == b.start && text.as_bytes()[a.end] == b'-' && surnames.contains(&&text[a.start..b.end]) {
            out[i] = Candidate {
                span: Span::new(a.start, b.end),
                known: None,
                possessive: out[i + 1].possessive,
                ..out[i].clone()
            };
            out.remove(i + 1);
            joined = true;
        }
        i += 1;
    }
    joined
}

/// `1. Mr Pembroke ( Charlie Swan ) 14-1`, `3. Duke Of Hazard ( Jamie Osborne ) 8-1`: in a
/// race's result, the words between a runner's place and its rider in brackets, before its
/// price, are the runner's whole name, whatever titles or common words it holds. The names
/// found inside are replaced by that one. Whether it found any.
fn runners_before_riders(doc: &Document, out: &mut Vec<Candidate>) -> bool {
    let tokens = doc.tokens();
    let text = |k: usize| doc.slice(tokens[k].span);
    let glued = |a: usize| tokens[a].span.end == tokens[a + 1].span.start;
    let digits = |k: usize| text(k).bytes().all(|b| b.is_ascii_digit());
    let price = |k: usize| {
        k < tokens.len()
            && (text(k).eq_ignore_ascii_case("evens")
                || k + 2 < tokens.len() && digits(k) && glued(k) && text(k + 1) == "-" && glued(k + 1) && digits(k + 2))
    };
    let sentence_of = |k: usize| doc.sentences().partition_point(|s| s.tokens.end <= k);
    let mut runners = Vec::new();
    // From each opening bracket back to a place: a small number and its period (`1.`),
    // glued or as one token; across sentences, as a row of several runners may be cut into
    // sentences at a place's period, but within a paragraph.
    let place = |k: usize| {
        let word = text(k);
        let number = |n: &str| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
        if word.strip_suffix('.').is_some_and(number) {
            Some(k + 1)
        } else {
            (number(word) && k + 1 < tokens.len() && text(k + 1) == "." && glued(k)).then_some(k + 2)
        }
    };
    let paragraph_of = |k: usize| doc.sentences()[sentence_of(k)].paragraph;
    let opens = memchr::memchr_iter(b'(', doc.text().as_bytes());
    for at in opens {
        let open = tokens.partition_point(|t| t.span.start < at);
        if open < 2 || open >= tokens.len() || tokens[open].span.start != at {
            continue;
        }
        let Some(first) = (open.saturating_sub(7)..open - 1).rev().find_map(|k| place(k).filter(|&f| f < open)) else {
            continue;
        };
        let Some(close) = (open + 2..tokens.len().min(open + 7)).find(|&m| text(m) == ")") else { continue };
        let words = |a: usize, b: usize| (a..b).all(|m| tokens[m].kind == TokenKind::Word || text(m) == ".");
        let capital = text(first).starts_with(char::is_uppercase);
        let same_paragraph = paragraph_of(first - 1) == paragraph_of(close);
        if capital && same_paragraph && words(first, open) && words(open + 1, close) && price(close + 1) {
            runners.push((sentence_of(first), Span::new(tokens[first].span.start, tokens[open - 1].span.end)));
        }
    }
    if runners.is_empty() {
        return false;
    }
    // The runner named again elsewhere, in prose or in the headline's capitals (`Mr
    // Pembroke , a 14-1 chance`, `MR PEMBROKE WINS`).
    let lower = doc.text().to_ascii_lowercase();
    let names: Vec<String> = runners.iter().map(|&(_, r)| lower[r.start..r.end].to_string()).collect();
    let bounded = |at: usize, len: usize| {
        let before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[at + len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    };
    for name in &names {
        for (at, _) in lower.match_indices(name.as_str()) {
            let span = Span::new(at, at + name.len());
            if !bounded(at, name.len()) || runners.iter().any(|&(_, r)| r == span) {
                continue;
            }
            let token = tokens.partition_point(|t| t.span.start < at);
            let sentence = sentence_of(token);
            if token < tokens.len() && tokens[token].span.start == at && sentence < doc.sentences().len() {
                runners.push((sentence, span));
            }
        }
    }
    out.retain(|c| !runners.iter().any(|&(_, r)| c.span.start < r.end && r.start < c.span.end));
    out.extend(runners.into_iter().map(|(sentence, span)| Candidate::laid_out(span, sentence)));
    true
}

/// The place of a wire dateline, in capitals before its date, alone or before a comma and
/// its region: `KITZBUEHEL 1997-01-18`, `SAN ANDRES , Colombia 1996-12-03`.
fn dateline_place(doc: &Document, si: usize) -> Option<Span> {
    let tokens = &doc.tokens()[doc.sentences()[si].tokens.clone()];
    if tokens.len() > 12 || !ends_in_iso_date(doc, tokens) {
        return None;
    }
    let caps = |t: &Token| {
        let w = doc.slice(t.span);
        t.kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.chars().any(char::is_lowercase)
    };
    let run = tokens.iter().take_while(|t| caps(t)).count();
    let closed = tokens.get(run).is_some_and(|t| t.kind == TokenKind::Number || doc.slice(t.span) == ",");
    ((1..=4).contains(&run) && closed).then(|| Span::new(tokens[0].span.start, tokens[run - 1].span.end))
}

/// `Dole said …` after `Bob Dole`, `Major said …` after `John Major`: a common word that is
/// a person's surname in the text is their name at a sentence start too, and a title that
/// is one is their name anywhere (`attacked Major`). Most documents name nobody so, and cost
/// a scan of their names; sentences holding such a surname there are read again, backed by
/// the names of the text, and the names found at those words are added.
fn common_surnames_at_sentence_starts(
    doc: &Document,
    weak: &[bool],
    out: &mut Vec<Candidate>,
    mut run: impl FnMut(usize, &BodyNames<'_>, &mut Vec<Candidate>),
) {
    let lex = &*LEXICONS;
    let mut surnames: Vec<&str> = out
        .iter()
        // A given name marks its gender: most names have none to look up.
        .filter(|c| c.gender.is_some() && c.known.is_none())
        .filter_map(|c| {
            let text = doc.slice(c.span);
            let (first, rest) = text.split_once(' ')?;
            let last = strip_possessive(rest.rsplit(' ').next()?);
            // Not a team's plural (`Harlow Bay Stallions`), nor a place (`Harlow Bay`).
            // So is a title (`Bishop` of `Ian Bishop`).
            let surname = (lex.not_names.contains(last) || lex.titles.contains_key(last))
                && !lex.function_words.contains(last)
                && !super::typing::plural_shaped(last)
                && lex.words.get(last) != Some(&Role::PlaceEnd);
            let given = || lex.is_given_name(first);
            (surname && given()).then_some(last)
        })
        .collect();
    if surnames.is_empty() {
        return;
    }
    surnames.sort_unstable();
    surnames.dedup();
    let starts: Vec<usize> = out.iter().map(|c| c.span.start).collect();
    let mut body: Option<BodyNames<'_>> = None;
    let mut found = Vec::new();
    for (si, s) in doc.sentences().iter().enumerate() {
        // A title that is a surname is dropped anywhere, as a title alone (`attacked Major`).
        let again_at = |t: usize| {
            let word = strip_possessive(doc.slice(doc.tokens()[t].span));
            word.starts_with(char::is_uppercase)
                && surnames.binary_search(&word).is_ok()
                && (weak[t] || lex.titles.contains_key(word))
                && starts.binary_search(&doc.tokens()[t].span.start).is_err()
        };
        let opens = s.tokens.clone().any(again_at);
        if !opens {
            continue;
        }
        let mut again = Vec::new();
        run(si, body.get_or_insert_with(|| BodyNames::new(doc, out)), &mut again);
        found.extend(again.into_iter().filter(|c| {
            let t = s.tokens.start + doc.tokens()[s.tokens.clone()].partition_point(|t| t.span.start < c.span.start);
            t < s.tokens.end && (weak[t] && starts.binary_search(&c.span.start).is_err() || again_at(t))
        }));
    }
    if !found.is_empty() {
        out.extend(found);
        into_text_order(out);
    }
}

/// Sorts names into text order; an acronym stays right after the name it abbreviates, and
/// points to it again.
fn into_text_order(out: &mut [Candidate]) {
    out.sort_by_key(|c| (c.span.start, c.acronym_of.is_some()));
    for (i, c) in out.iter_mut().enumerate() {
        if c.acronym_of.is_some() {
            c.acronym_of = i.checked_sub(1);
        }
    }
}

/// The names of a sentence written in capitals (`SOCCER - JAPAN GET LUCKY WIN`), where
/// every word looks like an acronym: only a gazetteer name (`JAPAN`, `U.S.`) or a name the
/// text writes in mixed case (`LEICESTERSHIRE` for `Leicestershire`) counts.
struct ShoutedNames {
    /// The names found in the text, and their first and last words, in lower case, sorted.
    body: Vec<String>,
}

/// The most words a name in a shouted line is looked up with; with the hyphens and periods
/// between them (`AL-AIN`, `U.S.`), twice as many tokens.
const MAX_SHOUTED_WORDS: usize = 6;

impl ShoutedNames {
    fn new(doc: &Document, body: &[Candidate], datelines: &[(usize, Span)]) -> ShoutedNames {
        let lex = &*LEXICONS;
        let mut names = Vec::new();
        for c in body {
            let name = doc.slice(c.span);
            names.push(name.to_lowercase());
            let words: Vec<&str> = name.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect();
            if words.len() > 1 {
                for w in [words[0], words[words.len() - 1]] {
                    // Not a common noun of an organisation's name (`BASEBALL` after `Major
                    // League Baseball`), but a surname that is also a word (`PRICE` after
                    // `Nick Price`).
                    let common = lex.not_names.contains(w)
                        || lex.function_words.contains(w)
                        || lex.titles.contains_key(w)
                        || (lex.is_english_word(w) && !lex.surnames.contains(w) && !lex.first_names.contains_key(w));
                    if w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !common {
                        names.push(w.to_lowercase());
                    }
                }
            }
        }
        // A dateline's place, whatever the gazetteer knows, names itself in the headline.
        names.extend(datelines.iter().map(|&(_, span)| doc.slice(span).to_lowercase()));
        names.sort_unstable();
        names.dedup();
        ShoutedNames { body: names }
    }

    /// Adds the names of shouted sentence `si` to `out`, longest first from each word.
    fn find(&self, doc: &Document, si: usize, out: &mut Vec<Candidate>) {
        let lex = &*LEXICONS;
        let s = &doc.sentences()[si];
        let tokens = &doc.tokens()[s.tokens.clone()];
        let word = |k: usize| tokens[k].kind == TokenKind::Word;
        // Words joined by one space, a hyphen or a period (`U.S.`, `AL-AIN`), no more.
        let joined = |a: usize, b: usize| {
            let gap = &doc.text()[tokens[a].span.end..tokens[b].span.start];
            gap.is_empty() || gap == " "
        };
        let mut k = 0;
        while k < tokens.len() {
            if !word(k) {
                k += 1;
                continue;
            }
            // `REDWOOD SHORES , Calif.`: a state abbreviated after a city's comma.
            if let Some(end) = super::words::state_abbreviation_end(doc, tokens, k) {
                out.push(Candidate::place(Span::new(tokens[k].span.start, tokens[end - 1].span.end), si));
                k = end;
                continue;
            }
            let mut found = None;
            let mut last = k;
            let mut ends = vec![k + 1];
            while last + 1 < tokens.len() && ends.len() < MAX_SHOUTED_WORDS * 2 && joined(last, last + 1) {
                last += 1;
                ends.push(last + 1);
            }
            for &end in ends.iter().rev() {
                let last_text = doc.slice(tokens[end - 1].span);
                if !(word(end - 1) || last_text == ".") {
                    continue;
                }
                let bare = strip_possessive(last_text);
                let span = Span::new(tokens[k].span.start, tokens[end - 1].span.start + bare.len());
                let text = doc.slice(span);
                let known = lex.by_name.get(text).map(|&i| lex.known[i]).or_else(|| lex.known_upper(text));
                // A name that is also a common word counts before a dash or a comma, as
                // in a dateline (`WASHINGTON --`), not amid the headline (`NICE WIN`).
                let dateline = end == tokens.len() || !word(end);
                let known = known.filter(|kn| !kn.ambiguous || dateline);
                let in_body = known.is_none() && self.body.binary_search(&text.to_lowercase()).is_ok();
                if known.is_some() || in_body {
                    found = Some((end, span, known, bare.len() < last_text.len()));
                    break;
                }
            }
            match found {
                Some((end, span, known, possessive)) => {
                    out.push(Candidate {
                        span,
                        sentence: si,
                        known,
                        title: None,
                        gender: None,
                        descriptor: None,
                        possessive,
                        initial: true,
                        acronym_of: None,
                    });
                    k = end;
                }
                None => k += 1,
            }
        }
    }
}

struct Finder<'a, 'b> {
    doc: &'a Document,
    weak: &'a [bool],
    case: &'a CaseEvidence<'a>,
    sentence: usize,
    /// Global index of `tokens[0]`.
    first: usize,
    tokens: &'a [Token],
    /// The tags of `tokens`.
    tags: &'a [Tag],
    /// For a heading: the names found in the text.
    body: Option<&'a BodyNames<'b>>,
    /// Whether the sentence is a heading's, capitals and all (a match's result laid out
    /// like one is not: see [`headings`]).
    heading: bool,
}

/// The words of the names found in a text, looked up when a heading, or a sentence opening
/// with a common word, is read again with the text's names behind it. The lookup sets are
/// built at the first question: most such sentences ask none.
struct BodyNames<'a> {
    doc: &'a Document,
    names: &'a [Candidate],
    /// Every word of every name, without its possessive (`Dole` of `Bob Dole's`); and the
    /// last word of each name that opens with a given name (`Dole` of `Bob Dole`).
    words: std::cell::OnceCell<(WordSet<&'a str>, WordSet<&'a str>)>,
}

impl<'a> BodyNames<'a> {
    fn new(doc: &'a Document, names: &'a [Candidate]) -> BodyNames<'a> {
        BodyNames { doc, names, words: std::cell::OnceCell::new() }
    }

    fn sets(&self) -> &(WordSet<&'a str>, WordSet<&'a str>) {
        self.words.get_or_init(|| {
            let (mut words, mut surnames) = (WordSet::default(), WordSet::default());
            for c in self.names {
                let text = self.doc.slice(c.span);
                words.extend(text.split([' ', '\u{a0}']).map(strip_possessive));
                let mut parts = text.split([' ', '\u{a0}']);
                let first = parts.next().unwrap_or("");
                if let Some(last) = parts.next_back() {
                    if LEXICONS.is_given_name(first) {
                        surnames.insert(strip_possessive(last));
                    }
                }
            }
            (words, surnames)
        })
    }

    /// Whether `word` is a word of one of the names.
    fn names_with(&self, word: &str) -> bool {
        self.sets().0.contains(word)
    }

    /// Whether `word` ends one of the names that opens with a given name, as a surname.
    fn surname(&self, word: &str) -> bool {
        self.sets().1.contains(word)
    }
}

/// What a US state abbreviated after a city is (`Calif.`): a place, as the gazetteer would
/// know it.
const STATE: Known =
    Known { kind: super::EntityType::Gpe, canonical: None, ambiguous: false, news: false, government: false };

/// The most tokens a gazetteer name spans (`United Kingdom of Great Britain and Northern
/// Ireland`, `St. Louis`), and the most bytes.
const MAX_NAME_TOKENS: usize = 12;
const MAX_NAME_BYTES: usize = 96;

/// A gazetteer match, as a token range of the sentence.
#[derive(Clone, Copy, Debug)]
struct Unit {
    end: usize,
    span: Span,
    known: Known,
}

impl Finder<'_, '_> {
    fn text(&self, k: usize) -> &str {
        self.doc.slice(self.tokens[k].span)
    }

    fn run(&self, units: &mut Vec<Option<Unit>>, out: &mut Vec<Candidate>) {
        self.gazetteer_units(units);
        let units = &units[..];
        let n = self.tokens.len();
        let mut k = 0;
        // The tokens of the last name found, and its place in `out`.
        let mut last: Option<(usize, usize, usize)> = None;
        while k < n {
            if !self.starts_name(k, units) {
                k += 1;
                continue;
            }
            if let Some(title) = self.portfolio_before_title(k, units) {
                k = title;
                continue;
            }
            let (end, span, known, possessive) = self.extend(k, units);
            let mut candidate = self.candidate(k, end, span, known, possessive);
            // `said van Gaal`, `de Saram hit 80`, `police said al-Masri had fled`: the
            // particles of a surname named alone open its name.
            // So after a title (`President de Klerk`).
            if let Some(c) = candidate.as_mut().filter(|c| c.known.is_none()) {
                let name_start = self.tokens.partition_point(|t| t.span.start < c.span.start);
                let from = self.particles_before(name_start, c.title.is_some());
                if from < name_start {
                    c.span = Span::new(self.tokens[from].span.start, c.span.end);
                }
            }
            // `Nippon Telegraph and Telephone Corp ( NTT )`, `Liberation Tigers of Tamil
            // Eelam ( LTTE )`: an acronym that spells the name before a connector and this
            // one is the name of both.
            let mut first = k;
            if let (Some((_, acro)), Some((pk, pend, pi)), Some(c)) =
                (self.bracketed_acronym(end), last, candidate.as_ref())
            {
                let letters: String = self.doc.slice(acro).chars().filter(|c| c.is_alphabetic()).collect();
                let joined = pi + 1 == out.len()
                    && pend + 1 == k
                    && matches!(self.text(pend), "and" | "of" | "for" | "&")
                    && self.initials(pk, pend) + &self.initials(k, end) == letters;
                if joined {
                    let whole = Span::new(out[pi].span.start, c.span.end);
                    out.pop();
                    first = pk;
                    candidate = self.candidate(pk, end, whole, None, possessive);
                }
            }
            let acronym_of = candidate.as_ref().map(|_| out.len());
            if let Some(c) = candidate {
                // `World Health Organization (WHO)`: the acronym in brackets right after; not a
                // wire's name after a dateline's place (`WOODSIDE, California (AP)`).
                let place = c.known.is_some_and(|k| matches!(k.kind, super::EntityType::Gpe | super::EntityType::Loc));
                let spelled = |acro: Span| {
                    let initial = self.doc.slice(acro).chars().next();
                    !place || self.doc.slice(c.span).split(' ').any(|w| w.chars().next() == initial)
                };
                let acronym = self.bracketed_acronym(end).filter(|&(_, acro)| spelled(acro));
                out.push(c);
                last = Some((first, end, out.len() - 1));
                if let Some((acro_end, acro)) = acronym {
                    let mut a = self.plain(acro, false);
                    a.acronym_of = acronym_of;
                    out.push(a);
                    k = acro_end;
                    continue;
                }
            }
            k = end.max(k + 1);
        }
    }

    /// Where the name particles right before token `k` start (`van der` in `van der Berg`,
    /// `al-` in `al-Masri`), when no name stands before them (`Ludwig van Beethoven` is one
    /// run already) but a title may (`titled`: `President de Klerk`); `k` when there are
    /// none.
    fn particles_before(&self, k: usize, titled: bool) -> usize {
        let particle = |m: usize| {
            let word = self.text(m);
            is_name_particle(word) && self.tags[m].is(Tag::LOWER)
        };
        let mut from = k;
        // `al-Masri`: a particle glued by a hyphen.
        if from >= 2 && self.text(from - 1) == "-" && self.glued(from - 2, from - 1) && self.glued(from - 1, from) {
            if particle(from - 2) {
                from -= 2;
            }
        } else {
            while from > 0 && k - from < 2 && self.adjacent(from - 1, from) && particle(from - 1) {
                from -= 1;
            }
        }
        // A particle capitalised at a sentence start, right before token `m + 1`.
        let opening_particle = |m: usize| {
            let word = self.text(m);
            let mut buf = [0u8; 24];
            self.weak[self.first + m]
                && self.adjacent(m, m + 1)
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && super::lexicons::ascii_lower(word, &mut buf).is_some_and(is_name_particle)
        };
        // `Van der Meulen raised …`: one before a particle in lower case opens the name with it.
        if from < k && from > 0 && opening_particle(from - 1) {
            from -= 1;
        }
        // `De Clercq , 30 , attacked` after `Mario De Clercq`: one the text writes inside the
        // full name too.
        if from == k && k > 0 && opening_particle(k - 1) && self.written_in_full(k - 1, k) {
            return k - 1;
        }
        // An article or an English word alone is no particle (`la Liga`, `do Americans`).
        let lone = from + 1 == k && matches!(self.text(from), "la" | "le" | "da" | "do" | "y");
        let named_before = from > 0
            && self.adjacent(from - 1, from)
            && self.name_like(from - 1)
            && !LEXICONS.is_title_word(self.text(from - 1));
        if lone || named_before && !titled {
            k
        } else {
            from
        }
    }

    /// Whether the text writes tokens `p` and `k` (`De Clercq`) elsewhere after another
    /// word of a name (`Mario De Clercq`, `F.W. de Klerk`).
    fn written_in_full(&self, p: usize, k: usize) -> bool {
        let text = self.doc.text();
        let (start, end) = (self.tokens[p].span.start, self.tokens[k].span.end);
        let needle = &text[start..end];
        let written = |needle: &[u8]| {
            memchr::memmem::Finder::new(needle).find_iter(text.as_bytes()).any(|at| {
                at != start
                    && text[..at].ends_with(' ')
                    && text[..at - 1].ends_with(|c: char| c.is_alphabetic() || c == '.')
                    && text[..at - 1].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase))
            })
        };
        // (Or with the particle in lower case there: `F.W. de Klerk … De Klerk said`.)
        let mut lower = needle.as_bytes().to_vec();
        lower[0] = lower[0].to_ascii_lowercase();
        written(needle.as_bytes()) || written(&lower)
    }

    /// Gazetteer names in the sentence, as whole tokens: `units[k]` is the longest name
    /// starting at token `k` (looked up by hash for each capitalised token).
    fn gazetteer_units(&self, units: &mut Vec<Option<Unit>>) {
        let n = self.tokens.len();
        units.clear();
        units.resize(n, None);
        let lex = &*LEXICONS;
        let text = self.doc.text();
        let mut k = 0;
        while k < n {
            // Gazetteer names start with a capital or a digit; the longest one wins.
            if !(self.tags[k].is(Tag::CAPITAL) || text.as_bytes()[self.tokens[k].span.start].is_ascii_digit()) {
                k += 1;
                continue;
            }
            let start = self.tokens[k].span.start;
            // `Redwood Shores, Calif.`: a state abbreviated after a city's comma.
            if let Some(end) = super::words::state_abbreviation_end(self.doc, self.tokens, k) {
                units[k] = Some(Unit { end, span: Span::new(start, self.tokens[end - 1].span.end), known: STATE });
                k = end;
                continue;
            }
            let Some(&lengths) = lex.name_heads.get(name_head(self.text(k))) else {
                k += 1;
                continue;
            };
            let longest = lengths.longest().min(MAX_NAME_BYTES);
            // Whether a possessive split off by a tokenizer stands inside the reach.
            let split_possessive =
                (k + 1..n.min(k + MAX_NAME_TOKENS)).any(|m| matches!(self.text(m), "'s" | "’s" | "'" | "’"));
            let mut found = None;
            for j in (k..n.min(k + MAX_NAME_TOKENS)).rev() {
                let end = self.tokens[j].span.end;
                // The name may end before a possessive (`People’s Daily’s`).
                let last = self.text(j);
                let bare_end = self.tokens[j].span.start + strip_possessive(last).len();
                if bare_end - start > longest {
                    continue;
                }
                let lookup = |end: usize| {
                    lengths
                        .may_have(end - start)
                        .then(|| lex.by_name.get(&text[start..end]).map(|&i| (end, i)))
                        .flatten()
                };
                let hit = lookup(end).or_else(|| (bare_end < end).then(|| lookup(bare_end)).flatten());
                // `People 's Liberation Army`: a possessive split off inside a name, as a
                // tokenizer writes it.
                let hit = hit.or_else(|| {
                    let slice = &text[start..end];
                    if !split_possessive || !(slice.contains(" 's ") || slice.contains(" ’s ")) {
                        return None;
                    }
                    let joined = slice.replace(" 's ", "'s ").replace(" ’s ", "’s ");
                    lengths
                        .may_have(joined.len())
                        .then(|| lex.by_name.get(joined.as_str()).map(|&i| (end, i)))
                        .flatten()
                });
                if let Some((end, i)) = hit {
                    found = Some(Unit { end: j + 1, span: Span::new(start, end), known: lex.known[i] });
                    break;
                }
                // `Moody 's`, `Standard & Poor 's`: a name with a possessive, as a tokenizer
                // splits it off.
                let clitic_end = match (j + 1 < n).then(|| self.text(j + 1)) {
                    Some("'s" | "’s") => Some(j + 2),
                    Some("'" | "’") if j + 2 < n && self.text(j + 2) == "s" && self.glued(j + 1, j + 2) => {
                        Some(j + 3)
                    }
                    _ => None,
                };
                if let Some(c_end) = clitic_end.filter(|_| self.tokens[j + 1].span.start == end + 1) {
                    let clitic = &text[self.tokens[j + 1].span.start..self.tokens[c_end - 1].span.end];
                    let joined = format!("{}{clitic}", &text[start..end]);
                    if let Some(&i) = lex.by_name.get(joined.as_str()) {
                        let span = Span::new(start, self.tokens[c_end - 1].span.end);
                        found = Some(Unit { end: c_end, span, known: lex.known[i] });
                        break;
                    }
                }
            }
            match found {
                Some(unit) => {
                    units[k] = Some(unit);
                    k = unit.end;
                }
                None => k += 1,
            }
        }
    }

    /// Whether token `k` can be part of a name at all.
    fn name_like(&self, k: usize) -> bool {
        self.tags[k].is(Tag::NAME_LIKE)
    }

    /// Whether a name can start at token `k`.
    fn starts_name(&self, k: usize, units: &[Option<Unit>]) -> bool {
        // `Total 213`, `Total ( for no wicket , 3.2 overs ) 19`: a scorecard's last line.
        if k == 0
            && self.text(k) == "Total"
            && self.tokens.get(1).is_some_and(|t| t.kind == TokenKind::Number || self.text(1) == "(")
        {
            return false;
        }
        if let Some(u) = units[k] {
            // `Amazon will invest …`, `Apple has cut …`: a company the gazetteer knows, whose
            // name is also a common word, acting at a sentence start.
            let acts = || {
                u.known.kind == super::EntityType::Org
                    && u.end < self.tokens.len()
                    && matches!(self.text(u.end), "will" | "would" | "has" | "had" | "could" | "plans" | "agreed")
            };
            // `Washington 's special envoy`: a place the gazetteer doubts, owning something.
            let owns = || {
                let n = self.tokens.len();
                u.end < n && matches!(self.text(u.end), "'s" | "’s")
                    || u.end + 1 < n && matches!(self.text(u.end), "'" | "’") && self.text(u.end + 1) == "s"
            };
            return !u.known.ambiguous
                || !self.weak[self.first + k]
                || owns()
                || self.backed(k)
                || self.role_then_name(u.end)
                || acts();
        }
        self.name_like(k)
            && (!self.weak[self.first + k]
                || self.backed(k) && !self.kind_before_name(k) && !self.word_before_person(k, units))
            && !self.is_title_only(k)
            && !is_player_label(self.doc, self.tokens, k, &[":", "-"])
    }

    /// Whether token `k`, opening a sentence, is a common noun for what the name after it
    /// is (`Broadcaster Grupo Televisa slipped`, `Retailer Cifra was unchanged`).
    fn kind_before_name(&self, k: usize) -> bool {
        let mut buf = [0u8; 24];
        let word = self.text(k);
        // `Bank Rakyat Sentosa`: a word that heads an organisation's name is the name's.
        k + 1 < self.tokens.len()
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && !LEXICONS.org_heads.contains(word)
            && !LEXICONS.org_suffixes.contains(word)
            && super::lexicons::ascii_lower(word, &mut buf)
                .is_some_and(|lower| LEXICONS.words.get(lower) == Some(&Role::OrgNoun))
    }

    /// Whether token `k`, opening a sentence, is a common word before a people's word, a
    /// given name no common word shares or a title (`Unseeded Spaniard Carlos Moya`,
    /// `Unseeded Carlos Moya`, `Caretaker Prime Minister Meraj Khalid`): it describes the
    /// person, and is no part of the name.
    fn word_before_person(&self, k: usize, units: &[Option<Unit>]) -> bool {
        let lex = &*LEXICONS;
        let word = self.text(k);
        let next = k + 1;
        let people = || {
            units[next].is_some_and(|u| {
                u.known.kind == super::EntityType::Norp && u.end == next + 1 && lex.nationals.contains(self.text(next))
            })
        };
        next < self.tokens.len()
            && units[k].is_none()
            && self.adjacent(k, next)
            && lex.is_english_word(word)
            && !lex.first_names.contains_key(word)
            && !lex.surnames.contains(word)
            && !lex.org_heads.contains(word)
            && !lex.words.contains_key(word)
            && !lex.is_title_word(word)
            && is_plain_capitalised(word)
            && (lex.is_given_name(self.text(next))
                || people()
                || is_plain_capitalised(self.text(next)) && lex.is_title_word(self.text(next)))
    }

    /// Whether a capitalised token in a weak position is still a name.
    fn backed(&self, k: usize) -> bool {
        self.backed_looking_ahead(k, true)
    }

    /// [`Finder::backed`], letting the next word's backing count (`ahead`) or not.
    fn backed_looking_ahead(&self, k: usize, ahead: bool) -> bool {
        let word = strip_possessive(self.text(k));
        let lex = &*LEXICONS;
        // The word's role, looked up once for the tests below.
        let role = lex.words.get(word);
        // `Storm Hilde tore through …`, `Port Ellis has …`: a storm's or a town's name opens
        // with a common word.
        // So does one before a particle and a name (`Plaza de Mayo`, `Tour de France`).
        if (matches!(role, Some(Role::EventHead | Role::PlaceHead)) || lex.landform_heads.contains(word))
            && k + 1 < self.tokens.len()
            && self.adjacent(k, k + 1)
            && (self.name_like(k + 1)
                || k + 2 < self.tokens.len()
                    && is_name_particle(self.text(k + 1))
                    && self.adjacent(k + 1, k + 2)
                    && self.name_like(k + 2))
        {
            return true;
        }
        // `Bank Negara Indonesia rose …`, `University Putra Malaysia`: an organisation's kind
        // opening a name that no list knows (not before a title: `Party leader`, `Ministry
        // Spokesman Li`; nor before a common word: `Bank Holiday`).
        if lex.org_heads.contains(word)
            && k + 1 < self.tokens.len()
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && !self.weak[self.first + k + 1]
            && !lex.not_names.contains(self.text(k + 1))
            && !lex.is_english_word(self.text(k + 1))
            && !lex.is_title_word(self.text(k + 1))
        {
            return true;
        }
        // `International Weightlifting Federation ( IWF ) said`: a word that often opens an
        // organisation's name, before capitalised words that end in a suffix.
        if role == Some(&Role::OrgLead) {
            let mut m = k + 1;
            while m < self.tokens.len() && m < k + 4 && self.adjacent(m - 1, m) && self.name_like(m) {
                if lex.org_suffixes.contains(self.text(m)) && m > k + 1 {
                    return true;
                }
                m += 1;
            }
        }
        // `Air New Zealand said …`, `Air Zimbabwe has …`: a word that opens a company's
        // name, before a place the gazetteer knows.
        if role == Some(&Role::OrgOpener)
            && k + 1 < self.tokens.len()
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && !self.weak[self.first + k + 1]
        {
            let text = self.doc.text();
            let one = lex.by_name.contains_key(self.text(k + 1));
            let two = k + 2 < self.tokens.len()
                && self.adjacent(k + 1, k + 2)
                && lex.by_name.contains_key(&text[self.tokens[k + 1].span.start..self.tokens[k + 2].span.end]);
            if one || two {
                return true;
            }
        }
        // `Ministry of Fisheries officials said …`, `Transport for London said …`, `Banco de
        // Mexico cut …`: an organisation's kind, then `of`, `for` or `de` and a name written
        // mid-sentence.
        if k + 2 < self.tokens.len()
            && matches!(self.text(k + 1), "of" | "for" | "de" | "del" | "do" | "da" | "di")
            && (lex.org_heads.contains(word) || role == Some(&Role::OrgOpener))
            && self.adjacent(k, k + 1)
            && self.adjacent(k + 1, k + 2)
            && self.name_like(k + 2)
            && !self.weak[self.first + k + 2]
        {
            return true;
        }
        // `(P. Simmons 4-38)`, `A. Dale`: an initial and its period before a name.
        let initial = word.len() == 1
            && (word != "I" || self.tags[k].is(Tag::NAME_LIKE))
            && word.as_bytes()[0].is_ascii_uppercase()
            && k + 2 < self.tokens.len()
            && self.text(k + 1) == "."
            && self.glued(k, k + 1)
            && self.adjacent(k + 1, k + 2)
            && self.name_like(k + 2)
            && !self.weak[self.first + k + 2];
        if initial {
            return true;
        }
        // `Wall Street shares rose`, `Hyde Park was closed`, `Foreign Ministry spokesman …`,
        // `World Cup standings :`: a common word before the word that ends a place's, an
        // organisation's or an event's name.
        if k + 1 < self.tokens.len()
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && !self.weak[self.first + k + 1]
            && (matches!(lex.words.get(self.text(k + 1)), Some(Role::PlaceEnd | Role::Event))
                || lex.org_suffixes.contains(self.text(k + 1)))
            && !lex.function_words.contains(word)
        {
            return true;
        }
        // `Tiger Woods shot …`, `Will Smith said …`: a given name that is also a common word,
        // before a surname written mid-sentence.
        if lex.first_names.contains_key(word) && k + 1 < self.tokens.len() && self.surname_follows(k) {
            return true;
        }
        // `Secretary of State Warren Christopher met …`: a title with its portfolio, before
        // a name.
        if self.title_with_portfolio(k).is_some() {
            return true;
        }
        // `“…,” Chief Executive Laura Brandvold said`: a title of several words before a
        // name, its first word capitalised for the title's sake.
        let n = self.tokens.len();
        if self.title_phrase_at(k, n, false).is_some_and(|(_, width)| {
            width > 1 && k + width < n && self.name_like(k + width) && !lex.is_title_word(self.text(k + width))
        }) {
            return true;
        }
        // `Shelter, the housing charity, said …`: a common word apposed to a kind of
        // organisation or a person's role is a name (a people's word or a country's may
        // qualify the kind: `Groupama, the French insurer,`, `Groupama, France's largest
        // insurer,`).
        let people = |m: usize| {
            self.tags[m].is(Tag::CAPITAL)
                && lex
                    .by_name
                    .get(strip_possessive(self.text(m)))
                    .is_some_and(|&i| matches!(lex.known[i].kind, super::EntityType::Norp | super::EntityType::Gpe))
        };
        let described = k + 2 < self.tokens.len()
            && self.text(k + 1) == ","
            && (matches!(self.text(k + 2), "the" | "a" | "an") || people(k + 2) && self.text(k + 2) != word)
            && is_plain_capitalised(word)
            && !lex.function_words.contains(word)
            && (k + 3..self.tokens.len().min(k + 3 + 4))
                .take_while(|&m| self.tags[m].is(Tag::LOWER) || people(m))
                .any(|m| lex.words.get(self.text(m)).is_some_and(|&r| r == Role::OrgNoun || r.describes_person()));
        if described {
            return true;
        }
        // `Harbor & Pine said …`, `Black & Decker Corp. rose …`: a common word, an ampersand
        // and a name, ending in a firm's suffix or before a speech verb, name a firm.
        if k + 2 < n && self.text(k + 1) == "&" && self.adjacent(k, k + 1) && self.adjacent(k + 1, k + 2) {
            let mut e = k + 2;
            while e + 1 < n && self.adjacent(e, e + 1) && self.name_like(e + 1) {
                e += 1;
            }
            let last = self.text(e).trim_end_matches('.');
            let firm = self.name_like(k + 2)
                && (e > k + 2 && lex.org_suffixes.contains(last)
                    || e + 1 < n && LEXICONS.is_speech_cue(self.text(e + 1)));
            if firm {
                return true;
            }
        }
        // `Dole said …` after `Bob Dole`: a common word that is a person's surname in the
        // text.
        if lex.not_names.contains(word) {
            let surname = self.body.is_some_and(|body| body.surname(word));
            return surname && !lex.function_words.contains(word);
        }
        if lex.pronoun(word).is_some() {
            return false;
        }
        if self.case.lower_elsewhere(word) {
            return false;
        }
        let first_name = lex.is_given_name(word);
        // `Brightwater Optics Inc. said`: a word no list knows, opening a run of names.
        // So does one before an ampersand and a name (`Carrow & Vance said`); not after a
        // colon, where two people are credited (`Video: Miharris & Acphillips`).
        let ampersand = k + 2 < self.tokens.len()
            && self.text(k + 1) == "&"
            && self.name_like(k + 2)
            && !(k > 0 && self.text(k - 1) == ":");
        let opens_run = k + 1 < self.tokens.len()
            && (!self.weak[self.first + k + 1] && self.name_like(k + 1) || ampersand)
            && self.adjacent(k, k + 1)
            && !lex.surnames.contains(word);
        // `Wikinews interviews Marymegan Daly`: in a headline, a word no list knows, right
        // before a name the text backs elsewhere, is part of that name.
        let runs_into_name = ahead
            && k + 1 < self.tokens.len()
            && self.weak[self.first + k + 1]
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && !lex.first_names.contains_key(word)
            && !lex.titles.contains_key(word)
            && !lex.words.contains_key(word)
            && self.backed_looking_ahead(k + 1, false);
        // `Doe told Reuters …`: the subject of a speech verb speaks, so it is someone.
        // Not a plural noun for people, though (`Forecasters said`, `Prosecutors told`).
        let speaks =
            k + 1 < self.tokens.len() && LEXICONS.is_speech_cue(self.text(k + 1)) && !is_plural_of_people(word);
        // `Pellmoor spent …`, `Agassi withdrew …`: a word that is no English word, before a
        // word in lower case, is a name (the lower-case word rules out title case).
        // So is one before an apposition (`Veltrix, the Dutch chipmaker, …`).
        let apposition =
            k + 2 < self.tokens.len() && self.text(k + 1) == "," && matches!(self.text(k + 2), "the" | "a" | "an");
        // And one before a figure, as in a table of scores (`Glamorgan 259 and 207`).
        let figure =
            k + 1 < self.tokens.len() && self.tokens[k + 1].kind == TokenKind::Number && self.adjacent(k, k + 1);
        let unknown = k + 1 < self.tokens.len()
            && (self.tags[k + 1].is(Tag::LOWER) && self.adjacent(k, k + 1) || apposition || figure)
            && is_plain_capitalised(word)
            && !lex.is_english_word(word)
            && !lex.surnames.contains(word)
            && !lex.first_names.contains_key(word)
            && !lex.words.contains_key(word)
            && !lex.titles.contains_key(word)
            && !lex.dates.contains(word);
        // `Yeltsin, who is on holiday, …`: a relative clause on people; `Unison, which
        // represents library staff, …` on an organisation.
        let who = k + 2 < self.tokens.len()
            && self.text(k + 1) == ","
            && matches!(self.text(k + 2), "who" | "whose" | "which")
            && !lex.function_words.contains(word)
            && !lex.dates.contains(word);
        first_name
            || self.body.is_some_and(|body| body.names_with(word))
            || super::words::is_camel_case(word)
            || opens_run
            || runs_into_name
            || speaks
            || who
            || unknown
            || self.case.capitalised_elsewhere(word)
            || (is_acronym(word) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            || word.chars().any(|c| c.is_ascii_digit())
            || lex.titles.contains_key(word)
            // `Arantxa Sanchez Vicario (Spain) beat …`: in a table of results, a player's
            // name is followed by their country in brackets.
            || (!lex.words.contains_key(word) && self.country_in_brackets_after(k))
    }

    /// Whether a role in lower case, or an acronym's (`CEO`), and a name follow from token
    /// `m` (`Labour leader Tony Blair`, `Apple founder Steve Jobs`, `Tesla CEO Elon Musk`):
    /// what stands before the role is a name.
    fn role_then_name(&self, m: usize) -> bool {
        let role = |w: &str| LEXICONS.titles.get(w).is_some_and(|&(_, phrase)| !phrase.contains(' '));
        m + 1 < self.tokens.len()
            && (self.tags[m].is(Tag::LOWER) || is_acronym(self.text(m)))
            && role(self.text(m))
            && self.adjacent(m - 1, m)
            && self.adjacent(m, m + 1)
            && self.name_like(m + 1)
    }

    /// Whether token `k + 1`, outside a weak position, is a surname: a common word that is
    /// also a family name (`Woods`), or a capitalised word that is no common word and no
    /// gazetteer name (`Smith`).
    fn surname_follows(&self, k: usize) -> bool {
        let lex = &*LEXICONS;
        let next = strip_possessive(self.text(k + 1));
        !self.weak[self.first + k + 1]
            && self.adjacent(k, k + 1)
            && self.name_like(k + 1)
            && (lex.surnames.contains(next)
                || (is_plain_capitalised(next)
                    && !lex.not_names.contains(next)
                    && !lex.by_name.contains_key(next)
                    && !lex.words.contains_key(next)))
    }

    /// Whether a government body's name starts at token `j`, right after the name before
    /// it: one the gazetteer knows (`Federal Reserve`), or up to three plain words ending a
    /// ministry's name (`Commerce Ministry`, `State Department`).
    fn government_at(&self, j: usize, units: &[Option<Unit>]) -> bool {
        let lex = &*LEXICONS;
        if j == 0 || !self.adjacent(j - 1, j) {
            return false;
        }
        if let Some(u) = units[j] {
            return u.known.kind == super::EntityType::Org && u.known.government && !u.known.ambiguous;
        }
        let n = self.tokens.len();
        // `India Meteorological Department`, `Japan Meteorological Agency`: a body named for
        // its science, not a portfolio, is named with its country.
        if self.text(j).ends_with("ical") {
            return false;
        }
        let mut m = j;
        while m < n && m < j + 3 && units[m].is_none() && (m == j || self.adjacent(m - 1, m)) {
            let word = self.text(m);
            if !is_plain_capitalised(word) || lex.is_given_name(word) {
                return false;
            }
            if m > j && lex.words.get(word) == Some(&Role::StateBody) {
                return true;
            }
            m += 1;
        }
        false
    }

    /// Whether a run of at most four names from token `k` is followed by a country in
    /// brackets (`Naoko Kijimuta (Japan)`, `Kimberly Po ( U.S. )`).
    fn country_in_brackets_after(&self, k: usize) -> bool {
        let n = self.tokens.len();
        let mut j = k + 1;
        while j < n && j < k + 4 && self.name_like(j) && self.adjacent(j - 1, j) {
            j += 1;
        }
        j < n
            && self.adjacent(j - 1, j)
            && bracketed_known(self.doc, self.tokens, j)
                .is_some_and(|k| k.kind == super::EntityType::Gpe && !k.ambiguous)
    }

    /// `Workplace Relations Minister Peter Reith`, `Chief Cabinet Secretary Seiroku
    /// Kajiyama`, `Fuel and Energy Minister`: common words in capitals before a minister's or
    /// a secretary's title and a name are the title's portfolio, no name; the token of the
    /// title, where the run goes on.
    fn portfolio_before_title(&self, k: usize, units: &[Option<Unit>]) -> Option<usize> {
        let lex = &*LEXICONS;
        let n = self.tokens.len();
        // A title that takes a portfolio, a few words on (looked for first: most runs have
        // none). Not `the Kestrel Observatory Director`, `told Lantern News Service Mr.
        // Gallo`: a body's name, then its officer.
        let m = (k + 1..n.min(k + 5)).find(|&m| {
            matches!(self.text(m), "Minister" | "Secretary" | "Commissioner" | "Representative" | "Undersecretary")
        })?;
        let plain = |m: usize| units[m].is_none() && is_common_capitalised(self.text(m));
        let common = |m: usize| plain(m) && !lex.titles.contains_key(self.text(m));
        // (The portfolio may open with a title's word: `Chief Cabinet Secretary`.)
        let opening_title = lex.titles.contains_key(self.text(k));
        let portfolio = (k + 1..m)
            .all(|t| self.adjacent(t - 1, t) && (common(t) || matches!(self.text(t), "and" | "&")))
            && self.adjacent(m - 1, m)
            && !matches!(self.text(m - 1), "and" | "&");
        if !portfolio || !(common(k) || opening_title && plain(k)) {
            return None;
        }
        let untitled = if opening_title { m >= k + 2 } else { self.title_at(k, n).is_none() };
        (untitled && self.title_at(m, n).is_some()).then_some(m)
    }

    /// The title starting at token `m` inside a run (`President`, `Prime Minister`, `Sen.`):
    /// its length in tokens, when a name follows it that is not an organisation's
    /// (`General Motors` is a name, not a general).
    fn title_at(&self, m: usize, end: usize) -> Option<(usize, Option<super::Gender>)> {
        let lex = &*LEXICONS;
        let word = self.text(m);
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // A title of several words, with a name after it in the run, else a one-word title.
        let phrase = self.title_phrase_at(m, end - 1, false);
        // `Midfielder Ollie Brennick` at a sentence start: a role written in lower case.
        let mut buf = [0u8; 24];
        let role = || {
            let lower = super::lexicons::ascii_lower(word, &mut buf)?;
            lex.titles.get(lower).filter(|_| self.weak[self.first + m])
        };
        let (gender, mut width) = match (phrase, lex.titles.get(word).or_else(role)) {
            (Some((g, words)), _) => (g, words),
            (None, Some(&(g, phrase))) if !phrase.contains(' ') => (g, 1),
            _ => return None,
        };
        if m + width < end && self.text(m + width) == "." {
            width += 1;
        }
        if width == 1 {
            width += self.portfolio_after(m + 1, end);
        }
        let next = m + width;
        // (Not an event named for the title's holders: `the Presidents Cup`.)
        let named = next < end
            && self.name_like(next)
            && !lex.org_suffixes.contains(strip_possessive(self.text(next)))
            && lex.words.get(strip_possessive(self.text(next))) != Some(&Role::Event);
        // `Major Indoor Lacrosse League`: a run that ends as an organisation's does is its
        // name, title word and all.
        let last = strip_possessive(self.text(end - 1));
        // So is one that ends as a trophy's, named for a person the title goes with
        // (`Prince Philip Challenge Cup`, `Queen Elizabeth II Stakes`; not `Foreign Minister
        // Dick Spring`).
        let trophy = matches!(last, "Cup" | "Trophy" | "Stakes" | "Shield" | "Plate" | "Handicap" | "Guineas");
        let organisation =
            end > next + 1 && (lex.org_heads.contains(last) || lex.org_suffixes.contains(last) || trophy);
        (named && !organisation).then_some((width, gender))
    }

    /// Where a title of several words with some in lower case, opening at token `k`, ends
    /// before a name (`Secretary of State`, `Minister for Foreign Affairs`).
    fn title_with_portfolio(&self, k: usize) -> Option<usize> {
        // Such a title's second word is `of` or `for`: most words are ruled out by the next
        // one, before any lookup.
        if k + 1 >= self.tokens.len() || !matches!(self.text(k + 1), "of" | "for") {
            return None;
        }
        let (width, _) = self.title_at(k, self.tokens.len())?;
        (width > 1 && (k + 1..k + width).any(|m| self.tags[m].is(Tag::LOWER))).then_some(k + width)
    }

    /// The tokens of a portfolio after a one-word title, before a person's given name:
    /// `of Finance` in `Minister of Finance Ali Ahmed`, `for Foreign Affairs` in `Minister
    /// for Foreign Affairs Joe Bloggs`. Its words are common words in capitals; none when
    /// no given name follows them (`Bank of America`, `President of France`).
    fn portfolio_after(&self, k: usize, end: usize) -> usize {
        let lex = &*LEXICONS;
        if k + 2 >= end || !matches!(self.text(k), "of" | "for") {
            return 0;
        }
        let mut j = k + 1;
        while j < end && j < k + 5 {
            let word = self.text(j);
            if j > k + 1 && lex.first_names.contains_key(word) && self.name_like(j) {
                return j - k;
            }
            let common = matches!(word, "the" | "and")
                || is_common_capitalised(word)
                    // `Speaker of the House`: a body the gazetteer knows only as a word.
                    && lex.by_name.get(word).is_none_or(|&i| lex.known[i].ambiguous);
            if !common || !self.adjacent(j - 1, j) {
                return 0;
            }
            j += 1;
        }
        0
    }

    /// The longest title of several words that the tokens from `k` spell, ending before
    /// token `limit` (`Secretary of State`, `Home Secretary`): its gender and its width in
    /// tokens. With `possessive`, a token may carry a possessive (`Home Secretary’s`).
    fn title_phrase_at(&self, k: usize, limit: usize, possessive: bool) -> Option<(Option<super::Gender>, usize)> {
        let read = |i: usize| if possessive { strip_possessive(self.text(i)) } else { self.text(i) };
        LEXICONS.title_phrases.get(self.text(k))?.iter().find_map(|&(phrase, gender)| {
            // Token by token; a hyphen inside a word is a token of its own, glued to both
            // sides (`Vice-President`). A piece in lower case after it ends no name's run
            // (`President-elect`): such a title stays a word of the run.
            let mut i = k;
            for word in phrase.split(' ') {
                for (h, piece) in word.split('-').enumerate() {
                    if h > 0 {
                        if !piece.starts_with(char::is_uppercase) {
                            return None;
                        }
                        if i + 1 >= limit || self.text(i) != "-" || !self.glued(i - 1, i) || !self.glued(i, i + 1) {
                            return None;
                        }
                        i += 1;
                    }
                    if i >= limit || read(i) != piece {
                        return None;
                    }
                    i += 1;
                }
            }
            Some((gender, i - k))
        })
    }

    /// A title standing alone (`President said`, `the Home Secretary and I`, `the
    /// Senator’s`) names nobody by itself.
    fn is_title_only(&self, k: usize) -> bool {
        let lex = &*LEXICONS;
        let word = self.text(k);
        let n = self.tokens.len();
        let phrase = self.title_phrase_at(k, n, true).map(|(_, width)| width);
        // `the Senator’s ads`, but not `the LA Sheriff’s office`, where the title is part of
        // the office's name.
        let after_the = k > 0 && self.text(k - 1).eq_ignore_ascii_case("the");
        let bare = if after_the { strip_possessive(word) } else { word };
        let Some(mut width) = phrase.or_else(|| lex.titles.contains_key(bare).then_some(1)) else {
            return false;
        };
        // `Hun Sen`, `Amartya Sen`: an abbreviated title without its period, right after a
        // name, is the name's last word.
        if phrase.is_none()
            && k > 0
            && self.adjacent(k - 1, k)
            && self.name_like(k - 1)
            && !lex.titles.contains_key(self.text(k - 1))
            && lex.abbreviated_titles.contains(word)
        {
            return false;
        }
        // `John Major`, `Larry King`, `Ian Bishop`: a title that is also a name, right after
        // a given name, is the surname.
        if phrase.is_none()
            && k > 0
            && self.adjacent(k - 1, k)
            && lex.is_given_name(self.text(k - 1))
            && !lex.titles.contains_key(self.text(k - 1))
            && (lex.surnames.contains(word) || lex.first_names.contains_key(word))
        {
            return false;
        }
        if width == 1 {
            width += self.portfolio_after(k + 1, n);
        }
        let next = k + width;
        let named = next < n && self.name_like(next);
        let named_after_period = next + 1 < n && self.text(next) == "." && self.name_like(next + 1);
        // `Major said` after `John Major`: the surname of a person the text names in full.
        let surname = phrase.is_none() && self.body.is_some_and(|body| body.surname(strip_possessive(word)));
        !named && !named_after_period && !surname
    }

    /// Whether a person's name of two plain words, maybe with a middle initial, starts at
    /// token `j` and ends the run (`Hamdullah Mohib`, `Jana P. Rosenthal`; not `Steel
    /// Corp` or `Maple Leafs`).
    fn person_follows(&self, j: usize, units: &[Option<Unit>]) -> bool {
        let lex = &*LEXICONS;
        let n = self.tokens.len();
        // `Jana P. Rosenthal`: an initial and its period between the two names.
        let initial = j + 3 < n
            && self.glued(j + 1, j + 2)
            && self.text(j + 2) == "."
            && self.text(j + 1).len() == 1
            && self.text(j + 1).bytes().all(|b| b.is_ascii_uppercase());
        let last_at = if initial { j + 3 } else { j + 1 };
        // A surname may be a place's name too (`Aoife Santos`, `Jesper Medina`).
        let surname_place =
            |u: &Unit| u.end == last_at + 1 && matches!(u.known.kind, super::EntityType::Gpe | super::EntityType::Loc);
        if last_at >= n || units[j].is_some() || units[last_at].is_some_and(|u| !surname_place(&u)) {
            return false;
        }
        let ends_run = last_at + 1 >= n || !self.name_like(last_at + 1) || !self.adjacent(last_at, last_at + 1);
        let (first, last) = (self.text(j), strip_possessive(self.text(last_at)));
        let plain = |w: &str| {
            w.len() > 1
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !lex.not_names.contains(w)
                && !lex.org_suffixes.contains(w)
        };
        let no_cue = |w: &str| !lex.words.contains_key(w) || lex.surnames.contains(w);
        // `the United Nations Bill Richardson`: a given name that is also a cue word, before
        // a surname that is no English word.
        let given_cue = || lex.first_names.contains_key(first) && !lex.is_english_word(last);
        self.adjacent(j - 1, j)
            && (initial || self.adjacent(j, j + 1))
            && (!initial || self.adjacent(j + 2, last_at))
            && self.name_like(j)
            && self.name_like(last_at)
            && ends_run
            && plain(first)
            && (no_cue(first) || given_cue())
            && plain(last)
            && no_cue(last)
            // `Chicago White Sox`: a surname is no given name.
            && (!lex.surnames.contains(first) || lex.first_names.contains_key(first))
            && (!last.ends_with('s')
                || lex.surnames.contains(last)
                || lex.is_given_name(first))
    }

    /// Whether a surname alone starts at token `j` and ends the run, after a nationality:
    /// one plain capitalised word (`Frentzen`), or a given name and two more words (`Jon
    /// Dahl Tomasson`). No common word, place, organisation suffix or cue word (`German
    /// Bundesbank` is split by the gazetteer, `British Gas` is not).
    fn surname_after_nationality(&self, j: usize, units: &[Option<Unit>]) -> bool {
        let lex = &*LEXICONS;
        let n = self.tokens.len();
        if j >= n || !self.adjacent(j - 1, j) {
            return false;
        }
        // A surname alone, or up to three names (`Kjetil Andre Aamodt`, `Heinz-Harald
        // Frentzen`) ending the run.
        // (`Swede Per-Ulrik Johansson`: a given name of two, joined by a hyphen.)
        let hyphened = j + 2 < n
            && self.text(j + 1) == "-"
            && self.glued(j, j + 1)
            && self.glued(j + 1, j + 2)
            && self.name_like(j + 2)
            && (lex.first_names.contains_key(self.text(j)) || lex.first_names.contains_key(self.text(j + 2)));
        let given_end = if hyphened { j + 2 } else { j };
        let mut last = given_end;
        while last + 1 < n && last < given_end + 2 && self.adjacent(last, last + 1) && self.name_like(last + 1) {
            last += 1;
        }
        let ends_run = last + 1 >= n || !self.adjacent(last, last + 1) || !self.name_like(last + 1);
        if hyphened {
            return ends_run && last > given_end;
        }
        let plain = |m: usize| {
            let w = strip_possessive(self.text(m));
            units[m].is_none()
                && self.name_like(m)
                && w.chars().count() > 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !lex.not_names.contains(w)
                && !lex.is_english_word(w)
                && !lex.org_suffixes.contains(w)
                && !lex.words.contains_key(w)
        };
        let given = |m: usize| lex.is_given_name(self.text(m));
        // `American Linda Wild`: a given name no common word shares, then a surname of any
        // kind.
        let first_name = j < last && lex.first_names.get(self.text(j)).is_some_and(|&(_, ambiguous)| !ambiguous);
        ends_run && (first_name || (j..=last).all(|m| plain(m) || m < last && given(m)))
    }

    /// Whether token `j - 1` ends an organisation's or team's name that a person's name
    /// may follow: an organisation suffix (`Refugee Council`), a plural (`Dunhallow
    /// Rangers`, `Capital Markets`), or a common noun before a known first name (`Kestrel
    /// Research Ximena Dawkins`).
    fn ends_organisation(&self, j: usize) -> bool {
        let lex = &*LEXICONS;
        let prev = self.text(j - 1);
        let common = lex.not_names.contains(prev) && !lex.surnames.contains(prev);
        let plural = prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss") && !lex.surnames.contains(prev);
        let first_name = lex.is_given_name(self.text(j));
        lex.org_suffixes.contains(prev) || plural || (common && first_name)
    }

    /// Whether tokens `a` and `b` are separated by exactly one space (or none).
    fn adjacent(&self, a: usize, b: usize) -> bool {
        let gap = &self.doc.text()[self.tokens[a].span.end..self.tokens[b].span.start];
        gap.is_empty() || (gap.chars().count() == 1 && gap.chars().all(char::is_whitespace) && gap != "\n")
    }

    /// Whether token `k`, after a possessive, ends a place's or an institution's name that
    /// the possessive is part of (`St James' Park`, `St Mary's Hospital`): a capitalised place
    /// ending or organisation suffix that ends the run, and no `of` after it (`Japan's
    /// Ministry of Finance`). After a common word (`Children's Defense Fund`, `Veterans'
    /// Affairs Department`), up to two more capitalised words may come before that ending.
    fn possessive_place(&self, k: usize, units: &[Option<Unit>], owner: &str) -> bool {
        let lex = &*LEXICONS;
        let n = self.tokens.len();
        // `of` and a name go on with it (`Japan's Ministry of Finance`); `of` and a common
        // word do not (`the Pakistan People's Party of ousted prime minister …`).
        let of_name =
            |i: usize| self.text(i + 1) == "of" && i + 2 < n && (self.name_like(i + 2) || self.text(i + 2) == "the");
        let ends = |i: usize| {
            i + 1 >= n || !self.adjacent(i, i + 1) || !(self.name_like(i + 1) || units[i + 1].is_some() || of_name(i))
        };
        let reach = if lex.not_names.contains(owner) || lex.is_english_word(owner) { 3 } else { 1 };
        for (i, unit) in units.iter().enumerate().take(n.min(k + reach)).skip(k) {
            if unit.is_some() || !self.name_like(i) {
                return false;
            }
            let word = self.text(i);
            if (lex.words.get(word) == Some(&Role::PlaceEnd) || lex.org_suffixes.contains(word)) && ends(i) {
                return true;
            }
            if i + 1 < n && !self.adjacent(i, i + 1) {
                return false;
            }
        }
        false
    }

    fn glued(&self, a: usize, b: usize) -> bool {
        self.tokens[a].span.end == self.tokens[b].span.start
    }

    /// Extends a name from token `k`: returns the token end, the span, the gazetteer entry
    /// when the whole name is one, and whether a possessive followed.
    fn extend(&self, k: usize, units: &[Option<Unit>]) -> (usize, Span, Option<Known>, bool) {
        let n = self.tokens.len();
        let lex = &*LEXICONS;
        let mut pieces = 0;
        let mut known;
        // `Secretary of State Warren Christopher`: a title whose words in lower case would
        // end the run is taken whole, and the name after it with it.
        let mut j = self.title_with_portfolio(k).map_or(k, |end| end - 1); // next token to take
        let mut end_byte;
        let mut possessive = false;
        // Whether the name took an `of` or `for` after an organisation's head word.
        let mut organisation_of = false;
        let opening_title = || self.title_at(k, n).map(|(width, _)| k + width);
        // (A match's result laid out as a heading is read as a row: its capitals mark names.)
        let weak_run = self.weak[self.first + k] && self.heading;
        loop {
            // Take one unit: a gazetteer match or a single token. An ambiguous name that
            // opens a title is the title's (`Vice Premier Zhu Rongji`, not the outlet `Vice`).
            let title_word = j == k && units[j].is_some_and(|u| u.known.ambiguous) && opening_title().is_some();
            let (unit_end, unit_span, unit_known) = match units[j].filter(|_| !title_word) {
                Some(u) => (u.end, u.span, Some(u.known)),
                None => (j + 1, self.tokens[j].span, None),
            };
            let last_text =
                self.doc.slice(Span::new(self.tokens[unit_end - 1].span.start, self.tokens[unit_end - 1].span.end));
            let stripped = strip_possessive(last_text);
            end_byte = if unit_known.is_some() {
                unit_span.end
            } else {
                self.tokens[unit_end - 1].span.start + stripped.len()
            };
            pieces += 1;
            known = if pieces == 1 { unit_known } else { None };
            j = unit_end;
            // `St Mary's Hospital`, `St James' Park`: a possessive inside a place's name, not
            // after one the gazetteer knows (`Britain's Lake District`).
            if stripped.len() < last_text.len() {
                if unit_known.is_none() && j < n && self.adjacent(j - 1, j) && self.possessive_place(j, units, stripped)
                {
                    continue;
                }
                possessive = true;
                break;
            }
            if j >= n {
                break;
            }
            // The same, as a tokenizer splits it: `St Mary 's Hospital`, `St James ' Park`.
            let mark = match self.text(j) {
                "'s" | "’s" => 1,
                "'" | "’" if j + 1 < n && self.text(j + 1) == "s" && self.glued(j, j + 1) => 2,
                "'" | "’" => 1,
                _ => 0,
            };
            if mark > 0
                && unit_known.is_none()
                && j + mark < n
                && self.adjacent(j - 1, j)
                && self.adjacent(j + mark - 1, j + mark)
                && self.possessive_place(j + mark, units, last_text)
            {
                j += mark;
                continue;
            }
            // `U.S.`, `J. K.`: a period glued to an abbreviation or an initial.
            if self.text(j) == "." && self.glued(j - 1, j) {
                let prev = self.text(j - 1);
                let initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
                // `St. Clair`, `Mt. Kenya`: an abbreviation that opens a name part.
                let opens_part = lex.words.get(prev) == Some(&Role::NameAbbrev);
                // A title written in full keeps no period that ends the sentence (`Ann King.`).
                let title = LEXICONS.titles.contains_key(prev)
                    && (lex.abbreviated_titles.contains(prev) || j + 1 < n && self.name_like(j + 1));
                // `Ken Griffey Jr.`: a generation's suffix.
                let generation = is_generation(prev);
                if prev.contains('.') || initial || opens_part || title || generation {
                    // `top of Serie A.`, `in Group B.`: a letter ending the sentence keeps
                    // its period for the sentence.
                    if initial && j + 1 == n {
                        break;
                    }
                    end_byte = self.tokens[j].span.end;
                    j += 1;
                    if j < n && self.adjacent(j - 1, j) && self.name_like(j) {
                        continue;
                    }
                    // `Felix A. da Costa`, `Elodie R. de la Cruz`: particles, then the surname.
                    let particles = (j..n.min(j + 2)).take_while(|&m| is_name_particle(self.text(m))).count();
                    let surname = j + particles;
                    // (So after initials joined by periods: `F.W. de Klerk`.)
                    if (initial || crate::segment::sentences::is_initials(prev))
                        && particles > 0
                        && surname < n
                        && (j - 1..surname).all(|m| self.adjacent(m, m + 1))
                        && self.name_like(surname)
                    {
                        j = surname;
                        continue;
                    }
                    break;
                }
            }
            if j >= n {
                break;
            }
            // `Peter Blackburn` as a byline: a surname after a known first name needs no
            // backing of its own.
            let after_first_name = pieces == 1 && j == k + 1 && lex.is_given_name(self.text(k));
            let next_ok = |m: usize| {
                m < n
                    && (units[m].is_some() || self.name_like(m))
                    && (!weak_run
                        || self.backed(m)
                        || units[m].is_some()
                        || after_first_name
                        // `Brussels Newsroom`, `Kestrel Holdings` in a heading.
                        || lex.org_suffixes.contains(self.text(m)))
            };
            let next = self.text(j);
            // `Ambassador to the United States Hamdullah Mohib`: a place, then a person's
            // first and last name, are two names.
            // So are an organisation's or a team's name, ended by a suffix, a plural or a
            // common noun, and a person's after it (`Refugee Council Enver Solomon`).
            // So are a people and a person (`American Lindsay Davenport`).
            // So are a body an envoy is sent to and the envoy (`Ambassador to the U.N. Madeleine
            // Albright`).
            let sent_to = k >= 2 && self.text(k - 1) == "the" && matches!(self.text(k - 2), "to" | "at");
            let place = pieces == 1
                && unit_known.is_some_and(|u| {
                    matches!(u.kind, super::EntityType::Gpe | super::EntityType::Loc | super::EntityType::Norp)
                        || u.kind == super::EntityType::Org && sent_to
                });
            // `Thai Commerce Ministry`, `U.S. State Department`, `U.S. Federal Reserve`: a
            // country or a people, then a government body, are two names.
            let nation = pieces == 1
                && unit_known.is_some_and(|u| {
                    !u.ambiguous
                        && (u.kind == super::EntityType::Norp
                            || u.kind == super::EntityType::Gpe && u.canonical.is_some())
                });
            if nation && self.government_at(j, units) {
                return (j, unit_span, unit_known, false);
            }
            // `annexed Arab East Jerusalem`: a people, then a place the gazetteer knows, are
            // two names (a name it knows whole, `Chinese Taipei`, is one unit; a party or a
            // union may open with a people, `Serbian Democratic Party`).
            let people = pieces == 1 && unit_known.is_some_and(|u| u.kind == super::EntityType::Norp && !u.ambiguous);
            let known_next = units[j].is_some_and(|u| {
                !u.known.ambiguous && matches!(u.known.kind, super::EntityType::Gpe | super::EntityType::Loc)
            });
            if people && known_next && self.adjacent(j - 1, j) {
                return (j, unit_span, unit_known, false);
            }
            let organisation = j >= k + 2 && self.ends_organisation(j);
            // Not a title's last word (`Prime Minister Rishi Sunak`).
            if (place || organisation) && self.person_follows(j, units) && opening_title().is_none_or(|end| j > end) {
                break;
            }
            // `Dutchman Siemerink`, `German Frentzen`, `Dane Jon Dahl Tomasson`: a nationality,
            // then a surname alone, are two names, as sports copy introduces players.
            // Not a ship's name (`the tanker Nordic Vega`).
            let national = pieces == 1
                && unit_known.is_some_and(|u| u.kind == super::EntityType::Norp)
                && lex.nationals.contains(self.doc.slice(unit_span))
                && (k == 0 || !matches!(lex.words.get(self.text(k - 1)), Some(Role::Vessel | Role::Spacecraft)));
            if national && self.surname_after_nationality(j, units) && opening_title().is_none_or(|end| j > end) {
                break;
            }
            // `the mainly Catholic Garvaghy Road`: a people's word, then a place's name, are
            // two names.
            let people = pieces == 1 && unit_known.is_some_and(|u| u.kind == super::EntityType::Norp);
            if people && self.adjacent(j - 1, j) {
                let mut last = j;
                while last + 1 < n && last < j + 3 && self.adjacent(last, last + 1) && self.name_like(last + 1) {
                    last += 1;
                }
                if last > j && lex.words.get(self.text(last)) == Some(&Role::PlaceEnd) {
                    break;
                }
            }
            // `a New York Democrat`, `Hong Kong Chinese`: a place, then a people or a party's
            // member, are two names.
            // (Not when the run goes on to a body's last word: `Ulster Unionist Party`, `Kenya
            // African National Union`.)
            let place_only = place && unit_known.is_some_and(|u| u.kind != super::EntityType::Norp);
            if place_only && units[j].is_some_and(|u| u.known.kind == super::EntityType::Norp) {
                let mut last = j;
                while last + 1 < n && last < j + 3 && self.adjacent(last, last + 1) && self.name_like(last + 1) {
                    last += 1;
                }
                let end_word = self.text(last);
                let body = last > j
                    && (lex.org_suffixes.contains(end_word) || lex.words.get(end_word) == Some(&Role::PartyEnd));
                if !body {
                    break;
                }
            }
            // `Office of the Prime Minister`, `Office of the High Representative`: after an
            // organisation's `of the`, a title that no name follows ends the name.
            if organisation_of
                && self.adjacent(j - 1, j)
                && next_ok(j)
                && self.is_title_only(j)
                && (j + 1 >= n || !self.adjacent(j, j + 1) || !self.name_like(j + 1))
            {
                continue;
            }
            // `a Korean Air Boeing 747-300`, `an Air France Airbus A330`: an airline, then a
            // maker the gazetteer knows and its model, are two names.
            // A model: letters and digits (`A330`), digits and a dash (`747-300`), or digits
            // and a word in lower case (`Boeing 747 carrying`); not a score (`LA Lakers 110 ,`).
            let model_after = |u: &Unit| {
                let m = u.end;
                let word = if m < n { self.text(m) } else { "" };
                let digits = word.bytes().any(|b| b.is_ascii_digit());
                let letters = word.bytes().any(|b| b.is_ascii_alphabetic());
                let then = |t: usize| t < n && self.glued(m, t);
                let lower_after = m + 1 < n && self.text(m + 1).starts_with(|c: char| c.is_lowercase());
                m < n
                    && self.adjacent(m - 1, m)
                    && digits
                    && (letters || then(m + 1) && self.text(m + 1) == "-" || lower_after)
            };
            if self.adjacent(j - 1, j)
                && units[j]
                    .is_some_and(|u| u.known.kind == super::EntityType::Org && !u.known.ambiguous && model_after(&u))
            {
                break;
            }
            // `Donald Dewar Scottish Secretary`: a people before a title, after a name, is the
            // title's (a portfolio), not the name's.
            let people_title = units[j].is_some_and(|u| {
                u.known.kind == super::EntityType::Norp && !u.known.ambiguous && u.end < n && self.is_title_only(u.end)
            });
            if j > k && self.adjacent(j - 1, j) && people_title {
                break;
            }
            // A title inside a run starts a new name: `U.S. President Donald Trump`; not a
            // surname before a generation's suffix (`Martin Luther King Jr.`).
            let generation_after = j + 1 < n && is_generation(self.text(j + 1));
            if self.adjacent(j - 1, j) && next_ok(j) && !self.is_title_only(j) {
                // A word inside the title that opens the run does not end it (`Vice Premier`).
                if self.title_at(j, n).is_none() || opening_title().is_some_and(|end| j < end) || generation_after {
                    continue;
                }
                // `Spanish Farm Minister Loyola de Palacio`, `U.S. Trade Representative`, `EU
                // Farm Commissioner Franz Fischler`: the common words between a place, a people
                // or a body and the title are the title's.
                let head = units[k].filter(|u| {
                    matches!(u.known.kind, super::EntityType::Norp | super::EntityType::Gpe | super::EntityType::Org)
                        && !u.known.ambiguous
                        && u.end < j
                });
                if let Some(head) = head {
                    let plain = (head.end..j).all(|m| {
                        units[m].is_none_or(|u| u.known.ambiguous && u.end == m + 1)
                            && is_common_capitalised(self.text(m))
                    });
                    if plain {
                        // The words of the title are skipped: the next name starts at it.
                        return (j, head.span, Some(head.known), false);
                    }
                }
            }
            // `Battle of the Boyne`: `of the` right after the first word of an event.
            if j == k + 1
                && j + 2 < n
                && self.text(j) == "of"
                && self.text(j + 1) == "the"
                && lex.words.get(self.text(k)) == Some(&Role::EventHead)
                && (j..j + 2).all(|m| self.adjacent(m, m + 1))
                && self.adjacent(j - 1, j)
                && next_ok(j + 2)
            {
                j += 2;
                continue;
            }
            // Connectors: `Bank of America`, `Ludwig van Beethoven`, `Pitt & Co`.
            if j + 1 < n && self.adjacent(j - 1, j) && self.adjacent(j, j + 1) && next_ok(j + 1) {
                let head = self.text(k);
                // `Ministry of Finance`, `Institute for Fiscal Studies`, `European Bank for
                // Reconstruction`: the word before `of` or `for`, or the first, heads an
                // organisation.
                // Not a price or a country after `for`: what a deal is worth or for
                // (`bought Acme Group for R$5 billion`, `a Trade Mission for India`).
                // A place right after a one-word head is the name's (`Transport for London`).
                let priced = next == "for"
                    && (units[j + 1].is_some_and(|u| matches!(u.known.kind, super::EntityType::Gpe) && j > k + 1)
                        || (j + 2 < n
                            && self.glued(j + 1, j + 2)
                            && self.text(j + 2).starts_with(['$', '€', '£', '¥'])));
                // `the Reform Party of Preston Manning`: a party's leader after its name.
                let leader_after = next == "of"
                    && lex.words.get(self.text(j - 1)) == Some(&Role::PartyEnd)
                    && lex.first_names.contains_key(self.text(j + 1))
                    && j + 2 < n
                    && self.name_like(j + 2);
                let of_ok = matches!(next, "of" | "for")
                    && !priced
                    && !leader_after
                    && (lex.org_heads.contains(strip_possessive(head))
                        || lex.org_heads.contains(strip_possessive(self.text(j - 1)))
                        // `Australian Centre for Control of Iodine Deficiency Disorders`.
                        || (organisation_of && next == "of"))
                    // `Tour of Spain`: `of` right after the first word of an event.
                    || next == "of" && j == k + 1 && lex.words.get(head) == Some(&Role::EventHead)
                    // `World Series of Golf`, `World Cup of Hockey`: `of` after an event's
                    // last word.
                    || next == "of" && j >= k + 2 && lex.words.get(self.text(j - 1)) == Some(&Role::Event)
                    // `European Convention on Human Rights`: `on` after a law's last word.
                    || next == "on" && lex.words.get(self.text(j - 1)) == Some(&Role::Law);
                // A common word that names no entity of its own joins through `and`: after an
                // organisation's head and its `of` or `for` (`Department of Trade and
                // Industry`, `Organisation for Security and Cooperation`; not `Bank of England
                // and Barclays`), or between common words with an organisation's suffix within
                // the next three words (`National Oceanic and Atmospheric Administration`).
                let plain_common = |m: usize| {
                    units[m].is_none()
                        && is_plain_capitalised(self.text(m))
                        && (lex.not_names.contains(self.text(m)) || lex.is_english_word(self.text(m)))
                        && !lex.first_names.contains_key(self.text(m))
                        && !lex.surnames.contains(self.text(m))
                };
                let suffix_follows = || {
                    plain_common(j - 1)
                        && (j + 2..n.min(j + 4))
                            .take_while(|&m| self.adjacent(m - 1, m) && self.name_like(m))
                            .any(|m| lex.org_suffixes.contains(self.text(m)))
                };
                // `Delta Air Lines and Continental Airlines`: two companies, the first
                // complete with its suffix; not `Yasuda Trust and Banking Co`, where a line
                // of business follows.
                // Nor `Tata Engineering and Locomotive Co`, lines of business on both sides.
                let sector =
                    |word: &str| word.len() > 5 && word.ends_with("ing") || lex.words.get(word) == Some(&Role::Sector);
                let complete_before = j >= k + 2
                    && lex.org_suffixes.contains(self.text(j - 1))
                    && !sector(self.text(j - 1))
                    && !sector(self.text(j + 1));
                let and_ok =
                    next == "and" && plain_common(j + 1) && (organisation_of || suffix_follows() && !complete_before);
                organisation_of |= of_ok;
                // Not before a pronoun or a function word (`Americans do Their best`).
                let particle = is_name_particle(next) && {
                    let after = self.text(j + 1);
                    lex.pronoun(after).is_none() && !lex.function_words.contains(after)
                };
                if of_ok || and_ok || particle || next == "&" {
                    j += 1;
                    continue;
                }
            }
            // `Ministry of the Interior`, `Council for the Defence of Democracy`: an
            // organisation's head, `of` or `for`, and `the` before the rest of its name.
            // So a law's last word, `on` and `the` (`Convention on the Rights of the Child`).
            let law_on = next == "on" && lex.words.get(self.text(j - 1)) == Some(&Role::Law);
            if j + 2 < n
                && (matches!(next, "of" | "for") || law_on)
                && self.text(j + 1) == "the"
                && self.adjacent(j - 1, j)
                && self.adjacent(j, j + 1)
                && self.adjacent(j + 1, j + 2)
                && next_ok(j + 2)
                && units[j + 2].is_none_or(|u| u.known.kind != super::EntityType::Gpe)
                && (lex.org_heads.contains(strip_possessive(self.text(k)))
                    || lex.org_heads.contains(strip_possessive(self.text(j - 1)))
                    || law_on
                    || organisation_of && next == "of")
            {
                organisation_of = true;
                j += 2;
                continue;
            }
            // `Nikolaus van der Pas`, `Loyola de la Cruz`: two particles in a row.
            if j + 2 < n
                && matches!(self.text(j), "van" | "von" | "de")
                && matches!(self.text(j + 1), "der" | "den" | "de" | "la" | "los" | "las")
                && self.adjacent(j - 1, j)
                && self.adjacent(j, j + 1)
                && self.adjacent(j + 1, j + 2)
                && next_ok(j + 2)
            {
                j += 2;
                continue;
            }
            // `Ali al-Naimi`, `Saleh el-Masri`: a particle joined to the surname by a hyphen.
            if j + 2 < n
                && is_name_particle(next)
                && self.text(j + 1) == "-"
                && self.adjacent(j - 1, j)
                && self.glued(j, j + 1)
                && self.glued(j + 1, j + 2)
                && next_ok(j + 2)
            {
                j += 2;
                continue;
            }
            // `Kim Jong-un`, `Lee Cheuk-yan`: the lower-case last part of a given name, after a
            // name of two words or more; not `Joe Biden-led` or `Hong Kong-based`.
            if (next == "-" || next == "‑")
                && pieces >= 2
                && unit_known.is_none()
                && j + 1 < n
                && self.glued(j - 1, j)
                && self.glued(j, j + 1)
                && self.tags[j + 1].is(Tag::LOWER)
                && !(j + 2 < n && self.glued(j + 1, j + 2) && !self.text(j + 2).starts_with(['.', ',', ';', ':', ')']))
            {
                let part = strip_possessive(self.text(j + 1));
                // `Kang Wook-soon`, `Park Yong-sung`: after two short syllables, a short one
                // that is also an English word, unless it ends a compound (`Hong Kong-born`).
                let syllables = j >= k + 2
                    && self.text(j - 1).len() <= 4
                    && self.text(j - 2).len() <= 4
                    && part.len() <= 4
                    && !part.ends_with("ed")
                    && !COMPOUND_ENDS.contains(&part);
                if is_name_syllable(part) || syllables {
                    end_byte = self.tokens[j + 1].span.start + part.len();
                    possessive = part.len() < self.text(j + 1).len();
                    j += 2;
                    break;
                }
            }
            // `Min-jun Vance`: a given name whose second part is written in lower case.
            if (next == "-" || next == "‑")
                && j == k + 1
                && j + 2 < n
                && self.glued(j - 1, j)
                && self.glued(j, j + 1)
                && self.tags[j + 1].is(Tag::LOWER)
                && self.text(j + 1).len() <= 6
                // Not `NATO-led IFOR`, `UN-backed IFOR`: no English word.
                && is_name_syllable(self.text(j + 1))
                && self.adjacent(j + 1, j + 2)
                && self.name_like(j + 2)
                && units[j + 2].is_none()
            {
                j += 2;
                continue;
            }
            // `Chester-le-Street`, `Stratford-upon-Avon`, `Southend-on-Sea`: a place joined
            // through a lower-case particle; `Inzamam-ul-Haq`, `Moin-ud-Din`: a name;
            // `Tehreek-e-Insaf`, `Hizb-i-Islami`: a party's.
            if (next == "-" || next == "‑")
                && j + 3 < n
                && matches!(
                    self.text(j + 1),
                    "le" | "la"
                        | "upon"
                        | "on"
                        | "sur"
                        | "en"
                        | "de"
                        | "under"
                        | "in"
                        | "ul"
                        | "ud"
                        | "ur"
                        | "al"
                        | "el"
                        | "e"
                        | "i"
                )
                && matches!(self.text(j + 2), "-" | "‑")
                && (j..j + 3).all(|m| self.glued(m - 1, m) && self.glued(m, m + 1))
                && self.name_like(j + 3)
            {
                j += 3;
                continue;
            }
            // `Okafor-Lind`, `Coca-Cola`; not `US-China`.
            if (next == "-" || next == "‑")
                && j + 1 < n
                && self.glued(j - 1, j)
                && self.glued(j, j + 1)
                && next_ok(j + 1)
            {
                let left_place =
                    unit_known.is_some_and(|u| matches!(u.kind, super::EntityType::Gpe | super::EntityType::Loc));
                let right_place = units[j + 1]
                    .is_some_and(|u| matches!(u.known.kind, super::EntityType::Gpe | super::EntityType::Loc));
                // `Grace Mwanza-Phiri`: after a given name, a place's name is a double
                // surname's first half.
                let surname_half = pieces == 2 && j == k + 2 && lex.first_names.contains_key(self.text(k));
                if !(left_place && !surname_half || right_place) {
                    j += 1;
                    continue;
                }
            }
            // `Boeing 737 MAX`: a number between two parts of a name; not a score between
            // two teams (`Utrecht 2 NAC Breda 1`, `Hartford 4 BOSTON 2`: a small number, a
            // name, then another number).
            let score = || {
                let after = (j + 1..n).find(|&m| !self.name_like(m)).unwrap_or(n);
                self.text(j).len() <= 2 && after < n && self.tokens[after].kind == TokenKind::Number
            };
            // A maker the gazetteer knows may open it (`Boeing 737 MAX`), with a model number
            // of three digits or more.
            let maker = unit_known.is_some_and(|u| u.kind == super::EntityType::Org) && self.text(j).len() >= 3;
            if self.tokens[j].kind == TokenKind::Number
                && (unit_known.is_none() || maker)
                && j + 1 < n
                && self.adjacent(j - 1, j)
                && self.adjacent(j, j + 1)
                && self.name_like(j + 1)
                && self.text(j + 1).chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                && !score()
            {
                j += 1;
                continue;
            }
            break;
        }
        // `Euro 96`, `Super 12`: an event's name that ends in a number. Not a sum
        // (`Euro 5 million`) or a score (`Super 12 Blues 3`).
        // `Teamsters Local 727`: a union's branch and its number, whatever follows.
        let role = if possessive || j >= n { None } else { lex.words.get(self.text(j - 1)) };
        if matches!(role, Some(Role::NumberedEvent | Role::NumberedBody)) {
            let number = self.text(j);
            let next = if j + 1 < n { self.text(j + 1) } else { "" };
            let event = role == Some(&Role::NumberedEvent);
            if self.tokens[j].kind == TokenKind::Number
                && self.adjacent(j - 1, j)
                && (1..=4 + usize::from(!event)).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && (j + 1 < n || !event)
                && (!event || !next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                && !matches!(next, "%" | "pct")
                && !is_scale_word(next)
            {
                end_byte = self.tokens[j].span.end;
                known = None;
                j += 1;
            }
        }
        // `the CAC-40 index`, `the TSE 300 index`: an index's letters and its number.
        if !possessive && j < n && is_acronym(self.text(j - 1)) {
            let dashed = j + 1 < n && self.text(j) == "-" && self.glued(j - 1, j) && self.glued(j, j + 1);
            let number = if dashed { j + 1 } else { j };
            let figure = |m: usize| {
                m < n && self.tokens[m].kind == TokenKind::Number && self.text(m).bytes().all(|b| b.is_ascii_digit())
            };
            let joined = dashed || self.adjacent(j - 1, j);
            if joined
                && figure(number)
                && number + 1 < n
                && lex.words.get(self.text(number + 1)) == Some(&Role::IndexNoun)
            {
                end_byte = self.tokens[number].span.end;
                known = None;
                j = number + 1;
            }
        }
        (j, Span::new(self.tokens[k].span.start, end_byte), known, possessive)
    }

    /// Builds the candidate for tokens `[k, end)`, splitting off a leading title.
    fn candidate(&self, k: usize, end: usize, span: Span, known: Option<Known>, possessive: bool) -> Option<Candidate> {
        let lex = &*LEXICONS;
        let mut start_tok = k;
        let mut title = None;
        let mut gender = None;
        // Leading titles inside the run: `President Joe Biden`, `Mr. Renner`, `Prime Minister X`.
        // Not in a place or a body named for a person (`King Baudouin Stadium`, `Queen
        // Elizabeth Hospital`).
        // (A surname that is such a word too stays a person's: `Mr. Park`.)
        let last = strip_possessive(self.text(end - 1));
        let named_for = |after_title: usize| {
            end >= after_title + 2
                && !lex.surnames.contains(last)
                && (lex.org_suffixes.contains(last)
                    || matches!(lex.words.get(last), Some(Role::PlaceEnd | Role::Award)))
        };
        // Nor in a place's name after its kind (`the port of Prince Rupert`, `the town of
        // King William`).
        let place_of = k >= 2
            && self.text(k - 1) == "of"
            && self.tags[k - 2].is(Tag::LOWER)
            && lex.words.get(self.text(k - 2)) == Some(&Role::PlaceNoun);
        if known.is_none() && !place_of && !self.title_at(k, end).is_some_and(|(width, _)| named_for(k + width)) {
            while let Some((width, g)) = self.title_at(start_tok, end) {
                let next = start_tok + width;
                title = Some(Span::new(self.tokens[k].span.start, self.tokens[next - 1].span.end));
                gender = gender.or(g);
                start_tok = next;
            }
        }
        // A lower-case role or title right before: `founder Ren Zhengfei`, `spokeswoman X`.
        let mut descriptor = None;
        if title.is_none() && k > 0 {
            if let Some(&(g, phrase)) = lex.titles.get(self.text(k - 1)) {
                let words = phrase.split(' ').count();
                let role_start = k.saturating_sub(words);
                let phrase_matches = (role_start..k).map(|m| self.text(m)).collect::<Vec<_>>().join(" ") == phrase;
                let role_start = if phrase_matches { role_start } else { k - 1 };
                title = Some(Span::new(self.tokens[role_start].span.start, self.tokens[k - 1].span.end));
                gender = g;
                // `Huawei founder`: the organisation before the role belongs to the description.
                let mut d = role_start;
                while d > 0 && self.adjacent(d - 1, d) && self.tokens[d - 1].kind == TokenKind::Word {
                    let w = self.text(d - 1);
                    if w.chars().next().is_some_and(char::is_uppercase) || lex.titles.contains_key(w) {
                        d -= 1;
                    } else {
                        break;
                    }
                    if role_start - d >= 3 {
                        break;
                    }
                }
                if d < role_start || role_start < k - 1 {
                    descriptor = Some(Span::new(self.tokens[d].span.start, self.tokens[k - 1].span.end));
                }
            }
        }
        let mut span = Span::new(self.tokens[start_tok].span.start, span.end);
        // `the State Department Spokesperson`: a role capitalised after an organisation's
        // name, ended by its suffix, is no part of it (`Mets Poet` and `Team Manager` stay).
        if known.is_none()
            && !possessive
            && end >= start_tok + 3
            && self.tags[end - 2].is(Tag::NAME_LIKE)
            && lex.org_suffixes.contains(self.text(end - 2))
        {
            let last = self.text(end - 1);
            let mut buf = [0u8; 24];
            let role = super::lexicons::ascii_lower(last, &mut buf)
                .is_some_and(|lower| lower != last && lex.titles.get(lower).is_some_and(|&(_, p)| !p.contains(' ')));
            if role {
                span.end = self.tokens[end - 2].span.end;
            }
        }
        if span.is_empty() {
            return None;
        }
        let text = self.doc.slice(span);
        // Something with letters, more than one (a lone capital is an initial or a label),
        // not a currency (`RMB`, `Euro`) and not a function word alone (`“… No. Is it …”`).
        if text.chars().filter(|c| c.is_alphabetic()).count() < 2
            || lex.currencies.contains(text)
            || lex.function_words.contains(text)
        {
            return None;
        }
        // `9 a.m. Eastern Time`: a time zone, with its first word or without (a common
        // word at a sentence start, `Eastern` is not always taken).
        if text.ends_with("Time") {
            let zone = |from: usize| lex.words.get(self.doc.slice(Span::new(from, span.end))) == Some(&Role::TimeZone);
            if zone(span.start) || (start_tok > 0 && zone(self.tokens[start_tok - 1].span.start)) {
                return None;
            }
        }
        let first_word = text.split([' ', '\u{a0}']).next().unwrap_or(text);
        if gender.is_none() {
            match lex.first_names.get(first_word) {
                Some(&(g, ambiguous)) if end - start_tok >= 2 || !ambiguous && known.is_none() => gender = g,
                _ => {}
            }
        }
        // `Transport Minister Tobias Renner`, `the International President`: a common word
        // before a title is part of the title, not a name.
        if end - start_tok == 1
            && end < self.tokens.len()
            && lex.not_names.contains(text)
            && (self.title_at(end, self.tokens.len()).is_some()
                || self.is_title_only(end) && self.tags[end].is(Tag::CAPITAL))
        {
            return None;
        }
        // A place or organisation written in capitals, as in a dateline (`GENEVA`).
        let known = if start_tok == k { known } else { None };
        let known = known.or_else(|| {
            // Most names have a lower-case letter: no need to build the text without spaces.
            let shouted = !text.bytes().any(|b| b.is_ascii_lowercase())
                && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && is_acronym(&text.replace([' ', '-'], ""));
            shouted.then(|| lex.known_upper(text)).flatten()
        });
        if known.is_none() && shouted_common_words(text) {
            return None;
        }
        Some(Candidate {
            span,
            sentence: self.sentence,
            known,
            title,
            gender,
            descriptor,
            possessive,
            initial: self.weak[self.first + start_tok],
            acronym_of: None,
        })
    }

    /// A candidate for one token or span with no context.
    fn plain(&self, span: Span, initial: bool) -> Candidate {
        Candidate { initial, ..Candidate::laid_out(span, self.sentence) }
    }

    /// The initials of tokens `[a, b)` (see [`super::cluster::initials`]), without a last
    /// word that is a short organisation's suffix, a legal form (`Telephone Corp` → `T`).
    fn initials(&self, a: usize, mut b: usize) -> String {
        let form = self.text(b - 1).trim_end_matches('.');
        if b > a + 1 && form.len() <= 4 && LEXICONS.org_suffixes.contains(form) {
            b -= 1;
        }
        super::cluster::initials(&self.doc.text()[self.tokens[a].span.start..self.tokens[b - 1].span.end])
    }

    /// `(WHO)` right after a name ending at token `end`: the token range end and the span.
    fn bracketed_acronym(&self, end: usize) -> Option<(usize, Span)> {
        if end + 2 >= self.tokens.len() || self.text(end) != "(" || self.text(end + 2) != ")" {
            return None;
        }
        let word = self.text(end + 1);
        (is_acronym(word) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .then(|| (end + 3, self.tokens[end + 1].span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_evidence_looks_only_at_words_in_weak_positions() {
        let doc = crate::segment(
            "t",
            "Ambers rose. Sales of ambers fell. Vale said so. Vale’s rival is Vale Ltd.".to_string(),
        );
        let tags = super::super::words::tags(&doc);
        let weak = weak_positions(&doc, &shouted_sentences(&doc), &rows(&doc), &headings(&doc));
        let case = CaseEvidence::collect(&doc, &tags, &weak);
        assert!(case.lower_elsewhere("Ambers"));
        assert!(!case.capitalised_elsewhere("Ambers"));
        assert!(case.capitalised_elsewhere("Vale"));
        assert!(!case.lower_elsewhere("Vale"));
        // `Sales` opens a sentence but nothing else is written `sales`.
        assert!(!case.lower_elsewhere("Sales"));
    }

    #[test]
    fn plural_nouns_for_people_are_told_from_surnames() {
        for plural in ["Forecasters", "Prosecutors", "Economists", "Residents", "Representatives"] {
            assert!(is_plural_of_people(plural), "{plural}");
        }
        for surname in ["Sanders", "Waters", "Summers", "Chambers", "Peters"] {
            assert!(!is_plural_of_people(surname), "{surname}");
        }
    }

    #[test]
    fn rows_of_results_are_told_from_datelines() {
        let lines = |text: &str| {
            let doc = crate::segment("t", text.to_string());
            doc.sentences().iter().map(|s| is_score_line(&doc, &doc.tokens()[s.tokens.clone()])).collect::<Vec<_>>()
        };
        assert_eq!(lines("Barnsley 2 Ipswich 1\n\nGlamorgan 259\n"), [true, true]);
        assert_eq!(lines("BRUSSELS 1996-08-22\n\nCARLSBAD , California 1996-08-07\n"), [false, false]);
        assert_eq!(lines("Tuesday, September 22, 2015\n\nMay 2, 2016\n"), [false, false]);
        assert_eq!(lines("Attendance : 34,000\n\nKestrelton: Glamorvale 259\n"), [false, true]);
        assert_eq!(lines("Indiana 89 MIAMI 87 ( OT )\n\nB. Young c Moin Khan b Waqar 5\n"), [true, true]);
        assert_eq!(lines("Werder Bremen 2 ( Bode 4 , Labbadia 80 ) Borussia Dortmund 1 ( Moeller 38 ) .\n"), [true]);
    }

    #[test]
    fn shouted_common_words_are_no_name() {
        assert!(shouted_common_words("FOR IMMEDIATE RELEASE"));
        assert!(!shouted_common_words("ACME ROBOTICS"));
        assert!(!shouted_common_words("NATO"));
        assert!(!shouted_common_words("For Immediate Release"));
    }

    #[test]
    fn first_letter_case_is_compared_in_any_script() {
        assert!(same_but_first_case("Acme", "acme"));
        assert!(same_but_first_case("Élan", "élan"));
        assert!(!same_but_first_case("Acme", "acne"));
        assert!(!same_but_first_case("Acme", "acmes"));
    }

    #[test]
    fn shouting_lines_are_told_from_sentences() {
        assert!(is_shouting("BREAKING: FLOODS HIT THE NORTH"));
        assert!(is_shouting("ÉTÉ MEURTRIER À PARIS"));
        assert!(!is_shouting("Floods hit the north on Tuesday."));
        assert!(!is_shouting("NATO and the EU met in Brussels."));
        // Too few letters to tell, unless it is a table's header of several words.
        assert!(!is_shouting("OK GO"));
        assert!(is_shouting("W L PCT GB"));
    }

    #[test]
    fn possessives_are_stripped_and_plain_words_kept() {
        assert_eq!(strip_possessive("China’s"), "China");
        assert_eq!(strip_possessive("Reuters'"), "Reuters");
        assert_eq!(strip_possessive("analysts’"), "analysts");
        assert_eq!(strip_possessive("Paris"), "Paris");
        assert_eq!(strip_possessive("’s"), "’s");
    }
}
