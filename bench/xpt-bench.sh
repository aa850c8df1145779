#!/usr/bin/env bash
# Times streaming N ADLB-shaped rows (default 1,000,000) to a SAS XPORT v5 file (XptWriter), in one
# warm JVM. Usage: bench/xpt-bench.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl celltrial-analysis -am compile >/dev/null
cp=celltrial-analysis/target/classes:celltrial-common/target/classes
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
java -Xmx256m -cp "$cp" bench/XptBench.java "${1:-1000000}"
