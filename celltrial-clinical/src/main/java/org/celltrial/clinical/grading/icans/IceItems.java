package org.celltrial.clinical.grading.icans;

/**
 * The items of the ICE score (Lee et al. 2019, Table 5): the score is recomputed from them, and a
 * total given alongside must agree.
 *
 * @param orientation year, month, city, hospital: 0-4
 * @param naming three objects named: 0-3
 * @param commands follows a simple command: 0-1
 * @param writing writes a standard sentence: 0-1
 * @param attention counts back from 100 by 10: 0-1
 * @param total the total as recorded, optional
 */
public record IceItems(
    Integer orientation,
    Integer naming,
    Integer commands,
    Integer writing,
    Integer attention,
    Integer total) {}
