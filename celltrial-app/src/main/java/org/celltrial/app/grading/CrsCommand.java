package org.celltrial.app.grading;

import java.nio.file.Path;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial grade crs}: ASTCT 2019 CRS grade of each observation, and episodes (G-SAF-1).
 */
@Command(name = "crs", mixinStandardHelpOptions = true)
public final class CrsCommand extends LeafCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE")
  Path input;

  @Option(names = "--episode-gap-hours", paramLabel = "HOURS")
  long episodeGapHours = 48;

  @Override
  protected CliResult execute(Lang lang) {
    EpisodeRule rule = TimelineOutput.episodeRule(episodeGapHours);
    CrsInput data = JsonInput.read(input, CrsInput.class);
    return TimelineOutput.of("CRS", CrsGrading.grade(data, rule), episodeGapHours, lang);
  }
}
