package org.celltrial.clinical.response.lugano;

/**
 * Deauville five-point scale of FDG uptake (Barrington et al., J Clin Oncol 2014;32:3048), plus X
 * for new uptake unlikely to be lymphoma. In JSON the score is written {@code "1"} … {@code "5"} or
 * {@code "X"}.
 */
public enum Deauville {
  /** No uptake above background. */
  ONE,
  /** Uptake at most mediastinum. */
  TWO,
  /** Uptake above mediastinum but at most liver. */
  THREE,
  /** Uptake moderately above liver. */
  FOUR,
  /** Uptake markedly above liver and/or new lesions. */
  FIVE,
  /** New uptake unlikely to be lymphoma. */
  X;

  /** The score as written: 1 … 5 or X. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return this == X ? "X" : String.valueOf(ordinal() + 1);
  }

  /** Parses 1 … 5 or X. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Deauville parse(String text) {
    for (Deauville d : values()) {
      if (d.label().equalsIgnoreCase(text.trim())) {
        return d;
      }
    }
    throw org.celltrial.clinical.ClinicalMessages.error(
        "response.value.invalid", "deauville", text, "1, 2, 3, 4, 5, X");
  }
}
