package org.celltrial.clinical.grading.icaht;

/**
 * A run of days with ANC at or below a threshold, after joining short recoveries.
 *
 * @param first its first day
 * @param last its last day
 */
public record Run(int first, int last) {
  /** Its duration: last − first + 1 days. */
  public int days() {
    return last - first + 1;
  }
}
