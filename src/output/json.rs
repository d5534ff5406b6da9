//! The record of a document written as JSON straight from the document and its extraction.
//!
//! [`super::record`] builds a [`Record`](crate::Record) of owned strings, which readers of
//! records (eval, check, the table writers) need; writing JSONL only needs the bytes. Here
//! every text is borrowed from the document, keys are written as literals, and numbers and
//! strings go straight into the output buffer, so a record costs no allocation besides that
//! buffer. The bytes are exactly those of `serde_json::to_string(&record(…))` (same field
//! order, same escaping, same number format); a test holds the two to that.

use super::RecordOptions;
use crate::entities::{Entities, Mention};
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
    out.reserve(capacity_hint(doc, extraction, opts));
    let index = CharIndex::new(doc.text());
    // The writer holds the buffer itself while it writes, which keeps its length and
    // capacity out of reach of other references and so in registers.
    let mut w = Writer { out: std::mem::take(out), doc, index: &index, entities: &extraction.entities };
    let written = w.record(extraction, errors, opts);
    *out = w.out;
    written
}

/// `,"name":`, the separator and key before a field, as one literal; `key!({ "name" })` is
/// `{"name":`, for an object's first field.
macro_rules! key {
    ({ $name:literal }) => {
        concat!("{\"", $name, "\":")
    };
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}

/// A generous guess at the length of a record, so that its buffer grows at most once.
fn capacity_hint(doc: &Document, x: &Extraction, opts: RecordOptions) -> usize {
    let text = doc.text().len() + doc.text().len() / 8;
    let mut n = 256 + doc.id().len();
    if opts.text {
        n += text;
    }
    if opts.paragraphs {
        n += 48 * doc.paragraphs().len();
    }
    if opts.sentences {
        n += 48 * doc.sentences().len() + if opts.sentence_text { text } else { 0 };
    }
    if opts.extraction {
        n += 96 * x.entities.entities.len() + 80 * x.entities.mentions.len();
        n += 320 * (x.quotes.len() + x.claims.len());
    }
    n
}

/// A JSON writer over the output buffer, with what spans need to be written.
struct Writer<'a> {
    out: Vec<u8>,
    doc: &'a Document,
    index: &'a CharIndex,
    entities: &'a Entities,
}

