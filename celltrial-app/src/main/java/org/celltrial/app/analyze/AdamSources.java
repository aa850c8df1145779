package org.celltrial.app.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.app.data.JsonInput;
import org.celltrial.app.derive.ResponseRecords;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.study.Study;

/**
 * Reads, for ADRS, ADAE and ADLB, each subject's response, CRS, ICANS and counts files of a study
 * package with the same engines and defaults as {@link StudyDirectory} (docs/cdisc.md). An absent
 * file leaves that part empty.
 */
final class AdamSources {
  private AdamSources() {}

  /** The records of every subject of {@code input}, by subject identifier. */
  static Map<String, AdamSource> read(Path dir, AnalysisInput input) {
    Study study = JsonInput.read(dir.resolve("study.json"), Study.class);
    Path grading = dir.resolve("grading");
    List<AdamSource> sources =
        Parallel.map(input.subjects(), s -> source(dir, grading, study, s.id()));
    Map<String, AdamSource> out = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      out.put(input.subjects().get(i).id(), sources.get(i));
    }
    return out;
  }

  private static AdamSource source(Path dir, Path grading, Study study, String id) {
    Path crsFile = grading.resolve(id + "-crs.json");
    TimelineResult crs =
        Files.exists(crsFile)
            ? CrsGrading.grade(JsonInput.read(crsFile, CrsInput.class), EpisodeRule.DEFAULT)
            : null;
    Path icansFile = grading.resolve(id + "-icans.json");
    TimelineResult icans =
        Files.exists(icansFile)
            ? IcansGrading.grade(
                JsonInput.read(icansFile, IcansInput.class),
                EpisodeRule.DEFAULT,
                IcansGrading.DEFAULT_CAPD_BELOW_AGE)
            : null;
    Path countsFile = grading.resolve(id + "-counts.json");
    CountsInput counts =
        Files.exists(countsFile) ? JsonInput.read(countsFile, CountsInput.class) : null;
    Hematotoxicity h =
        counts == null ? null : HematotoxicityAssessment.assess(counts, IcahtParameters.DEFAULT);
    Path responseFile = dir.resolve("responses").resolve(id + ".json");
    ResponseRecords r =
        Files.exists(responseFile) ? ResponseRecords.read(study.indication(), responseFile) : null;
    return new AdamSource(
        r == null ? null : r.investigator(),
        r == null ? null : r.irc(),
        r == null ? null : r.ircBor(),
        crs,
        icans,
        counts,
        h);
  }
}
