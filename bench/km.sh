#!/usr/bin/env bash
# Times Kaplan-Meier in celltrial against R's survfit on synthetic data (bench/km-data.R: exponential
# event times, exponential censoring, fixed seed) at n = 1e4, 1e5, 1e6:
#   in-process: CPU time of fit + median on data in memory (bench/KmBench.java vs bench/km-r.R
#               inprocess), median of 5 runs
#   command:    read the CSV, fit, median, write the whole curve as CSV (./celltrial stats km
#               --format csv vs Rscript bench/km-r.R command): CPU time (user + system, all
#               threads) and wall time, median of 3 runs
# CPU time is reported because the machine may be shared: wall time then measures the neighbours.
# Usage: bench/km.sh [N ...]    (from the repository root; builds the jar if needed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jar=celltrial-app/target/celltrial.jar
[[ -f "$jar" ]] || ./celltrial --help > /dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)

measure() { # "cpu wall" of a command, each the median of 3 runs, in seconds
  local cpu=() wall=()
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %e' -o "$work/time" "$@" > /dev/null
    read -r user sys elapsed < "$work/time"
    cpu+=("$(echo "$user + $sys" | bc)")
    wall+=("$elapsed")
  done
  echo "$(printf '%s\n' "${cpu[@]}" | sort -g | sed -n 2p) $(printf '%s\n' "${wall[@]}" | sort -g | sed -n 2p)"
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$(java -version 2>&1 | head -1); $(R --version | head -1)"
printf '| n | in-process CPU s: celltrial | R | R/celltrial | command CPU s: celltrial | R | R/celltrial | command wall s: celltrial | R |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  csv="$work/km-$n.csv"
  Rscript bench/km-data.R "$n" "$csv"
  jin=$(java -cp "$jar" bench/KmBench.java "$csv")
  rin=$(Rscript bench/km-r.R "$csv" inprocess)
  read -r jcpu jwall < <(measure ./celltrial stats km --data "$csv" --time time --event status --format csv)
  read -r rcpu rwall < <(measure Rscript bench/km-r.R "$csv" command)
  printf '| %s | %.3f | %.3f | %.1f× | %.2f | %.2f | %.1f× | %.2f | %.2f |\n' "$n" "$jin" "$rin" \
    "$(echo "$rin / $jin" | bc -l)" "$jcpu" "$rcpu" "$(echo "$rcpu / $jcpu" | bc -l)" "$jwall" "$rwall"
done
