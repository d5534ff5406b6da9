//! Records as tables: one CSV (or TSV) file per kind of record, for spreadsheets, pandas, R
//! and databases (`quarry extract --format csv -o DIR`).
//!
//! # Files
//!
//! Every table starts with a header row and has the document id in its first column, so
//! rows of one document can be joined across tables; rows are in input order, and within a
//! document in record order.
//!
//! - `documents.csv`: one row per input document, in input order (`doc_id`, then how many
//!   entities, mentions, quotes, claims, sentences, paragraphs and errors it has), so that a
//!   document with nothing found still shows; a document that could not be read has no
//!   counts and one error;
//! - `entities.csv`: one row per entity **mention**: `doc_id, entity_id, entity_name,
//!   entity_type, mention_kind, text, start, end`;
//! - `quotes.csv`: `doc_id, quote_id, kind, text, start, end, speaker_name, speaker_text,
//!   speaker_start, speaker_end, speaker_entity, cue, cue_start, cue_end, sentence,
//!   confidence, rule`;
//! - `claims.csv`: `doc_id, claim_id, kind, text, start, end, value, value_max, unit, noun,
//!   approximate, qualifier, bound, direction, per, equivalent, subject, subject_entity,
//!   source, source_entity, hedged, sentence, rule`;
//! - `sentences.csv` (with `--sentences`, and for `segment`): `doc_id, sentence, paragraph,
//!   start, end, text`;
//! - `paragraphs.csv` (`segment`): `doc_id, paragraph, kind, start, end`;
//! - `errors.csv`: `doc_id, kind, message, file, line`: one row per document that could not
//!   be read (kinds `not_found`, `not_json`, `binary`, …) and one per problem of a document
//!   that was read (`invalid_utf8`, `truncated`, `empty`, `bad_id`).
//!
//! Offsets are Unicode code points, as in the JSON records. An absent value (no speaker, no
//! unit) is an empty field; booleans are `true`/`false`; numbers are written in the
//! shortest form that reads back to the same value (`180000000000`, `0.3333333333333333`).
//!
//! # Quoting and encoding
//!
//! Fields are quoted as RFC 4180 says (only when they hold the delimiter, a quote mark or a
//! line break; a quote mark is doubled), so a multi-paragraph quote stays one field. TSV is
//! the same with a tab as the delimiter (and the same quoting). Files are UTF-8 without a
//! byte-order mark by default, which is what programs expect (Python's `csv`, pandas, R,
//! databases); `--bom` starts each file with one, which Excel needs to read the text as
//! UTF-8 rather than in the local code page. Text is written as it is: a cell that starts
//! with `=` or `+` may be taken for a formula by a spreadsheet.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::output::RecordOptions;
use crate::record::{EntityRef, ErrorLine, Record};

/// Which delimiter the tables use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Delimiter {
    /// Comma-separated, `.csv`.
    #[default]
    Comma,
    /// Tab-separated, `.tsv`.
    Tab,
}

impl Delimiter {
    fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Delimiter::Comma => "csv",
            Delimiter::Tab => "tsv",
        }
    }
}

/// One of the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// One row per document.
    Documents,
    /// One row per entity mention.
    Entities,
    /// One row per quote.
    Quotes,
    /// One row per claim.
    Claims,
    /// One row per sentence.
    Sentences,
    /// One row per paragraph.
    Paragraphs,
    /// One row per unreadable document or per problem of a document.
    Errors,
}

