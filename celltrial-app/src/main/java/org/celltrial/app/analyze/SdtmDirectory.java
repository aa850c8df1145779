package org.celltrial.app.analyze;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetJsonReader;
import org.celltrial.analysis.cdisc.XptReader;
import org.celltrial.analysis.cdisc.sdtm.SdtmReader;
import org.celltrial.analysis.cdisc.sdtm.SdtmStudy;
import org.celltrial.analysis.cdisc.sdtm.SdtmSubject;
import org.celltrial.analysis.cdisc.sdtm.SdtmTable;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.analysis.study.SafetyLabs;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.derive.DerivedResponse;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/**
 * Reads a study as SDTM ({@code analyze --sdtm DIR}, docs/cdisc.md "SDTM"): the Dataset-JSON files
 * ({@code <domain>.json}) of the directory when it holds any, else its SAS XPORT v5 files ({@code
 * <domain>.xpt}) when it holds any, else its CSV files ({@code <domain>.csv}). The whole input is
 * validated before anything is used ({@link SdtmReader}); the subjects are then built by the same
 * code as the native reader ({@link StudyDirectory#subject}, {@link StudyDirectory#input}), with
 * the ICAHT grade derived from the blood counts by the same engine.
 */
final class SdtmDirectory {
  private SdtmDirectory() {}

  static StudyDirectory.StudyPackage read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CelltrialException(CliMessages.of("analyze.noSdtm", dir));
    }
    List<Path> json = files(dir, ".json");
    List<Path> xpt = json.isEmpty() ? files(dir, ".xpt") : List.of();
    boolean useJson = !json.isEmpty();
    List<SdtmTable> tables = new ArrayList<>();
    Map<String, Message> unreadable = new LinkedHashMap<>();
    for (Path f : useJson ? json : xpt.isEmpty() ? files(dir, ".csv") : xpt) {
      String name = f.getFileName().toString();
      try {
        tables.add(useJson ? fromJson(f) : xpt.isEmpty() ? fromCsv(f) : fromXpt(f));
      } catch (CelltrialException e) {
        unreadable.put(name, e.detail());
      } catch (IOException | IllegalStateException | UncheckedIOException e) {
        unreadable.put(name, CliMessages.of("analyze.sdtmUnreadable", e.getMessage()));
      }
    }
    SdtmStudy pkg = SdtmReader.read(tables, unreadable);
    List<AnalysisSubject> subjects = new ArrayList<>();
    Map<String, AdamSource> adam = new LinkedHashMap<>();
    for (SdtmSubject s : pkg.subjects()) {
      Hematotoxicity h =
          s.counts() == null
              ? null
              : HematotoxicityAssessment.assess(s.counts(), IcahtParameters.DEFAULT);
      DerivedResponse r =
          s.responses() == null ? null : DerivedResponse.of(s.subject().journey(), s.responses());
      TimelineResult crs = timeline(s.crs());
      TimelineResult icans = timeline(s.icans());
      subjects.add(
          StudyDirectory.subject(
              s.subject(), crs, icans, h, new SafetyLabs(null, s.igg(), s.tls()), r));
      adam.put(
          s.subject().id(),
          StudyDirectory.adam(pkg.study().indication(), r, crs, icans, s.counts(), h));
    }
    return new StudyDirectory.StudyPackage(
        StudyDirectory.input(pkg.study(), subjects, pkg.kinetics()), adam);
  }

  /** The graded time line as ADAE and the report use it: the episodes and the maximum grade. */
  private static TimelineResult timeline(List<Episode> episodes) {
    if (episodes == null) {
      return null;
    }
    int max = episodes.stream().mapToInt(Episode::maxGrade).max().orElse(0);
    return new TimelineResult(
        GradingSystem.ASTCT_2019, List.of(), List.of(), episodes, max, List.of());
  }

  private static SdtmTable fromJson(Path f) throws IOException {
    String name = f.getFileName().toString();
    return table(
        name, DatasetJsonReader.read(name, Files.readString(f, StandardCharsets.UTF_8)).dataset());
  }

  /** A SAS XPORT v5 file; its numbers (all doubles) as the JSON reader's text: whole ones as 5. */
  private static SdtmTable fromXpt(Path f) throws IOException {
    String name = f.getFileName().toString();
    return table(name, XptReader.read(name, Files.readAllBytes(f)));
  }

  private static SdtmTable table(String name, Dataset d) {
    List<String> columns = d.variables().stream().map(v -> v.name()).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<Object> row : d.rows()) {
      List<String> r = new ArrayList<>();
      for (Object v : row) {
        r.add(
            v == null
                ? null
                : v instanceof java.math.BigDecimal b
                    ? b.toPlainString()
                    : v instanceof Double x && x == Math.rint(x) && Math.abs(x) < 0x1p53
                        ? Long.toString(x.longValue())
                        : v.toString());
      }
      rows.add(r);
    }
    return new SdtmTable(name, d.name().toUpperCase(Locale.ROOT), columns, rows);
  }

  private static SdtmTable fromCsv(Path f) throws IOException {
    String name = f.getFileName().toString();
    String domain = name.substring(0, name.length() - 4).toUpperCase(Locale.ROOT);
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().get().parse(in)) {
      List<List<String>> rows = new ArrayList<>();
      List<String> columns = null;
      for (CSVRecord rec : p) {
        List<String> values = rec.toList();
        if (columns == null) {
          columns = values.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        } else {
          rows.add(values);
        }
      }
      return new SdtmTable(name, domain, columns == null ? List.of() : columns, rows);
    }
  }

  private static List<Path> files(Path dir, String ext) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", dir, e.getMessage()), e);
    }
  }
}
