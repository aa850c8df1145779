# CRM posterior (power model p_j = s_j^exp(a), a ~ N(0, 1.34)) by R's integrate over the whole
# real line: posterior mean of a (dfcrm's estimate), p-hat = s^exp(mean a), and P(p_1 > target).
# Run from this folder:  Rscript crm-reference.R   (writes crm-reference.json)
library(jsonlite)
post <- function(skeleton, target, n, y, v = 1.34) {
  ll <- function(a) sapply(a, function(b) {
    lp <- exp(b) * log(skeleton)          # log p_j, finite for every b
    sum(ifelse(y > 0, y * lp, 0)) + sum(ifelse(n - y > 0, (n - y) * log1p(-exp(lp)), 0)) - b^2 / (2 * v)
  })
  m <- optimize(ll, c(-20, 20), maximum = TRUE)$objective
  f <- function(a) exp(ll(a) - m)
  tol <- 1e-13
  z <- integrate(f, -Inf, Inf, rel.tol = tol, abs.tol = 0, subdivisions = 1000L)$value
  mu <- integrate(function(a) a * f(a), -Inf, Inf, rel.tol = tol, abs.tol = 0, subdivisions = 1000L)$value / z
  cut <- log(log(target) / log(skeleton[1]))
  low <- integrate(f, -Inf, cut, rel.tol = tol, abs.tol = 0, subdivisions = 1000L)$value / z
  list(skeleton = skeleton, target = target, n = n, dlt = y, meanA = mu,
       pHat = skeleton^exp(mu), probLowestAboveTarget = low)
}
s5 <- c(0.05, 0.12, 0.25, 0.40, 0.55)
s4 <- c(0.06, 0.15, 0.30, 0.45)
cases <- list(
  post(s5, 0.25, c(3, 0, 0, 0, 0), c(0, 0, 0, 0, 0)),
  post(s5, 0.25, c(3, 3, 3, 0, 0), c(0, 0, 1, 0, 0)),
  post(s5, 0.25, c(3, 6, 9, 3, 0), c(0, 1, 2, 2, 0)),
  post(s5, 0.25, c(3, 0, 0, 0, 0), c(2, 0, 0, 0, 0)),
  post(s5, 0.25, c(6, 0, 0, 0, 0), c(5, 0, 0, 0, 0)),
  post(s5, 0.25, c(3, 3, 3, 6, 15), c(0, 0, 0, 1, 4)),
  post(s4, 0.3, c(1, 1, 1, 0), c(0, 0, 1, 0)),
  post(s4, 0.3, c(1, 0, 0, 0), c(1, 0, 0, 0)),
  post(s4, 0.3, c(3, 3, 12, 12), c(0, 1, 4, 7)),
  post(s4, 0.3, c(30, 0, 0, 0), c(0, 0, 0, 0))
)
writeLines(toJSON(list(tool = R.version.string, priorVariance = 1.34, cases = cases),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "crm-reference.json")
