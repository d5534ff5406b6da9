//! `quarry extract`: one record per document with its entities, quotes and claims.

use quarry::input::RawDocument;
use quarry::output::Processed;

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
    let opts = args.batch.record_options(true, args.sentences, false);
    let inputs = args.batch.inputs();
    let batch_opts = args.batch.options(&inputs, &opts)?;
    batch::run(inputs, &batch_opts, |raw: RawDocument| Processed::new(raw.id, raw.text, raw.errors, opts))
}
