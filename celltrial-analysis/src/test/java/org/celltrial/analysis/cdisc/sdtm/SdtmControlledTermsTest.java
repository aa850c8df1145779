package org.celltrial.analysis.cdisc.sdtm;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.celltrial.clinical.grading.tls.TlsAnalyte;
import org.celltrial.clinical.journey.DoseUnit;
import org.junit.jupiter.api.Test;

/**
 * Every term the SDTM writer emits in a controlled variable is recorded in the committed CT excerpt
 * {@code sdtm-ct-excerpt.csv} (docs/cdisc-ct.md): a CDISC submission value with its C-code ({@code
 * ?} where the code was not verified), or a sponsor term (no C-code) in a codelist the excerpt
 * marks extensible, or in a variable without a CDISC codelist ({@code NONE-<variable>}). A new or
 * changed term fails here until it is looked up and recorded; a sponsor term in a non-extensible
 * codelist cannot be recorded.
 */
class SdtmControlledTermsTest {
  /**
   * One excerpt row; {@code code} is blank for a sponsor-defined term and {@code ?} for a CT term
   * whose C-code was not verified; {@code evidence} is CT-FILE, SECONDARY or UNVERIFIED.
   */
  record Term(
      String codelist,
      String name,
      boolean extensible,
      String value,
      String code,
      String evidence,
      String source) {}

  static final List<Term> EXCERPT = load();

  /** The codelist of each variable checked on every record ({@code DOMAIN.VAR}). */
  static final Map<String, String> CODELIST =
      Map.ofEntries(
          entry("DM.SEX", "C66731"),
          entry("DM.AGEU", "C66781"),
          entry("DM.DTHFL", "C66742"),
          entry("DS.DSCAT", "C74558"),
          entry("TS.TSPARMCD", "C66738"),
          entry("EX.EXCAT", "NONE-EXCAT"),
          entry("EX.EXDOSU", "C71620"),
          entry("CM.CMCAT", "NONE-CMCAT"),
          entry("PR.PRCAT", "NONE-PRCAT"),
          entry("AE.AECAT", "NONE-AECAT"),
          entry("AE.AEOUT", "C66768"),
          entry("AE.AEREL", "NONE-AEREL"),
          entry("AE.AESLIFE", "C66742"),
          entry("AE.AESDTH", "C66742"),
          entry("FA.FATESTCD", "C101832"),
          entry("FA.FAOBJ", "NONE-FAOBJ"),
          entry("LB.LBTESTCD", "C65047"),
          entry("LB.LBTEST", "C67154"),
          entry("LB.LBCAT", "NONE-LBCAT"),
          entry("LB.LBBLFL", "C66742"),
          entry("VS.VSTESTCD", "C66741"),
          entry("VS.VSTEST", "C67153"),
          entry("VS.VSORRESU", "C66770"),
          entry("PC.PCTESTCD", "NONE-PCTESTCD"),
          entry("PC.PCTEST", "NONE-PCTEST"),
          entry("PC.PCORRESU", "C71620"),
          entry("RS.RSTESTCD", "C96782"),
          entry("RS.RSTEST", "C96781"),
          entry("RS.RSCAT", "NONE-RSCAT"),
          entry("RS.RSEVAL", "C78735"));

  /** DSDECOD's codelist by DSCAT (SDTMIG v3.4 DS). */
  static final Map<String, String> DSDECOD =
      Map.of(Terms.DS_MILESTONE, "C114118", Terms.DS_EVENT, "C66727", Terms.DS_OTHER, "C150811");

  /** TSVAL's codelist by TSPARMCD, where TSVAL is controlled. */
  static final Map<String, String> TSVAL =
      Map.of("TPHASE", "C66737", "RANDOM", "C66742", "CTADSAFE", "C66742", "CTRRBR", "C66742");

