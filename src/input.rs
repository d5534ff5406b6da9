//! Readers: from the paths on the command line to a lazy stream of raw documents.
//!
//! [`Inputs`] turns a list of paths into an iterator of `Result<RawDocument, Error>`, one
//! item per document, in input order, reading only what the next item needs:
//!
//! - a `.jsonl` or `.jsonl.gz` file holds one document per non-blank line, a JSON object
//!   with a text field and an optional id field ([`InputOptions`]);
//! - any other file given by name is one text document whose id is the file stem;
//! - a folder is walked recursively in byte-wise path order for `*.txt`, `*.jsonl` and
//!   `*.jsonl.gz` files, skipping hidden entries, other files and symlinked folders;
//! - `-` is standard input: JSON lines when its first non-space byte is `{`, otherwise one
//!   text document with id `stdin`.
//!
//! Input that can still be read yields a document that carries [`ErrorRecord`]s: invalid
//! UTF-8 (replaced with U+FFFD), text over `max_bytes` (cut at a char boundary), empty text.
//! Input that cannot be read at all (a missing path, a binary file, a JSONL line that is not
//! JSON or has no text, a corrupt gzip stream) yields an `Err` item that says where, and the
//! stream goes on with the next document or file; [`error_id`] names such an item.
//!
//! Memory stays bounded: a text file is read up to `max_bytes`, a JSONL file one line at a
//! time with a capped line buffer. Segmenting and extracting are left to the caller.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use flate2::read::MultiGzDecoder;

use crate::error::{Error, ErrorKind};
use crate::record::ErrorRecord;

/// The default for [`InputOptions::max_bytes`]: 64 MiB.
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// How many leading bytes are sniffed to tell binary data from text.
const SNIFF_BYTES: usize = 8 << 10;

/// Buffer size of the file and standard-input readers.
const READ_BUFFER: usize = 64 << 10;

/// How documents are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputOptions {
    /// The JSONL field holding the text (`--text-field`, default `text`).
    pub text_field: String,
    /// The JSONL field holding the id (`--id-field`, default `id`); a string or a number.
    pub id_field: String,
    /// Texts longer than this many bytes are cut at a char boundary (`--max-bytes`).
    pub max_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions { text_field: "text".to_string(), id_field: "id".to_string(), max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// One document as read, before segmentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawDocument {
    /// The id: the file stem, the JSONL id field, `<file stem>:<line>`, or `stdin`.
    pub id: String,
    /// The text, valid UTF-8 (invalid sequences replaced), at most `max_bytes` long.
    pub text: String,
    /// Problems met while reading it (`invalid_utf8`, `truncated`, `empty`, `bad_id`).
    pub errors: Vec<ErrorRecord>,
    /// The file it came from (`-` for standard input).
    pub file: Option<String>,
    /// Its 1-based line, for JSONL input.
    pub line: Option<u64>,
}

/// What [`Inputs`] yields: a document, or why one could not be read.
pub type Item = Result<RawDocument, Error>;

/// A lazy stream of documents read from a list of paths, in input order.
///
/// ```no_run
/// use quarry::input::{InputOptions, Inputs};
///
/// for item in Inputs::new(["articles/", "wire.jsonl.gz"], InputOptions::default()) {
///     match item {
///         Ok(doc) => println!("{}: {} bytes", doc.id, doc.text.len()),
///         Err(err) => eprintln!("{err}"),
///     }
/// }
/// ```
pub struct Inputs {
    opts: InputOptions,
    /// Paths given by the caller, not yet opened.
    pending: VecDeque<PathBuf>,
    /// Folders being walked: each level's remaining entries, next one last.
    walk: Vec<Vec<Entry>>,
    /// The JSONL file being read, if any.
    current: Option<Jsonl>,
    /// Bytes read so far from files and standard input (compressed bytes for gzip).
    read: Arc<AtomicU64>,
}

impl Inputs {
    /// Reads `paths` in order; `-` stands for standard input.
    pub fn new<P: Into<PathBuf>>(paths: impl IntoIterator<Item = P>, opts: InputOptions) -> Inputs {
        Inputs {
            opts,
            pending: paths.into_iter().map(Into::into).collect(),
            walk: Vec::new(),
            current: None,
            read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// A counter of the bytes read so far from the inputs as they are on disk (compressed
    /// for gzip), shared with the reader: for a progress bar against [`total_size`].
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.read)
    }

