package org.celltrial.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.celltrial.app.analyze.AnalyzeCommand;
import org.celltrial.app.check.CheckCommand;
import org.celltrial.app.derive.DeriveCommand;
import org.celltrial.app.design.DesignCommand;
import org.celltrial.app.grading.GradeCommand;
import org.celltrial.app.simulation.SimulateStudyCommand;
import org.celltrial.app.stats.StatsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command, {@code celltrial}. Its help lists the subcommands. */
@Command(
    name = "celltrial",
    mixinStandardHelpOptions = true,
    versionProvider = CelltrialCommand.Version.class,
    subcommands = {
      StatsCommand.class,
      DesignCommand.class,
      GradeCommand.class,
      CheckCommand.class,
      DeriveCommand.class,
      SimulateStudyCommand.class,
      AnalyzeCommand.class,
    })
public final class CelltrialCommand extends GroupCommand {

  /** Reads the version that Maven wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in =
          Version.class.getResourceAsStream("/org/celltrial/app/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "celltrial " + p.getProperty("version", "unknown"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
