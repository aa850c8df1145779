package org.celltrial.analysis.study;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.exposure.SafetyExposure;

/**
 * Exposure adequacy of the safety database (G-DES-5): subjects infused and person-years from
 * infusion to death, loss to follow-up, the last known contact or the data cut-off, overall and by
 * dose level; and for true adverse-event rates of 0.5, 1, 2 and 5 % per subject the probability
 * that the infused subjects showed at least one such event, 1 − (1 − p)^n ({@link
 * SafetyExposure#probabilityOfAtLeast}).
 */
final class ExposureAdequacy {
  static final double[] RATES = {0.005, 0.01, 0.02, 0.05};

  private ExposureAdequacy() {}

  static ReportTable table(AnalysisInput input) {
    List<AnalysisSubject> infused = Sets.MITT.of(input.subjects());
    List<String> levels = input.study() == null ? List.of() : input.study().doseLevels();
    List<List<Message>> rows = new ArrayList<>();
    rows.add(exposure(AnalysisMessages.of("exp.overall"), infused, input));
    if (levels.size() >= 2) {
      for (String level : levels) {
        rows.add(
            exposure(
                AnalysisMessages.of("exp.level", level),
                infused.stream().filter(s -> level.equals(s.doseLevel())).toList(),
                input));
      }
    }
    for (double p : RATES) {
      rows.add(
          List.of(
              AnalysisMessages.of("exp.probability", Fmt.number(100 * p, 1), infused.size()),
              AnalysisMessages.raw("-"),
              AnalysisMessages.raw(
                  infused.isEmpty()
                      ? "-"
                      : Fmt.percent(SafetyExposure.probabilityOfAtLeast(1, infused.size(), p)))));
    }
    return new ReportTable(
        "exposure",
        AnalysisMessages.of("exp.title"),
        Sets.MITT.label(),
        SafetyExposure.RULE,
        List.of(
            AnalysisMessages.of("col.item"),
            AnalysisMessages.of("exp.col.subjects"),
            AnalysisMessages.of("exp.col.value")),
        rows,
        List.of(AnalysisMessages.of("exp.note")));
  }

  private static List<Message> exposure(
      Message label, List<AnalysisSubject> group, AnalysisInput input) {
    double years = 0;
    for (AnalysisSubject s : group) {
      years +=
          ChronoUnit.DAYS.between(
                  s.first(JourneyEvent.Infusion.class),
                  SecondaryMalignancy.endOfFollowUp(s, input.cutoff()))
              / SecondaryMalignancy.DAYS_PER_YEAR;
    }
    return List.of(
        label, AnalysisMessages.raw(group.size()), AnalysisMessages.raw(Fmt.number(years, 2)));
  }
}
