package org.celltrial.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.celltrial.app.cli.Cli;

/** Entry point of the runnable jar: {@code java -jar celltrial.jar ARGS}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code (0 ok, 1 internal failure, 2 bad input). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Cli.execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
