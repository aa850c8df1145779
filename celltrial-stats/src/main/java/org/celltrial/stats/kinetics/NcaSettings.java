package org.celltrial.stats.kinetics;

import org.celltrial.stats.StatsMessages;

/**
 * How a profile is analysed.
 *
 * @param aucEnd end of the partial AUC, {@code AUC0–aucEnd} (e.g. 28 days), &gt; 0
 * @param lloq lower limit of quantification: a value is quantifiable when it is &gt; 0 and ≥ lloq
 *     (lloq 0: only 0 is below it)
 * @param blqAfterPeak what a BLQ value after Tmax becomes
 * @param persistDays days at which persistence is judged (e.g. 90, 180), each ≥ 0
 */
public record NcaSettings(
    double aucEnd, double lloq, BlqAfterPeak blqAfterPeak, double[] persistDays) {

  /**
   * Checks the settings.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad value
   */
  public NcaSettings {
    if (!(aucEnd > 0) || Double.isInfinite(aucEnd)) {
      throw StatsMessages.error("nca.aucEnd", aucEnd);
    }
    if (!(lloq >= 0) || Double.isInfinite(lloq)) {
      throw StatsMessages.error("nca.lloq", lloq);
    }
    persistDays = persistDays.clone();
    for (double d : persistDays) {
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw StatsMessages.error("nca.persistDay", d);
      }
    }
  }

  /** The persistence days (a copy). */
  @Override
  public double[] persistDays() {
    return persistDays.clone();
  }
}
