#!/bin/sh
# Imports a large OpenAPI document (e.g. Cloudflare's whole API, or a part of it with --paths), generates its client
# and compiles it as a package of its own that depends on this repository's APIGenRuntime, then edits one operation's
# description and measures the incremental rebuild. Prints every figure:
#   - import and generate: wall time and peak memory of release `apigen`;
#   - the generated files and lines;
#   - the compile of the generated module alone (debug, the runtime built before): wall, CPU, peak memory of the
#     largest process;
#   - after editing the first operation's description: the files regenerated, the module's files recompiled, and the
#     rebuild's wall time.
# Usage: Benchmarks/whole-api.sh OPENAPI.json [--paths PREFIX]
# The compile of the whole API takes minutes and gigabytes; iterate with --paths.
set -eu
document=${1:?usage: $0 OPENAPI.json [--paths PREFIX]}
shift
repository=$(cd "$(dirname "$0")/.." && pwd)
here="$repository/Benchmarks"
work=$(mktemp -d)
apigen="$repository/.build/release/apigen"
(cd "$repository" && swift build -c release --product apigen >/dev/null)

/usr/bin/time -f "import: %e s wall, %M KB peak" -o "$work/import-time.txt" \
    "$apigen" import "$document" "$@" --output "$work/spec.json" 2>"$work/import-warnings.txt" | tail -1
cat "$work/import-time.txt"

package="$work/package"
sources="$package/Sources/GeneratedModule"
mkdir -p "$sources"
/usr/bin/time -f "generate: %e s wall, %U s user, %M KB peak" -o "$work/generate-time.txt" \
    "$apigen" generate "$work/spec.json" --output "$sources" --quiet
cat "$work/generate-time.txt"
echo "generated: $(ls "$sources" | wc -l) files, $(cat "$sources"/*.swift | wc -l) lines"

cat >"$package/Package.swift" <<EOF
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "WholeAPIBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$repository")],
    targets: [.target(name: "GeneratedModule", dependencies: [.product(name: "APIGenRuntime", package: "$(basename "$repository")")])],
    swiftLanguageModes: [.v6]
)
EOF
cd "$package"
swift build --target APIGenRuntime >/dev/null

# Wall time and the peak of the largest process (the frontends run side by side, one per core).
compile() {
    /usr/bin/time -v swift build --target GeneratedModule >"$work/build-$1.txt" 2>"$work/time-$1.txt" || {
        tail -30 "$work/build-$1.txt"; exit 1
    }
    grep -c "warning:" "$work/build-$1.txt" | sed "s/^/$1 compile: warnings: /"
    awk -v what="$1" -F': ' '
        /Elapsed \(wall clock\)/ { wall = $2 }
        /User time/ { user = $2 } /System time/ { sys = $2 }
        /Maximum resident set size/ { peak = $2 }
        END { printf "%s compile: %s wall, %.0f s CPU, %.2f GB peak (largest process)\n", what, wall, user + sys, peak / 1048576 }
    ' "$work/time-$1.txt"
}
compile full
total=$(ls "$sources"/*.swift | wc -l)

# Edit the first operation's description, regenerate, rebuild: which files change, which objects are rebuilt.
python3 - "$work/spec.json" <<'EOF'
import json, sys
path = sys.argv[1]
with open(path) as f:
    spec = json.load(f)
name, operation = next(iter(spec["operations"].items()))
operation["description"] = (operation.get("description") or "") + " Edited by the benchmark."
with open(path, "w") as f:
    json.dump(spec, f, indent=2)
print(f"edited: the description of operation {name}")
EOF
"$apigen" generate "$work/spec.json" --output "$sources" | grep '^wrote' | sed 's/^/regenerated: /' || true
compile incremental
# The build prints one line a file its frontends compile.
rebuilt=$(grep -o 'Compiling GeneratedModule .*' "$work/build-incremental.txt" | sed 's/Compiling GeneratedModule //')
echo "incremental: $(echo "$rebuilt" | grep -c .) of $total files recompiled: $(echo $rebuilt)"
echo "(the spec, the package and the build logs are in $work)"
