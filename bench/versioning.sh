#!/usr/bin/env bash
# bench/versioning.sh: `diff` of two versions of a large module and `versions` of a module with 100 tags, end to
# end (JVM start included), through bench/cli.sh. Target (docs/versioning.md): under 0.5 s wall each.
#
#   bench/versioning.sh -m MODULE_FOLDER [-t TAGS] [-k DIR] [bench/cli.sh options ...]
#   bench/versioning.sh -m ~/src/terraform-aws-eks -n 7 -w 1 -c /path/to/other/bin/alexandria   before (-c), after
#
# Builds, in a temporary folder (or DIR with -k, kept for profiling), a library in a git repository: the bundled
# sample library, committed, plus
#   * eks-bench: the *.tf files of MODULE_FOLDER (a large real module read from disk, such as an EKS module with
#     about 100 variables) as two tagged, registered versions 1.0.0 and 1.1.0; 1.1.0 adds an optional variable,
#     changes a default and removes an output, so the diff has a change of each bump;
#   * tags-bench: the sample's vpc-standard files as TAGS (default 100) tagged, registered versions 1.0.0, 1.1.0,
#     ..., one commit each (each adds one optional variable).
# Then runs, with bench/cli.sh and the remaining options (-n, -w, -b, -c), from an empty folder:
#   diff eks-bench --from 1.0.0 --to 1.1.0, diff eks-bench --from 1.0.0 (to the working tree), versions
#   tags-bench, and the same with --output json.
# The module folder is only read: its files go to the temporary library, never into this repository; -m is
# required (e.g. a checkout of a public EKS module).
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source_module=""
tags=100
keep=""
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    -m) source_module="$2"; shift 2 ;;
    -t) tags="$2"; shift 2 ;;
    -k) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pass+=("$1"); shift ;;
  esac
done
[ -n "$source_module" ] && [ -d "$source_module" ] || {
  echo "bench/versioning.sh: name a module folder with -m (a large real module's *.tf files)" >&2; exit 2; }
case "$tags" in ''|*[!0-9]*|0) echo "bench/versioning.sh: -t needs a positive number, got '$tags'" >&2; exit 2 ;; esac

if [ -n "$keep" ]; then
  work="$keep"
  rm -rf "$work" && mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
user_home="$HOME"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench \
  GIT_COMMITTER_EMAIL=bench@example.com GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME"
lib="$work/repo/components/terraform"
mkdir -p "$work/repo/components"
cp -r "$root/alexandria-examples/sample-library/components/terraform" "$lib"
registry="$lib/_catalog/module-registry.yaml"
git -C "$work/repo" init -q -b main
git -C "$work/repo" add -A
git -C "$work/repo" commit -q -m "sample library"

# Writes a module's .alexandria.yaml and prints its registry entry (appended after the sample's entries; the
# registry file is rewritten whole at each release).
entry() { # id folder category version versions-block
  local id="$1" folder="$2" category="$3" version="$4" versions="$5"
  cat > "$folder/.alexandria.yaml" <<YAML
id: $id
name: Benchmark module $id
description: A benchmark module with a release history.
version: $version
layer: ${category%%/*}
category: $category
maturity: stable
tags: [kubernetes]
maintainer: team-bench
YAML
  printf '  - id: %s\n    name: Benchmark module %s\n    version: %s\n    category: %s\n    tags: [kubernetes]\n    maturity: stable\n    description: A benchmark module with a release history.\n    support:\n      maintainer: team-bench\n    versions:\n%s\n' \
    "$id" "$id" "$version" "$category" "$versions"
}
version_line() { # version
  printf '      - version: %s\n        released: 2026-01-01\n        maturity: stable\n        changelog: Release %s.' "$1" "$1"
}
base_registry="$work/registry.yaml"
cp "$registry" "$base_registry"
eks_versions=""
tags_versions=""
eks_block=""
tags_block=""
write_registry() {
  { cat "$base_registry"; [ -n "$eks_block" ] && printf '%s' "$eks_block"; [ -n "$tags_block" ] && printf '%s' "$tags_block"; true; } > "$registry"
}
commit_tag() { # id version
  git -C "$work/repo" add -A
  git -C "$work/repo" commit -q -m "$1 $2"
  git -C "$work/repo" tag -a "$1/v$2" -m "$1 $2"
}

eks="$lib/_library/compute/containers/eks-bench"
mkdir -p "$eks"
cp "$source_module"/*.tf "$eks"/
for v in 1.0.0 1.1.0; do
  if [ "$v" = 1.1.0 ]; then
    printf '\nvariable "bench_added" {\n  description = "Added in 1.1.0."\n  type        = string\n  default     = null\n}\n' >> "$eks/bench.tf"
    # remove the first output of the module's outputs file, if it has one, and change the first default "true"
    if [ -f "$eks/outputs.tf" ]; then
      awk 'BEGIN { skip = 0; done = 0 } !done && /^output "/ { skip = 1 } skip { if ($0 ~ /^}/) { skip = 0; done = 1 } next } { print }' \
        "$eks/outputs.tf" > "$work/outputs.tf" && mv "$work/outputs.tf" "$eks/outputs.tf"
    fi
  else
    printf 'variable "bench_base" {\n  description = "In every version."\n  type        = bool\n  default     = true\n}\n' > "$eks/bench.tf"
  fi
  eks_versions="${eks_versions:+$eks_versions$'\n'}$(version_line "$v")"
  eks_block="$(entry eks-bench "$eks" compute/containers "$v" "$eks_versions")"$'\n'
  write_registry
  commit_tag eks-bench "$v"
done
sed -i 's/default     = true/default     = false/' "$eks/bench.tf"

small="$lib/_library/compute/containers/tags-bench"
mkdir -p "$small"
cp "$lib"/_library/foundations/networking/vpc-standard/*.tf "$small"/
for i in $(seq 0 $((tags - 1))); do
  v="1.$i.0"
  [ "$i" -gt 0 ] && printf '\nvariable "bench_release_%s" {\n  description = "Added in %s."\n  type        = string\n  default     = null\n}\n' \
    "$i" "$v" >> "$small/bench.tf"
  tags_versions="${tags_versions:+$tags_versions$'\n'}$(version_line "$v")"
  tags_block="$(entry tags-bench "$small" compute/containers "$v" "$tags_versions")"$'\n'
  write_registry
  commit_tag tags-bench "$v"
done
variables="$(cat "$eks"/*.tf | grep -c '^variable ')"
echo "# library $lib: eks-bench ($variables variables, $(cat "$eks"/*.tf | wc -l) lines of HCL from $source_module)," \
  "tags-bench ($tags tags)"
export HOME="$user_home"
unset GIT_CONFIG_NOSYSTEM
empty="$work/empty"
mkdir -p "$empty"
cd "$empty"
"$root/bench/cli.sh" "${pass[@]}" \
  "--library $lib diff eks-bench --from 1.0.0 --to 1.1.0" \
  "--library $lib diff eks-bench --from 1.0.0" \
  "--library $lib versions tags-bench" \
  "--library $lib diff eks-bench --from 1.0.0 --to 1.1.0 --output json" \
  "--library $lib versions tags-bench --output json"
