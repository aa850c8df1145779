package org.celltrial.analysis.study;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/** The study analysis bundle of messages, and the errors built from it. */
public final class AnalysisMessages {
  /** Base name of this package's bundle. */
  public static final String BUNDLE = "org.celltrial.analysis.study.messages";

  private AnalysisMessages() {}

  /** A message from this bundle. */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  /** A cell holding text that is the same in every language (a number, an identifier). */
  public static Message raw(Object text) {
    return Message.of(BUNDLE, "raw", String.valueOf(text));
  }

  /** A bad-input error described by a message from this bundle. */
  public static CelltrialException error(String key, Object... args) {
    return new CelltrialException(of(key, args));
  }
}
