package org.celltrial.analysis.cdisc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed parts of a SAS XPORT v5 file (SAS TS-140) shared by {@link XptWriter} and {@link
 * XptReader}: the 80-byte header records, the 140-byte namestr, the v5 naming rules, SAS formats
 * and SAS dates (days since 1960-01-01; date-times and times in seconds).
 */
final class XptLayout {
  static final int RECORD = 80;
  static final int NAMESTR = 140;
  static final int MAX_LABEL = 40;
  static final int MAX_CHAR = 200;
  static final String LIBRARY = header("LIBRARY ", "000000000000000000000000000000");
  static final String MEMBER = header("MEMBER  ", "000000000000000001600000000140");
  static final String DSCRPTR = header("DSCRPTR ", "000000000000000000000000000000");
  static final String NAMESTR_PREFIX = "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!";
  static final String OBS = header("OBS     ", "000000000000000000000000000000");
  static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);

  /** Days from 1960 within which a date is read (years 0001–9999 lie within). */
  private static final double MAX_DAYS = 3_000_000;

  /** v5 names: 1–8 of A–Z, 0–9, underscore, not starting with a digit. */
  static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,7}");

  /** A SAS format: name (letters, digits, underscore, not ending in a digit), width, decimals. */
  static final Pattern FORMAT =
      Pattern.compile("(\\$?[A-Z_](?:[A-Z0-9_]*[A-Z_])?)?(\\d*)\\.(\\d*)");

  static final Set<String> DATE_FORMATS =
      Set.of("DATE", "E8601DA", "IS8601DA", "B8601DA", "YYMMDD", "MMDDYY", "DDMMYY", "DAY");
  static final Set<String> DATETIME_FORMATS = Set.of("DATETIME", "E8601DT", "IS8601DT", "B8601DT");
  static final Set<String> TIME_FORMATS = Set.of("TIME", "E8601TM", "IS8601TM", "TOD", "HHMM");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("ddMMMyy:HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private XptLayout() {}

  private static String header(String kind, String digits) {
    return "HEADER RECORD*******" + kind + "HEADER RECORD!!!!!!!" + digits + "  ";
  }

  /** The namestr header record for {@code n} variables. */
  static String namestrHeader(int n) {
    return NAMESTR_PREFIX
        + "000000"
        + String.format(Locale.ROOT, "%04d", n)
        + "0".repeat(20)
        + "  ";
  }

  /** A header time stamp, {@code ddMMMyy:hh:mm:ss} with an upper-case month (e.g. 01MAR24). */
  static String stamp(LocalDateTime t) {
    return STAMP.format(t).toUpperCase(Locale.ROOT);
  }

  /** UTF-8 bytes of a text. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** ASCII text blank-padded (or cut) to {@code n} bytes. */
  static byte[] padded(String s, int n) {
    byte[] out = new byte[n];
    Arrays.fill(out, (byte) ' ');
    byte[] b = utf8(s);
    System.arraycopy(b, 0, out, 0, Math.min(n, b.length));
    return out;
  }

  /** The {@link DataType} a numeric variable with this format name is read as. */
  static DataType numericType(String formatName) {
    if (DATE_FORMATS.contains(formatName)) {
      return DataType.DATE;
    }
    if (DATETIME_FORMATS.contains(formatName)) {
      return DataType.DATETIME;
    }
    return TIME_FORMATS.contains(formatName) ? DataType.TIME : DataType.DOUBLE;
  }

  /** A parsed display format, or null when {@code text} is not one. */
  static Format format(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1) == null ? "" : m.group(1);
    if (name.length() > 8 || m.group(2).length() > 4 || m.group(3).length() > 4) {
      return null;
    }
    return new Format(
        name,
        m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)),
        m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3)));
  }

  /**
   * A SAS format in a namestr: {@code nform}, {@code nfl} (width, 0 = default), {@code nfd}.
   *
   * @param name the format name, blank for the plain numeric {@code w.d}
   * @param width the width, 0 for the format's default
   * @param decimals the decimals
   */
  record Format(String name, int width, int decimals) {
    /** As a display format, e.g. {@code DATE9.}, {@code 8.2}, {@code E8601DA.}. */
    String text() {
      return name + (width > 0 ? width : "") + "." + (decimals > 0 ? decimals : "");
    }
  }

  /** The SAS value of an ISO 8601 date, date-time or time (checked by {@link Dataset}). */
  static double sasValue(DataType type, String iso) {
    // Epoch-day arithmetic on the digit-by-digit reading (Iso): this runs for every date of a
    // registry-scale ADaM, where ChronoUnit and the general formatter showed in the profile.
    return switch (type) {
      case DATE -> Iso.date(iso).toEpochDay() - EPOCH_DAY;
      case DATETIME -> seconds(Iso.dateTime(iso));
      default -> java.time.LocalTime.parse(iso).toNanoOfDay() / 1e9;
    };
  }

  private static final long EPOCH_DAY = LocalDate.of(1960, 1, 1).toEpochDay();

  private static double seconds(LocalDateTime t) {
    long whole =
        (t.toLocalDate().toEpochDay() - EPOCH_DAY) * 86_400L + t.toLocalTime().toSecondOfDay();
    return whole + t.getNano() / 1e9;
  }

  /** The ISO 8601 text of a SAS date, date-time or time value, or null when it has none. */
  static String iso(DataType type, double v) {
    if (Math.abs(v) > (type == DataType.DATE ? MAX_DAYS : MAX_DAYS * 86_400.0)) {
      return null;
    }
    if (type == DataType.DATE) {
      return v == Math.rint(v) ? EPOCH.plusDays((long) v).toString() : null;
    }
    long whole = (long) Math.floor(v);
    long nanos = Math.round((v - whole) * 1e9);
    if (type == DataType.DATETIME) {
      LocalDateTime t = EPOCH.atStartOfDay().plusSeconds(whole).plusNanos(nanos);
      return nanos == 0 ? SECONDS.format(t) : t.toString();
    }
    if (v < 0 || v >= 86_400) {
      return null;
    }
    return java.time.LocalTime.ofNanoOfDay(whole * 1_000_000_000L + nanos).toString();
  }
}
