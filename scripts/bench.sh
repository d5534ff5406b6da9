#!/usr/bin/env bash
# Throughput and memory of the `quarry` binary on the bundled news corpus.
#
# Measures, with the release build and output to /dev/null:
#   1. `quarry segment --jobs 1` against `gzip -1` on the same expanded JSONL corpus
#      (corpora/news.jsonl.gz, ~8.6 MB): MB/s of each and their ratio, best of $BENCH_RUNS;
#   2. `quarry extract --jobs 1` on that corpus, best of $BENCH_RUNS, and on the same articles
#      joined into one document (blank lines between them): the time of the one long document
#      over that of the articles apart shows whether any stage grows faster than the text;
#   3. `quarry extract` (default --jobs, one per core) on a large JSONL made by repeating the
#      corpus with fresh ids ($BENCH_LARGE_MB MB, default 1024; built once under target/bench/
#      and reused): MB/s and the peak resident memory of the process.
#
# Targets: segmentation at least as fast as `gzip -1` on one thread (ratio >= 1.0); peak
# memory under 100 MB on a 1 GB input.
#
# MB are 10^6 bytes throughout, and speeds count the input file's bytes (JSONL), so the
# segment / gzip ratio is a ratio of times. Wall time is taken by python3 around a subprocess.
# Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it is installed; otherwise from
# python3's getrusage(RUSAGE_CHILDREN).ru_maxrss, which is an upper bound only: a child
# inherits the high-water mark of the python process that forked it (about 14 MB), so that
# figure is flagged with `<=`. `cargo bench` measures the library calls alone, without
# reading or writing JSON.
#
# Usage, from the repository root:
#   bash scripts/bench.sh
#   BENCH_LARGE_MB=256 BENCH_RUNS=5 bash scripts/bench.sh
#   BENCH_LARGE_MB=0 bash scripts/bench.sh        # skip the large input
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

large_mb=${BENCH_LARGE_MB:-1024}
runs=${BENCH_RUNS:-3}
dir=target/bench
corpus=$dir/news.jsonl
quarry=target/release/quarry

for tool in cargo gzip python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: needs $tool" >&2; exit 2; }
done

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    gnu_time=/usr/bin/time
fi

# measure RUNS CMD...: runs CMD (stdout to /dev/null) RUNS times and prints the best wall
# time in seconds and the peak RSS of any run in KiB (prefixed with `<=` when it is only an
# upper bound; see above). A failing run fails the script.
measure() {
    python3 - "$gnu_time" "$@" <<'PY'
import os, resource, subprocess, sys, tempfile, time
gnu_time, runs, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
best, peak = float("inf"), 0
with tempfile.TemporaryDirectory() as tmp:
    rss_file = os.path.join(tmp, "rss")
    wrap = [gnu_time, "-f", "%M", "-o", rss_file] if gnu_time else []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(wrap + cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        if done.returncode != 0:
            sys.exit(f"bench.sh: `{' '.join(cmd)}` failed with exit status {done.returncode}")
        best = min(best, time.perf_counter() - start)
        if gnu_time:
            peak = max(peak, int(open(rss_file).read().split()[-1]))
if not gnu_time:
    peak = "<=" + str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"{best:.6f} {peak}")
PY
}

# mbps BYTES SECONDS
mbps() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.1f}')" "$1" "$2"; }
# mb KIB: a size in KiB as MB (keeping a leading `<=`)
mb() { python3 -c "import sys; s = sys.argv[1]; n = s.lstrip('<='); print(s[:-len(n)] + f'{int(n) * 1024 / 1e6:.1f}')" "$1"; }

echo "== building (cargo build --release)"
cargo build --release --quiet
mkdir -p "$dir"
gzip -dc corpora/news.jsonl.gz >"$corpus.tmp"
mv "$corpus.tmp" "$corpus"
bytes=$(wc -c <"$corpus")
docs=$(wc -l <"$corpus")
echo "corpus: $corpus, $docs documents, $bytes bytes; best of $runs runs"
echo "peak RSS from: ${gnu_time:-python3 getrusage (upper bound)}"

echo "== quarry segment --jobs 1"
read -r seg_s seg_rss < <(measure "$runs" "$quarry" segment --jobs 1 "$corpus")
seg_mbps=$(mbps "$bytes" "$seg_s")
echo "$seg_mbps MB/s ($seg_s s)"

