# Reads the ADaM .xpt files of an analyze run with R's foreign::read.xport and haven::read_xpt and
# compares every value with the run's .csv files: text equal, numbers to 1e-15 relative, dates and
# date-times via SAS day / second numbers. Prints rows and mismatches per dataset.
# Usage: Rscript bench/xpt-r-check.R OUT/adam   (needs foreign and haven: apt-get install r-cran-haven)
library(foreign); library(haven)
dir <- commandArgs(trailingOnly = TRUE)[1]
for (n in c("adsl", "adrs", "adtte", "adae", "adlb")) {
  f <- file.path(dir, paste0(n, ".xpt"))
  x <- read.xport(f); h <- read_xpt(f)
  csv <- read.csv(file.path(dir, paste0(n, ".csv")), stringsAsFactors = FALSE, na.strings = "",
                  colClasses = "character")
  bad <- 0
  for (v in names(csv)) {
    a <- x[[v]]; c <- csv[[v]]
    if (is.numeric(a)) {
      cv <- if (inherits(h[[v]], "Date")) as.numeric(as.Date(c)) + 3653
            else if (inherits(h[[v]], "POSIXct"))
              as.numeric(as.POSIXct(c, format = "%Y-%m-%dT%H:%M:%S", tz = "UTC")) + 315619200
            else as.numeric(c)
      ok <- (is.na(a) & is.na(cv)) | (!is.na(a) & !is.na(cv) & abs(a - cv) <= 1e-15 * abs(cv))
    } else {
      ok <- a == ifelse(is.na(c), "", c)
    }
    bad <- bad + sum(!ok)
  }
  cat(n, nrow(x), "rows (csv", nrow(csv), ", haven", nrow(h), "), mismatches", bad, "\n")
}
