package org.celltrial.app.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetCsv;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.FileInfo;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.cdisc.XptWriter;

/**
 * One dataset written a part at a time, for studies too large to hold every record (issue 8:
 * 100,000 subjects in 2 GB; the ADaM of {@code analyze} and the SDTM export of {@code
 * simulate-study}): each part (a subject's rows, say) is checked and rendered to Dataset-JSON and
 * CSV text and to SAS XPORT rows ({@link XptWriter#encode}) on its own ({@link #part}, side by side
 * on the cores), appended to two spill files in order ({@link #append}), and the files are
 * assembled at the end ({@link #finish}) with what only the whole tells: the record count and each
 * text variable's length, its longest value (as {@code Vars.dataset} fits it; in UTF-8 bytes for
 * XPORT). The result is what {@link DatasetJson#write}, {@link DatasetCsv#write} and {@link
 * XptWriter#write} give for all the rows at once.
 *
 * <p>A part may be optional: kept or dropped as a whole at the end (ADRS's IRC rows for subjects
 * the IRC did not read, kept only when the study has IRC reads).
 */
public final class DatasetOut implements Closeable {
  /** A part's rows checked and rendered: what {@link #append} needs, not the rows themselves. */
  public record Part(int rows, int[] lengths, byte[] json, byte[] csv, XptWriter.Encoded xpt) {
    static final Part EMPTY =
        new Part(
            0,
            new int[0],
            new byte[0],
            new byte[0],
            new XptWriter.Encoded(new byte[0], new int[0]));
  }

  /**
   * What is written.
   *
   * @param optionalParts whether optional parts will come; without them the CSV file, which has no
   *     record count or lengths, is written in place rather than spilled and copied
   * @param fitLengths whether each text variable's {@code length} is set to its longest value (as
   *     ADaM's {@code Vars.dataset} does), or the shape's lengths are kept (SDTM)
   * @param xpt whether {@code <base>.xpt} (SAS XPORT v5) is written too
   */
  public record Options(boolean optionalParts, boolean fitLengths, boolean xpt) {
    /** An ADaM dataset: fitted lengths, XPORT too. */
    public static final Options ADAM = new Options(false, true, true);

    /** An ADaM dataset with optional parts (ADRS). */
    public static final Options ADAM_OPTIONAL = new Options(true, true, true);

    /** An SDTM domain: the domain's own lengths, Dataset-JSON and CSV only. */
    public static final Options SDTM = new Options(false, false, false);
  }

  private record Segment(
      long jsonBytes,
      long csvBytes,
      long xptBytes,
      int rows,
      int[] lengths,
      int[] xptLengths,
      boolean optional) {}

  private final Path dir;
  private final String base;
  private final Dataset shape;
  private final Options options;
  private final Path jsonSpill;
  private final Path csvSpill;
  private final Path xptSpill;
  private final OutputStream json;
  private final OutputStream csv;
  private final OutputStream xpt;
  private final List<Segment> segments = new ArrayList<>();
  private boolean closed;

  /**
   * Opens the spill files of {@code <base>} in {@code dir} (hidden, removed by finish).
   *
   * @param shape the dataset with no rows (its name, label, item group and variables)
   */
  public DatasetOut(Path dir, String base, Dataset shape, Options options) throws IOException {
    this.dir = dir;
    this.base = base;
    this.shape = shape;
    this.options = options;
    this.jsonSpill = dir.resolve("." + base + ".json.part");
    this.csvSpill =
        options.optionalParts()
            ? dir.resolve("." + base + ".csv.part")
            : dir.resolve(base + ".csv");
    this.xptSpill = dir.resolve("." + base + ".xpt.part");
    this.json = new BufferedOutputStream(Files.newOutputStream(jsonSpill), 1 << 16);
    this.csv = new BufferedOutputStream(Files.newOutputStream(csvSpill), 1 << 16);
    if (!options.optionalParts()) {
      csv.write(DatasetCsv.header(shape.variables()).getBytes(StandardCharsets.UTF_8));
    }
    this.xpt =
        options.xpt()
            ? new BufferedOutputStream(Files.newOutputStream(xptSpill), 1 << 16)
            : OutputStream.nullOutputStream();
  }

  /**
   * A part: {@code rows} checked as a dataset ({@code checked}, built by the dataset's own {@code
   * dataset(rows)}, which also fits each text variable to its longest value) and rendered.
   */
  public Part part(Dataset checked) {
    if (checked.rows().isEmpty()) {
      return Part.EMPTY;
    }
    List<Variable> vs = checked.variables();
    int[] lengths = new int[vs.size()];
    for (int c = 0; c < lengths.length; c++) {
      Integer l = vs.get(c).length();
      lengths[c] = vs.get(c).dataType() == DataType.STRING && l != null ? l : 0;
    }
    return new Part(
        checked.rows().size(),
        lengths,
        DatasetJson.rows(checked.rows()).getBytes(StandardCharsets.UTF_8),
        DatasetCsv.rows(checked.rows()).getBytes(StandardCharsets.UTF_8),
        options.xpt()
            ? XptWriter.encode(vs, checked.rows())
            : new XptWriter.Encoded(new byte[0], new int[vs.size()]));
  }

