package org.celltrial.analysis.simulation;

/**
 * What the generator decided for one subject: the truth the written records should show, kept for
 * tests and for the manifest's counts.
 *
 * @param eligible whether the history was built to meet the eligibility rules
 * @param manufacturingFailure whether a manufacturing run failed
 * @param infused whether the product was infused
 * @param crsGrade planned maximum CRS grade (0 when not infused)
 * @param icansGrade planned maximum ICANS grade (0 when not infused)
 * @param tocilizumab whether tocilizumab was given for CRS
 * @param shortWashout whether bridging was planned with too short a washout (G-BR-2)
 * @param sameTarget whether a bridging agent is directed against the product's target (G-BR-4)
 * @param prolongedNeutropenia whether neutrophils were planned to recover after day 28
 * @param responder whether the subject responded (internal; responses are not written)
 * @param died whether the journey ends in death
 * @param hsct whether an HSCT followed the infusion
 */
public record Outcome(
    boolean eligible,
    boolean manufacturingFailure,
    boolean infused,
    int crsGrade,
    int icansGrade,
    boolean tocilizumab,
    boolean shortWashout,
    boolean sameTarget,
    boolean prolongedNeutropenia,
    boolean responder,
    boolean died,
    boolean hsct) {}
