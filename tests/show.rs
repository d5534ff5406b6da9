//! Integration tests: `quarry show`, its inputs and its page, checked in headless Chromium
//! against the JSON that `quarry extract` writes for the same article.
//!
//! The Chromium tests skip with a message when no Chromium is found (`QUARRY_CHROMIUM`, or
//! `chromium`, `chromium-browser`, `google-chrome` on the `PATH`); with
//! `QUARRY_REQUIRE_CHROMIUM=1` (as `.ci/run` sets) a missing Chromium is a failure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use quarry::Record;

use crate::util::{code, repo_root, shared_dir, stdout, Workdir};

/// How long one Chromium run may take before the test gives up on it.
const CHROMIUM_TIMEOUT: Duration = Duration::from_secs(120);

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The record `quarry extract` writes for `path`.
fn extracted(wd: &Workdir, path: &Path) -> Record {
    let out = wd.run(&["extract", path.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "extract {}: {}", path.display(), stderr(&out));
    serde_json::from_str(stdout(&out).trim()).expect("extract writes one record")
}

#[test]
fn show_writes_one_page_to_standard_output() {
    let wd = Workdir::new("show_stdout");
    wd.write("story.txt", "“We will win,” said Anna Berg, the coach of Lund FC. Tickets cost $12.\n");
    let out = wd.run(&["show", "story.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"));
    assert!(page.contains("data-quote=\"q1\""), "no quote marked");
    assert!(page.contains("data-claim=\"c1\""), "no claim marked");
    assert!(page.contains("data-entity=\"e1\""), "no entity marked");
    assert!(page.contains("<div class=\"doc-id\">story</div>"));
    for needle in ["<link", "<img", " src=", "url(", "http://", "https://"] {
        assert!(!page.contains(needle), "the page refers to something outside it: {needle}");
    }
}

#[test]
fn show_picks_the_first_document_or_the_one_named_by_id() {
    let wd = Workdir::new("show_jsonl");
    let lines = "{\"id\": \"one\", \"text\": \"Alpha Corp said sales rose.\"}\n\
                 not json\n\
                 {\"id\": \"two\", \"text\": \"Beta Ltd said profit fell 4%.\"}\n";
    wd.write("news.jsonl", lines);
    let first = wd.run(&["show", "news.jsonl", "-o", "first.html"]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    assert!(first.stdout.is_empty(), "-o writes nothing to standard output");
    let page = std::fs::read_to_string(wd.path("first.html")).unwrap();
    assert!(page.contains("<article id=\"quarry-article\" data-id=\"one\">"), "not the first document");
    assert!(page.contains("said sales rose."));

    // The unreadable line before `two` is reported, and makes the exit code 2.
    let second = wd.run(&["show", "news.jsonl", "--id", "two"]);
    assert_eq!(code(&second), 2, "{}", stderr(&second));
    assert!(stderr(&second).contains("news.jsonl:2"), "{}", stderr(&second));
    let page = stdout(&second);
    assert!(page.contains("<article id=\"quarry-article\" data-id=\"two\">"), "not document two");
    assert!(page.contains("profit fell") && !page.contains("sales rose"));
    assert!(page.contains("<div class=\"doc-id\">two</div>"));
}

#[test]
fn show_reads_gzipped_jsonl() {
    use std::io::Write;
    let wd = Workdir::new("show_jsonl_gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"b\", \"text\": \"Second one.\"}\n").unwrap();
    wd.write("news.jsonl.gz", gz.finish().unwrap());
    let out = wd.run(&["show", "news.jsonl.gz", "--id", "b"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("<article id=\"quarry-article\" data-id=\"b\">"));
    assert!(stdout(&out).contains("Second one."));
}

#[test]
fn show_reads_standard_input() {
    let wd = Workdir::new("show_stdin");
    let out = wd.run_with_stdin(&["show", "-"], "Prices rose 3% in Oslo, Statistics Norway said.".as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("<div class=\"doc-id\">stdin</div>"));
    assert!(stdout(&out).contains("Prices rose"));
}

#[test]
fn show_without_the_document_fails_clearly() {
    let wd = Workdir::new("show_missing");
    wd.write("news.jsonl", "{\"id\": \"one\", \"text\": \"Hello.\"}\n");
    let out = wd.run(&["show", "news.jsonl", "--id", "nine"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no readable document with id `nine`"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());

    let out = wd.run(&["show", "absent.txt"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("absent.txt"), "{}", stderr(&out));
}

#[test]
fn show_marks_a_document_read_with_problems() {
    let wd = Workdir::new("show_bad_utf8");
    wd.write("bad.txt", b"Sales rose \xff 5% in May, Acme said.\n");
    let out = wd.run(&["show", "bad.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains("class=\"notice\""), "no notice of the invalid UTF-8");
    assert!(page.contains("invalid_utf8"));
}

/// The Chromium to test with, if any.
fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("QUARRY_CHROMIUM").map(PathBuf::from).filter(|p| p.is_file()).or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|dir| ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name)))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        let required = std::env::var("QUARRY_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
        assert!(!required, "QUARRY_REQUIRE_CHROMIUM=1 but no Chromium found (install the `chromium` package)");
        eprintln!("skipped: no Chromium found (set QUARRY_CHROMIUM or install `chromium`); the page was not checked in a browser");
    }
    found
}

/// Runs headless Chromium on `page` with `args`, a fresh profile in `wd`, and returns its
/// standard output.
fn run_chromium(chromium: &Path, wd: &Workdir, page: &Path, args: &[&str]) -> String {
    let profile = wd.path(&format!("profile-{}", page.file_stem().unwrap().to_string_lossy()));
    let _ = std::fs::remove_dir_all(&profile);
    let stdout_path = wd.path("chromium.out");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.canonicalize().unwrap().display()))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let began = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if began.elapsed() > CHROMIUM_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took over {CHROMIUM_TIMEOUT:?} on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "chromium failed ({status}) on {}", page.display());
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::read_to_string(stdout_path).unwrap()
}

