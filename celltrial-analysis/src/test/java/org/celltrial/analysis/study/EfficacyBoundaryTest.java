package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cut points of the efficacy tables, just below, at and just above each. */
class EfficacyBoundaryTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  @ParameterizedTest
  @CsvSource({"64, < 65 years", "65, >= 65 years", "66, >= 65 years"})
  void ageGroupCutsAt65(int age, String group) {
    Profile p = new Profile(age, null, null, null, null, null, null, null, null);
    assertThat(p.ageGroup().render(Lang.EN)).isEqualTo(group);
  }

  @ParameterizedTest
  @CsvSource({"0, <= 2", "2, <= 2", "3, 3", "4, >= 4", "5, >= 4"})
  void priorLinesGroups(int lines, String group) {
    Profile p = new Profile(null, null, lines, null, null, null, null, null, null);
    assertThat(p.linesGroup().render(Lang.EN)).isEqualTo(group);
  }

  @ParameterizedTest
  @CsvSource({
    // B-ALL, 10^-4: detected just below, at and above the threshold; undetected by sensitivity
    "B_ALL, FLOW, true, 0.000099, 0.00001, 1",
    "B_ALL, FLOW, true, 0.0001, 0.00001, -1",
    "B_ALL, NGS, true, 0.00011, 0.00001, -1",
    "B_ALL, FLOW, false, , 0.0001, 1",
    "B_ALL, FLOW, false, , 0.00011, 0",
    "B_ALL, PCR, false, , 0.00001, 0",
    // MM, 10^-5, NGS in CR: sensitivity just better, at and worse than the threshold
    "MM, NGS, false, , 0.0000099, 1",
    "MM, NGS, false, , 0.00001, 1",
    "MM, NGS, false, , 0.000011, 0",
    "MM, NGS, true, 0.000001, 0.000001, -1",
    "MM, FLOW, false, , 0.000001, 0"
  })
  void mrdReadAtTheThreshold(
      Indication indication,
      String method,
      boolean detected,
      Double level,
      double sensitivity,
      int expected) {
    MrdSample m = new MrdSample(DAY, method, detected, level, sensitivity);
    List<TimePoint> cr = List.of(new TimePoint(DAY.minusDays(1), Category.CR));
    assertThat(Mrd.read(m, Mrd.rule(indication), indication, cr)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"VGPR, 0", "CR, 1", "SCR, 1"})
  void myelomaMrdNegativityNeedsCompleteResponse(Category at, int expected) {
    MrdSample m = new MrdSample(DAY, "NGS", false, null, 1e-5);
    List<TimePoint> points =
        List.of(new TimePoint(DAY.minusDays(30), Category.SCR), new TimePoint(DAY, at));
    assertThat(Mrd.read(m, Mrd.rule(Indication.MM), Indication.MM, points)).isEqualTo(expected);
  }
}
