//! Reading a folder of brat standoff files as records, so that `quarry eval --gold DIR`
//! scores against annotations made or corrected in brat or INCEpTION.
//!
//! The folder is what `quarry extract --format brat` writes (see [`crate::output::brat`] for
//! the types, relations, attributes and notes): `documents.csv` gives the documents' ids and
//! order; without it every `*.txt` with its `.ann` is a document named by its file stem, in
//! name order. The `.txt` is read as brat reads it (UTF-8, `\r\n` counted as one line break)
//! and offsets are code points into it.
//!
//! What is read back:
//! - entity-typed spans (`PERSON` … `OTHER`) are mentions; those joined by `Coref` relations
//!   or `*` equivalence lines are one entity (its type is its first mention's, its name its
//!   longest name); a `MentionKind` attribute gives the mention kind (`name` without one);
//! - `Quote` spans are quotes, with `QuoteKind`, the `Speaker` and `HasCue` relations, and
//!   `confidence`, `sentence`, `rule` from the note;
//! - `Claim` spans are claims, with `ClaimKind`, the `Subject` and `Source` relations, and
//!   the figure from the note (`value`, `value_max`, `unit`, `noun`, `approximate`,
//!   `qualifier`, `bound`, `direction`, `per`, `equivalent`, `hedged`, `source`, `sentence`,
//!   `rule`);
//! - `Sentence` spans, if there are any, are the sentences.
//!
//! A span over several fragments covers the first fragment's start to the last one's end.
//! Anything else is an error naming the file and line: a line that is not brat, a span
//! whose text is not the document's text at its offsets, an unknown type, attribute or
//! relation, a reference to an id that is not defined, a duplicate id, an event (`E`).
//! Normalisation lines (`N`) and notes on other spans are ignored.

use std::collections::HashMap;
use std::path::Path;

use crate::output::brat::{
    self as format, CLAIM, CLAIM_KIND, COREF, CUE, ENTITY_TYPES, HAS_CUE, MENTION, MENTION_KIND, QUOTE, QUOTE_KIND,
    SENTENCE, SOURCE, SPEAKER, SUBJECT,
};
use crate::record::{
    ClaimRecord, EntityRecord, EntityRef, MentionRecord, QuoteRecord, Record, SentenceRecord, SpanText, SpeakerRecord,
    SCHEMA,
};
use crate::{Error, ErrorKind, Result};

/// What is wrong with an `.ann` file, and on which line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnError {
    /// The line.
    pub line: u64,
    /// What is wrong, for a person.
    pub message: String,
}

/// A text-bound annotation (`T` line).
#[derive(Debug)]
struct Span {
    kind: String,
    start: usize,
    end: usize,
    line: u64,
}

/// What an `.ann` file holds, before it is turned into a record.
#[derive(Debug, Default)]
struct Ann {
    spans: Vec<Span>,
    by_id: HashMap<String, usize>,
    /// `(name, span, value, line)`.
    attributes: Vec<(String, String, String, u64)>,
    /// `(type, arg1, arg2, line)`.
    relations: Vec<(String, String, String, u64)>,
    /// Groups of equivalent spans, with their line.
    equivalences: Vec<(Vec<String>, u64)>,
    /// `(span, note, line)`.
    notes: Vec<(String, String, u64)>,
}

fn is_entity_type(kind: &str) -> bool {
    ENTITY_TYPES.contains(&kind)
}

fn known_span_type(kind: &str) -> bool {
    is_entity_type(kind) || [MENTION, QUOTE, CUE, CLAIM, SENTENCE].contains(&kind)
}

/// Parses one `.ann` file against its text into a record with id `id`.
pub fn parse_ann(id: &str, text: &str, ann: &str) -> std::result::Result<Record, AnnError> {
    let chars: Vec<char> = text.chars().collect();
    let parsed = parse_lines(&chars, ann)?;
    build(id, text, &chars, &parsed)
}

