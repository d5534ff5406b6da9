//! Integration tests: regression.

use crate::util;

/// The seed article's sentence expectations (`../shared/fixtures`), when that folder is
/// present: a headline with a flag emoji, `U.S.` mid-sentence, a quote closed before the
/// final period, a figure name (`CloudMatrix 384`) and an ellipsis inside a quote.
#[test]
fn seed_article_sentences() {
    let Some(shared) = util::shared_dir() else { return };
    let article = shared.join("fixtures").join("seed-article.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    let wd = util::Workdir::new("seed_article_sentences");
    let out = wd.run(&["extract", "--sentences", article.to_str().unwrap()]);
    assert_eq!(util::code(&out), 0);
    let record = &util::json_lines(&out)[0];
    let sentences: Vec<String> = record["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| util::char_slice(&text, s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize))
        .collect();
    for want in [
        "🇨🇳 China’s Huawei Plays Down Its Chipmaking Capabilities",
        "He noted that contrary to Western portrayals, “the US has exaggerated Huawei’s capabilities — we’re not that strong yet”.",
        "For instance, the AI CloudMatrix 384 system, which integrates 384 Ascend 910C chips, reportedly competes favorably with Nvidia’s GB200 NVL72 AI cluster in certain benchmarks.",
        "“There is no need to worry about the chip problem … we have to work hard to reach their evaluation.”",
        "Key Takeaways",
    ] {
        assert!(sentences.iter().any(|s| s == want), "no sentence {want:?} in {sentences:#?}");
    }
    assert!((27..=33).contains(&sentences.len()), "{} sentences", sentences.len());
}

/// The development sentence suite (`../shared/eval`), when present, stays at or above the
/// level the segmenter reached: at least 225 of 233 texts exactly right.
#[test]
fn sentencex_suite_stays_above_its_floor() {
    let Some(shared) = util::shared_dir() else { return };
    let gold = shared.join("eval").join("sentences-sentencex.jsonl");
    let out = util::Workdir::new("sentencex_floor").run(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "--task",
        "sentences",
        "--json",
    ]);
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let exact = summary["exact"].as_u64().unwrap();
    assert!(exact >= 225, "only {exact} of 233 texts exactly right:\n{}", util::stdout(&out));
}

/// A document made of quote marks of every kind and nothing to end its one sentence used
/// to take seconds in the entity stage (each quote rescanned the sentence before it), and
/// text full of multi-byte characters after a quote made it slice inside a character.
#[test]
fn quote_heavy_text_is_fast_and_safe() {
    let wd = util::Workdir::new("quote_heavy_text");
    let text = "‘a’ \"b\" « c » ".repeat(4000) + "“Oui,” 🇨🇳🇨🇳🇨🇳 said Jane Doe — according to Mr. Smith “I”.";
    wd.write("quotes.txt", &text);
    let out = wd.run(&["extract", "quotes.txt"]);
    assert_eq!(util::code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let record = &util::json_lines(&out)[0];
    assert!(record.get("error").is_none(), "{record}");
}

/// A scale suffix followed by a non-ASCII letter (`$3.5bné`) made the number reader slice
/// inside a character: the document became an internal error instead of a record.
#[test]
fn scale_suffix_before_a_non_ascii_letter() {
    let wd = util::Workdir::new("scale_suffix_before_a_non_ascii_letter");
    let out = wd.run_with_stdin(&["extract"], "Sales hit $3.5bné and 12%é last year.".as_bytes());
    assert_eq!(util::code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let record = &util::json_lines(&out)[0];
    assert!(record.get("error").is_none(), "{record}");
}
