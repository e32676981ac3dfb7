#!/usr/bin/env bash
# bench/versioning.sh: `diff` and `versions` end to end (JVM start included), through bench/cli.sh, on a library in
# a git repository built in a temporary folder. Target (docs/versioning.md): under 0.5 s wall each. Two modes:
#
#   bench/versioning.sh -m MODULE_FOLDER [-t TAGS] [-k DIR] [bench/cli.sh options ...]      the sample, grown
#   bench/versioning.sh -r REPOSITORY [-t TAGS] [-k DIR] [bench/cli.sh options ...]         a release history
#   bench/versioning.sh -m ~/src/terraform-aws-eks -n 7 -w 1 -c /path/to/other/bin/alexandria   before (-c), after
#
# -m: the bundled sample library, committed, plus
#   * eks-bench: the *.tf files of MODULE_FOLDER (a large real module read from disk, such as an EKS module with
#     about 100 variables) as two tagged, registered versions 1.0.0 and 1.1.0; 1.1.0 adds an optional variable,
#     changes a default and removes an output, so the diff has a change of each bump;
#   * tags-bench: the sample's vpc-standard files as TAGS (default 100) tagged, registered versions 1.0.0, 1.1.0,
#     ..., one commit each (each adds one optional variable).
#   Runs diff eks-bench --from 1.0.0 --to 1.1.0, diff eks-bench --from 1.0.0 (to the working tree), versions
#   tags-bench, and the same with --output json.
# -r: a library of one module, bench-module, holding REPOSITORY's root module once per release tag (one commit
#   each, tagged bench-module/v<version> and registered); REPOSITORY is a bare git repository (a mirror of a module
#   repository; -t keeps the TAGS highest release tags, default all) or a module folder (its *.tf files as TAGS,
#   default 100, synthetic releases 1.0.0, 1.1.0, ..., each adding one optional variable).
#   Runs --version (the baseline: JVM and CLI start, no library), versions bench-module, diff of the last two
#   versions, diff --check (the working tree against the highest registered version), and versions and diff with
#   --output json.
# The remaining options (-n, -w, -b, -c) go to bench/cli.sh, which runs from an empty folder. -k DIR keeps the
# generated repository in DIR (for profiling). The module folder or repository is only read: nothing of it goes
# into this repository.
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source_module=""
repository=""
tags=""
keep=""
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    -m) source_module="$2"; shift 2 ;;
    -r) repository="$2"; shift 2 ;;
    -t) tags="$2"; shift 2 ;;
    -k) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pass+=("$1"); shift ;;
  esac
done
if [ -n "$source_module" ] && [ -n "$repository" ]; then
  echo "bench/versioning.sh: give either -m MODULE_FOLDER or -r REPOSITORY, not both" >&2; exit 2
fi
if [ -n "$repository" ]; then
  [ -d "$repository" ] || { echo "bench/versioning.sh: -r needs a bare git repository or a module folder" >&2; exit 2; }
else
  [ -n "$source_module" ] && [ -d "$source_module" ] || {
    echo "bench/versioning.sh: name a module folder with -m (a large real module's *.tf files), or a repository" \
      "with -r (its release history)" >&2; exit 2; }
fi
case "$tags" in ''|*[!0-9]*|0) [ -z "$tags" ] || {
  echo "bench/versioning.sh: -t needs a positive number, got '$tags'" >&2; exit 2; } ;; esac

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
if [ -n "$repository" ]; then
# -r: one module, bench-module, once per release of the repository (or per synthetic release of the folder).
id="bench-module"
lib="$work/repo/components/terraform"
module="$lib/_library/data/databases/$id"
mkdir -p "$module" "$lib/_catalog"
git -C "$work/repo" init -q -b main
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
if [ ! -f "$repository/HEAD" ]; then
  # a module folder: synthetic releases of its own *.tf files
  cp "$repository"/*.tf "$module"/
  versions=""
  for i in $(seq 0 $((${tags:-100} - 1))); do
    v="1.$i.0"
    if [ "$i" -gt 0 ]; then
      printf '\nvariable "bench_release_%s" {\n  description = "Added in %s."\n  type        = string\n  default     = null\n}\n' \
        "$i" "$v" >> "$module/bench_releases.tf"
    fi
    release "$v"
    versions="$versions$v"$'\n'
  done
  versions="$(printf '%s' "$versions")"
else
  # -t N keeps the N highest release tags (default: all of them)
  versions="$(git --git-dir="$repository" tag | grep -E '^v?[0-9]+\.[0-9]+\.[0-9]+$' | sed 's/^v//' \
    | sort -t. -k1,1n -k2,2n -k3,3n | tail -n "${tags:-1000000}")"
  for v in $versions; do
    ref="$(git --git-dir="$repository" tag | grep -E "^v?$v$" | head -1)"
    find "$module" -maxdepth 1 -name '*.tf' -delete
    git --git-dir="$repository" archive "$ref" | tar -x -C "$module" --wildcards --no-anchored '*.tf' 2>/dev/null || true
    find "$module" -mindepth 1 -type d -exec rm -rf {} + 2>/dev/null || true
    release "$v"
  done
fi
[ "$count" -ge 2 ] || { echo "bench/versioning.sh: $repository gives $count release(s); diff needs two" >&2; exit 2; }
first="$(echo "$versions" | tail -2 | head -1)"
last="$(echo "$versions" | tail -1)"
echo "# library $lib: $id, $count tagged versions of $repository, $(cat "$module"/*.tf | grep -c '^variable ')" \
  "variables at $last"
commands=(
  "--version"
  "--library $lib versions $id"
  "--library $lib diff $id --from $first --to $last"
  "--library $lib diff $id --check"
  "--library $lib versions $id --output json"
  "--library $lib diff $id --from $first --to $last --output json"
)
else
[ -n "$tags" ] || tags=100
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
commands=(
  "--library $lib diff eks-bench --from 1.0.0 --to 1.1.0"
  "--library $lib diff eks-bench --from 1.0.0"
  "--library $lib versions tags-bench"
  "--library $lib diff eks-bench --from 1.0.0 --to 1.1.0 --output json"
  "--library $lib versions tags-bench --output json"
)
fi
export HOME="$user_home"
unset GIT_CONFIG_NOSYSTEM
empty="$work/empty"
mkdir -p "$empty"
cd "$empty"
"$root/bench/cli.sh" "${pass[@]}" "${commands[@]}"
