package org.celltrial.app.grading;

import org.celltrial.app.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code celltrial grade}: toxicity grading from observations (CRS, ICANS, cytopenias). */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    subcommands = {
      // one command class per line, so parallel work merges cleanly
      CrsCommand.class,
      IcansCommand.class,
      IcahtCommand.class,
      TlsCommand.class,
    })
public final class GradeCommand extends GroupCommand {}