fn parse_lines(chars: &[char], ann: &str) -> std::result::Result<Ann, AnnError> {
    let mut out = Ann::default();
    let mut ids: HashMap<String, u64> = HashMap::new();
    for (i, line) in ann.split('\n').enumerate() {
        let n = i as u64 + 1;
        let fail = |message: String| AnnError { line: n, message };
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let Some((id, rest)) = line.split_once('\t') else {
            return Err(fail(format!("not a brat annotation line (no tab after the id): `{line}`")));
        };
        if id != "*" {
            if let Some(first) = ids.insert(id.to_string(), n) {
                return Err(fail(format!("id {id} is already defined on line {first}")));
            }
        }
        let (data, tail) = match rest.split_once('\t') {
            Some((data, tail)) => (data, Some(tail)),
            None => (rest, None),
        };
        let fields: Vec<&str> = data.split(' ').filter(|f| !f.is_empty()).collect();
        match id.chars().next() {
            Some('T') => {
                let span = parse_span(chars, &fields, tail).map_err(|m| fail(format!("{id}: {m}")))?;
                out.by_id.insert(id.to_string(), out.spans.len());
                out.spans.push(Span { line: n, ..span });
            }
            Some('A' | 'M') => {
                let (name, target, value) = match fields.as_slice() {
                    [name, target] => (*name, *target, ""),
                    [name, target, value] => (*name, *target, *value),
                    _ => return Err(fail(format!("{id}: expected `NAME ID [VALUE]`, found `{data}`"))),
                };
                out.attributes.push((name.to_string(), target.to_string(), value.to_string(), n));
            }
            Some('R') => {
                let [kind, a, b] = fields.as_slice() else {
                    return Err(fail(format!("{id}: expected `TYPE Arg1:ID Arg2:ID`, found `{data}`")));
                };
                let arg = |name: &str| {
                    [a, b].into_iter().find_map(|f| f.strip_prefix(name).and_then(|f| f.strip_prefix(':')))
                };
                let (Some(arg1), Some(arg2)) = (arg("Arg1"), arg("Arg2")) else {
                    return Err(fail(format!("{id}: expected `TYPE Arg1:ID Arg2:ID`, found `{data}`")));
                };
                out.relations.push((kind.to_string(), arg1.to_string(), arg2.to_string(), n));
            }
            Some('*') => {
                let Some((_, members)) = fields.split_first().filter(|(_, m)| m.len() >= 2) else {
                    return Err(fail(format!("expected `*\\tTYPE ID ID…`, found `{data}`")));
                };
                out.equivalences.push((members.iter().map(|m| m.to_string()).collect(), n));
            }
            Some('#') => {
                let [_, target] = fields.as_slice() else {
                    return Err(fail(format!("{id}: expected `AnnotatorNotes ID\\tNOTE`, found `{data}`")));
                };
                out.notes.push((target.to_string(), tail.unwrap_or("").to_string(), n));
            }
            Some('N') => {}
            Some('E') => {
                return Err(fail(format!("{id}: events are not part of quarry's annotations (line `{line}`)")));
            }
            _ => return Err(fail(format!("unknown annotation id `{id}` (expected T, A, M, R, *, #, N)"))),
        }
    }
    Ok(out)
}

/// Parses `TYPE START END[;START END]…` and checks the text after the tab against the
/// document.
fn parse_span(chars: &[char], fields: &[&str], tail: Option<&str>) -> std::result::Result<Span, String> {
    let Some((kind, offsets)) = fields.split_first() else {
        return Err("expected `TYPE START END`".to_string());
    };
    if !known_span_type(kind) {
        let all: Vec<&str> = ENTITY_TYPES.iter().copied().chain([MENTION, QUOTE, CUE, CLAIM, SENTENCE]).collect();
        return Err(format!("unknown span type `{kind}` (expected one of {})", all.join(", ")));
    }
    let offsets = offsets.join(" ");
    let mut fragments = Vec::new();
    for fragment in offsets.split(';') {
        let numbers: Vec<&str> = fragment.split_whitespace().collect();
        let [start, end] = numbers.as_slice() else {
            return Err(format!("expected `START END` offsets, found `{fragment}`"));
        };
        let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) else {
            return Err(format!("offsets must be whole numbers, found `{fragment}`"));
        };
        if start > end {
            return Err(format!("start {start} is after end {end}"));
        }
        if end > chars.len() {
            return Err(format!("end {end} is past the end of the text ({} characters)", chars.len()));
        }
        fragments.push((start, end));
    }
    let expected: Vec<String> = fragments.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect();
    let expected = expected.join(" ");
    if let Some(text) = tail {
        if text != expected {
            return Err(format!(
                "its text `{text}` is not the document's text at {offsets}, `{}`",
                expected.replace('\n', "\\n")
            ));
        }
    }
    let start = fragments.iter().map(|f| f.0).min().unwrap_or(0);
    let end = fragments.iter().map(|f| f.1).max().unwrap_or(0);
    Ok(Span { kind: kind.to_string(), start, end, line: 0 })
}

