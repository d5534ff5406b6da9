//! The batch runner shared by `extract` and `segment`: documents in, one output per
//! document out (a JSON object, table rows or brat files), in input order.
//!
//! Items are pulled from the input in chunks (at most [`CHUNK_DOCS`] documents or about
//! [`CHUNK_BYTES`] of text), each chunk is mapped in parallel on a local rayon pool while
//! the next one is read, and the results are written strictly in input order, so the output
//! is byte-identical whatever `--jobs` is and memory does not grow with the input. Records
//! are laid out (serialized, or turned into rows or brat files) on the worker threads; the
//! writer only appends.
//!
//! On a terminal, standard error shows a progress bar: bytes read, speed, documents, and an
//! ETA when the input's size is known (files, not standard input). `--stats` prints a
//! summary there at the end.
//!
//! An item that could not be read becomes an error line in its place (and a message on
//! standard error), as does a document whose processing panicked (kind `internal`); either
//! makes the run end with [`Outcome::InputErrors`]. A closed standard output (`| head`) ends
//! the run quietly with success.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quarry::input::{self, InputOptions, Inputs, Item, RawDocument};
use quarry::output::brat::{self, BratDocument, BratWriter};
use quarry::output::tables::{self, Delimiter, Table, TableOptions, TableRows, TableWriter};
use quarry::output::{Format, Processed, RecordOptions, RecordWriter};
use quarry::record::{ErrorDetail, ErrorLine};
use quarry::{Error, ErrorKind};
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
    /// Write to this file instead of standard output (for csv, tsv and brat: this folder).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// How records are laid out: JSON lines, one JSON array, CSV or TSV tables (one file per
    /// kind of record, in the folder given by -o), or brat standoff files (in that folder).
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    pub format: FormatArg,
    /// Start each CSV or TSV file with a UTF-8 byte-order mark (Excel needs one to read the
    /// text as UTF-8).
    #[arg(long)]
    pub bom: bool,
    /// Also write each document's text.
    #[arg(long)]
    pub with_text: bool,
    /// Also write each sentence's text beside its offsets.
    #[arg(long)]
    pub sentence_text: bool,
    /// Print a summary on standard error at the end: documents, bytes, speed, records by
    /// type, documents with errors.
    #[arg(long)]
    pub stats: bool,
    /// Show no progress bar (one is shown on standard error only when it is a terminal).
    #[arg(long)]
    pub no_progress: bool,
}

/// The output layout on the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// One JSON record per line.
    #[default]
    Jsonl,
    /// One JSON array of records.
    Json,
    /// CSV tables in a folder: quotes.csv, claims.csv, entities.csv, documents.csv, errors.csv.
    Csv,
    /// The same tables, tab-separated (.tsv).
    Tsv,
    /// brat standoff files in a folder: ID.txt and ID.ann per document, and annotation.conf.
    Brat,
}

impl BatchArgs {
    /// The documents named on the command line (standard input when none is).
    pub fn inputs(&self) -> Inputs {
        let opts = InputOptions {
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            max_bytes: self.max_bytes,
        };
        Inputs::new(self.input_paths(), opts)
    }

