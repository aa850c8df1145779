package org.celltrial.common.i18n;

/** The bundle of messages owned by the common module itself. */
public final class CommonMessages {
  /** Base name of this module's bundle. */
  public static final String BUNDLE = "org.celltrial.common.messages";

  private CommonMessages() {}
}
