package org.celltrial.clinical.study;

import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.Antigen;

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
    Protocol protocol) {

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
  }
}
