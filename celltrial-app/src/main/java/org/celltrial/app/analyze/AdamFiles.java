package org.celltrial.app.analyze;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.celltrial.analysis.adam.Adae;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.analysis.adam.Adlb;
import org.celltrial.analysis.adam.Adrs;
import org.celltrial.analysis.adam.Adsl;
import org.celltrial.analysis.adam.Adtte;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.analysis.study.TteRecord;
import org.celltrial.app.data.DatasetOut;
import org.celltrial.design.controls.Indication;

/**
 * Writes the ADaM datasets a reviewer re-runs (docs/cdisc.md): {@code adam/adsl.json}, {@code
 * adrs.json}, {@code adtte.json}, {@code adae.json}, {@code adlb.json} as CDISC Dataset-JSON v1.1
 * with the report's creation timestamp, the same as CSV, and as SAS XPORT v5 ({@code .xpt}, the
 * creation time in UTC in its headers).
 *
 * <p>The per-record datasets (ADRS, ADAE, ADLB) are written while the study is read, a subject at a
 * time ({@link #render} side by side, {@link #append} in subject order), so a study's graded time
 * lines and counts are never all held at once (100,000 subjects in 2 GB, issue 8); ADSL and ADTTE
 * follow from the analysis input at the end ({@link #finish}).
 */
final class AdamFiles implements Closeable {
  /** Rows of ADTTE or ADSL rendered together: small enough to hold, large enough to be quick. */
  private static final int CHUNK = 4096;

  /** One subject's ADRS, ADAE and ADLB rows rendered, and its flags. */
  record Rendered(
      String id,
      boolean efficacyEvaluable,
      boolean irc,
      DatasetOut.Part adrs,
      DatasetOut.Part adrsIfIrc,
      DatasetOut.Part adae,
      DatasetOut.Part adlb) {}

  private final Path adam;
  private String studyId;
  private String criterion;
  private final DatasetOut adrs;
  private final DatasetOut adae;
  private final DatasetOut adlb;
  private final Set<String> efficacyEvaluable = new HashSet<>();
  private boolean anyIrc;
  private Future<List<String>> records;

  private AdamFiles(Path dir) throws IOException {
    this.adam = Files.createDirectories(dir.resolve("adam"));
    this.adrs =
        new DatasetOut(adam, "adrs", Adrs.dataset(List.of()), DatasetOut.Options.ADAM_OPTIONAL);
    this.adae = new DatasetOut(adam, "adae", Adae.dataset(List.of()), DatasetOut.Options.ADAM);
    this.adlb = new DatasetOut(adam, "adlb", Adlb.dataset(List.of()), DatasetOut.Options.ADAM);
  }

  /**
   * Starts the datasets under {@code dir/adam}; the study ({@link #study}) is given before the
   * first subject.
   */
  static AdamFiles open(Path dir) throws IOException {
    return new AdamFiles(dir);
  }

  /** The study the subjects belong to: its identifier and indication (the response criterion). */
  void study(String id, Indication indication) {
    this.studyId = id;
    this.criterion = Adrs.criterion(indication);
  }

  /** The datasets of records held in memory (a small study, or one read from SDTM). */
  static List<Dataset> datasets(AnalysisInput input, Map<String, AdamSource> sources) {
    return List.of(
        Adsl.of(input, sources),
        Adrs.of(input, sources),
        Adtte.of(input),
        Adae.of(input, sources),
        Adlb.of(input, sources));
  }

  /** Appends the records of every subject of an input held in memory, in input order. */
  void appendAll(AnalysisInput input, Map<String, AdamSource> sources) throws IOException {
    study(input.studyId(), input.indication());
    for (AnalysisSubject s : input.subjects()) {
      append(render(s, sources.getOrDefault(s.id(), AdamSource.NONE)));
    }
  }

  /** A subject's rows checked and rendered; safe to call from several threads. */
  Rendered render(AnalysisSubject s, AdamSource src) {
    Adrs.SubjectRows r = Adrs.rows(studyId, criterion, s, src);
    return new Rendered(
        s.id(),
        Adsl.efficacyEvaluable(s, src),
        r.irc(),
        adrs.part(Adrs.dataset(r.rows())),
        adrs.part(Adrs.dataset(r.ifIrc())),
        adae.part(Adae.dataset(Adae.rows(studyId, s, src))),
        adlb.part(Adlb.dataset(Adlb.rows(studyId, s, src))));
  }

