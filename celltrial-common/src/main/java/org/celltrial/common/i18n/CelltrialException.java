package org.celltrial.common.i18n;

/**
 * The one error type of celltrial: bad input or bad usage, described by a {@link Message} that
 * names the field, the value and the rule, and that renders in either {@link Lang}.
 *
 * <p>Engines throw it for input they cannot accept; the command line prints {@link #render(Lang)}
 * and exits with code 2. It is never used for programming errors.
 */
public class CelltrialException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Message detail;

  /** An error described by a localized message. */
  public CelltrialException(Message detail) {
    super(detail.render(Lang.EN));
    this.detail = detail;
  }

  /** An error described by a localized message, caused by another exception. */
  public CelltrialException(Message detail, Throwable cause) {
    super(detail.render(Lang.EN), cause);
    this.detail = detail;
  }

  /** The message, not yet rendered. */
  public Message detail() {
    return detail;
  }

  /** The message in the given language. */
  public String render(Lang lang) {
    return detail.render(lang);
  }
}
