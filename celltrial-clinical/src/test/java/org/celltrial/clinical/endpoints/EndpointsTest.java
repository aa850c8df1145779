package org.celltrial.clinical.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.response.Category.CR;
import static org.celltrial.clinical.response.Category.PD;
import static org.celltrial.clinical.response.Category.PR;
import static org.celltrial.clinical.response.Category.SD;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;
import org.junit.jupiter.api.Test;

/**
 * Time-to-event vectors TTE-01…18 of clinical-rules.md 6.3. Origin 2024-01-01; assessments every 3
 * months (91 ± 14 days, so an event more than 196 days after the last adequate assessment follows
 * two missed ones). Each expected duration is {@code date − origin} with the {@code +1} value
 * checked too.
 */
class EndpointsTest {
  private static final LocalDate O = d("2024-01-01");
  private static final TteParameters P = TteParameters.FDA_2018;

  private static LocalDate d(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static TimePoint t(String date, Category c) {
    return new TimePoint(d(date), c);
  }

  private static Course course(
      String death, String alive, String therapy, String hsct, TimePoint... a) {
    return new Course("S", O, List.of(a), d(death), d(alive), d(therapy), d(hsct));
  }

  private static void check(TteRecord r, int status, String date, long days, String reason) {
    assertThat(r.status()).as("status").isEqualTo(status);
    assertThat(r.date()).as("date").isEqualTo(d(date));
    assertThat(r.days()).as("days").isEqualTo(days);
    assertThat(r.reason()).as("reason").isEqualTo(reason);
  }

  /**
   * TTE-01 and the +1 convention.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ──── 07-01 PD●
   *  origin                   event, 182 d [183]
   * </pre>
   */
  @Test
  void tte01ProgressionIsAnEvent() {
    Course c = course(null, null, null, null, t("2024-04-01", PR), t("2024-07-01", PD));
    check(Endpoints.pfs(c, P), 1, "2024-07-01", 182, "PD");
    check(Endpoints.pfs(c, P.withDayCount(DayCount.PLUS_ONE)), 1, "2024-07-01", 183, "PD");
  }

  /**
   * TTE-02.
   *
   * <pre>
   * 01-01 ──── 04-01 CR ──── 07-01 CR○ (alive, no further scan)
   * </pre>
   */
  @Test
  void tte02CensoredAtLastAssessment() {
    Course c = course(null, "2024-09-01", null, null, t("2024-04-01", CR), t("2024-07-01", CR));
    check(Endpoints.pfs(c, P), 0, "2024-07-01", 182, "LAST_ASSESSMENT");
  }

  /**
   * TTE-03.
   *
   * <pre>
   * 01-01○ (no post-baseline scan, alive)
   * </pre>
   */
  @Test
  void tte03NoAssessmentCensoredAtOrigin() {
    Course c = course(null, "2024-03-01", null, null);
    check(Endpoints.pfs(c, P), 0, "2024-01-01", 0, "NO_ASSESSMENT");
    check(Endpoints.pfs(c, P.withDayCount(DayCount.PLUS_ONE)), 0, "2024-01-01", 1, "NO_ASSESSMENT");
  }

  /**
   * TTE-04.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ── 05-10 †●  130 d [131]
   * </pre>
   */
  @Test
  void tte04DeathWithoutProgression() {
    Course c = course("2024-05-10", null, null, null, t("2024-04-01", PR));
    check(Endpoints.pfs(c, P), 1, "2024-05-10", 130, "DEATH");
  }

  /**
   * TTE-05 and TTE-06.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ──── (07-01 missed) ──── (10-01 missed) ── 12-15 †
   * PFS: censored at 04-01 (258 d gap > 2·91 + 14), 91 d [92];  OS: event 12-15, 349 d [350]
   * </pre>
   */
  @Test
  void tte05And06DeathAfterTwoMissedAssessments() {
    Course c = course("2024-12-15", null, null, null, t("2024-04-01", PR));
    check(Endpoints.pfs(c, P), 0, "2024-04-01", 91, "MISSED_ASSESSMENTS");
    check(Endpoints.os(c, P), 1, "2024-12-15", 349, "DEATH");
    check(Endpoints.os(c, P.withDayCount(DayCount.PLUS_ONE)), 1, "2024-12-15", 350, "DEATH");
    TteParameters keep =
        new TteParameters(
            DayCount.DIFFERENCE,
            CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
            CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
            CensorPolicy.EVENT,
            CensorPolicy.EVENT,
            91,
            14,
            PR,
            null,
            null,
            true);
    check(Endpoints.pfs(c, keep), 1, "2024-12-15", 349, "DEATH");
  }

  /**
   * TTE-07 and TTE-08.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ── 05-10 SCT ──── 08-01 PD
   * PFS (censor at new therapy): censored 04-01, 91 d;  EFS (ZUMA-7): event 05-10, 130 d
   * </pre>
   */
  @Test
  void tte07And08TransplantBeforeProgression() {
    Course c = course(null, null, null, "2024-05-10", t("2024-04-01", PR), t("2024-08-01", PD));
    check(Endpoints.pfs(c, P), 0, "2024-04-01", 91, "HSCT");
    check(Endpoints.efs(c, P), 1, "2024-05-10", 130, "HSCT");
    TteParameters ignore = P.withPolicies(CensorPolicy.IGNORE, CensorPolicy.IGNORE);
    check(Endpoints.pfs(c, ignore), 1, "2024-08-01", 213, "PD");
  }

  /**
   * TTE-09: the day-150 no-response clause.
   *
   * <pre>
   * 01-01 ──── 04-01 SD ──── 05-30 SD (day 150)●  150 d [151]
   * </pre>
   */
  @Test
  void tte09NoResponseByDay150() {
    Course c = course(null, null, null, null, t("2024-04-01", SD), t("2024-05-30", SD));
    check(Endpoints.efs(c, P.withEfs(150, null)), 1, "2024-05-30", 150, "NO_RESPONSE");
    check(Endpoints.efs(c, P), 0, "2024-05-30", 150, "LAST_ASSESSMENT");
    Course responded = course(null, null, null, null, t("2024-04-01", PR), t("2024-05-30", SD));
    check(Endpoints.efs(responded, P.withEfs(150, null)), 0, "2024-05-30", 150, "LAST_ASSESSMENT");
  }

  /**
   * G-EP-8 event window: events other than death count only from day 60.
   *
   * <pre>
   * 01-01 ── 02-01 new therapy (day 31, before the window) ── 04-01 PD● (day 91)
   * </pre>
   */
  @Test
  void efsEventWindowStartsLater() {
    Course c = course(null, null, "2024-02-01", null, t("2024-04-01", PD));
    check(Endpoints.efs(c, P), 1, "2024-02-01", 31, "NEW_THERAPY");
    check(Endpoints.efs(c, P.withEfs(null, 60)), 1, "2024-04-01", 91, "PD");
  }

  /**
   * TTE-10 and TTE-11.
   *
   * <pre>
   * 01-01 ── 02-01 PR (DOR origin) ──── 07-01 PD●  151 d [152]
   * </pre>
   */
  @Test
  void tte10And11DurationOfResponse() {
    Course c = course(null, null, null, null, t("2024-02-01", PR), t("2024-07-01", PD));
    TteRecord r = Endpoints.dor(c, P);
    assertThat(r.origin()).isEqualTo(d("2024-02-01"));
    check(r, 1, "2024-07-01", 151, "PD");
    check(Endpoints.dor(c, P.withDayCount(DayCount.PLUS_ONE)), 1, "2024-07-01", 152, "PD");
    Course never = course(null, null, null, null, t("2024-02-01", SD), t("2024-07-01", PD));
    assertThat(Endpoints.dor(never, P).inAnalysisSet()).isFalse();
    assertThat(Endpoints.dor(never, P).reason()).isEqualTo("NOT_RESPONDER");
  }

  /**
   * TTE-12…14: competing risks coded for {@code stats cif}.
   *
   * <pre>
   * TTE-12: 01-01 ── 03-01 † infection           NRM 1 at 60 d, RELAPSE 2
   * TTE-13: 01-01 ── 05-01 PD ── 06-01 †          NRM 2 at 121 d, RELAPSE 1
   * TTE-14: 01-01 ─────────── 09-01 alive in CR   0 at 244 d
   * </pre>
   */
  @Test
  void tte12To14NonRelapseMortality() {
    Course death = course("2024-03-01", null, null, null);
    check(Endpoints.competing(Endpoint.NRM, death, P), 1, "2024-03-01", 60, "DEATH");
    check(Endpoints.competing(Endpoint.RELAPSE, death, P), 2, "2024-03-01", 60, "DEATH");
    Course pd = course("2024-06-01", null, null, null, t("2024-05-01", PD));
    check(Endpoints.competing(Endpoint.NRM, pd, P), 2, "2024-05-01", 121, "PD");
    check(Endpoints.competing(Endpoint.RELAPSE, pd, P), 1, "2024-05-01", 121, "PD");
    Course alive = course(null, "2024-09-01", null, null, t("2024-04-01", CR));
    check(Endpoints.competing(Endpoint.NRM, alive, P), 0, "2024-09-01", 244, "LAST_CONTACT");
  }

  /**
   * TTE-15 and TTE-16 (B-ALL RFS from CR, ELIANA reported both).
   *
   * <pre>
   * 01-01 ── 02-01 CR (origin) ── 04-01 allo-SCT ──────── 11-20 relapse
   * censor at SCT: censored 04-01, 60 d;  not censored: event 11-20, 293 d
   * </pre>
   */
  @Test
  void tte15And16RelapseFreeSurvivalAndTransplant() {
    Course c = course(null, null, null, "2024-04-01", t("2024-02-01", CR), t("2024-11-20", PD));
    TteParameters atSct =
        P.withPolicies(CensorPolicy.CENSOR_AT_LAST_ASSESSMENT, CensorPolicy.CENSOR_AT_DATE);
    check(Endpoints.dfs(c, atSct), 0, "2024-04-01", 60, "HSCT");
    // the vector has no assessment schedule between CR and relapse: no missed-assessment rule
    TteParameters ignore =
        new TteParameters(
            DayCount.DIFFERENCE,
            CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
            CensorPolicy.IGNORE,
            CensorPolicy.EVENT,
            CensorPolicy.EVENT,
            91,
            14,
            CR,
            null,
            null,
            true);
    check(Endpoints.dfs(c, ignore), 1, "2024-11-20", 293, "PD");
    // with the FDA missed-assessment rule the 293-day gap would censor at the CR date
    check(
        Endpoints.dfs(c, P.withPolicies(CensorPolicy.IGNORE, CensorPolicy.IGNORE)),
        0,
        "2024-02-01",
        0,
        "MISSED_ASSESSMENTS");
  }

  /**
   * TTE-17: progression and death on one day give one event, PD first in the event order.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ──── 07-01 PD + †●  182 d
   * </pre>
   */
  @Test
  void tte17SameDayProgressionAndDeath() {
    Course c = course("2024-07-01", null, null, null, t("2024-04-01", PR), t("2024-07-01", PD));
    check(Endpoints.pfs(c, P), 1, "2024-07-01", 182, "PD");
  }

  /**
   * TTE-18: one missed assessment keeps the event.
   *
   * <pre>
   * 01-01 ──── 04-01 PR ──── (07-01 missed) ──── 10-01 PD●  274 d (gap 183 ≤ 196)
   * </pre>
   */
  @Test
  void tte18OneMissedAssessmentKeepsTheEvent() {
    Course c = course(null, null, null, null, t("2024-04-01", PR), t("2024-10-01", PD));
    check(Endpoints.pfs(c, P), 1, "2024-10-01", 274, "PD");
  }

  @Test
  void missedAssessmentBoundary() {
    // last adequate 04-01; 196 days later (10-14) is kept, 197 days (10-15) is censored
    Course kept = course(null, null, null, null, t("2024-04-01", PR), t("2024-10-14", PD));
    check(Endpoints.pfs(kept, P), 1, "2024-10-14", 287, "PD");
    Course lost = course(null, null, null, null, t("2024-04-01", PR), t("2024-10-15", PD));
    check(Endpoints.pfs(lost, P), 0, "2024-04-01", 91, "MISSED_ASSESSMENTS");
  }

  @Test
  void deriveGivesOneRecordPerEndpoint() {
    Course c = course(null, "2024-09-01", null, null, t("2024-04-01", CR));
    assertThat(Endpoints.derive(c, P))
        .extracting(TteRecord::endpoint)
        .containsExactly(Endpoint.values());
  }
}
