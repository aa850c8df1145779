package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structural checks every SDTM input passes before anything is built from it: the required
 * domains are there, each once; each domain has its required variables; every record has its
 * required values, ISO 8601 complete dates, numbers where numbers belong, the right {@code DOMAIN}
 * and {@code STUDYID}, a {@code USUBJID} that DM holds, test codes that go with their test names,
 * and no two records share a key.
 */
final class SdtmChecks {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private SdtmChecks() {}

  /** The records of each domain celltrial reads, by domain name; problems go to {@code p}. */
  static Map<String, List<Rec>> check(List<SdtmTable> tables, Located p) {
    Map<String, SdtmTable> byDomain = new LinkedHashMap<>();
    for (SdtmTable t : tables) {
      SdtmTable before = byDomain.putIfAbsent(t.domain(), t);
      if (before != null) {
        p.table(t.file(), "sdtm.rule.twice", t.domain(), before.file());
      }
    }
    for (String required : List.of("TS", "DM")) {
      if (!byDomain.containsKey(required)) {
        p.table(required, "sdtm.rule.noDomain", required);
      }
    }
    Map<String, List<Rec>> out = new LinkedHashMap<>();
    for (SdtmTable t : byDomain.values()) {
      Domain d = Domain.ALL.get(t.domain());
      if (d != null && columns(t, d, p) && sizes(t, p)) {
        out.put(d.name(), records(t));
      }
    }
    String studyId = studyId(out.getOrDefault("TS", List.of()));
    Set<String> subjects = new HashSet<>();
    for (Rec r : out.getOrDefault("DM", List.of())) {
      if (r.text("USUBJID") != null) {
        subjects.add(r.text("USUBJID"));
      }
    }
    for (Map.Entry<String, List<Rec>> e : out.entrySet()) {
      Domain d = Domain.ALL.get(e.getKey());
      Map<List<String>, Integer> keys = new HashMap<>();
      for (Rec r : e.getValue()) {
        values(r, d, studyId, p);
        if (!d.name().equals("DM") && !d.name().equals("TS")) {
          String u = r.text("USUBJID");
          if (u != null && !subjects.contains(u)) {
            p.at(r, "USUBJID", "sdtm.rule.unknownSubject");
          }
        }
        tests(r, d, p);
        List<String> key = new ArrayList<>();
        d.key().forEach(k -> key.add(r.text(k)));
        Integer first = keys.putIfAbsent(key, r.row());
        if (first != null) {
          p.at(r, d.key().get(d.key().size() - 1), "sdtm.rule.duplicateKey", d.key(), first);
        }
      }
    }
    return out;
  }

  private static boolean columns(SdtmTable t, Domain d, Located p) {
    boolean ok = true;
    for (Domain.Var v : d.vars()) {
      if (v.required() && !t.columns().contains(v.name())) {
        p.file(t.file(), v.name(), "sdtm.rule.noVariable", d.name());
        ok = false;
      }
    }
    return ok;
  }

  /** Every row has one value per column (a CSV line with a missing or extra comma does not). */
  private static boolean sizes(SdtmTable t, Located p) {
    boolean ok = true;
    for (int i = 0; i < t.rows().size(); i++) {
      int n = t.rows().get(i).size();
      if (n != t.columns().size()) {
        p.table(t.file(), "sdtm.rule.rowSize", i + 1, n, t.columns().size());
        ok = false;
      }
    }
    return ok;
  }

  private static List<Rec> records(SdtmTable t) {
    List<Rec> out = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> row = t.rows().get(i);
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < t.columns().size() && c < row.size(); c++) {
        String v = row.get(c);
        if (v != null && !v.isBlank()) {
          values.put(t.columns().get(c), v.strip());
        }
      }
      out.add(new Rec(t.file(), i + 1, values));
    }
    return out;
  }

  private static String studyId(List<Rec> ts) {
    return ts.stream().map(r -> r.text("STUDYID")).filter(s -> s != null).findFirst().orElse(null);
  }

  private static void values(Rec r, Domain d, String studyId, Located p) {
    for (Domain.Var v : d.vars()) {
      String value = r.text(v.name());
      if (value == null) {
        if (v.required()) {
          p.at(r, v.name(), "sdtm.rule.required");
        }
        continue;
      }
      boolean ok =
          switch (v.kind()) {
            case DTC -> Rec.isDtc(value);
            case INT -> INTEGER.matcher(value).matches();
            case NUM -> NUMBER.matcher(value).matches();
            case TEXT -> true;
          };
      if (!ok) {
        p.at(r, v.name(), "sdtm.rule." + v.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    String domain = d.name().startsWith("SUPP") ? "RDOMAIN" : "DOMAIN";
    String expected = d.name().startsWith("SUPP") ? d.name().substring(4) : d.name();
    if (r.text(domain) != null && !r.text(domain).equals(expected)) {
      p.at(r, domain, "sdtm.rule.domain", expected);
    }
    if (studyId != null && r.text("STUDYID") != null && !studyId.equals(r.text("STUDYID"))) {
      p.at(r, "STUDYID", "sdtm.rule.studyId", studyId);
    }
  }

  private static void tests(Rec r, Domain d, Located p) {
    Map<String, String> known = Terms.TESTS.get(d.name());
    if (known == null) {
      return;
    }
    String code = r.text(d.name() + "TESTCD");
    String name = r.text(d.name() + "TEST");
    if (code == null) {
      return;
    }
    String expected =
        known.getOrDefault(code, Terms.TESTS_BEFORE_CT.getOrDefault(d.name(), Map.of()).get(code));
    if (expected == null) {
      p.at(
          r,
          d.name() + "TESTCD",
          "sdtm.rule.testCode",
          String.join(", ", known.keySet().stream().sorted().toList()));
    } else if (name != null && !expected.equalsIgnoreCase(name)) {
      p.at(r, d.name() + "TEST", "sdtm.rule.testName", d.name() + "TESTCD", code, expected);
    }
  }
}
