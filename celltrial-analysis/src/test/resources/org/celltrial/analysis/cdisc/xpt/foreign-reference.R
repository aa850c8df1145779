# Reads celltrial-adxp.xpt (= XptWriter.bytes(XptFixture.dataset(), XptFixture.CREATED), which
# XptReferenceTest checks) with R's
# foreign::read.xport / lookup.xport and writes what R sees to foreign-reference.json:
# per variable its name, label, type, width, position, format and values (numbers as %.17g text, so no
# digit is lost; NA as null; SAS dates as day numbers, date-times as seconds since 1960).
# Run from this directory: Rscript foreign-reference.R   (R 4.2.2, foreign 0.8-84, jsonlite)
library(foreign)
library(jsonlite)
file <- "celltrial-adxp.xpt"
info <- lookup.xport(file)[[1]]
data <- read.xport(file)
columns <- lapply(seq_along(info$name), function(i) {
  v <- data[[i]]
  values <- if (is.numeric(v)) {
    lapply(v, function(x) if (is.na(x)) NULL else sprintf("%.17g", x))
  } else {
    lapply(as.character(v), function(x) if (is.na(x)) NULL else enc2utf8(x))
  }
  list(name = info$name[i], label = info$label[i], type = info$type[i],
       width = info$width[i], position = info$position[i],
       format = info$format[i], values = values)
})
out <- list(source = paste("R", getRversion(), "foreign", packageVersion("foreign")),
            dataset = names(lookup.xport(file)), rows = nrow(data), columns = columns)
writeLines(toJSON(out, auto_unbox = TRUE, null = "null", pretty = TRUE), "foreign-reference.json", useBytes = TRUE)
