#!/usr/bin/env bash
# Times the single-arm (n <= 1000) and Simon two-stage (n <= 100) design searches in one JVM: the
# first call (cold, as one command-line run) and the best of 10 warm calls, not JVM start-up.
# Usage: bench/binary-design-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl celltrial-app -am package >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
java -cp celltrial-app/target/celltrial.jar bench/BinaryDesignBench.java