/// One element of the DOM Chromium dumps.
#[derive(Debug)]
struct Element {
    tag: String,
    attrs: BTreeMap<String, String>,
    text: String,
}

impl Element {
    /// A numeric attribute (`data-start`, `data-end`).
    fn offset(&self, name: &str) -> usize {
        self.attrs.get(name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {name} on {self:?}"))
    }
}

/// The elements of the serialized DOM `html` from `<article` to its end, in document order,
/// each with its attributes and text content. Panics on markup it cannot follow.
fn article_elements(html: &str) -> Vec<Element> {
    let start = html.find("<article").expect("the DOM has an article");
    let end = html.find("</article>").expect("the article is closed") + "</article>".len();
    let mut rest = &html[start..end];
    let mut done: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let close = tag.find('>').expect("a tag ends");
            let inside = &tag[..close];
            rest = &tag[close + 1..];
            if let Some(name) = inside.strip_prefix('/') {
                let top = open.pop().expect("a closing tag closes something");
                assert_eq!(done[top].tag, name, "misnested </{name}>");
                continue;
            }
            let (name, mut attrs_text) = inside.split_once(' ').unwrap_or((inside, ""));
            let mut attrs = BTreeMap::new();
            loop {
                attrs_text = attrs_text.trim_start();
                if attrs_text.is_empty() {
                    break;
                }
                let name_end = attrs_text.find(['=', ' ']).unwrap_or(attrs_text.len());
                let attr = attrs_text[..name_end].to_string();
                attrs_text = &attrs_text[name_end..];
                let value = match attrs_text.strip_prefix("=\"") {
                    Some(v) => {
                        let end = v.find('"').expect("an attribute value ends");
                        attrs_text = &v[end + 1..];
                        unescape(&v[..end])
                    }
                    None => String::new(),
                };
                attrs.insert(attr, value);
            }
            done.push(Element { tag: name.to_string(), attrs, text: String::new() });
            if !matches!(name, "br" | "hr" | "img" | "input" | "meta" | "wbr") {
                open.push(done.len() - 1);
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end]);
            for &e in &open {
                done[e].text.push_str(&text);
            }
            rest = &rest[end..];
        }
    }
    assert!(open.is_empty(), "the article has unclosed elements");
    done
}

