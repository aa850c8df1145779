package org.celltrial.clinical.grading;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/**
 * The time line of one subject's input: infusion at day 0, records in time order, and records that
 * cannot be placed on it (no time, before infusion) rejected with a message naming them.
 */
public final class Timeline {
  private Timeline() {}

  /**
   * Checks that the infusion time is given.
   *
   * @throws CelltrialException when it is missing: nothing can be placed on the time line
   */
  public static LocalDateTime infusion(LocalDateTime infusion) {
    if (infusion == null) {
      throw ClinicalMessages.error("grading.infusion.missing");
    }
    return infusion;
  }

  /**
   * The positions of the records that have a time at or after infusion, sorted by time (stable);
   * the others are added to {@code rejected}.
   *
   * @param kind the input list's name, e.g. {@code observations}
   */
  public static <T> List<Integer> order(
      LocalDateTime infusion,
      List<T> records,
      Function<T, LocalDateTime> time,
      String kind,
      List<Rejected> rejected) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      LocalDateTime t = records.get(i) == null ? null : time.apply(records.get(i));
      if (t == null) {
        rejected.add(reject(kind, i, null, ClinicalMessages.of("grading.time.missing")));
      } else if (t.isBefore(infusion)) {
        rejected.add(
            reject(kind, i, t, ClinicalMessages.of("grading.time.beforeInfusion", t, infusion)));
      } else {
        kept.add(i);
      }
    }
    kept.sort(Comparator.comparing(i -> time.apply(records.get(i))));
    return kept;
  }

  /** The treatments that can be used, in time order; the others are rejected. */
  public static List<Dose> doses(
      LocalDateTime infusion, List<Treatment> treatments, List<Rejected> rejected) {
    List<Treatment> list = treatments == null ? List.of() : treatments;
    List<Dose> doses = new ArrayList<>();
    for (int i : order(infusion, list, Treatment::time, "treatments", rejected)) {
      Treatment t = list.get(i);
      try {
        doses.add(new Dose(t.time(), TreatmentAgent.parse(t.agent())));
      } catch (CelltrialException e) {
        rejected.add(reject("treatments", i, t.time(), e.detail()));
      }
    }
    return doses;
  }

  /** A rejection whose message names the record as {@code kind[index] (time)}. */
  public static Rejected reject(String kind, int index, LocalDateTime time, Message why) {
    return new Rejected(
        kind,
        index,
        time,
        ClinicalMessages.of(
            "grading.rejected", kind + "[" + index + "]", time == null ? "-" : time, why));
  }
}
