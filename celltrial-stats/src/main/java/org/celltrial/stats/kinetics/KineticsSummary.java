package org.celltrial.stats.kinetics;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary of a group of subjects (a dose level, say): geometric mean and CV% of Cmax, AUC0–end and
 * AUClast; median and range of Tmax and Tlast; counts by persistence at each day.
 *
 * @param subjects subjects in the group
 * @param cmax Cmax of the subjects with Cmax &gt; 0
 * @param aucEnd AUC0–end of the subjects where it is defined and &gt; 0
 * @param aucLast AUClast of the subjects with AUClast &gt; 0
 * @param tmax Tmax of the subjects with a quantifiable value
 * @param tlast Tlast of the subjects with a quantifiable value
 * @param persistence for each persistence day, the number of subjects in each {@link Persistence}
 *     state, in the enum's order
 */
public record KineticsSummary(
    int subjects,
    GeometricSummary cmax,
    GeometricSummary aucEnd,
    GeometricSummary aucLast,
    RangeSummary tmax,
    RangeSummary tlast,
    List<int[]> persistence) {

  /** Summarises the subjects' results, all analysed with the same settings. */
  public static KineticsSummary of(List<SubjectNca> group) {
    int n = group.size();
    Double[] cmax = new Double[n];
    Double[] aucEnd = new Double[n];
    Double[] aucLast = new Double[n];
    Double[] tmax = new Double[n];
    Double[] tlast = new Double[n];
    int days = n == 0 ? 0 : group.get(0).persistence().size();
    List<int[]> persistence = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      persistence.add(new int[Persistence.values().length]);
    }
    for (int i = 0; i < n; i++) {
      SubjectNca s = group.get(i);
      cmax[i] = s.cmax();
      aucEnd[i] = s.aucEnd();
      aucLast[i] = s.aucLast();
      tmax[i] = s.tmax();
      tlast[i] = s.tlast();
      for (int d = 0; d < days; d++) {
        persistence.get(d)[s.persistence().get(d).ordinal()]++;
      }
    }
    return new KineticsSummary(
        n,
        GeometricSummary.of(cmax),
        GeometricSummary.of(aucEnd),
        GeometricSummary.of(aucLast),
        RangeSummary.of(tmax),
        RangeSummary.of(tlast),
        List.copyOf(persistence));
  }
}
