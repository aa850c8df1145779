package org.celltrial.app.analyze;

import java.util.List;
import org.celltrial.analysis.study.CurveSeries;
import org.celltrial.analysis.study.IncidenceFigure;
import org.celltrial.analysis.study.KaplanMeierFigure;
import org.celltrial.common.i18n.Lang;

/**
 * Step curves: Kaplan–Meier survival from 100 % with censoring ticks and the numbers at risk under
 * the x axis, and cumulative incidence from 0 %. One colour per curve, legend on the right. A
 * censoring tick that would fall on the same whole pixel as the one before it is not drawn again,
 * so that a registry-scale study does not write one element per censored subject.
 */
final class StepSvg {
  static final String[] COLOURS = {"#1f4e79", "#c55a11", "#548235", "#7030a0"};
  private static final double LEFT = 110;
  private static final double TOP = 16;
  private static final double PLOT_W = 430;
  private static final double PLOT_H = 230;
  private static final double ROW = 17;

  private StepSvg() {}

  static String kaplanMeier(KaplanMeierFigure f, String title, Lang lang) {
    List<CurveSeries> curves = f.curves();
    double riskTop = TOP + PLOT_H + 62;
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, riskTop + ROW * curves.size() + 8, title);
    axes(c, f.months(), Svg.t(lang, "analyze.axis.survival"), lang);
    curves(c, curves, f.months(), 1, lang, LEFT + PLOT_W + 16);
    double last = f.months().get(f.months().size() - 1);
    for (int i = 0; i < f.censored().size(); i++) {
      CurveSeries m = f.censored().get(i);
      double[] t = m.time();
      double[] v = m.value();
      String drawn = "";
      for (int k = 0; k < t.length; k++) {
        double x = LEFT + PLOT_W * t[k] / last;
        String at = SvgCanvas.fmt(Math.rint(x)) + "," + SvgCanvas.fmt(Math.rint(y(v[k])));
        if (!at.equals(drawn)) {
          c.line(x, y(v[k]) - 4, x, y(v[k]) + 4, COLOURS[i % COLOURS.length], "");
          drawn = at;
        }
      }
    }
    c.text(8, riskTop - 4, "start", Svg.t(lang, "analyze.axis.atRisk"), " font-weight=\"bold\"");
    double max = f.months().get(f.months().size() - 1);
    for (int i = 0; i < curves.size(); i++) {
      double y = riskTop + ROW * (i + 1) - 4;
      String colour = COLOURS[i % COLOURS.length];
      c.text(8, y, "start", curves.get(i).label().render(lang), " fill=\"" + colour + "\"");
      List<Integer> n = f.atRisk().get(i);
      for (int k = 0; k < n.size(); k++) {
        double x = LEFT + PLOT_W * f.months().get(k) / max;
        c.text(x, y, "middle", String.valueOf(n.get(k)), " fill=\"" + colour + "\"");
      }
    }
    return c.close();
  }

  static String incidence(IncidenceFigure f, String title, Lang lang) {
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, TOP + PLOT_H + 46, title);
    axes(c, f.months(), Svg.t(lang, "analyze.axis.incidence"), lang);
    curves(c, f.curves(), f.months(), 0, lang, LEFT + 12);
    return c.close();
  }

  private static void axes(SvgCanvas c, List<Integer> months, String yLabel, Lang lang) {
    Svg.percentAxis(c, LEFT, TOP, PLOT_H, 0, 100, 20);
    Svg.monthAxis(c, LEFT, PLOT_W, TOP + PLOT_H, months);
    c.text(LEFT + PLOT_W / 2, TOP + PLOT_H + 34, "middle", Svg.t(lang, "analyze.axis.months"));
    c.verticalText(LEFT - 40, TOP + PLOT_H / 2, yLabel);
  }

  /**
   * The step polylines from {@code (0, start)} and the legend at {@code lx}: right of the plot for
   * survival, inside its empty upper left for incidence (whose long names need the room).
   */
  private static void curves(
      SvgCanvas c,
      List<CurveSeries> curves,
      List<Integer> months,
      double start,
      Lang lang,
      double lx) {
    double max = months.get(months.size() - 1);
    for (int i = 0; i < curves.size(); i++) {
      CurveSeries s = curves.get(i);
      double[] t = s.time();
      double[] v = s.value();
      double[] xy = new double[2 + 4 * t.length];
      double prev = start;
      xy[0] = LEFT;
      xy[1] = y(prev);
      for (int k = 0; k < t.length; k++) {
        double x = LEFT + PLOT_W * t[k] / max;
        xy[2 + 4 * k] = x;
        xy[3 + 4 * k] = y(prev);
        xy[4 + 4 * k] = x;
        xy[5 + 4 * k] = y(v[k]);
        prev = v[k];
      }
      String colour = COLOURS[i % COLOURS.length];
      c.polyline(colour, " stroke-width=\"2\"", xy);
      double ly = TOP + 14 + 18 * i;
      c.line(lx, ly - 4, lx + 22, ly - 4, colour, " stroke-width=\"2\"");
      c.text(lx + 28, ly, "start", s.label().render(lang));
    }
  }

  private static double y(double value) {
    return TOP + PLOT_H * (1 - value);
  }
}
