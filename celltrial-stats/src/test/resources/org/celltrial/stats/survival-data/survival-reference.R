# Reference values for org.celltrial.stats.logrank and org.celltrial.stats.cox, produced with R's
# survival package (survdiff, coxph, concordance as reported by summary(coxph)).
# Run from this folder:  Rscript survival-reference.R
# Writes the data sets that ship with survival as CSV (lung, veteran, ovarian, colon deaths), then
# reads each CSV back and fits on what was read, so the references belong to the committed files;
# writes logrank-reference.json and cox-reference.json.
library(survival)
library(jsonlite)

colonDeaths <- subset(colon, etype == 2, select = c(id, time, status, rx, sex, age, obstruct, nodes, differ, extent))
# Monotone likelihood: marker = 1 exactly for the 8 earliest deaths, so its hazard ratio is infinite.
separation <- data.frame(time = 1:20, status = rep(c(1, 1, 1, 0), 5), marker = as.numeric(1:20 <= 8),
                         age = c(61, 70, 55, 48, 66, 59, 73, 52, 64, 68, 57, 71, 49, 62, 75, 58, 60, 67, 54, 69))
sets <- list(lung = lung, veteran = veteran, ovarian = ovarian, colon = colonDeaths, separation = separation)
for (name in names(sets)) {
  write.csv(sets[[name]], paste0(name, ".csv"), row.names = FALSE, na = "NA")
}
data <- lapply(setNames(names(sets), names(sets)), function(name)
  read.csv(paste0(name, ".csv"), stringsAsFactors = FALSE))

# Factor with R's default levels (sorted) and the chosen reference level first.
asFactor <- function(x, reference) {
  f <- factor(x)
  if (!is.null(reference)) f <- relevel(f, ref = reference)
  f
}

prepare <- function(c) {
  d <- data[[c$data]]
  for (f in names(c$factors)) d[[f]] <- asFactor(d[[f]], c$factors[[f]])
  d
}

survdiffCase <- function(c) {
  d <- prepare(c)
  rhs <- c$group
  if (!is.null(c$strata)) rhs <- paste0(rhs, " + strata(", c$strata, ")")
  fit <- survdiff(as.formula(paste0("Surv(", c$time, ", ", c$event, ") ~ ", rhs)), data = d, rho = c$rho)
  obs <- if (is.matrix(fit$obs)) rowSums(fit$obs) else fit$obs
  exp <- if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp
  df <- sum(exp > 0) - 1
  c(c, list(groups = sub(paste0("^", c$group, "="), "", names(fit$n)), n = as.numeric(fit$n),
            observed = as.numeric(obs), expected = as.numeric(exp), variance = unname(fit$var),
            chisq = fit$chisq, df = df, p = pchisq(fit$chisq, df, lower.tail = FALSE)))
}

