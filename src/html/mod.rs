//! One article as a self-contained HTML page: the text with its quotes, speakers, cues,
//! claims and entity mentions marked, and a side panel listing the quotes by speaker, the
//! figures and the entities, each linking to its place in the text.
//!
//! The page is built from a [`Record`] (with its `text` and `paragraphs`), so it shows
//! exactly what `quarry extract` writes. It needs no network: the style sheet and the small
//! script are inline, and a content security policy forbids loading anything else.
//!
//! Every marked element is a `<span>` carrying the record it comes from, so the page can be
//! checked against the JSON:
//!
//! - a quote: `class="q k-KIND"`, `data-quote="q3"`, `data-kind`;
//! - the words naming its speaker: `class="speaker"`, `data-speaker-of="q3"` (ids of every
//!   quote attributed there, space-separated); its cue: `class="cue"`, `data-cue-of`;
//! - a claim: `class="claim k-KIND"`, `data-claim="c2"`, `data-kind`;
//! - an entity mention: `class="ent t-TYPE m-KIND"`, `data-entity="e4"`, `data-type`,
//!   `data-mention`;
//!
//! and each has `data-start`/`data-end`: the code-point range of the text inside that
//! element. Overlapping records are split at each other's boundaries, and at paragraph
//! breaks, so one record may be several elements; the text of the elements carrying its id,
//! in order, is then its text without the line breaks between paragraphs. The first
//! element of each record has the record id as its `id`, the target of the side panel's
//! links. Hover details sit in `title` attributes, which the script turns into one tooltip
//! listing every record under the pointer.
//!
//! Reading the input and running the pipeline are left to the caller ([`show`] does both
//! for a text already read).

#[cfg(test)]
mod dom;
mod escape;
mod marks;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::output::{self, RecordOptions};
use crate::record::{ClaimRecord, EntityRecord, ErrorRecord, ParagraphRecord, QuoteRecord, Record};
use marks::{Block, CodePoints, Layer, Mark};

/// The page's style sheet, inlined.
const STYLE: &str = include_str!("page.css");

/// The page's script (tooltips and highlighting), inlined.
const SCRIPT: &str = include_str!("page.js");

/// Characters of a quote shown in the side panel before it is cut with `…`.
const EXCERPT_CHARS: usize = 140;

/// Runs the pipeline on one text, as `quarry extract` does, and renders its page; `errors`
/// are the problems met reading it, shown above the text.
pub fn show(id: impl Into<String>, text: String, errors: &[ErrorRecord]) -> String {
    let opts = RecordOptions { paragraphs: true, extraction: true, text: true, ..RecordOptions::default() };
    let record = output::process(id, text, errors, opts);
    page(record.text.as_deref().unwrap_or_default(), &record)
}

/// Renders `record`, the record of `text`, as a self-contained HTML page.
///
/// Paragraphs come from `record.paragraphs` (text outside them is laid out in paragraphs at
/// blank lines); records whose offsets do not fit the text are left out, never trusted.
pub fn page(text: &str, record: &Record) -> String {
    let text = CodePoints::new(text);
    let blocks = blocks(&text, record.paragraphs.as_deref().unwrap_or_default());
    let quotes = record.quotes.as_deref().unwrap_or_default();
    let claims = record.claims.as_deref().unwrap_or_default();
    let entities = record.entities.as_deref().unwrap_or_default();

    let mut article = String::with_capacity(text.len() * 4);
    marks::render(&mut article, &text, &blocks, &marks(quotes, claims, entities));

    let headline = blocks.iter().find(|b| b.tag != "p").map(|b| text.slice(b.start, b.end).trim());
    let title = match headline {
        Some(h) if !h.is_empty() => format!("{h} · {}", record.id),
        _ => record.id.clone(),
    };
    let mut out = String::with_capacity(article.len() + STYLE.len() + SCRIPT.len() + 16_384);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"generator\" content=\"quarry show\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape::text(&title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>\n<div class=\"layout\">");
    out.push_str("<main>\n");
    if !record.errors.is_empty() {
        out.push_str("<div class=\"notice\" role=\"note\"><strong>Read with problems:</strong><ul>");
        for e in &record.errors {
            let _ = write!(out, "<li><code>{}</code> {}</li>", escape::text(&e.kind), escape::text(&e.message));
        }
        out.push_str("</ul></div>\n");
    }
    let _ = writeln!(out, "<article id=\"quarry-article\" data-id=\"{}\">", escape::attr(&record.id));
    if blocks.is_empty() {
        out.push_str("<p class=\"empty\">This document has no text.</p>\n");
    }
    out.push_str(&article);
    out.push_str("</article>\n</main>\n");
    panel(&mut out, record, quotes, claims, entities);
    out.push_str("</div>\n<div id=\"quarry-tip\" role=\"tooltip\" hidden></div>\n");
    let _ = writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>");
    out
}

