package org.celltrial.app.stats;

import org.celltrial.app.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code celltrial stats}: the statistics engine on the command line. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    subcommands = {
      // one command class per line, so parallel work merges cleanly
      BinomCommand.class,
      KmCommand.class,
      RmstCommand.class,
      LogRankCommand.class,
      CoxCommand.class,
      CifCommand.class,
      NcaCommand.class,
      ExposureCommand.class,
      IncidenceCommand.class,
    })
public final class StatsCommand extends GroupCommand {}
