//! The record of a document serialized straight from the document and its extraction.
//!
//! [`super::record`] builds a [`Record`](crate::Record) of owned strings, which readers of
//! records (eval, check, the table writers) need; writing JSONL only needs the bytes. Here
//! every text is borrowed from the document and every list is serialized as it is walked,
//! so a record costs no allocation besides its output buffer. The bytes are exactly those
//! of `serde_json::to_string(&record(…))`; a test holds the two to that.

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use super::RecordOptions;
use crate::entities::{Entities, Entity, Mention};
use crate::record::{ErrorRecord, SCHEMA};
use crate::span::{CharIndex, Span};
use crate::{Document, Extraction};

/// Appends the JSON record of `doc` (compact, one line, no new line at the end) to `out`.
pub fn write_record(
    doc: &Document,
    extraction: &Extraction,
    errors: &[ErrorRecord],
    opts: RecordOptions,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    let index = CharIndex::new(doc.text());
    let view = RecordView { at: At { doc, index: &index, extraction }, errors, opts };
    view.serialize(&mut serde_json::Serializer::new(out))
}

/// What every part of the record needs: the document, its code-point index and the
/// extraction.
#[derive(Clone, Copy)]
struct At<'a> {
    doc: &'a Document,
    index: &'a CharIndex,
    extraction: &'a Extraction,
}

impl<'a> At<'a> {
    fn chars(&self, span: Span) -> (usize, usize) {
        self.index.chars(self.doc.text(), span)
    }

    fn text(&self, span: Span) -> &'a str {
        self.doc.slice(span)
    }

    fn entities(&self) -> &'a Entities {
        &self.extraction.entities
    }
}

/// A list serialized from an iterator made on demand.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

struct RecordView<'a> {
    at: At<'a>,
    errors: &'a [ErrorRecord],
    opts: RecordOptions,
}

impl Serialize for RecordView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let RecordView { at, errors, opts } = *self;
        let doc = at.doc;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", doc.id())?;
        map.serialize_entry("schema", SCHEMA)?;
        if opts.text {
            map.serialize_entry("text", doc.text())?;
        }
        if opts.paragraphs {
            map.serialize_entry(
                "paragraphs",
                &Seq(|| {
                    doc.paragraphs().iter().map(move |p| ParagraphView { at, span: p.span, kind: p.kind.as_str() })
                }),
            )?;
        }
        if opts.sentences {
            map.serialize_entry(
                "sentences",
                &Seq(|| {
                    doc.sentences().iter().map(move |s| SentenceView {
                        at,
                        span: s.span,
                        paragraph: s.paragraph,
                        text: opts.sentence_text,
                    })
                }),
            )?;
        }
        if opts.extraction {
            let entities = at.entities();
            map.serialize_entry(
                "entities",
                &Seq(|| entities.entities.iter().enumerate().map(move |(i, entity)| EntityView { at, i, entity })),
            )?;
            map.serialize_entry("quotes", &Seq(|| (0..at.extraction.quotes.len()).map(move |i| QuoteView { at, i })))?;
            map.serialize_entry("claims", &Seq(|| (0..at.extraction.claims.len()).map(move |i| ClaimView { at, i })))?;
        }
        map.serialize_entry("errors", errors)?;
        map.end()
    }
}

struct ParagraphView<'a> {
    at: At<'a>,
    span: Span,
    kind: &'static str,
}

impl Serialize for ParagraphView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.at.chars(self.span);
        let mut st = s.serialize_struct("ParagraphRecord", 3)?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("kind", self.kind)?;
        st.end()
    }
}

struct SentenceView<'a> {
    at: At<'a>,
    span: Span,
    paragraph: usize,
    text: bool,
}

impl Serialize for SentenceView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.at.chars(self.span);
        let mut st = s.serialize_struct("SentenceRecord", 4)?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("paragraph", &self.paragraph)?;
        if self.text {
            st.serialize_field("text", self.at.text(self.span))?;
        }
        st.end()
    }
}

