//! Records as brat standoff annotation, for correcting quarry's output by hand in brat or
//! INCEpTION and scoring against the result (`quarry extract --format brat -o DIR`, then
//! `quarry eval --gold DIR`).
//!
//! # Files
//!
//! - `<name>.txt`: the document text, UTF-8, exactly as read, except that a carriage return
//!   before a line feed is written as a space: brat reads text with universal newlines, and
//!   would count `\r\n` as one character;
//! - `<name>.ann`: the annotations (below);
//! - `annotation.conf`: the types, relations and attributes, so that brat opens the folder;
//! - `documents.csv`: `doc_id, file` for every document written, in input order (`<name>`
//!   is the id made safe as a file name, and numbered `-2`, `-3`, … where two ids would
//!   share one), so that the reader gives documents back their own ids;
//! - `errors.csv`: documents that could not be read, and problems of those that were, as in
//!   the CSV output.
//!
//! # Annotations
//!
//! Offsets are Unicode code points into the `.txt`, as in the JSON records and as brat
//! counts them. (INCEpTION counts UTF-16 units: characters outside the Basic Multilingual
//! Plane, such as emoji, shift its offsets by one each.) A span that crosses a line break
//! is written as fragments that leave the line breaks out (`T1\tQuote 10 52;53 90\t…`), the
//! way brat itself stores such spans, since an `.ann` line cannot hold a line break; the
//! reader takes the span from the first fragment's start to the last one's end.
//!
//! - entity mentions: `T` lines typed `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`, `PRODUCT`,
//!   `EVENT`, `WORK`, `LAW` or `OTHER` (the entity's type), with a `MentionKind` attribute
//!   (`A` line) unless the mention is a `name`; the mentions of one entity are chained by
//!   `Coref` relations, each to the one before it (`R3\tCoref Arg1:T5 Arg2:T2`). Relations
//!   rather than `*` equivalence lines, because INCEpTION imports relations and not
//!   equivalences (the reader accepts `*\tEquiv …` lines too);
//! - quotes: a `Quote` span with a `QuoteKind` attribute, its cue as a `Cue` span linked by
//!   a `HasCue` relation, and its speaker linked by a `Speaker` relation
//!   (`Speaker Arg1:Tquote Arg2:Tmention`) to the entity mention with the speaker's span,
//!   or, when the speaker's words are not exactly a mention of the speaker's entity
//!   (`Transport Minister Tobias Renner`, `Swiss officials`), to a `Mention` span of those
//!   words, itself linked by `Coref` to the nearest mention of the entity when there is one;
//!   the quote's `confidence`, `sentence` and `rule` are in its note;
//! - claims: a `Claim` span with a `ClaimKind` attribute and a note holding the normalised
//!   figure (`#1\tAnnotatorNotes T9\tvalue=180000000000 unit=CNY approximate=true
//!   qualifier=approximately per=year rule=currency-code-after`); a subject or source that is
//!   an entity is a `Subject` or `Source` relation to the entity's mention nearest the
//!   claim, a source that is not one is `source="…"` in the note;
//! - sentences (with `--sentences`, and for `segment`): `Sentence` spans.
//!
//! Notes are `key=value` pairs separated by spaces; a value holding a space or a quote mark
//! is written as a JSON string (`qualifier="more than"`).

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::output::tables::{self, Delimiter, Table};
use crate::record::{EntityRecord, Record};

