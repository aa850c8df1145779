package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of a generated myeloma study's report: present, numbered, well-formed SVG. */
class ReportFiguresTest {
  @TempDir Path tmp;

  @Test
  void myelomaReportHoldsEveryFigureAsWellFormedSvg() throws IOException {
    Path out = tmp.resolve("mm");
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--indication",
            "mm",
            "--n",
            "30",
            "--seed",
            "5",
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String en = Files.readString(out.resolve("report.en.html"));
    String zh = Files.readString(out.resolve("report.zh.html"));
    for (String html : new String[] {en, zh}) {
      assertThat(html)
          .contains(
              "id=\"figure-km-os\"",
              "id=\"figure-km-pfs\"",
              "id=\"figure-forest\"",
              "id=\"figure-swimmer\"",
              "id=\"figure-waterfall\"");
      // every SVG of the page (the numbered figures and the expansion curves next to the
      // kinetics table) parsed by the JDK XML parser
      int figures = html.split("<figure ", -1).length - 1;
      assertThat(figures).isGreaterThanOrEqualTo(5);
      assertThat(SvgTest.parseAll(html)).isGreaterThanOrEqualTo(figures);
    }
    assertThat(en).contains("<b>Figure 1.</b>", "Number at risk", "serum M-protein");
    assertThat(zh).contains("<b>图 1.</b>", "风险人数", "血清 M 蛋白");
  }
}
