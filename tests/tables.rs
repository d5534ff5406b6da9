//! Integration tests: `quarry extract --format csv|tsv -o DIR`, the tables against the JSON
//! records they come from.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, quarry_bin, repo_root, Workdir};

/// A table read with the `csv` crate: its header and rows.
fn read_table(path: &Path, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

/// A row as column → value.
fn row_map<'a>(header: &'a [String], row: &'a [String]) -> std::collections::HashMap<&'a str, &'a str> {
    header.iter().map(String::as_str).zip(row.iter().map(String::as_str)).collect()
}

/// A JSON value as the tables write it.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => f.to_string(),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

#[test]
fn fixture_tables_hold_the_json_records() {
    let wd = Workdir::new("tables_fixtures");
    let fixtures = repo_root().join("fixtures");
    let fixtures = fixtures.to_str().unwrap();
    let out = wd.run(&["extract", fixtures, "--with-text"]);
    assert_eq!(code(&out), 0);
    let records = json_lines(&out);
    let out = wd.run(&["extract", fixtures, "--format", "csv", "-o", "tables"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "nothing on standard output");

    let (header, rows) = read_table(&wd.path("tables/quotes.csv"), b',');
    let quotes: Vec<(&Value, &Value)> =
        records.iter().flat_map(|r| r["quotes"].as_array().unwrap().iter().map(move |q| (r, q))).collect();
    assert_eq!(rows.len(), quotes.len());
    assert!(rows.len() > 50, "the fixtures have many quotes");
    for (row, (record, q)) in rows.iter().zip(&quotes) {
        let row = row_map(&header, row);
        assert_eq!(row["doc_id"], record["id"].as_str().unwrap());
        for field in ["id", "kind", "text", "start", "end", "sentence", "confidence", "rule"] {
            let column = if field == "id" { "quote_id" } else { field };
            assert_eq!(row[column], cell(&q[field]), "{column} of {q}");
        }
        let text = record["text"].as_str().unwrap();
        let (start, end) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        assert_eq!(char_slice(text, start, end), row["text"], "offsets are code points");
        let speaker = &q["speaker"];
        assert_eq!(row["speaker_text"], cell(&speaker["text"]));
        assert_eq!(row["speaker_name"], cell(&speaker["name"]));
        assert_eq!(row["speaker_entity"], cell(&speaker["entity"]));
        assert_eq!(row["cue"], cell(&q["cue"]["text"]));
    }

    let (header, rows) = read_table(&wd.path("tables/claims.csv"), b',');
    let claims: Vec<(&Value, &Value)> =
        records.iter().flat_map(|r| r["claims"].as_array().unwrap().iter().map(move |c| (r, c))).collect();
    assert_eq!(rows.len(), claims.len());
    for (row, (record, c)) in rows.iter().zip(&claims) {
        let row = row_map(&header, row);
        assert_eq!(row["doc_id"], record["id"].as_str().unwrap());
        assert_eq!(row["claim_id"], c["id"].as_str().unwrap());
        for field in ["kind", "text", "start", "end", "unit", "qualifier", "per", "approximate", "hedged", "rule"] {
            assert_eq!(row[field], cell(&c[field]), "{field} of {c}");
        }
        let value: f64 = row["value"].parse().unwrap();
        assert_eq!(value, c["value"].as_f64().unwrap(), "the value reads back exactly: {c}");
        assert_eq!(row["subject"], cell(&c["subject"]["name"]));
        assert_eq!(row["source"], cell(&c["source"]["name"]));
    }

    let (header, rows) = read_table(&wd.path("tables/entities.csv"), b',');
    let mentions: Vec<(&Value, &Value, &Value)> = records
        .iter()
        .flat_map(|r| {
            r["entities"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(move |e| e["mentions"].as_array().unwrap().iter().map(move |m| (r, e, m)))
        })
        .collect();
    assert_eq!(rows.len(), mentions.len());
    for (row, (record, e, m)) in rows.iter().zip(&mentions) {
        let row = row_map(&header, row);
        assert_eq!(row["doc_id"], record["id"].as_str().unwrap());
        assert_eq!((row["entity_id"], row["entity_name"]), (e["id"].as_str().unwrap(), e["name"].as_str().unwrap()));
        assert_eq!(
            (row["entity_type"], row["mention_kind"]),
            (e["type"].as_str().unwrap(), m["kind"].as_str().unwrap())
        );
        assert_eq!(row["text"], m["text"].as_str().unwrap());
        let text = record["text"].as_str().unwrap();
        assert_eq!(char_slice(text, row["start"].parse().unwrap(), row["end"].parse().unwrap()), row["text"]);
    }

    let (_, rows) = read_table(&wd.path("tables/documents.csv"), b',');
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let json_ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, json_ids, "one row per document, in input order");
}

#[test]
fn unreadable_documents_go_to_errors_csv_and_the_exit_code() {
    let wd = Workdir::new("tables_errors");
    wd.write(
        "feed.jsonl",
        "{\"id\": \"a\", \"text\": \"“Prices rose 5%,” said Ana Müller.\"}\nnot json\n{\"id\": \"c\", \"text\": \"\"}\n",
    );
    let out = wd.run(&["extract", "feed.jsonl", "--format", "tsv", "-o", "out"]);
    assert_eq!(code(&out), 2, "an unreadable document still fails the run");
    let (header, rows) = read_table(&wd.path("out/errors.tsv"), b'\t');
    assert_eq!(header, ["doc_id", "kind", "message", "file", "line"]);
    let kinds: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[1].as_str(), r[4].as_str())).collect();
    assert_eq!(kinds, [("feed:2", "not_json", "2"), ("c", "empty", "3")]);
    let (_, documents) = read_table(&wd.path("out/documents.tsv"), b'\t');
    let ids: Vec<&str> = documents.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["a", "feed:2", "c"], "every document has its row, readable or not");
    let (_, quotes) = read_table(&wd.path("out/quotes.tsv"), b'\t');
    assert_eq!(quotes[0][3], "Prices rose 5%");
    assert_eq!(quotes[0][7], "Ana Müller");
}