    fn input_paths(&self) -> Vec<PathBuf> {
        if self.paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            self.paths.clone()
        }
    }

    /// What each record carries: the parts a subcommand asks for, the text when asked (or
    /// when the format needs it, as brat does), and the sentence texts when asked.
    pub fn record_options(&self, extraction: bool, sentences: bool, paragraphs: bool) -> RecordOptions {
        RecordOptions {
            sentences,
            paragraphs,
            extraction,
            text: self.with_text || self.format == FormatArg::Brat,
            sentence_text: self.sentence_text,
        }
    }

    /// The run options for records with `record`'s parts, read from `inputs`; a format that
    /// writes a folder without `-o DIR`, or `--bom` without a table format, is a usage error.
    pub fn options(&self, inputs: &Inputs, record: &RecordOptions) -> quarry::Result<BatchOptions> {
        let usage = |message: String| Err(Error::new(ErrorKind::Usage, message));
        let delimiter = match self.format {
            FormatArg::Csv => Some(Delimiter::Comma),
            FormatArg::Tsv => Some(Delimiter::Tab),
            _ => None,
        };
        let layout = match (self.format, delimiter) {
            (FormatArg::Jsonl, _) => Layout::Json(Format::Jsonl),
            (FormatArg::Json, _) => Layout::Json(Format::Json),
            (FormatArg::Brat, _) => Layout::Brat,
            (_, Some(delimiter)) => {
                Layout::Tables(TableOptions { delimiter, bom: self.bom }, Table::for_options(record))
            }
            (_, None) => unreachable!("csv and tsv have a delimiter"),
        };
        if self.bom && delimiter.is_none() {
            return usage("--bom applies to --format csv and tsv only".to_string());
        }
        if !matches!(layout, Layout::Json(_)) && self.output.is_none() {
            let files = match self.format {
                FormatArg::Brat => "ID.txt and ID.ann per document, and annotation.conf".to_string(),
                _ => {
                    let ext = delimiter.unwrap_or_default().extension();
                    format!("quotes.{ext}, claims.{ext}, entities.{ext}, … one per kind of record")
                }
            };
            let format = format!("{:?}", self.format).to_lowercase();
            return usage(format!("--format {format} writes a folder of files ({files}): give it with -o DIR"));
        }
        let progress = !self.no_progress && io::stderr().is_terminal();
        Ok(BatchOptions {
            jobs: self.jobs,
            output: self.output.clone(),
            layout,
            stats: self.stats,
            progress: progress
                .then(|| ProgressSource { read: inputs.bytes_read(), total: input::total_size(&self.input_paths()) }),
        })
    }
}

/// How records are laid out, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// JSON objects, into a file or standard output.
    Json(Format),
    /// Tables, one file per kind of record, into a folder.
    Tables(TableOptions, Vec<Table>),
    /// brat standoff files, into a folder.
    Brat,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout::Json(Format::Jsonl)
    }
}

/// Where a progress bar reads how far the input is.
#[derive(Clone, Debug)]
pub struct ProgressSource {
    /// The bytes read so far from the inputs ([`Inputs::bytes_read`]).
    pub read: Arc<AtomicU64>,
    /// The bytes the inputs hold, when known in advance (files, not standard input).
    pub total: Option<u64>,
}

/// How a batch runs and where it writes.
#[derive(Clone, Debug, Default)]
pub struct BatchOptions {
    /// Worker threads; `None` for one per core.
    pub jobs: Option<usize>,
    /// The output file or folder; `None` for standard output.
    pub output: Option<PathBuf>,
    /// How the records are laid out.
    pub layout: Layout,
    /// Print a summary on standard error at the end.
    pub stats: bool,
    /// Show a progress bar on standard error, reading the input's progress from here.
    pub progress: Option<ProgressSource>,
}

/// Where the records go: the writer of the chosen layout.
enum Sink {
    Json(RecordWriter<Box<dyn Write + Send>>),
    Tables(TableWriter),
    Brat(Box<BratWriter>),
}

impl Sink {
    /// Opens the output of `opts`; returns the sink and the name errors are reported under.
    fn open(opts: &BatchOptions) -> quarry::Result<(Sink, PathBuf)> {
        let folder = || opts.output.clone().unwrap_or_else(|| PathBuf::from("."));
        Ok(match &opts.layout {
            Layout::Json(format) => {
                let (out, name): (Box<dyn Write + Send>, PathBuf) = match &opts.output {
                    Some(path) => {
                        let file = File::create(path).map_err(|err| Error::io(err, path))?;
                        (Box::new(BufWriter::with_capacity(1 << 16, file)), path.clone())
                    }
                    None => (Box::new(BufWriter::with_capacity(1 << 16, io::stdout())), PathBuf::from("-")),
                };
                (Sink::Json(RecordWriter::new(out, *format)), name)
            }
            Layout::Tables(table_opts, tables) => {
                (Sink::Tables(TableWriter::create(&folder(), tables, *table_opts)?), folder())
            }
            Layout::Brat => (Sink::Brat(Box::new(BratWriter::create(&folder())?)), folder()),
        })
    }

