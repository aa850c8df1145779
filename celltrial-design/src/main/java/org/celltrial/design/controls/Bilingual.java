package org.celltrial.design.controls;

import org.celltrial.common.i18n.Lang;

/**
 * A text stored in both languages in the library file.
 *
 * @param en English
 * @param zh Chinese
 */
public record Bilingual(String en, String zh) {
  /** The text in the given language. */
  public String in(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
