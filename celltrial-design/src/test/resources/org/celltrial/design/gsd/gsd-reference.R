# Reference values for org.celltrial.design.gsd, produced with rpact 3.3.4.
# Run from this folder:  Rscript gsd-reference.R   (writes gsd-reference.json)
# One-sided Lan-DeMets designs (asOF, asP, asHSD with gamma -4, -2, 1) with 2 to 5 looks at equal
# and unequal information fractions, without and with non-binding beta-spending futility.
library(rpact)
library(jsonlite)
cases <- list(
  list(a = "asOF", gA = NA, t = c(0.5, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(1/3, 2/3, 1), alpha = 0.025, beta = 0.2, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.25, 0.5, 0.75, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.2, 0.4, 0.6, 0.8, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.5, 0.75, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.3, 0.45, 0.8, 1), alpha = 0.05, beta = 0.2, b = "none", gB = NA),
  list(a = "asP", gA = NA, t = c(0.5, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asP", gA = NA, t = c(1/3, 2/3, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asP", gA = NA, t = c(0.2, 0.4, 0.6, 0.8, 1), alpha = 0.025, beta = 0.2, b = "none", gB = NA),
  list(a = "asP", gA = NA, t = c(0.4, 0.7, 1), alpha = 0.01, beta = 0.1, b = "none", gB = NA),
  list(a = "asHSD", gA = -4, t = c(1/3, 2/3, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asHSD", gA = -4, t = c(0.25, 0.5, 0.75, 1), alpha = 0.025, beta = 0.2, b = "none", gB = NA),
  list(a = "asHSD", gA = -2, t = c(0.5, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asHSD", gA = -2, t = c(0.35, 0.6, 0.85, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asHSD", gA = 1, t = c(0.2, 0.4, 0.6, 0.8, 1), alpha = 0.025, beta = 0.1, b = "none", gB = NA),
  list(a = "asHSD", gA = 1, t = c(0.6, 1), alpha = 0.05, beta = 0.2, b = "none", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.5, 1), alpha = 0.025, beta = 0.1, b = "bsOF", gB = NA),
  list(a = "asOF", gA = NA, t = c(1/3, 2/3, 1), alpha = 0.025, beta = 0.1, b = "bsOF", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.5, 0.75, 1), alpha = 0.025, beta = 0.2, b = "bsP", gB = NA),
  list(a = "asOF", gA = NA, t = c(0.2, 0.4, 0.6, 0.8, 1), alpha = 0.025, beta = 0.1, b = "bsHSD", gB = -2),
  list(a = "asP", gA = NA, t = c(0.5, 1), alpha = 0.025, beta = 0.2, b = "bsP", gB = NA),
  list(a = "asP", gA = NA, t = c(0.3, 0.6, 1), alpha = 0.025, beta = 0.1, b = "bsOF", gB = NA),
  list(a = "asHSD", gA = -4, t = c(0.25, 0.5, 0.75, 1), alpha = 0.025, beta = 0.1, b = "bsHSD", gB = -2),
  list(a = "asHSD", gA = -2, t = c(0.4, 0.7, 1), alpha = 0.025, beta = 0.2, b = "bsHSD", gB = 1),
  list(a = "asHSD", gA = 1, t = c(0.3, 0.55, 0.8, 1), alpha = 0.05, beta = 0.1, b = "bsHSD", gB = -4)
)
out <- lapply(cases, function(cs) {
  args <- list(kMax = length(cs$t), alpha = cs$alpha, beta = cs$beta, sided = 1,
               typeOfDesign = cs$a, informationRates = cs$t)
  if (!is.na(cs$gA)) args$gammaA <- cs$gA
  if (cs$b != "none") {
    args$typeBetaSpending <- cs$b
    args$bindingFutility <- FALSE
    if (!is.na(cs$gB)) args$gammaB <- cs$gB
  }
  d <- do.call(getDesignGroupSequential, args)
  ch <- getDesignCharacteristics(d)
  # I(): keep one-element vectors as JSON arrays under auto_unbox
  list(typeOfDesign = cs$a, gammaA = cs$gA, informationRates = I(cs$t), alpha = cs$alpha,
       beta = cs$beta, typeBetaSpending = cs$b, gammaB = cs$gB,
       criticalValues = I(d$criticalValues), stageLevels = I(d$stageLevels),
       alphaSpent = I(d$alphaSpent),
       futilityBounds = I(if (cs$b == "none") numeric(0) else d$futilityBounds),
       betaSpent = I(if (cs$b == "none") numeric(0) else d$betaSpent),
       power = I(ch$power), shift = ch$shift, inflationFactor = ch$inflationFactor)
})
writeLines(toJSON(list(tool = paste("rpact", packageVersion("rpact"), "on", R.version.string),
                       cases = out), digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
           "gsd-reference.json")
