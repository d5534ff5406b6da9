//! Integration tests: `quarry eval`, scoring against gold records.

use serde_json::Value;

use crate::util::{code, json_lines, shared_dir, stdout, Workdir};

/// Two documents: two sentences each, so one boundary each.
const GOLD: &str = r#"{"id": "a", "text": "This is a test. This is only a test.", "sentences": [{"start": 0, "end": 15}, {"start": 16, "end": 36}]}
{"id": "b", "text": "One. Two. Three.", "sentences": [{"start": 0, "end": 4}, {"start": 5, "end": 9}, {"start": 10, "end": 16}]}
"#;

/// Exactly the gold split (b's spans carry their trailing space, which is trimmed).
const PERFECT: &str = r#"{"id": "a", "sentences": [{"start": 0, "end": 15}, {"start": 16, "end": 36}]}
{"id": "b", "sentences": [{"start": 0, "end": 5}, {"start": 5, "end": 10}, {"start": 10, "end": 16}]}
"#;

/// Misses b's second boundary: 2 of 3 boundaries found, none wrong.
const MISSES_ONE: &str = r#"{"id": "a", "sentences": [{"start": 0, "end": 15}, {"start": 16, "end": 36}]}
{"id": "b", "sentences": [{"start": 0, "end": 4}, {"start": 5, "end": 16}]}
"#;

fn json_summary(out: &std::process::Output) -> Value {
    let lines = json_lines(out);
    assert_eq!(lines.len(), 1, "one JSON object: {}", stdout(out));
    lines.into_iter().next().unwrap()
}

#[test]
fn perfect_system_scores_one() {
    let wd = Workdir::new("eval_perfect");
    wd.write("gold.jsonl", GOLD);
    wd.write("system.jsonl", PERFECT);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let table = stdout(&out);
    assert!(table.contains("sentences"), "{table}");
    assert!(table.contains("2/2"), "{table}");
    assert!(table.contains("1.0000"), "{table}");
    assert!(!table.contains("0.0000"), "{table}");

    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--task", "sentences", "system.jsonl", "--json"]);
    assert_eq!(code(&out), 0);
    let json = json_summary(&out);
    assert_eq!(json["f1"], 1.0);
    assert_eq!(json["exact"], 2);
    assert_eq!(json["metrics"]["boundaries"]["tp"], 3);
}

#[test]
fn missed_boundary_lowers_recall_only() {
    let wd = Workdir::new("eval_missed_boundary");
    wd.write("gold.jsonl", GOLD);
    wd.write("system.jsonl", MISSES_ONE);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json = json_summary(&out);
    assert_eq!(json["task"], "sentences");
    assert_eq!(json["documents"], 2);
    assert_eq!(json["exact"], 1);
    assert_eq!(json["precision"], 1.0);
    let recall = json["recall"].as_f64().unwrap();
    assert!((recall - 2.0 / 3.0).abs() < 1e-9, "{json}");
    let f1 = json["f1"].as_f64().unwrap();
    assert!((f1 - 0.8).abs() < 1e-9, "{json}");
    let b = &json["metrics"]["boundaries"];
    assert_eq!((b["tp"].as_u64(), b["fp"].as_u64(), b["fn"].as_u64()), (Some(2), Some(0), Some(1)));

    let table = stdout(&wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl"]));
    assert!(table.contains("1/2") && table.contains("0.6667") && table.contains("0.8000"), "{table}");
}

#[test]
fn min_f1_fails_below_the_threshold() {
    let wd = Workdir::new("eval_min_f1");
    wd.write("gold.jsonl", GOLD);
    wd.write("system.jsonl", MISSES_ONE);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl", "--min-f1", "0.99"]);
    assert_eq!(code(&out), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("below --min-f1"), "{stderr}");
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl", "--min-f1", "0.8"]);
    assert_eq!(code(&out), 0);
}

#[test]
fn show_errors_lists_gold_and_system_sentences() {
    let wd = Workdir::new("eval_show_errors");
    wd.write("gold.jsonl", GOLD);
    wd.write("system.jsonl", MISSES_ONE);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl", "--show-errors"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("== b"), "{text}");
    assert!(text.contains("  Two.\n") && text.contains("  Two. Three.\n"), "{text}");
    assert!(!text.contains("== a"), "{text}");
}

#[test]
fn missing_system_record_counts_as_missed_and_is_reported() {
    let wd = Workdir::new("eval_missing_record");
    wd.write("gold.jsonl", GOLD);
    wd.write("system.jsonl", PERFECT.lines().next().unwrap());
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "system.jsonl", "--json"]);
    assert_eq!(code(&out), 0);
    let json = json_summary(&out);
    assert_eq!(json["missing"][0], "b");
    assert_eq!(json["metrics"]["boundaries"]["fn"], 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no system record") && stderr.contains('b'), "{stderr}");
}

#[test]
fn runs_the_pipeline_without_a_system_file() {
    let wd = Workdir::new("eval_pipeline");
    wd.write(
        "gold.jsonl",
        r#"{"id": "smith", "text": "Mr. Smith went to Washington. He left.", "sentences": [{"start": 0, "end": 29}, {"start": 30, "end": 38}]}"#,
    );
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json = json_summary(&out);
    assert_eq!(json["documents"], 1);
    assert!(json["missing"].as_array().unwrap().is_empty(), "{json}");
    let f1 = json["f1"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&f1), "{json}");
}

#[test]
fn bad_gold_line_names_file_and_line() {
    let wd = Workdir::new("eval_bad_gold");
    let first = GOLD.lines().next().unwrap();
    wd.write("gold.jsonl", format!("{first}\nnot json\n"));
    let out = wd.run(&["eval", "--gold", "gold.jsonl"]);
    assert_eq!(code(&out), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gold.jsonl:2"), "{stderr}");

    wd.write("gold.jsonl", r#"{"id": "x", "sentences": []}"#);
    let out = wd.run(&["eval", "--gold", "gold.jsonl"]);
    assert_eq!(code(&out), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gold.jsonl:1") && stderr.contains("text"), "{stderr}");
}

#[test]
fn gold_without_the_tasks_annotations_is_an_error() {
    let wd = Workdir::new("eval_later_tasks");
    wd.write("gold.jsonl", GOLD);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--task", "quotes"]);
    assert_eq!(code(&out), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gold.jsonl:1") && stderr.contains("quotes"), "{stderr}");
}

#[test]
fn shared_sentence_gold_runs() {
    let Some(shared) = shared_dir() else { return };
    let gold = shared.join("eval").join("sentences-sentencex.jsonl");
    let wd = Workdir::new("eval_shared_sentences");
    let gold = gold.to_str().unwrap();
    let out = wd.run(&["eval", "--gold", gold, "--task", "sentences", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json = json_summary(&out);
    assert_eq!(json["documents"], 233);
}
