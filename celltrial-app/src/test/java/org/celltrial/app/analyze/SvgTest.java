package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.celltrial.analysis.study.AnalysisMessages;
import org.celltrial.analysis.study.CurveSeries;
import org.celltrial.analysis.study.Figure;
import org.celltrial.analysis.study.ForestFigure;
import org.celltrial.analysis.study.KaplanMeierFigure;
import org.celltrial.analysis.study.SubgroupEstimate;
import org.celltrial.analysis.study.SwimmerFigure;
import org.celltrial.analysis.study.ToxicityTimelineFigure;
import org.celltrial.analysis.study.WaterfallFigure;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Pixel positions of the figures worked out by hand from the layout constants, well-formed SVG
 * (parsed with the JDK XML parser) and byte-identical output. Months are days / 30.4375.
 */
class SvgTest {
  private static final double M = 30.4375;
  private static final Message SET = AnalysisMessages.of("set.mitt");

  @Test
  void waterfallBarsStandOnTheZeroLine() {
    String svg = Svg.draw(waterfall(), Lang.EN);
    // y(p) = 14 + 280 (100 - p) / 200: y(0) = 154, y(+20) = 126, y(-50) = 224, y(-100) = 294.
    // Three bars of 450 / 3 = 150 px with a 15 % gap (22.5): x = 70 + 150 i + 11.25, width 127.5.
    assertThat(svg)
        .contains("<rect x=\"81.25\" y=\"126\" width=\"127.50\" height=\"28\" fill=\"#a5a5a5\"/>")
        .contains("<rect x=\"231.25\" y=\"154\" width=\"127.50\" height=\"70\" fill=\"#5b9bd5\"/>")
        .contains("<rect x=\"381.25\" y=\"154\" width=\"127.50\" height=\"140\" fill=\"#70ad47\"/>")
        // the -50 % threshold, dashed, at y(-50) = 224 across the plot (70 to 520)
        .contains("<line x1=\"70\" y1=\"224\" x2=\"520\" y2=\"224\" stroke=\"#555\"");
    Document d = parse(svg);
    assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(3 + 3);
  }

  @Test
  void swimmerBarsAndMarkersAtTheirMonths() {
    String svg = Svg.draw(swimmer(), Lang.EN);
    // x(m) = 80 + 440 m / 12 (axis to 12 months); lane i top = 12 + 12 i, bar from top + 2, 8 high.
    // A: 365 days = 11.9918 months, width 440 * 11.9918 / 12 = 439.70; B: 150 days = 180.70.
    assertThat(svg)
        .contains("<rect x=\"80\" y=\"14\" width=\"439.70\" height=\"8\" fill=\"#70ad47\"/>")
        .contains("<rect x=\"80\" y=\"26\" width=\"180.70\" height=\"8\" fill=\"#a5a5a5\"/>")
        // A ongoing: arrow from the bar's end 519.70 + 1, lane middle y = 18.
        .contains("<polygon points=\"520.70,13 526.70,18 520.70,23\" fill=\"#333\"/>")
        // A's first PR on day 30: x = 80 + 440 (30 / 30.4375) / 12 = 116.14, triangle around y 18.
        .contains("<polygon points=\"116.14,14 120.14,21 112.14,21\" fill=\"#1f4e79\"")
        // A's CR on day 91: x = 189.62 (189.6235), circle.
        .contains("<circle cx=\"189.62\" cy=\"18\" r=\"3.50\"")
        // B's progression on day 60: x = 152.28, diamond around y = 30.
        .contains("<polygon points=\"152.28,25 156.28,30 152.28,35 148.28,30\" fill=\"#c00000\"");
    // B died: no arrow at its end (260.70).
    assertThat(svg).doesNotContain("261.70,25");
    parse(svg);
  }

