package org.celltrial.clinical.bridging;

import java.util.List;
import org.celltrial.clinical.drugs.Agent;
import org.celltrial.clinical.drugs.DrugClass;

/**
 * The bridging stratum of a subject for the stratified analyses of G-BR-3, from all agents of all
 * bridging events. Precedence, first match wins: any chemotherapy; else any IMiD; else any other
 * systemic agent (targeted: PI, antibodies, ADCs, bispecifics, kinase inhibitors …); else
 * radiotherapy (with or without steroids); else steroids only. Agents the dictionary does not know
 * make the stratum {@link #UNCLASSIFIED} unless a known agent already decides it.
 */
public enum BridgingStratum {
  NONE,
  CHEMOTHERAPY,
  IMID_BASED,
  TARGETED,
  RADIOTHERAPY,
  STEROIDS_ONLY,
  UNCLASSIFIED;

  /** The stratum of the given bridging agents ({@code unknown}: names not in the dictionary). */
  public static BridgingStratum of(List<Agent> agents, List<String> unknown) {
    if (agents.isEmpty() && unknown.isEmpty()) {
      return NONE;
    }
    if (agents.stream().anyMatch(a -> a.is(DrugClass.CHEMOTHERAPY))) {
      return CHEMOTHERAPY;
    }
    if (!unknown.isEmpty()) {
      return UNCLASSIFIED;
    }
    if (agents.stream().anyMatch(a -> a.is(DrugClass.IMID))) {
      return IMID_BASED;
    }
    if (agents.stream()
        .anyMatch(a -> !a.is(DrugClass.CORTICOSTEROID) && !a.is(DrugClass.RADIOTHERAPY))) {
      return TARGETED;
    }
    if (agents.stream().anyMatch(a -> a.is(DrugClass.RADIOTHERAPY))) {
      return RADIOTHERAPY;
    }
    return STEROIDS_ONLY;
  }
}
