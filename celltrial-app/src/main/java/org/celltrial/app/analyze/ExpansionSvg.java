package org.celltrial.app.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.analysis.study.AnalysisMessages;
import org.celltrial.analysis.study.ExpansionCurve;
import org.celltrial.analysis.study.Kinetics;
import org.celltrial.common.i18n.Lang;

/**
 * The CAR transgene expansion figures (G-PH-1) as inline SVG: per group the median transgene level
 * at each nominal day (points joined by a line) with its interquartile range (a vertical bar), days
 * on a log(1 + day) axis, copies/µg on a log10 axis. A median below the limit of quantification (0)
 * is not drawn and a quartile of 0 is drawn at the axis floor. No external resources; coordinates
 * with two decimals, so the bytes are stable.
 */
final class ExpansionSvg {
  private static final String[] COLOURS = {"#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000"};
  private static final double[] TICK_DAYS = {0, 1, 4, 7, 14, 28, 61, 91, 183, 365};
  private static final double X_MAX = StrictMath.log10(1 + 365.0);
  private static final int W = 640;
  private static final int H = 320;
  private static final int LEFT = 60;
  private static final int RIGHT = 170;
  private static final int TOP = 10;
  private static final int BOTTOM = 42;

  private ExpansionSvg() {}

  /**
   * The figures of the study's expansion curves ({@link Kinetics#expansion}), each with its
   * heading; empty when kinetics were not collected.
   */
  static String figures(List<ExpansionCurve> curves, Lang lang) {
    Map<String, List<ExpansionCurve>> byFigure = new LinkedHashMap<>();
    for (ExpansionCurve c : curves) {
      byFigure.computeIfAbsent(c.figure(), k -> new ArrayList<>()).add(c);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<ExpansionCurve>> e : byFigure.entrySet()) {
      String key = e.getKey().equals("expansion-dose") ? "dose" : "response";
      out.append("<h3>")
          .append(Html.escape(AnalysisMessages.of("kinetics.figure." + key).render(lang)))
          .append("</h3>\n")
          .append(plot(e.getValue(), lang));
    }
    return out.toString();
  }

  /** One figure. */
  static String plot(List<ExpansionCurve> curves, Lang lang) {
    double top = 1;
    double bottom = Double.POSITIVE_INFINITY;
    for (ExpansionCurve c : curves) {
      for (double[] v : List.of(c.q1(), c.median(), c.q3())) {
        for (double x : v) {
          if (x > 0) {
            top = Math.max(top, Math.ceil(StrictMath.log10(x)));
            bottom = Math.min(bottom, Math.floor(StrictMath.log10(x)));
          }
        }
      }
    }
    bottom = Double.isInfinite(bottom) ? 0 : Math.min(bottom, top - 1);
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    StringBuilder out = new StringBuilder();
    out.append("<svg width=\"").append(W).append("\" height=\"").append(H);
    out.append("\" role=\"img\" font-size=\"11\">\n");
    out.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#000"));
    out.append(line(LEFT, TOP, LEFT, TOP + plotH, "#000"));
    for (double d : TICK_DAYS) {
      double x = xOf(d, plotW);
      out.append(line(x, TOP + plotH, x, TOP + plotH + 4, "#000"));
      out.append(text(x, TOP + plotH + 16, "middle", String.valueOf((int) d)));
    }
    for (double k = bottom; k <= top + 1e-9; k++) {
      double y = yOf(StrictMath.pow(10, k), bottom, top, plotH);
      out.append(line(LEFT - 4, y, LEFT, y, "#000"));
      out.append(line(LEFT, y, LEFT + plotW, y, "#ddd"));
      out.append("<text x=\"")
          .append(fmt(LEFT - 6))
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">10<tspan dy=\"-5\" font-size=\"8\">")
          .append((long) k)
          .append("</tspan></text>\n");
    }
    out.append(
        text(
            LEFT + plotW / 2.0,
            H - 6,
            "middle",
            AnalysisMessages.of("kinetics.axis.day").render(lang)));
    double mid = TOP + plotH / 2.0;
    out.append("<text x=\"14\" y=\"")
        .append(fmt(mid))
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(fmt(mid))
        .append(")\">")
        .append(Html.escape(AnalysisMessages.of("kinetics.axis.copies").render(lang)))
        .append("</text>\n");
    for (int i = 0; i < curves.size(); i++) {
      ExpansionCurve c = curves.get(i);
      String colour = COLOURS[i % COLOURS.length];
      double offset = (i - (curves.size() - 1) / 2.0) * 3;
      double[] day = c.day();
      double[] q1 = c.q1();
      double[] med = c.median();
      double[] q3 = c.q3();
      StringBuilder points = new StringBuilder();
      for (int k = 0; k < day.length; k++) {
        double x = xOf(day[k], plotW) + offset;
        if (q3[k] > 0) {
          double lo = q1[k] > 0 ? yOf(q1[k], bottom, top, plotH) : TOP + plotH;
          out.append(line(x, lo, x, yOf(q3[k], bottom, top, plotH), colour));
        }
        if (med[k] > 0) {
          double y = yOf(med[k], bottom, top, plotH);
          points.append(points.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
          out.append("<circle cx=\"")
              .append(fmt(x))
              .append("\" cy=\"")
              .append(fmt(y))
              .append("\" r=\"2.5\" fill=\"")
              .append(colour)
              .append("\"/>\n");
        }
      }
      out.append("<polyline fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" points=\"")
          .append(points)
          .append("\"/>\n");
      double ly = TOP + 14 + 18 * i;
      out.append(line(LEFT + plotW + 10, ly - 4, LEFT + plotW + 30, ly - 4, colour));
      out.append(text(LEFT + plotW + 34, ly, "start", c.label().render(lang)));
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static double xOf(double day, int plotW) {
    return LEFT + plotW * StrictMath.log10(1 + day) / X_MAX;
  }

  private static double yOf(double copies, double bottom, double top, int plotH) {
    double v = Math.max(StrictMath.log10(copies), bottom);
    return TOP + plotH * (1 - (v - bottom) / (top - bottom));
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\"/>\n";
  }

  private static String text(double x, double y, String anchor, String s) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + Html.escape(s)
        + "</text>\n";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
