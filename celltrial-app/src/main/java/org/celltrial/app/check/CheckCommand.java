package org.celltrial.app.check;

import org.celltrial.app.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code celltrial check}: rule checks on a subject's data (eligibility, journey, DLT). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    subcommands = {
      // one command class per line, so parallel work merges cleanly
      EligibilityCommand.class,
      JourneyCommand.class,
      DltCommand.class,
      MalignancyCommand.class,
    })
public final class CheckCommand extends GroupCommand {}
