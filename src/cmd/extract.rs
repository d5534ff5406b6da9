//! `quarry extract`: one record per document with its entities, quotes and claims.

use quarry::input::RawDocument;
use quarry::output::{self, RecordOptions};

use crate::cmd::batch::{self, BatchArgs, FormatArg};
use crate::cmd::Outcome;

/// Arguments of `quarry extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    batch: BatchArgs,
    /// How records are laid out: one per line, or one JSON array.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    format: FormatArg,
    /// Also write each document's sentences.
    #[arg(long)]
    sentences: bool,
    /// Also write each document's text.
    #[arg(long)]
    with_text: bool,
    /// Also write each sentence's text beside its offsets.
    #[arg(long)]
    sentence_text: bool,
}

/// Runs `quarry extract`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    let opts = RecordOptions {
        sentences: args.sentences,
        paragraphs: false,
        extraction: true,
        text: args.with_text,
        sentence_text: args.sentence_text,
    };
    let batch_opts = args.batch.options(args.format.into());
    batch::run(args.batch.inputs(), &batch_opts, |raw: RawDocument| {
        output::process(raw.id, raw.text, &raw.errors, opts)
    })
}