impl Table {
    /// The file name without its extension.
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Entities => "entities",
            Table::Quotes => "quotes",
            Table::Claims => "claims",
            Table::Sentences => "sentences",
            Table::Paragraphs => "paragraphs",
            Table::Errors => "errors",
        }
    }

    /// The header row.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Table::Documents => {
                &["doc_id", "entities", "mentions", "quotes", "claims", "sentences", "paragraphs", "errors"]
            }
            Table::Entities => {
                &["doc_id", "entity_id", "entity_name", "entity_type", "mention_kind", "text", "start", "end"]
            }
            Table::Quotes => &[
                "doc_id",
                "quote_id",
                "kind",
                "text",
                "start",
                "end",
                "speaker_name",
                "speaker_text",
                "speaker_start",
                "speaker_end",
                "speaker_entity",
                "cue",
                "cue_start",
                "cue_end",
                "sentence",
                "confidence",
                "rule",
            ],
            Table::Claims => &[
                "doc_id",
                "claim_id",
                "kind",
                "text",
                "start",
                "end",
                "value",
                "value_max",
                "unit",
                "noun",
                "approximate",
                "qualifier",
                "bound",
                "direction",
                "per",
                "equivalent",
                "subject",
                "subject_entity",
                "source",
                "source_entity",
                "hedged",
                "sentence",
                "rule",
            ],
            Table::Sentences => &["doc_id", "sentence", "paragraph", "start", "end", "text"],
            Table::Paragraphs => &["doc_id", "paragraph", "kind", "start", "end"],
            Table::Errors => &["doc_id", "kind", "message", "file", "line"],
        }
    }

    /// The tables written for records with these parts, in the order they are written.
    pub fn for_options(opts: &RecordOptions) -> Vec<Table> {
        let mut tables = vec![Table::Documents];
        if opts.extraction {
            tables.extend([Table::Entities, Table::Quotes, Table::Claims]);
        }
        if opts.sentences {
            tables.push(Table::Sentences);
        }
        if opts.paragraphs {
            tables.push(Table::Paragraphs);
        }
        tables.push(Table::Errors);
        tables
    }
}

/// The rows one document adds to each table, already laid out as CSV bytes (so that the
/// work is done where the record was made, and the writer only appends).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableRows {
    /// The bytes for each table, in the order of the tables asked for.
    pub rows: Vec<(Table, Vec<u8>)>,
}

/// An empty field for `None`, else the value as text.
fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn entity_name(r: Option<&EntityRef>) -> String {
    r.map(|r| r.name.clone()).unwrap_or_default()
}

fn entity_id(r: Option<&EntityRef>) -> String {
    r.and_then(|r| r.entity.clone()).unwrap_or_default()
}

fn writer(delimiter: Delimiter) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().delimiter(delimiter.byte()).has_headers(false).from_writer(Vec::new())
}

fn finish(w: csv::Writer<Vec<u8>>) -> io::Result<Vec<u8>> {
    w.into_inner().map_err(|e| e.into_error())
}

