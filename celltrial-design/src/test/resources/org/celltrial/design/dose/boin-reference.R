# Reference values for org.celltrial.design.dose BOIN, from the closed forms of Liu & Yuan (2015),
# J R Stat Soc C 64:507-523, computed with base R (the BOIN package is not used: this is an
# independent restatement of the paper's formulas and of the package's select.mtd rule).
# Run from this folder:  Rscript boin-reference.R   (writes boin-reference.json)
library(jsonlite)
lambda <- function(phi, phi1 = 0.6 * phi, phi2 = 1.4 * phi) {
  c(e = log((1 - phi1) / (1 - phi)) / log(phi * (1 - phi1) / (phi1 * (1 - phi))),
    d = log((1 - phi) / (1 - phi2)) / log(phi2 * (1 - phi) / (phi * (1 - phi2))))
}
# Smallest y with P(p > phi | y, n) > 0.95 under beta(1, 1), for n >= 3; n + 1 when none.
elim <- function(phi, n) {
  if (n < 3) return(n + 1)
  for (y in 0:n) if (1 - pbeta(phi, y + 1, n - y + 1) > 0.95) return(y)
  n + 1
}
boundaries <- lapply(c(0.1, 0.15, 0.2, 0.25, 0.3, 0.33, 0.35, 0.4), function(phi) {
  l <- lambda(phi)
  list(target = phi, lambdaE = unname(l["e"]), lambdaD = unname(l["d"]))
})
tables <- lapply(c(0.2, 0.25, 0.3, 0.35), function(phi) {
  l <- lambda(phi); n <- 1:30
  list(target = phi, n = n,
       escalateAtMost = floor(l["e"] * n),
       deEscalateAtLeast = ceiling(l["d"] * n),
       eliminateAtLeast = sapply(n, function(k) elim(phi, k)))
})
# Weighted pool-adjacent-violators as in the BOIN package.
pava <- function(x, wt) {
  n <- length(x); if (n <= 1) return(x)
  lvl <- 1:n
  repeat {
    viol <- (as.vector(diff(x)) < 0)
    if (!any(viol)) break
    i <- min((1:(n - 1))[viol])
    l1 <- lvl[i]; l2 <- lvl[i + 1]
    il <- (lvl == l1 | lvl == l2)
    x[il] <- sum(x[il] * wt[il]) / sum(wt[il])
    lvl[il] <- l1
  }
  x
}
# MTD selection of Liu & Yuan (2015), Section 2.4, with the package's tie rule; 0 = no dose.
select <- function(phi, n, y) {
  k <- length(n); el <- rep(0, k)
  for (i in 1:k) if (n[i] >= 3 && 1 - pbeta(phi, y[i] + 1, n[i] - y[i] + 1) > 0.95) { el[i:k] <- 1; break }
  if (el[1] == 1 || sum(n[el == 0]) == 0) return(0)
  adm <- which(n != 0 & el == 0)
  ph <- (y[adm] + 0.05) / (n[adm] + 0.1)
  v <- (y[adm] + 0.05) * (n[adm] - y[adm] + 0.05) / ((n[adm] + 0.1)^2 * (n[adm] + 0.1 + 1))
  ph <- pava(ph, 1 / v) + (1:length(adm)) * 1e-10
  adm[sort(abs(ph - phi), index.return = TRUE)$ix[1]]
}
sel <- list(
  list(target = 0.3, n = c(3, 6, 12, 9, 0), y = c(0, 1, 3, 4, 0)),
  list(target = 0.3, n = c(3, 3, 9, 12, 3), y = c(0, 0, 1, 5, 3)),
  list(target = 0.3, n = c(3, 6, 6, 0), y = c(1, 1, 3, 0)),
  list(target = 0.3, n = c(6, 6, 6, 6), y = c(2, 2, 2, 2)),
  list(target = 0.3, n = c(6, 6, 6, 6), y = c(0, 0, 0, 0)),
  list(target = 0.3, n = c(3, 3, 3, 3), y = c(3, 0, 0, 0)),
  list(target = 0.25, n = c(3, 6, 15, 6), y = c(1, 0, 4, 3)),
  list(target = 0.2, n = c(3, 3, 6, 12, 6), y = c(0, 2, 1, 3, 2)),
  list(target = 0.3, n = c(3, 0, 0, 0), y = c(1, 0, 0, 0)),
  list(target = 0.3, n = c(9, 9, 6), y = c(1, 4, 1))
)
sel <- lapply(sel, function(s) c(s, list(selected = select(s$target, s$n, s$y))))
writeLines(toJSON(list(tool = R.version.string, boundaries = boundaries, tables = tables,
                       selection = sel), digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "boin-reference.json")
