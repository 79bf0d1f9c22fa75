#!/usr/bin/env python3
"""Counts, by shape, the gold figures that have no unit word of their own next to them while
another figure of the same sentence has a unit: does the gold carry that figure's noun to
them, or leave them bare, and what does `crosscheck extract` write? (issue 17, exconv37)

Usage: [CARGO_TARGET_DIR=...] bench/bare_or_carried.py [--rows SHAPE] [GOLD.json ...]
Without files: the NewsQuant dev TUNE part (index % 5 != 4; the held-out part is never
read), then the readable real parts pooled, then the readable blind sets pooled. Held-back
files (HELD_BACK, HELD_BACK_REAL of bench/newsquant_misses.py) are refused.
--rows SHAPE prints the figures of one shape (readable sets only).

A figure is located by the extractor's own span of the same value (gold has no offsets);
figures the extractor misses by value are counted apart. "Its own noun": the span has a
word other than a number or scale word, or a word of the gold unit stands within three
words after the span or just before it. Gold "carried": the gold unit is the unit of
another figure of the sentence; "bare": no unit ("-" or empty); "elsewhere": a unit no
other figure has (a noun named elsewhere in the sentence, not this table's question).
"""
import collections, importlib.util, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsquant_misses import HELD_BACK, HELD_BACK_REAL, DEV, SCORER, ROOT, predict  # noqa: E402

spec = importlib.util.spec_from_file_location("scorer", SCORER)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

NUMBER_WORDS = set("""a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion trillion m bn mn k tn half dozen and""".split())
YEAR = r"(?:19|20)\d\d"
CHANGE = (r"(?:rose|rise|rises|rising|fell|fall|falls|falling|increased?|increases|increasing|decreased?|"
          r"decreases|grew|grow|grows|climbed|climbs|dropped|drops|jumped|jumps|declined?|declines|"
          r"reached|reach|soared|slipped|slid|surged|gained|lost|added|dipped|plunged|plummeted|"
          r"tumbled|edged|slumped|to|by)")

SHAPES = [
    "respectively", "list in brackets", "from N to M", "up/down from N", "compared with N",
    "N of them", "others / more", "N in YEAR", "N and M (adjacent)", "after a verb of change",
    "different subject between", "clause after", "same clause",
]


def own_noun(text, span, start, end, gunit):
    words = re.findall(r"[A-Za-z]+", span)
    if any(w.lower() not in NUMBER_WORDS for w in words):
        return True
    if re.search(r"[$€£¥%₹]", span):
        return True
    if not gunit or gunit == "-":
        return False
    gw = {sc.norm_unit(w) for w in gunit.split()}
    after = [sc.norm_unit(w) for w in re.findall(r"[A-Za-z]+", text[end:])[:3]]
    before = [sc.norm_unit(w) for w in re.findall(r"[A-Za-z]+", text[:start])[-1:]]
    return any(w in gw for w in after + before)


