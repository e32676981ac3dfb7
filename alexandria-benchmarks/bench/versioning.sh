#!/usr/bin/env bash
# Wall time of `alexandria versions` and `alexandria diff` on a large real module with a long history,
# end to end (JVM start included), through bin/alexandria. Target (docs/versioning.md): under 0.5 s each.
#
# Usage: [BENCH_KEEP=dir] [BENCH_TAGS=n] versioning.sh <bare-mirror-of-a-module-repository | module-folder> [runs]
#   e.g. versioning.sh /path/to/terraform-aws-eks.git 10
#        BENCH_TAGS=100 versioning.sh ~/src/terraform-aws-eks 10
#
# Builds, in a temporary folder, a library in a git repository holding the repository's root module once per
# release tag (one commit each, tagged <id>/v<version> and registered). Given a module folder instead of a
# bare repository, it commits that folder's *.tf files BENCH_TAGS times (default 100) as synthetic releases
# 1.0.0, 1.1.0, … (each adds one optional variable, so consecutive versions differ). Then it runs each command `runs` times
# after one warm-up run (which records bin/alexandria's class-data-sharing archive) and prints the min and
# median wall and CPU seconds, next to the baseline of `alexandria --version`. Needs GNU time (/usr/bin/time). Nothing is downloaded; the mirror is only read.
set -euo pipefail
mirror="${1:?usage: versioning.sh <bare-mirror | module-folder> [runs]}"
runs="${2:-10}"
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
alexandria="$root/bin/alexandria"
if [ -n "${BENCH_KEEP:-}" ]; then
  work="$BENCH_KEEP" # keep the generated library there, for profiling
  rm -rf "$work" && mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
id="bench-module"
lib="$work/repo/components/terraform"
module="$lib/_library/data/databases/$id"
mkdir -p "$module" "$lib/_catalog"
git -C "$work/repo" init -q -b main
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench \
  GIT_COMMITTER_EMAIL=bench@example.com
cat > "$lib/_catalog/categories.yaml" <<'YAML'
dependency_policy: default
layers:
  - name: data
    rank: 3
    description: Databases and storage.
    categories:
      - name: databases
        description: Relational and document databases.
YAML
printf 'tags:\n  - name: database\n    description: Databases.\n' > "$lib/_catalog/tags.yaml"
count=0
registry="$work/versions.yaml"
: > "$registry"
# Commits the module folder as version $1 and registers and tags it.
release() {
  local v="$1" maturity=stable
  case "$v" in 0.*) maturity=alpha ;; esac
  printf '      - version: %s\n        released: 2026-01-01\n        maturity: %s\n        changelog: release %s\n' \
    "$v" "$maturity" "$v" >> "$registry"
  cat > "$module/.alexandria.yaml" <<YAML
id: $id
name: Benchmark module
description: A large real module with a long release history.
version: $v
layer: data
category: data/databases
maturity: $maturity
tags: [database]
maintainer: bench
YAML
  { printf 'modules:\n  - id: %s\n    name: Benchmark module\n    version: %s\n    category: data/databases\n' "$id" "$v"
    printf '    tags: [database]\n    maturity: %s\n    description: A large real module.\n' "$maturity"
    printf '    support:\n      maintainer: bench\n    versions:\n'
    cat "$registry"; } > "$lib/_catalog/module-registry.yaml"
  git -C "$work/repo" add -A >/dev/null
  git -C "$work/repo" commit -q -m "$id $v"
  git -C "$work/repo" tag -a "$id/v$v" -m "$id $v"
  count=$((count + 1))
}
if [ -d "$mirror" ] && [ ! -f "$mirror/HEAD" ]; then
  # a module folder: synthetic releases of its own *.tf files
  cp "$mirror"/*.tf "$module"/
  tags=""
  for i in $(seq 0 $((${BENCH_TAGS:-100} - 1))); do
    v="1.$i.0"
    if [ "$i" -gt 0 ]; then
      printf '\nvariable "bench_release_%s" {\n  description = "Added in %s."\n  type        = string\n  default     = null\n}\n' \
        "$i" "$v" >> "$module/bench_releases.tf"
    fi
    release "$v"
    tags="$tags$v"$'\n'
  done
  tags="$(printf '%s' "$tags")"
else
  # BENCH_TAGS=N keeps the N highest release tags (default: all of them).
  tags="$(git --git-dir="$mirror" tag | grep -E '^v?[0-9]+\.[0-9]+\.[0-9]+$' | sed 's/^v//' | sort -t. -k1,1n -k2,2n -k3,3n \
    | tail -n "${BENCH_TAGS:-1000000}")"
  for v in $tags; do
    ref="$(git --git-dir="$mirror" tag | grep -E "^v?$v$" | head -1)"
    find "$module" -maxdepth 1 -name '*.tf' -delete
    git --git-dir="$mirror" archive "$ref" | tar -x -C "$module" --wildcards --no-anchored '*.tf' 2>/dev/null || true
    find "$module" -mindepth 1 -type d -exec rm -rf {} + 2>/dev/null || true
    release "$v"
  done
fi
first="$(echo "$tags" | tail -2 | head -1)"
last="$(echo "$tags" | tail -1)"
variables="$(cat "$module"/*.tf | grep -c '^variable ')"
echo "library: $count tagged versions of $mirror, $variables variables at $last"

# Wall and CPU (user + system) seconds: on a shared machine the wall time includes waiting for a core, so
# the CPU time and the baseline (`--version`: the script and the JVM, no library) are printed as well.
measure() {
  local label="$1"; shift
  "$alexandria" --library "$lib" "$@" > /dev/null # warm-up: builds the CLI if needed, records the CDS archive
  local out="$work/times"
  : > "$out"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S' -a -o "$out" "$alexandria" --library "$lib" "$@" > /dev/null
  done
  local cpu
  cpu="$(awk '{ printf "%.3f\n", $2 + $3 }' "$out" | sort -n)"
  sort -n "$out" | awk -v label="$label" -v cpu="$cpu" '{ wall[NR] = $1 } END {
    n = split(cpu, c, "\n")
    printf "%-26s wall min %.3f median %.3f s   cpu min %.3f median %.3f s   (%d runs)\n", label, wall[1],
      wall[int((NR + 1) / 2)], c[1], c[int((n + 1) / 2)], NR }'
}
measure "baseline (--version)" --version
measure "versions ($count tags)" versions "$id"
measure "diff $first → $last" diff "$id" --from "$first" --to "$last"
measure "diff --check" diff "$id" --check
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime), $(nproc) cores"
