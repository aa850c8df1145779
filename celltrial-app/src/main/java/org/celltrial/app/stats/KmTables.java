package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.survival.Landmark;
import org.celltrial.stats.survival.Quantile;

/**
 * The tables of {@code stats km}: for text, per group a summary (median, quantiles, landmarks) and
 * the curve; for CSV, one long curve table with a group column at full precision.
 */
final class KmTables {
  /** Counts 0 to 255 as text, shared. */
  private static final String[] SMALL =
      java.util.stream.IntStream.range(0, 256).mapToObj(Integer::toString).toArray(String[]::new);

  private final Lang lang;
  private final KmCommand.Result result;
  private final String groupColumn;

  KmTables(Lang lang, KmCommand.Result result, String groupColumn) {
    this.lang = lang;
    this.result = result;
    this.groupColumn = groupColumn;
  }

  /** Summary and curve of each group, with notes. */
  List<Table> textTables() {
    List<Table> tables = new ArrayList<>();
    for (KmCommand.Stratum s : result.strata()) {
      tables.add(summary(s));
      Table.Builder curve =
          Table.builder(
              s.group() == null
                  ? text("km.curve.title")
                  : text("km.curve.titleGroup", groupColumn, s.group()),
              curveColumns(false));
      for (int i = 0; i < s.time().length; i++) {
        curve.row(curveRow(s, i, false));
      }
      curve.note(text("km.seNote"));
      tables.add(curve.build());
    }
    return tables;
  }

  /** All groups' curves in one table, the group in the first column. */
  Table longTable() {
    Table.Builder table = Table.builder("", curveColumns(true));
    for (KmCommand.Stratum s : result.strata()) {
      for (int i = 0; i < s.time().length; i++) {
        table.row(curveRow(s, i, true));
      }
    }
    return table.build();
  }

  private Table summary(KmCommand.Stratum s) {
    String title =
        s.group() == null
            ? text("km.title", s.n(), s.events())
            : text("km.titleGroup", groupColumn, s.group(), s.n(), s.events());
    Table.Builder table =
        Table.builder(
            title,
            text("km.col.statistic"),
            text("km.col.estimate"),
            text("km.col.lower"),
            text("km.col.upper"),
            text("km.col.nRisk"));
    boolean notReached = false;
    KmCommand.Estimate m = s.median();
    table.row(
        text(result.reverse() ? "km.row.medianFollowUp" : "km.row.median"),
        Numbers.plain(m.estimate()),
        Numbers.plain(m.lower()),
        Numbers.plain(m.upper()),
        "");
    notReached |= Double.isNaN(m.estimate()) || Double.isNaN(m.upper());
    for (Quantile q : s.quantiles()) {
      if (q.p() == 0.5) {
        continue; // the median row above
      }
      table.row(
          text("km.row.quantile", Numbers.plain(q.p()), Numbers.plain(1 - q.p())),
          Numbers.plain(q.estimate()),
          Numbers.plain(q.lower()),
          Numbers.plain(q.upper()),
          "");
      notReached |= Double.isNaN(q.estimate()) || Double.isNaN(q.upper());
    }
    List<String> beyond = new ArrayList<>();
    for (Landmark l : s.landmarks()) {
      table.row(
          text("km.row.survival", Numbers.plain(l.time())),
          Numbers.fixed(l.surv(), 4),
          Numbers.fixed(l.lower(), 4),
          Numbers.fixed(l.upper(), 4),
          Integer.toString(l.nRisk()));
      if (l.beyondFollowUp()) {
        beyond.add(Numbers.plain(l.time()));
      }
    }
    table.note(text("km.levelNote", Numbers.level(result.level()), result.confType()));
    if (notReached) {
      table.note(text("km.notReached"));
    }
    if (!beyond.isEmpty()) {
      double last = s.time()[s.time().length - 1];
      table.note(text("km.beyondNote", String.join(", ", beyond), Numbers.plain(last)));
    }
    if (result.reverse()) {
      table.note(text("km.reverseNote"));
    }
    if (result.dropped() > 0) {
      table.note(text("survival.droppedNote", result.dropped()));
    }
    return table.build();
  }

  private String[] curveColumns(boolean withGroup) {
    List<String> columns = new ArrayList<>();
    if (withGroup) {
      columns.add(text("km.col.group"));
    }
    for (String key :
        List.of("time", "nRisk", "nEvent", "nCensor", "surv", "seSurv", "lower", "upper")) {
      columns.add(text("km.col." + key));
    }
    return columns.toArray(String[]::new);
  }

  /** A curve row as an immutable list, which {@link Table} keeps without copying. */
  private List<String> curveRow(KmCommand.Stratum s, int i, boolean full) {
    String[] row = new String[full ? 9 : 8];
    int c = 0;
    if (full) {
      row[c++] = s.group() == null ? "" : s.group();
    }
    row[c++] = full ? full(s.time()[i]) : Numbers.plain(s.time()[i]);
    row[c++] = count(s.nRisk()[i]);
    row[c++] = count(s.nEvent()[i]);
    row[c++] = count(s.nCensor()[i]);
    double se = s.stdErr()[i] * s.surv()[i];
    for (double v : new double[] {s.surv()[i], se, s.lower()[i], s.upper()[i]}) {
      row[c++] = full ? full(v) : Numbers.fixed(v, 4);
    }
    return List.of(row);
  }

  /** A count as text, small ones shared (most event and censoring counts are 0 or 1). */
  private static String count(int n) {
    return n < SMALL.length ? SMALL[n] : Integer.toString(n);
  }

  /**
   * The same text as {@link Numbers#plain} (shortest round-trip digits, no exponent, no trailing
   * zeros), without going through BigDecimal: a million-row curve is formatted several times
   * faster. {@code Double.toString} gives {@code d.ddd} or {@code d.dddE±x}; the exponent is turned
   * into zeros here.
   */
  static String full(double value) {
    if (value == 0) {
      return "0";
    }
    if (!Double.isFinite(value)) {
      return Numbers.plain(value);
    }
    String s = Double.toString(value);
    int e = s.indexOf('E');
    if (e < 0) {
      return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
    boolean negative = s.charAt(0) == '-';
    String mantissa = s.substring(negative ? 1 : 0, e);
    int exponent = Integer.parseInt(s.substring(e + 1));
    String digits = mantissa.charAt(0) + mantissa.substring(2);
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    StringBuilder out = new StringBuilder(digits.length() + Math.abs(exponent) + 3);
    if (negative) {
      out.append('-');
    }
    if (exponent < 0) {
      out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
    } else if (digits.length() <= exponent + 1) {
      out.append(digits).append("0".repeat(exponent + 1 - digits.length()));
    } else {
      out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
    }
    return out.toString();
  }

  private String text(String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
