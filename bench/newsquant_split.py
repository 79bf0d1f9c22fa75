#!/usr/bin/env python3
"""Scores `crosscheck extract` on the NewsQuant dev set split into a tuning part and a
held-out part (sentences whose index % 5 == 4), plus the whole set, and our own general
news set (tests/fixtures/extract/general/sentences.json) and the blind sets
(tests/fixtures/extract/blind/) and real news pages (tests/fixtures/extract/real/) with the
same scorer; then the sets pooled: the held-back real pages (the closest measure of unseen
news), the readable real pages, the held-back parts in dev's conventions and those never
quoted in the README (gn on, decision 1446), and the held-back blind sets.

Usage: [CARGO_TARGET_DIR=...] bench/newsquant_split.py [--build]
Reads ../shared/data/newsquant/dev.json relative to the repository root; skips with a
message when it is absent. The subsets are written to a temporary directory only.
"""
import json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsquant_misses import HELD_BACK, HELD_BACK_REAL  # noqa: E402  one list of what is held back

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
DEV = os.path.join(SHARED, "data", "newsquant", "dev.json")
SCORER = os.path.join(SHARED, "bench", "newsquant_score.py")
GENERAL = os.path.join(ROOT, "tests", "fixtures", "extract", "general", "sentences.json")
BLIND = [os.path.join(ROOT, "tests", "fixtures", "extract", "blind", f"{n}.json") for n in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")]
BLIND += [os.path.join(ROOT, "tests", "fixtures", "extract", "real", f"pages_{n}.json") for n in ("a", "b", "c", "d", "e", "f", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "dq", "dr", "ds", "dt", "do", "dp", "du", "dv", "dw", "dx", "ea", "eb", "dy", "dz", "eg", "eh", "ee", "ef", "ec", "ed", "em", "en", "ei", "ej", "ek", "el", "es", "et", "eq", "er", "eo", "ep", "eu", "ev", "ew", "ex", "fa", "fb", "fc", "fd", "ey", "ez", "fe", "ff", "fg", "fh", "fi", "fj", "fk", "fl", "fm", "fn", "fq", "fr", "fo", "fp", "fw", "fx", "fu", "fv", "fs", "ft", "fy", "fz", "ga", "gb", "ge", "gf", "gc", "gd", "gi", "gj", "gg", "gh", "gk", "gl", "gm", "gn", "go", "gp", "gq", "gr", "gw", "gx", "gs", "gt", "gu", "gv", "ha", "hb", "gy", "gz", "hc", "hd")]
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "crosscheck")
# Real parts ag onwards were annotated in NewsQuant dev's own conventions (README "Parts ag
# and ah" on); a through af keep the README c/d rules where those differ from dev's (a level
# reached by a change verb is `up`/`down` there, `=` in dev). Decision 289.
DEV_CONVENTIONS_FROM = "ag"
# Held-back parts gn onwards were written after the README's held-back quotes were masked
# (decision 1418) and their sections never quoted their own sentences: no rule helper has
# read an annotation case of theirs, so they are the cleanest measure of unseen text (1446).
UNQUOTED_FROM = "gn"


def main():
    args = sys.argv[1:]
    if not os.path.exists(DEV) or not os.path.exists(SCORER):
        print(f"skipped: {DEV} or {SCORER} not found (../shared is absent)")
        return
    if "--build" in args:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.path.exists(BIN):
        sys.exit(f"{BIN} not found: run with --build (honours CARGO_TARGET_DIR)")
    gold = json.load(open(DEV, encoding="utf-8"))
    parts = {
        "tune": [e for i, e in enumerate(gold) if i % 5 != 4],
        "held-out": [e for i, e in enumerate(gold) if i % 5 == 4],
        "all": gold,
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, items in parts.items():
            path = os.path.join(tmp, f"{name}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(items, f)
            out = subprocess.run([sys.executable, SCORER, path, "--", BIN, "extract", "--format", "jsonl"],
                                 capture_output=True, text=True)
            print(f"== {name} ==")
            print(out.stdout.strip() or out.stderr.strip())
        for path in [GENERAL] + BLIND:
            score(path, os.path.relpath(path, ROOT))
        real = [p for p in BLIND if os.path.basename(p).startswith("pages_")]
        pools = {
            "pooled: real pages held back": [p for p in real if os.path.basename(p) in HELD_BACK_REAL],
            "pooled: real pages readable": [p for p in real if os.path.basename(p) not in HELD_BACK_REAL],
            "pooled: real pages held back, dev's conventions (ag on)": [
                p for p in real if os.path.basename(p) in HELD_BACK_REAL and part_from(p, DEV_CONVENTIONS_FROM)],
            "pooled: real pages held back, never quoted (gn on)": [
                p for p in real if os.path.basename(p) in HELD_BACK_REAL and part_from(p, UNQUOTED_FROM)],
            "pooled: blind sets held back": [p for p in BLIND if os.path.basename(p) in HELD_BACK],
        }
        for name, paths in pools.items():
            items = [e for p in paths for e in json.load(open(p, encoding="utf-8"))]
            path = os.path.join(tmp, "pool.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(items, f)
            score(path, f"{name} ({len(paths)} parts, {len(items)} sentences)")


def part_from(path, first):
    """Whether a real part's letters sort at or after `first` as part names do (shorter
    names first): "ag" on were annotated in dev's conventions, "gn" on never quoted."""
    part = os.path.basename(path)[len("pages_"):-len(".json")]
    return (len(part), part) >= (len(first), first)


def score(path, name):
    out = subprocess.run([sys.executable, SCORER, path, "--", BIN, "extract", "--format", "jsonl"],
                         capture_output=True, text=True)
    print(f"== {name} ==")
    print(out.stdout.strip() or out.stderr.strip())


if __name__ == "__main__":
    main()
