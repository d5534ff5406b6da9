//! `quarry check`.

use crate::cmd::Outcome;

/// Arguments of `quarry check`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `quarry check`.
pub fn run(_args: Args) -> quarry::Result<Outcome> {
    Ok(Outcome::Ok)
}
