package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The checked SDTM records, indexed by domain and subject, with the supplemental qualifiers; parses
 * codes and builds model objects, turning every failure into a located problem.
 */
final class Source {
  final Located problems;
  private final Map<String, List<Rec>> domains;
  private final Map<String, Map<String, List<Rec>>> bySubject = new HashMap<>();

  Source(Map<String, List<Rec>> domains, Located problems) {
    this.domains = domains;
    this.problems = problems;
  }

  /** Whether the domain was supplied (a file, possibly without records). */
  boolean supplied(String domain) {
    return domains.containsKey(domain);
  }

  /** All records of a domain (empty when the domain was not supplied). */
  List<Rec> all(String domain) {
    return domains.getOrDefault(domain, List.of());
  }

  /** The subject's records of a domain, in file order. */
  List<Rec> of(String domain, String usubjid) {
    return bySubject.computeIfAbsent(domain, d -> index(all(d))).getOrDefault(usubjid, List.of());
  }

  private static Map<String, List<Rec>> index(List<Rec> recs) {
    Map<String, List<Rec>> out = new HashMap<>();
    for (Rec r : recs) {
      out.computeIfAbsent(r.text("USUBJID"), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The supplemental qualifier record of a parent record, or {@code null}. */
  Rec qualifier(String parent, String usubjid, String idvar, String idvarval, String qnam) {
    for (Rec q : of("SUPP" + parent, usubjid)) {
      if (qnam.equals(q.text("QNAM"))
          && Objects.equals(idvar, q.text("IDVAR"))
          && Objects.equals(idvarval, q.text("IDVARVAL"))) {
        return q;
      }
    }
    return null;
  }

  /** The value of a supplemental qualifier, or {@code null}. */
  String qval(String parent, String usubjid, String idvar, String idvarval, String qnam) {
    Rec q = qualifier(parent, usubjid, idvar, idvarval, qnam);
    return q == null ? null : q.text("QVAL");
  }

  /** A code of an enum: its constant name, case and {@code -} tolerated; a problem otherwise. */
  <E extends Enum<E>> E code(Class<E> type, Rec r, String variable, String value) {
    if (value == null) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    problems.at(
        r,
        variable,
        "sdtm.rule.code",
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return null;
  }

  /** A code of a supplemental qualifier's value. */
  <E extends Enum<E>> E qcode(
      Class<E> type, String parent, String usubjid, String idvar, String idvarval, String qnam) {
    Rec q = qualifier(parent, usubjid, idvar, idvarval, qnam);
    return q == null ? null : code(type, q, "QVAL", q.text("QVAL"));
  }

  /** Y / N as a Boolean; a problem otherwise. */
  Boolean yn(Rec r, String variable, String value) {
    if (value == null) {
      return null;
    }
    if (value.equals("Y") || value.equals("N")) {
      return value.equals("Y");
    }
    problems.at(r, variable, "sdtm.rule.yn");
    return null;
  }

  /** Builds a model object; a rule it breaks becomes a problem of the record. */
  <T> T build(Rec r, String variable, Supplier<T> make) {
    try {
      return make.get();
    } catch (CelltrialException e) {
      problems.at(r, variable, "sdtm.rule.model", e.detail());
      return null;
    }
  }
}
