package org.celltrial.clinical.subject;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * One entry of a subject's treatment history: a regimen, or an HSCT when {@code transplant} is set.
 * Entries are split where the regimen changed (a drug added, dropped or substituted), so that the
 * line-of-therapy rules can see each change.
 *
 * @param name the regimen's name as written (R-CHOP, VRd), free text
 * @param agents the agents, by any name the drug dictionary knows
 * @param start first dose (required)
 * @param end last dose; {@code null} while ongoing
 * @param cycles complete cycles given
 * @param bestResponse best response to this entry
 * @param responseDate date the best response was first documented
 * @param progression date of progression or relapse on or after this entry
 * @param stopReason why it stopped
 * @param plannedSequence {@code true} when this entry continues the previous one's planned
 *     programme (induction → ASCT → consolidation → maintenance, planned tandem ASCT)
 * @param transplant the HSCT type when this entry is a transplant
 */
public record PriorTherapy(
    String name,
    List<String> agents,
    LocalDate start,
    LocalDate end,
    Integer cycles,
    BestResponse bestResponse,
    LocalDate responseDate,
    LocalDate progression,
    StopReason stopReason,
    Boolean plannedSequence,
    TransplantType transplant) {

  /** Checks the dates and counts. */
  public PriorTherapy {
    if (start == null) {
      throw ClinicalMessages.error("field.required", "start");
    }
    agents = agents == null ? List.of() : List.copyOf(agents);
    if (agents.isEmpty() && transplant == null) {
      throw ClinicalMessages.error("therapy.noAgents", name);
    }
    after("end", end, start);
    after("responseDate", responseDate, start);
    after("progression", progression, start);
    if (cycles != null && cycles < 0) {
      throw ClinicalMessages.error("protocol.negative", "cycles", cycles);
    }
    plannedSequence = plannedSequence != null && plannedSequence;
  }

  /** Whether this entry is an HSCT. */
  public boolean isTransplant() {
    return transplant != null;
  }

  /** The name to show: the regimen's name, else its agents. */
  public String label() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return agents.isEmpty() ? String.valueOf(transplant) : String.join("+", agents);
  }

  /** Whether progression is recorded, by a date or by the stop reason. */
  public boolean progressed() {
    return progression != null || stopReason == StopReason.PROGRESSION;
  }

  private static void after(String field, LocalDate date, LocalDate start) {
    if (date != null && date.isBefore(start)) {
      throw ClinicalMessages.error("date.beforeStart", field, date, start);
    }
  }
}
