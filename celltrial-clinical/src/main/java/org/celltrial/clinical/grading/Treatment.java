package org.celltrial.clinical.grading;

import java.time.LocalDateTime;

/**
 * A dose of a drug given for CRS or ICANS, as entered.
 *
 * @param time when it was given
 * @param agent one of {@link TreatmentAgent}'s names, case-insensitive ({@code tocilizumab}, {@code
 *     corticosteroid}, {@code siltuximab}, {@code anakinra}, {@code other-anti-cytokine}, {@code
 *     antipyretic})
 */
public record Treatment(LocalDateTime time, String agent) {}
