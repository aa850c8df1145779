package org.celltrial.clinical.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.lines.Line;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Message;

/**
 * Refractory large B-cell lymphoma as defined by SCHOLAR-1 (Crump et al., Blood 2017;130:1800):
 * progressive or stable disease as best response to chemotherapy after more than 4 cycles of first
 * line (the operator and the count are protocol parameters, since trials derived from it write "≥
 * 4") or 2 cycles of a later line, or relapse within 12 months of autologous SCT (inclusive,
 * calendar months). The population had received an anti-CD20 antibody and an anthracycline.
 * Following the reference vectors (SCH-02, SCH-04), SD/PD after too few first-line cycles is not
 * refractory, and after fewer than 2 cycles of a later line is not evaluable.
 */
public final class Scholar1 {
  /** The paper cited by every result. */
  public static final String SOURCE = "SCHOLAR-1";

  private Scholar1() {}

  /** The classification. */
  public enum Status {
    REFRACTORY,
    NOT_REFRACTORY,
    NOT_EVALUABLE,
    OUTSIDE_POPULATION,
    UNDETERMINED
  }

  /**
   * A SCHOLAR-1 classification with its reason.
   *
   * @param status the classification
   * @param reason why, in either language
   * @param missing fields whose absence left it undetermined
   */
  public record Result(Status status, Message reason, List<String> missing) {
    /** Copies the list. */
    public Result {
      missing = List.copyOf(missing);
    }
  }

  /** Classifies a subject's history split into lines. */
  public static Result classify(
      Subject subject, List<Line> lines, DrugDictionary dictionary, Protocol protocol) {
    boolean antiCd20 = lines.stream().anyMatch(l -> l.has(DrugClass.ANTI_CD20, dictionary));
    boolean anthracycline =
        lines.stream().anyMatch(l -> l.has(DrugClass.ANTHRACYCLINE, dictionary));
    if (!antiCd20 || !anthracycline) {
      return result(
          Status.OUTSIDE_POPULATION,
          List.of(),
          "scholar.outside",
          yesNo(antiCd20),
          yesNo(anthracycline));
    }
    Optional<Result> afterAsct = relapseAfterAsct(subject, protocol.postAsctRelapseMonths());
    if (afterAsct.isPresent()) {
      return afterAsct.get();
    }
    boolean notEvaluable = false;
    List<String> missing = new ArrayList<>();
    for (Line line : lines) {
      for (PriorTherapy t : line.entries()) {
        BestResponse best = t.bestResponse();
        if (t.isTransplant() || (best != BestResponse.SD && best != BestResponse.PD)) {
          if (!t.isTransplant() && best == null) {
            missing.add(BallRelapse.field(subject, t, "bestResponse"));
          }
          continue;
        }
        if (t.cycles() == null) {
          missing.add(BallRelapse.field(subject, t, "cycles"));
          continue;
        }
        boolean first = line.number() == 1;
        int need = first ? protocol.scholarFirstLineCycles() : 2;
        boolean enough =
            first && !protocol.scholarFirstLineInclusive() ? t.cycles() > need : t.cycles() >= need;
        String op = first && !protocol.scholarFirstLineInclusive() ? ">" : "≥";
        if (enough) {
          return result(
              Status.REFRACTORY,
              List.of(),
              "scholar.refractory",
              t.label(),
              line.number(),
              best,
              t.cycles(),
              op,
              need);
        }
        notEvaluable |= !first;
      }
    }
    if (!missing.isEmpty()) {
      return result(Status.UNDETERMINED, missing, "scholar.missing");
    }
    return notEvaluable
        ? result(Status.NOT_EVALUABLE, List.of(), "scholar.notEvaluable")
        : result(Status.NOT_REFRACTORY, List.of(), "scholar.notRefractory");
  }

  private static Optional<Result> relapseAfterAsct(Subject subject, int months) {
    for (PriorTherapy sct : subject.chronologicalHistory()) {
      if (sct.transplant() != TransplantType.AUTO) {
        continue;
      }
      Optional<LocalDate> relapse =
          subject.history().stream()
              .map(PriorTherapy::progression)
              .filter(d -> d != null && d.isAfter(sct.start()))
              .min(Comparator.naturalOrder());
      if (relapse.isPresent() && !relapse.get().isAfter(sct.start().plusMonths(months))) {
        return Optional.of(
            result(
                Status.REFRACTORY, List.of(), "scholar.asct", sct.start(), relapse.get(), months));
      }
    }
    return Optional.empty();
  }

  private static Message yesNo(boolean b) {
    return ClinicalMessages.of(b ? "word.yes" : "word.no");
  }

  private static Result result(Status status, List<String> missing, String key, Object... args) {
    return new Result(status, ClinicalMessages.of(key, args), missing);
  }
}
