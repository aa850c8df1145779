package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check malignancy} on examples/dose-escalation and on hand-built subjects. The schedule is
 * every 6 months to month 60, then yearly, ± 30 days around each due date (infusion + months);
 * every status below is worked out by hand from that rule.
 */
class MalignancyCommandTest {
  static final String STUDY = DltCommandTest.STUDY;
  static final String SUBJECTS = DltCommandTest.SUBJECTS;

  static CliRun malignancy(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "malignancy"));
    all.addAll(Arrays.asList(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  static JsonNode json(CliRun run) throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /**
   * At 2025-10-15:
   *
   * <ul>
   *   <li>101-001, infused 2024-05-01: month 6 due 2024-11-01 (window 10-02 to 12-01), visit
   *       2024-10-28: done; month 12 due 2025-05-01 (04-01 to 05-31), visit 05-20: done; month 18
   *       due 2025-11-01, window 2025-10-02 to 12-01 holds the cut-off: due; next month 24,
   *       2026-05-01. PTCL-NOS (T-cell), transgene pending: flagged, day 502.
   *   <li>101-002, infused 2024-06-03: month 6 due 2024-12-03, visit 12-05: done; month 12 due
   *       2025-06-03, window closed 07-03 without a visit: overdue; month 18 (2025-12-03) opens
   *       11-03: next.
   *   <li>102-001, infused 2024-07-01: month 6 due 2025-01-01, no visit by 01-31: overdue; month 12
   *       due 2025-07-01, visit 07-03: done. MDS: not T-cell, not flagged, day 354.
   *   <li>102-002 died 2024-08-02, before the month-6 window opens (2024-12-16): no visit planned.
   * </ul>
   */
  @Test
  void exampleRegisterAndScheduleAtACutoff() throws Exception {
    JsonNode j =
        json(
            malignancy(
                "--study",
                STUDY,
                "--subject",
                SUBJECTS,
                "--as-of",
                "2025-10-15",
                "--format",
                "json"));
    assertThat(j.get("asOf").asText()).isEqualTo("2025-10-15");
    assertThat(j.get("asOfFromData").asBoolean()).isFalse();
    assertThat(j.get("plan").get("totalMonths").asInt()).isEqualTo(180);
    assertThat(j.get("plan").get("windowDays").asInt()).isEqualTo(30);
    assertThat(j.get("flagged").asInt()).isEqualTo(1);
    JsonNode ptcl = j.get("malignancies").get(0);
    assertThat(ptcl.get("subject").asText()).isEqualTo("101-001");
    assertThat(ptcl.get("productLinkFlag").asBoolean()).isTrue();
    assertThat(ptcl.get("daysFromInfusion").asInt()).isEqualTo(502);
    assertThat(ptcl.get("integrationSite").asText()).isEqualTo("NOT_TESTED");
    JsonNode mds = j.get("malignancies").get(1);
    assertThat(mds.get("productLinkFlag").asBoolean()).isFalse();
    assertThat(mds.get("daysFromInfusion").asInt()).isEqualTo(354);

    JsonNode f = j.get("followUp");
    assertThat(f.findValuesAsText("subject"))
        .containsExactly("101-001", "101-002", "102-001", "102-002");
    assertThat(statuses(f.get(0)))
        .isEqualTo(
            "6 2024-11-01 done 2024-10-28, 12 2025-05-01 done"
                + " 2025-05-20, 18 2025-11-01 due null");
    assertThat(f.get(0).get("next").get("month").asInt()).isEqualTo(24);
    assertThat(f.get(0).get("next").get("due").asText()).isEqualTo("2026-05-01");
    assertThat(statuses(f.get(1)))
        .isEqualTo("6 2024-12-03 done 2024-12-05, 12 2025-06-03 overdue null");
    assertThat(f.get(1).get("next").get("due").asText()).isEqualTo("2025-12-03");
    assertThat(statuses(f.get(2)))
        .isEqualTo("6 2025-01-01 overdue null, 12 2025-07-01 done 2025-07-03");
    assertThat(f.get(2).get("overdue").asInt()).isEqualTo(1);
    assertThat(f.get(3).get("endOfFollowUp").asText()).isEqualTo("2024-08-02");
    assertThat(f.get(3).get("visits")).isEmpty();
    assertThat(f.get(3).get("next").isNull()).isTrue();
    assertThat(f.get(0).get("done").asInt()).isEqualTo(2);
    assertThat(f.get(0).get("due").asInt()).isEqualTo(1);
  }

  static String statuses(JsonNode subject) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : subject.get("visits")) {
      out.add(
          v.get("month").asText()
              + " "
              + v.get("due").asText()
              + " "
              + v.get("status").asText()
              + " "
              + v.get("visit").asText());
    }
    return String.join(", ", out);
  }

  /**
   * Without --as-of the cut-off is the latest date in the files, the PTCL diagnosis on 2025-09-15,
   * and the output says so; 101-001's month-18 window (from 2025-10-02) is not open yet.
   */
  @Test
  void theDefaultCutoffIsTheLatestDateAndIsNamed() throws Exception {
    JsonNode j = json(malignancy("--study", STUDY, "--subject", SUBJECTS, "--format", "json"));
    assertThat(j.get("asOf").asText()).isEqualTo("2025-09-15");
    assertThat(j.get("asOfFromData").asBoolean()).isTrue();
    assertThat(j.get("followUp").get(0).get("due").asInt()).isZero();
    CliRun en = malignancy("--study", STUDY, "--subject", SUBJECTS, "--lang", "en");
    assertThat(en.out())
        .contains("Data cut-off 2025-09-15: the latest date in the subjects' files (no --as-of")
        .contains("FLAGGED")
        .contains("2 registered, 1 flagged");
    CliRun zh = malignancy("--study", STUDY, "--subject", SUBJECTS, "--lang", "zh");
    assertThat(zh.out()).contains("数据截止日期 2025-09-15：受试者文件中的最晚日期").contains("逾期");
  }

  /**
   * Infusion 2020-01-01, month 6 due 2020-07-01, window 2020-06-01 to 2020-07-31. The visit
   * 2020-05-31 is a day early: it does not count.
   */
  @ParameterizedTest(name = "visit {0}, cut-off {1} -> {2}")
  @CsvSource({
    "2020-05-31, 2020-05-31, ",
    "2020-05-31, 2020-06-01, due",
    "2020-05-31, 2020-07-31, due",
    "2020-05-31, 2020-08-01, overdue",
    "2020-06-01, 2020-08-01, done",
    "2020-07-31, 2020-08-01, done",
    "2020-08-01, 2020-08-01, overdue",
    "2020-07-31, 2020-07-30, due",
  })
  void visitWindowBoundaries(String visit, String cutoff, String expected, @TempDir Path dir)
      throws Exception {
    Path s = dir.resolve("s.json");
    Files.writeString(s, subject("Z-1", "2020-01-01", "", "[\"" + visit + "\"]", ""));
    JsonNode f =
        json(malignancy(
                "--study", STUDY, "--subject", s.toString(), "--as-of", cutoff, "--format", "json"))
            .get("followUp")
            .get(0);
    if (expected == null) {
      assertThat(f.get("visits")).isEmpty();
      assertThat(f.get("next").get("month").asInt()).isEqualTo(6);
    } else {
      assertThat(f.get("visits").get(0).get("status").asText()).isEqualTo(expected);
    }
  }

  /**
   * Lost to follow-up on 2021-03-01 after a 2020-01-01 infusion: month 12 (window opening
   * 2020-12-02) is planned, month 18 (due 2021-07-01, window opening 2021-06-01, after the loss)
   * and later are not. At 2023-01-01 month 6 is done (visit 2020-07-02) and month 12 overdue.
   */
  @Test
  void lostToFollowUpEndsTheSchedule(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    Files.writeString(
        s,
        subject(
            "Z-2",
            "2020-01-01",
            ", {\"type\": \"lost-to-follow-up\", \"date\": \"2021-03-01\"}",
            "[\"2020-07-02\"]",
            ""));
    JsonNode f =
        json(malignancy(
                "--study",
                STUDY,
                "--subject",
                s.toString(),
                "--as-of",
                "2023-01-01",
                "--format",
                "json"))
            .get("followUp")
            .get(0);
    assertThat(f.get("endOfFollowUp").asText()).isEqualTo("2021-03-01");
    assertThat(statuses(f)).isEqualTo("6 2020-07-01 done 2020-07-02, 12 2021-01-01 overdue null");
    assertThat(f.get("next").isNull()).isTrue();
  }

  @Test
  void aMalignancyBeforeInfusionIsNamedInBothLanguages(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    String before =
        ", \"malignancies\": [{\"diagnosis\": \"AML\", \"lineage\": \"OTHER_HEMATOLOGIC\","
            + " \"diagnosed\": \"2019-12-01\"}]";
    Files.writeString(s, subject("Z-3", "2020-01-01", "", "[]", before));
    CliRun en = malignancy("--study", STUDY, "--subject", s.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains("subject Z-3: malignancies[0]: diagnosed 2019-12-01, before the infusion on")
        .contains("G-SAF-6")
        .doesNotContain("Exception");
    CliRun zh = malignancy("--study", STUDY, "--subject", s.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("受试者 Z-3：malignancies[0]");
  }

  @Test
  void badEntriesAreExitTwo(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    Files.writeString(
        s,
        subject(
            "Z-4",
            "2020-01-01",
            "",
            "[]",
            ", \"malignancies\": [{\"subject\": \"Z-9\", \"lineage\": \"T_CELL\","
                + " \"diagnosed\": \"2021-01-01\"}]"));
    CliRun other = malignancy("--study", STUDY, "--subject", s.toString(), "--lang", "en");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("subject Z-4: malignancies[0].subject is Z-9");
    Files.writeString(
        s,
        subject(
            "Z-4",
            "2020-01-01",
            "",
            "[]",
            ", \"malignancies\": [{\"lineage\": \"B_CELL\", \"diagnosed\": \"2021-01-01\"}]"));
    CliRun lineage = malignancy("--study", STUDY, "--subject", s.toString(), "--lang", "zh");
    assertThat(lineage.code()).isEqualTo(2);
    assertThat(lineage.err()).contains("$.malignancies[0].lineage").contains("B_CELL");
    Files.writeString(s, subject("Z-4", "2020-01-01", "", "[\"2019-06-01\"]", ""));
    CliRun visit = malignancy("--study", STUDY, "--subject", s.toString(), "--lang", "en");
    assertThat(visit.code()).isEqualTo(2);
    assertThat(visit.err())
        .contains(
            "subject Z-4: a follow-up visit on 2019-06-01 is before the infusion on 2020-01-01");
    CliRun asOf =
        malignancy(
            "--study", STUDY, "--subject", SUBJECTS, "--as-of", "15.10.2025", "--lang", "zh");
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of 15.10.2025 不是日期");
  }

  @Test
  void csvPrintsTheRegisterThenTheSchedules() {
    CliRun run =
        malignancy(
            "--study",
            STUDY,
            "--subject",
            SUBJECTS,
            "--as-of",
            "2025-10-15",
            "--format",
            "csv",
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("101-001,18,2025-11-01,due,")
        .contains("102-001,6,2025-01-01,OVERDUE,");
  }

  /** A B-NHL subject infused on the date, more journey events, visits and more fields. */
  static String subject(
      String id, String infusion, String moreJourney, String visits, String moreFields) {
    return "{\"id\": \""
        + id
        + "\", \"diagnosis\": \"B_NHL\", \"journey\": [{\"type\": \"infusion\", \"date\": \""
        + infusion
        + "\"}"
        + moreJourney
        + "], \"followUpVisits\": "
        + visits
        + moreFields
        + "}";
  }
}
