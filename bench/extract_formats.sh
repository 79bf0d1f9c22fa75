#!/bin/sh
# Throughput of `crosscheck extract` in both output formats, in user CPU time (the wall
# clock of a shared machine says little): ordinary news text (the seed articles repeated
# to MB megabytes, default 10), the same text on one single line, one line of 40,000
# figures, and one line of as many figures as fit in MB megabytes. The output is counted,
# not kept (a line of figures gives about 70 times its size in YAML).
# Usage: bench/extract_formats.sh [MB]   (honours CARGO_TARGET_DIR; builds release first)
set -eu
. "$(dirname "$0")/lib.sh"
MB=${1:-10}
need_seeds
release_build
python3 - "$SEEDS" "$TMP" "$MB" <<'PY'
import glob, random, sys
seeds, tmp, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
one = "".join(open(p).read() for p in sorted(glob.glob(seeds + "/*.txt")))
text = one * (mb * 1_000_000 // len(one) + 1)
text = text[: mb * 1_000_000]
text = text[: text.rfind("\n") + 1]
open(tmp + "/news.txt", "w").write(text)
open(tmp + "/news-line.txt", "w").write(text.replace("\n", " ").rstrip() + "\n")
rng = random.Random(17)
def figures(n):
    return " ".join(f"{rng.randint(1, 99999):,} people" if i % 3 == 0 else f"{rng.randint(1, 99999):,}" for i in range(n)) + "\n"
open(tmp + "/figures-40k.txt", "w").write(figures(40_000))
line = figures(40_000)
open(tmp + "/figures-line.txt", "w").write((line * max(1, mb * 1_000_000 // len(line))).replace("\n", " ").rstrip() + "\n")
PY
# Run from the repository: its facts/subjects.yaml gives the YAML drafts subject hints.
cd "$ROOT"
for input in news news-line figures-40k figures-line; do
    SIZE=$(wc -c < "$TMP/$input.txt")
    for format in yaml jsonl; do
        /usr/bin/time -f "%U %e %M" -o "$TMP/time" "$BIN" extract --format "$format" "$TMP/$input.txt" | wc -c > "$TMP/out"
        # (A pipe hides the exit status: a failed run shows in time's output.)
        if ! grep -qx '[0-9.]* [0-9.]* [0-9]*' "$TMP/time"; then
            echo "failed: extract --format $format $input.txt" >&2
            cat "$TMP/time" >&2
            exit 1
        fi
        read -r USER WALL PEAK < "$TMP/time"
        awk -v n="$input" -v f="$format" -v b="$SIZE" -v u="$USER" -v w="$WALL" -v p="$PEAK" -v o="$(cat "$TMP/out")" \
            'BEGIN {printf "%-13s %-5s %6.2f MB in  %7.2f MB out  user %6.2f s  wall %6.2f s  %6.1f MB/s (user)  peak %6.1f MB\n", n, f, b/1e6, o/1e6, u, w, (u > 0 ? b/1e6/u : 0), p/1024}'
    done
done
