package org.celltrial.analysis.cdisc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 dates ({@code 2024-03-01}) and date-times ({@code 2024-03-01T08:30}, {@code
 * 2024-03-01T08:30:00}) read as {@link LocalDate#parse} and {@link LocalDateTime#parse} read them,
 * with the common shapes read digit by digit: the formatter's general parsing was most of the cost
 * of checking and converting the millions of dates of a registry-scale ADaM (issue 8). Any other
 * shape (a fraction of a second, a signed or five-digit year) goes to the formatter, so the two
 * accept and reject the same texts.
 */
final class Iso {
  private Iso() {}

  /** As {@link LocalDate#parse(CharSequence)}. */
  static LocalDate date(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          throw new DateTimeParseException(e.getMessage(), s, 0, e);
        }
      }
    }
    return LocalDate.parse(s);
  }

  /** As {@link LocalDateTime#parse(CharSequence)}. */
  static LocalDateTime dateTime(String s) {
    int n = s.length();
    if ((n == 16 || n == 19)
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && (n == 16 || s.charAt(16) == ':')) {
      int h = digits(s, 11, 13);
      int min = digits(s, 14, 16);
      int sec = n == 19 ? digits(s, 17, 19) : 0;
      if (h >= 0 && min >= 0 && sec >= 0) {
        LocalDate d = date(s.substring(0, 10));
        try {
          return d.atTime(h, min, sec);
        } catch (DateTimeException e) {
          throw new DateTimeParseException(e.getMessage(), s, 11, e);
        }
      }
    }
    return LocalDateTime.parse(s);
  }

  /** The number written by the ASCII digits {@code s[from, to)}, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
