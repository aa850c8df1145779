package org.celltrial.clinical.response.imwg;

import org.celltrial.clinical.response.ResponseResult;

/**
 * The IMWG category observed at one visit, before confirmation.
 *
 * @param result category and reasons
 * @param needsConfirmation whether the category rests on serum, urine or FLC values and so needs a
 *     second consecutive assessment; imaging- and marrow-based results do not
 */
public record MmResponse(ResponseResult result, boolean needsConfirmation) {}
