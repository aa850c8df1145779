package org.celltrial.design.controls;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * A proposed target value p0 for a single-arm trial and why.
 *
 * @param indication the indication
 * @param line the line of therapy
 * @param basis the basis asked for
 * @param p0 the proposed target value: the published rate of {@code source}
 * @param rule the guideline requirement the proposal rests on ({@code G-DES-3} for approved CAR-T,
 *     {@code G-DES-2} or {@code G-DES-4} for best available therapy)
 * @param source the control the target is taken from
 * @param justification the reasoning, renderable in Chinese and English
 * @param controls every control in the library for this indication and line
 * @param libraryVersion the version of the library used
 */
public record TargetProposal(
    Indication indication,
    String line,
    TargetBasis basis,
    double p0,
    String rule,
    HistoricalControl source,
    Message justification,
    List<HistoricalControl> controls,
    String libraryVersion) {
  /** Copies the controls. */
  public TargetProposal {
    controls = List.copyOf(controls);
  }
}
