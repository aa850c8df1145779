package org.celltrial.app.check;

import java.util.List;
import org.celltrial.app.check.MalignancyCommand.Entry;
import org.celltrial.app.check.MalignancyCommand.SubjectFollowUp;
import org.celltrial.app.check.MalignancyCommand.Visit;
import org.celltrial.app.cli.Table;
import org.celltrial.clinical.safety.cohort.LongTermFollowUp;
import org.celltrial.common.i18n.Lang;

/** The tables of {@code check malignancy}, in the user's language. */
final class MalignancyTables {
  private final Lang lang;
  private final String study;
  private final LongTermFollowUp.Register register;

  MalignancyTables(Lang lang, String study, LongTermFollowUp.Register register) {
    this.lang = lang;
    this.study = study;
    this.register = register;
  }

  /** The register: one row per new malignancy, the flag and why. */
  Table register(List<Entry> entries, int flagged) {
    Table.Builder t =
        Table.builder(
            text("malignancy.title", study, entries.size(), flagged),
            text("dlt.col.subject"),
            text("malignancy.col.diagnosis"),
            text("malignancy.col.lineage"),
            text("malignancy.col.diagnosed"),
            text("malignancy.col.carTransgene"),
            text("malignancy.col.clonality"),
            text("malignancy.col.integrationSite"),
            text("malignancy.col.flag"),
            text("dlt.col.reasons"));
    for (Entry e : entries) {
      t.row(
          e.subject(),
          e.diagnosis() == null ? "" : e.diagnosis(),
          text("malignancy.lineage." + e.lineage()),
          text("malignancy.day", e.diagnosed(), e.daysFromInfusion()),
          text("malignancy.test." + e.carTransgene()),
          text("malignancy.test." + e.clonality()),
          text("malignancy.test." + e.integrationSite()),
          text(e.productLinkFlag() ? "malignancy.flag.yes" : "malignancy.flag.no"),
          String.join("; ", e.reasons().stream().map(m -> m.get(lang.code())).toList()));
    }
    if (entries.isEmpty()) {
      t.note(text("malignancy.none"));
    }
    t.note(text("malignancy.rule"));
    return t.build();
  }

  /** Per subject: infusion, end of follow-up, visits done, overdue and due, and the next one. */
  Table subjects(List<SubjectFollowUp> followUp) {
    Table.Builder t =
        Table.builder(
            text("followUp.title", register.cutoff()),
            text("dlt.col.subject"),
            text("followUp.col.infusion"),
            text("followUp.col.end"),
            text("followUp.col.done"),
            text("followUp.col.overdue"),
            text("followUp.col.due"),
            text("followUp.col.next"));
    for (SubjectFollowUp s : followUp) {
      Visit n = s.next();
      t.row(
          s.subject(),
          s.infusion(),
          s.endOfFollowUp() == null ? text("followUp.ongoing") : s.endOfFollowUp(),
          String.valueOf(s.done()),
          String.valueOf(s.overdue()),
          String.valueOf(s.due()),
          n == null ? "" : text("followUp.visit", n.month(), n.due()));
    }
    t.note(text("followUp.plan", register.plan().windowDays(), register.plan().totalMonths() / 12));
    t.note(
        register.cutoffFromData()
            ? text("followUp.asOf.data", register.cutoff())
            : text("followUp.asOf.given", register.cutoff()));
    if (!register.notInfused().isEmpty()) {
      t.note(text("followUp.notInfused", String.join(", ", register.notInfused())));
    }
    return t.build();
  }

  /** Every planned visit up to the cut-off: done (with its date), overdue or due. */
  Table visits(List<SubjectFollowUp> followUp) {
    Table.Builder t =
        Table.builder(
            text("followUp.visits.title"),
            text("dlt.col.subject"),
            text("followUp.col.month"),
            text("followUp.col.dueDate"),
            text("followUp.col.status"),
            text("followUp.col.visit"));
    for (SubjectFollowUp s : followUp) {
      for (Visit v : s.visits()) {
        t.row(
            s.subject(),
            String.valueOf(v.month()),
            v.due(),
            text("followUp.status." + v.status()),
            v.visit() == null ? "" : v.visit());
      }
    }
    return t.build();
  }

  private String text(String key, Object... args) {
    return MalignancyCommand.text(key, lang, args);
  }
}
