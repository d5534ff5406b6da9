//! Paragraph breaks, and what kind of block each paragraph is.
//!
//! A blank line always ends a paragraph. A single line break ends one too, unless the text
//! is hard-wrapped prose: then a line that is as long as the wrap width allows (the next
//! line's first word would not have fitted) continues on the next line. A line that opens
//! with a bullet (`- `, `* `, `• `, `1. `) always starts a paragraph; a line without final
//! punctuation followed by a lower-case line continues it.
//!
//! Each paragraph gets a [`ParagraphKind`]: list items by their marker, bylines (`By Jane
//! Doe`), headings (a short line without final punctuation), prose otherwise.

use crate::document::ParagraphKind;
use crate::span::Span;

/// The widest line that is still taken for a hard-wrap width.
const MAX_WRAP: usize = 110;
/// The longest line that can be a heading, in bytes.
const MAX_HEADING: usize = 160;

/// A line of the text: its span without the line break, and whether it is blank.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
    blank: bool,
}

impl Line {
    /// The line's length in chars, as far as wrap detection needs it: long lines are never
    /// wrapped, so their length in bytes does. Counted only for lines that wrap detection
    /// looks at.
    fn chars(&self, text: &str) -> usize {
        let s = &text[self.span.start..self.span.end];
        if s.len() > 4 * MAX_WRAP {
            s.len()
        } else {
            s.chars().count()
        }
    }
}

/// Splits `text` into paragraphs: trimmed spans with their kinds.
pub fn split(text: &str) -> Vec<(Span, ParagraphKind)> {
    let lines = lines(text);
    let wrap = wrap_width(text, &lines);
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for (k, line) in lines.iter().enumerate() {
        if line.blank {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        let trimmed = trim(text, line.span);
        current = Some(match current {
            Some(p) if continues(text, &lines[k - 1], line, wrap) => Span::new(p.start, trimmed.end),
            Some(p) => {
                out.push(p);
                trimmed
            }
            None => trimmed,
        });
    }
    out.extend(current);
    out.into_iter().map(|span| (span, kind(&text[span.start..span.end]))).collect()
}

/// Whether `line` continues the paragraph that `prev` (the line before it) belongs to.
fn continues(text: &str, prev: &Line, line: &Line, wrap: Option<usize>) -> bool {
    let this = &text[line.span.start..line.span.end];
    let before = text[prev.span.start..prev.span.end].trim_end();
    if bullet_len(this.trim_start()).is_some() {
        return false;
    }
    let ends_open = !before.ends_with(['.', '!', '?', ':', '”', '"', '…']);
    let lower = this.trim_start().chars().next().is_some_and(char::is_lowercase);
    if ends_open && lower {
        return true;
    }
    let Some(width) = wrap else { return false };
    let first_word = this.split_whitespace().next().map_or(0, |w| w.chars().count());
    // The line is full: the next word would not have fitted within the wrap width.
    prev.chars(text) + 1 + first_word > width.saturating_sub(2) && !is_heading(before)
}

/// The hard-wrap width of the text, if its multi-line blocks look hard-wrapped: most lines
/// that are followed by another line of the same block end close to one width.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let inner: Vec<usize> = lines
        .windows(2)
        .filter(|w| !w[0].blank && !w[1].blank)
        .filter(|w| bullet_len(text[w[1].span.start..w[1].span.end].trim_start()).is_none())
        .map(|w| w[0].chars(text))
        .collect();
    if inner.len() < 3 {
        return None;
    }
    let width = *inner.iter().filter(|&&c| c <= MAX_WRAP).max()?;
    let near = inner.iter().filter(|&&c| c * 4 >= width * 3 && c <= width).count();
    (width >= 30 && near * 3 >= inner.len() * 2).then_some(width)
}

/// The lines of `text`, split at `\n`, `\r\n` or `\r`.
fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        let end = i + k;
        out.push(line(text, start, end));
        i = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
        start = i;
    }
    if start < text.len() {
        out.push(line(text, start, text.len()));
    }
    out
}

