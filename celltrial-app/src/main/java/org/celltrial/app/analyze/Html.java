package org.celltrial.app.analyze;

import java.util.List;
import org.celltrial.analysis.study.ExpansionCurve;
import org.celltrial.analysis.study.Figure;
import org.celltrial.analysis.study.Figures;
import org.celltrial.analysis.study.Kinetics;
import org.celltrial.analysis.study.ReportTable;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.binomial.TargetValueVerdict;

/**
 * The report as one self-contained HTML page in one language: inline CSS, tables, figures as inline
 * SVG. The only line that changes between runs on the same input is the one carrying {@code
 * generatedAt}.
 */
final class Html {
  private static final String CSS =
      "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
          + "table{border-collapse:collapse;margin:.5em 0}"
          + "th,td{border:1px solid #999;padding:2px 6px;text-align:left}"
          + "th{background:#eee}.meta{color:#555;font-size:90%}"
          + ".verdict{font-weight:bold;font-size:110%}"
          + "figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}"
          + "figcaption{font-size:90%;color:#333;max-width:720px}"
          + "svg{overflow:visible}";

  private Html() {}

  static String render(StudyAnalysis a, Lang lang, String generatedAt) {
    return render(a, Figures.of(a), Kinetics.expansion(a.input()), lang, generatedAt);
  }

  /**
   * The page, with the figures' data computed once for every language ({@link Figures#of}, {@link
   * Kinetics#expansion}): on a registry-scale study that is seconds per language.
   */
  static String render(
      StudyAnalysis a,
      List<Figure> figures,
      List<ExpansionCurve> expansion,
      Lang lang,
      String generatedAt) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang == Lang.ZH ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(t(lang, "analyze.report.title", a.input().studyId())))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(t(lang, "analyze.report.title", a.input().studyId())))
        .append("</h1>\n<p>")
        .append(escape(a.input().title() == null ? "" : a.input().title()))
        .append("</p>\n<p class=\"meta\">")
        .append(escape(t(lang, "analyze.report.generated", generatedAt)))
        .append("</p>\n<p class=\"meta\">")
        .append(
            escape(
                t(
                    lang,
                    "analyze.report.cutoff",
                    a.input().cutoff(),
                    a.input().indication().label(),
                    a.target().libraryVersion())))
        .append("</p>\n<h2>")
        .append(escape(t(lang, "analyze.section.summary")))
        .append("</h2>\n<p class=\"verdict\">")
        .append(escape(verdictLine(a, lang)))
        .append("</p>\n");
    for (ReportTable table : a.tables()) {
      out.append(table(table, lang));
      if (table.id().equals("kinetics")) {
        out.append(ExpansionSvg.figures(expansion, lang));
      }
    }
    out.append(figures(figures, lang));
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The one-line verdict: endpoint, x/n, rate with CI, p, and whether the target was met. */
  static String verdictLine(StudyAnalysis a, Lang lang) {
    TargetValueVerdict v = a.mitt() != null ? a.mitt() : a.itt();
    String set = a.mitt() != null ? "mITT" : "ITT";
    int n = a.mitt() != null ? a.infused() : a.enrolled();
    int x = a.mitt() != null ? a.mittResponders() : a.ittResponders();
    return t(
        lang,
        "analyze.verdict",
        a.endpoint().render(lang),
        set,
        x,
        n,
        pct(x / (double) n),
        pct(v.interval().lower()),
        pct(v.interval().upper()),
        pct(v.target()),
        String.format(java.util.Locale.ROOT, "%.4g", v.pValueGreater()),
        t(lang, v.met() ? "analyze.verdict.met" : "analyze.verdict.notMet"));
  }

  static String pct(double p) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p);
  }

  /** The figures section, numbered from 1 in report order; nothing when there is no figure. */
  static String figures(List<Figure> figures, Lang lang) {
    if (figures.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("<h2 id=\"figures\">").append(escape(t(lang, "analyze.section.figures")));
    out.append("</h2>\n");
    for (int i = 0; i < figures.size(); i++) {
      out.append(Svg.figure(figures.get(i), i + 1, lang));
    }
    return out.toString();
  }

  private static String table(ReportTable table, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append("<h2 id=\"")
        .append(table.id())
        .append("\">")
        .append(escape(table.title().render(lang)))
        .append("</h2>\n<p class=\"meta\">")
        .append(escape(t(lang, "analyze.table.meta", table.set().render(lang), table.rules())))
        .append("</p>\n<table>\n<tr>");
    for (Message h : table.header()) {
      out.append("<th>").append(escape(h.render(lang))).append("</th>");
    }
    out.append("</tr>\n");
    for (List<Message> row : table.rows()) {
      out.append("<tr>");
      for (Message c : row) {
        out.append("<td>").append(escape(c.render(lang))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
    for (Message note : table.notes()) {
      out.append("<p class=\"meta\">").append(escape(note.render(lang))).append("</p>\n");
    }
    return out.toString();
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
