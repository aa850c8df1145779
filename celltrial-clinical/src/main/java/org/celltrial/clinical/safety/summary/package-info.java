/**
 * Safety summaries for the safety review committee (guideline G-SAF-5): incidence by maximum grade
 * per toxicity, time to onset and duration (median and range), treatments used and deaths by cause,
 * per dose level and overall — as records the analysis module renders.
 */
package org.celltrial.clinical.safety.summary;
