/**
 * ADaM datasets (ADaM IG v1.3, ADaM Oncology supplements) derived from the analysis records of
 * {@code org.celltrial.analysis.study} and written through {@code org.celltrial.analysis.cdisc}:
 * ADSL (subject level) and ADTTE (time to event).
 */
package org.celltrial.analysis.adam;
