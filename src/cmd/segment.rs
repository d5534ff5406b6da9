//! `quarry segment`: one record per document with its paragraphs and sentences only.

use quarry::input::RawDocument;
use quarry::output::Processed;

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
    let opts = args.batch.record_options(false, true, true);
    let inputs = args.batch.inputs();
    let batch_opts = args.batch.options(&inputs, &opts)?;
    batch::run(inputs, &batch_opts, |raw: RawDocument| Processed::new(raw.id, raw.text, raw.errors, opts))
}
