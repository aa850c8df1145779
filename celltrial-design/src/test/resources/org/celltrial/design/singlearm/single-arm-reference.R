# Reference values for org.celltrial.design.singlearm, by brute-force enumeration with R's stats package.
# Run from this folder:  Rscript single-arm-reference.R   (writes single-arm-reference.json)
# For every n = 1..maxN and every r = 0..n+1 the exact size P(X >= r | n, p0) is computed with pbinom;
# r(n) is the smallest r with size < alpha (n + 1 when none): strictly below, so that X >= r(n) is exactly
# the G-DES-2 rule "lower limit of the two-sided (1 - 2 alpha) Clopper-Pearson interval > p0".
# The power is is P(X >= r(n) | n, p1 (1 - d)).
# nFirst = smallest n with power >= target; nStable = smallest n from which every n up to maxN has it.
# The G-DES-2 rule is checked through binom.test's Clopper-Pearson interval at level 1 - 2 alpha.
library(jsonlite)
cases <- list(
  list(p0 = 0.26, p1 = 0.45, alpha = 0.025, power = 0.9, dropout = 0, maxN = 1000),
  list(p0 = 0.26, p1 = 0.45, alpha = 0.025, power = 0.9, dropout = 0.1, maxN = 1000),
  list(p0 = 0.05, p1 = 0.25, alpha = 0.05, power = 0.8, dropout = 0, maxN = 1000),
  list(p0 = 0.2, p1 = 0.4, alpha = 0.05, power = 0.8, dropout = 0, maxN = 1000),
  list(p0 = 0.3, p1 = 0.5, alpha = 0.025, power = 0.8, dropout = 0, maxN = 1000),
  list(p0 = 0.5, p1 = 0.6, alpha = 0.025, power = 0.9, dropout = 0, maxN = 1000),
  list(p0 = 0.7, p1 = 0.8, alpha = 0.025, power = 0.9, dropout = 0.05, maxN = 1000),
  list(p0 = 0.73, p1 = 0.85, alpha = 0.025, power = 0.8, dropout = 0, maxN = 1000),
  list(p0 = 0.1, p1 = 0.3, alpha = 0.01, power = 0.95, dropout = 0.2, maxN = 300)
)
critical <- function(n, p0, alpha) {
  r <- 0:(n + 1)
  size <- pbinom(r - 1, n, p0, lower.tail = FALSE)
  r[which(size < alpha)[1]]
}
tailGe <- function(r, n, p) pbinom(r - 1, n, p, lower.tail = FALSE)  # P(X >= r); 0 for r = n + 1
rule <- function(n, r, c) {
  level <- 1 - 2 * c$alpha
  list(n = n, r = r, size = tailGe(r, n, c$p0), power = tailGe(r, n, c$p1 * (1 - c$dropout)),
       lowerAtR = binom.test(r, n, conf.level = level)$conf.int[1],
       lowerBelowR = binom.test(r - 1, n, conf.level = level)$conf.int[1])
}
out <- lapply(cases, function(c) {
  ns <- 1:c$maxN
  rs <- vapply(ns, critical, numeric(1), p0 = c$p0, alpha = c$alpha)
  pw <- tailGe(rs, ns, c$p1 * (1 - c$dropout))
  ok <- pw >= c$power
  first <- which(ok)[1]
  stable <- max(which(!ok)) + 1
  dips <- ns[ns > first & ns < stable & !ok]
  step <- (c$p1 - c$p0) / 4
  rates <- c$p0 + (-2:8) * step
  rates <- rates[rates >= 0.01 & rates <= 0.99]
  rStable <- rs[stable]
  c(c, list(first = rule(first, rs[first], c), stable = rule(stable, rStable, c), dips = I(dips),
            curveRates = rates,
            curvePower = tailGe(rStable, stable, rates * (1 - c$dropout)),
            criticalByN = rs[1:200], powerByN = pw[1:200],
            sizeByN = tailGe(rs[1:200], 1:200, c$p0)))
})
writeLines(toJSON(list(tool = R.version.string, cases = out), digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "single-arm-reference.json")
