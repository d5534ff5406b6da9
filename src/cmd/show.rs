//! `quarry show`: one article as a self-contained HTML page, its quotes, claims and
//! entities marked.

use std::fs;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use quarry::input::{InputOptions, Inputs, DEFAULT_MAX_BYTES};
use quarry::{Error, ErrorKind};

use crate::cmd::Outcome;

/// Arguments of `quarry show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article: a text file, a JSONL file (`.jsonl`, `.jsonl.gz`) of which the first
    /// document is shown (or the one `--id` names), or `-` for standard input.
    #[arg(value_name = "ARTICLE")]
    article: PathBuf,
    /// Show the document with this id (from a JSONL file).
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// Write the page to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// The JSONL field holding the text.
    #[arg(long, value_name = "FIELD", default_value = "text")]
    text_field: String,
    /// The JSONL field holding the document id.
    #[arg(long, value_name = "FIELD", default_value = "id")]
    id_field: String,
}

/// Runs `quarry show`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    let opts = InputOptions { text_field: args.text_field, id_field: args.id_field, max_bytes: DEFAULT_MAX_BYTES };
    let mut unreadable = 0usize;
    let mut found = None;
    for item in Inputs::new([args.article.clone()], opts) {
        match item {
            Ok(doc) if args.id.as_ref().is_none_or(|id| *id == doc.id) => {
                found = Some(doc);
                break;
            }
            Ok(_) => {}
            Err(err) => {
                // Skipped, as a batch would, but said: the article may be the unreadable one.
                unreadable += 1;
                let _ = writeln!(io::stderr(), "quarry: {err}");
            }
        }
    }
    let Some(doc) = found else {
        let what = match &args.id {
            Some(id) => format!("no readable document with id `{id}`"),
            None => "no readable document".to_string(),
        };
        return Err(Error::new(ErrorKind::Usage, what).at(args.article));
    };
    let id = doc.id.clone();
    let page = panic::catch_unwind(AssertUnwindSafe(|| quarry::html::show(doc.id, doc.text, &doc.errors)))
        .map_err(|_| Error::new(ErrorKind::Io, format!("internal error (a bug in quarry) on document `{id}`")))?;
    match &args.output {
        Some(path) => fs::write(path, page).map_err(|err| Error::io(err, path))?,
        None => {
            let mut out = io::stdout().lock();
            match out.write_all(page.as_bytes()).and_then(|()| out.flush()) {
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {}
                result => result.map_err(|err| Error::io(err, "-"))?,
            }
        }
    }
    Ok(if unreadable > 0 { Outcome::InputErrors } else { Outcome::Ok })
}
