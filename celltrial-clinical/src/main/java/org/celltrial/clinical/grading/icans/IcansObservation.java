package org.celltrial.clinical.grading.icans;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One time-stamped ICANS assessment, as entered. Categorical values are names read by the grader,
 * so an unknown name rejects this observation only; {@code null} means normal / none.
 *
 * @param time when it was assessed
 * @param ice the ICE items (age at or above the CAPD cut-off)
 * @param capd the CAPD total, 0-32 (children below the cut-off)
 * @param consciousness a {@link Consciousness} name
 * @param seizure a {@link Seizure} name
 * @param motor a {@link MotorFinding} name
 * @param intracranialPressure an {@link IntracranialFinding} name
 * @param diedOfIcans death attributed to ICANS
 * @param otherCause {@link IcansDomain} names whose findings the investigator attributes to another
 *     cause (e.g. {@code consciousness} after a sedative); they are excluded
 */
public record IcansObservation(
    LocalDateTime time,
    IceItems ice,
    Integer capd,
    String consciousness,
    String seizure,
    String motor,
    String intracranialPressure,
    Boolean diedOfIcans,
    List<String> otherCause) {}
