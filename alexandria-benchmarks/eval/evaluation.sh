#!/usr/bin/env bash
# alexandria-benchmarks/eval/evaluation.sh: what search-eval.sh and recommend-eval.sh share.
#
#   evaluation.sh SCRIPT CLASS INPUT-OPTION INPUT-FILE [--real] [--misses] [--held-out] [-h]
#
# Builds the benchmarks module and what it needs (the reactor, no tests) and runs
# dev.alexandria.benchmarks.CLASS on the sample library with INPUT-OPTION sample-library/INPUT-FILE, and with
# --real also on the real-module library ($REAL_LIBRARY, default
# /work/eval/real-modules/library/components/terraform) with real-modules/INPUT-FILE. --held-out is passed on
# to CLASS (RecommendEvaluation: also score the held-out sets next to INPUT-FILE). -h prints the help comment of
# SCRIPT (its lines 2 to 11).
set -euo pipefail

script="$1" class="$2" option="$3" input="$4"
shift 4
name="$(basename "$script")"
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
real=false
extra=()
for a in "$@"; do
  case "$a" in
    --real) real=true ;;
    --misses) extra+=(--misses) ;;
    --per-query) extra+=(--per-query) ;;
    --held-out) extra+=(--held-out) ;;
    -h|--help) sed -n '2,11p' "$script" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$name: unknown argument '$a'" >&2; exit 2 ;;
  esac
done
cp_file="$root/alexandria-benchmarks/target/${name%.sh}.classpath"
(cd "$root" && mvn -B -q package dependency:build-classpath -DskipTests -Djavadoc.skip=true \
  -pl alexandria-benchmarks -am -Dmdep.outputFile="$cp_file" >&2)
cp="$root/alexandria-benchmarks/target/classes:$(cat "$cp_file")"
run() {
  java -Xmx512m ${EVAL_JAVA_OPTS:-} -cp "$cp" "dev.alexandria.benchmarks.$class" "$@" ${extra[@]+"${extra[@]}"}
}
run --library "$root/alexandria-examples/sample-library/components/terraform" "$option" "$here/sample-library/$input"
if $real; then
  lib="${REAL_LIBRARY:-/work/eval/real-modules/library/components/terraform}"
  [ -d "$lib/_library" ] || { echo "$name: no real-module library at $lib; see $here/real-modules/README.md" >&2; exit 2; }
  run --library "$lib" "$option" "$here/real-modules/$input"
fi
