package org.celltrial.analysis.simulation;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/** The trial simulator's bundle of messages, and the errors built from it. */
public final class SimulationMessages {
  /** Base name of this package's bundle. */
  public static final String BUNDLE = "org.celltrial.analysis.simulation.messages";

  private SimulationMessages() {}

  /** A message from this bundle. */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  /** A bad-input error described by a message from this bundle. */
  public static CelltrialException error(String key, Object... args) {
    return new CelltrialException(of(key, args));
  }
}