/// The entity types, as `T` line types.
pub const ENTITY_TYPES: [&str; 10] =
    ["PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "WORK", "LAW", "OTHER"];
/// The span type of a speaker's or source's words that are not an entity mention.
pub const MENTION: &str = "Mention";
/// The span type of a quote.
pub const QUOTE: &str = "Quote";
/// The span type of a quote's cue.
pub const CUE: &str = "Cue";
/// The span type of a claim.
pub const CLAIM: &str = "Claim";
/// The span type of a sentence.
pub const SENTENCE: &str = "Sentence";
/// The relation from a quote to its speaker.
pub const SPEAKER: &str = "Speaker";
/// The relation from a quote to its cue.
pub const HAS_CUE: &str = "HasCue";
/// The relation between two mentions of one entity.
pub const COREF: &str = "Coref";
/// The relation from a claim to the entity it is about.
pub const SUBJECT: &str = "Subject";
/// The relation from a claim to the entity that asserts it.
pub const SOURCE: &str = "Source";
/// The attribute holding a mention's kind.
pub const MENTION_KIND: &str = "MentionKind";
/// The attribute holding a quote's kind.
pub const QUOTE_KIND: &str = "QuoteKind";
/// The attribute holding a claim's kind.
pub const CLAIM_KIND: &str = "ClaimKind";
/// The note type brat shows and edits.
pub const NOTES: &str = "AnnotatorNotes";

/// The mention kinds, quote kinds and claim kinds, as attribute values.
const MENTION_KINDS: &str = "name|alias|acronym|pronoun|descriptor|nested";
const QUOTE_KINDS: &str = "direct|partial|mixed|indirect";
const CLAIM_KINDS: &str = "money|percent|percentage_points|count|fraction|measure|ratio|rank|year|duration|other";

/// The `annotation.conf` that lets brat open a folder of quarry's output.
pub fn annotation_conf() -> String {
    let entities = ENTITY_TYPES.join("|");
    let spans = [ENTITY_TYPES.join("\n"), [MENTION, QUOTE, CUE, CLAIM, SENTENCE].join("\n")].join("\n");
    format!(
        "# brat configuration of quarry's output: entity mentions, quotes, cues, claims and sentences.\n\
         [entities]\n{spans}\n\n\
         [relations]\n\
         <MENTIONS>={entities}|{MENTION}\n\
         {SPEAKER}\tArg1:{QUOTE}, Arg2:<MENTIONS>\n\
         {HAS_CUE}\tArg1:{QUOTE}, Arg2:{CUE}\n\
         {COREF}\tArg1:<MENTIONS>, Arg2:<MENTIONS>\n\
         {SUBJECT}\tArg1:{CLAIM}, Arg2:<MENTIONS>\n\
         {SOURCE}\tArg1:{CLAIM}, Arg2:<MENTIONS>\n\
         <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n\
         [events]\n\n\
         [attributes]\n\
         {MENTION_KIND}\tArg:{entities}, Value:{MENTION_KINDS}\n\
         {QUOTE_KIND}\tArg:{QUOTE}, Value:{QUOTE_KINDS}\n\
         {CLAIM_KIND}\tArg:{CLAIM}, Value:{CLAIM_KINDS}\n"
    )
}

/// One document in brat's form, made on a worker thread.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BratDocument {
    /// The document id.
    pub id: String,
    /// The `.txt` content.
    pub text: String,
    /// The `.ann` content.
    pub ann: String,
    /// The document's rows in `errors.csv` (its reading problems), laid out.
    pub error_rows: Vec<u8>,
}

/// Whether a character ends a line for brat (Python's `str.splitlines`).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The `.ann` being written: counters for each kind of line.
struct Ann {
    chars: Vec<char>,
    out: String,
    spans: usize,
    attributes: usize,
    relations: usize,
    notes: usize,
}

impl Ann {
    /// Writes a `T` line and returns its number.
    fn span(&mut self, kind: &str, start: usize, end: usize) -> usize {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        let mut fragments: Vec<(usize, usize)> = Vec::new();
        let mut i = start;
        while i < end {
            if is_line_break(self.chars[i]) {
                i += 1;
                continue;
            }
            let from = i;
            while i < end && !is_line_break(self.chars[i]) {
                i += 1;
            }
            fragments.push((from, i));
        }
        if fragments.is_empty() {
            fragments.push((start, start));
        }
        let offsets: Vec<String> = fragments.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let texts: Vec<String> = fragments.iter().map(|&(s, e)| self.chars[s..e].iter().collect()).collect();
        self.spans += 1;
        self.out.push_str(&format!("T{}\t{kind} {}\t{}\n", self.spans, offsets.join(";"), texts.join(" ")));
        self.spans
    }

    fn attribute(&mut self, name: &str, span: usize, value: &str) {
        self.attributes += 1;
        self.out.push_str(&format!("A{}\t{name} T{span} {value}\n", self.attributes));
    }

    fn relation(&mut self, kind: &str, from: usize, to: usize) {
        self.relations += 1;
        self.out.push_str(&format!("R{}\t{kind} Arg1:T{from} Arg2:T{to}\n", self.relations));
    }

