package org.celltrial.clinical.study;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.DrugClass;

/**
 * The protocol's parameters for the prior-therapy, bridging and journey rules. Every field may be
 * left out; an absent field takes the default named here, which comes from the guideline or the
 * cited paper (docs/clinical-rules.md), or, where neither gives a number (washouts, windows), stays
 * absent and the rule that needs it answers "cannot be decided" naming the parameter.
 *
 * @param minPriorLines minimum prior lines; default by indication (see {@link #minPriorLines(
 *     Indication, LineSetting)})
 * @param requireImmunochemotherapy B-NHL: prior immunochemotherapy required (G-POP-4), default true
 * @param requireTargetedTherapy B-NHL: prior targeted therapy required (G-POP-4), default true
 * @param targetedClasses the classes that count as molecularly targeted therapy (G-POP-4)
 * @param requirePi MM: prior proteasome inhibitor required (G-POP-5), default true
 * @param requireImid MM: prior IMiD required (G-POP-5), default true
 * @param requireAntiCd38 MM: prior anti-CD38 antibody required (G-POP-5 recommends), default true
 * @param requireTransplantIneligible MM: transplant-ineligible subjects first (G-POP-5), default
 *     true
 * @param minTkis Ph+ B-ALL: minimum number of distinct prior TKIs (G-POP-3), default 2
 * @param tkiWaiverMutations ABL1 mutations that waive the TKI rule (G-POP-3), default T315I
 * @param earlyRelapseMonths B-ALL: relapse within this many calendar months of first CR is early
 *     (G-POP-3), inclusive, default 12
 * @param primaryRefractoryCycles B-ALL: cycles of induction without CR making primary refractory
 *     (G-POP-3), default 2
 * @param minDaysAfterAlloHsct B-ALL: if set, relapse after allo-HSCT counts only when screening is
 *     at least this many days after the transplant (ZUMA-3 uses 100); default absent
 * @param refractoryWindowDays progression within this many days of the last dose is refractory,
 *     inclusive (IMWG, Rajkumar et al. 2011), default 60
 * @param scholarFirstLineCycles SCHOLAR-1: first-line cycles threshold, default 4
 * @param scholarFirstLineInclusive SCHOLAR-1: {@code true} for "≥" cycles, default {@code false}
 *     ("&gt; 4" as in Crump et al. 2017)
 * @param postAsctRelapseMonths SCHOLAR-1: relapse within this many months of ASCT is refractory,
 *     inclusive, default 12
 * @param washoutDays minimum days from a bridging agent's last dose to leukapheresis and to
 *     lymphodepletion, by drug class (G-BR-2); an agent takes the largest of its classes
 * @param defaultWashoutDays washout for an agent none of whose classes is in {@code washoutDays}
 * @param lymphodepletionMinDays fewest days from the end of lymphodepletion to infusion
 * @param lymphodepletionMaxDays most days from the end of lymphodepletion to infusion
 * @param reassessmentWindowDays the tumor re-baseline must be at most this many days before the
 *     start of lymphodepletion (G-BR-2)
 * @param landmarkDay day of the landmark response assessment after infusion (G-EP-6)
 */
