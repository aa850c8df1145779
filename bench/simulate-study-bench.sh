#!/usr/bin/env bash
# Times simulate-study: in-memory generation of 1,000 subjects per indication (first call and best
# of 10 warm calls, in one JVM), then the whole command line writing the files (JVM start included).
# Usage: bench/simulate-study-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl celltrial-app -am package >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp celltrial-app/target/celltrial.jar bench/SimulateStudyBench.java
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for indication in b-all lbcl mm; do
  /usr/bin/time -f "$indication n=1000 command line: wall %e s, user %U s, sys %S s" \
    java -jar celltrial-app/target/celltrial.jar simulate-study --indication "$indication" \
    --n 1000 --seed 7 --out "$out/$indication" >/dev/null
  echo "  $(find "$out/$indication" -type f | wc -l) files, $(du -sh "$out/$indication" | cut -f1)"
done