  /** Appends a subject's rendered rows after the subjects appended before. */
  void append(Rendered r) throws IOException {
    if (r.efficacyEvaluable()) {
      efficacyEvaluable.add(r.id());
    }
    anyIrc |= r.irc();
    adrs.append(r.adrs(), false);
    adrs.append(r.adrsIfIrc(), true);
    adae.append(r.adae(), false);
    adlb.append(r.adlb(), false);
  }

  /**
   * Starts writing ADRS, ADAE and ADLB from what was appended, on a thread of its own, so that it
   * runs beside the analysis ({@link #finish} waits for it): on a registry-scale study these files
   * are gigabytes. No subject may be appended after this.
   */
  void finishRecords(String createdAt) {
    if (records != null) {
      return;
    }
    ExecutorService one = Executors.newSingleThreadExecutor();
    records =
        one.submit(
            () -> {
              List<String> written = new ArrayList<>();
              finish(adrs, "ADRS", anyIrc, createdAt, written);
              finish(adae, "ADAE", false, createdAt, written);
              finish(adlb, "ADLB", false, createdAt, written);
              return written;
            });
    one.shutdown();
  }

  /**
   * Writes ADSL and ADTTE of the input (every subject appended before) and finishes the others
   * ({@link #finishRecords}, started here if not before); returns the files, relative to the report
   * directory.
   */
  List<String> finish(AnalysisInput input, String createdAt) throws IOException {
    finishRecords(createdAt);
    DatasetOut adsl =
        new DatasetOut(adam, "adsl", Adsl.dataset(List.of()), DatasetOut.Options.ADAM);
    List<AnalysisSubject> subjects = input.subjects();
    for (int i = 0; i < subjects.size(); i += CHUNK) {
      List<List<Object>> rows = new ArrayList<>();
      for (AnalysisSubject s : subjects.subList(i, Math.min(subjects.size(), i + CHUNK))) {
        rows.add(Adsl.row(input, s, efficacyEvaluable.contains(s.id())));
      }
      adsl.append(adsl.part(Adsl.dataset(rows)), false);
    }
    DatasetOut adtte =
        new DatasetOut(adam, "adtte", Adtte.dataset(List.of()), DatasetOut.Options.ADAM);
    List<TteRecord> tte = TteRecord.of(input);
    for (int i = 0; i < tte.size(); i += CHUNK) {
      List<TteRecord> chunk = tte.subList(i, Math.min(tte.size(), i + CHUNK));
      adtte.append(adtte.part(Adtte.dataset(Adtte.rows(studyId, chunk))), false);
    }
    List<String> adslFiles = new ArrayList<>();
    finish(adsl, "ADSL", false, createdAt, adslFiles);
    List<String> adtteFiles = new ArrayList<>();
    finish(adtte, "ADTTE", false, createdAt, adtteFiles);
    List<String> others = awaitRecords();
    // Listed in the order ADSL, ADRS, ADTTE, ADAE, ADLB (the others are ADRS, ADAE, ADLB).
    int adrsFiles = others.size() / 3;
    List<String> written = new ArrayList<>(adslFiles);
    written.addAll(others.subList(0, adrsFiles));
    written.addAll(adtteFiles);
    written.addAll(others.subList(adrsFiles, others.size()));
    return written;
  }

  /** The files of {@link #finishRecords} once written; its failure rethrown as it was. */
  private List<String> awaitRecords() throws IOException {
    try {
      return records.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
  }

  private void finish(
      DatasetOut out, String name, boolean withOptional, String createdAt, List<String> written)
      throws IOException {
    FileInfo info =
        new FileInfo("celltrial." + studyId + "." + name, null, null, null, null, studyId, null);
    out.finish(withOptional, info, createdAt);
    String base = "adam/" + name.toLowerCase(Locale.ROOT);
    written.add(base + ".json");
    written.add(base + ".csv");
    written.add(base + ".xpt");
  }

  /** Closes the spill files after a failure (the report directory is then removed). */
  @Override
  public void close() throws IOException {
    if (records != null) {
      // Nothing may still be writing when the caller removes the directory after a failure.
      try {
        awaitRecords();
      } catch (IOException | RuntimeException e) {
        // the failure that matters was reported by whoever called finish, or is the caller's own
      }
    }
    adrs.close();
    adae.close();
    adlb.close();
  }
}