/// Decodes the character references a serialized DOM uses.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = amp + rest[amp..].find(';').expect("a reference ends with ;");
        let name = &rest[amp + 1..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "nbsp" => '\u{a0}',
            _ => {
                let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => name.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32).unwrap_or_else(|| panic!("unknown reference &{name};"))
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// Code points `start..end` of `chars`.
fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start.min(chars.len())..end.min(chars.len())].iter().collect()
}

/// Checks that `pieces` (the elements of one record, in document order) show the record:
/// each piece holds exactly the text at its `data-start..data-end`, and together they run
/// from `start` to `end` with nothing but white space (a paragraph break) between them. So
/// their text content, joined, is the record's `text` without that white space; where the
/// pieces touch, it is the record's text exactly.
fn assert_shown(what: &str, pieces: &[&Element], chars: &[char], start: usize, end: usize, text: &str) {
    assert_eq!(slice(chars, start, end), text, "{what}: the record's offsets do not cover its text");
    assert!(!pieces.is_empty(), "{what} ({text:?}) is not in the page");
    let mut at = start;
    let mut gaps = 0;
    for piece in pieces {
        let (s, e) = (piece.offset("data-start"), piece.offset("data-end"));
        assert_eq!(piece.text, slice(chars, s, e), "{what}: a piece's text is not the text at its offsets");
        assert!(s >= at, "{what}: pieces overlap or run backwards at {s}");
        let gap = slice(chars, at, s);
        assert!(gap.trim().is_empty(), "{what}: the page leaves out {gap:?} ({at}..{s})");
        gaps += gap.chars().count();
        at = e;
    }
    assert_eq!(at, end, "{what}: the pieces end at {at}, the record at {end}");
    let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
    if gaps == 0 {
        assert_eq!(joined, text, "{what}");
    } else {
        let squeezed: String = text.split_whitespace().collect();
        assert_eq!(joined.split_whitespace().collect::<String>(), squeezed, "{what}");
    }
}

/// Elements whose attribute `name` is `value` (or, for `~`, lists it among its words).
fn with_attr<'e>(elements: &'e [Element], name: &str, value: &str, word: bool) -> Vec<&'e Element> {
    elements
        .iter()
        .filter(|e| {
            e.attrs.get(name).is_some_and(|v| if word { v.split_whitespace().any(|w| w == value) } else { v == value })
        })
        .collect()
}

