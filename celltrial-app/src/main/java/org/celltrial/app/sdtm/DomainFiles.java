package org.celltrial.app.sdtm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.app.data.DatasetOut;

/**
 * Writes SDTM domains a subject at a time, so that a study of any size is written in little memory
 * ({@link DatasetOut}, as {@code analyze} writes ADaM): each domain's CSV rows are appended as they
 * come, its Dataset-JSON rows go to a temporary file, and at the end the Dataset-JSON file gets its
 * record count. The bytes are those {@link DatasetJson#write} and {@link DatasetCsv#write} give for
 * the whole dataset.
 */
final class DomainFiles implements AutoCloseable {
  private final Path dir;
  private final String studyId;
  private final Map<String, DatasetOut> parts = new LinkedHashMap<>();

  DomainFiles(Path dir, String studyId) {
    this.dir = dir;
    this.studyId = studyId;
  }

  /** Appends the records of these datasets (one subject's, or the trial's) to their domains. */
  void add(List<Dataset> datasets) throws IOException {
    for (Dataset d : datasets) {
      DatasetOut out = parts.get(d.name());
      if (out == null) {
        Dataset empty =
            new Dataset(d.name(), d.label(), d.itemGroupOid(), d.variables(), List.of());
        out =
            new DatasetOut(dir, d.name().toLowerCase(Locale.ROOT), empty, DatasetOut.Options.SDTM);
        parts.put(d.name(), out);
      }
      out.append(out.part(d), false);
    }
  }

  private FileInfo info(String name) {
    return new FileInfo(
        "celltrial." + studyId + "." + name, null, "celltrial", "1", null, studyId, null);
  }

  /** Writes every Dataset-JSON file with its record count and creation time. */
  void finish(String created) throws IOException {
    for (Map.Entry<String, DatasetOut> e : parts.entrySet()) {
      e.getValue().finish(false, info(e.getKey()), created);
    }
    parts.clear();
  }

  /** Closes what is still open (after a failure; the caller's directory is then discarded). */
  @Override
  public void close() throws IOException {
    for (DatasetOut p : parts.values()) {
      p.close();
    }
  }
}