/// The blocks of the page: the record's paragraphs, in order, plus any text they leave
/// out, split at blank lines. A heading that opens the article is its `h1`.
fn blocks(text: &CodePoints, paragraphs: &[ParagraphRecord]) -> Vec<Block> {
    let mut paragraphs: Vec<&ParagraphRecord> =
        paragraphs.iter().filter(|p| p.start < p.end && p.end <= text.len()).collect();
    paragraphs.sort_by_key(|p| (p.start, p.end));
    let mut blocks = Vec::new();
    let mut pos = 0;
    for p in paragraphs {
        if p.start < pos {
            continue;
        }
        loose_paragraphs(text, pos, p.start, &mut blocks);
        let (tag, class) = match p.kind.as_str() {
            "heading" => ("h2", None),
            "item" => ("p", Some("item")),
            "byline" => ("p", Some("byline")),
            _ => ("p", None),
        };
        blocks.push(Block { start: p.start, end: p.end, tag, class });
        pos = p.end;
    }
    loose_paragraphs(text, pos, text.len(), &mut blocks);
    if let Some(first) = blocks.first_mut().filter(|b| b.tag == "h2") {
        first.tag = "h1";
    }
    blocks
}

/// Lays the text in `start..end` out as paragraphs separated by blank lines, trimmed.
fn loose_paragraphs(text: &CodePoints, start: usize, end: usize, blocks: &mut Vec<Block>) {
    let mut para: Option<(usize, usize)> = None;
    let mut newlines = 0;
    for (i, c) in text.slice(start, end).chars().enumerate() {
        let at = start + i;
        if c.is_whitespace() {
            newlines += usize::from(c == '\n');
            if newlines >= 2 {
                if let Some((s, e)) = para.take() {
                    blocks.push(Block { start: s, end: e, tag: "p", class: None });
                }
            }
            continue;
        }
        newlines = 0;
        para = Some((para.map_or(at, |(s, _)| s), at + 1));
    }
    if let Some((s, e)) = para {
        blocks.push(Block { start: s, end: e, tag: "p", class: None });
    }
}

/// `value` made fit for a class name: ASCII letters, digits, `-` and `_`.
fn class_token(value: &str) -> String {
    let token: String =
        value.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if token.is_empty() {
        "none".to_string()
    } else {
        token
    }
}

