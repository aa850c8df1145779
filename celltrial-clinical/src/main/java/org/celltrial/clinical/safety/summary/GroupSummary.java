package org.celltrial.clinical.safety.summary;

import java.util.List;
import java.util.Map;
import org.celltrial.clinical.grading.TreatmentAgent;

/**
 * The safety summary of one dose level, or of all subjects.
 *
 * @param group the dose level, or {@code null} for all subjects together
 * @param subjects subjects in the group
 * @param toxicities one summary per toxicity, in the order asked for
 * @param treatments subjects given each agent, in the agents' order
 * @param deaths deaths per cause, in the causes' order (zero counts included)
 * @param nonRelapseDeaths deaths from any cause but disease progression
 */
public record GroupSummary(
    String group,
    int subjects,
    List<ToxicitySummary> toxicities,
    Map<TreatmentAgent, Integer> treatments,
    Map<DeathCause, Integer> deaths,
    int nonRelapseDeaths) {
  /** Copies the collections. */
  public GroupSummary {
    toxicities = List.copyOf(toxicities);
  }

  /** Whether this is the overall group. */
  public boolean overall() {
    return group == null;
  }
}
