package org.celltrial.app.analyze;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The CJK font embedded in {@code report.<lang>.pdf}. The base PDF fonts cover Latin text only, and
 * nothing is downloaded at run time, so the font comes from the machine: {@code --pdf-font FILE},
 * else the first of {@link #CANDIDATES} that exists. The PDF library embeds TrueType outlines only
 * ({@code glyf}); OpenType/CFF fonts such as Noto Sans CJK are refused with a message.
 */
final class PdfFont {
  /**
   * Debian's TrueType CJK fonts, in order of preference: Droid Sans Fallback ({@code
   * fonts-droid-fallback}, Apache-2.0, installed with Ghostscript), WenQuanYi Zen Hei ({@code
   * fonts-wqy-zenhei}, GPL-2 with a font-embedding exception), WenQuanYi Micro Hei ({@code
   * fonts-wqy-microhei}, Apache-2.0 or GPL-3) and AR PL UMing ({@code fonts-arphic-uming}, Arphic
   * Public License).
   */
  static final List<Path> CANDIDATES =
      List.of(
          Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

  /** A character every Chinese report uses (中, as in 中文). */
  private static final int PROBE = 0x4E2D;

  private PdfFont() {}

  /**
   * The font given by the user, checked, or else the first candidate present; {@code null} when
   * there is none (the PDF is then skipped and the command says so).
   */
  static Path find(Path given, List<Path> candidates) {
    if (given != null) {
      check(given);
      return given;
    }
    for (Path p : candidates) {
      if (Files.isReadable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Fails with a located message unless {@code font} is a TrueType font (TTF/TTC) with 中. */
  static void check(Path font) {
    if (!Files.isRegularFile(font) || !Files.isReadable(font)) {
      throw new CelltrialException(CliMessages.of("analyze.pdf.fontMissing", font));
    }
    String rule;
    try {
      rule = problem(font);
    } catch (IOException | RuntimeException e) {
      rule = String.valueOf(e.getMessage());
    }
    if (rule != null) {
      throw new CelltrialException(CliMessages.of("analyze.pdf.fontInvalid", font, rule));
    }
  }

  /** What is wrong with the font, or {@code null}. */
  private static String problem(Path font) throws IOException {
    try (Opened opened = open(font)) {
      return problem(opened.font());
    }
  }

  /**
   * Opens a TrueType font file, or the first font of a collection ({@code .ttc}).
   *
   * @param font the font to read glyphs from while open
   * @param owner what to close with it (the collection or the font)
   */
  record Opened(TrueTypeFont font, Closeable owner) implements Closeable {
    @Override
    public void close() throws IOException {
      owner.close();
    }
  }

  /** Whether {@code file} is a font collection ({@code .ttc}) rather than one font. */
  static boolean isCollection(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
  }

  static Opened open(Path file) throws IOException {
    if (!isCollection(file)) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      return new Opened(ttf, ttf);
    }
    TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
    TrueTypeFont[] first = {null};
    try {
      ttc.processAllFonts(
          ttf -> {
            if (first[0] == null) {
              first[0] = ttf;
            }
          });
      if (first[0] == null) {
        throw new IOException("empty font collection");
      }
    } catch (IOException | RuntimeException e) {
      ttc.close();
      throw e;
    }
    return new Opened(first[0], ttc);
  }

  private static String problem(TrueTypeFont ttf) throws IOException {
    if (!ttf.getTableMap().containsKey("glyf")) {
      return "no TrueType outlines (glyf)";
    }
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null || cmap.getGlyphId(PROBE) == 0) {
      return "no glyph for U+4E2D";
    }
    return null;
  }
}
