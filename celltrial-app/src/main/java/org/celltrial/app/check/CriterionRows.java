package org.celltrial.app.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Table;
import org.celltrial.clinical.eligibility.Criterion;
import org.celltrial.clinical.eligibility.Verdict;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/** How the check commands print criteria: one table row, one JSON object with both languages. */
final class CriterionRows {
  private CriterionRows() {}

  /** The verdict as written in JSON: {@code met}, {@code not-met}, {@code undecided}. */
  static String code(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The verdict in the user's language. */
  static String label(Verdict v, Lang lang) {
    return CliMessages.of("check.verdict." + code(v)).render(lang);
  }

  /** A message in both languages, for JSON. */
  static Map<String, String> bilingual(Message m) {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("en", m.render(Lang.EN));
    text.put("zh", m.render(Lang.ZH));
    return text;
  }

  /** The JSON object of a criterion. */
  static Map<String, Object> json(Criterion c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", c.id());
    o.put("rule", c.rule());
    o.put("verdict", code(c.verdict()));
    o.put("reason", bilingual(c.reason()));
    o.put("missing", c.missing());
    return o;
  }

  /** The JSON objects of criteria. */
  static List<Map<String, Object>> json(List<Criterion> criteria) {
    return criteria.stream().map(CriterionRows::json).toList();
  }

  /** A classification's answer in the user's language: applies, does not apply, undecided. */
  static String classificationLabel(Verdict v, Lang lang) {
    return v == Verdict.UNDECIDED
        ? label(v, lang)
        : CliMessages.of("check.classification." + code(v)).render(lang);
  }

  /** A table of criteria: rule, criterion, verdict, reason. */
  static Table table(String title, List<Criterion> criteria, Lang lang) {
    return table(title, criteria, lang, false);
  }

  /**
   * A table of criteria, or of classifications (whose answers read "applies" / "does not apply").
   */
  static Table table(String title, List<Criterion> criteria, Lang lang, boolean classifications) {
    Table.Builder t =
        Table.builder(
            title,
            CliMessages.of("check.col.rule").render(lang),
            CliMessages.of("check.col.criterion").render(lang),
            CliMessages.of("check.col.verdict").render(lang),
            CliMessages.of("check.col.reason").render(lang));
    for (Criterion c : criteria) {
      String verdict =
          classifications ? classificationLabel(c.verdict(), lang) : label(c.verdict(), lang);
      t.row(c.rule(), c.id(), verdict, c.reason().render(lang));
    }
    return t.build();
  }
}