/// Union-find over span indices.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn build(id: &str, text: &str, chars: &[char], ann: &Ann) -> std::result::Result<Record, AnnError> {
    let span_of = |target: &str, line: u64| {
        ann.by_id.get(target).copied().ok_or_else(|| AnnError { line, message: format!("{target} is not defined") })
    };
    let slice = |s: &Span| chars[s.start..s.end].iter().collect::<String>();
    let is_mention = |i: usize| is_entity_type(&ann.spans[i].kind) || ann.spans[i].kind == MENTION;

    // Entities: the spans joined by Coref relations and equivalences.
    let mut parent: Vec<usize> = (0..ann.spans.len()).collect();
    let mut join = |a: usize, b: usize| {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    };
    let mut speakers: HashMap<usize, usize> = HashMap::new();
    let mut cues: HashMap<usize, usize> = HashMap::new();
    let mut subjects: HashMap<usize, usize> = HashMap::new();
    let mut sources: HashMap<usize, usize> = HashMap::new();
    for (kind, arg1, arg2, line) in &ann.relations {
        let (a, b) = (span_of(arg1, *line)?, span_of(arg2, *line)?);
        let fail = |expected: &str| AnnError {
            line: *line,
            message: format!(
                "a {kind} relation links {expected}, not a {} and a {}",
                ann.spans[a].kind, ann.spans[b].kind
            ),
        };
        let (ka, kb) = (ann.spans[a].kind.as_str(), ann.spans[b].kind.as_str());
        match kind.as_str() {
            COREF => {
                if !is_mention(a) || !is_mention(b) {
                    return Err(fail("two mentions"));
                }
                join(a, b);
            }
            SPEAKER | HAS_CUE | SUBJECT | SOURCE => {
                let (from, to, map) = match kind.as_str() {
                    SPEAKER => (QUOTE, "mention", &mut speakers),
                    HAS_CUE => (QUOTE, CUE, &mut cues),
                    SUBJECT => (CLAIM, "mention", &mut subjects),
                    _ => (CLAIM, "mention", &mut sources),
                };
                let target_ok = if to == "mention" { is_mention(b) } else { kb == to };
                if ka != from || !target_ok {
                    return Err(fail(&format!("a {from} to a {to}")));
                }
                map.entry(a).or_insert(b);
            }
            other => {
                return Err(AnnError {
                    line: *line,
                    message: format!(
                        "unknown relation `{other}` (expected {SPEAKER}, {HAS_CUE}, {COREF}, {SUBJECT} or {SOURCE})"
                    ),
                })
            }
        }
    }
    for (members, line) in &ann.equivalences {
        let first = span_of(&members[0], *line)?;
        for m in &members[1..] {
            let other = span_of(m, *line)?;
            if !is_mention(first) || !is_mention(other) {
                return Err(AnnError { line: *line, message: "an equivalence joins mentions only".to_string() });
            }
            join(first, other);
        }
    }

    // Attributes.
    let mut kinds: HashMap<usize, String> = HashMap::new();
    for (name, target, value, line) in &ann.attributes {
        let i = span_of(target, *line)?;
        let kind = ann.spans[i].kind.as_str();
        let (fits, values) = match name.as_str() {
            MENTION_KIND => {
                (is_entity_type(kind), ["name", "alias", "acronym", "pronoun", "descriptor", "nested"].as_slice())
            }
            QUOTE_KIND => (kind == QUOTE, crate::eval::quotes::KINDS.as_slice()),
            CLAIM_KIND => (kind == CLAIM, crate::eval::claims::KINDS.as_slice()),
            other => {
                return Err(AnnError {
                    line: *line,
                    message: format!(
                        "unknown attribute `{other}` (expected {MENTION_KIND}, {QUOTE_KIND} or {CLAIM_KIND})"
                    ),
                })
            }
        };
        if !fits {
            return Err(AnnError { line: *line, message: format!("{name} does not apply to a {kind} span") });
        }
        if !values.contains(&value.as_str()) {
            return Err(AnnError {
                line: *line,
                message: format!("{name} `{value}` is not one of {}", values.join(", ")),
            });
        }
        kinds.insert(i, value.clone());
    }
    let mut notes: HashMap<usize, (Vec<(String, String)>, u64)> = HashMap::new();
    for (target, note, line) in &ann.notes {
        let i = span_of(target, *line)?;
        if matches!(ann.spans[i].kind.as_str(), QUOTE | CLAIM) {
            let pairs = format::parse_note(note).map_err(|message| AnnError { line: *line, message })?;
            notes.entry(i).or_insert((Vec::new(), *line)).0.extend(pairs);
        }
    }

    // Entities, numbered in the order their first mention appears in the file.
    let mut entity_of_root: HashMap<usize, usize> = HashMap::new();
    let mut entities: Vec<EntityRecord> = Vec::new();
    for (i, s) in ann.spans.iter().enumerate() {
        if !is_entity_type(&s.kind) {
            continue;
        }
        let r = root(&mut parent, i);
        let e = *entity_of_root.entry(r).or_insert_with(|| {
            entities.push(EntityRecord {
                id: format!("e{}", entities.len() + 1),
                kind: s.kind.clone(),
                ..EntityRecord::default()
            });
            entities.len() - 1
        });
        let kind = kinds.get(&i).cloned().unwrap_or_else(|| "name".to_string());
        entities[e].mentions.push(MentionRecord { start: s.start, end: s.end, text: slice(s), kind });
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| (m.start, m.end));
        let names = e.mentions.iter().filter(|m| matches!(m.kind.as_str(), "name" | "alias" | "acronym"));
        let longest = names.fold(None::<&MentionRecord>, |best, m| match best {
            Some(b) if b.text.chars().count() >= m.text.chars().count() => Some(b),
            _ => Some(m),
        });
        e.name = longest.or(e.mentions.first()).map(|m| m.text.clone()).unwrap_or_default();
    }
    let mut entity_at = |i: usize| entity_of_root.get(&root(&mut parent, i)).copied();
    let entity_ref = |i: usize, e: Option<usize>| match e {
        Some(e) => EntityRef { entity: Some(entities[e].id.clone()), name: entities[e].name.clone() },
        None => EntityRef { entity: None, name: slice(&ann.spans[i]) },
    };

    let mut quotes = Vec::new();
    let mut claims = Vec::new();
    let mut sentences = Vec::new();
    for (i, s) in ann.spans.iter().enumerate() {
        let (pairs, note_line) = notes.remove(&i).unwrap_or((Vec::new(), s.line));
        let get = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let bad = |key: &str, value: &str| AnnError {
            line: note_line,
            message: format!("note of {}: `{key}={value}` is not a valid value", kind_and_line(s)),
        };
        let number = |key: &str| -> std::result::Result<Option<f64>, AnnError> {
            get(key).map(|v| v.parse::<f64>().map_err(|_| bad(key, &v))).transpose()
        };
        let index = |key: &str| -> std::result::Result<usize, AnnError> {
            get(key).map(|v| v.parse::<usize>().map_err(|_| bad(key, &v))).transpose().map(Option::unwrap_or_default)
        };
        let flag = |key: &str| -> std::result::Result<bool, AnnError> {
            match get(key).as_deref() {
                None | Some("false") => Ok(false),
                Some("true") => Ok(true),
                Some(v) => Err(bad(key, v)),
            }
        };
        match s.kind.as_str() {
            QUOTE => {
                let speaker = speakers.get(&i).map(|&m| {
                    let e = entity_at(m);
                    let ms = &ann.spans[m];
                    SpeakerRecord {
                        entity: e.map(|e| entities[e].id.clone()),
                        name: e.map(|e| entities[e].name.clone()),
                        text: slice(ms),
                        start: ms.start,
                        end: ms.end,
                    }
                });
                let cue = cues.get(&i).map(|&c| {
                    let cs = &ann.spans[c];
                    SpanText { text: slice(cs), start: cs.start, end: cs.end }
                });
                quotes.push(QuoteRecord {
                    id: format!("q{}", quotes.len() + 1),
                    kind: kinds.get(&i).cloned().unwrap_or_default(),
                    text: slice(s),
                    start: s.start,
                    end: s.end,
                    speaker,
                    cue,
                    sentence: index("sentence")?,
                    confidence: number("confidence")?.unwrap_or(1.0),
                    rule: get("rule").unwrap_or_default(),
                });
            }
            CLAIM => {
                let subject = subjects.get(&i).map(|&m| entity_ref(m, entity_at(m)));
                let source = match sources.get(&i) {
                    Some(&m) => Some(entity_ref(m, entity_at(m))),
                    None => get("source").map(|name| EntityRef { entity: None, name }),
                };
                claims.push(ClaimRecord {
                    id: format!("c{}", claims.len() + 1),
                    kind: kinds.get(&i).cloned().unwrap_or_default(),
                    text: slice(s),
                    start: s.start,
                    end: s.end,
                    value: number("value")?,
                    value_max: number("value_max")?,
                    unit: get("unit"),
                    noun: get("noun"),
                    approximate: flag("approximate")?,
                    qualifier: get("qualifier"),
                    bound: get("bound"),
                    direction: get("direction"),
                    per: get("per"),
                    equivalent: get("equivalent"),
                    hedged: flag("hedged")?,
                    subject,
                    source,
                    sentence: index("sentence")?,
                    rule: get("rule").unwrap_or_default(),
                });
            }
            SENTENCE => sentences.push(SentenceRecord { start: s.start, end: s.end, paragraph: 0, text: None }),
            _ => {}
        }
    }
    sentences.sort_by_key(|s| (s.start, s.end));
    Ok(Record {
        id: id.to_string(),
        schema: SCHEMA.to_string(),
        text: Some(text.to_string()),
        sentences: (!sentences.is_empty()).then_some(sentences),
        entities: Some(entities),
        quotes: Some(quotes),
        claims: Some(claims),
        ..Record::default()
    })
}