public record Protocol(
    Integer minPriorLines,
    Boolean requireImmunochemotherapy,
    Boolean requireTargetedTherapy,
    Set<DrugClass> targetedClasses,
    Boolean requirePi,
    Boolean requireImid,
    Boolean requireAntiCd38,
    Boolean requireTransplantIneligible,
    Integer minTkis,
    List<String> tkiWaiverMutations,
    Integer earlyRelapseMonths,
    Integer primaryRefractoryCycles,
    Integer minDaysAfterAlloHsct,
    Integer refractoryWindowDays,
    Integer scholarFirstLineCycles,
    Boolean scholarFirstLineInclusive,
    Integer postAsctRelapseMonths,
    Map<DrugClass, Integer> washoutDays,
    Integer defaultWashoutDays,
    Integer lymphodepletionMinDays,
    Integer lymphodepletionMaxDays,
    Integer reassessmentWindowDays,
    Integer landmarkDay) {

  /** Classes counted as molecularly targeted therapy by default (G-POP-4; see the docs). */
  public static final Set<DrugClass> DEFAULT_TARGETED =
      Set.of(
          DrugClass.ANTI_CD20,
          DrugClass.ANTI_CD19,
          DrugClass.BTK_INHIBITOR,
          DrugClass.BCL2_INHIBITOR,
          DrugClass.PI3K_INHIBITOR,
          DrugClass.EZH2_INHIBITOR,
          DrugClass.HDAC_INHIBITOR,
          DrugClass.IMID,
          DrugClass.ADC,
          DrugClass.BISPECIFIC);

  /** Fills the defaults and checks that counts and days are not negative. */
  public Protocol {
    requireImmunochemotherapy = orTrue(requireImmunochemotherapy);
    requireTargetedTherapy = orTrue(requireTargetedTherapy);
    targetedClasses = targetedClasses == null ? DEFAULT_TARGETED : Set.copyOf(targetedClasses);
    requirePi = orTrue(requirePi);
    requireImid = orTrue(requireImid);
    requireAntiCd38 = orTrue(requireAntiCd38);
    requireTransplantIneligible = orTrue(requireTransplantIneligible);
    minTkis = check("minTkis", minTkis, 2);
    tkiWaiverMutations =
        tkiWaiverMutations == null ? List.of("T315I") : List.copyOf(tkiWaiverMutations);
    earlyRelapseMonths = check("earlyRelapseMonths", earlyRelapseMonths, 12);
    primaryRefractoryCycles = check("primaryRefractoryCycles", primaryRefractoryCycles, 2);
    minDaysAfterAlloHsct = check("minDaysAfterAlloHsct", minDaysAfterAlloHsct, null);
    refractoryWindowDays = check("refractoryWindowDays", refractoryWindowDays, 60);
    scholarFirstLineCycles = check("scholarFirstLineCycles", scholarFirstLineCycles, 4);
    scholarFirstLineInclusive = scholarFirstLineInclusive != null && scholarFirstLineInclusive;
    postAsctRelapseMonths = check("postAsctRelapseMonths", postAsctRelapseMonths, 12);
    minPriorLines = check("minPriorLines", minPriorLines, null);
    Map<DrugClass, Integer> washout = new EnumMap<>(DrugClass.class);
    if (washoutDays != null) {
      washoutDays.forEach((k, v) -> washout.put(k, check("washoutDays." + k, v, null)));
    }
    washoutDays = Map.copyOf(washout);
    defaultWashoutDays = check("defaultWashoutDays", defaultWashoutDays, null);
    lymphodepletionMinDays = check("lymphodepletionMinDays", lymphodepletionMinDays, null);
    lymphodepletionMaxDays = check("lymphodepletionMaxDays", lymphodepletionMaxDays, null);
    if (lymphodepletionMinDays != null
        && lymphodepletionMaxDays != null
        && lymphodepletionMinDays > lymphodepletionMaxDays) {
      throw ClinicalMessages.error(
          "protocol.window", lymphodepletionMinDays, lymphodepletionMaxDays);
    }
    reassessmentWindowDays = check("reassessmentWindowDays", reassessmentWindowDays, null);
    landmarkDay = check("landmarkDay", landmarkDay, null);
  }

  /** A protocol that states nothing: all defaults. */
  public static Protocol defaults() {
    return new Protocol(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  /**
   * The minimum number of prior lines: the protocol's, else 2 for B-NHL (G-POP-4), 3 for MM
   * (G-POP-5), none for B-ALL (G-POP-3 defines r/r by relapse categories instead); 1 in an
   * earlier-line study (G-POP-6). {@code null} when no minimum applies.
   */
  public Integer minPriorLines(Indication indication, LineSetting setting) {
    if (minPriorLines != null) {
      return minPriorLines;
    }
    if (setting == LineSetting.EARLIER_LINE) {
      return 1;
    }
    return switch (indication) {
      case B_NHL -> 2;
      case MM -> 3;
      case B_ALL -> null;
    };
  }

  private static Boolean orTrue(Boolean value) {
    return value == null || value;
  }

  private static Integer check(String field, Integer value, Integer fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < 0) {
      throw ClinicalMessages.error("protocol.negative", field, value);
    }
    return value;
  }
}