/// Lays out the rows of one record for `tables`. `file` and `line` say where the document
/// came from, for its rows in `errors.csv`.
pub fn record_rows(
    record: &Record,
    tables: &[Table],
    delimiter: Delimiter,
    file: Option<&str>,
    line: Option<u64>,
) -> io::Result<TableRows> {
    let mut out = TableRows::default();
    for &table in tables {
        let mut w = writer(delimiter);
        let id = record.id.as_str();
        match table {
            Table::Documents => {
                let entities = record.entities.as_deref().unwrap_or_default();
                let mentions: usize = entities.iter().map(|e| e.mentions.len()).sum();
                let count = |n: Option<usize>| opt(n);
                w.write_record([
                    id.to_string(),
                    count(record.entities.as_ref().map(Vec::len)),
                    count(record.entities.as_ref().map(|_| mentions)),
                    count(record.quotes.as_ref().map(Vec::len)),
                    count(record.claims.as_ref().map(Vec::len)),
                    count(record.sentences.as_ref().map(Vec::len)),
                    count(record.paragraphs.as_ref().map(Vec::len)),
                    record.errors.len().to_string(),
                ])?;
            }
            Table::Entities => {
                for e in record.entities.as_deref().unwrap_or_default() {
                    for m in &e.mentions {
                        w.write_record([
                            id,
                            &e.id,
                            &e.name,
                            &e.kind,
                            &m.kind,
                            &m.text,
                            &m.start.to_string(),
                            &m.end.to_string(),
                        ])?;
                    }
                }
            }
            Table::Quotes => {
                for q in record.quotes.as_deref().unwrap_or_default() {
                    let s = q.speaker.as_ref();
                    let c = q.cue.as_ref();
                    w.write_record([
                        id.to_string(),
                        q.id.clone(),
                        q.kind.clone(),
                        q.text.clone(),
                        q.start.to_string(),
                        q.end.to_string(),
                        opt(s.and_then(|s| s.name.as_ref())),
                        opt(s.map(|s| &s.text)),
                        opt(s.map(|s| s.start)),
                        opt(s.map(|s| s.end)),
                        opt(s.and_then(|s| s.entity.as_ref())),
                        opt(c.map(|c| &c.text)),
                        opt(c.map(|c| c.start)),
                        opt(c.map(|c| c.end)),
                        q.sentence.to_string(),
                        q.confidence.to_string(),
                        q.rule.clone(),
                    ])?;
                }
            }
            Table::Claims => {
                for c in record.claims.as_deref().unwrap_or_default() {
                    w.write_record([
                        id.to_string(),
                        c.id.clone(),
                        c.kind.clone(),
                        c.text.clone(),
                        c.start.to_string(),
                        c.end.to_string(),
                        opt(c.value),
                        opt(c.value_max),
                        opt(c.unit.as_ref()),
                        opt(c.noun.as_ref()),
                        c.approximate.to_string(),
                        opt(c.qualifier.as_ref()),
                        opt(c.bound.as_ref()),
                        opt(c.direction.as_ref()),
                        opt(c.per.as_ref()),
                        opt(c.equivalent.as_ref()),
                        entity_name(c.subject.as_ref()),
                        entity_id(c.subject.as_ref()),
                        entity_name(c.source.as_ref()),
                        entity_id(c.source.as_ref()),
                        c.hedged.to_string(),
                        c.sentence.to_string(),
                        c.rule.clone(),
                    ])?;
                }
            }
            Table::Sentences => {
                for (i, s) in record.sentences.as_deref().unwrap_or_default().iter().enumerate() {
                    w.write_record([
                        id.to_string(),
                        i.to_string(),
                        s.paragraph.to_string(),
                        s.start.to_string(),
                        s.end.to_string(),
                        opt(s.text.as_ref()),
                    ])?;
                }
            }
            Table::Paragraphs => {
                for (i, p) in record.paragraphs.as_deref().unwrap_or_default().iter().enumerate() {
                    w.write_record([
                        id.to_string(),
                        i.to_string(),
                        p.kind.clone(),
                        p.start.to_string(),
                        p.end.to_string(),
                    ])?;
                }
            }
            Table::Errors => {
                for e in &record.errors {
                    w.write_record([id.to_string(), e.kind.clone(), e.message.clone(), opt(file), opt(line)])?;
                }
            }
        }
        out.rows.push((table, finish(w)?));
    }
    Ok(out)
}

/// The `errors.csv` row of a document that could not be read.
pub fn error_row(line: &ErrorLine, delimiter: Delimiter) -> io::Result<Vec<u8>> {
    let mut w = writer(delimiter);
    let e = &line.error;
    w.write_record([line.id.clone(), e.kind.clone(), e.message.clone(), opt(e.file.as_ref()), opt(e.line)])?;
    finish(w)
}

/// The rows of a document that could not be read: its `documents.csv` row (no counts, one
/// error) and its `errors.csv` row, for those of `tables` asked for.
pub fn unreadable_rows(line: &ErrorLine, tables: &[Table], delimiter: Delimiter) -> io::Result<TableRows> {
    let mut out = TableRows::default();
    for &table in tables {
        match table {
            Table::Documents => {
                let mut w = writer(delimiter);
                let mut row = vec![line.id.clone()];
                row.extend(std::iter::repeat_n(String::new(), Table::Documents.header().len() - 2));
                row.push("1".to_string());
                w.write_record(&row)?;
                out.rows.push((table, finish(w)?));
            }
            Table::Errors => out.rows.push((table, error_row(line, delimiter)?)),
            _ => {}
        }
    }
    Ok(out)
}

