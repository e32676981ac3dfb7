#!/usr/bin/env bash
# bench/cli.sh: the median wall and CPU time of CLI commands over N runs.
#
#   bench/cli.sh browse 'info vpc-standard' 'inspect vpc-standard'
#   bench/cli.sh -n 10 -w 2 -- --library /tmp/lib browse
#   ALEXANDRIA_JAVA_OPTS=-Xmx256m bench/cli.sh 'browse --layer compute'
#
# Each argument is one command line for bin/alexandria (split on spaces). Arguments before `--` that are
# not options of this script are commands; after `--`, a single command given as separate words.
# Options:
#   -n RUNS     measured runs per command (default 5)
#   -w WARMUP   unmeasured runs first (default 1: builds the CLI on first use, fills caches)
#   -b PATH     the command to run (default: bin/alexandria of this repository)
# CPU is user + system time of the command and its children (the JVM's threads included), as the shell's
# `time` reports it. Output goes to /dev/null; a failing command is reported with its exit code.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=5
warmup=1
bin="$here/../bin/alexandria"
commands=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -b) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; commands+=("$*"); break ;;
    *) commands+=("$1"); shift ;;
  esac
done
[ ${#commands[@]} -gt 0 ] || { echo "bench/cli.sh: name at least one command, e.g. bench/cli.sh browse" >&2; exit 2; }
case "$runs" in ''|*[!0-9]*|0) echo "bench/cli.sh: -n needs a positive number, got '$runs'" >&2; exit 2 ;; esac
case "$warmup" in ''|*[!0-9]*) echo "bench/cli.sh: -w needs a number, got '$warmup'" >&2; exit 2 ;; esac

median() { # the median of the numbers on stdin, one per line
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '%5s %10s %10s  %s\n' "runs" "wall (s)" "CPU (s)" "command"
for command in "${commands[@]}"; do
  read -r -a words <<< "$command"
  for ((i = 0; i < warmup; i++)); do
    "$bin" "${words[@]}" >/dev/null 2>&1 || true
  done
  walls=()
  cpus=()
  for ((i = 0; i < runs; i++)); do
    timing="$(mktemp)"
    status=0
    TIMEFORMAT='%R %U %S'
    { time "$bin" "${words[@]}" >/dev/null 2>&1 || status=$?; } 2> "$timing"
    if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
      echo "bench/cli.sh: '$command' failed with exit code $status; run it by hand to see why" >&2
      rm -f "$timing"
      exit 3
    fi
    read -r real user sys < "$timing"
    rm -f "$timing"
    walls+=("$real")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')")
  done
  printf '%5d %10s %10s  %s\n' "$runs" "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$command"
done
