package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void demoWritesBothReportsWhoseVerdictMatchesARecountOfTheFiles() throws IOException {
    Path out = tmp.resolve("demo");
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--n",
            "30",
            "--seed",
            "11",
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    Path en = out.resolve("report.en.html");
    Path zh = out.resolve("report.zh.html");
    assertThat(en).exists();
    assertThat(zh).exists();
    assertThat(out.resolve("tables/primary.en.csv")).exists();
    assertThat(out.resolve("tables/crs.zh.csv")).exists();
    String enHtml = Files.readString(en);
    String zhHtml = Files.readString(zh);
    assertThat(enHtml)
        .contains("Subject disposition", "Primary endpoint", "Best overall response")
        .contains("Kaplan-Meier", "Cumulative incidence", "Cytokine release syndrome", "ICANS")
        .contains("Deaths by cause", "G-DES-2", "G-BR-3", "<svg", "<polyline")
        .doesNotContain("<script", "http://", "https://", "<link");
    assertThat(zhHtml)
        .contains("受试者分布", "主要终点", "最佳总体疗效", "累积发生率", "细胞因子释放综合征")
        .contains("按原因的死亡", "G-DES-2", "<svg");

    // Independent recount from the written files: infused = a subject whose journey holds an
    // infusion; responder = a response file whose first PET read is Deauville 3 (CMR) or 4 with
    // reduced uptake (PMR), the generator's only response patterns; progression reads are 5.
    int infused = 0;
    int responders = 0;
    for (Path f : list(out.resolve("study/subjects"))) {
      JsonNode s = JSON.readTree(f.toFile());
      boolean inf = false;
      for (JsonNode e : s.get("journey")) {
        inf |= e.get("type").asText().equals("infusion");
      }
      if (!inf) {
        continue;
      }
      infused++;
      Path r = out.resolve("study/responses").resolve(s.get("id").asText() + ".json");
      JsonNode visits = JSON.readTree(r.toFile()).get("lugano").get("assessments");
      if (visits.size() > 0) {
        String score = visits.get(0).get("pet").get("score").asText();
        responders += score.equals("3") || score.equals("4") ? 1 : 0;
      }
    }
    String expected =
        "mITT: "
            + responders
            + "/"
            + infused
            + " = "
            + String.format(Locale.ROOT, "%.1f%%", 100.0 * responders / infused);
    assertThat(run.out()).contains(expected);
    assertThat(enHtml).contains(expected);
    assertThat(run.out()).contains("report.en.html").contains("report.zh.html");
  }

  @Test
  void sameSeedGivesTheSameReportApartFromTheTimestampLine() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.of("analyze", "--demo", "--n", "25", "--out", a.toString()).code()).isZero();
    assertThat(CliRun.of("analyze", "--demo", "--n", "25", "--out", b.toString()).code()).isZero();
    for (String name : List.of("report.en.html", "report.zh.html")) {
      List<String> x = Files.readAllLines(a.resolve(name));
      List<String> y = Files.readAllLines(b.resolve(name));
      assertThat(x).hasSameSizeAs(y);
      int differing = 0;
      for (int i = 0; i < x.size(); i++) {
        if (!x.get(i).equals(y.get(i))) {
          differing++;
          assertThat(x.get(i)).contains("celltrial analyze");
        }
      }
      assertThat(differing).isLessThanOrEqualTo(1);
    }
    for (Path f : list(a.resolve("tables"))) {
      assertThat(Files.readAllBytes(b.resolve("tables").resolve(f.getFileName())))
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  /**
   * Five hand-built subjects: H-1 infused, CR, fever only (CRS 1); H-2 infused, PD, no fever (CRS
   * 0); H-3 infused and bridged, PR, fever with hypotension on norepinephrine (CRS 3, ASTCT 2019);
   * H-4 enrolled, manufacturing failed, not infused; H-5 screened only. ITT 2/4, mITT 2/3. R 4.2.2:
   * binom.test(2, 3)$conf.int = 0.0942993240502461 0.9915962413403874; binom.test(2, 3, 0.53,
   * alternative = "greater")$p.value = 0.544946; binom.test(2, 4)$conf.int = 0.067585986488543
   * 0.932414013511457; binom.test(2, 4, 0.53, alternative = "greater")$p.value = 0.73109843. p0 =
   * 0.53 is the library's LBCL 3L+ proposal (JULIET long-term ORR). Strata, round(100 *
   * binom.test(x, n)$conf.int, 1): 1/3 0.8–90.6, 0/1 0.0–97.5, 1/2 1.3–98.7, 1/1 2.5–100.0, 0/2
   * 0.0–84.2; binom.test(1, 1, 0.53, alternative = "greater")$p.value = 0.53.
   */
  @Test
  void handBuiltStudyGivesHandCountedTables() throws IOException {
    Path study = handBuilt();
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of("analyze", study.toString(), "--out", out.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("enrolled").asInt()).isEqualTo(4);
    assertThat(json.get("infused").asInt()).isEqualTo(3);
    assertThat(json.get("responders").asInt()).isEqualTo(2);
    assertThat(json.get("crsGrade3Plus").asInt()).isEqualTo(1);
    assertThat(json.get("targetP0").asDouble()).isEqualTo(0.53);
    assertThat(json.get("verdictMet").asBoolean()).isFalse();
    assertThat(csv(out, "disposition"))
        .containsSubsequence(
            "Screened,5",
            "Enrolled (ITT),4 (100.0)",
            "Leukapheresed,4 (100.0)",
            "Manufacturing failure (at least one),1 (25.0)",
            "Received bridging therapy,1 (25.0)",
            "Received lymphodepletion,3 (75.0)",
            "Infused (mITT),3 (75.0)",
            "Not infused: no product released after manufacturing failure,1 (25.0)");
    assertThat(csv(out, "primary"))
        .contains("ITT (all enrolled subjects),All,4,2 (50.0),6.8–93.2,0.7311,Target not met")
        .contains("mITT (all infused subjects),All,3,2 (66.7),9.4–99.2,0.5449,Target not met")
        .contains("mITT (all infused subjects),Bridged,1,1 (100.0),2.5–100.0,0.5300,");
    assertThat(csv(out, "bor"))
        .contains("CR,1 (33.3) [0.8–90.6],0 (0.0) [0.0–97.5],1 (50.0) [1.3–98.7]")
        .contains("PR,1 (33.3) [0.8–90.6],1 (100.0) [2.5–100.0],0 (0.0) [0.0–84.2]")
        .contains("PD,1 (33.3)");
    assertThat(csv(out, "crs"))
        .containsSubsequence(
            "Grade 0,1 (33.3)",
            "Grade 1,1 (33.3)",
            "Grade 2,0 (0.0)",
            "Grade 3,1 (33.3)",
            "Grade 4,0 (0.0)",
            "Grade 5,0 (0.0)",
            "Any grade,2 (66.7)",
            "Grade 3 or higher,1 (33.3)");
  }

  @Test
  void missingStudyFileFailsAndWritesNothing() throws IOException {
    Path study = handBuilt();
    Files.delete(study.resolve("study.json"));
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("study.json").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out"));
    }
  }

  @Test
  void aSubjectFileThatFailsToParseFailsTheWholeAnalysisNamingFileAndPath() throws IOException {
    Path study = handBuilt();
    Files.writeString(
        study.resolve("subjects/H-2.json"),
        "{\"id\": \"H-2\", \"diagnosis\": \"B_NHL\", \"journey\": [{\"type\": \"infusion\","
            + " \"date\": \"2024-13-45\"}]}");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("H-2.json").contains("journey").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  private static String csv(Path out, String table) throws IOException {
    return Files.readString(out.resolve("tables/" + table + ".en.csv"), StandardCharsets.UTF_8);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private Path handBuilt() throws IOException {
    return handBuilt(tmp);
  }

  /** The hand-built study described above, written under {@code tmp/study}. */
  static Path handBuilt(Path tmp) throws IOException {
    Path d = tmp.resolve("study");
    Files.createDirectories(d.resolve("subjects"));
    Files.createDirectories(d.resolve("grading"));
    Files.createDirectories(d.resolve("responses"));
    write(
        d.resolve("study.json"),
        "{\"id\": \"HAND-1\", \"title\": \"Hand-built\", \"indication\": \"B_NHL\","
            + " \"population\": \"ADULT\"}");
    String enrol =
        "{\"type\": \"enrolment\", \"date\": \"2024-01-03\"},"
            + "{\"type\": \"leukapheresis\", \"date\": \"2024-01-05\"},";
    String infuse =
        "{\"type\": \"manufacturing-release\", \"date\": \"2024-01-25\"},"
            + "{\"type\": \"lymphodepletion\", \"start\": \"2024-01-26\", \"end\": \"2024-01-28\","
            + " \"agents\": [\"fludarabine\", \"cyclophosphamide\"]},"
            + "{\"type\": \"infusion\", \"date\": \"2024-01-31\"}";
    String bridge =
        "{\"type\": \"bridging\", \"start\": \"2024-01-08\", \"end\": \"2024-01-10\","
            + " \"agents\": [\"dexamethasone\"]},";
    subject(d, "H-1", enrol + infuse);
    subject(d, "H-2", enrol + infuse);
    subject(d, "H-3", enrol + bridge + infuse);
    subject(
        d,
        "H-4",
        enrol
            + "{\"type\": \"manufacturing-failure\", \"date\": \"2024-01-25\", \"reason\": \"x\"}");
    subject(d, "H-5", "{\"type\": \"screening\", \"date\": \"2024-01-01\"}");
    crs(d, "H-1", "{\"time\": \"2024-02-01T08:00\", \"temperatureCelsius\": 38.5}");
    crs(d, "H-2", "{\"time\": \"2024-02-01T08:00\", \"temperatureCelsius\": 37.0}");
    crs(
        d,
        "H-3",
        "{\"time\": \"2024-02-01T08:00\", \"temperatureCelsius\": 39.0, \"hypotension\": true,"
            + " \"vasopressors\": [\"norepinephrine\"]}");
    response(d, "H-1", "{\"score\": \"3\"}");
    response(d, "H-2", "{\"score\": \"5\", \"uptake\": \"INCREASED\", \"newAvidLesions\": true}");
    response(d, "H-3", "{\"score\": \"4\", \"uptake\": \"REDUCED\"}");
    return d;
  }

  private static void subject(Path d, String id, String journey) throws IOException {
    write(
        d.resolve("subjects/" + id + ".json"),
        "{\"id\": \""
            + id
            + "\", \"ageYears\": 60, \"sex\": \"MALE\", \"diagnosis\": \"B_NHL\","
            + " \"journey\": ["
            + journey
            + "]}");
  }

  private static void crs(Path d, String id, String observation) throws IOException {
    write(
        d.resolve("grading/" + id + "-crs.json"),
        "{\"infusion\": \"2024-01-31T10:00\", \"observations\": [" + observation + "]}");
  }

  private static void response(Path d, String id, String pet) throws IOException {
    write(
        d.resolve("responses/" + id + ".json"),
        "{\"id\": \""
            + id
            + "\", \"journey\": [{\"type\": \"infusion\", \"date\": \"2024-01-31\"}],"
            + " \"lastKnownAlive\": \"2024-06-30\", \"lugano\": {\"assessments\": ["
            + "{\"date\": \"2024-02-28\", \"pet\": "
            + pet
            + "}]}}");
  }

  private static void write(Path f, String text) throws IOException {
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }
}
