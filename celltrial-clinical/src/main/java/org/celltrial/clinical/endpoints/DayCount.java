package org.celltrial.clinical.endpoints;

/** How a duration in days is counted from origin to date. */
public enum DayCount {
  /** {@code date - origin}: the origin is day 0. */
  DIFFERENCE,
  /** {@code date - origin + 1}: the origin is day 1 (admiral {@code add_one = TRUE}). */
  PLUS_ONE;

  /** The duration in days. */
  public long days(java.time.LocalDate origin, java.time.LocalDate date) {
    long d = java.time.temporal.ChronoUnit.DAYS.between(origin, date);
    return this == PLUS_ONE ? d + 1 : d;
  }
}
