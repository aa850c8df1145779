package org.celltrial.app.grading;

import java.nio.file.Path;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial grade icans}: ASTCT 2019 ICANS grade of each observation, and episodes. */
@Command(name = "icans", mixinStandardHelpOptions = true)
public final class IcansCommand extends LeafCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE")
  Path input;

  @Option(names = "--episode-gap-hours", paramLabel = "HOURS")
  long episodeGapHours = 48;

  @Option(names = "--capd-below-age", paramLabel = "YEARS")
  int capdBelowAge = IcansGrading.DEFAULT_CAPD_BELOW_AGE;

  @Override
  protected CliResult execute(Lang lang) {
    EpisodeRule rule = TimelineOutput.episodeRule(episodeGapHours);
    IcansInput data = JsonInput.read(input, IcansInput.class);
    return TimelineOutput.of(
        "ICANS", IcansGrading.grade(data, rule, capdBelowAge), episodeGapHours, lang);
  }
}
