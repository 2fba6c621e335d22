#!/bin/sh
# Imports every operation of a large OpenAPI document (e.g. Cloudflare's whole API) and reports how many
# imported without any approximation, the rest grouped by cause, and the wall time.
# Usage: Benchmarks/openapi-import.sh PATH/TO/cloudflare-openapi-full.json
set -eu
document=${1:?usage: $0 OPENAPI.json}
swift build -c release --product apigen >/dev/null
out=$(mktemp -d)
start=$(date +%s.%N)
set +e
.build/release/apigen import "$document" --output "$out/full.json" 2>"$out/warnings.txt" >"$out/summary.txt"
status=$?
set -e
end=$(date +%s.%N)
cat "$out/summary.txt"; echo "exit status $status; wall time $(echo "$end - $start" | bc) s"
total=$(grep -c '"operationId"' "$out/full.json" 2>/dev/null || echo 0)
# Operations with at least one warning (the warning's pointer starts with #/paths/<path>/<method>).
awk -F'#' '/#\/paths\//{split($2,p,"/"); print p[2]"/"p[3]}' "$out/warnings.txt" | sort -u | wc -l | sed 's/^/operations with an approximation: /'
echo "warnings by cause:"; sed -n 's/.*\[\([^]]*\)\]$/\1/p' "$out/warnings.txt" | sort | uniq -c | sort -rn | head -30
echo "(files in $out)"