  /** Test-code codelist → test-name codelist, whose terms share the C-code. */
  static final Map<String, String[]> PAIRS =
      Map.of(
          "TS", new String[] {"TSPARMCD", "C66738", "TSPARM", "C67152"},
          "LB", new String[] {"LBTESTCD", "C65047", "LBTEST", "C67154"},
          "VS", new String[] {"VSTESTCD", "C66741", "VSTEST", "C67153"},
          "RS", new String[] {"RSTESTCD", "C96782", "RSTEST", "C96781"});

  @Test
  void everyTermTheWriterEmitsIsRecordedInTheExcerpt() {
    assertThat(offCt(written())).isEmpty();
  }

  @Test
  void everyTestCodeAndPhaseTheWriterKnowsIsRecordedEvenWhenTheFixtureDoesNotUseIt() {
    Map<String, String> codelist = Map.of("LB", "C65047", "VS", "C66741", "FA", "C101832");
    codelist.forEach(
        (domain, cl) ->
            assertThat(Terms.TESTS.get(domain).keySet())
                .allSatisfy(
                    code -> assertThat(find(cl, code)).as(domain + " " + code).isNotNull()));
    assertThat(Terms.TESTS.get("RS").keySet())
        .allSatisfy(c -> assertThat(find("C96782", c)).isNotNull());
    assertThat(Terms.PHASE.values()).allSatisfy(p -> assertThat(find("C66737", p)).isNotNull());
    assertThat(LabsSdtm.CODES.values()).allSatisfy(c -> assertThat(find("C65047", c)).isNotNull());
    assertThat(DoseUnit.values())
        .allSatisfy(u -> assertThat(find("C71620", JourneyWriter.unit(u))).isNotNull());
    assertThat(TlsAnalyte.values())
        .allSatisfy(a -> assertThat(find("C71620", a.unit())).isNotNull());
    assertThat(find("C71620", Terms.COPIES_PER_UG)).isNotNull();
  }

  @Test
  void theExcerptHasNoSponsorTermInANonExtensibleCodelistAndOneFlagPerCodelist() {
    Map<String, Boolean> flag = new HashMap<>();
    for (Term t : EXCERPT) {
      assertThat(flag.computeIfAbsent(t.codelist(), k -> t.extensible()))
          .as("one extensible flag for " + t.codelist())
          .isEqualTo(t.extensible());
      assertThat(t.code().isEmpty() ? t.extensible() : t.code().matches("C\\d+|\\?"))
          .as(t.codelist() + " " + t.value())
          .isTrue();
      assertThat(t.evidence()).isIn("CT-FILE", "SECONDARY", "UNVERIFIED");
      assertThat(t.source()).isNotBlank();
    }
  }

  @Test
  void anOffCtTermOrAnOldSpellingIsReported() {
    // AEOUT (OUT, non-extensible) "RESOLVED" instead of RECOVERED/RESOLVED; the pre-CT DSDECOD
    // ENROLLED (PROTMLST has ENTERED INTO TRIAL) and EXDOSU CELLS/kg; TSPARM not the CT name of
    // TSPARMCD TPHASE.
    List<SdtmTable> t = written();
    t = replace(t, "AE", "AEOUT", Terms.RECOVERED, "RESOLVED");
    t = replace(t, "DS", "DSDECOD", Terms.DS_ENROLLED, Terms.DS_ENROLLED_BEFORE_CT);
    t = replace(t, "EX", "EXDOSU", Terms.CELLS_PER_KG, Terms.CELLS_PER_KG_BEFORE_CT);
    t = replace(t, "TS", "TSPARM", "Trial Phase Classification", "Trial Phase");
    assertThat(offCt(t))
        .contains(
            "AE.AEOUT RESOLVED: not in C66768",
            "DS.DSDECOD ENROLLED: not in C114118",
            "EX.EXDOSU CELLS/kg: not in C71620",
            "TS.TSPARM Trial Phase: not the C67152 name of TPHASE (Trial Phase Classification)");
  }

