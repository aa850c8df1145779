package org.celltrial.clinical.safety.hlh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * Supporting laboratory flags for immune effector cell-associated HLH-like syndrome (IEC-HS; Hines
 * et al., Transplant Cell Ther 2023;29:438.e1-438.e16). IEC-HS is an investigator's diagnosis:
 * these flags only prompt the investigator to consider it. Flags (strict comparisons, in
 * BigDecimal): ferritin &gt; 2 × ULN or &gt; 2 × the baseline at infusion; the higher of ALT and
 * AST &gt; 5 × ULN, or &gt; 5 × baseline when the baseline was above the ULN; fibrinogen &lt; 150
 * mg/dL or &lt; the LLN; a cytopenia grade now higher than before (new or worsening). The consensus
 * table could not be retrieved; thresholds from the project's research note [U].
 */
public final class IecHsFlags {
  static final BigDecimal TWO = BigDecimal.valueOf(2);
  static final BigDecimal FIVE = BigDecimal.valueOf(5);
  static final BigDecimal FIBRINOGEN = BigDecimal.valueOf(150);

  private IecHsFlags() {}

  /**
   * The laboratory values; a value not measured is {@code null} and raises no flag.
   *
   * @param ferritin ng/mL
   * @param ferritinUln ng/mL
   * @param ferritinBaseline at infusion, ng/mL
   * @param transaminase the higher of ALT and AST, U/L
   * @param transaminaseUln U/L
   * @param transaminaseBaseline at infusion, U/L
   * @param fibrinogen mg/dL
   * @param fibrinogenLln mg/dL
   * @param cytopeniaGradeBefore the worst CTCAE cytopenia grade before (e.g. at CRS resolution)
   * @param cytopeniaGradeNow the worst CTCAE cytopenia grade now
   */
  public record Labs(
      Double ferritin,
      Double ferritinUln,
      Double ferritinBaseline,
      Double transaminase,
      Double transaminaseUln,
      Double transaminaseBaseline,
      Double fibrinogen,
      Double fibrinogenLln,
      Integer cytopeniaGradeBefore,
      Integer cytopeniaGradeNow) {}

  /**
   * The flags and the prompt.
   *
   * @param ferritin ferritin flag
   * @param transaminase transaminase flag
   * @param fibrinogen fibrinogen flag
   * @param cytopenia new or worsening cytopenia
   * @param prompt at least one flag: the investigator is asked to assess IEC-HS
   * @param reasons one sentence per flag raised
   */
  public record Result(
      boolean ferritin,
      boolean transaminase,
      boolean fibrinogen,
      boolean cytopenia,
      boolean prompt,
      List<Message> reasons) {
    /** Copies the reasons. */
    public Result {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Computes the flags.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a negative value
   */
  public static Result assess(Labs l) {
    Double[] values = {
      l.ferritin(),
      l.ferritinUln(),
      l.ferritinBaseline(),
      l.transaminase(),
      l.transaminaseUln(),
      l.transaminaseBaseline(),
      l.fibrinogen(),
      l.fibrinogenLln()
    };
    for (Double v : values) {
      if (v != null && !(v >= 0 && !v.isInfinite())) {
        throw ClinicalMessages.error("hlh.value", "labs", v);
      }
    }
    List<Message> reasons = new ArrayList<>();
    boolean ferritin =
        above(l.ferritin(), l.ferritinUln(), TWO) || above(l.ferritin(), l.ferritinBaseline(), TWO);
    if (ferritin) {
      reasons.add(
          ClinicalMessages.of(
              "iechs.ferritin", l.ferritin(), l.ferritinUln(), l.ferritinBaseline()));
    }
    boolean abnormalBaseline =
        l.transaminaseBaseline() != null
            && l.transaminaseUln() != null
            && l.transaminaseBaseline() > l.transaminaseUln();
    boolean transaminase =
        abnormalBaseline
            ? above(l.transaminase(), l.transaminaseBaseline(), FIVE)
            : above(l.transaminase(), l.transaminaseUln(), FIVE);
    if (transaminase) {
      reasons.add(
          ClinicalMessages.of(
              abnormalBaseline ? "iechs.transaminase.baseline" : "iechs.transaminase.uln",
              l.transaminase(),
              abnormalBaseline ? l.transaminaseBaseline() : l.transaminaseUln()));
    }
    boolean fibrinogen =
        l.fibrinogen() != null
            && (BigDecimal.valueOf(l.fibrinogen()).compareTo(FIBRINOGEN) < 0
                || (l.fibrinogenLln() != null
                    && BigDecimal.valueOf(l.fibrinogen())
                            .compareTo(BigDecimal.valueOf(l.fibrinogenLln()))
                        < 0));
    if (fibrinogen) {
      reasons.add(ClinicalMessages.of("iechs.fibrinogen", l.fibrinogen(), l.fibrinogenLln()));
    }
    boolean cytopenia =
        l.cytopeniaGradeBefore() != null
            && l.cytopeniaGradeNow() != null
            && l.cytopeniaGradeNow() > l.cytopeniaGradeBefore();
    if (cytopenia) {
      reasons.add(
          ClinicalMessages.of("iechs.cytopenia", l.cytopeniaGradeBefore(), l.cytopeniaGradeNow()));
    }
    boolean prompt = ferritin || transaminase || fibrinogen || cytopenia;
    reasons.add(ClinicalMessages.of(prompt ? "iechs.prompt" : "iechs.none"));
    return new Result(ferritin, transaminase, fibrinogen, cytopenia, prompt, reasons);
  }

  private static boolean above(Double value, Double reference, BigDecimal times) {
    return value != null
        && reference != null
        && BigDecimal.valueOf(value).compareTo(BigDecimal.valueOf(reference).multiply(times)) > 0;
  }
}
