package org.celltrial.app.analyze;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.celltrial.analysis.study.ExpansionCurve;
import org.celltrial.analysis.study.Figure;
import org.celltrial.analysis.study.Figures;
import org.celltrial.analysis.study.Kinetics;
import org.celltrial.analysis.study.ReportTable;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Output;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.OutputDirectory;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/**
 * Writes the report into a hidden temporary directory next to the target and moves it into place at
 * the end, so that a failed analysis leaves nothing behind: {@code report.<lang>.html}, {@code
 * report.<lang>.pdf} ({@link PdfReport}), {@code tables/<table>.<lang>.csv} and {@code
 * tables.<lang>.xlsx} ({@link XlsxTables}) per language, and the ADaM datasets ({@link AdamFiles}).
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * Fills a fresh temporary directory with {@code fill} and moves it to {@code out}, which must not
   * exist or be empty.
   */
  static void atomically(Path out, Consumer<Path> fill) {
    OutputDirectory.fillAtomically(out, "analyze.outNotEmpty", "analyze.writeFailed", fill::accept);
  }

  /**
   * The report and tables of every language, and the ADaM datasets, whose subjects' records were
   * appended to {@code adam} while the study was read (opened on {@code dir}); returns the files
   * written, relative to {@code dir}.
   *
   * @param cjkFont the font for {@code report.<lang>.pdf} ({@link PdfFont}); {@code null} writes no
   *     PDF
   */
  static List<String> write(
      StudyAnalysis a,
      AdamFiles adam,
      List<Lang> langs,
      String generatedAt,
      Path cjkFont,
      Path dir) {
    try {
      Path tables = Files.createDirectories(dir.resolve("tables"));
      // Each language's report and the ADaM datasets are independent and write distinct files:
      // they run side by side (the PDF layout dominates), and are listed in a fixed order.
      // The ADaM files go first: on a large study they take longest (they copy the spilled rows).
      List<Callable<List<String>>> parts = new ArrayList<>();
      parts.add(() -> adam.finish(a.input(), generatedAt));
      List<Figure> figures = Figures.of(a);
      List<ExpansionCurve> expansion = Kinetics.expansion(a.input());
      for (Lang lang : langs) {
        parts.add(() -> language(a, figures, expansion, lang, generatedAt, cjkFont, dir, tables));
      }
      List<List<String>> done = Parallel.all(parts, parts.size());
      List<String> written = new ArrayList<>();
      for (List<String> files : done.subList(1, done.size())) {
        written.addAll(files);
      }
      written.addAll(done.get(0));
      return written;
    } catch (IOException e) {
      throw new CelltrialException(
          CliMessages.of("analyze.writeFailed", dir, String.valueOf(e.getMessage())), e);
    }
  }

  private static List<String> language(
      StudyAnalysis a,
      List<Figure> figures,
      List<ExpansionCurve> expansion,
      Lang lang,
      String generatedAt,
      Path cjkFont,
      Path dir,
      Path tables)
      throws IOException {
    List<String> written = new ArrayList<>();
    String name = "report." + lang.code() + ".html";
    String html = Html.render(a, figures, expansion, lang, generatedAt);
    Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    written.add(name);
    if (cjkFont != null) {
      String pdf = "report." + lang.code() + ".pdf";
      Files.write(dir.resolve(pdf), PdfReport.render(html, cjkFont));
      written.add(pdf);
    }
    for (ReportTable t : a.tables()) {
      String csv = t.id() + "." + lang.code() + ".csv";
      Files.writeString(tables.resolve(csv), csv(t, lang), StandardCharsets.UTF_8);
      written.add("tables/" + csv);
    }
    written.add(XlsxTables.write(a, lang, generatedAt, dir));
    return written;
  }

  /** The table as CSV, written by the same writer as {@code --format csv}. */
  static String csv(ReportTable t, Lang lang) {
    List<List<String>> rows = new ArrayList<>();
    for (List<Message> row : t.rows()) {
      rows.add(render(row, lang));
    }
    return Output.csv(
        List.of(new Table(t.title().render(lang), render(t.header(), lang), rows, List.of())));
  }

  private static List<String> render(List<Message> cells, Lang lang) {
    return cells.stream().map(m -> m.render(lang)).toList();
  }
}
