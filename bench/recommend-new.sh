#!/usr/bin/env bash
# bench/recommend-new.sh: the wall and CPU time of `recommend --for` on use cases the cache has not seen.
#
#   bench/recommend-new.sh                       this tree's bin/alexandria, the bundled sample library
#   bench/recommend-new.sh -b ../main/bin/alexandria
#   bench/recommend-new.sh -- --library /tmp/lib  options given to every command
#
# bench/cli.sh runs one command line several times, so from its second run on, recommend answers each of the use
# case's searches from the answers kept in the cache folder: it measures a repeated use case. A user mostly asks a
# new one. This script measures that: a new cache folder (ALEXANDRIA_CACHE_DIR, a temporary folder, removed at the
# end), warmed by one `search` and one `recommend --for` of another use case (which also records the start-up
# archive), then each use case below once, each of several needs and none asked before in that folder; then one
# of them again (a repeated use case) and `--based-on eks-standard`.
# Prints, for each run, the wall and CPU (user + system, all threads) seconds, the main thread's CPU in the
# command (ALEXANDRIA_TIMING), the process's CPU and the load averages when it began; then the median and range of
# the new use cases' wall and CPU. On a loaded machine compare CPU time, which waiting for a core does not inflate.
# Options:
#   -b PATH     the command to run (default: bin/alexandria of this repository)
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/../bin/alexandria"
while [ $# -gt 0 ]; do
  case "$1" in
    -b) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    *) echo "bench/recommend-new.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] && /usr/bin/time -f '%e' true >/dev/null 2>&1 \
  || { echo "bench/recommend-new.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

use_cases=(
  "web api with a postgres database and a redis cache"
  "event driven order processing with queues and alerts"
  "kubernetes platform with monitoring, logging and secrets"
  "serverless backend with user sign-in and a nosql table"
  "data pipeline that streams events into object storage with encryption"
  "containerised web service behind a load balancer with a firewall"
  "scheduled batch jobs that send notifications and keep logs"
  "private network with a bastion host and a database"
  "mobile app backend with an api, file uploads and email"
  "analytics platform with a data warehouse and dashboards"
  "message processing with a queue, a worker function and a dead letter queue"
  "internal tool with single sign-on, a mysql database and backups"
)

cache="$(mktemp -d)"
timing="$(mktemp)"
log="$(mktemp)"
trap 'rm -rf "$cache" "$timing" "$log"' EXIT
export ALEXANDRIA_CACHE_DIR="$cache"
# The commands run in the cache folder: a folder without a library, so the bundled sample is used unless given.
cd "$cache"
"$bin" "$@" search kubernetes >/dev/null 2>&1
"$bin" "$@" recommend --for "static website with a cdn" >/dev/null 2>&1

median_range() { # the median and range of the numbers on stdin, one per line
  sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}

walls="" cpus=""
echo "# $(nproc 2>/dev/null || echo '?') CPUs; $(java -version 2>&1 | head -n 1)"
printf '%6s %6s %14s %9s  %-17s %s\n' "wall" "CPU" "main CPU (ms)" "proc (ms)" "load" "use case"
# Runs a command once; its wall and CPU seconds are left in $real and $cpu.
run() { # label words...
  local label="$1" load user sys main proc
  shift
  load="$(uptime | sed 's/.*load averages*: //')"
  ALEXANDRIA_TIMING=1 /usr/bin/time -o "$timing" -f '%e %U %S' "$bin" "$@" >/dev/null 2>"$log" \
    || { echo "bench/recommend-new.sh: '$*' failed; run it by hand to see why" >&2; exit 3; }
  read -r real user sys < <(tail -n 1 "$timing")
  main="$(grep -o 'command [0-9.]*/[0-9.]*' "$log" | sed 's/.*\///')" || main="-"
  proc="$(grep -o 'process CPU so far [0-9]*' "$log" | sed 's/.* //')" || proc="-"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  printf '%6s %6s %14s %9s  %-17s %s\n' "$real" "$cpu" "$main" "$proc" "$load" "$label"
}
for text in "${use_cases[@]}"; do
  run "$text" "$@" recommend --for "$text"
  walls+="$real"$'\n'
  cpus+="$cpu"$'\n'
done
echo "new use cases: wall $(printf '%s' "$walls" | median_range) s; CPU $(printf '%s' "$cpus" | median_range) s"
run "again: ${use_cases[0]}" "$@" recommend --for "${use_cases[0]}"
run "--based-on eks-standard" "$@" recommend --based-on eks-standard
