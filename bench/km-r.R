# R side of bench/km.sh. Usage: Rscript km-r.R FILE inprocess|command
#   inprocess: median CPU time (user + system, s) of 5 runs of survfit() + quantile(fit, 0.5) on
#              data in memory
#   command:   the whole job as a script: read the CSV, fit, median, write the curve as CSV to stdout
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
fit <- function() {
  f <- survfit(Surv(time, status) ~ 1, data = d)
  q <- quantile(f, 0.5)
  f
}
if (args[2] == "inprocess") {
  fit()
  times <- replicate(5, { t <- system.time(fit()); t[["user.self"]] + t[["sys.self"]] })
  cat(median(times), "\n", sep = "")
} else {
  f <- fit()
  write.csv(data.frame(time = f$time, n.risk = f$n.risk, n.event = f$n.event,
                       n.censor = f$n.censor, surv = f$surv, std.err = f$std.err * f$surv,
                       lower = f$lower, upper = f$upper), stdout(), row.names = FALSE)
}
