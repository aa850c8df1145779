#!/usr/bin/env bash
# Times the log-rank test and the Cox model (Efron ties, 5 covariates) against R's survdiff and coxph
# on synthetic data (exponential times, random censoring, seed 20261125) with n = 1e4, 1e5, 1e6:
#   - in process: the computation only, data already in memory, median of REPEATS runs (Java after
#     one warm-up run);
#   - whole command: `celltrial stats logrank|cox` (java -Xmx1g) vs Rscript with data.table::fread,
#     each reading the CSV and printing the result.
# Times are CPU seconds (user + system, all threads) because the machine is shared: wall time
# depends on the load; wall times are in bench/out/ too.
# Usage: bench/cox.sh [REPEATS]    (results in bench/out/, a markdown table on stdout)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/bench/out"
repeats="${1:-3}"
mkdir -p "$out"
jar="$here/celltrial-app/target/celltrial.jar"
(cd "$here" && mvn -B -q -DskipTests -Dspotless.check.skip=true -pl celltrial-app -am package) >&2
sizes="${SIZES:-10000 100000 1000000}"

for n in $sizes; do
  csv="$out/cox-$n.csv"
  if [[ ! -f "$csv" ]]; then
    Rscript -e "
      set.seed(20261125); n <- $n
      trt <- rbinom(n, 1, 0.5); age <- round(rnorm(n, 60, 10)); sex <- rbinom(n, 1, 0.4)
      score <- round(runif(n), 3); marker <- round(rnorm(n), 3)
      lp <- -0.4 * trt + 0.02 * (age - 60) + 0.3 * sex + 0.5 * score - 0.2 * marker
      t <- rexp(n, 0.1 * exp(lp)); cens <- rexp(n, 0.05)
      d <- data.frame(time = round(pmin(t, cens), 2), status = as.integer(t <= cens),
                      trt, age, sex, score, marker)
      data.table::fwrite(d, '$csv')"
  fi
done

# cpu SECONDS of a command: user + system from /usr/bin/time; wall time appended to a log
cpu() {
  local log="$1"; shift
  /usr/bin/time -f "%U %S %e %M" -o "$out/time.tmp" "$@" > /dev/null
  read -r user sys wall rss < "$out/time.tmp"
  echo "$* : cpu $(echo "$user + $sys" | bc) s, wall $wall s, max RSS $((rss / 1024)) MB" >> "$log"
  printf "%.2f" "$(echo "$user + $sys" | bc)"
}
ratio() { echo "scale=1; $1 / $2" | bc; }

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1);" \
  "$(R --version | head -1 | cut -d'"' -f1)survival $(Rscript -e 'cat(format(packageVersion("survival")))')"
echo
echo "| n | what | celltrial CPU s | R CPU s | R / celltrial |"
echo "|---|---|---|---|---|"
log="$out/commands.log"
: > "$log"
for n in $sizes; do
  csv="$out/cox-$n.csv"
  java -Xmx1g -cp "$jar" "$here/bench/CoxBench.java" "$csv" "$repeats" > "$out/java-$n.txt"
  Rscript -e "
    suppressMessages(library(survival)); d <- data.table::fread('$csv')
    cpu <- function(f) median(replicate($repeats, { t <- system.time(f()); t[['user.self']] + t[['sys.self']] }))
    lr <- cpu(function() survdiff(Surv(time, status) ~ trt, data = d))
    cx <- cpu(function() coxph(Surv(time, status) ~ trt + age + sex + score + marker, data = d, ties = 'efron'))
    fit <- coxph(Surv(time, status) ~ trt + age + sex + score + marker, data = d, ties = 'efron')
    cat(sprintf('logrank_s=%.3f cox_s=%.3f chisq=%.6f coef1=%.8f\n', lr, cx,
        survdiff(Surv(time, status) ~ trt, data = d)\$chisq, coef(fit)[1]))" > "$out/r-$n.txt"
  jl=$(grep -o ' logrank_s=[0-9.]*' "$out/java-$n.txt" | cut -d= -f2)
  jc=$(grep -o ' cox_s=[0-9.]*' "$out/java-$n.txt" | cut -d= -f2)
  rl=$(grep -o 'logrank_s=[0-9.]*' "$out/r-$n.txt" | cut -d= -f2)
  rc=$(grep -o 'cox_s=[0-9.]*' "$out/r-$n.txt" | cut -d= -f2)
  echo "| $n | log-rank, in process | $jl | $rl | $(ratio "$rl" "$jl") |"
  echo "| $n | Cox (Efron, 5 covariates), in process | $jc | $rc | $(ratio "$rc" "$jc") |"

  jlw=$(cpu "$log" java -Xmx1g -jar "$jar" stats logrank --data "$csv" --time time --event status --group trt)
  rlw=$(cpu "$log" Rscript -e "suppressMessages(library(survival)); d <- data.table::fread('$csv'); print(survdiff(Surv(time, status) ~ trt, data = d))")
  jcw=$(cpu "$log" java -Xmx1g -jar "$jar" stats cox --data "$csv" --time time --event status --covariates trt,age,sex,score,marker)
  rcw=$(cpu "$log" Rscript -e "suppressMessages(library(survival)); d <- data.table::fread('$csv'); print(summary(coxph(Surv(time, status) ~ trt + age + sex + score + marker, data = d)))")
  echo "| $n | \`stats logrank\`, whole command | $jlw | $rlw | $(ratio "$rlw" "$jlw") |"
  echo "| $n | \`stats cox\`, whole command | $jcw | $rcw | $(ratio "$rcw" "$jcw") |"
done
echo
for n in $sizes; do
  echo "- n = $n celltrial: $(cat "$out/java-$n.txt")"
  echo "- n = $n R: $(cat "$out/r-$n.txt")"
done
