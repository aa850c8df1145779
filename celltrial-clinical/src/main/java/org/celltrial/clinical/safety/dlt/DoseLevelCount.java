package org.celltrial.clinical.safety.dlt;

/**
 * What the dose-escalation rule of a design needs from one dose level.
 *
 * @param doseLevel the dose level
 * @param treated subjects infused at this level
 * @param evaluable subjects evaluable for DLT (n)
 * @param dlts evaluable subjects with at least one DLT
 * @param notEvaluable subjects not evaluable
 */
public record DoseLevelCount(
    String doseLevel, int treated, int evaluable, int dlts, int notEvaluable) {}
