//! Throughput of segmentation and of full extraction on the bundled news corpus
//! (`corpora/news.jsonl.gz`, see `corpora/README.md`), on one thread, next to gzip level 1
//! compressing the same JSONL bytes in-process.
//!
//! `cargo bench --bench throughput` runs each measurement up to five times and keeps the best
//! run; it takes a few seconds. MB are 10^6 bytes. Segmentation and extraction speeds count the
//! articles' text bytes; gzip's count the JSONL bytes, as `gzip -1 news.jsonl` would. The
//! targets are segmentation at least as fast as gzip -1, and full extraction at least half as
//! fast (against the `gzip` binary when there is one, else against flate2).
//!
//! gzip -1 is measured twice: in-process with flate2's `Compression::fast()` (its default
//! miniz_oxide backend, a faster and weaker level 1 than GNU gzip's), and, when `gzip` is on
//! the `PATH`, the real `gzip -1` fed from memory through a pipe. `scripts/bench.sh` measures
//! the `quarry` binary against `gzip -1` on the same file, and peak memory on a ~1 GB input.
//!
//! Built and run by `cargo test --benches` (without `--bench`), it checks itself on a few
//! documents with one run each, and makes no claim about speed.

use std::hint::black_box;
use std::io::{self, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use quarry::output::{self, RecordOptions};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/news.jsonl.gz");

/// What the corpus must hold, so that a changed or truncated corpus is not measured silently.
/// Regenerating it on purpose (`python3 corpora/generate.py --stats`) means updating these.
const DOCS: usize = 2_800;
const JSONL_BYTES: usize = 8_642_046;
const TEXT_BYTES: usize = 8_413_948;

/// Runs per measurement; the best one counts.
const RUNS: usize = 5;
/// A measurement stops early once its runs have taken this long (after at least one run).
const BUDGET: Duration = Duration::from_secs(15);
/// Documents used when checking rather than benchmarking.
const CHECK_DOCS: usize = 50;

/// What `quarry extract` writes by default: entities, quotes and claims, no sentences.
const RECORD: RecordOptions =
    RecordOptions { sentences: false, paragraphs: false, extraction: true, text: false, sentence_text: false };

/// The corpus as read: the JSONL bytes and each document's id and text.
struct Corpus {
    jsonl: Vec<u8>,
    docs: Vec<(String, String)>,
}

#[derive(serde::Deserialize)]
struct Line {
    id: String,
    text: String,
}

fn load() -> Corpus {
    let file = std::fs::File::open(CORPUS).unwrap_or_else(|err| panic!("opening {CORPUS}: {err}"));
    let mut jsonl = Vec::new();
    MultiGzDecoder::new(file).read_to_end(&mut jsonl).unwrap_or_else(|err| panic!("decompressing {CORPUS}: {err}"));
    let docs: Vec<(String, String)> = jsonl
        .split(|&b| b == b'\n')
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(i, line)| {
            let line: Line =
                serde_json::from_slice(line).unwrap_or_else(|err| panic!("{CORPUS}: line {}: {err}", i + 1));
            (line.id, line.text)
        })
        .collect();
    let text_bytes: usize = docs.iter().map(|(_, text)| text.len()).sum();
    assert_eq!(docs.len(), DOCS, "{CORPUS}: document count");
    assert_eq!(jsonl.len(), JSONL_BYTES, "{CORPUS}: JSONL bytes");
    assert_eq!(text_bytes, TEXT_BYTES, "{CORPUS}: text bytes");
    Corpus { jsonl, docs }
}

/// What one pass over the documents saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    docs: usize,
    sentences: usize,
    tokens: usize,
    /// Bytes written: serialized records, or compressed bytes.
    out: usize,
}

