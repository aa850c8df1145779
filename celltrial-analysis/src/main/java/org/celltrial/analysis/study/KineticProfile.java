package org.celltrial.analysis.study;

import java.util.Arrays;

/**
 * One subject's CAR transgene levels after infusion (cellular kinetics, G-PH-1), as read from
 * {@code kinetics/<id>.csv} (docs/data-format.md).
 *
 * @param subject the subject identifier
 * @param day sample days after infusion (day 0 = the pre-infusion sample), distinct
 * @param copies transgene copies per µg genomic DNA by qPCR; 0 = below the limit of quantification
 */
public record KineticProfile(String subject, double[] day, double[] copies) {
  /** Copies the arrays. */
  public KineticProfile {
    day = day.clone();
    copies = copies.clone();
  }

  @Override
  public double[] day() {
    return day.clone();
  }

  @Override
  public double[] copies() {
    return copies.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KineticProfile k
        && subject.equals(k.subject)
        && Arrays.equals(day, k.day)
        && Arrays.equals(copies, k.copies);
  }

  @Override
  public int hashCode() {
    return subject.hashCode() * 31 + Arrays.hashCode(day);
  }

  @Override
  public String toString() {
    return "KineticProfile[" + subject + ", " + day.length + " samples]";
  }
}
