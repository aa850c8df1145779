package org.celltrial.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.app.cli.CliRun;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code celltrial simulate-study} end to end: the written files read back through {@link
 * JsonInput} into the records the generator made, the check and grade commands run on every one of
 * them, the same seed writes the same bytes, and bad input is a bilingual error that writes
 * nothing.
 */
class SimulateStudyCommandTest {
  private static final int N = 16;

  private static CliRun simulate(String indication, int n, long seed, Path out, String... more) {
    String[] base = {
      "simulate-study",
      "--indication",
      indication,
      "--n",
      String.valueOf(n),
      "--seed",
      String.valueOf(seed),
      "--out",
      out.toString()
    };
    String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    return CliRun.of(args);
  }

  @ParameterizedTest
  @EnumSource(SimIndication.class)
  void filesReadBackAndEveryCommandRunsOnThem(SimIndication indication, @TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("trial");
    CliRun run = simulate(indication.code(), N, 3, out, "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.get("counts").get("screened").asInt()).isEqualTo(N);

    SimulatedStudy trial = StudySimulator.simulate(indication, N, 3);
    Path study = out.resolve("study.json");
    assertThat(JsonInput.read(study, Study.class)).isEqualTo(trial.study());
    int infused = 0;
    for (SimulatedSubject s : trial.subjects()) {
      String id = s.subject().id();
      Path subject = out.resolve("subjects").resolve(id + ".json");
      assertThat(JsonInput.read(subject, Subject.class)).isEqualTo(s.subject());
      for (String check : List.of("eligibility", "journey")) {
        CliRun c =
            CliRun.of("check", check, "--study", study.toString(), "--subject", subject.toString());
        assertThat(c.code()).as(id + " " + check + ": " + c.err()).isZero();
      }
      Path crs = out.resolve("grading").resolve(id + "-crs.json");
      if (s.crs() == null) {
        assertThat(crs).doesNotExist();
        continue;
      }
      infused++;
      Path icans = out.resolve("grading").resolve(id + "-icans.json");
      Path counts = out.resolve("grading").resolve(id + "-counts.json");
      assertThat(JsonInput.read(crs, CrsInput.class)).isEqualTo(s.crs());
      assertThat(JsonInput.read(icans, IcansInput.class)).isEqualTo(s.icans());
      assertThat(JsonInput.read(counts, CountsInput.class)).isEqualTo(s.counts());
      for (String[] grade :
          List.of(
              new String[] {"crs", crs.toString()},
              new String[] {"icans", icans.toString()},
              new String[] {"icaht", counts.toString()})) {
        CliRun g = CliRun.of("grade", grade[0], "--input", grade[1]);
        assertThat(g.code()).as(id + " " + grade[0] + ": " + g.err()).isZero();
      }
    }
    assertThat(infused).isPositive();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("seed").asLong()).isEqualTo(3);
    assertThat(manifest.get("indication").asText()).isEqualTo(indication.code());
    assertThat(manifest.get("counts").get("infused").asInt()).isEqualTo(infused);
    assertThat(files(dir)).allMatch(p -> p.startsWith(out));
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path dir) throws IOException {
    assertThat(simulate("b-all", 40, 7, dir.resolve("a")).code()).isZero();
    assertThat(simulate("b-all", 40, 7, dir.resolve("b")).code()).isZero();
    assertThat(simulate("b-all", 40, 8, dir.resolve("c")).code()).isZero();
    List<Path> a = relative(dir.resolve("a"));
    assertThat(relative(dir.resolve("b"))).isEqualTo(a);
    boolean anyDifferent = false;
    for (Path p : a) {
      byte[] bytes = Files.readAllBytes(dir.resolve("a").resolve(p));
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(p))).as(p.toString()).isEqualTo(bytes);
      Path other = dir.resolve("c").resolve(p);
      anyDifferent |=
          !Files.exists(other) || !java.util.Arrays.equals(Files.readAllBytes(other), bytes);
    }
    assertThat(anyDifferent).isTrue();
  }

  @Test
  void badInputIsABilingualErrorAndWritesNothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("x");
    CliRun zero = simulate("mm", 0, 1, out, "--lang", "en");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--n: 0 subjects is out of range");
    assertThat(simulate("mm", 0, 1, out, "--lang", "zh").err()).contains("--n：受试者数 0 超出范围");

    CliRun unknown = simulate("cll", 10, 1, out, "--lang", "en");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("\"cll\" is not a known indication")
        .contains("b-all, lbcl, mm");
    assertThat(simulate("cll", 10, 1, out, "--lang", "zh").err()).contains("“cll”不是已知的适应症");
    assertThat(out).doesNotExist();

    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "mine");
    CliRun occupied = simulate("lbcl", 10, 1, full, "--lang", "en");
    assertThat(occupied.code()).isEqualTo(2);
    assertThat(occupied.err()).contains("already exists and is not an empty directory");
    assertThat(simulate("lbcl", 10, 1, full, "--lang", "zh").err()).contains("已存在且不是空目录");
    assertThat(files(dir)).containsExactly(full.resolve("keep.txt"));

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(simulate("lbcl", 5, 1, empty).code()).isZero();
    assertThat(empty.resolve("study.json")).exists();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<Path> relative(Path dir) throws IOException {
    return files(dir).stream().map(dir::relativize).toList();
  }
}
