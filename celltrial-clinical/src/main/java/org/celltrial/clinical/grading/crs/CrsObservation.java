package org.celltrial.clinical.grading.crs;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One time-stamped CRS assessment, as entered. Categorical values are names read by the grader, so
 * that an unknown name rejects this observation only.
 *
 * @param time when it was assessed
 * @param temperatureCelsius the highest temperature since the previous assessment, in °C
 * @param hypotension whether there was hypotension (SBP &lt; 90 mmHg in adults, age norms in
 *     children); {@code null} = no
 * @param vasopressors the vasopressors running ({@link Vasopressor} names); empty or {@code null} =
 *     none
 * @param oxygen the oxygen device ({@link OxygenDevice} name); {@code null} = none
 * @param oxygenFlowLitresPerMinute the oxygen flow, needed for a nasal cannula
 * @param diedOfCrs death attributed to CRS; {@code null} = no
 * @param otherCause findings the investigator attributes to another cause ({@link CrsFinding}
 *     names: {@code fever}, {@code hypotension}, {@code hypoxia}); they are excluded
 */
public record CrsObservation(
    LocalDateTime time,
    Double temperatureCelsius,
    Boolean hypotension,
    List<String> vasopressors,
    String oxygen,
    Double oxygenFlowLitresPerMinute,
    Boolean diedOfCrs,
    List<String> otherCause) {}
