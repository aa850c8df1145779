package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.infection.GradedInfection;
import org.celltrial.clinical.safety.infection.InfectionGrader;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.safety.infection.Period;
import org.celltrial.common.i18n.Message;

/**
 * Infections after infusion in the infused set (G-SAF-1, G-SAF-3): per organism class and for any
 * organism, the subjects with an infection of any grade and of grade ≥ 3 (n, % of the infused), the
 * number of infections, and how many began early (day 0–30) or late, graded by {@link
 * InfectionGrader} (CTCAE 5.0 pattern). Infections before the infusion are not counted. "Not
 * collected" when no infused subject has a subject file.
 */
final class Infections {
  private Infections() {}

  static ReportTable table(AnalysisInput input) {
    List<AnalysisSubject> infused =
        Sets.MITT.of(input.subjects()).stream().filter(s -> s.source() != null).toList();
    List<Message> header =
        List.of(
            AnalysisMessages.of("inf.col.organism"),
            AnalysisMessages.of("inf.col.any"),
            AnalysisMessages.of("inf.col.grade3"),
            AnalysisMessages.of("inf.col.episodes"),
            AnalysisMessages.of("inf.col.early"),
            AnalysisMessages.of("inf.col.late"));
    List<List<Message>> rows = new ArrayList<>();
    if (infused.isEmpty()) {
      rows.add(DoseHistory.notCollected(header.size()));
    } else {
      List<List<GradedInfection>> graded = new ArrayList<>();
      for (AnalysisSubject s : infused) {
        graded.add(
            InfectionGrader.grade(
                    s.source().infections(),
                    s.first(JourneyEvent.Infusion.class),
                    InfectionGrader.EARLY_LAST_DAY)
                .stream()
                .filter(g -> g.period() != Period.BEFORE_INFUSION)
                .toList());
      }
      for (Organism o : Organism.values()) {
        rows.add(row(AnalysisMessages.of("inf.organism." + o.name()), graded, o, infused.size()));
      }
      rows.add(row(AnalysisMessages.of("inf.organism.any"), graded, null, infused.size()));
    }
    return new ReportTable(
        "infections",
        AnalysisMessages.of("inf.title", infused.size()),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-3",
        header,
        rows,
        List.of(AnalysisMessages.of("inf.note", InfectionGrader.EARLY_LAST_DAY)));
  }

  private static List<Message> row(
      Message label, List<List<GradedInfection>> graded, Organism o, int n) {
    int any = 0;
    int severe = 0;
    int episodes = 0;
    int early = 0;
    for (List<GradedInfection> subject : graded) {
      List<GradedInfection> mine =
          subject.stream().filter(g -> o == null || g.infection().organism() == o).toList();
      any += mine.isEmpty() ? 0 : 1;
      severe += mine.stream().anyMatch(g -> g.grade() >= 3) ? 1 : 0;
      episodes += mine.size();
      early += (int) mine.stream().filter(g -> g.period() == Period.EARLY).count();
    }
    return List.of(
        label,
        Fmt.countPercent(any, n),
        Fmt.countPercent(severe, n),
        AnalysisMessages.raw(episodes),
        AnalysisMessages.raw(early),
        AnalysisMessages.raw(episodes - early));
  }
}