/// A span as `{text, start, end}`.
struct SpanView<'a> {
    at: At<'a>,
    span: Span,
}

impl Serialize for SpanView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.at.chars(self.span);
        let mut st = s.serialize_struct("SpanText", 3)?;
        st.serialize_field("text", self.at.text(self.span))?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.end()
    }
}

/// An entity id (`e3`) written without a `String`.
struct EntityId(usize);

impl Serialize for EntityId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 24];
        s.serialize_str(numbered(&mut buf, 'e', self.0 + 1))
    }
}

/// `prefix` followed by `n` in decimal, written into `buf` (`q12`, `c3`).
fn numbered(buf: &mut [u8; 24], prefix: char, mut n: usize) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    at -= 1;
    buf[at] = prefix as u8;
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

struct EntityView<'a> {
    at: At<'a>,
    i: usize,
    entity: &'a Entity,
}

impl Serialize for EntityView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let at = self.at;
        let entities = at.entities();
        let e = self.entity;
        let mut st = s.serialize_struct("EntityRecord", 5)?;
        st.serialize_field("id", &EntityId(self.i))?;
        st.serialize_field("name", &e.name)?;
        st.serialize_field("type", e.kind.as_str())?;
        st.serialize_field(
            "mentions",
            &Seq(|| e.mentions.iter().map(move |&m| MentionView { at, mention: &entities.mentions[m] })),
        )?;
        st.serialize_field("descriptors", &Seq(|| e.descriptors.iter().map(move |&d| at.text(d))))?;
        st.end()
    }
}

struct MentionView<'a> {
    at: At<'a>,
    mention: &'a Mention,
}

impl Serialize for MentionView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = self.mention;
        let (start, end) = self.at.chars(m.span);
        let mut st = s.serialize_struct("MentionRecord", 4)?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("text", self.at.text(m.span))?;
        st.serialize_field("kind", m.kind.as_str())?;
        st.end()
    }
}

/// A reference to an entity: `{entity, name}`, or a name nobody was resolved to.
struct RefView<'a> {
    at: At<'a>,
    entity: Option<usize>,
    /// The text named, for a reference that resolved to no entity.
    text: Option<Span>,
}

impl Serialize for RefView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("EntityRef", 2)?;
        match self.entity {
            Some(e) => {
                st.serialize_field("entity", &Some(EntityId(e)))?;
                st.serialize_field("name", &self.at.entities().entities[e].name)?;
            }
            None => {
                st.serialize_field("entity", &None::<EntityId>)?;
                st.serialize_field("name", self.text.map_or("", |t| self.at.text(t)))?;
            }
        }
        st.end()
    }
}

struct SpeakerView<'a> {
    at: At<'a>,
    span: Span,
    entity: Option<usize>,
}

impl Serialize for SpeakerView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let at = self.at;
        let (start, end) = at.chars(self.span);
        let mut st = s.serialize_struct("SpeakerRecord", 5)?;
        st.serialize_field("entity", &self.entity.map(EntityId))?;
        st.serialize_field("name", &self.entity.map(|e| at.entities().entities[e].name.as_str()))?;
        st.serialize_field("text", at.text(self.span))?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.end()
    }
}

struct QuoteView<'a> {
    at: At<'a>,
    i: usize,
}

impl Serialize for QuoteView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let at = self.at;
        let q = &at.extraction.quotes[self.i];
        let (start, end) = at.chars(q.span);
        let mut buf = [0u8; 24];
        let mut st = s.serialize_struct("QuoteRecord", 10)?;
        st.serialize_field("id", numbered(&mut buf, 'q', self.i + 1))?;
        st.serialize_field("kind", q.kind.as_str())?;
        st.serialize_field("text", at.text(q.span))?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("speaker", &q.speaker.map(|sp| SpeakerView { at, span: sp.span, entity: sp.entity }))?;
        st.serialize_field("cue", &q.cue.map(|span| SpanView { at, span }))?;
        st.serialize_field("sentence", &q.sentence)?;
        st.serialize_field("confidence", &super::confidence(q.confidence))?;
        st.serialize_field("rule", q.rule)?;
        st.end()
    }
}

