//! Segmentation (placeholder while the real one is written).
use crate::document::*;
use crate::span::Span;
/// Segments a text.
pub fn segment(id: impl Into<String>, text: String) -> Document {
    let n = text.len();
    let p = vec![Paragraph { span: Span::new(0, n), kind: ParagraphKind::Prose, sentences: 0..1 }];
    let s = vec![Sentence { span: Span::new(0, n), tokens: 0..0, paragraph: 0 }];
    Document::new(id, text, p, s, vec![]).unwrap()
}
