# Reference for StudyAnalysisTest: four infused B-ALL subjects, EFS from infusion in months of
# 30.4375 days. A: relapse day 182; B: no remission (NR) assessed day 28 (EFS event, G-EP-8 /
# ELIANA definition); C: death without relapse day 100; D: censored day 365.
# Competing risks: cause 1 = relapse or treatment failure (A, B), cause 2 = NRM (C).
library(survival)
library(cmprsk)
days <- c(182, 28, 100, 365)
t <- days / 30.4375
e <- c(1, 1, 1, 0)
fit <- survfit(Surv(t, e) ~ 1, conf.type = "log")
s <- summary(fit, times = 6)
cat(sprintf("efs6 %.1f (%.1f-%.1f)\n", 100 * s$surv, 100 * s$lower, 100 * s$upper))
print(quantile(fit, 0.5))
status <- c(1, 1, 2, 0)
ci <- cuminc(t, status)
tp <- timepoints(ci, 6)
print(tp)
# log(-log) limits as cmprsk's print of cuminc does not give them: F^exp(+-z sqrt(var) / |F log F|)
z <- qnorm(0.975)
for (k in 1:2) {
  f <- tp$est[k, 1]
  sd <- sqrt(tp$var[k, 1]) / abs(f * log(f))
  cat(sprintf("cif%d %.1f (%.1f-%.1f)\n", k, 100 * f, 100 * f^exp(z * sd), 100 * f^exp(-z * sd)))
}
