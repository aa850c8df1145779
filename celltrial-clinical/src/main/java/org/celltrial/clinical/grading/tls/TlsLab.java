package org.celltrial.clinical.grading.tls;

import java.time.LocalDateTime;

/**
 * One TLS laboratory value.
 *
 * @param time when drawn
 * @param analyte what was measured
 * @param value in the analyte's unit ({@link TlsAnalyte#unit()})
 */
public record TlsLab(LocalDateTime time, TlsAnalyte analyte, double value) {}
