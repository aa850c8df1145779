package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.AnalysisMessages;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/**
 * The problems found in an SDTM input, each located by file, row, variable and value, with the rule
 * broken; the import fails as a whole with all of them (the first {@value #SHOWN} shown).
 */
final class Located {
  static final int SHOWN = 20;

  private final List<Message> list = new ArrayList<>();

  /** A problem of a record's variable. */
  void at(Rec r, String variable, String ruleKey, Object... args) {
    String value = r.text(variable);
    list.add(
        AnalysisMessages.of(
            "sdtm.problem.row",
            r.file(),
            r.row(),
            variable,
            value == null ? AnalysisMessages.of("cdisc.missing") : value,
            AnalysisMessages.of(ruleKey, args)));
  }

  /** A problem of a whole file. */
  void table(String file, String ruleKey, Object... args) {
    list.add(AnalysisMessages.of("sdtm.problem.table", file, AnalysisMessages.of(ruleKey, args)));
  }

  /** A problem of a file's variable. */
  void file(String file, String variable, String ruleKey, Object... args) {
    list.add(
        AnalysisMessages.of(
            "sdtm.problem.file",
            file,
            variable == null ? "-" : variable,
            AnalysisMessages.of(ruleKey, args)));
  }

  /** Throws when there is any problem. */
  void throwIfAny() {
    if (list.isEmpty()) {
      return;
    }
    Message joined = list.get(0);
    for (int i = 1; i < Math.min(SHOWN, list.size()); i++) {
      joined = AnalysisMessages.of("cdisc.join", joined, list.get(i));
    }
    throw new CelltrialException(AnalysisMessages.of("sdtm.invalid", list.size(), joined));
  }
}
