# Exact operating characteristics of the 3+3 design (rules in ThreePlusThree's Javadoc), by
# enumerating every cohort outcome with its binomial probability. Base R only.
# Run from this folder:  Rscript three-plus-three-reference.R   (writes three-plus-three-reference.json)
library(jsonlite)
exact33 <- function(p) {
  K <- length(p)
  acc <- new.env()
  acc$sel <- numeric(K + 1); acc$n <- numeric(K); acc$y <- numeric(K); acc$early <- 0
  finish <- function(j, n, y, pr) {           # j = selected dose, 0 = none (early stop)
    if (j == 0) { acc$sel[K + 1] <- acc$sel[K + 1] + pr; acc$early <- acc$early + pr }
    else acc$sel[j] <- acc$sel[j] + pr
    acc$n <- acc$n + pr * n; acc$y <- acc$y + pr * y
  }
  cohort <- function(d, n, y, pr, then) {      # treat 3 at dose d, branch on the DLT count
    for (t in 0:3) { n2 <- n; y2 <- y; n2[d] <- n2[d] + 3; y2[d] <- y2[d] + t
                     then(d, n2, y2, pr * dbinom(t, 3, p[d])) }
  }
  escalate <- function(d, n, y, pr) cohort(d, n, y, pr, after)
  after <- function(d, n, y, pr) {
    if (y[d] >= 2) return(down(d - 1, n, y, pr))          # dose exceeds the MTD
    if (n[d] == 3 && (y[d] == 1 || d == K)) return(escalate(d, n, y, pr))   # expand to 6
    if (d == K) return(finish(K, n, y, pr))              # highest dose cleared with 6
    escalate(d + 1, n, y, pr)
  }
  down <- function(j, n, y, pr) {
    if (j == 0) return(finish(0, n, y, pr))
    if (n[j] == 6) return(finish(j, n, y, pr))
    cohort(j, n, y, pr, function(j, n, y, pr) if (y[j] <= 1) finish(j, n, y, pr) else down(j - 1, n, y, pr))
  }
  escalate(1, numeric(K), numeric(K), 1)
  # Closed form check: P(escalate from a dose) = b(0;3,p) + b(1;3,p) b(0;3,p).
  pass <- dbinom(0, 3, p) + dbinom(1, 3, p) * dbinom(0, 3, p)
  stopifnot(abs(sum(acc$sel[2:(K + 1)]) + acc$sel[1] - 1) < 1e-14)
  list(trueTox = p, percentSelected = 100 * acc$sel[1:K], percentNone = 100 * acc$sel[K + 1],
       percentEarlyStop = 100 * acc$early, meanPatients = acc$n, meanDlts = acc$y,
       escalateFrom = pass, reachHighest = prod(pass[1:(K - 1)]))
}
scenarios <- list(c(0.05, 0.12, 0.3, 0.5), c(0.1, 0.2, 0.3, 0.4, 0.5, 0.6),
                  c(0.02, 0.05, 0.08, 0.1), c(0.45, 0.6, 0.7), c(0.15, 0.25, 0.35, 0.45, 0.55))
writeLines(toJSON(list(tool = R.version.string, scenarios = lapply(scenarios, exact33)),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "three-plus-three-reference.json")
