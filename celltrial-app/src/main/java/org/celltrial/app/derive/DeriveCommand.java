package org.celltrial.app.derive;

import org.celltrial.app.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code celltrial derive}: response and endpoint derivation from a subject's assessments. */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    subcommands = {
      // one command class per line, so parallel work merges cleanly
      ResponseCommand.class,
      EndpointsCommand.class,
      ConcordanceCommand.class,
    })
public final class DeriveCommand extends GroupCommand {}
