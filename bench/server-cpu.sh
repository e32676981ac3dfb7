# bench/server-cpu.sh: sourced by the bench scripts to measure the command server (docs/opening.md, "The command
# server") honestly: a served command's CPU is the client's plus what the server spent meanwhile.
#
#   server_ticks CACHE      the CPU ticks (user + system) so far of the servers of the cache folder CACHE, summed
#   wait_for_server CACHE   waits (at most a minute) until a server of CACHE has warmed itself up
#   cache_base              the cache folder of runs with this environment
#   ticks_per_second        the clock ticks of /proc/PID/stat in a second

ticks_per_second="$(getconf CLK_TCK 2>/dev/null || echo 100)"

# The pids of the servers whose log is in CACHE/server (each log line names its pid); only those still running.
server_pids() { # cache
  local pid
  for pid in $(cat "$1"/server/*.log 2>/dev/null | sed -n 's/.*(pid \([0-9]*\)): listening.*/\1/p' | sort -u); do
    [ -r "/proc/$pid/stat" ] && echo "$pid"
  done
}

server_ticks() { # cache
  local pid total=0 stat rest
  for pid in $(server_pids "$1"); do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    rest="${stat##*) }" # the fields after the command name, which may hold spaces: field 3 on
    # shellcheck disable=SC2086
    set -- $rest
    total=$((total + ${12} + ${13})) # utime and stime: fields 14 and 15
  done
  echo "$total"
}

wait_for_server() { # cache
  local i pid
  for i in $(seq 1 120); do
    for pid in $(server_pids "$1"); do
      grep -q "(pid $pid): ready" "$1"/server/*.log 2>/dev/null && return 0
    done
    sleep 0.5
  done
  echo "bench: no command server became ready in $1/server (see its log there)" >&2
  return 1
}

# The cache folder of runs with this environment (CacheLocation.base).
cache_base() {
  if [ -n "${ALEXANDRIA_CACHE_DIR:-}" ]; then
    echo "$ALEXANDRIA_CACHE_DIR"
  elif [ -n "${XDG_CACHE_HOME:-}" ] && [ "${XDG_CACHE_HOME#/}" != "$XDG_CACHE_HOME" ]; then
    echo "$XDG_CACHE_HOME/alexandria"
  else
    echo "${HOME:-}/.cache/alexandria"
  fi
}
