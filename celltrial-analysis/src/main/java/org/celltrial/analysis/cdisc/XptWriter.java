package org.celltrial.analysis.cdisc;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one dataset as a SAS XPORT version 5 transport file (SAS TS-140), the format the FDA and
 * the NMPA accept for CDISC submissions, row by row: {@link #open} writes the headers and the
 * variables, {@link #row} one observation, {@link #close} the final blank padding. XPORT v5 stores
 * no row count, so a study of any size streams through a buffer of one row.
 *
 * <p>Variables: a {@code string} or {@code URI} variable is character, its {@code length} the
 * number of UTF-8 bytes (1–200; required: streamed rows cannot be measured first). Every other type
 * is numeric, an 8-byte IBM double ({@link IbmFloat}): {@code integer} (|x| ≤ 2^53, exact), {@code
 * decimal} (its nearest double), {@code float}/{@code double}, {@code boolean} (1/0), and {@code
 * date}, {@code datetime}, {@code time} as SAS values (days since 1960-01-01; seconds since
 * 1960-01-01T00:00:00; seconds since midnight) with the variable's display format (default {@code
 * E8601DA.}, {@code E8601DT.}, {@code E8601TM.}). A missing number is SAS's {@code .} ({@code 0x2E}
 * then zeros), a missing text blanks.
 *
 * <p>Rules of v5 checked, each problem located: dataset and variable names 1–8 of {@code A–Z},
 * {@code 0–9}, {@code _}, not starting with a digit; labels at most 40 bytes; character values at
 * most the variable length and 200 bytes; numbers within the IBM range. Text is written as UTF-8
 * (documented in docs/cdisc.md): a label or value in Chinese is kept whole or refused, never cut.
 */
public final class XptWriter implements AutoCloseable {
  private static final long MISSING = 0x2E00_0000_0000_0000L;
  private static final long EXACT = 1L << 53;

  private final OutputStream out;
  private final String name;
  private final List<Variable> variables;
  private final int[] lengths;
  private final boolean[] numeric;
  private final ByteBuffer row;
  private final ByteBuffer number = ByteBuffer.allocate(8);

  private long rows;
  private long written;

  private XptWriter(OutputStream out, String name, List<Variable> variables, int[] lengths) {
    this.out = out;
    this.name = name;
    this.variables = variables;
    this.lengths = lengths;
    this.numeric = new boolean[lengths.length];
    int size = 0;
    for (int c = 0; c < lengths.length; c++) {
      numeric[c] = !isText(variables.get(c).dataType());
      size += lengths[c];
    }
    this.row = ByteBuffer.allocate(size);
  }