fn line(text: &str, start: usize, end: usize) -> Line {
    let s = &text[start..end];
    let blank = s.trim_start().is_empty();
    Line { span: Span::new(start, end), blank }
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let rest = s.trim_start();
    let lead = s.len() - rest.len();
    Span::new(span.start + lead, span.start + lead + rest.trim_end().len())
}

/// The length of the bullet marker opening `line` (`- `, `• `, `12. `, `a) `), if any.
pub fn bullet_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = if matches!(
        first,
        '-' | '*' | '•' | '·' | '▪' | '◦' | '‣' | '–' | '—' | '●' | '○' | '■' | '□' | '➢' | '➤' | '►'
    ) {
        first.len_utf8()
    } else {
        let bytes = line.as_bytes();
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let n = match digits {
            1..=3 => digits,
            0 if bytes[0].is_ascii_lowercase() => 1,
            _ => return None,
        };
        match bytes.get(n) {
            Some(b'.') | Some(b')') => n + 1,
            _ => return None,
        }
    };
    let rest = &line[marker_end..];
    (rest.starts_with([' ', '\t', '\u{a0}']) && rest.trim_start().chars().next().is_some_and(|c| !c.is_whitespace()))
        .then(|| marker_end + (rest.len() - rest.trim_start().len()))
}

/// A short line without final punctuation.
fn is_heading(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= MAX_HEADING
        && memchr::memchr(b'\n', line.as_bytes()).is_none()
        && !line.ends_with(['.', ',', ';', ':', '!', '?', '”', '"', '’', '\'', ')', '…'])
        && line.split_whitespace().nth(20).is_none()
}

/// A byline: `By` followed by capitalised names and connectors only.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else { return false };
    line.len() <= 100
        && rest.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "and" | "in" | "of" | "de" | "van" | "von" | "&")
        })
}

fn kind(paragraph: &str) -> ParagraphKind {
    if bullet_len(paragraph).is_some() {
        ParagraphKind::ListItem
    } else if is_byline(paragraph) {
        ParagraphKind::Byline
    } else if is_heading(paragraph) {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Prose
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_paragraphs(text: &str, expected: &[(&str, ParagraphKind)]) {
        let got: Vec<(&str, ParagraphKind)> = split(text).iter().map(|&(s, k)| (&text[s.start..s.end], k)).collect();
        assert_eq!(got, expected, "\ntext:\n{text}");
    }

    use ParagraphKind::*;

    #[test]
    fn blank_lines_and_single_breaks_in_unwrapped_text() {
        assert_paragraphs(
            "Title Here\n\nFirst paragraph. It goes on.\nSecond one.\n",
            &[("Title Here", Heading), ("First paragraph. It goes on.", Prose), ("Second one.", Prose)],
        );
    }

    #[test]
    fn bullets_and_bylines() {
        assert_paragraphs(
            "By Jane Doe and John Roe\nThe list:\n- first item\n• second item\n1. third item\n",
            &[
                ("By Jane Doe and John Roe", Byline),
                ("The list:", Prose),
                ("- first item", ListItem),
                ("• second item", ListItem),
                ("1. third item", ListItem),
            ],
        );
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "The central bank raised its main interest rate on Thursday for\n\
                    the third time this year, saying that inflation remained far\n\
                    above its target and that more increases could follow.\n\
                    \n\
                    Analysts had expected the move. Markets barely reacted to the\n\
                    decision, which was announced at noon local time in the\n\
                    capital.\n";
        let got = split(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(text[got[0].0.start..got[0].0.end].ends_with("could follow."));
        assert!(text[got[1].0.start..got[1].0.end].starts_with("Analysts"));
    }

    #[test]
    fn lower_case_continuation_joins_and_crlf_is_a_break() {
        assert_paragraphs(
            "The minister said that\nthe plan would go ahead.\r\nNext paragraph.",
            &[("The minister said that\nthe plan would go ahead.", Prose), ("Next paragraph.", Prose)],
        );
    }

    #[test]
    fn bullet_markers() {
        assert_eq!(bullet_len("- Cluster computing"), Some(2));
        assert_eq!(bullet_len("12. Item"), Some(4));
        assert_eq!(bullet_len("a) item"), Some(3));
        assert_eq!(bullet_len("-5 degrees"), None);
        assert_eq!(bullet_len("2024. The year"), None);
    }
}
