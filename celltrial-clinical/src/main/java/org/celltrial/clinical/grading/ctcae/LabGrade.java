package org.celltrial.clinical.grading.ctcae;

import java.math.BigDecimal;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Message;

/**
 * The CTCAE grade of one lab value.
 *
 * @param test the lab term
 * @param value the value in canonical units
 * @param lln the lower limit of normal in canonical units, {@code null} when not given
 * @param grade 0-4, or {@code null} when undeterminable (above the grade-2 cut without an LLN: 0 or
 *     1)
 * @param system always CTCAE 5.0
 * @param reason which band or limit decided
 */
public record LabGrade(
    LabTest test,
    BigDecimal value,
    BigDecimal lln,
    Integer grade,
    GradingSystem system,
    Message reason) {}
