package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.Message;

/**
 * Safety in the infused set: CRS and ICANS by maximum ASTCT 2019 grade with onset, duration and
 * treatment (G-SAF-1, G-SAF-3), early ICAHT grades (cytopenias, G-SAF-1), and deaths by cause among
 * enrolled subjects (G-EP-9: non-relapse mortality), for the safety review group (G-SAF-5).
 */
final class Safety {
  private Safety() {}

  static ReportTable syndrome(
      List<AnalysisSubject> all, String id, Function<AnalysisSubject, ToxicitySummary> get) {
    List<AnalysisSubject> mitt = Sets.MITT.of(all);
    List<ToxicitySummary> graded = mitt.stream().map(get).filter(t -> t != null).toList();
    int n = graded.size();
    List<List<Message>> rows = new ArrayList<>();
    for (int g = 0; g <= 5; g++) {
      int grade = g;
      rows.add(
          List.of(
              AnalysisMessages.of("safety.grade", g),
              Fmt.countPercent(graded.stream().filter(t -> t.maxGrade() == grade).count(), n)));
    }
    rows.add(
        List.of(
            AnalysisMessages.of("safety.any"),
            Fmt.countPercent(graded.stream().filter(t -> t.maxGrade() >= 1).count(), n)));
    rows.add(
        List.of(
            AnalysisMessages.of("safety.grade3"),
            Fmt.countPercent(graded.stream().filter(t -> t.maxGrade() >= 3).count(), n)));
    long[] onset =
        graded.stream().filter(t -> t.onsetDay() >= 0).mapToLong(t -> t.onsetDay()).toArray();
    long[] duration =
        graded.stream()
            .filter(t -> t.durationDays() >= 0)
            .mapToLong(t -> t.durationDays())
            .toArray();
    rows.add(List.of(AnalysisMessages.of("safety.onset"), medianRange(onset)));
    rows.add(List.of(AnalysisMessages.of("safety.duration"), medianRange(duration)));
    rows.add(
        List.of(
            AnalysisMessages.of("safety.tocilizumab"),
            Fmt.countPercent(graded.stream().filter(ToxicitySummary::tocilizumab).count(), n)));
    rows.add(
        List.of(
            AnalysisMessages.of("safety.steroids"),
            Fmt.countPercent(graded.stream().filter(ToxicitySummary::corticosteroids).count(), n)));
    return new ReportTable(
        id,
        AnalysisMessages.of("safety." + id + ".title", n),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-3, G-SAF-5",
        List.of(AnalysisMessages.of("col.item"), AnalysisMessages.of("col.nPercent")),
        rows,
        List.of(AnalysisMessages.of("safety.note")));
  }

  static ReportTable icaht(List<AnalysisSubject> all) {
    List<AnalysisSubject> graded =
        Sets.MITT.of(all).stream().filter(s -> s.icahtGrade() >= 0).toList();
    int n = graded.size();
    List<List<Message>> rows = new ArrayList<>();
    for (int g = 0; g <= 4; g++) {
      int grade = g;
      rows.add(
          List.of(
              AnalysisMessages.of("safety.grade", g),
              Fmt.countPercent(graded.stream().filter(s -> s.icahtGrade() == grade).count(), n)));
    }
    rows.add(
        List.of(
            AnalysisMessages.of("safety.grade3"),
            Fmt.countPercent(graded.stream().filter(s -> s.icahtGrade() >= 3).count(), n)));
    return new ReportTable(
        "icaht",
        AnalysisMessages.of("safety.icaht.title", n),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-3",
        List.of(AnalysisMessages.of("col.item"), AnalysisMessages.of("col.nPercent")),
        rows,
        List.of());
  }

  static ReportTable deaths(List<AnalysisSubject> all) {
    List<AnalysisSubject> itt = Sets.ITT.of(all);
    Map<String, Integer> causes = new TreeMap<>();
    int died = 0;
    for (AnalysisSubject s : itt) {
      for (JourneyEvent e : s.journey()) {
        if (e instanceof JourneyEvent.Death d) {
          causes.merge(d.cause() == null ? "-" : d.cause(), 1, Integer::sum);
          died++;
          break;
        }
      }
    }
    List<List<Message>> rows = new ArrayList<>();
    rows.add(List.of(AnalysisMessages.of("deaths.total"), Fmt.countPercent(died, itt.size())));
    causes.forEach(
        (c, k) -> rows.add(List.of(AnalysisMessages.raw(c), Fmt.countPercent(k, itt.size()))));
    return new ReportTable(
        "deaths",
        AnalysisMessages.of("deaths.title"),
        Sets.ITT.label(),
        "G-EP-1, G-EP-9, G-SAF-5",
        List.of(AnalysisMessages.of("col.cause"), AnalysisMessages.of("col.nPercent")),
        rows,
        List.of(AnalysisMessages.of("deaths.note")));
  }

  /** {@code median (min–max)}; the median of an even count is the mean of the middle two. */
  static Message medianRange(long[] v) {
    if (v.length == 0) {
      return AnalysisMessages.raw("-");
    }
    long[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    double median = s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    return AnalysisMessages.raw(
        Fmt.number(median, median == Math.rint(median) ? 0 : 1)
            + " ("
            + s[0]
            + "–"
            + s[s.length - 1]
            + ")");
  }
}
