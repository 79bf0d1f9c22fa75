# Shared by bench/scale.sh and bench/scale_ab.sh (sourced, not run): timing one command
# under GNU time, and medians of repeated runs. Needs OUT (the folder for each run's
# output and GNU time's report) set by the caller; KEEP=1 keeps standard output there.
# `corpus` also needs WORK and FORMAT.

# run NAME CMD...: runs CMD under GNU time; sets SECS (wall clock), CPU (user + system
# seconds), MB (peak resident) and TIMINGS. Standard output goes to /dev/null (KEEP=1:
# to $OUT/NAME.out), so the runs time crosscheck's work, not the disk: at 1M claims the
# outputs are hundreds of MB, and the kernel's writeback of one run's file slowed the
# next by seconds. The durable write is timed apart, as `export -o` (written and flushed
# to disk). Every run starts after the previous runs' files are flushed (`sync`).
run() {
    name=$1
    shift
    rm -f "$OUT/$name.out"
    sync
    out=/dev/null
    [ "${KEEP:-0}" = 1 ] && out="$OUT/$name.out"
    CROSSCHECK_TIMINGS=1 /usr/bin/time -v "$@" > "$out" 2> "$OUT/$name.err" || true
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$OUT/$name.err")
    CPU=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$OUT/$name.err")
    MB=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$OUT/$name.err")
    TIMINGS=$(grep '^timings:' "$OUT/$name.err" | sed 's/^timings: //' || true)
}

# median: the median of the numbers on standard input, one a line (the mean of the two
# middle ones for an even count), with two decimals ("-" for none).
median() {
    sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "%.2f", m }'
}

# record NAME: appends the last run's figures to $OUT/NAME.runs ("cpu wall mb timings").
record() {
    echo "$CPU $SECS $MB $TIMINGS" >> "$OUT/$1.runs"
}

# summary NAME: from $OUT/NAME.runs, sets SECS, CPU and MB to the medians of the runs'
# wall clock, CPU and peak, CPUMIN and CPUMAX to the least and most CPU, and TIMINGS to
# the phases of the run of median CPU (of the lower middle one for an even count).
summary() {
    _f="$OUT/$1.runs"
    SECS=$(cut -d' ' -f2 "$_f" | median)
    CPU=$(cut -d' ' -f1 "$_f" | median)
    MB=$(cut -d' ' -f3 "$_f" | median | awk '{ printf "%d", $1 }')
    CPUMIN=$(cut -d' ' -f1 "$_f" | sort -g | head -n 1)
    CPUMAX=$(cut -d' ' -f1 "$_f" | sort -g | tail -n 1)
    _runs=$(wc -l < "$_f")
    TIMINGS=$(sort -g "$_f" | sed -n "$(( (_runs + 1) / 2 ))p" | cut -d' ' -f4-)
}

# measure NAME CMD...: runs CMD REPEAT times (default 1) one after the other and sets
# what `run` sets, as medians (see `summary`).
measure() {
    mname=$1
    shift
    rm -f "$OUT/$mname.runs"
    _i=0
    while [ "$_i" -lt "${REPEAT:-1}" ]; do
        run "$mname" "$@"
        record "$mname"
        _i=$((_i + 1))
    done
    summary "$mname"
}

# per_claim CPU CPUMIN CPUMAX N: µs of CPU a claim, "26.6", or with REPEAT > 1 the
# median and the range, "26.6 (24.1–29.0)".
per_claim() {
    awk -v s="$1" -v lo="$2" -v hi="$3" -v n="$4" -v r="${REPEAT:-1}" 'BEGIN {
        printf "%.1f", s * 1e6 / n
        if (r > 1) printf " (%.1f–%.1f)", lo * 1e6 / n, hi * 1e6 / n }'
}

# corpus K N [GEN]: sets dir to the corpus of N claims at K a subject
# ($WORK/$FORMAT-kK-nN), made by GEN (with --jsonl when FORMAT is jsonl) when it is
# missing, or ends the script when no GEN is given; then reads its files once (the page
# cache warm for every run) and sets load to the 1-minute load average.
corpus() {
    dir="$WORK/$FORMAT-k$1-n$2"
    if [ ! -f "$dir/.done" ]; then
        if [ -z "${3:-}" ]; then
            echo "bench/${0##*/}: $dir is missing (bench/scale.sh generates it)" >&2
            exit 2
        fi
        _jsonl=""
        [ "$FORMAT" = jsonl ] && _jsonl="--jsonl"
        "$3" "$dir" --claims "$2" --per-subject "$1" $_jsonl 2> /dev/null
        touch "$dir/.done"
    fi
    find "$dir" -type f -exec cat {} + > /dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
}
