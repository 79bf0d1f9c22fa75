#!/bin/sh
# Throughput and peak memory of `crosscheck extract --format jsonl` on plain news text:
# the seed articles in ../shared/seeds repeated to 50 MB.
# Usage: bench/extract_speed.sh [MB]    (honours CARGO_TARGET_DIR; builds release first)
set -eu
. "$(dirname "$0")/lib.sh"
MB=${1:-50}
need_seeds
release_build
INPUT="$TMP/news.txt"
BYTES=$((MB * 1000 * 1000))
cat "$SEEDS"/*.txt > "$TMP/one.txt"
: > "$INPUT"
while [ "$(wc -c < "$INPUT")" -lt "$BYTES" ]; do
    cat "$TMP/one.txt" "$TMP/one.txt" "$TMP/one.txt" "$TMP/one.txt" >> "$INPUT"
done
head -c "$BYTES" "$INPUT" > "$TMP/cut.txt"
# End on a whole line.
sed -i '$d' "$TMP/cut.txt"
SIZE=$(wc -c < "$TMP/cut.txt")
echo "input: $SIZE bytes"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$BIN" extract --format jsonl "$TMP/cut.txt" > "$TMP/out.jsonl" 2> "$TMP/time.txt"
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$TMP/time.txt")
    PEAK=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time.txt")
else
    START=$(date +%s.%N)
    "$BIN" extract --format jsonl "$TMP/cut.txt" > "$TMP/out.jsonl" &
    PID=$!
    PEAK=0
    while kill -0 "$PID" 2>/dev/null; do
        RSS=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
        [ -n "$RSS" ] && [ "$RSS" -gt "$PEAK" ] && PEAK=$RSS
        sleep 0.05
    done
    wait "$PID"
    END=$(date +%s.%N)
    SECS=$(echo "$END - $START" | bc)
fi
echo "mentions: $(wc -l < "$TMP/out.jsonl")"
awk -v b="$SIZE" -v s="$SECS" -v p="$PEAK" 'BEGIN {printf "time: %.2f s\nthroughput: %.1f MB/s\npeak memory: %.1f MB\n", s, b/1e6/s, p/1024}'
