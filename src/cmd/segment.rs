//! `quarry segment`.

use crate::cmd::Outcome;

/// Arguments of `quarry segment`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `quarry segment`.
pub fn run(_args: Args) -> quarry::Result<Outcome> {
    Ok(Outcome::Ok)
}
