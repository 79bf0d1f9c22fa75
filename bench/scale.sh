#!/bin/sh
# Scale benchmark: generates synthetic facts folders (examples/gen_corpus.rs) of 10k, 100k
# and 1M claims in two shapes (5 and 500 claims per subject, 20 per source), then times
# on each, with peak memory: the floor (examples/floor.rs: every file deserialised into
# plain structs with the same YAML parser, one thread, nothing else), `lint`, `check`
# (with its phases: read, load+validate, compare, and the rest, which is rendering),
# `report --format json`, `export` (to /dev/null) and `export -o FILE` (written and flushed
# to disk). Prints one Markdown table row per run.
#
# Usage: bench/scale.sh [CLAIMS...]      (default: 10000 100000 1000000)
# Environment: SHAPES (claims per subject, default "5 500"), SCALE_DIR (where corpora are
# generated and kept, default /tmp/crosscheck-scale), OUT (where each run's output and
# timing go, default SCALE_DIR), FORMAT (yaml or jsonl claims), CARGO_TARGET_DIR, BUILD=0
# (use the release binaries as they are), ONLY_CHECK=1 (the floor and `check` only, for
# the largest sizes; other columns show "-"), REPEAT=N (each command run N times one
# after the other; every figure is then the median of the N runs, the µs a claim is
# followed by the least and most, and the ratios of the median µs a claim between sizes
# are printed after the table). Builds release first. Needs /usr/bin/time (GNU time).
# bench/scale_ab.sh compares two binaries, run by run.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-"$ROOT/target"}
SIZES=${*:-"10000 100000 1000000"}
SHAPES=${SHAPES:-"5 500"}
FORMAT=${FORMAT:-yaml}
WORK=${SCALE_DIR:-/tmp/crosscheck-scale}
mkdir -p "$WORK"
if [ "${BUILD:-1}" != 0 ]; then
    (cd "$ROOT" && cargo build --release --quiet --bin crosscheck --example gen_corpus --example floor)
fi
BIN="$TARGET/release/crosscheck"
GEN="$TARGET/release/examples/gen_corpus"
FLOOR="$TARGET/release/examples/floor"

OUT=${OUT:-"$WORK"}
mkdir -p "$OUT"
. "$ROOT/bench/scale_lib.sh"
rm -f "$OUT/per_claim.txt"

# The machine may be shared: each row gives the 1-minute load average before its runs,
# and every time as wall clock / CPU (user + system) seconds; ratios to the floor (which
# runs on one thread) as wall / CPU.
echo "| shape | claims | subjects | files | load | floor s wall/cpu | lint s wall/cpu (× floor wall/cpu) | check s wall/cpu (×) | check phases s (wall) | report json s wall/cpu | export s wall/cpu (×) | export -o s wall/cpu (×) | check peak MB | check cpu µs/claim |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for k in $SHAPES; do
    for n in $SIZES; do
        corpus "$k" "$n" "$GEN"
        files=$(find "$dir" -type f ! -name .done | wc -l)
        subjects=$(( (n + k - 1) / k ))
        measure floor "$FLOOR" "$dir"; floor="$SECS/$CPU"; fwall=$SECS; fcpu=$CPU
        lint=-; lwall=0; lcpu=0; report=-; export=-; ewall=0; ecpu=0; exporto=-; eowall=0; eocpu=0
        [ "${ONLY_CHECK:-0}" = 1 ] || { measure lint "$BIN" --facts "$dir" lint; lint="$SECS/$CPU"; lwall=$SECS; lcpu=$CPU; }
        measure check "$BIN" --facts "$dir" check; check="$SECS/$CPU"; cwall=$SECS; ccpu=$CPU; peak=$MB; phases=$TIMINGS; cmin=$CPUMIN; cmax=$CPUMAX
        if [ "${ONLY_CHECK:-0}" != 1 ]; then
            measure report "$BIN" --facts "$dir" report --format json; report="$SECS/$CPU"
            measure export "$BIN" --facts "$dir" export; export="$SECS/$CPU"; ewall=$SECS; ecpu=$CPU
            rm -f "$OUT/export.yaml"
            measure export_o "$BIN" --facts "$dir" export -o "$OUT/export.yaml"; exporto="$SECS/$CPU"; eowall=$SECS; eocpu=$CPU
            rm -f "$OUT/export.yaml"
        fi
        # ratio WALL CPU: "wall/cpu" ratios to the floor's.
        ratio() { awk -v w="$1" -v c="$2" -v fw="$fwall" -v fc="$fcpu" 'BEGIN { if (w > 0 && fw > 0 && fc > 0) printf "%.1f/%.1f", w / fw, c / fc; else print "-" }'; }
        per=$(per_claim "$ccpu" "$cmin" "$cmax" "$n")
        echo "$k $n $(awk -v s="$ccpu" -v n="$n" 'BEGIN { print s * 1e6 / n }')" >> "$OUT/per_claim.txt"
        echo "| $k/subject | $n | $subjects | $files | $load | $floor | $lint ($(ratio "$lwall" "$lcpu")) | $check ($(ratio "$cwall" "$ccpu")) | $phases | $report | $export ($(ratio "$ewall" "$ecpu")) | $exporto ($(ratio "$eowall" "$eocpu")) | $peak | $per |"
    done
done
# With REPEAT > 1: for each shape, the median µs a claim of each size divided by that of
# each smaller size ("1000000 ÷ 100000 = 1.12").
if [ "${REPEAT:-1}" -gt 1 ]; then
    echo
    awk '{ k[NR] = $1; n[NR] = $2; u[NR] = $3 }
        END { for (i = 1; i <= NR; i++) for (j = 1; j <= NR; j++)
            if (k[i] == k[j] && n[i] > n[j] && u[j] > 0)
                printf "%s/subject: median CPU µs a claim, %s ÷ %s = %.2f\n", k[i], n[i], n[j], u[i] / u[j] }' "$OUT/per_claim.txt"
fi
