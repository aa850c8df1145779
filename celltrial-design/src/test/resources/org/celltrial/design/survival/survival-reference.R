# Reference values for org.celltrial.design.survival, produced with rpact 3.3.4.
# Run from this folder:  Rscript survival-reference.R   (writes survival-reference.json)
# Fixed-design getSampleSizeSurvival: events by Schoenfeld and Freedman over hazard ratios, alpha,
# power, sides and allocation ratios; patients and analysis time with uniform accrual, fixed
# follow-up and exponential drop-out, control arm given by its median or its event rate by a time.
library(rpact)
library(jsonlite)
events <- expand.grid(hr = c(0.5, 0.6, 0.75, 1.4), alpha = c(0.025, 0.05), power = c(0.8, 0.9),
                      sided = c(1, 2), ratio = c(1, 2, 0.5),
                      method = c("Schoenfeld", "Freedman"), stringsAsFactors = FALSE)
events <- events[seq(1, nrow(events), by = 3), ]
eventCases <- lapply(seq_len(nrow(events)), function(i) {
  e <- events[i, ]
  x <- getSampleSizeSurvival(hazardRatio = e$hr, alpha = e$alpha, beta = 1 - e$power,
                             sided = e$sided, allocationRatioPlanned = e$ratio,
                             typeOfComputation = e$method, median2 = 6,
                             accrualTime = c(0, 24), followUpTime = 12)
  list(hr = e$hr, alpha = e$alpha, power = e$power, sided = e$sided, ratio = e$ratio,
       method = tolower(e$method), eventsFixed = x$eventsFixed)
})
patients <- list(
  list(hr = 0.6, alpha = 0.025, power = 0.9, sided = 1, ratio = 1, method = "Schoenfeld",
       median2 = 6, pi2 = NA, eventTime = NA, accrual = 24, followUp = 12, dropout = 0.1, dropoutTime = 12),
  list(hr = 0.6, alpha = 0.025, power = 0.9, sided = 1, ratio = 2, method = "Schoenfeld",
       median2 = 6, pi2 = NA, eventTime = NA, accrual = 24, followUp = 12, dropout = 0.1, dropoutTime = 12),
  list(hr = 0.5, alpha = 0.05, power = 0.8, sided = 2, ratio = 1, method = "Freedman",
       median2 = 4, pi2 = NA, eventTime = NA, accrual = 18, followUp = 6, dropout = 0, dropoutTime = 12),
  list(hr = 0.65, alpha = 0.025, power = 0.85, sided = 1, ratio = 1.5, method = "Freedman",
       median2 = 8.3, pi2 = NA, eventTime = NA, accrual = 30, followUp = 0, dropout = 0.05, dropoutTime = 6),
  list(hr = 0.7, alpha = 0.025, power = 0.9, sided = 1, ratio = 1, method = "Schoenfeld",
       median2 = NA, pi2 = 0.6, eventTime = 12, accrual = 20, followUp = 18, dropout = 0.15, dropoutTime = 24),
  list(hr = 0.55, alpha = 0.025, power = 0.8, sided = 1, ratio = 2, method = "Freedman",
       median2 = NA, pi2 = 0.35, eventTime = 6, accrual = 12, followUp = 24, dropout = 0.2, dropoutTime = 12),
  list(hr = 1.5, alpha = 0.05, power = 0.9, sided = 2, ratio = 1, method = "Schoenfeld",
       median2 = 24, pi2 = NA, eventTime = NA, accrual = 36, followUp = 24, dropout = 0.05, dropoutTime = 12)
)
patientCases <- lapply(patients, function(p) {
  args <- list(hazardRatio = p$hr, alpha = p$alpha, beta = 1 - p$power, sided = p$sided,
               allocationRatioPlanned = p$ratio, typeOfComputation = p$method,
               accrualTime = c(0, p$accrual), followUpTime = p$followUp,
               dropoutRate1 = p$dropout, dropoutRate2 = p$dropout, dropoutTime = p$dropoutTime)
  if (is.na(p$median2)) {
    args$pi2 <- p$pi2
    args$eventTime <- p$eventTime
  } else {
    args$median2 <- p$median2
  }
  x <- do.call(getSampleSizeSurvival, args)
  c(p[c("hr", "alpha", "power", "sided", "ratio")], list(method = tolower(p$method)),
    p[c("median2", "pi2", "eventTime", "accrual", "followUp", "dropout", "dropoutTime")],
    list(eventsFixed = x$eventsFixed, nFixed = x$nFixed, nFixed1 = x$nFixed1, nFixed2 = x$nFixed2,
         lambda1 = x$lambda1, lambda2 = x$lambda2, accrualIntensity = x$accrualIntensity,
         analysisTime = as.numeric(x$analysisTime)))
})
writeLines(toJSON(list(tool = paste("rpact", packageVersion("rpact"), "on", R.version.string),
                       events = eventCases, patients = patientCases),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
           "survival-reference.json")
