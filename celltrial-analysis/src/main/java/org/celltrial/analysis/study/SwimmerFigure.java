package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * A swimmer plot: one bar per infused subject from infusion to death or last contact, with the
 * events of the course on it (G-EP-1, G-EP-2, G-EP-11).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param lanes the bars, longest first
 * @param months the x-axis ticks in months
 */
public record SwimmerFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    List<Lane> lanes,
    List<Integer> months)
    implements Figure {
  /** Copies the lists. */
  public SwimmerFigure {
    notes = List.copyOf(notes);
    lanes = List.copyOf(lanes);
    months = List.copyOf(months);
  }

  /**
   * One subject's bar.
   *
   * @param subject subject identifier
   * @param best best overall response (NE when none), which colours the bar
   * @param months bar length: months from infusion to death, last contact or the data cut-off
   * @param ongoing alive and in follow-up at the end of the bar (drawn as an arrow)
   * @param markers the events on the bar, in time order
   */
  public record Lane(
      String subject, Category best, double months, boolean ongoing, List<Marker> markers) {
    /** Copies the markers. */
    public Lane {
      markers = List.copyOf(markers);
    }
  }

  /**
   * One event on a bar.
   *
   * @param kind what happened
   * @param months when, in months from infusion
   */
  public record Marker(Kind kind, double months) {}

  /** The events a swimmer bar shows. */
  public enum Kind {
    /** First partial response (PR, VGPR), when before any complete response. */
    PARTIAL_RESPONSE,
    /** First complete response (sCR, CR, CRi). */
    COMPLETE_RESPONSE,
    /** First progression or relapse. */
    PROGRESSION,
    /** Haematopoietic stem-cell transplant after CAR-T (G-EP-11). */
    HSCT,
    /** Death. */
    DEATH;

    /** The legend's name. */
    public Message label() {
      return AnalysisMessages.of("figure.marker." + name());
    }
  }
}
