package org.celltrial.common.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A user-facing text not yet rendered: the bundle and key that hold its wording in each {@link
 * Lang}, and the values to put in it.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … and are replaced literally: unlike {@link
 * java.text.MessageFormat} there is no quoting to get wrong and numbers are printed in full ({@code
 * 0.123456}, not {@code 0.123}), because a message that names a bad value must show the value
 * exactly as the user gave it. An argument that is itself a {@code Message} is rendered in the same
 * language.
 *
 * @param bundle base name of the resource bundle, e.g. {@code org.celltrial.stats.messages}
 * @param key the key in that bundle
 * @param args the values for the placeholders, in order
 */
public record Message(String bundle, String key, List<Object> args) {

  /** Validates and copies the arguments. */
  public Message {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    // A loop, not a stream: graders build a message for every value they grade.
    Object[] copy = args.toArray();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        copy[i] = "null";
      }
    }
    args = List.of(copy);
  }

  /** A message with its arguments given in order. */
  public static Message of(String bundle, String key, Object... args) {
    return new Message(bundle, key, Arrays.asList(args));
  }

  /**
   * The text in the given language. A key missing from the bundle renders as the key and its
   * arguments, so a gap in the bundles never hides the values from the user.
   */
  public String render(Lang lang) {
    String pattern;
    try {
      pattern = bundleFor(bundle, lang).getString(key);
    } catch (MissingResourceException e) {
      return key + " " + args;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(
            index < args.size() ? text(args.get(index), lang) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String text(Object arg, Lang lang) {
    if (arg instanceof Message m) {
      return m.render(lang);
    }
    if (arg instanceof Double d) {
      return formatDouble(d);
    }
    return String.valueOf(arg);
  }

  private static String formatDouble(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /**
   * The bundle for a language without falling back to the JVM's default locale: English is the base
   * bundle, so a Chinese system asking for English must not get the Chinese file.
   */
  static ResourceBundle bundleFor(String baseName, Lang lang) {
    Locale locale = lang == Lang.EN ? Locale.ROOT : lang.locale();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return ResourceBundle.getBundle(
        baseName,
        locale,
        loader != null ? loader : Message.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