def shape(text, src, start, end):
    """The shape of a figure at start..end whose would-be source figure is src (start, end)."""
    before, after = text[:start], text[end:]
    if re.search(r"\brespectively\b", text[end:end + 80]):
        return "respectively"
    if before.rfind("(") > before.rfind(")"):
        return "list in brackets"
    lo, hi = (src[1], start) if src[0] < start else (end, src[0])
    between = text[lo:hi]
    if src[0] < start and re.search(r"\bto\s*(?:[$€£¥]\s*)?$", before) and re.search(r"\bfrom\b", text[max(0, src[0] - 30):start]):
        return "from N to M"
    if re.search(r"\b(?:up|down|higher|lower)?\s*from\s*(?:[$€£¥]\s*)?$", before, re.I):
        return "up/down from N"
    if re.search(r"\b(?:compared (?:with|to)|versus|vs\.?|against|than)\s*(?:[$€£¥]\s*)?$", before, re.I):
        return "compared with N"
    if re.match(r"\s*(?:of (?:them|whom|which|those|these))\b", after, re.I):
        return "N of them"
    if re.match(r"\s*(?:others|more|other|fewer|less)\b", after, re.I):
        return "others / more"
    if re.match(rf"\s*(?:in|for|as of|by|at the end of|a year earlier|last year)\b(?:\s+\w+)?\s*{YEAR}", after, re.I) \
            or re.match(r"\s*(?:a year (?:earlier|ago|before)|last year|the (?:previous|prior) year)", after, re.I) \
            or re.search(rf"\b(?:in|by|for) (?:\w+ )?{YEAR},?\s*(?:it was\s*)?$", before, re.I):
        return "N in YEAR"
    if re.fullmatch(r"[\s,]*(?:and|or|,|&)?[\s,]*(?:and|or)?\s*(?:[$€£¥]\s*)?", between):
        return "N and M (adjacent)"
    if re.search(rf"\b{CHANGE}\s*(?:about|around|nearly|almost|some|over|more than|less than)?\s*$", before, re.I):
        return "after a verb of change"
    brk = list(re.finditer(r"[;:]|,|\b(?:while|whereas|but|and|with|as|when)\b", between))
    if brk:
        rest = between[brk[-1].end():] if src[0] < start else between[brk[0].end():]
        if re.search(r"(?:^|\s)(?:[A-Z][\w&.-]*|it|they|he|she|we|its|their|his|her|the \w+)\s+\w+", rest):
            return "different subject between"
        return "clause after"
    return "same clause"


def predictions(gold):
    """`predict`'s mentions with their offsets made characters of their own line (the
    extractor's offsets are bytes of the whole input)."""
    preds = predict(gold)
    lines = [e["text"].replace("\n", " ").encode("utf-8") for e in gold]
    base, at = [], 0
    for b in lines:
        base.append(at)
        at += len(b) + 1
    for i, ps in enumerate(preds):
        for d in ps:
            for k in ("start", "end"):
                d[k] = len(lines[i][:d[k] - base[i]].decode("utf-8", errors="ignore"))
    return preds


def norm(u):
    u = sc.norm_unit(u)
    return "" if u in ("", "-") else u


def matched(ex, ps):
    """Each gold quantity of `ex` with the first unused prediction of its value, or None."""
    placed, used = [], set()
    for g in ex["quantities"]:
        gv = sc.gold_value(g["value"])
        hit = next((j for j, p in enumerate(ps) if j not in used and sc.vmatch(gv, sc.pred_value(p["value"]))), None)
        if hit is not None:
            used.add(hit)
        placed.append((g, ps[hit] if hit is not None else None))
    return placed


def rows(gold):
    """(shape, gold kind, extractor kind, sentence, figure text, gold unit, predicted unit)."""
    out, missed = [], 0
    for ex, ps in zip(gold, predictions(gold)):
        text = ex["text"].replace("\n", " ")
        placed = matched(ex, ps)
        for k, (g, p) in enumerate(placed):
            gu = norm(g.get("normalized_unit") or g.get("unit"))
            if p is None:
                continue
            if own_noun(text, p["text"], p["start"], p["end"], g.get("normalized_unit") or g.get("unit") or ""):
                continue
            others = [(q, pp) for j, (q, pp) in enumerate(placed) if j != k and pp is not None
                      and norm(q.get("normalized_unit") or q.get("unit"))]
            if not others:
                continue
            units = {norm(q.get("normalized_unit") or q.get("unit")) for q, _ in others}
            kind = "bare" if not gu else "carried" if gu in units else "elsewhere"
            if kind == "carried":  # the source is a figure of the carried unit
                others = [o for o in others if norm(o[0].get("normalized_unit") or o[0].get("unit")) == gu]
            earlier = [o for o in others if o[1]["start"] < p["start"]]
            src = max(earlier, key=lambda o: o[1]["start"]) if earlier else min(others, key=lambda o: o[1]["start"])
            pu = norm(p.get("unit"))
            su = norm(src[0].get("normalized_unit") or src[0].get("unit"))
            pkind = "bare" if not pu else "carried" if pu == gu or (kind != "carried" and pu in units) else "other"
            if kind == "carried" and pu and pu != gu:
                pkind = "other"
            sh = shape(text, (src[1]["start"], src[1]["end"]), p["start"], p["end"])
            out.append((sh, kind, pkind, text, p["text"], gu or "-", pu or "-", su))
        missed += sum(1 for g, p in placed if p is None)
    return out, missed


