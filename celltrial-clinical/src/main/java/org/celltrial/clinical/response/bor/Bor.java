package org.celltrial.clinical.response.bor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * Best overall response (G-EP-2): the best category over the assessments up to and including the
 * first progression, leaving out assessments on or after new anticancer therapy or HSCT when the
 * SAP says so (admiralonco convention). With confirmation required a response counts at the worse
 * of itself and the next evaluable assessment (a response without one counts as SD); stable disease
 * counts only from {@code minSdDays}.
 */
public final class Bor {
  private Bor() {}

  /**
   * The best overall response.
   *
   * @param points assessments in any order
   * @param origin the origin (e.g. infusion) for the SD minimum
   * @param cutoff first new anticancer therapy or HSCT, or {@code null}
   */
  public static BorResult best(
      List<TimePoint> points, LocalDate origin, LocalDate cutoff, BorRules rules) {
    List<TimePoint> used = new ArrayList<>();
    List<Message> why = new ArrayList<>();
    for (TimePoint t : points.stream().sorted(Comparator.comparing(TimePoint::date)).toList()) {
      if (rules.excludeAfterNewTherapy() && cutoff != null && !t.date().isBefore(cutoff)) {
        why.add(msg("response.bor.excluded", t.date(), t.category().label(), cutoff));
        continue;
      }
      used.add(t);
      if (t.category() == Category.PD) {
        break;
      }
    }
    Category best = Category.NE;
    LocalDate when = null;
    for (int i = 0; i < used.size(); i++) {
      TimePoint t = used.get(i);
      Category c = counted(used, i, origin, rules, why);
      if (c.betterThan(best)) {
        best = c;
        when = t.date();
      }
    }
    why.add(msg("response.bor.best", best.label(), when == null ? "-" : when, used.size()));
    return new BorResult(
        best, when, best.isObjectiveResponse(), best.isComplete(), best.isDiseaseControl(), why);
  }

  private static Category counted(
      List<TimePoint> used, int i, LocalDate origin, BorRules rules, List<Message> why) {
    Category c = used.get(i).category();
    if (c == Category.SD || c == Category.NR && rules.minSdDays() > 0) {
      long day = ChronoUnit.DAYS.between(origin, used.get(i).date());
      if (day < rules.minSdDays()) {
        why.add(msg("response.bor.sdEarly", used.get(i).date(), day, rules.minSdDays()));
        return Category.NE;
      }
      return c;
    }
    if (!rules.confirmationRequired() || !c.betterThan(Category.SD)) {
      return c;
    }
    for (int j = i + 1; j < used.size(); j++) {
      Category next = used.get(j).category();
      if (next != Category.NE) {
        Category confirmed = next == Category.PD ? Category.SD : Category.worse(c, next);
        why.add(msg("response.bor.confirmed", used.get(i).date(), c.label(), confirmed.label()));
        return confirmed;
      }
    }
    why.add(msg("response.bor.unconfirmed", used.get(i).date(), c.label()));
    return Category.SD;
  }

  static Message msg(String key, Object... args) {
    return ClinicalMessages.of(key, args);
  }
}