  /** The problems: each a controlled value not in the excerpt's codelist for it. */
  static List<String> offCt(List<SdtmTable> tables) {
    List<String> out = new ArrayList<>();
    for (SdtmTable t : tables) {
      for (List<String> row : t.rows()) {
        for (int i = 0; i < t.columns().size(); i++) {
          String var = t.columns().get(i);
          String value = row.get(i);
          String cl = codelist(t, row, var);
          if (cl != null && value != null && !value.isBlank() && find(cl, value) == null) {
            out.add(t.domain() + "." + var + " " + value + ": not in " + cl);
          }
        }
        pair(t, row, out);
      }
    }
    return out;
  }

  private static String codelist(SdtmTable t, List<String> row, String var) {
    String key = t.domain() + "." + var;
    return switch (key) {
      case "DS.DSDECOD" -> DSDECOD.get(value(t, row, "DSCAT"));
      case "TS.TSVAL" -> TSVAL.get(value(t, row, "TSPARMCD"));
      case "LB.LBORRESU" -> LabsSdtm.CAT_TLS.equals(value(t, row, "LBCAT")) ? "C71620" : null;
      case "FA.FAORRES", "FA.FASTRESC" ->
          Set.of(Terms.OCCUR, "CHILD").contains(value(t, row, "FATESTCD")) ? "C66742" : null;
      case "DM.ARMCD", "DM.ACTARMCD" ->
          SdtmFixture.study().doseLevels().contains(value(t, row, var)) ? null : "NONE-ARMCD";
      default -> CODELIST.get(key);
    };
  }

  /** A CT test code's name must be the name codelist's term of the same C-code. */
  private static void pair(SdtmTable t, List<String> row, List<String> out) {
    String[] p = PAIRS.get(t.domain());
    if (p == null) {
      return;
    }
    Term code = find(p[1], value(t, row, p[0]));
    if (code == null || !code.code().matches("C\\d+")) {
      return;
    }
    Term name =
        EXCERPT.stream()
            .filter(x -> x.codelist().equals(p[3]) && x.code().equals(code.code()))
            .findFirst()
            .orElse(null);
    String actual = value(t, row, p[2]);
    if (name == null || !name.value().equals(actual)) {
      out.add(
          t.domain()
              + "."
              + p[2]
              + " "
              + actual
              + ": not the "
              + p[3]
              + " name of "
              + code.value()
              + " ("
              + (name == null ? "none recorded" : name.value())
              + ")");
    }
  }

  private static String value(SdtmTable t, List<String> row, String var) {
    int i = t.columns().indexOf(var);
    return i < 0 ? null : row.get(i);
  }

  static Term find(String codelist, String value) {
    return EXCERPT.stream()
        .filter(t -> t.codelist().equals(codelist) && t.value().equals(value))
        .findFirst()
        .orElse(null);
  }

  static List<SdtmTable> written() {
    return SdtmFixture.tables(SdtmWriter.write(SdtmFixture.pkg()));
  }

  /** The tables with {@code from} replaced by {@code to} in one variable of one domain. */
  static List<SdtmTable> replace(
      List<SdtmTable> tables, String domain, String var, String from, String to) {
    UnaryOperator<String> f = v -> from.equals(v) ? to : v;
    List<SdtmTable> out = new ArrayList<>();
    for (SdtmTable t : tables) {
      int c = t.columns().indexOf(var);
      if (!t.domain().equals(domain) || c < 0) {
        out.add(t);
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      for (List<String> r : t.rows()) {
        List<String> x = new ArrayList<>(r);
        x.set(c, f.apply(x.get(c)));
        rows.add(x);
      }
      out.add(new SdtmTable(t.file(), t.domain(), t.columns(), rows));
    }
    return out;
  }

  private static List<Term> load() {
    try (InputStream in =
        SdtmControlledTermsTest.class.getResourceAsStream("sdtm-ct-excerpt.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Term> out = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(",", -1);
        out.add(new Term(f[0], f[1], f[2].equals("Y"), f[3], f[4], f[5], f[6]));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
