# Reference values for org.celltrial.stats.competing, produced with cmprsk (cuminc, timepoints, crr).
# Run from this folder:  Rscript competing-reference.R
# Writes one CSV per data set (columns time, status, group, strata, then crr covariates) and
# competing-reference.json. Data sets:
#   mgus2 - survival::mgus2, progression (1) vs death without progression (2), group = sex,
#           strata = age >= 70; crr covariates age, male.
#   pbc   - survival::pbc randomized patients, 1 = transplant, 2 = death, group = trt,
#           strata = edema > 0; crr covariates age, log(bili), albumin.
#   cart  - a small hand-made CAR-T-like set: 1 = relapse, 2 = non-relapse death, three groups,
#           ties within and between causes, censoring at event times; crr covariates age, bridging.
#   edge  - events and censoring at time 0, a cause seen in one group only, a group ending in an
#           event of the cause (Kaplan-Meier reaching 0), heavy ties; crr covariates x, z.
# Gray's test is also run with rho = 1 (rhoTests).
# Confidence limits are not printed by cuminc: they are computed below with the log(-log)
# transform, lower = F^exp(z*se/|F log F|), upper = F^exp(-z*se/|F log F|), se = sqrt(var).
library(survival)
library(cmprsk)
library(jsonlite)

m <- survival::mgus2
mgus2 <- data.frame(time = ifelse(m$pstat == 1, m$ptime, m$futime),
                    status = ifelse(m$pstat == 1, 1, 2 * m$death),
                    group = ifelse(m$sex == "M", 2, 1),
                    strata = ifelse(m$age >= 70, 2, 1),
                    age = m$age, male = as.numeric(m$sex == "M"))

p <- survival::pbc[!is.na(survival::pbc$trt), ]
pbc <- data.frame(time = p$time, status = p$status, group = p$trt,
                  strata = ifelse(p$edema > 0, 2, 1),
                  age = p$age, logbili = log(p$bili), albumin = p$albumin)

cart <- data.frame(
  time =   c(1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 7, 8, 9, 9, 10, 11,
             12, 12, 12, 14, 15, 15, 18, 20, 24, 24, 24, 26, 30, 36, 36, 40),
  status = c(2, 1, 0, 1, 1, 2, 0, 1, 2, 1, 0, 2, 2, 1, 0, 1, 0, 1, 2, 1,
             1, 2, 0, 0, 1, 1, 0, 2, 0, 1, 2, 0, 1, 0, 0, 0),
  group =  c(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2,
             3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3),
  strata = rep(c(1, 2), 18),
  age =    c(34, 61, 45, 52, 28, 67, 59, 41, 70, 23, 55, 48, 63, 37, 44, 58, 31, 66, 50, 29,
             62, 47, 39, 54, 71, 33, 60, 42, 56, 26, 68, 35, 49, 57, 40, 64),
  bridging = c(1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0,
               1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0))

edge <- data.frame(
  time =   c(0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 7, 7, 8, 9, 10),
  status = c(1, 0, 2, 1, 1, 2, 0, 3, 1, 0, 2, 2, 1, 0, 1, 0, 3, 2, 1, 0, 1, 2, 0, 1),
  group =  c(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2, 2, 2, 1),
  strata = 1,
  x = c(0.5, -1.2, 0.3, 2.1, -0.7, 0.0, 1.4, -0.3, 0.8, -1.9, 0.2, 1.1,
        -0.4, 0.6, -1.0, 1.7, 0.9, -0.2, 0.4, -0.8, 1.3, -1.5, 0.1, 0.7),
  z = c(1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0))

sets <- list(
  list(name = "mgus2", data = mgus2, covariates = c("age", "male"), at = c(12, 60, 120, 240, 424, 500)),
  list(name = "pbc", data = pbc, covariates = c("age", "logbili", "albumin"), at = c(365, 1825, 3650, 4556, 5000)),
  list(name = "cart", data = cart, covariates = c("age", "bridging"), at = c(0.5, 1, 3, 6, 12, 24, 40, 41)),
  list(name = "edge", data = edge, covariates = c("x", "z"), at = c(0, 0.5, 1, 9, 10, 11)))

loglog <- function(est, var, level) {
  z <- qnorm(1 - (1 - level) / 2)
  s <- sqrt(var) / abs(est * log(est))
  ok <- !is.na(est) & est > 0 & est < 1
  list(lower = ifelse(ok, est^exp(z * s), NA), upper = ifelse(ok, est^exp(-z * s), NA))
}

curves <- function(fit, at, level) {
  keep <- names(fit) != "Tests"
  tp <- timepoints(fit[keep], at)
  lapply(which(keep), function(k) {
    nm <- strsplit(names(fit)[k], " ")[[1]]
    f <- fit[[k]]
    ci <- loglog(f$est, f$var, level)
    row <- names(fit)[k]
    atCi <- loglog(tp$est[row, ], tp$var[row, ], level)
    list(group = as.integer(nm[1]), cause = as.integer(nm[2]),
         time = f$time, est = f$est, var = f$var, lower = ci$lower, upper = ci$upper,
         atEst = unname(tp$est[row, ]), atVar = unname(tp$var[row, ]),
         atLower = atCi$lower, atUpper = atCi$upper)
  })
}

tests <- function(fit) {
  t <- fit$Tests
  lapply(seq_len(nrow(t)), function(i) list(cause = as.integer(rownames(t)[i]),
    stat = t[i, "stat"], pv = t[i, "pv"], df = t[i, "df"]))
}

out <- lapply(sets, function(s) {
  d <- s$data
  write.csv(d, paste0(s$name, ".csv"), row.names = FALSE)
  level <- 0.95
  grouped <- cuminc(d$time, d$status, d$group)
  single <- cuminc(d$time, d$status)
  stratified <- cuminc(d$time, d$status, d$group, strata = d$strata)
  rho1 <- cuminc(d$time, d$status, d$group, rho = 1)
  fits <- lapply(sort(unique(d$status[d$status != 0])), function(fc) {
    f <- crr(d$time, d$status, as.matrix(d[, s$covariates]), failcode = fc, gtol = 1e-12, maxiter = 100)
    sm <- summary(f, conf.int = 0.95)
    list(failcode = fc, covariates = s$covariates, coef = unname(f$coef),
         z = unname(sm$coef[, "z"]),
         # summary.crr rounds its p-value to a few digits: the unrounded 2 * (1 - pnorm(|z|))
         p = unname(2 * pnorm(-abs(sm$coef[, "z"]))),
         hr = unname(sm$conf.int[, "exp(coef)"]),
         lower = unname(sm$conf.int[, "2.5%"]), upper = unname(sm$conf.int[, "97.5%"]),
         se = unname(sqrt(diag(f$var))), var = unname(as.vector(f$var)),
         loglik = f$loglik, loglikNull = f$loglik.null, converged = f$converged, n = f$n)
  })
  list(name = s$name, csv = paste0(s$name, ".csv"), level = level, at = s$at,
       grouped = curves(grouped, s$at, level), single = curves(single, s$at, level),
       tests = tests(grouped), strataTests = tests(stratified), rhoTests = tests(rho1), crr = fits)
})
writeLines(toJSON(list(tool = paste(R.version.string, "cmprsk", packageVersion("cmprsk")), sets = out),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
           "competing-reference.json")
