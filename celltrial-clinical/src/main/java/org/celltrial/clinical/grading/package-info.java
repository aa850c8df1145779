/**
 * Toxicity grading of CAR-T trials (guideline G-SAF-1, G-SAF-3): the shared pieces of the CRS and
 * ICANS timelines (graded observations, rejected observations, episodes, treatments) and the
 * grading systems every grade is stored with. The rule families live in {@code grading.crs}, {@code
 * grading.icans}, {@code grading.ctcae} and {@code grading.icaht}.
 */
package org.celltrial.clinical.grading;
