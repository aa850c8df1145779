package org.celltrial.design.controls;

import java.util.List;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * One published result in the historical-control library: a best-available-therapy control or a
 * CAR-T pivotal trial, per indication and line.
 *
 * @param id stable identifier, e.g. {@code zuma-1}
 * @param study the trial name
 * @param role best available therapy or CAR-T
 * @param primary whether this is the study's headline result used for target proposals
 * @param therapy the treatment
 * @param approvals regulatory approvals, e.g. {@code NMPA 2021}; empty for non-CAR-T controls
 * @param indication the indication
 * @param line the line of therapy, e.g. {@code 3L+}
 * @param population who was treated, in both languages
 * @param endpoint the endpoint as published, e.g. {@code ORR (Lugano)}
 * @param assessor who assessed response
 * @param n the denominator
 * @param responders the numerator
 * @param respondersDerived whether the numerator was computed from a published percentage
 * @param rate the rate as published
 * @param publishedLower the published lower 95% limit, or null
 * @param publishedUpper the published upper 95% limit, or null
 * @param publishedCiExact whether the published interval is an exact binomial one, so that ours
 *     must reproduce it
 * @param note a caveat in both languages, or null
 * @param citation where the numbers come from
 */
public record HistoricalControl(
    String id,
    String study,
    ControlRole role,
    boolean primary,
    String therapy,
    List<String> approvals,
    Indication indication,
    String line,
    Bilingual population,
    String endpoint,
    String assessor,
    int n,
    int responders,
    boolean respondersDerived,
    double rate,
    Double publishedLower,
    Double publishedUpper,
    boolean publishedCiExact,
    Bilingual note,
    String citation) {

  /** Copies the approvals. */
  public HistoricalControl {
    approvals = List.copyOf(approvals);
  }

  /** Whether this is an approved CAR-T product's result (G-DES-3). */
  public boolean approvedCarT() {
    return role == ControlRole.CAR_T && !approvals.isEmpty();
  }

  /** The exact two-sided 95% Clopper–Pearson interval of responders/n, computed, not typed in. */
  public ProportionInterval exactInterval() {
    return BinomialInterval.CLOPPER_PEARSON.of(responders, n, 0.95);
  }
}
