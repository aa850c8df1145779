package org.celltrial.clinical.grading.tls;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The TLS assessment.
 *
 * @param variant the definition used
 * @param laboratoryTls at least two analytes abnormal under the variant's rules
 * @param clinicalTls laboratory TLS with creatinine ≥ 1.5 × ULN, an arrhythmia or a seizure
 * @param clinicalGrade the Cairo-Bishop grade, 0 when there is no clinical TLS
 * @param reasons which values and criteria decided
 */
public record TlsResult(
    TlsVariant variant,
    boolean laboratoryTls,
    boolean clinicalTls,
    int clinicalGrade,
    List<Message> reasons) {}
