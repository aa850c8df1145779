import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Checks pictures of the report, as bench/render-report.sh makes them: the HTML screenshot and the
 * PDF pages as PNG.
 *
 * <p>A figure is found as a band of rows holding coloured (saturated) pixels: the curves and legend
 * keys; tables, text and axes are black, grey or white. A figure counts as legible when its band
 * and its margins hold dark pixels (axes, tick labels, legend and axis titles) in quantity (half the
 * picture's width in pixels), and as not cut
 * when no coloured pixel touches the right edge of the picture. The number of figures found must be
 * at least the number of {@code <svg} in the HTML. Also checks that every {@code <h1>}, {@code
 * <h2>} and {@code <h3>} of the HTML (table titles and figure captions) is in the PDF's text
 * (pdftotext, white space ignored).
 *
 * <p>Usage: {@code java bench/ReportImages.java REPORT.html REPORT.pdf.txt SHOT.png PAGE.png...};
 * exits 1 with the reasons when a check fails.
 */
public final class ReportImages {
  /** Rows closer than this (px) belong to the same figure. */
  private static final int GAP = 40;

  /** Coloured pixels a row needs to belong to a figure. */
  private static final int MIN_COLOURED = 2;

  private ReportImages() {}

  public static void main(String[] args) throws IOException {
    String html = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String text = squeeze(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    int svgs = count(html, "<svg");
    List<String> problems = new ArrayList<>();
    for (String heading : headings(html)) {
      if (!text.contains(squeeze(heading))) {
        problems.add("PDF text lacks the heading \"" + heading + "\"");
      }
    }
    int htmlFigures = 0;
    int pdfFigures = 0;
    for (int i = 2; i < args.length; i++) {
      BufferedImage img = ImageIO.read(new File(args[i]));
      List<int[]> bands = bands(img);
      long ink = 0;
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          ink += lum(img.getRGB(x, y)) < 250 ? 1 : 0;
        }
      }
      System.out.printf(
          "%s: %dx%d, %.1f%% ink, %d figure(s)%n",
          Path.of(args[i]).getFileName(), img.getWidth(), img.getHeight(),
          100.0 * ink / ((long) img.getWidth() * img.getHeight()), bands.size());
      if (ink == 0) {
        problems.add(args[i] + " is blank");
      }
      for (int[] b : bands) {
        int dark = dark(img, b);
        int minDark = img.getWidth() / 2;
        System.out.printf(
            "  figure rows %d-%d: %d dark px, coloured up to x=%d%n", b[0], b[1], dark, b[2]);
        if (dark < minDark) {
          problems.add(args[i] + " rows " + b[0] + "-" + b[1] + ": too little text and axes");
        }
        if (b[2] >= img.getWidth() - 1) {
          problems.add(args[i] + " rows " + b[0] + "-" + b[1] + ": figure cut at the right edge");
        }
      }
      if (i == 2) {
        htmlFigures = bands.size();
      } else {
        pdfFigures += bands.size();
      }
    }
    System.out.printf(
        "figures: %d in the HTML, %d in the HTML screenshot, %d on the PDF pages%n",
        svgs, htmlFigures, pdfFigures);
    if (htmlFigures < svgs) {
      problems.add("HTML screenshot shows " + htmlFigures + " of " + svgs + " figures");
    }
    if (pdfFigures < svgs) {
      problems.add("PDF pages show " + pdfFigures + " of " + svgs + " figures");
    }
    for (String p : problems) {
      System.out.println("FAIL " + p);
    }
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  /** Bands of rows with coloured pixels: {first row, last row, rightmost coloured x}. */
  private static List<int[]> bands(BufferedImage img) {
    List<int[]> bands = new ArrayList<>();
    int[] current = null;
    for (int y = 0; y < img.getHeight(); y++) {
      int coloured = 0;
      int right = -1;
      for (int x = 0; x < img.getWidth(); x++) {
        if (saturated(img.getRGB(x, y))) {
          coloured++;
          right = x;
        }
      }
      if (coloured < MIN_COLOURED) {
        continue;
      }
      if (current != null && y - current[1] <= GAP) {
        current[1] = y;
        current[2] = Math.max(current[2], right);
      } else {
        current = new int[] {y, y, right};
        bands.add(current);
      }
    }
    bands.removeIf(b -> b[1] - b[0] < 20);
    return bands;
  }

  /**
   * Dark, unsaturated pixels (axes, ticks, labels) in the band and a margin of a tenth of the
   * picture's width above and below it, where the axis labels lie.
   */
  private static int dark(BufferedImage img, int[] band) {
    int margin = img.getWidth() / 10;
    int dark = 0;
    for (int y = Math.max(0, band[0] - margin);
        y <= Math.min(img.getHeight() - 1, band[1] + margin);
        y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        dark += lum(rgb) < 120 && !saturated(rgb) ? 1 : 0;
      }
    }
    return dark;
  }

  private static boolean saturated(int rgb) {
    int r = (rgb >> 16) & 255;
    int g = (rgb >> 8) & 255;
    int b = rgb & 255;
    return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
  }

  private static int lum(int rgb) {
    return (((rgb >> 16) & 255) * 3 + ((rgb >> 8) & 255) * 6 + (rgb & 255)) / 10;
  }

  private static List<String> headings(String html) {
    List<String> out = new ArrayList<>();
    for (String tag : List.of("h1", "h2", "h3")) {
      int from = 0;
      while ((from = html.indexOf("<" + tag, from)) >= 0) {
        int start = html.indexOf('>', from) + 1;
        int end = html.indexOf("</" + tag + ">", start);
        out.add(unescape(html.substring(start, end).replaceAll("<[^>]+>", "")));
        from = end;
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String squeeze(String s) {
    // pdftotext joins a word hyphenated at a line end and drops its hyphen ("+/-" wrapped after
    // the hyphen reads "+/"): hyphens are ignored along with white space.
    return s.replaceAll("[\\s-]+", "");
  }
}