echo "== gzip -1"
read -r gz_s _ < <(measure "$runs" gzip -1 -c "$corpus")
gz_mbps=$(mbps "$bytes" "$gz_s")
echo "$gz_mbps MB/s ($gz_s s)"
ratio=$(python3 -c "import sys; print(f'{float(sys.argv[2]) / float(sys.argv[1]):.2f}')" "$seg_s" "$gz_s")
echo "segment / gzip -1: $ratio"

echo "== quarry extract --jobs 1"
read -r ext_s ext_rss < <(measure "$runs" "$quarry" extract --jobs 1 "$corpus")
ext_mbps=$(mbps "$bytes" "$ext_s")
echo "$ext_mbps MB/s ($ext_s s)"

echo "== quarry extract --jobs 1, the corpus as one document"
joined=$dir/news-joined.jsonl
python3 - "$corpus" "$joined" <<'PY'
import json, sys
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(json.dumps({"id": "joined", "text": "\n\n".join(texts)}) + "\n")
PY
joined_bytes=$(wc -c <"$joined")
read -r one_s one_rss < <(measure "$runs" "$quarry" extract --jobs 1 "$joined")
one_mbps=$(mbps "$joined_bytes" "$one_s")
echo "$one_mbps MB/s ($one_s s)"
growth=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$one_s" "$ext_s")
echo "one document / $docs documents: $growth of the time"

large_row=""
if [ "$large_mb" -gt 0 ]; then
    large=$dir/news-${large_mb}mb.jsonl
    if [ -s "$large" ]; then
        echo "== reusing $large"
    else
        echo "== building $large ($large_mb MB: the corpus repeated, ids prefixed with the copy number)"
        python3 - "$corpus" "$large.tmp" "$large_mb" <<'PY'
import sys
src, dst, target = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 10**6
lines = open(src, "rb").read().splitlines(keepends=True)
prefix = b'{"id": "news-'
assert all(line.startswith(prefix) for line in lines), "unexpected line layout"
written, copy = 0, 0
with open(dst, "wb", buffering=1 << 20) as out:
    while written < target:
        copy += 1
        head = b'{"id": "c%04d-news-' % copy
        for line in lines:
            out.write(head)
            out.write(line[len(prefix):])
            written += len(head) + len(line) - len(prefix)
print(f"{copy} copies, {written} bytes")
PY
        mv "$large.tmp" "$large"
    fi
    large_bytes=$(wc -c <"$large")
    jobs=$(nproc 2>/dev/null || echo "?")
    echo "== quarry extract $large ($large_bytes bytes, default --jobs: $jobs cores), once"
    read -r large_s large_rss < <(measure 1 "$quarry" extract "$large")
    large_mbps=$(mbps "$large_bytes" "$large_s")
    large_peak=$(mb "$large_rss")
    echo "$large_mbps MB/s ($large_s s), peak RSS $large_peak MB"
    large_row=$(printf '%-36s %9s %9.2f %14s' "quarry extract, $((large_bytes / 1000000)) MB, $jobs jobs" \
        "$large_mbps" "$large_s" "$large_peak")
fi

echo
echo "== summary (MB = 10^6 bytes; speeds over input JSONL bytes)"
printf '%-36s %9s %9s %14s\n' "" "MB/s" "seconds" "peak RSS (MB)"
printf '%-36s %9s %9.3f %14s\n' "quarry segment --jobs 1 ($((bytes / 1000000)) MB)" "$seg_mbps" "$seg_s" "$(mb "$seg_rss")"
printf '%-36s %9s %9.3f %14s\n' "gzip -1" "$gz_mbps" "$gz_s" "-"
printf '%-36s %9s %9.3f %14s\n' "quarry extract --jobs 1" "$ext_mbps" "$ext_s" "$(mb "$ext_rss")"
printf '%-36s %9s %9.3f %14s\n' "quarry extract --jobs 1, as one doc" "$one_mbps" "$one_s" "$(mb "$one_rss")"
[ -n "$large_row" ] && echo "$large_row"
echo
verdict() { python3 -c "import sys; print('met' if eval(sys.argv[1]) else 'MISSED')" "${1//<=/}"; }
echo "segment / gzip -1 = $ratio (target >= 1.0: $(verdict "$ratio >= 1.0"))"
if [ -n "$large_row" ]; then
    echo "peak RSS on $((large_bytes / 1000000)) MB = $large_peak MB (target < 100 MB: $(verdict "$large_peak < 100"))"
fi
