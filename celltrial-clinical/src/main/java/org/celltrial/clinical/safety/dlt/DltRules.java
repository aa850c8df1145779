package org.celltrial.clinical.safety.dlt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The catalogue of usual CAR-T DLT definitions a protocol can pick by identifier (as in phase 1
 * CAR-T protocols, e.g. ZUMA-1 phase 1, Locke et al. Mol Ther 2017;25:285-295; each must be pinned
 * to the trial's protocol):
 *
 * <ul>
 *   <li>{@code CRS-G4}: grade 4 CRS (ASTCT 2019);
 *   <li>{@code ICANS-G3-72H}: grade ≥ 3 ICANS lasting more than 72 hours;
 *   <li>{@code NONHEME-G3-72H}: grade ≥ 3 non-hematologic toxicity lasting more than 72 hours;
 *   <li>{@code NEUTROPENIA-G4-D28}: grade 4 neutropenia still present after day 28;
 *   <li>{@code THROMBOCYTOPENIA-G4-D28}: grade 4 thrombocytopenia still present after day 28;
 *   <li>{@code G5}: death from any toxicity (grade 5).
 * </ul>
 */
public final class DltRules {
  private static final Map<String, DltRule> CATALOGUE = new LinkedHashMap<>();

  static {
    add(new DltRule("CRS-G4", Set.of(ToxicityKind.CRS), 4, null, null));
    add(new DltRule("ICANS-G3-72H", Set.of(ToxicityKind.ICANS), 3, 72, null));
    add(new DltRule("NONHEME-G3-72H", Set.of(ToxicityKind.NON_HEMATOLOGIC), 3, 72, null));
    add(new DltRule("NEUTROPENIA-G4-D28", Set.of(ToxicityKind.NEUTROPENIA), 4, null, 28));
    add(new DltRule("THROMBOCYTOPENIA-G4-D28", Set.of(ToxicityKind.THROMBOCYTOPENIA), 4, null, 28));
    add(new DltRule("G5", EnumSet.allOf(ToxicityKind.class), 5, null, null));
  }

  private DltRules() {}

  private static void add(DltRule r) {
    CATALOGUE.put(r.id(), r);
  }

  /** The catalogue's rule of this identifier, or {@code null}. */
  public static DltRule catalogued(String id) {
    return CATALOGUE.get(id);
  }

  /** The identifiers of the catalogue, in order. */
  public static List<String> ids() {
    return List.copyOf(CATALOGUE.keySet());
  }

  /**
   * The catalogue rules named, then the protocol's own rules.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for an unknown identifier, or an own rule
   *     reusing an identifier
   */
  public static List<DltRule> resolve(List<String> ids, List<DltRule> own) {
    List<DltRule> out = new ArrayList<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      DltRule r = CATALOGUE.get(id);
      if (r == null) {
        throw ClinicalMessages.error("dlt.rule.unknown", id, String.join(", ", ids()));
      }
      out.add(r);
    }
    out.addAll(own == null ? List.of() : own);
    for (int i = 0; i < out.size(); i++) {
      for (int j = i + 1; j < out.size(); j++) {
        if (out.get(i).id().equals(out.get(j).id())) {
          throw ClinicalMessages.error("dlt.rule.duplicate", out.get(i).id());
        }
      }
    }
    if (out.isEmpty()) {
      throw ClinicalMessages.error("dlt.rule.none", String.join(", ", ids()));
    }
    return out;
  }
}
