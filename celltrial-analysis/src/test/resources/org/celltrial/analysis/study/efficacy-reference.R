# Reference values for EfficacyTablesTest (the hand-built B-ALL study of five subjects A-E).
# Run from this folder:  Rscript efficacy-reference.R   (writes efficacy-reference.json)
# Exact CIs and one-sided p-values: binom.test; Kaplan-Meier: survival::survfit (log CI);
# Cohen's kappa and its large-sample SE (Fleiss, Cohen & Everitt 1969) written out by hand,
# no package.
library(jsonlite)
library(survival)
cp <- function(x, n, p0 = 0.2) {
  list(x = x, n = n, ci = as.numeric(binom.test(x, n)$conf.int),
       pGreater = binom.test(x, n, p = p0, alternative = "greater")$p.value)
}
binom <- lapply(list(c(3, 4), c(3, 5), c(1, 2), c(2, 2), c(2, 4), c(2, 3), c(1, 1), c(0, 1),
                     c(1, 3), c(2, 5)), function(v) cp(v[1], v[2]))
kappa <- function(inv, irc, levels) {
  t <- table(factor(inv, levels), factor(irc, levels)) / length(inv)
  r <- rowSums(t); c <- colSums(t)
  po <- sum(diag(t)); pe <- sum(r * c); k <- (po - pe) / (1 - pe)
  a <- sum(diag(t) * (1 - (r + c) * (1 - k))^2)
  b <- 0
  for (i in seq_along(levels)) for (j in seq_along(levels)) if (i != j)
    b <- b + t[i, j] * (c[i] + r[j])^2
  b <- (1 - k)^2 * b
  se <- sqrt((a + b - (k - pe * (1 - k))^2) / (length(inv) * (1 - pe)^2))
  z <- qnorm(0.975)
  list(po = po, pe = pe, kappa = k, se = se, lower = k - z * se, upper = k + z * se)
}
lv <- c("sCR", "CR", "CRi", "VGPR", "PR", "MR", "MLFS", "SD", "NR", "PD", "NE")
# A (CR, CR), B (CRi, NR), D (CR, CR)
k3 <- kappa(c("CR", "CRi", "CR"), c("CR", "NR", "CR"), lv)
# B (CRi, NR), D (CR, CR): the not-bridged stratum
k2 <- kappa(c("CRi", "CR"), c("NR", "CR"), lv)
# a larger table: 20 subjects, investigator vs IRC
inv20 <- c(rep("CR", 8), rep("PR", 5), rep("SD", 3), rep("PD", 4))
irc20 <- c(rep("CR", 6), "PR", "PR", rep("PR", 3), "SD", "CR", "SD", "SD", "PD", rep("PD", 3), "SD")
k20 <- kappa(inv20, irc20, lv)
km <- function(time, status) {
  f <- survfit(Surv(time, status) ~ 1, conf.type = "log")
  q <- quantile(f, 0.5)
  s6 <- summary(f, times = 6, extend = TRUE)
  list(median = as.numeric(q$quantile), lower = as.numeric(q$lower), upper = as.numeric(q$upper),
       rate6 = s6$surv, rate6Lower = s6$lower, rate6Upper = s6$upper)
}
m <- 30.4375
# MRD duration: A 28 days (MRD-positive), B 172 days (death)
mrdAll <- km(c(28, 172) / m, c(1, 1))
mrdBridged <- km(28 / m, 1)
mrdNotBridged <- km(172 / m, 1)
# after HSCT: B transplanted day 100, died day 200
hsct <- km(100 / m, 1)
writeLines(toJSON(list(tool = R.version.string, binom = binom, kappa3 = k3, kappa2 = k2, kappa20 = k20,
                       inv20 = inv20, irc20 = irc20,
                       mrdAll = mrdAll, mrdBridged = mrdBridged, mrdNotBridged = mrdNotBridged,
                       hsct = hsct),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
           "efficacy-reference.json")
