package org.celltrial.analysis.simulation.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.clinical.response.all.AllParameters;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgParameters;
import org.celltrial.clinical.response.imwg.ImwgSeries;
import org.celltrial.clinical.response.imwg.MmVisit;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.response.lugano.Lugano;
import org.celltrial.clinical.response.lugano.LuganoParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated assessments, read back by the response engines, show what the study generator
 * decided (responder or not) with the depth of response of docs/analysis.md.
 */
class ResponseSimulatorTest {

  @ParameterizedTest
  @EnumSource(
      value = SimIndication.class,
      names = {"LBCL", "B_ALL", "MM"})
  void responseEnginesReadBackTheGeneratorsResponders(SimIndication indication) {
    SimulatedStudy trial = StudySimulator.simulate(indication, 2000, 3);
    List<ResponseRecord> files = ResponseSimulator.simulate(trial);
    Map<String, SimulatedSubject> byId =
        trial.subjects().stream()
            .collect(Collectors.toMap(s -> s.subject().id(), Function.identity()));
    assertThat(files).hasSize((int) trial.count(o -> o.infused()));
    int responders = 0;
    int complete = 0;
    for (ResponseRecord r : files) {
      BorResult bor = bor(indication, r);
      boolean assessed = bor.best() != Category.NE;
      SimulatedSubject s = byId.get(r.id());
      // IMWG needs a confirming visit: an MM responder seen once (death or loss before day 56)
      // counts as SD by rule, not by the generator's choice
      boolean unconfirmable =
          indication == SimIndication.MM
              && r.imwg().assessments().stream().filter(a -> a.serumM() < 3.0).count() < 2;
      if (assessed && !unconfirmable) {
        assertThat(bor.objectiveResponse()).as(r.id()).isEqualTo(s.outcome().responder());
      }
      if (bor.objectiveResponse()) {
        responders++;
        complete += bor.best() == Category.CR || bor.best() == Category.SCR ? 1 : 0;
      }
    }
    double target =
        switch (indication) {
          case LBCL -> ResponseSimulator.LBCL_CR_AMONG_RESPONDERS;
          case B_ALL -> ResponseSimulator.BALL_CR_AMONG_RESPONDERS;
          case MM -> ResponseSimulator.MM_SCR_AMONG_RESPONDERS;
        };
    // binomial standard error at ~1500 responders is about 0.012; 4 SE
    assertThat((double) complete / responders).isBetween(target - 0.05, target + 0.05);
  }

  @ParameterizedTest
  @EnumSource(
      value = SimIndication.class,
      names = {"LBCL", "B_ALL", "MM"})
  void ircReadsOneCategoryLowerInTheCalibratedShareOfSubjects(SimIndication indication) {
    SimulatedStudy trial = StudySimulator.simulate(indication, 2000, 11);
    int open = 0;
    int lowered = 0;
    for (ResponseRecord r : ResponseSimulator.simulate(trial)) {
      List<TimePoint> inv = investigator(indication, r);
      assertThat(r.irc()).hasSameSizeAs(inv);
      boolean any = false;
      boolean downgradable = false;
      for (int i = 0; i < inv.size(); i++) {
        Category c = inv.get(i).category();
        Category irc = r.irc().get(i).category();
        assertThat(r.irc().get(i).date()).isEqualTo(inv.get(i).date());
        assertThat(irc).isIn(c, IrcReads.lower(c, indication));
        downgradable |= IrcReads.lower(c, indication) != c;
        any |= irc != c;
      }
      open += downgradable ? 1 : 0;
      lowered += any ? 1 : 0;
    }
    // binomial standard error at ~1500 subjects is about 0.009; 4 SE
    assertThat((double) lowered / open)
        .isBetween(IrcReads.DISAGREEMENT - 0.04, IrcReads.DISAGREEMENT + 0.04);
  }

  @Test
  void myelomaMrdTestsFollowCompleteResponsesInTheCalibratedShare() {
    SimulatedStudy trial = StudySimulator.simulate(SimIndication.MM, 2000, 11);
    int tested = 0;
    int negative = 0;
    for (ResponseRecord r : ResponseSimulator.simulate(trial)) {
      List<TimePoint> inv = investigator(SimIndication.MM, r);
      List<LocalDate> complete =
          inv.stream()
              .filter(t -> t.category() == Category.SCR || t.category() == Category.CR)
              .map(TimePoint::date)
              .toList();
      assertThat(r.imwg().mrd().stream().map(MrdTest::date).toList()).isEqualTo(complete);
      if (!complete.isEmpty()) {
        tested++;
        boolean neg = !r.imwg().mrd().get(0).detected();
        assertThat(r.imwg().mrd()).allMatch(t -> t.detected() != neg && t.sensitivity() == 1e-5);
        negative += neg ? 1 : 0;
      }
    }
    // about 1000 subjects in CR or better: standard error about 0.013; 4 SE
    assertThat((double) negative / tested)
        .isBetween(IrcReads.MM_MRD_NEGATIVE - 0.06, IrcReads.MM_MRD_NEGATIVE + 0.06);
  }