    fn note(&mut self, span: usize, pairs: &[(&str, String)]) {
        if pairs.is_empty() {
            return;
        }
        self.notes += 1;
        self.out.push_str(&format!("#{}\t{NOTES} T{span}\t{}\n", self.notes, note_text(pairs)));
    }
}

/// `key=value` pairs separated by spaces; values with white space or quote marks (or empty
/// ones) as JSON strings.
pub fn note_text(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(key);
        out.push('=');
        if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c == '"') {
            // A string always serialises.
            out.push_str(&serde_json::to_string(value).unwrap_or_default());
        } else {
            out.push_str(value);
        }
    }
    out
}

/// Reads a note written by [`note_text`] back into its pairs.
pub fn parse_note(note: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    let mut rest = note.trim_start();
    while !rest.is_empty() {
        let Some(eq) = rest.find('=') else {
            return Err(format!("expected key=value in the note, found `{rest}`"));
        };
        let key = &rest[..eq];
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(format!("expected key=value in the note, found `{rest}`"));
        }
        rest = &rest[eq + 1..];
        let value = if rest.starts_with('"') {
            let mut escaped = false;
            let close = rest.char_indices().skip(1).find(|&(_, c)| {
                let close = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                close
            });
            let Some((close, _)) = close else {
                return Err(format!("unterminated quoted value for `{key}`"));
            };
            let quoted = &rest[..=close];
            rest = &rest[close + 1..];
            serde_json::from_str::<String>(quoted).map_err(|e| format!("bad quoted value for `{key}`: {e}"))?
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let value = rest[..end].to_string();
            rest = &rest[end..];
            value
        };
        pairs.push((key.to_string(), value));
        rest = rest.trim_start();
    }
    Ok(pairs)
}

/// The mention of `entity` nearest `at` (its `T` number), if it has any.
fn nearest(entity: &EntityRecord, spans: &[usize], at: usize) -> Option<usize> {
    entity.mentions.iter().zip(spans).min_by_key(|(m, _)| m.start.abs_diff(at)).map(|(_, &t)| t)
}

