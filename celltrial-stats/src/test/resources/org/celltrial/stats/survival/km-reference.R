# Reference values for org.celltrial.stats.survival (Kaplan-Meier), produced with R's survival package.
# Run from this folder:  Rscript km-reference.R
# Writes the data sets that ship with survival as CSV (aml.csv, lung.csv, veteran.csv, ovarian.csv,
# heart.csv; event columns exactly as in R, lung's status coded 1/2) and km-reference.json: for each
# case the survfit() curve, summary(fit, times = at, extend = TRUE) at the landmarks (with whether
# the landmark lies beyond the stratum's last follow-up, where R's default extend = FALSE drops it),
# quantile(fit, probs) and quantile(fit, 0.5) as the median.
library(survival)
library(jsonlite)

veteran2 <- veteran
veteran2$entry <- floor(veteran2$time / 3)  # a constructed delayed entry, always < time
write.csv(aml[, c("time", "status", "x")], "aml.csv", row.names = FALSE, na = "NA")
write.csv(lung[, c("time", "status", "sex", "ph.ecog")], "lung.csv", row.names = FALSE, na = "NA")
write.csv(veteran2[, c("time", "status", "trt", "celltype", "entry")], "veteran.csv",
          row.names = FALSE, na = "NA")
write.csv(ovarian[, c("futime", "fustat", "rx")], "ovarian.csv", row.names = FALSE, na = "NA")
write.csv(heart[, c("start", "stop", "event", "surgery")], "heart.csv", row.names = FALSE, na = "NA")

datasets <- list(aml.csv = aml, lung.csv = lung, veteran.csv = veteran2, ovarian.csv = ovarian,
                 heart.csv = heart)

cases <- list(
  list(data = "aml.csv", time = "time", event = "status", confType = "log", level = 0.95,
       at = c(0, 2, 5, 12, 48, 161, 200), probs = c(0.25, 0.5, 0.75)),
  list(data = "aml.csv", time = "time", event = "status", group = "x", confType = "log-log",
       level = 0.90, at = c(10, 30, 100, 170), probs = c(0.1, 0.5, 0.9)),
  list(data = "aml.csv", time = "time", event = "status", group = "x", confType = "plain",
       level = 0.95, at = c(12, 40), probs = c(0.1, 0.25, 0.5), reverse = TRUE),
  list(data = "lung.csv", time = "time", event = "status", group = "sex", confType = "plain",
       level = 0.95, at = c(180, 365, 730, 1100), probs = c(0.25, 0.5, 0.75)),
  list(data = "lung.csv", time = "time", event = "status", confType = "log", level = 0.99,
       at = c(100, 500), probs = c(0.5, 0.8)),
  list(data = "lung.csv", time = "time", event = "status", confType = "log", level = 0.95,
       at = c(365), probs = c(0.5), reverse = TRUE),
  list(data = "lung.csv", time = "time", event = "status", group = "ph.ecog", confType = "log",
       level = 0.95, at = c(365), probs = c(0.5)),
  list(data = "veteran.csv", time = "time", event = "status", group = "trt", confType = "log",
       level = 0.95, at = c(30, 90, 180, 365, 1000), probs = c(0.25, 0.5, 0.75)),
  list(data = "veteran.csv", time = "time", event = "status", group = "celltype",
       confType = "log-log", level = 0.95, at = c(50), probs = c(0.2, 0.5)),
  list(data = "veteran.csv", time = "time", event = "status", entry = "entry", group = "trt",
       confType = "log-log", level = 0.95, at = c(30, 100), probs = c(0.25, 0.5)),
  list(data = "ovarian.csv", time = "futime", event = "fustat", group = "rx", confType = "log",
       level = 0.80, at = c(365, 1300), probs = c(0.25, 0.5)),
  list(data = "ovarian.csv", time = "futime", event = "fustat", confType = "log",
       level = 0.95, at = c(365), probs = c(0.5), subset = "fustat == 0"),
  list(data = "heart.csv", time = "stop", event = "event", entry = "start", confType = "log",
       level = 0.95, at = c(30, 365, 2000), probs = c(0.25, 0.5)),
  list(data = "heart.csv", time = "stop", event = "event", entry = "start", group = "surgery",
       confType = "plain", level = 0.95, at = c(100), probs = c(0.5))
)

runCase <- function(cs) {
  d <- datasets[[cs$data]]
  if (!is.null(cs$subset)) d <- d[eval(parse(text = cs$subset), d), ]
  status <- d[[cs$event]]
  if (max(status, na.rm = TRUE) == 2) status <- status - 1
  if (isTRUE(cs$reverse)) status <- 1 - status
  d$.status <- status
  d$.time <- d[[cs$time]]
  y <- if (is.null(cs$entry)) Surv(d$.time, d$.status) else Surv(d[[cs$entry]], d$.time, d$.status)
  f <- if (is.null(cs$group)) survfit(y ~ 1, conf.type = cs$confType, conf.int = cs$level)
       else survfit(y ~ d[[cs$group]], conf.type = cs$confType, conf.int = cs$level)
  nstrata <- if (is.null(f$strata)) 1 else length(f$strata)
  strata <- lapply(seq_len(nstrata), function(i) {
    fi <- if (is.null(f$strata)) f else f[i]
    s <- summary(fi, times = cs$at, extend = TRUE)
    q <- quantile(fi, cs$probs)
    m <- quantile(fi, 0.5)
    list(group = if (is.null(f$strata)) NULL else sub("^[^=]*=", "", names(f$strata)[i]),
         n = fi$n, events = sum(fi$n.event),
         time = I(fi$time), nRisk = I(fi$n.risk), nEvent = I(fi$n.event),
         nCensor = I(fi$n.censor), surv = I(fi$surv), stdErr = I(fi$std.err),
         lower = I(fi$lower), upper = I(fi$upper),
         landmarks = list(time = I(s$time), surv = I(s$surv), seSurv = I(s$std.err),
                          lower = I(s$lower), upper = I(s$upper), nRisk = I(s$n.risk),
                          beyond = I(s$time > max(fi$time))),
         quantiles = list(p = I(cs$probs), estimate = I(unname(q$quantile)),
                          lower = I(unname(q$lower)), upper = I(unname(q$upper))),
         median = list(estimate = unname(m$quantile), lower = unname(m$lower),
                       upper = unname(m$upper)))
  })
  c(cs, list(strata = strata))
}

out <- lapply(cases, function(cs) { r <- runCase(cs); r$at <- I(r$at); r$probs <- I(r$probs); r })
writeLines(toJSON(list(tool = paste(R.version.string, "survival", packageVersion("survival")),
                       cases = out),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "string", null = "null"),
           "km-reference.json")
