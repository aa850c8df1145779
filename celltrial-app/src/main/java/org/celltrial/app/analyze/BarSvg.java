package org.celltrial.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.analysis.study.ForestFigure;
import org.celltrial.analysis.study.SubgroupEstimate;
import org.celltrial.analysis.study.WaterfallFigure;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/**
 * The waterfall plot (one vertical bar per subject, percent change from -100 % to +100 %, taller
 * bars cut at the axis) and the forest plot (one row per subgroup: rate with its interval on a
 * 0–100 % axis, overall rate and target value as vertical lines).
 */
final class BarSvg {
  static final double W_LEFT = 70;
  static final double W_TOP = 14;
  static final double W_PLOT_W = 450;
  static final double W_PLOT_H = 280;
  static final double F_LABEL = 8;
  static final double F_N = 200;
  static final double F_LEFT = 270;
  static final double F_PLOT_W = 280;
  static final double F_TOP = 22;
  static final double F_ROW = 18;

  private BarSvg() {}

  /** The y of a percent change, clipped to ±100. */
  static double waterfallY(double percent) {
    double p = Math.max(-100, Math.min(100, percent));
    return W_TOP + W_PLOT_H * (100 - p) / 200;
  }

  /** The left edge of bar {@code i} of {@code n}; each bar takes {@code W_PLOT_W / n}. */
  static double barX(int i, int n) {
    return W_LEFT + W_PLOT_W * i / n;
  }

  static String waterfall(WaterfallFigure f, String title, Lang lang) {
    List<WaterfallFigure.Bar> bars = f.bars();
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, W_TOP + W_PLOT_H + 40, title);
    Svg.percentAxis(c, W_LEFT, W_TOP, W_PLOT_H, -100, 100, 25);
    c.verticalText(W_LEFT - 44, W_TOP + W_PLOT_H / 2, f.measure().render(lang));
    int n = bars.size();
    if (n == 0) {
      c.text(W_LEFT + W_PLOT_W / 2, waterfallY(50), "middle", Svg.t(lang, "analyze.figure.noData"));
    }
    double width = W_PLOT_W / n;
    double gap = width > 4 ? width * 0.15 : 0;
    List<Category> present = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      WaterfallFigure.Bar b = bars.get(i);
      double y0 = waterfallY(0);
      double y1 = waterfallY(b.percent());
      c.rect(
          barX(i, n) + gap / 2,
          Math.min(y0, y1),
          width - gap,
          Math.abs(y1 - y0),
          Svg.colour(b.best()),
          "");
      if (!present.contains(b.best())) {
        present.add(b.best());
      }
    }
    c.line(W_LEFT, waterfallY(0), W_LEFT + W_PLOT_W, waterfallY(0));
    for (double t : f.thresholds()) {
      double y = waterfallY(t);
      c.line(W_LEFT, y, W_LEFT + W_PLOT_W, y, "#555", " stroke-dasharray=\"4 3\"");
    }
    c.text(
        W_LEFT + W_PLOT_W / 2,
        W_TOP + W_PLOT_H + 20,
        "middle",
        Svg.t(lang, "analyze.axis.subjects", n));
    double lx = W_LEFT + W_PLOT_W + 24;
    c.text(
        lx,
        W_TOP + 10,
        "start",
        Svg.t(lang, "analyze.legend.bestResponse"),
        " font-weight=\"bold\"");
    Svg.responseLegend(c, lx, W_TOP + 28, present);
    return c.close();
  }

  /** The x of a rate (0–1) on the forest axis. */
  static double forestX(double rate) {
    return F_LEFT + F_PLOT_W * rate;
  }

  static String forest(ForestFigure f, String title, Lang lang) {
    List<SubgroupEstimate> rows = f.rows();
    int lines = rows.size();
    Message previous = null;
    for (SubgroupEstimate r : rows) {
      lines += r.group().equals(previous) ? 0 : 1;
      previous = r.group();
    }
    double bottom = F_TOP + F_ROW * lines + 6;
    SvgCanvas c = new SvgCanvas(Svg.WIDTH, bottom + 40, title);
    String bold = " font-weight=\"bold\"";
    c.text(F_LABEL, F_TOP - 6, "start", Svg.t(lang, "analyze.forest.subgroup"), bold);
    c.text(F_N, F_TOP - 6, "middle", Svg.t(lang, "analyze.forest.n"), bold);
    c.text(Svg.WIDTH - 8, F_TOP - 6, "end", Svg.t(lang, "analyze.forest.rate"), bold);
    c.line(forestX(f.overall()), F_TOP, forestX(f.overall()), bottom, "#555", "");
    c.line(
        forestX(f.target()),
        F_TOP,
        forestX(f.target()),
        bottom,
        "#c00000",
        " stroke-dasharray=\"5 3\"");
    int line = 0;
    previous = null;
    for (SubgroupEstimate r : rows) {
      if (!r.group().equals(previous)) {
        c.text(F_LABEL, F_TOP + F_ROW * line + 13, "start", r.group().render(lang), bold);
        line++;
        previous = r.group();
      }
      double y = F_TOP + F_ROW * line + 9;
      c.text(F_LABEL + 14, y + 4, "start", r.level().render(lang));
      c.text(F_N, y + 4, "middle", r.responders() + "/" + r.n());
      c.line(forestX(r.lower()), y, forestX(r.upper()), y, SvgCanvas.INK, " stroke-width=\"1.5\"");
      c.line(forestX(r.lower()), y - 4, forestX(r.lower()), y + 4);
      c.line(forestX(r.upper()), y - 4, forestX(r.upper()), y + 4);
      c.rect(forestX(r.rate()) - 4, y - 4, 8, 8, "#1f4e79", "");
      c.text(
          Svg.WIDTH - 8,
          y + 4,
          "end",
          percent(r.rate()) + " (" + percent(r.lower()) + "–" + percent(r.upper()) + ")");
      line++;
    }
    c.line(F_LEFT, bottom, F_LEFT + F_PLOT_W, bottom);
    for (int p = 0; p <= 100; p += 20) {
      double x = forestX(p / 100.0);
      c.line(x, bottom, x, bottom + 4);
      c.text(x, bottom + 16, "middle", String.valueOf(p));
    }
    c.text(F_LEFT + F_PLOT_W / 2, bottom + 32, "middle", Svg.t(lang, "analyze.axis.rate"));
    c.text(
        F_LABEL,
        bottom + 32,
        "start",
        Svg.t(lang, "analyze.forest.lines", percent(f.overall()), percent(f.target())));
    return c.close();
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f", 100 * p);
  }
}