/// Lays out one record (which must carry its text) as brat's `.txt` and `.ann`.
pub fn brat_document(record: &Record) -> BratDocument {
    let text = record.text.as_deref().unwrap_or("");
    let mut ann =
        Ann { chars: text.chars().collect(), out: String::new(), spans: 0, attributes: 0, relations: 0, notes: 0 };
    let entities = record.entities.as_deref().unwrap_or_default();
    let by_id: HashMap<&str, usize> = entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();

    // Entity mentions, chained by Coref.
    let mut mention_spans: Vec<Vec<usize>> = Vec::with_capacity(entities.len());
    for e in entities {
        let mut spans = Vec::with_capacity(e.mentions.len());
        for m in &e.mentions {
            let t = ann.span(&e.kind, m.start, m.end);
            if m.kind != "name" && !m.kind.is_empty() {
                ann.attribute(MENTION_KIND, t, &m.kind);
            }
            if let Some(&previous) = spans.last() {
                ann.relation(COREF, t, previous);
            }
            spans.push(t);
        }
        mention_spans.push(spans);
    }
    let entity_of = |id: Option<&String>| id.and_then(|id| by_id.get(id.as_str()).copied());

    // Quotes, their cues and speakers.
    let mut cues: HashMap<(usize, usize), usize> = HashMap::new();
    let mut mentions: HashMap<(usize, usize, Option<usize>), usize> = HashMap::new();
    for q in record.quotes.as_deref().unwrap_or_default() {
        let t = ann.span(QUOTE, q.start, q.end);
        if !q.kind.is_empty() {
            ann.attribute(QUOTE_KIND, t, &q.kind);
        }
        ann.note(
            t,
            &[("confidence", q.confidence.to_string()), ("sentence", q.sentence.to_string()), ("rule", q.rule.clone())],
        );
        if let Some(cue) = &q.cue {
            let c = match cues.get(&(cue.start, cue.end)) {
                Some(&c) => c,
                None => {
                    let c = ann.span(CUE, cue.start, cue.end);
                    cues.insert((cue.start, cue.end), c);
                    c
                }
            };
            ann.relation(HAS_CUE, t, c);
        }
        if let Some(s) = &q.speaker {
            let entity = entity_of(s.entity.as_ref());
            let exact = entity.and_then(|e| {
                let e_mentions = &entities[e].mentions;
                e_mentions.iter().position(|m| (m.start, m.end) == (s.start, s.end)).map(|i| mention_spans[e][i])
            });
            let target = match exact {
                Some(m) => m,
                None => match mentions.get(&(s.start, s.end, entity)) {
                    Some(&m) => m,
                    None => {
                        let m = ann.span(MENTION, s.start, s.end);
                        mentions.insert((s.start, s.end, entity), m);
                        if let Some(near) = entity.and_then(|e| nearest(&entities[e], &mention_spans[e], s.start)) {
                            ann.relation(COREF, m, near);
                        }
                        m
                    }
                },
            };
            ann.relation(SPEAKER, t, target);
        }
    }

    // Claims.
    for c in record.claims.as_deref().unwrap_or_default() {
        let t = ann.span(CLAIM, c.start, c.end);
        if !c.kind.is_empty() {
            ann.attribute(CLAIM_KIND, t, &c.kind);
        }
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let mut put = |key: &'static str, value: Option<String>| {
            if let Some(v) = value {
                pairs.push((key, v));
            }
        };
        put("value", c.value.map(|v| v.to_string()));
        put("value_max", c.value_max.map(|v| v.to_string()));
        put("unit", c.unit.clone());
        put("noun", c.noun.clone());
        put("approximate", c.approximate.then(|| "true".to_string()));
        put("qualifier", c.qualifier.clone());
        put("bound", c.bound.clone());
        put("direction", c.direction.clone());
        put("per", c.per.clone());
        put("equivalent", c.equivalent.clone());
        put("hedged", c.hedged.then(|| "true".to_string()));
        let subject = c.subject.as_ref().and_then(|s| entity_of(s.entity.as_ref()));
        let source = c.source.as_ref().map(|s| (entity_of(s.entity.as_ref()), &s.name));
        if let Some((None, name)) = source {
            put("source", Some(name.clone()));
        }
        put("sentence", Some(c.sentence.to_string()));
        put("rule", Some(c.rule.clone()));
        ann.note(t, &pairs);
        if let Some(near) = subject.and_then(|e| nearest(&entities[e], &mention_spans[e], c.start)) {
            ann.relation(SUBJECT, t, near);
        }
        if let Some(near) = source.and_then(|(e, _)| e).and_then(|e| nearest(&entities[e], &mention_spans[e], c.start))
        {
            ann.relation(SOURCE, t, near);
        }
    }

    for s in record.sentences.as_deref().unwrap_or_default() {
        ann.span(SENTENCE, s.start, s.end);
    }

    BratDocument { id: record.id.clone(), text: brat_text(text), ann: ann.out, error_rows: Vec::new() }
}

/// The text as brat should read it: a carriage return before a line feed becomes a space,
/// so that every character keeps its offset.
fn brat_text(text: &str) -> String {
    if !text.contains("\r\n") {
        return text.to_string();
    }
    text.replace("\r\n", " \n")
}

/// A file name for a document id: letters, digits, `-`, `_` and `.` are kept, anything else
/// becomes `_`; no leading dot, at most 100 bytes, and not a name Windows reserves.
pub fn file_stem(id: &str) -> String {
    let mut stem: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    stem.truncate(100);
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.is_empty() {
        stem.push_str("doc");
    }
    const RESERVED: [&str; 4] = ["CON", "PRN", "AUX", "NUL"];
    let base = stem.split('.').next().unwrap_or("").to_ascii_uppercase();
    let numbered =
        (base.starts_with("COM") || base.starts_with("LPT")) && base.len() == 4 && base.as_bytes()[3].is_ascii_digit();
    if RESERVED.contains(&base.as_str()) || numbered {
        stem.push('_');
    }
    stem
}

/// Writes brat documents into a folder, with `annotation.conf`, `documents.csv` and
/// `errors.csv`.
#[derive(Debug)]
pub struct BratWriter {
    dir: PathBuf,
    /// The names taken so far, lower-cased (file systems that ignore case would merge them).
    used: HashSet<String>,
    index: csv::Writer<BufWriter<File>>,
    errors: BufWriter<File>,
}

