package org.celltrial.clinical.subject;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Subtype;

/**
 * A subject: demographics, diagnosis, cytogenetics, treatment history and cell-therapy journey.
 *
 * @param id the subject identifier
 * @param birthDate date of birth (age is computed at screening), or {@code null}
 * @param ageYears age in completed years at screening when no birth date is given
 * @param sex sex
 * @param diagnosis the indication diagnosed (required)
 * @param subtype the B-NHL subtype
 * @param diagnosisDate date of diagnosis
 * @param cytogenetics Ph status and ABL1 mutations
 * @param transplantEligible whether the subject is eligible for HSCT (G-POP-5)
 * @param history prior therapies and transplants before leukapheresis, in any order
 * @param journey the cell-therapy journey events, in the order recorded
 * @param doseLevel the dose level given, one of the study's {@code doseLevels}, or {@code null}
 * @param adverseEvents graded adverse events after infusion (DLT evaluation, G-SAF-1), any order
 * @param infections infections after infusion (G-SAF-1), any order
 * @param malignancies new malignancies after infusion for the register (G-SAF-6); their {@code
 *     subject} may be left out and is this subject
 * @param followUpVisits dates of long-term follow-up visits done (G-SAF-6), any order
 */
public record Subject(
    String id,
    LocalDate birthDate,
    Integer ageYears,
    Sex sex,
    Indication diagnosis,
    Subtype subtype,
    LocalDate diagnosisDate,
    Cytogenetics cytogenetics,
    Boolean transplantEligible,
    List<PriorTherapy> history,
    List<JourneyEvent> journey,
    String doseLevel,
    List<ToxicityEvent> adverseEvents,
    List<Infection> infections,
    List<Malignancy> malignancies,
    List<LocalDate> followUpVisits) {

  /** Checks the required fields; absent lists are empty. */
  public Subject {
    if (diagnosis == null) {
      throw ClinicalMessages.error("field.required", "diagnosis");
    }
    if (ageYears != null && ageYears < 0) {
      throw ClinicalMessages.error("protocol.negative", "ageYears", ageYears);
    }
    cytogenetics = cytogenetics == null ? new Cytogenetics(null, null) : cytogenetics;
    history = history == null ? List.of() : List.copyOf(history);
    journey = journey == null ? List.of() : List.copyOf(journey);
    adverseEvents = adverseEvents == null ? List.of() : List.copyOf(adverseEvents);
    infections = infections == null ? List.of() : List.copyOf(infections);
    malignancies = malignancies == null ? List.of() : List.copyOf(malignancies);
    followUpVisits = followUpVisits == null ? List.of() : List.copyOf(followUpVisits);
  }

  /** The history sorted by start date (stable for equal dates). */
  public List<PriorTherapy> chronologicalHistory() {
    return history.stream().sorted(Comparator.comparing(PriorTherapy::start)).toList();
  }

  /** The screening date, if the journey records one. */
  public Optional<LocalDate> screeningDate() {
    return journey.stream()
        .filter(e -> e instanceof JourneyEvent.Screening)
        .map(JourneyEvent::first)
        .min(Comparator.naturalOrder());
  }

  /** Age in completed years at screening: from the birth date, else {@code ageYears}. */
  public Optional<Integer> ageAtScreening() {
    if (birthDate != null) {
      return screeningDate().map(d -> Period.between(birthDate, d).getYears());
    }
    return Optional.ofNullable(ageYears);
  }
}
