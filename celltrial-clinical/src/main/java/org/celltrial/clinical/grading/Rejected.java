package org.celltrial.clinical.grading;

import java.time.LocalDateTime;
import org.celltrial.common.i18n.Message;

/**
 * An input record that could not be graded, and why. It is listed, never graded silently, and the
 * rest of the input is graded without it.
 *
 * @param kind what it was ({@code observation}, {@code treatment}, {@code count}, {@code
 *     temperature})
 * @param index its position in that input list (0-based)
 * @param time its time stamp, {@code null} when missing
 * @param reason the rule it broke, naming the field and the value
 */
public record Rejected(String kind, int index, LocalDateTime time, Message reason) {}
