#!/bin/sh
# A/B scale benchmark: `check` of two crosscheck binaries on the corpora of bench/scale.sh,
# alternated run by run so that the machine's drift falls on both alike: REPEAT rounds
# (default 3) per size, A then B in odd rounds, B then A in even ones. One Markdown row
# per size with each binary's medians (wall / CPU seconds, CPU µs a claim with the least
# and most, peak MB, the phases of the run of median CPU), and B's median CPU ÷ A's;
# then, for each binary, the ratios of the median µs a claim between sizes.
#
# Usage: bench/scale_ab.sh A B [CLAIMS...]   (default: 10000 100000 1000000)
# A and B: a crosscheck binary, or a folder holding one (DIR/crosscheck,
# DIR/release/crosscheck: a CARGO_TARGET_DIR). Environment: SHAPES (default "5"),
# SCALE_DIR (the corpora, default /tmp/crosscheck-scale; generate them with
# bench/scale.sh first), FORMAT (yaml or jsonl), REPEAT (rounds, default 3), OUT (where
# each run's output and timing go, default SCALE_DIR). Needs /usr/bin/time (GNU time).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { echo "usage: bench/scale_ab.sh A B [CLAIMS...]" >&2; exit 2; }
binary() {
    for b in "$1" "$1/crosscheck" "$1/release/crosscheck"; do
        if [ -f "$b" ] && [ -x "$b" ]; then echo "$b"; return; fi
    done
    echo "bench/scale_ab.sh: no crosscheck binary at $1" >&2
    exit 2
}
BIN_A=$(binary "$1")
BIN_B=$(binary "$2")
shift 2
SIZES=${*:-"10000 100000 1000000"}
SHAPES=${SHAPES:-5}
FORMAT=${FORMAT:-yaml}
REPEAT=${REPEAT:-3}
WORK=${SCALE_DIR:-/tmp/crosscheck-scale}
OUT=${OUT:-"$WORK"}
mkdir -p "$OUT"
. "$ROOT/bench/scale_lib.sh"
rm -f "$OUT/ab_per_claim.txt"

echo "A: $BIN_A"
echo "B: $BIN_B"
echo
echo "| shape | claims | load | A check s wall/cpu | A cpu µs/claim | A peak MB | A phases s (wall) | B check s wall/cpu | B cpu µs/claim | B peak MB | B phases s (wall) | B ÷ A cpu |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for k in $SHAPES; do
    for n in $SIZES; do
        corpus "$k" "$n"
        rm -f "$OUT/check_a.runs" "$OUT/check_b.runs"
        round=1
        while [ "$round" -le "$REPEAT" ]; do
            if [ $((round % 2)) = 1 ]; then order="a b"; else order="b a"; fi
            for which in $order; do
                if [ "$which" = a ]; then bin=$BIN_A; else bin=$BIN_B; fi
                run "check_$which" "$bin" --facts "$dir" check
                record "check_$which"
            done
            round=$((round + 1))
        done
        load="$load–$(cut -d' ' -f1 /proc/loadavg)"
        row=""
        for which in a b; do
            summary "check_$which"
            per=$(per_claim "$CPU" "$CPUMIN" "$CPUMAX" "$n")
            row="$row | $SECS/$CPU | $per | $MB | $TIMINGS"
            echo "$which $k $n $(awk -v s="$CPU" -v n="$n" 'BEGIN { print s * 1e6 / n }')" >> "$OUT/ab_per_claim.txt"
            eval "cpu_$which=\$CPU"
        done
        ratio=$(awk -v a="$cpu_a" -v b="$cpu_b" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "-" }')
        echo "| $k/subject | $n | $load$row | $ratio |"
    done
done
echo
awk '{ w[NR] = $1; k[NR] = $2; n[NR] = $3; u[NR] = $4 }
    END { for (i = 1; i <= NR; i++) for (j = 1; j <= NR; j++)
        if (w[i] == w[j] && k[i] == k[j] && n[i] > n[j] && u[j] > 0)
            printf "%s, %s/subject: median CPU µs a claim, %s ÷ %s = %.2f\n", toupper(w[i]), k[i], n[i], n[j], u[i] / u[j] }' "$OUT/ab_per_claim.txt" | sort -s -k1,1
