package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * CRS and ICANS over days 0–30 after infusion: per subject with an episode, one bar per episode
 * coloured by its maximum ASTCT 2019 grade (G-SAF-1, G-SAF-3).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param lastDay the last day drawn (30)
 * @param lanes subjects with at least one episode, earliest onset first
 */
public record ToxicityTimelineFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    int lastDay,
    List<Lane> lanes)
    implements Figure {
  /** Copies the lists. */
  public ToxicityTimelineFigure {
    notes = List.copyOf(notes);
    lanes = List.copyOf(lanes);
  }

  /**
   * One subject's episodes, clipped to days 0 … lastDay.
   *
   * @param subject subject identifier
   * @param crs CRS episodes
   * @param icans ICANS episodes
   */
  public record Lane(String subject, List<Span> crs, List<Span> icans) {
    /** Copies the lists. */
    public Lane {
      crs = List.copyOf(crs);
      icans = List.copyOf(icans);
    }
  }

  /**
   * One episode: from the start of {@code fromDay} to the end of {@code toDay}.
   *
   * @param fromDay the day of onset (day 0 = infusion)
   * @param toDay the last graded day
   * @param grade the episode's maximum grade
   */
  public record Span(long fromDay, long toDay, int grade) {}
}
