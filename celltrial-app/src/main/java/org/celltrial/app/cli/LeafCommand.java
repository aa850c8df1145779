package org.celltrial.app.cli;

import java.util.concurrent.Callable;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that does one job: it computes a {@link CliResult} and the shared {@link Output} prints
 * it in the format asked for. Errors are thrown as {@code CelltrialException} and reported by
 * {@link Cli}.
 */
public abstract class LeafCommand implements Callable<Integer> {
  @Mixin protected CommonOptions common;
  @Spec protected CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    CommonOptions options = CommonOptions.effective(common, spec);
    CliResult result = execute(options.lang());
    Output.print(result, options.format(), spec.commandLine().getOut());
    return 0;
  }

  /** Does the work and returns what to print; tables already in the given language. */
  protected abstract CliResult execute(Lang lang) throws Exception;
}
