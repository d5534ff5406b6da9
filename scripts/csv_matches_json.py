#!/usr/bin/env python3
"""Checks that quarry's CSV (or TSV) tables hold the same records as its JSON output.

    python3 scripts/csv_matches_json.py [--quarry BIN] [--tsv] [--bom] INPUT...

Runs `quarry extract INPUT... --with-text` (JSON lines) and `quarry extract INPUT...
--format csv -o DIR`, reads the tables with Python's csv module, and compares them row by
row with the JSON records: every quote, claim and entity mention, every field, in the same
order, and every offset slicing the document text (`text[start:end]`) to the row's text.
Prints a one-line summary and exits 0 when everything matches, 1 otherwise.
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def cell(value):
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value)


def same(expected, got, where, problems):
    if cell(expected) == got:
        return
    # Numbers are compared as numbers: 0.3333333333333333 and 3.3333333333333335e-1 agree.
    if isinstance(expected, float) and got:
        try:
            if float(got) == expected:
                return
        except ValueError:
            pass
    problems.append(f"{where}: JSON {expected!r}, CSV {got!r}")


def expected_rows(record):
    """The rows each table should have for one JSON record."""
    doc = record["id"]
    entities = [
        {
            "doc_id": doc,
            "entity_id": e["id"],
            "entity_name": e["name"],
            "entity_type": e["type"],
            "mention_kind": m["kind"],
            "text": m["text"],
            "start": m["start"],
            "end": m["end"],
        }
        for e in record.get("entities", [])
        for m in e["mentions"]
    ]
    quotes = []
    for q in record.get("quotes", []):
        s, c = q.get("speaker") or {}, q.get("cue") or {}
        quotes.append(
            {
                "doc_id": doc,
                "quote_id": q["id"],
                "kind": q["kind"],
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "speaker_name": s.get("name"),
                "speaker_text": s.get("text"),
                "speaker_start": s.get("start"),
                "speaker_end": s.get("end"),
                "speaker_entity": s.get("entity"),
                "cue": c.get("text"),
                "cue_start": c.get("start"),
                "cue_end": c.get("end"),
                "sentence": q["sentence"],
                "confidence": q["confidence"],
                "rule": q["rule"],
            }
        )
    claims = []
    for c in record.get("claims", []):
        subject, source = c.get("subject") or {}, c.get("source") or {}
        claims.append(
            {
                "doc_id": doc,
                "claim_id": c["id"],
                "kind": c["kind"],
                "text": c["text"],
                "start": c["start"],
                "end": c["end"],
                "value": c.get("value"),
                "value_max": c.get("value_max"),
                "unit": c.get("unit"),
                "noun": c.get("noun"),
                "approximate": c.get("approximate", False),
                "qualifier": c.get("qualifier"),
                "bound": c.get("bound"),
                "direction": c.get("direction"),
                "per": c.get("per"),
                "equivalent": c.get("equivalent"),
                "subject": subject.get("name"),
                "subject_entity": subject.get("entity"),
                "source": source.get("name"),
                "source_entity": source.get("entity"),
                "hedged": c.get("hedged", False),
                "sentence": c["sentence"],
                "rule": c["rule"],
            }
        )
    return {"entities": entities, "quotes": quotes, "claims": claims}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--quarry", default="target/release/quarry")
    parser.add_argument("--tsv", action="store_true")
    parser.add_argument("--bom", action="store_true")
    args = parser.parse_args()

    fmt, delimiter = ("tsv", "\t") if args.tsv else ("csv", ",")
    json_out = subprocess.run(
        [args.quarry, "extract", *args.inputs, "--with-text"], capture_output=True, text=True, encoding="utf-8"
    )
    records = [json.loads(line) for line in json_out.stdout.splitlines() if line.strip()]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        table_args = [args.quarry, "extract", *args.inputs, "--format", fmt, "-o", tmp] + (["--bom"] if args.bom else [])
        tables_out = subprocess.run(table_args, capture_output=True, text=True)
        if tables_out.returncode != json_out.returncode:
            problems.append(f"exit codes differ: JSON {json_out.returncode}, {fmt} {tables_out.returncode}")
        read = {}
        for name in ["documents", "entities", "quotes", "claims", "errors"]:
            # utf-8-sig drops the byte-order mark that --bom writes.
            with open(Path(tmp) / f"{name}.{fmt}", newline="", encoding="utf-8-sig") as f:
                read[name] = list(csv.DictReader(f, delimiter=delimiter))

    good = [r for r in records if "error" not in r]
    bad = [r for r in records if "error" in r]
    texts = {r["id"]: r["text"] for r in good}
    if [r["doc_id"] for r in read["documents"]] != [r["id"] for r in records]:
        problems.append("documents.csv does not list the documents in input order")
    errors_ids = [r["doc_id"] for r in read["errors"]]
    for r in bad:
        if r["id"] not in errors_ids:
            problems.append(f"unreadable document {r['id']} is not in errors.csv")

    counts = {}
    for table in ["entities", "quotes", "claims"]:
        want = [row for r in good for row in expected_rows(r)[table]]
        got = read[table]
        counts[table] = len(got)
        if len(want) != len(got):
            problems.append(f"{table}: JSON has {len(want)} rows, CSV {len(got)}")
        for i, (w, g) in enumerate(zip(want, got)):
            where = f"{table} row {i + 2} ({w['doc_id']})"
            missing = set(w) - set(g)
            if missing:
                problems.append(f"{where}: columns {sorted(missing)} missing")
                break
            for key, value in w.items():
                same(value, g.get(key, ""), f"{where} {key}", problems)
            text = texts[w["doc_id"]]
            if text[int(g["start"]) : int(g["end"])] != g["text"]:
                problems.append(f"{where}: text[start:end] is not the row's text")
            if table == "quotes" and g["speaker_start"]:
                if text[int(g["speaker_start"]) : int(g["speaker_end"])] != g["speaker_text"]:
                    problems.append(f"{where}: speaker offsets do not cover the speaker text")

    for p in problems[:30]:
        print(p)
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    if problems:
        print(f"MISMATCH: {len(problems)} problems ({len(records)} documents; {summary})")
        return 1
    print(f"ok: {fmt} matches JSON: {len(records)} documents ({len(bad)} unreadable); {summary} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
