package org.celltrial.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void rendersTheSameKeyInBothLanguagesWithTheValueVerbatim() {
    Message m = Message.of(CommonMessages.BUNDLE, "lang.unknown", "fr");
    assertThat(m.render(Lang.EN)).contains("\"fr\"").contains("zh").contains("en");
    assertThat(m.render(Lang.ZH)).contains("\"fr\"").contains("不支持的语言");
  }

  @Test
  void englishIsReturnedEvenWhenTheSystemLocaleIsChinese() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Message.of(CommonMessages.BUNDLE, "lang.unknown", "x").render(Lang.EN))
          .startsWith("--lang: \"x\" is not");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void doublesArePrintedInFullAndWholeNumbersWithoutADecimalPoint() {
    assertThat(Message.of(CommonMessages.BUNDLE, "lang.unknown", 0.123456).render(Lang.EN))
        .contains("\"0.123456\"");
    assertThat(Message.of(CommonMessages.BUNDLE, "lang.unknown", 12345.0).render(Lang.EN))
        .contains("\"12345\"");
  }

  @Test
  void aMissingKeyStillShowsTheArguments() {
    assertThat(Message.of(CommonMessages.BUNDLE, "no.such.key", 7).render(Lang.ZH))
        .isEqualTo("no.such.key [7]");
  }

  @Test
  void langCodesAreParsedByTheirLanguagePart() {
    assertThat(Lang.fromCode("zh-CN")).isEqualTo(Lang.ZH);
    assertThat(Lang.fromCode("EN_us")).isEqualTo(Lang.EN);
    assertThatThrownBy(() -> Lang.fromCode("fr"))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("\"fr\"");
  }

  @Test
  void systemLocaleChoosesChineseOnlyForChinese() {
    assertThat(Lang.of(Locale.CHINA)).isEqualTo(Lang.ZH);
    assertThat(Lang.of(Locale.GERMANY)).isEqualTo(Lang.EN);
  }
}
