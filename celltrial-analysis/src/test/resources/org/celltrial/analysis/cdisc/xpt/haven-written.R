# Writes haven-written.xpt with R's haven::write_xpt (ReadStat's XPORT v5 writer, independent of
# celltrial) and haven-written.json: what the file holds, per variable its name, label, format and
# values (numbers as %.17g text, NA as null, dates as ISO 8601), for XptReaderTest.
# Run from this directory: Rscript haven-written.R   (R 4.2.2, haven 2.5.1, jsonlite)
library(haven)
library(jsonlite)
d <- data.frame(
  SUBJID = c("A-1", "A-2", "A-3", "A-4", "A-5"),
  TERM = c("Cytokine release syndrome", "ICANS", NA, "", "B"),
  AVAL = c(0.1, -118.625, NA, 1 / 3, 6.02214076e23),
  N = c(1, 2, 3, 4, 123456789),
  ADT = as.Date(c("2024-03-01", "1960-01-01", "1959-12-31", NA, "1900-02-28")),
  ADTM = as.POSIXct(c("2024-03-01 08:30:00", "1960-01-01 00:00:00", NA,
                      "1959-12-31 23:59:59", "2038-01-19 03:14:08"), tz = "UTC"),
  stringsAsFactors = FALSE)
attr(d$AVAL, "label") <- "Analysis Value"
attr(d$ADT, "label") <- "Analysis Date"
write_xpt(d, "haven-written.xpt", version = 5, name = "HAVEN", label = "Written by haven")
back <- d
columns <- lapply(names(back), function(n) {
  v <- back[[n]]
  values <- if (inherits(v, "Date")) {
    lapply(v, function(x) if (is.na(x)) NULL else format(x, "%Y-%m-%d"))
  } else if (inherits(v, "POSIXct")) {
    lapply(seq_along(v), function(i) if (is.na(v[i])) NULL else format(v[i], "%Y-%m-%dT%H:%M:%S", tz = "UTC"))
  } else if (is.numeric(v)) {
    lapply(v, function(x) if (is.na(x)) NULL else sprintf("%.17g", x))
  } else {
    lapply(v, function(x) if (is.na(x) || x == "") NULL else x)
  }
  label <- attr(v, "label")
  list(name = n, label = if (is.null(label)) "" else label, values = values)
})
writeLines(toJSON(list(source = paste("R", getRversion(), "haven", packageVersion("haven")),
                       dataset = "HAVEN", label = "Written by haven", rows = nrow(d),
                       columns = columns), auto_unbox = TRUE, null = "null", pretty = TRUE),
           "haven-written.json", useBytes = TRUE)
