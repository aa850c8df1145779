package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figure text becomes glyph outlines placed as SVG places text. Liberation Sans (2048 units per em)
 * serves as both fonts here, so every number below follows from its {@code hmtx} table.
 */
class SvgOutlinesTest {

  @Test
  void textBecomesAnSvgPathThatKeepsFillAndTransform() throws IOException {
    Document page =
        svg(
            "<text x=\"12\" y=\"135\" text-anchor=\"middle\" transform=\"rotate(-90 12 135)\">"
                + "Survival, %</text><text x=\"10\" y=\"20\" fill=\"#c55a11\">A</text>");
    outlines().outline(page.selectFirst("svg"));
    assertThat(page.select("text")).isEmpty();
    assertThat(page.select("path")).hasSize(2);
    for (Element p : page.select("path")) {
      assertThat(p.tag().namespace()).isEqualTo(Parser.NamespaceSvg);
      assertThat(p.attr("d")).startsWith("M");
    }
    assertThat(page.select("path").get(0).attr("transform")).isEqualTo("rotate(-90 12 135)");
    assertThat(page.select("path").get(0).attr("fill")).isEqualTo("#222");
    assertThat(page.select("path").get(1).attr("fill")).isEqualTo("#c55a11");
  }

  /**
   * "HH" at 12 px: the advance of H in Liberation Sans is 1479/2048 em, so the line is 2 × 1479 ×
   * 12 / 2048 = 17.33 px wide. Anchored at its end at x = 100, the outlines lie in [100 − 17.33,
   * 100]; at its middle, in [91.33, 108.67]; the stems of H start after its left side bearing.
   * Coordinates are written with two decimals, so two of them agree to 0.01.
   */
  @Test
  void anchorsShiftTheLineByItsWidth() throws IOException {
    double width = 2 * 1479 * 12 / 2048.0;
    double[] end = xRange(outline("<text x=\"100\" y=\"50\" text-anchor=\"end\">HH</text>"));
    assertThat(end[0]).isGreaterThan(100 - width).isLessThan(100 - width + 2);
    assertThat(end[1]).isLessThan(100).isGreaterThan(98);
    double[] mid = xRange(outline("<text x=\"100\" y=\"50\" text-anchor=\"middle\">HH</text>"));
    assertThat(mid[0]).isCloseTo(end[0] + width / 2, org.assertj.core.data.Offset.offset(0.011));
    double[] start = xRange(outline("<text x=\"100\" y=\"50\">HH</text>"));
    assertThat(start[0]).isCloseTo(end[0] + width, org.assertj.core.data.Offset.offset(0.011));
  }

  /** A legend label starting at x = 444 in a 560-wide figure that would be cut is made to fit. */
  @Test
  void aFigureIsWidenedToItsRightmostUnrotatedText() throws IOException {
    Document page = svg("<text x=\"444\" y=\"24\">Relapse or progression (long label)</text>");
    Element svg = page.selectFirst("svg");
    outlines().outline(svg);
    double right = xRange(svg.selectFirst("path"))[1];
    assertThat(right).isGreaterThan(560);
    assertThat(Integer.parseInt(svg.attr("width"))).isGreaterThanOrEqualTo((int) right);
    Document rotated = svg("<text x=\"12\" y=\"50\" transform=\"rotate(-90 12 50)\">x</text>");
    outlines().outline(rotated.selectFirst("svg"));
    assertThat(rotated.selectFirst("svg").attr("width")).isEqualTo("560");
  }

  /** Chinese text takes its glyphs from the CJK font, when one is installed. */
  @Test
  void chineseGlyphsComeFromTheCjkFont() throws IOException {
    Path cjk = PdfFont.find(null, PdfFont.CANDIDATES);
    assumeThat(cjk).isNotNull();
    try (TrueTypeFont latin = liberation();
        PdfFont.Opened font = PdfFont.open(cjk)) {
      Document page = svg("<text x=\"0\" y=\"20\">生存率</text>");
      new SvgOutlines(latin, font.font()).outline(page.selectFirst("svg"));
      double[] x = xRange(page.selectFirst("path"));
      int em = font.font().getUnitsPerEm();
      int gid = font.font().getUnicodeCmapLookup(false).getGlyphId('率');
      double width = 2 * 12.0 + font.font().getAdvanceWidth(gid) * 12.0 / em;
      assertThat(x[1] - x[0]).isGreaterThan(width / 2).isLessThanOrEqualTo(width);
    }
  }

  /** Coordinates: two decimals, rounded half away from zero, no negative zero. */
  @ParameterizedTest
  @CsvSource({
    "0, 0.00",
    "12.5, 12.50",
    "3.14159, 3.14",
    "0.999, 1.00",
    "0.05, 0.05",
    "-2.718, -2.72",
    "-0.004, 0.00",
    "-0.006, -0.01",
    "560, 560.00"
  })
  void coordinatesHaveTwoDecimals(double v, String expected) {
    assertThat(SvgOutlines.fmt(v)).isEqualTo(expected);
  }

  private static Element outline(String text) throws IOException {
    Document page = svg(text);
    outlines().outline(page.selectFirst("svg"));
    return page.selectFirst("path");
  }

  /** Minimum and maximum x of a path's points. */
  private static double[] xRange(Element path) {
    double[] v =
        Arrays.stream(path.attr("d").split("[MLQCZ ]+"))
            .filter(s -> !s.isEmpty())
            .mapToDouble(Double::parseDouble)
            .toArray();
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < v.length; i += 2) {
      min = Math.min(min, v[i]);
      max = Math.max(max, v[i]);
    }
    return new double[] {min, max};
  }

  private static Document svg(String body) {
    return Jsoup.parse("<body><svg width=\"560\" height=\"300\">" + body + "</svg></body>");
  }

  private static SvgOutlines outlines() throws IOException {
    TrueTypeFont latin = liberation();
    return new SvgOutlines(latin, latin);
  }

  private static TrueTypeFont liberation() throws IOException {
    try (InputStream in =
        SvgOutlinesTest.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
  }
}
