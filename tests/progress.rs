//! Integration tests: what `extract` and `segment` print on standard error: a progress bar
//! only on a terminal, and the `--stats` summary when asked.

use crate::util::{code, json_lines, stdout, Workdir};

const FEED: &str = concat!(
    "{\"id\": \"a\", \"text\": \"“Prices rose 5%,” said Ana Müller. Sales fell 3% in May.\"}\n",
    "not json\n",
    "{\"id\": \"c\", \"text\": \"Bob Stone said the plant would close.\"}\n",
);

#[test]
fn stats_summarise_the_run_on_standard_error_only() {
    let wd = Workdir::new("progress_stats");
    wd.write("feed.jsonl", FEED);
    let plain = wd.run(&["extract", "feed.jsonl"]);
    let out = wd.run(&["extract", "feed.jsonl", "--stats"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), stdout(&plain), "standard output is the same with --stats");
    let records = json_lines(&out);
    let count = |field: &str| -> usize { records.iter().filter_map(|r| r[field].as_array()).map(Vec::len).sum() };
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = |name: &str| stderr.lines().map(str::trim).find(|l| l.starts_with(name)).unwrap_or_default().to_string();
    assert!(line("documents").contains("3 (1 unreadable, 0 with reading problems"), "{stderr}");
    let bytes: usize =
        ["“Prices rose 5%,” said Ana Müller. Sales fell 3% in May.", "Bob Stone said the plant would close."]
            .iter()
            .map(|t| t.len())
            .sum();
    assert!(line("text").starts_with(&format!("text         {bytes} bytes")), "{stderr}");
    assert!(line("text").contains("MB/s"), "{stderr}");
    assert_eq!(line("quotes"), format!("quotes       {}", count("quotes")), "{stderr}");
    assert_eq!(line("claims"), format!("claims       {}", count("claims")), "{stderr}");
    assert!(count("claims") >= 2, "{}", stdout(&out));
}

#[test]
fn no_progress_when_standard_error_is_not_a_terminal() {
    let wd = Workdir::new("progress_pipe");
    wd.write("a.txt", "Ana Müller said sales rose 5%.");
    for command in ["extract", "segment"] {
        let out = wd.run(&[command, "a.txt"]);
        assert_eq!(code(&out), 0);
        assert!(out.stderr.is_empty(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn segment_stats_count_sentences_and_paragraphs() {
    let wd = Workdir::new("progress_segment");
    wd.write("a.txt", "Headline\n\nOne. Two.\n\nThree.");
    let out = wd.run(&["segment", "a.txt", "--stats", "--format", "csv", "-o", "out"]);
    assert_eq!(code(&out), 0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("sentences    4\n") && stderr.contains("paragraphs   3\n"), "{stderr}");
    assert!(!stderr.contains("quotes"), "segment finds no quotes: {stderr}");
}