struct ClaimView<'a> {
    at: At<'a>,
    i: usize,
}

impl Serialize for ClaimView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let at = self.at;
        let c = &at.extraction.claims[self.i];
        let (start, end) = at.chars(c.span);
        let mut buf = [0u8; 24];
        let mut st = s.serialize_struct("ClaimRecord", 20)?;
        st.serialize_field("id", numbered(&mut buf, 'c', self.i + 1))?;
        st.serialize_field("kind", c.kind.as_str())?;
        st.serialize_field("text", at.text(c.span))?;
        st.serialize_field("start", &start)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("value", &Some(c.value))?;
        if let Some(max) = c.value_max {
            st.serialize_field("value_max", &max)?;
        }
        st.serialize_field("unit", &c.unit)?;
        if let Some(noun) = c.noun {
            st.serialize_field("noun", at.text(noun))?;
        }
        st.serialize_field("approximate", &c.approximate)?;
        st.serialize_field("qualifier", &c.qualifier.map(|q| at.text(q)))?;
        if let Some(bound) = c.bound {
            st.serialize_field("bound", bound)?;
        }
        if let Some(direction) = c.direction {
            st.serialize_field("direction", direction)?;
        }
        st.serialize_field("per", &c.per)?;
        if let Some(k) = c.equivalent {
            let mut buf = [0u8; 24];
            st.serialize_field("equivalent", numbered(&mut buf, 'c', k + 1))?;
        }
        st.serialize_field("hedged", &c.hedged)?;
        st.serialize_field("subject", &c.subject.map(|e| RefView { at, entity: Some(e), text: None }))?;
        st.serialize_field(
            "source",
            &c.source.map(|(span, entity)| RefView { at, entity, text: entity.is_none().then_some(span) }),
        )?;
        st.serialize_field("sentence", &c.sentence)?;
        st.serialize_field("rule", c.rule)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::record;

    /// The direct writer and the owned record agree byte for byte.
    fn agrees(text: &str, opts: RecordOptions) {
        let doc = crate::segment("doc-1", text.to_string());
        let extraction = crate::extract(&doc);
        let errors = [ErrorRecord { kind: "encoding".into(), message: "replaced 1 byte".into() }];
        let expected = serde_json::to_string(&record(&doc, &extraction, &errors, opts)).unwrap();
        let mut out = Vec::new();
        write_record(&doc, &extraction, &errors, opts, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    const STORY: &str = "Acme Corp. said on Monday that sales rose 12% to $3.5bn, about €3.2bn (£2.8bn).\n\n\
        “We are thrilled,” said Jane Doe, chief executive of Acme. She added that the firm would hire \
        about 400 people in Zürich, according to the company.\n\n\
        A spokesman said: “Nothing is decided.” Doe told Reuters that “the market is tough”.\n\n\
        The \"Blue Ridge\" plant — 20 km from São Paulo — made 1,200 tonnes a day in 2023, between 10 and 12 million a year.";

    #[test]
    fn same_bytes_as_the_owned_record() {
        let full =
            RecordOptions { sentences: true, paragraphs: true, extraction: true, text: true, sentence_text: true };
        agrees(STORY, full);
        agrees(STORY, RecordOptions { extraction: true, ..RecordOptions::default() });
        agrees("", full);
        agrees("\u{1F600} “Ünïcödé,” he said. It cost ¥5 million.\n", full);
    }

    #[test]
    fn numbered_ids() {
        let mut buf = [0u8; 24];
        assert_eq!(numbered(&mut buf, 'q', 1), "q1");
        assert_eq!(numbered(&mut buf, 'c', 1207), "c1207");
        assert_eq!(numbered(&mut buf, 'e', usize::MAX), format!("e{}", usize::MAX));
    }
}
