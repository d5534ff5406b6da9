//! Marked ranges of the text, laid out as well-formed nested `<span>`s inside blocks.
//!
//! Records overlap freely: an entity mention inside a claim inside a quote, a claim that
//! crosses a quote's end, a quote that runs over a paragraph break. HTML elements must
//! nest, so [`render`] sweeps the text once, keeping a stack of open marks ordered by
//! (start, longest first, [`Layer`]); when a mark ends under others, or a block ends, the
//! marks above it are closed and reopened after it. A mark may so become several pieces,
//! each carrying the same attributes and its own `data-start`/`data-end`.
//!
//! Offsets are code points, as in the records; [`CodePoints`] maps them to bytes once.

use std::cmp::Reverse;

use super::escape;

/// A text with the byte offset of each of its code points, for slicing by code points.
#[derive(Debug)]
pub struct CodePoints<'a> {
    text: &'a str,
    /// The byte offset of every code point, then `text.len()`.
    bytes: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CodePoints<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CodePoints { text, bytes }
    }

    /// The number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Code points `start..end`, clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.len());
        let start = start.min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }
}

/// What a mark shows. For marks over the same text, the earlier layer is the outer element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    /// The quoted words (or reported clause) of a quote.
    Quote,
    /// The words naming a quote's speaker.
    Speaker,
    /// The speech verb or phrase of a quote.
    Cue,
    /// A numeric claim.
    Claim,
    /// An entity mention.
    Entity,
}

/// One marked range of the text and the attributes of its element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What it shows, which decides nesting among marks over the same text.
    pub layer: Layer,
    /// The `class` attribute.
    pub class: String,
    /// Further attributes (`data-quote`, …), written on every piece, unescaped here.
    pub attrs: Vec<(&'static str, String)>,
    /// Hover details, written as the `title` attribute.
    pub title: String,
    /// An `id` for links to the mark, written on its first piece only.
    pub anchor: Option<String>,
}

/// A block of the page: a heading or a paragraph, over code points `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The element: `h1`, `h2` or `p`.
    pub tag: &'static str,
    /// The `class` attribute, if any.
    pub class: Option<&'static str>,
}

/// One step of the output within a block.
enum Step {
    /// Opens a piece of a mark covering `start..end`.
    Open { mark: usize, start: usize, end: usize },
    /// Text, code points `start..end`.
    Text { start: usize, end: usize },
    /// Closes the innermost open piece.
    Close,
}

/// Writes `blocks` (in text order, not overlapping) with `marks` nested inside them into
/// `out`. Text outside every block is left out; so are marks that cover no text inside a
/// block, and marks whose range is not inside the text.
pub fn render(out: &mut String, text: &CodePoints, blocks: &[Block], marks: &[Mark]) {
    let len = text.len();
    let mut order: Vec<usize> =
        (0..marks.len()).filter(|&i| marks[i].start < marks[i].end && marks[i].end <= len).collect();
    order.sort_by_key(|&i| (marks[i].start, Reverse(marks[i].end), marks[i].layer, i));
    let mut anchored = vec![false; marks.len()];
    let mut next = 0;
    // Marks still open when the previous block ended, in nesting order.
    let mut carried: Vec<usize> = Vec::new();
    let mut steps = Vec::new();
    for block in blocks {
        let (bstart, bend) = (block.start.min(len), block.end.min(len));
        if bstart >= bend {
            continue;
        }
        steps.clear();
        // Each entry: the mark, and the index of the step that opened its current piece.
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for &m in carried.iter().filter(|&&m| marks[m].end > bstart) {
            open(&mut steps, &mut stack, m, bstart);
        }
        while next < order.len() && marks[order[next]].start <= bstart {
            if marks[order[next]].end > bstart {
                open(&mut steps, &mut stack, order[next], bstart);
            }
            next += 1;
        }
        let mut pos = bstart;
        loop {
            let next_start = order.get(next).map(|&m| marks[m].start).filter(|&s| s < bend);
            let next_end = stack.iter().map(|&(m, _)| marks[m].end).min();
            let at = [next_start, next_end, Some(bend)].into_iter().flatten().min().unwrap_or(bend).min(bend);
            if at > pos {
                steps.push(Step::Text { start: pos, end: at });
                pos = at;
            }
            // Close what ends here, and everything opened inside it; reopen the survivors.
            let cut = if at == bend { Some(0) } else { stack.iter().position(|&(m, _)| marks[m].end <= at) };
            if let Some(cut) = cut {
                let survivors: Vec<usize> =
                    stack[cut..].iter().map(|&(m, _)| m).filter(|&m| marks[m].end > at).collect();
                for &(_, step) in stack[cut..].iter().rev() {
                    if let Step::Open { end, .. } = &mut steps[step] {
                        *end = at;
                    }
                    steps.push(Step::Close);
                }
                stack.truncate(cut);
                if at == bend {
                    carried = survivors;
                    break;
                }
                for m in survivors {
                    open(&mut steps, &mut stack, m, at);
                }
            }
            while next < order.len() && marks[order[next]].start == at {
                if marks[order[next]].end > at {
                    open(&mut steps, &mut stack, order[next], at);
                }
                next += 1;
            }
        }
        write_block(out, text, block, marks, &steps, &mut anchored);
    }
}

