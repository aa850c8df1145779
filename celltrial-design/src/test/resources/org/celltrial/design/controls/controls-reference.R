# Reference values for org.celltrial.design.controls: the exact (Clopper-Pearson) 95% interval of every
# entry of the bundled historical-control library, from R's binom.test.
# Run from this folder:  Rscript controls-reference.R   (writes controls-reference.json)
library(jsonlite)
lib <- fromJSON("../../../../../../main/resources/org/celltrial/design/controls/historical-controls.json",
                simplifyDataFrame = FALSE)
out <- lapply(lib$entries, function(e) {
  ci <- binom.test(e$responders, e$n, conf.level = 0.95)$conf.int
  list(id = e$id, responders = e$responders, n = e$n, lower = ci[1], upper = ci[2])
})
writeLines(toJSON(list(tool = R.version.string, libraryVersion = lib$version, entries = out),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "controls-reference.json")
