#!/usr/bin/env bash
# Runs the versioning evaluation: every pair of consecutive releases of the repositories in repositories.txt,
# read from bare git mirrors, against the bump the interface diff requires. Writes cases.tsv and results.md
# next to this script (or to OUT_DIR).
#
# Usage: run.sh <mirror-dir> [out-dir]
#   <mirror-dir>  holds one bare repository per listed repo, as <owner>+<name>/repo (or <owner>+<name>).
# Nothing is downloaded and nothing is checked out: tags and trees are read from the mirrors' objects.
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mirrors="${1:?usage: run.sh <mirror-dir> [out-dir]}"
out="${2:-$here}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -B -q package dependency:build-classpath -pl alexandria-benchmarks -am -DskipTests \
  -Djavadoc.skip=true -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
java -cp "$(cat "$cp_file"):$root/alexandria-benchmarks/target/classes" \
  dev.alexandria.benchmarks.VersioningEvaluation "$mirrors" "$here/repositories.txt" "$out"
echo "wrote $out/cases.tsv and $out/results.md" >&2
