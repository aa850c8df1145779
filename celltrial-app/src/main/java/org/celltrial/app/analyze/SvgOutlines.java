package org.celltrial.app.analyze;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Replaces the {@code <text>} of an inline SVG figure by the outlines of its glyphs, for the PDF.
 * The SVG renderer of the PDF library draws text with Java's own fonts, which have no Chinese
 * glyphs on a headless machine, and it does not use the fonts registered for the page; drawing the
 * glyphs as paths from the same TrueType fonts as the page (Latin first, then CJK) gives legible
 * figures in both languages and bytes that do not depend on the JVM's font set.
 *
 * <p>Layout as SVG does it for one line: glyph advances from {@code hmtx} scaled by {@code
 * font-size / unitsPerEm}, the line shifted by its width for {@code text-anchor} middle and end,
 * runs of white space collapsed to one space, the element's {@code transform} and {@code fill}
 * kept. No kerning or shaping (none is needed for Latin and Han text).
 */
final class SvgOutlines {
  /** The type size of figure text, px (the page's 9 pt). */
  static final double FONT_SIZE = 12;

  /** An SVG {@code path} element (a plain jsoup element would be in the HTML namespace). */
  private static final Tag PATH =
      Tag.valueOf("path", Parser.NamespaceSvg, ParseSettings.htmlDefault);

  private final TrueTypeFont latin;
  private final TrueTypeFont cjk;
  private final CmapLookup latinMap;
  private final CmapLookup cjkMap;
  private final Map<Integer, GeneralPath> latinGlyphs = new HashMap<>();
  private final Map<Integer, GeneralPath> cjkGlyphs = new HashMap<>();

  SvgOutlines(TrueTypeFont latin, TrueTypeFont cjk) throws IOException {
    this.latin = latin;
    this.cjk = cjk;
    this.latinMap = latin.getUnicodeCmapLookup(false);
    this.cjkMap = cjk.getUnicodeCmapLookup(false);
  }

  /**
   * Replaces every {@code <text>} below {@code svg} by one {@code <path>}, and widens the figure
   * when an unrotated text (a legend label) would run past its right edge and be cut off.
   */
  void outline(Element svg) throws IOException {
    double right = 0;
    for (Element text : svg.select("text")) {
      String s = text.text().trim().replaceAll("\\s+", " ");
      double size = attr(text, "font-size", FONT_SIZE);
      double width = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        width += advance(cp) * size;
        i += Character.charCount(cp);
      }
      String anchor = text.attr("text-anchor");
      double x = attr(text, "x", 0);
      double y = attr(text, "y", 0);
      x -= anchor.equals("middle") ? width / 2 : anchor.equals("end") ? width : 0;
      if (!text.hasAttr("transform")) {
        right = Math.max(right, x + width);
      }
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        x += glyph(cp, x, y, size, d);
        i += Character.charCount(cp);
      }
      Element path = new Element(PATH, "").attr("d", d.toString().trim());
      path.attr("fill", text.hasAttr("fill") ? text.attr("fill") : "#222");
      if (text.hasAttr("transform")) {
        path.attr("transform", text.attr("transform"));
      }
      text.replaceWith(path);
    }
    widen(svg, Math.ceil(right) + 2);
  }

  /**
   * Sets the figure's width to at least {@code right} user units: the {@code width} attribute (a
   * whole number, as the PDF library reads it), and the {@code viewBox} if there is one, at the
   * figure's own scale.
   */
  private static void widen(Element svg, double right) {
    double width = attr(svg, "width", 0);
    String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
    if (box.length == 4) {
      double minX = Double.parseDouble(box[0]);
      double boxWidth = Double.parseDouble(box[2]);
      if (right - minX > boxWidth) {
        svg.attr("width", String.valueOf((long) Math.ceil(width * (right - minX) / boxWidth)));
        box[2] = fmt(right - minX);
        svg.attr("viewBox", String.join(" ", box));
      }
    } else if (width > 0 && right > width) {
      svg.attr("width", String.valueOf((long) right));
    }
  }

  /** The advance of {@code cp} in ems. */
  private double advance(int cp) throws IOException {
    TrueTypeFont font = fontFor(cp);
    int gid = (font == latin ? latinMap : cjkMap).getGlyphId(cp);
    return font.getAdvanceWidth(gid) / (double) font.getUnitsPerEm();
  }

  /** Appends the outline of {@code cp} at (x, y) and returns its advance, px. */
  private double glyph(int cp, double x, double y, double size, StringBuilder d)
      throws IOException {
    TrueTypeFont font = fontFor(cp);
    int gid = (font == latin ? latinMap : cjkMap).getGlyphId(cp);
    double scale = size / font.getUnitsPerEm();
    GeneralPath p = outline(font, gid);
    if (p != null) {
      PathIterator it = p.getPathIterator(new AffineTransform(scale, 0, 0, -scale, x, y));
      double[] c = new double[6];
      while (!it.isDone()) {
        switch (it.currentSegment(c)) {
          case PathIterator.SEG_MOVETO -> xy(d.append('M'), c, 1);
          case PathIterator.SEG_LINETO -> xy(d.append('L'), c, 1);
          case PathIterator.SEG_QUADTO -> xy(d.append('Q'), c, 2);
          case PathIterator.SEG_CUBICTO -> xy(d.append('C'), c, 3);
          default -> d.append('Z');
        }
        it.next();
      }
    }
    return font.getAdvanceWidth(gid) * scale;
  }

  /**
   * The outline of glyph {@code gid} in font units, or {@code null} for none; read once per glyph
   * (figures repeat the digits and the axis labels' letters many times).
   */
  private GeneralPath outline(TrueTypeFont font, int gid) throws IOException {
    Map<Integer, GeneralPath> cache = font == latin ? latinGlyphs : cjkGlyphs;
    if (cache.containsKey(gid)) {
      return cache.get(gid);
    }
    GlyphData g = font.getGlyph().getGlyph(gid);
    GeneralPath p = g == null ? null : g.getPath();
    cache.put(gid, p);
    return p;
  }

  /** The Latin font unless only the CJK font has the character. */
  private TrueTypeFont fontFor(int cp) {
    return latinMap.getGlyphId(cp) == 0 && cjkMap.getGlyphId(cp) != 0 ? cjk : latin;
  }

  private static void xy(StringBuilder d, double[] c, int points) {
    for (int k = 0; k < 2 * points; k++) {
      fmt(k == 0 ? d : d.append(' '), c[k]);
    }
  }

  /** {@code v} with two decimals, half away from zero (a hot path: no {@code String.format}). */
  static String fmt(double v) {
    return fmt(new StringBuilder(), v).toString();
  }

  private static StringBuilder fmt(StringBuilder s, double v) {
    long hundredths = Math.round(Math.abs(v) * 100);
    long frac = hundredths % 100;
    if (v < 0 && hundredths != 0) {
      s.append('-');
    }
    return s.append(hundredths / 100).append(frac < 10 ? ".0" : ".").append(frac);
  }

  private static double attr(Element e, String name, double otherwise) {
    String v = e.attr(name).replace("px", "").trim();
    return v.isEmpty() ? otherwise : Double.parseDouble(v);
  }
}
