#!/usr/bin/env bash
# Times `celltrial analyze` on an existing study package (all outputs: HTML, PDF if built, CSV, XLSX,
# ADaM), the speed targets of issue 8: 1,000 subjects in under 3 s, 100,000 subjects in under 60 s
# within 2 GB of heap. The packages are generated once (simulate-study, seed 7) and reused.
# Usage: bench/analyze-bench.sh [N ...]   (default: 1000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests -Dspotless.check.skip=true -pl celltrial-app -am package >/dev/null
jar=celltrial-app/target/celltrial.jar
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
opts="${CELLTRIAL_JAVA_OPTS:-}"   # empty: the options ./celltrial chooses
# Runs go through ./celltrial, so they use its class-data archive; one warm-up run makes it.
rm -f celltrial-app/target/celltrial.jsa
warm="$(mktemp -d)"; ./celltrial analyze --demo --n 40 --out "$warm/r" >/dev/null; rm -rf "$warm"
echo "JVM options: ${opts:-as ./celltrial chooses them}"
cache="${TMPDIR:-/tmp}/celltrial-bench"
mkdir -p "$cache"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 100000)
for n in "${sizes[@]}"; do
  pkg="$cache/lbcl-$n-$(git rev-parse --short HEAD)"
  if [ ! -d "$pkg" ]; then
    java -Xmx2g -jar "$jar" simulate-study --indication lbcl --n "$n" --seed 7 --out "$pkg" >/dev/null
  fi
  echo "package n=$n: $(find -L "$pkg" -type f | wc -l) files, $(du -shL "$pkg" | cut -f1)"
  for run in 1 2 3; do
    out="$(mktemp -d)/report"
    /usr/bin/time -f "  analyze n=$n run $run: wall %e s, user %U s, sys %S s, max RSS %M KB" \
      env ${opts:+CELLTRIAL_JAVA_OPTS="$opts"} ./celltrial analyze "$pkg" --out "$out" >/dev/null
    rm -rf "$(dirname "$out")"
  done
done
