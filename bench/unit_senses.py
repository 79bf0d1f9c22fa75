#!/usr/bin/env python3
"""Scores the extractor's unit disambiguation on ../shared/data/units/sentences_train.json:
1,835 sentences, each labelled with the unit that an ambiguous word in it denotes ("kn":
knot or Croatian kuna, "C": °C or coulomb, "pounds": mass or money, ...). A sentence counts
as right when one of the extractor's mentions in it has the labelled unit (labels are
mapped to the extractor's names by bench/unit_labels.tsv).

The set is split in two fixed parts: sentences at even indices are the DESIGN part (read,
printed with --misses, and used to write context rules) and odd indices the CHECK part
(only scored, never printed). Report both; the check part is the honest figure.

Usage: [CARGO_TARGET_DIR=...] bench/unit_senses.py [--build] [--misses]
Skips with a message when ../shared is absent.
"""
import collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "units", "sentences_train.json")
LABELS = os.path.join(ROOT, "bench", "unit_labels.tsv")
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "crosscheck")


def label_names():
    names = {}
    for line in open(LABELS, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        label, name = line.rstrip("\n").split("\t")
        names.setdefault(label, set()).add(name)
    return names


def units_per_line(texts):
    """The set of unit names the extractor gives on each line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sentences.txt")
        with open(path, "w", encoding="utf-8") as f:
            for t in texts:
                f.write(t.replace("\n", " ") + "\n")
        out = subprocess.run([BIN, "extract", "--format", "jsonl", path],
                             capture_output=True, text=True, check=True).stdout
    units = [set() for _ in texts]
    for line in out.splitlines():
        m = json.loads(line)
        if "unit" in m:
            # A rate's numerator is the unit the word denotes: "15000 ¥ per night".
            units[m["line"] - 1].add(m["unit"].split(" per ")[0])
    return units


def main():
    args = sys.argv[1:]
    if not os.path.exists(DATA):
        print(f"skipped: {DATA} not found (../shared is absent)")
        return
    if "--build" in args:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.path.exists(BIN):
        sys.exit(f"{BIN} not found: run with --build (honours CARGO_TARGET_DIR)")
    data = json.load(open(DATA, encoding="utf-8"))
    names = label_names()
    found = units_per_line([e["text"] for e in data])
    parts = {"design (even)": [], "check (odd)": []}
    for i, e in enumerate(data):
        want = names.get(e["unit"], {e["unit"]})
        ok = bool(want & found[i])
        parts["design (even)" if i % 2 == 0 else "check (odd)"].append((i, e, "|".join(sorted(want)), ok))
    for name, rows in parts.items():
        right = sum(ok for *_, ok in rows)
        print(f"{name:14s} {right}/{len(rows)} = {100 * right / len(rows):.1f}% of sentences have the labelled unit")
    if "--misses" in args:
        pairs = collections.Counter()
        for i, e, want, ok in parts["design (even)"]:
            if not ok:
                got = ", ".join(sorted(found[i])) or "-"
                pairs[(want, got)] += 1
                print(f"{i}\t{want}\t<- {got}\t{e['text']}")
        print("\nmisses by (label, extractor's units):")
        for (want, got), n in pairs.most_common():
            print(f"{n:4d}  {want}  <-  {got}")


if __name__ == "__main__":
    main()
