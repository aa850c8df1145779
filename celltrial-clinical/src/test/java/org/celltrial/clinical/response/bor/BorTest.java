package org.celltrial.clinical.response.bor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.response.Category.CR;
import static org.celltrial.clinical.response.Category.NE;
import static org.celltrial.clinical.response.Category.PD;
import static org.celltrial.clinical.response.Category.PR;
import static org.celltrial.clinical.response.Category.SD;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.junit.jupiter.api.Test;

/** Best overall response rules and flags, landmark response (G-EP-2, G-EP-6). */
class BorTest {
  private static final LocalDate ORIGIN = LocalDate.parse("2024-01-01");

  private static TimePoint t(String date, Category c) {
    return new TimePoint(LocalDate.parse(date), c);
  }

  @Test
  void bestIsTakenUpToTheFirstProgression() {
    List<TimePoint> p = List.of(t("2024-02-01", PR), t("2024-03-01", PD), t("2024-04-01", CR));
    BorResult r = Bor.best(p, ORIGIN, null, BorRules.DEFAULT);
    assertThat(r.best()).isEqualTo(PR);
    assertThat(r.objectiveResponse()).isTrue();
    assertThat(r.completeResponse()).isFalse();
    assertThat(r.diseaseControl()).isTrue();
  }

  @Test
  void assessmentsOnOrAfterNewTherapyAreExcluded() {
    List<TimePoint> p = List.of(t("2024-02-01", SD), t("2024-03-01", CR));
    LocalDate hsct = LocalDate.parse("2024-03-01");
    assertThat(Bor.best(p, ORIGIN, hsct, BorRules.DEFAULT).best()).isEqualTo(SD);
    assertThat(Bor.best(p, ORIGIN, hsct, new BorRules(false, false, 0)).best()).isEqualTo(CR);
  }

  @Test
  void confirmationTakesTheWorseOfTwo() {
    BorRules confirm = new BorRules(true, true, 0);
    List<TimePoint> p = List.of(t("2024-02-01", CR), t("2024-03-01", PR), t("2024-04-01", PD));
    assertThat(Bor.best(p, ORIGIN, null, confirm).best()).isEqualTo(PR);
    assertThat(Bor.best(p, ORIGIN, null, BorRules.DEFAULT).best()).isEqualTo(CR);
    // a single response with no later assessment is SD when confirmation is required
    assertThat(Bor.best(List.of(t("2024-02-01", CR)), ORIGIN, null, confirm).best()).isEqualTo(SD);
    // NE assessments are skipped when looking for the confirming one
    List<TimePoint> ne = List.of(t("2024-02-01", CR), t("2024-03-01", NE), t("2024-04-01", CR));
    assertThat(Bor.best(ne, ORIGIN, null, confirm).best()).isEqualTo(CR);
  }

  @Test
  void stableDiseaseMinimumDuration() {
    BorRules sd42 = new BorRules(false, true, 42);
    // day 41 and day 42
    assertThat(Bor.best(List.of(t("2024-02-11", SD)), ORIGIN, null, sd42).best()).isEqualTo(NE);
    assertThat(Bor.best(List.of(t("2024-02-12", SD)), ORIGIN, null, sd42).best()).isEqualTo(SD);
    assertThat(Bor.best(List.of(), ORIGIN, null, sd42).diseaseControl()).isFalse();
  }

  @Test
  void landmarkAtDay90WithWindow() {
    // day 90 = 2024-03-31; window ±14 days: 2024-03-17 … 2024-04-14
    List<TimePoint> p = List.of(t("2024-02-01", CR), t("2024-03-25", CR), t("2024-04-14", PR));
    LandmarkResult r = Landmark.at(p, ORIGIN, 90, 14, PR, null, null, null);
    assertThat(r.assessment()).isEqualTo(LocalDate.parse("2024-03-25"));
    assertThat(r.responder()).isTrue();
    // relapse before the landmark assessment: non-responder even if a CR is read later
    LandmarkResult relapsed =
        Landmark.at(p, ORIGIN, 90, 14, PR, LocalDate.parse("2024-03-01"), null, null);
    assertThat(relapsed.responder()).isFalse();
    assertThat(relapsed.status()).isEqualTo(PD);
    // death before day 90 with no assessment in the window
    LandmarkResult died =
        Landmark.at(
            List.of(t("2024-02-01", CR)),
            ORIGIN,
            90,
            14,
            PR,
            null,
            LocalDate.parse("2024-03-10"),
            null);
    assertThat(died.status()).isEqualTo(PD);
    // nothing in the window: not evaluable; 15 days off is outside ±14
    LandmarkResult missing =
        Landmark.at(List.of(t("2024-04-15", CR)), ORIGIN, 90, 14, PR, null, null, null);
    assertThat(missing.status()).isEqualTo(NE);
    assertThat(missing.responder()).isFalse();
    // SD at the landmark is not a response
    assertThat(
            Landmark.at(List.of(t("2024-03-31", SD)), ORIGIN, 90, 14, PR, null, null, null)
                .responder())
        .isFalse();
  }
}
