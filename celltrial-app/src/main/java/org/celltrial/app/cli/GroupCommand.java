package org.celltrial.app.cli;

import java.util.concurrent.Callable;
import org.celltrial.common.i18n.CelltrialException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code celltrial stats}): run on its own it is a usage
 * error that lists what it contains.
 */
public abstract class GroupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    throw new CelltrialException(
        CliMessages.of(
            "cli.missingSubcommand",
            spec.qualifiedName(),
            String.join(", ", spec.subcommands().keySet())));
  }
}
