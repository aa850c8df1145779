package org.celltrial.design.controls;

import java.util.Locale;
import org.celltrial.design.DesignMessages;

/** Which controls a proposed target value rests on. */
public enum TargetBasis {
  /** Approved CAR-T where one exists for the population (G-DES-3), otherwise BAT (G-DES-2). */
  AUTO("auto"),
  /** Best available therapy only: e.g. patients who cannot receive approved CAR-T (G-DES-4). */
  BAT("bat"),
  /** Approved CAR-T only (G-DES-3). */
  CAR_T("car-t");

  private final String label;

  TargetBasis(String label) {
    this.label = label;
  }

  /** The name used on the command line. */
  public String label() {
    return label;
  }

  /**
   * The basis with this label, case-insensitive.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the value and the known labels
   */
  public static TargetBasis of(String label) {
    String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    for (TargetBasis b : values()) {
      if (b.label.equals(wanted)) {
        return b;
      }
    }
    throw DesignMessages.error("targets.basis", label, "auto, bat, car-t");
  }
}