/// The best of up to `runs` timed runs of `run`, each on a fresh input from `setup` (which is
/// not timed). Every run must see the same counts.
fn best_of<I>(
    runs: usize,
    mut setup: impl FnMut() -> I,
    mut run: impl FnMut(I) -> Counts,
) -> (Duration, usize, Counts) {
    let mut best = Duration::MAX;
    let mut counts = None;
    let mut spent = Duration::ZERO;
    let mut done = 0;
    while done < runs && (done == 0 || spent < BUDGET) {
        let input = setup();
        let start = Instant::now();
        let seen = black_box(run(black_box(input)));
        let took = start.elapsed();
        best = best.min(took);
        spent += took;
        done += 1;
        assert_eq!(*counts.get_or_insert(seen), seen, "runs disagree");
    }
    (best, done, counts.expect("at least one run"))
}

fn segment_all(docs: Vec<(String, String)>) -> Counts {
    let mut counts = Counts::default();
    for (id, text) in docs {
        let doc = quarry::segment(id, text);
        counts.docs += 1;
        counts.sentences += doc.sentences().len();
        counts.tokens += doc.tokens().len();
        black_box(&doc);
    }
    counts
}

fn extract_all(docs: Vec<(String, String)>) -> Counts {
    let mut counts = Counts::default();
    let mut json = Vec::new();
    for (id, text) in docs {
        // What the batch runner does for each document of `quarry extract`.
        let done = output::Processed::new(id, text, Vec::new(), RECORD);
        json.clear();
        done.write_json(&mut json).expect("records serialize");
        counts.docs += 1;
        counts.sentences += done.doc.sentences().len();
        counts.tokens += done.doc.tokens().len();
        counts.out += json.len();
        black_box(&json);
    }
    counts
}

fn gzip_fast(jsonl: &[u8], out: Vec<u8>) -> Counts {
    let mut encoder = GzEncoder::new(out, Compression::fast());
    encoder.write_all(jsonl).expect("writing to memory");
    let compressed = encoder.finish().expect("writing to memory");
    Counts { out: compressed.len(), ..Counts::default() }
}

