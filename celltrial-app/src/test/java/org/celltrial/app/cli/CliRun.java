package org.celltrial.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process, as a test would type it, and captures what it printed.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int code, String out, String err) {

  /** Runs {@code celltrial ARGS}. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
