# Reference values for org.celltrial.design.simon, by brute-force enumeration with R's stats package.
# Run from this folder:  Rscript simon-reference.R   (writes simon-reference.json)
# Every design (n1, r1, n, r) with 1 <= n1 < n <= maxN, 0 <= r1 < n1, r1 <= r <= n - 1 is enumerated:
#   size  = sum_{x1 = r1+1}^{n1} dbinom(x1, n1, p0) * pbinom(r - x1, n - n1, p0, lower.tail = FALSE)
#   power = the same at p1;  PET0 = pbinom(r1, n1, p0);  EN0 = n1 + (1 - PET0) (n - n1)
# (Simon's convention: stop after stage 1 when responses <= r1; reject H0 when total > r.)
# Feasible: size <= alpha and power >= 1 - beta. Optimal: min EN0 (ties: smaller n, n1, r1, r).
# Minimax: min n (ties: smaller EN0, n1, r1, r). Admissible (Jung et al. 2004): designs minimising
# q EN0 + (1 - q) n, found on a grid of 100001 values of q and, for the interval ends, exactly.
library(jsonlite)
cases <- list(
  list(p0 = 0.05, p1 = 0.25, alpha = 0.1, power = 0.9, maxN = 60),
  list(p0 = 0.05, p1 = 0.25, alpha = 0.05, power = 0.8, maxN = 60),
  list(p0 = 0.05, p1 = 0.25, alpha = 0.05, power = 0.9, maxN = 60),
  list(p0 = 0.1, p1 = 0.3, alpha = 0.1, power = 0.9, maxN = 60),
  list(p0 = 0.1, p1 = 0.3, alpha = 0.05, power = 0.9, maxN = 60),
  list(p0 = 0.1, p1 = 0.3, alpha = 0.05, power = 0.8, maxN = 60),
  list(p0 = 0.2, p1 = 0.4, alpha = 0.05, power = 0.8, maxN = 70),
  list(p0 = 0.3, p1 = 0.5, alpha = 0.05, power = 0.8, maxN = 70),
  list(p0 = 0.2, p1 = 0.4, alpha = 0.05, power = 0.9, maxN = 80),
  list(p0 = 0.26, p1 = 0.45, alpha = 0.025, power = 0.9, maxN = 100),
  list(p0 = 0.7, p1 = 0.85, alpha = 0.05, power = 0.8, maxN = 100)
)
enumerate <- function(c) {
  rows <- list()
  for (n in 2:c$maxN) for (n1 in 1:(n - 1)) {
    n2 <- n - n1
    x1 <- 0:n1
    r1s <- 0:(n1 - 1)
    rs <- 0:(n - 1)
    # A[r1, x1] = b(x1; n1, p) [x1 > r1];  B[x1, r] = P(X2 > r - x1)
    a <- function(p) outer(r1s, x1, function(r1, x) ifelse(x > r1, dbinom(x, n1, p), 0))
    b <- function(p) outer(x1, rs, function(x, r) pbinom(r - x, n2, p, lower.tail = FALSE))
    size <- a(c$p0) %*% b(c$p0)
    power <- a(c$p1) %*% b(c$p1)
    ok <- which(size <= c$alpha & power >= c$power &
                  outer(r1s, rs, function(r1, r) r >= r1), arr.ind = TRUE)
    if (nrow(ok) == 0) next
    r1 <- r1s[ok[, 1]]; r <- rs[ok[, 2]]
    pet0 <- pbinom(r1, n1, c$p0)
    rows[[length(rows) + 1]] <- data.frame(r1 = r1, n1 = n1, r = r, n = n,
      size = size[ok], power = power[ok], pet0 = pet0, en0 = n1 + (1 - pet0) * n2)
  }
  do.call(rbind, rows)
}
design <- function(d) as.list(d)
out <- lapply(cases, function(c) {
  all <- enumerate(c)
  optimal <- all[order(all$en0, all$n, all$n1, all$r1, all$r), ][1, ]
  minimax <- all[order(all$n, all$en0, all$n1, all$r1, all$r), ][1, ]
  # the best design for each n (only these can minimise q EN0 + (1 - q) n)
  perN <- do.call(rbind, lapply(split(all, all$n), function(d) d[order(d$en0, d$n1, d$r1, d$r), ][1, ]))
  qs <- seq(0, 1, length.out = 100001)
  winners <- unique(vapply(qs, function(q) which.min(q * perN$en0 + (1 - q) * perN$n), integer(1)))
  admissible <- lapply(winners, function(j) {
    lo <- 0; hi <- 1
    for (k in seq_len(nrow(perN))) if (k != j) {
      slope <- (perN$en0[j] - perN$n[j]) - (perN$en0[k] - perN$n[k])
      bound <- perN$n[k] - perN$n[j]
      if (slope > 0) hi <- min(hi, bound / slope)
      if (slope < 0) lo <- max(lo, bound / slope)
    }
    c(design(perN[j, ]), list(qLower = lo, qUpper = hi))
  })
  c(c, list(feasibleDesigns = nrow(all), optimal = design(optimal), minimax = design(minimax),
            admissible = admissible))
})
writeLines(toJSON(list(tool = R.version.string, cases = out), digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "simon-reference.json")
