# Shared by the bench scripts (sourced with `. "$(dirname "$0")/lib.sh"`, not run): ROOT,
# the seed articles SEEDS, and `release_build`, which builds release (honouring
# CARGO_TARGET_DIR) and sets BIN and a scratch folder TMP removed on exit.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SEEDS="$ROOT/../shared/seeds"

# Exits 0 with "skipped" when the seed articles are absent (../shared is not there).
need_seeds() {
    if [ ! -d "$SEEDS" ]; then
        echo "skipped: $SEEDS not found (../shared is absent)"
        exit 0
    fi
}

release_build() {
    TARGET=${CARGO_TARGET_DIR:-"$ROOT/target"}
    (cd "$ROOT" && cargo build --release --quiet)
    BIN="$TARGET/release/crosscheck"
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
}
