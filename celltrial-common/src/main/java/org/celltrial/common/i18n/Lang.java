package org.celltrial.common.i18n;

import java.util.Locale;

/**
 * The two languages every user-facing text of celltrial exists in.
 *
 * <p>English is the base bundle ({@code messages.properties}); Chinese is {@code
 * messages_zh_CN.properties}. A test in the application module fails if a key exists in one and not
 * the other.
 */
public enum Lang {
  EN("en", Locale.ENGLISH),
  ZH("zh", Locale.SIMPLIFIED_CHINESE);

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The short code used on the command line ({@code en}, {@code zh}). */
  public String code() {
    return code;
  }

  /** The locale whose bundle holds this language's texts. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a command-line code, case-insensitive; {@code zh-CN}, {@code zh_CN} and {@code
   * en-US} style codes are accepted by their language part.
   *
   * @throws CelltrialException naming the value and the accepted codes when it is neither
   */
  public static Lang fromCode(String code) {
    String language = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Lang lang : values()) {
      if (lang.code.equals(language)) {
        return lang;
      }
    }
    throw new CelltrialException(Message.of(CommonMessages.BUNDLE, "lang.unknown", code));
  }

  /** Chinese when the given locale's language is Chinese, otherwise English. */
  public static Lang of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  /** The language of the system locale, falling back to English. */
  public static Lang systemDefault() {
    return of(Locale.getDefault());
  }
}
