//! The batch runner shared by `extract` and `segment`: documents in, one JSON object per
//! document out, in input order.
//!
//! Items are pulled from the input in chunks (at most [`CHUNK_DOCS`] documents or about
//! [`CHUNK_BYTES`] of text), each chunk is mapped in parallel on a local rayon pool while
//! the next one is read, and the results are written strictly in input order, so the output
//! is byte-identical whatever `--jobs` is and memory does not grow with the input.
//!
//! An item that could not be read becomes an error line in its place (and a message on
//! standard error), as does a document whose processing panicked (kind `internal`); either
//! makes the run end with [`Outcome::InputErrors`]. A closed standard output (`| head`) ends
//! the run quietly with success.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use quarry::input::{self, InputOptions, Inputs, Item, RawDocument};
use quarry::output::{Format, RecordWriter};
use quarry::record::{ErrorDetail, ErrorLine};
use quarry::{Error, ErrorKind, Record};
use rayon::prelude::*;

use crate::cmd::Outcome;

/// At most this many documents are read ahead and processed together.
pub const CHUNK_DOCS: usize = 256;

/// A chunk is closed once its texts reach this many bytes.
pub const CHUNK_BYTES: usize = 16 << 20;

/// The input, run and output options shared by `extract` and `segment`.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// Text files, JSONL files (`.jsonl`, `.jsonl.gz`), folders, or `-` for standard input
    /// (the default).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The JSONL field holding the text.
    #[arg(long, value_name = "FIELD", default_value = "text")]
    pub text_field: String,
    /// The JSONL field holding the document id (a string or a number).
    #[arg(long, value_name = "FIELD", default_value = "id")]
    pub id_field: String,
    /// Cut texts longer than this at a char boundary (bytes; K, M and G suffixes allowed).
    #[arg(long, value_name = "N", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: usize,
    /// Worker threads (default: one per core); the output is the same whatever it is.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<usize>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// How records are laid out: one per line, or one JSON array.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    pub format: FormatArg,
    /// Also write each document's text.
    #[arg(long)]
    pub with_text: bool,
    /// Also write each sentence's text beside its offsets.
    #[arg(long)]
    pub sentence_text: bool,
}

/// The output layout on the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// One JSON record per line.
    #[default]
    Jsonl,
    /// One JSON array of records.
    Json,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Json => Format::Json,
        }
    }
}

impl BatchArgs {
    /// The documents named on the command line (standard input when none is).
    pub fn inputs(&self) -> Inputs {
        let opts = InputOptions {
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            max_bytes: self.max_bytes,
        };
        if self.paths.is_empty() {
            Inputs::new(["-"], opts)
        } else {
            Inputs::new(self.paths.iter().cloned(), opts)
        }
    }

    /// The run options.
    pub fn options(&self) -> BatchOptions {
        BatchOptions { jobs: self.jobs, output: self.output.clone(), format: self.format.into() }
    }
}

/// How a batch runs and where it writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchOptions {
    /// Worker threads; `None` for one per core.
    pub jobs: Option<usize>,
    /// The output file; `None` for standard output.
    pub output: Option<PathBuf>,
    /// How the records are laid out.
    pub format: Format,
}

/// Runs `work` over every document of `items` and writes one JSON object per item, in
/// input order: the record `work` returns, or an error line.
pub fn run<I, F>(mut items: I, opts: &BatchOptions, work: F) -> quarry::Result<Outcome>
where
    I: Iterator<Item = Item> + Send,
    F: Fn(RawDocument) -> Record + Sync,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(|err| Error::new(ErrorKind::Io, format!("cannot start worker threads: {err}")))?;
    let (out, name): (Box<dyn Write + Send>, PathBuf) = match &opts.output {
        Some(path) => {
            let file = File::create(path).map_err(|err| Error::io(err, path))?;
            (Box::new(BufWriter::with_capacity(1 << 16, file)), path.clone())
        }
        None => (Box::new(BufWriter::with_capacity(1 << 16, io::stdout())), PathBuf::from("-")),
    };
    let mut writer = RecordWriter::new(out, opts.format);
    let result =
        pool.install(|| drive(&mut items, &work, &mut writer)).and_then(|failed| writer.finish().map(|_| failed));
    match result {
        Ok(false) => Ok(Outcome::Ok),
        Ok(true) => Ok(Outcome::InputErrors),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(Outcome::Ok),
        Err(err) => Err(Error::io(err, name)),
    }
}

/// What one item turned into.
enum Done {
    /// A record, serialized.
    Record(String),
    /// An error line, serialized, and the message for standard error.
    Failed { line: String, report: String },
}

