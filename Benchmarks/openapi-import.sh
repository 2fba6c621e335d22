#!/bin/sh
# Imports every operation of a large OpenAPI document (e.g. Cloudflare's whole API), prints the import's own
# summary, its wall time and peak memory, then how many operations imported without any approximation (an
# operation counts only when no warning points into it nor into a component it uses) and the causes.
# Usage: Benchmarks/openapi-import.sh PATH/TO/cloudflare-openapi-full.json
set -eu
document=${1:?usage: $0 OPENAPI.json}
here=$(cd "$(dirname "$0")" && pwd)
swift build -c release --product apigen >/dev/null
out=$(mktemp -d)
set +e
/usr/bin/time -f "import: %e s wall, %M KB peak" -o "$out/time.txt" \
    .build/release/apigen import "$document" --output "$out/full.json" 2>"$out/warnings.txt" >"$out/summary.txt"
status=$?
set -e
cat "$out/summary.txt" "$out/time.txt"
echo "exit status $status"
python3 "$here/openapi-coverage.py" "$document" "$out/warnings.txt"
echo "(the spec and the warnings are in $out)"
