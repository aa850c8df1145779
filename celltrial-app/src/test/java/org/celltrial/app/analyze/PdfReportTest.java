package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.celltrial.analysis.study.Figure;
import org.celltrial.analysis.study.Figures;
import org.celltrial.analysis.study.ReportTable;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliRun;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code report.<lang>.pdf}: written for both languages, readable back with PDFBox (titles of every
 * table, the figure captions, Chinese and English), byte-identical for the same input, skipped with
 * a message when no CJK font exists, and all-or-nothing with the rest of the report.
 */
class PdfReportTest {
  private static final String STAMP = "2026-01-02T03:04:05Z";

  @TempDir Path tmp;

  /** CI installs a CJK font (.ci/run); a user's machine without one skips these tests. */
  @BeforeAll
  static void needsACjkFont() {
    assumeTrue(
        PdfFont.find(null, PdfFont.CANDIDATES) != null || System.getenv("CI") != null,
        "no CJK TrueType font installed (fonts-droid-fallback)");
  }

  @Test
  void demoWritesOnePdfPerLanguageWithEveryTableTitleAndFigureCaption() throws IOException {
    Path out = tmp.resolve("demo");
    CliRun run = CliRun.of("analyze", "--demo", "--n", "30", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("report.zh.pdf", "report.en.pdf");
    StudyAnalysis a = StudyAnalysis.of(StudyDirectory.read(out.resolve("study")));
    for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
      try (PDDocument pdf =
          Loader.loadPDF(out.resolve("report." + lang.code() + ".pdf").toFile())) {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        String text = squeeze(new PDFTextStripper().getText(pdf));
        List<String> expected = new ArrayList<>();
        expected.add(t(lang, "analyze.report.title", a.input().studyId()));
        for (Figure f : Figures.of(a)) {
          expected.add(f.title().render(lang));
        }
        for (ReportTable table : a.tables()) {
          expected.add(table.title().render(lang));
        }
        for (String s : expected) {
          assertThat(text).as(lang + ": " + s).contains(squeeze(s));
        }
        assertThat(fonts(pdf)).anyMatch(f -> f.contains("LiberationSans"));
      }
    }
    try (PDDocument zh = Loader.loadPDF(out.resolve("report.zh.pdf").toFile())) {
      assertThat(squeeze(new PDFTextStripper().getText(zh))).contains("临床研究报告", "受试者分布");
      String cjk = PdfFont.find(null, PdfFont.CANDIDATES).getFileName().toString();
      assertThat(fonts(zh)).as("embedded CJK font from " + cjk).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theSameInputGivesByteIdenticalPdfs() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    StudyDirectory.StudyPackage pkg = StudyDirectory.readPackage(study);
    StudyAnalysis a = StudyAnalysis.of(pkg.input());
    Path font = PdfFont.find(null, PdfFont.CANDIDATES);
    Path x = Files.createDirectories(tmp.resolve("x"));
    Path y = Files.createDirectories(tmp.resolve("y"));
    List<Lang> langs = List.of(Lang.ZH);
    assertThat(ReportFiles.write(a, adam(x, pkg), langs, STAMP, font, x)).contains("report.zh.pdf");
    ReportFiles.write(a, adam(y, pkg), langs, STAMP, font, y);
    for (String name : List.of("report.zh.pdf")) {
      byte[] first = Files.readAllBytes(x.resolve(name));
      assertThat(Files.readAllBytes(y.resolve(name))).as(name).isEqualTo(first);
      try (PDDocument pdf = Loader.loadPDF(first)) {
        assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
        assertThat(pdf.getDocumentInformation().getModificationDate()).isNull();
        assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("celltrial");
      }
    }
  }

  @Test
  void withoutACjkFontEverythingButThePdfIsWrittenAndTheCommandSaysWhy() {
    Path out = tmp.resolve("out");
    for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
      Path dir = out.resolve(lang.code());
      AnalyzeCommand command = new AnalyzeCommand();
      command.fontCandidates = List.of(tmp.resolve("no-such-font.ttf"));
      StringWriter stdout = new StringWriter();
      StringWriter stderr = new StringWriter();
      CommandLine cl = new CommandLine(command);
      cl.setOut(new PrintWriter(stdout, true));
      cl.setErr(new PrintWriter(stderr, true));
      int code =
          cl.execute(
              "--demo",
              "--n",
              "12",
              "--out",
              dir.toString(),
              "--lang",
              lang.code(),
              "--report-langs",
              lang.code());
      assertThat(code).as(stderr.toString()).isZero();
      assertThat(dir.resolve("report." + lang.code() + ".html")).exists();
      assertThat(dir.resolve("tables." + lang.code() + ".xlsx")).exists();
      assertThat(dir.resolve("report." + lang.code() + ".pdf")).doesNotExist();
      String message = t(lang, "analyze.pdf.noFont", PdfFont.CANDIDATES.get(0));
      assertThat(stderr.toString()).contains(message);
      assertThat(stdout.toString()).contains(message);
    }
    assertThat(t(Lang.ZH, "analyze.pdf.noFont", "F")).contains("未生成", "fonts-droid-fallback");
  }

  @Test
  void aPdfThatFailsToRenderLeavesNothingBehind() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    StudyDirectory.StudyPackage pkg = StudyDirectory.readPackage(study);
    StudyAnalysis a = StudyAnalysis.of(pkg.input());
    Path broken = Files.writeString(tmp.resolve("broken.ttf"), "not a font");
    Path out = tmp.resolve("report");
    assertThatThrownBy(
            () ->
                ReportFiles.atomically(
                    out,
                    dir ->
                        ReportFiles.write(a, adam(dir, pkg), List.of(Lang.EN), STAMP, broken, dir)))
        .isInstanceOf(CelltrialException.class)
        .satisfies(e -> assertThat(((CelltrialException) e).render(Lang.EN)).contains("--out"));
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".report"));
    }
  }

  @Test
  void aGivenFontThatIsMissingOrNotTrueTypeIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path out = tmp.resolve("out");
    Path missing = tmp.resolve("missing.ttf");
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--n",
            "20",
            "--out",
            out.toString(),
            "--pdf-font",
            missing.toString(),
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--pdf-font", "missing.ttf").doesNotContain("Exception");
    Path text = Files.writeString(tmp.resolve("notes.ttf"), "plain text");
    run =
        CliRun.of(
            "analyze",
            "--demo",
            "--n",
            "20",
            "--out",
            out.toString(),
            "--pdf-font",
            text.toString(),
            "--lang",
            "zh");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--pdf-font", "notes.ttf", "TrueType");
    assertThat(out).doesNotExist();
  }

  @Test
  void aGivenTrueTypeFontWithChineseGlyphsIsUsed() {
    Path font = PdfFont.find(null, PdfFont.CANDIDATES);
    assertThat(PdfFont.find(font, List.of())).isEqualTo(font);
  }

  private static List<String> fonts(PDDocument pdf) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        String font = page.getResources().getFont(name).getName();
        if (!names.contains(font)) {
          names.add(font);
        }
      }
    }
    return names;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }

  /** The ADaM writer of {@code dir} with every subject of the package appended. */
  private static AdamFiles adam(Path dir, StudyDirectory.StudyPackage pkg) {
    try {
      AdamFiles adam = AdamFiles.open(dir);
      adam.appendAll(pkg.input(), pkg.adam());
      return adam;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
