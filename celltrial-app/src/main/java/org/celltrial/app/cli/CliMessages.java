package org.celltrial.app.cli;

import java.util.ResourceBundle;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/** The application's own bundles: messages, and the usage help of every command. */
public final class CliMessages {
  /** Messages of the command line itself (usage errors, file errors). */
  public static final String BUNDLE = "org.celltrial.app.messages";

  /** Usage help of every command, keyed by picocli's qualified names. */
  public static final String HELP_BUNDLE = "org.celltrial.app.help";

  private CliMessages() {}

  /** A message from the application bundle. */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  /** The usage-help bundle in the given language, never falling back to the system locale. */
  static ResourceBundle help(Lang lang) {
    return ResourceBundle.getBundle(
        HELP_BUNDLE,
        lang == Lang.EN ? java.util.Locale.ROOT : lang.locale(),
        CliMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