  @ParameterizedTest
  @EnumSource(
      value = SimIndication.class,
      names = {"LBCL", "B_ALL", "MM"})
  void lowerStepsDownTheIndicationsScaleAndKeepsProgression(SimIndication indication) {
    assertThat(IrcReads.lower(Category.PD, indication)).isEqualTo(Category.PD);
    assertThat(IrcReads.lower(Category.NE, indication)).isEqualTo(Category.NE);
    switch (indication) {
      case LBCL -> {
        assertThat(IrcReads.lower(Category.CR, indication)).isEqualTo(Category.PR);
        assertThat(IrcReads.lower(Category.PR, indication)).isEqualTo(Category.SD);
        assertThat(IrcReads.lower(Category.SD, indication)).isEqualTo(Category.SD);
      }
      case B_ALL -> {
        assertThat(IrcReads.lower(Category.CR, indication)).isEqualTo(Category.CRI);
        assertThat(IrcReads.lower(Category.CRI, indication)).isEqualTo(Category.NR);
        assertThat(IrcReads.lower(Category.NR, indication)).isEqualTo(Category.NR);
      }
      case MM -> {
        assertThat(IrcReads.lower(Category.SCR, indication)).isEqualTo(Category.CR);
        assertThat(IrcReads.lower(Category.VGPR, indication)).isEqualTo(Category.PR);
        assertThat(IrcReads.lower(Category.MR, indication)).isEqualTo(Category.SD);
        assertThat(IrcReads.lower(Category.SD, indication)).isEqualTo(Category.SD);
      }
    }
  }

  @Test
  void ircReadsLeaveTheInvestigatorsAssessmentsAsTheyWere() {
    for (ResponseRecord r :
        ResponseSimulator.simulate(StudySimulator.simulate(SimIndication.MM, 40, 2))) {
      ResponseRecord again = IrcReads.add(r, SimIndication.MM, new java.util.SplittableRandom(1));
      assertThat(again.journey()).isEqualTo(r.journey());
      assertThat(again.lastKnownAlive()).isEqualTo(r.lastKnownAlive());
      assertThat(again.imwg().baseline()).isEqualTo(r.imwg().baseline());
      assertThat(again.imwg().assessments()).isEqualTo(r.imwg().assessments());
    }
  }

  @Test
  void sameSeedSameResponses() {
    SimulatedStudy a = StudySimulator.simulate(SimIndication.LBCL, 50, 9);
    SimulatedStudy b = StudySimulator.simulate(SimIndication.LBCL, 50, 9);
    assertThat(ResponseSimulator.simulate(a)).isEqualTo(ResponseSimulator.simulate(b));
  }

  private static BorResult bor(SimIndication indication, ResponseRecord r) {
    return Bor.best(
        investigator(indication, r),
        first(r, JourneyEvent.Infusion.class),
        cutoff(r),
        BorRules.DEFAULT);
  }

  private static LocalDate cutoff(ResponseRecord r) {
    LocalDate newTherapy = first(r, JourneyEvent.NewTherapy.class);
    LocalDate hsct = first(r, JourneyEvent.Hsct.class);
    return hsct != null && (newTherapy == null || hsct.isBefore(newTherapy)) ? hsct : newTherapy;
  }

  private static List<TimePoint> investigator(SimIndication indication, ResponseRecord r) {
    LocalDate cutoff = cutoff(r);
    List<TimePoint> points = new ArrayList<>();
    if (indication == SimIndication.LBCL) {
      for (ResponseRecord.Visit v : r.lugano().assessments()) {
        ResponseResult res = Lugano.overall(v.pet(), null, LuganoParameters.LUGANO_2014);
        points.add(new TimePoint(v.date(), res.category()));
      }
    } else if (indication == SimIndication.MM) {
      for (MmVisit v :
          ImwgSeries.assess(
              r.imwg().baseline(),
              r.imwg().involvedLightChain(),
              r.imwg().assessments(),
              cutoff,
              ImwgParameters.IMWG_2016)) {
        points.add(new TimePoint(v.date(), v.confirmed()));
      }
    } else {
      List<ResponseResult> res = AllResponse.series(r.all().assessments(), AllParameters.DEFAULT);
      for (int i = 0; i < res.size(); i++) {
        points.add(new TimePoint(r.all().assessments().get(i).date(), res.get(i).category()));
      }
    }
    return points;
  }

  private static LocalDate first(ResponseRecord r, Class<? extends JourneyEvent> kind) {
    return r.journey().stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
