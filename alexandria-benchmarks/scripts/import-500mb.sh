#!/usr/bin/env bash
# Imports a generated 500 MB EC2 offer file with a 256 MB heap: the importer must stream.
# Build first: mvn -B package -DskipTests
#   alexandria-benchmarks/scripts/import-500mb.sh [size-mb]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size="${1:-500}"
cp="$root/alexandria-benchmarks/target/classes"
for m in api spi cost-aws; do cp="$cp:$root/alexandria-$m/target/classes"; done
for jar in "$root"/alexandria-cli/target/lib/*.jar; do cp="$cp:$jar"; done
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
"$java_cmd" -Xmx256m -cp "$cp" dev.alexandria.benchmarks.ImportBenchmark "$size" \
  "$root/alexandria-benchmarks/target/offer-${size}mb.json"
