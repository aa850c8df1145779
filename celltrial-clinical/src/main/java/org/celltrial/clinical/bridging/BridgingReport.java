package org.celltrial.clinical.bridging;

import java.util.List;
import org.celltrial.clinical.eligibility.Criterion;

/**
 * The bridging checks of one subject.
 *
 * @param checks washouts (G-BR-2), tumor re-baseline (G-BR-2) and target-antigen checks (G-BR-4)
 * @param stratum the bridging stratum for stratified analyses (G-BR-3)
 * @param unknownAgents bridging agent names the drug dictionary does not know
 */
public record BridgingReport(
    List<Criterion> checks, BridgingStratum stratum, List<String> unknownAgents) {
  /** Copies the lists. */
  public BridgingReport {
    checks = List.copyOf(checks);
    unknownAgents = List.copyOf(unknownAgents);
  }
}