    fn write(&mut self, out: &Prepared) -> io::Result<()> {
        match (self, out) {
            (Sink::Json(w), Prepared::Json(json)) => w.write_json(json),
            (Sink::Tables(w), Prepared::Rows(rows)) => w.write_rows(rows),
            (Sink::Brat(w), Prepared::Brat(doc)) => w.write(doc),
            (Sink::Brat(w), Prepared::Rows(rows)) => {
                rows.rows.iter().filter(|(t, _)| *t == Table::Errors).try_for_each(|(_, b)| w.write_error_rows(b))
            }
            // Items are prepared for the sink's own layout.
            _ => Ok(()),
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Json(w) => w.finish().map(drop),
            Sink::Tables(w) => w.finish(),
            Sink::Brat(w) => w.finish(),
        }
    }
}

/// Runs `work` over every document of `items` and writes the output of each, in input
/// order: the record of the document `work` processed, or an error line (an error row).
pub fn run<I, F>(mut items: I, opts: &BatchOptions, work: F) -> quarry::Result<Outcome>
where
    I: Iterator<Item = Item> + Send,
    F: Fn(RawDocument) -> Processed + Sync,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(|err| Error::new(ErrorKind::Io, format!("cannot start worker threads: {err}")))?;
    let (mut sink, name) = Sink::open(opts)?;
    let mut report = Report::new(opts);
    let result = pool
        .install(|| drive(&mut items, &work, &opts.layout, &mut sink, &mut report))
        .and_then(|failed| sink.finish().map(|_| failed));
    report.finish();
    match result {
        Ok(false) => Ok(Outcome::Ok),
        Ok(true) => Ok(Outcome::InputErrors),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(Outcome::Ok),
        Err(err) => Err(Error::io(err, name)),
    }
}

/// One item's output, made on a worker thread in the sink's layout.
enum Prepared {
    /// A JSON object (a record or an error line), as UTF-8 bytes.
    Json(Vec<u8>),
    /// Table rows (a record's, or an unreadable document's error row).
    Rows(TableRows),
    /// A document's brat files.
    Brat(BratDocument),
}

/// What one item turned into.
enum Done {
    /// A record, prepared, and what it holds.
    Record(Prepared, Counts),
    /// An error line, prepared, and the message for standard error.
    Failed { out: Prepared, report: String },
}

/// What one document adds to the `--stats` summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    bytes: u64,
    entities: u64,
    mentions: u64,
    quotes: u64,
    claims: u64,
    sentences: u64,
    paragraphs: u64,
    /// The document had reading problems (its record has errors).
    troubled: bool,
}

impl Counts {
    fn of(done: &Processed, bytes: usize) -> Counts {
        let (opts, x) = (done.opts, &done.extraction);
        let count = |wanted: bool, n: usize| if wanted { n as u64 } else { 0 };
        Counts {
            bytes: bytes as u64,
            entities: count(opts.extraction, x.entities.entities.len()),
            mentions: count(opts.extraction, x.entities.mentions.len()),
            quotes: count(opts.extraction, x.quotes.len()),
            claims: count(opts.extraction, x.claims.len()),
            sentences: count(opts.sentences, done.doc.sentences().len()),
            paragraphs: count(opts.paragraphs, done.doc.paragraphs().len()),
            troubled: !done.errors.is_empty(),
        }
    }
}

/// The progress bar and the `--stats` totals of a run.
struct Report {
    started: Instant,
    stats: bool,
    bar: Option<(ProgressBar, ProgressSource)>,
    documents: u64,
    unreadable: u64,
    troubled: u64,
    totals: Counts,
}