impl BratWriter {
    /// Creates `dir` if needed, with `annotation.conf` and the headers of `documents.csv`
    /// and `errors.csv`.
    pub fn create(dir: &Path) -> crate::Result<BratWriter> {
        tables::create_dir(dir)?;
        let conf = dir.join("annotation.conf");
        fs::write(&conf, annotation_conf()).map_err(|e| crate::Error::io(e, &conf))?;
        let index_path = dir.join("documents.csv");
        let index = File::create(&index_path).map_err(|e| crate::Error::io(e, &index_path))?;
        let mut index = csv::Writer::from_writer(BufWriter::new(index));
        index.write_record(["doc_id", "file"]).map_err(|e| crate::Error::io(e.into(), &index_path))?;
        let errors_path = dir.join("errors.csv");
        let errors = File::create(&errors_path).map_err(|e| crate::Error::io(e, &errors_path))?;
        let mut errors = BufWriter::new(errors);
        let mut header = csv::Writer::from_writer(Vec::new());
        let written = header
            .write_record(Table::Errors.header())
            .map_err(io::Error::from)
            .and_then(|_| header.into_inner().map_err(|e| e.into_error()))
            .and_then(|bytes| errors.write_all(&bytes));
        written.map_err(|e| crate::Error::io(e, &errors_path))?;
        Ok(BratWriter { dir: dir.to_path_buf(), used: HashSet::new(), index, errors })
    }

    /// A name no earlier document has (ignoring case).
    fn unique_stem(&mut self, id: &str) -> String {
        let stem = file_stem(id);
        let mut name = stem.clone();
        let mut n = 1;
        while !self.used.insert(name.to_lowercase()) {
            n += 1;
            name = format!("{stem}-{n}");
        }
        name
    }

    /// Writes one document's `.txt` and `.ann`, and its rows in `documents.csv` and
    /// `errors.csv`.
    pub fn write(&mut self, doc: &BratDocument) -> io::Result<()> {
        let stem = self.unique_stem(&doc.id);
        fs::write(self.dir.join(format!("{stem}.txt")), &doc.text)?;
        fs::write(self.dir.join(format!("{stem}.ann")), &doc.ann)?;
        self.index.write_record([doc.id.as_str(), stem.as_str()])?;
        self.errors.write_all(&doc.error_rows)
    }

    /// Appends rows (laid out by [`tables::error_row`]) to `errors.csv`.
    pub fn write_error_rows(&mut self, rows: &[u8]) -> io::Result<()> {
        self.errors.write_all(rows)
    }

    /// Flushes `documents.csv` and `errors.csv`.
    pub fn finish(mut self) -> io::Result<()> {
        self.index.flush()?;
        self.errors.flush()
    }
}

