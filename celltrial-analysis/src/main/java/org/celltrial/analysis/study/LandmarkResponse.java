package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Landmark;
import org.celltrial.clinical.response.bor.LandmarkResult;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * Response at a landmark after infusion (G-EP-6): the investigator's assessment nearest to the
 * protocol's {@code landmarkDay} within ±{@value #WINDOW_DAYS} days ({@link Landmark#at}, the
 * earlier on a tie). Progression or relapse, death or new anticancer therapy on or before that
 * assessment (or the day, when none) make a subject a non-responder; no assessment in the window is
 * not evaluable and not a responder. HSCT in remission is not a failure. Without a protocol day the
 * default is day 28 for B-ALL (ELIANA and ZUMA-3 read remission at day 28) and day 90 (month 3, the
 * earliest G-EP-6 names) for LBCL and MM.
 */
final class LandmarkResponse {
  /** Half-width of the window around the landmark, in days. */
  static final int WINDOW_DAYS = 14;

  private LandmarkResponse() {}

  /** The landmark day: the protocol's, else the default of the indication. */
  static int day(AnalysisInput input) {
    Integer p = input.study() == null ? null : input.study().protocol().landmarkDay();
    if (p != null) {
      return p;
    }
    return input.indication() == Indication.B_ALL ? 28 : 90;
  }

  /** The subject's status at the landmark. */
  static LandmarkResult of(AnalysisSubject s, int day, Category minimum) {
    List<TimePoint> points = s.response() == null ? List.of() : s.response().investigator();
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    return Landmark.at(
        points,
        infusion,
        day,
        WINDOW_DAYS,
        minimum,
        s.progression(),
        s.first(JourneyEvent.Death.class),
        s.first(JourneyEvent.NewTherapy.class));
  }

  static ReportTable table(List<AnalysisSubject> mitt, AnalysisInput input, Message endpoint) {
    int day = day(input);
    boolean fromProtocol = input.study() != null && input.study().protocol().landmarkDay() != null;
    Category minimum = input.indication() == Indication.B_ALL ? Category.CRI : Category.PR;
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(mitt)) {
      int n = st.members().size();
      if (n == 0) {
        continue;
      }
      int responding = 0;
      int failed = 0;
      int missing = 0;
      for (AnalysisSubject s : st.members()) {
        LandmarkResult r = of(s, day, minimum);
        responding += r.responder() ? 1 : 0;
        failed += r.status() == Category.PD ? 1 : 0;
        missing += r.status() == Category.NE ? 1 : 0;
      }
      ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(responding, n, Efficacy.LEVEL);
      rows.add(
          List.of(
              st.label(),
              AnalysisMessages.raw(n),
              Fmt.countPercent(responding, n),
              AnalysisMessages.raw(Fmt.interval(ci.lower(), ci.upper())),
              Fmt.countPercent(failed, n),
              Fmt.countPercent(missing, n)));
    }
    return new ReportTable(
        "landmark",
        AnalysisMessages.of("landmark.title", endpoint, day, WINDOW_DAYS),
        Sets.MITT.label(),
        "G-EP-6, G-BR-3",
        List.of(
            AnalysisMessages.of("col.stratum"),
            AnalysisMessages.of("col.n"),
            AnalysisMessages.of("col.responders"),
            AnalysisMessages.of("col.ci95"),
            AnalysisMessages.of("landmark.failed"),
            AnalysisMessages.of("landmark.missing")),
        rows,
        List.of(
            AnalysisMessages.of("landmark.note", minimum.label(), WINDOW_DAYS),
            AnalysisMessages.of(
                fromProtocol ? "landmark.dayProtocol" : "landmark.dayDefault", day)));
  }
}