  /** Appends a part after those appended before. */
  public void append(Part p, boolean optional) throws IOException {
    if (p.rows() == 0) {
      return;
    }
    if (optional && !options.optionalParts()) {
      throw new IllegalStateException(base + ": opened without optional parts");
    }
    json.write(p.json());
    csv.write(p.csv());
    xpt.write(p.xpt().bytes());
    segments.add(
        new Segment(
            p.json().length,
            p.csv().length,
            p.xpt().bytes().length,
            p.rows(),
            p.lengths(),
            p.xpt().longest(),
            optional));
  }

  /**
   * Writes {@code <base>.json}, {@code <base>.csv} and {@code <base>.xpt} and removes the spill
   * files.
   *
   * @param withOptional whether the optional parts are kept
   */
  public void finish(boolean withOptional, FileInfo info, String createdAt) throws IOException {
    close();
    long records = 0;
    int[] lengths = new int[shape.variables().size()];
    int[] bytes = new int[lengths.length];
    for (Segment s : segments) {
      if (withOptional || !s.optional()) {
        records += s.rows();
        for (int c = 0; c < s.lengths().length; c++) {
          lengths[c] = Math.max(lengths[c], s.lengths()[c]);
          bytes[c] = Math.max(bytes[c], s.xptLengths()[c]);
        }
      }
    }
    Dataset fitted = options.fitLengths() ? fitted(shape, lengths) : shape;
    try (OutputStream out = open(base + ".json");
        InputStream in = new BufferedInputStream(Files.newInputStream(jsonSpill), 1 << 16)) {
      out.write(
          DatasetJson.header(fitted, records, info, createdAt).getBytes(StandardCharsets.UTF_8));
      boolean first = true;
      for (Segment s : segments) {
        if (withOptional || !s.optional()) {
          if (!first) {
            out.write(',');
          }
          first = false;
          copy(in, out, s.jsonBytes());
        } else {
          in.skipNBytes(s.jsonBytes());
        }
      }
      out.write(DatasetJson.FOOTER.getBytes(StandardCharsets.UTF_8));
    }
    if (options.optionalParts()) {
      try (OutputStream out = open(base + ".csv");
          InputStream in = new BufferedInputStream(Files.newInputStream(csvSpill), 1 << 16)) {
        out.write(DatasetCsv.header(fitted.variables()).getBytes(StandardCharsets.UTF_8));
        for (Segment s : segments) {
          if (withOptional || !s.optional()) {
            copy(in, out, s.csvBytes());
          } else {
            in.skipNBytes(s.csvBytes());
          }
        }
      }
      Files.delete(csvSpill);
    }
    if (options.xpt()) {
      LocalDateTime created = LocalDateTime.parse(createdAt.substring(0, 19));
      try (OutputStream out = open(base + ".xpt");
          InputStream in = new BufferedInputStream(Files.newInputStream(xptSpill), 1 << 16);
          XptWriter w =
              XptWriter.open(
                  out, shape.name(), shape.label(), fitted(shape, bytes).variables(), created)) {
        for (Segment s : segments) {
          if (withOptional || !s.optional()) {
            w.encoded(in, s.rows());
          } else {
            in.skipNBytes(s.xptBytes());
          }
        }
      }
      Files.delete(xptSpill);
    }
    Files.delete(jsonSpill);
  }

  /** Closes the spill files (the end of {@link #finish}, or after a failure). */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream j = json;
        OutputStream c = csv;
        OutputStream x = xpt) {
      j.flush();
      c.flush();
      x.flush();
    }
  }

  private OutputStream open(String name) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
  }

  /** The shape with each text variable's length the longest value's (1 when all are missing). */
  private static Dataset fitted(Dataset shape, int[] lengths) {
    List<Variable> vs = new ArrayList<>();
    for (int c = 0; c < lengths.length; c++) {
      Variable v = shape.variables().get(c);
      vs.add(
          v.dataType() != DataType.STRING
              ? v
              : new Variable(
                  v.itemOid(),
                  v.name(),
                  v.label(),
                  v.dataType(),
                  Math.max(1, lengths[c]),
                  v.displayFormat(),
                  v.keySequence(),
                  v.targetDataType()));
    }
    return new Dataset(shape.name(), shape.label(), shape.itemGroupOid(), vs, List.of());
  }

  private static void copy(InputStream in, OutputStream out, long n) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = n;
    while (left > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (r < 0) {
        throw new IOException("spill file ended early");
      }
      out.write(buf, 0, r);
      left -= r;
    }
  }
}
