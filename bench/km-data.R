# Synthetic survival data for bench/km.sh: n exponential event times (rate 1) with independent
# exponential censoring (rate 0.5), fixed seed. Usage: Rscript km-data.R N FILE
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1])
set.seed(20261125)
t <- rexp(n, 1)
c <- rexp(n, 0.5)
write.csv(data.frame(time = pmin(t, c), status = as.integer(t <= c)), args[2], row.names = FALSE)
