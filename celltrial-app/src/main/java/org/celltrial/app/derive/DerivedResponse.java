package org.celltrial.app.derive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
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
}
