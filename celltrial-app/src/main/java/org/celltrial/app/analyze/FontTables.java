package org.celltrial.app.analyze;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Drops one table from a TrueType font file (an sfnt: a 12-byte header, then one 16-byte record per
 * table with its tag, checksum, offset and length, then the tables, each starting on a 4-byte
 * boundary; Apple TrueType Reference Manual ch. 6, "Font files"; OpenType spec, "Organization of an
 * OpenType Font").
 *
 * <p>Used for the PDF's fonts: PDFBox applies a font's glyph substitutions ({@code GSUB}) to every
 * word it writes, compiling a regular expression of the font's substitution patterns each time,
 * which was about a third of the PDF's CPU time. The features PDFBox applies to Latin text ({@code
 * ccmp}, {@code liga}, {@code clig}) occur in Liberation Sans only as {@code ccmp}, which composes
 * stacked combining marks (none appear in a report), and Droid Sans Fallback has only {@code vert}
 * (vertical writing, not used), so the glyphs drawn are the same without the table; the embedded
 * subsets never carry it. The font's whole-file checksum ({@code head.checkSumAdjustment}) is left
 * as it was: PDFBox does not check it and writes its own for the subsets.
 */
final class FontTables {
  private static final int HEADER = 12;
  private static final int RECORD = 16;

  private FontTables() {}

  /**
   * The font without the table {@code tag}; the font itself when it has no such table or is not a
   * single sfnt font (a collection, or not a font: left for the font reader to refuse).
   */
  static byte[] without(byte[] font, String tag) {
    ByteBuffer in = ByteBuffer.wrap(font);
    if (font.length < HEADER) {
      return font;
    }
    int version = in.getInt(0);
    if (version != 0x00010000 && version != 0x74727565) {
      return font;
    }
    int n = in.getShort(4) & 0xFFFF;
    if (HEADER + (long) n * RECORD > font.length) {
      return font;
    }
    int drop = -1;
    long size = HEADER + (long) (n - 1) * RECORD;
    for (int i = 0; i < n; i++) {
      int r = HEADER + i * RECORD;
      long offset = in.getInt(r + 8) & 0xFFFFFFFFL;
      long length = in.getInt(r + 12) & 0xFFFFFFFFL;
      if (offset + length > font.length) {
        return font;
      }
      if (new String(font, r, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
        drop = i;
      } else {
        size += (length + 3) & ~3L;
      }
    }
    if (drop < 0 || size > Integer.MAX_VALUE) {
      return font;
    }
    return rebuild(in, n, drop, (int) size);
  }

  /** The header with one table fewer, the other records in order, each table copied and padded. */
  private static byte[] rebuild(ByteBuffer in, int n, int drop, int size) {
    ByteBuffer out = ByteBuffer.allocate(size);
    int tables = n - 1;
    int power = Integer.highestOneBit(Math.max(tables, 1));
    out.putInt(in.getInt(0));
    out.putShort((short) tables);
    out.putShort((short) (power * RECORD));
    out.putShort((short) Integer.numberOfTrailingZeros(power));
    out.putShort((short) (tables * RECORD - power * RECORD));
    int data = HEADER + tables * RECORD;
    for (int i = 0; i < n; i++) {
      if (i == drop) {
        continue;
      }
      int r = HEADER + i * RECORD;
      int offset = in.getInt(r + 8);
      int length = in.getInt(r + 12);
      out.putInt(in.getInt(r)).putInt(in.getInt(r + 4)).putInt(data).putInt(length);
      out.put(data, in.array(), offset, length);
      data += (length + 3) & ~3;
    }
    return out.array();
  }
}