impl Writer<'_> {
    /// Literal JSON text, such as a [`key!`].
    #[inline(always)]
    fn raw(&mut self, bytes: &str) {
        self.out.extend_from_slice(bytes.as_bytes());
    }

    /// A non-negative integer, two digits at a time.
    #[inline]
    fn uint(&mut self, n: usize) {
        let digits = decimal_digits(n);
        // The digits are laid out from the left in a fixed-size buffer, which is appended
        // whole (a copy of known size) and cut back to the digits.
        let mut buf = [0u8; 20];
        let mut at = digits;
        let mut n = n;
        while n >= 100 {
            let pair = 2 * (n % 100);
            n /= 100;
            at -= 2;
            buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            buf[..2].copy_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
        } else {
            buf[0] = b'0' + n as u8;
        }
        let len = self.out.len();
        self.out.extend_from_slice(&buf);
        self.out.truncate(len + digits);
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    fn float(&mut self, x: f64) -> serde_json::Result<()> {
        serde_json::to_writer(&mut self.out, &x)
    }

    /// A JSON string, escaped as serde_json escapes: `"`, `\\` and control characters only.
    /// Runs of bytes that need no escape are copied whole.
    #[inline]
    fn str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let first = next_escape(bytes, 0);
        if first == bytes.len() {
            // Nothing to escape, as in most strings.
            self.out.push(b'"');
            self.out.extend_from_slice(bytes);
            self.out.push(b'"');
        } else {
            self.escaped_str(bytes, first);
        }
    }

    /// A JSON string whose first byte to escape is at `first`.
    #[inline(never)]
    fn escaped_str(&mut self, bytes: &[u8], first: usize) {
        let out = &mut self.out;
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        let mut start = 0;
        let mut i = first;
        loop {
            out.extend_from_slice(&bytes[start..i]);
            let Some(&b) = bytes.get(i) else { break };
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(b >> 4)]);
                    out.push(HEX[usize::from(b & 15)]);
                }
            }
            start = i + 1;
            i = next_escape(bytes, start);
        }
        out.push(b'"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    /// `prefix` and a one-based number as a string: `"e3"`, `"q12"`.
    fn id(&mut self, prefix: char, index: usize) {
        self.out.push(b'"');
        self.out.push(prefix as u8);
        self.uint(index + 1);
        self.out.push(b'"');
    }

    /// `"start":…,"end":…` of a span in code points, after a comma or brace.
    fn offsets(&mut self, first: bool, span: Span) {
        let (start, end) = self.index.chars(self.doc.text(), span);
        self.raw(if first { key!({ "start" }) } else { key!("start") });
        self.uint(start);
        self.raw(key!("end"));
        self.uint(end);
    }

    fn record(&mut self, x: &Extraction, errors: &[ErrorRecord], opts: RecordOptions) -> serde_json::Result<()> {
        let doc = self.doc;
        self.raw(key!({ "id" }));
        self.str(doc.id());
        self.raw(key!("schema"));
        self.str(SCHEMA);
        if opts.text {
            self.raw(key!("text"));
            self.str(doc.text());
        }
        if opts.paragraphs {
            self.raw(key!("paragraphs"));
            self.out.push(b'[');
            for (i, p) in doc.paragraphs().iter().enumerate() {
                self.comma(i);
                self.offsets(true, p.span);
                self.raw(key!("kind"));
                self.str(p.kind.as_str());
                self.out.push(b'}');
            }
            self.out.push(b']');
        }
        if opts.sentences {
            self.raw(key!("sentences"));
            self.out.push(b'[');
            for (i, s) in doc.sentences().iter().enumerate() {
                self.comma(i);
                self.offsets(true, s.span);
                self.raw(key!("paragraph"));
                self.uint(s.paragraph);
                if opts.sentence_text {
                    self.raw(key!("text"));
                    self.str(doc.slice(s.span));
                }
                self.out.push(b'}');
            }
            self.out.push(b']');
        }
        if opts.extraction {
            self.raw(key!("entities"));
            self.entities();
            self.raw(key!("quotes"));
            self.quotes(x)?;
            self.raw(key!("claims"));
            self.claims(x)?;
        }
        self.raw(key!("errors"));
        self.out.push(b'[');
        for (i, e) in errors.iter().enumerate() {
            self.comma(i);
            self.raw(key!({ "kind" }));
            self.str(&e.kind);
            self.raw(key!("message"));
            self.str(&e.message);
            self.out.push(b'}');
        }
        self.raw("]}");
        Ok(())
    }

    /// The comma before every list element but the first.
    fn comma(&mut self, i: usize) {
        if i > 0 {
            self.out.push(b',');
        }
    }

    fn entities(&mut self) {
        let entities = self.entities;
        self.out.push(b'[');
        for (i, e) in entities.entities.iter().enumerate() {
            self.comma(i);
            self.raw(key!({ "id" }));
            self.id('e', i);
            self.raw(key!("name"));
            self.str(&e.name);
            self.raw(key!("type"));
            self.str(e.kind.as_str());
            self.raw(key!("mentions"));
            self.out.push(b'[');
            for (k, &m) in e.mentions.iter().enumerate() {
                self.comma(k);
                self.mention(&entities.mentions[m]);
            }
            self.out.push(b']');
            self.raw(key!("descriptors"));
            self.out.push(b'[');
            for (k, &d) in e.descriptors.iter().enumerate() {
                self.comma(k);
                self.str(self.doc.slice(d));
            }
            self.raw("]}");
        }
        self.out.push(b']');
    }

    fn mention(&mut self, m: &Mention) {
        self.offsets(true, m.span);
        self.raw(key!("text"));
        self.str(self.doc.slice(m.span));
        self.raw(key!("kind"));
        self.str(m.kind.as_str());
        self.out.push(b'}');
    }

    /// `{"text":…,"start":…,"end":…}`.
    fn span_text(&mut self, span: Span) {
        self.raw(key!({ "text" }));
        self.str(self.doc.slice(span));
        self.offsets(false, span);
        self.out.push(b'}');
    }

    /// `{"entity":"e3","name":…}`, or a name no entity was resolved for.
    fn entity_ref(&mut self, entity: Option<usize>, text: Option<Span>) {
        self.raw(key!({ "entity" }));
        match entity {
            Some(e) => {
                self.id('e', e);
                self.raw(key!("name"));
                self.str(&self.entities.entities[e].name);
            }
            None => {
                self.raw("null");
                self.raw(key!("name"));
                self.str(text.map_or("", |t| self.doc.slice(t)));
            }
        }
        self.out.push(b'}');
    }

    fn quotes(&mut self, x: &Extraction) -> serde_json::Result<()> {
        self.out.push(b'[');
        for (i, q) in x.quotes.iter().enumerate() {
            self.comma(i);
            self.raw(key!({ "id" }));
            self.id('q', i);
            self.raw(key!("kind"));
            self.str(q.kind.as_str());
            self.raw(key!("text"));
            self.str(self.doc.slice(q.span));
            self.offsets(false, q.span);
            self.raw(key!("speaker"));
            match q.speaker {
                Some(sp) => {
                    self.raw(key!({ "entity" }));
                    match sp.entity {
                        Some(e) => self.id('e', e),
                        None => self.raw("null"),
                    }
                    self.raw(key!("name"));
                    self.opt_str(sp.entity.map(|e| self.entities.entities[e].name.as_str()));
                    self.raw(key!("text"));
                    self.str(self.doc.slice(sp.span));
                    self.offsets(false, sp.span);
                    self.out.push(b'}');
                }
                None => self.raw("null"),
            }
            self.raw(key!("cue"));
            match q.cue {
                Some(cue) => self.span_text(cue),
                None => self.raw("null"),
            }
            self.raw(key!("sentence"));
            self.uint(q.sentence);
            self.raw(key!("confidence"));
            self.float(super::confidence(q.confidence))?;
            self.raw(key!("rule"));
            self.str(q.rule);
            self.out.push(b'}');
        }
        self.out.push(b']');
        Ok(())
    }

    fn claims(&mut self, x: &Extraction) -> serde_json::Result<()> {
        self.out.push(b'[');
        for (i, c) in x.claims.iter().enumerate() {
            self.comma(i);
            self.raw(key!({ "id" }));
            self.id('c', i);
            self.raw(key!("kind"));
            self.str(c.kind.as_str());
            self.raw(key!("text"));
            self.str(self.doc.slice(c.span));
            self.offsets(false, c.span);
            self.raw(key!("value"));
            self.float(c.value)?;
            if let Some(max) = c.value_max {
                self.raw(key!("value_max"));
                self.float(max)?;
            }
            self.raw(key!("unit"));
            self.opt_str(c.unit.as_deref());
            if let Some(noun) = c.noun {
                self.raw(key!("noun"));
                self.str(self.doc.slice(noun));
            }
            self.raw(key!("approximate"));
            self.bool(c.approximate);
            self.raw(key!("qualifier"));
            self.opt_str(c.qualifier.map(|q| self.doc.slice(q)));
            if let Some(bound) = c.bound {
                self.raw(key!("bound"));
                self.str(bound);
            }
            if let Some(direction) = c.direction {
                self.raw(key!("direction"));
                self.str(direction);
            }
            self.raw(key!("per"));
            self.opt_str(c.per);
            if let Some(k) = c.equivalent {
                self.raw(key!("equivalent"));
                self.id('c', k);
            }
            self.raw(key!("hedged"));
            self.bool(c.hedged);
            self.raw(key!("subject"));
            match c.subject {
                Some(e) => self.entity_ref(Some(e), None),
                None => self.raw("null"),
            }
            self.raw(key!("source"));
            match c.source {
                Some((span, entity)) => self.entity_ref(entity, Some(span)),
                None => self.raw("null"),
            }
            self.raw(key!("sentence"));
            self.uint(c.sentence);
            self.raw(key!("rule"));
            self.str(c.rule);
            self.out.push(b'}');
        }
        self.out.push(b']');
        Ok(())
    }
}

