//! `quarry extract`: one record per document with its entities, quotes and claims.

use quarry::input::RawDocument;
use quarry::output::{self, RecordOptions};

use crate::cmd::batch::{self, BatchArgs};
use crate::cmd::Outcome;

/// Arguments of `quarry extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    batch: BatchArgs,
    /// Also write each document's sentences.
    #[arg(long)]
    sentences: bool,
}

/// Runs `quarry extract`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    let opts = RecordOptions {
        sentences: args.sentences,
        paragraphs: false,
        extraction: true,
        text: args.batch.with_text,
        sentence_text: args.batch.sentence_text,
    };
    let batch_opts = args.batch.options();
    batch::run(args.batch.inputs(), &batch_opts, |raw: RawDocument| {
        output::process(raw.id, raw.text, &raw.errors, opts)
    })
}
