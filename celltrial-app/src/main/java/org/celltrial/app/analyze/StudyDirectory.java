package org.celltrial.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.analysis.study.GradingEpisode;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.analysis.study.LabFindings;
import org.celltrial.analysis.study.SafetyLabs;
import org.celltrial.analysis.study.ToxicitySummary;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.JsonInput;
import org.celltrial.app.derive.DerivedResponse;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.imwg.ImwgRules;
import org.celltrial.clinical.response.lugano.LuganoPet;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.design.controls.Indication;

/**
 * Reads a study package as {@code simulate-study} writes it (docs/analysis.md): {@code study.json},
 * {@code subjects/<id>.json}, optional {@code grading/<id>-crs.json}, {@code -icans.json}, {@code
 * -counts.json}, {@code responses/<id>.json} and {@code kinetics/<id>.csv}, and derives each
 * subject's grades and best response with the engines' defaults. Any file that fails to read stops
 * the whole analysis, naming the file and the JSON path.
 */
final class StudyDirectory {
  private StudyDirectory() {}

  /**
   * A study read for the report: the analysis input and each subject's records for ADRS, ADAE and
   * ADLB, by subject identifier, both built from one reading of the files.
   */
  record StudyPackage(AnalysisInput input, Map<String, AdamSource> adam) {}

  /** Subject files read side by side before their records are handed on in order. */
  private static final int CHUNK = 1024;

  /** The analysis input of a package (its ADaM records are dropped). */
  static AnalysisInput read(Path dir) {
    return read(dir, study -> {}, (s, src) -> null, r -> {});
  }

  /** A package read once for both the report and the ADaM datasets, every record held. */
  static StudyPackage readPackage(Path dir) {
    Map<String, AdamSource> adam = new LinkedHashMap<>();
    AnalysisInput input =
        read(
            dir,
            study -> {},
            (s, src) -> Map.entry(s.id(), src),
            e -> adam.put(e.getKey(), e.getValue()));
    return new StudyPackage(input, adam);
  }

