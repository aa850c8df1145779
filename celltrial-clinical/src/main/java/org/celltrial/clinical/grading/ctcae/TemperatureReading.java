package org.celltrial.clinical.grading.ctcae;

import java.time.LocalDateTime;

/**
 * A body temperature, for febrile neutropenia.
 *
 * @param time when it was taken
 * @param celsius the temperature in °C
 * @param lifeThreatening the investigator's flag: life-threatening consequences, urgent
 *     intervention indicated (e.g. septic shock needing vasopressors); {@code null} = no
 */
public record TemperatureReading(LocalDateTime time, Double celsius, Boolean lifeThreatening) {}
