package org.celltrial.clinical.response.imwg;

import static org.celltrial.clinical.response.imwg.ImwgRules.msg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * IMWG 2016 MRD (Kumar et al. 2016; G-EP-7): negative when no clonal plasma cells are detected at
 * an achieved sensitivity of at least 1 in 10^5 (the threshold is a parameter, e.g. 10^-6), in a
 * patient in CR or better. Sustained MRD negativity: marrow and imaging negative at two tests at
 * least one year apart with no positive test in between; "one year" is either the calendar
 * anniversary or 365 days ({@link YearRule}).
 */
public final class ImwgMrd {
  private ImwgMrd() {}

  /** How "at least one year apart" is counted. */
  public enum YearRule {
    /** On or after the calendar anniversary of the first negative. */
    ANNIVERSARY,
    /** At least 365 days later. */
    DAYS_365
  }

  /** The result of one test, with its reason. */
  public record Result(MrdStatus status, boolean negativeAt1e6, List<Message> reasons) {
    /** Copies the reasons. */
    public Result {
      reasons = List.copyOf(reasons);
    }
  }

  /** The status of one test in a patient with the given category. */
  public static Result status(Category category, MrdTest t, double threshold) {
    List<Message> why = new ArrayList<>();
    if (t.detected()) {
      why.add(msg("response.mrd.positive", t.method(), t.level(), t.sensitivity()));
      return new Result(MrdStatus.POSITIVE, false, why);
    }
    if (t.sensitivity() > threshold) {
      why.add(msg("response.mrd.insensitive", t.method(), t.sensitivity(), threshold));
      return new Result(MrdStatus.NOT_EVALUABLE, false, why);
    }
    if (!(category == Category.CR || category == Category.SCR)) {
      why.add(msg("response.mrd.notCr", category.label()));
      return new Result(MrdStatus.NOT_APPLICABLE, false, why);
    }
    why.add(msg("response.mrd.negative", t.method(), t.sensitivity(), threshold));
    return new Result(MrdStatus.NEGATIVE, t.sensitivity() <= 1e-6, why);
  }

  /**
   * The first date on which MRD negativity is sustained, or {@code null}: tests in date order; a
   * qualifying test is marrow-negative at the threshold with imaging negative.
   */
  public static LocalDate sustainedFrom(List<MrdTest> tests, double threshold, YearRule rule) {
    return sustainedFrom(
        tests,
        t ->
            !t.detected()
                && t.sensitivity() <= threshold
                && Boolean.TRUE.equals(t.imagingNegative()),
        rule);
  }

  /**
   * The first date on which MRD negativity is sustained, or {@code null}, with the caller's rule
   * for a qualifying negative test (e.g. marrow only, when imaging is not collected, and in CR or
   * better at the time): tests in date order; a detected test breaks the run, a test neither
   * detected nor qualifying is skipped, a qualifying test starts a run or, at least one year after
   * its start, sustains it.
   */
  public static LocalDate sustainedFrom(
      List<MrdTest> tests, Predicate<MrdTest> qualifies, YearRule rule) {
    LocalDate start = null;
    for (MrdTest t : tests) {
      boolean negative = !t.detected() && qualifies.test(t);
      if (t.detected()) {
        start = null;
      } else if (negative) {
        if (start == null) {
          start = t.date();
        } else if (yearApart(start, t.date(), rule)) {
          return t.date();
        }
      }
    }
    return null;
  }

  static boolean yearApart(LocalDate first, LocalDate later, YearRule rule) {
    return rule == YearRule.ANNIVERSARY
        ? !later.isBefore(first.plusYears(1))
        : ChronoUnit.DAYS.between(first, later) >= 365;
  }
}
