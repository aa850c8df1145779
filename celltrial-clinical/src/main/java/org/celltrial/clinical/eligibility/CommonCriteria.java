package org.celltrial.clinical.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/** Criteria every study applies, whatever the indication. */
final class CommonCriteria {
  private CommonCriteria() {}

  static List<Criterion> of(
      Study study, Subject subject, LinesOfTherapy.Count count, List<String> unknown) {
    List<Criterion> out = new ArrayList<>();
    out.add(diagnosis(study, subject));
    out.add(age(study, subject));
    if (study.population().includesChildren()) {
      out.add(pediatricPlan(study));
    }
    if (study.lineSetting() == LineSetting.EARLIER_LINE) {
      out.add(earlierLine(study));
    }
    Integer min = study.protocol().minPriorLines(study.indication(), study.lineSetting());
    if (min != null) {
      String rule = ruleFor(study);
      out.add(
          Criterion.decided(
              "prior-lines",
              rule,
              count.size() >= min,
              count.size() >= min ? "lines.met" : "lines.notMet",
              count.size(),
              min,
              rule));
    }
    out.add(
        unknown.isEmpty()
            ? Criterion.decided("agents-known", "G-POP-2", true, "agents.known")
            : Criterion.undecided(
                "agents-known",
                "G-POP-2",
                unknown.stream().map(u -> "agent:" + u).toList(),
                "agents.unknown",
                String.join(", ", unknown)));
    return out;
  }

  static String ruleFor(Study study) {
    if (study.lineSetting() == LineSetting.EARLIER_LINE) {
      return "G-POP-6";
    }
    return switch (study.indication()) {
      case B_ALL -> "G-POP-3";
      case B_NHL -> "G-POP-4";
      case MM -> "G-POP-5";
    };
  }

  private static Criterion diagnosis(Study study, Subject subject) {
    if (subject.diagnosis() != study.indication()) {
      return Criterion.decided(
          "diagnosis",
          "G-POP-2",
          false,
          "diagnosis.wrong",
          subject.diagnosis(),
          study.indication());
    }
    if (study.subtype() != null) {
      if (subject.subtype() == null) {
        return Criterion.undecided(
            "diagnosis", "G-POP-2", List.of("subtype"), "diagnosis.noSubtype", study.subtype());
      }
      boolean within = subject.subtype().within(study.subtype());
      return Criterion.decided(
          "diagnosis",
          "G-POP-2",
          within,
          within ? "diagnosis.subtypeMet" : "diagnosis.subtypeWrong",
          subject.subtype(),
          study.subtype());
    }
    return Criterion.decided(
        "diagnosis", "G-POP-2", true, "diagnosis.met", Criterion.code(subject.diagnosis()));
  }

  private static Criterion age(Study study, Subject subject) {
    Optional<Integer> age = subject.ageAtScreening();
    if (age.isEmpty()) {
      List<String> missing =
          subject.birthDate() == null ? List.of("ageYears") : List.of("journey.screening");
      return Criterion.undecided("age", "G-POP-1", missing, "age.missing");
    }
    boolean ok = study.population().admits(age.get());
    return Criterion.decided(
        "age",
        "G-POP-1",
        ok,
        ok ? "age.met" : "age.notMet",
        age.get(),
        Criterion.code(study.population()),
        Population.ADULT_AGE);
  }

  private static Criterion pediatricPlan(Study study) {
    Boolean adultData = study.adultSafetyDataAvailable();
    if (Boolean.TRUE.equals(adultData)) {
      return Criterion.decided("pediatric-plan", "G-POP-1", true, "pediatric.adultData");
    }
    String why = study.pediatricFirstJustification();
    if (why != null && !why.isBlank()) {
      return Criterion.decided("pediatric-plan", "G-POP-1", true, "pediatric.justified", why);
    }
    if (adultData == null) {
      return Criterion.undecided(
          "pediatric-plan",
          "G-POP-1",
          List.of("study.adultSafetyDataAvailable"),
          "pediatric.unknown");
    }
    return Criterion.decided("pediatric-plan", "G-POP-1", false, "pediatric.noAdultData");
  }

  private static Criterion earlierLine(Study study) {
    Boolean shown = study.rrBenefitRiskShown();
    if (shown == null) {
      return Criterion.undecided(
          "earlier-line", "G-POP-6", List.of("study.rrBenefitRiskShown"), "earlier.unknown");
    }
    return Criterion.decided(
        "earlier-line", "G-POP-6", shown, shown ? "earlier.met" : "earlier.notMet");
  }
}
