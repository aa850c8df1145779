package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.common.i18n.Lang;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's fonts lose their {@code GSUB} table: every other table is kept byte for byte, and the
 * substitutions PDFBox would have applied change no glyph of a report's text in either language.
 */
class FontTablesTest {
  private static final String LIBERATION =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  @TempDir Path tmp;

  @Test
  void everyTableButGsubIsKeptByteForByte() throws IOException {
    byte[] original = liberation();
    byte[] stripped = FontTables.without(original, "GSUB");
    TrueTypeFont before = parse(original);
    TrueTypeFont after = parse(stripped);
    assertThat(before.getTableMap()).containsKey("GSUB");
    assertThat(after.getTableMap()).doesNotContainKey("GSUB");
    assertThat(after.getTableMap()).hasSize(before.getTableMap().size() - 1);
    for (TTFTable t : after.getTableMap().values()) {
      assertThat(t.getOffset() % 4).as(t.getTag()).isZero();
      assertThat(after.getTableBytes(t))
          .as(t.getTag())
          .isEqualTo(before.getTableBytes(before.getTableMap().get(t.getTag())));
    }
    assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
    assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
  }

  @Test
  void whatIsNotASingleFontWithTheTableIsReturnedAsItIs() throws IOException {
    byte[] noFont = "not a font".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(FontTables.without(noFont, "GSUB")).isSameAs(noFont);
    byte[] collection = "ttcf\0\1\0\0\0\0\0\1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(FontTables.without(collection, "GSUB")).isSameAs(collection);
    byte[] stripped = FontTables.without(liberation(), "GSUB");
    assertThat(FontTables.without(stripped, "GSUB")).isSameAs(stripped);
  }

  /**
   * PDFBox runs each word drawn in a font through that font's substitutions ({@code
   * GsubWorkerFactory}, the features it applies for the font's script); for the words of the report
   * in Chinese and English they change no glyph, in Liberation Sans and in the CJK font.
   */
  @Test
  void theSubstitutionsChangeNoGlyphOfAReport() throws IOException {
    StudyAnalysis a = StudyAnalysis.of(StudyDirectory.read(AnalyzeCommandTest.handBuilt(tmp)));
    List<String> words = new ArrayList<>();
    for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
      String text = Jsoup.parse(Html.render(a, lang, "2026-01-02T03:04:05Z")).text();
      words.addAll(List.of(text.split("\\s+")));
    }
    assertThat(words).hasSizeGreaterThan(500);
    List<TrueTypeFont> fonts = new ArrayList<>(List.of(parse(liberation())));
    Path cjk = PdfFont.find(null, PdfFont.CANDIDATES);
    if (cjk != null && !PdfFont.isCollection(cjk)) {
      fonts.add(parse(Files.readAllBytes(cjk)));
    }
    for (TrueTypeFont font : fonts) {
      CmapLookup cmap = font.getUnicodeCmapLookup(false);
      GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, font.getGsubData());
      int runs = 0;
      for (String word : words) {
        for (List<Integer> run : runsIn(word, cmap)) {
          assertThat(worker.applyTransforms(run)).as(font.getName() + " " + word).isEqualTo(run);
          runs++;
        }
      }
      assertThat(runs).as(font.getName()).isGreaterThan(500);
    }
  }

  /** The glyphs of the runs of {@code word} that the font has (what it would draw). */
  private static List<List<Integer>> runsIn(String word, CmapLookup cmap) {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (char c : word.toCharArray()) {
      int gid = cmap.getGlyphId(c);
      if (gid > 0) {
        run.add(gid);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static byte[] liberation() throws IOException {
    try (InputStream in = FontTablesTest.class.getResourceAsStream(LIBERATION)) {
      return in.readAllBytes();
    }
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }
}
