# Reference values for IrcMrdTablesTest (the hand-built MM study of seven infused subjects S1-S7;
# S1, S2, S6 bridged). Run from this folder:  Rscript irc-mrd-reference.R  (writes irc-mrd-reference.json)
# Kaplan-Meier: survival::survfit (log CI), median by quantile(), 6- and 12-month rates by
# summary(times =, extend = TRUE); exact CIs: binom.test. Times in days / 30.4375 (months).
library(jsonlite)
library(survival)
m <- 30.4375
km <- function(days, status) {
  f <- survfit(Surv(days / m, status) ~ 1, conf.type = "log")
  q <- quantile(f, 0.5)
  s <- summary(f, times = c(6, 12), extend = TRUE)
  list(n = length(days), events = sum(status),
       median = as.numeric(q$quantile), lower = as.numeric(q$lower), upper = as.numeric(q$upper),
       rate6 = s$surv[1], rate6Lower = s$lower[1], rate6Upper = s$upper[1],
       rate12 = s$surv[2], rate12Lower = s$lower[2], rate12Upper = s$upper[2])
}
#          S1   S2   S3   S4   S5   S6
pfsIrc <- c(430, 400, 470, 180, 150, 120); pfsIrcE <- c(1, 0, 1, 0, 1, 1)
dorIrc <- c(402, 372, 380, 152, 122, 92);  dorIrcE <- c(1, 0, 1, 0, 1, 1)
#        S1   S2   S3   S4   S5   S6   S7
pfs <- c(400, 500, 480, 200, 250, 120, 700); pfsE <- c(1, 0, 1, 1, 1, 1, 0)
dor <- c(372, 472, 390, 172, 222, 92, 672);  dorE <- c(1, 0, 1, 1, 1, 1, 0)
bridged <- c(TRUE, TRUE, FALSE, FALSE, FALSE, TRUE)
ci <- function(x, n) as.numeric(binom.test(x, n)$conf.int)
writeLines(toJSON(list(
  tool = R.version.string,
  pfsIrc = km(pfsIrc, pfsIrcE),
  pfsIrcBridged = km(pfsIrc[bridged], pfsIrcE[bridged]),
  pfsIrcNotBridged = km(pfsIrc[!bridged], pfsIrcE[!bridged]),
  dorIrc = km(dorIrc, dorIrcE),
  dorIrcBridged = km(dorIrc[bridged], dorIrcE[bridged]),
  dorIrcNotBridged = km(dorIrc[!bridged], dorIrcE[!bridged]),
  pfs = km(pfs, pfsE),
  dor = km(dor, dorE),
  sustained = list(all = ci(2, 7), bridged = ci(1, 3), notBridged = ci(1, 4))),
  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"), "irc-mrd-reference.json")
