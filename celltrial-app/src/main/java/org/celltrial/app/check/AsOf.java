package org.celltrial.app.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/** The {@code --as-of} data cut-off of the safety checks: an ISO date, or absent. */
final class AsOf {
  private AsOf() {}

  /** The date, {@code null} when the option is absent. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CelltrialException(CliMessages.of("check.asOf.bad", value), e);
    }
  }
}
