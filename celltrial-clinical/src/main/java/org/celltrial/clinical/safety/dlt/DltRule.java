package org.celltrial.clinical.safety.dlt;

import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;

/**
 * One DLT definition of a protocol, as data. An attributable event with onset in the DLT window
 * fires the rule when its kind is one of {@code kinds}, its grade is at least {@code minGrade}, it
 * lasted strictly longer than {@code longerThanHours} (when given), and it was still present after
 * day {@code beyondDay} from infusion (when given). "Lasted longer than" and "present after" are
 * measured to the end of the event; an event still ongoing counts to the subject's last assessment,
 * and one too short so far to decide leaves the subject not evaluable.
 *
 * @param id the rule's identifier, reported when it fires (e.g. {@code CRS-G4})
 * @param kinds the toxicities it covers
 * @param minGrade the lowest grade that counts, 1-5
 * @param longerThanHours minimum duration, exclusive; {@code null} = any duration
 * @param beyondDay the event must still be present after this study day; {@code null} = no
 *     condition
 */
public record DltRule(
    String id, Set<ToxicityKind> kinds, int minGrade, Integer longerThanHours, Integer beyondDay) {
  /** Checks the rule. */
  public DltRule {
    if (id == null || id.isBlank()) {
      throw ClinicalMessages.error("dlt.rule.id");
    }
    if (kinds == null || kinds.isEmpty()) {
      throw ClinicalMessages.error("dlt.rule.kinds", id);
    }
    kinds = Set.copyOf(kinds);
    if (minGrade < 1 || minGrade > 5) {
      throw ClinicalMessages.error("dlt.rule.grade", id, minGrade);
    }
    if (longerThanHours != null && longerThanHours < 0) {
      throw ClinicalMessages.error("dlt.rule.hours", id, longerThanHours);
    }
    if (beyondDay != null && beyondDay < 0) {
      throw ClinicalMessages.error("dlt.rule.day", id, beyondDay);
    }
  }
}
