package org.celltrial.app.stats;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that name a survival data file and its time and event columns. */
final class SurvivalOptions {
  @Option(names = "--data", required = true, paramLabel = "FILE")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN")
  String time;

  @Option(names = "--event", required = true, paramLabel = "COLUMN")
  String event;
}
