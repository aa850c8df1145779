package org.celltrial.app.design;

import org.celltrial.app.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code celltrial design}: trial design calculators and simulations. */
@Command(
    name = "design",
    mixinStandardHelpOptions = true,
    subcommands = {
      // one command class per line, so parallel work merges cleanly
      SurvivalCommand.class,
      GsdCommand.class,
      DoseCommand.class,
      DoseDecisionCommand.class,
      SingleArmCommand.class,
      SimonCommand.class,
      TargetsCommand.class,
    })
public final class DesignCommand extends GroupCommand {}
