import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.cdisc.XptWriter;

/**
 * Wall-clock time of streaming an ADLB-shaped dataset (12 variables: 5 text, 7 numeric including a
 * date and a date-time) of N rows (default 1,000,000) to a SAS XPORT v5 file with {@link
 * XptWriter}: rows are made on the fly, one at a time, as the lead's streaming ADaM writer will feed
 * them. Best of 3 after a warm-up. Run by bench/xpt-bench.sh.
 */
public class XptBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("xpt-bench", ".xpt");
    List<Variable> vars =
        List.of(
            text("STUDYID", 12),
            text("USUBJID", 24),
            text("PARAMCD", 8),
            text("PARAM", 40),
            text("AVALC", 20),
            number("AVAL", DataType.DOUBLE, null),
            number("BASE", DataType.DOUBLE, null),
            number("CHG", DataType.DOUBLE, null),
            number("ANRLO", DataType.DECIMAL, null),
            number("ADY", DataType.INTEGER, null),
            number("ADT", DataType.DATE, "E8601DA."),
            number("ADTM", DataType.DATETIME, "E8601DT."));
    write(file, vars, Math.min(n, 100_000));
    long best = Long.MAX_VALUE;
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      write(file, vars, n);
      best = Math.min(best, System.nanoTime() - t0);
    }
    long bytes = Files.size(file);
    System.out.printf(
        "%,d rows x %d variables: best of 3 = %.2f s, %.0f rows/s, file %.1f MB (%.0f MB/s)%n",
        n, vars.size(), best / 1e9, n / (best / 1e9), bytes / 1e6, bytes / 1e6 / (best / 1e9));
    Files.delete(file);
  }

  private static void write(Path file, List<Variable> vars, int n) throws Exception {
    String[] params = {"NEUT", "PLAT", "HGB", "CRP", "FERRITIN", "IL6"};
    LocalDate start = LocalDate.of(2024, 1, 1);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        XptWriter w =
            XptWriter.open(out, "ADLB", "Laboratory Analysis Dataset", vars,
                LocalDateTime.of(2026, 1, 1, 0, 0))) {
      List<Object> row = new ArrayList<>(Arrays.asList(new Object[vars.size()]));
      for (int i = 0; i < n; i++) {
        int subject = i / 60;
        String p = params[i % params.length];
        double aval = 0.5 + (i % 997) * 0.013;
        LocalDate day = start.plusDays(i % 400);
        row.set(0, "CART-BENCH");
        row.set(1, "CART-BENCH-" + subject);
        row.set(2, p);
        row.set(3, p + " (10^9/L)");
        row.set(4, i % 50 == 0 ? null : "NORMAL");
        row.set(5, aval);
        row.set(6, 1.5);
        row.set(7, aval - 1.5);
        row.set(8, new java.math.BigDecimal("1.8"));
        row.set(9, (long) (i % 400) + 1);
        row.set(10, day.toString());
        row.set(11, day + "T08:30:00");
        w.row(row);
      }
    }
  }

  private static Variable text(String name, int length) {
    return new Variable("IT.ADLB." + name, name, name, DataType.STRING, length, null, null);
  }

  private static Variable number(String name, DataType type, String format) {
    return new Variable("IT.ADLB." + name, name, name, type, null, format, null);
  }
}
