package org.celltrial.design.simon;

import java.util.List;

/**
 * The result of a {@link SimonTwoStage} search.
 *
 * @param search what was asked
 * @param optimal the design with the smallest EN0 (ties: smaller n, then smaller n1)
 * @param minimax the design with the smallest n (ties: smaller EN0)
 * @param admissible the admissible designs by increasing weight q on EN0, from minimax to optimal
 */
public record SimonPlan(
    SimonTwoStage search,
    SimonDesign optimal,
    SimonDesign minimax,
    List<AdmissibleDesign> admissible) {
  /** Copies the list. */
  public SimonPlan {
    admissible = List.copyOf(admissible);
  }
}
