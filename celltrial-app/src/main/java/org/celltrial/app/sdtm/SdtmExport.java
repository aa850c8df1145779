package org.celltrial.app.sdtm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.analysis.cdisc.sdtm.SdtmStudy;
import org.celltrial.analysis.cdisc.sdtm.SdtmSubject;
import org.celltrial.analysis.cdisc.sdtm.SdtmWriter;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.app.data.JsonInput;
import org.celltrial.app.derive.DerivedResponse;
import org.celltrial.app.stats.NcaInput;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * Writes a study package (docs/analysis.md) as SDTM (docs/cdisc.md, "SDTM"): {@code <domain>.csv}
 * and {@code <domain>.json} (CDISC Dataset-JSON v1.1) for every domain, names in lower case. CRS
 * and ICANS are graded (ASTCT 2019, 48-hour episode rule) and the response files assessed with the
 * defaults {@code analyze} uses. The Dataset-JSON creation time is the latest date in the data at
 * midnight, so the same package gives the same bytes.
 */
public final class SdtmExport {
  private SdtmExport() {}

  /**
   * Reads the package in {@code dir} and writes its SDTM domains into {@code sdtm} (created).
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(Path dir, Path sdtm) throws IOException {
    SdtmStudy pkg = read(dir);
    Files.createDirectories(sdtm);
    String studyId = pkg.study().id();
    String created = created(pkg) + "T00:00:00";
    for (Dataset d : SdtmWriter.write(pkg)) {
      String base = d.name().toLowerCase(Locale.ROOT);
      FileInfo info =
          new FileInfo(
              "celltrial." + studyId + "." + d.name(), null, "celltrial", "1", null, studyId, null);
      Files.writeString(
          sdtm.resolve(base + ".json"),
          DatasetJson.write(d, info, created),
          StandardCharsets.UTF_8);
      Files.writeString(sdtm.resolve(base + ".csv"), DatasetCsv.write(d), StandardCharsets.UTF_8);
    }
  }

  /** The package as the SDTM mapping sees it: the same files and defaults as {@code analyze}. */
  public static SdtmStudy read(Path dir) throws IOException {
    Study study = JsonInput.read(dir.resolve("study.json"), Study.class);
    List<SdtmSubject> subjects = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("subjects"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    Path grading = dir.resolve("grading");
    for (Path file : files) {
      Subject s = JsonInput.read(file, Subject.class);
      LocalDateTime infusion = null;
      TimelineResult crs = null;
      TimelineResult icans = null;
      CountsInput counts = null;
      Path crsFile = grading.resolve(s.id() + "-crs.json");
      if (Files.exists(crsFile)) {
        CrsInput in = JsonInput.read(crsFile, CrsInput.class);
        infusion = in.infusion();
        crs = CrsGrading.grade(in, EpisodeRule.DEFAULT);
      }
      Path icansFile = grading.resolve(s.id() + "-icans.json");
      if (Files.exists(icansFile)) {
        IcansInput in = JsonInput.read(icansFile, IcansInput.class);
        infusion = infusion == null ? in.infusion() : infusion;
        icans = IcansGrading.grade(in, EpisodeRule.DEFAULT, IcansGrading.DEFAULT_CAPD_BELOW_AGE);
      }
      Path countsFile = grading.resolve(s.id() + "-counts.json");
      if (Files.exists(countsFile)) {
        counts = JsonInput.read(countsFile, CountsInput.class);
        infusion = infusion == null ? counts.infusion() : infusion;
      }
      Path responses = dir.resolve("responses").resolve(s.id() + ".json");
      subjects.add(
          new SdtmSubject(
              s,
              infusion,
              crs == null ? null : crs.episodes(),
              icans == null ? null : icans.episodes(),
              counts,
              Files.exists(responses)
                  ? DerivedResponse.series(study.indication(), responses)
                  : null));
    }
    return new SdtmStudy(study, subjects, kinetics(dir, subjects));
  }

  /**
   * The {@code kinetics/<id>.csv} profiles, read as {@code analyze} reads them ({@code stats nca}'s
   * reader), in subject order; {@code null} without a {@code kinetics/} folder.
   */
  private static List<KineticProfile> kinetics(Path dir, List<SdtmSubject> subjects) {
    Path folder = dir.resolve("kinetics");
    if (!Files.isDirectory(folder)) {
      return null;
    }
    List<KineticProfile> out = new ArrayList<>();
    for (SdtmSubject s : subjects) {
      Path file = folder.resolve(s.subject().id() + ".csv");
      if (Files.exists(file)) {
        for (NcaInput.Subject k :
            NcaInput.read(file, "subject", "day", "copies", null).subjects()) {
          out.add(new KineticProfile(s.subject().id(), k.time(), k.conc()));
        }
      }
    }
    return out;
  }

  private static LocalDate created(SdtmStudy pkg) {
    LocalDate last = LocalDate.of(1970, 1, 1);
    for (SdtmSubject s : pkg.subjects()) {
      for (JourneyEvent e : s.subject().journey()) {
        last = e.first().isAfter(last) ? e.first() : last;
      }
      if (s.responses() != null && s.responses().lastKnownAlive() != null) {
        LocalDate l = s.responses().lastKnownAlive();
        last = l.isAfter(last) ? l : last;
      }
    }
    return last;
  }
}
