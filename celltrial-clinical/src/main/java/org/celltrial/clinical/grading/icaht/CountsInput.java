package org.celltrial.clinical.grading.icaht;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;

/**
 * One subject's blood counts and temperatures after infusion.
 *
 * @param infusion when the CAR-T cells were infused (day 0)
 * @param counts the blood counts, in any order
 * @param temperatures body temperatures, for febrile neutropenia; optional
 */
public record CountsInput(
    LocalDateTime infusion, List<CountObservation> counts, List<TemperatureReading> temperatures) {}
