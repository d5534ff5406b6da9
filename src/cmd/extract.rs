//! `quarry extract`.

use crate::cmd::Outcome;

/// Arguments of `quarry extract`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `quarry extract`.
pub fn run(_args: Args) -> quarry::Result<Outcome> {
    Ok(Outcome::Ok)
}
