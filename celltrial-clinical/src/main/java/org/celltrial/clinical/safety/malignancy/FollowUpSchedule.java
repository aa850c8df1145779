package org.celltrial.clinical.safety.malignancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * Due and overdue long-term follow-up visits of one subject at a data cut-off (G-SAF-6). Visit
 * months are the multiples of each phase's interval after the previous phase's end; the due date is
 * the infusion date plus that many calendar months. A visit is done when any recorded visit falls
 * within the window around its due date; otherwise it is overdue once the window has closed before
 * the cut-off, due while the cut-off is inside the window, and upcoming before the window opens.
 * Visits after the end of follow-up (death, withdrawal) are not planned.
 */
public final class FollowUpSchedule {
  private FollowUpSchedule() {}

  /** The status of a planned visit at the cut-off. */
  public enum Status {
    DONE,
    OVERDUE,
    DUE,
    UPCOMING
  }

  /**
   * One planned visit.
   *
   * @param month months after infusion
   * @param due the due date
   * @param status its status at the cut-off
   * @param visit the recorded visit that fulfils it, {@code null} if none
   */
  public record Visit(int month, LocalDate due, Status status, LocalDate visit) {}

  /**
   * The planned visits of one subject with their status.
   *
   * @param infusion the infusion date (day 0)
   * @param visits recorded follow-up visits
   * @param end end of follow-up (death, withdrawal), {@code null} while followed
   * @param cutoff the data cut-off date
   * @throws org.celltrial.common.i18n.CelltrialException for a cut-off or a visit before infusion
   */
  public static List<Visit> of(
      VisitPlan plan, LocalDate infusion, List<LocalDate> visits, LocalDate end, LocalDate cutoff) {
    if (infusion == null || cutoff == null) {
      throw ClinicalMessages.error("safety.schedule.dates");
    }
    if (cutoff.isBefore(infusion)) {
      throw ClinicalMessages.error("safety.schedule.cutoff", cutoff, infusion);
    }
    for (LocalDate v : visits) {
      if (v.isBefore(infusion)) {
        throw ClinicalMessages.error("safety.schedule.visitBefore", v, infusion);
      }
    }
    List<Visit> out = new ArrayList<>();
    int start = 0;
    for (VisitPlan.Phase p : plan.phases()) {
      for (int m = start + p.intervalMonths(); m <= p.untilMonths(); m += p.intervalMonths()) {
        LocalDate due = infusion.plusMonths(m);
        if (end != null && due.minusDays(plan.windowDays()).isAfter(end)) {
          return out;
        }
        out.add(status(m, due, plan.windowDays(), visits, cutoff));
      }
      start = p.untilMonths();
    }
    return out;
  }

  private static Visit status(
      int month, LocalDate due, int window, List<LocalDate> visits, LocalDate cutoff) {
    LocalDate open = due.minusDays(window);
    LocalDate close = due.plusDays(window);
    for (LocalDate v : visits) {
      if (!v.isBefore(open) && !v.isAfter(close) && !v.isAfter(cutoff)) {
        return new Visit(month, due, Status.DONE, v);
      }
    }
    Status s;
    if (cutoff.isAfter(close)) {
      s = Status.OVERDUE;
    } else if (cutoff.isBefore(open)) {
      s = Status.UPCOMING;
    } else {
      s = Status.DUE;
    }
    return new Visit(month, due, s, null);
  }
}
