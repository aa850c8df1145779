package org.celltrial.analysis.simulation.response;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.imwg.LightChain;
import org.celltrial.clinical.response.imwg.MmAssessment;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.response.lugano.PetScan;

/**
 * One subject's response file, field for field the subject file of {@code derive response}.
 *
 * @param id subject identifier
 * @param journey the subject's journey (infusion, HSCT, new therapy, death give the dates)
 * @param lastKnownAlive last contact: death, loss to follow-up or the end of follow-up
 * @param lugano PET reads (LBCL), {@code null} otherwise
 * @param all marrow assessments (B-ALL), {@code null} otherwise
 * @param imwg paraprotein and marrow assessments (MM), {@code null} otherwise
 * @param irc the independent review committee's response at each assessment (G-EP-10)
 */
public record ResponseRecord(
    String id,
    List<JourneyEvent> journey,
    LocalDate lastKnownAlive,
    Lugano lugano,
    All all,
    Imwg imwg,
    List<Irc> irc) {
  /** Copies the journey and the IRC reads. */
  public ResponseRecord {
    journey = List.copyOf(journey);
    irc = List.copyOf(irc);
  }

  /**
   * One IRC response, as {@code derive response} reads it.
   *
   * @param date the assessment date
   * @param category the IRC's response category
   */
  public record Irc(LocalDate date, Category category) {}

  /**
   * Lugano follow-up visits.
   *
   * @param assessments the visits in date order
   */
  public record Lugano(List<Visit> assessments) {}

  /**
   * One Lugano visit with a PET read.
   *
   * @param date the visit date
   * @param pet the PET read
   */
  public record Visit(LocalDate date, PetScan pet) {}

  /**
   * B-ALL marrow assessments.
   *
   * @param assessments the assessments in date order
   */
  public record All(List<AllAssessment> assessments) {}

  /**
   * IMWG assessments.
   *
   * @param involvedLightChain the involved free light chain
   * @param baseline the baseline assessment
   * @param assessments the follow-up assessments in date order
   * @param mrd the MRD tests (G-EP-7), date order
   */
  public record Imwg(
      LightChain involvedLightChain,
      MmAssessment baseline,
      List<MmAssessment> assessments,
      List<MrdTest> mrd) {}
}
