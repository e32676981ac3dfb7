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
# By default the commands are answered by the command server (docs/opening.md, "The command server"), started by the
# warm-up runs and waited for: each run's CPU is the client's plus what the server spent meanwhile (from
# /proc/PID/stat). Then the server is stopped and one more new use case runs as a first command does then: in its own
# JVM, then starting a server. With -i every command runs in its own JVM (ALEXANDRIA_DAEMON=0), as before the server.
# Prints, for each run, the wall and CPU (user + system, all threads; with the server's) seconds, the main thread's
# CPU in the command and the process's CPU (ALEXANDRIA_TIMING: with -i only) and the load averages when it began;
# then the median and range of the new use cases' wall and CPU. On a loaded machine compare CPU time, which waiting
# for a core does not inflate.
# Options:
#   -b PATH     the command to run (default: bin/alexandria of this repository)
#   -i          in-process: no command server
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/../bin/alexandria"
in_process=""
while [ $# -gt 0 ]; do
  case "$1" in
    -b) bin="$2"; shift 2 ;;
    -i) in_process=1; shift ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
trap '"$bin" --stop-daemon >/dev/null 2>&1 || true; rm -rf "$cache" "$timing" "$log"' EXIT
export ALEXANDRIA_CACHE_DIR="$cache"
# shellcheck source=bench/server-cpu.sh
. "$here/server-cpu.sh"
if [ -n "$in_process" ]; then
  export ALEXANDRIA_DAEMON=0
else
  export ALEXANDRIA_DAEMON=1 # even where CI is set
fi
# The commands run in the cache folder: a folder without a library, so the bundled sample is used unless given.
cd "$cache"
"$bin" "$@" search kubernetes >/dev/null 2>&1
[ -n "$in_process" ] || wait_for_server "$cache"
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
  local label="$1" load user sys main proc before after
  shift
  load="$(uptime | sed 's/.*load averages*: //')"
  before=0 after=0
  # (a run in its own JVM that starts a server: the server's warm-up is not the command's)
  [ -n "${own_jvm:-}" ] || before="$(server_ticks "$cache")"
  if [ -n "$in_process" ]; then
    ALEXANDRIA_TIMING=1 /usr/bin/time -o "$timing" -f '%e %U %S' "$bin" "$@" >/dev/null 2>"$log" \
      || { echo "bench/recommend-new.sh: '$*' failed; run it by hand to see why" >&2; exit 3; }
  else
    /usr/bin/time -o "$timing" -f '%e %U %S' "$bin" "$@" >/dev/null 2>"$log" \
      || { echo "bench/recommend-new.sh: '$*' failed; run it by hand to see why" >&2; exit 3; }
  fi
  [ -n "${own_jvm:-}" ] || after="$(server_ticks "$cache")"
  read -r real user sys < <(tail -n 1 "$timing")
  main="$(grep -o 'command [0-9.]*/[0-9.]*' "$log" | sed 's/.*\///')" || main="-"
  proc="$(grep -o 'process CPU so far [0-9]*' "$log" | sed 's/.* //')" || proc="-"
  cpu="$(awk -v u="$user" -v s="$sys" -v t=$((after - before)) -v hz="$ticks_per_second" \
    'BEGIN { printf "%.2f", u + s + t / hz }')"
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
if [ -z "$in_process" ]; then
  "$bin" --stop-daemon >/dev/null
  own_jvm=1
  run "first after the server stopped: ${use_cases[1]} (own JVM, then starts a server)" "$@" recommend --for "${use_cases[1]} again"
fi
