package org.celltrial.clinical.study;

import java.util.List;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.safety.dlt.DltProtocol;

/**
 * A CAR-T (or CAR-NK, TCR-T) trial as the eligibility, bridging and journey rules see it.
 *
 * @param id the study identifier
 * @param title the study title, free text
 * @param indication the indication (required)
 * @param subtype the B-NHL subtype studied, {@code null} for all subtypes or other indications
 * @param productType the kind of cell product
 * @param targets the product's target antigens (G-BR-4)
 * @param phase the phase (G-PH-1)
 * @param design single-arm or randomized
 * @param population pediatric, adult or both (required; G-POP-1)
 * @param lineSetting r/r (default) or earlier line (G-POP-6)
 * @param adultSafetyDataAvailable whether adult safety and tolerability data exist (G-POP-1)
 * @param pediatricFirstJustification the justification of a pediatric-first plan (G-POP-1)
 * @param rrBenefitRiskShown whether benefit-risk has been shown in r/r patients (G-POP-6)
 * @param protocol the protocol's parameters; absent means all defaults
 * @param doseLevels the dose levels studied, lowest first (dose finding, G-PH-1); empty for one
 *     dose
 * @param targetValue the protocol's target value p0 of the primary endpoint (G-DES-2), a proportion
 *     in (0, 1); {@code null} when the protocol does not fix it
 * @param dlt the protocol's dose-limiting-toxicity definition (window and rules), or {@code null}
 */
public record Study(
    String id,
    String title,
    Indication indication,
    Subtype subtype,
    ProductType productType,
    Set<Antigen> targets,
    Phase phase,
    Design design,
    Population population,
    LineSetting lineSetting,
    Boolean adultSafetyDataAvailable,
    String pediatricFirstJustification,
    Boolean rrBenefitRiskShown,
    Protocol protocol,
    List<String> doseLevels,
    Double targetValue,
    DltProtocol dlt) {

  /** Checks the required fields and fills the defaults. */
  public Study {
    if (indication == null) {
      throw ClinicalMessages.error("field.required", "indication");
    }
    if (population == null) {
      throw ClinicalMessages.error("field.required", "population");
    }
    if (subtype != null && indication != Indication.B_NHL) {
      throw ClinicalMessages.error("study.subtypeNotNhl", subtype, indication);
    }
    targets = targets == null ? Set.of() : Set.copyOf(targets);
    lineSetting = lineSetting == null ? LineSetting.RELAPSED_REFRACTORY : lineSetting;
    protocol = protocol == null ? Protocol.defaults() : protocol;
    doseLevels = doseLevels == null ? List.of() : List.copyOf(doseLevels);
    if (doseLevels.stream().distinct().count() != doseLevels.size()) {
      throw ClinicalMessages.error("study.doseLevelsRepeated", doseLevels);
    }
    if (targetValue != null && !(targetValue > 0 && targetValue < 1)) {
      throw ClinicalMessages.error("study.targetValue", targetValue);
    }
  }
}