    /// Opens a file: a text file is read whole, a JSONL file becomes the current source.
    fn open_file(&mut self, path: PathBuf) -> Option<Item> {
        if !is_jsonl(&path) {
            return Some(read_text_file(&path, &self.opts, &self.read));
        }
        let file = match File::open(&path) {
            Ok(file) => Counted { inner: file, read: Arc::clone(&self.read) },
            Err(err) => return Some(Err(Error::io(err, path))),
        };
        let mut reader: Box<dyn BufRead + Send> = if path.as_os_str().as_encoded_bytes().ends_with(b".gz") {
            let gz = MultiGzDecoder::new(BufReader::with_capacity(READ_BUFFER, file));
            Box::new(BufReader::with_capacity(READ_BUFFER, gz))
        } else {
            Box::new(BufReader::with_capacity(READ_BUFFER, file))
        };
        match reader.fill_buf() {
            Ok(head) => {
                let head = &head[..head.len().min(SNIFF_BYTES)];
                if let Some(why) = looks_binary(head) {
                    return Some(Err(binary_error(why).at(path)));
                }
            }
            Err(err) => {
                let msg = format!("cannot read: {err}");
                return Some(Err(Error::new(ErrorKind::Io, msg).at(path).line(1)));
            }
        }
        self.current = Some(Jsonl::new(reader, path.display().to_string(), doc_stem(&path)));
        None
    }

