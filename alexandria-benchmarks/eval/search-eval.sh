#!/usr/bin/env bash
# alexandria-benchmarks/eval/search-eval.sh: the search relevance evaluation, per backend.
#
#   alexandria-benchmarks/eval/search-eval.sh                 # the sample library's queries
#   alexandria-benchmarks/eval/search-eval.sh --real          # also the real-module corpus (see real-modules/README.md)
#   alexandria-benchmarks/eval/search-eval.sh --misses        # list each query without a hit, with its top 5
#
# Builds the benchmarks module and what it needs (the reactor, no tests), then runs SearchEvaluation: hit@3 and
# nDCG@5 overall and per kind of query, for alexandria-lucene and alexandria-in-memory. The real-module library
# is read from $REAL_LIBRARY (default /work/eval/real-modules/library/components/terraform).
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
    *) echo "search-eval.sh: unknown argument '$a'" >&2; exit 2 ;;
  esac
done
cp_file="$root/alexandria-benchmarks/target/search-eval.classpath"
(cd "$root" && mvn -B -q package dependency:build-classpath -DskipTests -Djavadoc.skip=true \
  -pl alexandria-benchmarks -am -Dmdep.outputFile="$cp_file" >&2)
cp="$root/alexandria-benchmarks/target/classes:$(cat "$cp_file")"
run() {
  java -Xmx512m ${EVAL_JAVA_OPTS:-} -cp "$cp" dev.alexandria.benchmarks.SearchEvaluation "$@" ${extra[@]+"${extra[@]}"}
}
run --library "$root/alexandria-examples/sample-library/components/terraform" \
    --queries "$here/sample-library/search-queries.yaml"
if $real; then
  lib="${REAL_LIBRARY:-/work/eval/real-modules/library/components/terraform}"
  [ -d "$lib/_library" ] || { echo "search-eval.sh: no real-module library at $lib; see $here/real-modules/README.md" >&2; exit 2; }
  run --library "$lib" --queries "$here/real-modules/search-queries.yaml"
fi
