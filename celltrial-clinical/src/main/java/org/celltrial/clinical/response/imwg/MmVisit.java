package org.celltrial.clinical.response.imwg;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * One visit of a myeloma response series: the category observed and the category confirmed.
 *
 * @param date the visit date
 * @param observed the category at this visit alone, with its reasons
 * @param confirmed the category once confirmation is applied (IMWG 2016)
 * @param afterNewTherapy the visit is on or after the start of new anticancer therapy
 * @param confirmation why the confirmed category differs or agrees
 */
public record MmVisit(
    LocalDate date,
    ResponseResult observed,
    Category confirmed,
    boolean afterNewTherapy,
    List<Message> confirmation) {
  /** Copies the list. */
  public MmVisit {
    confirmation = List.copyOf(confirmation);
  }
}