    /// Opens standard input, as JSON lines or as one text document.
    fn open_stdin(&mut self) -> Option<Item> {
        let stdin = Counted { inner: io::stdin(), read: Arc::clone(&self.read) };
        let mut reader = BufReader::with_capacity(READ_BUFFER, stdin);
        // Look for the first byte that is not white space (or a BOM), keeping what is skipped
        // so that a text document keeps its offsets.
        let mut skipped = Vec::new();
        let first = loop {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(err) => return Some(Err(Error::io(err, "-"))),
            };
            if buf.is_empty() || skipped.len() > self.opts.max_bytes {
                break None;
            }
            let bom = if skipped.is_empty() && buf.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
            match buf[bom..].iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let first = buf[bom + i];
                    skipped.extend_from_slice(&buf[..bom + i]);
                    reader.consume(bom + i);
                    break Some(first);
                }
                None => {
                    let n = buf.len();
                    skipped.extend_from_slice(buf);
                    reader.consume(n);
                }
            }
        };
        let reader = io::Cursor::new(skipped).chain(reader);
        if first == Some(b'{') {
            self.current = Some(Jsonl::new(Box::new(reader), "-".to_string(), "stdin".to_string()));
            None
        } else {
            Some(read_text(reader, "stdin".to_string(), "-".to_string(), &self.opts))
        }
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(source) = &mut self.current {
                if let Some(item) = source.next_item(&self.opts) {
                    return Some(item);
                }
                self.current = None;
            }
            if let Some(level) = self.walk.last_mut() {
                match level.pop() {
                    Some(Entry { path, is_dir: true, .. }) => match read_dir_sorted(&path) {
                        Ok(entries) => self.walk.push(entries),
                        Err(err) => return Some(Err(Error::io(err, path))),
                    },
                    Some(Entry { path, .. }) => {
                        if let Some(item) = self.open_file(path) {
                            return Some(item);
                        }
                    }
                    None => {
                        self.walk.pop();
                    }
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if path.as_os_str() == "-" {
                if let Some(item) = self.open_stdin() {
                    return Some(item);
                }
                continue;
            }
            match fs::metadata(&path) {
                Err(err) => return Some(Err(Error::io(err, path))),
                Ok(meta) if meta.is_dir() => match read_dir_sorted(&path) {
                    Ok(entries) => self.walk.push(entries),
                    Err(err) => return Some(Err(Error::io(err, path))),
                },
                Ok(_) => {
                    if let Some(item) = self.open_file(path) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

/// The id to give the error line of an item that could not be read: its own id when that
/// could be read, else the id it would have had (`<file stem>`, or `<file stem>:<line>` in
/// JSONL; `stdin` for `-`).
pub fn error_id(err: &Error) -> String {
    if let Some(id) = &err.id {
        return id.clone();
    }
    let stem = match &err.path {
        Some(path) if path.as_os_str() == "-" => "stdin".to_string(),
        Some(path) => doc_stem(path),
        None => "-".to_string(),
    };
    match err.line {
        Some(line) => format!("{stem}:{line}"),
        None => stem,
    }
}

/// The id a file's documents are named after: its name without `.txt`, `.jsonl` or
/// `.jsonl.gz` (or whatever last extension it has).
fn doc_stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    for ext in [".jsonl.gz", ".jsonl"] {
        if let Some(stem) = name.strip_suffix(ext) {
            if !stem.is_empty() {
                return stem.to_string();
            }
        }
    }
    match path.file_stem() {
        Some(stem) => stem.to_string_lossy().into_owned(),
        None => path.display().to_string(),
    }
}

/// A reader that adds the bytes it reads to a shared counter.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The bytes `paths` hold on disk (the files a folder walk would take), or `None` when
/// that cannot be known in advance (standard input, or a path that cannot be read).
pub fn total_size(paths: &[PathBuf]) -> Option<u64> {
    let mut total = 0u64;
    let mut pending: Vec<PathBuf> = paths.to_vec();
    while let Some(path) = pending.pop() {
        if path.as_os_str() == "-" {
            return None;
        }
        let meta = fs::metadata(&path).ok()?;
        if meta.is_dir() {
            pending.extend(read_dir_sorted(&path).ok()?.into_iter().map(|e| e.path));
        } else {
            total += meta.len();
        }
    }
    Some(total)
}

/// Whether a path is read as JSON lines (by its name).
fn is_jsonl(path: &Path) -> bool {
    let name = path.as_os_str().as_encoded_bytes();
    name.ends_with(b".jsonl") || name.ends_with(b".jsonl.gz")
}

/// Whether a folder walk takes a file with this name.
fn is_wanted(name: &[u8]) -> bool {
    name.ends_with(b".txt") || name.ends_with(b".jsonl") || name.ends_with(b".jsonl.gz")
}

/// One entry of a folder being walked.
struct Entry {
    /// Sort key: the name, with `/` appended for folders, so that the walk visits paths in
    /// byte-wise order of the full path (`a.txt` before `a/b.txt`).
    key: Vec<u8>,
    path: PathBuf,
    is_dir: bool,
}

/// The folders and wanted files of `dir`, sorted, next one last.
fn read_dir_sorted(dir: &Path) -> io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.as_encoded_bytes();
        if name.first() == Some(&b'.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        let (is_dir, is_file) = if kind.is_symlink() {
            // Symlinked folders are not followed (no loops); a dangling link to a wanted
            // name is kept so that opening it reports the problem.
            match fs::metadata(&path) {
                Ok(meta) => (false, meta.is_file()),
                Err(_) => (false, true),
            }
        } else {
            (kind.is_dir(), kind.is_file())
        };
        if is_dir {
            let mut key = name.to_vec();
            key.push(b'/');
            entries.push(Entry { key, path, is_dir });
        } else if is_file && is_wanted(name) {
            entries.push(Entry { key: name.to_vec(), path, is_dir });
        }
    }
    entries.sort_unstable_by(|a, b| b.key.cmp(&a.key));
    Ok(entries)
}

/// Why a sample of bytes looks like binary data, if it does.
fn looks_binary(sample: &[u8]) -> Option<&'static str> {
    if memchr::memchr(0, sample).is_some() {
        return Some("it holds NUL bytes");
    }
    let control =
        sample.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    (control * 10 > sample.len() * 3).then_some("more than 30% of its first bytes are control characters")
}

fn binary_error(why: &str) -> Error {
    Error::new(ErrorKind::Binary, format!("looks like binary data, not text: {why}"))
}

/// Reads a text file as one document.
fn read_text_file(path: &Path, opts: &InputOptions, read: &Arc<AtomicU64>) -> Item {
    let file = File::open(path).map_err(|err| Error::io(err, path))?;
    let file = Counted { inner: file, read: Arc::clone(read) };
    read_text(file, doc_stem(path), path.display().to_string(), opts)
}

