package org.celltrial.analysis.study;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One subject's serum IgG after infusion and the IVIG doses given, as the file {@code
 * igg/<id>.json} of a study package holds them: the input of the severe-hypogammaglobulinemia rule
 * ({@link org.celltrial.clinical.grading.igg.Hypogammaglobulinemia}, G-SAF-1).
 *
 * @param samples the IgG samples, in any order
 * @param ivig the times of IVIG doses
 */
public record IggSeries(List<Sample> samples, List<LocalDateTime> ivig) {
  /**
   * One IgG sample.
   *
   * @param time when drawn
   * @param value the IgG
   * @param unit {@code mg/dL} or {@code g/L}
   */
  public record Sample(LocalDateTime time, double value, String unit) {}

  /** Copies the lists; {@code null} is empty. */
  public IggSeries {
    samples = samples == null ? List.of() : List.copyOf(samples);
    ivig = ivig == null ? List.of() : List.copyOf(ivig);
  }
}
