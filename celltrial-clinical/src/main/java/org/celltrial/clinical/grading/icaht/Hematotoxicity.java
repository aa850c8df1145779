package org.celltrial.clinical.grading.icaht;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.Rejected;
import org.celltrial.clinical.grading.ctcae.LabGrade;
import org.celltrial.common.i18n.Message;

/**
 * A subject's hematologic toxicity: CTCAE grade of every count, febrile neutropenia per day, early
 * and late ICAHT, prolonged and late cytopenia.
 *
 * @param counts every accepted count with its CTCAE 5.0 grade, in time order
 * @param febrileNeutropenia one entry per day with a temperature ≥ 38.0 °C
 * @param early early ICAHT
 * @param late late ICAHT
 * @param cytopenia prolonged and late cytopenia of neutrophils and platelets
 * @param rejected counts and temperatures that could not be used, with reasons
 */
public record Hematotoxicity(
    List<CountGrade> counts,
    List<FebrileDay> febrileNeutropenia,
    EarlyIcaht.Result early,
    LateIcaht.Result late,
    List<ProlongedCytopenia.Verdict> cytopenia,
    List<Rejected> rejected) {

  /**
   * A graded count.
   *
   * @param index its position in the input
   * @param time when it was drawn
   * @param day its study day
   * @param grade its CTCAE grade
   */
  public record CountGrade(int index, LocalDateTime time, int day, LabGrade grade) {}

  /**
   * Febrile neutropenia on one day.
   *
   * @param day the study day
   * @param anc the day's lowest ANC in 10^9/L, {@code null} when none was drawn
   * @param grade 0, 3 or 4 (CTCAE 5.0), {@code null} without an ANC that day
   * @param reasons which ANC and temperatures decided
   */
  public record FebrileDay(int day, BigDecimal anc, Integer grade, List<Message> reasons) {}
}