/// Reads a whole stream (up to the limit) as one text document.
fn read_text(reader: impl Read, id: String, file: String, opts: &InputOptions) -> Item {
    // Four bytes past the limit: enough to finish the char that straddles it.
    let limit = opts.max_bytes.saturating_add(4);
    let mut bytes = Vec::new();
    reader.take(limit as u64).read_to_end(&mut bytes).map_err(|err| Error::io(err, &file))?;
    if let Some(why) = looks_binary(&bytes[..bytes.len().min(SNIFF_BYTES)]) {
        return Err(binary_error(why).at(file));
    }
    let mut errors = Vec::new();
    let text = decode(bytes, opts.max_bytes, "", &mut errors);
    if text.trim().is_empty() {
        let message = if text.is_empty() { "the file is empty" } else { "the file holds only white space" };
        errors.push(error_record("empty", message.to_string()));
    }
    Ok(RawDocument { id, text, errors, file: Some(file), line: None })
}

fn error_record(kind: &str, message: String) -> ErrorRecord {
    ErrorRecord { kind: kind.to_string(), message }
}

/// Turns bytes into text of at most `max_bytes`: invalid UTF-8 is replaced with U+FFFD and
/// an over-long text is cut at a char boundary, each noted in `errors`. `place` follows the
/// byte position in the `invalid_utf8` message (` of the line`).
fn decode(bytes: Vec<u8>, max_bytes: usize, place: &str, errors: &mut Vec<ErrorRecord>) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(mut text) => {
            truncate(&mut text, max_bytes, errors);
            return text;
        }
        Err(err) => err.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len().min(max_bytes));
    let (mut replaced, mut first, mut at) = (0usize, 0usize, 0usize);
    let mut truncated = false;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if text.len() + valid.len() > max_bytes {
            text.push_str(&valid[..floor_char_boundary(valid, max_bytes - text.len())]);
            truncated = true;
            break;
        }
        text.push_str(valid);
        at += valid.len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            if text.len() + '\u{FFFD}'.len_utf8() > max_bytes {
                truncated = true;
                break;
            }
            if replaced == 0 {
                first = at;
            }
            replaced += 1;
            text.push('\u{FFFD}');
            at += invalid.len();
        }
    }
    if replaced > 0 {
        let message = format!("{replaced} invalid UTF-8 sequence(s) replaced, first at byte {first}{place}");
        errors.push(error_record("invalid_utf8", message));
    }
    if truncated {
        errors.push(truncated_record(max_bytes, text.len()));
    }
    text
}

/// Cuts `text` to at most `max_bytes`, at a char boundary, noting it in `errors`.
fn truncate(text: &mut String, max_bytes: usize, errors: &mut Vec<ErrorRecord>) {
    if text.len() > max_bytes {
        let cut = floor_char_boundary(text, max_bytes);
        text.truncate(cut);
        errors.push(truncated_record(max_bytes, cut));
    }
}

fn truncated_record(max_bytes: usize, kept: usize) -> ErrorRecord {
    let message = format!("text longer than the limit of {max_bytes} bytes (--max-bytes); kept the first {kept} bytes");
    error_record("truncated", message)
}

/// The largest char boundary of `text` that is at most `index`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    let mut cut = index;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

/// A JSONL stream being read one line at a time.
struct Jsonl {
    reader: Box<dyn BufRead + Send>,
    /// The file name as shown in errors (`-` for standard input).
    file: String,
    /// What ids default to, before `:<line>`.
    stem: String,
    /// The 1-based number of the last line read.
    line: u64,
    /// The line buffer, reused from line to line.
    buf: Vec<u8>,
}

/// What reading one capped line found.
enum LineRead {
    /// The end of the stream.
    Eof,
    /// A line, now in the buffer (with its `\n`, if any).
    Line,
    /// A line longer than the cap, skipped; its length in bytes.
    TooLong(usize),
}

impl Jsonl {
    fn new(reader: Box<dyn BufRead + Send>, file: String, stem: String) -> Jsonl {
        Jsonl { reader, file, stem, line: 0, buf: Vec::new() }
    }

