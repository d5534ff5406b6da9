//! Integration tests: `quarry extract --format brat -o DIR`, and the folder read back as gold
//! by `quarry eval --gold DIR`.

use serde_json::Value;

use crate::util::{code, json_lines, repo_root, stdout, Workdir};

/// `quarry eval --json` of `task`, gold against system.
fn eval(wd: &Workdir, gold: &str, task: &str, system: &str) -> Value {
    let out = wd.run(&["eval", "--gold", gold, "--task", task, system, "--json"]);
    assert_eq!(code(&out), 0, "{task}: {}", String::from_utf8_lossy(&out.stderr));
    let lines = json_lines(&out);
    lines.into_iter().next().unwrap()
}

#[test]
fn brat_export_of_the_fixtures_scores_one_as_gold() {
    let wd = Workdir::new("brat_round_trip");
    let fixtures = repo_root().join("fixtures");
    let fixtures = fixtures.to_str().unwrap();
    let out = wd.run(&["extract", fixtures, "--format", "brat", "-o", "brat"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(wd.path("brat/annotation.conf").is_file());
    let out = wd.run(&["extract", fixtures, "-o", "system.jsonl"]);
    assert_eq!(code(&out), 0);
    for task in ["quotes", "claims", "entities"] {
        let json = eval(&wd, "brat", task, "system.jsonl");
        let documents = json["documents"].as_u64().unwrap();
        assert_eq!(documents, std::fs::read_dir(repo_root().join("fixtures")).unwrap().count() as u64 / 2);
        assert_eq!(json["f1"], 1.0, "{task}: {json}");
        assert_eq!(json["exact"], json["documents"], "{task}: {json}");
        for (name, m) in json["metrics"].as_object().unwrap() {
            assert_eq!((m["fp"].as_u64(), m["fn"].as_u64()), (Some(0), Some(0)), "{task} {name}: {json}");
        }
        for rate in json["rates"].as_array().into_iter().flatten() {
            // `(name, accuracy, correct, total)`: speakers, kinds and links all kept.
            assert_eq!(rate[2], rate[3], "{task}: {rate}");
        }
        assert!(json["missing"].as_array().unwrap().is_empty() && json["unmatched"].as_array().unwrap().is_empty());
    }
    let quotes = eval(&wd, "brat", "quotes", "system.jsonl");
    assert!(quotes["metrics"]["overlap-30"]["tp"].as_u64().unwrap() > 50, "the fixtures have many quotes");
}

#[test]
fn ids_become_safe_distinct_file_names_and_come_back() {
    let wd = Workdir::new("brat_ids");
    wd.write(
        "feed.jsonl",
        concat!(
            "{\"id\": \"wire/1\", \"text\": \"“Prices rose 5%,” said Ana Müller.\"}\n",
            "{\"id\": \"wire_1\", \"text\": \"Bob Stone said sales fell 3%.\"}\n",
            "{\"id\": \"WIRE_1\", \"text\": \"Acme Corp. earned $5 million.\"}\n",
            "not json\n",
        ),
    );
    let out = wd.run(&["extract", "feed.jsonl", "--format", "brat", "-o", "brat"]);
    assert_eq!(code(&out), 2, "the unreadable line fails the run");
    for name in ["wire_1", "wire_1-2", "WIRE_1-3"] {
        assert!(wd.path(&format!("brat/{name}.txt")).is_file(), "{name}.txt");
        assert!(wd.path(&format!("brat/{name}.ann")).is_file(), "{name}.ann");
    }
    let index = std::fs::read_to_string(wd.path("brat/documents.csv")).unwrap();
    assert_eq!(index, "doc_id,file\nwire/1,wire_1\nwire_1,wire_1-2\nWIRE_1,WIRE_1-3\n");
    let errors = std::fs::read_to_string(wd.path("brat/errors.csv")).unwrap();
    assert!(errors.lines().nth(1).unwrap().starts_with("feed:4,not_json,"), "{errors}");
    let text = std::fs::read_to_string(wd.path("brat/wire_1.txt")).unwrap();
    assert_eq!(text, "“Prices rose 5%,” said Ana Müller.");
    let ann = std::fs::read_to_string(wd.path("brat/wire_1.ann")).unwrap();
    assert!(ann.contains("\tQuote 1 15\tPrices rose 5%\n"), "{ann}");

    let out = wd.run(&["extract", "feed.jsonl", "-o", "system.jsonl"]);
    assert_eq!(code(&out), 2);
    let json = eval(&wd, "brat", "claims", "system.jsonl");
    assert_eq!(json["documents"], 3);
    assert_eq!(json["f1"], 1.0, "ids come back from documents.csv: {json}");
    assert_eq!(json["unmatched"].as_array().unwrap().len(), 1, "only the error line: {json}");
}

#[test]
fn a_bad_ann_file_names_its_line() {
    let wd = Workdir::new("brat_bad_gold");
    wd.write("gold/a.txt", "Ana Müller said sales rose 5%.");
    wd.write("gold/a.ann", "T1\tPERSON 0 10\tAna Müller\nT2\tClaim 26 29\t5%.\n");
    let out = wd.run(&["eval", "--gold", "gold", "--task", "claims"]);
    assert_eq!(code(&out), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a.ann:2") && stderr.contains("is not the document's text"), "{stderr}");

    // Fixed, the folder (with no documents.csv) is gold named by file stem.
    wd.write("gold/a.ann", "T1\tPERSON 0 10\tAna Müller\nT2\tClaim 27 29\t5%\nA1\tClaimKind T2 percent\n#1\tAnnotatorNotes T2\tvalue=5 unit=%\n");
    let out = wd.run(&["eval", "--gold", "gold", "--task", "claims"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let table = stdout(&out);
    assert!(table.lines().nth(1).unwrap().contains("1.0000"), "{table}");
}
