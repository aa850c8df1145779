package org.celltrial.analysis.simulation.kinetics;

import java.util.List;

/**
 * One subject's transgene samples, as {@code kinetics/<id>.csv} holds them.
 *
 * @param id subject identifier
 * @param samples the samples taken, by day
 */
public record KineticsRecord(String id, List<Sample> samples) {
  /** Copies the list. */
  public KineticsRecord {
    samples = List.copyOf(samples);
  }

  /**
   * One sample.
   *
   * @param day day after infusion (0 = before infusion)
   * @param copies transgene copies/µg genomic DNA, or {@code null} when below the limit of
   *     quantification
   */
  public record Sample(int day, Long copies) {}

  /**
   * The file's text: header {@code subject,day,copies}, one row per sample, {@code BLQ} below the
   * LLOQ.
   */
  public String csv() {
    StringBuilder out = new StringBuilder("subject,day,copies\n");
    for (Sample s : samples) {
      out.append(id)
          .append(',')
          .append(s.day())
          .append(',')
          .append(s.copies() == null ? "BLQ" : s.copies().toString())
          .append('\n');
    }
    return out.toString();
  }
}
