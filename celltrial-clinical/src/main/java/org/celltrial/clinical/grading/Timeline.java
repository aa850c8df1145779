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

  /** Grades one assessment; may look at the episode open so far and the treatments given. */
  @FunctionalInterface
  public interface Grader<O> {
    /**
     * The grade of {@code observation}.
     *
     * @throws CelltrialException when the observation is impossible: it is rejected, not graded
     */
    GradeAndReasons grade(O observation, EpisodeBuilder episodes, List<Dose> doses);
  }

  /**
   * Grades each assessment in time order (ASTCT 2019), rejecting impossible ones with their reason,
   * and groups the grades into episodes under {@code rule}. One loop for CRS and ICANS, so both
   * syndromes place, reject and episode their assessments the same way.
   *
   * @param notes notes about the whole time line (e.g. an age at the CAPD cut-off)
   */
  public static <O> TimelineResult grade(
      LocalDateTime infusion,
      List<O> observations,
      Function<O, LocalDateTime> time,
      List<Treatment> treatments,
      EpisodeRule rule,
      Grader<O> grader,
      List<Message> notes) {
    List<Rejected> rejected = new ArrayList<>();
    List<O> list = observations == null ? List.of() : observations;
    List<Dose> doses = doses(infusion, treatments, rejected);
    EpisodeBuilder episodes = new EpisodeBuilder(infusion, rule);
    List<Graded> graded = new ArrayList<>();
    int max = 0;
    for (int i : order(infusion, list, time, "observations", rejected)) {
      O o = list.get(i);
      LocalDateTime t = time.apply(o);
      try {
        GradeAndReasons g = grader.grade(o, episodes, doses);
        graded.add(
            new Graded(i, t, episodes.day(t), g.grade(), GradingSystem.ASTCT_2019, g.reasons()));
        episodes.add(t, g.grade());
        max = Math.max(max, g.grade());
      } catch (CelltrialException e) {
        rejected.add(reject("observations", i, t, e.detail()));
      }
    }
    return new TimelineResult(
        GradingSystem.ASTCT_2019, graded, rejected, episodes.episodes(doses), max, notes);
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
