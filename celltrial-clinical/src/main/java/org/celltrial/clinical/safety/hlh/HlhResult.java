package org.celltrial.clinical.safety.hlh;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * Whether a set of HLH criteria is met.
 *
 * @param criteria which criteria set ({@code carHLH (Neelapu 2018)}, {@code HLH-2004})
 * @param met whether met
 * @param count criteria met
 * @param needed criteria needed
 * @param reasons one sentence per criterion met or not
 */
public record HlhResult(
    String criteria, boolean met, int count, int needed, List<Message> reasons) {
  /** Copies the reasons. */
  public HlhResult {
    reasons = List.copyOf(reasons);
  }
}
