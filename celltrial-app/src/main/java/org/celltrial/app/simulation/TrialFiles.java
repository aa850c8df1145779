package org.celltrial.app.simulation;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.analysis.simulation.kinetics.KineticsRecord;
import org.celltrial.analysis.simulation.kinetics.KineticsSimulator;
import org.celltrial.analysis.simulation.response.ResponseRecord;
import org.celltrial.analysis.simulation.response.ResponseSimulator;
import org.celltrial.app.data.OutputDirectory;
import org.celltrial.app.sdtm.SdtmExport;

/**
 * Writes a synthetic trial as celltrial input files: {@code study.json}, {@code
 * subjects/<id>.json}, {@code grading/<id>-crs.json}, {@code -icans.json}, {@code -counts.json},
 * {@code responses/<id>.json}, {@code kinetics/<id>.csv}, {@code igg/<id>.json}, {@code
 * tls/<id>.json} and {@code manifest.json}. The files are written into a temporary directory next
 * to the target and moved into place at the end, so a failed run leaves nothing half-written.
 * Output is byte-stable: record fields in declaration order, map keys and sets sorted, {@code }
 * line ends.
 */
public final class TrialFiles {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .visibility(PropertyAccessor.ALL, Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, Visibility.ANY)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private TrialFiles() {}

  /** Writes the trial with its manifest, as {@code simulate-study} does, into {@code dir}. */
  public static void write(SimulatedStudy trial, Path dir) {
    write(trial, SimulateStudyCommand.manifest(trial, SimulateStudyCommand.counts(trial)), dir);
  }

  /** Writes the trial and its manifest into {@code dir}, which must not exist or be empty. */
  static void write(SimulatedStudy trial, Object manifest, Path dir) {
    OutputDirectory.fillAtomically(
        dir, "simulate.outNotEmpty", "simulate.writeFailed", tmp -> fill(trial, manifest, tmp));
  }

  private static void fill(SimulatedStudy trial, Object manifest, Path dir) throws IOException {
    ObjectNode study = MAPPER.valueToTree(trial.study());
    sortArray(study, "targets");
    if (study.get("protocol") instanceof ObjectNode protocol) {
      sortArray(protocol, "targetedClasses");
    }
    if (study.get("dlt") instanceof ObjectNode dlt
        && dlt.get("customRules") instanceof ArrayNode rules) {
      rules.forEach(r -> sortArray((ObjectNode) r, "kinds"));
    }
    json(dir.resolve("study.json"), study);
    Path subjects = Files.createDirectory(dir.resolve("subjects"));
    Path grading = Files.createDirectory(dir.resolve("grading"));
    for (SimulatedSubject s : trial.subjects()) {
      String id = s.subject().id();
      json(subjects.resolve(id + ".json"), s.subject());
      if (s.crs() != null) {
        json(grading.resolve(id + "-crs.json"), s.crs());
        json(grading.resolve(id + "-icans.json"), s.icans());
        json(grading.resolve(id + "-counts.json"), s.counts());
      }
    }
    json(dir.resolve("manifest.json"), manifest);
    if (trial.subjects().stream().anyMatch(s -> s.labs() != null)) {
      Path igg = Files.createDirectory(dir.resolve("igg"));
      Path tls = Files.createDirectory(dir.resolve("tls"));
      for (SimulatedSubject s : trial.subjects()) {
        if (s.labs() != null) {
          json(igg.resolve(s.subject().id() + ".json"), s.labs().igg());
          json(tls.resolve(s.subject().id() + ".json"), s.labs().tls());
        }
      }
    }
    List<ResponseRecord> responses = ResponseSimulator.simulate(trial);
    if (!responses.isEmpty()) {
      Path out = Files.createDirectory(dir.resolve("responses"));
      for (ResponseRecord r : responses) {
        json(out.resolve(r.id() + ".json"), MAPPER.valueToTree(r));
      }
    }
    List<KineticsRecord> kinetics = KineticsSimulator.simulate(trial);
    if (!kinetics.isEmpty()) {
      Path out = Files.createDirectory(dir.resolve("kinetics"));
      for (KineticsRecord k : kinetics) {
        Files.writeString(out.resolve(k.id() + ".csv"), k.csv());
      }
    }
    SdtmExport.write(dir, dir.resolve("sdtm"));
  }

  /** Sets serialize in hash order; sort them so that the bytes do not depend on the JVM. */
  private static void sortArray(ObjectNode node, String field) {
    if (node.get(field) instanceof ArrayNode array) {
      List<String> values = new ArrayList<>();
      array.forEach(v -> values.add(v.asText()));
      values.sort(Comparator.naturalOrder());
      array.removeAll();
      values.forEach(array::add);
    }
  }

  private static void json(Path file, Object value) throws IOException {
    byte[] body = WRITER.writeValueAsBytes(value);
    byte[] text = Arrays.copyOf(body, body.length + 1);
    text[body.length] = '\n';
    Files.write(file, text);
  }
}