/// Options of a [`TableWriter`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// Comma or tab.
    pub delimiter: Delimiter,
    /// Start each file with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
}

/// Writes the tables into a folder: one buffered file per table, header first.
#[derive(Debug)]
pub struct TableWriter {
    files: Vec<(Table, PathBuf, BufWriter<File>)>,
}

impl TableWriter {
    /// Creates `dir` if needed and the files of `tables` in it (replacing files of the same
    /// name), each with its header row.
    pub fn create(dir: &Path, tables: &[Table], opts: TableOptions) -> crate::Result<TableWriter> {
        create_dir(dir)?;
        let mut files = Vec::new();
        for &table in tables {
            let path = dir.join(format!("{}.{}", table.name(), opts.delimiter.extension()));
            let file = File::create(&path).map_err(|e| crate::Error::io(e, &path))?;
            let mut out = BufWriter::with_capacity(1 << 16, file);
            let mut header = writer(opts.delimiter);
            let written = header.write_record(table.header()).map_err(io::Error::from).and_then(|_| finish(header));
            let written = written.and_then(|bytes| {
                if opts.bom {
                    out.write_all("\u{FEFF}".as_bytes())?;
                }
                out.write_all(&bytes)
            });
            written.map_err(|e| crate::Error::io(e, &path))?;
            files.push((table, path, out));
        }
        Ok(TableWriter { files })
    }

    /// Appends the rows of one document.
    pub fn write_rows(&mut self, rows: &TableRows) -> io::Result<()> {
        for (table, bytes) in &rows.rows {
            self.write_to(*table, bytes)?;
        }
        Ok(())
    }

    /// Appends bytes (whole rows) to one table; nothing if the writer does not have it.
    pub fn write_to(&mut self, table: Table, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        match self.files.iter_mut().find(|(t, _, _)| *t == table) {
            Some((_, _, out)) => out.write_all(bytes),
            None => Ok(()),
        }
    }

    /// Flushes every file.
    pub fn finish(mut self) -> io::Result<()> {
        for (_, _, out) in &mut self.files {
            out.flush()?;
        }
        Ok(())
    }
}

