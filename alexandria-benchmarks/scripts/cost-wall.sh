#!/usr/bin/env bash
# Wall time of `alexandria cost <module>` on the bundled sample library, JVM start included (target: < 0.5 s).
# Runs each module several times and prints the fastest and the median. Build first: mvn -B package -DskipTests
#   alexandria-benchmarks/scripts/cost-wall.sh [runs] [module...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli_jar="$(ls "$root"/alexandria-cli/target/alexandria-cli-*.jar | grep -v -- '-sources\|-javadoc' | head -1)"
runs="${1:-5}"; shift || true
modules=("${@:-vpc-standard eks-standard web-app-ecs}")
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for m in ${modules[@]}; do
  times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$java_cmd" ${ALEXANDRIA_JAVA_OPTS:-} -cp "$cli_jar:$root/alexandria-cli/target/lib/*" dev.alexandria.cli.AlexandriaCli \
      cost "$m" > /dev/null 2>&1
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "cost $m: fastest ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms over $runs runs"
done
