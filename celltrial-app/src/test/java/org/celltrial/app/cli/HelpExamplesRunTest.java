package org.celltrial.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every example printed in a command's help runs and succeeds, so the help never shows a command
 * that fails. Paths under {@code examples/} are resolved from the repository root; examples that
 * write files ({@code --out}) are left to their own tests.
 */
class HelpExamplesRunTest {

  @Test
  void everyHelpExampleRuns() {
    List<String> examples = new ArrayList<>();
    collect(Cli.commandLine(Lang.EN), examples);
    assertThat(examples).hasSizeGreaterThan(20);
    List<String> failures = new ArrayList<>();
    for (String example : examples) {
      if (example.contains("--out") || example.endsWith("--help")) {
        continue;
      }
      String[] args =
          Arrays.stream(example.trim().split("\\s+"))
              .skip(1)
              .map(a -> a.startsWith("examples/") ? "../" + a : a)
              .toArray(String[]::new);
      CliRun run = CliRun.of(args);
      if (run.code() != 0) {
        failures.add(example + " -> exit " + run.code() + ": " + run.err());
      }
    }
    assertThat(failures).isEmpty();
  }

  private static void collect(CommandLine cmd, List<String> examples) {
    for (String block : cmd.getCommandSpec().usageMessage().footer()) {
      for (String line : block.split("\\R|%n")) {
        if (line.trim().startsWith("celltrial ")) {
          examples.add(line.trim());
        }
      }
    }
    cmd.getSubcommands().values().forEach(sub -> collect(sub, examples));
  }
}
