package org.celltrial.analysis.cdisc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.analysis.AnalysisMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Reads a SAS XPORT version 5 transport file (SAS TS-140) holding one dataset, written by {@link
 * XptWriter}, SAS or any other v5 writer, into a {@link Dataset}.
 *
 * <p>A character variable becomes {@code string} of the namestr's byte length; its text is the
 * UTF-8 bytes without trailing blanks, blank meaning missing. A numeric variable is read from its
 * 2–8 IBM bytes ({@link IbmFloat}); with a date, date-time or time format ({@code DATE9.}, {@code
 * E8601DA.}, {@code DATETIME20.}, {@code E8601DT.}, {@code TIME8.} …) it becomes a {@code date},
 * {@code datetime} or {@code time} column of ISO 8601 text with {@code targetDataType} {@code
 * integer}, otherwise {@code double} (v5 has one number type). SAS's missing {@code .} and the
 * special missing values {@code .A}–{@code .Z}, {@code ._} read as missing (null).
 *
 * <p>The observations end at the end of the file, padded with blanks to a multiple of 80 bytes.
 * When a row is shorter than 80 bytes, trailing rows that are entirely blank and lie within that
 * padding cannot be told from it (TS-140 leaves this open); as SAS does, they are taken as padding.
 * Only all-character datasets can have such rows, since a missing number is not blank.
 */
public final class XptReader {
  private static final int R = XptLayout.RECORD;

  private XptReader() {}

  /** Reads a stream to its end; {@code source} names the file in messages. */
  public static Dataset read(String source, InputStream in) throws IOException {
    return read(source, in.readAllBytes());
  }

