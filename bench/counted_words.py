#!/usr/bin/env python3
"""Counts which words between a figure and its counted noun the gold keeps in the unit, by
class of word, and what `crosscheck extract` writes for the same mentions (issue 17,
branch exnoun37, session 31).

For every gold quantity whose unit is a counted noun (not a unit of src/units/units.tsv,
not "%" and not empty), the head noun (the unit's last word, singular or plural) is found
after the figure in the sentence, and each word between the figure (with its scale word:
"million") and the head is classed: the words of the gold unit are kept, the others
dropped. A word right before the figure is counted too when a determiner precedes it ("a
record 32 goals", "the top 10 markets", "a further 20 jobs"). Then the extractor's unit for
the same value is classed the same way: a word is kept when the predicted unit holds it.

Sets: NewsQuant dev tune (index % 5 != 4; the held-out part is never read), the readable
real parts and the readable blind sets, each separately; held-back files are never opened.

Usage: [CARGO_TARGET_DIR=...] bench/counted_words.py [--words] [--rows CLASS]
--words prints the words of each class with their counts; --rows CLASS prints the dev
tune and readable mentions of one class (word, kept/dropped, sentence).
"""
import collections, glob, json, os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsquant_misses import HELD_BACK, HELD_BACK_REAL  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "..", "shared", "data", "newsquant", "dev.json")
FIX = os.path.join(ROOT, "tests", "fixtures", "extract")
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "crosscheck")
WORDS = os.path.join(ROOT, "src", "extract", "words")

SPECIAL = {"record", "new", "more", "other", "additional"}
COLOURS = {"red", "blue", "green", "yellow", "black", "white", "brown", "grey", "gray",
           "orange", "purple", "pink", "golden", "silver", "gold"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                "sixty", "seventy", "eighty", "ninety", "hundred", "a", "an", "dozen"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6,
          "bn": 1e9, "k": 1e3, "mn": 1e6, "hundred": 100, "dozen": 12}
UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
               "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
               "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
               "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "a": 1, "an": 1, "dozen": 12}
ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"\d+(st|nd|rd|th))$", re.I)
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "another", "some"}
STOP = {"of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "than",
        "per", "a", "an", "the", "were", "was", "are", "is", "have", "has", "had", "who",
        "that", "which", "as", "into", "over", "under", "across", "about"}
CLASSES = ["record/new/more/other/additional", "adjective", "participle",
           "hyphenated compound", "colour/nationality", "number-like", "possessive",
           "capitalised name", "noun compound"]
ADJ_SUFFIX = ("al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ary", "ant", "ent",
              "est", "ish", "y")
COMMON_ADJ = {"big", "small", "large", "great", "high", "low", "long", "short", "old",
              "young", "good", "bad", "best", "worst", "top", "major", "minor", "key", "main",
              "full", "free", "open", "total", "extra", "different", "separate", "single",
              "double", "few", "several", "many", "certain", "various", "same", "own",
              "last", "next", "past", "recent", "further", "early", "late", "local", "rural",
              "urban", "common", "public", "private", "real", "hot", "cold", "dry", "wet",
              "rare", "wild", "strong", "weak", "huge", "tiny", "vast", "whole", "fresh",
              "live", "dead", "fake", "false", "true", "known", "likely", "possible",
              "potential", "likely", "senior", "junior", "former", "prime", "rich", "poor",
              "poorest", "richest", "biggest", "largest", "smallest", "fewer", "less",
              "lower", "higher", "larger", "smaller", "bigger", "older", "younger", "dark",
              "light", "heavy", "wide", "deep", "fast", "slow", "safe", "clean", "quiet",
              "brand", "key", "chief", "daily", "weekly", "monthly", "yearly", "annual",
              "unique", "consecutive", "straight", "successive", "active", "total",
              "previous", "initial", "final", "similar", "distinct", "empty", "entire",
              "select", "joint", "overall", "net", "gross"}


def read_list(name):
    path = os.path.join(WORDS, name)
    if not os.path.exists(path):
        return set()
    return {ln.strip().lower() for ln in open(path, encoding="utf-8")
            if ln.strip() and not ln.startswith("#")}


ADJ_LISTS = set()
for n in ("descriptive_adjectives.txt", "dimension_adjectives.txt", "amount_adjectives.txt",
          "ly_adjectives.txt", "change_size_adjectives.txt"):
    ADJ_LISTS |= read_list(n)
PARTICIPLES = read_list("participles.txt")


