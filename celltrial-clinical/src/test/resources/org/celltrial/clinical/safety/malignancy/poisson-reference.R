# Reference values for org.celltrial.clinical.safety.malignancy (G-SAF-6), produced with R's stats
# package. Run from this folder:  Rscript poisson-reference.R   (writes poisson-reference.json)
# rate: poisson.test(x, T) = exact (Garwood) interval, qchisq(a/2, 2x)/2 and qchisq(1-a/2, 2x+2)/2
#   divided by T, reported here per 100 person-years.
# The last rate and SIR cases are examples/safety/sir-cohort.json with 1 event: 15 person-years,
# E = 0.058 by hand (docs/data-format.md).
# sir: poisson.test(O, E) = O/E with the same interval divided by E and R's two-sided p-value
#   for SIR = 1.
library(jsonlite)
rates <- data.frame(
  x = c(3, 0, 1, 12, 5, 40, 2, 1),
  py = c(412.5, 250, 88.25, 1500, 33.3, 10000, 0.75, 15),
  level = c(0.95, 0.95, 0.90, 0.95, 0.99, 0.95, 0.80, 0.95)
)
rateOut <- lapply(seq_len(nrow(rates)), function(i) {
  x <- rates$x[i]; py <- rates$py[i]; level <- rates$level[i]
  t <- poisson.test(x, py, conf.level = level)
  a <- 1 - level
  garwood <- c(if (x == 0) 0 else qchisq(a / 2, 2 * x) / 2, qchisq(1 - a / 2, 2 * x + 2) / 2)
  list(events = x, personYears = py, level = level,
       ratePer100 = 100 * unname(t$estimate),
       lowerPer100 = 100 * t$conf.int[1], upperPer100 = 100 * t$conf.int[2],
       garwoodLower = garwood[1], garwoodUpper = garwood[2])
})
sirs <- data.frame(
  o = c(3, 0, 1, 7, 2, 15, 4, 5, 1),
  e = c(0.8, 1.2, 2.5, 7, 0.05, 9.3, 4.5, 10.2, 0.058),
  level = c(0.95, 0.95, 0.95, 0.95, 0.99, 0.90, 0.95, 0.95, 0.95)
)
sirOut <- lapply(seq_len(nrow(sirs)), function(i) {
  o <- sirs$o[i]; e <- sirs$e[i]; level <- sirs$level[i]
  t <- poisson.test(o, e, conf.level = level)
  list(observed = o, expected = e, level = level, sir = unname(t$estimate),
       lower = t$conf.int[1], upper = t$conf.int[2], pValue = t$p.value)
})
writeLines(toJSON(list(tool = R.version.string, rates = rateOut, sirs = sirOut),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "poisson-reference.json")
