package org.celltrial.analysis.simulation;

import org.celltrial.analysis.study.SafetyLabs;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.subject.Subject;

/**
 * One synthetic subject in celltrial's own input records.
 *
 * @param subject the subject record ({@code check eligibility}, {@code check journey})
 * @param crs CRS observations ({@code grade crs}), {@code null} when not infused
 * @param icans ICANS observations ({@code grade icans}), {@code null} when not infused
 * @param counts blood counts ({@code grade icaht}), {@code null} when not infused
 * @param outcome what the generator decided
 * @param labs serum IgG with IVIG doses ({@code igg/<id>.json}) and tumor-lysis laboratory values
 *     ({@code tls/<id>.json}), {@code null} when not infused
 */
public record SimulatedSubject(
    Subject subject,
    CrsInput crs,
    IcansInput icans,
    CountsInput counts,
    Outcome outcome,
    SafetyLabs labs) {
  /** Without laboratory safety data. */
  public SimulatedSubject(
      Subject subject, CrsInput crs, IcansInput icans, CountsInput counts, Outcome outcome) {
    this(subject, crs, icans, counts, outcome, null);
  }
}
