package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.Subject;

/**
 * Generates a synthetic CAR-T trial in celltrial's own records. Pure and seeded: one {@link
 * SplittableRandom} from the seed, split once per subject in screening order, so the same seed
 * gives the same trial on any machine. Every rate comes from {@link Calibration}
 * (docs/simulation.md).
 */
public final class StudySimulator {
  /** Version of the generator's model, written into the manifest. */
  public static final int GENERATOR_VERSION = 1;

  /** Largest number of subjects. */
  public static final int MAX_N = 100_000;

  private static final LocalDate FIRST_SCREENING = LocalDate.of(2024, 1, 8);

  private StudySimulator() {}

  /** A trial of {@code n} screened subjects at one dose, with its safety data. */
  public static SimulatedStudy simulate(SimIndication indication, int n, long seed) {
    return simulate(indication, n, seed, List.of());
  }

  /**
   * A trial of {@code n} screened subjects with its safety data ({@link SafetySimulator}); with two
   * or more dose levels, lowest first, a dose-finding trial ({@link DoseEscalation}).
   */
  public static SimulatedStudy simulate(
      SimIndication indication, int n, long seed, List<String> doseLevels) {
    if (n < 1 || n > MAX_N) {
      throw SimulationMessages.error("n.range", n, MAX_N);
    }
    Calibration cal = Calibration.of(indication);
    Study study = Studies.of(indication);
    Draw root = new Draw(new SplittableRandom(seed));
    List<SimulatedSubject> subjects = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate screening = FIRST_SCREENING.plusDays(2L * i);
      subjects.add(subject(indication, cal, study, root.split(), i + 1, screening));
    }
    return SafetySimulator.add(
        new SimulatedStudy(GENERATOR_VERSION, seed, indication, study, subjects), doseLevels);
  }

  private static SimulatedSubject subject(
      SimIndication indication,
      Calibration cal,
      Study study,
      Draw draw,
      int number,
      LocalDate screening) {
    String id = String.format(java.util.Locale.ROOT, "%s-%04d", prefix(indication), number);
    int age = age(indication, cal, draw);
    LocalDate birth = screening.minusYears(age).minusDays(draw.between(1, 364));
    Sex sex = draw.chance(cal.maleShare()) ? Sex.MALE : Sex.FEMALE;
    boolean eligible = !draw.chance(cal.screenFailure());
    Background bg = Histories.of(indication, draw, screening, eligible, age);
    Journeys.Start start =
        eligible
            ? Journeys.plan(indication, cal, study.protocol(), draw, screening)
            : new Journeys.Start(
                List.of(new JourneyEvent.Screening(screening)), null, false, false, false);
    List<JourneyEvent> journey = new ArrayList<>(start.events());
    CrsInput crs = null;
    IcansInput icans = null;
    CountsInput counts = null;
    int crsGrade = 0;
    int icansGrade = 0;
    boolean toci = false;
    boolean prolonged = false;
    FollowUp.Result after = null;
    if (start.infusion() != null) {
      LocalDateTime infusion = start.infusion().atTime(draw.between(9, 14), 0);
      int ageAtInfusion = Period.between(birth, start.infusion()).getYears();
      crsGrade = draw.index(cal.crsGrade());
      icansGrade = draw.index(cal.icansGrade());
      CrsCourses.Course c = CrsCourses.of(cal, draw, infusion, crsGrade);
      IcansCourses.Course ic =
          IcansCourses.of(cal, draw, infusion, ageAtInfusion, icansGrade, c.onsetSlot(), c.death());
      icansGrade = ic.maxGrade();
      LocalDateTime toxDeath = c.death() != null ? c.death() : ic.death();
      String toxCause = c.death() != null ? "CRS" : "ICANS";
      after = FollowUp.of(indication, cal, draw, start.infusion(), toxDeath, toxCause);
      journey.addAll(after.events());
      prolonged = draw.chance(cal.prolongedNeutropenia());
      counts =
          CountCourses.of(cal, draw, infusion, prolonged, c.fevers(), after.end().atTime(23, 59));
      crs = c.input();
      icans = ic.input();
      toci = c.tocilizumab();
    }
    Subject subject =
        new Subject(
            id,
            birth,
            null,
            sex,
            indication.indication(),
            bg.subtype(),
            bg.diagnosisDate(),
            bg.cytogenetics(),
            bg.transplantEligible(),
            bg.history(),
            journey,
            null,
            null,
            null,
            null,
            null);
    Outcome outcome =
        new Outcome(
            eligible,
            start.manufacturingFailure(),
            start.infusion() != null,
            crsGrade,
            icansGrade,
            toci,
            start.shortWashout(),
            start.sameTarget(),
            prolonged,
            after != null && after.responder(),
            journey.stream().anyMatch(e -> e instanceof JourneyEvent.Death),
            journey.stream().anyMatch(e -> e instanceof JourneyEvent.Hsct));
    return new SimulatedSubject(subject, crs, icans, counts, outcome);
  }

  private static String prefix(SimIndication indication) {
    return switch (indication) {
      case B_ALL -> "ALL";
      case LBCL -> "LBCL";
      case MM -> "MM";
    };
  }

  /**
   * Age at screening: B-ALL a pediatric share aged 3-17 and adults around 40 (ZUMA-3 median 40);
   * LBCL around 58 (ZUMA-1 median 58); MM around 61 (CARTITUDE-1 median 61).
   */
  private static int age(SimIndication indication, Calibration cal, Draw draw) {
    return switch (indication) {
      case B_ALL ->
          draw.chance(cal.pediatricShare()) ? draw.between(3, 17) : draw.normalInt(40, 14, 18, 75);
      case LBCL -> draw.normalInt(58, 11, 20, 80);
      case MM -> draw.normalInt(61, 9, 35, 80);
    };
  }
}
