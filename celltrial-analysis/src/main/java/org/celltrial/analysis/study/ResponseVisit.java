package org.celltrial.analysis.study;

import java.time.LocalDate;
import org.celltrial.clinical.response.Category;

/**
 * One response assessment after infusion as the swimmer and waterfall plots use it.
 *
 * @param date the assessment date
 * @param category the response category after confirmation
 * @param burden the tumour burden measured: SPD of the CT target lesions in cm² (Lugano 2014),
 *     serum M-protein in g/dL (IMWG 2016), or {@code null} when not measured or not used (B-ALL)
 */
public record ResponseVisit(LocalDate date, Category category, Double burden) {}
