package org.celltrial.clinical.safety.dlt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The DLT part of a protocol ({@code Study.dlt}).
 *
 * @param windowDays the DLT window: events with onset from day 0 (infusion) to this day, inclusive
 * @param rules the DLT definitions
 */
public record DltProtocol(int windowDays, List<DltRule> rules) {
  /** The usual window of 28 days from infusion. */
  public static final int DEFAULT_WINDOW_DAYS = 28;

  /** Checks the window and copies the rules. */
  public DltProtocol {
    if (windowDays < 1) {
      throw ClinicalMessages.error("dlt.window", windowDays);
    }
    if (rules == null || rules.isEmpty()) {
      throw ClinicalMessages.error("dlt.rule.none", String.join(", ", DltRules.ids()));
    }
    rules = List.copyOf(rules);
  }

  /**
   * The protocol as written in a study file: {@code {"windowDays": 28, "rules": ["CRS-G4", …],
   * "customRules": [{…}]}}, the catalogue rules named by identifier, then the protocol's own.
   *
   * @param windowDays the window, {@code null} for {@link #DEFAULT_WINDOW_DAYS}
   * @param rules identifiers from {@link DltRules}
   * @param customRules the protocol's own rules
   */
  @JsonCreator
  public static DltProtocol of(
      @JsonProperty("windowDays") Integer windowDays,
      @JsonProperty("rules") List<String> rules,
      @JsonProperty("customRules") List<DltRule> customRules) {
    return new DltProtocol(
        windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays,
        DltRules.resolve(rules, customRules));
  }

  /**
   * The JSON form, the same one {@link #of} reads: catalogue rules by identifier, the protocol's
   * own rules in full, so that a written study reads back equal.
   */
  @JsonValue
  public Map<String, Object> json() {
    List<String> ids = new ArrayList<>();
    List<DltRule> own = new ArrayList<>();
    for (DltRule r : rules) {
      if (r.equals(DltRules.catalogued(r.id()))) {
        ids.add(r.id());
      } else {
        own.add(r);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("windowDays", windowDays);
    out.put("rules", ids);
    out.put("customRules", own);
    return out;
  }
}
