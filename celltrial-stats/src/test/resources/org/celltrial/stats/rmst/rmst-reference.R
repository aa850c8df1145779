# Reference values for org.celltrial.stats.rmst, produced with R's survival package.
# Run from this folder:  Rscript rmst-reference.R   (writes rmst-reference.json)
# The data are the CSVs beside km-reference.R (../survival), the data sets that ship with survival.
# Per group: rmean and se(rmean) from summary(survfit(...), rmean = tau)$table, the table that
# print(fit, rmean = tau) shows (survival:::survmean). The interval rmean -/+ z se, the difference
# group - first group with se = sqrt(se1^2 + se2^2), its normal interval and two-sided Wald p-value
# follow survRM2's rmst2 (Uno et al. 2014), written out here because survRM2 is not installed.
library(survival)
library(jsonlite)

cases <- list(
  list(data = "aml.csv", time = "time", event = "status", group = "x", tau = 40, level = 0.95),
  list(data = "aml.csv", time = "time", event = "status", group = "x", tau = 45, level = 0.95),
  list(data = "lung.csv", time = "time", event = "status", group = "sex", tau = 365, level = 0.95),
  list(data = "lung.csv", time = "time", event = "status", group = "sex", tau = 730, level = 0.90),
  list(data = "lung.csv", time = "time", event = "status", tau = 1000, level = 0.95),
  list(data = "veteran.csv", time = "time", event = "status", group = "trt", tau = 365,
       level = 0.95),
  list(data = "veteran.csv", time = "time", event = "status", group = "celltype", tau = 180,
       level = 0.95),
  list(data = "ovarian.csv", time = "futime", event = "fustat", group = "rx", tau = 700,
       level = 0.99),
  list(data = "heart.csv", time = "stop", event = "event", entry = "start", tau = 365,
       level = 0.95)
)

runCase <- function(cs) {
  d <- read.csv(file.path("..", "survival", cs$data), stringsAsFactors = FALSE)
  status <- d[[cs$event]]
  if (max(status, na.rm = TRUE) == 2) status <- status - 1
  y <- if (is.null(cs$entry)) Surv(d[[cs$time]], status) else Surv(d[[cs$entry]], d[[cs$time]], status)
  g <- if (is.null(cs$group)) NULL else factor(d[[cs$group]])
  f <- if (is.null(g)) survfit(y ~ 1) else survfit(y ~ g)
  tab <- summary(f, rmean = cs$tau)$table
  if (is.null(dim(tab))) tab <- matrix(tab, nrow = 1, dimnames = list(NULL, names(tab)))
  z <- qnorm(1 - (1 - cs$level) / 2)
  rmean <- unname(tab[, "rmean"]); se <- unname(tab[, "se(rmean)"])
  groups <- if (is.null(g)) list(NULL) else as.list(levels(g))
  strata <- lapply(seq_along(rmean), function(i)
    list(group = groups[[i]], estimate = rmean[i], se = se[i],
         lower = rmean[i] - z * se[i], upper = rmean[i] + z * se[i]))
  differences <- lapply(seq_along(rmean)[-1], function(i) {
    est <- rmean[i] - rmean[1]; s <- sqrt(se[i]^2 + se[1]^2)
    list(group = groups[[i]], reference = groups[[1]], estimate = est, se = s,
         lower = est - z * s, upper = est + z * s, pValue = 2 * pnorm(-abs(est / s)))
  })
  c(cs, list(strata = strata, differences = differences))
}

writeLines(toJSON(list(tool = paste(R.version.string, "survival", packageVersion("survival")),
                       cases = lapply(cases, runCase)),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "string", null = "null"),
           "rmst-reference.json")
