package org.celltrial.clinical.grading.icaht;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.BodyTemperature;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.GradeAndReasons;
import org.celltrial.clinical.grading.Rejected;
import org.celltrial.clinical.grading.Timeline;
import org.celltrial.clinical.grading.ctcae.CtcaeLabGrader;
import org.celltrial.clinical.grading.ctcae.FebrileNeutropenia;
import org.celltrial.clinical.grading.ctcae.LabGrade;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.ctcae.LabUnits;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Assesses a subject's counts and temperatures (G-SAF-1): CTCAE 5.0 grade of each count, febrile
 * neutropenia per day (that day's lowest ANC with that day's temperatures), early and late ICAHT
 * (EHA/EBMT 2023) on the daily lowest ANC, prolonged and late cytopenia. Impossible values are
 * rejected with a reason and the rest assessed.
 */
public final class HematotoxicityAssessment {
  private static final BigDecimal THOUSAND = new BigDecimal(1000);

  private HematotoxicityAssessment() {}

  /**
   * Assesses one subject.
   *
   * @throws CelltrialException only when the infusion time is missing
   */
  public static Hematotoxicity assess(CountsInput input, IcahtParameters p) {
    LocalDateTime infusion = Timeline.infusion(input.infusion());
    List<Rejected> rejected = new ArrayList<>();
    List<CountObservation> counts = input.counts() == null ? List.of() : input.counts();
    List<Hematotoxicity.CountGrade> graded = new ArrayList<>();
    NavigableMap<Integer, BigDecimal> ancPerMicrolitre = new TreeMap<>();
    for (int i : Timeline.order(infusion, counts, CountObservation::time, "counts", rejected)) {
      CountObservation c = counts.get(i);
      try {
        LabGrade g = grade(c);
        int day = day(infusion, c.time());
        graded.add(new Hematotoxicity.CountGrade(i, c.time(), day, g));
        if (g.test() == LabTest.ANC) {
          ancPerMicrolitre.merge(day, g.value().multiply(THOUSAND), BigDecimal::min);
        }
      } catch (CelltrialException e) {
        rejected.add(Timeline.reject("counts", i, c.time(), e.detail()));
      }
    }
    List<ProlongedCytopenia.Verdict> cytopenia = new ArrayList<>();
    for (LabTest t : List.of(LabTest.ANC, LabTest.PLT)) {
      List<ProlongedCytopenia.DayGrade> values = new ArrayList<>();
      for (Hematotoxicity.CountGrade g : graded) {
        if (g.grade().test() == t) {
          values.add(new ProlongedCytopenia.DayGrade(g.day(), g.grade()));
        }
      }
      cytopenia.add(ProlongedCytopenia.assess(t, values, p));
    }
    return new Hematotoxicity(
        graded,
        febrile(infusion, input.temperatures(), ancPerMicrolitre, rejected),
        EarlyIcaht.grade(ancPerMicrolitre, p),
        LateIcaht.grade(ancPerMicrolitre, p),
        cytopenia,
        rejected);
  }

  private static LabGrade grade(CountObservation c) {
    LabTest test = Choices.parse(LabTest.class, c.test(), "test");
    if (c.value() == null || !Double.isFinite(c.value())) {
      throw ClinicalMessages.error("lab.missing", test.name());
    }
    if (c.value() < 0) {
      throw ClinicalMessages.error(
          "lab.negative",
          test.name(),
          BigDecimal.valueOf(c.value()).stripTrailingZeros().toPlainString() + " " + c.unit());
    }
    BigDecimal value = LabUnits.toCanonical(test, BigDecimal.valueOf(c.value()), c.unit());
    BigDecimal lln =
        c.lln() == null ? null : LabUnits.toCanonical(test, BigDecimal.valueOf(c.lln()), c.unit());
    return CtcaeLabGrader.grade(test, value, lln);
  }

  private static int day(LocalDateTime infusion, LocalDateTime t) {
    return (int) ChronoUnit.DAYS.between(infusion.toLocalDate(), t.toLocalDate());
  }

  private static List<Hematotoxicity.FebrileDay> febrile(
      LocalDateTime infusion,
      List<TemperatureReading> temperatures,
      NavigableMap<Integer, BigDecimal> anc,
      List<Rejected> rejected) {
    List<TemperatureReading> list = temperatures == null ? List.of() : temperatures;
    Map<Integer, List<TemperatureReading>> byDay = new TreeMap<>();
    for (int i :
        Timeline.order(infusion, list, TemperatureReading::time, "temperatures", rejected)) {
      TemperatureReading r = list.get(i);
      try {
        BodyTemperature.check("celsius", r.celsius());
      } catch (CelltrialException e) {
        rejected.add(Timeline.reject("temperatures", i, r.time(), e.detail()));
        continue;
      }
      byDay.computeIfAbsent(day(infusion, r.time()), d -> new ArrayList<>()).add(r);
    }
    List<Hematotoxicity.FebrileDay> out = new ArrayList<>();
    for (Map.Entry<Integer, List<TemperatureReading>> e : byDay.entrySet()) {
      boolean febrile = e.getValue().stream().anyMatch(r -> r.celsius() >= 38.0);
      if (!febrile) {
        continue;
      }
      BigDecimal dayAnc = anc.get(e.getKey());
      if (dayAnc == null) {
        out.add(
            new Hematotoxicity.FebrileDay(
                e.getKey(), null, null, List.of(ClinicalMessages.of("fn.noAnc", e.getKey()))));
      } else {
        BigDecimal canonical = dayAnc.divide(THOUSAND);
        GradeAndReasons fn = FebrileNeutropenia.grade(canonical, e.getValue());
        out.add(new Hematotoxicity.FebrileDay(e.getKey(), canonical, fn.grade(), fn.reasons()));
      }
    }
    return out;
  }
}
