package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PriorTherapy;

/**
 * A subject's disease and treatment history before leukapheresis.
 *
 * @param diagnosisDate date of diagnosis
 * @param subtype B-NHL subtype, {@code null} otherwise
 * @param cytogenetics Philadelphia status and ABL1 mutations (B-ALL)
 * @param transplantEligible whether a transplant is possible now
 * @param history prior therapies in time order
 */
record Background(
    LocalDate diagnosisDate,
    Subtype subtype,
    Cytogenetics cytogenetics,
    Boolean transplantEligible,
    List<PriorTherapy> history) {}