/// Reads, processes and writes chunk after chunk; returns whether any item failed.
fn drive<I, F, W>(items: &mut I, work: &F, writer: &mut RecordWriter<W>) -> io::Result<bool>
where
    I: Iterator<Item = Item> + Send,
    F: Fn(RawDocument) -> Record + Sync,
    W: Write,
{
    let mut failed = false;
    let mut chunk = next_chunk(items);
    while !chunk.is_empty() {
        // Read the next chunk while this one is processed.
        let (next, done) = rayon::join(
            || next_chunk(items),
            || chunk.into_par_iter().map(|item| process(item, work)).collect::<Vec<_>>(),
        );
        for done in done {
            match done {
                Done::Record(json) => writer.write_json(&json)?,
                Done::Failed { line, report } => {
                    failed = true;
                    writer.write_json(&line)?;
                    let _ = writeln!(io::stderr(), "quarry: {report}");
                }
            }
        }
        chunk = next;
    }
    Ok(failed)
}

/// Takes the next items, up to [`CHUNK_DOCS`] of them or [`CHUNK_BYTES`] of text.
fn next_chunk(items: &mut impl Iterator<Item = Item>) -> Vec<Item> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < CHUNK_DOCS && bytes < CHUNK_BYTES {
        let Some(item) = items.next() else { break };
        if let Ok(doc) = &item {
            bytes += doc.text.len();
        }
        chunk.push(item);
    }
    chunk
}

/// Runs `work` on one document (a panic becomes an `internal` error line), or turns an
/// unreadable item into its error line.
fn process<F: Fn(RawDocument) -> Record>(item: Item, work: &F) -> Done {
    let doc = match item {
        Ok(doc) => doc,
        Err(err) => {
            let detail = ErrorDetail {
                kind: err.kind.as_str().to_string(),
                message: err.message.clone(),
                file: err.path.as_ref().map(|p| p.display().to_string()),
                line: err.line,
            };
            return failed(input::error_id(&err), detail, err.to_string());
        }
    };
    let (id, file, line) = (doc.id.clone(), doc.file.clone(), doc.line);
    let message = match panic::catch_unwind(AssertUnwindSafe(|| serde_json::to_string(&work(doc)))) {
        Ok(Ok(json)) => return Done::Record(json),
        Ok(Err(err)) => format!("internal error: cannot serialize the record: {err}"),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("a panic");
            format!("internal error (a bug in quarry): {what}")
        }
    };
    let place = match (&file, line) {
        (Some(file), Some(line)) => format!("{file}:{line}: "),
        (Some(file), None) => format!("{file}: "),
        _ => String::new(),
    };
    let report = format!("{place}document `{id}`: {message}");
    failed(id, ErrorDetail { kind: "internal".to_string(), message, file, line }, report)
}

fn failed(id: String, error: ErrorDetail, report: String) -> Done {
    let line = serde_json::to_string(&ErrorLine { id, error })
        // Only strings and numbers: serializing cannot fail.
        .unwrap_or_else(|_| r#"{"id":null,"error":{"kind":"internal","message":"unserializable error line"}}"#.into());
    Done::Failed { line, report }
}

/// Parses a byte count with an optional `K`, `M` or `G` suffix (powers of 1024).
fn parse_size(arg: &str) -> Result<usize, String> {
    let arg = arg.trim();
    let (digits, shift) = match arg.char_indices().last() {
        Some((i, 'k' | 'K')) => (&arg[..i], 10),
        Some((i, 'm' | 'M')) => (&arg[..i], 20),
        Some((i, 'g' | 'G')) => (&arg[..i], 30),
        _ => (arg, 0),
    };
    let n: usize = digits.parse().map_err(|_| format!("`{arg}` is not a byte count like 1000, 64K or 64M"))?;
    n.checked_mul(1 << shift).filter(|&n| n > 0).ok_or_else(|| format!("`{arg}` is not a usable limit"))
}

/// Parses `--jobs`: a positive number.
fn parse_jobs(arg: &str) -> Result<usize, String> {
    match arg.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("`{arg}` is not a positive number of threads")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("12MB").is_err());
    }

    #[test]
    fn a_panic_becomes_an_internal_error_line() {
        let doc = RawDocument {
            id: "d1".into(),
            text: "x".into(),
            errors: vec![],
            file: Some("in.jsonl".into()),
            line: Some(3),
        };
        let done = process(Ok(doc), &|_: RawDocument| -> Record { panic!("stage bug") });
        let Done::Failed { line, report } = done else { panic!("expected an error line") };
        let line: ErrorLine = serde_json::from_str(&line).unwrap();
        assert_eq!(line.id, "d1");
        assert_eq!(line.error.kind, "internal");
        assert_eq!((line.error.file.as_deref(), line.error.line), (Some("in.jsonl"), Some(3)));
        assert!(report.starts_with("in.jsonl:3: document `d1`: internal error"), "{report}");
        assert!(report.contains("stage bug"), "{report}");
    }
}