fn kind_and_line(s: &Span) -> String {
    format!("the {} on line {}", s.kind, s.line)
}

/// The text of a `.txt` as brat reads it: `\r\n` is one line break.
fn brat_text(raw: String) -> String {
    if raw.contains("\r\n") {
        raw.replace("\r\n", "\n")
    } else {
        raw
    }
}

/// Whether a path is a folder to read as brat files (rather than a JSONL file).
pub fn is_brat_folder(path: &Path) -> bool {
    path.is_dir()
}

/// Reads every document of a brat folder, in the order of its `documents.csv` (or of its
/// `.txt` file names when it has none).
pub fn read_folder(dir: &Path) -> Result<Vec<Record>> {
    let bad = |path: &Path, message: String| Error::new(ErrorKind::BadGold, message).at(path);
    let index = dir.join("documents.csv");
    let documents: Vec<(String, String)> = if index.is_file() {
        let mut reader = csv::Reader::from_path(&index).map_err(|e| bad(&index, e.to_string()))?;
        let mut documents = Vec::new();
        for (i, row) in reader.records().enumerate() {
            let row = row.map_err(|e| bad(&index, e.to_string()))?;
            let (Some(id), Some(file)) = (row.get(0), row.get(1)) else {
                return Err(bad(&index, "expected two columns, doc_id and file".to_string()).line(i as u64 + 2));
            };
            documents.push((id.to_string(), file.to_string()));
        }
        documents
    } else {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(e, dir))?;
        let mut stems = Vec::new();
        for entry in entries {
            let name = entry.map_err(|e| Error::io(e, dir))?.file_name();
            let name = name.to_string_lossy();
            if let Some(stem) = name.strip_suffix(".txt") {
                if !stem.is_empty() && !stem.starts_with('.') {
                    stems.push(stem.to_string());
                }
            }
        }
        stems.sort();
        stems.into_iter().map(|s| (s.clone(), s)).collect()
    };
    let mut records = Vec::with_capacity(documents.len());
    for (id, file) in documents {
        let txt = dir.join(format!("{file}.txt"));
        let ann_path = dir.join(format!("{file}.ann"));
        let read = |path: &Path| std::fs::read(path).map_err(|e| Error::io(e, path));
        let text = String::from_utf8(read(&txt)?).map_err(|_| bad(&txt, "the text is not UTF-8".to_string()))?;
        let ann = String::from_utf8(read(&ann_path)?).map_err(|_| bad(&ann_path, "not UTF-8".to_string()))?;
        let record = parse_ann(&id, &brat_text(text), &ann)
            .map_err(|e| bad(&ann_path, e.message).line(e.line).doc(id.clone()))?;
        records.push(record);
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "“We stop,\nnow,” said Ana Müller. She paid about 5 francs.";

    /// Hand-written, as an annotator might leave it (ids out of order, an equivalence line).
    const ANN: &str = "T1\tPERSON 21 31\tAna Müller\n\
                       T2\tQuote 1 9;10 14\tWe stop, now,\n\
                       A1\tQuoteKind T2 direct\n\
                       T3\tCue 16 20\tsaid\n\
                       R1\tSpeaker Arg1:T2 Arg2:T1\n\
                       R2\tHasCue Arg1:T2 Arg2:T3\n\
                       T4\tPERSON 33 36\tShe\n\
                       A2\tMentionKind T4 pronoun\n\
                       *\tEquiv T1 T4\n\
                       T5\tClaim 42 56\tabout 5 francs\n\
                       A3\tClaimKind T5 money\n\
                       #1\tAnnotatorNotes T5\tvalue=5 unit=CHF approximate=true qualifier=about\n\
                       R3\tSubject Arg1:T5 Arg2:T4\n\
                       N1\tReference T1 Wikipedia:123\tAna Müller\n";

    fn slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn a_hand_written_file_reads_into_a_record() {
        let r = parse_ann("d1", TEXT, ANN).unwrap();
        let entities = r.entities.unwrap();
        assert_eq!(entities.len(), 1, "the equivalence joins Ana Müller and She");
        let e = &entities[0];
        assert_eq!((e.id.as_str(), e.name.as_str(), e.kind.as_str()), ("e1", "Ana Müller", "PERSON"));
        let mentions: Vec<(String, &str)> =
            e.mentions.iter().map(|m| (slice(TEXT, m.start, m.end), m.kind.as_str())).collect();
        assert_eq!(mentions, [("Ana Müller".to_string(), "name"), ("She".to_string(), "pronoun")]);

        let quotes = r.quotes.unwrap();
        let q = &quotes[0];
        assert_eq!(slice(TEXT, q.start, q.end), "We stop,\nnow,", "fragments make one span");
        assert_eq!(q.text, "We stop,\nnow,");
        assert_eq!(q.kind, "direct");
        let speaker = q.speaker.as_ref().unwrap();
        assert_eq!((speaker.text.as_str(), speaker.entity.as_deref()), ("Ana Müller", Some("e1")));
        assert_eq!(q.cue.as_ref().unwrap().text, "said");

        let claims = r.claims.unwrap();
        let c = &claims[0];
        assert_eq!(slice(TEXT, c.start, c.end), "about 5 francs");
        assert_eq!((c.kind.as_str(), c.value, c.unit.as_deref()), ("money", Some(5.0), Some("CHF")));
        assert!(c.approximate);
        assert_eq!(c.qualifier.as_deref(), Some("about"));
        assert_eq!(c.subject.as_ref().unwrap().entity.as_deref(), Some("e1"));
        assert!(r.sentences.is_none());
    }

    fn error(ann: &str) -> AnnError {
        parse_ann("d1", TEXT, ann).unwrap_err()
    }

    #[test]
    fn a_span_whose_text_is_not_the_documents_is_rejected_with_its_line() {
        let e = error("T1\tPERSON 21 31\tAna Müller\nT2\tPERSON 20 30\tAna Müller\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("T2") && e.message.contains("is not the document's text"), "{}", e.message);
    }

    #[test]
    fn malformed_lines_are_rejected_clearly() {
        let cases = [
            ("T1 PERSON 21 31 Ana Müller\n", 1, "no tab"),
            ("T1\tPERSON 21 99\tx\n", 1, "past the end"),
            ("T1\tPERSON 31 21\tx\n", 1, "is after end"),
            ("T1\tPerson 21 31\tAna Müller\n", 1, "unknown span type `Person`"),
            ("T1\tPERSON 21 31\tAna Müller\nT1\tPERSON 21 31\tAna Müller\n", 2, "already defined on line 1"),
            ("T1\tPERSON 21 31\tAna Müller\nR1\tSpeaker Arg1:T2 Arg2:T1\n", 2, "T2 is not defined"),
            ("T1\tPERSON 21 31\tAna Müller\nR1\tSpeaker Arg1:T1 Arg2:T1\n", 2, "a Quote to a mention"),
            ("T1\tPERSON 21 31\tAna Müller\nA1\tQuoteKind T1 direct\n", 2, "does not apply"),
            ("T1\tQuote 1 8\tWe stop\nA1\tQuoteKind T1 shouted\n", 2, "is not one of"),
            ("T1\tClaim 48 56\t5 francs\n#1\tAnnotatorNotes T1\tvalue=five\n", 2, "`value=five`"),
            ("T1\tClaim 48 56\t5 francs\n#1\tAnnotatorNotes T1\tlooks wrong\n", 2, "key=value"),
            ("E1\tSpeech:T1\n", 1, "events"),
        ];
        for (ann, line, needle) in cases {
            let e = error(ann);
            assert_eq!(e.line, line, "{ann}: {}", e.message);
            assert!(e.message.contains(needle), "{ann}: {}", e.message);
        }
    }

    #[test]
    fn written_records_read_back() {
        let text = "GENEVA (Meridian Wire) - Swiss officials said on Tuesday that rail freight rose 12% to \
                    4.2 million tonnes.\n\n“We stop pretending today,\n\nand we mean it,” said Transport Minister \
                    Tobias Renner. Renner said about $25 billion was at stake.";
        let doc = crate::segment("d1", text.to_string());
        let extraction = crate::extract(&doc);
        let opts = crate::output::RecordOptions { extraction: true, text: true, ..Default::default() };
        let record = crate::output::record(&doc, &extraction, &[], opts);
        let brat = format::brat_document(&record);
        let back = parse_ann("d1", &brat.text, &brat.ann).unwrap();
        let strip = |r: &Record| {
            let mut r = r.clone();
            for e in r.entities.iter_mut().flatten() {
                e.descriptors.clear();
            }
            r
        };
        let (a, b) = (strip(&record), strip(&back));
        assert!(a.quotes.as_ref().is_some_and(|q| q.len() >= 2), "{:?}", a.quotes);
        assert!(a.claims.as_ref().is_some_and(|c| c.len() >= 2), "{:?}", a.claims);
        assert_eq!(a.quotes, b.quotes);
        assert_eq!(a.claims, b.claims);
        let spans = |r: &Record| -> Vec<Vec<(usize, usize, String)>> {
            r.entities
                .iter()
                .flatten()
                .map(|e| e.mentions.iter().map(|m| (m.start, m.end, m.kind.clone())).collect())
                .collect()
        };
        assert_eq!(spans(&a), spans(&b));
    }
}
