#!/usr/bin/env python3
"""Re-annotates "N-year-old" ages in a gold file to NewsQuant dev's unit (decision 282).

Usage: bench/fix_year_old.py [--dry-run] GOLD.json

Dev writes "a 50 year-old man", "400 million-year-old bedrock" as `year of age`; parts
au and av were annotated `year`. For every quantity whose sentence contains "year-old"
and whose gold unit is `year`, the unit becomes `year of age` when the quantity's value
is the number written right before "year-old" ("23-year-old", "a 50 year-old",
"two-year-old", "400 million-year-old"); a `year` of the same sentence that is not the
age ("a 30-year-old jailed for 5 years") is left. Nothing else in the file changes: the
file is rewritten only when it reads back byte for byte in the layout the parts use
(indent 1, UTF-8, with or without a final newline, which is kept as it was).

Prints ONLY counts (never a sentence or a value), so it may be run on a held-back part.
"""
import json, re, sys

NEW_UNIT = "year of age"
SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
# The words right before "year-old", joined to it by a hyphen or a space.
BEFORE = re.compile(r"([0-9][0-9,.]*|[a-z]+)(?:[- ]([a-z]+))?[- ]year-old", re.I)


def word_value(w):
    """A number word or a hyphenated pair ("twenty-five"), else None."""
    w = w.lower()
    if w in SMALL:
        return SMALL[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        a, b = w.split("-", 1)
        if a in TENS and b in SMALL and 0 < SMALL[b] < 10:
            return TENS[a] + SMALL[b]
    return None


def ages(text):
    """The values written right before "year-old" in a sentence."""
    out = []
    for m in BEFORE.finditer(text):
        first, second = m.group(1), m.group(2)
        if second and second.lower() in SCALES:
            base = number(first)
            if base is not None:
                out.append(base * SCALES[second.lower()])
            continue
        if second:
            # "twenty-five-year-old": the pair is one number word.
            pair = word_value(f"{first}-{second}")
            v = pair if pair is not None else number(second)
        else:
            v = number(first)
        if v is not None:
            out.append(v)
    return out


def number(w):
    if w[0].isdigit():
        try:
            return float(w.replace(",", "").rstrip("."))
        except ValueError:
            return None
    return word_value(w)


def same(a, b):
    return abs(a - b) <= 1e-9 + 1e-9 * abs(b)


def main():
    args = [a for a in sys.argv[1:] if a != "--dry-run"]
    if len(args) != 1:
        sys.exit(__doc__)
    path = args[0]
    raw = open(path, encoding="utf-8").read()
    gold = json.loads(raw)
    end = "\n" if raw.endswith("\n") else ""
    if json.dumps(gold, indent=1, ensure_ascii=False) + end != raw:
        sys.exit(f"{path}: not in the parts' layout; nothing changed")
    sentences = changed = left = 0
    for entry in gold:
        if "year-old" not in entry["text"].lower():
            continue
        sentences += 1
        found = ages(entry["text"])
        for q in entry["quantities"]:
            if q.get("normalized_unit") != "year":
                continue
            try:
                v = float(q["value"])
            except ValueError:
                left += 1
                continue
            if any(same(v, a) for a in found):
                q["normalized_unit"] = NEW_UNIT
                changed += 1
            else:
                left += 1
    print(f"sentences with year-old: {sentences}; "
          f"quantities changed year -> {NEW_UNIT}: {changed}; year quantities left: {left}")
    if changed and "--dry-run" not in sys.argv:
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(gold, indent=1, ensure_ascii=False) + end)


if __name__ == "__main__":
    main()
