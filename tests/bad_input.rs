//! Integration tests: what bad input gets. Every input yields a line (a record with
//! `errors`, or an error line with where), the run goes on, and unreadable input makes the
//! exit code 2.

use std::io::Write;

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, Workdir};

fn ids(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| r["id"].as_str().expect("every line has a string id")).collect()
}

fn error_kinds(record: &Value) -> Vec<&str> {
    record["errors"].as_array().expect("a record has errors").iter().map(|e| e["kind"].as_str().unwrap()).collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn invalid_utf8_is_replaced_and_reported() {
    let wd = Workdir::new("bad_invalid_utf8");
    wd.write("latin1.txt", b"Caf\xE9 prices rose. Then they \xFF\xFE fell.".as_slice());
    let out = wd.run(&["extract", "latin1.txt", "--sentences", "--sentence-text", "--with-text"]);
    assert_eq!(code(&out), 0, "a replaced byte is not a failure: {}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["latin1"]);
    let rec = &records[0];
    assert_eq!(error_kinds(rec), ["invalid_utf8"]);
    assert!(rec["errors"][0]["message"].as_str().unwrap().contains("first at byte 3"), "{rec}");
    let text = "Caf\u{FFFD} prices rose. Then they \u{FFFD}\u{FFFD} fell.";
    assert_eq!(rec["text"], text);
    let sentences = rec["sentences"].as_array().unwrap();
    assert!(sentences[0]["text"].as_str().unwrap().starts_with("Caf\u{FFFD} prices"), "{rec}");
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(char_slice(text, start, end), s["text"].as_str().unwrap());
    }
}

#[test]
fn invalid_utf8_inside_a_jsonl_line() {
    let wd = Workdir::new("bad_invalid_utf8_jsonl");
    let mut data = b"{\"id\": \"ok\", \"text\": \"Fine.\"}\n".to_vec();
    data.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"Na\xEFve text.\"}\n");
    wd.write("feed.jsonl", data);
    let out = wd.run(&["extract", "feed.jsonl", "--with-text"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["ok", "bad"]);
    assert_eq!(error_kinds(&records[0]), Vec::<&str>::new());
    assert_eq!(error_kinds(&records[1]), ["invalid_utf8"]);
    assert_eq!(records[1]["text"], "Na\u{FFFD}ve text.");
}

#[test]
fn empty_and_blank_files_get_records_with_an_empty_error() {
    let wd = Workdir::new("bad_empty");
    wd.write("empty.txt", "");
    wd.write("blank.txt", "  \n\t\n");
    let out = wd.run(&["extract", "empty.txt", "blank.txt", "--with-text"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["empty", "blank"]);
    assert_eq!(error_kinds(&records[0]), ["empty"]);
    assert_eq!(error_kinds(&records[1]), ["empty"]);
    assert_eq!(records[1]["text"], "  \n\t\n");
    assert_eq!(records[0]["quotes"], serde_json::json!([]));
}

#[test]
fn binary_file_gets_an_error_line_and_the_run_goes_on() {
    let wd = Workdir::new("bad_binary");
    wd.write("before.txt", "Before the image.");
    wd.write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".as_slice());
    wd.write("controls.txt", b"\x01\x02\x03\x04\x05\x06abc".as_slice());
    wd.write("after.txt", "After the image.");
    let out = wd.run(&["extract", "before.txt", "image.png", "controls.txt", "after.txt", "--with-text"]);
    assert_eq!(code(&out), 2);
    let lines = json_lines(&out);
    assert_eq!(ids(&lines), ["before", "image", "controls", "after"]);
    assert_eq!(lines[0]["text"], "Before the image.");
    assert_eq!(lines[3]["text"], "After the image.");
    for (line, file) in [(&lines[1], "image.png"), (&lines[2], "controls.txt")] {
        assert_eq!(line["error"]["kind"], "binary", "{line}");
        assert_eq!(line["error"]["file"], file);
        assert!(line.get("quotes").is_none(), "an error line is not a record: {line}");
    }
    assert!(stderr(&out).contains("quarry: image.png: "), "{}", stderr(&out));
}

#[test]
fn bad_jsonl_lines_get_error_lines_in_place() {
    let wd = Workdir::new("bad_jsonl_lines");
    let lines = [
        r#"{"id": "a", "text": "First."}"#,
        r#"this is not JSON"#,
        r#"{"id": "c", "body": "No text field."}"#,
        r#"{"id": "d", "text": 5}"#,
        r#"["an", "array"]"#,
        r#"{"id": "f", "text": "Last."}"#,
    ];
    wd.write("feed.jsonl", lines.join("\n"));
    let out = wd.run(&["extract", "feed.jsonl", "--with-text"]);
    assert_eq!(code(&out), 2);
    let out_lines = json_lines(&out);
    // A line whose id could be read keeps it; the others are named by file and line.
    assert_eq!(ids(&out_lines), ["a", "feed:2", "c", "d", "feed:5", "f"]);
    assert_eq!(out_lines[0]["text"], "First.");
    assert_eq!(out_lines[5]["text"], "Last.");
    let expected = [(1, "not_json", 2), (2, "no_text_field", 3), (3, "no_text_field", 4), (4, "not_json", 5)];
    for (i, kind, line) in expected {
        let error = &out_lines[i]["error"];
        assert_eq!(error["kind"], kind, "{}", out_lines[i]);
        assert_eq!(error["line"], line, "{}", out_lines[i]);
        assert_eq!(error["file"], "feed.jsonl");
    }
    // The message names what is wrong.
    assert!(out_lines[2]["error"]["message"].as_str().unwrap().contains("`text`"));
    let err = stderr(&out);
    assert!(err.contains("quarry: feed.jsonl:2: not JSON"), "{err}");
    assert!(err.contains("quarry: feed.jsonl:4: "), "{err}");
}

#[test]
fn missing_path_gets_an_error_line() {
    let wd = Workdir::new("bad_missing");
    wd.write("here.txt", "Present.");
    let out = wd.run(&["extract", "missing.txt", "here.txt"]);
    assert_eq!(code(&out), 2);
    let lines = json_lines(&out);
    assert_eq!(ids(&lines), ["missing", "here"]);
    assert_eq!(lines[0]["error"]["kind"], "not_found");
    assert_eq!(lines[0]["error"]["file"], "missing.txt");
    assert!(lines[1]["quotes"].is_array());
    assert!(stderr(&out).contains("quarry: missing.txt: "), "{}", stderr(&out));
}

#[test]
fn over_long_text_is_truncated_at_a_char_boundary() {
    let wd = Workdir::new("bad_truncated");
    let text = "é".repeat(600); // 1200 bytes
    wd.write("long.txt", &text);
    wd.write("long.jsonl", format!("{{\"id\": \"j\", \"text\": \"{text}\"}}\n"));
    // 1001 falls inside an `é`: the cut goes back to 1000 bytes, 500 code points.
    let out = wd.run(&["extract", "long.txt", "long.jsonl", "--max-bytes", "1001", "--with-text"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["long", "j"]);
    for rec in &records {
        assert_eq!(error_kinds(rec), ["truncated"]);
        assert_eq!(rec["text"], "é".repeat(500));
    }
}

#[test]
fn corrupt_gzip_reports_the_line_reached_and_moves_on() {
    let wd = Workdir::new("bad_corrupt_gzip");
    // Text that does not compress well, so that cutting the file lands mid-way.
    let mut lines = String::new();
    let mut seed = 7u64;
    for i in 1..=2000 {
        let words: Vec<String> = (0..12)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                format!("{:x}", seed >> 20)
            })
            .collect();
        lines.push_str(&format!("{{\"id\": \"g{i}\", \"text\": \"{}.\"}}\n", words.join(" ")));
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(lines.as_bytes()).unwrap();
    let data = gz.finish().unwrap();
    wd.write("wire.jsonl.gz", &data[..data.len() / 2]);
    wd.write("next.txt", "The next input.");
    let out = wd.run(&["extract", "wire.jsonl.gz", "next.txt"]);
    assert_eq!(code(&out), 2);
    let out_lines = json_lines(&out);
    let (last, rest) = out_lines.split_last().unwrap();
    assert_eq!(last["id"], "next", "the next input is still read");
    let (error, records) = rest.split_last().unwrap();
    assert!(records.len() > 100, "lines before the damage are read: {}", records.len());
    let expected: Vec<String> = (1..=records.len()).map(|i| format!("g{i}")).collect();
    assert_eq!(ids(records), expected);
    let reached = records.len() + 1;
    assert_eq!(error["id"], format!("wire:{reached}"));
    assert_eq!(error["error"]["kind"], "io");
    assert_eq!(error["error"]["line"], reached as u64);
    assert_eq!(error["error"]["file"], "wire.jsonl.gz");
}

/// A single line without a space or a sentence end until its last byte. The contract is
/// 50 MB (`QUARRY_HUGE_MB=50`); the default is 8 MB because segmenting 50 MB takes about
/// ten seconds in a debug build (about 1.5 s in release).
#[test]
fn huge_single_line_text() {
    let wd = Workdir::new("bad_huge_line");
    let mb: usize = std::env::var("QUARRY_HUGE_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let size = mb << 20;
    let mut text = vec![b'a'; size];
    text[size - 1] = b'.';
    wd.write("huge.txt", &text);
    let out = wd.run(&["extract", "huge.txt", "--sentences"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(ids(&records), ["huge"]);
    assert_eq!(error_kinds(&records[0]), Vec::<&str>::new());
    let sentences = records[0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.last().unwrap()["end"], size as u64);
}

/// Every piece of the bundled fixture articles, cut at any word (windows of a few words, and
/// beginnings and ends cut every few words), gets its record and no internal error: a text
/// may stop right after a name's comma, a cue or a setting.
#[test]
fn pieces_of_real_articles_never_hit_an_internal_error() {
    let mut lines = String::new();
    let mut n = 0;
    let mut fixtures: Vec<_> = std::fs::read_dir(crate::util::repo_root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 10, "{fixtures:?}");
    for path in fixtures {
        let text = std::fs::read_to_string(&path).unwrap();
        let words: Vec<&str> = text.split(' ').collect();
        let mut piece = |from: usize, to: usize| {
            let record = serde_json::json!({"id": format!("p{n}"), "text": words[from..to].join(" ")});
            lines.push_str(&record.to_string());
            lines.push('\n');
            n += 1;
        };
        for k in 0..words.len() {
            piece(k, (k + 12).min(words.len()));
            if k % 10 == 0 {
                piece(0, k);
                piece(k, words.len());
            }
        }
    }
    let wd = Workdir::new("bad_pieces");
    wd.write("pieces.jsonl", &lines);
    let out = wd.run(&["extract", "pieces.jsonl"]);
    let records = json_lines(&out);
    assert_eq!(records.len(), n, "one line per piece");
    for r in &records {
        assert!(r.get("error").is_none(), "{r}");
        assert!(!error_kinds(r).contains(&"internal"), "{r}");
    }
}
