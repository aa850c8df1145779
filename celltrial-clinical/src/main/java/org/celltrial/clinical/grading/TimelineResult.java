package org.celltrial.clinical.grading;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The graded time line of one subject for CRS or ICANS.
 *
 * @param system the grading system and version of every grade in it
 * @param graded the observations that could be graded, in time order
 * @param rejected the input records that could not, with reasons
 * @param episodes the episodes built from the graded observations
 * @param maxGrade the highest grade over all graded observations (0 when none)
 * @param notes facts about the whole grading a reader must know (e.g. an ambiguous age cut-off)
 */
public record TimelineResult(
    GradingSystem system,
    List<Graded> graded,
    List<Rejected> rejected,
    List<Episode> episodes,
    int maxGrade,
    List<Message> notes) {
  /** Copies the lists. */
  public TimelineResult {
    graded = List.copyOf(graded);
    rejected = List.copyOf(rejected);
    episodes = List.copyOf(episodes);
    notes = List.copyOf(notes);
  }
}
