package org.celltrial.analysis.cdisc;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.AnalysisMessages;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/** Collects problems and fails as a whole with all of them (the first {@value #SHOWN} shown). */
final class Problems {
  static final int SHOWN = 20;

  private final List<Problem> list = new ArrayList<>();

  void add(Integer row, String variable, Object value, String ruleKey, Object... args) {
    list.add(
        new Problem(
            row,
            variable,
            value == null ? null : String.valueOf(value),
            AnalysisMessages.of(ruleKey, args)));
  }

  /**
   * Throws when there is any problem.
   *
   * @param what the dataset or file the problems belong to
   */
  void throwIfAny(String what) {
    if (!list.isEmpty()) {
      throw failure(what);
    }
  }

  /** The error listing the problems collected (at least one). */
  CelltrialException failure(String what) {
    Message joined = list.get(0).message();
    for (int i = 1; i < Math.min(SHOWN, list.size()); i++) {
      joined = AnalysisMessages.of("cdisc.join", joined, list.get(i).message());
    }
    return new CelltrialException(AnalysisMessages.of("cdisc.invalid", what, list.size(), joined));
  }
}