  @Test
  void toxicityBarsSpanTheirDays() {
    String svg = Svg.draw(toxicity(), Lang.ZH);
    // day x = 80 + 440 d / 31; lane i top = 12 + 12 i + 1; CRS at top, ICANS 5 below.
    // Lane 0, CRS days 1..5 grade 2: x 94.19, width 440 * 5 / 31 = 70.97.
    assertThat(svg)
        .contains("<rect x=\"94.19\" y=\"13\" width=\"70.97\" height=\"5\" fill=\"#f4b183\"")
        // Lane 1, ICANS days 28..30 grade 3: x 477.42, width 440 * 3 / 31 = 42.58, y 25 + 5.
        .contains("<rect x=\"477.42\" y=\"30\" width=\"42.58\" height=\"5\" fill=\"#e06666\"")
        .contains("回输后天数", "3 级");
    parse(svg);
  }

  @Test
  void numbersAtRiskSitUnderTheirTicks() {
    String svg = Svg.draw(km(), Lang.EN);
    // x = 110 + 430 m / 12 for m = 0, 3, 6, 9, 12; first row at 16 + 230 + 62 + 17 - 4 = 321.
    assertThat(svg)
        .contains("<text x=\"110\" y=\"321\" text-anchor=\"middle\" fill=\"#1f4e79\">4</text>")
        .contains("<text x=\"217.50\" y=\"321\" text-anchor=\"middle\" fill=\"#1f4e79\">3</text>")
        .contains("<text x=\"540\" y=\"321\" text-anchor=\"middle\" fill=\"#1f4e79\">0</text>")
        .contains("Number at risk");
    // the step curve: from (110, y(1) = 16) to the death at 150 / 30.4375 = 4.9281 months,
    // x = 110 + 430 * 4.9281 / 12 = 286.59, down to y(0.75) = 16 + 230 * 0.25 = 73.5.
    assertThat(svg).contains("points=\"110,16 286.59,16 286.59,73.50\"");
    // censored at 365 days: x = 110 + 430 * 11.9918 / 12 = 539.71, tick from 73.5 - 4 to 73.5 + 4.
    // A second one 0.1 day later falls on the same whole pixel (539.82, rounded 540): not drawn.
    assertThat(svg).contains("<line x1=\"539.71\" y1=\"69.50\" x2=\"539.71\" y2=\"77.50\"");
    assertThat(svg).doesNotContain("x1=\"539.82\"");
    parse(svg);
  }

  @Test
  void forestPointsAndLinesOnTheRateAxis() {
    String svg = Svg.draw(forest(), Lang.EN);
    // x(r) = 270 + 280 r: overall 0.5 at 410, p0 0.3 at 354; rows start at y = 22 + 18 + 9 = 49.
    assertThat(svg)
        .contains("<line x1=\"410\" y1=\"22\" x2=\"410\"")
        .contains("<line x1=\"354\" y1=\"22\" x2=\"354\"")
        .contains("<rect x=\"406\" y=\"45\" width=\"8\" height=\"8\" fill=\"#1f4e79\"/>")
        .contains("50.0 (1.3–98.7)", "1/2", "Bridging");
    parse(svg);
  }

  @Test
  void captionNumbersTheFigureAndNamesSetAndGuideline() {
    String en = Svg.figure(waterfall(), 6, Lang.EN);
    String zh = Svg.figure(waterfall(), 6, Lang.ZH);
    assertThat(en).contains("<b>Figure 6.</b>", "Analysis set: mITT", "Guideline: G-EP-2");
    assertThat(zh).contains("<b>图 6.</b>", "分析集：mITT", "指导原则：G-EP-2");
  }

  @Test
  void sameFigureSameBytes() {
    for (Figure f : List.of(waterfall(), swimmer(), toxicity(), km(), forest())) {
      for (Lang lang : Lang.values()) {
        assertThat(Svg.figure(f, 1, lang)).isEqualTo(Svg.figure(f, 1, lang));
      }
    }
  }

