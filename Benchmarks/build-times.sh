#!/usr/bin/env bash
# Build times on a fresh clone: a clean `swift build`, a second `swift build` with nothing changed,
# and a `swift build` after touching the spec; and whether each rebuild ran the generation step
# (the build plugin's "Generating Swift from …" command).
#
#   Benchmarks/build-times.sh                  # clones the committed HEAD of this repository
#   Benchmarks/build-times.sh --working-tree   # ... then copies uncommitted and untracked
#                                              # (not ignored) files over the clone
#
# The clone lives in a temporary folder that is removed on exit (also on failure or Ctrl-C).
set -euo pipefail

overlay=no
case "${1:-}" in
    "") ;;
    --working-tree) overlay=yes ;;
    *) echo "usage: $0 [--working-tree]" >&2; exit 2 ;;
esac

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$script_dir" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/apigen-build-times.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "cloning $repo ($(git -C "$repo" rev-parse --short HEAD)) into $work"
git clone --quiet "$repo" "$work/repo"
if [ "$overlay" = yes ]; then
    echo "copying the working tree's uncommitted changes over the clone"
    git -C "$repo" ls-files -z --modified --others --exclude-standard |
        while IFS= read -r -d '' file; do
            [ -f "$repo/$file" ] || continue
            mkdir -p "$work/repo/$(dirname "$file")"
            cp -p "$repo/$file" "$work/repo/$file"
        done
fi
cd "$work/repo"

# build NAME: runs `swift build`, keeps its output in $work/NAME.log, prints the wall time.
build() {
    local name="$1" log="$work/$1.log" seconds status=0
    local TIMEFORMAT='%R'
    { time swift build >"$log" 2>&1 || status=$?; } 2>"$work/$name.time"
    seconds="$(tail -n 1 "$work/$name.time")"
    if [ "$status" -ne 0 ]; then
        echo "swift build ($name) failed with status $status; last lines:" >&2
        tail -n 30 "$log" >&2
        exit "$status"
    fi
    printf '%s' "$seconds"
}

generated() {
    if grep -q "Generating Swift from" "$work/$1.log"; then echo "yes"; else echo "no"; fi
}

echo "swift: $(swift --version 2>&1 | head -n 1)"
clean="$(build clean)"
noop="$(build noop)"
noop2="$(build noop2)"   # extra: tells a one-off rebuild after the clean build from a systematic one
touch spec/mcp-servers.json
touched="$(build touched)"

printf '%-34s %10s  %s\n' "build" "wall (s)" "ran generation"
printf '%-34s %10s  %s\n' "clean swift build" "$clean" "$(generated clean)"
printf '%-34s %10s  %s\n' "no-op rebuild" "$noop" "$(generated noop)"
printf '%-34s %10s  %s\n' "third build, still nothing changed" "$noop2" "$(generated noop2)"
printf '%-34s %10s  %s\n' "rebuild after touching the spec" "$touched" "$(generated touched)"
if [ "$(generated noop)" = "yes" ]; then
    echo "no-op rebuild ran the generation step: yes (it should not)"
else
    echo "no-op rebuild ran the generation step: no"
fi
