package org.celltrial.design.controls;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.celltrial.design.DesignMessages;

/** The indications the historical-control library covers. */
public enum Indication {
  /** Large B-cell lymphoma (DLBCL and related). */
  LBCL("lbcl"),
  /** B-cell acute lymphoblastic leukemia. */
  B_ALL("b-all"),
  /** Multiple myeloma. */
  MM("mm");

  private final String label;

  Indication(String label) {
    this.label = label;
  }

  /** The name used on the command line and in the library file. */
  public String label() {
    return label;
  }

  /**
   * The indication with this label, case-insensitive.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the value and the known labels
   */
  public static Indication of(String label) {
    String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    for (Indication i : values()) {
      if (i.label.equals(wanted)) {
        return i;
      }
    }
    throw DesignMessages.error(
        "targets.indication",
        label,
        Arrays.stream(values()).map(Indication::label).collect(Collectors.joining(", ")));
  }
}
