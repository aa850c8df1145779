# Reference values for org.celltrial.stats.kinetics, computed with base R only (PKNCA is not
# installed here): the linear-up/log-down rule is written out below as PKNCA and Phoenix WinNonlin
# define it. Run from this folder:  Rscript kinetics-reference.R   (writes kinetics-reference.json)
# Every AUC0-end is also checked against integrate() of the interpolated curve (check_auc).
# Data: kinetics-profiles.csv (made-up CAR transgene copies/ug gDNA by day; ties at Cmax, BLQ before
# and after Tmax, no day-0 sample, a non-expander, a subject followed only to day 56).
library(jsonlite)
d <- read.csv("kinetics-profiles.csv")

# Area of [t1, t] under the interval (t1, c1)-(t2, c2); log when falling between two values > 0.
part <- function(t1, c1, t2, c2, t) {
  if (t == t1) return(0)
  logdown <- c2 < c1 && c2 > 0
  f <- (t - t1) / (t2 - t1)
  if (logdown) {
    ct <- c1 * (c2 / c1)^f
    (t - t1) * (c1 - ct) / log(c1 / ct)
  } else {
    ct <- c1 + f * (c2 - c1)
    (t - t1) * (c1 + ct) / 2
  }
}
auc_to <- function(tt, cc, end) {
  s <- 0
  for (i in seq_len(length(tt) - 1)) {
    if (tt[i] >= end) break
    s <- s + part(tt[i], cc[i], tt[i + 1], cc[i + 1], min(end, tt[i + 1]))
  }
  s
}
# Independent check of the closed-form areas: integrate the interpolated curve numerically.
curve <- function(tt, cc) Vectorize(function(x) {
  i <- max(which(tt <= x)); if (i == length(tt)) return(cc[i])
  f <- (x - tt[i]) / (tt[i + 1] - tt[i])
  if (cc[i + 1] < cc[i] && cc[i + 1] > 0) cc[i] * (cc[i + 1] / cc[i])^f else cc[i] + f * (cc[i + 1] - cc[i])
})
check_auc <- function(tt, cc, end, auc) {
  if (end <= 0) return(invisible())
  brk <- sort(unique(c(tt[tt < end], end)))
  num <- sum(sapply(seq_len(length(brk) - 1), function(j)
    integrate(curve(tt, cc), brk[j], brk[j + 1], rel.tol = 1e-12)$value))
  stopifnot(abs(num - auc) <= 1e-8 * max(1, auc))
}
nca <- function(t, c, end, lloq, blq_after, days) {
  o <- order(t); t <- t[o]; c <- c[o]
  q <- c > 0 & c >= lloq
  pers <- sapply(days, function(dd) {
    if (any(q & t >= dd)) "detectable" else if (any(t >= dd)) "not-detectable" else "not-evaluable"
  })
  if (!any(q)) {
    keep <- rep(TRUE, length(t)); cv <- rep(0, length(t))
    peak <- NA
  } else {
    peak <- which(c == max(c[q]) & q)[1]
    last <- max(which(q))
    cv <- ifelse(q, c, 0)
    keep <- q | seq_along(t) < peak | blq_after == "zero"
  }
  pt <- t[keep]; pc <- cv[keep]
  if (pt[1] > 0) { pt <- c(0, pt); pc <- c(0, pc) }
  aucEnd <- if (max(pt) >= end) auc_to(pt, pc, end) else NA
  if (!is.na(aucEnd)) check_auc(pt, pc, end, aucEnd)
  if (is.na(peak)) {
    return(list(samples = length(t), quantifiable = 0, cmax = 0, tmax = NA, clast = NA, tlast = NA,
                aucLast = 0, aucEnd = aucEnd, persistence = I(pers)))
  }
  list(samples = length(t), quantifiable = sum(q), cmax = c[peak], tmax = t[peak],
       clast = c[last], tlast = t[last], aucLast = auc_to(pt, pc, t[last]), aucEnd = aucEnd,
       persistence = I(pers))
}
geo <- function(x) {
  x <- x[!is.na(x) & x > 0]
  list(n = length(x), geometricMean = if (length(x)) exp(mean(log(x))) else NA,
       geometricCv = if (length(x) > 1) sqrt(exp(sd(log(x))^2) - 1) * 100 else NA)
}
rng <- function(x) {
  x <- x[!is.na(x)]
  list(n = length(x), median = if (length(x)) median(x) else NA,
       min = if (length(x)) min(x) else NA, max = if (length(x)) max(x) else NA)
}
settings <- list(
  list(aucEnd = 28, lloq = 0, blqAfterPeak = "exclude", persistDays = I(c(90, 180))),
  list(aucEnd = 10, lloq = 50, blqAfterPeak = "zero", persistDays = I(c(60))),
  list(aucEnd = 17.5, lloq = 0, blqAfterPeak = "exclude", persistDays = I(c(0, 28))),
  list(aucEnd = 24.5, lloq = 0, blqAfterPeak = "zero", persistDays = I(c(56)))
)
cases <- lapply(settings, function(s) {
  subj <- lapply(split(d, d$subject), function(x)
    c(list(subject = x$subject[1], dose = x$dose[1]),
      nca(x$day, x$copies, s$aucEnd, s$lloq, s$blqAfterPeak, s$persistDays)))
  groups <- lapply(split(subj, sapply(subj, `[[`, "dose")), function(g) {
    col <- function(k) sapply(g, function(r) if (is.null(r[[k]])) NA else r[[k]])
    list(dose = g[[1]]$dose, subjects = length(g), cmax = geo(col("cmax")),
         aucEnd = geo(col("aucEnd")), aucLast = geo(col("aucLast")),
         tmax = rng(col("tmax")), tlast = rng(col("tlast")))
  })
  list(settings = s, subjects = unname(subj), groups = unname(groups))
})
writeLines(toJSON(list(tool = R.version.string, cases = cases), digits = NA, auto_unbox = TRUE,
                  pretty = TRUE, na = "null"), "kinetics-reference.json")
