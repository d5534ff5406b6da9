//! `quarry segment`: one record per document with its paragraphs and sentences only.

use quarry::input::RawDocument;
use quarry::output::{self, RecordOptions};

use crate::cmd::batch::{self, BatchArgs};
use crate::cmd::Outcome;

/// Arguments of `quarry segment`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    batch: BatchArgs,
}

/// Runs `quarry segment`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    let opts = RecordOptions {
        sentences: true,
        paragraphs: true,
        extraction: false,
        text: args.batch.with_text,
        sentence_text: args.batch.sentence_text,
    };
    let batch_opts = args.batch.options();
    batch::run(args.batch.inputs(), &batch_opts, |raw: RawDocument| {
        output::process(raw.id, raw.text, &raw.errors, opts)
    })
}
