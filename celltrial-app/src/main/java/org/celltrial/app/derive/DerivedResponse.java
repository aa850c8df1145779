package org.celltrial.app.derive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.celltrial.analysis.cdisc.sdtm.SdtmResponses;
import org.celltrial.analysis.cdisc.sdtm.SdtmSubject;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.study.Indication;

/**
 * One subject's response file read and derived as {@code derive response} does with its default
 * criteria and rules, for the study analysis.
 *
 * @param bor the investigator's best overall response
 * @param progression the first assessment in PD (progression or relapse), or {@code null}
 * @param lastKnownAlive the file's last contact, or {@code null}
 */
public record DerivedResponse(BorResult bor, LocalDate progression, LocalDate lastKnownAlive) {
  /**
   * Reads and derives a response file.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the file and JSON path of bad input
   */
  public static DerivedResponse read(Indication indication, Path file) {
    SubjectResponses r = JsonInput.read(file, SubjectResponses.class);
    SubjectData d = new SubjectData(indication, r, new Criteria());
    List<Assessed> assessed = d.assess();
    BorResult bor = Bor.best(SubjectData.points(assessed), d.origin, d.cutoff(), BorRules.DEFAULT);
    LocalDate pd =
        assessed.stream()
            .filter(a -> a.confirmed() == Category.PD)
            .map(Assessed::date)
            .findFirst()
            .orElse(null);
    return new DerivedResponse(bor, pd, r.lastKnownAlive());
  }

  /**
   * Derives from the investigator's time points as SDTM RS holds them (the SDTM import): the same
   * best overall response, from the first infusion and cut at the first new therapy or HSCT.
   */
  public static DerivedResponse of(
      List<JourneyEvent> journey, List<TimePoint> points, LocalDate lastKnownAlive) {
    BorResult bor = SdtmResponses.bor(journey, points);
    LocalDate pd =
        points.stream()
            .filter(p -> p.category() == Category.PD)
            .map(TimePoint::date)
            .findFirst()
            .orElse(null);
    return new DerivedResponse(bor, pd, lastKnownAlive);
  }

  /**
   * A response file's time points for the SDTM export: the confirmed category of each assessment
   * (as {@link #read} uses them), the IRC reads and the last contact.
   */
  public static SdtmSubject.Responses series(Indication indication, Path file) {
    SubjectResponses r = JsonInput.read(file, SubjectResponses.class);
    SubjectData d = new SubjectData(indication, r, new Criteria());
    return new SdtmSubject.Responses(
        SubjectData.points(d.assess()), d.ircPoints(), r.lastKnownAlive());
  }
}
