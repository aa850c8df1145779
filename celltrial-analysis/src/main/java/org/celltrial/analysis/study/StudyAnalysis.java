package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.ControlLibrary;
import org.celltrial.design.controls.Indication;
import org.celltrial.design.controls.TargetAdvisor;
import org.celltrial.design.controls.TargetBasis;
import org.celltrial.design.controls.TargetProposal;
import org.celltrial.stats.binomial.TargetValueVerdict;

/**
 * The analysis of one trial.
 *
 * @param input what was analysed
 * @param target the target value proposed by the historical-control library (G-DES-2…G-DES-4); the
 *     verdicts use the protocol's {@code targetValue} instead when the study file gives one
 * @param endpoint the primary endpoint's name (ORR; CR/CRi rate for B-ALL)
 * @param itt the verdict in the enrolled set
 * @param mitt the verdict in the infused set, {@code null} when no one was infused
 * @param ittResponders responders among the enrolled
 * @param mittResponders responders among the infused
 * @param enrolled enrolled subjects
 * @param infused infused subjects
 * @param crsGrade3 infused subjects with CRS of grade 3 or more
 * @param tables the report's tables, in report order
 * @param subgroups the primary endpoint by subgroup in the infused set, for the forest plot
 */
public record StudyAnalysis(
    AnalysisInput input,
    TargetProposal target,
    Message endpoint,
    TargetValueVerdict itt,
    TargetValueVerdict mitt,
    int ittResponders,
    int mittResponders,
    int enrolled,
    int infused,
    int crsGrade3,
    List<ReportTable> tables,
    List<SubgroupEstimate> subgroups) {
  /** Copies the lists. */
  public StudyAnalysis {
    tables = List.copyOf(tables);
    subgroups = List.copyOf(subgroups);
  }

  /**
   * Analyses the trial. The target value p0 is the protocol's ({@code Study.targetValue}) when the
   * study file gives one, else the historical-control library's proposal for the indication's first
   * line of therapy in the library, basis chosen as the library does ({@link TargetBasis#AUTO}).
   *
   * @throws org.celltrial.common.i18n.CelltrialException when no subject is enrolled
   */
  public static StudyAnalysis of(AnalysisInput input) {
    List<AnalysisSubject> all = input.subjects();
    List<AnalysisSubject> itt = Sets.ITT.of(all);
    if (itt.isEmpty()) {
      throw AnalysisMessages.error("analysis.noEnrolled", input.studyId());
    }
    ControlLibrary library = ControlLibrary.bundled();
    Indication ind = input.indication();
    TargetProposal target =
        TargetAdvisor.propose(library, ind, library.lines(ind).get(0), TargetBasis.AUTO);
    Message endpoint =
        AnalysisMessages.of(ind == Indication.B_ALL ? "endpoint.crCri" : "endpoint.orr");
    Message pfsName = AnalysisMessages.of(ind == Indication.B_ALL ? "tte.EFS" : "tte.PFS");
    List<AnalysisSubject> mitt = Sets.MITT.of(all);
    List<ReportTable> tables = new ArrayList<>();
    boolean protocolP0 = input.study() != null && input.study().targetValue() != null;
    double p0 = protocolP0 ? input.study().targetValue() : target.p0();
    List<Message> p0Why =
        protocolP0
            ? List.of(AnalysisMessages.of("primary.p0Protocol", Fmt.percent(p0)))
            : List.of(
                AnalysisMessages.of("primary.p0Library", Fmt.percent(p0)), target.justification());
    List<SubgroupEstimate> subgroups = Subgroups.estimates(mitt, input);
    tables.add(Disposition.table(all));
    tables.add(Baseline.table(all, input));
    tables.add(Efficacy.primary(all, p0, endpoint, p0Why));
    if (!mitt.isEmpty()) {
      tables.add(Efficacy.bor(all));
      tables.addAll(ResponseTables.of(input, p0, endpoint, p0Why, subgroups));
      boolean failureIsEvent = ind == Indication.B_ALL;
      tables.add(TimeToEvent.kmTable(mitt, input.cutoff(), failureIsEvent, pfsName));
      tables.addAll(IrcProgression.tables(mitt, input.cutoff()));
      tables.add(TimeToEvent.incidenceTable(mitt, input.cutoff(), failureIsEvent));
      tables.add(Safety.syndrome(all, "crs", AnalysisSubject::crs));
      tables.add(Safety.syndrome(all, "icans", AnalysisSubject::icans));
      tables.add(Safety.icaht(all));
    }
    tables.add(Safety.deaths(all));
    tables.addAll(SafetyByDose.tables(input));
    tables.addAll(DoseHistory.tables(input));
    tables.add(Infections.table(input));
    tables.add(OtherToxicities.table(input));
    tables.addAll(SecondaryMalignancy.tables(input));
    tables.add(ExposureAdequacy.table(input));
    tables.add(Kinetics.table(input));
    int crs3 = (int) mitt.stream().filter(s -> s.crs() != null && s.crs().maxGrade() >= 3).count();
    return new StudyAnalysis(
        input,
        target,
        endpoint,
        Efficacy.verdict(itt, p0),
        Efficacy.verdict(mitt, p0),
        (int) itt.stream().filter(Efficacy::responder).count(),
        (int) mitt.stream().filter(Efficacy::responder).count(),
        itt.size(),
        mitt.size(),
        crs3,
        tables,
        subgroups);
  }
}
