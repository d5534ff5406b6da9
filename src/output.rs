//! From a document and its extraction to the output [`Record`], with code-point offsets.
//!
//! Offsets are converted here and nowhere else, through one [`CharIndex`] per document.
//! [`RecordWriter`] then lays the serialized records out as JSONL or as one JSON array.

use std::io::{self, Write};

use crate::record::{ErrorRecord, ParagraphRecord, Record, SentenceRecord, SCHEMA};
use crate::span::CharIndex;
use crate::{Document, Extraction};

/// Which optional parts a record carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordOptions {
    /// Write the sentences (`extract --sentences`, and always for `segment`).
    pub sentences: bool,
    /// Write the paragraphs (`segment`).
    pub paragraphs: bool,
    /// Write the entity, quote and claim arrays (`extract`).
    pub extraction: bool,
    /// Write the document text itself.
    pub text: bool,
    /// Write each sentence's text beside its offsets (fixtures do, for readable diffs).
    pub sentence_text: bool,
}

/// Runs the whole pipeline on one text, as `quarry extract` does: segments it, runs the
/// extraction stages when `opts.extraction` asks for them, and builds the record. The one
/// place where `extract`, `segment`, `check` and `eval` turn a text into a record.
pub fn process(id: impl Into<String>, text: String, errors: &[ErrorRecord], opts: RecordOptions) -> Record {
    let doc = crate::segment(id, text);
    let extraction = if opts.extraction { crate::extract(&doc) } else { Extraction::default() };
    record(&doc, &extraction, errors, opts)
}

/// Builds the record of one document.
pub fn record(doc: &Document, _extraction: &Extraction, errors: &[ErrorRecord], opts: RecordOptions) -> Record {
    let text = doc.text();
    let index = CharIndex::new(text);
    let paragraphs = opts.paragraphs.then(|| {
        doc.paragraphs()
            .iter()
            .map(|p| {
                let (start, end) = index.chars(text, p.span);
                ParagraphRecord { start, end, kind: p.kind.as_str().to_string() }
            })
            .collect()
    });
    let sentences = opts.sentences.then(|| {
        doc.sentences()
            .iter()
            .map(|s| {
                let (start, end) = index.chars(text, s.span);
                SentenceRecord {
                    start,
                    end,
                    paragraph: s.paragraph,
                    text: opts.sentence_text.then(|| doc.slice(s.span).to_string()),
                }
            })
            .collect()
    });
    Record {
        id: doc.id().to_string(),
        schema: SCHEMA.to_string(),
        text: opts.text.then(|| text.to_string()),
        paragraphs,
        sentences,
        entities: opts.extraction.then(Vec::new),
        quotes: opts.extraction.then(Vec::new),
        claims: opts.extraction.then(Vec::new),
        errors: errors.to_vec(),
    }
}

/// How a stream of records is laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line (JSONL).
    #[default]
    Jsonl,
    /// One JSON array holding every object, written as it goes.
    Json,
}

/// Writes JSON objects (records and error lines), one after another, framed for a
/// [`Format`]: a line each for JSONL, elements of one array for JSON.
///
/// The array is streamed: `[` before the first object, `,` between objects, `]` at
/// [`RecordWriter::finish`], so nothing is held back.
#[derive(Debug)]
pub struct RecordWriter<W: Write> {
    out: W,
    format: Format,
    written: u64,
}

impl<W: Write> RecordWriter<W> {
    /// A writer of `format` into `out` (which should be buffered).
    pub fn new(out: W, format: Format) -> RecordWriter<W> {
        RecordWriter { out, format, written: 0 }
    }

    /// Writes one object, already serialized as compact JSON (no new lines).
    pub fn write_json(&mut self, json: &str) -> io::Result<()> {
        if self.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            self.out.write_all(json.as_bytes())?;
        } else {
            self.out.write_all(json.as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    /// How many objects have been written.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Closes the array (for JSON), flushes, and gives the output back.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: Format, objects: &[&str]) -> String {
        let mut writer = RecordWriter::new(Vec::new(), format);
        for object in objects {
            writer.write_json(object).unwrap();
        }
        String::from_utf8(writer.finish().unwrap()).unwrap()
    }

    #[test]
    fn jsonl_and_json_framing() {
        assert_eq!(written(Format::Jsonl, &["{\"a\":1}", "{\"b\":2}"]), "{\"a\":1}\n{\"b\":2}\n");
        assert_eq!(written(Format::Json, &["{\"a\":1}", "{\"b\":2}"]), "[\n{\"a\":1},\n{\"b\":2}\n]\n");
        assert_eq!(written(Format::Json, &[]), "[]\n");
        assert_eq!(written(Format::Jsonl, &[]), "");
    }
}
