//! `quarry eval`.

use crate::cmd::Outcome;

/// Arguments of `quarry eval`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `quarry eval`.
pub fn run(_args: Args) -> quarry::Result<Outcome> {
    Ok(Outcome::Ok)
}
