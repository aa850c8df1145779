package org.celltrial.app.sdtm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;

/**
 * Writes SDTM domains a subject at a time, so that a study of any size is written in little memory:
 * each domain's CSV rows are appended as they come, its Dataset-JSON rows go to a temporary file,
 * and at the end the Dataset-JSON file is the writer's own text for the domain without rows (with
 * the final record count) around those rows. The bytes are those {@link DatasetJson#write} and
 * {@link DatasetCsv#write} give for the whole dataset.
 */
final class DomainFiles implements AutoCloseable {
  private static final String PLACEHOLDER = "1970-01-01T00:00:00";

  private final Path dir;
  private final String studyId;
  private final Map<String, Part> parts = new LinkedHashMap<>();

  /** One domain being written. */
  private static final class Part {
    final Dataset empty;
    final BufferedWriter csv;
    final Path rowsFile;
    final BufferedWriter rows;
    long records;

    Part(Dataset empty, BufferedWriter csv, Path rowsFile, BufferedWriter rows) {
      this.empty = empty;
      this.csv = csv;
      this.rowsFile = rowsFile;
      this.rows = rows;
    }
  }

  DomainFiles(Path dir, String studyId) {
    this.dir = dir;
    this.studyId = studyId;
  }

  /** Appends the records of these datasets (one subject's, or the trial's) to their domains. */
  void add(List<Dataset> datasets) throws IOException {
    for (Dataset d : datasets) {
      Part p = parts.get(d.name());
      if (p == null) {
        p = open(d);
        parts.put(d.name(), p);
      }
      if (d.rows().isEmpty()) {
        continue;
      }
      String csv = DatasetCsv.write(d);
      p.csv.write(csv, csv.indexOf('\n') + 1, csv.length() - csv.indexOf('\n') - 1);
      String json = DatasetJson.write(d, info(d), PLACEHOLDER);
      int from = json.lastIndexOf("\"rows\":[") + "\"rows\":[".length();
      int to = json.length() - "]}\n".length();
      if (p.records > 0) {
        p.rows.write(',');
      }
      p.rows.write(json, from, to - from);
      p.records += d.rows().size();
    }
  }

  private Part open(Dataset d) throws IOException {
    String base = d.name().toLowerCase(Locale.ROOT);
    Dataset empty = new Dataset(d.name(), d.label(), d.itemGroupOid(), d.variables(), List.of());
    BufferedWriter csv =
        Files.newBufferedWriter(dir.resolve(base + ".csv"), StandardCharsets.UTF_8);
    csv.write(DatasetCsv.write(empty));
    Path rowsFile = dir.resolve("." + base + ".rows");
    return new Part(
        empty, csv, rowsFile, Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8));
  }

  private FileInfo info(Dataset d) {
    return new FileInfo(
        "celltrial." + studyId + "." + d.name(), null, "celltrial", "1", null, studyId, null);
  }

  /** Writes every Dataset-JSON file with its record count and creation time. */
  void finish(String created) throws IOException {
    for (Part p : parts.values()) {
      p.csv.close();
      p.rows.close();
      String head = DatasetJson.write(p.empty, info(p.empty), created);
      String records = "\"records\":0,";
      int at = head.indexOf(records);
      String open =
          head.substring(0, at)
              + "\"records\":"
              + p.records
              + ","
              + head.substring(at + records.length(), head.length() - "]}\n".length());
      Path json = dir.resolve(p.empty.name().toLowerCase(Locale.ROOT) + ".json");
      try (BufferedWriter out = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
          Reader in = Files.newBufferedReader(p.rowsFile, StandardCharsets.UTF_8)) {
        out.write(open);
        in.transferTo(out);
        out.write("]}\n");
      }
      Files.delete(p.rowsFile);
    }
    parts.clear();
  }

  /** Closes what is still open (after a failure; the caller's directory is then discarded). */
  @Override
  public void close() throws IOException {
    for (Part p : parts.values()) {
      p.csv.close();
      p.rows.close();
    }
  }
}
