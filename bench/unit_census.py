#!/usr/bin/env python3
"""Tallies the unit misses of `crosscheck extract` over every READABLE real part at once
(tests/fixtures/extract/real/pages_*.json not in HELD_BACK_REAL; the list is built from
newsquant_split's part list minus that set, so no held-back file is opened).

Usage: [CARGO_TARGET_DIR=...] bench/unit_census.py [--top N] [--show PAIR-SUBSTRING]
Prints, per (gold unit, predicted unit) pair, the count, the parts it comes from and up to
three mention texts; then the value misses that sit beside an extra in the same sentence
(a number or unit misread: gold value/unit vs the extra's value/unit). Matching is the
misses script's: a prediction with the gold's value counts, its unit is compared with the
shared scorer's normaliser.
--show prints every sentence of the pairs whose "gold <- pred" text contains the substring.
"""
import collections, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsquant_misses import HELD_BACK_REAL, SCORER, predict  # noqa: E402
from newsquant_split import BLIND  # noqa: E402
import importlib.util  # noqa: E402


def readable_parts():
    return [p for p in BLIND if os.path.basename(p).startswith("pages_")
            and os.path.basename(p) not in HELD_BACK_REAL]


def unit_class(g, p):
    """A coarse class of a unit miss: which side is bare, a rate's "per" lost or added, a
    modifier kept or dropped, ages, or two different units."""
    if "year of age" in (g, p):
        return "age: " + ("gold age" if g == "year of age" else "tool age")
    if g == "-":
        return "gold bare, tool names a unit or noun"
    if p == "-":
        return "gold names a unit or noun, tool bare"
    if " per " in g and g.split(" per ")[0] == p:
        return "rate: gold 'X per Y', tool 'X'"
    if " per " in p and p.split(" per ")[0] == g:
        return "rate: tool 'X per Y', gold 'X'"
    gs, ps = set(g.split()), set(p.split())
    if gs < ps:
        return "noun: tool keeps a word gold drops"
    if ps < gs:
        return "noun: tool drops a word gold keeps"
    if g.rstrip("s") == p.rstrip("s"):
        return "spelling or plural"
    return "different unit (sense, currency, head)"


def fine_class(g, p):
    """The class refined by what differs: the denominator of a lost or added rate, the word
    kept or dropped, the gold unit a bare figure misses, the pair otherwise."""
    k = unit_class(g, p)
    if k.startswith("rate: gold"):
        return f"{k}: per {g.split(' per ', 1)[1]}"
    if k.startswith("rate: tool"):
        return f"{k}: per {p.split(' per ', 1)[1]}"
    if k.startswith("noun: tool keeps"):
        return f"{k}: {' '.join(w for w in p.split() if w not in g.split())}"
    if k.startswith("noun: tool drops"):
        return f"{k}: {' '.join(w for w in g.split() if w not in p.split())}"
    if k.startswith("gold names"):
        return f"{k}: {g}"
    if k.startswith("gold bare"):
        return f"{k}: {p}"
    return f"{k}: {g} <- {p}"


def main():
    args = sys.argv[1:]
    top = int(args[args.index("--top") + 1]) if "--top" in args else 25
    show = args[args.index("--show") + 1] if "--show" in args else None
    spec = importlib.util.spec_from_file_location("scorer", SCORER)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gold, part_of = [], []
    for p in readable_parts():
        name = os.path.basename(p)[len("pages_"):-len(".json")]
        for e in json.load(open(p, encoding="utf-8")):
            gold.append(e)
            part_of.append(name)
    preds = predict(gold)
    pairs = collections.defaultdict(list)
    misread = collections.defaultdict(list)
    for i, (ex, ps) in enumerate(zip(gold, preds)):
        used, lost = set(), []
        for g in ex["quantities"]:
            gv = sc.gold_value(g["value"])
            gu = g.get("normalized_unit", "").lower()
            same = [(j, p) for j, p in enumerate(ps) if sc.vmatch(gv, sc.pred_value(p["value"]))]
            if not same:
                lost.append(g)
                continue
            used.update(j for j, _ in same)
            units = [sc.norm_unit(p.get("unit")) for _, p in same]
            if gu not in units:
                pairs[(gu, units[0])].append((part_of[i], same[0][1]["text"], ex["text"]))
        extras = [p for j, p in enumerate(ps) if j not in used]
        for g in lost:
            if extras:
                e = extras[0]
                key = (f"{g['value']}|{g.get('normalized_unit', '').lower()}",
                       f"{json.dumps(e['value'])}|{sc.norm_unit(e.get('unit'))}")
                misread[key].append((part_of[i], e["text"], ex["text"]))
    print(f"{len(readable_parts())} readable parts, {len(gold)} sentences, "
          f"{sum(map(len, pairs.values()))} unit misses in {len(pairs)} pairs")
    for (g, p), rows in sorted(pairs.items(), key=lambda kv: -len(kv[1]))[:top]:
        parts = collections.Counter(r[0] for r in rows)
        print(f"{len(rows):4} {g!r} <- {p!r}  parts {len(parts)}: "
              + " ".join(f"{k}{'×' + str(n) if n > 1 else ''}" for k, n in parts.most_common()))
        for r in rows[:3]:
            print(f"       {r[1]!r}")
    classes = collections.defaultdict(list)
    for (g, p), rows in pairs.items():
        classes[unit_class(g, p)] += rows
    print("\nclasses:")
    for k, rows in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        parts = collections.Counter(r[0] for r in rows)
        print(f"{len(rows):4} {k} (parts {len(parts)})")
    fine = collections.defaultdict(list)
    for (g, p), rows in pairs.items():
        fine[fine_class(g, p)] += rows
    print("\nfiner classes:")
    for k, rows in sorted(fine.items(), key=lambda kv: -len(kv[1]))[:top]:
        parts = collections.Counter(r[0] for r in rows)
        print(f"{len(rows):4} {k}  parts {len(parts)}: "
              + " ".join(f"{k}{'×' + str(n) if n > 1 else ''}" for k, n in parts.most_common()))
        for r in rows[:2]:
            print(f"       {r[1]!r}")
    print("\nvalue misses beside an extra in the same sentence (first extra):")
    groups = collections.Counter()
    for (g, e), rows in misread.items():
        groups[(g.split("|", 1)[1], e.split("|", 1)[1])] += len(rows)
    for (g, e), n in groups.most_common(top):
        print(f"{n:4} gold unit {g!r}, extra unit {e!r}")
    if show:
        print(f"\nsentences of pairs matching {show!r}:")
        for (g, p), rows in pairs.items():
            if show in f"{g} <- {p}":
                for r in rows:
                    print(f"[{r[0]}] {g!r} <- {p!r} {r[1]!r}: {r[2]}")


if __name__ == "__main__":
    main()