  /**
   * A package read for the report while its ADaM records are written (ADRS, ADAE, ADLB, {@link
   * AdamFiles}), so that no subject's time lines and counts outlive its reading.
   */
  static AnalysisInput read(Path dir, AdamFiles adam) {
    return read(
        dir,
        study -> adam.study(study.id(), indication(study)),
        adam::render,
        r -> {
          try {
            adam.append(r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Reads the package a chunk of subject files at a time, side by side on the cores: each subject
   * is derived and {@code prepare}d where it was read, then the results are {@code accept}ed in
   * file order, so the output does not depend on the threads; {@code begin} sees the study file
   * before any subject.
   */
  private static <R> AnalysisInput read(
      Path dir,
      Consumer<Study> begin,
      BiFunction<AnalysisSubject, AdamSource, R> prepare,
      Consumer<R> accept) {
    Study study = JsonInput.read(dir.resolve("study.json"), Study.class);
    if (study.indication() == null) {
      throw new CelltrialException(
          CliMessages.of("analyze.noIndication", dir.resolve("study.json")));
    }
    begin.accept(study);
    List<Path> files = files(dir.resolve("subjects"));
    List<AnalysisSubject> subjects = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i += CHUNK) {
      List<Map.Entry<AnalysisSubject, R>> chunk =
          Parallel.map(
              files.subList(i, Math.min(files.size(), i + CHUNK)),
              file -> subject(dir, study, JsonInput.read(file, Subject.class), prepare));
      for (Map.Entry<AnalysisSubject, R> e : chunk) {
        subjects.add(e.getKey());
        accept.accept(e.getValue());
      }
    }
    return input(study, subjects, KineticsFiles.read(dir, subjects));
  }

  /**
   * The analysis input of a study and its subjects: the data cut-off is the latest date in the
   * subjects' data. Shared by the native and the SDTM reader ({@link SdtmDirectory}).
   */
  static AnalysisInput input(
      Study study, List<AnalysisSubject> subjects, List<KineticProfile> kinetics) {
    LocalDate cutoff = null;
    for (AnalysisSubject a : subjects) {
      cutoff = later(cutoff, latest(a));
    }
    return new AnalysisInput(
        study.id(), study.title(), indication(study), cutoff, subjects, study, kinetics);
  }

  private static <R> Map.Entry<AnalysisSubject, R> subject(
      Path dir, Study study, Subject s, BiFunction<AnalysisSubject, AdamSource, R> prepare) {
    Path grading = dir.resolve("grading");
    TimelineResult crs = null;
    TimelineResult icans = null;
    Hematotoxicity counts = null;
    CountsInput countsInput = null;
    Path crsFile = grading.resolve(s.id() + "-crs.json");
    if (Files.exists(crsFile)) {
      crs = CrsGrading.grade(JsonInput.read(crsFile, CrsInput.class), EpisodeRule.DEFAULT);
    }
    Path icansFile = grading.resolve(s.id() + "-icans.json");
    if (Files.exists(icansFile)) {
      icans =
          IcansGrading.grade(
              JsonInput.read(icansFile, IcansInput.class),
              EpisodeRule.DEFAULT,
              IcansGrading.DEFAULT_CAPD_BELOW_AGE);
    }
    Path countsFile = grading.resolve(s.id() + "-counts.json");
    if (Files.exists(countsFile)) {
      countsInput = JsonInput.read(countsFile, CountsInput.class);
      counts = HematotoxicityAssessment.assess(countsInput, IcahtParameters.DEFAULT);
    }
    Path iggFile = dir.resolve("igg").resolve(s.id() + ".json");
    IggSeries igg = Files.exists(iggFile) ? JsonInput.read(iggFile, IggSeries.class) : null;
    Path tlsFile = dir.resolve("tls").resolve(s.id() + ".json");
    TlsInput tls = Files.exists(tlsFile) ? JsonInput.read(tlsFile, TlsInput.class) : null;
    Path responseFile = dir.resolve("responses").resolve(s.id() + ".json");
    DerivedResponse r =
        Files.exists(responseFile) ? DerivedResponse.read(study.indication(), responseFile) : null;
    AnalysisSubject a = subject(s, crs, icans, counts, new SafetyLabs(null, igg, tls), r);
    // The value may be null (records dropped), which SimpleImmutableEntry allows.
    return new AbstractMap.SimpleImmutableEntry<>(
        a, prepare.apply(a, adam(study.indication(), r, crs, icans, countsInput, counts)));
  }

  /**
   * A subject's records for ADRS, ADAE and ADLB (docs/cdisc.md): the investigator's and the IRC's
   * responses per assessment under the indication's criterion, the graded CRS and ICANS time lines
   * and the blood counts with their ICAHT assessment. Shared by the native and the SDTM reader.
   */
  static AdamSource adam(
      org.celltrial.clinical.study.Indication indication,
      DerivedResponse r,
      TimelineResult crs,
      TimelineResult icans,
      CountsInput counts,
      Hematotoxicity h) {
    if (r == null) {
      return new AdamSource(null, null, null, crs, icans, counts, h);
    }
    String criterion =
        switch (indication) {
          case B_NHL -> LuganoPet.CRITERION;
          case MM -> ImwgRules.CRITERION;
          case B_ALL -> AllResponse.CRITERION;
        };
    List<AdamSource.Response> inv =
        r.visits().stream()
            .map(t -> new AdamSource.Response(t.date(), t.category(), criterion))
            .toList();
    List<AdamSource.Response> irc =
        r.course().irc().stream()
            .map(t -> new AdamSource.Response(t.date(), t.category(), criterion))
            .toList();
    return new AdamSource(inv, irc, r.course().ircBor(), crs, icans, counts, h);
  }

  /**
   * One subject of the analysis from its file and what was derived from its other files (a graded
   * time line or the counts are {@code null} when not collected; {@code labs} gives the IgG and
   * tumor-lysis values, its cytopenia is derived here from the counts). Shared by the native and
   * the SDTM reader.
   */
  static AnalysisSubject subject(
      Subject s,
      TimelineResult crs,
      TimelineResult icans,
      Hematotoxicity counts,
      SafetyLabs labs,
      DerivedResponse r) {
    List<ProlongedCytopenia.Verdict> cytopenia = counts == null ? null : counts.cytopenia();
    return new AnalysisSubject(
        s.id(),
        s.journey() == null ? List.of() : s.journey(),
        r == null ? null : r.lastKnownAlive(),
        r == null ? null : r.bor(),
        r == null ? null : r.progression(),
        crs == null ? null : summary(crs),
        icans == null ? null : summary(icans),
        counts == null ? -1 : counts.early().grade(),
        s.ageAtScreening().orElse(null),
        s.sex() == null ? null : s.sex() == Sex.MALE ? "M" : "F",
        s,
        r == null ? List.of() : r.visits(),
        r == null ? null : r.baselineBurden(),
        crs == null ? List.of() : episodes(crs),
        icans == null ? List.of() : episodes(icans),
        r == null ? null : r.course(),
        LabFindings.of(cytopenia, labs.igg(), labs.tls()));
  }

  /** The episodes of a graded time line, for the CRS/ICANS timeline figure. */
  private static List<GradingEpisode> episodes(TimelineResult t) {
    return t.episodes().stream()
        .map(e -> new GradingEpisode(e.onsetDay(), e.durationDays(), e.maxGrade()))
        .toList();
  }

  /** The report's summary of a subject's CRS or ICANS: maximum grade and the episodes. */
  private static ToxicitySummary summary(TimelineResult t) {
    int maxGrade = t.maxGrade();
    List<Episode> eps = t.episodes();
    long onset = eps.isEmpty() ? -1 : eps.get(0).onsetDay();
    long duration = eps.isEmpty() ? -1 : eps.stream().mapToLong(Episode::durationDays).sum();
    boolean toci = eps.stream().anyMatch(e -> e.tocilizumabDoses() > 0);
    boolean steroids = eps.stream().anyMatch(e -> e.corticosteroidDoses() > 0);
    return new ToxicitySummary(maxGrade, onset, duration, toci, steroids);
  }

  static Indication indication(Study study) {
    return switch (study.indication()) {
      case B_ALL -> Indication.B_ALL;
      case B_NHL -> Indication.LBCL;
      case MM -> Indication.MM;
    };
  }

  /** The latest date the subject's data show: the data cut-off is the latest over all subjects. */
  private static LocalDate latest(AnalysisSubject a) {
    LocalDate last = a.lastKnownAlive();
    for (JourneyEvent e : a.journey()) {
      last = later(last, e.first());
    }
    return last;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || b.isAfter(a) ? b : a;
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CelltrialException(CliMessages.of("analyze.noSubjects", dir));
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", dir, e.getMessage()), e);
    }
  }
}
