package org.celltrial.stats.cox;

/** How the partial likelihood treats tied event times, as R's {@code coxph(ties = …)}. */
public enum Ties {
  /**
   * Efron (1977): with d events tied at t, the k-th of d terms uses the risk set's sum less {@code
   * k/d} of the tied events' sum, k = 0…d−1. R's default. Efron B. The efficiency of Cox's
   * likelihood function for censored data. JASA 1977;72:557-565. doi:10.1080/01621459.1977.10480613
   */
  EFRON("efron"),
  /**
   * Breslow (1974): every tied event sees the whole risk set. Breslow N. Covariance analysis of
   * censored survival data. Biometrics 1974;30:89-99. doi:10.2307/2529620
   */
  BRESLOW("breslow");

  private final String label;

  Ties(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON, as in R. */
  public String label() {
    return label;
  }
}
