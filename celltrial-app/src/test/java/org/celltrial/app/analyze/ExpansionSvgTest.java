package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.celltrial.analysis.study.AnalysisMessages;
import org.celltrial.analysis.study.ExpansionCurve;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/**
 * Coordinates worked out by hand. Plot area: x from 60 to 640 − 170 = 470 (410 wide), y from 10 to
 * 320 − 42 = 278 (268 high). One curve: day 0 all BLQ, day 28 quartiles 100, 1000, 10000, so the y
 * axis spans 10² to 10⁴.
 */
class ExpansionSvgTest {
  private static final ExpansionCurve CURVE =
      new ExpansionCurve(
          "expansion-response",
          AnalysisMessages.raw("Group A"),
          new double[] {0, 28},
          new int[] {3, 3},
          new double[] {0, 100},
          new double[] {0, 1000},
          new double[] {0, 10000});

  @Test
  void pointsSitOnTheLogAxesAndBlqMediansAreNotDrawn() {
    String svg = ExpansionSvg.plot(List.of(CURVE), Lang.EN);
    // x(28) = 60 + 410·log10(29)/log10(366); y(1000) = 10 + 268·(1 − (3 − 2)/(4 − 2)) = 144.
    String x = String.format(Locale.ROOT, "%.2f", 60 + 410 * Math.log10(29) / Math.log10(366));
    assertThat(svg).contains("<circle cx=\"" + x + "\" cy=\"144.00\"");
    assertThat(svg).containsOnlyOnce("<circle");
    // The IQR bar from 10² (the floor, y 278) to 10⁴ (the top, y 10).
    assertThat(svg).contains("<line x1=\"" + x + "\" y1=\"278.00\" x2=\"" + x + "\" y2=\"10.00\"");
    assertThat(svg).contains(">10<tspan dy=\"-5\" font-size=\"8\">2</tspan>");
    assertThat(svg).contains(">10<tspan dy=\"-5\" font-size=\"8\">4</tspan>");
    assertThat(svg).doesNotContain(">10<tspan dy=\"-5\" font-size=\"8\">5</tspan>");
    assertThat(svg).contains(">Group A</text>", "Day after infusion (log scale)");
    assertThat(ExpansionSvg.plot(List.of(CURVE), Lang.ZH)).contains("回输后天数（对数刻度）");
    assertThat(ExpansionSvg.plot(List.of(CURVE), Lang.EN)).isEqualTo(svg);
  }
}