impl Report {
    fn new(opts: &BatchOptions) -> Report {
        let bar = opts.progress.clone().map(|source| {
            let bar = match source.total {
                Some(total) => {
                    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}, ETA {eta}, {msg}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                    );
                    bar
                }
                None => {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {elapsed_precise} {bytes} {bytes_per_sec}, {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    bar
                }
            };
            bar.enable_steady_tick(Duration::from_millis(250));
            (bar, source)
        });
        Report {
            started: Instant::now(),
            stats: opts.stats,
            bar,
            documents: 0,
            unreadable: 0,
            troubled: 0,
            totals: Counts::default(),
        }
    }

    fn record(&mut self, c: &Counts) {
        self.documents += 1;
        self.troubled += u64::from(c.troubled);
        let t = &mut self.totals;
        t.bytes += c.bytes;
        t.entities += c.entities;
        t.mentions += c.mentions;
        t.quotes += c.quotes;
        t.claims += c.claims;
        t.sentences += c.sentences;
        t.paragraphs += c.paragraphs;
    }

    fn failed(&mut self) {
        self.documents += 1;
        self.unreadable += 1;
    }

    /// Brings the bar up to date after a chunk was written.
    fn tick(&self) {
        if let Some((bar, source)) = &self.bar {
            bar.set_position(source.read.load(Ordering::Relaxed));
            bar.set_message(format!("{} documents", self.documents));
        }
    }

    /// Clears the bar and prints the summary if asked.
    fn finish(&self) {
        if let Some((bar, _)) = &self.bar {
            bar.finish_and_clear();
        }
        if self.stats {
            let _ = io::stderr().write_all(self.summary(self.started.elapsed()).as_bytes());
        }
    }

    /// The `--stats` summary.
    fn summary(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let t = &self.totals;
        let mb = t.bytes as f64 / 1e6;
        let mut out = String::from("quarry: stats\n");
        let mut line = |name: &str, value: String| out.push_str(&format!("  {name:<12} {value}\n"));
        line(
            "documents",
            format!(
                "{} ({} unreadable, {} with reading problems; {:.0} documents/s)",
                self.documents,
                self.unreadable,
                self.troubled,
                self.documents as f64 / secs
            ),
        );
        line("text", format!("{} bytes ({mb:.2} MB) in {:.2} s, {:.2} MB/s", t.bytes, secs, mb / secs));
        let parts: [(&str, u64, bool); 6] = [
            ("entities", t.entities, t.entities > 0 || t.mentions > 0),
            ("mentions", t.mentions, t.mentions > 0),
            ("quotes", t.quotes, t.quotes > 0),
            ("claims", t.claims, t.claims > 0),
            ("sentences", t.sentences, t.sentences > 0),
            ("paragraphs", t.paragraphs, t.paragraphs > 0),
        ];
        for (name, n, _) in parts.iter().filter(|p| p.2) {
            line(name, n.to_string());
        }
        out
    }
}

