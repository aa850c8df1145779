package org.celltrial.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.cdisc.XptWriter;

/**
 * A dataset written a part at a time ({@link DatasetOut}) is byte for byte the dataset written at
 * once ({@link DatasetJson#write}, {@link DatasetCsv#write}, {@link XptWriter#write}) with each
 * text variable fitted to its longest value, whatever the parts, and optional parts are kept or
 * dropped as a whole.
 */
class DatasetOutTest {
  private static final FileInfo INFO =
      new FileInfo("celltrial.S.D", null, null, null, null, "S", null);
  private static final String CREATED = "2026-11-25T12:00:00";

  /** One part of the rows, and whether it is optional. */
  record Chunk(List<List<Object>> rows, boolean optional) {}

  @Property(tries = 60)
  void partsAssembleToTheWholeDataset(
      @ForAll("chunks") List<Chunk> chunks, @ForAll boolean withOptional) throws IOException {
    Path dir = Files.createTempDirectory("dataset-out");
    try {
      List<List<Object>> kept = new ArrayList<>();
      // Opened with optional parts only when some come: both ways of writing the CSV are tried.
      boolean optionalParts = chunks.stream().anyMatch(Chunk::optional);
      DatasetOut.Options options = new DatasetOut.Options(optionalParts, true, true);
      try (DatasetOut out = new DatasetOut(dir, "d", fitted(List.of()), options)) {
        for (Chunk c : chunks) {
          out.append(out.part(fitted(c.rows())), c.optional());
          if (withOptional || !c.optional()) {
            kept.addAll(c.rows());
          }
        }
        out.finish(withOptional, INFO, CREATED);
      }
      Dataset whole = fitted(kept);
      assertThat(Files.readString(dir.resolve("d.json"), StandardCharsets.UTF_8))
          .isEqualTo(DatasetJson.write(whole, INFO, CREATED));
      assertThat(Files.readString(dir.resolve("d.csv"), StandardCharsets.UTF_8))
          .isEqualTo(DatasetCsv.write(whole));
      assertThat(Files.readAllBytes(dir.resolve("d.xpt")))
          .isEqualTo(XptWriter.bytes(whole, LocalDateTime.parse(CREATED)));
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("d.json", "d.csv", "d.xpt");
      }
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<Chunk>> chunks() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab,\"\n 中文").ofMinLength(0).ofMaxLength(12),
            Arbitraries.just(null));
    Arbitrary<List<Object>> row =
        Combinators.combine(text, Arbitraries.longs().between(-5, 5).injectNull(0.2), text)
            .as((a, n, b) -> Arrays.<Object>asList(a, n, b));
    Arbitrary<Chunk> chunk =
        Combinators.combine(row.list().ofMinSize(0).ofMaxSize(4), Arbitraries.of(true, false))
            .as(Chunk::new);
    return chunk.list().ofMinSize(0).ofMaxSize(6);
  }

  /** The rows as a dataset whose text variables are as long as their longest value (at least 1). */
  private static Dataset fitted(List<List<Object>> rows) {
    int[] max = {1, 0, 1};
    for (List<Object> r : rows) {
      for (int c : new int[] {0, 2}) {
        if (r.get(c) instanceof String s) {
          max[c] = Math.max(max[c], s.codePointCount(0, s.length()));
        }
      }
    }
    List<Variable> vars =
        List.of(
            new Variable("IT.D.A", "A", "a", DataType.STRING, max[0], null, null),
            new Variable("IT.D.N", "N", "n", DataType.INTEGER, null, null, null),
            new Variable("IT.D.B", "B", "b", DataType.STRING, max[2], null, null));
    return new Dataset("D", "d", "IG.D", vars, rows);
  }
}
