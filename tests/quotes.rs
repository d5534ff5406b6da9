//! Integration tests: attributed quotes from the real binary, with speakers and cues, and
//! `quarry eval --task quotes` against the hand-annotated gold of the fixture articles.

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, repo_root, Workdir};

/// A short article with a quote after its speaker's name, a quote split by its attribution,
/// a colon paragraph, reported speech, a multi-paragraph quote and a scare quote.
const ARTICLE: &str = "Harbour board backs new ferry terminal

The Lowport harbour board voted on Tuesday to build a new ferry terminal, ending a decade of delays.

“This is a good day for the island,” said Maria Olsen, the board’s chair. “We have waited long enough.”

Olsen said the first sailings would start in 2027. According to the board, the terminal will cost €40 million.

Ferry captain Jonas Berg, who opposed the plan, was blunt. As he put it:

“The old pier works. Nobody asked the crews.

“We will keep saying so,” he added.

Critics called the design “a glass box”, and the “modern” look divides residents.
";

/// Each quote as `(kind, text, speaker text, cue text)`, checking that every span's
/// offsets cover its text.
fn quotes(record: &Value, text: &str) -> Vec<(String, String, String, String)> {
    let span_text = |v: &Value| -> String {
        if v.is_null() {
            return String::new();
        }
        let (start, end) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        let covered = char_slice(text, start, end);
        assert_eq!(covered, v["text"].as_str().unwrap(), "offsets of {v}");
        covered
    };
    record["quotes"]
        .as_array()
        .expect("quotes array")
        .iter()
        .map(|q| {
            (q["kind"].as_str().unwrap().to_string(), span_text(q), span_text(&q["speaker"]), span_text(&q["cue"]))
        })
        .collect()
}

#[test]
fn extract_finds_quotes_with_speakers_and_cues() {
    let wd = Workdir::new("quotes_extract");
    wd.write("ferry.txt", ARTICLE);
    let out = wd.run(&["extract", "ferry.txt"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    let got = quotes(&records[0], ARTICLE);
    let want = [
        ("direct", "This is a good day for the island", "Maria Olsen", "said"),
        ("direct", "We have waited long enough.", "Maria Olsen", "said"),
        ("indirect", "the first sailings would start in 2027", "Olsen", "said"),
        ("indirect", "the terminal will cost €40 million", "the board", "According to"),
        ("direct", "The old pier works. Nobody asked the crews.\n\n“We will keep saying so", "he", "put it"),
        ("partial", "a glass box", "Critics", "called"),
    ];
    let want: Vec<(String, String, String, String)> =
        want.iter().map(|&(k, t, s, c)| (k.into(), t.into(), s.into(), c.into())).collect();
    assert_eq!(got, want);
    for q in records[0]["quotes"].as_array().unwrap() {
        assert!(q["rule"].as_str().is_some_and(|r| !r.is_empty()), "no rule: {q}");
        let confidence = q["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "confidence {confidence}");
    }
}

#[test]
fn unbalanced_marks_never_lose_the_article() {
    let wd = Workdir::new("quotes_unbalanced");
    let text =
        "“We will win, she said.\n\nA stray ” mark and ‘another. Then “a real quote,” said Jane Doe.\n\n“Unclosed";
    wd.write("odd.txt", text);
    let out = wd.run(&["extract", "odd.txt"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let got = quotes(&json_lines(&out)[0], text);
    assert!(got.iter().any(|q| q.1 == "a real quote" && q.2 == "Jane Doe"), "{got:?}");
}

#[test]
fn eval_scores_the_fixture_gold() {
    let wd = Workdir::new("quotes_eval");
    let gold = repo_root().join("tests/data/quotes-gold.jsonl");
    let out = wd.run(&["eval", "--gold", gold.to_str().unwrap(), "--task", "quotes", "--json", "--min-f1", "0.85"]);
    assert_eq!(
        code(&out),
        0,
        "stderr: {}\nstdout: {}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    let json = &json_lines(&out)[0];
    assert_eq!(json["task"], "quotes");
    assert!(json["metrics"]["direct-80"]["f1"].as_f64().unwrap() >= 0.9, "{json}");
    assert!(json["metrics"]["overlap-30"]["f1"].as_f64().unwrap() >= 0.85, "{json}");
}
