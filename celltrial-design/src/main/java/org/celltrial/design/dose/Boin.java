package org.celltrial.design.dose;

/**
 * The Bayesian optimal interval (BOIN) design of Liu &amp; Yuan (2015), J R Stat Soc C 64:507–523.
 *
 * <p>With target DLT rate φ, highest rate deemed sub-therapeutic φ₁ (default 0.6φ) and lowest rate
 * deemed overly toxic φ₂ (default 1.4φ), the escalation and de-escalation boundaries are
 *
 * <pre>
 *   λe = log((1 − φ₁)/(1 − φ)) / log(φ(1 − φ₁) / (φ₁(1 − φ)))
 *   λd = log((1 − φ)/(1 − φ₂)) / log(φ₂(1 − φ) / (φ(1 − φ₂)))
 * </pre>
 *
 * and with {@code y} DLTs among {@code n} patients at the current dose, p̂ = y/n: escalate if p̂ ≤
 * λe, de-escalate if p̂ ≥ λd, otherwise stay; as the R package BOIN, {@code y ≤ floor(λe·n)} and
 * {@code y ≥ ceiling(λd·n)}. The {@link Elimination} rule removes the dose and all higher ones.
 *
 * @param target the target DLT rate φ
 * @param phi1 the highest sub-therapeutic DLT rate φ₁ &lt; φ
 * @param phi2 the lowest overly toxic DLT rate φ₂ &gt; φ
 */
public record Boin(double target, double phi1, double phi2) implements DecisionTable.Rule {
  /** Checks the rates. */
  public Boin {
    DoseChecks.target(target);
  }

  /** BOIN with the paper's default φ₁ = 0.6φ and φ₂ = 1.4φ. */
  public static Boin of(double target) {
    DoseChecks.target(target);
    return new Boin(target, 0.6 * target, 1.4 * target);
  }

  /** The escalation boundary λe. */
  public double lambdaE() {
    return Math.log((1 - phi1) / (1 - target))
        / Math.log(target * (1 - phi1) / (phi1 * (1 - target)));
  }

  /** The de-escalation boundary λd. */
  public double lambdaD() {
    return Math.log((1 - target) / (1 - phi2))
        / Math.log(phi2 * (1 - target) / (target * (1 - phi2)));
  }

  /** The decision table for 1 to {@code maxN} patients at a dose. */
  public DecisionTable table(int maxN) {
    return DecisionTable.tabulate(maxN, this);
  }

  @Override
  public boolean defines(int n) {
    return true;
  }

  @Override
  public Decision decide(int n, int dlt) {
    if (Elimination.eliminates(target, n, dlt)) {
      return Decision.ELIMINATE;
    }
    if (dlt <= Math.floor(lambdaE() * n)) {
      return Decision.ESCALATE;
    }
    return dlt >= Math.ceil(lambdaD() * n) ? Decision.DE_ESCALATE : Decision.STAY;
  }
}
