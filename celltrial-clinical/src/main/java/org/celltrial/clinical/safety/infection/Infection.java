package org.celltrial.clinical.safety.infection;

import java.time.LocalDate;

/**
 * One infection as entered.
 *
 * @param term the CTCAE term (e.g. "Lung infection", "Sepsis")
 * @param organism the organism class
 * @param onset the date of onset
 * @param management the most intensive treatment needed
 * @param lifeThreatening life-threatening consequences, urgent intervention indicated
 * @param fatal the infection caused death
 */
public record Infection(
    String term,
    Organism organism,
    LocalDate onset,
    Management management,
    boolean lifeThreatening,
    boolean fatal) {}
