package org.celltrial.clinical.grading;

import java.time.LocalDateTime;

/**
 * A validated {@link Treatment}: a dose of a known agent at a known time.
 *
 * @param time when it was given
 * @param agent what was given
 */
public record Dose(LocalDateTime time, TreatmentAgent agent) {}