def table(title, rs, missed):
    print(f"== {title}: {len(rs)} figures without a noun of their own beside a figure with one"
          f" ({missed} gold figures not found by value, not classed) ==")
    print(f"| shape | n | gold carried | gold bare | gold elsewhere | extractor on carried: carried/bare/other |"
          f" extractor on bare: bare/carried |")
    print("|---|---|---|---|---|---|---|")
    c = collections.Counter((r[0], r[1], r[2]) for r in rs)
    for s in SHAPES:
        n = sum(v for (a, _, _), v in c.items() if a == s)
        if not n:
            continue
        car, bare, els = (sum(v for (a, k, _), v in c.items() if a == s and k == kk) for kk in ("carried", "bare", "elsewhere"))
        ec = "/".join(str(c[(s, "carried", x)]) for x in ("carried", "bare", "other"))
        eb = "/".join(str(c[(s, "bare", x)]) for x in ("bare", "carried"))
        print(f"| {s} | {n} | {car} | {bare} | {els} | {ec} | {eb} |")
    car, bare, els = (sum(v for (_, k, _), v in c.items() if k == kk) for kk in ("carried", "bare", "elsewhere"))
    ec = "/".join(str(sum(v for (_, k, x), v in c.items() if k == "carried" and x == xx)) for xx in ("carried", "bare", "other"))
    eb = "/".join(str(sum(v for (_, k, x), v in c.items() if k == "bare" and x == xx)) for xx in ("bare", "carried"))
    print(f"| all shapes | {len(rs)} | {car} | {bare} | {els} | {ec} | {eb} |")


def refuse(path):
    b = os.path.basename(path)
    if b in HELD_BACK_REAL or (b in HELD_BACK and "blind" in path):
        sys.exit(f"{path} is held back: it is scored, never read for rules")


def readable_parts():
    """The readable real parts and readable blind sets (held-back files left out), sorted."""
    fx = os.path.join(ROOT, "tests", "fixtures", "extract")

    def listed(folder, held):
        return sorted(os.path.join(fx, folder, f) for f in os.listdir(os.path.join(fx, folder))
                      if f.endswith(".json") and f not in held)

    return listed("real", HELD_BACK_REAL), listed("blind", HELD_BACK)


def main():
    args = sys.argv[1:]
    show = None
    if "--rows" in args:
        i = args.index("--rows")
        show = args[i + 1]
        del args[i:i + 2]
    if args:
        sets = [(a, [a]) for a in args]
    else:
        real, blind = readable_parts()
        sets = [("NewsQuant dev tune", [DEV]), (f"readable real parts ({len(real)})", real),
                (f"readable blind sets ({len(blind)})", blind)]
    for title, files in sets:
        rs, missed = [], 0
        for f in files:
            refuse(f)
            gold = json.load(open(f, encoding="utf-8"))
            if os.path.realpath(f) == os.path.realpath(DEV):  # the tune part only, however named
                gold = [e for i, e in enumerate(gold) if i % 5 != 4]
            r, m = rows(gold)
            rs += r
            missed += m
        table(title, rs, missed)
        if show:
            for r in rs:
                if r[0] == show:
                    print(f"  [{r[1]} -> ext {r[2]}] {r[4]!r} gold={r[5]} pred={r[6]} src={r[7]} :: {r[3]}")
        print()


if __name__ == "__main__":
    main()