/// Checks every quote, speaker, cue, claim and entity mention of `record` against the DOM
/// Chromium built from its page; returns how many records were checked.
fn assert_dom_matches(name: &str, text: &str, record: &Record, dom: &str) -> usize {
    assert!(dom.contains("<html lang=\"en\" class=\"js\">"), "{name}: the page's script did not run to its end");
    let elements = article_elements(dom);
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    for q in record.quotes.as_deref().unwrap_or_default() {
        let what = format!("{name} quote {}", q.id);
        assert_shown(&what, &with_attr(&elements, "data-quote", &q.id, false), &chars, q.start, q.end, &q.text);
        if let Some(s) = &q.speaker {
            let pieces = with_attr(&elements, "data-speaker-of", &q.id, true);
            assert_shown(&format!("{what} speaker"), &pieces, &chars, s.start, s.end, &s.text);
        }
        if let Some(c) = &q.cue {
            let pieces = with_attr(&elements, "data-cue-of", &q.id, true);
            assert_shown(&format!("{what} cue"), &pieces, &chars, c.start, c.end, &c.text);
        }
        checked += 1;
    }
    for c in record.claims.as_deref().unwrap_or_default() {
        let what = format!("{name} claim {}", c.id);
        assert_shown(&what, &with_attr(&elements, "data-claim", &c.id, false), &chars, c.start, c.end, &c.text);
        checked += 1;
    }
    for e in record.entities.as_deref().unwrap_or_default() {
        let pieces = with_attr(&elements, "data-entity", &e.id, false);
        let mut claimed = 0;
        for m in &e.mentions {
            let mine: Vec<&Element> = pieces
                .iter()
                .copied()
                .filter(|p| m.start <= p.offset("data-start") && p.offset("data-end") <= m.end)
                .collect();
            claimed += mine.len();
            let what = format!("{name} entity {} mention {:?} at {}", e.id, m.text, m.start);
            assert_shown(&what, &mine, &chars, m.start, m.end, &m.text);
            assert!(mine.iter().all(|p| p.attrs["data-mention"] == m.kind), "{what}: wrong mention kind");
            checked += 1;
        }
        assert_eq!(claimed, pieces.len(), "{name}: elements of {} that belong to no mention", e.id);
    }
    // Nothing of the text is lost: the article shows every word, in order.
    let shown: Vec<&str> = elements[0].text.split_whitespace().collect();
    let source: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(shown, source, "{name}: the article's text differs from the source");
    checked
}

#[test]
fn pages_in_chromium_show_every_record_of_the_json() {
    let Some(chromium) = chromium() else { return };
    let wd = Workdir::new("show_chromium");
    let mut articles: Vec<PathBuf> = std::fs::read_dir(repo_root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no fixture articles");
    let seed = shared_dir().map(|d| d.join("fixtures").join("seed-article.txt")).filter(|p| p.is_file());
    if seed.is_none() {
        eprintln!("skipped: the seed article is absent; checking the fixture articles only");
    }
    articles.extend(seed.clone());
    // A text with CRLF line ends, non-ASCII letters, emoji and markup characters.
    let odd = wd.write(
        "odd.txt",
        "Zürich <Report> & more\r\n\r\n“Prices rose 7% 🚀,” said Zoë Dubois, CEO of Élan SA. \
         She said the €1.5 billion plan — “<b>bold</b>” — would cut 300 jobs.\r\n",
    );
    articles.push(odd);
    let mut total = 0;
    for article in &articles {
        let name = article.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(article).unwrap();
        let record = extracted(&wd, article);
        let page = wd.path(&format!("{name}.html"));
        let out = wd.run(&["show", article.to_str().unwrap(), "-o", page.to_str().unwrap()]);
        assert_eq!(code(&out), 0, "show {name}: {}", stderr(&out));
        let dom = run_chromium(&chromium, &wd, &page, &["--dump-dom"]);
        let checked = assert_dom_matches(&name, &text, &record, &dom);
        assert!(checked > 0, "{name}: no records to check");
        total += checked;
    }
    eprintln!("checked {total} records of {} articles in Chromium", articles.len());

    // Pictures of the page, light and dark, to look at.
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().to_path_buf();
    let pictured = seed.unwrap_or_else(|| repo_root().join("fixtures").join("interview-feature.txt"));
    let page = wd.path(&format!("{}.html", pictured.file_stem().unwrap().to_string_lossy()));
    for (file, extra) in [("show-seed.png", None), ("show-seed-dark.png", Some("--force-dark-mode"))] {
        let png = target.join(file);
        let _ = std::fs::remove_file(&png);
        let mut args = vec![format!("--screenshot={}", png.display()), "--window-size=1280,2000".to_string()];
        args.extend(extra.map(str::to_string));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_chromium(&chromium, &wd, &page, &args);
        let bytes = std::fs::read(&png).unwrap_or_else(|_| panic!("no screenshot at {}", png.display()));
        assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000, "{} is not a picture of a page", png.display());
        eprintln!("screenshot: {}", png.display());
    }
}
