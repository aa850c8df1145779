package org.celltrial.clinical;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/** The clinical module's bundle of messages, and the errors built from it. */
public final class ClinicalMessages {
  /** Base name of this module's bundle. */
  public static final String BUNDLE = "org.celltrial.clinical.messages";

  private ClinicalMessages() {}

  /** A message from this module's bundle. */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  /** A bad-input error described by a message from this module's bundle. */
  public static CelltrialException error(String key, Object... args) {
    return new CelltrialException(of(key, args));
  }
}