  /**
   * Reads a file's bytes.
   *
   * @throws CelltrialException when the bytes are not one XPORT v5 dataset, or listing every value
   *     that cannot be read (row, variable, value, rule)
   */
  public static Dataset read(String source, byte[] b) {
    if (b.length >= 40 && ascii(b, 0, 40).startsWith("HEADER RECORD*******LIBV8")) {
      throw notXpt(source, "cdisc.xpt.rule.v8");
    }
    expectPrefix(source, b, 0, XptLayout.LIBRARY.substring(0, 48));
    if (b.length < 2 * R || !ascii(b, R, 24).equals("SAS     SAS     SASLIB  ")) {
      throw notXpt(source, "cdisc.xpt.rule.header", "SAS     SAS     SASLIB", R);
    }
    expectPrefix(source, b, 3 * R, XptLayout.MEMBER.substring(0, 48));
    int size = number(source, b, 3 * R + 74);
    expectPrefix(source, b, 4 * R, XptLayout.DSCRPTR.substring(0, 48));
    String name = ascii(b, 5 * R + 8, 8).strip();
    String label = text(b, 6 * R + 32, XptLayout.MAX_LABEL);
    expectPrefix(source, b, 7 * R, XptLayout.NAMESTR_PREFIX);
    int count = number(source, b, 7 * R + 54);
    int obs = 8 * R + ceil80(count * size);
    expectPrefix(source, b, obs, XptLayout.OBS.substring(0, 48));
    ByteBuffer ns = ByteBuffer.wrap(b);
    List<Variable> variables = new ArrayList<>();
    int[] type = new int[count];
    int[] length = new int[count];
    int[] position = new int[count];
    int rowLength = 0;
    for (int c = 0; c < count; c++) {
      int at = 8 * R + c * size;
      type[c] = ns.getShort(at);
      length[c] = ns.getShort(at + 4);
      position[c] = ns.getInt(at + 84);
      String var = ascii(b, at + 8, 8).strip();
      XptLayout.Format f =
          new XptLayout.Format(
              ascii(b, at + 56, 8).strip(), ns.getShort(at + 64), ns.getShort(at + 66));
      boolean bad = type[c] == 1 ? length[c] < 2 || length[c] > 8 : type[c] != 2 || length[c] < 1;
      if (bad || position[c] < 0) {
        throw notXpt(source, "cdisc.xpt.rule.namestr", var, type[c], length[c]);
      }
      rowLength = Math.max(rowLength, position[c] + length[c]);
      boolean hasFormat = !f.name().isEmpty() || f.width() > 0;
      DataType t = type[c] == 2 ? DataType.STRING : XptLayout.numericType(f.name());
      variables.add(
          new Variable(
              "IT." + name + "." + var,
              var,
              text(b, at + 16, XptLayout.MAX_LABEL),
              t,
              type[c] == 2 ? length[c] : null,
              hasFormat ? f.text() : null,
              null,
              t == DataType.STRING || t == DataType.DOUBLE ? null : DataType.INTEGER));
    }
    int end = dataEnd(source, b, obs + R);
    int n = rowLength == 0 ? 0 : (end - obs - R) / rowLength;
    while (n > 0 && padding(b, obs + R + (n - 1) * rowLength, rowLength, end)) {
      n--;
    }
    Problems p = new Problems();
    List<List<Object>> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int at = obs + R + r * rowLength;
      List<Object> row = new ArrayList<>(count);
      for (int c = 0; c < count; c++) {
        row.add(value(b, at + position[c], length[c], variables.get(c), r + 1, p));
      }
      rows.add(row);
    }
    p.throwIfAny(source);
    return new Dataset(name, label, "IG." + name, variables, rows);
  }

  private static Object value(byte[] b, int at, int length, Variable v, int row, Problems p) {
    if (v.dataType() == DataType.STRING) {
      String s;
      try {
        s = decode(b, at, length);
      } catch (CharacterCodingException e) {
        p.add(row, v.name(), null, "cdisc.xpt.rule.utf8");
        return null;
      }
      return s.isEmpty() ? null : s;
    }
    byte[] eight = Arrays.copyOfRange(b, at, at + 8);
    Arrays.fill(eight, length, 8, (byte) 0);
    long bits = ByteBuffer.wrap(eight).getLong();
    if (missing(eight)) {
      return null;
    }
    double x = IbmFloat.fromIbm(bits);
    if (v.dataType() == DataType.DOUBLE) {
      return x;
    }
    String iso = XptLayout.iso(v.dataType(), x);
    if (iso == null) {
      p.add(row, v.name(), x, "cdisc.xpt.rule.dateValue", v.dataType().label());
    }
    return iso;
  }

  /** SAS missing: {@code .}, {@code ._} or {@code .A}–{@code .Z}: that byte, then zeros. */
  private static boolean missing(byte[] eight) {
    int first = eight[0] & 0xFF;
    if (first != '.' && first != '_' && (first < 'A' || first > 'Z')) {
      return false;
    }
    for (int i = 1; i < 8; i++) {
      if (eight[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Where the observations end: the end of the file, or a second member (refused). */
  private static int dataEnd(String source, byte[] b, int start) {
    String member = XptLayout.MEMBER.substring(0, 48);
    for (int at = start; at + R <= b.length; at += R) {
      if (ascii(b, at, 48).equals(member)) {
        throw notXpt(source, "cdisc.xpt.rule.members");
      }
    }
    return b.length - (b.length - start) % R;
  }

  /** Whether the row at {@code at} may be the blank padding of the last record. */
  private static boolean padding(byte[] b, int at, int n, int end) {
    if (end - at >= R) {
      return false;
    }
    for (int i = at; i < at + n; i++) {
      if (b[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  private static int ceil80(int n) {
    return (n + R - 1) / R * R;
  }

  private static String text(byte[] b, int at, int n) {
    try {
      return decode(b, at, n);
    } catch (CharacterCodingException e) {
      return new String(b, at, n, StandardCharsets.ISO_8859_1).strip();
    }
  }

  private static String decode(byte[] b, int at, int n) throws CharacterCodingException {
    int end = at + n;
    while (end > at && (b[end - 1] == ' ' || b[end - 1] == 0)) {
      end--;
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = d.decode(ByteBuffer.wrap(b, at, end - at));
    return chars.toString();
  }

  private static String ascii(byte[] b, int at, int n) {
    return new String(b, at, Math.max(0, Math.min(n, b.length - at)), StandardCharsets.ISO_8859_1);
  }

  /** The 4-digit number at {@code at} of a header record. */
  private static int number(String source, byte[] b, int at) {
    String digits = ascii(b, at, 4);
    if (!digits.matches("\\d{4}")) {
      throw notXpt(source, "cdisc.xpt.rule.header", digits, at);
    }
    return Integer.parseInt(digits);
  }

  private static void expectPrefix(String source, byte[] b, int at, String prefix) {
    if (!ascii(b, at, R).startsWith(prefix) || b.length < at + R) {
      throw notXpt(source, "cdisc.xpt.rule.header", prefix, at);
    }
  }

  private static CelltrialException notXpt(String source, String key, Object... args) {
    return AnalysisMessages.error("cdisc.xpt.notXpt", source, AnalysisMessages.of(key, args));
  }
}
