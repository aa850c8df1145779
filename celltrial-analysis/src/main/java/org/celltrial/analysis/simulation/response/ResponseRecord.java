package org.celltrial.analysis.simulation.response;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.lugano.PetScan;

/**
 * One subject's response file, field for field the subject file of {@code derive response}.
 *
 * @param id subject identifier
 * @param journey the subject's journey (infusion, HSCT, new therapy, death give the dates)
 * @param lastKnownAlive last contact: death, loss to follow-up or the end of follow-up
 * @param lugano PET reads (LBCL), {@code null} otherwise
 * @param all marrow assessments (B-ALL), {@code null} otherwise
 */
public record ResponseRecord(
    String id, List<JourneyEvent> journey, LocalDate lastKnownAlive, Lugano lugano, All all) {
  /** Copies the journey. */
  public ResponseRecord {
    journey = List.copyOf(journey);
  }

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
}