/// Opens a piece of `mark` at `at`: a step whose end is set when the piece closes.
fn open(steps: &mut Vec<Step>, stack: &mut Vec<(usize, usize)>, mark: usize, at: usize) {
    stack.push((mark, steps.len()));
    steps.push(Step::Open { mark, start: at, end: at });
}

fn write_block(
    out: &mut String,
    text: &CodePoints,
    block: &Block,
    marks: &[Mark],
    steps: &[Step],
    anchored: &mut [bool],
) {
    out.push('<');
    out.push_str(block.tag);
    if let Some(class) = block.class {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
    out.push_str(&format!(" data-start=\"{}\" data-end=\"{}\">", block.start, block.end));
    for step in steps {
        match *step {
            Step::Open { mark, start, end } => {
                let m = &marks[mark];
                out.push_str("<span class=\"");
                escape::attr_into(out, &m.class);
                out.push('"');
                if let Some(anchor) = m.anchor.as_deref().filter(|_| !anchored[mark]) {
                    anchored[mark] = true;
                    out.push_str(" id=\"");
                    escape::attr_into(out, anchor);
                    out.push('"');
                }
                for (name, value) in &m.attrs {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape::attr_into(out, value);
                    out.push('"');
                }
                out.push_str(&format!(" data-start=\"{start}\" data-end=\"{end}\""));
                if !m.title.is_empty() {
                    out.push_str(" title=\"");
                    escape::attr_into(out, &m.title);
                    out.push('"');
                }
                out.push('>');
            }
            Step::Text { start, end } => escape::text_into(out, text.slice(start, end)),
            Step::Close => out.push_str("</span>"),
        }
    }
    out.push_str("</");
    out.push_str(block.tag);
    out.push_str(">\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::dom::{self, Element};
    use proptest::prelude::*;

    /// A mark over the first occurrence of `what` in `text` (offsets in code points).
    fn mark(text: &str, what: &str, layer: Layer, id: &str) -> Mark {
        let byte = text.find(what).unwrap_or_else(|| panic!("{what:?} not in {text:?}"));
        let start = text[..byte].chars().count();
        Mark {
            start,
            end: start + what.chars().count(),
            layer,
            class: format!("{layer:?}"),
            attrs: vec![("data-id", id.to_string())],
            title: String::new(),
            anchor: Some(id.to_string()),
        }
    }

    fn one_block(text: &str) -> Vec<Block> {
        vec![Block { start: 0, end: text.chars().count(), tag: "p", class: None }]
    }

    fn rendered(text: &str, blocks: &[Block], marks: &[Mark]) -> (String, Vec<Element>) {
        let mut out = String::new();
        render(&mut out, &CodePoints::new(text), blocks, marks);
        let elements = dom::elements(&out);
        (out, elements)
    }

    fn pieces<'e>(elements: &'e [Element], id: &str) -> Vec<&'e Element> {
        elements.iter().filter(|e| e.attrs.get("data-id").is_some_and(|v| v == id)).collect()
    }

    #[test]
    fn nested_marks_nest_without_splitting() {
        let text = "He said “sales rose 12% at Acme Corp” today.";
        let marks = [
            mark(text, "Acme Corp", Layer::Entity, "e1"),
            mark(text, "sales rose 12% at Acme Corp", Layer::Quote, "q1"),
            mark(text, "12%", Layer::Claim, "c1"),
        ];
        let (html, elements) = rendered(text, &one_block(text), &marks);
        assert_eq!(
            html,
            "<p data-start=\"0\" data-end=\"44\">He said “<span class=\"Quote\" id=\"q1\" data-id=\"q1\" \
             data-start=\"9\" data-end=\"36\">sales rose <span class=\"Claim\" id=\"c1\" data-id=\"c1\" \
             data-start=\"20\" data-end=\"23\">12%</span> at <span class=\"Entity\" id=\"e1\" data-id=\"e1\" \
             data-start=\"27\" data-end=\"36\">Acme Corp</span></span>” today.</p>\n"
        );
        for (id, want) in [("q1", "sales rose 12% at Acme Corp"), ("c1", "12%"), ("e1", "Acme Corp")] {
            assert_eq!(pieces(&elements, id).len(), 1, "{id} split");
            assert_eq!(dom::text_of(&elements, "data-id", id), want);
        }
    }

    #[test]
    fn a_claim_crossing_a_quote_end_is_split_at_it() {
        let text = "“Costs hit 4 million” euros, he said.";
        let marks =
            [mark(text, "Costs hit 4 million", Layer::Quote, "q1"), mark(text, "4 million” euros", Layer::Claim, "c1")];
        let (_, elements) = rendered(text, &one_block(text), &marks);
        let claim = pieces(&elements, "c1");
        let texts: Vec<&str> = claim.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["4 million", "” euros"]);
        assert_eq!(claim[0].attrs["data-start"], "11");
        assert_eq!(claim[1].attrs["data-start"], "20");
        // Only the first piece is a link target.
        assert_eq!(claim[0].attrs.get("id").map(String::as_str), Some("c1"));
        assert!(!claim[1].attrs.contains_key("id"));
        assert_eq!(dom::text_of(&elements, "data-id", "q1"), "Costs hit 4 million");
    }

    #[test]
    fn a_mark_ending_under_another_closes_and_reopens_the_inner_one() {
        // The entity starts inside the claim and runs past its end.
        let text = "It paid $5 Acme Bank shares.";
        let marks = [mark(text, "$5 Acme", Layer::Claim, "c1"), mark(text, "Acme Bank", Layer::Entity, "e1")];
        let (html, elements) = rendered(text, &one_block(text), &marks);
        assert!(html.contains("$5 <span"), "{html}");
        let entity: Vec<&str> = pieces(&elements, "e1").iter().map(|e| e.text.as_str()).collect();
        assert_eq!(entity, ["Acme", " Bank"]);
        assert_eq!(dom::text_of(&elements, "data-id", "c1"), "$5 Acme");
    }

    #[test]
    fn same_span_nests_by_layer() {
        let text = "Ren said so.";
        let marks = [mark(text, "Ren", Layer::Entity, "e1"), mark(text, "Ren", Layer::Speaker, "s1")];
        let (html, _) = rendered(text, &one_block(text), &marks);
        assert!(html.contains("<span class=\"Speaker\" id=\"s1\" data-id=\"s1\" data-start=\"0\" data-end=\"3\"><span class=\"Entity\""), "{html}");
    }

    #[test]
    fn a_mark_over_a_paragraph_break_becomes_one_piece_per_paragraph() {
        let text = "“First part.\n\nSecond part,” she said.";
        let second = text.chars().position(|c| c == 'S').unwrap_or(0);
        let blocks = [
            Block { start: 0, end: 12, tag: "p", class: None },
            Block { start: second, end: text.chars().count(), tag: "p", class: None },
        ];
        let marks =
            [mark(text, "First part.\n\nSecond part,", Layer::Quote, "q1"), mark(text, "she", Layer::Entity, "e1")];
        let (_, elements) = rendered(text, &blocks, &marks);
        let quote: Vec<&str> = pieces(&elements, "q1").iter().map(|e| e.text.as_str()).collect();
        assert_eq!(quote, ["First part.", "Second part,"]);
        let paragraphs: Vec<&str> = elements.iter().filter(|e| e.tag == "p").map(|e| e.text.as_str()).collect();
        assert_eq!(paragraphs, ["“First part.", "Second part,” she said."]);
    }

    #[test]
    fn offsets_are_code_points_and_text_is_sliced_by_them() {
        let text = "Île de Ré 🚴\u{200d}♀️ — “Bravo à l’équipe” <3";
        let marks = [mark(text, "Bravo à l’équipe", Layer::Quote, "q1"), mark(text, "Ré", Layer::Entity, "e1")];
        let (_, elements) = rendered(text, &one_block(text), &marks);
        let quote = pieces(&elements, "q1");
        assert_eq!(quote[0].text, "Bravo à l’équipe");
        let (start, end): (usize, usize) =
            (quote[0].attrs["data-start"].parse().unwrap(), quote[0].attrs["data-end"].parse().unwrap());
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[start..end].iter().collect::<String>(), "Bravo à l’équipe");
        assert_eq!(pieces(&elements, "e1")[0].text, "Ré");
        assert_eq!(elements[0].text, text);
    }

    #[test]
    fn marks_outside_the_text_are_left_out() {
        let text = "Short.";
        let mut past_end = mark(text, "Short", Layer::Quote, "q1");
        past_end.end = 99;
        let mut backwards = mark(text, "Short", Layer::Claim, "c1");
        backwards.start = 4;
        backwards.end = 2;
        let empty = Mark { end: 0, ..mark(text, "Short", Layer::Entity, "e1") };
        let (html, elements) = rendered(text, &one_block(text), &[past_end, backwards, empty]);
        assert_eq!(html, "<p data-start=\"0\" data-end=\"6\">Short.</p>\n");
        assert_eq!(elements.len(), 1);
    }

    #[test]
    fn text_between_blocks_is_left_out_and_marks_only_there_vanish() {
        let text = "One.\n\nTwo.";
        let blocks = [
            Block { start: 0, end: 4, tag: "h2", class: None },
            Block { start: 6, end: 10, tag: "p", class: Some("item") },
        ];
        let gap = Mark { start: 4, end: 6, ..mark(text, "One", Layer::Cue, "x") };
        let (html, _) = rendered(text, &blocks, &[gap]);
        assert_eq!(html, "<h2 data-start=\"0\" data-end=\"4\">One.</h2>\n<p class=\"item\" data-start=\"6\" data-end=\"10\">Two.</p>\n");
    }

    const LAYERS: [Layer; 5] = [Layer::Quote, Layer::Speaker, Layer::Cue, Layer::Claim, Layer::Entity];

    proptest! {
        /// Whatever the marks, the markup is well formed, every block shows its text, and the
        /// pieces of every mark show exactly its text inside the blocks.
        #[test]
        fn any_marks_render_well_formed(
            text in "[a-zé“”<&> \n🚴]{0,40}",
            raw_marks in prop::collection::vec((0usize..45, 0usize..45, 0usize..5), 0..12),
            cuts in prop::collection::vec(0usize..45, 0..4),
        ) {
            let chars: Vec<char> = text.chars().collect();
            let n = chars.len();
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(n)).collect();
            cuts.extend([0, n]);
            cuts.sort_unstable();
            cuts.dedup();
            // Blocks separated by one left-out code point each.
            let blocks: Vec<Block> = cuts
                .windows(2)
                .map(|w| Block { start: if w[0] == 0 { 0 } else { w[0] + 1 }, end: w[1], tag: "p", class: None })
                .filter(|b| b.start < b.end)
                .collect();
            let marks: Vec<Mark> = raw_marks
                .iter()
                .enumerate()
                .map(|(i, &(a, b, layer))| Mark {
                    start: a,
                    end: b,
                    layer: LAYERS[layer],
                    class: "m".to_string(),
                    attrs: vec![("data-id", format!("m{i}"))],
                    title: format!("<{i}> \"&\""),
                    anchor: Some(format!("m{i}")),
                })
                .collect();
            let (_, elements) = rendered(&text, &blocks, &marks);
            let shown = |from: usize, to: usize| -> String {
                (from..to).filter(|&i| blocks.iter().any(|b| b.start <= i && i < b.end)).map(|i| chars[i]).collect()
            };
            let paragraphs: Vec<&str> = elements.iter().filter(|e| e.tag == "p").map(|e| e.text.as_str()).collect();
            let want: Vec<String> = blocks.iter().map(|b| chars[b.start..b.end].iter().collect()).collect();
            prop_assert_eq!(paragraphs, want);
            for (i, m) in marks.iter().enumerate() {
                let id = format!("m{i}");
                let got = dom::text_of(&elements, "data-id", &id);
                let want = if m.start < m.end && m.end <= n { shown(m.start, m.end) } else { String::new() };
                prop_assert_eq!(&got, &want, "mark {:?}", m);
                for piece in pieces(&elements, &id) {
                    let (s, e): (usize, usize) = (piece.attrs["data-start"].parse().unwrap(), piece.attrs["data-end"].parse().unwrap());
                    prop_assert_eq!(&piece.text, &chars[s..e].iter().collect::<String>());
                    prop_assert_eq!(&piece.attrs["title"], &m.title);
                }
                let anchors = elements.iter().filter(|e| e.attrs.get("id") == Some(&id)).count();
                prop_assert_eq!(anchors, usize::from(!want.is_empty()));
            }
        }
    }
}
