package org.celltrial.app.sdtm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.sdtm.SdtmStudy;
import org.celltrial.analysis.cdisc.sdtm.SdtmSubject;
import org.celltrial.analysis.cdisc.sdtm.SdtmWriter;
import org.celltrial.analysis.study.IggSeries;
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
import org.celltrial.clinical.grading.tls.TlsInput;
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
   * Reads the package in {@code dir} and writes its SDTM domains into {@code sdtm} (created), a
   * subject at a time (a study of any size is written in little memory).
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(Path dir, Path sdtm) throws IOException {
    Study study = JsonInput.read(dir.resolve("study.json"), Study.class);
    Files.createDirectories(sdtm);
    boolean kinetics = Files.isDirectory(dir.resolve("kinetics"));
    LocalDate last = LocalDate.of(1970, 1, 1);
    try (DomainFiles files = new DomainFiles(sdtm, study.id())) {
      files.add(SdtmWriter.write(new SdtmStudy(study, List.of(), kinetics ? List.of() : null)));
      for (Path file : subjectFiles(dir)) {
        SdtmSubject s = subject(dir, study, JsonInput.read(file, Subject.class));
        last = latest(last, s);
        List<Dataset> ds =
            SdtmWriter.write(new SdtmStudy(study, List.of(s), kinetics ? profiles(dir, s) : null));
        files.add(ds.stream().filter(d -> !d.name().equals("TS")).toList());
      }
      files.finish(last + "T00:00:00");
    }
  }

  private static List<Path> subjectFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("subjects"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** One subject as the SDTM mapping sees it: the same files and defaults as {@code analyze}. */
  private static SdtmSubject subject(Path dir, Study study, Subject s) {
    Path grading = dir.resolve("grading");
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
    Path igg = dir.resolve("igg").resolve(s.id() + ".json");
    Path tls = dir.resolve("tls").resolve(s.id() + ".json");
    return new SdtmSubject(
        s,
        infusion,
        crs == null ? null : crs.episodes(),
        icans == null ? null : icans.episodes(),
        counts,
        Files.exists(responses) ? DerivedResponse.series(study.indication(), responses) : null,
        Files.exists(igg) ? JsonInput.read(igg, IggSeries.class) : null,
        Files.exists(tls) ? JsonInput.read(tls, TlsInput.class) : null);
  }

  /**
   * The subject's {@code kinetics/<id>.csv} profile, read as {@code analyze} reads it ({@code stats
   * nca}'s reader); empty without a file.
   */
  private static List<KineticProfile> profiles(Path dir, SdtmSubject s) {
    Path file = dir.resolve("kinetics").resolve(s.subject().id() + ".csv");
    List<KineticProfile> out = new ArrayList<>();
    if (Files.exists(file)) {
      for (NcaInput.Subject k : NcaInput.read(file, "subject", "day", "copies", null).subjects()) {
        out.add(new KineticProfile(s.subject().id(), k.time(), k.conc()));
      }
    }
    return out;
  }

  /** The later of {@code last} and the subject's latest journey date or last contact. */
  private static LocalDate latest(LocalDate last, SdtmSubject s) {
    for (JourneyEvent e : s.subject().journey()) {
      last = e.first().isAfter(last) ? e.first() : last;
    }
    if (s.responses() != null && s.responses().lastKnownAlive() != null) {
      LocalDate l = s.responses().lastKnownAlive();
      last = l.isAfter(last) ? l : last;
    }
    return last;
  }
}
