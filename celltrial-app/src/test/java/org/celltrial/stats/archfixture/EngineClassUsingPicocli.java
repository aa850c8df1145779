package org.celltrial.stats.archfixture;

import picocli.CommandLine;

/** Test fixture: an "engine" class breaking the no-framework rule, to prove the rule bites. */
public final class EngineClassUsingPicocli {
  private EngineClassUsingPicocli() {}

  /** Uses picocli, which engines must not. */
  public static CommandLine parser() {
    return new CommandLine(new Object());
  }
}