    /// The next document or error of this stream; `None` at its end or after a read error.
    fn next_item(&mut self, opts: &InputOptions) -> Option<Item> {
        // A JSON string may escape its text (`\u00e9`), so a line may be some times longer
        // than the text it holds; beyond that it is skipped rather than held in memory.
        let cap = opts.max_bytes.saturating_mul(4).saturating_add(1 << 20);
        loop {
            if self.buf.capacity() > READ_BUFFER * 16 {
                self.buf = Vec::new();
            }
            let read = read_line_capped(&mut *self.reader, &mut self.buf, cap);
            self.line += 1;
            match read {
                Ok(LineRead::Eof) => return None,
                Ok(LineRead::TooLong(len)) => {
                    let msg = format!("line is {len} bytes, more than the {cap}-byte limit for one JSONL line (4 × --max-bytes + 1 MiB); skipped");
                    return Some(Err(self.error(ErrorKind::NotJson, msg)));
                }
                Ok(LineRead::Line) => {}
                Err(err) => {
                    // The stream cannot be trusted past this point (a corrupt gzip member):
                    // report it and move on to the next input.
                    self.reader = Box::new(io::empty());
                    let msg = format!("cannot read past this line: {err}");
                    return Some(Err(self.error(ErrorKind::Io, msg)));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse_line(opts));
        }
    }

    fn error(&self, kind: ErrorKind, message: String) -> Error {
        Error::new(kind, message).at(&self.file).line(self.line)
    }

    /// Turns the line in the buffer into a document.
    fn parse_line(&self, opts: &InputOptions) -> Item {
        let mut errors = Vec::new();
        let mut line: Cow<str> = match std::str::from_utf8(&self.buf) {
            Ok(line) => Cow::Borrowed(line),
            Err(_) => Cow::Owned(decode(self.buf.clone(), usize::MAX, " of the line", &mut errors)),
        };
        if self.line == 1 {
            if let Some(rest) = line.strip_prefix('\u{FEFF}') {
                line = Cow::Owned(rest.to_string());
            }
        }
        let value: serde_json::Value = serde_json::from_str(&line).map_err(|err| {
            let msg = err.to_string();
            let what = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(what, _)| what);
            self.error(ErrorKind::NotJson, format!("not JSON ({what} at column {})", err.column()))
        })?;
        drop(line);
        let serde_json::Value::Object(mut object) = value else {
            return Err(self.error(ErrorKind::NotJson, format!("not a JSON object but {}", json_type(&value))));
        };
        let default_id = || format!("{}:{}", self.stem, self.line);
        let id = match object.get(&opts.id_field) {
            None | Some(serde_json::Value::Null) => default_id(),
            Some(serde_json::Value::String(id)) => id.clone(),
            Some(serde_json::Value::Number(id)) => id.to_string(),
            Some(other) => {
                let msg = format!(
                    "field `{}` is {}, not a string or number; id set to the line",
                    opts.id_field,
                    json_type(other)
                );
                errors.push(error_record("bad_id", msg));
                default_id()
            }
        };
        let mut text = match object.remove(&opts.text_field) {
            Some(serde_json::Value::String(text)) => text,
            other => {
                let what = match other {
                    None => format!("no field `{}`", opts.text_field),
                    Some(value) => format!("field `{}` is {}, not a string", opts.text_field, json_type(&value)),
                };
                return Err(self.error(ErrorKind::NoTextField, what).doc(id));
            }
        };
        truncate(&mut text, opts.max_bytes, &mut errors);
        if text.trim().is_empty() {
            let what = if text.is_empty() { "is empty" } else { "holds only white space" };
            errors.push(error_record("empty", format!("field `{}` {what}", opts.text_field)));
        }
        Ok(RawDocument { id, text, errors, file: Some(self.file.clone()), line: Some(self.line) })
    }
}