/// `"00"` to `"99"`, for writing integers two digits at a time.
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// How many decimal digits `n` has.
fn decimal_digits(n: usize) -> usize {
    let mut digits = 1;
    let mut rest = n;
    while rest >= 10_000 {
        rest /= 10_000;
        digits += 4;
    }
    digits + usize::from(rest >= 10) + usize::from(rest >= 100) + usize::from(rest >= 1000)
}

/// The first byte at or after `from` that a JSON string must escape (`"`, `\\` or a control
/// character below 0x20), or `bytes.len()`. Eight bytes at a time, the last eight
/// overlapping the ones before.
fn next_escape(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let flags = escape_flags(load(word));
        if flags != 0 {
            return i + flags.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    if i >= bytes.len() {
        return bytes.len();
    }
    if bytes.len() >= 8 {
        // The last eight bytes, the first `skip` of which lie before `i`: they are replaced
        // by a letter, so that neither they nor a borrow from them is taken for a hit.
        let last = bytes.len() - 8;
        let skip = 8 * (i - last) as u32;
        let before = (1u64 << skip) - 1;
        let w = (load(&bytes[last..]) & !before) | (u64::from_le_bytes([b'a'; 8]) & before);
        let flags = escape_flags(w);
        return if flags == 0 { bytes.len() } else { last + flags.trailing_zeros() as usize / 8 };
    }
    bytes[i..].iter().position(|&b| b < 0x20 || b == b'"' || b == b'\\').map_or(bytes.len(), |k| i + k)
}

/// Eight bytes as a little-endian word.
fn load(word: &[u8]) -> u64 {
    u64::from_le_bytes(word.try_into().unwrap_or([0; 8]))
}

/// The top bit of each byte of `w` that needs escaping; only the lowest set bit is sure
/// to be exact (a borrow runs upwards from a hit), which is all [`next_escape`] uses.
fn escape_flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// The top bit of every byte of `w` below `n`.
    fn below(w: u64, n: u8) -> u64 {
        w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH
    }
    below(w, 0x20) | below(w ^ (ONES * u64::from(b'"')), 1) | below(w ^ (ONES * u64::from(b'\\')), 1)
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
    fn next_escape_finds_the_first_byte_to_escape() {
        let naive = |b: &[u8], from: usize| {
            (from..b.len()).find(|&i| b[i] < 0x20 || b[i] == b'"' || b[i] == b'\\').unwrap_or(b.len())
        };
        let mut texts: Vec<String> = Vec::new();
        for special in
            ["\"", "\\", "\n", "\u{1}", "\u{1f}", "!", "#", "[", "]", "é", "\u{7f}", " ", "\"#", "\\]", "\u{0}\u{1}"]
        {
            for at in 0..20 {
                for len in [at + 1, at + 3, 20, 33] {
                    let mut t = "x".repeat(at) + special;
                    while t.len() < len {
                        t.push(if t.len() % 3 == 0 { '\\' } else { 'y' });
                    }
                    texts.push(t);
                }
            }
        }
        for t in &texts {
            for from in 0..=t.len() {
                assert_eq!(next_escape(t.as_bytes(), from), naive(t.as_bytes(), from), "{t:?} from {from}");
            }
        }
    }

    proptest::proptest! {
        /// Any mix of names, quotes, figures, odd characters and breaks writes the same bytes.
        #[test]
        fn any_text_writes_the_same_bytes(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Jane Doe", " said", " he", "“", "”", "\"", "'", " \\ ", "\t", "\u{1}", "é", "🇨🇳", " $3.5bn", " 12%",
            " between 10 and 12 million", " about 400 people", ". ", ":\n", "\n\n", "Acme Inc.", " told Reuters that ",
            " according to ", "(", ")", " 5 km", "I ", " my ",
        ]), 0..60)) {
            let text = parts.concat();
            let full = RecordOptions { sentences: true, paragraphs: true, extraction: true, text: true, sentence_text: true };
            agrees(&text, full);
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let doc = crate::segment("d", String::new());
        let index = CharIndex::new("");
        let entities = Entities::default();
        for s in [
            "plain",
            "",
            "quote \" and \\ back",
            "tab\tnew\nline\r",
            "\u{1}\u{8}\u{c}\u{1f}\u{7f}",
            "é “x” \u{2028} 🇨🇳 </script>",
        ] {
            let mut w = Writer { out: Vec::new(), doc: &doc, index: &index, entities: &entities };
            w.str(s);
            assert_eq!(String::from_utf8(w.out).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        for n in [0, 7, 9, 10, 99, 100, 101, 999, 1000, 12_345, 100_000, usize::MAX] {
            let mut w = Writer { out: Vec::new(), doc: &doc, index: &index, entities: &entities };
            w.uint(n);
            assert_eq!(String::from_utf8(w.out).unwrap(), n.to_string());
        }
    }
}
