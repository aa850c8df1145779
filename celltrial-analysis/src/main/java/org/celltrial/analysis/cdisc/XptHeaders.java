package org.celltrial.analysis.cdisc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The header records of a SAS XPORT v5 file up to the observations (SAS TS-140): library header and
 * its two records (SAS version 9.4, operating system field {@code celltria}, created and modified
 * time), member and descriptor headers with the dataset's name and label, the namestr header with
 * the number of variables, one 140-byte namestr per variable (blank-padded to 80 bytes), and the
 * observation header.
 */
final class XptHeaders {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Variable> variables;
  private final int[] lengths;

  private XptHeaders(List<Variable> variables, int[] lengths) {
    this.variables = variables;
    this.lengths = lengths;
  }

  /** The bytes; names and lengths were checked by {@link XptWriter#open}. */
  static byte[] of(
      String name, String label, String stamp, List<Variable> variables, int[] lengths) {
    XptHeaders h = new XptHeaders(variables, lengths);
    h.write(name, label, stamp);
    return h.out.toByteArray();
  }

  private void write(String name, String label, String stamp) {
    ascii(XptLayout.LIBRARY);
    ascii("SAS     SAS     SASLIB  9.4     celltria" + " ".repeat(24) + stamp);
    ascii(stamp + " ".repeat(64));
    ascii(XptLayout.MEMBER);
    ascii(XptLayout.DSCRPTR);
    out.writeBytes(
        XptLayout.padded(
            "SAS     " + (name + "        ").substring(0, 8) + "SASDATA 9.4     celltria", 64));
    ascii(stamp);
    out.writeBytes(XptLayout.padded(stamp + " ".repeat(16), 32));
    out.writeBytes(XptLayout.padded(label, XptLayout.MAX_LABEL));
    out.writeBytes(XptLayout.padded("", 8));
    ascii(XptLayout.namestrHeader(variables.size()));
    int position = 0;
    for (int c = 0; c < lengths.length; c++) {
      out.writeBytes(namestr(variables.get(c), c, position));
      position += lengths[c];
    }
    int rest = (lengths.length * XptLayout.NAMESTR) % XptLayout.RECORD;
    if (rest > 0) {
      out.writeBytes(XptLayout.padded("", XptLayout.RECORD - rest));
    }
    ascii(XptLayout.OBS);
  }

  /**
   * A namestr: type (1 numeric, 2 character), hash (0), length, number, name, label, format name,
   * width, decimals, justification (1 right for numbers), fill, informat (none), position in the
   * row, and 52 zero bytes.
   */
  private byte[] namestr(Variable v, int c, int position) {
    boolean numeric = !XptWriter.isText(v.dataType());
    ByteBuffer b = ByteBuffer.allocate(XptLayout.NAMESTR);
    b.putShort((short) (numeric ? 1 : 2));
    b.putShort((short) 0);
    b.putShort((short) lengths[c]);
    b.putShort((short) (c + 1));
    b.put(XptLayout.padded(v.name(), 8));
    b.put(XptLayout.padded(v.label() == null ? "" : v.label(), XptLayout.MAX_LABEL));
    XptLayout.Format f = XptLayout.format(displayFormat(v));
    b.put(XptLayout.padded(f.name(), 8));
    b.putShort((short) f.width());
    b.putShort((short) f.decimals());
    b.putShort((short) (numeric ? 1 : 0));
    b.putShort((short) 0);
    b.put(XptLayout.padded("", 8));
    b.putShort((short) 0);
    b.putShort((short) 0);
    b.putInt(position);
    return b.array();
  }

  /** The variable's display format, or for a date, date-time or time the ISO 8601 one. */
  private static String displayFormat(Variable v) {
    if (v.displayFormat() != null) {
      return v.displayFormat();
    }
    return switch (v.dataType()) {
      case DATE -> "E8601DA.";
      case DATETIME -> "E8601DT.";
      case TIME -> "E8601TM.";
      default -> ".";
    };
  }

  private void ascii(String record) {
    out.writeBytes(XptLayout.utf8(record));
  }
}
