#!/usr/bin/env python3
"""Counts figures that follow a counted noun or a rate named once in their sentence and
have no noun or denominator of their own: does the gold carry the earlier figure's unit
(noun or rate) to them, leave them bare, or give them another unit, and what does
`crosscheck extract` write? (issue 17, branch excarry47)

Usage: [CARGO_TARGET_DIR=...] bench/elided_after.py [--rows] [GOLD.json ...]
Without files: NewsQuant dev TUNE (index % 5 != 4), the general set, the readable blind
sets, the readable real parts (each separately). Held-back files are refused.

A later figure T is a candidate when an earlier figure S of the sentence (the nearest
one with a unit in the gold) has a counted noun (not money, measure or percentage) or a
rate ("X per Y") and
  - noun: T's extractor span is a number and scale words only (no sign, no noun), or
  - rate: T's span has no "per"/"a"/"an" rate and T is in S's currency (its predicted or
    gold unit is S's numerator) or bare.
Shape: "bracket" (both in brackets: "Rome (835 deaths), Athens (630)"), "in-place"
("N noun in A and M in B"), "adjacent" (joined by and/or/to/comma only), else "clause".
"""
import collections, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsquant_misses import DEV, ROOT  # noqa: E402
import bare_or_carried as bc  # noqa: E402

sc = bc.sc
MONEY = {"dollar", "euro", "pound sterling", "cent", "penny", "pence", "japanese yen", "chinese yuan",
         "australian dollar", "canadian dollar", "hong kong dollar", "indian rupee", "shekel",
         "malaysian ringgit", "swiss franc", "rupee", "yen", "yuan", "won", "real", "peso", "rand",
         "new zealand dollar", "singapore dollar", "us dollar", "u.s. dollar", "ruble", "lira"}


def measure_names():
    names = set()
    path = os.path.join(ROOT, "src", "units", "units.tsv")
    for ln in open(path, encoding="utf-8"):
        if ln.startswith("#") or not ln.strip():
            continue
        names.add(sc.norm_unit(ln.split("\t")[0]))
    return names


MEASURES = measure_names()


def kind(u):
    if not u:
        return "bare"
    if " per " in u:
        return "rate"
    if u == "percentage" or u == "percentage point" or u == "basis point":
        return "percent"
    if u in MONEY:
        return "money"
    if u in MEASURES:
        return "measure"
    return "noun"


def shape(text, s, t):
    between = text[s["end"]:t["start"]]
    before_s = text[:s["start"]]
    before_t = text[:t["start"]]
    in_br = lambda b: b.rfind("(") > b.rfind(")")
    if in_br(before_s) and in_br(before_t):
        return "bracket"
    if re.fullmatch(r"[\s,]*(?:and|or|to|&)?\s*(?:[$€£¥]\s*)?", between):
        return "adjacent"
    if re.search(r"^\s*(?:\w+\s+){0,3}?(?:in|at|for|on)\b", between) and re.search(r"\b(?:and|while|but)\s*(?:[$€£¥]\s*)?$", between):
        return "in-place"
    return "clause"


def rows(gold):
    out = []
    for ex, ps in zip(gold, bc.predictions(gold)):
        text = ex["text"].replace("\n", " ")
        placed = [(g, p) for g, p in bc.matched(ex, ps) if p is not None]
        placed.sort(key=lambda gp: gp[1]["start"])
        for k, (g, p) in enumerate(placed):
            gu = bc.norm(g.get("normalized_unit") or g.get("unit"))
            pu = bc.norm(p.get("unit"))
            earlier = [(q, pp) for q, pp in placed[:k] if bc.norm(q.get("normalized_unit") or q.get("unit"))]
            if not earlier:
                continue
            sq, sp = earlier[-1]
            su = bc.norm(sq.get("normalized_unit") or sq.get("unit"))
            sk = kind(su)
            span = p["text"]
            if sk == "noun":
                words = re.findall(r"[A-Za-z]+", span)
                if any(w.lower() not in bc.NUMBER_WORDS for w in words) or re.search(r"[$€£¥%₹]", span):
                    continue
                if gu and gu != su and kind(gu) != "noun":
                    continue  # another measure named after it by the gold
            elif sk == "rate":
                num = su.split(" per ")[0]
                if re.search(r"\b(?:per|a|an|each)\b|/", span):
                    continue
                if not (pu in (num, "") or gu in (num, su, "")):
                    continue
            else:
                continue
            gk = "carried" if gu == su else "bare" if not gu else "other"
            ek = "right" if pu == gu else ("carried" if pu == su else "bare" if not pu else "other")
            out.append((sk, shape(text, sp, p), gk, ek, text, span, gu or "-", pu or "-", su))
    return out


def main():
    args = sys.argv[1:]
    show = "--rows" in args
    args = [a for a in args if a != "--rows"]
    fx = os.path.join(ROOT, "tests", "fixtures", "extract")
    if args:
        sets = [(a, [a]) for a in args]
    else:
        real, blind = bc.readable_parts()
        sets = [("NewsQuant dev tune", [DEV]), ("general", [os.path.join(fx, "general", "sentences.json")]),
                (f"readable blind ({len(blind)})", blind), (f"readable real ({len(real)})", real)]
    for title, files in sets:
        rs = []
        for f in files:
            bc.refuse(f)
            gold = json.load(open(f, encoding="utf-8"))
            if os.path.realpath(f) == os.path.realpath(DEV):
                gold = [e for i, e in enumerate(gold) if i % 5 != 4]
            rs += rows(gold)
        c = collections.Counter((r[0], r[1], r[2]) for r in rs)
        e = collections.Counter((r[0], r[1], r[2], r[3]) for r in rs)
        print(f"== {title}: {len(rs)} candidates ==")
        print("| source | shape | gold carried | gold bare | gold other | ext right on carried | ext right on bare |")
        print("|---|---|---|---|---|---|---|")
        for sk in ("noun", "rate"):
            for sh in ("bracket", "in-place", "adjacent", "clause"):
                n = [c[(sk, sh, g)] for g in ("carried", "bare", "other")]
                if sum(n):
                    print(f"| {sk} | {sh} | {n[0]} | {n[1]} | {n[2]} | {e[(sk, sh, 'carried', 'right')]} | {e[(sk, sh, 'bare', 'right')]} |")
        if show:
            for r in rs:
                print(f"  [{r[0]} {r[1]} gold {r[2]} ext {r[3]}] {r[5]!r} gold={r[6]} pred={r[7]} src={r[8]} :: {r[4]}")
        print()


if __name__ == "__main__":
    main()
