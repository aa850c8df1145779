package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One SDTM dataset as read from a file, every value as text ({@code null} or blank = missing): what
 * a CSV file and a Dataset-JSON file both give.
 *
 * @param file the file it came from, named in problems
 * @param domain the dataset name ({@code DM}, {@code SUPPAE} …), upper case
 * @param columns the variable names, in file order
 * @param rows the records, each a list of values in column order
 */
public record SdtmTable(String file, String domain, List<String> columns, List<List<String>> rows) {
  /** Copies the columns and rows (a row may hold {@code null}s). */
  public SdtmTable {
    columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> r : rows) {
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }
}