/// The `errors.csv` rows of a record's reading problems, for [`BratDocument::error_rows`].
pub fn error_rows(record: &Record, file: Option<&str>, line: Option<u64>) -> io::Result<Vec<u8>> {
    let rows = tables::record_rows(record, &[Table::Errors], Delimiter::Comma, file, line)?;
    Ok(rows.rows.into_iter().next().map(|(_, bytes)| bytes).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ClaimRecord, EntityRef, MentionRecord, QuoteRecord, SpanText, SpeakerRecord};

    const TEXT: &str = "“We stop,\nnow,” said Ana Müller. Swiss officials said it cost 5 francs.";

    fn span(text: &str, part: &str) -> (usize, usize) {
        let byte = text.find(part).unwrap();
        let start = text[..byte].chars().count();
        (start, start + part.chars().count())
    }

    fn record() -> Record {
        let (ms, me) = span(TEXT, "Ana Müller");
        let (qs, qe) = span(TEXT, "We stop,\nnow,");
        let (cs, ce) = span(TEXT, "said");
        let (ks, ke) = span(TEXT, "5 francs");
        Record {
            id: "d1".into(),
            text: Some(TEXT.into()),
            entities: Some(vec![EntityRecord {
                id: "e1".into(),
                name: "Ana Müller".into(),
                kind: "PERSON".into(),
                mentions: vec![MentionRecord { start: ms, end: me, text: "Ana Müller".into(), kind: "name".into() }],
                descriptors: vec![],
            }]),
            quotes: Some(vec![QuoteRecord {
                id: "q1".into(),
                kind: "direct".into(),
                text: "We stop,\nnow,".into(),
                start: qs,
                end: qe,
                speaker: Some(SpeakerRecord {
                    entity: Some("e1".into()),
                    name: Some("Ana Müller".into()),
                    text: "Ana Müller".into(),
                    start: ms,
                    end: me,
                }),
                cue: Some(SpanText { text: "said".into(), start: cs, end: ce }),
                sentence: 0,
                confidence: 0.95,
                rule: "quote-cue-speaker".into(),
            }]),
            claims: Some(vec![ClaimRecord {
                id: "c1".into(),
                kind: "money".into(),
                text: "5 francs".into(),
                start: ks,
                end: ke,
                value: Some(5.0),
                unit: Some("CHF".into()),
                qualifier: Some("more than".into()),
                source: Some(EntityRef { entity: None, name: "Swiss officials".into() }),
                sentence: 1,
                rule: "currency-name-after".into(),
                ..ClaimRecord::default()
            }]),
            ..Record::default()
        }
    }

    #[test]
    fn annotations_are_laid_out_line_by_line() {
        let doc = brat_document(&record());
        let lines: Vec<&str> = doc.ann.lines().collect();
        assert_eq!(lines[0], "T1\tPERSON 21 31\tAna Müller");
        assert_eq!(lines[1], "T2\tQuote 1 9;10 14\tWe stop, now,", "a span over a line break is two fragments");
        assert_eq!(lines[2], "A1\tQuoteKind T2 direct");
        assert_eq!(lines[3], "#1\tAnnotatorNotes T2\tconfidence=0.95 sentence=0 rule=quote-cue-speaker");
        assert_eq!(lines[4], "T3\tCue 16 20\tsaid");
        assert_eq!(lines[5], "R1\tHasCue Arg1:T2 Arg2:T3");
        assert_eq!(lines[6], "R2\tSpeaker Arg1:T2 Arg2:T1", "the speaker is the mention itself");
        assert_eq!(lines[7], "T4\tClaim 62 70\t5 francs");
        assert_eq!(lines[8], "A2\tClaimKind T4 money");
        assert_eq!(
            lines[9],
            "#2\tAnnotatorNotes T4\tvalue=5 unit=CHF qualifier=\"more than\" source=\"Swiss officials\" sentence=1 rule=currency-name-after"
        );
        assert_eq!(lines.len(), 10);
        assert_eq!(doc.text, TEXT);
    }

    #[test]
    fn notes_read_back() {
        let pairs =
            [("value", "0.5".to_string()), ("noun", "Ascend 910C \"chips\"".to_string()), ("unit", String::new())];
        let text = note_text(&pairs);
        assert_eq!(text, r#"value=0.5 noun="Ascend 910C \"chips\"" unit="""#);
        let back = parse_note(&text).unwrap();
        assert_eq!(back, pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<Vec<_>>());
        assert!(parse_note("value").unwrap_err().contains("key=value"));
        assert!(parse_note("noun=\"open").unwrap_err().contains("unterminated"));
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_stem("wire/2024:07 é"), "wire_2024_07__");
        assert_eq!(file_stem(".hidden"), "_hidden");
        assert_eq!(file_stem(""), "doc");
        assert_eq!(file_stem("con"), "con_");
        assert_eq!(file_stem("COM1.x"), "COM1.x_");
        assert_eq!(file_stem("communique"), "communique");
        assert_eq!(file_stem(&"x".repeat(300)).len(), 100);
    }

    #[test]
    fn crlf_keeps_its_offsets() {
        assert_eq!(brat_text("a\r\nb\rc"), "a \nb\rc");
    }

    #[test]
    fn annotation_conf_lists_every_type() {
        let conf = annotation_conf();
        for name in ENTITY_TYPES.iter().chain(&[MENTION, QUOTE, CUE, CLAIM, SENTENCE]) {
            assert!(conf.lines().any(|l| l == *name), "{name}");
        }
        for name in [SPEAKER, HAS_CUE, COREF, SUBJECT, SOURCE, MENTION_KIND, QUOTE_KIND, CLAIM_KIND] {
            assert!(conf.lines().any(|l| l.starts_with(&format!("{name}\t"))), "{name}");
        }
    }
}
