package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * One figure of the report as data only: what to draw, never how. The app's renderer turns each
 * kind into inline SVG and numbers the figures in report order; its caption names the analysis set
 * and the guideline requirements the figure answers.
 *
 * <p>A new kind of figure (expansion curves of the cellular kinetics, G-PH-1, for instance) is a
 * new record in this package added to the {@code permits} clause, plus one branch in the renderer's
 * dispatch that calls its own drawing class.
 */
public sealed interface Figure
    permits KaplanMeierFigure,
        IncidenceFigure,
        SwimmerFigure,
        WaterfallFigure,
        ToxicityTimelineFigure,
        ForestFigure {
  /** A short stable name ({@code km-os}, {@code swimmer} …). */
  String id();

  /** The title. */
  Message title();

  /** The analysis set drawn. */
  Message set();

  /** The guideline requirement IDs the figure answers. */
  String rules();

  /** Notes for the caption (what was left out, how the data were reduced). */
  List<Message> notes();
}
