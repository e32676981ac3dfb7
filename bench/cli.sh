#!/usr/bin/env bash
# bench/cli.sh: the median wall and CPU time of CLI commands over N runs.
#
#   bench/cli.sh browse 'info vpc-standard' 'inspect vpc-standard'
#   bench/cli.sh -n 10 -w 2 -- --library /tmp/lib browse
#   ALEXANDRIA_JAVA_OPTS=-Xmx256m bench/cli.sh 'browse --layer compute'
#   bench/cli.sh -c ../main/bin/alexandria -n 9 browse           before (-c) and after (this tree)
#
# Each argument is one command line for bin/alexandria (split on spaces). Arguments before `--` that are
# not options of this script are commands; after `--`, a single command given as separate words.
# Options:
#   -n RUNS     measured runs per command (default 5)
#   -w WARMUP   unmeasured runs first (default 1: builds the CLI on first use, fills caches)
#   -b PATH     the command to run (default: bin/alexandria of this repository)
#   -c PATH     also run another build (e.g. a checkout of main: /path/to/main/bin/alexandria), alternating
#               with -b run by run, so both see the same load; prints a row for each. Each build gets a
#               cache folder of its own (ALEXANDRIA_CACHE_DIR, a temporary folder), as builds with different
#               cache keys would otherwise replace each other's cache of the library on every run
# CPU is user + system time of the command and its children (the JVM's threads included), plus what the command
# server spent meanwhile when it answered the command (docs/opening.md, "The command server"; the warm-up runs start
# it, and the measured runs wait for it to be ready; ALEXANDRIA_DAEMON=0 measures runs in their own JVMs); peak
# memory is the largest resident set of the run (the client's when served) (from /usr/bin/time when it is installed, else '-'); load is the
# 1-minute load average when the command's runs began, against the number of CPUs: on a loaded machine
# compare CPU time, which waiting for a core does not inflate. Output goes to /dev/null; a failing command
# is reported with its exit code.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=5
warmup=1
bin="$here/../bin/alexandria"
other=""
commands=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -b) bin="$2"; shift 2 ;;
    -c) other="$2"; shift 2 ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; [ $# -gt 0 ] && commands+=("$*"); break ;;
    *) commands+=("$1"); shift ;;
  esac
done
[ ${#commands[@]} -gt 0 ] || { echo "bench/cli.sh: name at least one command, e.g. bench/cli.sh browse" >&2; exit 2; }
case "$runs" in ''|*[!0-9]*|0) echo "bench/cli.sh: -n needs a positive number, got '$runs'" >&2; exit 2 ;; esac
case "$warmup" in ''|*[!0-9]*) echo "bench/cli.sh: -w needs a number, got '$warmup'" >&2; exit 2 ;; esac

median() { # the median of the numbers on stdin, one per line
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true >/dev/null 2>&1; then gnu_time=/usr/bin/time; fi

echo "# $(nproc 2>/dev/null || echo '?') CPUs; $(java -version 2>&1 | head -n 1)"
printf '%5s %10s %10s %10s %8s  %s\n' "runs" "wall (s)" "CPU (s)" "peak (MB)" "load" "command"
# Runs one command line once with a build, adding its wall, CPU and peak memory to that build's lists.
run_once() { # build-index bin words...
  local index="$1" binary="$2" timing status real user sys peak before after
  shift 2
  timing="$(mktemp)"
  status=0
  before="$(server_ticks "$(cache_of "$index")")"
  if [ -n "$gnu_time" ]; then
    with_cache "$index" "$gnu_time" -o "$timing" -f '%e %U %S %M' "$binary" "$@" >/dev/null 2>&1 || status=$?
  else
    TIMEFORMAT='%R %U %S -'
    { time with_cache "$index" "$binary" "$@" >/dev/null 2>&1 || status=$?; } 2> "$timing"
  fi
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "bench/cli.sh: '$binary $*' failed with exit code $status; run it by hand to see why" >&2
    rm -f "$timing"
    exit 3
  fi
  after="$(server_ticks "$(cache_of "$index")")"
  read -r real user sys peak < <(tail -n 1 "$timing")
  rm -f "$timing"
  walls[$index]+="$real "
  cpus[$index]+="$(awk -v u="$user" -v s="$sys" -v t=$((after - before)) -v hz="$ticks_per_second" \
    'BEGIN { printf "%.3f", u + s + t / hz }') "
  if [ "$peak" != "-" ]; then peaks[$index]+="$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }') "; fi
}

# Runs a command with the cache folder of a build (only when comparing two).
with_cache() { # build-index command...
  local index="$1"
  shift
  if [ -n "$other" ]; then
    ALEXANDRIA_CACHE_DIR="${caches[$index]}" "$@"
  else
    "$@"
  fi
}

# The cache folder of a build's runs.
cache_of() { # build-index
  if [ -n "$other" ]; then echo "${caches[$1]}"; else cache_base; fi
}

# shellcheck source=bench/server-cpu.sh
. "$here/server-cpu.sh"
binaries=("$bin")
caches=()
if [ -n "$other" ]; then
  binaries=("$other" "$bin")
  caches=("$(mktemp -d)" "$(mktemp -d)")
  trap 'for b in 0 1; do ALEXANDRIA_CACHE_DIR="${caches[$b]}" "${binaries[$b]}" --stop-daemon >/dev/null 2>&1 || true; done
    rm -rf "${caches[@]}"' EXIT
fi
# Where the server is on by default (no CI, ALEXANDRIA_DAEMON unset), it is asked for, so the first warm-up run starts
# it (by default a server starts at the second command only).
if [ -z "${ALEXANDRIA_DAEMON:-}" ] && [ -z "${CI:-}" ]; then
  export ALEXANDRIA_DAEMON=1
fi
for command in "${commands[@]}"; do
  read -r -a words <<< "$command"
  for b in "${!binaries[@]}"; do
    for ((i = 0; i < warmup; i++)); do
      with_cache "$b" "${binaries[$b]}" "${words[@]}" >/dev/null 2>&1 || true
    done
    # A server started by the warm-up answers once it warmed itself up (none with ALEXANDRIA_DAEMON=0 or CI).
    if [ "$warmup" -gt 0 ] && [ "${ALEXANDRIA_DAEMON:-}" != 0 ] && { [ -z "${CI:-}" ] || [ "${ALEXANDRIA_DAEMON:-}" = 1 ]; }; then
      wait_for_server "$(cache_of "$b")" 2>/dev/null || true
    fi
  done
  load="$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo '?')"
  walls=()
  cpus=()
  peaks=()
  for ((i = 0; i < runs; i++)); do
    # With two builds, each goes first every other run.
    if [ -n "$other" ] && [ $((i % 2)) -eq 1 ]; then order=(1 0); else order=(0 1); fi
    for b in "${order[@]}"; do
      [ "$b" -lt ${#binaries[@]} ] || continue
      run_once "$b" "${binaries[$b]}" "${words[@]}"
    done
  done
  for b in "${!binaries[@]}"; do
    peak_median="-"
    if [ -n "${peaks[$b]:-}" ]; then peak_median="$(printf '%s\n' ${peaks[$b]} | median | cut -d . -f 1)"; fi
    label="$command"
    [ -z "$other" ] || label="$command  [${binaries[$b]}]"
    printf '%5d %10s %10s %10s %8s  %s\n' "$runs" "$(printf '%s\n' ${walls[$b]} | median)" \
      "$(printf '%s\n' ${cpus[$b]} | median)" "$peak_median" "$load" "$label"
  done
done
