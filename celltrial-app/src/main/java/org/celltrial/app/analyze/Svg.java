package org.celltrial.app.analyze;

import java.util.List;
import org.celltrial.analysis.study.Figure;
import org.celltrial.analysis.study.ForestFigure;
import org.celltrial.analysis.study.IncidenceFigure;
import org.celltrial.analysis.study.KaplanMeierFigure;
import org.celltrial.analysis.study.SwimmerFigure;
import org.celltrial.analysis.study.ToxicityTimelineFigure;
import org.celltrial.analysis.study.WaterfallFigure;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/**
 * One report figure as an HTML {@code <figure>}: a self-contained inline SVG 720 pixels wide (A4
 * width at 96 dpi less the margins) and a caption with the figure number, the title, the analysis
 * set, the guideline IDs and the notes. Every text comes from the figure's bilingual messages or
 * this package's bundle; coordinates are written by {@link SvgCanvas} with fixed decimals, so the
 * same figure gives the same bytes.
 *
 * <p>Each kind of {@link Figure} has one branch in {@link #draw}; a new kind (expansion curves,
 * G-PH-1) adds its branch there and draws in its own class.
 */
final class Svg {
  /** Width of every figure, pixels. */
  static final int WIDTH = 720;

  private Svg() {}

  /** The figure with its caption; {@code number} counts from 1 in report order. */
  static String figure(Figure f, int number, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append("<figure id=\"figure-").append(f.id()).append("\">\n");
    out.append(draw(f, lang));
    out.append("<figcaption><b>")
        .append(Html.escape(t(lang, "analyze.figure.number", number)))
        .append("</b> ")
        .append(Html.escape(f.title().render(lang)))
        .append("<br>")
        .append(Html.escape(t(lang, "analyze.figure.meta", f.set().render(lang), f.rules())));
    for (Message note : f.notes()) {
      out.append("<br>").append(Html.escape(note.render(lang)));
    }
    out.append("</figcaption>\n</figure>\n");
    return out.toString();
  }

  /** The SVG of one figure. */
  static String draw(Figure f, Lang lang) {
    String title = f.title().render(lang);
    if (f instanceof KaplanMeierFigure km) {
      return StepSvg.kaplanMeier(km, title, lang);
    }
    if (f instanceof IncidenceFigure cif) {
      return StepSvg.incidence(cif, title, lang);
    }
    if (f instanceof SwimmerFigure sw) {
      return LaneSvg.swimmer(sw, title, lang);
    }
    if (f instanceof ToxicityTimelineFigure tox) {
      return LaneSvg.toxicity(tox, title, lang);
    }
    if (f instanceof WaterfallFigure w) {
      return BarSvg.waterfall(w, title, lang);
    }
    return BarSvg.forest((ForestFigure) f, title, lang);
  }

  /** The colour of a best overall response: complete, partial, stable, failure, not evaluable. */
  static String colour(Category c) {
    return switch (c) {
      case SCR, CR, CRI -> "#70ad47";
      case VGPR, PR -> "#5b9bd5";
      case MR, MLFS, SD -> "#a5a5a5";
      case NR, PD -> "#ed7d31";
      case NE -> "#d9d9d9";
    };
  }

  /** The legend of the response colours for the categories present, in category order. */
  static double responseLegend(SvgCanvas c, double x, double y, List<Category> present) {
    double row = y;
    for (Category k : Category.values()) {
      if (present.contains(k)) {
        c.rect(x, row - 9, 14, 10, colour(k), "");
        c.text(x + 20, row, "start", k.label());
        row += 16;
      }
    }
    return row;
  }

  /** Y-axis percent ticks and labels from {@code lo} to {@code hi} every {@code step}. */
  static void percentAxis(
      SvgCanvas c, double left, double top, double height, int lo, int hi, int step) {
    c.line(left, top, left, top + height);
    for (int p = lo; p <= hi; p += step) {
      double y = top + height * (hi - p) / (double) (hi - lo);
      c.line(left - 4, y, left, y);
      c.text(left - 6, y + 4, "end", String.valueOf(p));
    }
  }

  /** X-axis month ticks: a tick and its label at each month of {@code months}. */
  static void monthAxis(SvgCanvas c, double left, double width, double y, List<Integer> months) {
    double max = months.get(months.size() - 1);
    c.line(left, y, left + width, y);
    for (int m : months) {
      double x = left + width * m / max;
      c.line(x, y, x, y + 4);
      c.text(x, y + 16, "middle", String.valueOf(m));
    }
  }

  static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
