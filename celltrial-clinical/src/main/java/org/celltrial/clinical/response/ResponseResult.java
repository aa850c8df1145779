package org.celltrial.clinical.response;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The response at one time point under one criterion, with the rules that decided it.
 *
 * @param criterion the criterion and its version ({@code "Lugano 2014"}, {@code "IMWG 2016"} …)
 * @param category the response category
 * @param label the category as the criterion writes it (e.g. {@code "CMR"} for a PET-based CR)
 * @param reasons which measurement met which threshold under which rule
 */
public record ResponseResult(
    String criterion, Category category, String label, List<Message> reasons) {
  /** Copies the reasons. */
  public ResponseResult {
    reasons = List.copyOf(reasons);
  }

  /** A result whose label is the category's abbreviation. */
  public static ResponseResult of(String criterion, Category category, List<Message> reasons) {
    return new ResponseResult(criterion, category, category.label(), reasons);
  }
}
