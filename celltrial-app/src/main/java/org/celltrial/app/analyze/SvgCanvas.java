package org.celltrial.app.analyze;

import java.util.Locale;

/**
 * Writes SVG elements with coordinates at two decimals ({@link Locale#ROOT}, trailing {@code .00}
 * dropped), so the same figure always gives the same bytes.
 */
final class SvgCanvas {
  /** Text colour and axis colour. */
  static final String INK = "#333";

  private final StringBuilder out = new StringBuilder();

  /** Opens an SVG of the given size with its accessible title. */
  SvgCanvas(int width, double height, String title) {
    out.append("<svg width=\"")
        .append(width)
        .append("\" height=\"")
        .append(fmt(height))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(fmt(height))
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n");
  }

  SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, String extra) {
    out.append("<line x1=\"")
        .append(fmt(x1))
        .append("\" y1=\"")
        .append(fmt(y1))
        .append("\" x2=\"")
        .append(fmt(x2))
        .append("\" y2=\"")
        .append(fmt(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append('"')
        .append(extra)
        .append("/>\n");
    return this;
  }

  SvgCanvas line(double x1, double y1, double x2, double y2) {
    return line(x1, y1, x2, y2, INK, "");
  }

  SvgCanvas rect(double x, double y, double w, double h, String fill, String extra) {
    out.append("<rect x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" width=\"")
        .append(fmt(w))
        .append("\" height=\"")
        .append(fmt(h))
        .append("\" fill=\"")
        .append(fill)
        .append('"')
        .append(extra)
        .append("/>\n");
    return this;
  }

  SvgCanvas circle(double x, double y, double r, String fill, String extra) {
    out.append("<circle cx=\"")
        .append(fmt(x))
        .append("\" cy=\"")
        .append(fmt(y))
        .append("\" r=\"")
        .append(fmt(r))
        .append("\" fill=\"")
        .append(fill)
        .append('"')
        .append(extra)
        .append("/>\n");
    return this;
  }

  /** A closed polygon through the points {@code x0, y0, x1, y1 …}. */
  SvgCanvas polygon(String fill, String extra, double... xy) {
    out.append("<polygon points=\"").append(points(xy)).append("\" fill=\"").append(fill);
    out.append('"').append(extra).append("/>\n");
    return this;
  }

  /** An open line through the points {@code x0, y0, x1, y1 …}. */
  SvgCanvas polyline(String stroke, String extra, double... xy) {
    out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" points=\"");
    out.append(points(xy)).append('"').append(extra).append("/>\n");
    return this;
  }

  SvgCanvas text(double x, double y, String anchor, String s, String extra) {
    out.append("<text x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(extra)
        .append('>')
        .append(Html.escape(s))
        .append("</text>\n");
    return this;
  }

  SvgCanvas text(double x, double y, String anchor, String s) {
    return text(x, y, anchor, s, "");
  }

  /** Text turned 90° anticlockwise around its anchor: a y-axis label. */
  SvgCanvas verticalText(double x, double y, String s) {
    return text(x, y, "middle", s, " transform=\"rotate(-90 " + fmt(x) + " " + fmt(y) + ")\"");
  }

  /** Closes the SVG and returns it. */
  String close() {
    return out.append("</svg>\n").toString();
  }

  private static String points(double[] xy) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(fmt(xy[i])).append(',').append(fmt(xy[i + 1]));
    }
    return p.toString();
  }

  /** A coordinate with two decimals, {@code .00} dropped. */
  static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.equals("-0.00")) {
      return "0";
    }
    return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
  }

  /**
   * The width a 12-pixel label takes, estimated: 7 pixels per Latin character, 12 per CJK or other
   * wide character.
   */
  static double width(String s, double fontSize) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x2E80 ? 0.58 : 1.0;
    }
    return w * fontSize;
  }
}
