package org.celltrial.app.analyze;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.celltrial.analysis.study.ReportTable;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report's tables as one XLSX workbook per language, {@code tables.<lang>.xlsx}: a first sheet
 * "About" (study, data cut-off, generation time, and per table its analysis set and guideline
 * requirement IDs), then one sheet per table named by its id, header row in bold. A cell that is a
 * plain integer (a count) is stored as a number, every other cell as text, exactly as in the CSV.
 *
 * <p>Deterministic: every zip entry gets the fixed time 1980-01-01T00:00 and the document's
 * creation time ({@code docProps/core.xml}) is the report's generation time, so two runs with the
 * same input and the same generation time give byte-identical files.
 */
final class XlsxTables {
  /** Excel's limit on a sheet name's length. */
  static final int MAX_SHEET_NAME = 31;

  private static final Pattern COUNT = Pattern.compile("0|-?[1-9][0-9]{0,14}");
  private static final Pattern INVALID = Pattern.compile("[\\[\\]:*?/\\\\]");
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private XlsxTables() {}

  /**
   * Writes {@code tables.<lang>.xlsx} into {@code dir}, by way of a raw workbook {@code
   * tables.<lang>.xlsx.part} in the same directory that is deleted afterwards; returns the name.
   */
  static String write(StudyAnalysis a, Lang lang, String generatedAt, Path dir) throws IOException {
    String name = "tables." + lang.code() + ".xlsx";
    Path raw = dir.resolve(name + ".part");
    try {
      try (OutputStream os = Files.newOutputStream(raw)) {
        Workbook wb = new Workbook(os, "celltrial", "1.0");
        List<String> names = sheetNames(a.tables(), t(lang, "analyze.xlsx.about"));
        about(wb.newWorksheet(names.get(0)), a, lang, generatedAt, names);
        for (int i = 0; i < a.tables().size(); i++) {
          table(wb.newWorksheet(names.get(i + 1)), a.tables().get(i), lang);
        }
        wb.finish();
      }
      Files.write(dir.resolve(name), normalise(raw, generatedAt));
    } finally {
      Files.deleteIfExists(raw);
    }
    return name;
  }

  /**
   * The sheet names: {@code about} first, then each table's id made valid ({@link #sheetName}) and
   * unique ignoring case, as Excel compares them.
   */
  static List<String> sheetNames(List<ReportTable> tables, String about) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    names.add(unique(sheetName(about), seen));
    for (ReportTable t : tables) {
      names.add(unique(sheetName(t.id()), seen));
    }
    return names;
  }

  /**
   * A valid sheet name: the characters {@code []:*?/\} become {@code _}, leading and trailing
   * apostrophes and blanks are removed, the result is cut to 31 characters, and an empty name
   * becomes {@code _}.
   */
  static String sheetName(String raw) {
    String s = INVALID.matcher(raw).replaceAll("_").strip();
    s = stripApostrophes(s);
    s = cut(s, MAX_SHEET_NAME);
    s = stripApostrophes(s).strip();
    return s.isEmpty() ? "_" : s;
  }

  private static String unique(String name, Set<String> seen) {
    String candidate = name;
    for (int k = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); k++) {
      String suffix = "~" + k;
      candidate = cut(name, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    return candidate;
  }

  private static String cut(String s, int max) {
    return s.codePointCount(0, s.length()) <= max
        ? s
        : s.substring(0, s.offsetByCodePoints(0, max));
  }

  private static String stripApostrophes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '\'') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '\'') {
      to--;
    }
    return s.substring(from, to);
  }

  private static void about(
      Worksheet ws, StudyAnalysis a, Lang lang, String generatedAt, List<String> names) {
    header(ws, 0, List.of(t(lang, "analyze.col.item"), t(lang, "analyze.col.value")));
    ws.value(1, 0, t(lang, "analyze.xlsx.study"));
    ws.value(1, 1, a.input().studyId());
    ws.value(2, 0, t(lang, "analyze.xlsx.cutoff"));
    ws.value(2, 1, String.valueOf(a.input().cutoff()));
    ws.value(3, 0, t(lang, "analyze.xlsx.generated"));
    ws.value(3, 1, generatedAt);
    header(
        ws,
        5,
        List.of(
            t(lang, "analyze.xlsx.sheet"),
            t(lang, "analyze.xlsx.table"),
            t(lang, "analyze.xlsx.set"),
            t(lang, "analyze.xlsx.rules")));
    for (int i = 0; i < a.tables().size(); i++) {
      ReportTable tb = a.tables().get(i);
      ws.value(6 + i, 0, names.get(i + 1));
      ws.value(6 + i, 1, tb.title().render(lang));
      ws.value(6 + i, 2, tb.set().render(lang));
      ws.value(6 + i, 3, tb.rules());
    }
  }

  private static void table(Worksheet ws, ReportTable tb, Lang lang) {
    List<String> head = new ArrayList<>();
    for (Message m : tb.header()) {
      head.add(m.render(lang));
    }
    header(ws, 0, head);
    for (int r = 0; r < tb.rows().size(); r++) {
      List<Message> row = tb.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        cell(ws, r + 1, c, row.get(c).render(lang));
      }
    }
  }

  /** A plain integer is stored as a number, anything else as text. */
  private static void cell(Worksheet ws, int r, int c, String s) {
    if (COUNT.matcher(s).matches()) {
      ws.value(r, c, Long.parseLong(s));
    } else {
      ws.value(r, c, s);
    }
  }

  private static void header(Worksheet ws, int r, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      ws.value(r, c, cells.get(c));
      ws.style(r, c).bold().set();
    }
  }

  /**
   * Rewrites the zip with every entry at {@link #ZIP_TIME} and the creation time set to {@code
   * generatedAt}, the two places where fastexcel writes the current time.
   */
  private static byte[] normalise(Path raw, String generatedAt) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(raw.toFile());
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e : Collections.list(in.entries())) {
        byte[] content;
        try (InputStream is = in.getInputStream(e)) {
          content = is.readAllBytes();
        }
        if (e.getName().equals("docProps/core.xml")) {
          Matcher m = CREATED.matcher(new String(content, StandardCharsets.UTF_8));
          content =
              m.replaceFirst("$1" + Matcher.quoteReplacement(generatedAt) + "$2")
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ZIP_TIME);
        z.putNextEntry(copy);
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