/// Creates an output folder (and its parents); a path that exists and is not a folder is
/// an error that says so.
pub fn create_dir(dir: &Path) -> crate::Result<()> {
    if dir.exists() && !dir.is_dir() {
        let message = format!("{} is a file, but this format writes a folder of files (-o DIR)", dir.display());
        return Err(crate::Error::new(crate::ErrorKind::Usage, message));
    }
    fs::create_dir_all(dir).map_err(|e| crate::Error::io(e, dir))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ClaimRecord, EntityRecord, ErrorDetail, ErrorRecord, MentionRecord, QuoteRecord, SpanText};

    fn record() -> Record {
        Record {
            id: "d,1".to_string(),
            entities: Some(vec![EntityRecord {
                id: "e1".into(),
                name: "Ana Müller".into(),
                kind: "PERSON".into(),
                mentions: vec![
                    MentionRecord { start: 23, end: 33, text: "Ana Müller".into(), kind: "name".into() },
                    MentionRecord { start: 35, end: 38, text: "She".into(), kind: "pronoun".into() },
                ],
                descriptors: vec![],
            }]),
            quotes: Some(vec![QuoteRecord {
                id: "q1".into(),
                kind: "direct".into(),
                text: "We stop, \"today\"\nand more".into(),
                start: 1,
                end: 15,
                cue: Some(SpanText { text: "said".into(), start: 18, end: 22 }),
                confidence: 0.95,
                rule: "quote-cue-speaker".into(),
                ..QuoteRecord::default()
            }]),
            claims: Some(vec![ClaimRecord {
                id: "c1".into(),
                kind: "money".into(),
                text: "180 billion RMB".into(),
                value: Some(180e9),
                unit: Some("CNY".into()),
                approximate: true,
                subject: Some(EntityRef { entity: Some("e1".into()), name: "Ana Müller".into() }),
                ..ClaimRecord::default()
            }]),
            errors: vec![ErrorRecord { kind: "invalid_utf8".into(), message: "1 replaced".into() }],
            ..Record::default()
        }
    }

    fn table_text(rows: &TableRows, table: Table) -> String {
        let bytes = &rows.rows.iter().find(|(t, _)| *t == table).unwrap().1;
        String::from_utf8(bytes.clone()).unwrap()
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let tables = Table::for_options(&RecordOptions { extraction: true, ..RecordOptions::default() });
        let rows = record_rows(&record(), &tables, Delimiter::Comma, Some("in.txt"), None).unwrap();
        let quotes = table_text(&rows, Table::Quotes);
        assert_eq!(
            quotes,
            "\"d,1\",q1,direct,\"We stop, \"\"today\"\"\nand more\",1,15,,,,,,said,18,22,0,0.95,quote-cue-speaker\n"
        );
        let entities = table_text(&rows, Table::Entities);
        assert_eq!(
            entities,
            "\"d,1\",e1,Ana Müller,PERSON,name,Ana Müller,23,33\n\"d,1\",e1,Ana Müller,PERSON,pronoun,She,35,38\n"
        );
        let claims = table_text(&rows, Table::Claims);
        assert!(claims.starts_with("\"d,1\",c1,money,180 billion RMB,0,0,180000000000,,CNY,,true,"), "{claims}");
        assert!(claims.contains(",Ana Müller,e1,,,false,"), "{claims}");
        assert_eq!(table_text(&rows, Table::Errors), "\"d,1\",invalid_utf8,1 replaced,in.txt,\n");
        assert_eq!(table_text(&rows, Table::Documents), "\"d,1\",1,2,1,1,,,1\n");
    }

    #[test]
    fn tsv_quotes_only_what_needs_it() {
        let rows = record_rows(&record(), &[Table::Entities], Delimiter::Tab, None, None).unwrap();
        assert_eq!(
            table_text(&rows, Table::Entities).lines().next(),
            Some("d,1\te1\tAna Müller\tPERSON\tname\tAna Müller\t23\t33")
        );
    }

    #[test]
    fn an_unreadable_document_is_one_error_row() {
        let line = ErrorLine {
            id: "feed:3".into(),
            error: ErrorDetail {
                kind: "not_json".into(),
                message: "not JSON (expected value at column 1)".into(),
                file: Some("feed.jsonl".into()),
                line: Some(3),
            },
        };
        let row = String::from_utf8(error_row(&line, Delimiter::Comma).unwrap()).unwrap();
        assert_eq!(row, "feed:3,not_json,not JSON (expected value at column 1),feed.jsonl,3\n");
        let rows = unreadable_rows(&line, &[Table::Documents, Table::Quotes, Table::Errors], Delimiter::Comma).unwrap();
        assert_eq!(rows.rows.len(), 2);
        assert_eq!(table_text(&rows, Table::Documents), "feed:3,,,,,,,1\n");
        assert_eq!(table_text(&rows, Table::Errors), row);
    }

    #[test]
    fn files_get_headers_and_an_optional_bom() {
        let dir = std::env::temp_dir().join(format!("quarry-tables-{}", std::process::id()));
        let writer =
            TableWriter::create(&dir, &[Table::Quotes], TableOptions { delimiter: Delimiter::Tab, bom: true }).unwrap();
        writer.finish().unwrap();
        let text = fs::read_to_string(dir.join("quotes.tsv")).unwrap();
        assert!(text.starts_with("\u{FEFF}doc_id\tquote_id\tkind\ttext\t"), "{text}");
        fs::remove_dir_all(&dir).unwrap();
        let file = std::env::temp_dir().join(format!("quarry-tables-file-{}", std::process::id()));
        fs::write(&file, "x").unwrap();
        let err = TableWriter::create(&file, &[Table::Quotes], TableOptions::default()).unwrap_err();
        assert!(err.message.contains("is a file"), "{err}");
        fs::remove_file(&file).unwrap();
    }
}
