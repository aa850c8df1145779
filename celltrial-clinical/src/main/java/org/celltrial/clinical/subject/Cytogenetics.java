package org.celltrial.clinical.subject;

import java.util.List;
import java.util.Locale;

/**
 * Cytogenetics relevant to eligibility.
 *
 * @param philadelphia Ph status of B-ALL; {@code null} when not reported
 * @param abl1Mutations ABL1 kinase-domain mutations found (e.g. {@code T315I})
 */
public record Cytogenetics(PhStatus philadelphia, List<String> abl1Mutations) {
  /** Copies the list; absent means none found. */
  public Cytogenetics {
    abl1Mutations = abl1Mutations == null ? List.of() : List.copyOf(abl1Mutations);
  }

  /** Whether one of these mutations was found, case-insensitive. */
  public boolean hasAnyOf(List<String> mutations) {
    return abl1Mutations.stream()
        .anyMatch(m -> mutations.stream().anyMatch(w -> w.equalsIgnoreCase(m.strip())));
  }

  /** The mutations in upper case, for messages. */
  public String mutationList() {
    return abl1Mutations.isEmpty()
        ? "-"
        : String.join(", ", abl1Mutations.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
  }
}
