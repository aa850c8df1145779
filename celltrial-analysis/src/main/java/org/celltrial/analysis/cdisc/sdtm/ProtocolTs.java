package org.celltrial.analysis.cdisc.sdtm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltRule;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The protocol's parameters (eligibility, washout, lymphodepletion window, landmark day) and its
 * DLT definition as sponsor-defined TS parameters, one per field of {@link Protocol} ({@code
 * TSPARM} = the field's name in the study file, docs/data-format.md); a list is one record per
 * element ({@code TSSEQ} in order), {@code washoutDays} one record {@code CLASS=days} per class, a
 * DLT rule one record {@code id;kinds;minGrade;longerThanHours;beyondDay}.
 */
final class ProtocolTs {
  private ProtocolTs() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** TSPARMCD of each protocol field. */
  static final Map<String, String> CODES = codes();

  static final String DLT_WINDOW = "DLTWINDY";
  static final String DLT_RULE = "DLTRULE";

  private static Map<String, String> codes() {
    String[] pairs = {
      "minPriorLines:MINPRLN",
      "requireImmunochemotherapy:RQIMCHEM",
      "requireTargetedTherapy:RQTARGET",
      "targetedClasses:TARGCLS",
      "requirePi:RQPI",
      "requireImid:RQIMID",
      "requireAntiCd38:RQACD38",
      "requireTransplantIneligible:RQTRINEL",
      "minTkis:MINTKI",
      "tkiWaiverMutations:TKIWAIVE",
      "earlyRelapseMonths:ERLRELMO",
      "primaryRefractoryCycles:PRIREFCY",
      "minDaysAfterAlloHsct:MINDALLO",
      "refractoryWindowDays:REFWINDY",
      "scholarFirstLineCycles:SCH1LCYC",
      "scholarFirstLineInclusive:SCH1LINC",
      "postAsctRelapseMonths:PASCTRMO",
      "washoutDays:WASHOUT",
      "defaultWashoutDays:WASHDFLT",
      "lymphodepletionMinDays:LDMINDY",
      "lymphodepletionMaxDays:LDMAXDY",
      "reassessmentWindowDays:REASWNDY",
      "landmarkDay:LANDMKDY"
    };
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : pairs) {
      out.put(p.split(":")[0], p.split(":")[1]);
    }
    return out;
  }

  /** Writes the protocol and the DLT definition (when given) as TS records. */
  static void write(Protocol p, DltProtocol dlt, Rows ts) {
    for (RecordComponent c : Protocol.class.getRecordComponents()) {
      String code = CODES.get(c.getName());
      for (String v : values(value(c, p))) {
        ts.add(null)
            .set("TSSEQ", ts.next(code))
            .set("TSPARMCD", code)
            .set("TSPARM", c.getName())
            .set("TSVAL", v);
      }
    }
    if (dlt == null) {
      return;
    }
    param(ts, DLT_WINDOW, "dlt.windowDays", String.valueOf(dlt.windowDays()));
    for (DltRule r : dlt.rules()) {
      String kinds = r.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
      param(
          ts,
          DLT_RULE,
          "dlt.rules",
          String.join(
              ";",
              r.id(),
              kinds,
              String.valueOf(r.minGrade()),
              text(r.longerThanHours()),
              text(r.beyondDay())));
    }
  }

  private static void param(Rows ts, String code, String name, String value) {
    ts.add(null)
        .set("TSSEQ", ts.next(code))
        .set("TSPARMCD", code)
        .set("TSPARM", name)
        .set("TSVAL", value);
  }

  private static String text(Integer i) {
    return i == null ? "" : i.toString();
  }

  private static Object value(RecordComponent c, Protocol p) {
    try {
      return c.getAccessor().invoke(p);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(c.getName(), e);
    }
  }

  /** A field's values as TSVAL texts: none for null, sorted elements of a set, Y/N. */
  private static List<String> values(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof Map<?, ?> m) {
      List<String> out = new ArrayList<>();
      new TreeMap<>(
              m.entrySet().stream()
                  .collect(
                      Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())))
          .forEach((k, x) -> out.add(k + "=" + x));
      return out;
    }
    if (v instanceof Set<?> s) {
      return s.stream().map(Object::toString).sorted().toList();
    }
    if (v instanceof Collection<?> l) {
      return l.stream().map(Object::toString).toList();
    }
    if (v instanceof Boolean b) {
      return List.of(b ? "Y" : "N");
    }
    return List.of(v.toString());
  }

  /** The protocol from TS, or the defaults when TS holds none of its parameters. */
  static Protocol protocol(Source src, List<Rec> ts) {
    ObjectNode node = MAPPER.createObjectNode();
    Rec first = null;
    for (RecordComponent c : Protocol.class.getRecordComponents()) {
      List<Rec> recs = records(ts, CODES.get(c.getName()));
      if (recs.isEmpty()) {
        continue;
      }
      first = first == null ? recs.get(0) : first;
      Class<?> type = c.getType();
      if (Map.class.isAssignableFrom(type)) {
        ObjectNode map = node.putObject(c.getName());
        for (Rec r : recs) {
          String[] kv = r.text("TSVAL").split("=", 2);
          if (kv.length != 2 || !kv[1].matches("\\d{1,6}")) {
            src.problems.at(r, "TSVAL", "sdtm.rule.washout");
          } else {
            map.put(kv[0], Integer.parseInt(kv[1]));
          }
        }
      } else if (Collection.class.isAssignableFrom(type)) {
        ArrayNode list = node.putArray(c.getName());
        recs.forEach(r -> list.add(r.text("TSVAL")));
      } else if (type == Boolean.class) {
        Rec r = recs.get(0);
        Boolean b = src.yn(r, "TSVAL", r.text("TSVAL"));
        if (b != null) {
          node.put(c.getName(), b);
        }
      } else {
        Rec r = recs.get(0);
        if (r.text("TSVAL").matches("-?\\d{1,9}")) {
          node.put(c.getName(), Integer.parseInt(r.text("TSVAL")));
        } else {
          src.problems.at(r, "TSVAL", "sdtm.rule.int");
        }
      }
    }
    if (first == null) {
      return null;
    }
    Rec where = first;
    return src.build(where, "TSVAL", () -> convert(node, where, src));
  }

  private static Protocol convert(ObjectNode node, Rec where, Source src) {
    try {
      return MAPPER.treeToValue(node, Protocol.class);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof CelltrialException c) {
        throw c;
      }
      src.problems.at(where, "TSVAL", "sdtm.rule.protocol", e.getOriginalMessage());
      return null;
    }
  }

  /** The DLT definition from TS, or {@code null} when TS holds none. */
  static DltProtocol dlt(Source src, List<Rec> ts) {
    List<Rec> window = records(ts, DLT_WINDOW);
    List<Rec> rules = records(ts, DLT_RULE);
    if (window.isEmpty() && rules.isEmpty()) {
      return null;
    }
    Rec where = window.isEmpty() ? rules.get(0) : window.get(0);
    Integer days = DltProtocol.DEFAULT_WINDOW_DAYS;
    if (!window.isEmpty()) {
      String w = window.get(0).text("TSVAL");
      days = w.matches("\\d{1,4}") ? Integer.valueOf(w) : null;
      if (days == null) {
        src.problems.at(window.get(0), "TSVAL", "sdtm.rule.int");
        return null;
      }
    }
    List<DltRule> out = new ArrayList<>();
    for (Rec r : rules) {
      String[] f = (r.text("TSVAL") + ";end").split(";");
      if (f.length != 6
          || !f[2].matches("[1-5]")
          || !f[3].matches("\\d{0,6}")
          || !f[4].matches("\\d{0,6}")) {
        src.problems.at(r, "TSVAL", "sdtm.rule.dltRule");
        continue;
      }
      List<ToxicityKind> kinds = new ArrayList<>();
      for (String k : f[1].split("\\+")) {
        ToxicityKind kind = src.code(ToxicityKind.class, r, "TSVAL", k);
        if (kind != null) {
          kinds.add(kind);
        }
      }
      DltRule rule =
          src.build(
              r,
              "TSVAL",
              () ->
                  new DltRule(
                      f[0],
                      Set.copyOf(kinds),
                      Integer.parseInt(f[2]),
                      f[3].isEmpty() ? null : Integer.valueOf(f[3]),
                      f[4].isEmpty() ? null : Integer.valueOf(f[4])));
      if (rule != null) {
        out.add(rule);
      }
    }
    int windowDays = days;
    return src.build(where, "TSVAL", () -> new DltProtocol(windowDays, out));
  }

  private static List<Rec> records(List<Rec> ts, String code) {
    return ts.stream()
        .filter(r -> code.equals(r.text("TSPARMCD")))
        .sorted(Comparator.comparing((Rec r) -> r.integer("TSSEQ")))
        .toList();
  }
}
