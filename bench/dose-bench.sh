#!/usr/bin/env bash
# Times 10,000 simulated dose-finding trials (6 doses) per method, in one warm JVM (the simulation
# itself, not JVM start-up). Usage: bench/dose-bench.sh [threads] [methods, e.g. boin,crm]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl celltrial-design -am compile >/dev/null
cp=celltrial-design/target/classes:celltrial-stats/target/classes:celltrial-common/target/classes
cp=$cp:$(find ~/.m2/repository/org/apache/commons/commons-statistics-distribution -name '*.jar' | sort | tail -1)
cp=$cp:$(find ~/.m2/repository/org/apache/commons/commons-rng-client-api ~/.m2/repository/org/apache/commons/commons-numbers-core ~/.m2/repository/org/apache/commons/commons-numbers-gamma -name '*.jar' 2>/dev/null | tr '\n' ':')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
java -cp "$cp" bench/DoseBench.java "${1:-2}" "${2:-boin,i3+3,3+3,crm}"
