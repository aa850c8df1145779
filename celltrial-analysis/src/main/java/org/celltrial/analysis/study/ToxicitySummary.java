package org.celltrial.analysis.study;

/**
 * A subject's CRS or ICANS course (ASTCT 2019), from the graded time line.
 *
 * @param maxGrade the maximum grade (0 = none)
 * @param onsetDay day of the first episode's onset after infusion, or {@code -1} when none
 * @param durationDays summed episode durations in days, or {@code -1} when none
 * @param tocilizumab whether tocilizumab was given
 * @param corticosteroids whether corticosteroids were given
 */
public record ToxicitySummary(
    int maxGrade, long onsetDay, long durationDays, boolean tocilizumab, boolean corticosteroids) {}
