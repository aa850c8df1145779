package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;

/** The whole set and its bridging strata (G-BR-3): all, bridged, not bridged. */
record Strata(Message label, List<AnalysisSubject> members) {
  private static final LastResult<List<AnalysisSubject>, List<Strata>> LAST =
      new LastResult<>(Strata::split);

  /** The strata of a set (the same list again for the same {@code set}). */
  static List<Strata> of(List<AnalysisSubject> set) {
    return LAST.apply(set);
  }

  private static List<Strata> split(List<AnalysisSubject> set) {
    List<Strata> out = new ArrayList<>();
    out.add(new Strata(AnalysisMessages.of("stratum.all"), set));
    out.add(
        new Strata(
            AnalysisMessages.of("stratum.bridged"), set.stream().filter(Sets::bridged).toList()));
    out.add(
        new Strata(
            AnalysisMessages.of("stratum.notBridged"),
            set.stream().filter(s -> !Sets.bridged(s)).toList()));
    return List.copyOf(out);
  }
}
