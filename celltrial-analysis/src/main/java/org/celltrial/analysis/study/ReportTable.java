package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * One table of the report: every text a {@link Message} so it renders in Chinese and English.
 *
 * @param id a short file name for the table ({@code disposition}, {@code crs} …)
 * @param title the title
 * @param set the analysis set (ITT, mITT, responders)
 * @param rules the guideline requirement IDs the table answers
 * @param header column headings
 * @param rows the rows, each as long as the header
 * @param notes notes under the table
 */
public record ReportTable(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> header,
    List<List<Message>> rows,
    List<Message> notes) {
  /** Copies the lists. */
  public ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
  }
}
