//! Integration tests: `quarry segment` writes paragraphs and sentences, and nothing the
//! extraction stages find.

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, Workdir};

fn span(v: &Value) -> (usize, usize) {
    (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize)
}

#[test]
fn paragraphs_and_sentences_without_extraction() {
    let wd = Workdir::new("segment_basic");
    let text = "Huawei’s new chip\n\nThe company said on Monday that sales rose. “We are behind,” Ren said.\n\nAnalysts were not surprised 😀.\n";
    wd.write("article.txt", text);
    let out = wd.run(&["segment", "article.txt", "--sentence-text"]);
    assert_eq!(code(&out), 0, "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out);
    assert_eq!(records.len(), 1);
    let rec = &records[0];
    assert_eq!(rec["id"], "article");
    for field in ["entities", "quotes", "claims", "text"] {
        assert!(rec.get(field).is_none(), "segment wrote `{field}`: {rec}");
    }
    assert_eq!(rec["errors"], serde_json::json!([]));

    let paragraphs = rec["paragraphs"].as_array().expect("paragraphs");
    let sentences = rec["sentences"].as_array().expect("sentences");
    let para_texts: Vec<String> = paragraphs.iter().map(|p| char_slice(text, span(p).0, span(p).1)).collect();
    let joined = para_texts.join("|");
    assert!(para_texts[0].starts_with("Huawei’s new chip"), "{joined}");
    assert!(para_texts.last().unwrap().trim_end().ends_with("not surprised 😀."), "{joined}");
    for p in paragraphs {
        assert!(["prose", "heading", "item", "byline"].contains(&p["kind"].as_str().unwrap()), "{p}");
    }
    let chars = text.chars().count();
    for s in sentences {
        let (start, end) = span(s);
        assert!(end <= chars, "{s}");
        assert_eq!(char_slice(text, start, end), s["text"].as_str().unwrap(), "{s}");
        let p = &paragraphs[s["paragraph"].as_u64().unwrap() as usize];
        let (p_start, p_end) = span(p);
        assert!(p_start <= start && end <= p_end, "sentence {s} outside its paragraph {p}");
    }
    let sentence_texts: Vec<&str> = sentences.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(sentence_texts.iter().any(|s| s.contains("sales rose.")), "{sentence_texts:?}");
}

#[test]
fn segment_reads_jsonl_and_stdin_like_extract() {
    let wd = Workdir::new("segment_inputs");
    wd.write("feed.jsonl", "{\"id\": \"p1\", \"text\": \"One. Two.\"}\nnot json\n");
    let out = wd.run(&["segment", "feed.jsonl"]);
    assert_eq!(code(&out), 2);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "p1");
    assert!(lines[0]["sentences"].is_array() && lines[0]["paragraphs"].is_array());
    assert_eq!(lines[1]["id"], "feed:2");
    assert_eq!(lines[1]["error"]["kind"], "not_json");

    let out = wd.run_with_stdin(&["segment", "--with-text"], "Piped text. Here.".as_bytes());
    assert_eq!(code(&out), 0);
    let lines = json_lines(&out);
    assert_eq!(lines[0]["id"], "stdin");
    assert_eq!(lines[0]["text"], "Piped text. Here.");
    assert!(lines[0]["paragraphs"].is_array());
}