def registry_names():
    names = set()
    for ln in open(os.path.join(ROOT, "src", "units", "units.tsv"), encoding="utf-8"):
        if ln.startswith("#") or ln.startswith("dimension\t"):
            continue
        cols = ln.rstrip("\n").split("\t")
        if len(cols) < 14:
            continue
        for c in (cols[1], cols[2], cols[3], cols[9], cols[13]):
            for s in c.split("|"):
                if s and s != "-":
                    names.add(s.lower())
    return names


REGISTRY = registry_names()


def is_counted(unit):
    u = (unit or "").strip().lower()
    if not u or u in ("-", "%", "percent", "per cent"):
        return False
    if u in REGISTRY or u.rstrip("s") in REGISTRY:
        return False
    head = u.split()[-1]
    if head in REGISTRY and len(u.split()) <= 2 and head not in ("point", "case", "day"):
        return False
    return bool(re.match(r"^[a-z][a-z' -]*$", u))


TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9'’]+)*|\S")


def tokens(text):
    return [m.group(0) for m in TOKEN.finditer(text)]


def number_at(toks, i):
    """The value and the index after a figure starting at toks[i], or None."""
    t = toks[i]
    low = t.lower()
    if re.match(r"^\d", t):
        try:
            v = float(t.replace(",", ""))
        except ValueError:
            return None
        j = i + 1
    elif low in UNITS_WORDS and low not in ("a", "an"):
        v = UNITS_WORDS[low]
        j = i + 1
        if j < len(toks) and "-" not in t and toks[j].lower() in UNITS_WORDS and \
                toks[j].lower() not in ("a", "an", "dozen"):
            v += UNITS_WORDS[toks[j].lower()]
            j += 1
    elif "-" in t and all(p.lower() in UNITS_WORDS for p in t.split("-")):
        v = sum(UNITS_WORDS[p.lower()] for p in t.split("-"))
        j = i + 1
    else:
        return None
    while j < len(toks) and toks[j].lower() in SCALES:
        v *= SCALES[toks[j].lower()]
        j += 1
    return v, j


def values(g):
    s = str(g.get("value", ""))
    try:
        if "-" in s[1:] and "E" not in s:
            a, b = s.split("-")[:2]
            return [float(a), float(b)]
        return [float(s)]
    except ValueError:
        return []


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def head_forms(head):
    forms = {head, head + "s", head + "es"}
    if head.endswith("y"):
        forms.add(head[:-1] + "ies")
    if head.endswith("f"):
        forms.add(head[:-1] + "ves")
    if head.endswith("fe"):
        forms.add(head[:-2] + "ves")
    if head.endswith("man"):
        forms.add(head[:-3] + "men")
    forms |= {"people", "persons"} if head in ("person", "people") else set()
    forms |= {"children"} if head == "child" else set()
    return forms


def span(text, g):
    """(before word or None, words between figure and head) for a gold counted noun."""
    unit = (g.get("unit") or g.get("normalized_unit") or "").lower()
    head = unit.split()[-1]
    forms = head_forms(head)
    toks = tokens(text)
    vals = values(g)
    for i in range(len(toks)):
        got = number_at(toks, i)
        if not got or not any(close(got[0], v) for v in vals):
            continue
        j = got[1]
        # "one of the best wireless speakers": the words after "of the" belong to the count
        if j + 1 < len(toks) and toks[j].lower() == "of" and toks[j + 1].lower() in DETERMINERS:
            j += 2
        for k in range(j, min(j + 8, len(toks))):
            if toks[k].lower().strip("'’") in forms:
                # "4.3M digital and physical sales": words joined by "and" or a comma are
                # each counted; the joining words are not classed
                between = [w for w in toks[j:k] if w not in (",", "and")]
                if any(not re.match(r"^[A-Za-z]", w) or w.lower() in STOP for w in between):
                    break
                before = None
                if i >= 2 and toks[i - 2].lower() in DETERMINERS and re.match(r"^[a-z]+$", toks[i - 1]) \
                        and toks[i - 1].lower() not in STOP and toks[i - 1].lower() not in UNITS_WORDS:
                    before = toks[i - 1]
                return before, between
    return None


def word_class(w):
    low = w.lower()
    if low in SPECIAL:
        return CLASSES[0]
    if "-" in w:
        return "hyphenated compound"
    if low in COLOURS or re.match(r"^[A-Z][a-z]+(an|ian|ese|ish|ch|i)$", w):
        return "colour/nationality"
    if low in NUMBER_WORDS or ORDINAL.match(w) or re.match(r"^\d", w):
        return "number-like"
    if re.search(r"['’]s?$", w):
        return "possessive"
    if w[0].isupper():
        return "capitalised name"
    if low in ADJ_LISTS or low in COMMON_ADJ:
        return "adjective"
    if low in PARTICIPLES or (low.endswith("ed") and len(low) > 4) or \
            (low.endswith("ing") and len(low) > 5):
        return "participle"
    if low.endswith(ADJ_SUFFIX) and not low.endswith(("ity", "ary", "ey")) and len(low) > 4:
        return "adjective"
    return "noun compound"


