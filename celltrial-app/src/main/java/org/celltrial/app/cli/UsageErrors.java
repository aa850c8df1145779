package org.celltrial.app.cli;

import java.util.stream.Collectors;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Turns picocli's parse errors into one localized paragraph naming the argument, the value and the
 * rule, followed by where to find help. Exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final Lang lang;

  UsageErrors(Lang lang) {
    this.lang = lang;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String command = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println(describe(ex, cmd).render(lang));
    cmd.getErr().println(CliMessages.of("cli.seeHelp", command).render(lang));
    return Cli.EXIT_BAD_INPUT;
  }

  private static Message describe(ParameterException ex, CommandLine cmd) {
    if (ex.getCause() instanceof CelltrialException bad) {
      return bad.detail();
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      if (!first.startsWith("-") && !cmd.getSubcommands().isEmpty()) {
        String known = String.join(", ", cmd.getSubcommands().keySet());
        return CliMessages.of(
            "cli.unknownCommand", first, cmd.getCommandSpec().qualifiedName(), known);
      }
      return CliMessages.of("cli.unknownOption", first, cmd.getCommandSpec().qualifiedName());
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      String names =
          missing.getMissing().stream().map(UsageErrors::nameOf).collect(Collectors.joining(", "));
      return CliMessages.of("cli.missingOption", names, cmd.getCommandSpec().qualifiedName());
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return CliMessages.of("cli.badValue", nameOf(arg), ex.getValue(), typeOf(arg));
    }
    return CliMessages.of("cli.badUsage", ex.getMessage());
  }

  private static String nameOf(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /** What the argument expects, in words: the enum's values, or a localized type name. */
  private static Object typeOf(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder();
      for (Object c : type.getEnumConstants()) {
        values.append(values.length() == 0 ? "" : "|");
        values.append(c.toString().toLowerCase(java.util.Locale.ROOT));
      }
      return values.toString();
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return CliMessages.of("cli.type.integer");
    }
    if (type == double.class || type == Double.class) {
      return CliMessages.of("cli.type.number");
    }
    if (type == int[].class || type == long[].class) {
      return CliMessages.of("cli.type.integers");
    }
    if (type == double[].class) {
      return CliMessages.of("cli.type.numbers");
    }
    return type.getSimpleName();
  }
}
