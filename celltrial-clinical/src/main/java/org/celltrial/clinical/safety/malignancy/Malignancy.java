package org.celltrial.clinical.safety.malignancy;

import java.time.LocalDate;

/**
 * One new malignancy after CAR-T as entered in the register (G-SAF-6).
 *
 * @param subject the subject's identifier
 * @param diagnosis the diagnosis as written by the investigator (e.g. "PTCL-NOS", "MDS")
 * @param lineage T-cell or other
 * @param diagnosed the date of diagnosis
 * @param carTransgene CAR transgene (vector) detected in tumor cells
 * @param clonality a T-cell receptor clone of the tumor shared with the product or the CAR-T cells
 * @param integrationSite vector integration site analysis implicating the product (insertional
 *     oncogenesis)
 */
public record Malignancy(
    String subject,
    String diagnosis,
    Lineage lineage,
    LocalDate diagnosed,
    LinkTest carTransgene,
    LinkTest clonality,
    LinkTest integrationSite) {}
