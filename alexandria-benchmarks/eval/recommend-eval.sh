#!/usr/bin/env bash
# alexandria-benchmarks/eval/recommend-eval.sh: the recommendation evaluation (--for and --based-on cases).
#
#   alexandria-benchmarks/eval/recommend-eval.sh              # the sample library's cases
#   alexandria-benchmarks/eval/recommend-eval.sh --real       # also the real-module corpus (see real-modules/README.md)
#   alexandria-benchmarks/eval/recommend-eval.sh --misses     # list each case that missed, with what was recommended
#
# Builds the benchmarks module and what it needs (the reactor, no tests), then runs RecommendEvaluation: for
# --for, the expected pattern at rank 1 and the slots covered in the top 8; for --based-on, hit@5. The real-module
# library is read from $REAL_LIBRARY (default /work/eval/real-modules/library/components/terraform).
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
real=false
extra=()
for a in "$@"; do
  case "$a" in
    --real) real=true ;;
    --misses) extra+=(--misses) ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "recommend-eval.sh: unknown argument '$a'" >&2; exit 2 ;;
  esac
done
cp_file="$root/alexandria-benchmarks/target/recommend-eval.classpath"
(cd "$root" && mvn -B -q package dependency:build-classpath -DskipTests -Djavadoc.skip=true \
  -pl alexandria-benchmarks -am -Dmdep.outputFile="$cp_file" >&2)
cp="$root/alexandria-benchmarks/target/classes:$(cat "$cp_file")"
run() {
  java -Xmx512m ${EVAL_JAVA_OPTS:-} -cp "$cp" dev.alexandria.benchmarks.RecommendEvaluation "$@" ${extra[@]+"${extra[@]}"}
}
run --library "$root/alexandria-examples/sample-library/components/terraform" \
    --cases "$here/sample-library/recommend-cases.yaml"
if $real; then
  lib="${REAL_LIBRARY:-/work/eval/real-modules/library/components/terraform}"
  [ -d "$lib/_library" ] || { echo "recommend-eval.sh: no real-module library at $lib; see $here/real-modules/README.md" >&2; exit 2; }
  run --library "$lib" --cases "$here/real-modules/recommend-cases.yaml"
fi
