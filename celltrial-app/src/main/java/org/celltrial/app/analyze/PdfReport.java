package org.celltrial.app.analyze;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as PDF: the HTML of {@link Html} laid out on A4 pages by openhtmltopdf (PDFBox), the
 * inline SVG figures drawn as vectors (Batik) with their text as glyph outlines ({@link
 * SvgOutlines}). Fonts: the base PDF Helvetica, then Liberation Sans (shipped inside PDFBox, SIL
 * OFL 1.1) for the symbols Helvetica lacks, then the CJK font ({@link PdfFont}), the last two
 * embedded as subsets, read once per run and without their glyph substitutions ({@link
 * FontTables}). The HTML is parsed by jsoup and handed over as a W3C DOM, so {@link Html} need not
 * be well-formed XML. The bytes depend only on the HTML and the fonts: the document information has
 * no dates and the document ID is fixed.
 */
final class PdfReport {
  private static final String SANS = "celltrial-sans";
  private static final String CJK = "celltrial-cjk";

  /** Liberation Sans Regular as shipped in the PDFBox jar (its last-resort font). */
  private static final String LIBERATION =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** A fixed seed for the trailer's document ID, so that the same input gives the same bytes. */
  private static final long DOCUMENT_ID = 0x63656c6cL;

  /** PDFBox logs through java.util.logging; held here so that the level set below stays set. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  /**
   * Print layout added to the page's own CSS: A4 with page numbers, a smaller type size, table
   * headers repeated on each page, a heading kept with what follows it, tables (that fit on a
   * page), rows and figures kept whole.
   */
  private static final String PRINT_CSS =
      "@page{size:A4;margin:14mm 12mm 16mm 12mm;"
          + "@bottom-center{content:counter(page) \" / \" counter(pages);"
          + "font-family:sans-serif;font-size:8pt;color:#555}}"
          + "body{font-family:sans-serif,"
          + SANS
          + ","
          + CJK
          + ";font-size:9pt;max-width:none;margin:0}"
          + "h1{font-size:15pt}h2{font-size:12pt}h3{font-size:10pt}"
          + "h2,h3,h2+p.meta{page-break-after:avoid}"
          + "table{-fs-table-paginate:paginate;font-size:8pt;page-break-inside:avoid}"
          + "tr,svg{page-break-inside:avoid}";

  static {
    XRLog.setLoggingEnabled(false);
    PDFBOX_LOG.setLevel(Level.SEVERE);
  }

  private PdfReport() {}

  /**
   * Renders the report's HTML as PDF.
   *
   * @param html the page written as {@code report.<lang>.html}
   * @param cjkFont a TrueType font (TTF or TTC) with the Chinese glyphs ({@link PdfFont#find})
   */
  static byte[] render(String html, Path cjkFont) throws IOException {
    Document page = Jsoup.parse(html);
    page.head().appendElement("style").text(PRINT_CSS);
    try (TrueTypeFont latin = liberation();
        PdfFont.Opened cjk = PdfFont.open(cjkFont)) {
      SvgOutlines outlines = new SvgOutlines(latin, cjk.font());
      for (Element svg : page.select("svg")) {
        outlines.outline(svg);
      }
    }
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useSVGDrawer(new BatikSVGDrawer());
    byte[] sans = Fonts.LIBERATION;
    builder.useFont(
        () -> new ByteArrayInputStream(sans),
        SANS,
        400,
        FontStyle.NORMAL,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT));
    if (PdfFont.isCollection(cjkFont)) {
      builder.useFont(
          cjkFont.toFile(), CJK, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
    } else {
      byte[] cjk = Fonts.withoutGsub(cjkFont);
      builder.useFont(
          () -> new ByteArrayInputStream(cjk),
          CJK,
          400,
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT));
    }
    builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      PDDocument pdf = renderer.createPDFKeepOpen();
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(page.title());
      info.setProducer("celltrial");
      pdf.setDocumentInformation(info);
      pdf.setDocumentId(DOCUMENT_ID);
      pdf.save(out);
    }
    return out.toByteArray();
  }

  private static TrueTypeFont liberation() throws IOException {
    try (InputStream in = PdfReport.class.getResourceAsStream(LIBERATION)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing " + LIBERATION));
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
  }

  /**
   * The fonts handed to the PDF library, read once per run and shared by both languages, without
   * their glyph substitutions ({@link FontTables}).
   */
  private static final class Fonts {
    static final byte[] LIBERATION = FontTables.without(read(), "GSUB");
    private static final Map<Path, byte[]> CJK = new ConcurrentHashMap<>();

    static byte[] withoutGsub(Path font) throws IOException {
      try {
        return CJK.computeIfAbsent(
            font,
            f -> {
              try {
                return FontTables.without(Files.readAllBytes(f), "GSUB");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private static byte[] read() {
      try (InputStream in = PdfReport.class.getResourceAsStream(PdfReport.LIBERATION)) {
        if (in == null) {
          throw new IOException("missing " + PdfReport.LIBERATION);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
