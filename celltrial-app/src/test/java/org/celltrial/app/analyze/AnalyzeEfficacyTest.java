package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The efficacy tables from a written myeloma package: the IRC reads and MRD tests of the response
 * files reach the report, and a protocol target value replaces the library's p0.
 */
class AnalyzeEfficacyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void myelomaPackageGivesMrdIrcAndTheProtocolTargetValue() throws IOException {
    Path pkg = tmp.resolve("mm");
    assertThat(
            CliRun.of(
                    "simulate-study",
                    "--indication",
                    "mm",
                    "--n",
                    "40",
                    "--seed",
                    "4",
                    "--out",
                    pkg.toString())
                .code())
        .isZero();
    ObjectNode study = (ObjectNode) JSON.readTree(pkg.resolve("study.json").toFile());
    study.put("targetValue", 0.5);
    JSON.writeValue(pkg.resolve("study.json").toFile(), study);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", pkg.toString(), "--out", out.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("targetP0").asDouble()).isEqualTo(0.5);
    for (String t :
        new String[] {
          "baseline", "landmark", "mrd", "irc-concordance", "irc-primary", "hsct", "subgroups"
        }) {
      assertThat(out.resolve("tables/" + t + ".en.csv")).as(t).exists();
    }
    // ITT not bridged: 9 of 11 respond; P(X >= 9 | 11, 0.5) = (55 + 11 + 1) / 2048 = 0.0327, and
    // the lower limit 48.2 % does not exceed p0 = 50 %: the protocol's p0 is the one used
    assertThat(Files.readString(out.resolve("tables/primary.en.csv")))
        .contains("Not bridged,11,9 (81.8),48.2–97.7,0.0327,Target not met");
    assertThat(Files.readString(out.resolve("report.en.html")))
        .contains("p0 = 50.0% is the protocol")
        .contains("MM: bone marrow MRD by NGS")
        .doesNotContain("MRD was not collected");
  }
}
