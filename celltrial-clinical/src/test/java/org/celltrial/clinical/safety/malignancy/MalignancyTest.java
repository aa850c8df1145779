package org.celltrial.clinical.safety.malignancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.celltrial.clinical.safety.malignancy.LinkTest.NEGATIVE;
import static org.celltrial.clinical.safety.malignancy.LinkTest.NOT_TESTED;
import static org.celltrial.clinical.safety.malignancy.LinkTest.POSITIVE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Register flag, days from infusion, expected cases by hand, and the errors (G-SAF-6). */
class MalignancyTest {
  static final LocalDate INFUSION = LocalDate.of(2024, 3, 1);
  static final Map<String, LocalDate> INFUSIONS = Map.of("S1", INFUSION);

  @ParameterizedTest(name = "{0} {1}/{2}/{3} -> flag {4}")
  @CsvSource({
    "T_CELL, NEGATIVE, NEGATIVE, NEGATIVE, false",
    "T_CELL, POSITIVE, NEGATIVE, NEGATIVE, true",
    "T_CELL, NEGATIVE, POSITIVE, NEGATIVE, true",
    "T_CELL, NEGATIVE, NEGATIVE, PENDING, true",
    "T_CELL, NEGATIVE, NEGATIVE, NOT_TESTED, true",
    "T_CELL, , NEGATIVE, NEGATIVE, true",
    "OTHER_HEMATOLOGIC, POSITIVE, POSITIVE, POSITIVE, false",
    "SOLID, NOT_TESTED, NOT_TESTED, NOT_TESTED, false",
  })
  void tCellMalignancyIsFlaggedUnlessAllThreeTestsAreNegative(
      Lineage lineage, LinkTest car, LinkTest clone, LinkTest site, boolean flag) {
    Malignancy m = new Malignancy("S1", "x", lineage, INFUSION.plusDays(400), car, clone, site);
    MalignancyAssessment a = MalignancyRegister.assess(List.of(m), INFUSIONS).get(0);
    assertThat(a.productLinkFlag()).isEqualTo(flag);
    assertThat(a.daysFromInfusion()).isEqualTo(400);
    assertThat(a.malignancy().carTransgene()).isEqualTo(car == null ? NOT_TESTED : car);
  }

  @Test
  void diagnosisOnTheInfusionDayIsDayZeroAndTheDayBeforeIsAnError() {
    Malignancy same =
        new Malignancy("S1", "x", Lineage.SOLID, INFUSION, NEGATIVE, NEGATIVE, NEGATIVE);
    assertThat(MalignancyRegister.assess(List.of(same), INFUSIONS).get(0).daysFromInfusion())
        .isZero();
    Malignancy before =
        new Malignancy("S1", "x", Lineage.T_CELL, INFUSION.minusDays(1), POSITIVE, null, null);
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> MalignancyRegister.assess(List.of(before), INFUSIONS));
    assertThat(e.render(Lang.EN))
        .contains("malignancies[0]: diagnosed 2024-02-29, before the infusion on 2024-03-01")
        .contains("G-SAF-6");
    assertThat(e.render(Lang.ZH)).contains("诊断日期 2024-02-29 早于受试者 S1 的回输日期 2024-03-01");
  }

  @Test
  void unknownSubjectAndMissingFieldsAreNamed() {
    Malignancy other = new Malignancy("S9", "x", Lineage.SOLID, INFUSION, null, null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> MalignancyRegister.assess(List.of(other), INFUSIONS))
                .render(Lang.EN))
        .contains("subject S9 has no infusion date");
    Malignancy noType = new Malignancy("S1", "x", null, INFUSION, null, null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> MalignancyRegister.assess(List.of(noType), INFUSIONS))
                .render(Lang.ZH))
        .contains("malignancies[0].lineage 缺失");
  }

  @Test
  void expectedCasesSplitFollowUpAcrossAgeBands() {
    List<BackgroundRate> rates =
        List.of(
            new BackgroundRate(Sex.MALE, 0, 50, 10),
            new BackgroundRate(Sex.MALE, 50, 120, 40),
            new BackgroundRate(Sex.FEMALE, 0, 120, 20));
    // male 48.5 -> 51.5: 1.5 y at 10 + 1.5 y at 40 per 1e5 = 75e-5
    // female 60 -> 62: 2 y at 20 = 40e-5; male 30 with 0 years adds nothing
    double e =
        ExpectedCases.of(
            List.of(
                new PersonTime("A", Sex.MALE, 48.5, 3),
                new PersonTime("B", Sex.FEMALE, 60, 2),
                new PersonTime("C", Sex.MALE, 30, 0)),
            rates);
    org.celltrial.common.testing.Reference.assertClose("E", e, 115e-5);
  }

  @Test
  void backgroundTableErrorsNameTheBand() {
    List<BackgroundRate> gap = List.of(new BackgroundRate(Sex.MALE, 0, 50, 10));
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () -> ExpectedCases.of(List.of(new PersonTime("A", Sex.MALE, 48, 4)), gap));
    assertThat(e.render(Lang.EN)).contains("subject A (MALE) is followed from age 48 to 52");
    List<BackgroundRate> overlap =
        List.of(
            new BackgroundRate(Sex.FEMALE, 0, 50, 10), new BackgroundRate(Sex.FEMALE, 40, 90, 1));
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> ExpectedCases.of(List.of(), overlap))
                .render(Lang.ZH))
        .contains("FEMALE 的背景发生率年龄段重叠");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> new BackgroundRate(Sex.MALE, 10, 10, 1))
                .render(Lang.EN))
        .contains("from age 10 to 10");
  }

  @Test
  void badCountsPersonTimeAndLevelsAreClearErrors() {
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> IncidenceRate.of(3, -1, 0.95))
                .render(Lang.EN))
        .contains("person-time (--person-years) is -1");
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> IncidenceRate.of(3, 0, 0.95))
                .render(Lang.ZH))
        .contains("person-time (--person-years) 为 0");
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> IncidenceRate.of(-2, 10, 0.95))
                .render(Lang.EN))
        .contains("events (--events) is -2");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> StandardizedIncidenceRatio.of(1, 0.5, 95))
                .render(Lang.EN))
        .contains("(--level) is 95");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> StandardizedIncidenceRatio.of(1, Double.NaN, 0.95))
                .render(Lang.EN))
        .contains("expected cases (--expected) is NaN");
  }

  @Test
  void aMalignancyWithoutSubjectIsAnError() {
    Malignancy m = new Malignancy(null, "x", Lineage.SOLID, INFUSION, null, null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> MalignancyRegister.assess(List.of(m), INFUSIONS))
                .render(Lang.EN))
        .contains("malignancies[0].subject is missing");
  }
}
