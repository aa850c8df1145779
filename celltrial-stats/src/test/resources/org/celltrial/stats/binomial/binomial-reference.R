# Reference values for org.celltrial.stats.binomial, produced with R's stats package.
# Run from this folder:  Rscript binomial-reference.R   (writes binomial-reference.json)
# Cases: pivotal CAR-T counts from shared/reference/historical-controls.md plus the edges
# x = 0, x = n, n = 1, and several levels.
library(jsonlite)
cases <- data.frame(
  x = c(83, 61, 7, 34, 94, 0, 10, 1, 0, 5, 42, 50),
  n = c(101, 115, 9, 48, 128, 10, 10, 1, 1, 20, 128, 100),
  level = c(0.95, 0.95, 0.95, 0.95, 0.90, 0.95, 0.95, 0.95, 0.99, 0.80, 0.975, 0.95),
  p0 = c(0.26, 0.40, 0.30, 0.50, 0.31, 0.10, 0.50, 0.5, 0.5, 0.15, 0.20, 0.51)
)
out <- lapply(seq_len(nrow(cases)), function(i) {
  x <- cases$x[i]; n <- cases$n[i]; level <- cases$level[i]; p0 <- cases$p0[i]
  alpha <- 1 - level
  cp <- binom.test(x, n, conf.level = level)$conf.int
  wilson <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE))$conf.int
  # prop.test(correct = TRUE) shrinks the correction to |x - n p| when x is near n p for its null
  # p; a null p far from x/n keeps it at 1/2 (Newcombe's method 4), which is what celltrial computes.
  farNull <- if (x / n > 0.5) 0.001 else 0.999
  wilsonCc <- suppressWarnings(prop.test(x, n, p = farNull, conf.level = level, correct = TRUE)$conf.int)
  jeffreys <- c(if (x == 0) 0 else qbeta(alpha / 2, x + 0.5, n - x + 0.5),
                if (x == n) 1 else qbeta(1 - alpha / 2, x + 0.5, n - x + 0.5))
  list(x = x, n = n, level = level, p0 = p0,
       clopperPearson = as.numeric(cp), wilson = as.numeric(wilson),
       wilsonCc = as.numeric(wilsonCc), jeffreys = jeffreys,
       pValueGreater = binom.test(x, n, p = p0, alternative = "greater")$p.value)
})
writeLines(toJSON(list(tool = R.version.string, cases = out), digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "binomial-reference.json")