#[test]
fn a_folder_format_without_a_folder_is_a_usage_error() {
    let wd = Workdir::new("tables_usage");
    wd.write("a.txt", "Hello.");
    for format in ["csv", "tsv", "brat"] {
        let out = wd.run(&["extract", "a.txt", "--format", format]);
        assert_eq!(code(&out), 2, "{format}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("--format {format} writes a folder")) && stderr.contains("-o DIR"),
            "{stderr}"
        );
    }
    let out = wd.run(&["extract", "a.txt", "--bom"]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--bom applies to --format csv and tsv"));
    wd.write("taken", "a file");
    let out = wd.run(&["extract", "a.txt", "--format", "csv", "-o", "taken"]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a file"));
}

#[test]
fn bom_starts_each_file() {
    let wd = Workdir::new("tables_bom");
    wd.write("a.txt", "Ana Müller said sales rose 5%.");
    let out = wd.run(&["extract", "a.txt", "--format", "csv", "--bom", "-o", "out"]);
    assert_eq!(code(&out), 0);
    for table in ["documents", "entities", "quotes", "claims", "errors"] {
        let bytes = std::fs::read(wd.path(&format!("out/{table}.csv"))).unwrap();
        assert!(bytes.starts_with("\u{FEFF}doc_id,".as_bytes()), "{table}");
    }
    let out = wd.run(&["extract", "a.txt", "--format", "csv", "-o", "plain"]);
    assert_eq!(code(&out), 0);
    assert!(std::fs::read(wd.path("plain/quotes.csv")).unwrap().starts_with(b"doc_id,"));
}

#[test]
fn segment_writes_sentence_and_paragraph_tables() {
    let wd = Workdir::new("tables_segment");
    wd.write("a.txt", "Headline here\n\nMr. Smith left. He came back.");
    let out = wd.run(&["segment", "a.txt", "--format", "csv", "-o", "out", "--sentence-text"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let (header, rows) = read_table(&wd.path("out/sentences.csv"), b',');
    assert_eq!(header, ["doc_id", "sentence", "paragraph", "start", "end", "text"]);
    let texts: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(texts, ["Headline here", "Mr. Smith left.", "He came back."]);
    let (_, rows) = read_table(&wd.path("out/paragraphs.csv"), b',');
    assert_eq!(rows.len(), 2);
    assert!(!wd.path("out/quotes.csv").exists(), "segment finds no quotes");
}

/// Python's own `csv` module reads the tables and finds the JSON records in them
/// (`scripts/csv_matches_json.py`); skipped where there is no `python3`.
#[test]
fn python_csv_module_reads_the_fixture_tables() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let root = repo_root();
    for extra in [&[][..], &["--tsv", "--bom"][..]] {
        let out = Command::new("python3")
            .arg(root.join("scripts/csv_matches_json.py"))
            .arg("--quarry")
            .arg(quarry_bin())
            .args(extra)
            .arg(root.join("fixtures"))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.starts_with("ok: ") && stdout.contains("matches JSON"), "{stdout}");
    }
}
