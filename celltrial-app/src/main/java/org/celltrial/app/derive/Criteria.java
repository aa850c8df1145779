package org.celltrial.app.derive;

import picocli.CommandLine.Option;

/** Protocol choices of the response criteria shared by the derive commands. */
final class Criteria {
  @Option(names = "--cmr-max-score", paramLabel = "SCORE")
  String cmrMaxScore = "3";

  @Option(names = "--relapse-marrow-percent", paramLabel = "PERCENT")
  double relapseMarrowPercent = 5.0;
}
