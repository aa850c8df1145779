# Reference values for org.celltrial.stats.survival.QuantileFinder: R's survival:::findq (survival
# 3.5-3), the rule of quantile.survfit, on constructed curves that the data sets do not reach:
# a limit curve that rises again, NA inside and at the end, a curve that ends exactly at 1 - p, and
# a curve that never reaches the smallest p. Run from this folder: Rscript findq-reference.R
library(survival)
library(jsonlite)
tol <- sqrt(.Machine$double.eps)
curves <- list(
  list(time = c(1, 2, 3, 4, 5, 6), curve = c(0.9, 0.7, 0.75, 0.5, 0.4, 0.2)),
  list(time = c(1, 2, 3, 4, 5), curve = c(0.8, NA, 0.5, 0.5, NA)),
  list(time = c(2, 4, 6, 8), curve = c(0.9, 0.75, 0.5, 0.5)),
  list(time = c(2, 4, 6, 8), curve = c(0.9, 0.75, 0.5 + 1e-9, 0.5 + 1e-9)),
  list(time = c(3, 7), curve = c(0.95, 0.9)),
  list(time = c(1, 2, 3), curve = c(0.6, 0.6, 0.3))
)
probs <- list(c(0.5), c(0.1, 0.25, 0.5, 0.75), c(0.2, 0.3))
out <- lapply(curves, function(cv) {
  c(lapply(cv, I), list(quantiles = lapply(probs, function(p)
    list(p = I(p), estimate = I(survival:::findq(c(0, cv$time), c(0, 1 - cv$curve), p, tol))))))
})
writeLines(toJSON(list(tool = paste(R.version.string, "survival", packageVersion("survival")),
                       cases = out),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "string"),
           "findq-reference.json")
