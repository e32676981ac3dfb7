#!/usr/bin/env bash
# bench/validate.sh: the wall and CPU time of `alexandria validate`, JVM start included, on the bundled sample
# library and on a synthetic library of N modules (default 10,000) in a 256 MB heap: first with an empty
# Alexandria cache (every module's HCL read), then again with nothing changed (the cached interfaces and rule
# findings reused), then `validate <one module>`.
#
#   bench/validate.sh                 # 5 runs each, 10,000 modules
#   bench/validate.sh -n 3 -m 1000
#   bench/validate.sh -g -n 9 -c /path/to/other/checkout/bin/alexandria
#
# -g: instead, the bundled sample three ways, as a library kept in git is validated: a copy outside git, a git
# copy without tags, and a git copy with each module's registered version tagged <module>/v<version> and a second
# commit that adds a required variable to vpc-standard without a version bump (so the version-bump rule reports
# it); -c runs another build alternately (bench/cli.sh -c). Each from inside the copy, warm.
#
# External tools are left out (PATH without terraform, tofu and tflint; a whole-library validate leaves them out
# anyway unless --external-tools is given): each of their runs costs a few hundred
# milliseconds per module and is not what this measures. The synthetic library is made by the benchmarks
# module's SyntheticLibrary in a temporary folder (removed at the end); times come from bench/cli.sh.
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=5
modules=10000
git_copies=""
other=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -m) modules="$2"; shift 2 ;;
    -g) git_copies=1; shift ;;
    -c) other=(-c "$2"); shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/validate.sh: unknown argument '$1' (see -h)" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The PATH without terraform, tofu and tflint: a folder that holds one is replaced by links to its other entries.
tools_path=""
n=0
IFS=':' read -r -a dirs <<< "$PATH"
for dir in "${dirs[@]}"; do
  if [ -e "$dir/terraform" ] || [ -e "$dir/tofu" ] || [ -e "$dir/tflint" ]; then
    n=$((n + 1))
    mirror="$work/path$n"
    mkdir -p "$mirror"
    for f in "$dir"/*; do
      case "${f##*/}" in terraform|tofu|tflint) ;; *) ln -s "$f" "$mirror/${f##*/}" ;; esac
    done
    dir="$mirror"
  fi
  tools_path="${tools_path:+$tools_path:}$dir"
done
if [ -n "$git_copies" ]; then
  sample="$root/alexandria-examples/sample-library/components/terraform"
  commit() { git -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false commit -qm "$1"; }
  cp -r "$sample" "$work/outside"
  cp -r "$sample" "$work/untagged"
  (cd "$work/untagged" && git init -q && git add -A && commit sample)
  cp -r "$sample" "$work/tagged"
  (
    cd "$work/tagged" && git init -q && git add -A && commit sample
    # each entry's version is its highest registered one in the bundled sample
    awk '/^  - id: /{id=$3} /^    version: /{if (id) {print id "/v" $2; id=""}}' _catalog/module-registry.yaml |
      while read -r tag; do git -c user.name=bench -c user.email=bench@example.com tag -a "$tag" -m "$tag"; done
    vars="$(find _library -type d -name vpc-standard)/variables.tf"
    printf '\nvariable "bench_required" {\n  type        = string\n  description = "Needs a major bump."\n}\n' >> "$vars"
    git add -A && commit "vpc-standard: a required variable"
  )
  for copy in outside untagged tagged; do
    echo "# the bundled sample: $copy"
    (cd "$work/$copy" && PATH="$tools_path" "$here/cli.sh" -n "$runs" -w 2 "${other[@]}" validate)
  done
  exit 0
fi
export ALEXANDRIA_CACHE_DIR="$work/cache"
(cd "$root" && mvn -B -q -pl alexandria-benchmarks -am package -DskipTests -Djavadoc.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
cp="$root/alexandria-benchmarks/target/classes:$(cat "$root/alexandria-benchmarks/target/cp.txt")"
java -cp "$cp" dev.alexandria.benchmarks.SyntheticLibrary "$work/lib" "$modules" >/dev/null
# awk reads all its input: head would stop sort with SIGPIPE, which pipefail turns into a silent exit of the
# script once the list outgrows the pipe buffer (10,000 modules do).
one="$(find "$work/lib/_library" -mindepth 3 -maxdepth 3 -type d | sort | awk 'NR == 1')"
one="${one##*/}"
"$root/bin/alexandria" --version >/dev/null # builds the CLI if a source changed, with the full PATH
echo "# sample library (bundled), then $modules synthetic modules in -Xmx256m; tools: none on PATH"
PATH="$tools_path" "$here/cli.sh" -n "$runs" validate
# The start-up archive (CDS) is made per set of JVM options and kept in the cache folder's cds/: make the one for
# -Xmx256m now and keep it, so the empty-cache run below measures validate, not the archive's training run.
(cd "$work" && ALEXANDRIA_JAVA_OPTS=-Xmx256m "$root/bin/alexandria" browse >/dev/null 2>&1) # the bundled sample
find "$ALEXANDRIA_CACHE_DIR" -mindepth 1 -maxdepth 1 ! -name cds -exec rm -rf {} +
PATH="$tools_path" ALEXANDRIA_JAVA_OPTS=-Xmx256m "$here/cli.sh" -n 1 -w 0 -- --library "$work/lib" validate
PATH="$tools_path" ALEXANDRIA_JAVA_OPTS=-Xmx256m "$here/cli.sh" -n "$runs" -w 0 -- --library "$work/lib" validate
PATH="$tools_path" ALEXANDRIA_JAVA_OPTS=-Xmx256m "$here/cli.sh" -n "$runs" -w 0 -- --library "$work/lib" validate "$one"
