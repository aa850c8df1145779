package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.study.Design;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Phase;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.ProductType;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.study.Subtype;

/** The study file from TS (docs/cdisc.md, "SDTM", TS). */
final class StudyReader {
  private StudyReader() {}

  static Study read(Source src) {
    List<Rec> ts = src.all("TS");
    Rec first = ts.isEmpty() ? null : ts.get(0);
    if (first == null) {
      src.problems.file("TS", "TSPARMCD", "sdtm.rule.noParameter", "INDIC");
      return null;
    }
    Rec indic = one(ts, "INDIC");
    Rec popul = one(ts, "CTPOPUL");
    if (indic == null) {
      src.problems.file(first.file(), "TSPARMCD", "sdtm.rule.noParameter", "INDIC");
    }
    if (popul == null) {
      src.problems.file(first.file(), "TSPARMCD", "sdtm.rule.noParameter", "CTPOPUL");
    }
    Indication indication = val(src, Indication.class, indic);
    Population population = val(src, Population.class, popul);
    Rec phase = one(ts, "TPHASE");
    Phase ph = null;
    if (phase != null) {
      ph =
          Terms.PHASE.entrySet().stream()
              .filter(e -> e.getValue().equals(phase.text("TSVAL")))
              .map(e -> Phase.valueOf(e.getKey()))
              .findFirst()
              .orElse(null);
      if (ph == null) {
        src.problems.at(phase, "TSVAL", "sdtm.rule.code", String.join(", ", Terms.PHASE.values()));
      }
    }
    Rec random = one(ts, "RANDOM");
    Boolean randomized = random == null ? null : src.yn(random, "TSVAL", random.text("TSVAL"));
    Set<Antigen> targets = new HashSet<>();
    for (Rec r : all(ts, "CTTARGET")) {
      Antigen a = src.code(Antigen.class, r, "TSVAL", r.text("TSVAL"));
      if (a != null) {
        targets.add(a);
      }
    }
    List<String> doses = new ArrayList<>();
    all(ts, "CTDOSLV").forEach(r -> doses.add(r.text("TSVAL")));
    Double p0 = null;
    Rec target = one(ts, "CTP0");
    if (target != null) {
      try {
        p0 = Double.valueOf(target.text("TSVAL"));
      } catch (NumberFormatException e) {
        src.problems.at(target, "TSVAL", "sdtm.rule.num");
      }
    }
    if (indication == null || population == null) {
      return null;
    }
    Double targetValue = p0;
    Phase studyPhase = ph;
    Protocol protocol = ProtocolTs.protocol(src, ts);
    DltProtocol dlt = ProtocolTs.dlt(src, ts);
    return src.build(
        first,
        "TSVAL",
        () ->
            new Study(
                first.text("STUDYID"),
                text(one(ts, "TITLE")),
                indication,
                val(src, Subtype.class, one(ts, "TDIGRP")),
                val(src, ProductType.class, one(ts, "CTPRODTY")),
                targets,
                studyPhase,
                randomized == null ? null : randomized ? Design.RANDOMIZED : Design.SINGLE_ARM,
                population,
                val(src, LineSetting.class, one(ts, "CTLINE")),
                yn(src, one(ts, "CTADSAFE")),
                text(one(ts, "CTPEDJUS")),
                yn(src, one(ts, "CTRRBR")),
                protocol,
                doses,
                targetValue,
                dlt));
  }

  private static List<Rec> all(List<Rec> ts, String code) {
    return ts.stream()
        .filter(r -> code.equals(r.text("TSPARMCD")))
        .sorted(Comparator.comparing((Rec r) -> r.integer("TSSEQ")))
        .toList();
  }

  private static Rec one(List<Rec> ts, String code) {
    List<Rec> found = all(ts, code);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Rec r) {
    return r == null ? null : r.text("TSVAL");
  }

  private static Boolean yn(Source src, Rec r) {
    return r == null ? null : src.yn(r, "TSVAL", r.text("TSVAL"));
  }

  private static <E extends Enum<E>> E val(Source src, Class<E> type, Rec r) {
    return r == null ? null : src.code(type, r, "TSVAL", r.text("TSVAL"));
  }
}
