package org.celltrial.app.cli;

/** Output formats of every command. */
public enum Format {
  /** A readable table (the default). */
  TEXT,
  /** The documented JSON contract of the command (docs/cli.md). */
  JSON,
  /** Comma-separated values with a header row. */
  CSV
}
