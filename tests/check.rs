//! Integration tests: `quarry check`, fixture articles against their expected records.

use crate::util;
use crate::util::{code, read, stdout, Workdir};

const ARTICLE: &str = "Mr. Smith went to Washington. He left.\n";

#[test]
fn bless_then_check_passes_and_an_edit_fails_with_a_diff() {
    let wd = Workdir::new("check_bless_cycle");
    wd.write("fixtures/smith.txt", ARTICLE);

    let out = wd.run(&["check", "fixtures"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("no expected file; run with --bless"), "{}", stdout(&out));

    let out = wd.run(&["check", "fixtures", "--bless"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).contains("wrote 1 expected files: smith"), "{}", stdout(&out));
    let expected_path = wd.path("fixtures/smith.expected.json");
    let json = read(&expected_path);
    assert!(json.ends_with("}\n"), "{json}");
    let record: quarry::Record = serde_json::from_str(&json).unwrap();
    assert_eq!(record.id, "smith");
    assert!(record.sentences.as_ref().is_some_and(|s| !s.is_empty()));

    let out = wd.run(&["check", "fixtures"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("ok   smith"), "{text}");
    assert!(text.trim_end().ends_with("1 passed, 0 failed"), "{text}");

    // Edit the expected text of the last sentence: check must fail and name both texts.
    let mut edited = record.clone();
    let last = edited.sentences.as_mut().unwrap().last_mut().unwrap();
    let actual_text = last.text.clone().unwrap();
    assert!(actual_text.ends_with("He left."), "{actual_text}");
    last.text = Some(actual_text.replace("He left.", "He stayed."));
    wd.write("fixtures/smith.expected.json", serde_json::to_string_pretty(&edited).unwrap() + "\n");
    let out = wd.run(&["check", "fixtures"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains("FAIL smith"), "{text}");
    assert!(text.contains("- sentence") && text.contains("He stayed.”"), "{text}");
    assert!(text.contains("+ sentence") && text.contains("He left.”"), "{text}");
    assert!(text.trim_end().ends_with("0 passed, 1 failed"), "{text}");

    // Blessing again restores it and says so.
    let out = wd.run(&["check", "fixtures", "--bless"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("rewrote smith.expected.json"), "{}", stdout(&out));
    assert_eq!(read(&expected_path), json);
}

#[test]
fn an_expected_file_without_article_fails() {
    let wd = Workdir::new("check_stale");
    wd.write("fixtures/a.txt", ARTICLE);
    assert_eq!(code(&wd.run(&["check", "fixtures", "--bless"])), 0);
    std::fs::copy(wd.path("fixtures/a.expected.json"), wd.path("fixtures/gone.expected.json")).unwrap();
    let out = wd.run(&["check", "fixtures"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains("FAIL gone") && text.contains("has no article gone.txt"), "{text}");
    assert!(text.contains("1 passed, 1 failed"), "{text}");
}

#[test]
fn compare_is_shared_with_the_library() {
    let wd = Workdir::new("check_library");
    wd.write("fixtures/smith.txt", ARTICLE);
    let report = quarry::check::check_dir(&wd.path("fixtures"), true).unwrap();
    assert_eq!(report.written().count(), 1);
    let expected: quarry::Record = serde_json::from_str(&read(&wd.path("fixtures/smith.expected.json"))).unwrap();
    let actual = quarry::check::extract_fixture("smith", ARTICLE);
    assert!(quarry::check::compare(&expected, &actual).is_empty());
    let report = quarry::check::check_dir(&wd.path("fixtures"), false).unwrap();
    assert!(report.success());
}

#[test]
fn missing_folder_is_an_error() {
    let wd = Workdir::new("check_missing_dir");
    let out = wd.run(&["check", "no-such-folder"]);
    assert_eq!(code(&out), 2);
}

/// The repository's own fixture articles match their expected records, through the same
/// comparison `quarry check` uses; a failure prints the differences.
#[test]
fn bundled_fixtures_match_their_expected_records() {
    let dir = util::repo_root().join("fixtures");
    let mut articles = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            articles += 1;
            let slug = path.file_stem().unwrap().to_str().unwrap().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let expected: quarry::Record =
                serde_json::from_str(&std::fs::read_to_string(quarry::check::expected_path(&dir, &slug)).unwrap())
                    .unwrap();
            let actual = quarry::check::extract_fixture(&slug, &text);
            let diffs = quarry::check::compare(&expected, &actual);
            let listing: Vec<String> = diffs.iter().map(|d| d.to_string()).collect();
            assert!(diffs.is_empty(), "{slug} differs from its expected records:\n{}", listing.join("\n"));
        }
    }
    assert!(articles >= 6, "only {articles} fixture articles");
    let out = util::Workdir::new("bundled_fixtures").run(&["check", dir.to_str().unwrap()]);
    assert_eq!(util::code(&out), 0, "{}", util::stdout(&out));
}
