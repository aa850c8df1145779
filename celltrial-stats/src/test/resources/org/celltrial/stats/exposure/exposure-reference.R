# Reference values for org.celltrial.stats.exposure (G-DES-5), produced with R's stats package.
# Run from this folder:  Rscript exposure-reference.R   (writes exposure-reference.json)
library(jsonlite)
grid <- expand.grid(n = c(1, 20, 60, 120, 300, 1000), rate = c(0.001, 0.01, 0.02, 0.05, 0.3),
                    k = c(1, 2, 3, 5))
grid <- grid[grid$k <= grid$n, ]
atLeast <- lapply(seq_len(nrow(grid)), function(i) {
  g <- grid[i, ]
  list(n = g$n, rate = g$rate, k = g$k,
       probability = pbinom(g$k - 1, g$n, g$rate, lower.tail = FALSE))
})
bounds <- lapply(c(1, 3, 20, 60, 120, 300, 1000), function(n) lapply(c(0.95, 0.90, 0.975), function(level)
  list(n = n, level = level,
       upper = binom.test(0, n, alternative = "less", conf.level = level)$conf.int[2])))
# Smallest n with P(X >= k) >= prob, by walking n upwards (no formula shared with the Java code).
needed <- function(k, p, prob) {
  n <- k
  while (pbinom(k - 1, n, p, lower.tail = FALSE) < prob) n <- n + 1
  n
}
cases <- expand.grid(k = c(1, 2, 3), rate = c(0.005, 0.01, 0.02, 0.05, 0.1, 0.5), prob = c(0.8, 0.95, 0.99))
need <- lapply(seq_len(nrow(cases)), function(i) {
  g <- cases[i, ]
  list(k = g$k, rate = g$rate, probability = g$prob, n = needed(g$k, g$rate, g$prob))
})
writeLines(toJSON(list(tool = R.version.string, atLeast = atLeast, zeroEventUpper = unlist(bounds, recursive = FALSE),
                       needed = need), digits = NA, auto_unbox = TRUE, pretty = TRUE), "exposure-reference.json")
