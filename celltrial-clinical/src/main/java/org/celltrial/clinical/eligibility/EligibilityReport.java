package org.celltrial.clinical.eligibility;

import java.util.List;
import org.celltrial.clinical.lines.Line;

/**
 * A subject's eligibility for a study.
 *
 * @param overall not met if any criterion is not met, else undecided if any is undecided, else met
 * @param criteria the criteria, each with verdict and reason
 * @param classifications descriptive classifications that are not criteria (SCHOLAR-1, triple-class
 *     status, B-ALL relapse categories); {@code MET} means the classification applies
 * @param lines the prior lines of therapy
 * @param unknownAgents agent names in the history that the drug dictionary does not know
 * @param dictionaryVersion the drug dictionary's version
 */
public record EligibilityReport(
    Verdict overall,
    List<Criterion> criteria,
    List<Criterion> classifications,
    List<Line> lines,
    List<String> unknownAgents,
    String dictionaryVersion) {
  /** Copies the lists. */
  public EligibilityReport {
    criteria = List.copyOf(criteria);
    classifications = List.copyOf(classifications);
    lines = List.copyOf(lines);
    unknownAgents = List.copyOf(unknownAgents);
  }
}