/// Every mark of the page: quotes with their speakers and cues, claims, entity mentions.
fn marks(quotes: &[QuoteRecord], claims: &[ClaimRecord], entities: &[EntityRecord]) -> Vec<Mark> {
    let mut marks = Vec::new();
    // Speakers and cues shared by several quotes are one mark each, naming all of them.
    let mut speakers: BTreeMap<(usize, usize), (Vec<&QuoteRecord>, String)> = BTreeMap::new();
    let mut cues: BTreeMap<(usize, usize), Vec<&QuoteRecord>> = BTreeMap::new();
    for q in quotes {
        marks.push(Mark {
            start: q.start,
            end: q.end,
            layer: Layer::Quote,
            class: format!("q k-{}", class_token(&q.kind)),
            attrs: vec![("data-quote", q.id.clone()), ("data-kind", q.kind.clone())],
            title: quote_title(q),
            anchor: Some(q.id.clone()),
        });
        if let Some(s) = &q.speaker {
            let who = speaker_label(q);
            speakers.entry((s.start, s.end)).or_insert_with(|| (Vec::new(), who)).0.push(q);
        }
        if let Some(c) = &q.cue {
            cues.entry((c.start, c.end)).or_default().push(q);
        }
    }
    for ((start, end), (qs, who)) in speakers {
        marks.push(Mark {
            start,
            end,
            layer: Layer::Speaker,
            class: format!("speaker k-{}", class_token(&qs[0].kind)),
            attrs: vec![("data-speaker-of", ids(&qs))],
            title: format!("speaker of {}: {who}", ids(&qs)),
            anchor: None,
        });
    }
    for ((start, end), qs) in cues {
        marks.push(Mark {
            start,
            end,
            layer: Layer::Cue,
            class: "cue".to_string(),
            attrs: vec![("data-cue-of", ids(&qs))],
            title: format!("cue of {}", ids(&qs)),
            anchor: None,
        });
    }
    for c in claims {
        marks.push(Mark {
            start: c.start,
            end: c.end,
            layer: Layer::Claim,
            class: format!("claim k-{}", class_token(&c.kind)),
            attrs: vec![("data-claim", c.id.clone()), ("data-kind", c.kind.clone())],
            title: claim_title(c),
            anchor: Some(c.id.clone()),
        });
    }
    for e in entities {
        let first = e.mentions.iter().enumerate().min_by_key(|(_, m)| m.start).map(|(i, _)| i);
        for (i, m) in e.mentions.iter().enumerate() {
            marks.push(Mark {
                start: m.start,
                end: m.end,
                layer: Layer::Entity,
                class: format!("ent t-{} m-{}", class_token(&e.kind), class_token(&m.kind)),
                attrs: vec![
                    ("data-entity", e.id.clone()),
                    ("data-type", e.kind.clone()),
                    ("data-mention", m.kind.clone()),
                ],
                title: format!("{} · {} · {} ({})", e.name, e.kind, m.kind, e.id),
                anchor: (Some(i) == first).then(|| e.id.clone()),
            });
        }
    }
    marks
}

/// The ids of `quotes`, space-separated.
fn ids(quotes: &[&QuoteRecord]) -> String {
    quotes.iter().map(|q| q.id.as_str()).collect::<Vec<_>>().join(" ")
}

/// Who a quote's speaker is, for people: the entity's name, else the words naming them.
fn speaker_label(q: &QuoteRecord) -> String {
    match &q.speaker {
        Some(s) => match (&s.name, &s.entity) {
            (Some(name), Some(id)) => format!("{name} ({id})"),
            (Some(name), None) => name.clone(),
            _ => format!("“{}” (not resolved to an entity)", s.text),
        },
        None => "nobody named".to_string(),
    }
}

fn quote_title(q: &QuoteRecord) -> String {
    let mut title = format!("{} quote {}\nspeaker: {}", q.kind, q.id, speaker_label(q));
    if let Some(cue) = &q.cue {
        let _ = write!(title, " · cue: {}", cue.text);
    }
    let _ = write!(title, "\nrule: {} · confidence {:.2}", q.rule, q.confidence);
    title
}

