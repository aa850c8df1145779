package org.celltrial.app.analyze;

import java.util.List;
import java.util.Locale;
import org.celltrial.analysis.study.CurveSeries;
import org.celltrial.common.i18n.Lang;

/**
 * A step-function plot as inline SVG: axes with ticks every 3 months and every 20 %, one polyline
 * per curve and a legend. No external resources; coordinates with two decimals so the bytes are
 * stable.
 */
final class Svg {
  private static final String[] COLOURS = {"#1f4e79", "#c55a11", "#548235", "#7030a0"};
  private static final int W = 560;
  private static final int H = 300;
  private static final int LEFT = 50;
  private static final int RIGHT = 150;
  private static final int TOP = 10;
  private static final int BOTTOM = 40;

  private Svg() {}

  static String plot(List<CurveSeries> curves, String xLabel, String yLabel, Lang lang) {
    double xMax = 3;
    for (CurveSeries c : curves) {
      for (double t : c.time()) {
        xMax = Math.max(xMax, Math.ceil(t / 3.0) * 3.0);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("<svg width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" role=\"img\">\n");
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    out.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH));
    out.append(line(LEFT, TOP, LEFT, TOP + plotH));
    for (double t = 0; t <= xMax + 1e-9; t += 3) {
      double x = LEFT + plotW * t / xMax;
      out.append(line(x, TOP + plotH, x, TOP + plotH + 4));
      out.append(text(x, TOP + plotH + 16, "middle", fmt(t)));
    }
    for (int p = 0; p <= 100; p += 20) {
      double y = TOP + plotH * (1 - p / 100.0);
      out.append(line(LEFT - 4, y, LEFT, y));
      out.append(text(LEFT - 6, y + 4, "end", String.valueOf(p)));
    }
    out.append(text(LEFT + plotW / 2.0, H - 6, "middle", xLabel));
    out.append(
        "<text x=\"12\" y=\""
            + fmt(TOP + plotH / 2.0)
            + "\" text-anchor=\"middle\" transform=\"rotate(-90 12 "
            + fmt(TOP + plotH / 2.0)
            + ")\">"
            + Html.escape(yLabel)
            + "</text>\n");
    for (int i = 0; i < curves.size(); i++) {
      CurveSeries c = curves.get(i);
      String colour = COLOURS[i % COLOURS.length];
      out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" points=\"");
      double[] t = c.time();
      double[] v = c.value();
      double prev = v.length == 0 ? 1 : start(c);
      out.append(fmt(LEFT)).append(',').append(fmt(TOP + plotH * (1 - prev)));
      for (int k = 0; k < t.length; k++) {
        double x = LEFT + plotW * t[k] / xMax;
        out.append(' ').append(fmt(x)).append(',').append(fmt(TOP + plotH * (1 - prev)));
        out.append(' ').append(fmt(x)).append(',').append(fmt(TOP + plotH * (1 - v[k])));
        prev = v[k];
      }
      out.append("\"/>\n");
      double ly = TOP + 14 + 18 * i;
      out.append(
          "<line x1=\""
              + fmt(LEFT + plotW + 10)
              + "\" y1=\""
              + fmt(ly - 4)
              + "\" x2=\""
              + fmt(LEFT + plotW + 30)
              + "\" y2=\""
              + fmt(ly - 4)
              + "\" stroke=\""
              + colour
              + "\"/>\n");
      out.append(text(LEFT + plotW + 34, ly, "start", c.label().render(lang)));
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** Survival curves start at 1, cumulative incidence at 0 (its first point is time 0). */
  private static double start(CurveSeries c) {
    return c.figure().equals("cif") ? 0 : 1;
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\"#333\"/>\n";
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
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
  }
}
