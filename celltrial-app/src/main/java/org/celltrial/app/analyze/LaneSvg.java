package org.celltrial.app.analyze;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.study.SwimmerFigure;
import org.celltrial.analysis.study.ToxicityTimelineFigure;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Lang;

/**
 * One horizontal lane per subject: the swimmer plot (bar coloured by best response, event markers,
 * arrow when ongoing) and the CRS/ICANS timeline (episode bars coloured by grade).
 */
final class LaneSvg {
  static final double LEFT = 80;
  static final double TOP = 12;
  static final double PLOT_W = 440;
  static final double LANE = 12;
  private static final String[] GRADE = {"#ffffff", "#ffd966", "#f4b183", "#e06666", "#990000"};
  private static final String GRADE5 = "#000000";
  private static final String CRS_STROKE = " stroke=\"#666\" stroke-width=\"0.5\"";
  private static final String ICANS_STROKE = " stroke=\"#1f4e79\" stroke-width=\"1.5\"";

  private LaneSvg() {}

  /** The x of a time on the swimmer axis. */
  static double x(double months, double max) {
    return LEFT + PLOT_W * months / max;
  }

  /** The y of the top of lane {@code i}. */
  static double laneTop(int i) {
    return TOP + LANE * i;
  }

  static String swimmer(SwimmerFigure f, String title, Lang lang) {
    List<SwimmerFigure.Lane> lanes = f.lanes();
    double bottom = laneTop(lanes.size()) + 4;
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, Math.max(bottom + 42, TOP + 260), title);
    double max = f.months().get(f.months().size() - 1);
    List<Category> present = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      SwimmerFigure.Lane l = lanes.get(i);
      double top = laneTop(i) + 2;
      double mid = top + 4;
      double end = x(l.months(), max);
      c.text(LEFT - 4, mid + 3, "end", l.subject(), " font-size=\"9\"");
      c.rect(LEFT, top, end - LEFT, 8, Svg.colour(l.best()), "");
      if (l.ongoing()) {
        c.polygon(SvgCanvas.INK, "", end + 1, top - 1, end + 7, mid, end + 1, top + 9);
      }
      for (SwimmerFigure.Marker m : l.markers()) {
        marker(c, m.kind(), x(m.months(), max), mid);
      }
      if (!present.contains(l.best())) {
        present.add(l.best());
      }
    }
    Svg.monthAxis(c, LEFT, PLOT_W, bottom, f.months());
    c.text(LEFT + PLOT_W / 2, bottom + 34, "middle", Svg.t(lang, "analyze.axis.months"));
    double lx = LEFT + PLOT_W + 24;
    c.text(
        lx, TOP + 10, "start", Svg.t(lang, "analyze.legend.bestResponse"), " font-weight=\"bold\"");
    double y = Svg.responseLegend(c, lx, TOP + 28, present) + 8;
    for (SwimmerFigure.Kind k : SwimmerFigure.Kind.values()) {
      marker(c, k, lx + 7, y - 4);
      c.text(lx + 20, y, "start", k.label().render(lang));
      y += 16;
    }
    c.polygon(SvgCanvas.INK, "", lx + 2, y - 9, lx + 10, y - 4, lx + 2, y + 1);
    c.text(lx + 20, y, "start", Svg.t(lang, "analyze.legend.ongoing"));
    return c.close();
  }

  /** A marker centred at (x, y): triangle, circle, diamond, square or cross. */
  static void marker(SvgCanvas c, SwimmerFigure.Kind kind, double x, double y) {
    String stroke = " stroke=\"#000\" stroke-width=\"0.8\"";
    switch (kind) {
      case PARTIAL_RESPONSE -> c.polygon("#1f4e79", stroke, x, y - 4, x + 4, y + 3, x - 4, y + 3);
      case COMPLETE_RESPONSE -> c.circle(x, y, 3.5, "#ffffff", stroke);
      case PROGRESSION -> c.polygon("#c00000", stroke, x, y - 5, x + 4, y, x, y + 5, x - 4, y);
      case HSCT -> c.rect(x - 3.5, y - 3.5, 7, 7, "#7030a0", stroke);
      case DEATH -> {
        c.line(x - 4, y - 4, x + 4, y + 4, "#000", " stroke-width=\"2\"");
        c.line(x - 4, y + 4, x + 4, y - 4, "#000", " stroke-width=\"2\"");
      }
    }
  }

  /** The x of the start of a day on the timeline axis (days 0 … lastDay + 1). */
  static double dayX(double day, int lastDay) {
    return LEFT + PLOT_W * day / (lastDay + 1);
  }

  static String toxicity(ToxicityTimelineFigure f, String title, Lang lang) {
    List<ToxicityTimelineFigure.Lane> lanes = f.lanes();
    int last = f.lastDay();
    double bottom = laneTop(lanes.size()) + 4;
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, Math.max(bottom + 42, TOP + 160), title);
    for (int i = 0; i < lanes.size(); i++) {
      ToxicityTimelineFigure.Lane l = lanes.get(i);
      double top = laneTop(i) + 1;
      c.text(LEFT - 4, top + 8, "end", l.subject(), " font-size=\"9\"");
      c.line(LEFT, top + 5, LEFT + PLOT_W, top + 5, "#e0e0e0", "");
      spans(c, l.crs(), top, last, CRS_STROKE);
      spans(c, l.icans(), top + 5, last, ICANS_STROKE);
    }
    c.line(LEFT, bottom, LEFT + PLOT_W, bottom);
    for (int d = 0; d <= last; d += 5) {
      double x = dayX(d + 0.5, last);
      c.line(x, bottom, x, bottom + 4);
      c.text(x, bottom + 16, "middle", String.valueOf(d));
    }
    c.text(LEFT + PLOT_W / 2, bottom + 34, "middle", Svg.t(lang, "analyze.axis.days"));
    double lx = LEFT + PLOT_W + 24;
    c.text(
        lx, TOP + 10, "start", Svg.t(lang, "analyze.legend.astctGrade"), " font-weight=\"bold\"");
    for (int g = 1; g <= 5; g++) {
      double y = TOP + 12 + 16 * g;
      c.rect(lx, y - 9, 14, 10, gradeColour(g), " stroke=\"#999\"");
      c.text(lx + 20, y, "start", Svg.t(lang, "analyze.legend.grade", g));
    }
    c.rect(lx, TOP + 119, 14, 5, "#ffffff", CRS_STROKE);
    c.text(lx + 20, TOP + 126, "start", Svg.t(lang, "analyze.legend.crsUpper"));
    c.rect(lx, TOP + 137, 14, 5, "#ffffff", ICANS_STROKE);
    c.text(lx + 20, TOP + 144, "start", Svg.t(lang, "analyze.legend.icansLower"));
    return c.close();
  }

  private static void spans(
      SvgCanvas c, List<ToxicityTimelineFigure.Span> spans, double top, int last, String stroke) {
    for (ToxicityTimelineFigure.Span s : spans) {
      double x0 = dayX(s.fromDay(), last);
      double x1 = dayX(s.toDay() + 1, last);
      c.rect(x0, top, x1 - x0, 5, gradeColour(s.grade()), stroke);
    }
  }

  /** The colour of an ASTCT grade 1–5. */
  static String gradeColour(int grade) {
    return grade >= 5 ? GRADE5 : GRADE[Math.max(0, grade)];
  }
}
