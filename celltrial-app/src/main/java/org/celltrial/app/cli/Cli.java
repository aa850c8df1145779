package org.celltrial.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine;

/**
 * Builds the {@code celltrial} command tree and runs it with the conventions every subcommand
 * shares: help in the chosen language, exit code 0 on success, 2 on bad usage or bad input (with a
 * message that names the argument, the value and the rule), 1 on an internal failure, and no stack
 * trace unless {@code --debug}.
 */
public final class Cli {
  /** Exit code for bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code for a failure that is celltrial's fault, not the user's. */
  public static final int EXIT_INTERNAL = 1;

  private Cli() {}

  /**
   * Parses and runs one command line, writing results to {@code out} and messages to {@code err}.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Lang lang = languageOf(args);
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cmd = commandLine(lang);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(new UsageErrors(lang));
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CelltrialException bad) {
            commandLine.getErr().println(bad.render(lang));
            if (debug) {
              ex.printStackTrace(commandLine.getErr());
            }
            return EXIT_BAD_INPUT;
          }
          commandLine
              .getErr()
              .println(CliMessages.of("cli.internalError", String.valueOf(ex)).render(lang));
          if (debug) {
            ex.printStackTrace(commandLine.getErr());
          }
          return EXIT_INTERNAL;
        });
    return cmd.execute(args);
  }

  /** The command tree with its usage help in the given language. */
  public static CommandLine commandLine(Lang lang) {
    CommandLine cmd = new CommandLine(new CelltrialCommand());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setResourceBundle(CliMessages.help(lang));
    return cmd;
  }

  /**
   * The language asked for with {@code --lang}, read before parsing so that even a parse error is
   * reported in it; the system locale (falling back to English) when absent or not understood.
   */
  static Lang languageOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        try {
          return Lang.fromCode(value);
        } catch (CelltrialException e) {
          return Lang.systemDefault();
        }
      }
    }
    return Lang.systemDefault();
  }
}
