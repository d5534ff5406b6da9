//! The `quarry` command line.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

use cmd::Outcome;

/// Extracts attributed quotes, numeric claims and entity mentions from English news text.
#[derive(Debug, Parser)]
#[command(name = "quarry", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract quotes, claims and entities: one JSON record per document, in input order.
    Extract(cmd::extract::Args),
    /// Split documents into paragraphs and sentences only.
    Segment(cmd::segment::Args),
    /// Re-extract fixture articles and compare with their expected records.
    Check(cmd::check::Args),
    /// Score extraction against gold records.
    Eval(cmd::eval::Args),
    /// Write one article as an HTML page with its quotes, claims and entities marked.
    Show(cmd::show::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Segment(args) => cmd::segment::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Show(args) => cmd::show::run(args),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Ok(Outcome::InputErrors) => ExitCode::from(2),
        // A closed pipe (`quarry extract … | head`) is not a failure.
        Err(err) if err.kind == quarry::ErrorKind::Io && err.message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "quarry: {err}");
            ExitCode::from(2)
        }
    }
}