fn claim_title(c: &ClaimRecord) -> String {
    let mut title = format!("{} claim {}: {}", c.kind.replace('_', " "), c.id, figure(c));
    if let Some(v) = c.value {
        let _ = write!(title, " (value {v}");
        if let Some(max) = c.value_max {
            let _ = write!(title, " to {max}");
        }
        title.push(')');
    }
    let mut details: Vec<String> = Vec::new();
    if let Some(q) = &c.qualifier {
        details.push(format!("qualifier: {q}"));
    }
    if let Some(b) = &c.bound {
        details.push(format!("bound: {b}"));
    }
    if let Some(p) = &c.per {
        details.push(format!("per {p}"));
    }
    if let Some(d) = &c.direction {
        details.push(format!("direction: {d}"));
    }
    if let Some(n) = &c.noun {
        details.push(format!("noun: {n}"));
    }
    if c.hedged {
        details.push("hedged".to_string());
    }
    if let Some(e) = &c.equivalent {
        details.push(format!("restates {e}"));
    }
    if let Some(s) = &c.subject {
        details.push(format!("subject: {}", s.name));
    }
    if let Some(s) = &c.source {
        details.push(format!("source: {}", s.name));
    }
    if !details.is_empty() {
        let _ = write!(title, "\n{}", details.join(" · "));
    }
    let _ = write!(title, "\nrule: {}", c.rule);
    title
}

/// A claim's normalised value and unit, for people: `180 billion CNY`, `12–15 %`.
fn figure(c: &ClaimRecord) -> String {
    let mut s = match c.value {
        Some(v) => format_value(v, &c.kind),
        None => "?".to_string(),
    };
    if let Some(max) = c.value_max {
        let _ = write!(s, "–{}", format_value(max, &c.kind));
    }
    if let Some(unit) = &c.unit {
        s.push(' ');
        s.push_str(unit);
    }
    s
}

/// A number for people: years as written, whole numbers with thousands separators up to a
/// million and in words beyond (`180 billion`), fractions to four significant digits.
fn format_value(v: f64, kind: &str) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let whole = v.fract() == 0.0 && v.abs() < 1e15;
    if kind == "year" && whole {
        return format!("{v}");
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            return format!("{} {word}", trim_decimals(&format!("{:.3}", v / scale)));
        }
    }
    if whole {
        let digits = format!("{}", v.abs() as u64);
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        return if v < 0.0 { format!("-{grouped}") } else { grouped };
    }
    let digits = (4 - v.abs().log10().floor() as i32 - 1).clamp(0, 8) as usize;
    trim_decimals(&format!("{v:.digits$}"))
}

/// `12.500` → `12.5`, `3.000` → `3`.
fn trim_decimals(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `text` cut after `max` characters (at a word boundary when one is near) with `…`.
fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((cut, _)) => {
            let head = &text[..cut];
            let head = match head.rfind(' ') {
                Some(space) if space > cut * 2 / 3 => &head[..space],
                _ => head,
            };
            format!("{}…", head.trim_end())
        }
    }
}