coxCase <- function(c) {
  d <- prepare(c)
  rhs <- paste(c$covariates, collapse = " + ")
  if (!is.null(c$strata)) rhs <- paste0(rhs, " + strata(", c$strata, ")")
  warnings <- character(0)
  fit <- withCallingHandlers(
    coxph(as.formula(paste0("Surv(", c$time, ", ", c$event, ") ~ ", rhs)), data = d, ties = c$ties,
          control = coxph.control(eps = 1e-11, iter.max = 100)),
    warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
  s <- summary(fit, conf.int = 0.95)
  # summary() prints the Wald statistic rounded to 2 decimals; its p-value uses fit$wald.test
  co <- s$coefficients
  z <- qnorm(0.975)
  c(c, list(terms = rownames(co), coef = unname(co[, "coef"]), se = unname(co[, "se(coef)"]),
            hr = unname(co[, "exp(coef)"]), z = unname(co[, "z"]), p = unname(co[, "Pr(>|z|)"]),
            lower = unname(exp(co[, "coef"] - z * co[, "se(coef)"])),
            upper = unname(exp(co[, "coef"] + z * co[, "se(coef)"])),
            var = unname(fit$var), loglik = fit$loglik,
            likelihoodRatio = unname(s$logtest), wald = c(unname(fit$wald.test), s$waldtest[2], s$waldtest[3]), score = unname(s$sctest),
            concordance = unname(s$concordance), n = fit$n, events = fit$nevent, iterations = fit$iter,
            warnings = warnings))
}

logrankCases <- list(
  list(id = "lung sex", data = "lung", time = "time", event = "status", group = "sex", rho = 0),
  list(id = "lung sex peto", data = "lung", time = "time", event = "status", group = "sex", rho = 1),
  list(id = "lung ph.ecog k=4", data = "lung", time = "time", event = "status", group = "ph.ecog", rho = 0),
  list(id = "veteran celltype k=4", data = "veteran", time = "time", event = "status", group = "celltype", rho = 0),
  list(id = "veteran celltype k=4 peto", data = "veteran", time = "time", event = "status", group = "celltype", rho = 1),
  list(id = "veteran trt strata celltype", data = "veteran", time = "time", event = "status", group = "trt", strata = "celltype", rho = 0),
  list(id = "veteran trt strata celltype peto", data = "veteran", time = "time", event = "status", group = "trt", strata = "celltype", rho = 1),
  list(id = "ovarian rx", data = "ovarian", time = "futime", event = "fustat", group = "rx", rho = 0),
  list(id = "ovarian rx rho 0.5", data = "ovarian", time = "futime", event = "fustat", group = "rx", rho = 0.5),
  list(id = "colon rx k=3 strata sex", data = "colon", time = "time", event = "status", group = "rx", strata = "sex", rho = 0),
  list(id = "colon rx k=3 peto", data = "colon", time = "time", event = "status", group = "rx", rho = 1)
)

coxCases <- list(
  list(id = "lung efron", data = "lung", time = "time", event = "status", covariates = c("age", "sex", "ph.ecog", "wt.loss"), ties = "efron"),
  list(id = "lung breslow", data = "lung", time = "time", event = "status", covariates = c("age", "sex", "ph.ecog", "wt.loss"), ties = "breslow"),
  list(id = "lung strata ph.ecog", data = "lung", time = "time", event = "status", covariates = c("age", "sex"), strata = "ph.ecog", ties = "efron"),
  list(id = "veteran celltype efron", data = "veteran", time = "time", event = "status", covariates = c("trt", "celltype", "karno", "age"), factors = list(celltype = NULL), ties = "efron"),
  list(id = "veteran celltype ref squamous breslow", data = "veteran", time = "time", event = "status", covariates = c("trt", "celltype", "karno", "age"), factors = list(celltype = "squamous"), ties = "breslow"),
  list(id = "veteran strata celltype", data = "veteran", time = "time", event = "status", covariates = c("trt", "karno", "diagtime", "prior"), strata = "celltype", ties = "efron"),
  list(id = "ovarian efron", data = "ovarian", time = "futime", event = "fustat", covariates = c("rx", "age", "resid.ds", "ecog.ps"), ties = "efron"),
  list(id = "ovarian breslow one covariate", data = "ovarian", time = "futime", event = "fustat", covariates = c("age"), ties = "breslow"),
  list(id = "colon rx factor strata sex", data = "colon", time = "time", event = "status", covariates = c("rx", "age", "nodes", "obstruct"), factors = list(rx = "Obs"), strata = "sex", ties = "efron"),
  list(id = "separation", data = "separation", time = "time", event = "status", covariates = c("marker", "age"), ties = "efron"),
  list(id = "colon differ factor breslow", data = "colon", time = "time", event = "status", covariates = c("rx", "differ", "extent", "age"), factors = list(rx = NULL, differ = NULL), ties = "breslow")
)

tool <- paste(R.version.string, "survival", packageVersion("survival"))
writeLines(toJSON(list(tool = tool, cases = lapply(logrankCases, survdiffCase)), digits = NA, auto_unbox = TRUE, pretty = TRUE, null = "null"),
           "logrank-reference.json")
writeLines(toJSON(list(tool = tool, cases = lapply(coxCases, coxCase)), digits = NA, auto_unbox = TRUE, pretty = TRUE, null = "null"),
           "cox-reference.json")
