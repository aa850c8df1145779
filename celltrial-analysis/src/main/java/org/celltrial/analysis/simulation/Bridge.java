package org.celltrial.analysis.simulation;

import java.util.List;

/**
 * A bridging regimen: its agents, its length in days, and whether it targets the product's own
 * antigen (G-BR-4).
 *
 * @param agents the agents
 * @param days treatment days
 * @param sameTarget whether an agent is directed against the product's target
 */
record Bridge(List<String> agents, int days, boolean sameTarget) {

  /**
   * A bridging pattern, or {@code null} for none. B-ALL: chemotherapy or steroids, occasionally
   * blinatumomab (CD19); LBCL: immunochemotherapy, steroids or radiotherapy, occasionally
   * loncastuximab tesirine (CD19); MM: IMiD- or PI-based, cyclophosphamide, steroids, radiotherapy,
   * occasionally teclistamab (BCMA).
   */
  static Bridge choose(SimIndication indication, Draw draw) {
    return switch (indication) {
      case B_ALL ->
          switch (draw.index(new double[] {0.25, 0.45, 0.12, 0.15, 0.03})) {
            case 0 -> null;
            case 1 ->
                new Bridge(List.of("vincristine", "dexamethasone"), draw.between(5, 14), false);
            case 2 -> new Bridge(List.of("cytarabine"), draw.between(3, 5), false);
            case 3 -> new Bridge(List.of("dexamethasone"), draw.between(3, 10), false);
            default -> new Bridge(List.of("blinatumomab"), draw.between(7, 14), true);
          };
      case LBCL ->
          switch (draw.index(new double[] {0.35, 0.30, 0.15, 0.15, 0.05})) {
            case 0 -> null;
            case 1 ->
                new Bridge(
                    List.of("rituximab", "gemcitabine", "oxaliplatin"), draw.between(1, 2), false);
            case 2 -> new Bridge(List.of("dexamethasone"), draw.between(3, 7), false);
            case 3 -> new Bridge(List.of("radiotherapy"), draw.between(5, 10), false);
            default -> new Bridge(List.of("loncastuximab tesirine"), 1, true);
          };
      case MM ->
          switch (draw.index(new double[] {0.25, 0.25, 0.15, 0.18, 0.10, 0.04, 0.03})) {
            case 0 -> null;
            case 1 ->
                new Bridge(List.of("pomalidomide", "dexamethasone"), draw.between(7, 21), false);
            case 2 ->
                new Bridge(List.of("carfilzomib", "dexamethasone"), draw.between(2, 16), false);
            case 3 ->
                new Bridge(
                    List.of("cyclophosphamide", "dexamethasone"), draw.between(4, 14), false);
            case 4 -> new Bridge(List.of("dexamethasone"), draw.between(4, 8), false);
            case 5 -> new Bridge(List.of("radiotherapy"), draw.between(5, 10), false);
            default ->
                new Bridge(List.of("teclistamab", "dexamethasone"), draw.between(1, 7), true);
          };
    };
  }
}
