package org.celltrial.clinical.response.imwg;

/**
 * The lowest confirmed value of each parameter so far (IMWG 2016: progression is measured from the
 * lowest confirmed value, not from baseline); {@code null} when never measured.
 *
 * @param serumM serum M-protein, g/dL
 * @param urineM urine M-protein, mg/24 h
 * @param dflc involved minus uninvolved FLC, mg/dL
 * @param marrowPcPercent marrow plasma cells, %
 * @param plasmacytomaSpd plasmacytoma SPD, cm²
 */
public record Nadir(
    Double serumM, Double urineM, Double dflc, Double marrowPcPercent, Double plasmacytomaSpd) {}
