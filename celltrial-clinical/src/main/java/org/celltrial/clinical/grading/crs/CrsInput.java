package org.celltrial.clinical.grading.crs;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.Treatment;

/**
 * One subject's CRS data: the infusion time (day 0), the assessments and the treatments given.
 *
 * @param infusion when the CAR-T cells were infused
 * @param observations the assessments, in any order
 * @param treatments tocilizumab, corticosteroids, other anti-cytokine therapy and antipyretics
 *     given
 */
public record CrsInput(
    LocalDateTime infusion, List<CrsObservation> observations, List<Treatment> treatments) {}