  /** Every SVG of a rendered page parses as XML; returns how many there were. */
  static int parseAll(String html) {
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    int n = 0;
    while (m.find()) {
      parse(m.group());
      n++;
    }
    return n;
  }

  static Document parse(String svg) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + svg, e);
    }
  }

  private static WaterfallFigure waterfall() {
    return new WaterfallFigure(
        "waterfall",
        AnalysisMessages.of("figure.waterfall.title"),
        SET,
        "G-EP-2",
        List.of(),
        AnalysisMessages.of("figure.waterfall.spd"),
        List.of(
            new WaterfallFigure.Bar("B", 20, Category.SD),
            new WaterfallFigure.Bar("C", -50, Category.PR),
            new WaterfallFigure.Bar("A", -100, Category.CR)),
        List.of(-50.0));
  }

  private static SwimmerFigure swimmer() {
    return new SwimmerFigure(
        "swimmer",
        AnalysisMessages.of("figure.swimmer.title"),
        SET,
        "G-EP-1",
        List.of(),
        List.of(
            new SwimmerFigure.Lane(
                "A",
                Category.CR,
                365 / M,
                true,
                List.of(
                    new SwimmerFigure.Marker(SwimmerFigure.Kind.PARTIAL_RESPONSE, 30 / M),
                    new SwimmerFigure.Marker(SwimmerFigure.Kind.COMPLETE_RESPONSE, 91 / M))),
            new SwimmerFigure.Lane(
                "B",
                Category.SD,
                150 / M,
                false,
                List.of(
                    new SwimmerFigure.Marker(SwimmerFigure.Kind.PROGRESSION, 60 / M),
                    new SwimmerFigure.Marker(SwimmerFigure.Kind.DEATH, 150 / M)))),
        List.of(0, 3, 6, 9, 12));
  }

  private static ToxicityTimelineFigure toxicity() {
    return new ToxicityTimelineFigure(
        "crs-icans-timeline",
        AnalysisMessages.of("figure.toxicity.title"),
        SET,
        "G-SAF-1",
        List.of(),
        30,
        List.of(
            new ToxicityTimelineFigure.Lane(
                "A", List.of(new ToxicityTimelineFigure.Span(1, 5, 2)), List.of()),
            new ToxicityTimelineFigure.Lane(
                "B", List.of(), List.of(new ToxicityTimelineFigure.Span(28, 30, 3)))));
  }

  private static KaplanMeierFigure km() {
    // One curve: 4 subjects, a death at 150 days (4.93 months) leaves 3/4 = 75 %.
    return new KaplanMeierFigure(
        "km-os",
        AnalysisMessages.of("tte.OS"),
        SET,
        "G-EP-1",
        List.of(),
        List.of(
            new CurveSeries(
                "os",
                AnalysisMessages.of("stratum.all"),
                new double[] {150 / M},
                new double[] {0.75})),
        List.of(0, 3, 6, 9, 12),
        List.of(List.of(4, 3, 2, 1, 0)),
        List.of(
            new CurveSeries(
                "os",
                AnalysisMessages.of("stratum.all"),
                new double[] {365 / M, 365.1 / M},
                new double[] {0.75, 0.75})));
  }

  private static ForestFigure forest() {
    Message bridging = AnalysisMessages.of("subgroup.bridging");
    double lo = 1 - Math.sqrt(0.975);
    return new ForestFigure(
        "forest",
        AnalysisMessages.of("figure.forest.title", "ORR"),
        SET,
        "G-DES-2",
        List.of(),
        List.of(
            new SubgroupEstimate(
                bridging, AnalysisMessages.of("stratum.bridged"), 2, 1, 0.5, lo, 1 - lo),
            new SubgroupEstimate(
                bridging, AnalysisMessages.of("stratum.notBridged"), 2, 1, 0.5, lo, 1 - lo)),
        0.5,
        0.3);
  }
}
