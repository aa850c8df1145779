package org.celltrial.app.cli;

import java.util.List;

/**
 * What a command prints: one object for {@code --format json} (its documented contract, in
 * lowerCamelCase, R's names where R has one) and tables for text and CSV.
 *
 * @param json the object serialized for {@code --format json}
 * @param tables the tables printed for text (all of them) and CSV (see {@link Output})
 */
public record CliResult(Object json, List<Table> tables) {
  /** Copies the tables. */
  public CliResult {
    tables = List.copyOf(tables);
  }
}
