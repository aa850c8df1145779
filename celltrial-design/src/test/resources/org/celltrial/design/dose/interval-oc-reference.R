# Operating characteristics of BOIN and i3+3 by an independent simulation in base R, following the
# trial conduct of the BOIN package's get.oc (Liu & Yuan 2015) and, for i3+3, the rule of Liu, Wang
# & Ji (2020) with the same elimination and isotonic MTD selection. Monte Carlo: compared in
# IntervalSimulationTest with a tolerance of 5 standard errors of the difference.
# Run from this folder:  Rscript interval-oc-reference.R   (writes interval-oc-reference.json)
library(jsonlite)
env <- new.env(); sys.source("boin-reference.R", envir = env)   # also rewrites boin-reference.json, unchanged
select <- env$select; lambda <- env$lambda; elim <- env$elim
decide <- function(method, phi, n, y) {            # "E", "S", "D" or "U" (eliminate)
  if (n >= 3 && 1 - pbeta(phi, y + 1, n - y + 1) > 0.95) return("U")
  if (method == "boin") {
    l <- lambda(phi)
    if (y <= floor(l["e"] * n)) return("E")
    if (y >= ceiling(l["d"] * n)) return("D")
    return("S")
  }
  lo <- phi - 0.05; hi <- phi + 0.05
  if (y / n < lo - 1e-9) return("E")
  if (y / n <= hi + 1e-9) return("S")
  if ((y - 1) / n < lo - 1e-9) "S" else "D"
}
oc <- function(method, phi, p, cohort, maxn, trials) {
  K <- length(p)
  # decision lookup table, n = 1..maxn, y = 0..n
  tab <- lapply(1:maxn, function(n) sapply(0:n, function(y) decide(method, phi, n, y)))
  sel <- numeric(K + 1); N <- numeric(K); Y <- numeric(K); early <- 0
  for (t in 1:trials) {
    n <- numeric(K); y <- numeric(K); d <- 1; top <- K; stop <- FALSE; total <- 0
    while (total < maxn) {
      m <- min(cohort, maxn - total)
      y[d] <- y[d] + sum(runif(m) < p[d]); n[d] <- n[d] + m; total <- total + m
      a <- tab[[n[d]]][y[d] + 1]
      if (a == "U") { top <- d - 1; if (d == 1) { stop <- TRUE; break }; d <- d - 1 }
      else if (a == "E") { if (d < top) d <- d + 1 }
      else if (a == "D") { if (d > 1) d <- d - 1 }
    }
    if (stop) { early <- early + 1; sel[K + 1] <- sel[K + 1] + 1 }
    else { s <- select(phi, n, y); if (s == 0) sel[K + 1] <- sel[K + 1] + 1 else sel[s] <- sel[s] + 1 }
    N <- N + n; Y <- Y + y
  }
  list(method = method, target = phi, trueTox = p, cohort = cohort, maxN = maxn, trials = trials,
       percentSelected = 100 * sel[1:K] / trials, percentNone = 100 * sel[K + 1] / trials,
       meanPatients = N / trials, meanDlts = Y / trials, percentEarlyStop = 100 * early / trials)
}
set.seed(20251125)
cases <- list(
  oc("boin", 0.3, c(0.05, 0.12, 0.3, 0.5), 3, 30, 20000),
  oc("boin", 0.25, c(0.1, 0.15, 0.2, 0.25, 0.4, 0.55), 3, 36, 20000),
  oc("boin", 0.3, c(0.35, 0.5, 0.6), 1, 20, 20000),
  oc("i3+3", 0.3, c(0.05, 0.12, 0.3, 0.5), 3, 30, 20000),
  oc("i3+3", 0.2, c(0.1, 0.2, 0.35, 0.5, 0.6), 2, 24, 20000)
)
writeLines(toJSON(list(tool = R.version.string, cases = cases), digits = NA, auto_unbox = TRUE,
                  pretty = TRUE), "interval-oc-reference.json")