/// Reads, processes and writes chunk after chunk; returns whether any item failed.
fn drive<I, F>(items: &mut I, work: &F, layout: &Layout, sink: &mut Sink, report: &mut Report) -> io::Result<bool>
where
    I: Iterator<Item = Item> + Send,
    F: Fn(RawDocument) -> Processed + Sync,
{
    let mut failed = false;
    let mut chunk = next_chunk(items);
    while !chunk.is_empty() {
        // Read the next chunk while this one is processed.
        let (next, done) = rayon::join(
            || next_chunk(items),
            || chunk.into_par_iter().map(|item| process(item, work, layout)).collect::<Vec<_>>(),
        );
        for done in done {
            match done {
                Done::Record(out, counts) => {
                    sink.write(&out)?;
                    report.record(&counts);
                }
                Done::Failed { out, report: message } => {
                    failed = true;
                    sink.write(&out)?;
                    report.failed();
                    let _ = writeln!(io::stderr(), "quarry: {message}");
                }
            }
        }
        report.tick();
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

/// Lays a processed document out for the sink: its JSON (written straight from the
/// document), or the rows or brat files of its record.
fn prepare(done: &Processed, layout: &Layout, file: Option<&str>, line: Option<u64>) -> Result<Prepared, String> {
    match layout {
        Layout::Json(_) => {
            // `write_json` reserves what the record needs.
            let mut out = Vec::new();
            done.write_json(&mut out).map_err(|err| format!("internal error: cannot serialize the record: {err}"))?;
            Ok(Prepared::Json(out))
        }
        Layout::Tables(table_opts, tables) => {
            tables::record_rows(&done.record(), tables, table_opts.delimiter, file, line)
                .map(Prepared::Rows)
                .map_err(|err| format!("internal error: cannot lay out the rows: {err}"))
        }
        Layout::Brat => {
            let record = done.record();
            let mut doc = brat::brat_document(&record);
            doc.error_rows = brat::error_rows(&record, file, line)
                .map_err(|err| format!("internal error: cannot lay out the error rows: {err}"))?;
            Ok(Prepared::Brat(doc))
        }
    }
}

/// Runs `work` on one document (a panic becomes an `internal` error line), or turns an
/// unreadable item into its error line.
fn process<F: Fn(RawDocument) -> Processed>(item: Item, work: &F, layout: &Layout) -> Done {
    let doc = match item {
        Ok(doc) => doc,
        Err(err) => {
            let detail = ErrorDetail {
                kind: err.kind.as_str().to_string(),
                message: err.message.clone(),
                file: err.path.as_ref().map(|p| p.display().to_string()),
                line: err.line,
            };
            return failed(input::error_id(&err), detail, err.to_string(), layout);
        }
    };
    let (id, file, line, bytes) = (doc.id.clone(), doc.file.clone(), doc.line, doc.text.len());
    let run = || {
        let done = work(doc);
        prepare(&done, layout, file.as_deref(), line).map(|out| (out, Counts::of(&done, bytes)))
    };
    let message = match panic::catch_unwind(AssertUnwindSafe(run)) {
        Ok(Ok((out, counts))) => return Done::Record(out, counts),
        Ok(Err(message)) => message,
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
    failed(id, ErrorDetail { kind: "internal".to_string(), message, file, line }, report, layout)
}

fn failed(id: String, error: ErrorDetail, report: String, layout: &Layout) -> Done {
    let line = ErrorLine { id, error };
    let out = match layout {
        Layout::Json(_) => Prepared::Json(
            serde_json::to_vec(&line)
                // Only strings and numbers: serializing cannot fail.
                .unwrap_or_else(|_| {
                    br#"{"id":null,"error":{"kind":"internal","message":"unserializable error line"}}"#.to_vec()
                }),
        ),
        // Only strings and numbers into memory: laying them out cannot fail.
        Layout::Tables(table_opts, tables) => {
            Prepared::Rows(tables::unreadable_rows(&line, tables, table_opts.delimiter).unwrap_or_default())
        }
        Layout::Brat => {
            Prepared::Rows(tables::unreadable_rows(&line, &[Table::Errors], Delimiter::Comma).unwrap_or_default())
        }
    };
    Done::Failed { out, report }
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
        let done = process(Ok(doc), &|_: RawDocument| -> Processed { panic!("stage bug") }, &Layout::default());
        let Done::Failed { out: Prepared::Json(line), report } = done else { panic!("expected an error line") };
        let line: ErrorLine = serde_json::from_slice(&line).unwrap();
        assert_eq!(line.id, "d1");
        assert_eq!(line.error.kind, "internal");
        assert_eq!((line.error.file.as_deref(), line.error.line), (Some("in.jsonl"), Some(3)));
        assert!(report.starts_with("in.jsonl:3: document `d1`: internal error"), "{report}");
        assert!(report.contains("stage bug"), "{report}");
    }
}
