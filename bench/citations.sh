#!/bin/sh
# Citation checking at the limits (issue 15): one 16 MiB source text cited by 10,000
# claims, 100 of whose quotes are not in it (each gets a closest-passage search), linted
# with a release build. Prints the wall time of `crosscheck lint` and the diagnostics seen.
# Usage: bench/citations.sh [CLAIMS] [FAILING]    (honours CARGO_TARGET_DIR)
set -eu
. "$(dirname "$0")/lib.sh"
CLAIMS=${1:-10000}
FAILING=${2:-100}
release_build
python3 - "$TMP/facts" "$CLAIMS" "$FAILING" <<'PY'
import os, random, sys
root, claims, failing = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(15)
os.makedirs(f"{root}/claims"); os.makedirs(f"{root}/sources")
words = "northern southern eastern western river valley hill port market old new upper lower".split()
limit = 16 * 1024 * 1024 - 200
lines, size, n = [], 0, 0
while True:
    line = (f"In week {n}, depot {n * 7 + 3} near the {random.choice(words)} "
            f"{random.choice(words)} gate held {random.randint(10, 99999)} crates of supplies.\n")
    if size + len(line.encode()) > limit:
        break
    lines.append(line); size += len(line.encode()); n += 1
open(f"{root}/sources/big.txt", "w").write("".join(lines))
open(f"{root}/sources.yaml", "w").write(
    "sources:\n  - id: big\n    publisher: The Big Ledger\n    published: 2021-07-08\n")
subjects = 100
names = ["".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10)) for _ in range(subjects)]
open(f"{root}/subjects.yaml", "w").write("subjects:\n" + "".join(
    f"  - key: {name}\n    label: Crates {name.upper()}\n    dimension: count\n    unit: crate\n"
    for name in names))
out = ["source: big\nclaims:\n"]
for c in range(claims):
    line = random.choice(lines).strip()
    count = line.split(" held ")[1].split(" ")[0]
    quote = line
    if c < failing:  # a quote copied with mistakes: not in the text
        quote = line.replace("depot", "depto").replace(" gate", " gates")
    out.append(f"  - id: c{c}\n    subject: {names[c % subjects]}\n    value: {count} crates\n"
               f"    quote: \"{quote}\"\n")
open(f"{root}/claims/big.yaml", "w").write("".join(out))
PY
echo "text: $(wc -c < "$TMP/facts/sources/big.txt") bytes; claims: $CLAIMS; failing quotes: $FAILING"
START=$(date +%s.%N)
/usr/bin/time -f "cpu: %U s user, %S s system, %M KB peak" "$BIN" --facts "$TMP/facts" lint --format json > "$TMP/out.jsonl" || true
END=$(date +%s.%N)
echo "lint: $(echo "$END - $START" | bc) s"
echo "quote-not-found: $(grep -c '"quote-not-found"' "$TMP/out.jsonl" || true)"
echo "with a closest passage: $(grep '"quote-not-found"' "$TMP/out.jsonl" | grep -c 'the closest passage is at' || true)"
echo "other diagnostics: $(grep -vc '"quote-not-found"' "$TMP/out.jsonl" || true)"
grep -v '"quote-not-found"' "$TMP/out.jsonl" | head -3
