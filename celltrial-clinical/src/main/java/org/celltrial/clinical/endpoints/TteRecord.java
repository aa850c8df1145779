package org.celltrial.clinical.endpoints;

import java.time.LocalDate;
import org.celltrial.common.i18n.Message;

/**
 * One subject's record for one endpoint.
 *
 * @param endpoint the endpoint
 * @param inAnalysisSet false when the subject is not in this endpoint's set (DOR without response,
 *     DFS without CR); the other fields are then {@code null} or 0
 * @param origin the origin of this endpoint (first response for DOR, first CR for DFS)
 * @param date event or censoring date
 * @param days duration under the day-count parameter
 * @param status 0 censored, 1 event, 2 competing event (NRM and RELAPSE; {@code stats cif} codes)
 * @param reason a short code (PD, DEATH, NEW_THERAPY, HSCT, NO_RESPONSE, LAST_ASSESSMENT,
 *     MISSED_ASSESSMENTS, NO_ASSESSMENT, LAST_CONTACT, NOT_RESPONDER, NO_CR)
 * @param explanation the reason in words
 */
public record TteRecord(
    Endpoint endpoint,
    boolean inAnalysisSet,
    LocalDate origin,
    LocalDate date,
    long days,
    int status,
    String reason,
    Message explanation) {}
