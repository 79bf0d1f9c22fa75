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
# generated and kept, default /tmp/crosscheck-scale), FORMAT (yaml or jsonl claims),
# CARGO_TARGET_DIR, BUILD=0 (use the release binaries as they are), ONLY_CHECK=1 (the floor
# and `check` only, for the largest sizes; other columns show "-"). Builds release first.
# Needs /usr/bin/time (GNU time).
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
JSONL=""
[ "$FORMAT" = jsonl ] && JSONL="--jsonl"

# run NAME CMD...: runs CMD under GNU time; sets SECS (wall clock), CPU (user + system
# seconds), MB (peak resident) and TIMINGS. Standard output goes to /dev/null (KEEP=1:
# to $WORK/NAME.out), so the runs time crosscheck's work, not the disk: at 1M claims the
# outputs are hundreds of MB, and the kernel's writeback of one run's file slowed the
# next by seconds. The durable write is timed apart, as `export -o` (written and flushed
# to disk). Every run starts after the previous runs' files are flushed (`sync`).
run() {
    name=$1
    shift
    rm -f "$WORK/$name.out"
    sync
    out=/dev/null
    [ "${KEEP:-0}" = 1 ] && out="$WORK/$name.out"
    CROSSCHECK_TIMINGS=1 /usr/bin/time -v "$@" > "$out" 2> "$WORK/$name.err" || true
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$WORK/$name.err")
    CPU=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$WORK/$name.err")
    MB=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$WORK/$name.err")
    TIMINGS=$(grep '^timings:' "$WORK/$name.err" | sed 's/^timings: //' || true)
}

# The machine may be shared: each row gives the 1-minute load average before its runs,
# and every time as wall clock / CPU (user + system) seconds; ratios to the floor (which
# runs on one thread) as wall / CPU.
echo "| shape | claims | subjects | files | load | floor s wall/cpu | lint s wall/cpu (× floor wall/cpu) | check s wall/cpu (×) | check phases s (wall) | report json s wall/cpu | export s wall/cpu (×) | export -o s wall/cpu (×) | check peak MB | check cpu µs/claim |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for k in $SHAPES; do
    for n in $SIZES; do
        dir="$WORK/$FORMAT-k$k-n$n"
        if [ ! -f "$dir/.done" ]; then
            "$GEN" "$dir" --claims "$n" --per-subject "$k" $JSONL 2> /dev/null
            touch "$dir/.done"
        fi
        files=$(find "$dir" -type f ! -name .done | wc -l)
        subjects=$(( (n + k - 1) / k ))
        find "$dir" -type f -exec cat {} + > /dev/null # warm the page cache
        load=$(cut -d' ' -f1 /proc/loadavg)
        run floor "$FLOOR" "$dir"; floor="$SECS/$CPU"; fwall=$SECS; fcpu=$CPU
        lint=-; lwall=0; lcpu=0; report=-; export=-; ewall=0; ecpu=0; exporto=-; eowall=0; eocpu=0
        [ "${ONLY_CHECK:-0}" = 1 ] || { run lint "$BIN" --facts "$dir" lint; lint="$SECS/$CPU"; lwall=$SECS; lcpu=$CPU; }
        run check "$BIN" --facts "$dir" check; check="$SECS/$CPU"; cwall=$SECS; ccpu=$CPU; peak=$MB; phases=$TIMINGS
        if [ "${ONLY_CHECK:-0}" != 1 ]; then
            run report "$BIN" --facts "$dir" report --format json; report="$SECS/$CPU"
            run export "$BIN" --facts "$dir" export; export="$SECS/$CPU"; ewall=$SECS; ecpu=$CPU
            rm -f "$WORK/export.yaml"
            run export_o "$BIN" --facts "$dir" export -o "$WORK/export.yaml"; exporto="$SECS/$CPU"; eowall=$SECS; eocpu=$CPU
            rm -f "$WORK/export.yaml"
        fi
        # ratio WALL CPU: "wall/cpu" ratios to the floor's.
        ratio() { awk -v w="$1" -v c="$2" -v fw="$fwall" -v fc="$fcpu" 'BEGIN { if (w > 0 && fw > 0 && fc > 0) printf "%.1f/%.1f", w / fw, c / fc; else print "-" }'; }
        per=$(awk -v s="$ccpu" -v n="$n" 'BEGIN { printf "%.1f", s * 1e6 / n }')
        echo "| $k/subject | $n | $subjects | $files | $load | $floor | $lint ($(ratio "$lwall" "$lcpu")) | $check ($(ratio "$cwall" "$ccpu")) | $phases | $report | $export ($(ratio "$ewall" "$ecpu")) | $exporto ($(ratio "$eowall" "$eocpu")) | $peak | $per |"
    done
done
