package org.celltrial.clinical.grading.tls;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One subject's TLS data around the start of therapy.
 *
 * @param start start of therapy (for CAR-T the protocol must say: lymphodepletion day 1 is usual)
 * @param child whether the age-specific (paediatric) phosphate and uric-acid limits apply
 * @param uricAcidUln the age ULN of uric acid for a child (mg/dL); {@code null} = the adult cut
 * @param baseline baseline value per analyte, for the 2004 25% rule
 * @param labs the values; those outside 3 days before to 7 days after start are ignored
 * @param creatinineTimesUln the highest creatinine as a multiple of the age-adjusted ULN, {@code
 *     null} if not measured
 * @param arrhythmiaGrade Cairo-Bishop arrhythmia grade 0-5 given by the investigator
 * @param seizureGrade Cairo-Bishop seizure grade 0-5 given by the investigator
 */
public record TlsInput(
    LocalDateTime start,
    boolean child,
    Double uricAcidUln,
    Map<TlsAnalyte, Double> baseline,
    List<TlsLab> labs,
    Double creatinineTimesUln,
    int arrhythmiaGrade,
    int seizureGrade) {}