# Superlatives and comparatives whose base a unit may write instead ("best wireless
# speakers" -> good wireless speaker in dev's normalised unit and in ours)
BASES = {"best": "good", "better": "good", "worst": "bad", "worse": "bad", "most": "many",
         "least": "little"}


def kept(w, unit):
    low = w.lower()
    if low in BASES and BASES[low] in (unit or "").lower().split():
        return True
    for u in re.split(r"[\s-]+", (unit or "").lower()):
        if u == low or (min(len(u), len(low)) >= 4 and (u.startswith(low[:-3] if len(low) > 6 else low) or low.startswith(u))):
            return True
    return low in (unit or "").lower().split()


def load_sets():
    sets = collections.OrderedDict()
    dev = json.load(open(DEV, encoding="utf-8"))
    sets["dev tune"] = [e for i, e in enumerate(dev) if i % 5 != 4]
    real, blind = [], []
    for p in sorted(glob.glob(os.path.join(FIX, "real", "pages_*.json"))):
        if os.path.basename(p) not in HELD_BACK_REAL:
            real += json.load(open(p, encoding="utf-8"))
    for p in sorted(glob.glob(os.path.join(FIX, "blind", "*.json"))):
        if os.path.basename(p) not in HELD_BACK:
            blind += json.load(open(p, encoding="utf-8"))
    sets["readable real"] = real
    sets["readable blind"] = blind
    return sets


def predict(items):
    text = "".join(e["text"].replace("\n", " ") + "\n" for e in items)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    out = subprocess.run([BIN, "extract", "--format", "jsonl", path], capture_output=True,
                         text=True, check=True).stdout
    os.unlink(path)
    preds = [[] for _ in items]
    for ln in out.splitlines():
        d = json.loads(ln)
        i = int(d["line"]) - 1
        if "value" in d and 0 <= i < len(items):
            preds[i].append(d)
    return preds


def pred_unit(ps, g):
    vals = values(g)
    for p in ps:
        v = p["value"]
        pv = [float(v["low"]), float(v["high"])] if isinstance(v, dict) else \
            [float(x) for x in v] if isinstance(v, list) else [float(v)]
        if any(close(a, b) for a in pv for b in vals):
            return p.get("unit") or ""
    return None


def main():
    args = sys.argv[1:]
    rows_of = args[args.index("--rows") + 1] if "--rows" in args else None
    if not os.path.exists(DEV):
        print(f"skipped: {DEV} not found (../shared is absent)")
        return
    for name, items in load_sets().items():
        preds = predict(items) if os.path.exists(BIN) else [[] for _ in items]
        table = collections.defaultdict(lambda: [0, 0, 0, 0])
        words = collections.defaultdict(collections.Counter)
        mentions = 0
        for e, ps in zip(items, preds):
            text = e["text"].replace("\n", " ")
            for g in e["quantities"]:
                unit = g.get("unit") or g.get("normalized_unit") or ""
                if not is_counted(unit) and not is_counted(g.get("normalized_unit")):
                    continue
                found = span(text, g)
                if not found:
                    continue
                before, between = found
                mentions += 1
                pu = pred_unit(ps, g)
                seen = ([(before, True)] if before else []) + [(w, False) for w in between]
                for w, is_before in seen:
                    cls = ("before figure: " if is_before else "") + word_class(w)
                    k = kept(w, unit) or kept(w, g.get("normalized_unit"))
                    row = table[cls]
                    row[0 if k else 1] += 1
                    if pu is not None:
                        row[2 if kept(w, pu) else 3] += 1
                    words[cls][(w.lower(), "kept" if k else "dropped")] += 1
                    if rows_of and rows_of == cls:
                        print(f"  [{name}] {w!r} gold {'kept' if k else 'dropped'} "
                              f"({unit!r}) ours {pu!r}: {text[:160]}")
        print(f"== {name}: {len(items)} sentences, {mentions} counted nouns placed ==")
        print(f"  {'class':42} {'gold kept':>9} {'dropped':>8} {'ours kept':>10} {'dropped':>8}")
        for cls in sorted(table, key=lambda c: -(table[c][0] + table[c][1])):
            r = table[cls]
            print(f"  {cls:42} {r[0]:9} {r[1]:8} {r[2]:10} {r[3]:8}")
            if "--words" in args:
                ws = ", ".join(f"{w} {k} {n}" for (w, k), n in words[cls].most_common(40))
                print(f"      {ws}")


if __name__ == "__main__":
    main()
