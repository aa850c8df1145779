package org.celltrial.design.dose;

import org.celltrial.design.DesignMessages;

/**
 * The decision rule of an interval design as DLT-count boundaries, indexed by the number {@code n}
 * of patients treated at the current dose: escalate when {@code y ≤ escalateAtMost[n]}, de-escalate
 * when {@code y ≥ deEscalateAtLeast[n]}, eliminate when {@code y ≥ eliminateAtLeast[n]}, otherwise
 * stay. A boundary that cannot be met is {@code -1} (escalation) or {@code n + 1} (the others). A
 * row for an {@code n} the design does not define (3+3 defines only 3 and 6) holds {@link
 * #UNDEFINED}.
 *
 * @param escalateAtMost largest DLT count that escalates, by {@code n}
 * @param deEscalateAtLeast smallest DLT count that de-escalates, by {@code n}
 * @param eliminateAtLeast smallest DLT count that eliminates the dose and all higher, by {@code n}
 */
public record DecisionTable(int[] escalateAtMost, int[] deEscalateAtLeast, int[] eliminateAtLeast) {
  /** Marks a number of patients at which the design takes no decision. */
  public static final int UNDEFINED = Integer.MIN_VALUE;

  /** Copies the arrays. */
  public DecisionTable {
    escalateAtMost = escalateAtMost.clone();
    deEscalateAtLeast = deEscalateAtLeast.clone();
    eliminateAtLeast = eliminateAtLeast.clone();
  }

  /** Largest number of patients the table covers. */
  public int maxN() {
    return escalateAtMost.length - 1;
  }

  /** Whether the design takes a decision after {@code n} patients at a dose. */
  public boolean defines(int n) {
    return n >= 1 && n <= maxN() && escalateAtMost[n] != UNDEFINED;
  }

  /** The boundaries of row {@code n}: escalate ≤, de-escalate ≥, eliminate ≥. */
  public int[] row(int n) {
    return new int[] {escalateAtMost[n], deEscalateAtLeast[n], eliminateAtLeast[n]};
  }

  /**
   * The decision after {@code dlt} DLTs among {@code n} patients at the current dose.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when the counts are impossible or the
   *     design takes no decision at {@code n}
   */
  public Decision decide(int n, int dlt) {
    DoseChecks.counts(n, dlt);
    if (!defines(n)) {
      throw DesignMessages.error("dose.n.undefined", n, maxN());
    }
    return decideUnchecked(n, dlt);
  }

  /** {@link #decide} without checks, for the simulation's inner loop. */
  Decision decideUnchecked(int n, int dlt) {
    if (dlt >= eliminateAtLeast[n]) {
      return Decision.ELIMINATE;
    }
    if (dlt >= deEscalateAtLeast[n]) {
      return Decision.DE_ESCALATE;
    }
    return dlt <= escalateAtMost[n] ? Decision.ESCALATE : Decision.STAY;
  }

  /** Builds a table from a rule evaluated at every {@code n} and {@code y}. */
  static DecisionTable tabulate(int maxN, Rule rule) {
    int[] esc = new int[maxN + 1];
    int[] de = new int[maxN + 1];
    int[] el = new int[maxN + 1];
    esc[0] = UNDEFINED;
    for (int n = 1; n <= maxN; n++) {
      if (!rule.defines(n)) {
        esc[n] = UNDEFINED;
        de[n] = UNDEFINED;
        el[n] = UNDEFINED;
        continue;
      }
      esc[n] = -1;
      de[n] = n + 1;
      el[n] = n + 1;
      for (int y = n; y >= 0; y--) {
        Decision d = rule.decide(n, y);
        if (d == Decision.ELIMINATE) {
          el[n] = y;
        }
        if (d == Decision.ELIMINATE || d == Decision.DE_ESCALATE) {
          de[n] = y;
        }
        if (d == Decision.ESCALATE && esc[n] < 0) {
          esc[n] = y;
        }
      }
    }
    return new DecisionTable(esc, de, el);
  }

  /** A decision rule that depends only on the data at the current dose. */
  interface Rule {
    boolean defines(int n);

    Decision decide(int n, int dlt);
  }
}
