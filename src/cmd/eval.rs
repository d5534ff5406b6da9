//! `quarry eval`: score extraction against gold records.
//!
//! Reads gold records (JSONL in quarry's record format, with `text`), gets the system's
//! records either from a SYSTEM.jsonl file (matched by id) or by running the pipeline on
//! each gold text, and prints a table (or one JSON object with `--json`) to stdout.
//! `--min-f1` turns the primary score into a pass/fail gate for CI (exit 1 below it).

use std::io::Write;
use std::path::PathBuf;

use quarry::eval::{self, Task};
use quarry::{Error, ErrorKind};

use crate::cmd::Outcome;

/// Arguments of `quarry eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold records: JSONL, one record with `id` and `text` per line.
    #[arg(long, value_name = "GOLD.jsonl")]
    pub gold: PathBuf,
    /// What to score: sentences, entities, quotes or claims.
    #[arg(long, value_name = "TASK", default_value = "sentences", value_parser = parse_task)]
    pub task: Task,
    /// System records to score (what `quarry extract --sentences` wrote), matched to the
    /// gold by id; without it the pipeline runs on the gold texts.
    #[arg(value_name = "SYSTEM.jsonl")]
    pub system: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) when the primary F1 is below this value (the first row of the table).
    #[arg(long, value_name = "X")]
    pub min_f1: Option<f64>,
    /// List every document not exactly right, gold against system (after the table, or on
    /// stderr with --json).
    #[arg(long)]
    pub show_errors: bool,
}

fn parse_task(s: &str) -> Result<Task, String> {
    s.parse::<Task>().map_err(|e| e.message)
}

/// Runs `quarry eval`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    args.task.ensure_scored()?;
    if let Some(x) = args.min_f1 {
        if !(0.0..=1.0).contains(&x) {
            return Err(Error::new(ErrorKind::Usage, format!("--min-f1 must be between 0 and 1, not {x}")));
        }
    }
    let gold = eval::read_gold(&args.gold, args.task)?;
    let system = match &args.system {
        Some(path) => eval::read_system(path)?,
        None => eval::system_records(&gold),
    };
    let summary = eval::evaluate(args.task, &gold, &system)?;

    let mut err = std::io::stderr().lock();
    if gold.is_empty() {
        let _ = writeln!(err, "quarry: warning: {} holds no gold records", args.gold.display());
    }
    if !summary.missing.is_empty() {
        let _ = writeln!(
            err,
            "quarry: warning: {} gold documents have no system record (all their items count \
             as missed): {}",
            summary.missing.len(),
            some_ids(&summary.missing)
        );
    }
    let panicked: Vec<String> =
        system.iter().filter(|r| r.errors.iter().any(|e| e.kind == eval::PANIC_ERROR)).map(|r| r.id.clone()).collect();
    if !panicked.is_empty() {
        let _ = writeln!(
            err,
            "quarry: warning: the pipeline panicked on {} documents (a bug; scored as all \
             missed): {}",
            panicked.len(),
            some_ids(&panicked)
        );
    }
    if !summary.unmatched.is_empty() {
        let _ = writeln!(
            err,
            "quarry: warning: {} system records have no gold document and were not scored: {}",
            summary.unmatched.len(),
            some_ids(&summary.unmatched)
        );
    }

    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", summary.to_json(args.show_errors)).map_err(stdout_error)?;
        if args.show_errors {
            let _ = write!(err, "{}", summary.errors_listing());
        }
    } else {
        write!(out, "{}", summary.table()).map_err(stdout_error)?;
        if args.show_errors && !summary.wrong.is_empty() {
            write!(out, "\n{}", summary.errors_listing()).map_err(stdout_error)?;
        }
    }
    out.flush().map_err(stdout_error)?;

    if let Some(min) = args.min_f1 {
        let primary = summary.primary();
        let f1 = primary.prf.f1();
        if f1 < min {
            let _ = writeln!(err, "quarry: {} {} F1 {f1:.4} is below --min-f1 {min}", summary.task, primary.name);
            return Ok(Outcome::Failed);
        }
    }
    Ok(Outcome::Ok)
}

/// The first few ids, comma-separated.
fn some_ids(ids: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut s = ids.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if ids.len() > SHOWN {
        s.push_str(&format!(", … ({} more)", ids.len() - SHOWN));
    }
    s
}

fn stdout_error(e: std::io::Error) -> Error {
    Error::new(ErrorKind::Io, format!("writing to standard output: {e}"))
}
