# Exact Poisson (Garwood) limits of the secondary-malignancy incidence per 100 person-years,
# as R's poisson.test computes them, for SafetyTablesTest (hand-built study) and a few edge cases.
# Run: Rscript safety-incidence-reference.R > safety-incidence-reference.json
library(jsonlite)
cases <- list(
  list(name = "hand-built study", events = 1, days = 1411),
  list(name = "zero events", events = 0, days = 1411),
  list(name = "simulated size", events = 2, days = 16586),
  list(name = "many events", events = 17, days = 40000)
)
out <- lapply(cases, function(k) {
  py <- k$days / 365.25
  t <- poisson.test(k$events, py, conf.level = 0.95)
  list(name = k$name, events = k$events, personYears = py,
       ratePer100 = 100 * k$events / py,
       lowerPer100 = 100 * t$conf.int[1], upperPer100 = 100 * t$conf.int[2])
})
cat(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "\n")
