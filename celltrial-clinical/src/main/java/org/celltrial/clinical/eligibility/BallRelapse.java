package org.celltrial.clinical.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.lines.Line;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;

/**
 * The four categories of relapsed/refractory B-ALL of G-POP-3, each judged on its own: early
 * relapse (first relapse within {@code m} calendar months of the first complete remission,
 * inclusive: relapse ≤ CR1 + m months, default m = 12; ZUMA-3 uses the same 12-month cut-off);
 * primary refractory (no CR after {@code c} cycles of induction, default 2); no CR, or relapse,
 * after one or more salvage lines; relapse after autologous or allogeneic HSCT (optionally only
 * when screening is at least {@code d} days after an allo-HSCT, ZUMA-3's 100-day clock).
 */
public final class BallRelapse {
  static final String RULE = "G-POP-3";

  private BallRelapse() {}

  /** The four categories' criteria, in the guideline's order. */
  public static List<Criterion> categories(Subject subject, List<Line> lines, Protocol protocol) {
    List<PriorTherapy> history = subject.chronologicalHistory();
    return List.of(
        earlyRelapse(subject, history, protocol.earlyRelapseMonths()),
        primaryRefractory(subject, history, protocol.primaryRefractoryCycles()),
        salvageFailure(subject, lines),
        afterHsct(subject, history, protocol.minDaysAfterAlloHsct()));
  }

  static Criterion earlyRelapse(Subject subject, List<PriorTherapy> history, int months) {
    List<String> missing = new ArrayList<>();
    LocalDate cr1 = null;
    for (PriorTherapy t : history) {
      if (t.bestResponse() != null && t.bestResponse().isComplete()) {
        if (t.responseDate() == null) {
          missing.add(field(subject, t, "responseDate"));
        } else if (cr1 == null || t.responseDate().isBefore(cr1)) {
          cr1 = t.responseDate();
        }
      }
    }
    if (cr1 == null) {
      return missing.isEmpty()
          ? Criterion.decided("early-relapse", RULE, false, "ball.early.noCr")
          : Criterion.undecided("early-relapse", RULE, missing, "ball.early.crDateMissing");
    }
    LocalDate from = cr1;
    Optional<LocalDate> relapse =
        history.stream()
            .map(PriorTherapy::progression)
            .filter(d -> d != null && !d.isBefore(from))
            .min(Comparator.naturalOrder());
    if (relapse.isEmpty()) {
      List<String> undated =
          history.stream()
              .filter(t -> t.progressed() && t.progression() == null)
              .map(t -> field(subject, t, "progression"))
              .toList();
      return undated.isEmpty()
          ? Criterion.decided("early-relapse", RULE, false, "ball.early.noRelapse", cr1)
          : Criterion.undecided("early-relapse", RULE, undated, "ball.early.relapseDateMissing");
    }
    LocalDate limit = cr1.plusMonths(months);
    long days = ChronoUnit.DAYS.between(cr1, relapse.get());
    boolean early = !relapse.get().isAfter(limit);
    return Criterion.decided(
        "early-relapse",
        RULE,
        early,
        early ? "ball.early.met" : "ball.early.notMet",
        cr1,
        relapse.get(),
        days,
        months,
        limit);
  }

  static Criterion primaryRefractory(Subject subject, List<PriorTherapy> history, int cycles) {
    Optional<PriorTherapy> induction = history.stream().filter(t -> !t.isTransplant()).findFirst();
    if (induction.isEmpty()) {
      return Criterion.decided("primary-refractory", RULE, false, "ball.primary.noHistory");
    }
    PriorTherapy t = induction.get();
    if (t.bestResponse() == null) {
      return Criterion.undecided(
          "primary-refractory",
          RULE,
          List.of(field(subject, t, "bestResponse")),
          "ball.primary.missing",
          t.label());
    }
    if (t.bestResponse().isComplete()) {
      return Criterion.decided(
          "primary-refractory", RULE, false, "ball.primary.cr", t.label(), t.bestResponse());
    }
    if (t.cycles() == null) {
      return Criterion.undecided(
          "primary-refractory",
          RULE,
          List.of(field(subject, t, "cycles")),
          "ball.primary.missing",
          t.label());
    }
    return Criterion.decided(
        "primary-refractory",
        RULE,
        t.cycles() >= cycles,
        t.cycles() >= cycles ? "ball.primary.met" : "ball.primary.tooFewCycles",
        t.label(),
        t.bestResponse(),
        t.cycles(),
        cycles);
  }

  static Criterion salvageFailure(Subject subject, List<Line> lines) {
    List<String> missing = new ArrayList<>();
    for (Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      for (PriorTherapy t : line.entries()) {
        if (t.isTransplant()) {
          continue;
        }
        if (t.bestResponse() != null && !t.bestResponse().isComplete()) {
          return Criterion.decided(
              "salvage-failure",
              RULE,
              true,
              "ball.salvage.noCr",
              line.number(),
              t.label(),
              t.bestResponse());
        }
        if (t.progressed()) {
          return Criterion.decided(
              "salvage-failure", RULE, true, "ball.salvage.relapse", line.number(), t.label());
        }
        if (t.bestResponse() == null) {
          missing.add(field(subject, t, "bestResponse"));
        }
      }
    }
    if (!missing.isEmpty()) {
      return Criterion.undecided("salvage-failure", RULE, missing, "ball.salvage.missing");
    }
    return Criterion.decided(
        "salvage-failure", RULE, false, "ball.salvage.notMet", Math.max(0, lines.size() - 1));
  }

  static Criterion afterHsct(Subject subject, List<PriorTherapy> history, Integer minDaysAllo) {
    List<PriorTherapy> transplants = history.stream().filter(PriorTherapy::isTransplant).toList();
    if (transplants.isEmpty()) {
      return Criterion.decided("relapse-after-hsct", RULE, false, "ball.hsct.none");
    }
    for (PriorTherapy sct : transplants) {
      Optional<LocalDate> relapse =
          history.stream()
              .map(PriorTherapy::progression)
              .filter(d -> d != null && d.isAfter(sct.start()))
              .min(Comparator.naturalOrder());
      if (relapse.isEmpty()) {
        continue;
      }
      if (sct.transplant() == TransplantType.ALLO && minDaysAllo != null) {
        Optional<LocalDate> screening = subject.screeningDate();
        if (screening.isEmpty()) {
          return Criterion.undecided(
              "relapse-after-hsct", RULE, List.of("journey.screening"), "ball.hsct.noScreening");
        }
        long days = ChronoUnit.DAYS.between(sct.start(), screening.get());
        if (days < minDaysAllo) {
          return Criterion.decided(
              "relapse-after-hsct",
              RULE,
              false,
              "ball.hsct.tooSoon",
              sct.start(),
              screening.get(),
              days,
              minDaysAllo);
        }
      }
      return Criterion.decided(
          "relapse-after-hsct",
          RULE,
          true,
          "ball.hsct.met",
          Criterion.code(sct.transplant()),
          sct.start(),
          relapse.get());
    }
    return Criterion.decided("relapse-after-hsct", RULE, false, "ball.hsct.noRelapse");
  }

  static String field(Subject subject, PriorTherapy t, String name) {
    return "history[" + subject.history().indexOf(t) + "]." + name;
  }
}
