package org.celltrial.design.controls;

/** What a historical control represents for the target value (G-DES-3). */
public enum ControlRole {
  /** Best available therapy without CAR-T: chemotherapy, antibodies, real-world regimens. */
  BAT("bat"),
  /** A CAR-T product's pivotal result. */
  CAR_T("car-t");

  private final String label;

  ControlRole(String label) {
    this.label = label;
  }

  /** The name used in the library file and in JSON output. */
  public String label() {
    return label;
  }

  static ControlRole of(String label) {
    for (ControlRole r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalStateException("unknown role in the control library: " + label);
  }
}
