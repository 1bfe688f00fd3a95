#!/usr/bin/env bash
# End to end through the launcher: harmony plan --json piped into harmony report, each format written and
# checked for its kind (PDF header, HTML with SVG, CSV row count, JSON format tag). Usage:
#   app/src/test/shell/report-from-plan-pipe.sh [OUTPUT_FOLDER]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
"$root/harmony" plan --source lab:bitbrains-rnd --max-moves 6 --time-limit 5 --json >"$out/plan.json" 2>"$out/plan.err"
moves=$(grep -c '"batch" :' "$out/plan.json")
for format in pdf html csv json; do
  "$root/harmony" report --plan - --format "$format" --out "$out/report.$format" <"$out/plan.json"
done
head -c 5 "$out/report.pdf" | grep -q '%PDF-' || { echo "FAIL: report.pdf is not a PDF" >&2; exit 1; }
grep -q '<svg' "$out/report.html" || { echo "FAIL: report.html has no chart" >&2; exit 1; }
rows=$(($(grep -c $'\r$' "$out/report.csv") - 1))
[ "$rows" -eq "$moves" ] || { echo "FAIL: report.csv has $rows rows for $moves moves" >&2; exit 1; }
grep -q '"schema" : "harmony.report/1"' "$out/report.json" || { echo "FAIL: report.json lacks its format tag" >&2; exit 1; }
echo "ok: $moves moves; $(wc -c <"$out/report.pdf") B pdf, $(wc -c <"$out/report.html") B html, $(wc -c <"$out/report.csv") B csv, $(wc -c <"$out/report.json") B json in $out"