/// The side panel: the key with its switches, the quotes by speaker, the figures and the
/// entities.
fn panel(out: &mut String, record: &Record, quotes: &[QuoteRecord], claims: &[ClaimRecord], entities: &[EntityRecord]) {
    let types: BTreeMap<&str, &str> = entities.iter().map(|e| (e.id.as_str(), e.kind.as_str())).collect();
    out.push_str("<aside id=\"quarry-panel\" aria-label=\"What quarry found\">\n");
    let _ = writeln!(
        out,
        "<header><div class=\"doc-id\">{}</div><nav class=\"counts\"><a href=\"#quarry-quotes\">{}</a> · \
         <a href=\"#quarry-figures\">{}</a> · <a href=\"#quarry-entities\">{}</a></nav></header>",
        escape::text(&record.id),
        plural(quotes.len(), "quote", "quotes"),
        plural(claims.len(), "figure", "figures"),
        plural(entities.len(), "entity", "entities"),
    );
    key(out, entities);

    out.push_str(
        "<details open id=\"quarry-quotes\" class=\"speakers\">\n<summary><h2>Quotes by speaker</h2></summary>\n",
    );
    if quotes.is_empty() {
        out.push_str("<p class=\"none\">No quotes found.</p>\n");
    }
    for group in speaker_groups(quotes) {
        let ids = ids(&group.quotes);
        let _ = write!(
            out,
            "<div class=\"group\"><button type=\"button\" class=\"who\" data-light=\"{}\" aria-pressed=\"false\" \
             title=\"Highlight these quotes (click to keep them highlighted)\"><span class=\"who-name\">{}</span>",
            escape::attr(&ids),
            escape::text(&group.label)
        );
        if let Some(kind) = group.entity.and_then(|e| types.get(e)) {
            let _ = write!(out, " <span class=\"tag t-{}\">{}</span>", class_token(kind), escape::text(kind));
        }
        let _ = writeln!(out, " <span class=\"n\">{}</span></button>\n<ol>", group.quotes.len());
        for q in &group.quotes {
            let _ = writeln!(
                out,
                "<li><a href=\"#{id}\" class=\"qlink k-{kind_class}\" data-light=\"{id}\"><span class=\"kind\">{kind}</span> \
                 <span class=\"qt\">{text}</span></a></li>",
                id = escape::attr(&q.id),
                kind_class = class_token(&q.kind),
                kind = escape::text(&q.kind),
                text = escape::text(&excerpt(&q.text, EXCERPT_CHARS)),
            );
        }
        out.push_str("</ol></div>\n");
    }
    out.push_str("</details>\n");

    out.push_str("<details open id=\"quarry-figures\" class=\"figures\">\n<summary><h2>Figures</h2></summary>\n");
    if claims.is_empty() {
        out.push_str("<p class=\"none\">No figures found.</p>\n");
    } else {
        out.push_str(
            "<table>\n<thead><tr><th scope=\"col\">Value</th><th scope=\"col\">Unit</th>\
             <th scope=\"col\">Qualifier</th><th scope=\"col\">Text</th></tr></thead>\n<tbody>\n",
        );
        for c in claims {
            let mut value = c.value.map_or_else(|| "?".to_string(), |v| format_value(v, &c.kind));
            if let Some(max) = c.value_max {
                let _ = write!(value, "–{}", format_value(max, &c.kind));
            }
            let _ = writeln!(
                out,
                "<tr data-light=\"{id}\"><td class=\"num\">{value}</td><td>{unit}</td><td>{qualifier}</td>\
                 <td><a href=\"#{id}\" title=\"{kind}\">{text}</a></td></tr>",
                id = escape::attr(&c.id),
                value = escape::text(&value),
                unit = escape::text(c.unit.as_deref().unwrap_or("")),
                qualifier = escape::text(c.qualifier.as_deref().unwrap_or("")),
                kind = escape::attr(&c.kind.replace('_', " ")),
                text = escape::text(&c.text),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</details>\n");

    out.push_str("<details open id=\"quarry-entities\" class=\"entities\">\n<summary><h2>Entities</h2></summary>\n");
    if entities.is_empty() {
        out.push_str("<p class=\"none\">No entities found.</p>\n");
    } else {
        let mut sorted: Vec<&EntityRecord> = entities.iter().filter(|e| !e.mentions.is_empty()).collect();
        sorted.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
        out.push_str("<ul>\n");
        for e in sorted {
            let _ = writeln!(
                out,
                "<li data-light=\"{id}\"><a href=\"#{id}\" class=\"t-{type_class}\">{name}</a> \
                 <span class=\"tag t-{type_class}\">{kind}</span> <span class=\"n\" title=\"mentions\">{n}</span></li>",
                id = escape::attr(&e.id),
                type_class = class_token(&e.kind),
                name = escape::text(&e.name),
                kind = escape::text(&e.kind),
                n = e.mentions.len(),
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</details>\n</aside>\n");
}

/// The key to the marks, each part with a switch to show or hide it.
fn key(out: &mut String, entities: &[EntityRecord]) {
    let mut types: Vec<&str> = entities.iter().map(|e| e.kind.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    let types: String = types
        .iter()
        .map(|t| format!("<span class=\"sw-ent t-{}\">{}</span>", class_token(t), escape::text(t)))
        .collect::<Vec<_>>()
        .join(" ");
    let rows = [
        ("show-quotes", "Quotes", "<span class=\"sw-quote k-direct\">direct</span> <span class=\"sw-quote k-partial\">partial</span> <span class=\"sw-quote k-mixed\">mixed</span> <span class=\"sw-quote k-indirect\">indirect</span>".to_string()),
        ("show-speakers", "Speakers, cues", "<span class=\"sw-speaker\">speaker</span> <span class=\"sw-cue\">said</span>".to_string()),
        ("show-claims", "Figures", "<span class=\"sw-claim\">12%</span>".to_string()),
        ("show-entities", "Entities", types),
        ("show-pronouns", "Pronouns", "<span class=\"sw-ent sw-pronoun\">she</span>".to_string()),
    ];
    out.push_str("<section class=\"key\">\n<h2>Key</h2>\n<ul>\n");
    for (id, label, swatches) in rows {
        let _ = writeln!(
            out,
            "<li><label><input type=\"checkbox\" id=\"{id}\" checked> {label}</label> <span class=\"swatches\">{swatches}</span></li>"
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The quotes of one speaker.
struct SpeakerGroup<'a> {
    /// The speaker's entity id, when resolved.
    entity: Option<&'a str>,
    /// How the speaker is shown.
    label: String,
    /// The quotes, in text order.
    quotes: Vec<&'a QuoteRecord>,
}

/// The quotes grouped by speaker (the entity when resolved, else the words naming them),
/// most quoted first; quotes with nobody named come last.
fn speaker_groups(quotes: &[QuoteRecord]) -> Vec<SpeakerGroup<'_>> {
    let mut groups: Vec<SpeakerGroup> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let mut nobody: Vec<&QuoteRecord> = Vec::new();
    for q in quotes {
        let Some(s) = &q.speaker else {
            nobody.push(q);
            continue;
        };
        let (key, label) = match (&s.entity, &s.name) {
            (Some(e), name) => (format!("e:{e}"), name.clone().unwrap_or_else(|| s.text.clone())),
            (None, Some(name)) => (format!("n:{}", name.to_lowercase()), name.clone()),
            (None, None) => (format!("n:{}", s.text.to_lowercase()), s.text.clone()),
        };
        let at = *index.entry(key).or_insert_with(|| {
            groups.push(SpeakerGroup { entity: s.entity.as_deref(), label, quotes: Vec::new() });
            groups.len() - 1
        });
        groups[at].quotes.push(q);
    }
    // Stable: speakers quoted equally often stay in order of first appearance.
    groups.sort_by_key(|g| std::cmp::Reverse(g.quotes.len()));
    if !nobody.is_empty() {
        groups.push(SpeakerGroup { entity: None, label: "Nobody named".to_string(), quotes: nobody });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{MentionRecord, SpanText, SpeakerRecord};
    use dom::Element;

    /// The article of a page, parsed.
    fn article(page: &str) -> Vec<Element> {
        let start = page.find("<article").expect("the page has an article");
        let end = page.find("</article>").expect("the article is closed") + "</article>".len();
        dom::elements(&page[start..end])
    }

    /// Code points `start..end` of `text`.
    fn chars(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    /// Code-point offsets of the first `what` in `text`.
    fn find(text: &str, what: &str) -> (usize, usize) {
        let start = text[..text.find(what).expect("present")].chars().count();
        (start, start + what.chars().count())
    }

    fn quote(id: &str, kind: &str, text: &str, what: &str) -> QuoteRecord {
        let (start, end) = find(text, what);
        QuoteRecord { id: id.into(), kind: kind.into(), text: what.into(), start, end, ..Default::default() }
    }

    #[test]
    fn article_text_and_record_strings_are_escaped() {
        let text = "<script>alert(\"x\")</script> & Tom said “<b>hi</b>”.";
        let mut q = quote("q1", "direct", text, "<b>hi</b>");
        let (start, end) = find(text, "Tom");
        q.speaker = Some(SpeakerRecord {
            entity: Some("e1".into()),
            name: Some("Tom \"<T>\" O'Neil".into()),
            text: "Tom".into(),
            start,
            end,
        });
        let record = Record {
            id: "a<b>\"c\"".into(),
            quotes: Some(vec![q]),
            entities: Some(vec![EntityRecord {
                id: "e1".into(),
                name: "Tom \"<T>\" O'Neil".into(),
                kind: "PER<SON".into(),
                mentions: vec![MentionRecord { start, end, text: "Tom".into(), kind: "name".into() }],
                descriptors: Vec::new(),
            }]),
            ..Default::default()
        };
        let page = page(text, &record);
        assert!(!page.contains("<script>alert"), "article text not escaped");
        assert!(!page.contains("<b>"), "record text not escaped");
        assert!(page.contains("<title>a&lt;b&gt;\"c\"</title>"));
        let elements = article(&page);
        assert_eq!(elements[0].attrs["data-id"], "a<b>\"c\"");
        assert_eq!(elements[0].text.trim(), text);
        assert_eq!(dom::text_of(&elements, "data-quote", "q1"), "<b>hi</b>");
        let speaker = elements.iter().find(|e| e.attrs.get("data-speaker-of").is_some_and(|v| v == "q1")).unwrap();
        assert_eq!(speaker.text, "Tom");
        assert!(speaker.attrs["title"].contains("Tom \"<T>\" O'Neil"));
        let mention = elements.iter().find(|e| e.attrs.contains_key("data-entity")).unwrap();
        assert_eq!(mention.attrs["class"], "ent t-PER_SON m-name");
        // The side panel is well formed too.
        let panel_start = page.find("<aside").unwrap();
        let panel_end = page.find("</aside>").unwrap() + "</aside>".len();
        let panel = dom::elements(&page[panel_start..panel_end]);
        assert!(panel.iter().any(|e| e.tag == "span" && e.text == "Tom \"<T>\" O'Neil"));
    }

    #[test]
    fn every_record_of_a_real_text_shows_its_text() {
        let text = "Budget row in Zürich\n\n\
                    “We will cut 1,200 jobs by 2026,” said Anna Müller, chief executive of Kraftwerk AG. \
                    She added that costs had risen 12% and that the plan would save €40 million a year.\n\n\
                    Müller told Reuters the cuts were “painful but necessary”.\n";
        let page = show("zurich", text.to_string(), &[]);
        let opts = RecordOptions { extraction: true, ..RecordOptions::default() };
        let record = output::process("zurich", text.to_string(), &[], opts);
        let elements = article(&page);
        let quotes = record.quotes.unwrap();
        let claims = record.claims.unwrap();
        let entities = record.entities.unwrap();
        assert!(quotes.len() >= 2 && claims.len() >= 2 && entities.len() >= 2, "too little found to test");
        for q in &quotes {
            assert_eq!(dom::text_of(&elements, "data-quote", &q.id), q.text, "{q:?}");
            assert_eq!(chars(text, q.start, q.end), q.text);
        }
        for c in &claims {
            assert_eq!(dom::text_of(&elements, "data-claim", &c.id), c.text, "{c:?}");
        }
        for e in &entities {
            let mentions: String = e.mentions.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(dom::text_of(&elements, "data-entity", &e.id), mentions, "{e:?}");
        }
        // The headline is the page's h1 and the text outside marks is all there.
        let h1 = elements.iter().find(|e| e.tag == "h1").expect("a headline");
        assert_eq!(h1.text, "Budget row in Zürich");
        let shown: String = elements[0].text.split_whitespace().collect();
        let source: String = text.split_whitespace().collect();
        assert_eq!(shown, source);
    }

    #[test]
    fn speaker_and_cue_shared_by_two_quotes_are_marked_once() {
        let text = "“Yes,” she said, “and no.”";
        let (ss, se) = find(text, "she");
        let (cs, ce) = find(text, "said");
        let speaker = SpeakerRecord { text: "she".into(), start: ss, end: se, ..Default::default() };
        let cue = SpanText { text: "said".into(), start: cs, end: ce };
        let quotes = ["Yes,", "and no."].map(|what| {
            let mut q = quote(if what == "Yes," { "q1" } else { "q2" }, "direct", text, what);
            q.speaker = Some(speaker.clone());
            q.cue = Some(cue.clone());
            q
        });
        let record = Record { quotes: Some(quotes.to_vec()), ..Default::default() };
        let elements = article(&page(text, &record));
        assert_eq!(dom::text_of(&elements, "data-speaker-of", "q1 q2"), "she");
        assert_eq!(dom::text_of(&elements, "data-cue-of", "q1 q2"), "said");
    }

    #[test]
    fn unattributed_quotes_group_last_and_speakers_by_entity() {
        let text = "“A,” Ann said. “B,” said Ms. Lee. “C,” Ann added. “D.”";
        let who = |name: &str, entity: &str, what: &str| {
            let (start, end) = find(text, what);
            Some(SpeakerRecord { entity: Some(entity.into()), name: Some(name.into()), text: what.into(), start, end })
        };
        let mut quotes = vec![
            quote("q1", "direct", text, "A,"),
            quote("q2", "direct", text, "B,"),
            quote("q3", "direct", text, "C,"),
            quote("q4", "direct", text, "D."),
        ];
        quotes[0].speaker = who("Ann Ray", "e1", "Ann");
        quotes[1].speaker = who("Lee", "e2", "Ms. Lee");
        quotes[2].speaker = who("Ann Ray", "e1", "Ann");
        let groups: Vec<(String, Vec<&str>)> = speaker_groups(&quotes)
            .into_iter()
            .map(|g| (g.label, g.quotes.iter().map(|q| q.id.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("Ann Ray".to_string(), vec!["q1", "q3"]),
                ("Lee".to_string(), vec!["q2"]),
                ("Nobody named".to_string(), vec!["q4"])
            ]
        );
    }

    #[test]
    fn text_outside_paragraphs_still_shows() {
        let text = "Title\n\nFirst paragraph.\n\n  Second one.  ";
        let record = Record {
            paragraphs: Some(vec![ParagraphRecord { start: 7, end: 23, kind: "prose".into() }]),
            ..Default::default()
        };
        let elements = article(&page(text, &record));
        let blocks: Vec<(&str, &str)> =
            elements.iter().filter(|e| e.tag != "article").map(|e| (e.tag.as_str(), e.text.as_str())).collect();
        assert_eq!(blocks, [("p", "Title"), ("p", "First paragraph."), ("p", "Second one.")]);
    }

    #[test]
    fn an_empty_text_makes_a_page_that_says_so() {
        let record = Record { id: "empty".into(), ..Default::default() };
        let page = page("", &record);
        assert!(article(&page).iter().any(|e| e.text == "This document has no text."));
    }

    #[test]
    fn figures_are_written_for_people() {
        assert_eq!(format_value(180_000_000_000.0, "money"), "180 billion");
        assert_eq!(format_value(1_250_000.0, "count"), "1.25 million");
        assert_eq!(format_value(864_230.0, "count"), "864,230");
        assert_eq!(format_value(-1_500.0, "money"), "-1,500");
        assert_eq!(format_value(2021.0, "year"), "2021");
        assert_eq!(format_value(1.0 / 3.0, "fraction"), "0.3333");
        assert_eq!(format_value(12.5, "percent"), "12.5");
        let claim = ClaimRecord {
            kind: "percent".into(),
            value: Some(12.0),
            value_max: Some(15.0),
            unit: Some("%".into()),
            ..Default::default()
        };
        assert_eq!(figure(&claim), "12–15 %");
    }

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one two three four", 15), "one two three…");
        // No space near the cut: cut inside the word.
        assert_eq!(excerpt("one two three four", 12), "one two thre…");
        assert_eq!(excerpt("ééééééééé", 3), "ééé…");
    }

    #[test]
    fn the_page_loads_nothing_from_elsewhere() {
        let page = show("x", "“Hi,” he said. Visit https://example.com today.".to_string(), &[]);
        for needle in ["<link", "<img", " src=", "url(", "@import"] {
            assert!(!page.contains(needle), "{needle} in the page");
        }
        assert!(page.contains("default-src 'none'"));
    }
}
