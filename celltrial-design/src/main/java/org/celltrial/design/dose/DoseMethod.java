package org.celltrial.design.dose;

import java.util.Locale;
import org.celltrial.design.DesignMessages;

/** The dose-finding designs celltrial offers for exploratory trials (G-PH-1). */
public enum DoseMethod {
  /** The rule-based 3+3 design (Storer 1989), see {@link ThreePlusThree}. */
  THREE_PLUS_THREE("3+3"),
  /** Bayesian optimal interval design (Liu &amp; Yuan 2015), see {@link Boin}. */
  BOIN("boin"),
  /** The interval 3+3 design (Liu, Wang &amp; Ji 2020), see {@link I3Plus3}. */
  I3PLUS3("i3+3"),
  /** Continual reassessment method, one-parameter power model, see {@link Crm}. */
  CRM("crm");

  private final String label;

  DoseMethod(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON, e.g. {@code boin}, {@code 3+3}. */
  public String label() {
    return label;
  }

  /** The method named {@code text} (case-insensitive), or a bad-input error naming the choices. */
  public static DoseMethod parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (DoseMethod m : values()) {
      if (m.label.equals(wanted)) {
        return m;
      }
    }
    throw DesignMessages.error("dose.method", text);
  }
}
