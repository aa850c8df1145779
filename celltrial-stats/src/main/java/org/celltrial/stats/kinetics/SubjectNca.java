package org.celltrial.stats.kinetics;

import java.util.List;

/**
 * Non-compartmental parameters of one subject's profile. A parameter that does not exist for the
 * profile is {@code null}.
 *
 * @param samples number of samples analysed
 * @param quantifiable number of quantifiable samples
 * @param cmax the largest quantifiable value; 0 when none is quantifiable
 * @param tmax the first time of {@code cmax}; null when none is quantifiable
 * @param clast the last quantifiable value; null when none
 * @param tlast its time (the last time the analyte is detected); null when none
 * @param aucLast AUC from 0 to Tlast; 0 when none is quantifiable
 * @param aucEnd AUC from 0 to the settings' end; null when the profile (after the BLQ rule) ends
 *     before it
 * @param persistence persistence at each of the settings' days, in their order
 */
public record SubjectNca(
    int samples,
    int quantifiable,
    double cmax,
    Double tmax,
    Double clast,
    Double tlast,
    double aucLast,
    Double aucEnd,
    List<Persistence> persistence) {}
