package org.celltrial.app.analyze;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.analysis.adam.Adae;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.analysis.adam.Adlb;
import org.celltrial.analysis.adam.Adrs;
import org.celltrial.analysis.adam.Adsl;
import org.celltrial.analysis.adam.Adtte;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.analysis.cdisc.XptWriter;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.StudyAnalysis;

/**
 * Writes the ADaM datasets a reviewer re-runs (docs/cdisc.md): {@code adam/adsl.json}, {@code
 * adrs.json}, {@code adtte.json}, {@code adae.json}, {@code adlb.json} as CDISC Dataset-JSON v1.1
 * with the report's creation timestamp, the same as CSV, and as SAS XPORT v5 ({@code .xpt}, the
 * creation time in UTC in its headers).
 */
final class AdamFiles {
  private AdamFiles() {}

  /** The datasets from the subjects' records (read from a package or from SDTM). */
  static List<Dataset> datasets(AnalysisInput input, Map<String, AdamSource> sources) {
    return List.of(
        Adsl.of(input, sources),
        Adrs.of(input, sources),
        Adtte.of(input),
        Adae.of(input, sources),
        Adlb.of(input, sources));
  }

  /**
   * Writes the datasets from the subjects' records (of a package or of SDTM) under {@code
   * dir/adam}; returns the files, relative to {@code dir}.
   */
  static List<String> write(
      StudyAnalysis a, Map<String, AdamSource> sources, String createdAt, Path dir)
      throws IOException {
    Path adam = Files.createDirectories(dir.resolve("adam"));
    List<String> written = new ArrayList<>();
    for (Dataset d : datasets(a.input(), sources)) {
      String base = d.name().toLowerCase(Locale.ROOT);
      String studyId = a.input().studyId();
      FileInfo info =
          new FileInfo(
              "celltrial." + studyId + "." + d.name(), null, null, null, null, studyId, null);
      Files.writeString(
          adam.resolve(base + ".json"),
          DatasetJson.write(d, info, createdAt),
          StandardCharsets.UTF_8);
      Files.writeString(adam.resolve(base + ".csv"), DatasetCsv.write(d), StandardCharsets.UTF_8);
      try (OutputStream xpt = Files.newOutputStream(adam.resolve(base + ".xpt"))) {
        XptWriter.write(d, xpt, LocalDateTime.parse(createdAt.substring(0, 19)));
      }
      written.add("adam/" + base + ".json");
      written.add("adam/" + base + ".csv");
      written.add("adam/" + base + ".xpt");
    }
    return written;
  }
}
