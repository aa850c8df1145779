package org.celltrial.analysis;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/** The analysis module's bundle of messages, and the errors built from it. */
public final class AnalysisMessages {
  /** Base name of this module's bundle. */
  public static final String BUNDLE = "org.celltrial.analysis.messages";

  private AnalysisMessages() {}

  /** A message from this module's bundle. */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  /** A bad-input error described by a message from this module's bundle. */
  public static CelltrialException error(String key, Object... args) {
    return new CelltrialException(of(key, args));
  }
}
