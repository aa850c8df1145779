package org.celltrial.app.derive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code derive response | endpoints} end to end on the documented examples in {@code
 * examples/response/}; every expected value is worked out by hand in the comments from the rules in
 * docs/clinical-rules.md. Origin 2024-01-01 (infusion) in all three examples.
 */
class DeriveCommandsTest {
  static final String EX = "../examples/response/";

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  static String[] args(String command, String disease, String... more) {
    String[] base = {
      "derive",
      command,
      "--study",
      EX + "study-" + disease + ".json",
      "--subject",
      EX + "subject-" + disease + ".json",
      "--format",
      "json"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void lymphomaResponseUsesCtThenPetAndComparesWithIrc() throws Exception {
    // 02-01 CT: SPD 4·3 + 3·2 = 18 → 2.5·2 + 1.5·1 = 6.5 (−63.9%); spleen 15 → 13.5 (fall 1.5 >
    // half the 2 cm excess); node A LDi 2.5 > 1.5 so not CR → PR.
    // 04-01 PET Deauville 3 → CMR; 07-01 Deauville 5, increased → PMD.
    JsonNode j = json(args("response", "nhl", "--landmark-day", "90"));
    assertThat(j.get("criterion").asText()).isEqualTo("Lugano 2014");
    assertThat(j.get("assessments").findValuesAsText("label")).containsExactly("PR", "CMR", "PMD");
    assertThat(j.get("assessments").get(0).get("reasons").toString()).contains("-63.89%");
    assertThat(j.get("investigator").get("best").asText()).isEqualTo("CR");
    assertThat(j.get("investigator").get("completeResponse").asBoolean()).isTrue();
    // IRC read PR, PR, PD: best PR, responder but not CR
    assertThat(j.get("irc").get("best").asText()).isEqualTo("PR");
    assertThat(j.get("irc").get("completeResponse").asBoolean()).isFalse();
    // day 90 = 2024-03-31; 04-01 is 1 day away, within ±14 → CR, responder
    assertThat(j.get("landmark").get("assessment").asText()).isEqualTo("2024-04-01");
    assertThat(j.get("landmark").get("responder").asBoolean()).isTrue();
  }

  @Test
  void lymphomaEndpoints() throws Exception {
    // PD 2024-07-01: PFS/EFS 182 d; DOR from PR 02-01: 151 d; DFS from CMR 04-01: 91 d;
    // NRM competing (2) at 182; OS censored at last contact 09-01: 244 d
    JsonNode e = json(args("endpoints", "nhl")).get("endpoints");
    assertThat(e.findValuesAsText("endpoint"))
        .containsExactly("OS", "PFS", "EFS", "DOR", "DFS", "NRM", "RELAPSE");
    assertThat(e.findValuesAsText("days"))
        .containsExactly("244", "182", "182", "151", "91", "182", "182");
    assertThat(e.findValuesAsText("status")).containsExactly("0", "1", "1", "1", "1", "2", "1");
    // +1 convention adds one day everywhere
    JsonNode plus = json(args("endpoints", "nhl", "--day-count", "PLUS_ONE")).get("endpoints");
    assertThat(plus.get(1).get("days").asInt()).isEqualTo(183);
  }

  @Test
  void myelomaConfirmationBestResponseAndSustainedMrd() throws Exception {
    // serum 3.0 → 1.4 (−53%), urine 500 → 40: PR; 0.3 (−90%) + urine 90: VGPR; IFE negative,
    // marrow 3%, ratio 1.2, no clonal PCs: sCR (×4). Confirmed = worse of this and next visit:
    // PR, VGPR, sCR, sCR, sCR, and the last sCR has no confirming visit → SD.
    JsonNode j = json(args("response", "mm"));
    assertThat(j.get("criterion").asText()).isEqualTo("IMWG 2016");
    assertThat(j.get("assessments").findValuesAsText("confirmed"))
        .containsExactly("PR", "VGPR", "sCR", "sCR", "sCR", "SD");
    assertThat(j.get("investigator").get("best").asText()).isEqualTo("sCR");
    assertThat(j.get("investigator").get("date").asText()).isEqualTo("2024-04-01");
    // MRD: flow 2e-6 and NGS 1e-6, both ≤ 1e-5 in sCR → negative; 1e-6 level only the second
    assertThat(j.get("mrd").findValuesAsText("status")).containsExactly("NEGATIVE", "NEGATIVE");
    assertThat(j.get("mrd").findValuesAsText("negativeAt1e6")).containsExactly("false", "true");
    // 2024-04-01 → 2025-04-01 is on the anniversary: sustained from the second test
    assertThat(j.get("sustainedMrdNegativeFrom").asText()).isEqualTo("2025-04-01");
  }

  @Test
  void allTransplantExcludedFromBestResponseAndCensoringChoices() throws Exception {
    // 01-29 blasts 2%, ANC 0.8, PLT 50 → CRi; 03-31 ANC 1.5, PLT 150 → CR; HSCT 04-15;
    // 09-01 blasts 8% ≥ 5% after remission → relapse, left out of BOR (after HSCT)
    JsonNode r = json(args("response", "all"));
    assertThat(r.get("assessments").findValuesAsText("label"))
        .containsExactly("CRi", "CR", "relapse");
    assertThat(r.get("investigator").get("best").asText()).isEqualTo("CR");
    // day-28 flow MRD not detected at sensitivity 1e-5 ≤ 1e-4: undetectable (strict negative)
    assertThat(r.get("mrd").findValuesAsText("status")).containsExactly("UNDETECTABLE");
    // default: HSCT censors PFS at the last adequate assessment on or before 04-15 = 03-31 (90 d)
    JsonNode e = json(args("endpoints", "all")).get("endpoints");
    assertThat(e.get(1).get("reason").asText()).isEqualTo("HSCT");
    assertThat(e.get(1).get("days").asInt()).isEqualTo(90);
    // DFS from the first CR/CRi (01-29), censored at HSCT: 03-31 − 01-29 = 62 d
    assertThat(e.get(4).get("days").asInt()).isEqualTo(62);
    // EFS: HSCT is an event (G-EP-8 default) on 04-15: 105 d
    assertThat(e.get(2).get("days").asInt()).isEqualTo(105);
    // HSCT ignored (ELIANA's second analysis): relapse 09-01 − 01-29 = 2 + 29 + 31 + 30 + 31 +
    // 30 + 31 + 31 + 1 = 216 d
    JsonNode ign = json(args("endpoints", "all", "--hsct", "IGNORE")).get("endpoints");
    assertThat(ign.get(4).get("days").asInt()).isEqualTo(216);
    assertThat(ign.get(4).get("status").asInt()).isEqualTo(1);
  }

  @Test
  void textOutputIsBilingual() {
    CliRun run =
        CliRun.of(
            "derive",
            "response",
            "--study",
            EX + "study-nhl.json",
            "--subject",
            EX + "subject-nhl.json",
            "--lang",
            "zh");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("最佳总体疗效").contains("独立评审委员会").contains("CMR（Lugano 2014）");
  }

  @Test
  void badInputNamesTheJsonPath(@TempDir Path dir) throws Exception {
    Path subject = dir.resolve("s.json");
    Files.writeString(
        subject,
        "{\"id\":\"X\",\"origin\":\"2024-01-01\",\"lugano\":{\"assessments\":"
            + "[{\"date\":\"2024-02-01\",\"pet\":{\"score\":\"7\"}}]}}");
    CliRun run =
        CliRun.of(
            "derive",
            "response",
            "--study",
            EX + "study-nhl.json",
            "--subject",
            subject.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("deauville").contains("7");
    Files.writeString(subject, "{\"id\":\"X\",\"lugano\":{\"assessments\":[]}}");
    CliRun noOrigin =
        CliRun.of(
            "derive",
            "endpoints",
            "--study",
            EX + "study-nhl.json",
            "--subject",
            subject.toString());
    assertThat(noOrigin.code()).isNotZero();
    assertThat(noOrigin.err()).contains("origin");
  }

  /**
   * Three B-NHL subjects. Investigator BOR: CR (NHL-001), PR (NHL-002: PMR then NMR), SD (NHL-003:
   * NMR then PMD). IRC BOR: PR, PR, PD. Agreement 1/3; margins investigator CR 1, PR 1, SD 1, IRC
   * PR 2, PD 1, so chance agreement p_e = (1·2)/9 = 2/9 and kappa = (1/3 − 2/9)/(1 − 2/9) = 1/7.
   */
  @Test
  void concordanceOverThreeSubjects() throws Exception {
    JsonNode j =
        json(
            "derive",
            "concordance",
            "--study",
            EX + "study-nhl.json",
            "--subject",
            EX + "subject-nhl.json",
            "--subject",
            EX + "subject-nhl-2.json",
            "--subject",
            EX + "subject-nhl-3.json",
            "--format",
            "json");
    org.celltrial.common.testing.Reference.assertClose(
        "p_o", j.get("agreement").asDouble(), 1.0 / 3);
    org.celltrial.common.testing.Reference.assertClose(
        "p_e", j.get("chanceAgreement").asDouble(), 2.0 / 9);
    org.celltrial.common.testing.Reference.assertClose("kappa", j.get("kappa").asDouble(), 1.0 / 7);
    assertThat(j.get("discordant").findValuesAsText("subject"))
        .containsExactly("NHL-001", "NHL-003");
  }

  @Test
  void protocolChoicesChangeTheResponse() throws Exception {
    // a charter counting only Deauville 1–2 as CMR: the 04-01 read (Deauville 3, uptake not
    // compared) becomes NMR, so the best response is the CT-based PR of 02-01
    JsonNode strict = json(args("response", "nhl", "--cmr-max-score", "2"));
    assertThat(strict.get("assessments").findValuesAsText("label"))
        .containsExactly("PR", "NMR", "PMD");
    assertThat(strict.get("investigator").get("best").asText()).isEqualTo("PR");
    // B-ALL relapse at 25% blasts: the 8% marrow of 09-01 is no longer relapse (NR)
    JsonNode bbmt = json(args("response", "all", "--relapse-marrow-percent", "25"));
    assertThat(bbmt.get("assessments").findValuesAsText("label"))
        .containsExactly("CRi", "CR", "NR");
    // keeping assessments after HSCT: the relapse is seen, the best response is still CR
    JsonNode keep = json(args("response", "all", "--include-after-new-therapy"));
    assertThat(keep.get("investigator").get("reasons").toString()).doesNotContain("HSCT on");
    CliRun bad = CliRun.of(args("response", "nhl", "--cmr-max-score", "7"));
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("7");
  }
}
