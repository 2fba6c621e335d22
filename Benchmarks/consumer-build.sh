#!/usr/bin/env bash
# What an app pays to depend on CloudflareMCP: a clean debug build of a package whose one target is
# the README's client example (`<!-- file: Sources/client-example/main.swift -->`), depending on a
# fresh clone of this repository by path. Prints the build steps, the modules compiled (the build
# plugin's tool and its generator modules among them), the wall and CPU time and the peak memory.
#
#   Benchmarks/consumer-build.sh
#
# Everything lives in a temporary folder that is removed on exit.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$script_dir" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/apigen-consumer.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# The clone's folder is named apigen: SwiftPM names a path dependency after its folder.
git clone --quiet "$repo" "$work/apigen"
mkdir -p "$work/consumer/Sources/client-example"
awk '
    /<!-- file: Sources\/client-example\/main.swift -->/ { found = 1; next }
    found == 1 && /^```/ { found = 2; next }
    found == 2 && /^```$/ { exit }
    found == 2 { print }
' "$repo/README.md" >"$work/consumer/Sources/client-example/main.swift"
[ -s "$work/consumer/Sources/client-example/main.swift" ] || { echo "README.md has no client example" >&2; exit 1; }
cat >"$work/consumer/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../apigen")],
    targets: [
        .executableTarget(name: "client-example", dependencies: [.product(name: "CloudflareMCP", package: "apigen")]),
    ],
    swiftLanguageModes: [.v6]
)
EOF

cd "$work/consumer"
echo "swift: $(swift --version 2>&1 | head -n 1)"
echo "apigen: $(git -C "$repo" rev-parse --short HEAD), $(nproc) cores"
/usr/bin/time -v -o "$work/time.txt" swift build --product client-example >"$work/build.log" 2>&1 || {
    echo "the consumer's build failed; last lines:" >&2
    tail -n 30 "$work/build.log" >&2
    exit 1
}
steps="$(grep -o '^\[[0-9]*/[0-9]*\]' "$work/build.log" | tail -n 1 | sed 's/.*\///; s/\]//')"
modules="$(grep -oE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting module) [A-Za-z_][A-Za-z0-9_]*' "$work/build.log" |
    awk '{ print $NF }' | sort -u | tr '\n' ' ')"
field() { grep "$1" "$work/time.txt" | awk -F': ' '{ print $2 }'; }
user="$(field 'User time')"
system="$(field 'System time')"
echo "build steps:        $steps"
echo "modules compiled:   $modules"
echo "wall time:          $(field 'Elapsed (wall clock)')"
echo "CPU time:           $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.1f", u + s }') s (user $user, system $system)"
echo "peak memory:        $(( $(field 'Maximum resident set size') / 1024 )) MiB (one process: the compiler or SwiftPM)"