/// `gzip -1 -c`, fed `jsonl` on standard input; `None` when it cannot be run.
fn gzip_binary(jsonl: &[u8]) -> Option<Counts> {
    let mut child = Command::new("gzip")
        .args(["-1", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let mut stdout = child.stdout.take()?;
    let out = std::thread::scope(|scope| {
        scope.spawn(move || stdin.write_all(jsonl));
        io::copy(&mut stdout, &mut io::sink())
    });
    if !child.wait().ok()?.success() {
        return None;
    }
    Some(Counts { out: usize::try_from(out.ok()?).ok()?, ..Counts::default() })
}

fn mb_per_s(bytes: usize, took: Duration) -> f64 {
    bytes as f64 / 1e6 / took.as_secs_f64()
}

fn report(name: &str, bytes: usize, (took, runs, counts): (Duration, usize, Counts)) -> f64 {
    let speed = mb_per_s(bytes, took);
    let docs = if counts.docs > 0 {
        format!("{:>8.0} docs/s", counts.docs as f64 / took.as_secs_f64())
    } else {
        format!("{:>15}", "")
    };
    println!("{name:<9} {speed:>8.1} MB/s {docs}   best {:>7.1} ms of {runs}", took.as_secs_f64() * 1e3);
    speed
}

fn main() {
    let benchmarking = std::env::args().any(|arg| arg == "--bench");
    let corpus = load();
    let (runs, docs) = if benchmarking {
        (RUNS, &corpus.docs[..])
    } else {
        println!("checking only (run `cargo bench` to measure): {CHECK_DOCS} documents, one run each");
        (1, &corpus.docs[..CHECK_DOCS])
    };
    let text_bytes: usize = docs.iter().map(|(_, text)| text.len()).sum();
    println!(
        "corpus    {CORPUS}\n          {} documents, {:.2} MB of text, {:.2} MB of JSONL; one thread, best of {runs}",
        docs.len(),
        text_bytes as f64 / 1e6,
        corpus.jsonl.len() as f64 / 1e6,
    );

    let segment = best_of(runs, || docs.to_vec(), segment_all);
    let extract = best_of(runs, || docs.to_vec(), extract_all);
    let gzip = best_of(runs, || Vec::with_capacity(corpus.jsonl.len()), |out| gzip_fast(&corpus.jsonl, out));
    // A first, untimed run tells whether gzip is installed (and warms it up).
    let gzip_bin = gzip_binary(&corpus.jsonl)
        .map(|_| best_of(runs, || (), |()| gzip_binary(&corpus.jsonl).expect("gzip ran once already")));

    for (name, counts) in [("segment", segment.2), ("extract", extract.2)] {
        assert_eq!(counts.docs, docs.len(), "{name}: documents seen");
        assert_eq!(segment.2.sentences, counts.sentences, "{name}: sentences differ from segmentation's");
    }
    println!();
    let segment_speed = report("segment", text_bytes, segment);
    let extract_speed = report("extract", text_bytes, extract);
    let gzip_speed = report("flate2 -1", corpus.jsonl.len(), gzip);
    let gzip_bin_speed = gzip_bin.map(|measured| report("gzip -1", corpus.jsonl.len(), measured));
    println!();
    // Each extraction stage alone, on documents segmented (and extracted) beforehand.
    let segmented: Vec<quarry::Document> =
        docs.iter().map(|(id, text)| quarry::segment(id.clone(), text.clone())).collect();
    let found: Vec<quarry::entities::Entities> = segmented.iter().map(quarry::entities::entities).collect();
    let quoted: Vec<Vec<quarry::quotes::Quote>> =
        segmented.iter().zip(&found).map(|(d, e)| quarry::quotes::quotes(d, e)).collect();
    let stage = |name: &str, run: &dyn Fn(usize) -> usize| {
        let counts = best_of(
            runs,
            || (),
            |()| {
                let items = (0..segmented.len()).map(run).sum();
                Counts { docs: segmented.len(), out: items, ..Counts::default() }
            },
        );
        report(name, text_bytes, counts);
    };
    stage("entities", &|i| black_box(quarry::entities::entities(&segmented[i])).mentions.len());
    stage("quotes", &|i| black_box(quarry::quotes::quotes(&segmented[i], &found[i])).len());
    stage("claims", &|i| black_box(quarry::claims::claims(&segmented[i], &found[i], &quoted[i])).len());
    println!();
    let s = segment.2;
    println!(
        "segment   {} sentences, {} tokens ({:.1} sentences and {:.0} tokens per document)",
        s.sentences,
        s.tokens,
        s.sentences as f64 / s.docs as f64,
        s.tokens as f64 / s.docs as f64
    );
    println!(
        "extract   {:.2} MB of records (entities, quotes and claims, as `quarry extract` writes them)",
        extract.2.out as f64 / 1e6
    );
    let compressed = |name: &str, what: &str, counts: Counts| {
        let (out, ratio) = (counts.out as f64 / 1e6, corpus.jsonl.len() as f64 / counts.out as f64);
        println!("{name:<9} {what} over the JSONL: {out:.2} MB out, ratio {ratio:.2}");
    };
    compressed("flate2 -1", "flate2 Compression::fast() (miniz_oxide)", gzip.2);
    match gzip_bin {
        Some(measured) => compressed("gzip -1", "`gzip -1 -c`, through a pipe,", measured.2),
        None => println!("gzip -1   not measured: no `gzip` on the PATH"),
    }
    println!();
    let verdict = |ratio: f64, target: f64| match (benchmarking, ratio >= target) {
        (false, _) => "unoptimised check build, not a measurement".to_string(),
        (true, true) => format!("meets the target (at least {target:.1})"),
        (true, false) => format!("misses the target (at least {target:.1})"),
    };
    let ratio = segment_speed / gzip_speed;
    println!("segment / flate2 -1 = {ratio:.2}: {}", verdict(ratio, 1.0));
    if let Some(gzip_bin_speed) = gzip_bin_speed {
        let ratio = segment_speed / gzip_bin_speed;
        println!("segment / gzip -1   = {ratio:.2}: {}", verdict(ratio, 1.0));
    }
    // Full extraction on one thread must run at least half as fast as gzip -1: against the
    // real gzip when it was measured, else against flate2's level 1.
    let ratio = extract_speed / gzip_bin_speed.unwrap_or(gzip_speed);
    println!("extract / gzip -1 = {ratio:.2}: {}", verdict(ratio, 0.5));
}
