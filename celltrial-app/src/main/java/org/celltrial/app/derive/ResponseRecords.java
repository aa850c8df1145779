package org.celltrial.app.derive;

import java.nio.file.Path;
import java.util.List;
import org.celltrial.analysis.adam.AdamSource;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.imwg.ImwgRules;
import org.celltrial.clinical.response.lugano.LuganoPet;
import org.celltrial.clinical.study.Indication;

/**
 * One subject's response file as ADRS needs it: every assessment as {@code derive response} derives
 * it with its default criteria (the confirmed category), the IRC reads and the IRC's best overall
 * response under the same rules as the investigator's.
 *
 * @param investigator the investigator's assessments in date order
 * @param irc the IRC reads in file order, empty when none
 * @param ircBor the IRC best overall response, {@code null} without IRC reads
 */
public record ResponseRecords(
    List<AdamSource.Response> investigator, List<AdamSource.Response> irc, BorResult ircBor) {
  /**
   * Reads and derives a response file.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the file and JSON path of bad input
   */
  public static ResponseRecords read(Indication indication, Path file) {
    SubjectResponses r = JsonInput.read(file, SubjectResponses.class);
    SubjectData d = new SubjectData(indication, r, new Criteria());
    List<AdamSource.Response> inv =
        d.assess().stream()
            .map(a -> new AdamSource.Response(a.date(), a.confirmed(), a.observed().criterion()))
            .toList();
    String criterion = criterion(indication);
    List<AdamSource.Response> irc =
        r.irc().stream()
            .map(i -> new AdamSource.Response(i.date(), i.category(), criterion))
            .toList();
    BorResult ircBor =
        irc.isEmpty() ? null : Bor.best(d.ircPoints(), d.origin, d.cutoff(), BorRules.DEFAULT);
    return new ResponseRecords(inv, irc, ircBor);
  }

  private static String criterion(Indication indication) {
    return switch (indication) {
      case B_NHL -> LuganoPet.CRITERION;
      case MM -> ImwgRules.CRITERION;
      case B_ALL -> AllResponse.CRITERION;
    };
  }
}
