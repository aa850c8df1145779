package org.celltrial.app.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.stats.NcaInput;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Reads the {@code kinetics/<id>.csv} files of a study package (docs/data-format.md, "Cellular
 * kinetics"): columns {@code subject}, {@code day}, {@code copies}, read as {@code stats nca} reads
 * its input ({@code BLQ} = 0, a row with an empty value = a missed sample, left out).
 */
final class KineticsFiles {
  private KineticsFiles() {}

  /**
   * The profiles of the subjects that have a file, in subject order; {@code null} when the package
   * has no {@code kinetics/} folder (not collected).
   *
   * @throws CelltrialException naming the file, row and value of the first problem
   */
  static List<KineticProfile> read(Path dir, List<AnalysisSubject> subjects) {
    Path folder = dir.resolve("kinetics");
    if (!Files.isDirectory(folder)) {
      return null;
    }
    List<KineticProfile> out = new ArrayList<>();
    for (AnalysisSubject s : subjects) {
      Path file = folder.resolve(s.id() + ".csv");
      if (!Files.exists(file)) {
        continue;
      }
      NcaInput in = NcaInput.read(file, "subject", "day", "copies", null);
      for (NcaInput.Subject k : in.subjects()) {
        if (!k.id().equals(s.id())) {
          throw new CelltrialException(
              CliMessages.of("analyze.kineticsSubject", file, k.id(), s.id()));
        }
        out.add(new KineticProfile(s.id(), k.time(), k.conc()));
      }
    }
    return out;
  }
}
