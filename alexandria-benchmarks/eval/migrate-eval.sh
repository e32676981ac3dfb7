#!/usr/bin/env bash
# alexandria-benchmarks/eval/migrate-eval.sh: how well `alexandria migrate` infers layer and category.
#
#   alexandria-benchmarks/eval/migrate-eval.sh              # accuracy, and every miss with the evidence
#   alexandria-benchmarks/eval/migrate-eval.sh --quiet      # accuracy only
#
# Plans the real-module corpus laid out flat (real-modules/README.md; $REAL_FLAT, default
# /work/eval/real-modules/flat) with `bin/alexandria migrate <flat> --output json`, and compares each top-level
# module's inferred layer and category with the hand labels of real-modules/labels.yaml: layer accuracy,
# category accuracy (strict: the label's category; lenient: also its also_acceptable ones), per collection,
# then the misses with what the inference saw. Targets (issue 15): layer >= 90%, category >= 75% (strict).
# Exits 1 when a target is missed.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
quiet=false
for a in "$@"; do
  case "$a" in
    --quiet) quiet=true ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "migrate-eval.sh: unknown argument '$a'" >&2; exit 2 ;;
  esac
done
flat="${REAL_FLAT:-/work/eval/real-modules/flat}"
[ -d "$flat" ] || { echo "migrate-eval.sh: no flat corpus at $flat; lay it out with real-modules/materialize.sh" >&2; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { echo "migrate-eval.sh: python3 with PyYAML is needed" >&2; exit 2; }
plan="$(mktemp)"
trap 'rm -f "$plan"' EXIT
start=$(date +%s%N)
"$root/bin/alexandria" migrate "$flat" --output json > "$plan"
ms=$(( ($(date +%s%N) - start) / 1000000 ))

python3 - "$plan" "$here/real-modules/labels.yaml" "$here/real-modules/manifest.yaml" "$quiet" "$ms" <<'PY'
import json, sys, yaml
from collections import defaultdict
plan_file, labels_file, manifest_file, quiet, ms = sys.argv[1:6]
quiet = quiet == "true"
plan = json.load(open(plan_file, encoding="utf-8"))
labels = {m["id"]: m for m in yaml.safe_load(open(labels_file, encoding="utf-8"))["modules"]}
collection = {m["id"]: m["collection"] for m in yaml.safe_load(open(manifest_file, encoding="utf-8"))["modules"]}
inferred = {m["source"]: m for m in plan["modules"] if "/" not in m["source"]}
missing = sorted(set(labels) - set(inferred))
n = layer_ok = cat_ok = lenient_ok = 0
per = defaultdict(lambda: [0, 0, 0])
misses = []
for mid, label in sorted(labels.items()):
    m = inferred.get(mid)
    if m is None:
        continue
    n += 1
    layer = m["layer"]["value"]
    cat = (layer + "/" + m["category"]["value"]) if layer and m["category"]["value"] else None
    lo = layer == label["layer"]
    co = cat == label["category"]
    le = co or cat in (label.get("also_acceptable") or [])
    layer_ok += lo; cat_ok += co; lenient_ok += le
    c = per[collection.get(mid, "?")]
    c[0] += 1; c[1] += lo; c[2] += co
    if not co:
        misses.append((mid, label, cat, m, lo, le))
pct = lambda a, b: 100.0 * a / b if b else 0.0
print(f"migrate evaluation: {n} labelled modules planned in {ms} ms (whole run of bin/alexandria)")
print(f"  layer accuracy     {layer_ok}/{n} = {pct(layer_ok, n):.1f}%   (target >= 90%)")
print(f"  category accuracy  {cat_ok}/{n} = {pct(cat_ok, n):.1f}%   (target >= 75%, strict)")
print(f"  category, lenient  {lenient_ok}/{n} = {pct(lenient_ok, n):.1f}%   (also_acceptable counted)")
print("  per collection (layer / category):")
for col, (t, lo, co) in sorted(per.items(), key=lambda kv: -kv[1][0]):
    print(f"    {col:<14} {t:>3}  {pct(lo, t):5.1f}%  {pct(co, t):5.1f}%")
if missing:
    print("  not planned: " + ", ".join(missing))
if not quiet and misses:
    print(f"\nmisses ({len(misses)}):")
    for mid, label, cat, m, lo, le in misses:
        mark = "layer ok" if lo else "LAYER"
        extra = ", acceptable" if le else ""
        print(f"  {mid}: inferred {cat or 'unknown'} ({mark}{extra}), labelled {label['category']}")
        print(f"      evidence: {m['category'].get('evidence') or m['category'].get('unknown')}")
        print(f"      label: {label['why']}")
ok = pct(layer_ok, n) >= 90 and pct(cat_ok, n) >= 75 and not missing
sys.exit(0 if ok else 1)
PY
