package org.celltrial.app.derive;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.imwg.LightChain;
import org.celltrial.clinical.response.imwg.MmAssessment;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.response.lugano.CtScan;
import org.celltrial.clinical.response.lugano.PetScan;

/**
 * The subject file of {@code derive response} and {@code derive endpoints} (docs/data-format.md):
 * the journey dates (infusion, HSCT, new therapy, death) and the assessments under the study's
 * criterion.
 *
 * @param id subject identifier
 * @param origin time-to-event origin; the first infusion in the journey when absent
 * @param journey journey events, as in the subject model
 * @param lastKnownAlive last date known alive
 * @param lugano Lugano 2014 assessments (B-NHL)
 * @param imwg IMWG 2016 assessments (MM)
 * @param all B-ALL assessments
 * @param irc independent review committee per-time-point responses (G-EP-10), optional
 */
record SubjectResponses(
    String id,
    LocalDate origin,
    List<JourneyEvent> journey,
    LocalDate lastKnownAlive,
    Lugano lugano,
    Imwg imwg,
    All all,
    List<Irc> irc) {
  SubjectResponses {
    journey = journey == null ? List.of() : List.copyOf(journey);
    irc = irc == null ? List.of() : List.copyOf(irc);
  }

  /** Lugano baseline CT and follow-up visits. */
  record Lugano(CtScan baseline, List<LuganoVisit> assessments) {}

  /** One Lugano visit: PET read and/or CT scan. */
  record LuganoVisit(LocalDate date, PetScan pet, CtScan ct) {}

  /** IMWG baseline, visits and MRD tests. */
  record Imwg(
      LightChain involvedLightChain,
      MmAssessment baseline,
      List<MmAssessment> assessments,
      List<MrdTest> mrd) {}

  /** B-ALL assessments. */
  record All(List<AllAssessment> assessments) {}

  /** One IRC response. */
  record Irc(LocalDate date, Category category) {}
}
