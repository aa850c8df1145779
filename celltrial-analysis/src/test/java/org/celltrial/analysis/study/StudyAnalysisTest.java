package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.api.Test;

/**
 * Four infused B-ALL subjects whose EFS and competing-risk cells are checked against R
 * (study-analysis-reference.R, output in study-analysis-reference.txt): A relapses on day 182, B
 * has no remission (NR, assessed day 28: an EFS event), C dies without relapse on day 100, D is
 * censored on day 365. R: EFS at 6 months 25.0 (4.6–100.0); median 4.632444 months, lower 0.9199,
 * upper NA; cumulative incidence at 6 months of relapse/failure 50.0 (1.3–89.6), of NRM 25.0
 * (0.5–69.4).
 */
class StudyAnalysisTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

  @Test
  void efsCountsNoRemissionAsAnEventAndMatchesR() {
    StudyAnalysis a = StudyAnalysis.of(input());
    List<String> efs = row(a, "time-to-event", "Event-free survival (EFS)");
    assertThat(efs)
        .containsExactly(
            "Event-free survival (EFS)", "All", "4", "3", "4.6 (0.9–NE)", "25.0 (4.6–100.0)", "NE");
    assertThat(row(a, "cumulative-incidence", "Relapse or progression"))
        .containsExactly("Relapse or progression", "All", "2", "50.0 (1.3–89.6)", "NE");
    assertThat(row(a, "cumulative-incidence", "Non-relapse mortality (NRM)"))
        .containsExactly("Non-relapse mortality (NRM)", "All", "1", "25.0 (0.2–73.2)", "NE");
  }

  @Test
  void responderCountsAndDeathsFollowTheRecords() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(a.enrolled()).isEqualTo(4);
    assertThat(a.infused()).isEqualTo(4);
    assertThat(a.mittResponders()).isEqualTo(3);
    assertThat(row(a, "deaths", "infection")).containsExactly("infection", "1 (25.0)");
  }

  private static List<String> row(StudyAnalysis a, String table, String first) {
    ReportTable t = a.tables().stream().filter(x -> x.id().equals(table)).findFirst().orElseThrow();
    for (List<Message> r : t.rows()) {
      List<String> cells = r.stream().map(m -> m.render(Lang.EN)).toList();
      if (cells.get(0).equals(first)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + first + " in " + table);
  }

  private static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(subject("A", Category.CR, 182, null));
    s.add(subject("B", Category.NR, null, null));
    s.add(subject("C", Category.CR, null, 100));
    s.add(subject("D", Category.CRI, null, null));
    return new AnalysisInput("T", "test", Indication.B_ALL, DAY0.plusDays(365), s, null);
  }

  private static AnalysisSubject subject(String id, Category best, Integer relapse, Integer death) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "infection"));
    }
    boolean resp = best == Category.CR || best == Category.CRI;
    BorResult bor = new BorResult(best, DAY0.plusDays(28), resp, resp, resp, List.of());
    return new AnalysisSubject(
        id,
        j,
        death == null ? DAY0.plusDays(365) : null,
        bor,
        relapse == null ? null : DAY0.plusDays(relapse),
        null,
        null,
        -1,
        null,
        null,
        null);
  }
}
