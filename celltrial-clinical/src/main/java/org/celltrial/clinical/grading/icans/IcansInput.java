package org.celltrial.clinical.grading.icans;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.Treatment;

/**
 * One subject's ICANS data.
 *
 * @param infusion when the CAR-T cells were infused (day 0)
 * @param ageYears age in whole years, which decides ICE or CAPD
 * @param observations the assessments, in any order
 * @param treatments corticosteroids and anti-cytokine therapy given
 */
public record IcansInput(
    LocalDateTime infusion,
    Integer ageYears,
    List<IcansObservation> observations,
    List<Treatment> treatments) {}