  /**
   * Checks the metadata and writes the headers and namestr records.
   *
   * @param created the creation time written in the headers (a parameter, never the clock, so the
   *     same data give the same bytes)
   * @throws org.celltrial.common.i18n.CelltrialException listing every rule broken
   */
  public static XptWriter open(
      OutputStream out, String name, String label, List<Variable> variables, LocalDateTime created)
      throws IOException {
    Problems p = new Problems();
    checkName("name", name, p);
    checkLabel("label", label, p);
    if (variables == null || variables.isEmpty()) {
      p.add(null, "columns", null, "cdisc.rule.noColumns");
      p.throwIfAny(String.valueOf(name));
    }
    int[] lengths = new int[variables.size()];
    Set<String> names = new HashSet<>();
    for (int c = 0; c < lengths.length; c++) {
      Variable v = variables.get(c);
      checkName(v.name(), v.name(), p);
      if (v.name() != null && !names.add(v.name())) {
        p.add(null, v.name(), v.name(), "cdisc.rule.duplicateName");
      }
      checkLabel(v.name() + ".label", v.label(), p);
      if (v.dataType() == null) {
        p.add(null, v.name(), null, "cdisc.rule.dataType", Dataset.types());
      } else if (isText(v.dataType())) {
        lengths[c] = v.length() == null ? 0 : v.length();
        if (lengths[c] < 1 || lengths[c] > XptLayout.MAX_CHAR) {
          p.add(null, v.name() + ".length", v.length(), "cdisc.xpt.rule.charLength");
        }
      } else {
        lengths[c] = 8;
      }
      if (v.displayFormat() != null && XptLayout.format(v.displayFormat()) == null) {
        p.add(null, v.name() + ".displayFormat", v.displayFormat(), "cdisc.xpt.rule.format");
      }
    }
    p.throwIfAny(name);
    XptWriter w =
        new XptWriter(
            out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16),
            name,
            List.copyOf(variables),
            lengths);
    w.out.write(
        XptHeaders.of(
            name, label == null ? "" : label, XptLayout.stamp(created), variables, lengths));
    return w;
  }

  /** The dataset whole: its character lengths are the longest value in UTF-8 bytes (at least 1). */
  public static void write(Dataset d, OutputStream out, LocalDateTime created) throws IOException {
    List<Variable> fitted = new ArrayList<>();
    for (int c = 0; c < d.variables().size(); c++) {
      Variable v = d.variables().get(c);
      if (isText(v.dataType())) {
        int max = 1;
        for (List<Object> r : d.rows()) {
          if (r.get(c) instanceof String s) {
            max = Math.max(max, XptLayout.utf8(s).length);
          }
        }
        v =
            new Variable(
                v.itemOid(),
                v.name(),
                v.label(),
                v.dataType(),
                max,
                v.displayFormat(),
                v.keySequence(),
                v.targetDataType());
      }
      fitted.add(v);
    }
    try (XptWriter w = open(out, d.name(), d.label(), fitted, created)) {
      for (List<Object> r : d.rows()) {
        w.row(r);
      }
    }
  }

  /** The bytes of {@link #write}. */
  public static byte[] bytes(Dataset d, LocalDateTime created) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(d, out, created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes one observation: a value per variable, in order, null for missing.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the row (1-based), variable, value
   *     and rule of every problem of the row; nothing of the row is written then
   */
  public void row(List<Object> values) throws IOException {
    ByteArrayOutputStream one = new ByteArrayOutputStream(row.capacity());
    encodeRow(values, lengths, one, new int[lengths.length]);
    pad(new ByteArrayInputStream(one.toByteArray()), 1);
  }

  /**
   * Rows encoded ahead of the final character lengths, for a dataset written a part at a time whose
   * lengths (the longest value of each variable) are known only at the end: each number as its 8
   * bytes, each text as one byte of length and its UTF-8 bytes without trailing blanks (which XPORT
   * does not tell from padding). {@link #encoded} writes them once the lengths are known.
   *
   * @param bytes the encoded rows
   * @param longest each character variable's longest value in bytes (0 for numbers and when every
   *     value is missing)
   */
  public record Encoded(byte[] bytes, int[] longest) {}

  /**
   * Checks and encodes rows of these variables ({@link Encoded}); the variables' own lengths are
   * not used (any text up to {@value XptLayout#MAX_CHAR} bytes is accepted).
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the row (1-based within these
   *     rows), variable, value and rule of every problem of the first row with one
   */
  public static Encoded encode(List<Variable> variables, List<List<Object>> rows) {
    int[] widths = new int[variables.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = isText(variables.get(c).dataType()) ? XptLayout.MAX_CHAR : 8;
    }
    // The checks of row(), any text up to the format's limit; values written as they come.
    XptWriter w = new XptWriter(OutputStream.nullOutputStream(), "ENCODE", variables, widths);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] longest = new int[widths.length];
    for (List<Object> r : rows) {
      w.encodeRow(r, widths, out, longest);
    }
    return new Encoded(out.toByteArray(), longest);
  }

  /**
   * Writes {@code rows} observations encoded by {@link #encode} (with this writer's variables),
   * read from {@code in}.
   *
   * @throws IllegalArgumentException when a text is longer than its variable's length here
   */
  public void encoded(InputStream in, long rows) throws IOException {
    pad(in, rows);
    this.rows += rows;
  }

  /** Writes {@code rows} encoded rows from {@code in}, each text blank-padded to its length. */
  private void pad(InputStream in, long rows) throws IOException {
    byte[] b = row.array();
    for (long r = 0; r < rows; r++) {
      int at = 0;
      for (int c = 0; c < lengths.length; c++) {
        if (numeric[c]) {
          in.readNBytes(b, at, 8);
        } else {
          int n = in.read();
          if (n < 0 || n > lengths[c]) {
            throw new IllegalArgumentException(
                variables.get(c).name()
                    + ": encoded text of "
                    + n
                    + " bytes, length "
                    + lengths[c]);
          }
          in.readNBytes(b, at, n);
          Arrays.fill(b, at + n, at + lengths[c], (byte) ' ');
        }
        at += lengths[c];
      }
      out.write(b, 0, row.capacity());
      written += row.capacity();
    }
  }

  /**
   * Checks one observation (counted in {@link #rows}) and appends it encoded to {@code out}: each
   * number as its 8 bytes, each text as a byte of length and its UTF-8 bytes, at most {@code
   * max[c]}; {@code longest} keeps each text's longest. When a value breaks a rule every problem of
   * the row is thrown, located, and {@code out} is to be discarded.
   */
  private void encodeRow(List<Object> values, int[] max, ByteArrayOutputStream out, int[] longest) {
    rows++;
    Problems p = new Problems();
    if (values.size() != lengths.length) {
      p.add(Math.toIntExact(rows), null, values.size(), "cdisc.rule.rowSize", lengths.length);
      p.throwIfAny(name);
    }
    // Written straight to out: on a problem the caller's buffer is thrown away with the exception.
    for (int c = 0; c < lengths.length; c++) {
      Variable v = variables.get(c);
      Object value = values.get(c);
      boolean typed = value == null || v.dataType().accepts(value);
      if (!typed) {
        p.add(Math.toIntExact(rows), v.name(), value, "cdisc.rule.type", v.dataType().label());
      }
      if (numeric[c]) {
        out.write(number.putLong(0, typed ? number(v, value, p) : MISSING).array(), 0, 8);
      } else {
        byte[] b = value == null || !typed ? new byte[0] : XptLayout.utf8((String) value);
        if (b.length > max[c]) {
          p.add(
              Math.toIntExact(rows),
              v.name(),
              value,
              "cdisc.xpt.rule.valueLength",
              b.length,
              max[c]);
          b = new byte[0];
        }
        longest[c] = Math.max(longest[c], b.length);
        out.write(b.length);
        out.write(b, 0, b.length);
      }
    }
    p.throwIfAny(name);
  }

  private long number(Variable v, Object value, Problems p) {
    if (value == null) {
      return MISSING;
    }
    double x;
    if (value instanceof Long l) {
      x = l;
    } else if (value instanceof BigDecimal b) {
      x = b.doubleValue();
    } else if (value instanceof Double d) {
      x = d;
    } else if (value instanceof Boolean b) {
      x = b ? 1 : 0;
    } else {
      x = XptLayout.sasValue(v.dataType(), (String) value);
    }
    if (value instanceof Long l && (l > EXACT || l < -EXACT)) {
      p.add(Math.toIntExact(rows), v.name(), value, "cdisc.xpt.rule.integer");
    } else if (!IbmFloat.representable(x)) {
      p.add(Math.toIntExact(rows), v.name(), value, "cdisc.xpt.rule.range");
    } else {
      return IbmFloat.toIbm(x);
    }
    return MISSING;
  }

  /**
   * Pads the observations with blanks to a multiple of 80 bytes and flushes (the stream stays
   * open).
   */
  @Override
  public void close() throws IOException {
    int rest = (int) (written % XptLayout.RECORD);
    if (rest > 0) {
      byte[] blanks = new byte[XptLayout.RECORD - rest];
      Arrays.fill(blanks, (byte) ' ');
      out.write(blanks);
    }
    out.flush();
  }

  static boolean isText(DataType t) {
    return t == DataType.STRING || t == DataType.URI;
  }

  private static void checkName(String where, String value, Problems p) {
    if (value == null || !XptLayout.NAME.matcher(value).matches()) {
      p.add(null, where == null ? "columns" : where, value, "cdisc.xpt.rule.name");
    }
  }

  private static void checkLabel(String where, String label, Problems p) {
    if (label != null && XptLayout.utf8(label).length > XptLayout.MAX_LABEL) {
      p.add(null, where, label, "cdisc.xpt.rule.label", XptLayout.utf8(label).length);
    }
  }
}
