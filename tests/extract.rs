//! Integration tests: `quarry extract` on every kind of input, its output formats, and its
//! guarantees (input order, the same bytes whatever `--jobs` is, code-point offsets).

use std::io::Write;

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, stdout, Workdir};

/// Writes `lines` as a gzip file of one member.
fn gzip(lines: &str) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(lines.as_bytes()).unwrap();
    gz.finish().unwrap()
}

fn ids(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| r["id"].as_str().expect("every line has a string id")).collect()
}

fn texts(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| r["text"].as_str().expect("run with --with-text")).collect()
}

/// Checks that every sentence's offsets cover exactly its text, as code points.
fn assert_sentences_cover_their_text(record: &Value, text: &str) {
    let sentences = record["sentences"].as_array().expect("run with --sentences");
    assert!(!sentences.is_empty(), "no sentences in {record}");
    let chars = text.chars().count();
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert!(start <= end && end <= chars, "sentence {s} out of the text's {chars} code points");
        assert_eq!(char_slice(text, start, end), s["text"].as_str().unwrap(), "sentence {s}");
    }
}

#[test]
fn txt_file_is_one_record_named_after_its_stem() {
    let wd = Workdir::new("extract_txt_file");
    let text = "Huawei said on Monday that sales rose. Mr. Ren declined to comment.\n";
    wd.write("story.txt", text);
    let out = wd.run(&["extract", "story.txt", "--sentences", "--sentence-text"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["story"]);
    let rec = &records[0];
    assert_eq!(rec["schema"], "quarry/1");
    for field in ["entities", "quotes", "claims"] {
        assert!(rec[field].is_array(), "{field} missing from {rec}");
    }
    assert_eq!(rec["errors"], serde_json::json!([]));
    assert!(rec.get("text").is_none(), "text written without --with-text");
    assert!(rec.get("paragraphs").is_none(), "extract writes no paragraphs");
    assert_sentences_cover_their_text(rec, text);
    let sentences = rec["sentences"].as_array().unwrap();
    assert!(sentences[0]["text"].as_str().unwrap().starts_with("Huawei said on Monday"));
    assert!(sentences.last().unwrap()["text"].as_str().unwrap().trim_end().ends_with("declined to comment."));
}

#[test]
fn without_sentences_flag_no_sentences_are_written() {
    let wd = Workdir::new("extract_no_sentences");
    wd.write("a.txt", "One sentence. Two sentences.");
    let out = wd.run(&["extract", "a.txt"]);
    assert_eq!(code(&out), 0);
    let records = json_lines(&out);
    assert!(records[0].get("sentences").is_none(), "{}", records[0]);
}

#[test]
fn folder_is_walked_in_sorted_order_with_mixed_inputs() {
    let wd = Workdir::new("extract_folder");
    wd.write("corpus/c.txt", "Text of c.");
    wd.write("corpus/c.expected.json", "{\"id\": \"not an input\"}");
    wd.write("corpus/notes.md", "Not an input.");
    wd.write("corpus/.hidden.txt", "Hidden.");
    wd.write("corpus/.git/x.txt", "Hidden folder.");
    wd.write("corpus/z.jsonl.gz", gzip("{\"id\": \"z1\", \"text\": \"Gzipped one.\"}\n"));
    wd.write("corpus/a/b.txt", "Text of a/b.");
    wd.write("corpus/a.txt", "Text of a.");
    wd.write(
        "corpus/a.jsonl",
        "{\"id\": \"a1\", \"text\": \"Line one.\"}\n{\"id\": \"a2\", \"text\": \"Line two.\"}\n",
    );
    wd.write("corpus/B.txt", "Text of B.");
    let out = wd.run(&["extract", "corpus", "--with-text"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    // Byte-wise path order: `B` < `a.jsonl` < `a.txt` < `a/b.txt` (`.` sorts before `/`).
    assert_eq!(ids(&records), ["B", "a1", "a2", "a", "b", "c", "z1"]);
    assert_eq!(
        texts(&records),
        ["Text of B.", "Line one.", "Line two.", "Text of a.", "Text of a/b.", "Text of c.", "Gzipped one."]
    );
}

#[test]
fn explicit_paths_keep_their_order() {
    let wd = Workdir::new("extract_explicit_order");
    wd.write("z.txt", "Zed.");
    wd.write("a.txt", "Ay.");
    let out = wd.run(&["extract", "z.txt", "a.txt"]);
    assert_eq!(code(&out), 0);
    assert_eq!(ids(&json_lines(&out)), ["z", "a"]);
}

#[test]
fn jsonl_with_custom_text_and_id_fields() {
    let wd = Workdir::new("extract_jsonl_fields");
    let lines = [
        r#"{"doc_id": "x1", "body": "First body.", "text": "not this"}"#,
        r#"{"doc_id": 42, "body": "Second body."}"#,
        r#"{"body": "No id here."}"#,
        "",
        r#"{"doc_id": "x5", "body": "After a blank line.", "extra": {"nested": [1, 2]}}"#,
    ];
    wd.write("feed.jsonl", lines.join("\n") + "\n");
    let out = wd.run(&["extract", "feed.jsonl", "--text-field", "body", "--id-field", "doc_id", "--with-text"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    // A missing id becomes `<file stem>:<line>`; blank lines still count.
    assert_eq!(ids(&records), ["x1", "42", "feed:3", "x5"]);
    assert_eq!(texts(&records), ["First body.", "Second body.", "No id here.", "After a blank line."]);
}

#[test]
fn jsonl_gz_with_several_members() {
    let wd = Workdir::new("extract_jsonl_gz");
    let mut data = gzip("{\"id\": \"g1\", \"text\": \"Compressed “one”.\"}\n{\"id\": \"g2\", \"text\": \"Two.\"}\n");
    // A second gzip member, as `cat a.gz b.gz` makes.
    data.extend(gzip("{\"id\": \"g3\", \"text\": \"Three.\"}\n"));
    wd.write("wire.jsonl.gz", data);
    let out = wd.run(&["extract", "wire.jsonl.gz", "--with-text"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["g1", "g2", "g3"]);
    assert_eq!(texts(&records), ["Compressed “one”.", "Two.", "Three."]);
}

#[test]
fn stdin_as_text() {
    let wd = Workdir::new("extract_stdin_text");
    // Leading white space is kept, so offsets still index the text as given.
    let text = "\n  The minister said “no”. He left.\n";
    for args in [
        &["extract", "--with-text", "--sentences", "--sentence-text"][..],
        &["extract", "-", "--with-text", "--sentences", "--sentence-text"],
    ] {
        let out = wd.run_with_stdin(args, text.as_bytes());
        assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
        let records = json_lines(&out);
        assert_eq!(ids(&records), ["stdin"]);
        assert_eq!(texts(&records), [text]);
        assert_sentences_cover_their_text(&records[0], text);
        assert!(records[0]["sentences"][0]["text"].as_str().unwrap().starts_with("The minister said"));
    }
}

#[test]
fn stdin_as_jsonl() {
    let wd = Workdir::new("extract_stdin_jsonl");
    let input = "\n  {\"id\": \"s1\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n";
    let out = wd.run_with_stdin(&["extract", "-", "--with-text"], input.as_bytes());
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["s1", "stdin:3"]);
    assert_eq!(texts(&records), ["One.", "Two."]);
}

#[test]
fn format_json_is_one_array() {
    let wd = Workdir::new("extract_format_json");
    wd.write("feed.jsonl", "{\"id\": \"j1\", \"text\": \"One.\"}\nnot json\n{\"id\": \"j3\", \"text\": \"Three.\"}\n");
    let out = wd.run(&["extract", "feed.jsonl", "--format", "json"]);
    assert_eq!(code(&out), 2, "the bad line makes the exit code 2");
    let value: Value = serde_json::from_str(&stdout(&out)).expect("the output is one JSON document");
    let array = value.as_array().expect("the output is an array");
    assert_eq!(ids(array), ["j1", "feed:2", "j3"]);
    assert_eq!(array[1]["error"]["kind"], "not_json");
    assert!(array[0]["quotes"].is_array());

    // No documents at all: still an array.
    std::fs::create_dir_all(wd.path("empty")).unwrap();
    let out = wd.run(&["extract", "empty", "--format", "json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&out)).unwrap(), serde_json::json!([]));
}

#[test]
fn output_is_identical_whatever_jobs_is() {
    let wd = Workdir::new("extract_jobs");
    // More documents than one chunk holds, with an unreadable line among them.
    let mut lines = String::new();
    for i in 0..600 {
        if i == 300 {
            lines.push_str("{\"id\": \"broken\"\n");
            continue;
        }
        let text = format!(
            "Story {i}: “We sold {} units,” said Ms. Lee{}. The café’s CEO added 😀 nothing.\\n\\nSecond paragraph {i}.",
            i * 37,
            "!".repeat(i % 3)
        );
        lines.push_str(&format!("{{\"id\": \"doc{i:03}\", \"text\": \"{text}\"}}\n"));
    }
    wd.write("many.jsonl", &lines);
    let runs: Vec<_> =
        ["1", "2", "4"].iter().map(|jobs| wd.run(&["extract", "many.jsonl", "--sentences", "--jobs", jobs])).collect();
    for out in &runs {
        assert_eq!(code(out), 2);
    }
    assert!(runs[0].stdout == runs[1].stdout, "--jobs 1 and --jobs 2 differ");
    assert!(runs[0].stdout == runs[2].stdout, "--jobs 1 and --jobs 4 differ");
    let records = json_lines(&runs[0]);
    let expected: Vec<String> =
        (0..600).map(|i| if i == 300 { "many:301".to_string() } else { format!("doc{i:03}") }).collect();
    assert_eq!(ids(&records), expected);
}

#[test]
fn offsets_are_code_points() {
    let wd = Workdir::new("extract_code_points");
    let text =
        "🇨🇳 Huawei’s founder said: “Our chip is behind.” 😀 Then he left.\n\nCafé prices rose 5%. 日本の話。 The end.";
    wd.write("emoji.txt", text);
    let out = wd.run(&["extract", "emoji.txt", "--sentences", "--sentence-text", "--with-text"]);
    assert_eq!(code(&out), 0);
    let records = json_lines(&out);
    assert_eq!(texts(&records), [text]);
    assert_sentences_cover_their_text(&records[0], text);
    let last = records[0]["sentences"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["end"].as_u64().unwrap() as usize, text.chars().count(), "the last sentence ends the text");
}

#[test]
fn output_file_gets_what_stdout_would() {
    let wd = Workdir::new("extract_output_file");
    wd.write("a.txt", "Alpha said yes.");
    wd.write("b.txt", "Beta said no.");
    let to_stdout = wd.run(&["extract", "a.txt", "b.txt"]);
    let to_file = wd.run(&["extract", "a.txt", "b.txt", "-o", "out.jsonl"]);
    assert_eq!(code(&to_file), 0);
    assert!(to_file.stdout.is_empty(), "nothing on stdout with -o");
    assert_eq!(std::fs::read(wd.path("out.jsonl")).unwrap(), to_stdout.stdout);
}

#[test]
fn closed_stdout_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let wd = Workdir::new("extract_broken_pipe");
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"Document number {i} says hello.\"}}\n"));
    }
    wd.write("big.jsonl", lines);
    let mut child = Command::new(crate::util::quarry_bin())
        .args(["extract", "big.jsonl"])
        .current_dir(&wd.dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader (and the pipe) is dropped here, like `| head -1`.
    assert!(first.starts_with("{\"id\":\"d0\""), "{first}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}
