package org.celltrial.analysis.simulation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.celltrial.clinical.study.Indication;

/** The indications a synthetic trial can be generated for, with their command-line codes. */
public enum SimIndication {
  /** Relapsed/refractory B-cell acute lymphoblastic leukemia, CD19 product. */
  B_ALL("b-all", Indication.B_ALL),
  /** Relapsed/refractory large B-cell lymphoma, CD19 product. */
  LBCL("lbcl", Indication.B_NHL),
  /** Relapsed/refractory multiple myeloma, BCMA product. */
  MM("mm", Indication.MM);

  private final String code;
  private final Indication indication;

  SimIndication(String code, Indication indication) {
    this.code = code;
    this.indication = indication;
  }

  /** The command-line code ({@code b-all}, {@code lbcl}, {@code mm}). */
  public String code() {
    return code;
  }

  /** The clinical indication of the study records. */
  public Indication indication() {
    return indication;
  }

  /** The indication with this code (case-insensitive), or a bilingual error listing the codes. */
  public static SimIndication parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (SimIndication i : values()) {
      if (i.code.equals(wanted)) {
        return i;
      }
    }
    throw SimulationMessages.error(
        "indication.unknown",
        text,
        Arrays.stream(values()).map(SimIndication::code).collect(Collectors.joining(", ")));
  }
}
