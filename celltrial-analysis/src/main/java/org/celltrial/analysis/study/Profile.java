package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.lines.Line;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.refractory.ClassExposure;
import org.celltrial.clinical.refractory.Refractoriness;
import org.celltrial.clinical.refractory.Refractoriness.Status;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/**
 * One subject's baseline as the baseline table and the subgroups read it, from the subject file
 * ({@link AnalysisSubject#source()}); every field is {@code null} when the file is absent.
 *
 * @param age age in completed years at screening
 * @param subtype B-NHL: the WHO subtype; B-ALL: Ph status; MM: none
 * @param lines prior lines of systemic therapy (IMWG consensus, {@link LinesOfTherapy})
 * @param refractoryLast refractory to the last prior line: any of its regimens refractory ({@link
 *     Refractoriness}, IMWG window)
 * @param primaryRefractory never responded to any prior therapy ({@link
 *     ClassExposure#primaryRefractory})
 * @param tripleRefractory MM: refractory to a PI, an IMiD and an anti-CD38 antibody; else {@code
 *     null}
 * @param autoHsct a prior autologous HSCT
 * @param alloHsct a prior allogeneic HSCT
 * @param priorCarT a prior cell therapy (CAR-T, CAR-NK, TCR-T)
 */
record Profile(
    Integer age,
    Message subtype,
    Integer lines,
    Status refractoryLast,
    Status primaryRefractory,
    Status tripleRefractory,
    Boolean autoHsct,
    Boolean alloHsct,
    Boolean priorCarT) {

  /** Age of the age subgroups (G-POP-1 reports by age; 65 as in the pivotal CAR-T trials). */
  static final int OLD_AGE = 65;

  private static final List<String> ORDERED =
      List.of(
          "baseline.ageBelow65",
          "baseline.age65",
          "baseline.lines2",
          "baseline.lines3",
          "baseline.lines4");

  private static final DrugDictionary DRUGS = DrugDictionary.standard();

  /** The profiles of subjects, in their order, with the study's indication and protocol. */
  static List<Profile> of(List<AnalysisSubject> set, AnalysisInput input) {
    Indication ind = indication(input);
    Protocol p = input.study() == null ? Protocol.defaults() : input.study().protocol();
    return set.stream().map(s -> of(s, ind, p.refractoryWindowDays())).toList();
  }

  /** The indication of the study file, else the one of the historical-control library. */
  static Indication indication(AnalysisInput input) {
    if (input.study() != null) {
      return input.study().indication();
    }
    return switch (input.indication()) {
      case LBCL -> Indication.B_NHL;
      case B_ALL -> Indication.B_ALL;
      case MM -> Indication.MM;
    };
  }

  /** The profile of a subject. */
  static Profile of(AnalysisSubject s, Indication indication, int windowDays) {
    Subject f = s.source();
    if (f == null) {
      return new Profile(s.age(), null, null, null, null, null, null, null, null);
    }
    List<PriorTherapy> h = f.history();
    List<Line> lines = LinesOfTherapy.count(h, DRUGS).lines();
    Status last =
        lines.isEmpty() ? null : lastLine(lines.get(lines.size() - 1), indication, windowDays);
    Status triple =
        indication == Indication.MM
            ? ClassExposure.tripleClassRefractory(
                ClassExposure.TRIPLE.stream()
                    .map(c -> ClassExposure.of(c, h, DRUGS, indication, windowDays))
                    .toList())
            : null;
    return new Profile(
        s.age() != null ? s.age() : f.ageAtScreening().orElse(null),
        subtype(f, indication),
        lines.size(),
        last,
        ClassExposure.primaryRefractory(h, indication),
        triple,
        h.stream().anyMatch(t -> t.transplant() == TransplantType.AUTO),
        h.stream().anyMatch(t -> t.transplant() == TransplantType.ALLO),
        h.stream()
            .anyMatch(
                t -> !t.isTransplant() && DRUGS.resolve(t.agents()).has(DrugClass.CELL_THERAPY)));
  }

  /** Refractory when any regimen of the line is; undetermined when none is but one is unknown. */
  private static Status lastLine(Line line, Indication indication, int windowDays) {
    List<Status> each =
        line.entries().stream()
            .filter(t -> !t.isTransplant())
            .map(t -> Refractoriness.of(t, indication, windowDays).status())
            .toList();
    if (each.contains(Status.REFRACTORY)) {
      return Status.REFRACTORY;
    }
    return each.contains(Status.UNDETERMINED) ? Status.UNDETERMINED : Status.NOT_REFRACTORY;
  }

  private static Message subtype(Subject f, Indication indication) {
    if (indication == Indication.B_NHL && f.subtype() != null) {
      return AnalysisMessages.raw(f.subtype().name());
    }
    PhStatus ph = f.cytogenetics().philadelphia();
    if (indication == Indication.B_ALL && ph != null) {
      return AnalysisMessages.of(
          ph == PhStatus.POSITIVE ? "baseline.phPositive" : "baseline.phNegative");
    }
    return null;
  }

  /**
   * The levels a grouping takes in a set, in report order: the age and prior-lines groups in their
   * natural order, other levels (subtypes) sorted by their English text.
   */
  static List<Message> levels(List<Profile> set, Function<Profile, Message> level) {
    Set<Message> seen = new HashSet<>();
    set.stream().map(level).filter(Objects::nonNull).forEach(seen::add);
    List<Message> ordered = new ArrayList<>();
    for (String k : ORDERED) {
      if (seen.remove(AnalysisMessages.of(k))) {
        ordered.add(AnalysisMessages.of(k));
      }
    }
    seen.stream().sorted(Comparator.comparing(m -> m.render(Lang.EN))).forEach(ordered::add);
    return ordered;
  }

  /** The age group: below 65, 65 or older; {@code null} when the age is unknown. */
  Message ageGroup() {
    if (age == null) {
      return null;
    }
    return AnalysisMessages.of(age < OLD_AGE ? "baseline.ageBelow65" : "baseline.age65");
  }

  /** The prior-lines category: at most 2, 3, 4 or more; {@code null} when unknown. */
  Message linesGroup() {
    if (lines == null) {
      return null;
    }
    return AnalysisMessages.of(
        lines <= 2 ? "baseline.lines2" : lines == 3 ? "baseline.lines3" : "baseline.lines4");
  }
}
