package org.celltrial.clinical.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.celltrial.clinical.ClinicalMessages;

/** Reads the categorical values of observations (devices, seizure types, agents) by name. */
public final class Choices {
  private Choices() {}

  /**
   * The constant named {@code value}, case-insensitive, with {@code -}, {@code _} and spaces alike.
   *
   * @param field the input field, named in the error
   * @throws org.celltrial.common.i18n.CelltrialException naming the field, the value and the
   *     accepted names
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null) {
      throw ClinicalMessages.error("grading.choice.missing", field, accepted(type));
    }
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw ClinicalMessages.error("grading.choice.unknown", field, value, accepted(type));
  }

  /** A constant's name as written in input and output: lower case with {@code -}. */
  public static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The names given, parsed; {@code null} is an empty list. */
  public static <E extends Enum<E>> List<E> parseAll(
      Class<E> type, List<String> values, String field) {
    List<E> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      out.add(parse(type, v, field));
    }
    return out;
  }

  /** The accepted names of an enum, as written in input: lower case with {@code -}. */
  public static <E extends Enum<E>> String accepted(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Choices::label)
        .collect(Collectors.joining(", "));
  }
}
