package org.celltrial.analysis.study;

/**
 * One CRS or ICANS episode of the graded time line (ASTCT 2019), for the toxicity timeline.
 *
 * @param onsetDay the study day of onset (day 0 = infusion)
 * @param durationDays calendar days from onset to the last graded observation, both counted
 * @param maxGrade the episode's highest grade
 */
public record GradingEpisode(long onsetDay, long durationDays, int maxGrade) {}
