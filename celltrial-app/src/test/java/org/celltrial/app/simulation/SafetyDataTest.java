package org.celltrial.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.analysis.study.DltInput;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.app.cli.CliRun;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The safety data of {@code simulate-study} (docs/simulation.md "Safety data"): its own random
 * stream leaves every file the generator wrote before as it was. The golden SHA-256 lists were
 * written by the generator before the safety data existed (commit fa70536, {@code ./celltrial
 * simulate-study --indication X --n 40 --seed 7} then {@code sha256sum} of every file); subject
 * files are compared with the new fields emptied again, every other file byte for byte (the {@code
 * igg/}, {@code tls/} and {@code kinetics/} folders are new and not compared).
 */
class SafetyDataTest {
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  @ParameterizedTest
  @EnumSource(SimIndication.class)
  void existingFilesAreUnchanged(SimIndication indication, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("t");
    CliRun run =
        CliRun.of(
            "simulate-study",
            "--indication",
            indication.code(),
            "--n",
            "40",
            "--seed",
            "7",
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> golden = golden("golden-" + indication.code() + "-n40-seed7.sha256");
    List<String> written = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    boolean anySafetyData = false;
    for (Path p : files(out)) {
      String rel = out.relativize(p).toString().replace('\\', '/');
      if (rel.startsWith("igg/")
          || rel.startsWith("tls/")
          || rel.startsWith("kinetics/")
          || rel.startsWith("sdtm/")) {
        continue;
      }
      written.add(rel);
      byte[] bytes = Files.readAllBytes(p);
      if (rel.startsWith("responses/")) {
        // IRC reads and myeloma MRD tests are later additions on their own random stream.
        ObjectNode node = (ObjectNode) mapper.readTree(bytes);
        node.remove("irc");
        if (node.get("imwg") instanceof ObjectNode imwg) {
          imwg.remove("mrd");
        }
        bytes =
            (mapper.writer(PRINTER).writeValueAsString(node) + "\n")
                .getBytes(StandardCharsets.UTF_8);
      }
      if (rel.startsWith("subjects/")) {
        ObjectNode node = (ObjectNode) mapper.readTree(bytes);
        anySafetyData |= !node.get("adverseEvents").isEmpty() || !node.get("infections").isEmpty();
        node.remove("doseLevel");
        for (String f : List.of("adverseEvents", "infections", "malignancies", "followUpVisits")) {
          node.putArray(f);
        }
        bytes =
            (mapper.writer(PRINTER).writeValueAsString(node) + "\n")
                .getBytes(StandardCharsets.UTF_8);
      }
      assertThat(sha256(bytes)).as(rel).isEqualTo(golden.get(rel));
    }
    assertThat(written).containsExactlyInAnyOrderElementsOf(golden.keySet());
    assertThat(anySafetyData).isTrue();
  }

  @Test
  void doseLevelsFollowThreePlusThreeAndAreReproducible(@TempDir Path dir) throws IOException {
    String[] args = {
      "simulate-study",
      "--indication",
      "lbcl",
      "--n",
      "60",
      "--seed",
      "11",
      "--dose-levels",
      "DL1,DL2,DL3",
      "--out"
    };
    CliRun a = run(args, dir.resolve("a"));
    assertThat(a.code()).as(a.err()).isZero();
    CliRun b = run(args, dir.resolve("b"));
    assertThat(b.code()).as(b.err()).isZero();
    for (Path p : files(dir.resolve("a"))) {
      Path q = dir.resolve("b").resolve(dir.resolve("a").relativize(p));
      assertThat(Files.readAllBytes(q)).as(p.toString()).isEqualTo(Files.readAllBytes(p));
    }
    Study study = JsonInput.read(dir.resolve("a/study.json"), Study.class);
    assertThat(study.doseLevels()).containsExactly("DL1", "DL2", "DL3");
    assertThat(study.dlt().rules())
        .extracting(r -> r.id())
        .containsExactly("CRS-G4", "ICANS-G3-72H", "G5");
    SimulatedStudy trial =
        StudySimulator.simulate(SimIndication.LBCL, 60, 11, List.of("DL1", "DL2", "DL3"));
    Map<String, Integer> perLevel = new LinkedHashMap<>();
    for (SimulatedSubject s : trial.subjects()) {
      Subject read =
          JsonInput.read(
              dir.resolve("a/subjects").resolve(s.subject().id() + ".json"), Subject.class);
      assertThat(read).isEqualTo(s.subject());
      Path igg = dir.resolve("a/igg").resolve(s.subject().id() + ".json");
      Path tls = dir.resolve("a/tls").resolve(s.subject().id() + ".json");
      if (s.labs() == null) {
        assertThat(igg).doesNotExist();
        assertThat(tls).doesNotExist();
      } else {
        assertThat(JsonInput.read(igg, IggSeries.class)).isEqualTo(s.labs().igg());
        assertThat(JsonInput.read(tls, TlsInput.class)).isEqualTo(s.labs().tls());
      }
      assertThat(read.doseLevel() != null).isEqualTo(s.outcome().infused());
      if (read.doseLevel() != null) {
        perLevel.merge(read.doseLevel(), 1, Integer::sum);
        // every generated event passes the DLT engine's checks
        DltEvaluation.evaluate(study.dlt(), DltInput.of(read, read.doseLevel(), null));
      }
    }
    // the first cohorts are 3 at DL1 then DL2 (3+3 starts at the lowest level)
    assertThat(perLevel.get("DL1")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void oneDoseLevelIsABilingualError(@TempDir Path dir) {
    String[] args = {
      "simulate-study", "--indication", "mm", "--n", "5", "--dose-levels", "DL1", "--out"
    };
    CliRun en = run(args, dir.resolve("x"), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("--dose-levels: DL1 gives 1 dose level(s)");
    assertThat(run(args, dir.resolve("x"), "--lang", "zh").err()).contains("剂量探索试验至少需要两个");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  private static CliRun run(String[] args, Path out, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(out.toString());
    all.addAll(List.of(more));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static Map<String, String> golden(String name) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = SafetyDataTest.class.getResourceAsStream(name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.put(line.substring(66), line.substring(0, 64));
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