/// What kind of JSON value this is, for messages.
fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Reads one line (through `\n`) into `buf`, keeping at most `cap` bytes: a longer line is
/// read through and dropped.
fn read_line_capped(reader: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<LineRead> {
    buf.clear();
    let mut total = 0usize;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if available.is_empty() {
            break;
        }
        let (take, end) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if buf.len() + take <= cap {
                buf.extend_from_slice(&available[..take]);
            } else {
                too_long = true;
                buf.clear();
            }
        }
        total += take;
        reader.consume(take);
        if end {
            break;
        }
    }
    Ok(match (total, too_long) {
        (0, _) => LineRead::Eof,
        (_, true) => LineRead::TooLong(total),
        _ => LineRead::Line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(errors: &[ErrorRecord]) -> Vec<&str> {
        errors.iter().map(|e| e.kind.as_str()).collect()
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let mut errors = Vec::new();
        let text = decode(b"ab\xFFcd\xC3".to_vec(), 100, "", &mut errors);
        assert_eq!(text, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(kinds(&errors), ["invalid_utf8"]);
        assert_eq!(errors[0].message, "2 invalid UTF-8 sequence(s) replaced, first at byte 2");
    }

    #[test]
    fn truncation_stops_at_a_char_boundary() {
        let mut errors = Vec::new();
        let text = decode("aé€".as_bytes().to_vec(), 4, "", &mut errors);
        assert_eq!(text, "aé");
        assert_eq!(kinds(&errors), ["truncated"]);

        // A char cut by the read limit is not reported as invalid UTF-8.
        let mut errors = Vec::new();
        let text = decode(b"ab\xE2\x82".to_vec(), 2, "", &mut errors);
        assert_eq!(text, "ab");
        assert_eq!(kinds(&errors), ["truncated"]);
    }

    #[test]
    fn binary_sniffing() {
        assert!(looks_binary(b"plain text\n\twith tabs\r\n").is_none());
        assert!(looks_binary(b"a\0b").is_some());
        assert!(looks_binary(b"\x01\x02\x03abcd").is_some());
        assert!(looks_binary(b"").is_none());
    }

    #[test]
    fn stems_and_error_ids() {
        assert_eq!(doc_stem(Path::new("dir/wire.jsonl.gz")), "wire");
        assert_eq!(doc_stem(Path::new("dir/wire.jsonl")), "wire");
        assert_eq!(doc_stem(Path::new("story.txt")), "story");
        assert_eq!(doc_stem(Path::new("README")), "README");
        let err = Error::new(ErrorKind::NotJson, "x").at("in/feed.jsonl").line(7);
        assert_eq!(error_id(&err), "feed:7");
        assert_eq!(error_id(&Error::new(ErrorKind::Io, "x").at("-")), "stdin");
    }

    #[test]
    fn capped_lines() {
        let mut reader = io::Cursor::new(b"short\nmuch too long line\nend".to_vec());
        let mut buf = Vec::new();
        assert!(matches!(read_line_capped(&mut reader, &mut buf, 8).unwrap(), LineRead::Line));
        assert_eq!(buf, b"short\n");
        assert!(matches!(read_line_capped(&mut reader, &mut buf, 8).unwrap(), LineRead::TooLong(19)));
        assert!(matches!(read_line_capped(&mut reader, &mut buf, 8).unwrap(), LineRead::Line));
        assert_eq!(buf, b"end");
        assert!(matches!(read_line_capped(&mut reader, &mut buf, 8).unwrap(), LineRead::Eof));
    }

    #[test]
    fn jsonl_lines_become_documents_or_errors() {
        let data = "{\"id\": 5, \"body\": \"One.\"}\n\n not json\n{\"body\": 3}\n{\"body\": \"\"}\n";
        let reader = Box::new(io::Cursor::new(data.as_bytes().to_vec()));
        let mut jsonl = Jsonl::new(reader, "f.jsonl".into(), "f".into());
        let opts = InputOptions { text_field: "body".into(), ..InputOptions::default() };
        let doc = jsonl.next_item(&opts).unwrap().unwrap();
        assert_eq!((doc.id.as_str(), doc.text.as_str(), doc.line), ("5", "One.", Some(1)));
        let err = jsonl.next_item(&opts).unwrap().unwrap_err();
        assert_eq!((err.kind, err.line), (ErrorKind::NotJson, Some(3)));
        let err = jsonl.next_item(&opts).unwrap().unwrap_err();
        assert_eq!((err.kind, err.line), (ErrorKind::NoTextField, Some(4)));
        let doc = jsonl.next_item(&opts).unwrap().unwrap();
        assert_eq!((doc.id.as_str(), kinds(&doc.errors)), ("f:5", vec!["empty"]));
        assert!(jsonl.next_item(&opts).is_none());
    }
}
