package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The efficacy tables after the best overall response, in report order: landmark response (G-EP-6),
 * MRD and sustained MRD negativity (G-EP-7), IRC concordance and the primary endpoint by IRC
 * (G-EP-10), HSCT after CAR-T (G-EP-11) and the subgroups of the forest plot.
 */
final class ResponseTables {
  private ResponseTables() {}

  static List<ReportTable> of(
      AnalysisInput input,
      double p0,
      Message endpoint,
      List<Message> p0Why,
      List<SubgroupEstimate> subgroups) {
    List<AnalysisSubject> mitt = Sets.MITT.of(input.subjects());
    List<ReportTable> out = new ArrayList<>();
    out.add(LandmarkResponse.table(mitt, input, endpoint));
    out.addAll(Mrd.tables(mitt, input.indication()));
    out.addAll(SustainedMrd.tables(mitt, input.indication(), input.cutoff()));
    out.addAll(Irc.tables(input.subjects(), p0, endpoint, p0Why));
    out.addAll(Transplant.tables(mitt, input.cutoff()));
    out.add(Subgroups.table(subgroups, endpoint));
    return out;
  }
}
